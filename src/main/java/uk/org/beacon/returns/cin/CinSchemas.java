package uk.org.beacon.returns.cin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import uk.org.beacon.returns.CensusYear;

/**
 * The CIN census schemas Beacon holds ({@code returns/cin/CIN_schema_<year>.xsd}, see the README
 * beside them), each loaded once. The years with a schema are the years Beacon can make a return
 * for. Checking a file streams it through the schema, so a large return needs no DOM, and names each
 * problem by its element path, line and column.
 */
@Component
public class CinSchemas {

    private static final String LOCATION = "classpath*:returns/cin/CIN_schema_*.xsd";
    private static final Pattern NAME = Pattern.compile("CIN_schema_(\\d{4})\\.xsd");
    /** Stop collecting after this many problems: a broken writer breaks every child the same way. */
    static final int MAX_PROBLEMS = 200;
    /** Elements that repeat in the layout, numbered in problem paths. */
    private static final Set<String> REPEATING = Set.of("Source", "Child", "CINdetails", "Assessments", "CINPlanDates", "Section47",
            "ChildProtectionPlans", "Disability", "AssessmentFactors", "CPPreviewDate");

    private final Map<CensusYear, Schema> schemas;

    public CinSchemas() {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("The XML schema factory does not allow external access to be switched off", e);
        }
        Map<CensusYear, Schema> loaded = new TreeMap<>((a, b) -> Integer.compare(a.endYear(), b.endYear()));
        for (Resource resource : resources()) {
            Matcher name = NAME.matcher(String.valueOf(resource.getFilename()));
            if (!name.matches()) {
                continue;
            }
            try (InputStream in = resource.getInputStream()) {
                loaded.put(new CensusYear(Integer.parseInt(name.group(1))), factory.newSchema(new StreamSource(in, resource.getDescription())));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + resource.getDescription(), e);
            } catch (SAXException e) {
                throw new IllegalStateException("The CIN census schema " + resource.getFilename() + " does not load: " + e.getMessage(), e);
            }
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("No CIN census schema found at " + LOCATION);
        }
        this.schemas = Collections.unmodifiableMap(loaded);
    }

    private static Resource[] resources() {
        try {
            return new PathMatchingResourcePatternResolver(CinSchemas.class.getClassLoader()).getResources(LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + LOCATION, e);
        }
    }

    /** The years with a schema, oldest first. */
    public List<CensusYear> supportedYears() {
        return List.copyOf(schemas.keySet());
    }

    public boolean supports(CensusYear year) {
        return schemas.containsKey(year);
    }

    /** Refuses a year without a schema, naming the years that have one. */
    public void requireSupported(CensusYear year) {
        if (!supports(year)) {
            throw new UnsupportedCensusYear(year, supportedYears());
        }
    }

    /** Every place where {@code xml} breaks {@code year}'s schema (at most {@value #MAX_PROBLEMS}); empty when it is valid. */
    public List<CinSchemaProblem> check(CensusYear year, InputStream xml) {
        requireSupported(year);
        List<CinSchemaProblem> problems = new ArrayList<>();
        ValidatorHandler validator = schemas.get(year).newValidatorHandler();
        PathTracking tracking = new PathTracking(validator);
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) throws SAXException {
                add(e);
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                add(e);
            }

            private void add(SAXParseException e) throws SAXException {
                problems.add(new CinSchemaProblem(tracking.path(), e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
                if (problems.size() >= MAX_PROBLEMS) {
                    throw new TooManyProblems();
                }
            }
        });
        try {
            XMLReader reader = reader();
            reader.setContentHandler(tracking);
            reader.parse(new InputSource(xml));
        } catch (TooManyProblems stop) {
            // enough to show what is wrong
        } catch (SAXParseException e) {
            problems.add(new CinSchemaProblem(tracking.path(), e.getLineNumber(), e.getColumnNumber(), "The file is not well-formed XML: " + e.getMessage()));
        } catch (SAXException e) {
            problems.add(new CinSchemaProblem(tracking.path(), 0, 0, "The file could not be read as XML: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the file being checked", e);
        }
        return List.copyOf(problems);
    }

    private static XMLReader reader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No SAX parser", e);
        }
    }

    private static final class TooManyProblems extends SAXException {
        TooManyProblems() {
            super("too many problems");
        }
    }

    /** Passes the document to the validator while keeping the path of the element being read, for problem messages. */
    private static final class PathTracking implements ContentHandler {

        private record Frame(String name, int index, Map<String, Integer> seen) {}

        private final ContentHandler next;
        private final Deque<Frame> stack = new ArrayDeque<>();

        PathTracking(ContentHandler next) {
            this.next = next;
            stack.push(new Frame("", 0, new HashMap<>()));
        }

        String path() {
            StringBuilder path = new StringBuilder();
            var frames = stack.descendingIterator();
            frames.next();
            while (frames.hasNext()) {
                Frame f = frames.next();
                path.append('/').append(f.name());
                if (REPEATING.contains(f.name())) {
                    path.append('[').append(f.index()).append(']');
                }
            }
            return path.isEmpty() ? "/" : path.toString();
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            int index = stack.peek().seen().merge(name, 1, Integer::sum);
            stack.push(new Frame(name, index, new HashMap<>()));
            next.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            next.endElement(uri, localName, qName);
            stack.pop();
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            next.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            next.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            next.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            next.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            next.endPrefixMapping(prefix);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            next.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            next.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            next.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            next.skippedEntity(name);
        }
    }
}
