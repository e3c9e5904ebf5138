package uk.org.beacon.chronology;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.org.beacon.web.PlainDocument;

/**
 * Typesets a chronology as an A4 PDF for the court or the family: a title block (the child, date
 * of birth, who it is for, the dates and filter it covers, when and by whom it was produced),
 * then a table of entries (date, what happened, impact on the child) whose heading repeats on
 * every page, with the protective marking and "page n of m" on each page. Typeset with the shared
 * {@link PlainDocument}.
 */
@Component
class ChronologyPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private static final float LEFT = PlainDocument.LEFT;
    private static final float BODY = 9;
    private static final float LEADING = 11.5f;
    private static final float CELL_PAD = 5;
    private static final float[] COLUMN_X = {LEFT, LEFT + 82, LEFT + 82 + 236};
    private static final float[] COLUMN_WIDTH = {74, 228, PlainDocument.RIGHT - (LEFT + 82 + 236)};

    byte[] render(ChronologyDocument doc) {
        PlainDocument t = new PlainDocument();
        titleBlock(t, doc);
        entries(t, doc);
        return t.finish(new PlainDocument.Margins("OFFICIAL-SENSITIVE", "Chronology of " + doc.childName() + " for " + doc.audience().label(),
                        "Produced " + PRODUCED.format(doc.generatedAt()) + " by " + doc.generatedBy()),
                new PlainDocument.Properties("Chronology: " + doc.childName() + " (for " + doc.audience().label() + ")", doc.generatedBy(),
                        doc.generatedAt()));
    }

    private static void titleBlock(PlainDocument t, ChronologyDocument doc) {
        t.title("Chronology");
        t.subtitle(doc.childName());
        t.fact("Date of birth", doc.dateOfBirth() != null ? LONG_DAY.format(doc.dateOfBirth())
                : doc.expectedDateOfBirth() != null ? "Expected " + LONG_DAY.format(doc.expectedDateOfBirth()) : "Not recorded");
        t.fact("Prepared for", doc.audience() == Audience.COURT ? "The court (complete)" : "The family (information about other people withheld)");
        LocalDate from = doc.coversFrom();
        LocalDate to = doc.coversTo();
        t.fact("Dates covered", from == null ? "No entries" : LONG_DAY.format(from) + " to " + LONG_DAY.format(to));
        t.fact("Showing", doc.filter().description() + " (" + doc.entries().size() + (doc.entries().size() == 1 ? " entry)" : " entries)"));
        t.fact("Produced", PRODUCED.format(doc.generatedAt()) + " by " + doc.generatedBy());
        t.fact("Local authority", doc.authorityName());
        t.gap(6);
        if (doc.audience() == Audience.FAMILY && doc.withheld() > 0) {
            t.text(doc.withheld() + (doc.withheld() == 1 ? " entry contains" : " entries contain")
                    + " information about other people. It is withheld and shown as " + ChronologyRules.WITHHELD + ".", t.italic, 10, 6);
        }
        t.text("Each entry gives the date it happened, what happened and its impact on the child as recorded by the worker. "
                + "Entries whose impact has not yet been recorded say so.", t.italic, 9, 0.3f, 12);
    }

    private static void entries(PlainDocument t, ChronologyDocument doc) {
        if (doc.entries().isEmpty()) {
            t.paragraph("No entries match this selection.");
            return;
        }
        tableHeading(t);
        t.onNewPage(ChronologyPdf::tableHeading);
        boolean showSignificance = doc.filter().show() != ChronologyFilter.Show.SIGNIFICANT;
        for (ChronologyEntryDetails e : doc.entries()) {
            row(t, cells(t, e, showSignificance));
        }
    }

    private static List<List<PlainDocument.Line>> cells(PlainDocument t, ChronologyEntryDetails e, boolean showSignificance) {
        List<PlainDocument.Line> when = new ArrayList<>();
        when.add(t.line(DAY.format(e.occurredOn()), t.bold, BODY, 0));
        if (e.occurredTime() != null) {
            when.add(t.line(TIME.format(e.occurredTime()), t.regular, BODY, 0));
        }
        if (showSignificance) {
            when.add(t.line(e.significant() ? "Significant" : "Routine", t.italic, BODY - 1, 0.3f));
        }
        float w = COLUMN_WIDTH[1];
        List<PlainDocument.Line> what = new ArrayList<>(e.title().equals(e.type().label()) ? List.of()
                : t.wrap(e.type().label(), t.italic, BODY - 1, w, 0.3f));
        what.addAll(t.wrap(e.title(), t.bold, BODY, w, 0));
        if (!e.summary().isBlank() && !e.summary().equals(e.title())) {
            what.addAll(t.wrap(e.summary(), t.regular, BODY, w, 0));
        }
        if (e.source() != null) {
            what.addAll(t.wrap("Source: " + e.source(), t.italic, BODY - 1, w, 0.3f));
        }
        List<PlainDocument.Line> impact = e.impactRecorded() ? t.wrap(e.impact(), t.regular, BODY, COLUMN_WIDTH[2], 0)
                : t.wrap("Impact not yet recorded", t.italic, BODY, COLUMN_WIDTH[2], 0.3f);
        return List.of(when, what, impact);
    }

    private static void tableHeading(PlainDocument t) {
        String[] headings = {"Date", "What happened", "Impact on the child"};
        for (int c = 0; c < 3; c++) {
            t.write(COLUMN_X[c], t.y() - 10, headings[c], t.bold, 10, 0);
        }
        t.down(15);
        t.rule(t.y(), 1f, 0);
        t.down(CELL_PAD);
    }

    /** One entry: moves to a new page if it would fit there but not here; splits only an entry longer than a page. */
    private static void row(PlainDocument t, List<List<PlainDocument.Line>> columns) {
        int lines = columns.stream().mapToInt(List::size).max().orElse(0);
        float needed = lines * LEADING + CELL_PAD;
        if (t.y() - needed < PlainDocument.BOTTOM && needed <= PlainDocument.TOP - PlainDocument.BOTTOM - 30) {
            t.newPage();
        }
        int from = 0;
        while (from < lines) {
            int fit = (int) Math.floor((t.y() - PlainDocument.BOTTOM - CELL_PAD) / LEADING);
            if (fit <= 0) {
                t.newPage();
                continue;
            }
            int to = Math.min(lines, from + fit);
            for (int c = 0; c < columns.size(); c++) {
                List<PlainDocument.Line> column = columns.get(c);
                for (int i = from; i < Math.min(to, column.size()); i++) {
                    PlainDocument.Line l = column.get(i);
                    t.write(COLUMN_X[c], t.y() - (i - from + 1) * LEADING + 2.5f, l.text(), l.font(), l.size(), l.grey());
                }
            }
            t.down((to - from) * LEADING);
            from = to;
            if (from < lines) {
                t.newPage();
            }
        }
        t.down(CELL_PAD);
        t.rule(t.y(), 0.5f, 0.75f);
        t.down(CELL_PAD);
    }
}
