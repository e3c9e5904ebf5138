package uk.org.beacon.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.SignedIn.as;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.beacon.PinnedClock;
import uk.org.beacon.casework.Allocations;
import uk.org.beacon.frontdoor.Channel;
import uk.org.beacon.frontdoor.Consent;
import uk.org.beacon.frontdoor.ContactDetails;
import uk.org.beacon.frontdoor.ContactRecord;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ReferralSummary;
import uk.org.beacon.frontdoor.RequestType;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.frontdoor.Urgency;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;

/**
 * The front door's measures on fixed cohorts, counted by hand, with Beacon's clock pinned to Tuesday
 * 31 March 2026: of the contacts decided in the month (by the team's manager, so the team is theirs), the
 * share that became referrals, the outcome split (no further action, early help, advice or signposting)
 * and the share decided by the T1a date (one working day after receipt, the receipt day being day 0);
 * and, over the financial year, the share of referrals that were re-referrals within 12 months.
 */
class FrontDoorMeasuresTest extends MeasureIntegrationTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

    @Autowired PinnedClock clock;
    @Autowired Teams teams;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Contacts contacts;
    @Autowired Allocations allocations;

    @Test
    void contactsDecidedInTheMonthGiveTheConversionTheOutcomeSplitAndTheShareDecidedInTime() {
        clock.pin(AS_AT, LocalTime.of(17, 0));
        PerformanceTestData.TestTeam t = PerformanceTestData.team(teams, staff, "Front door measures team");
        String manager = t.manager().username();
        List<UUID> march = new ArrayList<>();

        // Decided in March 2026 by the team's manager: the denominator of every measure below, 8 contacts.
        // Ada: received Mon 2 Mar 9:00, decided 11:00 the same day (day 0): referral for assessment; in time.
        UUID ada = contact(manager, "Ada", at(2026, 3, 2, 9), at(2026, 3, 2, 11), ScreeningDecision.REFERRAL_FOR_ASSESSMENT);
        // Ben: received Tue 3 Mar, decided Thu 5 Mar (T1a due Wed 4 Mar): strategy discussion; LATE.
        UUID ben = contact(manager, "Ben", at(2026, 3, 3, 9), at(2026, 3, 5, 10), ScreeningDecision.STRATEGY_DISCUSSION);
        // Cal: received Fri 6 Mar 16:00, decided Mon 9 Mar 10:00: three calendar days but one working day (due Mon 9 Mar): no
        // further action; in time.
        UUID cal = contact(manager, "Cal", at(2026, 3, 6, 16), at(2026, 3, 9, 10), ScreeningDecision.NO_FURTHER_ACTION);
        // Dot: received Tue 10 Mar, decided Wed 11 Mar (day 1, the due day): early help; in time.
        UUID dot = contact(manager, "Dot", at(2026, 3, 10, 9), at(2026, 3, 11, 15), ScreeningDecision.EARLY_HELP);
        // Eve: received Fri 27 Feb, decided Mon 2 Mar (due Mon 2 Mar): received in February but DECIDED in March, so in; early help;
        // in time.
        UUID eve = contact(manager, "Eve", at(2026, 2, 27, 10), at(2026, 3, 2, 10), ScreeningDecision.EARLY_HELP);
        // Fay and Gus: received and decided the same day: information and advice; in time.
        UUID fay = contact(manager, "Fay", at(2026, 3, 12, 9), at(2026, 3, 12, 14), ScreeningDecision.INFORMATION_AND_ADVICE);
        UUID gus = contact(manager, "Gus", at(2026, 3, 16, 9), at(2026, 3, 16, 14), ScreeningDecision.INFORMATION_AND_ADVICE);
        // Hal: received Wed 18 Mar, decided Fri 20 Mar (due Thu 19 Mar): signposted to universal services; LATE.
        UUID hal = contact(manager, "Hal", at(2026, 3, 18, 9), at(2026, 3, 20, 9), ScreeningDecision.SIGNPOST_UNIVERSAL);
        march.addAll(List.of(ada, ben, cal, dot, eve, fay, gus, hal));

        // OUT: Ivy was decided in February (Wed 25 Feb received, Thu 26 Feb decided, no further action).
        UUID ivy = contact(manager, "Ivy", at(2026, 2, 25, 9), at(2026, 2, 26, 9), ScreeningDecision.NO_FURTHER_ACTION);
        // OUT: Jon's contact (Mon 30 Mar) is not decided yet.
        UUID jon = contact(manager, "Jon", at(2026, 3, 30, 9), null, null);
        // OUT of this team: Kit's contact was decided by another team's manager.
        UUID kit = contact("manager", "Kit", at(2026, 3, 23, 9), at(2026, 3, 23, 12), ScreeningDecision.NO_FURTHER_ACTION);

        Level team = Level.team(t.team().id());
        // FD_CONVERSION: Ada and Ben became referrals: 2/8 = 25.0%
        check("FD_CONVERSION", team, AS_AT, 2, 8, "25.0", march, List.of(ada, ben));
        // FD_OUTCOME_NFA: Cal: 1/8 = 12.5%
        check("FD_OUTCOME_NFA", team, AS_AT, 1, 8, "12.5", march, List.of(cal));
        // FD_OUTCOME_EARLY_HELP: Dot and Eve: 2/8 = 25.0%
        check("FD_OUTCOME_EARLY_HELP", team, AS_AT, 2, 8, "25.0", march, List.of(dot, eve));
        // FD_OUTCOME_ADVICE: Fay, Gus (advice) and Hal (signposting): 3/8 = 37.5%
        check("FD_OUTCOME_ADVICE", team, AS_AT, 3, 8, "37.5", march, List.of(fay, gus, hal));
        // FD_DECIDED_IN_TIME: all but Ben and Hal: 6/8 = 75.0%
        check("FD_DECIDED_IN_TIME", team, AS_AT, 6, 8, "75.0", march, List.of(ada, cal, dot, eve, fay, gus));
        // the four outcomes (referral, no further action, early help, advice) cover every decision exactly once: 2 + 1 + 2 + 3 = 8
        assertThat(List.of("FD_CONVERSION", "FD_OUTCOME_NFA", "FD_OUTCOME_EARLY_HELP", "FD_OUTCOME_ADVICE").stream()
                .mapToLong(id -> result(measure(id), team, AS_AT).numerator()).sum()).isEqualTo(8);
        assertThat(List.of(jon, kit)).doesNotContainAnyElementsOf(itemIds(measure("FD_CONVERSION"), team, AS_AT, true));

        // As at Thursday 5 March (the month so far): Ada and Eve (2 Mar) and Ben (5 Mar) decided: 2 of 3 referrals, 2 of 3 in time.
        LocalDate fifth = LocalDate.of(2026, 3, 5);
        check("FD_CONVERSION", team, fifth, 2, 3, "66.7", List.of(ada, eve, ben), List.of(ada, ben));
        check("FD_DECIDED_IN_TIME", team, fifth, 2, 3, "66.7", List.of(ada, eve, ben), List.of(ada, eve));
        // As at Saturday 28 February (February): Ivy alone, no further action, in time; Eve was received but not yet decided.
        check("FD_OUTCOME_NFA", team, LocalDate.of(2026, 2, 28), 1, 1, "100.0", List.of(ivy), List.of(ivy));
        check("FD_CONVERSION", team, LocalDate.of(2026, 2, 28), 0, 1, "0.0", List.of(ivy), List.of());
    }

    @Test
    void aReferralWithinTwelveMonthsOfTheChildsPreviousOneIsAReReferralAndOneAYearAndADayLaterIsNot() {
        clock.pin(AS_AT, LocalTime.of(17, 0));
        PerformanceTestData.TestTeam t = PerformanceTestData.team(teams, staff, "Re-referral team");
        // Every child allocated to the team's first worker from their first referral (the measure's team is the lead allocation).
        UUID pia = PerformanceTestData.child(people, "Pia", "Rereferral");
        UUID quin = PerformanceTestData.child(people, "Quin", "Rereferral");
        UUID rex = PerformanceTestData.child(people, "Rex", "Rereferral");
        // Pia: referred Mon 12 May 2025 (IN, first: no earlier referral) and Mon 12 Jan 2026 (IN, RE-REFERRAL: 8 months later).
        UUID pia1 = referral(pia, "Pia", at(2025, 5, 12, 9));
        allocate(t, pia, LocalDate.of(2025, 5, 12));
        UUID pia2 = referral(pia, "Pia", at(2026, 1, 12, 9));
        // Quin: referred Sun 9 Mar 2025 (OUT: 2024-25) and Tue 10 Mar 2026 (IN, first in 12 months: a year and a day after).
        referral(quin, "Quin", at(2025, 3, 9, 9));
        allocate(t, quin, LocalDate.of(2025, 3, 9));
        UUID quin2 = referral(quin, "Quin", at(2026, 3, 10, 9));
        // Rex: referred Tue 11 Mar 2025 (OUT: 2024-25) and Tue 10 Mar 2026 (IN, RE-REFERRAL: a day less than a year after).
        referral(rex, "Rex", at(2025, 3, 11, 9));
        allocate(t, rex, LocalDate.of(2025, 3, 11));
        UUID rex2 = referral(rex, "Rex", at(2026, 3, 10, 9));

        // FD_RE_REFERRALS over 2025-26: Pia's two, Quin's and Rex's second = 4; re-referrals Pia's second and Rex's second = 2: 50.0%
        Level team = Level.team(t.team().id());
        check("FD_RE_REFERRALS", team, AS_AT, 2, 4, "50.0", List.of(pia1, pia2, quin2, rex2), List.of(pia2, rex2));
        // As at Friday 9 January 2026: Pia's first referral only: 0 of 1.
        check("FD_RE_REFERRALS", team, LocalDate.of(2026, 1, 9), 0, 1, "0.0", List.of(pia1), List.of());
        // As at Tuesday 31 March 2025 (the year 2024-25): Quin's and Rex's first referrals, neither a re-referral.
        MeasureResult lastYear = result(measure("FD_RE_REFERRALS"), team, LocalDate.of(2025, 3, 31));
        assertThat(lastYear.numerator() + "/" + lastYear.denominator()).isEqualTo("0/2");
    }

    private void check(String id, Level level, LocalDate asAt, long numerator, long denominator, String value, List<UUID> denominatorItems,
            List<UUID> numeratorItems) {
        Measure m = measure(id);
        MeasureResult r = result(m, level, asAt);
        assertThat(r.numerator() + "/" + r.denominator()).as(id + " as at " + asAt).isEqualTo(numerator + "/" + denominator);
        assertThat(r.value()).as(id + " as at " + asAt).isEqualByComparingTo(value);
        assertThat(itemIds(m, level, asAt, true)).as(id + " items behind the denominator").hasSize((int) r.denominator())
                .containsExactlyInAnyOrderElementsOf(denominatorItems);
        assertThat(itemIds(m, level, asAt, false)).as(id + " items behind the numerator").hasSize((int) r.numerator())
                .containsExactlyInAnyOrderElementsOf(numeratorItems);
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }

    /** A contact about a new child received by the screener at {@code receivedAt}, decided by {@code decider} (unless null). */
    private UUID contact(String decider, String given, LocalDateTime receivedAt, LocalDateTime decidedAt, ScreeningDecision decision) {
        UUID child = PerformanceTestData.child(people, given, "Frontdoor");
        ContactDetails contact = record(child, given, "Frontdoor", receivedAt);
        if (decidedAt != null) {
            as(decider, "TEAM_MANAGER", () -> contacts.decide(contact.id(), contact.version(), decision,
                    "Weighed the referrer's account against the history held: this is the proportionate response.", null,
                    decidedAt.atZone(UK).toInstant()));
        }
        return contact.id();
    }

    /** A contact about the child received at {@code receivedAt} and decided an hour later as a referral for assessment; the referral's id. */
    private UUID referral(UUID child, String given, LocalDateTime receivedAt) {
        ContactDetails contact = record(child, given, "Rereferral", receivedAt);
        as("manager", "TEAM_MANAGER", () -> contacts.decide(contact.id(), contact.version(), ScreeningDecision.REFERRAL_FOR_ASSESSMENT,
                "The concerns need a child and family assessment.", null, receivedAt.plusHours(1).atZone(UK).toInstant()));
        ReferralSummary referral = as("social.worker", "SOCIAL_WORKER", () -> contacts.referralsFor(child)).get(0);
        assertThat(referral.referralDate()).isEqualTo(receivedAt.toLocalDate());
        return referral.id();
    }

    private ContactDetails record(UUID child, String given, String family, LocalDateTime receivedAt) {
        return as("screener", "SCREENER", () -> contacts.record(new ContactRecord(receivedAt.atZone(UK).toInstant(), Channel.PHONE, "2A", child,
                given, family, LocalDate.of(2016, 5, 4), "DM1 2AB", "12 Test Street", Set.of("NEGLECT"),
                "The school reports the child is often hungry and unkempt.", null, Consent.GIVEN, null, RequestType.SERVICE, Urgency.ROUTINE,
                "Ms Example Teacher", "Northgate Academy", "Designated safeguarding lead", "01632 960 001", null, null, null, false)));
    }

    private void allocate(PerformanceTestData.TestTeam t, UUID child, LocalDate from) {
        as(t.manager().username(), "TEAM_MANAGER", () -> allocations.allocate(child, 0, t.first().id(), from, "Assessment"));
    }

    private List<UUID> itemIds(Measure m, Level level, LocalDate asAt, boolean denominator) {
        return read(() -> scorecards.items(m, level, asAt, null, denominator)).stream().map(MeasureItem::itemId).toList();
    }
}
