package dev.riyaz.common;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The friendly page shown when a browser asks for something that fails. */
class ErrorPage {

    @CheckedTemplate(basePath = "common")
    static class Templates {
        static native TemplateInstance error(Problem problem);
    }

    static String render(Problem problem) {
        return Templates.error(problem).render();
    }
}
