package uk.org.beacon.childprotection.conference;

import java.time.Instant;

/**
 * The chair's quality assurance form after a conference, each score 1 (inadequate) to 4 (good): how
 * timely the agencies' contributions were, the quality of the social work report, how well the child's
 * voice was heard, advocacy, how well the parents were prepared, and the quality of the plan.
 * {@code recordedAt} is null on the way in.
 */
public record QualityScores(Integer agencyTimeliness, Integer socialWorkReportQuality, Integer childVoice, Integer advocacy,
        Integer parentsPreparation, Integer planQuality, String comment, Instant recordedAt) {}
