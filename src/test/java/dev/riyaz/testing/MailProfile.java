package dev.riyaz.testing;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Riyaz connected to a real SMTP server ({@link SmtpServer}); every mail test shares this one profile. */
public class MailProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SmtpServer.class));
    }
}
