package dev.riyaz.resource;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import dev.riyaz.common.Choice;
import dev.riyaz.common.Messages;

/** The kinds and statuses of resources in plain words, for pages ({@code inject:libraryChoices}). */
@Named("libraryChoices")
@ApplicationScoped
public class LibraryChoices {

    public List<Choice> kinds() {
        return LibraryPages.KINDS;
    }

    public List<Choice> statuses() {
        return LibraryPages.STATUSES;
    }

    public String kind(String kind) {
        return Messages.get("resource_kind_" + kind);
    }

    public String status(String status) {
        return Messages.get("resource_status_" + status);
    }
}
