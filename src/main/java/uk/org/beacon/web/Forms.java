package uk.org.beacon.web;

import java.util.Map;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts rule messages onto a page's form so each shows at its field and in the error summary. */
public final class Forms {

    private Forms() {}

    public static void reject(BindingResult binding, Map<String, String> errors) {
        errors.forEach((field, message) -> {
            if (!tryReject(binding, field, message) && !tryReject(binding, field + "Day", message)) {
                binding.reject("rule." + field, message);
            }
        });
    }

    private static boolean tryReject(BindingResult binding, String field, String message) {
        try {
            binding.getFieldValue(field);
        } catch (NotReadablePropertyException e) {
            return false;
        }
        binding.rejectValue(field, "rule." + field, message);
        return true;
    }
}
