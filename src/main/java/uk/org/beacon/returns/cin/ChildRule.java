package uk.org.beacon.returns.cin;

import java.util.List;

/**
 * A rule checked one child at a time (most CIN census rules): the check looks at the child and the
 * child's episodes and reports through {@link Findings}. A rule can start in a given census year
 * (1570, 1580, 8945Q and 8950Q from 2024-25); it is skipped for earlier years and for a return
 * without a census year (rule 100 reports that).
 */
final class ChildRule implements CinRule {

    @FunctionalInterface
    interface Check {
        void check(CinChild child, Findings found);
    }

    private final CinRuleInfo info;
    private final int fromEndYear;
    private final Check check;

    ChildRule(String rule, CinRuleKind kind, String description, Check check) {
        this(rule, kind, 0, description, check);
    }

    /** A rule that applies from the census year ending in {@code fromEndYear} (2025 for 2024-25). */
    ChildRule(String rule, CinRuleKind kind, int fromEndYear, String description, Check check) {
        this.info = new CinRuleInfo(rule, kind, description);
        this.fromEndYear = fromEndYear;
        this.check = check;
    }

    @Override
    public CinRuleInfo info() {
        return info;
    }

    @Override
    public void check(CinRuleContext context, List<CinBreach> breaches) {
        if (context.census().year() == null || context.census().year().endYear() < fromEndYear) {
            return;
        }
        Findings found = new Findings(info, context, breaches);
        for (CinChild child : Findings.of(context.census().children())) {
            check.check(child, found.about(child));
        }
    }
}
