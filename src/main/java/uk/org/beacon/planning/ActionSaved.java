package uk.org.beacon.planning;

import java.util.List;

/**
 * What happened to an action the worker wrote: saved ({@code action} set), or held back because its
 * wording is vague and the worker has not confirmed it ({@code action} null, {@code warnings} say what
 * to make specific). Warnings are not errors: confirming keeps the words.
 */
public record ActionSaved(PlanActionSummary action, List<String> warnings) {

    public boolean saved() {
        return action != null;
    }
}
