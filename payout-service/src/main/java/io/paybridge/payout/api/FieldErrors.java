package io.paybridge.payout.api;

import io.paybridge.support.problem.Problem.InvalidParam;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The invalid fields of one request found so far; {@link #throwIfAny()} makes them one 400 naming each. */
public final class FieldErrors {
    private final List<InvalidParam> found = new ArrayList<>();

    public void add(String field, String reason) {
        found.add(new InvalidParam(field, reason));
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, found.size() == 1
                    ? found.get(0).name() + " " + found.get(0).reason()
                    : found.size() + " fields are invalid: " + found.stream().map(InvalidParam::name)
                            .collect(Collectors.joining(", ")), List.copyOf(found));
        }
    }
}
