package dev.riyaz.githook;

import java.math.BigDecimal;

import dev.riyaz.goal.GoalView;

/**
 * What a generated git hook needs, already safe to put into a shell script: numbers formatted here, text only in
 * single quotes.
 */
public record HookScript(GoalView goal, BigDecimal amount, String baseUrl) {

    public long goalId() {
        return goal.id();
    }

    /** The amount as a plain JSON number ({@code 10}, {@code 2.5}); empty for a goal that is done or not. */
    public String amountNumber() {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    public String quotedTitle() {
        return Shell.quote(goal.title());
    }

    /** The server's address without a trailing slash, quoted. */
    public String quotedUrl() {
        return Shell.quote(baseUrl.replaceAll("/+$", ""));
    }

    /** The query naming this goal and amount, for links to the page and the download. */
    public String query() {
        String query = "goalId=" + goalId();
        return amount == null ? query : query + "&amount=" + amountNumber();
    }
}
