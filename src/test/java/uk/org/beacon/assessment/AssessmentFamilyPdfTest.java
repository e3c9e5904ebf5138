package uk.org.beacon.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.org.beacon.SignedIn.as;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ReferralSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.web.RuleViolationException;

class AssessmentFamilyPdfTest extends BeaconIntegrationTest {

    @Autowired Assessments assessments;
    @Autowired People people;
    @Autowired Contacts contacts;
    @Autowired Clocks clocks;

    @Test
    void theFamilysCopyHasTheManagersRationaleInPlainLanguageAndWithholdsWhatOtherPeopleSaid() throws Exception {
        LocalDate today = clocks.today();
        ReferralSummary r = AssessmentTestData.referredChild(people, contacts, "Zoë", "Łukasiewicz", LocalDate.of(2016, 10, 1), today.minusDays(15));
        AssessmentDetails submitted = as("social.worker", "SOCIAL_WORKER", () -> {
            AssessmentDetails a = assessments.start(r.childId(), r.id(), today.minusDays(14));
            a = assessments.saveDraft(a.id(), a.version(), AssessmentTestData.complete(today.minusDays(12)));
            return assessments.submit(a.id(), a.version());
        });
        assertThatThrownBy(() -> as("social.worker", "SOCIAL_WORKER", () -> assessments.familyCopy(submitted.id())))
                .isInstanceOf(RuleViolationException.class);
        as("manager", "TEAM_MANAGER", () -> assessments.authorise(submitted.id(), submitted.version(), today,
                "We agree that help with routines and mum's health will make the biggest difference for Zoë.", null, null));

        byte[] pdf = mvc.perform(get("/children/" + r.childId() + "/assessments/" + submitted.id() + "/family.pdf")
                        .with(user("social.worker").roles("SOCIAL_WORKER")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("What we were worried about", "What you told us", "What your child told us", "What we think",
                    "What happens next", "What the manager decided and why");
            assertThat(text).contains("help with routines and mum's health will make the biggest difference");
            assertThat(text).contains("I get hungry at school").contains("Neglect").contains("child in need plan");
            assertThat(text).doesNotContain("neighbour").doesNotContain("ex-partner still visits");
            assertThat(text).doesNotContain("One earlier contact about school attendance");
            assertThat(text).contains("Zoë Lukasiewicz");
        }
    }
}
