package io.paybridge.reconciliation.api;

import io.paybridge.reconciliation.api.persistence.SettlementDates;
import io.paybridge.support.paging.ListQuery;
import io.paybridge.support.problem.Problem.InvalidParam;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The query of {@code GET /v1/reconciliations}: the list conventions ({@link ListQuery}: {@code count},
 * {@code startIndex}, {@code orderBy}, {@code sortOrder}, {@code createdAt.*}, {@code updatedAt.*}, {@code status})
 * and a settlement date range, {@code settlementDate.start} (inclusive) to {@code settlementDate.end} (exclusive), as
 * {@code YYYY-MM-DD}. Every fault is reported at once, in one 400 naming each parameter.
 */
record RunListQuery(ListQuery list, SettlementDates dates) {

    /** The first settlement date listed. */
    static final String DATE_START = "settlementDate.start";
    /** The first settlement date no longer listed. */
    static final String DATE_END = "settlementDate.end";
    /** The run statuses {@code status} takes. */
    static final List<String> STATUSES = List.of("RUNNING", "FINISHED");

    private static final String DATE_FORM = "must be a date as YYYY-MM-DD";
    private static final List<ListQuery.Filter> DATE_FILTERS = List.of(
            new ListQuery.Filter(DATE_START, Pattern.compile("\\d{4}-\\d{2}-\\d{2}"), DATE_FORM),
            new ListQuery.Filter(DATE_END, Pattern.compile("\\d{4}-\\d{2}-\\d{2}"), DATE_FORM));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** Reads the query parameters as {@code UriInfo.getQueryParameters()} gives them, or fails with one 400. */
    static RunListQuery parse(Map<String, List<String>> parameters) {
        List<InvalidParam> errors = new ArrayList<>();
        ListQuery list = null;
        try {
            list = ListQuery.parse(parameters, STATUSES, DATE_FILTERS);
        } catch (ProblemException e) {
            errors.addAll(e.problem().errors());
        }
        // ListQuery checked the form (and that each is given once); a well-formed date may still not exist
        Optional<LocalDate> from = date(parameters, DATE_START, errors);
        Optional<LocalDate> until = date(parameters, DATE_END, errors);
        if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
            errors.add(new InvalidParam(DATE_START, "must be before " + DATE_END + " (" + until.get() + "), not '" + from.get() + "'"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.stream().map(error -> error.name() + " " + error.reason())
                    .collect(Collectors.joining("; ")), errors);
        }
        return new RunListQuery(list, new SettlementDates(from, until));
    }

    private static Optional<LocalDate> date(Map<String, List<String>> parameters, String name, List<InvalidParam> errors) {
        List<String> values = parameters.get(name);
        if (values == null || values.size() != 1 || values.get(0) == null || !values.get(0).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(values.get(0), DATE));
        } catch (DateTimeParseException e) {
            errors.add(new InvalidParam(name, "is not a day of the calendar, not '" + values.get(0) + "'"));
            return Optional.empty();
        }
    }
}
