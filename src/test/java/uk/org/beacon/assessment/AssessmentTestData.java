package uk.org.beacon.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.org.beacon.SignedIn;
import uk.org.beacon.frontdoor.Channel;
import uk.org.beacon.frontdoor.Consent;
import uk.org.beacon.frontdoor.ContactDetails;
import uk.org.beacon.frontdoor.ContactRecord;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ReferralSummary;
import uk.org.beacon.frontdoor.RequestType;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.frontdoor.Urgency;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonTestData;

/** Synthetic children referred for assessment, and complete assessment content, for assessment tests. */
public final class AssessmentTestData {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private AssessmentTestData() {}

    /** A new child referred (by a school, about neglect) on {@code referredOn}: the referral, with its T2 clock running. */
    public static ReferralSummary referredChild(People people, Contacts contacts, String given, String family, LocalDate born, LocalDate referredOn) {
        UUID child = SignedIn.as("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.child(given, family, born)).id());
        Instant received = referredOn.atTime(9, 30).atZone(UK).toInstant();
        return SignedIn.as("manager", "TEAM_MANAGER", () -> {
            ContactDetails c = contacts.record(new ContactRecord(received, Channel.PHONE, "2A", child, given, family, born, "DM1 2AB", "12 Test Street",
                    Set.of("NEGLECT"), "The child arrives at school hungry and in dirty clothes most days this term.", null, Consent.GIVEN, null,
                    RequestType.SERVICE, Urgency.ROUTINE, "Ms Example Teacher", "Northgate Academy", "Designated safeguarding lead", "01632 960 001",
                    "dsl@northgate.example", null, null, false));
            contacts.decide(c.id(), c.version(), ScreeningDecision.REFERRAL_FOR_ASSESSMENT,
                    "Neglect reported over several weeks; the family have not engaged with early help.", "A social worker will assess.",
                    received.plusSeconds(3600));
            return contacts.referralsFor(child).get(0);
        });
    }

    /** A complete assessment: seen and seen alone, views, analysis, factors 16A and 4B, a child in need plan. */
    public static AssessmentContent complete(LocalDate seenOn) {
        return new AssessmentContent(seenOn, seenOn, null, "\"I get hungry at school. Mum is tired a lot.\"",
                "Mum said she has been struggling since her partner left and wants help with routines.", "Meals are missed; the home is cold.",
                "Grandmother visits every weekend and helps with shopping.", "One earlier contact about school attendance in 2024.",
                "White British; no religion; English. Likes football.", "Needs are not being met consistently because of mum's low mood; "
                        + "she is willing to work with us.", "A child in need plan with the family, school and health visitor.",
                List.of("16A", "4B"), AssessmentOutcome.CHILD_IN_NEED_PLAN, null, null,
                "The neighbour told the school that mum's ex-partner still visits late at night.");
    }
}
