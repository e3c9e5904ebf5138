package uk.org.beacon.childprotection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.org.beacon.SignedIn;
import uk.org.beacon.frontdoor.Channel;
import uk.org.beacon.frontdoor.Consent;
import uk.org.beacon.frontdoor.ContactDetails;
import uk.org.beacon.frontdoor.ContactRecord;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.RequestType;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.frontdoor.Urgency;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonTestData;

/** Synthetic children referred for a strategy discussion, and the discussions and steps child protection tests record. */
public final class ChildProtectionTestData {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private ChildProtectionTestData() {}

    public static UUID child(People people, String given, String family, LocalDate born) {
        return SignedIn.as("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.child(given, family, born)).id());
    }

    /** A police call about the child received at {@code receivedAt}, decided at once: a strategy discussion (a referral that day). */
    public static UUID referredForStrategyDiscussion(Contacts contacts, UUID childId, String given, String family, LocalDate born,
            LocalDateTime receivedAt) {
        Instant at = receivedAt.atZone(UK).toInstant();
        ContactDetails contact = SignedIn.as("screener", "SCREENER", () -> contacts.record(new ContactRecord(at, Channel.PHONE, "5A", childId,
                given, family, born, "DM1 2AB", "12 Test Street", Set.of("PHYSICAL"),
                "Police called to the home overnight: the child has a bruise to the face and says their stepfather hit them.", null,
                Consent.NOT_SOUGHT, "Seeking consent could place the child at risk", RequestType.SERVICE, Urgency.URGENT, "PC Example",
                "Demoshire Police", "Officer", null, null, null, null, false)));
        ContactDetails decided = SignedIn.as("screener", "SCREENER", () -> contacts.decide(contact.id(), contact.version(),
                ScreeningDecision.STRATEGY_DISCUSSION, "An injury to the face with the child's own account of being hit: immediate risk.",
                "A strategy discussion is being convened.", at.plusSeconds(3600)));
        return decided.id();
    }

    /** Police, health and education took part; the decision is a joint section 47 enquiry; two actions agreed. */
    public static StrategyDiscussionRecord jointSection47(LocalDateTime heldAt) {
        List<StrategyDiscussionRecord.Participant> participants = new ArrayList<>();
        participants.add(new StrategyDiscussionRecord.Participant("SOCIAL_CARE", "Jordan Social-Worker", "Social worker", "ATTENDED",
                "Two previous contacts about shouting at home; no previous child protection involvement."));
        participants.add(new StrategyDiscussionRecord.Participant("POLICE", "DC Example Officer", "Child abuse investigation unit", "ATTENDED",
                "Stepfather has a caution for assault (2021); attended the home last night, child had a red mark below the left eye."));
        participants.add(new StrategyDiscussionRecord.Participant("HEALTH_GP", "Dr Example", "GP", "SENT_INFORMATION", null));
        participants.add(new StrategyDiscussionRecord.Participant("EDUCATION", "Ms Example Teacher", "Designated safeguarding lead", "ATTENDED",
                "Attendance 82%; seemed withdrawn this week; no injuries seen at school before."));
        List<StrategyDiscussionRecord.Action> actions = List.of(
                new StrategyDiscussionRecord.Action("Joint visit to see the child alone", "Jordan Social-Worker", "SOCIAL_CARE",
                        heldAt.toLocalDate()),
                new StrategyDiscussionRecord.Action("Child protection medical", "Dr Example Paediatrician", "HEALTH_HOSPITAL",
                        heldAt.toLocalDate().plusDays(1)));
        return new StrategyDiscussionRecord(heldAt, "DISCUSSION", "Morgan Manager", participants, true, true,
                "An injury to the face with the child's consistent account: reasonable cause to suspect significant harm.", actions);
    }

    public static StrategyDiscussionRecord noSection47(LocalDateTime heldAt) {
        StrategyDiscussionRecord joint = jointSection47(heldAt);
        return new StrategyDiscussionRecord(heldAt, "MEETING", joint.chairedBy(), joint.participants(), false, null,
                "The mark was from a fall at football, confirmed by the coach: no reasonable cause to suspect significant harm.", List.of());
    }

    public static Section47StepRecord agencyCheck(LocalDateTime at, String agency, boolean done, String learnt) {
        return new Section47StepRecord(at, "AGENCY_CHECK", agency, done, learnt, false, false);
    }

    public static Section47StepRecord visit(LocalDateTime at, boolean seenAlone) {
        return new Section47StepRecord(at, "VISIT", null, null, "Home visit with the police; the child was seen in their bedroom.", true,
                seenAlone);
    }
}
