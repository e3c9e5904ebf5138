package uk.org.beacon.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.beacon.returns.cin.CinReturnExamples.day;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import uk.org.beacon.returns.CensusYear;

class CinFileWriterTest {

    private static final CinSchemas SCHEMAS = new CinSchemas();

    private static byte[] write(CinReturn census) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CinFileWriter.write(census, out);
        return out.toByteArray();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The element children of {@code parent}, by name, in order. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as(parent.getTagName() + "/" + name).hasSize(1);
        return found.get(0);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    private static List<String> names(Element parent) {
        return children(parent, null).stream().map(Element::getTagName).toList();
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(Element::getTextContent).toList();
    }

    @ParameterizedTest(name = "census year {0}")
    @ValueSource(ints = {2024, 2025, 2026})
    void aReturnUsingEveryElementIsWrittenInTheSchemasOrderAndPassesTheYearsSchema(int endYear) throws Exception {
        CensusYear y = new CensusYear(endYear);
        byte[] xml = write(CinReturnExamples.rich(y));

        assertThat(SCHEMAS.check(y, new ByteArrayInputStream(xml))).isEmpty();
        Element message = parse(xml).getDocumentElement();
        assertThat(message.getTagName()).isEqualTo("Message");
        assertThat(names(message)).containsExactly("Header", "Children");

        Element header = child(message, "Header");
        Element collection = child(header, "CollectionDetails");
        assertThat(names(collection)).containsExactly("Collection", "Year", "ReferenceDate");
        assertThat(text(collection, "Collection")).isEqualTo("CIN");
        assertThat(text(collection, "Year")).isEqualTo(String.valueOf(endYear));
        assertThat(text(collection, "ReferenceDate")).isEqualTo(endYear + "-03-31");
        Element source = child(header, "Source");
        assertThat(names(source)).containsExactly("SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime");
        assertThat(text(source, "SourceLevel")).isEqualTo("L");
        assertThat(text(source, "LEA")).isEqualTo("201");
        assertThat(text(source, "SoftwareCode")).isEqualTo("Beacon");
        assertThat(text(source, "Release")).isEqualTo("1.2.3");
        assertThat(text(source, "SerialNo")).isEqualTo("007");
        assertThat(text(source, "DateTime")).isEqualTo("2026-04-02T09:30:15");

        List<Element> children = children(child(message, "Children"), "Child");
        assertThat(children).hasSize(3);
        Element rosa = children.get(0);
        assertThat(names(rosa)).containsExactly("ChildIdentifiers", "ChildCharacteristics", "CINdetails", "CINdetails");
        Element ids = child(rosa, "ChildIdentifiers");
        String sexElement = endYear <= 2024 ? "GenderCurrent" : "Sex";
        assertThat(names(ids)).containsExactly("LAchildID", "UPN", "FormerUPN", "PersonBirthDate", sexElement, "PersonDeathDate");
        assertThat(text(ids, "LAchildID")).isEqualTo("B000123");
        assertThat(text(ids, "UPN")).isEqualTo("A201123456789");
        assertThat(text(ids, "FormerUPN")).isEqualTo("T201123456780");
        assertThat(text(ids, "PersonBirthDate")).isEqualTo((endYear - 9) + "-02-14");
        assertThat(text(ids, sexElement)).isEqualTo(endYear <= 2024 ? "2" : "F");
        assertThat(text(ids, "PersonDeathDate")).isEqualTo(day(y, 3, 21).toString());
        Element characteristics = child(rosa, "ChildCharacteristics");
        assertThat(text(characteristics, "Ethnicity")).isEqualTo("WBRI");
        assertThat(texts(child(characteristics, "Disabilities"), "Disability")).containsExactly("MOB", "COMM");

        List<Element> episodes = children(rosa, "CINdetails");
        Element carried = episodes.get(0);
        assertThat(names(carried)).containsExactly("CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure",
                "CINPlanDates", "ReferralNFA");
        assertThat(text(carried, "CINreferralDate")).isEqualTo((endYear - 2) + "-11-03");
        assertThat(text(carried, "ReferralSource")).isEqualTo("2A");
        assertThat(text(carried, "PrimaryNeedCode")).isEqualTo("N4");
        assertThat(text(carried, "CINclosureDate")).isEqualTo(day(y, 6, 30).toString());
        assertThat(text(carried, "ReasonForClosure")).isEqualTo("RC7");
        assertThat(text(child(carried, "CINPlanDates"), "CINPlanStartDate")).isEqualTo((endYear - 2) + "-12-01");
        assertThat(text(child(carried, "CINPlanDates"), "CINPlanEndDate")).isEqualTo(day(y, 6, 30).toString());
        assertThat(text(carried, "ReferralNFA")).isEqualTo("0");

        Element current = episodes.get(1);
        assertThat(names(current)).containsExactly("CINreferralDate", "ReferralSource", "PrimaryNeedCode", "DateOfInitialCPC", "Assessments",
                "Assessments", "CINPlanDates", "Section47", "Section47", "ReferralNFA", "ChildProtectionPlans");
        assertThat(text(current, "DateOfInitialCPC")).isEqualTo(day(y, 12, 5).toString());
        List<Element> assessments = children(current, "Assessments");
        assertThat(names(assessments.get(0))).containsExactly("AssessmentActualStartDate", "AssessmentAuthorisationDate",
                "FactorsIdentifiedAtAssessment");
        assertThat(text(assessments.get(0), "AssessmentActualStartDate")).isEqualTo(day(y, 9, 2).toString());
        assertThat(text(assessments.get(0), "AssessmentAuthorisationDate")).isEqualTo(day(y, 10, 14).toString());
        assertThat(texts(child(assessments.get(0), "FactorsIdentifiedAtAssessment"), "AssessmentFactors")).containsExactly("3A", "16A", "18C");
        assertThat(names(assessments.get(1))).containsExactly("AssessmentActualStartDate");
        Element plan = child(current, "CINPlanDates");
        assertThat(text(plan, "CINPlanStartDate")).isEqualTo(day(y, 10, 20).toString());
        assertThat(text(plan, "CINPlanEndDate")).isEqualTo(day(y, 11, 10).toString());
        List<Element> enquiries = children(current, "Section47");
        assertThat(names(enquiries.get(0))).containsExactly("S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired");
        assertThat(text(enquiries.get(0), "S47ActualStartDate")).isEqualTo(day(y, 11, 11).toString());
        assertThat(text(enquiries.get(0), "InitialCPCtarget")).isEqualTo(day(y, 12, 2).toString());
        assertThat(text(enquiries.get(0), "DateOfInitialCPC")).isEqualTo(day(y, 12, 1).toString());
        assertThat(text(enquiries.get(0), "ICPCnotRequired")).isEqualTo("0");
        assertThat(names(enquiries.get(1))).containsExactly("S47ActualStartDate", "InitialCPCtarget", "ICPCnotRequired");
        assertThat(text(enquiries.get(1), "ICPCnotRequired")).isEqualTo("1");
        assertThat(text(current, "ReferralNFA")).isEqualTo("0");
        Element cpp = child(current, "ChildProtectionPlans");
        assertThat(names(cpp)).containsExactly("CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse",
                "NumberOfPreviousCPP", "Reviews");
        assertThat(text(cpp, "CPPstartDate")).isEqualTo(day(y, 12, 1).toString());
        assertThat(text(cpp, "CPPendDate")).isEqualTo(day(y, 3, 20).toString());
        assertThat(text(cpp, "InitialCategoryOfAbuse")).isEqualTo("NEG");
        assertThat(text(cpp, "LatestCategoryOfAbuse")).isEqualTo("EMO");
        assertThat(text(cpp, "NumberOfPreviousCPP")).isEqualTo("1");
        assertThat(texts(child(cpp, "Reviews"), "CPPreviewDate")).containsExactly(day(y, 2, 27).toString(), day(y, 3, 19).toString());

        Element unborn = children.get(1);
        Element unbornIds = child(unborn, "ChildIdentifiers");
        assertThat(names(unbornIds)).containsExactly("LAchildID", "UPNunknown", "ExpectedPersonBirthDate", sexElement);
        assertThat(text(unbornIds, "UPNunknown")).isEqualTo("UN6");
        assertThat(text(unbornIds, sexElement)).isEqualTo(endYear <= 2024 ? "0" : "U");
        assertThat(names(child(unborn, "ChildCharacteristics"))).as("no Disabilities wrapper without a code").containsExactly("Ethnicity");

        Element nfa = children.get(2);
        assertThat(text(child(nfa, "ChildIdentifiers"), sexElement)).isEqualTo(endYear <= 2024 ? "1" : "M");
        Element nfaEpisode = child(nfa, "CINdetails");
        assertThat(names(nfaEpisode)).containsExactly("CINreferralDate", "ReferralSource", "ReferralNFA");
        assertThat(text(nfaEpisode, "ReferralNFA")).isEqualTo("1");
    }

