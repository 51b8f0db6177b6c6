package dev.riyaz.reminder;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Reminders;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings, Mail shows each mail not sent yet as it will arrive: its HTML part in a frame that runs no script, with
 * the text part under "Plain text".
 */
@QuarkusTest
class MailPreviewTest {

    @Inject
    Rows rows;

    @Test
    void aKeptMailIsShownAsItWillArriveInAFrameWithoutScripts() {
        MutableClock clock = MutableClock.installAt(Instant.parse("2027-01-04T01:00:00Z"));
        String email = "preview" + System.nanoTime() + "@example.com";
        WebForms.Visitor browser = WebForms.signedUp(email);
        People.Person person = new People.Person(browser.userId(), email, People.tokenFor(email));
        Reminders.addAt(person, ReminderFixtures.katas(person), "08:00");
        // 08:00 in Asia/Kolkata, the zone the sign-up page chose
        ReminderFixtures.dispatchAt(clock, Instant.parse("2027-01-04T02:30:00Z"));

        Response page = browser.get("/settings/mail");

        assertThat(page.getStatusCode()).isEqualTo(200);
        assertThat(page.asString())
                .contains("<details class=\"mail-preview\" open>")
                .contains("<iframe class=\"mail-frame\" sandbox=\"allow-popups allow-popups-to-escape-sandbox\""
                        + " title=\"The mail &quot;Katas: Not done yet today&quot; as it will arrive\""
                        + " srcdoc=\"&lt;!DOCTYPE html&gt;")
                .contains("&lt;head&gt;&lt;base target=&quot;_blank&quot;&gt;")
                .contains("Time for Katas.")
                .contains("<summary>Plain text</summary>");
        assertThat(page.asString()).doesNotContain("allow-scripts").doesNotContain("allow-same-origin");
        assertThat(page.getHeader("Content-Security-Policy"))
                .contains("script-src 'self'")
                .contains("style-src 'self'")
                .contains("style-src-attr 'unsafe-inline'");
        assertThat(browser.get("/settings").getHeader("Content-Security-Policy"))
                .as("only the mail page lets inline styles apply")
                .doesNotContain("unsafe-inline");
    }

    @Test
    void whatAMailSaysIsEscapedIntoTheFrameAndSentMailIsNotFramed() {
        WebForms.Visitor browser = WebForms.signedUp("escaped" + System.nanoTime() + "@example.com");
        long owner = browser.userId();
        keep(owner, 1, "held", "<p onclick=\"alert(1)\">Hi</p><script>alert('x')</script>");
        keep(owner, 2, "sent", "<p>Already sent</p>");

        String page = browser.get("/settings/mail").asString();

        assertThat(page)
                .contains("srcdoc=\"&lt;p onclick=&quot;alert(1)&quot;&gt;Hi&lt;/p&gt;&lt;script&gt;alert(&#39;x&#39;)"
                        + "&lt;/script&gt;\"")
                .doesNotContain("<script>alert")
                .doesNotContain("Already sent&lt;");
        assertThat(List.of(page.split("<iframe")).size() - 1).isEqualTo(1);
    }

    private void keep(long owner, int number, String status, String html) {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        rows.execute(
                "insert into outbox_mail (id, owner_id, dedupe_key, kind, to_address, subject, text_body, html_body,"
                        + " status, attempts, next_attempt_at, created_at) values (?, ?, ?, 'digest', 'a@example.com',"
                        + " 'Today', 'Hello', ?, ?, 0, ?, ?)",
                -(owner * 10 + number),
                owner,
                "preview-" + owner + "-" + number,
                html,
                status,
                now,
                now);
    }
}
