package uk.org.beacon.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * One plain A4 document, typeset top to bottom: the writer every document Beacon prints for a family or a
 * court is made with (an assessment's family copy, a chronology, a conference's decision letter, a child
 * protection plan). Flowing text wraps to the page and moves to a new page when it must (headings stay with
 * what follows them); summary rows set a label beside its value; a document that lays out its own table uses
 * {@link #write}, {@link #wrap} and {@link #rule} with a hook that repeats the table's heading on each new
 * page. {@link #finish} puts the protective marking, who produced it and "Page n of m" on every page. The
 * standard PDF fonts (Helvetica, like Arial) are used: characters they cannot show are reduced to their base
 * letter, anything else to '?'.
 */
public final class PlainDocument {

    public static final PDRectangle SIZE = PDRectangle.A4;
    public static final float LEFT = 56;
    public static final float RIGHT = SIZE.getWidth() - 56;
    public static final float TOP = SIZE.getHeight() - 64;
    public static final float BOTTOM = 64;
    /** Where a summary row's value starts, from the left margin. */
    public static final float FACT_INDENT = 130;

    /** Letters that are not an accent on a base letter, so do not decompose (as in Łukasiewicz, Søren, Đorđević). */
    private static final Map<String, String> LETTERS_WITHOUT_ACCENTS = Map.of("Ł", "L", "ł", "l", "Ø", "O", "ø", "o", "Đ", "D", "đ", "d",
            "ı", "i", "Ħ", "H", "ħ", "h");

    /** One line of set text. */
    public record Line(String text, PDFont font, float size, float grey) {}

    /** What every page carries: the marking top left, a note top right, who produced it bottom left, and "Page n of m" bottom right. */
    public record Margins(String marking, String topRight, String bottomLeft) {}

    /** The document's properties: its title, who produced it and when. */
    public record Properties(String title, String author, ZonedDateTime created) {}

    /** Something to draw at the top of each page after the first (a table's heading). */
    @FunctionalInterface
    public interface PageStart {
        void begin(PlainDocument document);
    }

    public final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    public final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    public final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

    private final PDDocument pdf = new PDDocument();
    private final Map<PDFont, Map<Integer, String>> shown = new HashMap<>();
    private PDPageContentStream out;
    private PageStart pageStart;
    private float y;

    public PlainDocument() {
        startPage();
    }

    // ---- flowing text ----------------------------------------------------------------------------------------

    public void title(String text) {
        text(text, bold, 20, 8);
    }

    public void subtitle(String text) {
        text(text, bold, 14, 6);
    }

    /** A section heading, never alone at the foot of a page. */
    public void heading(String text) {
        if (y - 110 < BOTTOM) {
            newPage();
        }
        gap(10);
        text(text, bold, 14, 4);
    }

    /** A heading inside a section, never alone at the foot of a page. */
    public void subheading(String text) {
        if (y - 60 < BOTTOM) {
            newPage();
        }
        gap(4);
        text(text, bold, 11, 2);
    }

    public void paragraph(String text) {
        text(text, regular, 10.5f, 5);
    }

    public void bullet(String text) {
        paragraph("•  " + text);
    }

    /** A note to the reader, in italics. */
    public void note(String text) {
        text(text, italic, 10, 8);
    }

    /** Small print, in grey. */
    public void small(String text) {
        text(text, regular, 8, 0.3f, 4);
    }

    /** A summary row: the label in bold, its value beside it (wrapped under itself). */
    public void fact(String label, String value) {
        List<Line> lines = wrap(value == null ? "" : value, regular, 10, RIGHT - LEFT - FACT_INDENT, 0);
        ensure(13.5f);
        write(LEFT, y - 10, label, bold, 10, 0);
        for (Line l : lines) {
            ensure(13.5f);
            write(LEFT + FACT_INDENT, y - 10, l.text(), l.font(), l.size(), 0);
            y -= 13.5f;
        }
    }

    public void text(String text, PDFont font, float size, float after) {
        text(text, font, size, 0, after);
    }

    /** Text wrapped to the page width, moving to a new page line by line; its own line breaks kept. */
    public void text(String text, PDFont font, float size, float grey, float after) {
        float leading = size * 1.35f;
        for (Line line : wrap(text, font, size, RIGHT - LEFT, grey)) {
            ensure(leading);
            write(LEFT, y - size, line.text(), font, size, grey);
            y -= leading;
        }
        y -= after;
    }

    public void gap(float points) {
        y -= points;
    }

    // ---- for documents that lay out their own tables -----------------------------------------------------------

    /** Where the next line goes (its top), in points from the foot of the page. */
    public float y() {
        return y;
    }

    public void down(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    public void ensure(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    /** Runs on each new page after the first (for example to repeat a table's heading). */
    public void onNewPage(PageStart start) {
        this.pageStart = start;
    }

    public void newPage() {
        closeStream();
        startPage();
        if (pageStart != null) {
            pageStart.begin(this);
        }
    }

    /** Writes one line of text with its baseline at {@code baseline}. */
    public void write(float x, float baseline, String text, PDFont font, float size, float grey) {
        try {
            out.beginText();
            out.setFont(font, size);
            out.setNonStrokingColor(grey, grey, grey);
            out.newLineAtOffset(x, baseline);
            out.showText(safe(font, text));
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write to the document", e);
        }
    }

    /** A horizontal line across the page. */
    public void rule(float at, float thickness, float grey) {
        try {
            out.setStrokingColor(grey, grey, grey);
            out.setLineWidth(thickness);
            out.moveTo(LEFT, at);
            out.lineTo(RIGHT, at);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write to the document", e);
        }
    }

    /** Breaks text into lines that fit the width, keeping the writer's paragraphs; a word longer than the width is cut. */
    public List<Line> wrap(String text, PDFont font, float size, float width, float grey) {
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
                while (width(rest, font, size) > width && rest.length() > 1) {
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

    /** One line as the font can show it, without wrapping. */
    public Line line(String text, PDFont font, float size, float grey) {
        return new Line(safe(font, text), font, size, grey);
    }

    public float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(safe(font, text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not measure text", e);
        }
    }

    // ---- the end ---------------------------------------------------------------------------------------------

    /** Puts the margins on every page, sets the properties and returns the PDF. */
    public byte[] finish(Margins margins, Properties properties) {
        try (pdf) {
            closeStream();
            int total = pdf.getNumberOfPages();
            for (int n = 0; n < total; n++) {
                try (PDPageContentStream margin = new PDPageContentStream(pdf, pdf.getPage(n), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    out = margin;
                    if (margins.marking() != null) {
                        write(LEFT, SIZE.getHeight() - 36, margins.marking(), bold, 8, 0);
                    }
                    if (margins.topRight() != null) {
                        write(RIGHT - width(margins.topRight(), regular, 8), SIZE.getHeight() - 36, margins.topRight(), regular, 8, 0.3f);
                    }
                    if (margins.bottomLeft() != null) {
                        write(LEFT, 36, margins.bottomLeft(), regular, 8, 0.3f);
                    }
                    String page = "Page " + (n + 1) + " of " + total;
                    write(RIGHT - width(page, regular, 8), 36, page, regular, 8, 0);
                }
            }
            out = null;
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(properties.title());
            info.setAuthor(properties.author());
            info.setCreator("Beacon");
            if (properties.created() != null) {
                info.setCreationDate(GregorianCalendar.from(properties.created()));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not produce the document", e);
        }
    }

    private void startPage() {
        try {
            PDPage page = new PDPage(SIZE);
            pdf.addPage(page);
            out = new PDPageContentStream(pdf, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a page", e);
        }
    }

    private void closeStream() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not finish a page", e);
        }
        out = null;
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
