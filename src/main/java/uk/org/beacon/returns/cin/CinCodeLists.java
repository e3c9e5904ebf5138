package uk.org.beacon.returns.cin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import uk.org.beacon.codes.Code;
import uk.org.beacon.codes.CodeSet;
import uk.org.beacon.codes.Codes;

/**
 * The CIN census code sets the rules and the schema facts check against, read once from the same
 * CSV lists Beacon records with ({@code codes/*.csv}, README section 5), so a list is never kept in
 * two places. Retired codes count as listed (the schema still accepts 18A and 19A; queries 8945Q and
 * 8950Q deal with them). The sets answer {@code contains(null)} with false. The LA numbers of rule 1530 come from {@code returns/cin-upn-la-numbers.csv}.
 * The enumerations are the same in the 2024, 2025 and 2026 schemas except sex (README section 1.1),
 * which the model always carries as M, F or U.
 */
final class CinCodeLists {

    static final Set<String> SEXES;
    static final Set<String> ETHNICITIES;
    static final Set<String> DISABILITIES;
    static final Set<String> UPN_UNKNOWN;
    static final Set<String> REFERRAL_SOURCES;
    static final Set<String> PRIMARY_NEEDS;
    static final Set<String> CLOSURE_REASONS;
    static final Set<String> FACTORS;
    static final Set<String> ABUSE_CATEGORIES;
    static final Set<String> LA_NUMBERS = laNumbers("returns/cin-upn-la-numbers.csv");

    static {
        Codes codes = new Codes();
        SEXES = codes(codes.legalSex());
        ETHNICITIES = codes(codes.ethnicity());
        DISABILITIES = codes(codes.disability());
        UPN_UNKNOWN = codes(codes.upnUnknownReason());
        REFERRAL_SOURCES = codes(codes.referralSource());
        PRIMARY_NEEDS = codes(codes.primaryNeed());
        CLOSURE_REASONS = codes(codes.cinClosureReason());
        FACTORS = codes(codes.assessmentFactor());
        ABUSE_CATEGORIES = codes(codes.abuseCategory());
    }

    private CinCodeLists() {}

    private static Set<String> codes(CodeSet set) {
        Set<String> values = new LinkedHashSet<>();
        for (Code code : set.all()) {
            values.add(code.code());
        }
        return Collections.unmodifiableSet(values);
    }

    /** Reads "from,to" ranges of three-digit numbers; lines starting with # are comments. */
    static Set<String> laNumbers(String resource) {
        InputStream in = CinCodeLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing " + resource + " on the classpath");
        }
        Set<String> numbers = new LinkedHashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = false;
            while ((line = lines.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    if (!text.equals("from,to")) {
                        throw new IllegalStateException(resource + " line " + number + ": expected header from,to");
                    }
                    header = true;
                    continue;
                }
                String[] range = text.split(",");
                if (range.length != 2 || !range[0].strip().matches("\\d{3}") || !range[1].strip().matches("\\d{3}")) {
                    throw new IllegalStateException(resource + " line " + number + ": expected two three-digit numbers");
                }
                int from = Integer.parseInt(range[0].strip());
                int to = Integer.parseInt(range[1].strip());
                if (to < from) {
                    throw new IllegalStateException(resource + " line " + number + ": the range ends before it starts");
                }
                for (int la = from; la <= to; la++) {
                    numbers.add(String.format("%03d", la));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
        return Collections.unmodifiableSet(numbers);
    }
}
