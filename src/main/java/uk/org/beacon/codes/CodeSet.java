package uk.org.beacon.codes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named list of codes, kept in the order it should be offered on screen. Practitioners
 * choose only from the active codes, but records made before a code was retired must still
 * show their label, so lookups cover retired codes too. Codes are matched exactly, because
 * DfE returns are case-sensitive.
 */
public final class CodeSet {

    private final String name;
    private final List<Code> all;
    private final List<Code> active;
    private final Map<String, Code> byCode;

    /** @throws IllegalArgumentException if the name is blank or a code appears twice */
    public CodeSet(String name, List<Code> codes) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A code set needs a name");
        }
        this.name = name;
        this.all = List.copyOf(codes);
        this.active = all.stream().filter(code -> !code.retired()).toList();
        Map<String, Code> index = new LinkedHashMap<>();
        for (Code code : all) {
            if (index.putIfAbsent(code.code(), code) != null) {
                throw new IllegalArgumentException("Code " + code.code() + " appears twice in code set " + name);
            }
        }
        this.byCode = Map.copyOf(index);
    }

    public String name() {
        return name;
    }

    /** Every code, retired ones included, in list order. */
    public List<Code> all() {
        return all;
    }

    /** The codes that may be chosen for new recording, in list order. */
    public List<Code> active() {
        return active;
    }

    /** True for any code in the set, active or retired. */
    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** True only for a code that may still be chosen. */
    public boolean isActive(String code) {
        return contains(code) && !byCode.get(code).retired();
    }

    /** The label of any code in the set, active or retired. */
    public Optional<String> label(String code) {
        return contains(code) ? Optional.of(byCode.get(code).label()) : Optional.empty();
    }

    /** The label, or the code itself when it is not in the set (so an unexpected value still shows). */
    public String labelOrCode(String code) {
        return label(code).orElse(code == null ? "" : code);
    }

    @Override
    public String toString() {
        return "CodeSet[" + name + ", " + all.size() + " codes]";
    }
}
