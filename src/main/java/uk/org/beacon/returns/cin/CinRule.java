package uk.org.beacon.returns.cin;

import java.util.List;

/**
 * One CIN census validation rule as code. A rule reads the whole return (most look at one child or
 * episode at a time; return-level rules such as 2883 look across it) and adds a breach for each
 * place it is broken.
 */
public interface CinRule {

    CinRuleInfo info();

    void check(CinRuleContext context, List<CinBreach> breaches);
}
