package io.paybridge.support.problem;

import java.util.List;

/**
 * A failure that is the caller's to fix or to know about, carrying the problem it is answered
 * with. Domain exceptions extend it, so one mapper answers them all.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail));
    }

    public ProblemException(ProblemType type, String detail, List<Problem.InvalidParam> errors) {
        this(Problem.of(type, detail, errors));
    }

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** A 400 naming one field or parameter. */
    public static ProblemException invalid(String name, String reason) {
        return new ProblemException(ProblemType.VALIDATION, name + ": " + reason,
                List.of(new Problem.InvalidParam(name, reason)));
    }
}
