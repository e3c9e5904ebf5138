package uk.org.beacon.childinneed;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One thing that happened in an episode: an assessment (started, authorised with its factors and
 * outcome), a section 47 enquiry (started, ended by its conference or with no conference needed), a
 * child in need plan, later a child protection plan. {@code endedOn} empty means still open.
 */
public record EpisodeActivitySummary(String kind, UUID sourceId, LocalDate startedOn, LocalDate endedOn, String outcome, List<String> factors,
        Boolean icpcNotRequired, LocalDate initialConferenceDue, String leadProfessional) {

    public boolean open() {
        return endedOn == null;
    }

    public String label() {
        return switch (kind) {
            case "ASSESSMENT" -> "Child and family assessment";
            case "SECTION_47" -> "Section 47 enquiry";
            case "CIN_PLAN" -> "Child in need plan";
            case "CP_PLAN" -> "Child protection plan";
            default -> kind;
        };
    }
}
