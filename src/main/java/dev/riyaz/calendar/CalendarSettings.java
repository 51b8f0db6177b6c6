package dev.riyaz.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import dev.riyaz.account.CurrentUser;

/** What the Calendar part of the settings page shows, read there as {@code inject:calendarFeed.status}. */
@RequestScoped
@Named("calendarFeed")
public class CalendarSettings {

    private final CalendarFeedService feeds;
    private final CurrentUser currentUser;

    CalendarSettings(CalendarFeedService feeds, CurrentUser currentUser) {
        this.feeds = feeds;
        this.currentUser = currentUser;
    }

    /** The signed-in person's calendar link, or null when it is off. */
    public CalendarFeedService.FeedStatus status() {
        return currentUser.find().flatMap(user -> feeds.status(user.id())).orElse(null);
    }
}
