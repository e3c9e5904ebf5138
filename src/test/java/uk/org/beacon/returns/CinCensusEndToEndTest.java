package uk.org.beacon.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.ObjectMapper;
import uk.org.beacon.EventDelivery;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.PinnedClock;
import uk.org.beacon.assessment.AssessmentContent;
import uk.org.beacon.assessment.AssessmentOutcome;
import uk.org.beacon.childinneed.EpisodeClosure;
import uk.org.beacon.childprotection.ChildProtectionTestData;
import uk.org.beacon.childprotection.conference.ConferenceArrangement;
import uk.org.beacon.childprotection.conference.ConferenceDecision;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.frontdoor.Channel;
import uk.org.beacon.frontdoor.Consent;
import uk.org.beacon.frontdoor.ContactRecord;
import uk.org.beacon.frontdoor.RequestType;
import uk.org.beacon.frontdoor.Urgency;
import uk.org.beacon.person.PersonRecord;
import uk.org.beacon.person.PersonTestData;
import uk.org.beacon.person.UniquePupilNumber;
import uk.org.beacon.returns.cin.CinSchemas;

/**
 * A small authority recorded entirely through the practice JSON API in 2025-26, with Beacon's clock
 * pinned to each day, then its CIN census return fetched through the API, checked against the 2026
 * schema and read back child by child. Maya: a school's referral, an assessment, a strategy discussion
 * and section 47 enquiry, an initial conference that makes a child protection plan, the plan ending
 * at its first review with a step-down to a child in need plan, that plan ending and the episode
 * closing. Theo: a police referral assessed with no factors and closed after assessment (RC8).
 */
