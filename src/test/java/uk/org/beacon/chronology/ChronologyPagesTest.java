package uk.org.beacon.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.org.beacon.SignedIn.as;
import static uk.org.beacon.SignedIn.run;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.casework.ChildRecordSection;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.person.PersonTestData;

class ChronologyPagesTest extends BeaconIntegrationTest {

    private static final RequestPostProcessor WORKER = user("social.worker").roles("SOCIAL_WORKER");
    private static final RequestPostProcessor API_WORKER = httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD);

    @Autowired ChronologyEntries chronology;
    @Autowired People people;
    @Autowired RecordAccess access;
    @Autowired ChildRecordSection[] sections;
    @Autowired SpringTemplateEngine templates;

    private PersonDetails child(String given, String family, LocalDate born) {
        return as("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.child(given, family, born)));
    }

    private ChronologyEntryDetails add(UUID childId, LocalDate on, EntryType type, String title, String summary, boolean significant, boolean thirdParty) {
        return as("social.worker", "SOCIAL_WORKER", () -> chronology.add(childId, new CuratedEntry(on, null, type, title, summary, null,
                significant, "School report", thirdParty)));
    }

    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theChronologyShowsSignificantEntriesInDateOrderFlagsMissingImpactAndFiltersWithoutJavaScript() throws Exception {
        PersonDetails child = child("Poppy", "Lindqvist", LocalDate.of(2015, 6, 1));
        add(child.id(), LocalDate.of(2026, 2, 3), EntryType.HEALTH, "Missed hearing test", "Not brought to audiology.", true, false);
        add(child.id(), LocalDate.of(2026, 1, 14), EntryType.EDUCATION, "Excluded for a day", "Fight in the playground.", true, false);
        add(child.id(), LocalDate.of(2026, 1, 20), EntryType.OTHER, "Library card", "Joined the library.", false, false);

        String page = mvc.perform(get("/children/" + child.id() + "/chronology").with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Poppy Lindqvist")))
                .andExpect(content().string(containsString("Significant events only")))
                .andExpect(content().string(containsString("2 significant entries have")))
                .andExpect(content().string(containsString("Record impact")))
                .andExpect(content().string(not(containsString("Library card"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Excluded for a day")).isLessThan(page.indexOf("Missed hearing test"));

        mvc.perform(get("/children/" + child.id() + "/chronology").param("show", "ALL").param("order", "newest").with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Library card")))
                .andExpect(content().string(containsString("&amp;show=ALL&amp;order=newest")));
        mvc.perform(get("/children/" + child.id() + "/chronology").param("type", "HEALTH").with(WORKER))
                .andExpect(content().string(containsString("Missed hearing test")))
                .andExpect(content().string(not(containsString("Excluded for a day"))));
        mvc.perform(get("/children/" + child.id() + "/chronology").param("fromDay", "31").param("fromMonth", "2").param("fromYear", "2026").with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#fromDay\"")))
                .andExpect(content().string(containsString("The start date must be a real date")));
    }

    @Test
    void aWorkerRecordsTheImpactInlineAndAnEmptyImpactIsShownAtTheFieldWithWhatTheyTyped() throws Exception {
        PersonDetails child = child("Arlo", "Whitcombe", LocalDate.of(2014, 9, 9));
        ChronologyEntryDetails entry = add(child.id(), LocalDate.of(2026, 2, 3), EntryType.POLICE, "Police called to the home", "Neighbours heard a fight.", true, false);
        String list = "/children/" + child.id() + "/chronology";

        MvcResult empty = mvc.perform(post(list + "/entries/" + entry.id() + "/impact").with(csrf()).with(WORKER)
                        .param("version", String.valueOf(entry.version())).param("impact", "  ").param("query", "show=ALL"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith(list + "?show=ALL#entry-" + entry.id())))
                .andReturn();
        mvc.perform(get(list).param("show", "ALL").flashAttrs(empty.getFlashMap()).with(WORKER))
                .andExpect(content().string(containsString("href=\"#impact-" + entry.id() + "\"")))
                .andExpect(content().string(containsString("id=\"impact-" + entry.id() + "-error\"")))
                .andExpect(content().string(containsString("<details class=\"govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0\" open")));

        MvcResult saved = mvc.perform(post(list + "/entries/" + entry.id() + "/impact").with(csrf()).with(WORKER)
                        .param("version", String.valueOf(entry.version())).param("impact", "Arlo hid under his bed and could not sleep")
                        .param("query", "show=ALL\r\nLocation: elsewhere"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith(list + "#entry-" + entry.id())))
                .andReturn();
        mvc.perform(get(list).flashAttrs(saved.getFlashMap()).with(WORKER))
                .andExpect(content().string(containsString("Impact on the child recorded")))
                .andExpect(content().string(containsString("Arlo hid under his bed and could not sleep")));

        mvc.perform(post(list + "/entries/" + entry.id() + "/impact").with(csrf()).with(user("sfs1.worker1").roles("SOCIAL_WORKER"))
                        .param("version", String.valueOf(entry.version())).param("impact", "Written over the top").param("back", "entry"))
                .andExpect(header().string("Location", endsWith(list + "/entries/" + entry.id())));
        assertThat(as("social.worker", "SOCIAL_WORKER", () -> chronology.entry(child.id(), entry.id())).impact())
                .isEqualTo("Arlo hid under his bed and could not sleep");
    }

    @Test
    void anEntryAddedByHandNeedsItsFieldsAndTheEntryPageChangesSignificanceMarksThirdPartyInformationAndVoids() throws Exception {
        PersonDetails child = child("Esme", "Rowntree", LocalDate.of(2017, 4, 4));
        String base = "/children/" + child.id() + "/chronology";
        mvc.perform(get(base + "/new").with(WORKER)).andExpect(status().isOk()).andExpect(content().string(containsString("Add an entry")));
        mvc.perform(post(base + "/new").with(csrf()).with(WORKER).param("occurredOnDay", "").param("significant", "yes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#occurredOnDay\"")))
                .andExpect(content().string(containsString("href=\"#type\"")))
                .andExpect(content().string(containsString("href=\"#title\"")))
                .andExpect(content().string(containsString("href=\"#summary\"")));
        MvcResult added = mvc.perform(post(base + "/new").with(csrf()).with(WORKER)
                        .param("occurredOnDay", "6").param("occurredOnMonth", "2").param("occurredOnYear", "2026").param("occurredTime", "15.30")
                        .param("type", "FAMILY").param("title", "Grandmother moved in").param("summary", "Grandmother now cares for Esme after school.")
                        .param("significant", "yes").param("source", "Mother, at a home visit").param("thirdParty", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = added.getResponse().getRedirectedUrl();
        UUID entryId = UUID.fromString(location.substring(location.indexOf("#entry-") + 7));
        ChronologyEntryDetails entry = as("social.worker", "SOCIAL_WORKER", () -> chronology.entry(child.id(), entryId));
        assertThat(entry.occurredTime()).hasToString("15:30");
        assertThat(entry.thirdParty()).isTrue();

        String entryPage = base + "/entries/" + entryId;
        mvc.perform(get(entryPage).with(WORKER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Grandmother moved in")))
                .andExpect(content().string(containsString("Yes: withheld from the family")))
                .andExpect(content().string(containsString("Change this entry")));
        mvc.perform(post(entryPage + "/significance").with(csrf()).with(WORKER).param("version", String.valueOf(entry.version()))
                        .param("significant", "no").param("significanceReason", "Part of ordinary family life"))
                .andExpect(header().string("Location", endsWith(entryPage)));
        ChronologyEntryDetails routine = as("social.worker", "SOCIAL_WORKER", () -> chronology.entry(child.id(), entryId));
        assertThat(routine.significant()).isFalse();
        MvcResult tooShort = mvc.perform(post(entryPage + "/void").with(csrf()).with(WORKER).param("version", String.valueOf(routine.version()))
                        .param("voidReason", "wrong"))
                .andExpect(header().string("Location", endsWith(entryPage))).andReturn();
        mvc.perform(get(entryPage).flashAttrs(tooShort.getFlashMap()).with(WORKER))
                .andExpect(content().string(containsString("href=\"#voidReason\"")))
                .andExpect(content().string(containsString(">wrong</textarea>")));
        mvc.perform(post(entryPage + "/void").with(csrf()).with(WORKER).param("version", String.valueOf(routine.version()))
                        .param("voidReason", "Recorded on the wrong child's file"))
                .andExpect(header().string("Location", endsWith(base)));
        mvc.perform(get(entryPage).with(WORKER))
                .andExpect(content().string(containsString("This entry was voided")))
                .andExpect(content().string(not(containsString("id=\"void-form\""))));
    }

    @Test
    void thePrintedChronologyForTheFamilyWithholdsThirdPartyInformationAndTheCourtsCopyKeepsIt() throws Exception {
        PersonDetails child = child("Harriet", "Quennell", LocalDate.of(2016, 12, 25));
        add(child.id(), LocalDate.of(2026, 1, 9), EntryType.EDUCATION, "Attendance fell", "Attendance 81% this term.", true, false);
        add(child.id(), LocalDate.of(2026, 1, 10), EntryType.FAMILY, "Uncle's prison release", "Uncle Example released on licence; lives nearby.", true, true);
        String base = "/children/" + child.id() + "/chronology.pdf";

        byte[] court = mvc.perform(get(base).param("for", "court").with(WORKER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("chronology-for-court-")))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] family = mvc.perform(get(base).param("for", "family").with(WORKER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        String courtText = pdfText(court);
        assertThat(courtText).contains("Harriet Quennell", "25 December 2016", "The court (complete)", "Uncle Example released on licence",
                "Attendance 81% this term", "by Jordan Social-Worker");
        String familyText = pdfText(family);
        assertThat(familyText).contains("Harriet Quennell", "The family (information about other people withheld)",
                "[information withheld: third party]", "Attendance 81% this term");
        assertThat(familyText).doesNotContain("Uncle Example").doesNotContain("prison release");
    }

    @Test
    void aRestrictedChildsChronologyLeadsToTheRestrictedRecordPage() throws Exception {
        PersonDetails child = child("Ivo", "Castellane", LocalDate.of(2012, 3, 3));
        run("manager", "TEAM_MANAGER", () -> access.restrict(child.id(), "Witness protection", Set.of()));
        mvc.perform(get("/children/" + child.id() + "/chronology").with(WORKER))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/people/" + child.id() + "/restricted"));
        mvc.perform(get("/api/v1/children/" + child.id() + "/chronology").with(API_WORKER))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.restricted").value(true));
    }

    @Test
    void theApiListsAddsAndChangesEntriesWithTheSameRulesAndOptimisticLocking() throws Exception {
        PersonDetails child = child("Kasimir", "Threlfall", LocalDate.of(2013, 7, 7));
        String base = "/api/v1/children/" + child.id() + "/chronology";
        mvc.perform(post(base).with(API_WORKER).contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"CONTACT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasKey("occurredOn")))
                .andExpect(jsonPath("$.errors", hasKey("type")))
                .andExpect(jsonPath("$.errors", hasKey("summary")));
        String created = mvc.perform(post(base).with(API_WORKER).contentType(MediaType.APPLICATION_JSON).content("""
                        {"occurredOn":"2026-02-02","occurredTime":"10:15","type":"HEALTH","title":"Dental abscess untreated",
                         "summary":"The dentist reports pain for weeks.","source":"Dentist's letter"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.significant").value(true))
                .andExpect(jsonPath("$.impact").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(post(base + "/" + id + "/impact").param("version", "0").with(API_WORKER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"impact\":\"Kasimir cannot eat properly and misses school\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(post(base + "/" + id + "/third-party").param("version", "0").with(API_WORKER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"thirdParty\":true}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get(base).param("show", "ALL").with(API_WORKER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Dental abscess untreated"))
                .andExpect(jsonPath("$[0].impact").value("Kasimir cannot eat properly and misses school"));
        mvc.perform(get(base + "/print").param("for", "family").with(API_WORKER))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/v3/api-docs")).andExpect(jsonPath("$.paths", hasKey("/api/v1/children/{childId}/chronology")));
    }

    @Test
    void theChildsRecordPageShowsTheLatestSignificantEntriesWithALinkToTheFullChronology() {
        PersonDetails child = child("Wren", "Abbotsley", LocalDate.of(2019, 1, 19));
        add(child.id(), LocalDate.of(2026, 1, 3), EntryType.HEALTH, "Admitted with bronchiolitis", "Three nights on the ward.", true, false);
        add(child.id(), LocalDate.of(2026, 1, 4), EntryType.OTHER, "Routine thing", "Nothing much.", false, false);
        ChildRecordSection section = java.util.Arrays.stream(sections).filter(s -> s.fragment().startsWith("chronology/")).findFirst().orElseThrow();

        Map<String, Object> model = as("social.worker", "SOCIAL_WORKER", () -> section.model(child.id()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/children/" + child.id());
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(new MockServletContext())
                .buildExchange(request, new MockHttpServletResponse()), Locale.UK, model);
        String html = templates.process("chronology/record-section", Set.of("section"), context);

        assertThat(html).contains("Admitted with bronchiolitis", "1 significant entry needs its impact recorded",
                "href=\"/children/" + child.id() + "/chronology\"").doesNotContain("Routine thing");
        Map<String, Object> forPartner = as("partner", "PARTNER_LEAD_PROFESSIONAL", () -> section.model(child.id()));
        assertThat(templates.process("chronology/record-section", Set.of("section"), new WebContext(JakartaServletWebApplication
                .buildApplication(new MockServletContext()).buildExchange(request, new MockHttpServletResponse()), Locale.UK, forPartner)))
                .doesNotContain("Chronology");
    }
}
