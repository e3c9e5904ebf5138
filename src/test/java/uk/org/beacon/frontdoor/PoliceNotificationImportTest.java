package uk.org.beacon.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.person.MatchCandidate;
import uk.org.beacon.person.MatchQuery;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.person.PersonMatching;
import uk.org.beacon.person.PersonTestData;

class PoliceNotificationImportTest extends BeaconIntegrationTest {

    @Autowired PoliceNotifications police;
    @Autowired Contacts contacts;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired PersonMatching matching;

    @Test
    void aBatchKeepsItsGoodRowsReportsItsBadRowsAndImportingItAgainCreatesNothingNew() {
        PersonDetails known = as("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.withAddress(
                PersonTestData.child("Bronwen", "Cattermole", LocalDate.of(2014, 8, 19)), "6 Lock Street", "DM4 2EF")));
        String csv = """
                police_reference,received_at,child_given_name,child_family_name,child_date_of_birth,child_nhs_number,address_line1,postcode,other_children,concerns,summary,police_assessment,officer_name,officer_phone,consent,consent_note
                T-PPN-1,2026-11-21 23:40,Bronwen,Cattermole,2014-08-19,%s,6 Lock Street,DM4 2EF,Dai Cattermole 2018-01-01,DOMESTIC_ABUSE,"Police called to the home; argument between adults, child present.",MEDIUM,PC Example,01632 960 100,NOT_SOUGHT,
                T-PPN-2,2026-11-22 01:10,Cerys,Dunstable,2012-03-04,,9 Wharf Road,DM5 1GH,,MISSING,"Reported missing at 22:00, found at 00:45 in the town centre.",HIGH,DC Example,,GIVEN,
                T-PPN-3,2026-11-22 09:00,Dylan,Eastwood,2013-10-10,,2 Park Road,DM6 3JL,,OTHER,"Witnessed a road traffic collision; well supported by family.",NO_COUNCIL_RESPONSE,PC Example,,GIVEN,
                T-PPN-4,22/11/2026,Elin,Fairley,2011-01-01,,1 Moat Lane,DM7 4LN,,NEGLECT,"Home conditions concern.",MEDIUM,PC Example,,GIVEN,
                T-PPN-5,2026-11-22 10:00,Ffion,Garside,2010-02-02,,3 Moat Lane,DM7 4LN,,NEGLECT,"Home conditions concern.",SEVERE,PC Example,,GIVEN,
                """.formatted(known.nhsNumber());
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        ImportResult first = as("screener", "SCREENER", () -> police.importFile("monday.csv", file));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.imported()).as("errors: %s", first.errors()).isEqualTo(3);
        assertThat(first.filedAsInformation()).isEqualTo(1);
        assertThat(first.childrenMatched()).isGreaterThanOrEqualTo(1);
        assertThat(first.errors()).extracting(ImportResult.RowError::line).containsExactly(5, 6);
        assertThat(first.errors().get(0).problems()).containsKey("received_at");
        assertThat(first.errors().get(1).problems()).containsKey("police_assessment");

        ContactDetails linked = contacts.findByPoliceReference("T-PPN-1").orElseThrow();
        assertThat(linked.childId()).isEqualTo(known.id());
        assertThat(linked.referralSource()).isEqualTo("6");
        assertThat(linked.policeAssessment()).isEqualTo("MEDIUM");
        ContactDetails filed = contacts.findByPoliceReference("T-PPN-3").orElseThrow();
        assertThat(filed.status()).isEqualTo(ContactStatus.FILED_AS_INFORMATION);
        assertThat(as("screener", "SCREENER", contacts::awaitingScreening)).extracting(ContactDetails::id)
                .contains(linked.id()).doesNotContain(filed.id());

        ImportResult again = as("screener", "SCREENER", () -> police.importFile("monday.csv", file));
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyHeld()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM frontdoor.contact WHERE police_reference LIKE 'T-PPN-%'").query(Long.class).single()).isEqualTo(3);
    }
    @Test
    void eachRowIsLinkedToTheChildACheckOnItsOwnWouldChooseAndAChildNotKnownIsAddedOnlyOnce() {
        PersonDetails ffion = as("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.withAddress(
                PersonTestData.child("Ffion", "Hartwell", LocalDate.of(2013, 5, 6)), "4 Quay Street", "DM3 1AB")));
        PersonDetails gethin = as("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.withAddress(
                PersonTestData.child("Gethin", "Ironside", LocalDate.of(2010, 11, 30)), "9 Mill Lane", "DM3 4DE")));
        String header = "police_reference,received_at,child_given_name,child_family_name,child_date_of_birth,child_nhs_number,address_line1,postcode,concerns,summary,police_assessment\n";
        List<String> rows = List.of(
                "T-SAME-1,2026-11-21 20:00,Ffion,Hartwell,2013-05-06,,4 Quay Street,DM3 1AB,NEGLECT,Home conditions.,MEDIUM",
                "T-SAME-2,2026-11-21 20:10,Ffion,Hartwel,2013-06-05,,,DM3 1AB,NEGLECT,Home conditions.,MEDIUM",
                "T-SAME-3,2026-11-21 20:20,Geth,Ironsyde,,%s,,,MISSING,Missing overnight.,HIGH".formatted(gethin.nhsNumber()),
                "T-SAME-4,2026-11-21 20:30,Hywel,Quennevais,2015-02-03,,2 Dock Road,DM3 7EF,DOMESTIC_ABUSE,Incident at home.,MEDIUM",
                "T-SAME-5,2026-11-21 20:40,Hywel,Quennevais,2015-02-03,,2 Dock Road,DM3 7EF,DOMESTIC_ABUSE,Second incident.,HIGH",
                "T-SAME-6,2026-11-21 20:50,Ffion,Hartwell,,,,,OTHER,Seen with older youths.,STANDARD");
        List<MatchQuery> queries = Arrays.asList(
                new MatchQuery("Ffion", "Hartwell", LocalDate.of(2013, 5, 6), null, null, "DM3 1AB", "4 Quay Street"),
                new MatchQuery("Ffion", "Hartwel", LocalDate.of(2013, 6, 5), null, null, "DM3 1AB", null),
                new MatchQuery("Geth", "Ironsyde", null, gethin.nhsNumber(), null, null, null),
                new MatchQuery("Hywel", "Quennevais", LocalDate.of(2015, 2, 3), null, null, "DM3 7EF", "2 Dock Road"),
                null,
                new MatchQuery("Ffion", "Hartwell", null, null, null, null, null));
        // what a screener checking each row on its own would link it to (the fifth is the child the fourth adds)
        List<UUID> onTheirOwn = new ArrayList<>();
        for (MatchQuery q : queries) {
            List<MatchCandidate> found = q == null ? List.of() : as("screener", "SCREENER", () -> matching.candidates(q));
            onTheirOwn.add(!found.isEmpty() && found.get(0).score() >= PoliceNotifications.LINK_THRESHOLD ? found.get(0).personId() : null);
        }

        ImportResult result = as("screener", "SCREENER", () -> police.importFile("same.csv",
                (header + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8)));

        assertThat(result.imported()).as("errors: %s", result.errors()).isEqualTo(6);
        assertThat(onTheirOwn.get(0)).isEqualTo(ffion.id());
        assertThat(onTheirOwn.get(2)).isEqualTo(gethin.id());
        assertThat(onTheirOwn.get(3)).as("not known before the import").isNull();
        for (int i : List.of(0, 2, 5)) {
            assertThat(contacts.findByPoliceReference("T-SAME-" + (i + 1)).orElseThrow().childId()).as("row %d", i + 1).isEqualTo(onTheirOwn.get(i));
        }
        // not linked on its own: a child with a date of birth is added, as the import does for every row it cannot link
        UUID second = contacts.findByPoliceReference("T-SAME-2").orElseThrow().childId();
        assertThat(second).isNotNull().isNotIn(ffion.id(), gethin.id());
        assertThat(onTheirOwn.get(1)).isNull();
        UUID hywel = contacts.findByPoliceReference("T-SAME-4").orElseThrow().childId();
        assertThat(hywel).isNotNull().isNotEqualTo(second);
        assertThat(contacts.findByPoliceReference("T-SAME-5").orElseThrow().childId()).isEqualTo(hywel);
        assertThat(result.childrenCreated()).isEqualTo(2);
        assertThat(as("screener", "SCREENER", () -> matching.candidates(queries.get(3))).get(0).personId()).isEqualTo(hywel);
    }

    @Test
    void aRowRefusedAfterItsChildWasAddedLeavesNothingBehindAndTheRowsAroundItAreKept() {
        String csv = """
                police_reference,received_at,child_given_name,child_family_name,child_date_of_birth,postcode,concerns,summary,police_assessment
                T-UNDO-1,2026-11-22 08:00,Idris,Jagger,2014-03-03,DM4 9GH,NEGLECT,Home conditions.,MEDIUM
                T-UNDO-2,2026-11-22 08:10,Iolo,Kettlewell,2012-12-12,DM4 9GH,NOT_A_CONCERN,Home conditions.,MEDIUM
                T-UNDO-3,2026-11-22 08:20,Isolde,Jagger,2016-06-16,DM4 9GH,NEGLECT,Home conditions.,MEDIUM
                """;

        ImportResult result = as("screener", "SCREENER", () -> police.importFile("undo.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.childrenCreated()).isEqualTo(2);
        assertThat(result.errors()).extracting(ImportResult.RowError::line).containsExactly(3);
        assertThat(result.errors().get(0).problems()).containsKey("concerns");
        assertThat(jdbc.sql("SELECT count(*) FROM person.person WHERE family_name = 'Kettlewell'").query(Long.class).single()).isZero();
        assertThat(contacts.findByPoliceReference("T-UNDO-2")).isEmpty();
        assertThat(contacts.findByPoliceReference("T-UNDO-3")).isPresent();
    }
}
