package dev.riyaz.githook;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.Choice;
import dev.riyaz.common.FormState;

/**
 * The goals a git hook can log for, for the settings page ({@code inject:gitHookGoals.choices}): settings belong to
 * the account, which knows nothing about goals.
 */
@Named("gitHookGoals")
@RequestScoped
public class GitHookGoals {

    private final GitHooks hooks;
    private final CurrentUser currentUser;

    GitHookGoals(GitHooks hooks, CurrentUser currentUser) {
        this.hooks = hooks;
        this.currentUser = currentUser;
    }

    public List<Choice> choices() {
        return hooks.choices(currentUser.get().id());
    }

    /** The form as it first shows: no goal chosen yet, 10 per commit. */
    public FormState form() {
        return GitHookPages.emptyForm();
    }
}
