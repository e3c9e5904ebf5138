package uk.org.beacon.chronology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * Typesets a chronology as an A4 PDF for the court or the family: a title block (the child, date
 * of birth, who it is for, the dates and filter it covers, when and by whom it was produced),
 * then a table of entries (date, what happened, impact on the child) whose heading repeats on
 * every page, with the protective marking and "page n of m" on each page. Standard PDF fonts
 * (Helvetica); characters they cannot show are reduced to their base letter.
 */
@Component
class ChronologyPdf {

    /** Letters that are not an accent on a base letter, so do not decompose (as in Łukasiewicz, Søren, Đorđević). */
    private static final Map<String, String> LETTERS_WITHOUT_ACCENTS = Map.of("Ł", "L", "ł", "l", "Ø", "O", "ø", "o", "Đ", "D", "đ", "d",
            "ı", "i", "Ħ", "H", "ħ", "h");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float LEFT = 50;
    private static final float RIGHT = SIZE.getWidth() - 50;
    private static final float TOP = SIZE.getHeight() - 62;
    private static final float BOTTOM = 62;
    private static final float BODY = 9;
    private static final float LEADING = 11.5f;
    private static final float CELL_PAD = 5;
    private static final float[] COLUMN_X = {LEFT, LEFT + 82, LEFT + 82 + 236};
    private static final float[] COLUMN_WIDTH = {74, 228, RIGHT - (LEFT + 82 + 236)};

