package dev.riyaz.web;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.quarkus.qute.TemplateExtension;

import org.junit.jupiter.api.Test;

import dev.riyaz.account.AccountRoutes;
import dev.riyaz.account.SettingsRoutes;
import dev.riyaz.calendar.CalendarRoutes;
import dev.riyaz.circle.CircleRoutes;
import dev.riyaz.githook.GitHookRoutes;
import dev.riyaz.goal.GoalRoutes;
import dev.riyaz.practice.PracticeRoutes;
import dev.riyaz.push.PushRoutes;
import dev.riyaz.reminder.MailRoutes;
import dev.riyaz.reminder.ReminderRoutes;
import dev.riyaz.resource.LibraryRoutes;
import dev.riyaz.share.ShareRoutes;
import dev.riyaz.transfer.TransferRoutes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code {namespace:route(...)}} in a template names a builder that exists with that many arguments. Qute does
 * not reject an unknown namespace method at build time here, so this test does.
 */
class TemplateRoutesTest {

    private static final Pattern CALL = Pattern.compile("\\{(\\w+):(\\w+)(?:\\(([^)]*)\\))?}");

    private static final Map<String, Class<?>> ROUTES = Stream.of(
                    AccountRoutes.class,
                    SettingsRoutes.class,
                    CalendarRoutes.class,
                    CircleRoutes.class,
                    GitHookRoutes.class,
                    GoalRoutes.class,
                    PracticeRoutes.class,
                    PushRoutes.class,
                    MailRoutes.class,
                    ReminderRoutes.class,
                    LibraryRoutes.class,
                    ShareRoutes.class,
                    TransferRoutes.class,
                    WebRoutes.class)
            .collect(Collectors.toMap(
                    type -> type.getAnnotation(TemplateExtension.class).namespace(), Function.identity()));

    @Test
    void everyRouteCalledInATemplateExists() throws IOException {
        List<String> calls = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher call = CALL.matcher(Files.readString(file));
                while (call.find()) {
                    Class<?> routes = ROUTES.get(call.group(1));
                    if (routes != null) {
                        calls.add(call.group());
                        int arguments =
                                call.group(3) == null ? 0 : call.group(3).split(",").length;
                        assertThat(Arrays.stream(routes.getMethods())
                                        .anyMatch(method -> builds(method, call.group(2), arguments)))
                                .as("%s in %s", call.group(), file)
                                .isTrue();
                    }
                }
            }
        }
        assertThat(calls).hasSizeGreaterThan(100);
    }

    private static boolean builds(Method method, String name, int arguments) {
        return Modifier.isStatic(method.getModifiers())
                && method.getName().equals(name)
                && method.getParameterCount() == arguments;
    }
}
