package uk.org.beacon.returns.cin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.org.beacon.calendar.WorkingDays;

/**
 * Runs every CIN census validation rule of {@link CinRuleCatalogue} over a return and gathers the
 * breaches, errors first, then by rule and child.
 */
@Component
public class CinCensusRules {

    private final WorkingDays workingDays;
    private final List<CinRule> rules;

    @Autowired
    public CinCensusRules(WorkingDays workingDays) {
        this(workingDays, CinRuleCatalogue.all());
    }

    CinCensusRules(WorkingDays workingDays, List<CinRule> rules) {
        this.workingDays = workingDays;
        this.rules = List.copyOf(rules);
    }

    public List<CinBreach> check(CinReturn census, LocalDate asAt) {
        CinRuleContext context = new CinRuleContext(census, asAt, workingDays);
        List<CinBreach> breaches = new ArrayList<>();
        for (CinRule rule : rules) {
            rule.check(context, breaches);
        }
        breaches.sort((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : a.rule().compareTo(b.rule()));
        return breaches;
    }

    public List<CinRuleInfo> catalogue() {
        return rules.stream().map(CinRule::info).toList();
    }
}
