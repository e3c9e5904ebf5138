package uk.org.beacon.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A sibling or another child living at the same address, whom the screener must consider: the
 * outcome (action needed or not) and the reason are recorded.
 */
public record SiblingPrompt(UUID personId, String name, LocalDate dateOfBirth, String how, String outcome, String reason) {}
