package dev.riyaz.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.Validation;

/**
 * Personal access tokens: shown once, stored as a SHA-256 hash, checked with one indexed lookup per request (never a
 * password hash).
 */
@ApplicationScoped
public class TokenService {

    static final String TOKEN_PREFIX = "rz_";
    private static final int VISIBLE_CHARS = 8;
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Validation validation;
    private final SignInLookup signIns;
    private final Clock clock;

    TokenService(Validation validation, SignInLookup signIns, Clock clock) {
        this.validation = validation;
        this.signIns = signIns;
        this.clock = clock;
    }

    public record CreateTokenRequest(
            @NotBlank(message = "Give the key a name, for example \"laptop script\".")
                    @Size(max = 80, message = "Use at most 80 characters.")
                    String name,
            @Min(value = 1, message = "Use a whole number of days from 1 to 3650.")
                    @Max(value = 3650, message = "Use a whole number of days from 1 to 3650.")
                    Integer expiresInDays) {}

    public record TokenView(
            long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
        static TokenView of(AccessToken t) {
            return new TokenView(t.id, t.name, t.prefix, t.createdAt, t.lastUsedAt, t.expiresAt);
        }
    }

    /** The answer to creating a token: the only time the secret itself is shown. */
    public record CreatedToken(
            long id, String name, String prefix, String token, Instant createdAt, Instant expiresAt) {}

    @Transactional
    public CreatedToken create(long userId, CreateTokenRequest request) {
        validation.check(request);
        String secret = TOKEN_PREFIX + Secrets.random();
        AccessToken token = new AccessToken();
        token.user = User.getEntityManager().getReference(User.class, userId);
        token.name = request.name().trim();
        token.prefix = secret.substring(0, TOKEN_PREFIX.length() + VISIBLE_CHARS);
        token.tokenHash = Secrets.sha256(secret);
        token.createdAt = clock.instant();
        token.expiresAt =
                request.expiresInDays() == null ? null : token.createdAt.plus(Duration.ofDays(request.expiresInDays()));
        token.persist();
        return new CreatedToken(token.id, token.name, token.prefix, secret, token.createdAt, token.expiresAt);
    }

    @Transactional
    public List<TokenView> list(long userId) {
        return AccessToken.listFor(User.getEntityManager().getReference(User.class, userId)).stream()
                .map(TokenView::of)
                .toList();
    }

    @Transactional
    public void revoke(long userId, long tokenId) {
        AccessToken token = AccessToken.findForUser(User.getEntityManager().getReference(User.class, userId), tokenId)
                .orElseThrow(() -> ApiException.notFound("token"));
        token.delete();
    }

    /** The person a token belongs to, if it exists and has not expired; notes its use at most once a minute. */
    Optional<AuthenticatedUser> authenticate(String secret) {
        if (!secret.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return signIns.token(Secrets.sha256(secret)).filter(t -> t.validAt(now)).map(t -> {
            if (t.unnotedFor(TOUCH_EVERY, now)) {
                signIns.touchToken(t.id(), now);
            }
            return t.user();
        });
    }
}
