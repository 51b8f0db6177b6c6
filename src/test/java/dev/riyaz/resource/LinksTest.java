package dev.riyaz.resource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinksTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "docs.python.org/3/tutorial/              | https://docs.python.org/3/tutorial/",
                "HTTP://Example.COM:80                    | http://example.com/",
                "https://example.com:8443/a?b=1#top       | https://example.com:8443/a?b=1#top",
                "//cdn.example.com/x                      | https://cdn.example.com/x",
                "localhost:8080/notes                     | https://localhost:8080/notes",
                "https://example.com/a b                  | https://example.com/a%20b",
                "https://bücher.de/über                   | https://xn--bcher-kva.de/%C3%BCber",
                "https://en.wikipedia.org/wiki/Python_(programming_language) | "
                        + "https://en.wikipedia.org/wiki/Python_(programming_language)",
                "https://example.com/#                    | https://example.com/",
            })
    void linksAreWrittenOneWay(String typed, String stored) throws Exception {
        assertThat(Links.parse(typed).url()).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://www.freecodecamp.org/learn/  | http://freecodecamp.org/learn?utm_source=meetup&utm_medium=x",
                "https://example.com/a#one            | https://EXAMPLE.com/a/#two",
                "https://example.com/?page=2&utm_id=1 | https://www.example.com?page=2",
            })
    void theSamePageHasTheSameKey(String one, String other) throws Exception {
        assertThat(Links.parse(one).key()).isEqualTo(Links.parse(other).key());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "javascript:1",
                "JAVASCRIPT:alert(1)",
                "data:text/html;base64,PHNjcmlwdD4=",
                "vbscript:msgbox",
                "ftp://example.com/",
                "file:///etc/passwd",
                "mailto:a@example.com",
                "https://user:pw@example.com/",
                "https://exa_mple.com/",
                "https://example.com:99999/",
                "https://example.com\n/",
                "   ",
            })
    void anythingButAWebLinkIsRefusedInPlainWords(String typed) {
        assertThatThrownBy(() -> Links.parse(typed))
                .isInstanceOf(Links.BadLink.class)
                .hasMessageNotContaining("Exception");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://www.instagram.com/pythonhub/ | instagram.com/pythonhub",
                "https://docs.python.org/3/tutorial/  | docs.python.org/3/tutorial",
                "https://xn--bcher-kva.de/%C3%BCber   | bücher.de/über",
                "https://example.com/                 | example.com",
            })
    void aReadableNameComesFromTheLink(String url, String name) {
        assertThat(Links.readable(url)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://www.youtube.com/watch?v=x | video",
                "https://github.com/python/cpython | repo",
                "https://x.com/ThePSF              | social",
                "https://leetcode.com/problems/a   | practice",
                "https://www.coursera.org/learn/p  | course",
                "https://docs.djangoproject.com/   | docs",
                "https://example.com/docs/intro    | docs",
                "https://dev.to/someone/post       | article",
                "https://example.com/              | other",
                "https://notyoutube.com/           | other",
            })
    void theKindIsGuessedFromTheSite(String url, String kind) {
        assertThat(LinkKinds.guess(url)).hasToString(kind);
    }
}
