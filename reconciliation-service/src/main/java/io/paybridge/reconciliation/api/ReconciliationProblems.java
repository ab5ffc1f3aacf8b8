package io.paybridge.reconciliation.api;

import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import java.util.UUID;
import java.util.regex.Pattern;

/** The read API's problems: a run id that is not a UUID (400 naming {@code id}) and an unknown run (404). */
final class ReconciliationProblems {

    /** The path parameter holding a run id. */
    static final String ID = "id";
    /** The canonical 8-4-4-4-12 form only: {@code UUID.fromString} also takes shortened groups such as {@code 1-1-1-1-1}. */
    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ReconciliationProblems() {
    }

    /** The run id of a path, or a 400 naming {@code id}. */
    static UUID runId(String id) {
        if (id == null || !UUID_FORM.matcher(id).matches()) {
            throw ProblemException.invalid(ID, "must be a reconciliation id: a UUID of 32 hexadecimal digits as 8-4-4-4-12");
        }
        return UUID.fromString(id);
    }

    /** 404 for a run id no run has. */
    static ProblemException notFound(UUID runId) {
        return new ProblemException(ProblemType.NOT_FOUND, "no reconciliation " + runId);
    }
}
