package dev.riyaz.resource;

import org.junit.jupiter.api.Test;

import dev.riyaz.common.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A library filter turned into a query, without a database. */
class LibraryQueryTest {

    private static ResourceService.Filter filter(String status, String kind, String tag, String text, String sort) {
        return new ResourceService.Filter(null, status, kind, tag, text, sort);
    }

    @Test
    void noFilterListsTheOwnersResourcesMostRecentlyUsedFirst() {
        LibraryQuery query = LibraryQuery.of(3, ResourceService.Filter.none());

        assertThat(query.query()).startsWith("ownerId = :owner order by case when lastUsedAt is null");
        assertThat(query.params().map()).containsOnlyKeys("owner").containsEntry("owner", 3L);
    }

    @Test
    void searchWordsAreLowerCasedAndTheirWildcardsTakenLiterally() {
        LibraryQuery query = LibraryQuery.of(3, filter(null, null, null, "  100%_Py\\thon\u0007 ", null));

        assertThat(query.params().map()).containsEntry("text", "%100\\%\\_py\\\\thon%");
    }

    @Test
    void aTagMatchesOnlyAWholeTag() {
        LibraryQuery query = LibraryQuery.of(3, filter(null, null, "Video", null, null));

        assertThat(query.query()).contains("concat(',', tags, ',') like :tag");
        assertThat(query.params().map()).containsEntry("tag", "%,video,%");
    }

    @Test
    void blankSearchWordsNarrowNothing() {
        LibraryQuery query = LibraryQuery.of(3, filter(null, null, " ", "\u0007", null));

        assertThat(query.params().map()).containsOnlyKeys("owner");
    }

    @Test
    void statusAndKindAreNamedValues() {
        LibraryQuery query = LibraryQuery.of(3, filter("active", "video", null, null, "title"));

        assertThat(query.params().map())
                .containsEntry("status", Resource.Status.active)
                .containsEntry("kind", Resource.Kind.video);
        assertThat(query.query()).endsWith(" order by lower(title), id");
    }

    @Test
    void unknownValuesAreABadRequest() {
        assertThatThrownBy(() -> LibraryQuery.of(3, filter(null, null, null, null, "size")))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessage("Use sort=used, sort=new or sort=title.");
        assertThatThrownBy(() -> LibraryQuery.of(3, filter("started", null, null, null, null)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageStartingWith("Use status=todo, status=active");
    }
}
