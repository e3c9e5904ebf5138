package uk.org.beacon.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.beacon.SignedIn.as;
import static uk.org.beacon.SignedIn.run;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.audit.AuditRecord;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.casework.CaseAllocated;
import uk.org.beacon.casework.CaseNoteFinalised;
import uk.org.beacon.casework.CaseTransferred;
import uk.org.beacon.casework.ManagementDecisionRecorded;
import uk.org.beacon.casework.SupervisionRecorded;
import uk.org.beacon.frontdoor.Channel;
import uk.org.beacon.frontdoor.Consent;
import uk.org.beacon.frontdoor.ContactDetails;
import uk.org.beacon.frontdoor.ContactReceived;
import uk.org.beacon.frontdoor.ContactRecord;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.RequestType;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.frontdoor.Urgency;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.person.PersonMerges;
import uk.org.beacon.person.PersonTestData;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RestrictedRecordException;
import uk.org.beacon.web.RuleViolationException;

class ChronologyIntegrationTest extends BeaconIntegrationTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired ChronologyEntries chronology;
    @Autowired Contacts contacts;
    @Autowired People people;
    @Autowired PersonMerges merges;
    @Autowired RecordAccess access;
    @Autowired Staff staff;
    @Autowired Teams teams;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    private ChronologyTestSupport practice;

    @BeforeEach
    void practiceEvents() {
        practice = new ChronologyTestSupport(events, transactions, jdbc);
    }

    private PersonDetails child(String given, String family, LocalDate born) {
        return as("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.child(given, family, born)));
    }

    private static ContactRecord schoolCall(UUID childId, String given, String family, LocalDate born, Instant at) {
        return new ContactRecord(at, Channel.PHONE, "2A", childId, given, family, born, "DM1 2AB", "12 Test Street", Set.of("NEGLECT"),
                "Arrives at school hungry and in the same clothes all week; says there is no food at home.", null, Consent.GIVEN, null,
                RequestType.SERVICE, Urgency.ROUTINE, "Ms Example Teacher", "Northgate Academy", "Designated safeguarding lead", null, null,
                null, null, false);
    }

    private List<ChronologyEntryDetails> everything(UUID childId) {
        return as("social.worker", "SOCIAL_WORKER", () -> chronology.list(childId, ChronologyFilter.everything()));
    }

    private StaffSummary staffMember(String username) {
        return staff.findByUsername(username).orElseThrow();
    }

    @Test
    void aContactAboutAChildBecomesOneEntryHoweverOftenTheEventArrivesAndTheDecisionFollowsAtItsPracticeTime() {
        PersonDetails child = child("Maisie", "Fennimore", LocalDate.of(2016, 5, 4));
        Instant received = LocalDateTime.of(2026, 1, 12, 9, 40).atZone(UK).toInstant();
        ContactDetails contact = as("screener", "SCREENER", () -> contacts.record(schoolCall(child.id(), "Maisie", "Fennimore",
                LocalDate.of(2016, 5, 4), received)));

        assertThat(practice.awaitEntry("frontdoor", contact.id(), EntryType.CONTACT)).isOne();
        ContactReceived again = new ContactReceived(contact.id(), child.id(), LocalDateTime.of(2026, 1, 12, 9, 40), "Schools (Telephone)",
                contact.concernSummary());
        // the same event arriving twice more, one after the other: Spring Modulith marks a delivery done
        // by listener and event, so two identical events in flight at once can leave one marked
        // "processing" for ever (seen once in CI); the entry's uniqueness is what is under test here
        practice.awaitDelivery();
        practice.publish(again);
        practice.awaitDelivery();
        practice.publish(again);
        practice.awaitDelivery();
        assertThat(practice.entries("frontdoor", contact.id(), EntryType.CONTACT)).isOne();

        ChronologyEntryDetails entry = everything(child.id()).get(0);
        assertThat(entry.type()).isEqualTo(EntryType.CONTACT);
        assertThat(entry.occurredOn()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(entry.occurredTime()).isEqualTo(LocalTime.of(9, 40));
        assertThat(entry.title()).startsWith("Contact from ").contains("(Telephone)");
        assertThat(entry.summary()).contains("no food at home");
        assertThat(entry.significant()).isTrue();
        assertThat(entry.impactRecorded()).isFalse();
        assertThat(entry.sourceModule()).isEqualTo("frontdoor");
        assertThat(entry.sourceId()).isEqualTo(contact.id());

        Instant decided = LocalDateTime.of(2026, 1, 12, 16, 5).atZone(UK).toInstant();
        ContactDetails decision = as("screener", "SCREENER", () -> contacts.decide(contact.id(), contact.version(),
                ScreeningDecision.REFERRAL_FOR_ASSESSMENT, "Hunger and neglect reported over weeks; the family have not engaged with early help.",
                "Thank you: a social worker will assess.", decided));
        practice.awaitEntry("frontdoor", contact.id(), EntryType.SCREENING_DECISION);
        practice.awaitDelivery();

        List<ChronologyEntryDetails> all = everything(child.id());
        assertThat(all).extracting(ChronologyEntryDetails::type)
                .containsExactly(EntryType.CONTACT, EntryType.SCREENING_DECISION, EntryType.REFERRAL);
        ChronologyEntryDetails decisionEntry = all.get(1);
        assertThat(decisionEntry.occurredTime()).isEqualTo(LocalTime.of(16, 5));
        assertThat(decisionEntry.title()).contains(ScreeningDecision.REFERRAL_FOR_ASSESSMENT.label());
        assertThat(decisionEntry.summary()).contains("have not engaged with early help");
        assertThat(all.get(2).significant()).as("a first referral repeats the decision: routine").isFalse();
        assertThat(as("social.worker", "SOCIAL_WORKER", () -> chronology.list(child.id(), ChronologyFilter.significantOnly())))
                .extracting(ChronologyEntryDetails::type).containsExactly(EntryType.CONTACT, EntryType.SCREENING_DECISION);
        assertThat(decision.decidedAt()).isEqualTo(decided);
    }

    @Test
    void aReferralFormThatDidNotNameAChildOnBeaconJoinsTheirChronologyWhenTheScreenerIdentifiesThem() {
        PersonDetails child = child("Tobias", "Grenville", LocalDate.of(2013, 8, 30));
        ContactDetails marf = as("partner", "PARTNER_LEAD_PROFESSIONAL", () -> contacts.submitAsPartner(new ContactRecord(null, Channel.MARF,
                "2A", null, "Tobias", "Grenville", LocalDate.of(2013, 8, 30), "DM1 2AB", "12 Test Street", Set.of("EMOTIONAL"),
                "Told his teacher he is frightened to go home because of the shouting.", null, Consent.NOT_SOUGHT,
                "Seeking consent could place the child at risk", RequestType.SERVICE, Urgency.URGENT, null, null, null, "01632 960 002", null,
                null, null, false)));
        practice.awaitDelivery();
        assertThat(practice.entries("frontdoor", marf.id(), EntryType.CONTACT)).isZero();

        as("screener", "SCREENER", () -> contacts.identifyChild(marf.id(), marf.version(), child.id()));

        assertThat(practice.awaitEntry("frontdoor", marf.id(), EntryType.CONTACT)).isOne();
        assertThat(everything(child.id())).singleElement().satisfies(e -> assertThat(e.summary()).contains("frightened to go home"));
    }

    @Test
    void caseworkEventsBecomeEntriesWithNamesAndOnlySignificantNotesArriveByThemselves() {
        PersonDetails child = child("Isla", "Pemberton", LocalDate.of(2012, 2, 2));
        StaffSummary worker = staffMember("sfs1.worker1");
        StaffSummary manager = staffMember("manager");
        UUID sfs1 = worker.teamId();
        UUID sfs2 = teams.all().stream().filter(t -> t.code().equals("SFS2")).findFirst().orElseThrow().id();
        UUID allocation = UUID.randomUUID();
        UUID transfer = UUID.randomUUID();
        UUID visit = UUID.randomUUID();
        UUID phoneCall = UUID.randomUUID();
        UUID decision = UUID.randomUUID();
        UUID supervision = UUID.randomUUID();

        practice.publish(new CaseAllocated(allocation, child.id(), sfs1, worker.id(), true, LocalDate.of(2026, 2, 2), manager.id()));
        practice.publish(new CaseNoteFinalised(visit, child.id(), "HOME_VISIT", LocalDateTime.of(2026, 2, 9, 16, 30), true, true, true,
                "Home visit: Isla seen alone in her bedroom", "Isla said she likes her new school; the fridge was empty.", worker.id()));
        practice.publish(new CaseNoteFinalised(phoneCall, child.id(), "PHONE_CALL", LocalDateTime.of(2026, 2, 10, 9, 0), false, false, false,
                "Call to school", "Left a message.", worker.id()));
        practice.publish(new ManagementDecisionRecorded(decision, child.id(), LocalDateTime.of(2026, 2, 11, 11, 0), "Convene a strategy discussion",
                "Repeated neglect with a new disclosure", "Strategy discussion by Friday", manager.id()));
        practice.publish(new SupervisionRecorded(supervision, child.id(), LocalDate.of(2026, 2, 12), manager.id(), worker.id(),
                "Reviewed the plan; hypothesis about the father's role", "Visit the father"));
        practice.publish(new CaseTransferred(transfer, child.id(), sfs1, sfs2, null, LocalDate.of(2026, 2, 20), "Family moved to the south"));
        practice.awaitEntry("casework", transfer, EntryType.TRANSFER);
        practice.awaitDelivery();

        List<ChronologyEntryDetails> all = everything(child.id());
        assertThat(all).extracting(ChronologyEntryDetails::type).containsExactly(EntryType.ALLOCATION, EntryType.CASE_NOTE,
                EntryType.MANAGEMENT_DECISION, EntryType.SUPERVISION, EntryType.TRANSFER);
        assertThat(all.get(0).title()).isEqualTo("Allocated to " + worker.displayName() + " (Safeguarding and Family Support 1)");
        assertThat(all.get(0).significant()).isTrue();
        assertThat(all.get(1).summary()).contains("fridge was empty").contains("The child was seen alone.");
        assertThat(all.get(1).source()).isEqualTo("Home visit by " + worker.displayName());
        assertThat(all.get(2).title()).isEqualTo("Management decision by " + manager.displayName());
        assertThat(all.get(2).summary()).contains("Convene a strategy discussion", "Why: Repeated neglect", "Next steps: Strategy discussion");
        assertThat(all.get(3).significant()).isFalse();
        assertThat(all.get(4).title()).isEqualTo("Case transferred to Safeguarding and Family Support 2");
        assertThat(practice.entries("casework", phoneCall, EntryType.CASE_NOTE)).isZero();
    }

    @Test
    void aWorkerAddsAnEntryRecordsTheImpactAndChangesSignificanceAndEveryChangeIsAuditedAndChecked() {
        PersonDetails child = child("Reuben", "Ashdown", LocalDate.of(2011, 11, 1));
        UUID allocation = UUID.randomUUID();
        practice.publish(new CaseAllocated(allocation, child.id(), staffMember("social.worker").teamId(), staffMember("social.worker").id(), true,
                LocalDate.of(2026, 1, 5), staffMember("manager").id()));
        practice.awaitEntry("casework", allocation, EntryType.ALLOCATION);
        UUID automatic = practice.entryId("casework", allocation, EntryType.ALLOCATION);
        UUID me = staffMember("social.worker").id();

        ChronologyEntryDetails added = as("social.worker", "SOCIAL_WORKER", () -> chronology.add(child.id(), new CuratedEntry(
                LocalDate.of(2026, 1, 20), null, EntryType.EDUCATION, "Excluded for a day", "Fixed-term exclusion after a fight in the playground.",
                null, null, "School exclusion letter", null)));
        assertThat(added.byWorker()).isTrue();
        assertThat(added.significant()).isTrue();
        assertThat(added.recordedBy()).isEqualTo(me);

        ChronologyEntryDetails before = everything(child.id()).stream().filter(e -> e.id().equals(automatic)).findFirst().orElseThrow();
        ChronologyEntryDetails withImpact = as("social.worker", "SOCIAL_WORKER", () -> chronology.recordImpact(child.id(), automatic,
                before.version(), "Reuben has a social worker he has met before and trusts"));
        assertThat(withImpact.impact()).isEqualTo("Reuben has a social worker he has met before and trusts");
        assertThat(withImpact.impactRecordedBy()).isEqualTo(me);
        assertThatThrownBy(() -> run("sfs1.worker1", "SOCIAL_WORKER", () -> chronology.recordImpact(child.id(), automatic, before.version(),
                "A second worker's view written over the first")))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.differences()).singleElement()
                        .satisfies(d -> assertThat(d.savedValue()).contains("trusts")));
        assertThatThrownBy(() -> run("social.worker", "SOCIAL_WORKER", () -> chronology.recordImpact(child.id(), automatic, withImpact.version(), " ")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("impact"));
        assertThatThrownBy(() -> run("social.worker", "SOCIAL_WORKER", () -> chronology.edit(child.id(), automatic, withImpact.version(),
                new CuratedEntry(LocalDate.of(2026, 1, 5), null, EntryType.OTHER, "Rewritten", "Rewritten", null, null, null, null))))
                .isInstanceOf(RuleViolationException.class);

        ChronologyEntryDetails routine = as("manager", "TEAM_MANAGER", () -> chronology.setSignificance(child.id(), added.id(), added.version(),
                false, "One-off; no pattern"));
        assertThat(as("social.worker", "SOCIAL_WORKER", () -> chronology.list(child.id(), ChronologyFilter.significantOnly())))
                .extracting(ChronologyEntryDetails::id).containsExactly(automatic);
        ChronologyEntryDetails edited = as("social.worker", "SOCIAL_WORKER", () -> chronology.edit(child.id(), added.id(), routine.version(),
                new CuratedEntry(LocalDate.of(2026, 1, 21), LocalTime.of(13, 0), EntryType.EDUCATION, "Excluded for a day",
                        "Fixed-term exclusion after a fight at lunchtime.", "He missed a maths test and felt singled out.", false,
                        "School exclusion letter", true)));
        assertThat(edited.occurredOn()).isEqualTo(LocalDate.of(2026, 1, 21));
        assertThat(edited.thirdParty()).isTrue();
        ChronologyEntryDetails voided = as("social.worker", "SOCIAL_WORKER", () -> chronology.voidEntry(child.id(), added.id(), edited.version(),
                "Recorded on the wrong child: it was his cousin"));
        assertThat(voided.voided()).isTrue();
        assertThat(everything(child.id())).extracting(ChronologyEntryDetails::id).containsExactly(automatic);
        assertThat(as("social.worker", "SOCIAL_WORKER", () -> chronology.list(child.id(),
                new ChronologyFilter(ChronologyFilter.Show.VOIDED, null, null, null, false)))).hasSize(2);
        assertThatThrownBy(() -> run("social.worker", "SOCIAL_WORKER", () -> chronology.recordImpact(child.id(), added.id(), voided.version(), "Too late")))
                .isInstanceOf(RuleViolationException.class);

        assertThat(audit.forSubject(automatic, 10)).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("CHANGED");
            assertThat(a.actorId()).isEqualTo(me);
            assertThat(a.detail()).contains("impact", "recorded");
        });
        List<AuditRecord> trail = audit.forSubject(added.id(), 10);
        assertThat(trail).extracting(AuditRecord::action).containsExactly("CHANGED", "CHANGED", "CHANGED", "CREATED");
        assertThat(trail.get(2).reason()).isEqualTo("One-off; no pattern");
        assertThat(trail.get(2).actorId()).isEqualTo(staffMember("manager").id());
        assertThat(trail.get(1).detail()).contains("Date", "Third-party information");
        assertThat(trail.get(0).reason()).isEqualTo("Recorded on the wrong child: it was his cousin");
        assertThat(audit.forSubject(child.id(), 50)).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("VIEWED");
            assertThat(a.detail()).contains("chronology");
        });
    }

    @Test
    void aRestrictedChildsChronologyIsRefusedToStaffNotNamedOnItAndPartnersNeverSeeChronologies() {
        PersonDetails child = child("Nell", "Hartigan", LocalDate.of(2010, 10, 10));
        run("manager", "TEAM_MANAGER", () -> access.restrict(child.id(), "Adopted: birth family must not find her", Set.of()));

        assertThatThrownBy(() -> run("social.worker", "SOCIAL_WORKER", () -> chronology.list(child.id(), ChronologyFilter.significantOnly())))
                .isInstanceOf(RestrictedRecordException.class);
        assertThatThrownBy(() -> run("social.worker", "SOCIAL_WORKER", () -> chronology.print(child.id(), null, Audience.COURT)))
                .isInstanceOf(RestrictedRecordException.class);
        assertThatThrownBy(() -> run("social.worker", "SOCIAL_WORKER", () -> chronology.add(child.id(), new CuratedEntry(LocalDate.of(2026, 1, 1),
                null, EntryType.OTHER, "t", "s", null, null, null, null)))).isInstanceOf(RestrictedRecordException.class);
        assertThat(audit.forSubject(child.id(), 20)).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("REFUSED");
            assertThat(a.actorId()).isEqualTo(staffMember("social.worker").id());
            assertThat(a.detail()).contains("restricted", "chronology");
        });
        assertThat(as("manager", "TEAM_MANAGER", () -> chronology.list(child.id(), ChronologyFilter.significantOnly()))).isEmpty();

        PersonDetails other = child("Cody", "Marchbank", LocalDate.of(2014, 1, 1));
        assertThatThrownBy(() -> run("partner", "PARTNER_LEAD_PROFESSIONAL", () -> chronology.list(other.id(), ChronologyFilter.significantOnly())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whenAChildRecordedTwiceIsMergedTheEntriesMeetOnTheRecordKeptAndAReversalPutsThemBack() {
        LocalDate born = LocalDate.of(2018, 7, 7);
        PersonDetails kept = child("Freya", "Oldcastle", born);
        PersonDetails duplicate = child("Freya", "Oldcastel", born);
        UUID keptContact = UUID.randomUUID();
        UUID duplicateContact = UUID.randomUUID();
        practice.publish(new ContactReceived(keptContact, kept.id(), LocalDateTime.of(2025, 11, 3, 10, 0), "Health visitor (Telephone)",
                "Missed health checks."));
        practice.publish(new ContactReceived(duplicateContact, duplicate.id(), LocalDateTime.of(2025, 12, 1, 10, 0), "Police (Police child-concern notification)",
                "Police attended a domestic incident; Freya was present."));
        ChronologyEntryDetails byHand = as("social.worker", "SOCIAL_WORKER", () -> chronology.add(duplicate.id(), new CuratedEntry(
                LocalDate.of(2025, 12, 5), null, EntryType.HEALTH, "A&E attendance", "Burn to the hand; explanation consistent.", null, null,
                "Hospital discharge letter", null)));
        practice.awaitEntry("frontdoor", duplicateContact, EntryType.CONTACT);
        practice.awaitEntry("frontdoor", keptContact, EntryType.CONTACT);

        UUID mergeId = as("manager", "TEAM_MANAGER", () -> merges.merge(kept.id(), duplicate.id(), "Same child: misspelt surname")).mergeId();
        practice.awaitDelivery();
        assertThat(everything(kept.id())).extracting(ChronologyEntryDetails::title)
                .containsExactly("Contact from Health visitor (Telephone)", "Contact from Police (Police child-concern notification)", "A&E attendance");

        UUID lateContact = UUID.randomUUID();
        practice.publish(new ContactReceived(lateContact, duplicate.id(), LocalDateTime.of(2026, 1, 8, 8, 0), "Schools (Email)",
                "School heard about the incident from Freya's brother."));
        practice.awaitEntry("frontdoor", lateContact, EntryType.CONTACT);
        assertThat(everything(kept.id())).hasSize(4);

        run("manager", "TEAM_MANAGER", () -> merges.reverse(mergeId, "Not the same child after all: different mothers"));
        practice.awaitDelivery();
        assertThat(everything(kept.id())).extracting(ChronologyEntryDetails::title).containsExactly("Contact from Health visitor (Telephone)");
        assertThat(everything(duplicate.id())).extracting(ChronologyEntryDetails::id).contains(byHand.id()).hasSize(3);
    }
}
