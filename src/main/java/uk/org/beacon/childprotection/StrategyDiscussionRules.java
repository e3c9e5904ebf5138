package uk.org.beacon.childprotection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.beacon.codes.CodeSet;

/**
 * What a strategy discussion record needs (Working Together: children's social care, the police,
 * health and education, and others as needed). It follows the child's referral, so it is held on or
 * after the referral date and not in the future. Each agency that attended says what it shared (one
 * that sent information in writing or did not attend need not). A joint enquiry needs the police
 * there. Every action has an owner and a date no earlier than the discussion. Errors are keyed by
 * field ({@code participants[1].informationShared}) so each shows where it was made.
 */
final class StrategyDiscussionRules {

    static final Set<String> KINDS = Set.of("DISCUSSION", "MEETING");
    static final Set<String> ATTENDANCE = Set.of("ATTENDED", "SENT_INFORMATION", "DID_NOT_ATTEND");
    static final String SOCIAL_CARE = "SOCIAL_CARE";
    static final String POLICE = "POLICE";
    static final int MIN_REASON = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private StrategyDiscussionRules() {}

    /**
     * Every problem with the record. {@code referralDate} is the child's latest referral's date, null
     * when the child has no referral (then nothing can be recorded).
     */
    static Map<String, String> check(StrategyDiscussionRecord r, LocalDate referralDate, LocalDateTime now, CodeSet agencies) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.heldAt() == null) {
            errors.put("heldAt", "Enter the date and time of the strategy discussion");
        } else if (r.heldAt().isAfter(now)) {
            errors.put("heldAt", "The strategy discussion must be now or in the past");
        } else if (referralDate == null) {
            errors.put("heldAt", "This child has no referral: a strategy discussion follows a referral to children's social care");
        } else if (r.heldAt().toLocalDate().isBefore(referralDate)) {
            errors.put("heldAt", "The strategy discussion must be on or after the referral on " + DAY.format(referralDate));
        }
        if (blank(r.kind()) || !KINDS.contains(r.kind())) {
            errors.put("kind", "Say whether this was a discussion or a meeting");
        }
        if (blank(r.chairedBy())) {
            errors.put("chairedBy", "Enter who chaired the discussion");
        } else if (r.chairedBy().length() > 200) {
            errors.put("chairedBy", "The chair's name must be 200 characters or fewer");
        }
        checkParticipants(r, agencies, errors);
        if (r.section47() == null) {
            errors.put("section47", "Say whether a section 47 enquiry is to start");
        } else if (r.section47()) {
            if (r.jointEnquiry() == null) {
                errors.put("jointEnquiry", "Say whether the enquiry is single agency or joint with the police");
            } else if (r.jointEnquiry() && r.participants().stream().noneMatch(p -> POLICE.equals(p.agency()))) {
                errors.put("jointEnquiry", "A joint enquiry needs the police taking part: add the police to who took part");
            }
        }
        if (blank(r.decisionReason())) {
            errors.put("decisionReason", "Explain the decision: what the agencies' information shows about the risk to the child");
        } else if (r.decisionReason().strip().length() < MIN_REASON) {
            errors.put("decisionReason", "Explain the decision in at least " + MIN_REASON + " characters");
        }
        checkActions(r, errors, agencies);
        return errors;
    }

    private static void checkParticipants(StrategyDiscussionRecord r, CodeSet agencies, Map<String, String> errors) {
        List<StrategyDiscussionRecord.Participant> list = r.participants();
        int taking = 0;
        boolean otherAgency = false;
        for (int i = 0; i < list.size(); i++) {
            StrategyDiscussionRecord.Participant p = list.get(i);
            if (p == null || p.blank()) {
                continue;
            }
            taking++;
            String at = "participants[" + i + "].";
            if (blank(p.agency()) || !agencies.isActive(p.agency())) {
                errors.put(at + "agency", "Choose the agency of participant " + (i + 1));
            } else if (!SOCIAL_CARE.equals(p.agency())) {
                otherAgency = true;
            }
            if (blank(p.name())) {
                errors.put(at + "name", "Enter the name of participant " + (i + 1));
            }
            if (blank(p.attendance()) || !ATTENDANCE.contains(p.attendance())) {
                errors.put(at + "attendance", "Say whether participant " + (i + 1) + " took part, sent information in writing or did not attend");
            } else if ("ATTENDED".equals(p.attendance()) && blank(p.informationShared())) {
                errors.put(at + "informationShared", "Enter the information participant " + (i + 1) + " shared");
            }
        }
        if (taking == 0) {
            errors.put("participants[0].agency", "Enter who took part: at least children's social care and the police, health or education");
        } else if (!otherAgency && !errors.containsKey("participants[0].agency")) {
            errors.put("participants[0].agency", "A strategy discussion is multi-agency: add the police, health, education or another agency");
        }
    }

    private static void checkActions(StrategyDiscussionRecord r, Map<String, String> errors, CodeSet agencies) {
        List<StrategyDiscussionRecord.Action> list = r.actions();
        LocalDate held = r.heldAt() == null ? null : r.heldAt().toLocalDate();
        for (int i = 0; i < list.size(); i++) {
            StrategyDiscussionRecord.Action a = list.get(i);
            if (a == null || a.blank()) {
                continue;
            }
            String at = "actions[" + i + "].";
            if (blank(a.action())) {
                errors.put(at + "action", "Enter what action " + (i + 1) + " is");
            }
            if (blank(a.ownerName())) {
                errors.put(at + "ownerName", "Enter who owns action " + (i + 1));
            }
            if (blank(a.ownerAgency()) || !agencies.isActive(a.ownerAgency())) {
                errors.put(at + "ownerAgency", "Choose the agency of the owner of action " + (i + 1));
            }
            if (a.dueOn() == null) {
                errors.put(at + "dueOn", "Enter the date action " + (i + 1) + " is due");
            } else if (held != null && a.dueOn().isBefore(held)) {
                errors.put(at + "dueOn", "Action " + (i + 1) + " must be due on or after the discussion");
            }
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
