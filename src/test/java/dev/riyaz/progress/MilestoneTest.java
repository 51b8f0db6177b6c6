package dev.riyaz.progress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Milestones travel through a redirect as short codes; only real milestones are read back. */
class MilestoneTest {

    @Test
    void realMilestonesAreReadBackWithTheirWords() {
        assertThat(Milestone.parse("days-7").map(Milestone::text)).hasValue("7 days in a row. Lovely steady work.");
        assertThat(Milestone.parse("weeks-4").map(Milestone::text)).hasValue("4 weeks in a row. Lovely steady work.");
        assertThat(Milestone.parse("days-100").map(Milestone::code)).hasValue("days-100");
        assertThat(Milestone.parse("first").map(Milestone::text)).hasValue("Your first practice is in. A good start.");
        assertThat(Milestone.parse("week").map(Milestone::code)).hasValue("week");
    }

    @Test
    void anythingElseIsIgnored() {
        assertThat(Milestone.parse(null)).isEmpty();
        assertThat(Milestone.parse("days-8")).isEmpty();
        assertThat(Milestone.parse("years-1")).isEmpty();
        assertThat(Milestone.parse("<script>")).isEmpty();
        assertThat(Milestone.parse("days-")).isEmpty();
    }
}
