package uk.org.beacon.childprotection.conference;

import java.util.Map;

/** The categories of abuse explained for a family, for the letters and plans they are given. */
public final class CategoryInPlainWords {

    private static final Map<String, String> PLAIN = Map.of(
            "NEG", "neglect: the child's basic needs (food, warmth, safety, health care or supervision) are not being met",
            "PHY", "physical abuse: the child has been, or is likely to be, physically hurt",
            "SAB", "sexual abuse: the child has been, or is likely to be, sexually harmed",
            "EMO", "emotional abuse: the child has been, or is likely to be, harmed by how they are spoken to or treated",
            "MUL", "more than one kind of harm (multiple categories)");

    private CategoryInPlainWords() {}

    /** The category's plain explanation, else its label. */
    public static String of(String code, String label) {
        return PLAIN.getOrDefault(code, label == null ? "Not recorded" : label);
    }
}
