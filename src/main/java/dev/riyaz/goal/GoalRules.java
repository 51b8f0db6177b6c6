package dev.riyaz.goal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.riyaz.common.Bounds;
import dev.riyaz.common.Problem.FieldError;
import dev.riyaz.common.Tags;
import dev.riyaz.common.Validation;
import dev.riyaz.common.Weekdays;

/** Checks a goal request, collecting every problem in plain words, and copies valid values onto a goal. */
final class GoalRules {

    static final List<String> PALETTE =
            List.of("#2f6f5e", "#3867d6", "#b3541e", "#8854d0", "#c2185b", "#00796b", "#5d6d7e", "#a0522d");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final LocalDate EARLIEST = Bounds.EARLIEST;
    static final int MAX_ICON_CHARS = 8;
    private static final int MAX_ICON_LENGTH = 32;
    private static final Pattern ONE_GRAPHEME = Pattern.compile("\\X");

    private static final java.util.Map<String, String> EMPTY = java.util.Map.of(
            "title", "Give your goal a name, like \"Python\".",
            "unit", "Say what you count, like \"minutes\" or \"problems\".");

    private final List<FieldError> errors = new ArrayList<>();
    private final LocalDate today;

    private GoalRules(LocalDate today) {
        this.today = today;
    }

    /** Validates the request and writes it onto the goal; throws a 422 listing every problem. */
    static void apply(GoalRequest request, Goal goal, LocalDate today) {
        if (request == null) {
            throw new dev.riyaz.common.ApiException(400, "Bad request", "A JSON body is required.");
        }
        GoalRules rules = new GoalRules(today);
        rules.copy(request, goal);
        if (!rules.errors.isEmpty()) {
            throw Validation.invalid(rules.errors);
        }
    }

    private void copy(GoalRequest r, Goal goal) {
        goal.title = text("title", r.title(), 100, true);
        goal.description = emptyToNull(text("description", r.description(), 1000, false));
        goal.kind = kind(r.kind());
        if (goal.kind == Goal.Kind.measured) {
            goal.unit = text("unit", r.unit(), 30, true);
            goal.dailyTarget = target(r.dailyTarget());
        } else {
            goal.unit = null;
            goal.dailyTarget = null;
        }
        Schedule schedule = schedule(r.schedule());
        if (schedule != null) {
            goal.schedule(schedule);
        }
        goal.startDate = startDate(r.startDate());
        goal.color = color(r.color(), goal.position);
        goal.icon = icon(r.icon());
        goal.tags = Tags.store(r.tags(), message -> error("tags", message));
        goal.archived = Boolean.TRUE.equals(r.archived());
    }

    private String text(String field, String value, int max, boolean required) {
        String trimmed = value == null ? "" : value.strip();
        if (required && trimmed.isEmpty()) {
            error(field, EMPTY.getOrDefault(field, "This cannot be empty."));
        } else if (trimmed.length() > max) {
            error(field, "Use at most " + max + " characters.");
        } else if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            error(field, "Remove the invisible control characters.");
        }
        return trimmed;
    }

    /** One emoji (however many code points it is made of) or up to 8 characters; null for none. */
    private String icon(String icon) {
        String trimmed = icon == null ? "" : icon.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        boolean oneSymbol = trimmed.length() <= MAX_ICON_LENGTH
                && ONE_GRAPHEME.matcher(trimmed).matches();
        boolean shortWord = trimmed.codePointCount(0, trimmed.length()) <= MAX_ICON_CHARS;
        if (!oneSymbol && !shortWord) {
            error("icon", "Use one emoji or at most " + MAX_ICON_CHARS + " characters.");
        } else if (trimmed.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            error("icon", "Use one emoji or a short word, without spaces or line breaks.");
        }
        return trimmed;
    }

    private Goal.Kind kind(String kind) {
        if (kind == null) {
            return Goal.Kind.check;
        }
        try {
            return Goal.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            error("kind", "Use \"check\" (done or not) or \"measured\" (an amount, like minutes).");
            return Goal.Kind.check;
        }
    }

    private BigDecimal target(BigDecimal target) {
        if (target == null) {
            error("dailyTarget", "Say how much makes a day count, for example 30.");
        } else if (target.signum() <= 0 || target.compareTo(MAX_AMOUNT) > 0) {
            error("dailyTarget", "Use a number above 0 and at most 100000.");
        } else if (target.scale() > 2 && target.stripTrailingZeros().scale() > 2) {
            error("dailyTarget", "Use at most two decimal places.");
        }
        return target;
    }

    private Schedule schedule(GoalRequest.ScheduleJson json) {
        if (json == null) {
            return Schedule.daily();
        }
        Schedule.Type type;
        try {
            type = Schedule.Type.valueOf(String.valueOf(json.type()));
        } catch (IllegalArgumentException e) {
            error("schedule.type", "Use daily, weekly, monthly, weekdays or interval.");
            return null;
        }
        return switch (type) {
            case daily -> Schedule.daily();
            case weekly -> within("schedule.times", json.times(), 1, 7) ? Schedule.weekly(json.times()) : null;
            case monthly -> within("schedule.times", json.times(), 1, 31) ? Schedule.monthly(json.times()) : null;
            case interval -> within("schedule.every", json.every(), 1, 365) ? Schedule.interval(json.every()) : null;
            case weekdays -> weekdays(json.days());
        };
    }

    private boolean within(String field, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            error(field, "Use a whole number from " + min + " to " + max + ".");
            return false;
        }
        return true;
    }

    private Schedule weekdays(List<String> names) {
        if (names == null || names.isEmpty()) {
            error("schedule.days", "Pick at least one day, like Monday and Thursday (MON, THU in the API).");
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            DayOfWeek day = weekday(name);
            if (day == null) {
                error("schedule.days", "Use weekdays MON, TUE, WED, THU, FRI, SAT and SUN.");
                return null;
            }
            days.add(day);
        }
        return Schedule.weekdays(days);
    }

    private static DayOfWeek weekday(String name) {
        return name == null || name.trim().length() != 3 ? null : Weekdays.parse(name);
    }

    private LocalDate startDate(LocalDate date) {
        if (date == null) {
            return today;
        }
        if (date.isBefore(EARLIEST) || date.isAfter(today.plusYears(1))) {
            error("startDate", "Pick a start day from 1970 up to a year from today.");
        }
        return date;
    }

    private String color(String color, int position) {
        if (color == null || color.isBlank()) {
            return PALETTE.get(Math.floorMod(position, PALETTE.size()));
        }
        if (!COLOR.matcher(color).matches()) {
            error("color", "Use a colour like #2f6f5e.");
        }
        return color.toLowerCase(Locale.ROOT);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
