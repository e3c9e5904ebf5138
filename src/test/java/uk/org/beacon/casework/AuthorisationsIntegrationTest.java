package uk.org.beacon.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static uk.org.beacon.SignedIn.as;
import static uk.org.beacon.SignedIn.run;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.frontdoor.ContactDetails;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.People;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RuleViolationException;

@RecordApplicationEvents
class AuthorisationsIntegrationTest extends BeaconIntegrationTest {

    @Autowired Authorisations authorisations;
    @Autowired Allocations allocations;
    @Autowired Contacts contacts;
    @Autowired People people;
    @Autowired Staff staff;
    @Autowired ApplicationEvents events;

    private final LocalDate today = LocalDate.now();

    @Test
    void aWorkersItemAwaitsTheirTeamManagerWhoAuthorisesItOrReturnsItWithTheRationale() {
        UUID child = CaseworkTestData.child(people, "Philippa", "Marchbank", LocalDate.of(2015, 5, 15));
        as("sfs4.manager", "TEAM_MANAGER", () -> allocations.allocate(child, 0, CaseworkTestData.staff(staff, "sfs4.worker1").id(), today,
                "Allocated"));
        UUID assessment = UUID.randomUUID();
        AuthorisationRequest request = new AuthorisationRequest(child, "ASSESSMENT", assessment, "Child and family assessment: recommends a child in need plan",
                "/children/" + child, null);

        AuthorisationSummary asked = as("sfs4.worker1", "SOCIAL_WORKER", () -> authorisations.request(request));

        assertThat(asked.teamName()).isEqualTo("Safeguarding and Family Support 4");
        assertThat(asked.ageInDays()).isZero();
        assertThat(as("sfs4.manager", "TEAM_MANAGER", () -> authorisations.awaiting(today))).anyMatch(a -> a.id().equals(asked.id()));
        assertThat(as("sfs4.manager", "TEAM_MANAGER", () -> authorisations.awaiting(today.minusDays(1)))).noneMatch(a -> a.id().equals(asked.id()));
        assertThat(as("sfs5.manager", "TEAM_MANAGER", () -> authorisations.awaiting(today))).noneMatch(a -> a.id().equals(asked.id()));
        assertThat(as("sfs4.worker1", "SOCIAL_WORKER", () -> authorisations.awaiting(today))).anyMatch(a -> a.id().equals(asked.id()));
        assertThatThrownBy(() -> run("sfs4.worker1", "SOCIAL_WORKER", () -> authorisations.request(request)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("subjectId"));
        assertThatThrownBy(() -> run("sfs5.manager", "TEAM_MANAGER", () -> authorisations.decide(asked.id(), asked.version(), true, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run("sfs4.manager", "TEAM_MANAGER", () -> authorisations.decide(asked.id(), asked.version(), false, "No")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("rationale"));

        AuthorisationSummary returned = as("sfs4.manager", "TEAM_MANAGER", () -> authorisations.decide(asked.id(), asked.version(), false,
                "The analysis does not yet weigh the father's view: see him before concluding"));

        assertThat(returned.status()).isEqualTo("RETURNED");
        assertThat(events.stream(AuthorisationDecided.class).filter(e -> e.authorisationId().equals(asked.id()))).singleElement()
                .satisfies(e -> {
                    assertThat(e.authorised()).isFalse();
                    assertThat(e.subjectId()).isEqualTo(assessment);
                });
        assertThatThrownBy(() -> run("sfs4.manager", "TEAM_MANAGER", () -> authorisations.decide(asked.id(), returned.version(), true, null)))
                .isInstanceOf(EditConflictException.class);
        assertThat(as("sfs4.manager", "TEAM_MANAGER", () -> authorisations.awaiting(today))).noneMatch(a -> a.id().equals(asked.id()));

        AuthorisationSummary again = as("sfs4.worker1", "SOCIAL_WORKER", () -> authorisations.request(request));
        AuthorisationSummary authorised = as("sfs4.manager", "TEAM_MANAGER", () -> authorisations.decide(again.id(), again.version(), true, null));
        assertThat(authorised.status()).isEqualTo("AUTHORISED");
        assertThat(authorised.decidedByName()).isNotBlank();
        assertThat(as("sfs4.manager", "TEAM_MANAGER", () -> authorisations.forChild(child))).hasSize(2);
    }

    @Test
    void aManagerCannotSignOffTheirOwnRequest() {
        UUID child = CaseworkTestData.child(people, "Rufus", "Delacroix", LocalDate.of(2011, 1, 1));
        AuthorisationSummary asked = as("manager", "TEAM_MANAGER", () -> authorisations.request(new AuthorisationRequest(child, "CLOSURE",
                UUID.randomUUID(), "Close the case: needs met", null, null)));
        assertThatThrownBy(() -> run("manager", "TEAM_MANAGER", () -> authorisations.decide(asked.id(), asked.version(), true, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("outcome"));
    }

    @Test
    void theFrontDoorsDecisionsAwaitingAManagersAgreementAreListedWithTheRest() throws Exception {
        mvc.perform(post("/admin/front-door").param("needsAuthorisation", "true").param("reason", "Test: managers agree decisions")
                .with(csrf()).with(user("admin").roles("ADMINISTRATOR")));
        try {
            UUID child = CaseworkTestData.child(people, "Ines", "Vasquez-Hart", LocalDate.of(2017, 2, 2));
            ContactDetails contact = as("screener", "SCREENER", () -> contacts.record(new uk.org.beacon.frontdoor.ContactRecord(
                    java.time.Instant.now().minusSeconds(3600), uk.org.beacon.frontdoor.Channel.PHONE, "2A", child, "Ines", "Vasquez-Hart",
                    LocalDate.of(2017, 2, 2), "DM1 2AB", "12 Test Street", java.util.Set.of("NEGLECT"), "Arrived at school hungry again this week, with the same clothes as last week.",
                    null, uk.org.beacon.frontdoor.Consent.GIVEN, null, uk.org.beacon.frontdoor.RequestType.SERVICE,
                    uk.org.beacon.frontdoor.Urgency.ROUTINE, "Teacher", "School", null, null, null, null, null, false)));
            ContactDetails proposed = as("screener", "SCREENER", () -> contacts.decide(contact.id(), contact.version(),
                    ScreeningDecision.EARLY_HELP, "Needs are emerging; family agrees to early help support.", "Thank you"));

            assertThat(as("sfs3.manager", "TEAM_MANAGER", () -> authorisations.awaiting(today))).anySatisfy(a -> {
                assertThat(a.id()).isEqualTo(proposed.id());
                assertThat(a.source()).isEqualTo("FRONT_DOOR");
                assertThat(a.link()).isEqualTo("/front-door/contacts/" + proposed.id());
                assertThat(a.childName()).isEqualTo("Ines Vasquez-Hart");
            });
            as("manager", "TEAM_MANAGER", () -> contacts.authorise(proposed.id(), proposed.version(), "Agreed"));
        } finally {
            mvc.perform(post("/admin/front-door").param("reason", "Test over: back to the default")
                    .with(csrf()).with(user("admin").roles("ADMINISTRATOR")));
        }
    }
}
