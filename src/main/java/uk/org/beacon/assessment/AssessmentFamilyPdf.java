package uk.org.beacon.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZonedDateTime;
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
import uk.org.beacon.codes.CodeSet;

/**
 * The family's copy of an authorised assessment, as an A4 PDF in plain language: what we were
 * worried about, what you told us, what your child told us, what we think, what happens next, and
 * what the manager decided and why. Information from other people (the assessment's third-party
 * section) and worker-only details (late reasons, the history considered) are never printed.
 * Corrections made after authorisation are printed under the section they correct.
 */
@Component
class AssessmentFamilyPdf {

    /** Letters that are not an accent on a base letter, so do not decompose (as in Łukasiewicz, Søren, Đorđević). */
    private static final Map<String, String> LETTERS_WITHOUT_ACCENTS = Map.of("Ł", "L", "ł", "l", "Ø", "O", "ø", "o", "Đ", "D", "đ", "d",
            "ı", "i", "Ħ", "H", "ħ", "h");
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float LEFT = 60;
    private static final float RIGHT = SIZE.getWidth() - 60;
    private static final float TOP = SIZE.getHeight() - 66;
    private static final float BOTTOM = 66;

    /** What the family's copy is made from. */
    record Document(String authorityName, String childName, LocalDate dateOfBirth, AssessmentDetails assessment, CodeSet factorCodes,
            ZonedDateTime generatedAt, String generatedBy) {}

