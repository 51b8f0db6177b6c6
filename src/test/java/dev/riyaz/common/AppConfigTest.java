package dev.riyaz.common;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import org.junit.jupiter.api.Test;

import dev.riyaz.mail.MailConfig;

import static org.assertj.core.api.Assertions.assertThat;

/** Where links start, read the way Riyaz reads it: application.properties, then what the operator set. */
class AppConfigTest {

    private static final URL APPLICATION_PROPERTIES = AppConfigTest.class.getResource("/application.properties");

    @Test
    void baseUrlComesFromRiyazBaseUrl() throws IOException {
        assertThat(baseUrl(Map.of("RIYAZ_BASE_URL", "https://riyaz.example.org")))
                .isEqualTo("https://riyaz.example.org");
    }

    @Test
    void baseUrlIsLocalhostWhenNothingIsSet() throws IOException {
        assertThat(baseUrl(Map.of())).isEqualTo("http://localhost:8080");
    }

    @Test
    void theOldMailSettingStillWorks() throws IOException {
        assertThat(baseUrl(Map.of("riyaz.mail.base-url", "https://old.example.org")))
                .isEqualTo("https://old.example.org");
    }

    @Test
    void riyazBaseUrlWinsOverTheOldMailSetting() throws IOException {
        Map<String, String> both =
                Map.of("RIYAZ_BASE_URL", "https://new.example.org", "riyaz.mail.base-url", "https://old.example.org");
        assertThat(baseUrl(both)).isEqualTo("https://new.example.org");
    }

    @Test
    void theOldMailSettingIsAlsoTheMappingsOwnDefault() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withSources(operator(Map.of("riyaz.mail.base-url", "https://old.example.org")))
                .withMapping(AppConfig.class)
                .build();
        assertThat(config.getConfigMapping(AppConfig.class).baseUrl()).isEqualTo("https://old.example.org");
    }

    /** The base URL with application.properties (no profile) and what the operator set; mail settings must read. */
    private static String baseUrl(Map<String, String> operatorSettings) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(APPLICATION_PROPERTIES, 250))
                .withSources(operator(operatorSettings))
                .withMapping(AppConfig.class)
                .withMapping(MailConfig.class)
                .build();
        assertThat(config.getConfigMapping(MailConfig.class).from()).isEqualTo("Riyaz <riyaz@localhost>");
        return config.getConfigMapping(AppConfig.class).baseUrl();
    }

    /** Environment variables and system properties, which come before application.properties. */
    private static PropertiesConfigSource operator(Map<String, String> settings) {
        return new PropertiesConfigSource(settings, "operator", 400);
    }
}
