package uk.org.beacon.returns;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.SystemActor;
import uk.org.beacon.returns.cin.CinBreach;
import uk.org.beacon.returns.cin.CinHeldBack;
import uk.org.beacon.returns.cin.CinRuleKind;
import uk.org.beacon.returns.cin.CinSchemaProblem;
import uk.org.beacon.returns.cin.UnsupportedCensusYear;

/**
 * Makes the CIN census file without the web pages, for a scheduled job: writes the file (only when
 * it passes its schema) and a summary of breaches to the given stream, and says how it went as an
 * exit code. Started by {@link CinCensusCommandLine} when {@code beacon.returns.cin-census.output} is set.
 */
@Component
class CinCensusCommand {

    /** The file passed its schema, nobody was held back and no error is left (queries may be). */
    static final int CLEAN = 0;
    /** The file was written but has errors or children held back: fix the records before sending it. */
    static final int ERRORS = 1;
    /** The file failed its schema (a bug): nothing was written. */
    static final int SCHEMA_INVALID = 2;
    /** The return could not be made (year without a schema, no LA number, unreadable year, unwritable output). */
    static final int NOT_MADE = 3;
    /** The name the command acts under in the log and the audit trail (not a member of staff). */
    static final String ACTOR = "cin-census-command-line";
    private static final int LISTED = 20;

    private final CinCensus census;

    CinCensusCommand(CinCensus census) {
        this.census = census;
    }

    /** {@code year} as the census year's end year ("2026" for 2025-26), or blank for the default year. */
    int run(String year, Path output, PrintStream out) {
        return SystemActor.runAs(ACTOR, Role.ADMINISTRATOR, () -> make(year, output, out));
    }

    private int make(String year, Path output, PrintStream out) {
        CensusYear censusYear;
        try {
            censusYear = year == null || year.isBlank() ? census.defaultYear() : new CensusYear(Integer.parseInt(year.strip()));
        } catch (NumberFormatException e) {
            out.println("CIN census: '" + year + "' is not a census year. Name the year by the calendar year in which it ends, e.g. "
                    + "--beacon.returns.cin-census.year=2026 for 2025-26. The years Beacon can make are " + CensusYear.describe(census.supportedYears()) + ".");
            return NOT_MADE;
        }
        CinCensusResult result;
        try {
            result = census.generate(censusYear, CinCensus.Through.COMMAND_LINE);
        } catch (UnsupportedCensusYear | CinCensusNotConfigured e) {
            out.println("CIN census: " + e.getMessage());
            return NOT_MADE;
        }
        out.printf("CIN census %d (%s), as at %s, reference date %s, serial %s%n", censusYear.endYear(), censusYear.label(), result.asAt(),
                result.referenceDate(), result.serialNo());
        out.printf("Children %d, episodes %d, assessments %d, section 47 enquiries %d, CIN plans %d, CP plans %d%n", result.contents().children(),
                result.contents().episodes(), result.contents().assessments(), result.contents().section47s(), result.contents().cinPlans(),
                result.contents().protectionPlans());
        out.printf("Errors %d, queries %d, children held back %d, schema problems %d%n", result.errors(), result.queries(),
                result.heldBack().size(), result.schemaProblems().size());
        out.printf("Made in %d ms %s%n", result.cost().elapsedMillis(), result.cost().phaseMillis());
        if (!result.schemaValid()) {
            out.println("The file fails the " + censusYear.endYear() + " schema, so it was not written (this is a bug in Beacon; please report it):");
            result.schemaProblems().stream().limit(LISTED).map(CinSchemaProblem::toString).forEach(p -> out.println("  " + p));
            return SCHEMA_INVALID;
        }
        try {
            Path absolute = output.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
            Files.write(partial, result.xml());
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            out.println("CIN census: could not write " + output + ": " + e.getMessage());
            return NOT_MADE;
        }
        out.printf("Wrote %s (%d bytes, SHA-256 %s)%n", output, result.sizeBytes(), result.sha256());
        for (CinHeldBack held : result.heldBack()) {
            out.println("  Held back: child " + (held.laChildId() == null ? held.personId() : held.laChildId()) + ": missing or not valid: " + String.join(", ", held.elements()));
        }
        Map<String, Long> byRule = result.breaches().stream()
                .collect(Collectors.groupingBy(b -> b.rule() + (b.kind() == CinRuleKind.ERROR ? " (error)" : " (query)"), TreeMap::new,
                        Collectors.counting()));
        if (!byRule.isEmpty()) {
            out.println("Breaches by rule:");
            byRule.forEach((rule, count) -> out.printf("  %s: %d%n", rule, count));
            Map<String, CinBreach> firstOfEach = result.breaches().stream().collect(Collectors.toMap(CinBreach::rule, Function.identity(), (a, b) -> a,
                    TreeMap::new));
            firstOfEach.values().forEach(b -> out.println("  e.g. " + b.rule() + ": " + b.message()));
        }
        return result.clean() ? CLEAN : ERRORS;
    }
}
