package dev.riyaz.resource;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceViewTest {

    @Test
    void theFirstOfTwoSavesIsNotADuplicateOfItselfWhateverItsId() {
        Resource first = resource(1000L);
        Resource second = resource(1001L);
        Map<String, Long> firsts = Map.of("example.com", Long.valueOf(1000L));

        assertThat(ResourceService.view(first, firsts).duplicateOf()).isNull();
        assertThat(ResourceService.view(second, firsts).duplicateOf()).isEqualTo(1000L);
    }

    private static Resource resource(long id) {
        Resource r = new Resource();
        r.id = Long.valueOf(id);
        r.url = "https://example.com/";
        r.urlKey = "example.com";
        r.title = "Example";
        r.kind = Resource.Kind.other;
        r.status = Resource.Status.todo;
        return r;
    }
}
