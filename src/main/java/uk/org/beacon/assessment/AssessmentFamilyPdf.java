package uk.org.beacon.assessment;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.org.beacon.codes.CodeSet;
import uk.org.beacon.web.PlainDocument;

/**
 * The family's copy of an authorised assessment, as an A4 PDF in plain language: what we were
 * worried about, what you told us, what your child told us, what we think, what happens next, and
 * what the manager decided and why. Information from other people (the assessment's third-party
 * section) and worker-only details (late reasons, the history considered) are never printed.
 * Corrections made after authorisation are printed under the section they correct.
 */
@Component
class AssessmentFamilyPdf {

    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    /** What the family's copy is made from. */
    record Document(String authorityName, String childName, LocalDate dateOfBirth, AssessmentDetails assessment, CodeSet factorCodes,
            ZonedDateTime generatedAt, String generatedBy) {}

    byte[] render(Document doc) {
        PlainDocument t = new PlainDocument();
        AssessmentDetails a = doc.assessment();
        AssessmentContent c = a.content();
        t.title("Your child and family assessment");
        t.subtitle(doc.childName());
        t.fact("Date of birth", doc.dateOfBirth() == null ? "Not recorded" : LONG_DAY.format(doc.dateOfBirth()));
        t.fact("Assessment started", LONG_DAY.format(a.startedOn()));
        t.fact("Assessment finished", LONG_DAY.format(a.authorisedOn()));
        t.fact("Social worker", a.workerName());
        t.fact("Local authority", doc.authorityName());
        t.gap(6);
        t.note("This is your copy of the assessment. Some information we were given by other people is not included, to protect them. "
                + "If something here is wrong, or you want to talk about it, please contact your social worker.");

        t.heading("What we were worried about");
        List<String> worries = c.factors().stream().filter(f -> !AssessmentRules.NO_FACTORS.equals(f))
                .map(f -> plain(doc.factorCodes().labelOrCode(f))).toList();
        if (worries.isEmpty()) {
            t.paragraph("We did not find anything that needs children's social care to be involved.");
        } else {
            t.paragraph("The things we looked at most closely were:");
            worries.forEach(t::bullet);
        }
        section(t, c.risks(), "What worried us", a, "risks");
        section(t, c.protectiveFactors(), "What is going well", a, "protectiveFactors");

        t.heading("What you told us");
        t.paragraph(or(c.familyViews(), "We did not record your views in this assessment."));
        amendments(t, a, "familyViews");

        t.heading("What your child told us");
        if (c.childSeenOn() != null) {
            t.paragraph("We saw " + firstName(doc.childName()) + " on " + LONG_DAY.format(c.childSeenOn())
                    + (c.childSeenAloneOn() != null ? ", and spoke with them on their own on " + LONG_DAY.format(c.childSeenAloneOn()) : "") + ".");
        } else if (c.childNotSeenReason() != null) {
            t.paragraph("We did not see " + firstName(doc.childName()) + " during the assessment: " + c.childNotSeenReason());
        }
        t.paragraph(or(c.childsViews(), "Not recorded."));
        amendments(t, a, "childsViews");
        if (c.identityNeeds() != null) {
            section(t, c.identityNeeds(), "Who your child is and what matters to them", a, "identityNeeds");
        }

        t.heading("What we think");
        t.paragraph(or(c.analysis(), "Not recorded."));
        amendments(t, a, "analysis");

        t.heading("What happens next");
        t.paragraph(nextStep(c));
        if (c.nextSteps() != null) {
            t.paragraph(c.nextSteps());
        }
        amendments(t, a, "nextSteps");

        t.heading("What the manager decided and why");
        t.paragraph("The assessment was checked and agreed by " + (a.authorisedByName() == null ? "a team manager" : a.authorisedByName())
                + ", team manager, on " + LONG_DAY.format(a.authorisedOn()) + ". Their reasons:");
        t.paragraph(a.managerRationale());
        return t.finish(new PlainDocument.Margins("OFFICIAL-SENSITIVE: for the family of " + doc.childName(), null,
                        "Produced " + PRODUCED.format(doc.generatedAt()) + " by " + doc.generatedBy()),
                new PlainDocument.Properties("Child and family assessment: " + doc.childName() + " (family copy)", doc.generatedBy(),
                        doc.generatedAt()));
    }

    private static void section(PlainDocument t, String body, String title, AssessmentDetails a, String key) {
        if (body == null && a.amendments().stream().noneMatch(x -> x.section().equals(key))) {
            return;
        }
        t.subheading(title);
        if (body != null) {
            t.paragraph(body);
        }
        amendments(t, a, key);
    }

    private static void amendments(PlainDocument t, AssessmentDetails a, String key) {
        for (AssessmentDetails.Amendment x : a.amendments()) {
            if (x.section().equals(key)) {
                t.text("Corrected on " + LONG_DAY.format(x.amendedAt().atZone(Assessments.UK)) + ": " + x.correctedText(), t.italic, 10.5f, 4);
            }
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
}
