package dev.riyaz.githook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.riyaz.testing.Entries;
import dev.riyaz.testing.Goals;
import dev.riyaz.testing.JsonDoc;
import dev.riyaz.testing.People;
import dev.riyaz.testing.Rows;
import dev.riyaz.testing.WebForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The generated post-commit hook in a real git repository, sending to this test server: one entry per distinct
 * commit, nothing twice for the same commit, and a commit that never waits for or fails because of Riyaz.
 */
@QuarkusTest
class GitHookTest {

    private static final String LONG_SUBJECT = "Practised loops, ".repeat(15).strip();

    @TestHTTPResource("/")
    URL base;

    @Inject
    Rows rows;

    @TempDir
    Path temp;

    /** The same person in a browser (for the Settings page) and with a key (for the API and the hook). */
    private record Learner(WebForms.Visitor browser, People.Person person) {}

    @Test
    void downloadIsAFileNamedPostCommitWithoutTheKey() {
        Learner asha = learner();
        long goal = Goals.measured(asha.person());

        Response download = asha.browser().get("/settings/git-hook/post-commit?goalId=" + goal + "&amount=15");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).isEqualToIgnoringCase("text/x-shellscript; charset=utf-8");
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"post-commit\"");
        String script = download.asString();
        assertThat(script)
                .startsWith("#!/bin/sh\n")
                .contains("\nriyaz_goal_id=" + goal + "\n", "\nriyaz_amount=15\n")
                .contains("\nriyaz_default_url='https://riyaz.example'\n")
                .contains("git config --get riyaz.token", "--max-time 3", "Idempotency-Key: $commit")
                .doesNotContain(asha.person().token(), asha.person().token().substring(3, 15), "Bearer rz_");
    }

    @Test
    void logsOneEntryPerDistinctCommitAndNothingTwiceForTheSameCommit() throws IOException {
        Learner asha = learner();
        long goal = Goals.measured(asha.person());
        GitRepo repo = repoWithHook(hook(asha, goal, "15"), asha.person().token());

        // Commit A, commit B, amend B into B', commit C: four distinct commits, four runs of the hook.
        String a = committed(repo, LONG_SUBJECT);
        String b = committed(repo, "Lists and \"tuples\", C:\\temp too");
        String amended = committed(repo, "Lists, tuples and sets", "--amend");
        String c = committed(repo, "Dictionaries\n\nThe body of a commit message is not part of the note.");
        awaitCurlCalls(repo, 4);

        assertThat(List.of(a, b, amended, c)).doesNotHaveDuplicates();
        List<Map<String, Object>> entries = entries(asha, goal);
        assertThat(entries)
                .extracting(entry -> entry.get("note"))
                .containsExactlyInAnyOrder(
                        LONG_SUBJECT.substring(0, 198) + "..",
                        "Lists and \"tuples\", C:\\temp too",
                        "Lists, tuples and sets",
                        "Dictionaries");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry).containsEntry("source", "git").containsEntry("status", "done");
            assertThat(entry.get("amount").toString()).isEqualTo("15");
        });
        assertThat(rows.list(
                        "select idem_key from idempotency_record where owner_id = ?",
                        asha.person().id()))
                .extracting(row -> row.get("idem_key"))
                .as("the commit hash is the Idempotency-Key")
                .containsExactlyInAnyOrder(a, b, amended, c);

        GitRepo.Result again = repo.run("sh", ".git/hooks/post-commit");
        assertThat(again.exit()).isZero();
        List<GitRepo.CurlCall> calls = awaitCurlCalls(repo, 5);
        assertThat(calls).extracting(GitRepo.CurlCall::httpStatus).containsOnly("201");
        assertThat(entries(asha, goal))
                .as("the same commit again logs nothing more")
                .hasSize(4);
    }

    @Test
    void aDoneOrNotGoalIsMarkedDoneAndItsTitleStaysData() throws IOException {
        Learner asha = learner();
        String title = "Tom's $(touch pwned) `touch pwned2` \"x\" & <b>";
        long goal = Goals.check(asha.person(), title);
        String script = hook(asha, goal, "lots");
        assertThat(script)
                .contains("\nriyaz_amount=\n")
                .contains("\nriyaz_goal_title='Tom'\\''s $(touch pwned) `touch pwned2` \"x\" & <b>'\n");
        GitRepo repo = repoWithHook(script, asha.person().token());

        committed(repo, "First kata");
        awaitCurlCalls(repo, 1);

        repo.ok("git", "config", "--unset", "riyaz.token");
        GitRepo.Result withoutKey = repo.run("sh", ".git/hooks/post-commit");
        assertThat(withoutKey.err()).contains("not logged for \"" + title + "\" because there is no key");
        assertThat(repo.dir.resolve("pwned")).doesNotExist();
        assertThat(repo.dir.resolve("pwned2")).doesNotExist();
        List<Map<String, Object>> entries = entries(asha, goal);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0))
                .containsEntry("note", "First kata")
                .containsEntry("source", "git")
                .containsEntry("status", "done")
                .containsEntry("amount", null);
    }

    @Test
    void aServerThatRefusesNeverHoldsUpTheCommit() throws IOException {
        Learner asha = learner();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        GitRepo repo = repoWithHook(
                        hook(asha, Goals.measured(asha.person()), "10"),
                        asha.person().token())
                .env("RIYAZ_URL", "http://127.0.0.1:" + closedPort);

        GitRepo.Result commit = repo.commit("Offline work");

        assertThat(commit.exit()).isZero();
        assertThat(commit.took()).isLessThan(Duration.ofSeconds(2));
        GitRepo.CurlCall call = awaitCurlCalls(repo, 1).get(0);
        assertThat(call.exit()).as("curl: could not connect").isEqualTo(7);
        assertThat(call.httpStatus()).isEqualTo("000");
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpAfterThreeSecondsInTheBackground() throws IOException {
        Learner asha = learner();
        long goal = Goals.measured(asha.person());
        // Accepts connections (the system does that for a listening socket) but never reads or answers.
        try (ServerSocket blackhole = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            GitRepo repo = repoWithHook(hook(asha, goal, "10"), asha.person().token())
                    .env("RIYAZ_URL", "http://127.0.0.1:" + blackhole.getLocalPort());

            GitRepo.Result commit = repo.commit("Work on a train");

            assertThat(commit.exit()).isZero();
            assertThat(commit.took()).isLessThan(Duration.ofSeconds(2));
            GitRepo.CurlCall call = await().atMost(Duration.ofSeconds(6))
                    .until(() -> repo.curlCalls(), calls -> calls.size() == 1)
                    .get(0);
            assertThat(call.exit()).as("curl: timed out").isEqualTo(28);
            assertThat(call.seconds()).isBetween(2.5, 3.5);
        }
        assertThat(entries(asha, goal)).isEmpty();
    }

    @Test
    void withoutAKeyTheCommitGoesThroughWithAOneLineHint() throws IOException {
        Learner asha = learner();
        long goal = Goals.measured(asha.person());
        GitRepo repo = GitRepo.create(temp).env("RIYAZ_URL", base.toString());
        repo.installHook(hook(asha, goal, "10"));

        GitRepo.Result commit = repo.commit("No key yet");

        assertThat(commit.exit()).isZero();
        assertThat(commit.err().lines().filter(line -> line.contains("Riyaz")).toList())
                .singleElement()
                .asString()
                .contains("not logged", "git config riyaz.token YOUR_KEY");
        assertThat(repo.curlCalls()).as("nothing was sent").isEmpty();
        assertThat(entries(asha, goal)).isEmpty();
    }

    @Test
    void withoutCurlTheCommitGoesThroughWithAHint() throws IOException {
        Learner asha = learner();
        long goal = Goals.measured(asha.person());
        GitRepo repo =
                repoWithHook(hook(asha, goal, "10"), asha.person().token()).withoutCurl();

        GitRepo.Result commit = repo.commit("Somewhere without curl");

        assertThat(commit.exit()).isZero();
        assertThat(commit.err())
                .contains("Riyaz: this commit was not logged for \"Read docs\" because curl is not installed.");
        assertThat(entries(asha, goal)).isEmpty();
    }

    private static Learner learner() {
        String email = "git" + System.nanoTime() + "@example.com";
        WebForms.Visitor browser = WebForms.signedUp(email);
        return new Learner(browser, new People.Person(browser.userId(), email, People.tokenFor(email)));
    }

    /** The hook as Settings offers it for download. */
    private static String hook(Learner learner, long goal, String amount) {
        Response download =
                learner.browser().get("/settings/git-hook/post-commit?goalId=" + goal + "&amount=" + amount);
        assertThat(download.statusCode()).isEqualTo(200);
        return download.asString();
    }

    /** A repository with the hook installed, the key in its git settings and RIYAZ_URL set to this test server. */
    private GitRepo repoWithHook(String script, String token) throws IOException {
        GitRepo repo = GitRepo.create(temp).env("RIYAZ_URL", base.toString());
        repo.installHook(script);
        repo.ok("git", "config", "riyaz.token", token);
        return repo;
    }

    /** Commits and answers the new commit's hash; the commit itself must be quick and succeed. */
    private static String committed(GitRepo repo, String message, String... options) throws IOException {
        GitRepo.Result commit = repo.commit(message, options);
        assertThat(commit.exit()).as(commit.err()).isZero();
        assertThat(commit.took()).isLessThan(Duration.ofSeconds(2));
        return repo.head();
    }

    private static List<GitRepo.CurlCall> awaitCurlCalls(GitRepo repo, int count) {
        return await().atMost(Duration.ofSeconds(10)).until(repo::curlCalls, calls -> calls.size() >= count);
    }

    private static List<Map<String, Object>> entries(Learner learner, long goal) {
        JsonDoc page = Entries.page(learner.person(), "goalId=" + goal + "&size=100");
        return page.getList("items");
    }
}
