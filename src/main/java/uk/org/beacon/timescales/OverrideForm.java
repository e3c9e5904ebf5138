package uk.org.beacon.timescales;

import java.util.Map;

/** The local-setting page's fields as typed: the new timescale with its reason and decision, or the reason for removing it. */
public class OverrideForm {

    private String amount;
    private String unit;
    private String dayZero;
    private String reason;
    private String decisionReference;
    private String removalReason;
    private Long version;

    static OverrideForm of(TimescaleRule rule) {
        OverrideForm form = new OverrideForm();
        form.amount = String.valueOf(rule.amount());
        form.unit = rule.unit().name();
        form.dayZero = rule.dayZero().name();
        form.version = rule.version();
        return form;
    }

    /** The amount as a whole number, or -1 with a message in {@code errors}. */
    int amountNumber(Map<String, String> errors) {
        try {
            return Integer.parseInt(amount == null ? "" : amount.strip());
        } catch (NumberFormatException e) {
            errors.put("amount", "Enter the timescale as a whole number, like 15");
            return -1;
        }
    }

    long versionOrUnknown() {
        return version == null ? -1 : version;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getDayZero() {
        return dayZero;
    }

    public void setDayZero(String dayZero) {
        this.dayZero = dayZero;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public void setDecisionReference(String decisionReference) {
        this.decisionReference = decisionReference;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public void setRemovalReason(String removalReason) {
        this.removalReason = removalReason;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
