package uk.org.beacon.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed chronology, read back as text the way a court clerk's software would. */
class ChronologyPdfTest {

    private static final ZonedDateTime PRODUCED = ZonedDateTime.of(2026, 3, 20, 14, 30, 0, 0, ZoneId.of("Europe/London"));
    private static final String NEIGHBOUR = "Neighbour Mrs Example says the partner shouts at the children every night";

    private final ChronologyPdf pdf = new ChronologyPdf();

    private static ChronologyEntryDetails entry(int n, String title, String summary, String impact, boolean thirdParty) {
        return new ChronologyEntryDetails(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2025, 4, 1).plusDays(n * 7L),
                n % 2 == 0 ? LocalTime.of(9, 30) : null, Instant.parse("2026-03-01T10:00:00Z"), null, thirdParty ? EntryType.FAMILY : EntryType.EDUCATION,
                title, summary, impact, null, null, true, thirdParty, thirdParty ? "Neighbour, by telephone" : "School report", "chronology", null,
                null, null, null, null, null, 1);
    }

    private static List<ChronologyEntryDetails> aYearOfEntries() {
        List<ChronologyEntryDetails> entries = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            entries.add(entry(n, "School report number " + n, "The school's designated safeguarding lead reports on attendance, presentation and "
                    + "what the child has said this week. Attendance was " + (80 + n % 15) + "% and the child arrived late on several days.",
                    n % 3 == 0 ? null : "The child is missing lessons and says they feel tired; they are behind their friends in reading.", false));
        }
        entries.add(20, entry(20, "Neighbour reports shouting at night", NEIGHBOUR, "The child is frightened at bedtime", true));
        return entries;
    }

    private static ChronologyDocument document(Audience audience, List<ChronologyEntryDetails> entries) {
        List<ChronologyEntryDetails> shown = ChronologyRules.forAudience(entries, audience);
        int withheld = audience == Audience.FAMILY ? (int) entries.stream().filter(ChronologyEntryDetails::thirdParty).count() : 0;
        return new ChronologyDocument("Demoshire Children's Services", "Zofia Wójcik-Łukasiewicz", LocalDate.of(2015, 3, 12), null, audience,
                ChronologyFilter.significantOnly(), shown, withheld, PRODUCED, "Jordan Social-Worker");
    }

    /** Keeps a copy under target/chronology for people reviewing a build. */
    private static void keep(String name, byte[] bytes) throws IOException {
        java.nio.file.Path dir = java.nio.file.Paths.get("target", "chronology");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), bytes);
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static int pages(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void theCourtsCopyNamesTheChildAndSaysWhatItCoversWhoProducedItAndWhenOnNumberedPages() throws IOException {
        byte[] bytes = pdf.render(document(Audience.COURT, aYearOfEntries()));
        keep("chronology-for-court.pdf", bytes);
        String text = text(bytes);
        int pages = pages(bytes);

        assertThat(pages).isGreaterThan(1);
        assertThat(text).contains("Chronology", "Zofia Wójcik-Lukasiewicz", "Date of birth 12 March 2015", "Prepared for The court (complete)",
                "Dates covered 1 April 2025 to", "Showing Significant events only (41 entries)",
                "Produced 20 March 2026 at 14:30 by Jordan Social-Worker", "Local authority Demoshire Children's Services");
        assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages, "OFFICIAL-SENSITIVE");
        assertThat(text).contains("Date What happened Impact on the child");
        assertThat(text).contains("School report number 0", "School report number 39", "Impact not yet recorded");
        assertThat(text).contains(NEIGHBOUR, "The child is frightened at bedtime", "Source: Neighbour, by telephone");
        assertThat(text).doesNotContain("information withheld");
    }

    @Test
    void theFamilysCopyWithholdsTheThirdPartyInformationTheWorkerMarkedAndKeepsEverythingElse() throws IOException {
        byte[] bytes = pdf.render(document(Audience.FAMILY, aYearOfEntries()));
        keep("chronology-for-family.pdf", bytes);
        String text = text(bytes);

        assertThat(text).contains("Prepared for The family (information about other people withheld)");
        assertThat(text).contains("1 entry contains information about other people. It is withheld and shown as [information withheld: third party].");
        assertThat(text).contains("[information withheld: third party]");
        assertThat(text).doesNotContain(NEIGHBOUR).doesNotContain("Neighbour reports shouting").doesNotContain("frightened at bedtime")
                .doesNotContain("Neighbour, by telephone");
        assertThat(text).contains("School report number 0", "School report number 39");
    }

    @Test
    void anEmptySelectionStillPrintsItsTitleBlock() throws IOException {
        String text = text(pdf.render(document(Audience.COURT, List.of())));
        assertThat(text).contains("Dates covered No entries", "No entries match this selection.", "Page 1 of 1");
    }
}
