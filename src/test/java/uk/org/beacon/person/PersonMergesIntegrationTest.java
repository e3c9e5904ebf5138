package uk.org.beacon.person;

import uk.org.beacon.SignedIn;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.audit.AuditRecord;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.web.RuleViolationException;

@RecordApplicationEvents
class PersonMergesIntegrationTest extends BeaconIntegrationTest {

    @Autowired PersonMerges merges;
    @Autowired People people;
    @Autowired Families families;
    @Autowired RecordAccess access;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private PersonDetails recorded(PersonRecord record) {
        return SignedIn.as("social.worker", "SOCIAL_WORKER", () -> people.register(record));
    }

    private PersonDetails opened(UUID id) {
        return SignedIn.as("social.worker", "SOCIAL_WORKER", () -> people.open(id));
    }

    private MergeSummary merge(UUID survivor, UUID merged, String reason) {
        return SignedIn.as("manager", "TEAM_MANAGER", () -> merges.merge(survivor, merged, reason));
    }

    @Test
    void aManagerMergesADuplicateChildAndReversingTheMergePutsEverythingBack() {
        LocalDate born = LocalDate.of(2014, 4, 22);
        PersonDetails kept = recorded(PersonTestData.withNhs(PersonTestData.child("Ruby", "Caddick", born), null));
        PersonDetails duplicate = recorded(PersonTestData.withAliases(PersonTestData.child("Rubie", "Cadick", born),
                new PersonRecord.AliasName("Ruby", "Hartnell")));
        PersonDetails mother = recorded(PersonTestData.adult("Sian", "Hartnell", LocalDate.of(1990, 1, 1)));
        PersonDetails brother = recorded(PersonTestData.child("Owen", "Cadick", LocalDate.of(2016, 6, 6)));
        PersonDetails grandmother = recorded(PersonTestData.adult("Enid", "Caddick", LocalDate.of(1961, 1, 1)));
        SignedIn.run("social.worker", "SOCIAL_WORKER", () -> {
            families.relate(duplicate.id(), new RelationshipRecord(mother.id(), "MOTHER", true, null));
            families.relate(brother.id(), new RelationshipRecord(duplicate.id(), "SIBLING", false, null));
            families.relate(kept.id(), new RelationshipRecord(grandmother.id(), "GRANDPARENT", false, null));
            families.involve(duplicate.id(), new InvolvementRecord("GP", "Harbour Surgery", "Dr Penrose", null, null, null, null));
        });
        PersonDetails duplicateBefore = opened(duplicate.id());
        List<RelationshipView> keptRelationshipsBefore = SignedIn.as("social.worker", "SOCIAL_WORKER", () -> families.relationships(kept.id()));

        MergeSummary summary = merge(kept.id(), duplicate.id(), "Same child: school and GP records agree");

        assertThat(summary.relationshipsMoved()).isEqualTo(2);
        assertThat(summary.involvementsMoved()).isEqualTo(1);
        assertThat(summary.aliasesAdded()).containsExactlyInAnyOrder("Rubie Cadick", "Ruby Hartnell");
        assertThat(summary.toReview()).anySatisfy(r -> assertThat(r).startsWith("NHS number " + NhsNumber.format(duplicate.nhsNumber())));
        assertThat(merges.mergedInto(duplicate.id())).contains(kept.id());
        SignedIn.run("social.worker", "SOCIAL_WORKER", () -> {
            assertThat(families.relationships(kept.id())).extracting(RelationshipView::relativeId)
                    .containsExactlyInAnyOrder(grandmother.id(), mother.id(), brother.id());
            assertThat(families.relationships(duplicate.id())).isEmpty();
            assertThat(families.involvements(kept.id())).extracting(InvolvementView::organisation).contains("Harbour Surgery");
            assertThat(people.open(kept.id()).aliases()).extracting(PersonRecord.AliasName::familyName).contains("Cadick", "Hartnell");
        });
        PersonDetails duplicateAfter = opened(duplicate.id());
        assertThat(duplicateAfter).usingRecursiveComparison().isEqualTo(duplicateBefore);
        assertThat(events.stream(PeopleMerged.class)).containsExactly(new PeopleMerged(kept.id(), duplicate.id(), summary.mergeId()));

        SignedIn.run("manager", "TEAM_MANAGER", () -> merges.reverse(summary.mergeId(), "Not the same child after all: cousins"));

        assertThat(merges.mergedInto(duplicate.id())).isEmpty();
        SignedIn.run("social.worker", "SOCIAL_WORKER", () -> {
            assertThat(families.relationships(kept.id())).usingRecursiveFieldByFieldElementComparator().isEqualTo(keptRelationshipsBefore);
            assertThat(families.relationships(duplicate.id())).extracting(RelationshipView::relativeId)
                    .containsExactlyInAnyOrder(mother.id(), brother.id());
            assertThat(families.relationships(mother.id())).extracting(RelationshipView::relativeId).containsExactly(duplicate.id());
            assertThat(families.involvements(duplicate.id())).extracting(InvolvementView::organisation).containsExactly("Harbour Surgery");
            assertThat(families.involvements(kept.id())).isEmpty();
            assertThat(people.open(kept.id()).aliases()).isEmpty();
        });
        assertThat(opened(duplicate.id())).usingRecursiveComparison().isEqualTo(duplicateBefore);
        MergeSummary reversed = SignedIn.as("manager", "TEAM_MANAGER", () -> merges.summary(summary.mergeId()));
        assertThat(reversed.reversed()).isTrue();
        assertThat(reversed.reverseReason()).isEqualTo("Not the same child after all: cousins");
        assertThat(events.stream(MergeReversed.class)).containsExactly(new MergeReversed(kept.id(), duplicate.id(), summary.mergeId()));
        for (UUID id : List.of(kept.id(), duplicate.id())) {
            assertThat(audit.forSubject(id, 30)).filteredOn(r -> "CHANGED".equals(r.action()))
                    .extracting(AuditRecord::reason)
                    .contains("Same child: school and GP records agree", "Not the same child after all: cousins");
        }
    }

