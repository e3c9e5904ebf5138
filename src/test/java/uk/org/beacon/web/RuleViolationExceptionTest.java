package uk.org.beacon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleViolationExceptionTest {

    @Test
    void theMessagesKeepTheOrderTheRulesGaveThemSoTheErrorSummaryFollowsTheForm() {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : new String[] {"surname", "givenName", "dateOfBirth", "sex", "ethnicity", "nhsNumber", "upn", "postcode"}) {
            errors.put(field, "Enter the " + field);
        }
        RuleViolationException refused = new RuleViolationException(errors);
        assertThat(refused.fieldErrors().keySet()).containsExactly("surname", "givenName", "dateOfBirth", "sex", "ethnicity", "nhsNumber", "upn",
                "postcode");
        errors.clear();
        assertThat(refused.fieldErrors()).as("a copy, not a view of the caller's map").hasSize(8);
        assertThatThrownBy(() -> refused.fieldErrors().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }
}