    byte[] render(ChronologyDocument doc) {
        try (PDDocument pdf = new PDDocument()) {
            Typesetter t = new Typesetter(pdf, doc);
            t.titleBlock();
            t.entries();
            t.close();
            t.marginsOnEveryPage();
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle("Chronology: " + doc.childName() + " (for " + doc.audience().label() + ")");
            info.setAuthor(doc.generatedBy());
            info.setCreator("Beacon");
            info.setCreationDate(GregorianCalendar.from(doc.generatedAt()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not produce the chronology PDF", e);
        }
    }

    /** One line of set text. */
    private record Line(String text, PDFont font, float size, float grey) {}

    private static final class Typesetter {

        private final PDDocument pdf;
        private final ChronologyDocument doc;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
        private final Map<PDFont, Map<Integer, String>> shown = new HashMap<>();
        private PDPageContentStream out;
        private float y;

        Typesetter(PDDocument pdf, ChronologyDocument doc) throws IOException {
            this.pdf = pdf;
            this.doc = doc;
            newPage();
        }

        void titleBlock() throws IOException {
            write(LEFT, y - 20, "Chronology", bold, 20, 0);
            y -= 34;
            write(LEFT, y - 14, doc.childName(), bold, 14, 0);
            y -= 26;
            List<String[]> facts = new ArrayList<>();
            facts.add(new String[] {"Date of birth", doc.dateOfBirth() != null ? LONG_DAY.format(doc.dateOfBirth())
                    : doc.expectedDateOfBirth() != null ? "Expected " + LONG_DAY.format(doc.expectedDateOfBirth()) : "Not recorded"});
            facts.add(new String[] {"Prepared for", doc.audience() == Audience.COURT ? "The court (complete)"
                    : "The family (information about other people withheld)"});
            LocalDate from = doc.coversFrom();
            LocalDate to = doc.coversTo();
            facts.add(new String[] {"Dates covered", from == null ? "No entries" : LONG_DAY.format(from) + " to " + LONG_DAY.format(to)});
            facts.add(new String[] {"Showing", doc.filter().description() + " (" + doc.entries().size() + (doc.entries().size() == 1 ? " entry)" : " entries)")});
            facts.add(new String[] {"Produced", PRODUCED.format(doc.generatedAt()) + " by " + doc.generatedBy()});
            facts.add(new String[] {"Local authority", doc.authorityName()});
            for (String[] fact : facts) {
                write(LEFT, y - 10, fact[0], bold, 10, 0);
                List<Line> value = wrap(fact[1], regular, 10, RIGHT - (LEFT + 110), 0);
                for (Line l : value) {
                    write(LEFT + 110, y - 10, l.text(), l.font(), l.size(), 0);
                    y -= 13.5f;
                }
            }
            y -= 6;
            if (doc.audience() == Audience.FAMILY && doc.withheld() > 0) {
                for (Line l : wrap(doc.withheld() + (doc.withheld() == 1 ? " entry contains" : " entries contain")
                        + " information about other people. It is withheld and shown as " + ChronologyRules.WITHHELD + ".", italic, 10,
                        RIGHT - LEFT, 0)) {
                    write(LEFT, y - 10, l.text(), l.font(), l.size(), 0);
                    y -= 13.5f;
                }
                y -= 6;
            }
            for (Line l : wrap("Each entry gives the date it happened, what happened and its impact on the child as recorded by the worker. "
                    + "Entries whose impact has not yet been recorded say so.", italic, 9, RIGHT - LEFT, 0.3f)) {
                write(LEFT, y - 9, l.text(), l.font(), l.size(), l.grey());
                y -= LEADING;
            }
            y -= 12;
        }

        void entries() throws IOException {
            if (doc.entries().isEmpty()) {
                write(LEFT, y - 10, "No entries match this selection.", regular, 10, 0);
                return;
            }
            tableHeading();
            boolean showSignificance = doc.filter().show() != ChronologyFilter.Show.SIGNIFICANT;
            for (ChronologyEntryDetails e : doc.entries()) {
                row(cells(e, showSignificance));
            }
        }

        private List<List<Line>> cells(ChronologyEntryDetails e, boolean showSignificance) throws IOException {
            List<Line> when = new ArrayList<>();
            when.add(line(DAY.format(e.occurredOn()), bold, BODY, 0));
            if (e.occurredTime() != null) {
                when.add(line(TIME.format(e.occurredTime()), regular, BODY, 0));
            }
            if (showSignificance) {
                when.add(line(e.significant() ? "Significant" : "Routine", italic, BODY - 1, 0.3f));
            }
            float w = COLUMN_WIDTH[1];
            List<Line> what = new ArrayList<>(e.title().equals(e.type().label()) ? List.of() : wrap(e.type().label(), italic, BODY - 1, w, 0.3f));
            what.addAll(wrap(e.title(), bold, BODY, w, 0));
            if (!e.summary().isBlank() && !e.summary().equals(e.title())) {
                what.addAll(wrap(e.summary(), regular, BODY, w, 0));
            }
            if (e.source() != null) {
                what.addAll(wrap("Source: " + e.source(), italic, BODY - 1, w, 0.3f));
            }
            List<Line> impact = e.impactRecorded() ? wrap(e.impact(), regular, BODY, COLUMN_WIDTH[2], 0)
                    : wrap("Impact not yet recorded", italic, BODY, COLUMN_WIDTH[2], 0.3f);
            return List.of(when, what, impact);
        }

        private void tableHeading() throws IOException {
            String[] headings = {"Date", "What happened", "Impact on the child"};
            for (int c = 0; c < 3; c++) {
                write(COLUMN_X[c], y - 10, headings[c], bold, 10, 0);
            }
            y -= 15;
            rule(y, 1f, 0);
            y -= CELL_PAD;
        }

        /** One entry: moves to a new page if it would fit there but not here; splits only an entry longer than a page. */
        private void row(List<List<Line>> columns) throws IOException {
            int lines = columns.stream().mapToInt(List::size).max().orElse(0);
            float needed = lines * LEADING + CELL_PAD;
            if (y - needed < BOTTOM && needed <= TOP - BOTTOM - 30) {
                continueOnNewPage();
            }
            int from = 0;
            while (from < lines) {
                int fit = (int) Math.floor((y - BOTTOM - CELL_PAD) / LEADING);
                if (fit <= 0) {
                    continueOnNewPage();
                    continue;
                }
                int to = Math.min(lines, from + fit);
                for (int c = 0; c < columns.size(); c++) {
                    List<Line> column = columns.get(c);
                    for (int i = from; i < Math.min(to, column.size()); i++) {
                        Line l = column.get(i);
                        write(COLUMN_X[c], y - (i - from + 1) * LEADING + 2.5f, l.text(), l.font(), l.size(), l.grey());
                    }
                }
                y -= (to - from) * LEADING;
                from = to;
                if (from < lines) {
                    continueOnNewPage();
                }
            }
            y -= CELL_PAD;
            rule(y, 0.5f, 0.75f);
            y -= CELL_PAD;
        }

        private void continueOnNewPage() throws IOException {
            out.close();
            newPage();
            tableHeading();
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(SIZE);
            pdf.addPage(page);
            out = new PDPageContentStream(pdf, page);
            y = TOP;
        }

        void close() throws IOException {
            out.close();
        }

        /** The protective marking, whose chronology this is and "page n of m", on every page. */
        void marginsOnEveryPage() throws IOException {
            int total = pdf.getNumberOfPages();
            String whose = "Chronology of " + doc.childName() + " for " + doc.audience().label();
            for (int n = 0; n < total; n++) {
                try (PDPageContentStream margin = new PDPageContentStream(pdf, pdf.getPage(n), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    out = margin;
                    write(LEFT, SIZE.getHeight() - 36, "OFFICIAL-SENSITIVE", bold, 8, 0);
                    String right = safe(regular, whose);
                    write(RIGHT - width(right, regular, 8), SIZE.getHeight() - 36, right, regular, 8, 0.3f);
                    write(LEFT, 36, "Produced " + PRODUCED.format(doc.generatedAt()) + " by " + doc.generatedBy(), regular, 8, 0.3f);
                    String page = "Page " + (n + 1) + " of " + total;
                    write(RIGHT - width(page, regular, 8), 36, page, regular, 8, 0);
                }
            }
        }

        private void rule(float at, float thickness, float grey) throws IOException {
            out.setStrokingColor(grey, grey, grey);
            out.setLineWidth(thickness);
            out.moveTo(LEFT, at);
            out.lineTo(RIGHT, at);
            out.stroke();
        }

        private void write(float x, float baseline, String text, PDFont font, float size, float grey) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.setNonStrokingColor(grey, grey, grey);
            out.newLineAtOffset(x, baseline);
            out.showText(safe(font, text));
            out.endText();
        }

        private Line line(String text, PDFont font, float size, float grey) {
            return new Line(safe(font, text), font, size, grey);
        }

        /** Breaks text into lines that fit the width, keeping the writer's paragraphs. */
        private List<Line> wrap(String text, PDFont font, float size, float width, float grey) throws IOException {
            List<Line> lines = new ArrayList<>();
            for (String paragraph : safe(font, text).split("\\R", -1)) {
                StringBuilder current = new StringBuilder();
                for (String word : paragraph.trim().split(" +")) {
                    String candidate = current.isEmpty() ? word : current + " " + word;
                    if (width(candidate, font, size) <= width) {
                        current.setLength(0);
                        current.append(candidate);
                        continue;
                    }
                    if (!current.isEmpty()) {
                        lines.add(new Line(current.toString(), font, size, grey));
                        current.setLength(0);
                    }
                    String rest = word;
                    while (width(rest, font, size) > width) {
                        int cut = rest.length() - 1;
                        while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                            cut--;
                        }
                        lines.add(new Line(rest.substring(0, cut), font, size, grey));
                        rest = rest.substring(cut);
                    }
                    current.append(rest);
                }
                lines.add(new Line(current.toString(), font, size, grey));
            }
            return lines;
        }

        private static float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** The text as the font can show it: tabs as spaces, accented letters it lacks as their base letter, anything else as '?'. */
        private String safe(PDFont font, String text) {
            if (text == null) {
                return "";
            }
            Map<Integer, String> known = shown.computeIfAbsent(font, f -> new HashMap<>());
            StringBuilder b = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\n' || cp == '\r') {
                    b.appendCodePoint(cp);
                    return;
                }
                b.append(known.computeIfAbsent(cp, c -> showable(font, c)));
            });
            return b.toString();
        }

        private static String showable(PDFont font, int cp) {
            if (cp == '\t' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                return " ";
            }
            String ch = new String(Character.toChars(cp));
            if (encodes(font, ch)) {
                return ch;
            }
            String base = LETTERS_WITHOUT_ACCENTS.getOrDefault(ch, Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
            return !base.isEmpty() && encodes(font, base) ? base : "?";
        }

        private static boolean encodes(PDFont font, String s) {
            try {
                font.encode(s);
                return font.getStringWidth(s) >= 0;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
    }
}
