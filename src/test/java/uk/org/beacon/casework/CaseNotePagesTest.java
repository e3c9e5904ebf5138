package uk.org.beacon.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.SignedIn;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.person.People;

class CaseNotePagesTest extends BeaconIntegrationTest {

    private static final RequestPostProcessor WORKER = user("social.worker").roles("SOCIAL_WORKER");

    @Autowired People people;
    @Autowired CaseNotes notes;
    @Autowired RecordAccess access;

    private UUID child(String given, String family) {
        return SignedIn.as("social.worker", "SOCIAL_WORKER", () -> people.register(CaseNoteTestData.child(given, family)).id());
    }

    private static MockHttpServletRequestBuilder note(MockHttpServletRequestBuilder post, LocalDateTime at) {
        return post.param("noteType", "HOME_VISIT").param("occurredAtDay", String.valueOf(at.getDayOfMonth()))
                .param("occurredAtMonth", String.valueOf(at.getMonthValue())).param("occurredAtYear", String.valueOf(at.getYear()))
                .param("occurredAtTime", String.format("%02d:%02d", at.getHour(), at.getMinute())).param("title", "Home visit")
                .with(csrf()).with(WORKER);
    }

    @Test
    void badInputIsShownAtEachFieldAndTheRestOfTheDraftIsKept() throws Exception {
        UUID child = child("Nia", "Wetherall");
        LocalDateTime tomorrow = notes.now().plusDays(1);
        mvc.perform(note(post("/children/" + child + "/notes/new"), tomorrow).param("childSeenAlone", "true")
                        .param("wishesAndFeelings", "I miss my dog").param("action", "finalise"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#occurredAtDay\"")))
                .andExpect(content().string(containsString("The date and time of the note must be now or in the past")))
                .andExpect(content().string(containsString("id=\"childSeenAlone-error\"")))
                .andExpect(content().string(containsString("id=\"text-error\"")))
                .andExpect(content().string(containsString("Write the note before finalising it")))
                .andExpect(content().string(containsString("id=\"saved-with-problems\"")))
                .andExpect(content().string(containsString("I miss my dog")));

        assertThat(SignedIn.as("social.worker", "SOCIAL_WORKER", () -> notes.myDrafts(child))).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Home visit");
            assertThat(d.occurredAt()).isNull();
            assertThat(d.childSeenAlone()).isFalse();
        });
        mvc.perform(get("/children/" + child + "/notes").with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Draft in progress")));
    }

    @Test
    void aTimeThatCannotBeReadIsShownAtTheTimeField() throws Exception {
        UUID child = child("Ola", "Yardley");
        mvc.perform(note(post("/children/" + child + "/notes/new"), notes.now().minusDays(1)).param("occurredAtTime", "half past")
                        .param("text", "Saw Ola.").param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#occurredAtTime\"")))
                .andExpect(content().string(containsString("Enter the time like 09:30")));
    }

    @Test
    void aSocialWorkerWritesSavesAndFinalisesAVisitAndItIsListed() throws Exception {
        UUID child = child("Pip", "Zennor");
        LocalDateTime yesterday = notes.now().minusDays(1).withHour(14).withMinute(0);
        String location = mvc.perform(note(post("/children/" + child + "/notes/new"), yesterday).param("childSeen", "true")
                        .param("text", "Pip showed me his room.").param("action", "save"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/children/*/notes/*/edit"))
                .andReturn().getResponse().getRedirectedUrl();
        String noteId = location.split("/")[4];
        mvc.perform(get(location).with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pip showed me his room.")))
                .andExpect(content().string(containsString("cannot be changed")));
        mvc.perform(note(post(location), yesterday).param("noteId", noteId).param("version", "0").param("childSeen", "true")
                        .param("text", "Pip showed me his room and his drawings.").param("action", "finalise"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/children/*/notes/" + noteId));
        mvc.perform(get("/children/" + child + "/notes/" + noteId).with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This note is finalised: it cannot be changed")))
                .andExpect(content().string(containsString("Add an appendment")));
        mvc.perform(get("/children/" + child + "/notes").param("type", "HOME_VISIT").with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 note found")))
                .andExpect(content().string(not(containsString("Draft in progress"))));
    }

    @Test
    void theAutomaticSaveKeepsANewDraftAndAnswersWithItsVersion() throws Exception {
        UUID child = child("Quin", "Ashdown");
        mvc.perform(note(post("/children/" + child + "/notes/autosave"), notes.now().minusHours(2)).param("text", "Typing…"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Replace-Url", containsString("/edit")))
                .andExpect(content().string(containsString("Draft saved at")))
                .andExpect(content().string(containsString("hx-swap-oob")));
        assertThat(SignedIn.as("social.worker", "SOCIAL_WORKER", () -> notes.myDrafts(child))).hasSize(1);

        UUID untouched = child("Rue", "Blackmore");
        mvc.perform(post("/children/" + untouched + "/notes/autosave").param("noteType", "HOME_VISIT").param("occurredAtDay", "1")
                        .param("occurredAtMonth", "2").param("occurredAtYear", "2026").param("occurredAtTime", "10:00").with(csrf()).with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Draft saved"))));
        assertThat(SignedIn.as("social.worker", "SOCIAL_WORKER", () -> notes.myDrafts(untouched))).isEmpty();
    }

    @Test
    void aRestrictedChildsNotesSendTheWorkerToTheRestrictedPage() throws Exception {
        UUID child = child("Sol", "Carbery");
        SignedIn.run("manager", "TEAM_MANAGER", () -> access.restrict(child, "Staff member is a relative", Set.of()));
        mvc.perform(get("/children/" + child + "/notes").with(WORKER))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/people/" + child + "/restricted"));
    }

    @Test
    void theApiCreatesSavesFinalisesAndAppendsWithTheSameRules() throws Exception {
        UUID child = child("Tam", "Dunmore");
        String base = "/api/v1/children/" + child + "/case-notes";
        String at = notes.now().minusDays(1).withHour(9).withMinute(30).withSecond(0).withNano(0).toString();
        String created = mvc.perform(post(base).with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"noteType\":\"PHONE_CALL\",\"occurredAt\":\"" + at + "\",\"title\":\"Call with GP\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(post(base + "/" + id + "/finalise").param("version", "0").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.text").value("Write the note before finalising it"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(base + "/" + id).param("version", "0")
                        .with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"noteType\":\"PHONE_CALL\",\"occurredAt\":\"" + at + "\",\"title\":\"Call with GP\",\"text\":\"GP has no concerns.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(post(base + "/" + id + "/finalise").param("version", "1").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINALISED"));
        mvc.perform(post(base + "/" + id + "/appendments").with(httpBasic("manager", DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Seen in supervision.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.appendments[0].appendedByName").value("Morgan Manager"));
        String withFile = mvc.perform(multipart(base + "/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "gp-letter.txt", "text/plain", "Letter from the GP".getBytes()))
                        .with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String attachment = JsonPath.read(withFile, "$.attachments[0].id");
        mvc.perform(get(base + "/" + id + "/attachments/" + attachment).with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("gp-letter.txt")))
                .andExpect(content().string("Letter from the GP"));
        mvc.perform(get(base).param("type", "PHONE_CALL").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/children/{childId}/case-notes']").exists());
    }

    @Test
    void aLateVisitAsksWhyAtTheLateReasonFieldsBeforeItIsFinalised() throws Exception {
        UUID child = child("Una", "Ellery");
        SignedIn.as("social.worker", "SOCIAL_WORKER", () -> notes.startVisitingStandard(child, "T9", notes.now().toLocalDate().minusDays(60)));
        LocalDateTime yesterday = notes.now().minusDays(1).withHour(11).withMinute(0);
        mvc.perform(note(post("/children/" + child + "/notes/new"), yesterday).param("childSeen", "true")
                        .param("text", "Una seen at home.").param("action", "finalise"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"late-visit-warning\"")))
                .andExpect(content().string(containsString("href=\"#lateReasonCode\"")))
                .andExpect(content().string(containsString("id=\"lateReasonText-error\"")));
    }

    @Test
    void anAppendmentAndAFileAreAddedToAFinalisedNoteFromItsPage() throws Exception {
        UUID child = child("Vic", "Fairbairn");
        CaseNoteDetails done = SignedIn.as("social.worker", "SOCIAL_WORKER", () -> {
            CaseNoteDetails d = notes.startDraft(child, CaseNoteTestData.phoneCall(notes.now().minusDays(1)));
            return notes.finalise(d.id(), d.version(), null, null);
        });
        String page = "/children/" + child + "/notes/" + done.id();
        mvc.perform(post(page + "/appendments").param("appendment", " ").with(csrf()).with(WORKER))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/appendments").param("appendment", "School confirmed by letter.").with(csrf()).with(WORKER))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart(page + "/attachments").file(new MockMultipartFile("file", "letter.exe", "application/pdf", "MZ".getBytes()))
                        .with(csrf()).with(WORKER))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("attachmentErrors"));
        mvc.perform(multipart(page + "/attachments").file(new MockMultipartFile("file", "letter.pdf", "application/pdf", "%PDF-1.7 letter".getBytes()))
                        .param("description", "Letter from school").with(csrf()).with(WORKER))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("School confirmed by letter.")))
                .andExpect(content().string(containsString("letter.pdf")))
                .andExpect(content().string(containsString("Letter from school")));
        mvc.perform(get(page).flashAttr("appended", true).with(WORKER))
                .andExpect(content().string(containsString("Appendment added.")));
    }

    @Test
    void whatWasTypedWhenTheSessionEndedDuringAnAutomaticSaveIsSavedIntoTheDraftAfterSigningIn() throws Exception {
        UUID child = child("Wyn", "Garside");
        String path = "/children/" + child + "/notes/autosave";
        var expired = mvc.perform(note(post(path), notes.now().minusHours(1)).param("text", "Typed just before the session ended")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        jakarta.servlet.http.Cookie kept = expired.getResponse().getCookie("BEACON_DRAFT");
        assertThat(kept).isNotNull();

        mvc.perform(get(path).cookie(kept).with(WORKER))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/children/*/notes/*/edit"));
        assertThat(SignedIn.as("social.worker", "SOCIAL_WORKER", () -> notes.myDrafts(child))).singleElement()
                .satisfies(d -> assertThat(d.excerpt()).isEqualTo("Typed just before the session ended"));
    }
}
