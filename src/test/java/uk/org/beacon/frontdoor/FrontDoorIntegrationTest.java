package uk.org.beacon.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.beacon.SignedIn.as;
import static uk.org.beacon.SignedIn.run;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.person.Families;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.person.PersonTestData;
import uk.org.beacon.person.RelationshipRecord;
import uk.org.beacon.timescales.ClockReading;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RuleViolationException;

class FrontDoorIntegrationTest extends BeaconIntegrationTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired Contacts contacts;
    @Autowired People people;
    @Autowired Families families;
    @Autowired FrontDoorClock decisionClock;
    @Autowired FrontDoorFigures figures;
    @Autowired JdbcClient jdbc;
    @Autowired Clocks clocks;
    @Autowired WorkingDays workingDays;

    private PersonDetails child(String given, String family, LocalDate dob, String line1, String postcode) {
        return as("social.worker", "SOCIAL_WORKER", () -> people.register(
                PersonTestData.withAddress(PersonTestData.child(given, family, dob), line1, postcode)));
    }

    @Test
    void aSchoolsReferralIsAcknowledgedScreenedDecidedAndTheSchoolSeesTheOutcome() {
        PersonDetails child = child("Tilly", "Quarrington", LocalDate.of(2015, 3, 9), "8 Orchard Way", "DM6 7XY");
        ContactDetails marf = as("partner", "PARTNER_LEAD_PROFESSIONAL", () -> contacts.submitAsPartner(
                FrontDoorTestData.marf("Tilly", "Quarrington", LocalDate.of(2015, 3, 9))));
        assertThat(marf.reference()).matches("C\\d{4}-\\d{6}");
        assertThat(marf.channel()).isEqualTo(Channel.MARF);
        assertThat(marf.referrerName()).isEqualTo("Pat Partner");

        ScreeningClaim first = as("screener", "SCREENER", () -> contacts.claim(marf.id(), false));
        ScreeningClaim second = as("mast.worker1", "SCREENER", () -> contacts.claim(marf.id(), false));
        assertThat(first.yours()).isTrue();
        assertThat(second.yours()).isFalse();
        assertThat(second.screenerId()).isEqualTo(first.screenerId());

        ContactDetails linked = as("screener", "SCREENER", () -> contacts.identifyChild(marf.id(), marf.version() + 1, child.id()));
        assertThatThrownBy(() -> run("screener", "SCREENER", () -> contacts.decide(marf.id(), linked.version(),
                ScreeningDecision.REFERRAL_FOR_ASSESSMENT, "too short", null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("rationale"));
        ContactDetails decided = as("screener", "SCREENER", () -> contacts.decide(marf.id(), linked.version(),
                ScreeningDecision.REFERRAL_FOR_ASSESSMENT, "Child's own account of fear at home, consistent with earlier school concerns.",
                "Thank you: we are starting a child and family assessment; a social worker will contact you."));

        assertThat(decided.status()).isEqualTo(ContactStatus.DECIDED);
        assertThat(jdbc.sql("SELECT count(*) FROM frontdoor.referral WHERE contact_id = :c").param("c", marf.id()).query(Long.class).single()).isOne();
        UUID referralId = jdbc.sql("SELECT id FROM frontdoor.referral WHERE contact_id = :c").param("c", marf.id()).query(UUID.class).single();
        assertThat(clocks.openForSubject("REFERRAL", referralId, clocks.today())).singleElement().satisfies(t2 -> {
            assertThat(t2.ruleId()).isEqualTo("T2");
            assertThat(t2.childId()).isEqualTo(child.id());
            assertThat(t2.due()).isEqualTo(workingDays.addWorkingDays(t2.startedOn(), 45));
        });
        assertThatThrownBy(() -> run("mast.worker1", "SCREENER", () -> contacts.decide(marf.id(), decided.version(),
                ScreeningDecision.NO_FURTHER_ACTION, "A second opinion that would silently overwrite the first one.", null)))
                .isInstanceOf(EditConflictException.class);

        List<PartnerSubmission> mine = as("partner", "PARTNER_LEAD_PROFESSIONAL", contacts::mySubmissions);
        assertThat(mine).filteredOn(s -> s.id().equals(marf.id())).singleElement().satisfies(s -> {
            assertThat(s.decision()).isEqualTo(ScreeningDecision.REFERRAL_FOR_ASSESSMENT.label());
            assertThat(s.feedback()).contains("child and family assessment");
            assertThat(s.decidedAt()).isNotNull();
        });
    }

    @Test
    void aPartnerCannotOpenSomeoneElsesContact() {
        ContactDetails phone = as("screener", "SCREENER", () -> contacts.record(
                FrontDoorTestData.phoneCall(null, "Ursula", "Vane", LocalDate.of(2012, 2, 2), null)));
        assertThatThrownBy(() -> run("partner", "PARTNER_LEAD_PROFESSIONAL", () -> contacts.open(phone.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badContactsGetFieldMessagesAndNothingIsSaved() {
        long before = jdbc.sql("SELECT count(*) FROM frontdoor.contact").query(Long.class).single();
        ContactRecord unknownSource = new ContactRecord(null, Channel.PHONE, "99Z", null, null, null, LocalDate.of(2099, 1, 1), null, null,
                Set.of(), "", null, Consent.REFUSED, null, RequestType.SERVICE, Urgency.ROUTINE, null, null, null, null, null, null, null, false);
        assertThatThrownBy(() -> run("screener", "SCREENER", () -> contacts.record(unknownSource)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("referralSource", "childFamilyName", "childDateOfBirth", "concernSummary", "consentNote", "referrerName"));
        assertThat(jdbc.sql("SELECT count(*) FROM frontdoor.contact").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aSecondReferralWithinTwelveMonthsIsFlaggedAsAReReferral() {
        PersonDetails child = child("Vera", "Wexcombe", LocalDate.of(2013, 7, 3), "1 Mill Lane", "DM2 8BD");
        Instant spring = LocalDate.now().minusMonths(4).atStartOfDay(UK).toInstant();
        ContactDetails first = as("screener", "SCREENER", () -> contacts.record(FrontDoorTestData.phoneCall(child.id(), "Vera", "Wexcombe", child.dateOfBirth(), spring)));
        run("screener", "SCREENER", () -> contacts.decide(first.id(), first.version(), ScreeningDecision.REFERRAL_FOR_ASSESSMENT,
                "Neglect concerns from school warrant a child and family assessment.", null));
        ContactDetails again = as("screener", "SCREENER", () -> contacts.record(FrontDoorTestData.phoneCall(child.id(), "Vera", "Wexcombe", child.dateOfBirth(), null)));

        assertThat(as("screener", "SCREENER", () -> contacts.wouldBeReReferral(child.id(), LocalDate.now()))).isTrue();
        assertThat(as("screener", "SCREENER", () -> contacts.history(child.id(), again.id())))
                .extracting(HistoryItem::kind).contains("Contact", "Referral");
        run("screener", "SCREENER", () -> contacts.decide(again.id(), again.version(), ScreeningDecision.STRATEGY_DISCUSSION,
                "Second referral in months with escalating neglect: strategy discussion today.", null));
        assertThat(jdbc.sql("SELECT re_referral FROM frontdoor.referral WHERE contact_id = :c").param("c", again.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void everySiblingAndChildAtTheAddressIsPromptedAndConsidered() {
        PersonDetails child = child("Wren", "Yelland", LocalDate.of(2014, 4, 4), "5 Heath Row", "DM9 1AA");
        PersonDetails sibling = child("Xavi", "Yelland", LocalDate.of(2017, 5, 5), "5 Heath Row", "DM9 1AA");
        PersonDetails halfSiblingElsewhere = child("Yara", "Zouch", LocalDate.of(2011, 6, 6), "40 Far Lane", "DM12 3AB");
        run("social.worker", "SOCIAL_WORKER", () -> families.relate(child.id(), new RelationshipRecord(halfSiblingElsewhere.id(), "HALF_SIBLING", false, null)));
        ContactDetails contact = as("screener", "SCREENER", () -> contacts.record(FrontDoorTestData.phoneCall(child.id(), "Wren", "Yelland", child.dateOfBirth(), null)));

        List<SiblingPrompt> prompts = as("screener", "SCREENER", () -> contacts.siblings(contact.id(), child.id()));
        assertThat(prompts).extracting(SiblingPrompt::personId).containsExactlyInAnyOrder(sibling.id(), halfSiblingElsewhere.id());

        assertThatThrownBy(() -> run("screener", "SCREENER", () -> contacts.consider(contact.id(), sibling.id(), "NOT_NEEDED", " ")))
                .isInstanceOf(RuleViolationException.class);
        run("screener", "SCREENER", () -> contacts.consider(contact.id(), sibling.id(), "ACTION_NEEDED", "Same home conditions: include in the assessment"));
        assertThat(as("screener", "SCREENER", () -> contacts.siblings(contact.id(), child.id())))
                .filteredOn(p -> p.personId().equals(sibling.id())).singleElement()
                .satisfies(p -> assertThat(p.outcome()).isEqualTo("ACTION_NEEDED"));
    }

    @Test
    void theDecisionClockRunsOneWorkingDayFromReceiptAcrossABankHolidayWeekend() {
        // Friday 23 May 2025; Monday 26 May 2025 is the spring bank holiday
        Instant friday = LocalDate.of(2025, 5, 23).atTime(16, 30).atZone(UK).toInstant();
        ContactDetails contact = as("screener", "SCREENER", () -> contacts.record(FrontDoorTestData.phoneCall(null, "Zac", "Abbot", LocalDate.of(2016, 1, 1), friday)));

        ClockReading onMonday = decisionClock.readingAsAt(contact, LocalDate.of(2025, 5, 26));
        ClockReading onWednesday = decisionClock.readingAsAt(contact, LocalDate.of(2025, 5, 28));
        assertThat(onMonday.due()).isEqualTo(LocalDate.of(2025, 5, 27));
        assertThat(onMonday.state().name()).isEqualTo("RUNNING");
        assertThat(onWednesday.state().name()).isEqualTo("OVERDUE");
    }

    @Test
    void aDecisionTypedUpLaterKeepsWhenItWasMadeAndTheClockMeasuresThat() {
        Instant monday = LocalDate.of(2025, 6, 2).atTime(9, 0).atZone(UK).toInstant();
        ContactDetails contact = as("screener", "SCREENER", () -> contacts.record(FrontDoorTestData.phoneCall(null, "Cai", "Dalloway", LocalDate.of(2016, 1, 1), monday)));
        assertThatThrownBy(() -> run("screener", "SCREENER", () -> contacts.decide(contact.id(), contact.version(), ScreeningDecision.NO_FURTHER_ACTION,
                "Information only: no concern about the child's care.", null, monday.minusSeconds(60))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("decidedAt"));
        Instant thursday = LocalDate.of(2025, 6, 5).atTime(15, 0).atZone(UK).toInstant();
        ContactDetails decided = as("screener", "SCREENER", () -> contacts.decide(contact.id(), contact.version(), ScreeningDecision.NO_FURTHER_ACTION,
                "Information only: no concern about the child's care.", null, thursday));

        assertThat(decided.decidedAt()).isEqualTo(thursday);
        ClockReading reading = decisionClock.readingAsAt(decided, LocalDate.of(2025, 6, 10));
        assertThat(reading.state().name()).isEqualTo("MET_LATE");
        assertThat(reading.daysLate()).isEqualTo(2);
    }

    @Test
    void theDashboardCountsContactsBySourceAndTheListBehindTheNumberMatchesIt() {
        run("screener", "SCREENER", () -> contacts.record(FrontDoorTestData.phoneCall(null, "Abe", "Bywater", LocalDate.of(2016, 1, 1), null)));
        var bySource = as("manager", "TEAM_MANAGER", figures::contactsBySource);
        long schoolToday = bySource.get("today").getOrDefault("2A", 0L);
        assertThat(schoolToday).isPositive();
        assertThat(as("manager", "TEAM_MANAGER", () -> figures.list("today", "2A", null, false, false, false))).hasSize((int) schoolToday);
    }

    @Test
    void nobodyElseCanUseTheScreeningQueue() {
        assertThatThrownBy(() -> run("partner", "PARTNER_LEAD_PROFESSIONAL", contacts::awaitingScreening)).isInstanceOf(AccessDeniedException.class);
        assertThat(as("screener", "SCREENER", contacts::awaitingScreening)).allMatch(c -> c.status() == ContactStatus.AWAITING_SCREENING);
    }
}
