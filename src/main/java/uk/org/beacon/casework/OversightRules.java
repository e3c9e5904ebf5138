package uk.org.beacon.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a management decision, a supervision record and an authorisation decision must hold before
 * they go on the child's file: each is finalised when recorded, so it must be complete then.
 * Practice times are never in the future.
 */
final class OversightRules {

    static final int RATIONALE_MINIMUM = 20;

    private OversightRules() {}

    static Map<String, String> checkDecision(ManagementDecisionRecord r, LocalDateTime now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.decidedAt() != null && r.decidedAt().isAfter(now)) {
            errors.put("decidedAt", "The time of the decision must be now or in the past");
        }
        if (r.decision() == null || r.decision().trim().length() < 5) {
            errors.put("decision", "Enter the decision");
        }
        if (r.rationale() == null || r.rationale().trim().length() < RATIONALE_MINIMUM) {
            errors.put("rationale", "Give the rationale for the decision (at least " + RATIONALE_MINIMUM + " characters): what you weighed and why");
        }
        return errors;
    }

    static Map<String, String> checkSupervision(SupervisionRecord r, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.heldOn() == null) {
            errors.put("heldOn", "Enter the date the supervision was held");
        } else if (r.heldOn().isAfter(today)) {
            errors.put("heldOn", "The date the supervision was held must be today or in the past");
        }
        if (r.workerId() == null) {
            errors.put("workerId", "Select the worker supervised");
        }
        if (r.summary() == null || r.summary().trim().length() < 10) {
            errors.put("summary", "Summarise the discussion (at least 10 characters)");
        }
        if (r.analysis() == null || r.analysis().trim().length() < 10) {
            errors.put("analysis", "Record the reflective analysis: what the discussion means for the child (at least 10 characters)");
        }
        List<SupervisionRecord.Action> actions = r.actions() == null ? List.of() : r.actions();
        for (int i = 0; i < actions.size(); i++) {
            SupervisionRecord.Action a = actions.get(i);
            if (a.action() == null || a.action().isBlank()) {
                errors.put("actions[" + i + "].action", "Enter action " + (i + 1));
            }
            if (a.ownerId() == null) {
                errors.put("actions[" + i + "].ownerId", "Select who owns action " + (i + 1));
            }
            if (a.dueOn() == null) {
                errors.put("actions[" + i + "].dueOn", "Enter the date action " + (i + 1) + " is due");
            } else if (r.heldOn() != null && a.dueOn().isBefore(r.heldOn())) {
                errors.put("actions[" + i + "].dueOn", "Action " + (i + 1) + " must be due on or after the supervision");
            }
        }
        return errors;
    }

    /** Returning an item needs the reason, so the person who asked knows what to change. */
    static Map<String, String> checkAuthorisationDecision(Boolean authorise, String rationale) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (authorise == null) {
            errors.put("outcome", "Select whether you authorise it or return it");
        } else if (!authorise && (rationale == null || rationale.trim().length() < 10)) {
            errors.put("rationale", "Explain why you are returning it and what needs to change (at least 10 characters)");
        }
        return errors;
    }
}
