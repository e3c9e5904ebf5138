package uk.org.beacon.returns.cin;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.org.beacon.returns.CensusYear;

/**
 * Writes a CIN census return as the XML file for its year (developers' reference, section 4):
 * the header, then each child with its identifiers, characteristics and episodes, every group in
 * the schema's order ({@code ReferralNFA} after the section 47 groups), optional elements left out
 * when there is no value (never written empty), yes/no as 0/1, repeated codes inside their wrapper
 * elements, and the child's sex as {@code GenderCurrent} 1/2/0 up to 2023-24 and as {@code Sex}
 * M/F/U from 2024-25. A child whose schema-required data is missing or invalid
 * ({@link CinSchemaFacts#unwritable}) is held back and listed with those elements, never written
 * broken; the rules report an error breach for each. Streams to the output (StAX), so a large return needs no DOM.
 */
public final class CinFileWriter {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    /** The last census year whose file records sex as {@code GenderCurrent}. */
    private static final int LAST_GENDER_CURRENT_YEAR = 2024;
    /** A new line and two spaces per level, for the depths the layout has. */
    private static final String[] INDENTS = new String[8];

    static {
        for (int i = 0; i < INDENTS.length; i++) {
            INDENTS[i] = "\n" + "  ".repeat(i);
        }
    }

    private final XMLStreamWriter xml;
    private final boolean genderCurrent;
    private int depth;
    private boolean childless;
    private int episodes;
    private int assessments;
    private int section47s;
    private int cinPlans;
    private int protectionPlans;

    private CinFileWriter(XMLStreamWriter xml, CensusYear year) {
        this.xml = xml;
        this.genderCurrent = year.endYear() <= LAST_GENDER_CURRENT_YEAR;
    }

    /** Writes {@code census} to {@code out} (UTF-8; {@code out} is left open) and says what the file holds. */
    public static CinFileContents write(CinReturn census, OutputStream out) {
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            try {
                return new CinFileWriter(xml, census.year()).message(census);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the CIN census file: " + e.getMessage(), e);
        }
    }

