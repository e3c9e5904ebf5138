package uk.org.beacon.chronology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.org.beacon.casework.CaseAllocated;
import uk.org.beacon.casework.CaseNoteFinalised;
import uk.org.beacon.casework.CaseTransferred;
import uk.org.beacon.casework.ManagementDecisionRecorded;
import uk.org.beacon.casework.SupervisionRecorded;
import uk.org.beacon.codes.Codes;
import uk.org.beacon.frontdoor.ContactDecided;
import uk.org.beacon.frontdoor.ContactReceived;
import uk.org.beacon.frontdoor.ReferralAccepted;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.MergeReversed;
import uk.org.beacon.person.PeopleMerged;

/**
 * Where the chronology's automatic entries come from. Each practice event, delivered durably after
 * its module's transaction commits, becomes one {@link PracticeEvent}: adding a source (an
 * assessment, a conference, a period of care) is one method here and one {@link EntryType}.
 * What is significant by default: contacts, front-door decisions, re-referrals, a new lead
 * worker, significant case notes and management decisions; the rest is routine until a worker
 * says otherwise. Merges of people's records move entries to the record kept, and back.
 */
@Component
class ChronologyListeners {

    private static final String FRONT_DOOR = "frontdoor";
    private static final String CASEWORK = "casework";

    private final ChronologyEntries chronology;
    private final Staff staff;
    private final Teams teams;
    private final Codes codes;

    ChronologyListeners(ChronologyEntries chronology, Staff staff, Teams teams, Codes codes) {
        this.chronology = chronology;
        this.staff = staff;
        this.teams = teams;
        this.codes = codes;
    }

    @ApplicationModuleListener
    void on(ContactReceived e) {
        chronology.record(PracticeEvent.at(FRONT_DOOR, e.contactId(), EntryType.CONTACT, e.childId(), e.receivedAt(),
                "Contact from " + e.source(), e.summary(), "Front door contact", true));
    }

    @ApplicationModuleListener
    void on(ContactDecided e) {
        chronology.record(PracticeEvent.at(FRONT_DOOR, e.contactId(), EntryType.SCREENING_DECISION, e.childId(), e.decidedAt(),
                "Front door decision: " + e.decision().label(), e.rationale(), "Front door screening", true));
    }

    @ApplicationModuleListener
    void on(ReferralAccepted e) {
        String title = e.reReferral() ? "Re-referral to children's social care (referred within the last 12 months)"
                : "Referral to children's social care";
        chronology.record(PracticeEvent.on(FRONT_DOOR, e.referralId(), EntryType.REFERRAL, e.childId(), e.referralDate(), title,
                "Referred by " + codes.referralSource().labelOrCode(e.referralSource()) + ". Next step: " + e.route().label() + ".",
                "Front door referral", e.reReferral()));
    }

    @ApplicationModuleListener
    void on(CaseAllocated e) {
        String worker = name(e.workerId());
        String team = team(e.teamId());
        String title = e.lead() ? "Allocated to " + worker + " (" + team + ")" : "Co-worker allocated: " + worker + " (" + team + ")";
        String summary = e.lead() ? worker + " became the child's allocated worker in " + team + "."
                : worker + " of " + team + " joined the work with the child as a co-worker.";
        chronology.record(PracticeEvent.on(CASEWORK, e.allocationId(), EntryType.ALLOCATION, e.childId(), e.allocatedOn(), title, summary,
                "Allocation", e.lead()));
    }

    @ApplicationModuleListener
    void on(CaseTransferred e) {
        String summary = join("The case moved from " + team(e.fromTeamId()) + " to " + team(e.toTeamId()) + ".",
                e.toWorkerId() == null ? null : "Allocated to " + name(e.toWorkerId()) + ".", e.reason() == null ? null : "Reason: " + e.reason());
        chronology.record(PracticeEvent.on(CASEWORK, e.transferId(), EntryType.TRANSFER, e.childId(), e.transferredOn(),
                "Case transferred to " + team(e.toTeamId()), summary, "Transfer", false));
    }

    /** Only significant notes become entries by themselves; a worker adds any other note that matters by hand. */
    @ApplicationModuleListener
    void on(CaseNoteFinalised e) {
        if (!e.significant()) {
            return;
        }
        String seen = e.childSeenAlone() ? "The child was seen alone." : e.childSeen() ? "The child was seen." : null;
        chronology.record(PracticeEvent.at(CASEWORK, e.noteId(), EntryType.CASE_NOTE, e.childId(), e.occurredAt(), e.title(),
                join(e.summary(), seen), humanise(e.noteType()) + " by " + name(e.recordedBy()), true));
    }

    @ApplicationModuleListener
    void on(ManagementDecisionRecorded e) {
        chronology.record(PracticeEvent.at(CASEWORK, e.decisionId(), EntryType.MANAGEMENT_DECISION, e.childId(), e.decidedAt(),
                "Management decision by " + name(e.decidedBy()),
                join(e.decision(), e.rationale() == null ? null : "Why: " + e.rationale(), e.nextSteps() == null ? null : "Next steps: " + e.nextSteps()),
                "Management oversight", true));
    }

    @ApplicationModuleListener
    void on(SupervisionRecorded e) {
        chronology.record(PracticeEvent.on(CASEWORK, e.supervisionId(), EntryType.SUPERVISION, e.childId(), e.heldOn(),
                "Case supervision: " + name(e.supervisorId()) + " with " + name(e.workerId()),
                join(e.summary(), e.actions() == null ? null : "Actions: " + e.actions()), "Supervision record", false));
    }

    @ApplicationModuleListener
    void on(PeopleMerged e) {
        chronology.childrenMerged(e.survivorId(), e.mergedId(), e.mergeId());
    }

    @ApplicationModuleListener
    void on(MergeReversed e) {
        chronology.mergeReversed(e.survivorId(), e.mergedId(), e.mergeId());
    }

    private String name(UUID staffId) {
        if (staffId == null) {
            return "a worker";
        }
        Map<UUID, String> names = staff.displayNames(List.of(staffId));
        return names.getOrDefault(staffId, "a worker");
    }

    private String team(UUID teamId) {
        return teamId == null ? "a team" : teams.find(teamId).map(TeamSummary::name).orElse("a team");
    }

    private static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p.trim());
            }
        }
        return String.join("\n", kept);
    }

    /** A note type code as words: HOME_VISIT becomes "Home visit". */
    static String humanise(String code) {
        if (code == null || code.isBlank()) {
            return "Case note";
        }
        String words = code.trim().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
