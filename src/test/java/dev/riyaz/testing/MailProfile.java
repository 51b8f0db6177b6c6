package dev.riyaz.testing;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Riyaz connected to a real SMTP server ({@link SmtpServer}); the mail tests share this one profile. */
public class MailProfile implements QuarkusTestProfile {

    /** The name of this profile's in-memory database; a subclass that needs an app of its own gives another. */
    protected String database() {
        return "riyaz-mail";
    }

    /**
     * One SMTP connection at a time: with several at once GreenMail now and then leaves a delivery unanswered until its
     * 30 s socket timeout, which the sender counts as a failed try. Riyaz retries such mail, but tests want it on time.
     */
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.mailer.max-pool-size",
                "1",
                // A database of its own: an in-memory H2 database outlives the app that made it, and an app booted
                // later in another class loader found its check constraints no longer worked.
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:" + database()
                        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SmtpServer.class));
    }
}
