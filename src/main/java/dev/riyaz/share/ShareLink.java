package dev.riyaz.share;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import dev.riyaz.account.Secrets;

/**
 * A goal shared publicly: whoever has its token can open the goal's progress page and streak badge, without logging
 * in. One row per goal; a new link replaces the token and stopping sets {@link #revokedAt}. Every public request looks
 * the token up here, so a replaced or stopped link answers 404 from the next request on.
 *
 * <p>The token is kept as it is, not as a SHA-256 hash like sessions and access tokens, on purpose:
 *
 * <ul>
 *   <li>The owner must be able to copy the link and the badge snippet again whenever they visit the share page. A
 *       hashed token could be shown only once, and the only way to see a link again would be to make a new one, which
 *       breaks every README that already carries the badge.
 *   <li>The token is an address meant to be published, not a key to the account: it only shows the streak, strength
 *       and calendar of this one goal (plus notes and links if the owner ticked them). All of that sits in the same
 *       database as the token, so someone who can read this table learns nothing from the token they could not read
 *       next to it. Sessions and access tokens differ: they act as the person, so those are hashed.
 *   <li>It is 32 bytes from {@link java.security.SecureRandom} (256 bits, 43 base64url characters), so it cannot be
 *       guessed, and it carries no id: {@code /p/12} is simply an unknown token.
 * </ul>
 */
@Entity
@Table(name = "share_link")
class ShareLink extends PanacheEntity {

    /** What {@link Secrets#random()} makes: 43 base64url characters. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(name = "goal_id", nullable = false)
    public long goalId;

    @Column(nullable = false)
    public String token;

    @Column(name = "show_notes", nullable = false)
    public boolean showNotes;

    @Column(name = "show_resources", nullable = false)
    public boolean showResources;

    /** When the current token was made. */
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When sharing was stopped; null while the link works. */
    @Column(name = "revoked_at")
    public Instant revokedAt;

    /**
     * The working link behind a public address. The token stands in for the owner here: the owner and goal come from
     * the row it finds. Anything not shaped like a token (an id, say) is refused without asking the database.
     */
    static Optional<ShareLink> findActive(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return find("token = ?1 and revokedAt is null", token).firstResultOptional();
    }

    /** The owner's link for this goal, working or stopped. */
    static Optional<ShareLink> findForGoal(long ownerId, long goalId) {
        return find("ownerId = ?1 and goalId = ?2", ownerId, goalId).firstResultOptional();
    }

    boolean active() {
        return revokedAt == null;
    }

    /** A fresh token; the old one stops working as soon as this change is committed. */
    void newToken(Instant now) {
        token = Secrets.random();
        createdAt = now;
        revokedAt = null;
    }
}
