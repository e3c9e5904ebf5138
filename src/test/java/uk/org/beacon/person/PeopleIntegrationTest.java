package uk.org.beacon.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.SignedIn;
import uk.org.beacon.audit.AuditRecord;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RestrictedRecordException;
import uk.org.beacon.web.RuleViolationException;

class PeopleIntegrationTest extends BeaconIntegrationTest {

    @Autowired People people;
    @Autowired Families families;
    @Autowired RecordAccess access;
    @Autowired AuditTrail audit;
    @Autowired Staff staff;
    @Autowired JdbcClient jdbc;

    @Test
    @WithMockUser(username = "social.worker", roles = "SOCIAL_WORKER")
    void aSocialWorkerRecordsAChildAndTheCreationAndViewAreAudited() {
        PersonDetails created = people.register(PersonTestData.child("Ada", "Quennell", LocalDate.of(2016, 4, 2)));
        PersonDetails opened = people.open(created.id());

        assertThat(opened.fullName()).isEqualTo("Ada Quennell");
        assertThat(opened.currentAddress().postcode()).isEqualTo("DM1 2AB");
        UUID worker = staff.findByUsername("social.worker").orElseThrow().id();
        List<AuditRecord> log = audit.forSubject(created.id(), 10);
        assertThat(log).extracting(AuditRecord::action).containsExactly("VIEWED", "CREATED");
        assertThat(log).allMatch(r -> worker.equals(r.actorId()));
    }