    @Test
    void aMergeNeedsAReason() {
        PersonDetails a = recorded(PersonTestData.child("Loveday", "Tregear", LocalDate.of(2015, 1, 9)));
        PersonDetails b = recorded(PersonTestData.child("Loveday", "Tregeare", LocalDate.of(2015, 1, 9)));

        assertThatThrownBy(() -> merge(a.id(), b.id(), "  "))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThat(merges.mergedInto(b.id())).isEmpty();
    }

    @Test
    void aChildsRecordIsNeverMergedWithAnAdults() {
        PersonDetails child = recorded(PersonTestData.child("Morwenna", "Jago", LocalDate.of(2009, 3, 3)));
        PersonDetails adult = recorded(PersonTestData.adult("Morwenna", "Jago", LocalDate.of(1979, 3, 3)));

        assertThatThrownBy(() -> merge(child.id(), adult.id(), "Looks like the same person"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("mergedId"));
    }

    @Test
    void aSocialWorkerCannotMergeRecords() {
        PersonDetails a = recorded(PersonTestData.child("Kerensa", "Hosken", LocalDate.of(2015, 2, 9)));
        PersonDetails b = recorded(PersonTestData.child("Kerensa", "Hoskin", LocalDate.of(2015, 2, 9)));

        assertThatThrownBy(() -> SignedIn.as("social.worker", "SOCIAL_WORKER", () -> merges.merge(a.id(), b.id(), "Same child")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as("social.worker", "SOCIAL_WORKER", () -> merges.likelyDuplicates(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRecordIsNotMergedIntoItselfNorIntoARecordAlreadyMerged() {
        PersonDetails a = recorded(PersonTestData.child("Tressa", "Bolitho", LocalDate.of(2013, 7, 7)));
        PersonDetails b = recorded(PersonTestData.child("Tressa", "Bolithoe", LocalDate.of(2013, 7, 7)));
        PersonDetails c = recorded(PersonTestData.child("Tresa", "Bolitho", LocalDate.of(2013, 7, 7)));

        assertThatThrownBy(() -> merge(a.id(), a.id(), "Same child"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("mergedId"));
        merge(a.id(), b.id(), "Same child: one record was made at the front door by mistake");
        assertThatThrownBy(() -> merge(b.id(), c.id(), "Same child"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("survivorId"));
        assertThatThrownBy(() -> merge(c.id(), b.id(), "Same child"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("mergedId"));
    }

    @Test
    void aMergedRecordIsKeptAsItWasAndCannotBeChanged() {
        PersonDetails a = recorded(PersonTestData.child("Elowen", "Penrose", LocalDate.of(2012, 12, 1)));
        PersonDetails b = recorded(PersonTestData.child("Elowen", "Penrhose", LocalDate.of(2012, 12, 1)));
        merge(a.id(), b.id(), "Same child: duplicate made when the family moved");

        assertThatThrownBy(() -> SignedIn.as("social.worker", "SOCIAL_WORKER", () -> people.update(b.id(), b.version(), b.toRecord())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("mergedInto"));
        assertThatThrownBy(() -> SignedIn.as("social.worker", "SOCIAL_WORKER", () -> families.involve(b.id(),
                new InvolvementRecord("GP", "Harbour Surgery", null, null, null, null, null))))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void searchNoLongerFindsAMergedRecord() {
        PersonDetails a = recorded(PersonTestData.child("Jenifer", "Quintrell", LocalDate.of(2011, 4, 4)));
        PersonDetails b = recorded(PersonTestData.child("Jennifer", "Quintrel", LocalDate.of(2011, 4, 4)));
        SearchCriteria byName = new SearchCriteria("Jennifer Quintrel", null, null, null, null);
        assertThat(SignedIn.as("social.worker", "SOCIAL_WORKER", () -> people.search(byName))).extracting(PersonMatch::id).contains(a.id(), b.id());

        merge(a.id(), b.id(), "Same child: spelling mistake at the front door");

        assertThat(SignedIn.as("social.worker", "SOCIAL_WORKER", () -> people.search(byName))).extracting(PersonMatch::id)
                .contains(a.id()).doesNotContain(b.id());
        assertThat(SignedIn.as("social.worker", "SOCIAL_WORKER", () -> people.search(new SearchCriteria(null, null, b.nhsNumber(), null, null))))
                .isEmpty();
    }

    @Test
    void likelyDuplicatesAreTheSameBirthdayWithASoundAlikeNameOrAtTheSameAddressButNotTwins() {
        LocalDate born = LocalDate.of(2008, 10, 31);
        PersonDetails first = recorded(PersonTestData.withAddress(PersonTestData.child("Hedra", "Vosper", born), "1 Gull Row", "DM7 1AA"));
        PersonDetails soundAlike = recorded(PersonTestData.withNhs(
                PersonTestData.withAddress(PersonTestData.child("Hedra", "Vospur", born), "9 Elsewhere Road", "DM7 2BB"), null));
        PersonDetails sameAddress = recorded(PersonTestData.withNhs(
                PersonTestData.withAddress(PersonTestData.child("Hedda", "Pascoe", born), "1 gull row", "dm71aa"), null));
        PersonDetails otherNhsNumber = recorded(PersonTestData.withAddress(PersonTestData.child("Hedra", "Vospa", born), "3 Far Lane", "DM7 3DD"));
        PersonDetails twin = recorded(PersonTestData.withAddress(PersonTestData.child("Hedra", "Vosper", born), "1 Gull Row", "DM7 1AA"));
        SignedIn.run("social.worker", "SOCIAL_WORKER", () -> families.relate(twin.id(), new RelationshipRecord(first.id(), "SIBLING", false, null)));

        List<DuplicatePair> pairs = SignedIn.as("manager", "TEAM_MANAGER", () -> merges.likelyDuplicates(500));

        assertThat(pairs).filteredOn(p -> p.first().equals(first.id()) && p.second().equals(soundAlike.id())).singleElement()
                .satisfies(p -> assertThat(p.reasons()).containsExactly("Same date of birth", "Family names sound the same", "Same first name"));
        assertThat(pairs).filteredOn(p -> p.first().equals(first.id()) && p.second().equals(sameAddress.id())).singleElement()
                .satisfies(p -> assertThat(p.reasons()).contains("Same date of birth", "Same address"));
        assertThat(pairs).noneMatch(p -> Set.of(p.first(), p.second()).equals(Set.of(first.id(), twin.id())));
        assertThat(pairs).noneMatch(p -> Set.of(p.first(), p.second()).equals(Set.of(first.id(), otherNhsNumber.id())));
        assertThat(pairs).filteredOn(p -> p.first().equals(first.id())).allSatisfy(p -> assertThat(p.firstName()).isEqualTo("Hedra Vosper"));
    }

    @Test
    void aRestrictedRecordIsMergedOnlyIntoARestrictedRecord() {
        PersonDetails open = recorded(PersonTestData.child("Lowenna", "Trebilcock", LocalDate.of(2016, 8, 18)));
        PersonDetails restricted = recorded(PersonTestData.child("Lowena", "Trebilcock", LocalDate.of(2016, 8, 18)));
        SignedIn.run("manager", "TEAM_MANAGER", () -> access.restrict(restricted.id(), "Family member works for the council", Set.of()));

        assertThatThrownBy(() -> merge(open.id(), restricted.id(), "Same child"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("mergedId"));
        assertThat(jdbc.sql("SELECT merged_into FROM person.person WHERE id = :id").param("id", restricted.id()).query(UUID.class).optional()).isEmpty();
    }
}
