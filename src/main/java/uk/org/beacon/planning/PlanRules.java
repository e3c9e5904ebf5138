package uk.org.beacon.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a plan SMART. Every action names who owns it, what will be different for the child when
 * it is done, and the date it is due (not in the past when the action is written); without them the
 * plan is refused at the field. Words that hide what will actually happen ("work with", "engage",
 * "support", "monitor", "continue to", "try to", "as appropriate", "be aware") are flagged as warnings
 * for the worker to make specific; the worker may keep them by confirming.
 */
public final class PlanRules {

    public static final int MAX_TEXT = 2000;

    /** Vague phrases, each matched as whole words in any case, with the stem the warning quotes. */
    private static final Map<String, Pattern> VAGUE = new LinkedHashMap<>();

    static {
        VAGUE.put("work with", Pattern.compile("\\bwork(s|ing)?\\s+with\\b", Pattern.CASE_INSENSITIVE));
        VAGUE.put("engage", Pattern.compile("\\bengag(e|es|ed|ing|ement)\\b", Pattern.CASE_INSENSITIVE));
        VAGUE.put("support", Pattern.compile("\\bsupport(s|ed|ing|ive)?\\b", Pattern.CASE_INSENSITIVE));
        VAGUE.put("monitor", Pattern.compile("\\bmonitor(s|ed|ing)?\\b", Pattern.CASE_INSENSITIVE));
        VAGUE.put("continue to", Pattern.compile("\\bcontinu(e|es|ing)\\s+to\\b", Pattern.CASE_INSENSITIVE));
        VAGUE.put("try to", Pattern.compile("\\b(try|tries|trying)\\s+to\\b", Pattern.CASE_INSENSITIVE));
        VAGUE.put("as appropriate", Pattern.compile("\\bas\\s+appropriate\\b", Pattern.CASE_INSENSITIVE));
        VAGUE.put("be aware", Pattern.compile("\\bbe\\s+aware\\b", Pattern.CASE_INSENSITIVE));
    }

    private PlanRules() {}

    /** Problems that stop an action being saved; {@code creating} also refuses a due date already past. */
    public static Map<String, String> checkAction(PlanActionContent c, LocalDate today, boolean creating) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c == null) {
            errors.put("action", "Write what will be done");
            return errors;
        }
        if (blank(c.action())) {
            errors.put("action", "Write what will be done");
        } else if (c.action().length() > MAX_TEXT) {
            errors.put("action", "What will be done must be 2,000 characters or fewer");
        }
        if (blank(c.ownerName()) && c.ownerStaffId() == null) {
            errors.put("ownerName", "Enter who will do it: a name, with their role or agency");
        } else if (c.ownerName() != null && c.ownerName().length() > 200) {
            errors.put("ownerName", "The owner's name must be 200 characters or fewer");
        }
        if (c.ownerRole() != null && c.ownerRole().length() > 200) {
            errors.put("ownerRole", "The role or agency must be 200 characters or fewer");
        }
        if (blank(c.difference())) {
            errors.put("difference", "Enter what will be different for the child when this is done");
        } else if (c.difference().length() > MAX_TEXT) {
            errors.put("difference", "What will be different must be 2,000 characters or fewer");
        }
        if (c.dueOn() == null) {
            errors.put("dueOn", "Enter the date the action is due");
        } else if (creating && c.dueOn().isBefore(today)) {
            errors.put("dueOn", "The date the action is due must be today or in the future");
        }
        return errors;
    }

    /** Problems with an outcome's words. */
    public static Map<String, String> checkOutcome(String outcome) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(outcome)) {
            errors.put("outcome", "Write what we want to be different for the child");
        } else if (outcome.length() > MAX_TEXT) {
            errors.put("outcome", "The outcome must be 2,000 characters or fewer");
        }
        return errors;
    }

    /** The vague phrases in an action's words and its measure of change, each once, as warnings to show beside the action. */
    public static List<String> vagueWording(PlanActionContent c) {
        if (c == null) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        found.addAll(vaguePhrases(c.action()));
        found.addAll(vaguePhrases(c.difference()));
        List<String> warnings = new ArrayList<>();
        for (String phrase : found) {
            warnings.add("'" + phrase + "' does not say what will be done or what will change: say exactly what, how often, and how we will know");
        }
        return warnings;
    }

    /** The vague phrases (their stems, e.g. "engage" for "engagement") found in a text, in the order of the list. */
    public static List<String> vaguePhrases(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Pattern> e : VAGUE.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            if (m.find()) {
                found.add(e.getKey());
            }
        }
        return found;
    }

    /** A progress note must say something and carry a status; it cannot be dated in the future. */
    public static Map<String, String> checkProgress(PlanActionStatus status, String note, LocalDate on, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (status == null) {
            errors.put("status", "Select where the action stands");
        }
        if (blank(note)) {
            errors.put("note", "Write what has happened");
        } else if (note.length() > MAX_TEXT) {
            errors.put("note", "The progress note must be 2,000 characters or fewer");
        }
        if (on == null) {
            errors.put("recordedOn", "Enter the date of the progress");
        } else if (on.isAfter(today)) {
            errors.put("recordedOn", "The date of the progress must be today or in the past");
        }
        return errors;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
