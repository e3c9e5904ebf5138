package uk.org.beacon.childprotection.conference;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.org.beacon.web.PlainDocument;

/**
 * The decision letter for the family after an initial conference, in plain words: what was decided and
 * why (the chair's rationale and the social work manager's view), the category of abuse explained, the
 * worries and the strengths, who came, any disagreement, and what happens next. It never includes the
 * contents of agencies' reports (third-party information). Typeset with the shared {@link PlainDocument}.
 */
@Component
class DecisionLetterPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    byte[] render(ConferenceDetails c, String preparedBy) {
        PlainDocument w = new PlainDocument();
        w.title("Child protection conference: what was decided");
        w.fact("About", c.childName());
        w.fact("Date of birth", c.childDateOfBirth() == null ? "Not recorded" : DAY.format(c.childDateOfBirth()));
        w.fact("Conference held on", c.heldOn() == null ? "not yet held" : DAY.format(c.heldOn()));
        w.fact("Chaired by", nv(c.chairName()) + ", independent child protection chair");
        w.heading("The decision");
        if (Boolean.TRUE.equals(c.planDecided())) {
            w.paragraph("The conference decided that " + c.childName() + " needs a child protection plan. The plan is under the category of "
                    + CategoryInPlainWords.of(c.category(), c.categoryLabel()) + ".");
            w.paragraph("A plan means the professionals and your family will work together on agreed steps to keep " + c.childName()
                    + " safe. A core group will meet within 10 working days to agree the details, and a review conference will be "
                    + "held within 3 months.");
        } else if (Boolean.FALSE.equals(c.planDecided())) {
            w.paragraph("The conference decided that " + c.childName() + " does not need a child protection plan.");
        }
        w.heading("Why: the chair's reasons");
        w.paragraph(nv(c.chairRationale()));
        if (c.managerRationale() != null) {
            w.heading("The social work manager's view");
            w.paragraph(c.managerRationale());
        }
        w.heading("What we are worried about");
        w.paragraph(nv(c.risksSummary()));
        w.heading("What is going well");
        w.paragraph(nv(c.strengthsSummary()));
        if (c.dissent() != null) {
            w.heading("Disagreement");
            w.paragraph(c.dissentBy() + " did not agree with the decision: " + c.dissent());
        }
        w.heading("Who came");
        List<String> came = new ArrayList<>();
        List<String> apologies = new ArrayList<>();
        for (ConferenceDetails.Invitee i : c.invitees()) {
            String who = i.parent() ? i.name() + " (" + i.relationship().toLowerCase(Locale.UK) + ")" : i.name();
            if (i.child()) {
                w.paragraph(childsVoice(i, c.childName()));
            } else if ("ATTENDED".equals(i.attendance())) {
                came.add(who + (i.supporterPresent() ? ", with a supporter" : ""));
            } else if ("APOLOGIES".equals(i.attendance())) {
                apologies.add(who);
            }
        }
        w.paragraph("Came: " + (came.isEmpty() ? "not recorded" : String.join("; ", came)) + ".");
        if (!apologies.isEmpty()) {
            w.paragraph("Sent apologies: " + String.join("; ", apologies) + ".");
        }
        w.heading("If you disagree");
        w.paragraph("You can ask the chair to look at the decision again, or make a complaint. Your social worker will explain how, and can "
                + "help you find an advocate.");
        w.gap(8);
        w.small("This letter does not include the content of other agencies' reports.");
        return w.finish(new PlainDocument.Margins("OFFICIAL-SENSITIVE: for the family of " + c.childName(), null, "Prepared by " + preparedBy),
                new PlainDocument.Properties("Conference decision letter: " + c.childName(), preparedBy, null));
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
}
