package uk.org.beacon.casework;

import java.util.Map;
import java.util.UUID;

/**
 * One panel of the child's record page contributed by another module (the chronology, later the
 * plans and periods of care), so the record page composes their summaries without casework
 * depending on them. The page has already checked access to the child and audited the view;
 * a section only reads. {@code fragment} names a Thymeleaf fragment (for example
 * {@code "chronology/record-section :: section"}) that is rendered with {@code model}'s variables.
 */
public interface ChildRecordSection {

    /** Where the panel sits on the page: lower first. */
    int order();

    String fragment();

    Map<String, Object> model(UUID childId);
}