    @Test
    void aTwentyTwentyFourFileRecordsGenderCurrentAndNeverSexAndLaterFilesTheReverse() {
        String y2024 = new String(write(CinReturnExamples.rich(new CensusYear(2024))), StandardCharsets.UTF_8);
        String y2025 = new String(write(CinReturnExamples.rich(new CensusYear(2025))), StandardCharsets.UTF_8);
        assertThat(y2024).contains("<GenderCurrent>2</GenderCurrent>").doesNotContain("<Sex>");
        assertThat(y2025).contains("<Sex>F</Sex>").doesNotContain("GenderCurrent");
    }

    @Test
    void noElementIsEverWrittenEmpty() {
        String xml = new String(write(CinReturnExamples.rich(new CensusYear(2026))), StandardCharsets.UTF_8);
        assertThat(xml).doesNotContainPattern("<(\\w+)></\\1>").doesNotContainPattern("<\\w+/>");
    }

    @Test
    void theFileIsIndentedOneElementALineSoAProblemsLineNumberPointsAtIt() {
        String xml = new String(write(CinReturnExamples.rich(new CensusYear(2026))), StandardCharsets.UTF_8);
        assertThat(xml).contains("\n  <Header>\n    <CollectionDetails>\n      <Collection>CIN</Collection>");
        assertThat(xml).contains("\n    <Child>\n      <ChildIdentifiers>\n        <LAchildID>B000123</LAchildID>");
    }

