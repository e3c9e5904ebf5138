package uk.org.beacon.chronology;

import java.time.LocalDate;

/**
 * Which entries to show: significant ones only (the default, what inspectors and courts want to
 * read), all of them, or all including voided entries; optionally one type and a date range
 * (inclusive); oldest or newest first.
 */
public record ChronologyFilter(Show show, EntryType type, LocalDate from, LocalDate to, boolean newestFirst) {

    public enum Show {
        SIGNIFICANT("Significant events only"),
        ALL("All events"),
        VOIDED("All events, including voided entries");

        private final String label;

        Show(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Show parse(String value) {
            if (value == null || value.isBlank()) {
                return SIGNIFICANT;
            }
            try {
                return Show.valueOf(value.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                return SIGNIFICANT;
            }
        }
    }

    public ChronologyFilter {
        show = show == null ? Show.SIGNIFICANT : show;
    }

    public static ChronologyFilter significantOnly() {
        return new ChronologyFilter(Show.SIGNIFICANT, null, null, null, false);
    }

    public static ChronologyFilter everything() {
        return new ChronologyFilter(Show.ALL, null, null, null, false);
    }

    static ChronologyFilter of(String show, String type, LocalDate from, LocalDate to, String order) {
        return new ChronologyFilter(Show.parse(show), EntryType.parse(type), from, to, "newest".equalsIgnoreCase(order));
    }

    /** Whether an entry belongs in the view. */
    public boolean admits(ChronologyEntryDetails e) {
        if (e.voided() && show != Show.VOIDED) {
            return false;
        }
        if (show == Show.SIGNIFICANT && !e.significant()) {
            return false;
        }
        if (type != null && e.type() != type) {
            return false;
        }
        if (from != null && e.occurredOn().isBefore(from)) {
            return false;
        }
        return to == null || !e.occurredOn().isAfter(to);
    }

    /** Printed chronologies never carry voided entries. */
    ChronologyFilter forPrint() {
        return show == Show.VOIDED ? new ChronologyFilter(Show.ALL, type, from, to, newestFirst) : this;
    }

    /** In words, for the page and the printed chronology. */
    public String description() {
        StringBuilder s = new StringBuilder(show.label());
        if (type != null) {
            s.append("; type: ").append(type.label());
        }
        return s.toString();
    }
}
