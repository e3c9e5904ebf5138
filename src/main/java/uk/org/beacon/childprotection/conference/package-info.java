/**
 * Initial child protection conferences (ICPC): scheduled from a concluded section 47 enquiry that needs one
 * (listens to {@code childprotection.Section47EnquiryConcluded}), due within 15 working days of the strategy
 * discussion (T5); arranged by the chair with invitations to the family and agencies and the agencies'
 * reports tracked (received, shared with parents N working days before, local setting L2); participation,
 * the decision (plan, category of abuse, rationale, dissent), minutes (draft, final, amendments), the family's
 * decision letter (PDF) and the chair's quality assurance form. Publishes {@link
 * uk.org.beacon.childprotection.conference.InitialConferenceScheduled} and {@link
 * uk.org.beacon.childprotection.conference.InitialConferenceHeld}; stops the T5 clock when the conference is
 * held. Reporting views: {@code reporting.conference}, {@code reporting.conference_participation},
 * {@code reporting.conference_agency_report}, {@code reporting.conference_quality}. Published to other
 * modules as the named interface "conference" (casework worklists, chronology).
 */
@org.springframework.modulith.NamedInterface("conference")
package uk.org.beacon.childprotection.conference;
