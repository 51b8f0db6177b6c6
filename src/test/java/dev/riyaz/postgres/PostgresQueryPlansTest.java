package dev.riyaz.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.PostgresProfile;
import dev.riyaz.testing.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query on a hot path (signing in, logging practice, the dashboard, stats, claiming reminders and mail, the circle
 * page) is answered from the index meant for it on real PostgreSQL. Each plan is made inside a transaction that first stores a
 * realistic set of people (20 goals each, weeks of practice and day rows) and analyzes the tables, so the planner weighs real
 * numbers, and is rolled back afterwards. Sequential scans are switched off, so a query that no index fits still shows
 * "Seq Scan" and fails. The SQL is what Riyaz sends, written out with sample values.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@PostgresTest
class PostgresQueryPlansTest {

    @Inject
    DataSource dataSource;

    @Test
    void signingInWithATokenOrASessionReadsOneRowByItsHash() {
        assertUsesIndexes(
                "select t.id, t.last_used_at, t.expires_at, u.id, u.email from access_token t"
                        + " join app_user u on u.id = t.user_id where t.token_hash = 'abc'",
                "access_token_token_hash_uk",
                "app_user_pkey");
        assertUsesIndexes(
                "select s.id, s.last_seen_at, s.expires_at, u.id, u.email from user_session s"
                        + " join app_user u on u.id = s.user_id where s.token_hash = 'abc'",
                "user_session_token_hash_uk",
                "app_user_pkey");
    }

    @Test
    void loggingPracticeLocksTheGoalAndReadsItsDayAndKeyByIndex() {
        assertUsesIndexes("select * from goal where owner_id = 1000003 and id = 1000002 for update", "goal_pkey");
        assertUsesIndexes(
                "select * from practice_day where goal_id = 1000002 and practice_date = date '2026-12-07'",
                "practice_day_pk");
        assertUsesIndexes(
                "select * from idempotency_record where owner_id = 1000003 and idem_key = 'k'",
                "idempotency_record_uk");
        // A changed or deleted entry: its day is summed again from that day's entries of the goal.
        assertUsesIndexes(
                "select count(*), sum(amount) from practice_entry where goal_id = 1000002 and entry_date = date '2026-12-07'",
                "practice_entry_goal_date_ix");
    }

    @Test
    void theDashboardReadsGoalsWeekDaysKeptStatsAndRecentPracticeByOwner() {
        assertUsesIndexes(
                "select * from goal where owner_id = 1000003 and archived = false order by position, id",
                "goal_owner_ix");
        assertUsesIndexes(
                "select * from practice_day where owner_id = 1000003 and practice_date >= date '2026-11-30'"
                        + " and practice_date <= date '2026-12-06' order by practice_date",
                "practice_day_owner_ix");
        assertUsesIndexes("select * from goal_stats_cache where owner_id = 1", "goal_stats_cache_owner_ix");
        assertUsesIndexes(
                "select id from practice_entry where owner_id = 1"
                        + " order by owner_id desc, entry_date desc, id desc limit 10",
                "practice_entry_owner_date_ix");
    }

    @Test
    void statsReadOneGoalsKeptRowAndItsDays() {
        assertUsesIndexes("select * from goal_stats_cache where goal_id = 1000002", "goal_stats_cache_pkey");
        assertUsesIndexes(
                "select * from practice_day where owner_id = 1000003 and goal_id = 1000002"
                        + " and practice_date <= date '2026-12-07' order by practice_date",
                "practice_day_pk");
    }

    @Test
    void remindersAndMailAreClaimedInDueOrderFromTheirIndexes() {
        assertUsesIndexes(
                "select id from reminder where next_fire_at <= now() order by next_fire_at, id limit 500"
                        + " for update skip locked",
                "reminder_due_ix");
        assertUsesIndexes(
                "select id from outbox_mail where status = 'pending' and next_attempt_at <= now()"
                        + " order by next_attempt_at, id limit 100 for update skip locked",
                "outbox_mail_due_ix");
    }

    @Test
    void theCirclePageReadsMembersSharesAndAllSharedGoalsDaysByIndex() {
        assertUsesIndexes("select * from circle_member where circle_id = 1 and user_id = 1000003", "circle_member_uk");
        assertUsesIndexes(
                "select * from circle_member where circle_id = 1 and status = 'active' order by joined_at, id",
                "circle_member_uk");
        assertUsesIndexes(
                "select * from circle_member where user_id = 1000003 and status = 'active' order by joined_at, id",
                "circle_member_user_ix");
        assertUsesIndexes(
                "select * from circle_share where circle_id = 1 order by member_id, id", "circle_share_circle_ix");
        assertUsesIndexes("select * from circle_share where member_id = 1 order by id", "circle_share_uk");
        assertUsesIndexes("select * from circle_invite where token_hash = 'abc' for update", "circle_invite_token_uk");
        assertUsesIndexes(
                "select * from circle_invite where circle_id = 1 and revoked = false"
                        + " order by created_at desc, id desc",
                "circle_invite_circle_ix");
        // Every shared goal's days at once (progress/DayTallies.forGoals).
        assertUsesIndexes(
                "select * from practice_day where goal_id in (1000002, 1000003, 1000004)"
                        + " and practice_date >= date '2026-01-01' and practice_date <= date '2026-12-08'"
                        + " order by practice_date",
                "practice_day_pk");
    }

    /**
     * 50 people with 20 goals each and 20 days of practice (20,000 entries and day rows), with ids far above the other
     * tests' rows: enough for the planner to tell a selective index from a wide one.
     */
    private static final List<String> REALISTIC_PEOPLE = List.of(
            "insert into app_user (id, email, display_name, password_hash, time_zone, created_at)"
                    + " select 1000000 + n, 'plan' || n || '@example.com', 'Plan', 'x', 'UTC', now()"
                    + " from generate_series(1, 50) n",
            "insert into goal (id, owner_id, title, kind, schedule_type, start_date, color, position, created_at)"
                    + " select 1000000 + g, 1000001 + g % 50, 'Goal', 'check', 'daily', date '2026-10-01', '#336699',"
                    + " g, now() from generate_series(1, 1000) g",
            "insert into practice_entry (id, owner_id, goal_id, entry_date, status, source, created_at)"
                    + " select 1000000000 + g * 100 + d, 1000001 + g % 50, 1000000 + g, date '2026-10-01' + d,"
                    + " 'done', 'api', now() from generate_series(1, 1000) g, generate_series(0, 19) d",
            "insert into practice_day (goal_id, practice_date, owner_id, done_count, skipped_count, amount_total)"
                    + " select 1000000 + g, date '2026-10-01' + d, 1000001 + g % 50, 1, 0, 0"
                    + " from generate_series(1, 1000) g, generate_series(0, 19) d",
            "analyze app_user, goal, practice_entry, practice_day");

    private void assertUsesIndexes(String sql, String... indexes) {
        String plan = String.join("\n", plan(sql));
        assertThat(plan).as(sql).doesNotContain("Seq Scan");
        for (String index : indexes) {
            assertThat(plan).as(sql).containsPattern("(using|Bitmap Index Scan on) " + index + "( on |\\s|$)");
        }
    }

    private List<String> plan(String sql) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String step : REALISTIC_PEOPLE) {
                    statement.execute(step);
                }
                statement.execute("set local enable_seqscan = off");
                List<String> lines = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("explain " + sql)) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
                return lines;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
