package uk.org.beacon.childprotection.conference;

/**
 * The chair's quality scores for a group of conferences (a social work team, or all): how many forms, and
 * the mean of each score (1 to 4), null where no form was recorded.
 */
public record QualityAggregate(String group, int forms, Double agencyTimeliness, Double socialWorkReportQuality, Double childVoice,
        Double advocacy, Double parentsPreparation, Double planQuality) {

    /** The mean of the six means. */
    public Double overall() {
        if (forms == 0) {
            return null;
        }
        return (agencyTimeliness + socialWorkReportQuality + childVoice + advocacy + parentsPreparation + planQuality) / 6.0;
    }
}
