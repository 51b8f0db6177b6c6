package dev.riyaz.resource;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import dev.riyaz.common.Choice;
import dev.riyaz.common.Messages;

/** The kinds and statuses of resources in plain words, for pages ({@code inject:libraryChoices}). */
@Named("libraryChoices")
@ApplicationScoped
public class LibraryChoices {

    private static final List<Choice> KINDS = Arrays.stream(Resource.Kind.values())
            .map(k -> new Choice(k.name(), Messages.get("resource_kind_" + k.name())))
            .toList();
    private static final List<Choice> STATUSES = Arrays.stream(Resource.Status.values())
            .map(s -> new Choice(s.name(), Messages.get("resource_status_" + s.name())))
            .toList();

    public List<Choice> kinds() {
        return KINDS;
    }

    public List<Choice> statuses() {
        return STATUSES;
    }

    public String kind(String kind) {
        return Messages.get("resource_kind_" + kind);
    }

    public String status(String status) {
        return Messages.get("resource_status_" + status);
    }
}
