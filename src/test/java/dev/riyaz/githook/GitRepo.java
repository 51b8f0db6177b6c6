package dev.riyaz.githook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real git repository in a temporary folder, run by the real {@code git}, {@code sh} and {@code curl}, shut off
 * from the machine's own git settings and {@code RIYAZ_*} variables.
 *
 * <p>{@code curl} is found through a wrapper first on the PATH: it runs the real curl with exactly the hook's
 * arguments and then writes one line per call to {@code curl.log}: curl's exit code, the HTTP status and the seconds
 * it took. The hook sends in the background, so that line is how a test knows a send has finished, and how it failed.
 */
final class GitRepo {

    /** One finished command: exit code, output, error output and how long it took. */
    record Result(int exit, String out, String err, Duration took) {}

    /** One call of curl as the wrapper saw it. */
    record CurlCall(int exit, String httpStatus, double seconds) {}

    final Path dir;
    private final Path home;
    private final Path curlLog;
    private final Map<String, String> env = new java.util.HashMap<>();

    private GitRepo(Path root) throws IOException {
        dir = Files.createDirectories(root.resolve("project"));
        home = Files.createDirectories(root.resolve("home"));
        curlLog = root.resolve("curl.log");
        Path bin = Files.createDirectories(root.resolve("bin"));
        write(
                bin.resolve("curl"),
                """
                #!/bin/sh
                out=$(%s -w '%%{http_code} %%{time_total}' "$@")
                code=$?
                printf '%%s %%s\\n' "$code" "$out" >> '%s'
                exit $code
                """
                        .formatted(find("curl"), curlLog));
        env.put("PATH", bin + ":" + System.getenv("PATH"));
    }

    /** A new repository with a name and e-mail for commits, set in the repository itself. */
    static GitRepo create(Path root) throws IOException {
        GitRepo repo = new GitRepo(root);
        repo.ok("git", "init", "-q", "-b", "main");
        repo.ok("git", "config", "user.email", "asha@example.com");
        repo.ok("git", "config", "user.name", "Asha");
        repo.ok("git", "config", "commit.gpgsign", "false");
        return repo;
    }

    /** Sets an environment variable for every command run from now on. */
    GitRepo env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** From now on the PATH offers only what the hook needs besides curl: git, tr and sed. */
    GitRepo withoutCurl() throws IOException {
        Path bin = Files.createDirectories(home.resolve("no-curl"));
        for (String program : List.of("git", "tr", "sed")) {
            write(bin.resolve(program), "#!/bin/sh\nexec " + find(program) + " \"$@\"\n");
        }
        env.put("PATH", bin.toString());
        return this;
    }

    void installHook(String script) throws IOException {
        write(dir.resolve(".git/hooks/post-commit"), script);
    }

    /** Commits a change with this message; answers the run (the hook's messages are in {@code err}). */
    Result commit(String message, String... options) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), message + System.nanoTime() + "\n");
        ok("git", "add", "notes.txt");
        List<String> command = new ArrayList<>(List.of("git", "commit", "-q", "-m", message));
        command.addAll(List.of(options));
        return run(command.toArray(String[]::new));
    }

    String head() throws IOException {
        return ok("git", "rev-parse", "HEAD").out().strip();
    }

    /** Every curl call finished so far, oldest first. */
    List<CurlCall> curlCalls() throws IOException {
        if (!Files.exists(curlLog)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(curlLog)) {
            return lines.map(line -> line.split(" "))
                    .map(p -> new CurlCall(Integer.parseInt(p[0]), p[1], Double.parseDouble(p[2])))
                    .toList();
        }
    }

    Result ok(String... command) throws IOException {
        Result result = run(command);
        if (result.exit() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + result.err());
        }
        return result;
    }

    Result run(String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("GIT_") || name.startsWith("RIYAZ_"));
        environment.put("HOME", home.toString());
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
        environment.putAll(env);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err), took);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String find(String program) {
        for (String folder : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new UncheckedIOException(new IOException(program + " is not installed; .ci/run installs it"));
    }
}
