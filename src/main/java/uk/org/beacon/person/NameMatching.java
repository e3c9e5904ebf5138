package uk.org.beacon.person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Before creating a record for a child or adult, a practitioner searches for them, and a
 * missed match means a second record and a history split in two. Names reach us spelt as
 * the referrer heard them ("Jon Smyth"), transliterated in different ways ("Mohammed" or
 * "Muhammad"), with or without accents and apostrophes, or as the short form the family
 * uses ("Bill" for "William"). These rules turn such variation into a 0 to 1 score so that
 * likely matches are shown first; a practitioner still decides whether it is the same person.
 */
public final class NameMatching {

    private static final double FAMILY_WEIGHT = 0.6;
    private static final double GIVEN_WEIGHT = 0.4;
    /** A known short form or spelling of the same given name counts almost as much as the same name. */
    private static final double VARIANT_SIMILARITY = 0.95;
    /** When both names sound alike, the similarity moves this share of the way towards 1. */
    private static final double PHONETIC_BOOST = 0.5;
    /** One part of a double-barrelled name matching the other name is good but not complete evidence. */
    private static final double PART_MATCH = 0.9;
    /** Given and family names entered the wrong way round. */
    private static final double SWAPPED = 0.9;
    /** Jaro-Winkler rates unrelated names around 0.4 to 0.6; below this floor it is treated as no evidence. */
    private static final double NOISE_FLOOR = 0.5;

