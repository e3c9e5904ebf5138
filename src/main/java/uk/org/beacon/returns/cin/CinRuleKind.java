package uk.org.beacon.returns.cin;

/** DfE's two kinds of rule: an error must be fixed before the return is accepted; a query needs a fix or an explanation. */
public enum CinRuleKind {
    ERROR, QUERY
}
