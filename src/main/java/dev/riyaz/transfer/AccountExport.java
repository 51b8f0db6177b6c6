package dev.riyaz.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riyaz.account.AccountService;
import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.circle.Circles;
import dev.riyaz.goal.GoalService;
import dev.riyaz.goal.GoalView;
import dev.riyaz.practice.EntryView;
import dev.riyaz.practice.PracticeReads;
import dev.riyaz.reminder.ReminderService;
import dev.riyaz.resource.ResourceService;
import dev.riyaz.resource.ResourceView;

/**
 * Writes a whole account out, as versioned JSON (the format import reads back) or as a zip of CSV files for
 * spreadsheets. Practice is read a page at a time and written as it is read, so a long history never sits in memory.
 */
@ApplicationScoped
class AccountExport {

    static final int PAGE = 1000;

    private final AccountService accounts;
    private final GoalService goals;
    private final PracticeReads practice;
    private final ReminderService reminders;
    private final ResourceService resources;
    private final Circles circles;
    private final ObjectMapper json;
    private final Clock clock;

    AccountExport(
            AccountService accounts,
            GoalService goals,
            PracticeReads practice,
            ReminderService reminders,
            ResourceService resources,
            Circles circles,
            ObjectMapper json,
            Clock clock) {
        this.accounts = accounts;
        this.goals = goals;
        this.practice = practice;
        this.reminders = reminders;
        this.resources = resources;
        this.circles = circles;
        this.json = json;
        this.clock = clock;
    }

    /**
     * {@code {format, version, exportedAt, account, goals, entries, reminders, resources, circles}}, in one
     * transaction; {@code circles} holds only the circles the person owns, without anyone else in them.
     */
    public void json(AuthenticatedUser owner, OutputStream out) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (JsonGenerator g = json.getFactory().createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("format", RiyazExportReader.FORMAT);
                g.writeNumberField("version", RiyazExportReader.VERSION);
                g.writeFieldName("exportedAt");
                json.writeValue(g, clock.instant());
                g.writeFieldName("account");
                json.writeValue(g, accounts.get(owner.id()));
                array(g, "goals", goals.list(owner.id(), null));
                g.writeArrayFieldStart("entries");
                forEachEntry(owner, entry -> json.writeValue(g, entry));
                g.writeEndArray();
                array(g, "reminders", reminders.goalReminders(owner));
                array(g, "resources", byId(owner));
                array(g, "circles", circles.owned(owner.id()));
                g.writeEndObject();
            } catch (IOException e) {
                throw new ExportAborted(e);
            }
        });
    }

    /** goals.csv, entries.csv, reminders.csv and resources.csv in a zip, for spreadsheets. */
    public void csv(AuthenticatedUser owner, OutputStream out) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                List<GoalView> all = goals.list(owner.id(), null);
                Map<Long, GoalView> byGoal = all.stream().collect(Collectors.toMap(GoalView::id, Function.identity()));
                CsvFiles.goals(sheet(zip, "goals.csv"), all);
                CSVPrinter entries = sheet(zip, "entries.csv");
                CsvFiles.entryHeader(entries);
                forEachEntry(owner, entry -> CsvFiles.entry(entries, entry, byGoal.get(entry.goalId())));
                entries.flush();
                CsvFiles.reminders(sheet(zip, "reminders.csv"), reminders.goalReminders(owner), byGoal);
                CsvFiles.resources(sheet(zip, "resources.csv"), byId(owner));
                zip.closeEntry();
            } catch (IOException e) {
                throw new ExportAborted(e);
            }
        });
    }

    private interface EntryWriter {
        void write(EntryView entry) throws IOException;
    }

    private void forEachEntry(AuthenticatedUser owner, EntryWriter writer) throws IOException {
        long after = 0;
        while (true) {
            List<EntryView> page = practice.exportPage(owner.id(), after, PAGE);
            for (EntryView entry : page) {
                writer.write(entry);
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    private List<ResourceView> byId(AuthenticatedUser owner) {
        return resources.list(owner.id(), ResourceService.Filter.none()).stream()
                .sorted((a, b) -> Long.compare(a.id(), b.id()))
                .toList();
    }

    private void array(JsonGenerator g, String name, List<?> items) throws IOException {
        g.writeArrayFieldStart(name);
        for (Object item : items) {
            json.writeValue(g, item);
        }
        g.writeEndArray();
    }

    private static CSVPrinter sheet(ZipOutputStream zip, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        // Never closed (that would close the zip): each sheet is flushed before the next entry starts.
        return new CSVPrinter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
    }

    /** The client went away or the disk is full: nothing to tell the client, the download just stops. */
    static final class ExportAborted extends RuntimeException {
        ExportAborted(IOException cause) {
            super(cause);
        }
    }
}
