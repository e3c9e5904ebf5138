package uk.org.beacon.identity;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in member of staff on every page (header, role-dependent links). */
@ControllerAdvice
class SignedInModelAdvice {

    private final CurrentStaff currentStaff;

    SignedInModelAdvice(CurrentStaff currentStaff) {
        this.currentStaff = currentStaff;
    }

    @ModelAttribute("me")
    StaffSummary me() {
        return currentStaff.get().orElse(null);
    }
}
