package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.beacon.web.DateFields;

/** The supervision page's fields, as typed: the discussion and up to {@value #ACTION_ROWS} actions. */
public class SupervisionForm {

    static final int ACTION_ROWS = 4;

    private String heldDay;
    private String heldMonth;
    private String heldYear;
    private String workerId;
    private String summary;
    private String analysis;
    private List<ActionRow> actions = new ArrayList<>();

    public SupervisionForm() {
        for (int i = 0; i < ACTION_ROWS; i++) {
            actions.add(new ActionRow());
        }
    }

    SupervisionRecord toRecord(Map<String, String> errors) {
        LocalDate held = DateFields.read(heldDay, heldMonth, heldYear, "held", "Date of the supervision", errors).orElse(null);
        List<SupervisionRecord.Action> rows = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            ActionRow row = actions.get(i);
            if (row.blank()) {
                continue;
            }
            String field = "actions[" + i + "].due";
            LocalDate due = DateFields.read(row.dueDay, row.dueMonth, row.dueYear, field, "Due date of action " + (i + 1), errors).orElse(null);
            rows.add(new SupervisionRecord.Action(row.action, AllocationForm.uuid(row.ownerId), due));
        }
        return new SupervisionRecord(held, AllocationForm.uuid(workerId), summary, analysis, rows);
    }

    void today(LocalDate today) {
        heldDay = String.valueOf(today.getDayOfMonth());
        heldMonth = String.valueOf(today.getMonthValue());
        heldYear = String.valueOf(today.getYear());
    }

    /**
     * Where the rules' field names (by the actions kept) land on this form (by the rows typed):
     * blank rows are skipped, so action 2 of the record may be row 3 of the form.
     */
    String formField(String field) {
        if (field.equals("heldOn")) {
            return "held";
        }
        if (field.startsWith("actions[")) {
            int kept = Integer.parseInt(field.substring(8, field.indexOf(']')));
            int row = -1;
            for (int i = 0, seen = -1; i < actions.size(); i++) {
                if (!actions.get(i).blank() && ++seen == kept) {
                    row = i;
                    break;
                }
            }
            String rest = field.substring(field.indexOf(']') + 1);
            return "actions[" + row + "]" + (rest.equals(".dueOn") ? ".due" : rest);
        }
        return field;
    }

    /** One action row: what, who, by when. */
    public static class ActionRow {
        private String action;
        private String ownerId;
        private String dueDay;
        private String dueMonth;
        private String dueYear;

        boolean blank() {
            return isBlank(action) && isBlank(ownerId) && isBlank(dueDay) && isBlank(dueMonth) && isBlank(dueYear);
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public String getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(String ownerId) {
            this.ownerId = ownerId;
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

    public String getWorkerId() {
        return workerId;
    }

    public void setWorkerId(String workerId) {
        this.workerId = workerId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getAnalysis() {
        return analysis;
    }

    public void setAnalysis(String analysis) {
        this.analysis = analysis;
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public void setActions(List<ActionRow> actions) {
        this.actions = actions;
    }
}
