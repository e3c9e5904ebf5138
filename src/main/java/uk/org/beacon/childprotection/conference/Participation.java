package uk.org.beacon.childprotection.conference;

import java.util.UUID;

/**
 * What one invitee did on the day: attended, sent apologies or did not attend ({@code attendance}); for
 * the child, how their views reached the conference ({@code contributedBy}: ATTENDED,
 * WISHES_AND_FEELINGS_FORM, ADVOCATE, VIEWS_THROUGH_WORKER, NOT_INVITED with the reason) and whether an
 * advocate was used; for a parent, whether a supporter came with them.
 */
public record Participation(UUID inviteeId, String attendance, String contributedBy, String notInvitedReason, boolean advocateUsed,
        String advocateName, boolean supporterPresent) {}
