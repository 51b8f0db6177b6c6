package dev.riyaz.githook;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.AppConfig;
import dev.riyaz.common.Choice;
import dev.riyaz.common.FormValues;
import dev.riyaz.common.Messages;
import dev.riyaz.goal.GoalService;
import dev.riyaz.goal.GoalView;

/** Which goal a git hook logs for and how much each commit counts, checked before the script is made. */
@ApplicationScoped
class GitHooks {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

    private final GoalService goals;
    private final AppConfig app;

    GitHooks(GoalService goals, AppConfig app) {
        this.goals = goals;
        this.app = app;
    }

    /**
     * The hook for one of the owner's goals: 404 for a goal that is not theirs; 422 for an amount the API would refuse,
     * so the hook never posts practice that fails where nobody sees it. A goal that is done or not takes no amount.
     */
    HookScript hook(long ownerId, String goalId, String amount) {
        long id = FormValues.id("goalId", goalId, Messages.get("githook_error_goal"));
        GoalView goal = goals.get(ownerId, id);
        BigDecimal perCommit = "measured".equals(goal.kind()) ? amount(amount, goal.unit()) : null;
        return new HookScript(goal, perCommit, app.baseUrl());
    }

    /** The owner's goals that are not archived, named with their unit: "Read docs (minutes)". */
    List<Choice> choices(long ownerId) {
        return goals.list(ownerId, false).stream()
                .map(goal -> new Choice(String.valueOf(goal.id()), label(goal)))
                .toList();
    }

    private static String label(GoalView goal) {
        String unit = "measured".equals(goal.kind()) ? goal.unit() : Messages.get("githook_check_unit");
        return Messages.get("githook_goal_option", goal.title(), unit);
    }

    private static BigDecimal amount(String text, String unit) {
        BigDecimal amount = FormValues.number("amount", text);
        if (amount == null || amount.signum() <= 0) {
            throw ApiException.invalid("amount", Messages.get("githook_error_amount", unit));
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw ApiException.invalid("amount", Messages.get("githook_error_amount_max"));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw ApiException.invalid("amount", Messages.get("githook_error_amount_scale"));
        }
        return amount;
    }
}
