package uk.org.beacon.returns.cin;

import static uk.org.beacon.returns.cin.CinRuleKind.ERROR;
import static uk.org.beacon.returns.cin.Findings.codes;
import static uk.org.beacon.returns.cin.Findings.of;
import static uk.org.beacon.returns.cin.Findings.quoted;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Rules on the child's characteristics ({@code ChildCharacteristics}): ethnicity and disabilities. */
final class ChildCharacteristicRules {

    private ChildCharacteristicRules() {}

    static List<CinRule> all() {
        return List.of(ETHNICITY, DISABILITY_NEEDED, NONE_WITH_OTHERS, DISABILITY_REPEATED, DISABILITY_CODE);
    }

    /** 4220: ethnicity from the DfE list. */
    static final CinRule ETHNICITY = new ChildRule("4220", ERROR, "Ethnicity is missing or not a listed code.", (child, found) -> {
        if (!CinCodeLists.ETHNICITIES.contains(child.ethnicity())) {
            found.child(child.ethnicity() == null ? "The child's ethnicity is not recorded; record it, or REFU (refused) or NOBT (not yet obtained)."
                    : "Ethnicity " + quoted(child.ethnicity()) + " is not one of DfE's ethnicity codes.", "Ethnicity");
        }
    });

    /** 8540: a born child with any episode that is not NFA needs at least one valid disability code (NONE for none). */
    static final CinRule DISABILITY_NEEDED = new ChildRule("8540", ERROR,
            "A born child with at least one non-NFA episode has no Disability entry, or an invalid code (use NONE when the child has no disability).",
            (child, found) -> {
                if (child.birthDate() == null || !ChildIdentifierRules.hasEpisodeNotNfa(child)) {
                    return;
                }
                List<String> disabilities = of(child.disabilities());
                List<String> invalid = invalidCodes(disabilities);
                if (disabilities.isEmpty()) {
                    found.child("The child has no disability recorded; record each disability, or NONE if the child has none.", "Disability");
                } else if (!invalid.isEmpty()) {
                    found.child("Disability code " + codes(invalid) + " is not one of DfE's disability codes.", "Disability");
                }
            });

    /** 8790: NONE stands alone. */
    static final CinRule NONE_WITH_OTHERS = new ChildRule("8790", ERROR, "Disability NONE appears together with other disability codes.",
            (child, found) -> {
                List<String> disabilities = of(child.disabilities());
                if (disabilities.contains("NONE")) {
                    List<String> others = disabilities.stream().filter(code -> !"NONE".equals(code)).toList();
                    if (!others.isEmpty()) {
                        found.child("Disability NONE is recorded together with " + codes(others) + "; NONE means the child has no disability.",
                                "Disability");
                    }
                }
            });

    /** 8794: each disability code once. */
    static final CinRule DISABILITY_REPEATED = new ChildRule("8794", ERROR, "The same disability code is repeated for a child.",
            (child, found) -> {
                Set<String> seen = new HashSet<>();
                Set<String> repeated = new LinkedHashSet<>();
                for (String code : of(child.disabilities())) {
                    if (!seen.add(code)) {
                        repeated.add(code);
                    }
                }
                if (!repeated.isEmpty()) {
                    found.child("Disability " + codes(new ArrayList<>(repeated)) + " is recorded more than once.", "Disability");
                }
            });

    /**
     * B05 (Beacon): an unlisted disability code cannot be written; 8540 reports it only for a born
     * child with an episode that is not NFA, so this covers the other children.
     */
    static final CinRule DISABILITY_CODE = new ChildRule("B05", ERROR,
            "Beacon: a disability code is not in DfE's list for a child 8540 does not check (unborn, or every episode NFA); "
                    + "the schema cannot hold it.",
            (child, found) -> {
                if (child.birthDate() != null && ChildIdentifierRules.hasEpisodeNotNfa(child)) {
                    return;
                }
                List<String> invalid = invalidCodes(of(child.disabilities()));
                if (!invalid.isEmpty()) {
                    found.child("Disability code " + codes(invalid) + " is not one of DfE's disability codes.", "Disability");
                }
            });

    private static List<String> invalidCodes(List<String> disabilities) {
        return disabilities.stream().filter(code -> !CinCodeLists.DISABILITIES.contains(code)).toList();
    }
}
