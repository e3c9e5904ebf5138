package uk.org.beacon.chronology;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.org.beacon.web.FieldDifference;

/**
 * The chronology's rules. Entries read in the order things happened: by practice date, then time
 * of day where it is known (an entry with only a date comes after the timed entries of that day),
 * then in the order they were recorded. An entry a worker adds needs a date that is not in the
 * future, a type, a title and what happened. The family's copy replaces what the worker marked as
 * information about other people with {@link #WITHHELD}, keeping the date and type so the family
 * can see that something happened.
 */
final class ChronologyRules {

    static final String WITHHELD = "[information withheld: third party]";
    static final int TITLE_MAX = 200;

    static final Comparator<ChronologyEntryDetails> IN_DATE_ORDER = Comparator
            .comparing(ChronologyEntryDetails::occurredOn)
            .thenComparing(ChronologyEntryDetails::occurredTime, Comparator.nullsLast(Comparator.<LocalTime>naturalOrder()))
            .thenComparing(ChronologyEntryDetails::recordedAt)
            .thenComparing(ChronologyEntryDetails::id);

    private ChronologyRules() {}

    /** The entries the filter admits, in date order (or newest first). */
    static List<ChronologyEntryDetails> arrange(List<ChronologyEntryDetails> entries, ChronologyFilter filter) {
        Comparator<ChronologyEntryDetails> order = filter.newestFirst() ? IN_DATE_ORDER.reversed() : IN_DATE_ORDER;
        return entries.stream().filter(filter::admits).sorted(order).toList();
    }

    /** The family's copy: third-party information withheld. */
    static List<ChronologyEntryDetails> forAudience(List<ChronologyEntryDetails> entries, Audience audience) {
        if (audience == Audience.COURT) {
            return entries;
        }
        return entries.stream().map(e -> e.thirdParty() ? e.withheld(WITHHELD) : e).toList();
    }

    static Map<String, String> check(CuratedEntry e, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e.occurredOn() == null) {
            errors.put("occurredOn", "Enter the date it happened");
        } else if (e.occurredOn().isAfter(today)) {
            errors.put("occurredOn", "The date it happened must be today or in the past");
        }
        if (e.type() == null || !e.type().byWorker()) {
            errors.put("type", "Select what kind of event this was");
        }
        if (blank(e.title())) {
            errors.put("title", "Enter a short title, like 'School reports a change in behaviour'");
        } else if (e.title().trim().length() > TITLE_MAX) {
            errors.put("title", "The title must be " + TITLE_MAX + " characters or fewer: put the detail in what happened");
        }
        if (blank(e.summary())) {
            errors.put("summary", "Enter what happened");
        }
        if (e.source() != null && e.source().trim().length() > TITLE_MAX) {
            errors.put("source", "Where the information came from must be " + TITLE_MAX + " characters or fewer");
        }
        return errors;
    }

    /** What differs between the entry as saved and as the worker wants it, for an edit conflict. */
    static List<FieldDifference> differences(ChronologyEntryDetails saved, CuratedEntry yours) {
        List<FieldDifference> d = new ArrayList<>();
        add(d, "Date", saved.occurredOn(), yours.occurredOn());
        add(d, "Time", saved.occurredTime(), yours.occurredTime());
        add(d, "Type", saved.type().label(), yours.type() == null ? null : yours.type().label());
        add(d, "Title", saved.title(), trim(yours.title()));
        add(d, "What happened", saved.summary(), trim(yours.summary()));
        add(d, "Impact on the child", saved.impact(), trim(yours.impact()));
        add(d, "Significant", saved.significant() ? "Yes" : "No", yours.significant() == null || yours.significant() ? "Yes" : "No");
        add(d, "Source", saved.source(), trim(yours.source()));
        add(d, "Third-party information", saved.thirdParty() ? "Yes" : "No", yours.thirdParty() != null && yours.thirdParty() ? "Yes" : "No");
        return d;
    }

    /** The fields of an entry that an edit changes (names only, for the audit trail). */
    static List<String> changedFields(ChronologyEntryDetails saved, CuratedEntry yours) {
        return differences(saved, yours).stream().map(FieldDifference::field).toList();
    }

    private static void add(List<FieldDifference> d, String field, Object saved, Object yours) {
        if (!Objects.equals(saved, yours)) {
            d.add(new FieldDifference(field, saved == null ? "" : saved.toString(), yours == null ? "" : yours.toString()));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
