package uk.org.beacon.returns.cin;

import java.util.List;
import java.util.UUID;

/**
 * One breach of a CIN census validation rule: the rule number (e.g. "8606", "8670Q", or Beacon's
 * own checks prefixed "B"), error or query, a plain-English message naming the dates or codes
 * involved, the child ({@code null} for a return-level rule), the elements affected, and the
 * record that holds the data to fix ({@code sourceKind} one of CHILD, EPISODE, ASSESSMENT,
 * CIN_PLAN, SECTION_47, CP_PLAN, RETURN; {@code sourceId} its identifier).
 */
public record CinBreach(String rule, CinRuleKind kind, String message, UUID personId, String laChildId, List<String> fields,
        String sourceKind, UUID sourceId) {}
