package uk.org.beacon.childprotection.plan;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.org.beacon.childprotection.conference.CategoryInPlainWords;
import uk.org.beacon.planning.PlanActionSummary;
import uk.org.beacon.planning.PlanOutcomeDetails;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.web.PlainDocument;

/**
 * The child protection plan as a document for the family, in plain words: why there is a plan (the category
 * explained, the chair's reasons and the social work manager's view from the conference that made it, and
 * what the latest review conference decided and why), what needs to change (each outcome with its actions:
 * what, who, by when, what will be different, where it stands), who is in the core group, and when the next
 * review conference, core group meeting and visit are due; once ended, why and what happens next. Notes on
 * progress, core group meeting notes and agencies' reports are never printed: they may hold what other
 * people told us (third-party information).
 */
@Component
class ChildProtectionPlanPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    /** Why the plan was made: the conference that made it (an initial or a transfer-in conference) and its reasons. */
    record Decision(String kind, LocalDate heldOn, String chairName, String chairRationale, String managerRationale) {}

    /** What the family's copy is made from. */
    record Document(String authorityName, String childName, LocalDate dateOfBirth, ChildProtectionPlanDetails plan, String categoryLabel,
            Decision decision, ZonedDateTime generatedAt, String generatedBy) {}

    byte[] render(Document doc) {
        ChildProtectionPlanDetails cp = doc.plan();
        ChildProtectionPlanSummary s = cp.summary();
        PlainDocument t = new PlainDocument();
        t.title("Your child's child protection plan");
        t.subtitle(doc.childName());
        t.fact("Date of birth", doc.dateOfBirth() == null ? "Not recorded" : DAY.format(doc.dateOfBirth()));
        t.fact("Plan started", DAY.format(s.startedOn()));
        if (!s.open()) {
            t.fact("Plan ended", DAY.format(s.endedOn()));
        }
        t.fact("Category", doc.categoryLabel());
        t.fact("Local authority", doc.authorityName());
        t.gap(6);
        t.note("This is your copy of the plan. It does not include notes of meetings or what other people and agencies told us, to protect "
                + "them. If something here is wrong, or you want to talk about it, please contact your social worker.");

        t.heading("Why there is a plan");
        t.paragraph(firstName(doc.childName()) + " has a child protection plan because the conference was worried about "
                + CategoryInPlainWords.of(s.latestCategory(), doc.categoryLabel()) + ".");
        if (s.transferredIn()) {
            t.paragraph("The plan began with " + s.transferredInFrom() + " on " + DAY.format(s.transferredInPlanStartedOn())
                    + ". When your family moved here, a transfer-in conference decided the plan should continue with us.");
        }
        Decision d = doc.decision();
        if (d != null) {
            t.subheading("What the " + d.kind() + " decided and why" + (d.heldOn() == null ? "" : " (" + DAY.format(d.heldOn()) + ")"));
            t.paragraph((d.chairName() == null ? "The chair" : d.chairName() + ", the independent chair,") + " gave these reasons:");
            t.paragraph(or(d.chairRationale(), "Not recorded."));
            if (d.managerRationale() != null) {
                t.subheading("The social work manager's view");
                t.paragraph(d.managerRationale());
            }
        }
        cp.reviews().stream().max(Comparator.comparing(ChildProtectionReview::heldOn)).ifPresent(r -> {
            t.subheading("The latest review conference (" + DAY.format(r.heldOn()) + ")");
            t.paragraph(r.decision() == ReviewDecision.END ? "The review conference decided that the plan can end." : "The review conference "
                    + "decided that the plan continues" + (r.categoryTo() == null ? "." : ", now under the category of " + CategoryInPlainWords.of(
                    r.categoryTo(), r.categoryTo()) + "."));
            t.paragraph("The chair's reasons: " + r.summary());
        });

        t.heading("What needs to change");
        List<PlanOutcomeDetails> outcomes = cp.plan().currentOutcomes();
        if (outcomes.isEmpty()) {
            t.paragraph("The outcomes and actions have not been written down yet. The core group will agree them with you.");
        }
        int n = 1;
        for (PlanOutcomeDetails o : outcomes) {
            t.subheading(n++ + ". " + o.outcome());
            List<PlanActionSummary> actions = o.currentActions();
            if (actions.isEmpty()) {
                t.paragraph("No actions agreed yet.");
            }
            for (PlanActionSummary a : actions) {
                t.bullet(a.action());
                t.fact("Who", a.owner());
                t.fact("By when", DAY.format(a.dueOn()));
                t.fact("What will be different", a.difference());
                t.fact("Where it stands", a.status().label());
                t.gap(4);
            }
        }

        t.heading("The core group");
        t.paragraph("The core group is you, " + firstName(doc.childName()) + " where old enough, and the professionals who work together on the "
                + "plan. It meets regularly to check how the plan is going.");
        if (cp.members().isEmpty()) {
            t.paragraph("The members have not been recorded yet.");
        }
        cp.members().forEach(m -> t.bullet(m.name() + " (" + m.agencyRole() + ")"));

        if (s.open()) {
            t.heading("What happens next");
            t.paragraph("The next meetings and visits are due:");
            due(t, cp.clocks(), Set.of("T8", "T8a"), "Review conference");
            due(t, cp.clocks(), Set.of("T6", "T7"), "Core group meeting");
            due(t, cp.clocks(), Set.of("T9"), "Social worker's visit");
            t.gap(4);
            t.paragraph("A review conference looks at how the plan is going at least every six months. Only a review conference can end the "
                    + "plan.");
        } else {
            t.heading("The plan has ended");
            t.paragraph("The plan ended on " + DAY.format(s.endedOn()) + ". The reason: " + s.endReason());
            t.paragraph(afterwards(s));
        }

        t.heading("If you disagree");
        t.paragraph("You can ask the chair to look at the decision again, or make a complaint. Your social worker will explain how, and can help "
                + "you find an advocate.");
        return t.finish(new PlainDocument.Margins("OFFICIAL-SENSITIVE: for the family of " + doc.childName(), null,
                        "Produced " + PRODUCED.format(doc.generatedAt()) + " by " + doc.generatedBy()),
                new PlainDocument.Properties("Child protection plan: " + doc.childName() + " (family copy)", doc.generatedBy(), doc.generatedAt()));
    }

    private static void due(PlainDocument t, List<ClockSummary> clocks, Set<String> rules, String label) {
        clocks.stream().filter(c -> rules.contains(c.ruleId()) && c.open()).map(ClockSummary::due).min(Comparator.naturalOrder())
                .ifPresent(on -> t.fact(label, "by " + DAY.format(on)));
    }

    private static String afterwards(ChildProtectionPlanSummary s) {
        if (s.stepDown() == null) {
            return "";
        }
        return switch (s.stepDown()) {
            case CIN_PLAN -> "Your family will keep working with your social worker on a child in need plan.";
            case EARLY_HELP -> "Your family will be supported by early help. Your lead professional is " + s.leadProfessionalName() + " from "
                    + s.leadProfessionalAgency() + ".";
            case NONE -> "Children's social care will not stay involved. If things change, you or anyone worried about your child can contact us "
                    + "again.";
            case TRANSFERRED -> "Your family moved, and " + s.transferredTo() + " now looks after the plan: their transfer-in "
                    + "conference took it over on " + DAY.format(s.endedOn()) + ".";
        };
    }

    private static String firstName(String fullName) {
        int space = fullName.indexOf(' ');
        return space > 0 ? fullName.substring(0, space) : fullName;
    }

    private static String or(String text, String otherwise) {
        return text == null ? otherwise : text;
    }
}
