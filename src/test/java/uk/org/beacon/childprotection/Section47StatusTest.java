package uk.org.beacon.childprotection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.org.beacon.StatusDiagrams;

class Section47StatusTest {

    @Test
    void anEnquiryAwaitsSignOffCanBeReturnedAndOnceConcludedIsFinal() {
        assertThat(Section47Rules.allowed(Section47Rules.Status.OPEN, Section47Rules.Status.CONCLUDED)).isFalse();
        assertThat(Section47Rules.allowed(Section47Rules.Status.AWAITING_SIGN_OFF, Section47Rules.Status.OPEN)).isTrue();
        assertThat(Section47Rules.TRANSITIONS.get(Section47Rules.Status.CONCLUDED)).isEmpty();

        String diagram = StatusDiagrams.render("Section 47 enquiry: allowed status changes", Section47Rules.Status.OPEN,
                Section47Rules.TRANSITIONS, s -> switch (s) {
                    case OPEN -> "Enquiry in progress";
                    case AWAITING_SIGN_OFF -> "Outcome awaiting a manager's sign-off";
                    case CONCLUDED -> "Signed off (conference needed or ICPCnotRequired)";
                });
        assertThat(diagram).contains("OPEN --> AWAITING_SIGN_OFF", "CONCLUDED --> [*]");
        StatusDiagrams.write("section-47-enquiry.md", diagram);
    }
}
