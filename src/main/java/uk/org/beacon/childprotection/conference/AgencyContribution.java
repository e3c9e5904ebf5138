package uk.org.beacon.childprotection.conference;

/**
 * One agency's contribution to the conferences held in a period: how often it was invited and attended
 * (or sent apologies), how many reports were asked for, received before the conference, and shared with
 * the parents at least N working days before (local setting L2). Police and GP figures are scorecard measures.
 */
public record AgencyContribution(String agency, String agencyLabel, int invited, int attended, int apologies, int reportsRequested,
        int reportsReceived, int reportsSharedInAdvance) {

    public Integer attendedPercent() {
        return percent(attended, invited);
    }

    public Integer receivedPercent() {
        return percent(reportsReceived, reportsRequested);
    }

    public Integer sharedInAdvancePercent() {
        return percent(reportsSharedInAdvance, reportsRequested);
    }

    static Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}
