package uk.org.beacon.childprotection.conference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * The decision letter for the family after an initial conference, in plain words: what was decided and
 * why (the chair's rationale and the social work manager's view), the category of abuse explained, the
 * worries and the strengths, who came, any disagreement, and what happens next. It never includes the
 * contents of agencies' reports (third-party information). Standard PDF fonts; characters they cannot
 * show are reduced to their base letter.
 */
@Component
class DecisionLetterPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Map<String, String> PLAIN_CATEGORY = Map.of(
            "NEG", "neglect: the child's basic needs (food, warmth, safety, health care or supervision) are not being met",
            "PHY", "physical abuse: the child has been, or is likely to be, physically hurt",
            "SAB", "sexual abuse: the child has been, or is likely to be, sexually harmed",
            "EMO", "emotional abuse: the child has been, or is likely to be, harmed by how they are spoken to or treated",
            "MUL", "more than one kind of harm (multiple categories)");
    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float LEFT = 60;
    private static final float WIDTH = SIZE.getWidth() - 120;
    private static final float TOP = SIZE.getHeight() - 60;
    private static final float BOTTOM = 60;

    byte[] render(ConferenceDetails c, String preparedBy) {
        try (PDDocument pdf = new PDDocument()) {
            Writer w = new Writer(pdf);
            w.heading("Child protection conference: what was decided", 16);
            w.text("About: " + c.childName() + (c.childDateOfBirth() == null ? "" : " (born " + DAY.format(c.childDateOfBirth()) + ")"));
            w.text("Conference held on: " + (c.heldOn() == null ? "not yet held" : DAY.format(c.heldOn())));
            w.text("Chaired by: " + nv(c.chairName()) + ", independent child protection chair");
            w.gap();
            w.heading("The decision", 12);
            if (Boolean.TRUE.equals(c.planDecided())) {
                w.text("The conference decided that " + c.childName() + " needs a child protection plan. The plan is under the category of "
                        + PLAIN_CATEGORY.getOrDefault(c.category(), nv(c.categoryLabel())) + ".");
                w.text("A plan means the professionals and your family will work together on agreed steps to keep " + c.childName()
                        + " safe. A core group will meet within 10 working days to agree the details, and a review conference will be "
                        + "held within 3 months.");
            } else if (Boolean.FALSE.equals(c.planDecided())) {
                w.text("The conference decided that " + c.childName() + " does not need a child protection plan.");
            }
            w.gap();
            w.heading("Why: the chair's reasons", 12);
            w.text(nv(c.chairRationale()));
            if (c.managerRationale() != null) {
                w.gap();
                w.heading("The social work manager's view", 12);
                w.text(c.managerRationale());
            }
            w.gap();
            w.heading("What we are worried about", 12);
            w.text(nv(c.risksSummary()));
            w.gap();
            w.heading("What is going well", 12);
            w.text(nv(c.strengthsSummary()));
            if (c.dissent() != null) {
                w.gap();
                w.heading("Disagreement", 12);
                w.text(c.dissentBy() + " did not agree with the decision: " + c.dissent());
            }
            w.gap();
            w.heading("Who came", 12);
            List<String> came = new ArrayList<>();
            List<String> apologies = new ArrayList<>();
            for (ConferenceDetails.Invitee i : c.invitees()) {
                String who = i.parent() ? i.name() + " (" + i.relationship().toLowerCase(Locale.UK) + ")" : i.name();
                if (i.child()) {
                    w.text(childsVoice(i, c.childName()));
                } else if ("ATTENDED".equals(i.attendance())) {
                    came.add(who + (i.supporterPresent() ? ", with a supporter" : ""));
                } else if ("APOLOGIES".equals(i.attendance())) {
                    apologies.add(who);
                }
            }
            w.text("Came: " + (came.isEmpty() ? "not recorded" : String.join("; ", came)) + ".");
            if (!apologies.isEmpty()) {
                w.text("Sent apologies: " + String.join("; ", apologies) + ".");
            }
            w.gap();
            w.heading("If you disagree", 12);
            w.text("You can ask the chair to look at the decision again, or make a complaint. Your social worker will explain how, and can "
                    + "help you find an advocate.");
            w.gap();
            w.small("Prepared by " + preparedBy + ". This letter does not include the content of other agencies' reports.");
            w.close();
            pdf.getDocumentInformation().setTitle("Conference decision letter: " + c.childName());
            pdf.getDocumentInformation().setCreator("Beacon");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not produce the decision letter", e);
        }
    }

    private static String childsVoice(ConferenceDetails.Invitee i, String name) {
        String how = i.contributedBy() == null ? "not recorded" : switch (i.contributedBy()) {
            case "ATTENDED" -> name + " came to the conference";
            case "WISHES_AND_FEELINGS_FORM" -> name + "'s views were shared through their wishes and feelings form";
            case "ADVOCATE" -> name + "'s views were shared by their advocate" + (i.advocateName() == null ? "" : ", " + i.advocateName());
            case "VIEWS_THROUGH_WORKER" -> name + "'s views were shared by their social worker";
            default -> name + " was not invited: " + nv(i.notInvitedReason());
        };
        return how + ".";
    }

    private static String nv(String s) {
        return s == null ? "Not recorded" : s;
    }

    private static final class Writer {
        private final PDDocument pdf;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument pdf) throws IOException {
            this.pdf = pdf;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(SIZE);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = TOP;
        }

        void heading(String text, float size) throws IOException {
            lines(text, bold, size);
        }

        void text(String text) throws IOException {
            for (String paragraph : text.split("\\R")) {
                lines(paragraph, regular, 11);
            }
        }

        void small(String text) throws IOException {
            lines(text, regular, 8);
        }

        void gap() {
            y -= 8;
        }

        private void lines(String text, PDFont font, float size) throws IOException {
            String clean = safe(text);
            StringBuilder line = new StringBuilder();
            for (String word : clean.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !line.isEmpty()) {
                    write(line.toString(), font, size);
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            write(line.toString(), font, size);
        }

        private void write(String line, PDFont font, float size) throws IOException {
            if (y - size * 1.4f < BOTTOM) {
                newPage();
            }
            y -= size * 1.4f;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(LEFT, y);
            stream.showText(line);
            stream.endText();
        }

        void close() throws IOException {
            stream.close();
        }

        /** Latin-1 characters as they are (Helvetica's WinAnsi encoding shows them); others reduced to their base letter. */
        private static String safe(String s) {
            String plain = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                    .replace('\u2013', '-').replace('\u2014', '-').replace("\u2026", "...");
            StringBuilder out = new StringBuilder();
            for (char ch : plain.toCharArray()) {
                if (ch >= 32 && ch < 256 && (ch < 127 || ch > 160)) {
                    out.append(ch);
                    continue;
                }
                for (char base : Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD).toCharArray()) {
                    if (Character.getType(base) != Character.NON_SPACING_MARK) {
                        out.append(base >= 32 && base < 127 ? base : '?');
                    }
                }
            }
            return out.toString();
        }
    }

}
