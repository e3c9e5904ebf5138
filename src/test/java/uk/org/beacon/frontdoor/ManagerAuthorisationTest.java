package uk.org.beacon.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.beacon.SignedIn.as;
import static uk.org.beacon.SignedIn.run;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.person.PersonTestData;
import uk.org.beacon.web.RuleViolationException;

class ManagerAuthorisationTest extends BeaconIntegrationTest {

    @Autowired Contacts contacts;
    @Autowired FrontDoorSettings settings;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    @Test
    void whereTheAuthorityRequiresItAScreenersReferralWaitsForAManagersAgreement() {
        assertThatThrownBy(() -> run("admin", "ADMINISTRATOR", () -> settings.setDecisionsNeedAuthorisation(true, " ")))
                .isInstanceOf(RuleViolationException.class);
        run("admin", "ADMINISTRATOR", () -> settings.setDecisionsNeedAuthorisation(true, "Practice leadership decision, November"));
        try {
            PersonDetails child = as("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.child("Bea", "Cardew", LocalDate.of(2016, 2, 2))));
            ContactDetails marf = as("partner", "PARTNER_LEAD_PROFESSIONAL", () -> contacts.submitAsPartner(FrontDoorTestData.marf("Bea", "Cardew", child.dateOfBirth())));
            ContactDetails linked = as("screener", "SCREENER", () -> contacts.identifyChild(marf.id(), marf.version(), child.id()));
            ContactDetails proposed = as("screener", "SCREENER", () -> contacts.decide(linked.id(), linked.version(),
                    ScreeningDecision.REFERRAL_FOR_ASSESSMENT, "The child's own account of fear at home needs an assessment.", "We are assessing."));

            assertThat(proposed.status()).isEqualTo(ContactStatus.AWAITING_AUTHORISATION);
            assertThat(referrals(marf)).isZero();
            assertThat(as("partner", "PARTNER_LEAD_PROFESSIONAL", contacts::mySubmissions)).filteredOn(s -> s.id().equals(marf.id()))
                    .singleElement().satisfies(s -> assertThat(s.decision()).isNull());
            assertThatThrownBy(() -> run("screener", "SCREENER", () -> contacts.authorise(marf.id(), proposed.version(), null)))
                    .isInstanceOf(AccessDeniedException.class);

            ContactDetails returned = as("manager", "TEAM_MANAGER", () -> contacts.returnDecision(marf.id(), proposed.version(),
                    "Check with the school nurse first"));
            assertThat(returned.status()).isEqualTo(ContactStatus.AWAITING_SCREENING);
            assertThat(returned.decision()).isNull();

            ContactDetails again = as("screener", "SCREENER", () -> contacts.decide(marf.id(), returned.version(),
                    ScreeningDecision.REFERRAL_FOR_ASSESSMENT, "School nurse confirms weight loss; assessment needed.", "We are assessing."));
            ContactDetails agreed = as("manager", "TEAM_MANAGER", () -> contacts.authorise(marf.id(), again.version(), "Agreed"));

            assertThat(agreed.status()).isEqualTo(ContactStatus.DECIDED);
            assertThat(agreed.authorisedBy()).isNotNull();
            assertThat(referrals(marf)).isOne();
        } finally {
            run("admin", "ADMINISTRATOR", () -> settings.setDecisionsNeedAuthorisation(false, "Back to the default after the test"));
        }
    }

    private long referrals(ContactDetails c) {
        return jdbc.sql("SELECT count(*) FROM frontdoor.referral WHERE contact_id = :c").param("c", c.id()).query(Long.class).single();
    }
}
