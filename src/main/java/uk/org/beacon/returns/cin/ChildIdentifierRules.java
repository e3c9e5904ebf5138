package uk.org.beacon.returns.cin;

import java.util.List;

/** Rules on the child's identifiers ({@code ChildIdentifiers}). */
final class ChildIdentifierRules {

    private ChildIdentifierRules() {}

    /** 8500: every child needs the authority's own identifier. */
    static final class LaChildIdMissing implements CinRule {
        private static final CinRuleInfo INFO = new CinRuleInfo("8500", CinRuleKind.ERROR, "LAchildID is missing.");

        @Override
        public CinRuleInfo info() {
            return INFO;
        }

        @Override
        public void check(CinRuleContext context, List<CinBreach> breaches) {
            for (CinChild child : context.census().children()) {
                if (child.laChildId() == null || child.laChildId().isBlank()) {
                    breaches.add(new CinBreach("8500", CinRuleKind.ERROR, "The child has no LAchildID (the authority's own identifier).",
                            child.personId(), child.laChildId(), List.of("LAchildID"), "CHILD", child.personId()));
                }
            }
        }
    }
}
