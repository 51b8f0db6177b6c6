package dev.riyaz.practice;

import org.jboss.resteasy.reactive.RestForm;

import dev.riyaz.common.FormState;
import dev.riyaz.common.FormValues;

/** The fields of a practice form as the browser posts them: the dashboard's quick log, a day page, an entry's edit. */
public class EntryForm {

    @RestForm
    public String date;

    @RestForm
    public String status;

    @RestForm
    public String amount;

    @RestForm
    public String note;

    @RestForm
    public String resourceId;

    /** The same request the JSON API takes; unreadable numbers, dates and links become field errors. */
    public EntryRequest toRequest() {
        return new EntryRequest(
                FormValues.date("date", date),
                FormValues.text(status),
                FormValues.number("amount", amount),
                note,
                FormValues.text(resourceId) == null
                        ? null
                        : FormValues.id("resourceId", resourceId, "Pick a link from the list."),
                null);
    }

    /** The form as typed, to show again next to its errors. */
    public FormState state() {
        return FormState.empty()
                .with("date", date)
                .with("status", status)
                .with("amount", amount)
                .with("note", note)
                .with("resourceId", resourceId);
    }

    /** A form filled with an entry's current values. */
    static FormState of(EntryView entry) {
        return FormState.empty()
                .with("date", entry.date())
                .with("status", entry.status())
                .with("amount", entry.amount() == null ? "" : entry.amount().toPlainString())
                .with("note", entry.note())
                .with("resourceId", entry.resourceId());
    }
}
