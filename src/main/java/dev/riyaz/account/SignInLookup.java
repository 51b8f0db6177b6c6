package dev.riyaz.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

import dev.riyaz.common.Weekdays;

/**
 * Finds whose session cookie or access token a request carries: one read by the hash's unique index, joined to the
 * person, in plain JDBC outside any transaction. Every request pays this, so it skips what a JPA transaction would add
 * (a persistence context, dirty checking, a commit) to what is only a lookup; the rare "last used" touch is a single
 * update.
 */
@ApplicationScoped
class SignInLookup {

    private static final String PERSON =
            "u.id, u.email, u.display_name, u.time_zone, u.day_start_hour, u.first_day_of_week";
    private static final String BY_TOKEN = "select t.id, t.last_used_at, t.expires_at, " + PERSON
            + " from access_token t join app_user u on u.id = t.user_id where t.token_hash = ?";
    private static final String BY_SESSION = "select s.id, s.last_seen_at, s.expires_at, " + PERSON
            + " from user_session s join app_user u on u.id = s.user_id where s.token_hash = ?";

    /** A token or session found by its hash: its id, when it was last used, when it ends (if ever), and whose it is. */
    record Found(long id, Instant lastUsed, Instant expires, AuthenticatedUser user) {

        boolean validAt(Instant now) {
            return expires == null || now.isBefore(expires);
        }

        /** Whether its last use is older than {@code every}: only then is the new use written down. */
        boolean unnotedFor(Duration every, Instant now) {
            return lastUsed == null || Duration.between(lastUsed, now).compareTo(every) > 0;
        }
    }

    private final AgroalDataSource database;

    SignInLookup(AgroalDataSource database) {
        this.database = database;
    }

    Optional<Found> token(String hash) {
        return find(BY_TOKEN, hash, false);
    }

    Optional<Found> session(String hash) {
        return find(BY_SESSION, hash, true);
    }

    void touchToken(long id, Instant now) {
        update("update access_token set last_used_at = ? where id = ?", id, now);
    }

    void touchSession(long id, Instant now, Instant expires) {
        update("update user_session set last_seen_at = ?, expires_at = ? where id = ?", id, now, expires);
    }

    private Optional<Found> find(String sql, String hash, boolean session) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, hash);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long id = row.getLong(1);
                AuthenticatedUser user = new AuthenticatedUser(
                        row.getLong(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7),
                        row.getInt(8),
                        Weekdays.parse(row.getString(9)),
                        session ? id : null);
                return Optional.of(new Found(id, instant(row, 2), instant(row, 3), user));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up who is signed in", e);
        }
    }

    private void update(String sql, long id, Instant... times) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < times.length; i++) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(times[i], ZoneOffset.UTC));
            }
            statement.setLong(times.length + 1, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not note the last use of a sign-in", e);
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
