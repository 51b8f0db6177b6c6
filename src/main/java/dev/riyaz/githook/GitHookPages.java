package dev.riyaz.githook;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.Choice;
import dev.riyaz.common.FormState;
import dev.riyaz.common.FormValues;
import dev.riyaz.common.Messages;
import dev.riyaz.goal.Units;

/**
 * A git hook that logs practice on every commit: the page that shows it with install steps, and the file itself. The
 * hook holds no key; it reads one from {@code git config riyaz.token} when it runs.
 */
@Path(GitHookRoutes.ROOT)
@Blocking
public class GitHookPages {

    static final String SCRIPT_TYPE = "text/x-shellscript; charset=utf-8";
    private static final String DEFAULT_AMOUNT = "10";

    /** The page: the goal and amount form, and the hook once both are fine. */
    public record Page(FormState form, List<Choice> goals, HookScript hook, String script) {

        /** What each commit logs: "Each new commit logs 10 minutes for Read docs." */
        public String summary() {
            if (hook.amount() == null) {
                return Messages.get("githook_summary_check", hook.goal().title());
            }
            return Messages.get(
                    "githook_summary_measured",
                    hook.amountNumber(),
                    Units.unitFor(hook.amount(), hook.goal().unit()),
                    hook.goal().title());
        }
    }

    @CheckedTemplate(defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance hook(Page page);

        /** {@code post-commit.txt}: a text template, so nothing in it is HTML-escaped. */
        static native TemplateInstance postCommit(HookScript script);
    }

    private final GitHooks hooks;
    private final CurrentUser currentUser;

    GitHookPages(GitHooks hooks, CurrentUser currentUser) {
        this.hooks = hooks;
        this.currentUser = currentUser;
    }

    /** Another person's goal is a 404, like everywhere; a bad amount shows the form again with the reason. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@RestQuery String goalId, @RestQuery String amount) {
        long ownerId = currentUser.get().id();
        String perCommit = FormValues.text(amount) == null ? DEFAULT_AMOUNT : amount;
        FormState form = FormState.empty().with("goalId", goalId).with("amount", perCommit);
        List<Choice> goals = hooks.choices(ownerId);
        if (FormValues.text(goalId) == null) {
            return Response.ok(Templates.hook(new Page(form, goals, null, null)))
                    .build();
        }
        try {
            HookScript hook = hooks.hook(ownerId, goalId, perCommit);
            String script = Templates.postCommit(hook).render();
            return Response.ok(Templates.hook(new Page(form, goals, hook, script)))
                    .build();
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status())
                    .entity(Templates.hook(new Page(form.failed(e), goals, null, null)))
                    .build();
        }
    }

    static FormState emptyForm() {
        return FormState.empty().with("amount", DEFAULT_AMOUNT);
    }

    @GET
    @Path(GitHookRoutes.SCRIPT)
    @Produces("text/x-shellscript")
    public Response download(@RestQuery String goalId, @RestQuery String amount) {
        String perCommit = FormValues.text(amount) == null ? DEFAULT_AMOUNT : amount;
        HookScript hook = hooks.hook(currentUser.get().id(), goalId, perCommit);
        return Response.ok(Templates.postCommit(hook).render())
                .type(SCRIPT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"post-commit\"")
                .build();
    }
}
