package uk.org.beacon.childprotection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.beacon.web.DateFields;

/**
 * The strategy discussion page's fields, as typed: participants and actions as repeated rows (three
 * blank ones to start, and "add another" posts the form back with one more, so no script is needed).
 */
public class StrategyDiscussionForm {

    static final int BLANK_ROWS = 3;

    private String heldDay;
    private String heldMonth;
    private String heldYear;
    private String heldTime;
    private String kind;
    private String chairedBy;
    private String section47;
    private String jointEnquiry;
    private String decisionReason;
    private List<ParticipantRow> participants = new ArrayList<>();
    private List<ActionRow> actions = new ArrayList<>();

    /** A new form: now, and police, health and education rows ready beside children's social care. */
    static StrategyDiscussionForm startingAt(LocalDateTime now) {
        StrategyDiscussionForm f = new StrategyDiscussionForm();
        f.heldDay = String.valueOf(now.getDayOfMonth());
        f.heldMonth = String.valueOf(now.getMonthValue());
        f.heldYear = String.valueOf(now.getYear());
        f.heldTime = String.format("%02d:%02d", now.getHour(), now.getMinute());
        for (String agency : List.of("SOCIAL_CARE", "POLICE", "HEALTH_GP", "EDUCATION")) {
            ParticipantRow row = new ParticipantRow();
            row.agency = agency;
            f.participants.add(row);
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            f.actions.add(new ActionRow());
        }
        return f;
    }

    /** At least three rows of each, plus one when "add another" was pressed. */
    void pad(boolean anotherParticipant, boolean anotherAction) {
        while (participants.size() < BLANK_ROWS) {
            participants.add(new ParticipantRow());
        }
        while (actions.size() < BLANK_ROWS) {
            actions.add(new ActionRow());
        }
        if (anotherParticipant) {
            participants.add(new ParticipantRow());
        }
        if (anotherAction) {
            actions.add(new ActionRow());
        }
    }

    StrategyDiscussionRecord toRecord(Map<String, String> errors) {
        LocalDate day = DateFields.read(heldDay, heldMonth, heldYear, "held", "The date of the discussion", errors).orElse(null);
        if (day == null && !errors.containsKey("held")) {
            errors.put("held", "Enter the date of the strategy discussion");
        }
        LocalTime time = null;
        if (heldTime == null || heldTime.isBlank()) {
            errors.put("heldTime", "Enter the time of the strategy discussion, like 09:30 or 14:05");
        } else {
            try {
                String t = heldTime.trim().replace('.', ':');
                time = LocalTime.parse(t.length() == 4 ? "0" + t : t);
            } catch (DateTimeParseException e) {
                errors.put("heldTime", "Enter the time of the strategy discussion, like 09:30 or 14:05");
            }
        }
        List<StrategyDiscussionRecord.Participant> ps = new ArrayList<>();
        for (ParticipantRow p : participants) {
            ps.add(new StrategyDiscussionRecord.Participant(p.agency, p.name, p.role, p.attendance, p.informationShared));
        }
        List<StrategyDiscussionRecord.Action> as = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            ActionRow a = actions.get(i);
            String field = "actions[" + i + "].due";
            LocalDate due = DateFields.read(a.dueDay, a.dueMonth, a.dueYear, field, "The date action " + (i + 1) + " is due", errors).orElse(null);
            as.add(new StrategyDiscussionRecord.Action(a.action, a.ownerName, a.ownerAgency, due));
        }
        Boolean s47 = "yes".equals(section47) ? Boolean.TRUE : "no".equals(section47) ? Boolean.FALSE : null;
        Boolean joint = "JOINT".equals(jointEnquiry) ? Boolean.TRUE : "SINGLE".equals(jointEnquiry) ? Boolean.FALSE : null;
        return new StrategyDiscussionRecord(day != null && time != null ? day.atTime(time) : null, kind, chairedBy, ps, s47,
                Boolean.TRUE.equals(s47) ? joint : null, decisionReason, as);
    }

    /** One agency's row. */
    public static class ParticipantRow {
        private String agency;
        private String name;
        private String role;
        private String attendance;
        private String informationShared;

        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getAttendance() {
            return attendance;
        }

        public void setAttendance(String attendance) {
            this.attendance = attendance;
        }

        public String getInformationShared() {
            return informationShared;
        }

        public void setInformationShared(String informationShared) {
            this.informationShared = informationShared;
        }
    }

    /** One action's row. */
    public static class ActionRow {
        private String action;
        private String ownerName;
        private String ownerAgency;
        private String dueDay;
        private String dueMonth;
        private String dueYear;

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public String getOwnerName() {
            return ownerName;
        }

        public void setOwnerName(String ownerName) {
            this.ownerName = ownerName;
        }

        public String getOwnerAgency() {
            return ownerAgency;
        }

        public void setOwnerAgency(String ownerAgency) {
            this.ownerAgency = ownerAgency;
        }

        public String getDueDay() {
            return dueDay;
        }

        public void setDueDay(String dueDay) {
            this.dueDay = dueDay;
        }

        public String getDueMonth() {
            return dueMonth;
        }

        public void setDueMonth(String dueMonth) {
            this.dueMonth = dueMonth;
        }

        public String getDueYear() {
            return dueYear;
        }

        public void setDueYear(String dueYear) {
            this.dueYear = dueYear;
        }
    }

    public String getHeldDay() {
        return heldDay;
    }

    public void setHeldDay(String heldDay) {
        this.heldDay = heldDay;
    }

    public String getHeldMonth() {
        return heldMonth;
    }

    public void setHeldMonth(String heldMonth) {
        this.heldMonth = heldMonth;
    }

    public String getHeldYear() {
        return heldYear;
    }

    public void setHeldYear(String heldYear) {
        this.heldYear = heldYear;
    }

    public String getHeldTime() {
        return heldTime;
    }

    public void setHeldTime(String heldTime) {
        this.heldTime = heldTime;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getChairedBy() {
        return chairedBy;
    }

    public void setChairedBy(String chairedBy) {
        this.chairedBy = chairedBy;
    }

    public String getSection47() {
        return section47;
    }

    public void setSection47(String section47) {
        this.section47 = section47;
    }

    public String getJointEnquiry() {
        return jointEnquiry;
    }

    public void setJointEnquiry(String jointEnquiry) {
        this.jointEnquiry = jointEnquiry;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public List<ParticipantRow> getParticipants() {
        return participants;
    }

    public void setParticipants(List<ParticipantRow> participants) {
        this.participants = participants;
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public void setActions(List<ActionRow> actions) {
        this.actions = actions;
    }
}