class CinCensusEndToEndTest extends BeaconIntegrationTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final CensusYear YEAR = new CensusYear(2026);

    @Autowired PinnedClock clock;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired CinSchemas schemas;

    private void on(LocalDate day, int hour) {
        clock.pin(day, LocalTime.of(hour, 0));
    }

    /** Sends a request as a demo member of staff and returns the JSON answer, failing on anything but a 2xx. */
    private String as(String username, MockHttpServletRequestBuilder request, Object body) throws Exception {
        request.with(httpBasic(username, DemoAuthority.DEMO_PASSWORD));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(username + ": " + response.getContentAsString()).isBetween(200, 299);
        return response.getContentAsString();
    }

    private static String id(String body) {
        return JsonPath.read(body, "$.id");
    }

    private static long version(String body, String path) {
        return ((Number) JsonPath.read(body, path)).longValue();
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private String registerChild(String given, String family, LocalDate born, String upn) throws Exception {
        PersonRecord child = PersonTestData.withUpn(PersonTestData.child(given, family, born), upn, null);
        return id(as("social.worker", post("/api/v1/people"), child));
    }

    /** A contact recorded by the screener and decided at once by the manager: a referral for assessment. */
    private void referForAssessment(String child, String given, String family, LocalDate born, LocalDateTime receivedAt, String source,
            String concern) throws Exception {
        ContactRecord record = new ContactRecord(receivedAt.atZone(UK).toInstant(), Channel.PHONE, source, UUID.fromString(child), given, family,
                born, "DM1 2AB", "12 Test Street", Set.of("NEGLECT"), concern, null, Consent.GIVEN, null, RequestType.SERVICE, Urgency.ROUTINE,
                "Ms Example Caller", "Northgate Academy", "Designated safeguarding lead", "01632 960 001", null, null, null, false);
        String contact = as("screener", post("/api/v1/front-door/contacts"), record);
        as("manager", post("/api/v1/front-door/contacts/" + id(contact) + "/decision").param("version", String.valueOf(version(contact, "$.version"))),
                body("decision", "REFERRAL_FOR_ASSESSMENT", "rationale", "The concerns need a child and family assessment.", "feedback",
                        "Thank you: an assessment will be made."));
        awaitDelivery();
    }

    private String openEpisode(String child) throws Exception {
        List<Map<String, Object>> episodes = JsonPath.read(as("social.worker", get("/api/v1/children/" + child + "/episodes"), null), "$");
        return json.writeValueAsString(episodes.get(0));
    }

    private AssessmentContent content(List<String> factors, AssessmentOutcome outcome, LocalDate seen) {
        return new AssessmentContent(seen, seen, null, "\"I want things to be calmer at home.\"", "Mother wants help with the routines.",
                "Missed meals and a chaotic home.", "A grandmother nearby who helps.", "Two earlier contacts from the school.",
                "White British; English; no disability.", "The child's needs are clear from the visits.", "As the outcome says.", factors, outcome,
                null, null, null);
    }

    /** The assessment written, submitted on {@code writtenOn} and authorised by the manager on {@code authorisedOn}. */
    private void completeAssessment(String child, String assessment, long version, AssessmentContent content, LocalDate writtenOn,
            LocalDate authorisedOn) throws Exception {
        on(writtenOn, 10);
        String saved = as("social.worker", put("/api/v1/children/" + child + "/assessments/" + assessment).param("version", String.valueOf(version)),
                content);
        String submitted = as("social.worker", post("/api/v1/children/" + child + "/assessments/" + assessment + "/submit")
                .param("version", String.valueOf(version(saved, "$.version"))), null);
        on(authorisedOn, 15);
        as("manager", post("/api/v1/children/" + child + "/assessments/" + assessment + "/authorise")
                .param("version", String.valueOf(version(submitted, "$.version"))), body("authorisedOn", authorisedOn.toString(), "rationale",
                "The analysis is sound and the outcome follows from it."));
        awaitDelivery();
    }

    @Test
    void aSmallAuthorityRecordedThroughTheApiMakesAReturnThatPassesTheSchemaWithEveryDateInItsPlace() throws Exception {
        // Monday 2 June 2025: the school phones about Maya; the manager decides on an assessment
        on(LocalDate.of(2025, 6, 2), 9);
        LocalDate mayaBorn = LocalDate.of(2016, 4, 20);
        String mayaUpn = UniquePupilNumber.withCheckLetter("201" + "90000001" + "7");
        String maya = registerChild("Maya", "Census", mayaBorn, mayaUpn);
        referForAssessment(maya, "Maya", "Census", mayaBorn, LocalDateTime.of(2025, 6, 2, 9, 15), "2A",
                "Maya arrives hungry most days and says there is shouting at home.");
        String referral = JsonPath.read(openEpisode(maya), "$.referralId");

        // Tuesday 3 June: the assessment starts
        on(LocalDate.of(2025, 6, 3), 10);
        String assessment = as("social.worker", post("/api/v1/children/" + maya + "/assessments"),
                body("referralId", referral, "startedOn", "2025-06-03"));

        // Monday 9 June: Maya has a bruise; a strategy discussion decides a joint section 47 enquiry, which starts that day
        on(LocalDate.of(2025, 6, 9), 12);
        String discussion = as("social.worker", post("/api/v1/children/" + maya + "/strategy-discussions"),
                ChildProtectionTestData.jointSection47(LocalDateTime.of(2025, 6, 9, 11, 0)));
        String enquiry = as("social.worker", post("/api/v1/children/" + maya + "/section-47-enquiries"),
                body("strategyDiscussionId", id(discussion), "startedOn", "2025-06-09"));
        String enquiryId = id(enquiry);
        assertThat((String) JsonPath.read(enquiry, "$.initialConferenceDue")).as("15 working days after 9 June 2025").isEqualTo("2025-06-30");

        // Friday 13 June: a visit, the outcome "conference needed", signed off by the manager
        on(LocalDate.of(2025, 6, 13), 15);
        String s47 = "/api/v1/children/" + maya + "/section-47-enquiries/" + enquiryId;
        as("social.worker", post(s47 + "/steps"), ChildProtectionTestData.visit(LocalDateTime.of(2025, 6, 13, 10, 0), true));
        String opened = as("social.worker", get(s47), null);
        String outcome = as("social.worker", post(s47 + "/outcome").param("version", String.valueOf(version(opened, "$.version"))),
                body("outcome", "SUBSTANTIATED_CONFERENCE_NEEDED", "concludedOn", "2025-06-13", "outcomeSummary",
                        "The bruise is consistent with Maya's account of being hit; the risk continues."));
        as("manager", post(s47 + "/sign-off").param("version", String.valueOf(version(outcome, "$.version"))),
                body("managerRationale", "Agreed: an initial child protection conference is needed."));
        awaitDelivery();

        // Monday 16 June: the chair arranges the conference for Friday 27 June; held that day, a plan under neglect
        on(LocalDate.of(2025, 6, 16), 9);
        String conferences = "/api/v1/children/" + maya + "/child-protection/conferences";
        String conference = JsonPath.read(as("chair", get(conferences), null), "$[0].id");
        String toArrange = as("chair", get(conferences + "/" + conference), null);
        UUID chair = UUID.fromString(JsonPath.read(as("chair", get("/api/v1/me"), null), "$.id"));
        String arranged = as("chair", post(conferences + "/" + conference + "/arrange").param("version", String.valueOf(version(toArrange, "$.version"))),
                new ConferenceArrangement(LocalDateTime.of(2025, 6, 27, 10, 0), "Civic Centre, room 2", chair, null, null, List.of(), false,
                        "Aged nine: her views gathered by her social worker", List.of("POLICE", "HEALTH_GP", "EDUCATION")));
        on(LocalDate.of(2025, 6, 27), 14);
        as("chair", post(conferences + "/" + conference + "/decision").param("version", String.valueOf(version(arranged, "$.version"))),
                new ConferenceDecision(LocalDate.of(2025, 6, 27), true, "NEG", "Hunger, a chaotic home and a bruise.", "Mother engages.",
                        "Maya is likely to suffer significant harm without a plan.", "The manager agrees.", null, null, null, null));
        awaitDelivery();
        String plans = "/api/v1/children/" + maya + "/child-protection/plans";
        String plan = JsonPath.read(as("social.worker", get(plans), null), "$[0].id");

        // Tuesday 8 to Thursday 10 July: the assessment is finished and authorised
        completeAssessment(maya, id(assessment), version(assessment, "$.version"),
                content(List.of("16A", "3A"), AssessmentOutcome.STRATEGY_DISCUSSION, LocalDate.of(2025, 6, 4)), LocalDate.of(2025, 7, 8),
                LocalDate.of(2025, 7, 10));

        // Thursday 25 September: the first review ends the plan, stepping down to a child in need plan that starts the same day
        on(LocalDate.of(2025, 9, 25), 11);
        String beforeReview = as("chair", get(plans + "/" + plan), null);
        as("chair", post(plans + "/" + plan + "/end").param("version", String.valueOf(version(beforeReview, "$.summary.version"))),
                body("heldOn", "2025-09-25", "summary", "Three months of steady progress; Maya says home is calmer.", "reason",
                        "Risk of significant harm reduced: Maya's needs can be met on a child in need plan", "stepDown", "CIN_PLAN"));
        awaitDelivery();
        String cinPlans = as("social.worker", get("/api/v1/children/" + maya + "/child-in-need-plans"), null);
        assertThat(JsonPath.<String>read(cinPlans, "$[0].startedOn")).as("the step-down started it the day the protection plan ended")
                .isEqualTo("2025-09-25");
        String cinPlanId = JsonPath.read(cinPlans, "$[0].id");

        // Monday 15 December: the child in need plan ends, needs met; Tuesday 16 December the episode closes, RC7
        on(LocalDate.of(2025, 12, 15), 11);
        String runningPlan = as("social.worker", get("/api/v1/children/" + maya + "/child-in-need-plans/" + cinPlanId), null);
        as("social.worker", post("/api/v1/children/" + maya + "/child-in-need-plans/" + cinPlanId + "/end")
                .param("version", String.valueOf(version(runningPlan, "$.summary.version"))),
                body("endedOn", "2025-12-15", "reason", "NEEDS_MET", "note", "Maya's needs are met at home"));
        awaitDelivery();
        on(LocalDate.of(2025, 12, 16), 11);
        String mayaEpisode = openEpisode(maya);
        as("manager", post("/api/v1/children/" + maya + "/episodes/" + JsonPath.read(mayaEpisode, "$.id") + "/close")
                .param("version", String.valueOf(version(mayaEpisode, "$.version"))),
                new EpisodeClosure(LocalDate.of(2025, 12, 16), "RC7", "N1", null, null, null));
        awaitDelivery();

        // Monday 6 October: the police report Theo home alone; assessed by 10 November with no factors found; closed after assessment, RC8
        on(LocalDate.of(2025, 10, 6), 9);
        LocalDate theoBorn = LocalDate.of(2019, 9, 9);
        String theo = registerChild("Theo", "Census", theoBorn, UniquePupilNumber.withCheckLetter("201" + "90000002" + "4"));
        referForAssessment(theo, "Theo", "Census", theoBorn, LocalDateTime.of(2025, 10, 6, 8, 30), "6",
                "Police found Theo at home alone for an hour in the evening.");
        String theoReferral = JsonPath.read(openEpisode(theo), "$.referralId");
        on(LocalDate.of(2025, 10, 7), 10);
        String theoAssessment = as("social.worker", post("/api/v1/children/" + theo + "/assessments"),
                body("referralId", theoReferral, "startedOn", "2025-10-07"));
        completeAssessment(theo, id(theoAssessment), version(theoAssessment, "$.version"),
                content(List.of("21"), AssessmentOutcome.NO_FURTHER_ACTION, LocalDate.of(2025, 10, 8)), LocalDate.of(2025, 11, 10),
                LocalDate.of(2025, 11, 10));
        on(LocalDate.of(2025, 11, 12), 11);
        String theoEpisode = openEpisode(theo);
        as("manager", post("/api/v1/children/" + theo + "/episodes/" + JsonPath.read(theoEpisode, "$.id") + "/close")
                .param("version", String.valueOf(version(theoEpisode, "$.version"))),
                new EpisodeClosure(LocalDate.of(2025, 11, 12), "RC8", "N9", null, null, null));
        awaitDelivery();

        // After the year: the 2025-26 return through the API, as at 31 March 2026
        clock.release();
        byte[] xml = mvc.perform(get("/api/v1/returns/cin-census").param("year", "2026").with(httpBasic("quality", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(schemas.check(YEAR, new ByteArrayInputStream(xml))).isEmpty();
        Document file = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Map<String, Element> children = childrenByLaChildId(file);

        Element mayaChild = children.get(recordNumber(maya));
        assertThat(mayaChild).as("Maya is in the return under her record number").isNotNull();
        Element ids = only(mayaChild, "ChildIdentifiers");
        assertThat(names(ids)).containsExactly("LAchildID", "UPN", "PersonBirthDate", "Sex");
        assertThat(text(ids, "UPN")).isEqualTo(mayaUpn);
        assertThat(text(ids, "PersonBirthDate")).isEqualTo("2016-04-20");
        assertThat(text(ids, "Sex")).isEqualTo("F");
        assertThat(text(only(mayaChild, "ChildCharacteristics"), "Ethnicity")).isEqualTo("WBRI");
        assertThat(texts(only(only(mayaChild, "ChildCharacteristics"), "Disabilities"), "Disability")).containsExactly("NONE");
        Element episode = only(mayaChild, "CINdetails");
        assertThat(names(episode)).containsExactly("CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure",
                "Assessments", "CINPlanDates", "Section47", "ReferralNFA", "ChildProtectionPlans");
        assertThat(text(episode, "CINreferralDate")).isEqualTo("2025-06-02");
        assertThat(text(episode, "ReferralSource")).isEqualTo("2A");
        assertThat(text(episode, "PrimaryNeedCode")).isEqualTo("N1");
        assertThat(text(episode, "CINclosureDate")).isEqualTo("2025-12-16");
        assertThat(text(episode, "ReasonForClosure")).isEqualTo("RC7");
        Element assessed = only(episode, "Assessments");
        assertThat(text(assessed, "AssessmentActualStartDate")).isEqualTo("2025-06-03");
        assertThat(text(assessed, "AssessmentAuthorisationDate")).isEqualTo("2025-07-10");
        assertThat(texts(only(assessed, "FactorsIdentifiedAtAssessment"), "AssessmentFactors")).containsExactlyInAnyOrder("16A", "3A");
        Element cinDates = only(episode, "CINPlanDates");
        assertThat(text(cinDates, "CINPlanStartDate")).isEqualTo("2025-09-25");
        assertThat(text(cinDates, "CINPlanEndDate")).isEqualTo("2025-12-15");
        Element section47 = only(episode, "Section47");
        assertThat(names(section47)).containsExactly("S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired");
        assertThat(text(section47, "S47ActualStartDate")).isEqualTo("2025-06-09");
        assertThat(text(section47, "InitialCPCtarget")).isEqualTo("2025-06-30");
        assertThat(text(section47, "DateOfInitialCPC")).isEqualTo("2025-06-27");
        assertThat(text(section47, "ICPCnotRequired")).isEqualTo("0");
        assertThat(text(episode, "ReferralNFA")).isEqualTo("0");
        Element cpp = only(episode, "ChildProtectionPlans");
        assertThat(text(cpp, "CPPstartDate")).isEqualTo("2025-06-27");
        assertThat(text(cpp, "CPPendDate")).isEqualTo("2025-09-25");
        assertThat(text(cpp, "InitialCategoryOfAbuse")).isEqualTo("NEG");
        assertThat(text(cpp, "LatestCategoryOfAbuse")).isEqualTo("NEG");
        assertThat(text(cpp, "NumberOfPreviousCPP")).isEqualTo("0");
        assertThat(texts(only(cpp, "Reviews"), "CPPreviewDate")).containsExactly("2025-09-25");

        Element theoChild = children.get(recordNumber(theo));
        assertThat(theoChild).as("Theo is in the return under his record number").isNotNull();
        assertThat(text(only(theoChild, "ChildIdentifiers"), "PersonBirthDate")).isEqualTo("2019-09-09");
        Element theoDetails = only(theoChild, "CINdetails");
        assertThat(names(theoDetails)).containsExactly("CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure",
                "Assessments", "ReferralNFA");
        assertThat(text(theoDetails, "CINreferralDate")).isEqualTo("2025-10-06");
        assertThat(text(theoDetails, "ReferralSource")).isEqualTo("6");
        assertThat(text(theoDetails, "PrimaryNeedCode")).isEqualTo("N9");
        assertThat(text(theoDetails, "CINclosureDate")).isEqualTo("2025-11-12");
        assertThat(text(theoDetails, "ReasonForClosure")).isEqualTo("RC8");
        assertThat(text(only(theoDetails, "Assessments"), "AssessmentAuthorisationDate")).isEqualTo("2025-11-10");
        assertThat(texts(only(only(theoDetails, "Assessments"), "FactorsIdentifiedAtAssessment"), "AssessmentFactors")).containsExactly("21");
        assertThat(text(theoDetails, "ReferralNFA")).isEqualTo("0");

        // neither child breaks an error rule: recorded as the journey asks, nothing to fix
        String breaches = as("quality", get("/api/v1/returns/cin-census/breaches").param("year", "2026").param("kind", "ERROR"), null);
        List<String> errorsForThem = JsonPath.read(breaches, "$.breaches[?(@.personId in ['" + maya + "','" + theo + "'])].rule");
        assertThat(errorsForThem).isEmpty();
    }

    private String recordNumber(String personId) {
        return String.valueOf(jdbc.sql("SELECT record_number FROM reporting.person WHERE person_id = :id").param("id", UUID.fromString(personId))
                .query(Long.class).single());
    }

    private static Map<String, Element> childrenByLaChildId(Document file) {
        Map<String, Element> byId = new HashMap<>();
        NodeList children = file.getElementsByTagName("Child");
        for (int i = 0; i < children.getLength(); i++) {
            Element child = (Element) children.item(i);
            byId.put(text(only(child, "ChildIdentifiers"), "LAchildID"), child);
        }
        return byId;
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element only(Element parent, String name) {
        List<Element> found = elements(parent, name);
        assertThat(found).as(parent.getTagName() + "/" + name).hasSize(1);
        return found.get(0);
    }

    private static String text(Element parent, String name) {
        return only(parent, name).getTextContent();
    }

    private static List<String> texts(Element parent, String name) {
        return elements(parent, name).stream().map(Element::getTextContent).toList();
    }

    private static List<String> names(Element parent) {
        return elements(parent, null).stream().map(Element::getTagName).toList();
    }

    private void awaitDelivery() {
        EventDelivery.awaitAll(jdbc, Duration.ofSeconds(60));
    }
}
