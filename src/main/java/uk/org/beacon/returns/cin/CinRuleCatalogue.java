package uk.org.beacon.returns.cin;

import java.util.List;

/** Every rule Beacon checks, in rule-number order. */
final class CinRuleCatalogue {

    private CinRuleCatalogue() {}

    static List<CinRule> all() {
        return List.of(new ChildIdentifierRules.LaChildIdMissing());
    }
}
