package uk.org.beacon.childprotection.conference;

import java.time.LocalDate;

/**
 * What the chair records when the conference is held: the day, whether the child is to be subject to a
 * child protection plan and under which category of abuse ({@code abuse-category}: NEG, PHY, SAB, EMO,
 * MUL), the risks and strengths, the chair's rationale and the social work manager's view, any dissent,
 * and why it was late when held after the T5 due date.
 */
public record ConferenceDecision(LocalDate heldOn, Boolean planDecided, String category, String risksSummary, String strengthsSummary,
        String chairRationale, String managerRationale, String dissentBy, String dissent, String lateReasonCode, String lateReasonText) {}
