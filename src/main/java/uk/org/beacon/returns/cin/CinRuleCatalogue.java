package uk.org.beacon.returns.cin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every rule Beacon checks, in rule-number order: the 109 rules of DfE's 2025-26 list (README
 * section 7; rules that start in a later year, such as 1570, skip earlier years) and Beacon's own
 * checks B01 to B09 for what the schema cannot hold and no DfE rule reports. Grouped by the XML
 * level they check.
 */
final class CinRuleCatalogue {

    private CinRuleCatalogue() {}

    static List<CinRule> all() {
        List<CinRule> rules = new ArrayList<>();
        rules.addAll(ReturnRules.all());
        rules.addAll(ChildIdentifierRules.all());
        rules.addAll(ChildCharacteristicRules.all());
        rules.addAll(CinDetailsRules.all());
        rules.addAll(AssessmentRules.all());
        rules.addAll(CinPlanRules.all());
        rules.addAll(Section47Rules.all());
        rules.addAll(ProtectionPlanRules.all());
        rules.sort(Comparator.comparing((CinRule rule) -> rule.info().rule().startsWith("B"))
                .thenComparingInt(rule -> number(rule.info().rule()))
                .thenComparing(rule -> rule.info().rule()));
        return List.copyOf(rules);
    }

    /** 8670 for "8670Q", 1 for "B01". */
    private static int number(String rule) {
        String digits = rule.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
