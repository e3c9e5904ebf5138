package uk.org.beacon.returns.cin;

/**
 * A place where a generated file breaks its year's XSD: the element's path (repeating elements
 * numbered from 1, e.g. {@code /Message/Children/Child[12]/CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate}),
 * the line and column in the file and the validator's message. Beacon only offers files with none;
 * one found is a bug in the writer or in the data it was given.
 */
public record CinSchemaProblem(String path, int line, int column, String message) {

    @Override
    public String toString() {
        return path + " (line " + line + ", column " + column + "): " + message;
    }
}
