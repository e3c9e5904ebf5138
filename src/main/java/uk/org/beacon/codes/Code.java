package uk.org.beacon.codes;

/**
 * One entry in a national or local code list, such as "WBRI" for White British in the DfE
 * ethnicity list. Returns to the Department for Education carry the code, while screens show
 * the label. A retired code is one that older records may still hold but that should no
 * longer be chosen for new recording.
 */
public record Code(String code, String label, boolean retired) {

    public Code {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A code needs a value");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("Code " + code + " needs a label");
        }
        code = code.strip();
        label = label.strip();
    }
}
