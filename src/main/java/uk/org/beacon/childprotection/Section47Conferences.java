package uk.org.beacon.childprotection;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.org.beacon.childprotection.conference.InitialConferenceHeld;

/**
 * The initial conference an enquiry asked for was held: the enquiry records its date (CIN census
 * {@code DateOfInitialCPC} on the {@code Section47} group), which finishes the enquiry.
 */
@Component
class Section47Conferences {

    private final Section47Enquiries enquiries;

    Section47Conferences(Section47Enquiries enquiries) {
        this.enquiries = enquiries;
    }

    @ApplicationModuleListener
    void on(InitialConferenceHeld e) {
        enquiries.conferenceHeld(e.enquiryId(), e.heldOn());
    }
}
