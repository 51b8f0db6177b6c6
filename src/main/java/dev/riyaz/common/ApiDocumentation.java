package dev.riyaz.common;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** How the OpenAPI document at {@code /q/openapi} introduces the API and its authentication. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Riyaz API",
                        version = "1",
                        description =
                                "Log practice and manage coding goals from scripts and tools. Authenticate with a "
                                        + "personal access token: Authorization: Bearer rz_... A browser signed in "
                                        + "with its session cookie instead must send the header X-CSRF-Token, with "
                                        + "the value of the csrf-token cookie, on every POST, PUT, PATCH and DELETE "
                                        + "(403 without it)."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(
        securitySchemeName = "csrf",
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-CSRF-Token",
        description = "Only with the browser's session cookie, on POST, PUT, PATCH and DELETE: the value of the "
                + "csrf-token cookie. Not needed with a personal access token.")
@SecurityScheme(
        securitySchemeName = "token",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A personal access token (rz_...), created in Settings or with POST /api/v1/tokens.")
public class ApiDocumentation extends Application {}
