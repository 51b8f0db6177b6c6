package dev.riyaz.common;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ZonePickerTest {

    private static final Instant WINTER = Instant.parse("2026-12-07T12:00:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-07T12:00:00Z");

    @Test
    void suggestedAndCommonComeFirstThenEveryRegion() {
        List<ZonePicker.ZoneGroup> groups = ZonePicker.groups(null, "Asia/Kolkata", WINTER);
        assertThat(groups)
                .extracting(ZonePicker.ZoneGroup::label)
                .startsWith("Suggested", "Common time zones", "Africa", "Americas", "Antarctica", "Arctic", "Asia")
                .contains("Atlantic Ocean", "Australia", "Europe", "Indian Ocean", "Pacific")
                .doesNotHaveDuplicates();
        assertThat(groups.get(0).suggested()).isTrue();
        assertThat(groups.get(0).options())
                .extracting(ZonePicker.ZoneOption::id)
                .containsExactly("Asia/Kolkata");
        assertThat(groups.get(1).options())
                .extracting(ZonePicker.ZoneOption::id)
                .contains("UTC", "America/New_York", "Europe/London", "Asia/Tokyo");
        assertThat(groups.stream().skip(2).flatMap(g -> g.options().stream()).map(ZonePicker.ZoneOption::id))
                .as("every zone of the list is in its region, once")
                .hasSize(TimeZones.CHOICES.size() - 1)
                .doesNotHaveDuplicates();
    }

    @Test
    void exactlyOneOptionIsSelectedAndTheChosenZoneWinsOverTheGuess() {
        List<ZonePicker.ZoneGroup> groups = ZonePicker.groups("Europe/Berlin", "Asia/Kolkata", WINTER);
        assertThat(groups.stream().flatMap(g -> g.options().stream()).filter(ZonePicker.ZoneOption::selected))
                .extracting(ZonePicker.ZoneOption::id)
                .containsExactly("Europe/Berlin");
        assertThat(groups.get(0).options())
                .extracting(ZonePicker.ZoneOption::id)
                .containsExactly("Europe/Berlin", "Asia/Kolkata");
    }

    @Test
    void withoutAChoiceOrAGuessUtcIsSelected() {
        List<ZonePicker.ZoneGroup> groups = ZonePicker.groups("Mars/Olympus", null, WINTER);
        assertThat(groups.get(0).options())
                .extracting(ZonePicker.ZoneOption::id)
                .containsExactly("UTC");
        assertThat(groups.get(0).options().get(0).selected()).isTrue();
    }

    @Test
    void labelsStartWithTheCityAndShowTheOffsetInForceNow() {
        assertThat(ZonePicker.label("Asia/Kolkata", WINTER)).isEqualTo("Kolkata — UTC+05:30 (India Time)");
        assertThat(ZonePicker.label("America/New_York", WINTER)).isEqualTo("New York — UTC-05:00 (Eastern Time)");
        assertThat(ZonePicker.label("America/New_York", SUMMER)).isEqualTo("New York — UTC-04:00 (Eastern Time)");
        assertThat(ZonePicker.label("Europe/London", WINTER)).isEqualTo("London — UTC (British Time)");
        assertThat(ZonePicker.label("America/Argentina/Buenos_Aires", WINTER)).startsWith("Buenos Aires, Argentina");
        assertThat(ZonePicker.label("Antarctica/Troll", WINTER)).isEqualTo("Troll — UTC");
        assertThat(ZonePicker.label("UTC", WINTER)).isEqualTo("UTC (Coordinated Universal Time)");
    }

    @Test
    void regionsAreInAlphabeticalOrderOfTheirLabels() {
        ZonePicker.ZoneGroup asia = ZonePicker.groups(null, null, WINTER).stream()
                .filter(g -> g.label().equals("Asia"))
                .findFirst()
                .orElseThrow();
        List<String> labels =
                asia.options().stream().map(ZonePicker.ZoneOption::label).toList();
        assertThat(labels).isSortedAccordingTo(String::compareToIgnoreCase).anyMatch(l -> l.startsWith("Kolkata"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en-IN,en;q=0.9|Asia/Kolkata",
                "de-DE,de;q=0.9,en;q=0.8|Europe/Berlin",
                "en-GB|Europe/London",
                "en-US,en;q=0.5|America/New_York",
                "fr|Europe/Paris",
                "en,ja;q=0.7|Asia/Tokyo",
                "pt-BR|America/Sao_Paulo",
                "en-ZZ,es-AR;q=0.5|America/Argentina/Buenos_Aires"
            })
    void theBrowsersLanguagesGiveAGuess(String header, String zone) {
        assertThat(ZoneGuesses.fromAcceptLanguage(header)).contains(zone);
        assertThat(TimeZones.parse(zone)).isPresent();
    }

    @Test
    void noGuessFromLanguagesWithoutAPlaceOrFromNonsense() {
        assertThat(ZoneGuesses.fromAcceptLanguage(null)).isEmpty();
        assertThat(ZoneGuesses.fromAcceptLanguage("en")).isEmpty();
        assertThat(ZoneGuesses.fromAcceptLanguage("*")).isEmpty();
        assertThat(ZoneGuesses.fromAcceptLanguage(";;;q=,,=")).isEmpty();
        assertThat(ZoneGuesses.fromAcceptLanguage("x".repeat(100_000))).isEmpty();
        assertThat(ZoneGuesses.fromAcceptLanguage("en-IN," + "en;q=0.1,".repeat(10_000)))
                .contains("Asia/Kolkata");
    }

    @Test
    void onlyRealZonesOfABoundedLengthAreAccepted() {
        assertThat(TimeZones.parse("Asia/Kolkata")).isPresent();
        assertThat(TimeZones.parse("Mars/Olympus")).isEmpty();
        assertThat(TimeZones.parse("+05:30")).isEmpty();
        assertThat(TimeZones.parse("Asia/" + "K".repeat(TimeZones.MAX_LENGTH))).isEmpty();
    }
}
