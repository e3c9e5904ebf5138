package uk.org.beacon.returns;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import uk.org.beacon.returns.cin.CinBreach;
import uk.org.beacon.returns.cin.CinFileContents;
import uk.org.beacon.returns.cin.CinHeldBack;
import uk.org.beacon.returns.cin.CinRuleKind;
import uk.org.beacon.returns.cin.CinSchemaProblem;

/**
 * A CIN census return made for a year, as at a day: the file ({@code xml}, UTF-8; only for a file
 * made to be offered, {@code null} for a check), what it holds, the children held back, the schema
 * problems (none, or the file is a bug and is not offered), the validation rules' breaches, and
 * what making it cost. {@code fileId} and {@code serialNo} identify the file in the log
 * ({@code returns.cin_census_file}); a check has neither.
 */
public record CinCensusResult(UUID fileId, CensusYear year, LocalDate asAt, String serialNo, LocalDateTime madeAt, byte[] xml, long sizeBytes,
        String sha256, CinFileContents contents, List<CinSchemaProblem> schemaProblems, List<CinBreach> breaches, Cost cost) {

    /**
     * Time and memory spent making the return, measured on the thread that made it: in all, and per
     * phase ({@code build} reading the records, {@code rules}, {@code write}, {@code validate}, and for
     * a file {@code log}), in milliseconds.
     */
    public record Cost(long elapsedMillis, java.util.Map<String, Long> phaseMillis, long allocatedBytes, long peakHeapBytes) {}

    public LocalDate referenceDate() {
        return year.referenceDate();
    }

    public boolean schemaValid() {
        return schemaProblems.isEmpty();
    }

    public long errors() {
        return breaches.stream().filter(b -> b.kind() == CinRuleKind.ERROR).count();
    }

    public long queries() {
        return breaches.stream().filter(b -> b.kind() == CinRuleKind.QUERY).count();
    }

    public List<CinHeldBack> heldBack() {
        return contents.heldBack();
    }

    /** Ready to send to DfE: valid against the schema, nobody held back and no error left (queries need a fix or an explanation). */
    public boolean clean() {
        return schemaValid() && heldBack().isEmpty() && errors() == 0;
    }

    /** The download's file name, {@code cin-census-2026.xml}. */
    public String fileName() {
        return "cin-census-" + year.endYear() + ".xml";
    }
}