    byte[] render(Document doc) {
        try (PDDocument pdf = new PDDocument()) {
            Typesetter t = new Typesetter(pdf);
            AssessmentDetails a = doc.assessment();
            AssessmentContent c = a.content();
            t.text("Your child and family assessment", t.bold, 20, 8);
            t.text(doc.childName(), t.bold, 14, 6);
            t.fact("Date of birth", doc.dateOfBirth() == null ? "Not recorded" : LONG_DAY.format(doc.dateOfBirth()));
            t.fact("Assessment started", LONG_DAY.format(a.startedOn()));
            t.fact("Assessment finished", LONG_DAY.format(a.authorisedOn()));
            t.fact("Social worker", a.workerName());
            t.fact("Local authority", doc.authorityName());
            t.gap(6);
            t.text("This is your copy of the assessment. Some information we were given by other people is not included, to protect them. "
                    + "If something here is wrong, or you want to talk about it, please contact your social worker.", t.italic, 10, 8);

            t.heading("What we were worried about");
            List<String> worries = c.factors().stream().filter(f -> !AssessmentRules.NO_FACTORS.equals(f))
                    .map(f -> plain(doc.factorCodes().labelOrCode(f))).toList();
            if (worries.isEmpty()) {
                t.paragraph("We did not find anything that needs children's social care to be involved.");
            } else {
                t.paragraph("The things we looked at most closely were:");
                for (String w : worries) {
                    t.paragraph("•  " + w);
                }
            }
            t.section(c.risks(), "What worried us", a, "risks");
            t.section(c.protectiveFactors(), "What is going well", a, "protectiveFactors");

            t.heading("What you told us");
            t.paragraph(or(c.familyViews(), "We did not record your views in this assessment."));
            t.amendments(a, "familyViews");

            t.heading("What your child told us");
            if (c.childSeenOn() != null) {
                t.paragraph("We saw " + firstName(doc.childName()) + " on " + LONG_DAY.format(c.childSeenOn())
                        + (c.childSeenAloneOn() != null ? ", and spoke with them on their own on " + LONG_DAY.format(c.childSeenAloneOn()) : "") + ".");
            } else if (c.childNotSeenReason() != null) {
                t.paragraph("We did not see " + firstName(doc.childName()) + " during the assessment: " + c.childNotSeenReason());
            }
            t.paragraph(or(c.childsViews(), "Not recorded."));
            t.amendments(a, "childsViews");
            if (c.identityNeeds() != null) {
                t.section(c.identityNeeds(), "Who your child is and what matters to them", a, "identityNeeds");
            }

            t.heading("What we think");
            t.paragraph(or(c.analysis(), "Not recorded."));
            t.amendments(a, "analysis");

            t.heading("What happens next");
            t.paragraph(nextStep(c));
            if (c.nextSteps() != null) {
                t.paragraph(c.nextSteps());
            }
            t.amendments(a, "nextSteps");

            t.heading("What the manager decided and why");
            t.paragraph("The assessment was checked and agreed by " + (a.authorisedByName() == null ? "a team manager" : a.authorisedByName())
                    + ", team manager, on " + LONG_DAY.format(a.authorisedOn()) + ". Their reasons:");
            t.paragraph(a.managerRationale());
            t.close();
            t.margins(doc);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle("Child and family assessment: " + doc.childName() + " (family copy)");
            info.setAuthor(doc.generatedBy());
            info.setCreator("Beacon");
            info.setCreationDate(GregorianCalendar.from(doc.generatedAt()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not produce the family's copy of the assessment", e);
        }
    }

    private static String nextStep(AssessmentContent c) {
        if (c.outcome() == null) {
            return "";
        }
        return switch (c.outcome()) {
            case NO_FURTHER_ACTION -> "Children's social care will not stay involved. If things change, you or anyone worried about your child can contact us again.";
            case CHILD_IN_NEED_PLAN -> "We will work with you on a child in need plan: a plan agreed with you and the people who support your family.";
            case STRATEGY_DISCUSSION -> "We are worried that your child may be at risk of significant harm. We will talk with the police and health "
                    + "colleagues (a strategy discussion) about what needs to happen to keep your child safe, and we will tell you what was decided.";
            case STEP_DOWN_TO_EARLY_HELP -> "Your family will be supported by early help. Your lead professional will be " + c.leadProfessionalName()
                    + " from " + c.leadProfessionalAgency() + ", who will contact you.";
            case LOOKED_AFTER -> "We think your child needs to be looked after by the local authority. Your social worker will explain what this "
                    + "means, your rights, and how you can get independent advice.";
        };
    }

    /** Factor labels for a family: the CIN census wording without the code's brackets. */
    private static String plain(String label) {
        return label.replaceAll("\\s*\\(.*\\)$", "");
    }

    private static String firstName(String fullName) {
        int space = fullName.indexOf(' ');
        return space > 0 ? fullName.substring(0, space) : fullName;
    }

    private static String or(String text, String otherwise) {
        return text == null ? otherwise : text;
    }

    private static final class Typesetter {

        private final PDDocument pdf;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
        private final Map<PDFont, Map<Integer, String>> shown = new HashMap<>();
        private PDPageContentStream out;
        private float y;

        Typesetter(PDDocument pdf) throws IOException {
            this.pdf = pdf;
            newPage();
        }

        void heading(String text) throws IOException {
            if (y - 110 < BOTTOM) {
                out.close();
                newPage();
            }
            gap(10);
            text(text, bold, 14, 4);
        }

        void section(String body, String title, AssessmentDetails a, String key) throws IOException {
            if (body == null && a.amendments().stream().noneMatch(x -> x.section().equals(key))) {
                return;
            }
            gap(4);
            text(title, bold, 11, 2);
            if (body != null) {
                paragraph(body);
            }
            amendments(a, key);
        }

        void amendments(AssessmentDetails a, String key) throws IOException {
            for (AssessmentDetails.Amendment x : a.amendments()) {
                if (x.section().equals(key)) {
                    text("Corrected on " + LONG_DAY.format(x.amendedAt().atZone(Assessments.UK)) + ": " + x.correctedText(), italic, 10.5f, 4);
                }
            }
        }

        void fact(String label, String value) throws IOException {
            ensure(14);
            write(LEFT, y - 10, label, bold, 10);
            write(LEFT + 130, y - 10, value == null ? "" : value, regular, 10);
            y -= 14;
        }

        void paragraph(String text) throws IOException {
            text(text, regular, 10.5f, 5);
        }

        void text(String text, PDFont font, float size, float after) throws IOException {
            float leading = size * 1.35f;
            for (String line : wrap(text, font, size, RIGHT - LEFT)) {
                ensure(leading);
                write(LEFT, y - size, line, font, size);
                y -= leading;
            }
            y -= after;
        }

        void gap(float points) {
            y -= points;
        }

        private void ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                out.close();
                newPage();
            }
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

        void margins(Document doc) throws IOException {
            int total = pdf.getNumberOfPages();
            for (int n = 0; n < total; n++) {
                try (PDPageContentStream margin = new PDPageContentStream(pdf, pdf.getPage(n), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    out = margin;
                    write(LEFT, SIZE.getHeight() - 40, "OFFICIAL-SENSITIVE: for the family of " + doc.childName(), bold, 8);
                    write(LEFT, 40, "Produced " + PRODUCED.format(doc.generatedAt()) + " by " + doc.generatedBy(), regular, 8);
                    String page = "Page " + (n + 1) + " of " + total;
                    write(RIGHT - regular.getStringWidth(page) / 1000 * 8, 40, page, regular, 8);
                }
            }
        }

        private void write(float x, float baseline, String text, PDFont font, float size) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, baseline);
            out.showText(safe(font, text));
            out.endText();
        }

        private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : safe(font, text).split("\\R", -1)) {
                StringBuilder current = new StringBuilder();
                for (String word : paragraph.trim().split(" +")) {
                    String candidate = current.isEmpty() ? word : current + " " + word;
                    if (font.getStringWidth(candidate) / 1000 * size <= width) {
                        current.setLength(0);
                        current.append(candidate);
                        continue;
                    }
                    if (!current.isEmpty()) {
                        lines.add(current.toString());
                        current.setLength(0);
                    }
                    String rest = word;
                    while (font.getStringWidth(rest) / 1000 * size > width && rest.length() > 1) {
                        int cut = rest.length() - 1;
                        while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
                            cut--;
                        }
                        lines.add(rest.substring(0, cut));
                        rest = rest.substring(cut);
                    }
                    current.append(rest);
                }
                lines.add(current.toString());
            }
            return lines;
        }

        /** The text as the font can show it: accented letters it lacks as their base letter, anything else as '?'. */
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
                b.append(known.computeIfAbsent(cp, ch -> showable(font, ch)));
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
