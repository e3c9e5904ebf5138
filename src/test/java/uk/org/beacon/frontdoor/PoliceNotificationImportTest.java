package uk.org.beacon.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.person.PersonTestData;

class PoliceNotificationImportTest extends BeaconIntegrationTest {

    @Autowired PoliceNotifications police;
    @Autowired Contacts contacts;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

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
}
