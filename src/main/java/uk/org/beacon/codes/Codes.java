package uk.org.beacon.codes;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The code lists that records are kept in, shared by every part of Beacon: the DfE lists
 * that the children in need census is built from (ethnicity, disability, sex, referral
 * source, reasons a UPN is unknown) and standard lists for the rest of what we record about
 * people. They live as CSV files under {@code codes/} on the classpath so that they can be
 * read and corrected without touching code. Every expected list must be present at start-up.
 */
@Component
public class Codes {

    private static final String LOCATION = "classpath*:codes/*.csv";

    static final String ETHNICITY = "ethnicity";
    static final String DISABILITY = "disability";
    static final String RELIGION = "religion";
    static final String LANGUAGE = "language";
    static final String LEGAL_SEX = "legal-sex";
    static final String GENDER_IDENTITY = "gender-identity";
    static final String SEXUAL_ORIENTATION = "sexual-orientation";
    static final String UPN_UNKNOWN_REASON = "upn-unknown-reason";
    static final String REFERRAL_SOURCE = "referral-source";
    static final String RELATIONSHIP_TYPE = "relationship-type";
    static final String PROFESSIONAL_ROLE = "professional-role";
    static final String PERSON_KIND = "person-kind";
    static final String CONTACT_CONCERN = "contact-concern";
    static final String ASSESSMENT_FACTOR = "assessment-factor";
    static final String CIN_CLOSURE_REASON = "cin-closure-reason";
    static final String PRIMARY_NEED = "primary-need";
    static final String ABUSE_CATEGORY = "abuse-category";
    static final String AGENCY = "agency";

    private static final List<String> EXPECTED = List.of(ETHNICITY, DISABILITY, RELIGION, LANGUAGE, LEGAL_SEX,
            GENDER_IDENTITY, SEXUAL_ORIENTATION, UPN_UNKNOWN_REASON, REFERRAL_SOURCE, RELATIONSHIP_TYPE,
            PROFESSIONAL_ROLE, PERSON_KIND, CONTACT_CONCERN, ASSESSMENT_FACTOR, CIN_CLOSURE_REASON, PRIMARY_NEED,
            ABUSE_CATEGORY, AGENCY);

    private final Map<String, CodeSet> sets;

    /** Loads every {@code codes/*.csv}; the file name without ".csv" is the code set's name. */
    public Codes() {
        Map<String, CodeSet> loaded = new TreeMap<>();
        for (Resource resource : csvResources()) {
            String file = resource.getFilename();
            String name = file.substring(0, file.length() - ".csv".length());
            try (InputStreamReader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                CodeSet set = new CodeSet(name, CodeCsv.read(reader, "codes/" + file));
                if (loaded.putIfAbsent(name, set) != null) {
                    throw new IllegalStateException("Two code lists are named codes/" + file + " on the classpath");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read codes/" + file, e);
            }
        }
        List<String> missing = EXPECTED.stream().filter(name -> !loaded.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Missing code lists on the classpath: codes/" + String.join(".csv, codes/", missing) + ".csv");
        }
        this.sets = Collections.unmodifiableMap(loaded);
    }

    private static Resource[] csvResources() {
        try {
            return new PathMatchingResourcePatternResolver(Codes.class.getClassLoader()).getResources(LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + LOCATION, e);
        }
    }

    /** What a contact about a child is about (front-door concern categories). */
    public CodeSet contactConcern() {
        return sets.get(CONTACT_CONCERN);
    }

    /** DfE ethnicity (CIN census 5.7). */
    public CodeSet ethnicity() {
        return sets.get(ETHNICITY);
    }

    /** DfE disability (CIN census 5.6). */
    public CodeSet disability() {
        return sets.get(DISABILITY);
    }

    public CodeSet religion() {
        return sets.get(RELIGION);
    }

    /** Languages, by ISO 639-3 code, plus OTH and NOBT. */
    public CodeSet language() {
        return sets.get(LANGUAGE);
    }

    /** Sex as DfE returns it from 2024-25: M, F, U (CIN census 5.8). */
    public CodeSet legalSex() {
        return sets.get(LEGAL_SEX);
    }

    public CodeSet genderIdentity() {
        return sets.get(GENDER_IDENTITY);
    }

    public CodeSet sexualOrientation() {
        return sets.get(SEXUAL_ORIENTATION);
    }

    /** Why a child has no UPN, UN1 to UN7 (CIN census 5.9). */
    public CodeSet upnUnknownReason() {
        return sets.get(UPN_UNKNOWN_REASON);
    }

    /** Who made a referral (CIN census 5.1). */
    public CodeSet referralSource() {
        return sets.get(REFERRAL_SOURCE);
    }

    /** How one person is related to another (mother, half-sibling, special guardian …). */
    public CodeSet relationshipType() {
        return sets.get(RELATIONSHIP_TYPE);
    }

    /** The role of a professional involved with a child (school, GP, police …). */
    public CodeSet professionalRole() {
        return sets.get(PROFESSIONAL_ROLE);
    }

    /** Whether a person record is a child, an unborn child or an adult. */
    public CodeSet personKind() {
        return sets.get(PERSON_KIND);
    }

    /** Factors identified at the end of an assessment (CIN census 5.5); "21" (no factors) stands alone. */
    public CodeSet assessmentFactor() {
        return sets.get(ASSESSMENT_FACTOR);
    }

    /** Why a child's episode of need closed, RC1 to RC9 (CIN census 5.3). */
    public CodeSet cinClosureReason() {
        return sets.get(CIN_CLOSURE_REASON);
    }

    /** The child's primary need, N0 to N9 (CIN census 5.2). */
    public CodeSet primaryNeed() {
        return sets.get(PRIMARY_NEED);
    }

    /** Category of abuse for a child protection plan: NEG, PHY, SAB, EMO, MUL (CIN census 5.4). */
    public CodeSet abuseCategory() {
        return sets.get(ABUSE_CATEGORY);
    }

    /** Agencies taking part in multi-agency work (strategy discussions, conferences, checks). */
    public CodeSet agency() {
        return sets.get(AGENCY);
    }

    /** Names of every loaded code set, in alphabetical order ("disability", "ethnicity", …). */
    public Set<String> names() {
        return sets.keySet();
    }

    /**
     * The code set loaded from {@code codes/<name>.csv}, for example "legal-sex".
     *
     * @throws IllegalArgumentException if there is no such code set
     */
    public CodeSet byName(String name) {
        CodeSet set = name == null ? null : sets.get(name);
        if (set == null) {
            throw new IllegalArgumentException("No code set named '" + name + "'; known: " + String.join(", ", names()));
        }
        return set;
    }
}