    @Test
    void aChildTheSchemaCannotTakeIsHeldBackAndNamedWithWhatIsWrongWhileTheOthersAreWritten() throws Exception {
        CensusYear y = new CensusYear(2026);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CinFileContents contents = CinFileWriter.write(CinReturnExamples.withBroken(y), out);

        assertThat(contents.children()).isEqualTo(2);
        assertThat(contents.heldBack()).hasSize(1);
        CinHeldBack held = contents.heldBack().get(0);
        assertThat(held.personId()).isEqualTo(CinReturnExamples.BROKEN);
        assertThat(held.laChildId()).isEqualTo("B000126");
        assertThat(held.elements()).containsExactly("Sex", "Ethnicity", "InitialCategoryOfAbuse");
        assertThat(SCHEMAS.check(y, new ByteArrayInputStream(out.toByteArray()))).isEmpty();
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).doesNotContain("B000126");
    }

    @Test
    void theFileCountsTheChildrenAndEachKindOfActivityItHolds() {
        CinFileContents contents = CinFileWriter.write(CinReturnExamples.rich(new CensusYear(2026)), new ByteArrayOutputStream());
        assertThat(contents).isEqualTo(new CinFileContents(3, 4, 3, 2, 2, 1, List.of()));
    }

    @Test
    void aSchemaProblemIsReportedWithTheElementsPathLineAndMessage() {
        String broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Message>
                  <Children>
                    <Child>
                      <ChildIdentifiers><LAchildID>A1</LAchildID><Sex>F</Sex></ChildIdentifiers>
                      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                      <CINdetails><CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>6</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails>
                    </Child>
                    <Child>
                      <ChildIdentifiers><LAchildID>A2</LAchildID><Sex>F</Sex></ChildIdentifiers>
                      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                      <CINdetails>
                        <CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>6</ReferralSource>
                        <Assessments>
                          <AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate>
                          <AssessmentAuthorisationDate>31/05/2025</AssessmentAuthorisationDate>
                        </Assessments>
                        <ReferralNFA>0</ReferralNFA>
                      </CINdetails>
                    </Child>
                  </Children>
                </Message>
                """.strip();
        List<CinSchemaProblem> problems = SCHEMAS.check(new CensusYear(2026), new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)));

        assertThat(problems).isNotEmpty();
        CinSchemaProblem first = problems.get(0);
        assertThat(first.path()).isEqualTo("/Message/Children/Child[2]/CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate");
        assertThat(first.line()).isEqualTo(16);
        assertThat(first.message()).contains("31/05/2025");
        assertThat(first.toString()).startsWith("/Message/Children/Child[2]/CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate (line 16");
    }

    @Test
    void elementsOutOfOrderAndAMissingRequiredElementAreSchemaProblemsAtTheirParent() {
        String broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Message><Children><Child>
                  <ChildIdentifiers><LAchildID>A1</LAchildID><Sex>F</Sex></ChildIdentifiers>
                  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                  <CINdetails><CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>6</ReferralSource><ReferralNFA>0</ReferralNFA>
                    <Section47><S47ActualStartDate>2025-05-02</S47ActualStartDate><ICPCnotRequired>0</ICPCnotRequired></Section47></CINdetails>
                </Child></Children></Message>
                """.strip();
        List<CinSchemaProblem> problems = SCHEMAS.check(new CensusYear(2025), new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)));
        assertThat(problems).extracting(CinSchemaProblem::path).contains("/Message/Children/Child[1]/CINdetails[1]/Section47[1]");
    }

    @Test
    void aTwentyTwentyFiveFileWithGenderCurrentFailsItsSchema() {
        byte[] y2024 = write(CinReturnExamples.rich(new CensusYear(2024)));
        List<CinSchemaProblem> problems = SCHEMAS.check(new CensusYear(2025), new ByteArrayInputStream(y2024));
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).path()).isEqualTo("/Message/Children/Child[1]/ChildIdentifiers/GenderCurrent");
    }

    @Test
    void theYearsWithASchemaAreTheSupportedYearsAndAnyOtherIsRefusedWithThemListed() {
        assertThat(SCHEMAS.supportedYears()).containsExactly(new CensusYear(2024), new CensusYear(2025), new CensusYear(2026));
        assertThatThrownBy(() -> SCHEMAS.requireSupported(new CensusYear(2019)))
                .isInstanceOf(UnsupportedCensusYear.class)
                .hasMessage("Beacon cannot make the CIN census return for 2019 (2018-19): there is no schema for that year. "
                        + "The years it can make are 2024 (2023-24), 2025 (2024-25), 2026 (2025-26).");
    }
}
