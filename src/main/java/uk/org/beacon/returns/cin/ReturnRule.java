package uk.org.beacon.returns.cin;

import java.util.List;

/**
 * A rule that reads the whole return at once: the return-level rules (100, 2883, 2886Q, 2887Q,
 * 2888Q) and rules that compare children with each other through an index (8510, 1520). Skipped
 * for a return without a census year unless it says it needs none (rule 100, which reports it).
 */
final class ReturnRule implements CinRule {

    @FunctionalInterface
    interface Check {
        void check(CinReturn census, Findings found);
    }

    private final CinRuleInfo info;
    private final boolean needsYear;
    private final Check check;

    ReturnRule(String rule, CinRuleKind kind, String description, Check check) {
        this(rule, kind, description, true, check);
    }

    ReturnRule(String rule, CinRuleKind kind, String description, boolean needsYear, Check check) {
        this.info = new CinRuleInfo(rule, kind, description);
        this.needsYear = needsYear;
        this.check = check;
    }

    @Override
    public CinRuleInfo info() {
        return info;
    }

    @Override
    public void check(CinRuleContext context, List<CinBreach> breaches) {
        if (needsYear && context.census().year() == null) {
            return;
        }
        check.check(context.census(), new Findings(info, context, breaches));
    }
}