    private CinFileContents message(CinReturn census) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        start("Message");
        header(census);
        start("Children");
        int children = 0;
        List<CinHeldBack> heldBack = new ArrayList<>();
        for (CinChild child : census.children()) {
            List<String> problems = CinSchemaFacts.unwritable(child, census.year());
            if (!problems.isEmpty()) {
                heldBack.add(new CinHeldBack(child.personId(), child.laChildId(), problems));
                continue;
            }
            child(child);
            children++;
        }
        end();
        end();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        return new CinFileContents(children, episodes, assessments, section47s, cinPlans, protectionPlans, List.copyOf(heldBack));
    }

    private void header(CinReturn census) throws XMLStreamException {
        CinHeader header = census.header();
        start("Header");
        start("CollectionDetails");
        leaf("Collection", "CIN");
        leaf("Year", String.valueOf(census.year().endYear()));
        leaf("ReferenceDate", census.year().referenceDate());
        end();
        start("Source");
        leaf("SourceLevel", "L");
        leaf("LEA", header.lea());
        leaf("SoftwareCode", header.softwareCode());
        leaf("Release", header.release());
        leaf("SerialNo", header.serialNo());
        leaf("DateTime", header.madeAt());
        end();
        end();
    }

    private void child(CinChild child) throws XMLStreamException {
        start("Child");
        start("ChildIdentifiers");
        leaf("LAchildID", child.laChildId());
        leaf("UPN", child.upn());
        leaf("FormerUPN", child.formerUpn());
        leaf("UPNunknown", child.upnUnknown());
        leaf("PersonBirthDate", child.birthDate());
        leaf("ExpectedPersonBirthDate", child.expectedBirthDate());
        if (genderCurrent) {
            leaf("GenderCurrent", genderCurrent(child.sex()));
        } else {
            leaf("Sex", child.sex());
        }
        leaf("PersonDeathDate", child.deathDate());
        end();
        start("ChildCharacteristics");
        leaf("Ethnicity", child.ethnicity());
        codes("Disabilities", "Disability", child.disabilities());
        end();
        for (CinEpisode episode : child.episodes()) {
            episode(episode);
        }
        end();
    }

    private void episode(CinEpisode episode) throws XMLStreamException {
        episodes++;
        start("CINdetails");
        leaf("CINreferralDate", episode.referralDate());
        leaf("ReferralSource", episode.referralSource());
        leaf("PrimaryNeedCode", episode.primaryNeed());
        leaf("CINclosureDate", episode.closureDate());
        leaf("ReasonForClosure", episode.closureReason());
        leaf("DateOfInitialCPC", episode.dateOfInitialCpc());
        for (CinAssessment assessment : listed(episode.assessments())) {
            assessments++;
            start("Assessments");
            leaf("AssessmentActualStartDate", assessment.startDate());
            leaf("AssessmentAuthorisationDate", assessment.authorisationDate());
            codes("FactorsIdentifiedAtAssessment", "AssessmentFactors", assessment.factors());
            end();
        }
        for (CinPlanPeriod plan : listed(episode.cinPlans())) {
            cinPlans++;
            start("CINPlanDates");
            leaf("CINPlanStartDate", plan.startDate());
            leaf("CINPlanEndDate", plan.endDate());
            end();
        }
        for (CinSection47 enquiry : listed(episode.section47s())) {
            section47s++;
            start("Section47");
            leaf("S47ActualStartDate", enquiry.startDate());
            leaf("InitialCPCtarget", enquiry.initialCpcTarget());
            leaf("DateOfInitialCPC", enquiry.dateOfInitialCpc());
            leaf("ICPCnotRequired", enquiry.icpcNotRequired() ? "1" : "0");
            end();
        }
        leaf("ReferralNFA", episode.referralNfa() ? "1" : "0");
        for (CinProtectionPlan plan : listed(episode.protectionPlans())) {
            protectionPlans++;
            start("ChildProtectionPlans");
            leaf("CPPstartDate", plan.startDate());
            leaf("CPPendDate", plan.endDate());
            leaf("InitialCategoryOfAbuse", plan.initialCategory());
            leaf("LatestCategoryOfAbuse", plan.latestCategory());
            leaf("NumberOfPreviousCPP", plan.previousPlans() == null ? null : String.valueOf(plan.previousPlans()));
            List<LocalDate> reviews = listed(plan.reviewDates()).stream().filter(java.util.Objects::nonNull).toList();
            if (!reviews.isEmpty()) {
                start("Reviews");
                for (LocalDate review : reviews) {
                    leaf("CPPreviewDate", review);
                }
                end();
            }
            end();
        }
        end();
    }

    /** A wrapper element holding one element per code, left out when there are none. */
    private void codes(String wrapper, String element, List<String> codes) throws XMLStreamException {
        List<String> present = listed(codes).stream().filter(c -> c != null && !c.isBlank()).toList();
        if (present.isEmpty()) {
            return;
        }
        start(wrapper);
        for (String code : present) {
            leaf(element, code);
        }
        end();
    }

    /** {@code GenderCurrent} for a sex code (files up to 2023-24): 1 male, 2 female, 0 not recorded or unborn. */
    static String genderCurrent(String sex) {
        if (sex == null) {
            return null;
        }
        return switch (sex) {
            case "M" -> "1";
            case "F" -> "2";
            case "U" -> "0";
            default -> null;
        };
    }

    static <T> List<T> listed(List<T> values) {
        return values == null ? List.of() : values;
    }

    private void start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        depth++;
        childless = true;
    }

    private void end() throws XMLStreamException {
        depth--;
        if (!childless) {
            indent();
        }
        xml.writeEndElement();
        childless = false;
    }

    private void leaf(String name, LocalDate value) throws XMLStreamException {
        leaf(name, value == null ? null : value.toString());
    }

    private void leaf(String name, LocalDateTime value) throws XMLStreamException {
        leaf(name, value == null ? null : value.format(DATE_TIME));
    }

    /** One element with a value; nothing at all when there is no value. */
    private void leaf(String name, String value) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        indent();
        xml.writeStartElement(name);
        xml.writeCharacters(value.strip());
        xml.writeEndElement();
        childless = false;
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters(INDENTS[Math.min(depth, INDENTS.length - 1)]);
        childless = false;
    }
}
