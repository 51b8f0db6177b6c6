package dev.riyaz;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast lane ({@code ./mvnw test}) leaves some slow classes out by name as well as by tag. A class left out by name
 * without a slow tag would run in neither lane; this test makes sure every such class carries one, so {@code ./mvnw
 * verify} still runs it.
 */
class TestLanesTest {

    private static final Set<String> SLOW_TAGS = Set.of("browser", "postgres", "sweep", "smtp", "cluster");
    private static final Path TESTS = Path.of("src/test/java");

    @Test
    void everyClassTheFastLaneLeavesOutByNameRunsInTheSlowLane() throws IOException {
        List<PathMatcher> excluded = fastLaneExcludes().stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .toList();
        assertThat(excluded).isNotEmpty();
        List<String> leftOut;
        try (Stream<Path> files = Files.walk(TESTS)) {
            leftOut = files.filter(file -> file.toString().endsWith("Test.java"))
                    .map(TESTS::relativize)
                    .filter(file -> excluded.stream().anyMatch(matcher -> matcher.matches(file)))
                    .map(file -> file.toString().replace(".java", "").replace('/', '.'))
                    .toList();
        }
        assertThat(leftOut).isNotEmpty();
        for (String name : leftOut) {
            assertThat(tagsOf(name)).as(name).containsAnyElementsOf(SLOW_TAGS);
        }
    }

    /** The {@code <exclude>} patterns of the fast lane's surefire execution in pom.xml. */
    private static List<String> fastLaneExcludes() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher execution = Pattern.compile("<id>default-test</id>(.*?)</execution>", Pattern.DOTALL)
                .matcher(pom);
        assertThat(execution.find()).as("the default-test execution in pom.xml").isTrue();
        return Pattern.compile("<exclude>([^<]+)</exclude>")
                .matcher(execution.group(1))
                .results()
                .map(match -> match.group(1).trim())
                .toList();
    }

    private static List<String> tagsOf(String className) {
        try {
            Class<?> type = Class.forName(className, false, TestLanesTest.class.getClassLoader());
            return AnnotationSupport.findRepeatableAnnotations(type, Tag.class).stream()
                    .map(Tag::value)
                    .toList();
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no test class " + className, e);
        }
    }
}
