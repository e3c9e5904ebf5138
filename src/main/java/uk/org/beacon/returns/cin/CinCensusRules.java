package uk.org.beacon.returns.cin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.org.beacon.calendar.WorkingDays;

/**
 * Runs every CIN census validation rule of {@link CinRuleCatalogue} over a return and gathers the
 * breaches: errors first, then queries, each kind in catalogue (rule-number) order and, within a
 * rule, in the order of the children in the return. Plain Java: each rule is linear in the size of
 * the return, so a whole authority's return (about 15,000 children) is checked in well under a second.
 */
@Component
public class CinCensusRules {

    private final WorkingDays workingDays;
    private final List<CinRule> rules;
    private final Map<String, Integer> order = new HashMap<>();

    @Autowired
    public CinCensusRules(WorkingDays workingDays) {
        this(workingDays, CinRuleCatalogue.all());
    }

    CinCensusRules(WorkingDays workingDays, List<CinRule> rules) {
        this.workingDays = workingDays;
        this.rules = List.copyOf(rules);
        for (CinRule rule : this.rules) {
            order.putIfAbsent(rule.info().rule(), order.size());
        }
    }

    /**
     * Every breach in {@code census}; {@code asAt} is the day the data was taken (the timeliness
     * queries 8670Q and 8675Q also warn as at that day when it falls before the census date).
     */
    public List<CinBreach> check(CinReturn census, LocalDate asAt) {
        CinRuleContext context = new CinRuleContext(census, asAt, workingDays);
        List<CinBreach> breaches = new ArrayList<>();
        for (CinRule rule : rules) {
            rule.check(context, breaches);
        }
        breaches.sort(Comparator.comparing(CinBreach::kind).thenComparing(b -> order.getOrDefault(b.rule(), Integer.MAX_VALUE)));
        return breaches;
    }

    /** The rules checked, in rule-number order (DfE's numbers, then Beacon's own B-rules). */
    public List<CinRuleInfo> catalogue() {
        return rules.stream().map(CinRule::info).toList();
    }
}
