package dev.riyaz.common;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutePathsTest {

    @Test
    void fillsEachPlaceholderInOrder() {
        assertThat(RoutePaths.fill("/goals", "{id}/days/{date}", 42, LocalDate.of(2026, 3, 14)))
                .isEqualTo("/goals/42/days/2026-03-14");
        assertThat(RoutePaths.fill("/goals/{id}/reminders", "{reminderId}/switch", 7, 9))
                .isEqualTo("/goals/7/reminders/9/switch");
    }

    @Test
    void joinsWithExactlyOneSlash() {
        assertThat(RoutePaths.fill("/", "signup")).isEqualTo("/signup");
        assertThat(RoutePaths.fill("/settings", "profile")).isEqualTo("/settings/profile");
        assertThat(RoutePaths.fill("/goals/{id}/share", "", 3)).isEqualTo("/goals/3/share");
    }

    @Test
    void keepsWhatFollowsTheLastPlaceholder() {
        assertThat(RoutePaths.fill("/", "badge/{token}.svg", "abc_-1")).isEqualTo("/badge/abc_-1.svg");
    }

    @Test
    void refusesTooFewOrTooManyValues() {
        assertThatThrownBy(() -> RoutePaths.fill("/goals/{id}/edit"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/goals/{id}/edit");
        assertThatThrownBy(() -> RoutePaths.fill("/goals", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