    /** Words that begin many family names and say little about who the person is. */
    private static final Set<String> PARTICLES = Set.of(
            "al", "el", "de", "da", "di", "du", "del", "della", "der", "den", "van", "von",
            "la", "le", "bin", "ibn", "bint", "ben", "abu");

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02BC`\u00B4]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Letters that Unicode decomposition does not reduce to plain Latin letters. */
    private static final Map<String, String> SPECIAL_LETTERS = Map.ofEntries(
            Map.entry("ß", "ss"), Map.entry("æ", "ae"), Map.entry("œ", "oe"), Map.entry("ø", "o"),
            Map.entry("ł", "l"), Map.entry("đ", "d"), Map.entry("ð", "d"), Map.entry("þ", "th"),
            Map.entry("ı", "i"), Map.entry("ħ", "h"));

    /** Each group holds forms of one given name that families and agencies use interchangeably. */
    private static final List<Set<String>> GIVEN_NAME_GROUPS = List.of(
            Set.of("william", "bill", "billy", "will", "willie"),
            Set.of("robert", "bob", "bobby", "rob", "robbie"),
            Set.of("elizabeth", "liz", "lizzie", "lizzy", "beth", "betty", "bess", "eliza", "libby"),
            Set.of("john", "jack", "johnny", "jon", "jonny"),
            Set.of("jonathan", "jon", "jonny"),
            Set.of("margaret", "peggy", "maggie", "meg", "margie"),
            Set.of("alexander", "alex", "alec", "xander", "sandy"),
            Set.of("alexandra", "alex", "alexa", "lexi", "sandy"),
            Set.of("katherine", "catherine", "kathryn", "katharine", "catharine", "cathryn", "kathrine", "kate", "cate", "katie", "katy",
                    "kathy", "cathy", "kath", "cath", "kat", "kitty"),
            Set.of("mohammed", "muhammad", "mohammad", "mohamed", "muhammed", "mohamad", "mo"),
            Set.of("james", "jim", "jimmy", "jamie"),
            Set.of("thomas", "tom", "tommy"),
            Set.of("richard", "rich", "richie", "rick", "ricky", "dick"),
            Set.of("edward", "ed", "eddie", "ted", "teddy", "ned"),
            Set.of("theodore", "theo", "ted", "teddy"),
            Set.of("charles", "charlie", "chas", "chuck"),
            Set.of("charlotte", "charlie", "lottie"),
            Set.of("christopher", "chris", "kit"),
            Set.of("christine", "christina", "chris", "chrissie", "tina"),
            Set.of("daniel", "dan", "danny"),
            Set.of("michael", "mike", "mick", "micky", "mikey"),
            Set.of("anthony", "antony", "tony"),
            Set.of("joseph", "joe", "joey"),
            Set.of("samuel", "sam", "sammy"),
            Set.of("samantha", "sam", "sammy"),
            Set.of("benjamin", "ben", "benny"),
            Set.of("nicholas", "nick", "nicky"),
            Set.of("matthew", "matt", "matty"),
            Set.of("andrew", "andy", "drew"),
            Set.of("stephen", "steven", "steve", "stevie"),
            Set.of("david", "dave", "davey"),
            Set.of("henry", "harry", "hal"),
            Set.of("patrick", "pat", "paddy"),
            Set.of("patricia", "pat", "patsy", "trish"),
            Set.of("susan", "sue", "susie", "suzanne"),
            Set.of("deborah", "debbie", "debs", "debra"),
            Set.of("jennifer", "jen", "jenny"),
            Set.of("rebecca", "becky", "becca"),
            Set.of("victoria", "vicky", "vikki", "tori"),
            Set.of("abigail", "abi", "abby", "abbie"),
            Set.of("frederick", "fred", "freddie", "freddy"),
            Set.of("alfred", "alf", "alfie"),
            Set.of("joshua", "josh"),
            Set.of("zachary", "zach", "zack"),
            Set.of("mary", "molly", "polly"),
            Set.of("eleanor", "elinor", "ellie", "nell", "nellie"),
            Set.of("yusuf", "yousef", "yousuf", "youssef"),
            Set.of("ibrahim", "ebrahim"),
            Set.of("fatima", "fatimah", "fatma"),
            Set.of("aisha", "ayesha", "aysha"));

    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private static final NameMemory<String> NORMALISED = new NameMemory<>(20_000);
    private static final NameMemory<String> PHONETIC_KEYS = new NameMemory<>(20_000);
    private static final NameMemory<String> PART_SOUNDS = new NameMemory<>(20_000);
    private static final NameMemory<Set<String>> VARIANTS = new NameMemory<>(20_000);
    private static final NameMemory<Double> GIVEN_SIMILARITY = new NameMemory<>(200_000);
    private static final NameMemory<Double> FAMILY_SIMILARITY = new NameMemory<>(200_000);

    private NameMatching() {
    }

    /**
     * Lower-case, accents removed ("Zoë" → "zoe"), apostrophes removed ("O'Neil" → "oneil"),
     * other punctuation such as hyphens turned into spaces, and runs of spaces collapsed.
     * Letters from other scripts are kept. Null becomes an empty string.
     */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return NORMALISED.of(name, NameMatching::tidy);
    }

    private static String tidy(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> special : SPECIAL_LETTERS.entrySet()) {
            lower = lower.replace(special.getKey(), special.getValue());
        }
        String unaccented = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String noApostrophes = APOSTROPHES.matcher(unaccented).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(noApostrophes).replaceAll(" ").strip();
    }

    /**
     * The Double Metaphone primary code of the name's main part, so that names that sound
     * alike ("Smith", "Smyth") share a key. For hyphenated or multi-part names the first part
     * is used, skipping a leading particle such as "al" or "van" when more follows. Empty when
     * the name has no Latin letters.
     */
    public static String phoneticKey(String name) {
        if (name == null) {
            return "";
        }
        return PHONETIC_KEYS.of(name, n -> {
            List<String> parts = parts(normalise(n));
            if (parts.isEmpty()) {
                return "";
            }
            return partSound(parts.size() > 1 && PARTICLES.contains(parts.get(0)) ? parts.get(1) : parts.get(0));
        });
    }

    /** The Double Metaphone primary code of one normalised part of a name; empty when it has none. */
    private static String partSound(String part) {
        return PART_SOUNDS.of(part, p -> {
            String key = DOUBLE_METAPHONE.doubleMetaphone(p);
            return key == null ? "" : key;
        });
    }

    /** Jaro-Winkler similarity (0 to 1) of the normalised names; 0 when either is blank. */
    public static double similarity(String a, String b) {
        String left = normalise(a);
        String right = normalise(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0.0;
        }
        return JARO_WINKLER.apply(left, right);
    }

    /**
     * The normalised given name plus, for its first part, every short form or long form in
     * the built-in table ("bill" gives "william", "billy", "will", …). Empty for a blank name.
     */
    public static Set<String> givenNameVariants(String givenName) {
        String normalised = normalise(givenName);
        if (normalised.isEmpty()) {
            return Set.of();
        }
        return VARIANTS.of(normalised, NameMatching::variantsOf);
    }

    private static Set<String> variantsOf(String normalised) {
        String first = parts(normalised).get(0);
        Set<String> variants = new LinkedHashSet<>();
        variants.add(normalised);
        variants.add(first);
        for (Set<String> group : GIVEN_NAME_GROUPS) {
            if (group.contains(first)) {
                group.stream().sorted().forEach(variants::add);
            }
        }
        return Collections.unmodifiableSet(variants);
    }

    /**
     * How likely (0 to 1) it is that a search for the query name has found the candidate.
     * Family names count for more than given names; known variants of a given name and names
     * that sound the same raise the score; each alias (a full name such as "Jo Bloggs", or a
     * single name taken as a known-as given name or a former family name) is tried as well,
     * as are given and family names entered the wrong way round. A blank query part is left
     * out of the comparison; a blank query scores 0.
     */
    public static double score(String queryGiven, String queryFamily,
                               String candidateGiven, String candidateFamily,
                               List<String> candidateAliases) {
        boolean hasGiven = !normalise(queryGiven).isEmpty();
        boolean hasFamily = !normalise(queryFamily).isEmpty();
        if (!hasGiven && !hasFamily) {
            return 0.0;
        }
        List<String[]> candidateNames = new ArrayList<>();
        candidateNames.add(new String[] {candidateGiven, candidateFamily});
        for (String alias : candidateAliases == null ? List.<String>of() : candidateAliases) {
            candidateNames.addAll(aliasReadings(alias, candidateGiven, candidateFamily));
        }
        double best = 0.0;
        for (String[] name : candidateNames) {
            best = Math.max(best, pairScore(queryGiven, queryFamily, name[0], name[1], hasGiven, hasFamily));
            if (hasGiven && hasFamily) {
                best = Math.max(best, SWAPPED * pairScore(queryGiven, queryFamily, name[1], name[0], true, true));
            }
        }
        return Math.min(1.0, best);
    }

    private static List<String[]> aliasReadings(String alias, String candidateGiven, String candidateFamily) {
        String[] words = alias == null ? new String[0] : alias.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return List.of();
        }
        if (words.length == 1) {
            return List.of(new String[] {words[0], candidateFamily}, new String[] {candidateGiven, words[0]});
        }
        String given = String.join(" ", Arrays.copyOfRange(words, 0, words.length - 1));
        return List.<String[]>of(new String[] {given, words[words.length - 1]});
    }

    private static double pairScore(String queryGiven, String queryFamily, String candidateGiven,
                                    String candidateFamily, boolean useGiven, boolean useFamily) {
        double given = useGiven ? givenSimilarity(queryGiven, candidateGiven) : 0.0;
        double family = useFamily ? familySimilarity(queryFamily, candidateFamily) : 0.0;
        if (useGiven && useFamily) {
            return FAMILY_WEIGHT * family + GIVEN_WEIGHT * given;
        }
        return useFamily ? family : given;
    }

    private static double givenSimilarity(String query, String candidate) {
        return GIVEN_SIMILARITY.of(query, candidate, NameMatching::compareGiven);
    }

    private static double compareGiven(String query, String candidate) {
        String left = normalise(query);
        String right = normalise(candidate);
        if (left.isEmpty() || right.isEmpty()) {
            return 0.0;
        }
        String leftFirst = parts(left).get(0);
        String rightFirst = parts(right).get(0);
        double similarity = Math.max(JARO_WINKLER.apply(left, right), JARO_WINKLER.apply(leftFirst, rightFirst));
        if (givenNameVariants(leftFirst).contains(rightFirst)) {
            similarity = Math.max(similarity, VARIANT_SIMILARITY);
        }
        return rescale(withPhoneticBoost(similarity, leftFirst, rightFirst));
    }

    private static double familySimilarity(String query, String candidate) {
        return FAMILY_SIMILARITY.of(query, candidate, NameMatching::compareFamily);
    }

    private static double compareFamily(String query, String candidate) {
        String left = normalise(query);
        String right = normalise(candidate);
        if (left.isEmpty() || right.isEmpty()) {
            return 0.0;
        }
        double similarity = withPhoneticBoost(JARO_WINKLER.apply(left, right), left, right);
        List<String> leftParts = parts(left);
        List<String> rightParts = parts(right);
        if (leftParts.size() > 1 || rightParts.size() > 1) {
            for (String l : leftParts) {
                for (String r : rightParts) {
                    if (!PARTICLES.contains(l) && !PARTICLES.contains(r)) {
                        similarity = Math.max(similarity, PART_MATCH * withPhoneticBoost(JARO_WINKLER.apply(l, r), l, r));
                    }
                }
            }
        }
        return rescale(similarity);
    }

    /** The normalised parts of a family name that say who the person is: "Al-Hassan Smith-Jones" gives hassan, smith, jones. */
    static List<String> familyNameParts(String name) {
        return parts(normalise(name)).stream().filter(p -> !PARTICLES.contains(p)).toList();
    }

    /**
     * Whether the names share a part, spelt or sounding the same, when at least one of them has
     * more than one part ("Smith-Jones" and "Jones"). Particles such as "al" or "van" do not count.
     */
    static boolean shareAFamilyNamePart(String a, String b) {
        List<String> left = parts(normalise(a));
        List<String> right = parts(normalise(b));
        if (left.size() < 2 && right.size() < 2) {
            return false;
        }
        for (String l : left) {
            for (String r : right) {
                if (PARTICLES.contains(l) || PARTICLES.contains(r)) {
                    continue;
                }
                String soundL = partSound(l);
                if (l.equals(r) || (!soundL.isEmpty() && soundL.equals(partSound(r)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double withPhoneticBoost(double similarity, String a, String b) {
        String keyA = phoneticKey(a);
        if (!keyA.isEmpty() && keyA.equals(phoneticKey(b))) {
            return similarity + (1.0 - similarity) * PHONETIC_BOOST;
        }
        return similarity;
    }

    /** Spreads Jaro-Winkler's range so that unrelated names fall near 0 rather than near 0.5. */
    private static double rescale(double similarity) {
        return Math.max(0.0, (similarity - NOISE_FLOOR) / (1.0 - NOISE_FLOOR));
    }

    private static List<String> parts(String normalised) {
        return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
    }
}