    @Test
    @WithMockUser(username = "social.worker", roles = "SOCIAL_WORKER")
    void badIdentifiersAndAFutureBirthDateAreRefusedFieldByFieldAndNothingIsSaved() {
        long before = people.count();
        PersonRecord bad = new PersonRecord("CHILD", "Bea", null, "Quill", null, List.of(), LocalDate.of(2099, 1, 1), null, "F", null,
                "WBRI", null, "eng", false, Set.of(), "A12345678901B", null, null, "9990000019", null,
                new PersonRecord.AddressLines("1 Lane", null, null, "NOT A CODE", null));

        assertThatThrownBy(() -> people.register(bad))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("dateOfBirth", "nhsNumber", "upn", "postcode"));
        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "social.worker", roles = "SOCIAL_WORKER")
    void anNhsNumberAlreadyHeldByAnotherPersonIsRefused() {
        PersonRecord first = PersonTestData.child("Cal", "Ruddock", LocalDate.of(2015, 1, 1));
        people.register(first);
        PersonRecord duplicate = PersonTestData.withNhs(PersonTestData.child("Cole", "Ruddock", LocalDate.of(2015, 1, 1)), first.nhsNumber());

        assertThatThrownBy(() -> people.register(duplicate))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("nhsNumber"));
    }

    @Test
    @WithMockUser(username = "social.worker", roles = "SOCIAL_WORKER")
    void theSecondOfTwoConcurrentEditsIsRefusedAndShowsWhatChanged() {
        PersonDetails created = people.register(PersonTestData.child("Dora", "Saxby", LocalDate.of(2014, 6, 6)));
        people.update(created.id(), created.version(), PersonTestData.withFamilyName(created.toRecord(), "Saxby-Hart"));

        assertThatThrownBy(() -> people.update(created.id(), created.version(), PersonTestData.withAddress(created.toRecord(), "9 New Road", "DM2 3CD")))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.differences())
                        .anySatisfy(d -> {
                            assertThat(d.field()).isEqualTo("Last name");
                            assertThat(d.savedValue()).isEqualTo("Saxby-Hart");
                        }));
        assertThat(people.open(created.id()).familyName()).isEqualTo("Saxby-Hart");
        assertThat(people.open(created.id()).currentAddress().line1()).isEqualTo("12 Test Street");
    }

    @Test
    @WithMockUser(username = "social.worker", roles = "SOCIAL_WORKER")
    void movingHouseKeepsTheAddressHistory() {
        PersonDetails created = people.register(PersonTestData.child("Eli", "Tamsett", LocalDate.of(2013, 2, 2)));
        PersonDetails moved = people.update(created.id(), created.version(), PersonTestData.withAddress(created.toRecord(), "3 Moat Lane", "DM3 4EF"));

        assertThat(moved.addresses()).hasSize(2);
        assertThat(moved.addresses().get(0).movedOut()).isNotNull();
        assertThat(moved.currentAddress().line1()).isEqualTo("3 Moat Lane");
    }

    @Test
    @WithMockUser(username = "social.worker", roles = "SOCIAL_WORKER")
    void searchFindsSimilarSoundingNamesAndIdentifiers() {
        PersonRecord record = PersonTestData.child("John", "Smithson-Fairweather", LocalDate.of(2012, 3, 4));
        PersonDetails john = people.register(PersonTestData.withFamilyName(record, "Fairweather"));

        assertThat(people.search(new SearchCriteria("Jon Fairwether", null, null, null, null))).extracting(PersonMatch::id).contains(john.id());
        assertThat(people.search(new SearchCriteria(null, null, record.nhsNumber(), null, null))).extracting(PersonMatch::id).containsExactly(john.id());
        assertThat(people.search(new SearchCriteria("Fairweather", LocalDate.of(2012, 3, 4), null, null, null))).extracting(PersonMatch::id).contains(john.id());
        assertThat(people.search(new SearchCriteria(null, null, null, null, "dm1 2ab"))).extracting(PersonMatch::id).contains(john.id());
        assertThat(people.search(new SearchCriteria("Zebedee Quixotic", null, null, null, null))).isEmpty();
    }

    @Test
    @WithMockUser(username = "social.worker", roles = "SOCIAL_WORKER")
    void siblingsAtTheSameAddressAppearInTheHouseholdAndRelationshipsReadFromBothSides() {
        PersonDetails older = people.register(PersonTestData.withAddress(PersonTestData.child("Fay", "Ulverston", LocalDate.of(2012, 1, 1)), "7 Sibling Row", "DM4 5GH"));
        PersonDetails younger = people.register(PersonTestData.withAddress(PersonTestData.child("Gus", "Ulverston", LocalDate.of(2018, 1, 1)), "7 sibling row", "dm45gh"));
        PersonDetails mother = people.register(new PersonRecord("ADULT", "Hana", null, "Ulverston", null, List.of(), LocalDate.of(1990, 5, 5), null, "F",
                null, "WBRI", null, "eng", false, Set.of(), null, null, null, null, null,
                new PersonRecord.AddressLines("7 Sibling Row", null, null, "DM4 5GH", null)));
        families.relate(older.id(), new RelationshipRecord(mother.id(), "MOTHER", true, null));

        assertThat(families.household(older.id())).extracting(HouseholdMember::personId).containsExactlyInAnyOrder(younger.id(), mother.id());
        assertThat(families.relationships(older.id())).singleElement().satisfies(r -> {
            assertThat(r.relationship()).isEqualTo("Mother");
            assertThat(r.sameAddress()).isTrue();
        });
        assertThat(families.relationships(mother.id())).singleElement().satisfies(r -> assertThat(r.relationship()).isEqualTo("Child"));
    }

    @Test
    @WithMockUser(username = "screener", roles = "SCREENER")
    void aRestrictedRecordIsRefusedUntilTheGlassIsBrokenWithAReasonAndTheManagerIsAlerted() {
        UUID restricted = jdbc.sql("SELECT person_id FROM identity.record_restriction WHERE lifted_at IS NULL LIMIT 1").query(UUID.class).single();
        assertThatThrownBy(() -> people.open(restricted)).isInstanceOf(RestrictedRecordException.class);
        assertThat(people.search(new SearchCriteria("Smith", null, null, null, null)))
                .filteredOn(m -> m.id().equals(restricted)).allSatisfy(m -> {
                    assertThat(m.hidden()).isTrue();
                    assertThat(m.name()).isNull();
                });

        assertThatThrownBy(() -> access.breakGlass(restricted, "need")).isInstanceOf(RuleViolationException.class);
        access.breakGlass(restricted, "Referred out of hours by the police about this child");

        assertThat(people.open(restricted).restricted()).isTrue();
        UUID mastManager = staff.findByUsername("mast.manager").orElseThrow().id();
        assertThat(jdbc.sql("SELECT count(*) FROM identity.alert WHERE recipient_staff_id = :m AND about_person_id = :p AND kind = 'BROKEN_GLASS'")
                .param("m", mastManager).param("p", restricted).query(Long.class).single()).isEqualTo(1);
        assertThat(audit.forSubject(restricted, 20)).extracting(AuditRecord::action).contains("REFUSED", "BROKE_GLASS", "VIEWED");
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER_LEAD_PROFESSIONAL")
    void aPartnerProfessionalSeesOnlyTheChildrenTheyAreInvolvedWith() {
        List<PersonMatch> found = people.search(new SearchCriteria(null, null, null, null, "DM"));
        assertThat(found).isNotEmpty().hasSizeLessThanOrEqualTo(12);
        UUID notMine = jdbc.sql("""
                SELECT p.id FROM person.person p WHERE NOT EXISTS (SELECT 1 FROM person.professional_involvement i WHERE i.person_id = p.id AND i.staff_id IS NOT NULL) LIMIT 1
                """).query(UUID.class).single();
        assertThatThrownBy(() -> people.open(notMine)).isInstanceOf(AccessDeniedException.class);
        assertThat(people.open(found.get(0).id())).isNotNull();
    }

    @Test
    @WithMockUser(username = "senior", roles = "SENIOR_LEADER")
    void aSeniorLeaderReadsButCannotChangeRecords() {
        UUID anyone = jdbc.sql("SELECT id FROM person.person WHERE id NOT IN (SELECT person_id FROM identity.record_restriction) LIMIT 1").query(UUID.class).single();
        PersonDetails p = people.open(anyone);
        assertThatThrownBy(() -> people.update(anyone, p.version(), p.toRecord())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aManagerRestrictsARecordToNamedStaffAndLiftsItWithAReason() {
        UUID child = asUser("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.child("Pia", "Brackenbury", LocalDate.of(2019, 2, 2))).id());
        asUser("manager", "TEAM_MANAGER", () -> {
            access.restrict(child, "Family member works for the council", Set.of(staff.findByUsername("social.worker").orElseThrow().id()));
            return null;
        });
        assertThat(asUser("social.worker", "SOCIAL_WORKER", () -> people.open(child).restricted())).isTrue();
        assertThatThrownBy(() -> asUser("chair", "CP_CHAIR", () -> people.open(child))).isInstanceOf(RestrictedRecordException.class);

        asUser("manager", "TEAM_MANAGER", () -> {
            assertThatThrownBy(() -> access.lift(child, " ")).isInstanceOf(RuleViolationException.class);
            access.lift(child, "Staff member has left the council");
            return null;
        });
        assertThat(asUser("chair", "CP_CHAIR", () -> people.open(child).restricted())).isFalse();
        assertThat(audit.forSubject(child, 20)).extracting(AuditRecord::action).contains("RESTRICTED", "RESTRICTION_LIFTED");
    }

    private static <T> T asUser(String username, String role, java.util.function.Supplier<T> work) {
        return SignedIn.as(username, role, work);
    }
}
