package io.paybridge.support.paging;

import io.paybridge.support.problem.Problem.InvalidParam;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The paging, sorting and filtering of a list endpoint (checkout's {@code GET /v1/orders}, payout's
 * {@code GET /v1/refunds}, {@code /v1/withdrawals}, {@code /v1/payouts}), read from its query parameters:
 * {@code count} (1..100, default 25), {@code startIndex}, {@code orderBy} ({@code createdAt|updatedAt}),
 * {@code sortOrder} ({@code asc|desc}), {@code createdAt.start/.end}, {@code updatedAt.start/.end} (Unix seconds),
 * repeatable {@code status} (validated against the list's own statuses), and the list's own exact-match filters
 * (e.g. {@code orderRef}). Time ranges include their start and exclude their end; no statuses means any status.
 * Every fault is reported at once, as one 400 {@link ProblemType#VALIDATION} problem; {@link PageQuery} turns a
 * query into a Panache query.
 */
public record ListQuery(int count, int startIndex, OrderBy orderBy, SortOrder sortOrder,
        Optional<Instant> createdFrom, Optional<Instant> createdUntil,
        Optional<Instant> updatedFrom, Optional<Instant> updatedUntil, Set<String> statuses, Map<String, String> filters) {

    /** An exact-match filter of one list: its parameter name, the values it takes, and how to say so. */
    public record Filter(String name, Pattern values, String expectation) {
    }

    private static final String COUNT = "count";
    private static final String START_INDEX = "startIndex";
    private static final String ORDER_BY = "orderBy";
    private static final String SORT_ORDER = "sortOrder";
    private static final String CREATED_START = "createdAt.start";
    private static final String CREATED_END = "createdAt.end";
    private static final String UPDATED_START = "updatedAt.start";
    private static final String UPDATED_END = "updatedAt.end";
    private static final String STATUS = "status";
    private static final List<String> COMMON = List.of(COUNT, START_INDEX, ORDER_BY, SORT_ORDER,
            CREATED_START, CREATED_END, UPDATED_START, UPDATED_END, STATUS);

    private static final int DEFAULT_COUNT = 25;
    private static final int MAX_COUNT = 100;
    private static final int MAX_START_INDEX = 1_000_000;
    /** 9999-12-31T23:59:59Z: later instants have no four-digit year in ISO 8601. */
    private static final long MAX_EPOCH_SECOND = 253_402_300_799L;
    private static final int ECHO_LIMIT = 40;

    public ListQuery {
        Objects.requireNonNull(orderBy, "orderBy");
        Objects.requireNonNull(sortOrder, "sortOrder");
        Objects.requireNonNull(createdFrom, "createdFrom");
        Objects.requireNonNull(createdUntil, "createdUntil");
        Objects.requireNonNull(updatedFrom, "updatedFrom");
        Objects.requireNonNull(updatedUntil, "updatedUntil");
        statuses = Set.copyOf(statuses);
        filters = Map.copyOf(filters);
    }

    /** The value of filter {@code name}, if the query gives one. */
    public Optional<String> filter(String name) {
        return Optional.ofNullable(filters.get(name));
    }

    /**
     * Reads the query parameters as {@code UriInfo.getQueryParameters()} gives them.
     *
     * @param statuses the values {@code status} accepts, spelled exactly so
     * @param filters the list's own exact-match filters
     * @throws ProblemException a 400 naming every invalid, repeated or unknown parameter at once
     */
    public static ListQuery parse(Map<String, List<String>> queryParameters, List<String> statuses, List<Filter> filters) {
        List<String> known = new ArrayList<>(COMMON);
        filters.forEach(filter -> known.add(filter.name()));
        Reading reading = new Reading(Objects.requireNonNull(queryParameters, "queryParameters"), statuses, known);
        int count = (int) reading.wholeNumber(COUNT, 1, MAX_COUNT, DEFAULT_COUNT);
        int startIndex = (int) reading.wholeNumber(START_INDEX, 0, MAX_START_INDEX, 0);
        OrderBy orderBy = reading.oneOf(ORDER_BY, OrderBy.values(), OrderBy::queryValue, OrderBy.CREATED_AT);
        SortOrder sortOrder = reading.oneOf(SORT_ORDER, SortOrder.values(), SortOrder::queryValue, SortOrder.DESC);
        Optional<Instant> createdFrom = reading.timestamp(CREATED_START);
        Optional<Instant> createdUntil = reading.timestamp(CREATED_END);
        Optional<Instant> updatedFrom = reading.timestamp(UPDATED_START);
        Optional<Instant> updatedUntil = reading.timestamp(UPDATED_END);
        reading.startBeforeEnd(CREATED_START, createdFrom, CREATED_END, createdUntil);
        reading.startBeforeEnd(UPDATED_START, updatedFrom, UPDATED_END, updatedUntil);
        Set<String> statusValues = reading.statuses();
        Map<String, String> filterValues = new LinkedHashMap<>();
        filters.forEach(filter -> reading.matching(filter).ifPresent(value -> filterValues.put(filter.name(), value)));
        reading.noUnknownParameters();
        reading.failIfInvalid();
        return new ListQuery(count, startIndex, orderBy, sortOrder,
                createdFrom, createdUntil, updatedFrom, updatedUntil, statusValues, filterValues);
    }

    /** One pass over the query parameters that collects every fault before failing. */
    private static final class Reading {

        private final Map<String, List<String>> parameters;
        private final List<String> statuses;
        private final List<String> known;
        private final List<InvalidParam> errors = new ArrayList<>();

        Reading(Map<String, List<String>> parameters, List<String> statuses, List<String> known) {
            this.parameters = parameters;
            this.statuses = statuses;
            this.known = known;
        }

        Optional<String> matching(Filter filter) {
            return single(filter.name()).flatMap(value -> {
                if (!filter.values().matcher(value).matches()) {
                    reject(filter.name(), filter.expectation(), value);
                    return Optional.empty();
                }
                return Optional.of(value);
            });
        }

        long wholeNumber(String name, long min, long max, long absent) {
            return single(name).map(value -> {
                OptionalLong number = plainDecimal(value).stream().filter(n -> n >= min && n <= max).findFirst();
                if (number.isEmpty()) {
                    reject(name, "must be a whole number from " + min + " to " + max, value);
                }
                return number.orElse(absent);
            }).orElse(absent);
        }

        Optional<Instant> timestamp(String name) {
            return single(name).flatMap(value -> {
                OptionalLong seconds = plainDecimal(value).stream().filter(n -> n <= MAX_EPOCH_SECOND).findFirst();
                if (seconds.isEmpty()) {
                    reject(name, "must be a Unix timestamp in whole seconds from 0 to " + MAX_EPOCH_SECOND, value);
                    return Optional.empty();
                }
                return Optional.of(Instant.ofEpochSecond(seconds.getAsLong()));
            });
        }

        <E> E oneOf(String name, E[] constants, Function<E, String> spelling, E absent) {
            return single(name).map(value -> {
                Optional<E> constant = Arrays.stream(constants).filter(c -> spelling.apply(c).equals(value)).findFirst();
                if (constant.isEmpty()) {
                    reject(name, "must be one of " + Arrays.stream(constants).map(spelling)
                            .collect(Collectors.joining(", ")), value);
                }
                return constant.orElse(absent);
            }).orElse(absent);
        }

        void startBeforeEnd(String startName, Optional<Instant> start, String endName, Optional<Instant> end) {
            if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
                reject(startName, "must be before " + endName + " (" + end.get().getEpochSecond() + ")",
                        Long.toString(start.get().getEpochSecond()));
            }
        }

        Set<String> statuses() {
            Set<String> found = new LinkedHashSet<>();
            for (String value : parameters.getOrDefault(STATUS, List.of())) {
                if (value != null && statuses.contains(value)) {
                    found.add(value);
                } else {
                    reject(STATUS, "must be one of " + String.join(", ", statuses)
                            + " (repeat status to ask for several)", value);
                }
            }
            return found;
        }

        void noUnknownParameters() {
            parameters.keySet().stream()
                    .filter(name -> name == null || !known.contains(name))
                    .sorted(Comparator.nullsFirst(Comparator.naturalOrder()))
                    .forEach(name -> errors.add(new InvalidParam(echo(name),
                            "is not a parameter of this call; known: " + String.join(", ", known))));
        }

        void failIfInvalid() {
            if (!errors.isEmpty()) {
                String detail = errors.stream().map(error -> error.name() + " " + error.reason())
                        .collect(Collectors.joining("; "));
                throw new ProblemException(ProblemType.VALIDATION, detail, errors);
            }
        }

        /** The one value of a parameter; empty when it is absent or given more than once (recorded as a fault). */
        private Optional<String> single(String name) {
            List<String> values = parameters.get(name);
            if (values == null) {
                return Optional.empty();
            }
            if (values.size() > 1) {
                errors.add(new InvalidParam(name, "given " + values.size() + " times; give it once"));
                return Optional.empty();
            }
            return Optional.of(values.isEmpty() || values.get(0) == null ? "" : values.get(0));
        }

        private void reject(String name, String expectation, String value) {
            errors.add(new InvalidParam(name, expectation + ", not '" + echo(value) + "'"));
        }
    }

    /** ASCII digits only: {@code Long.parseLong} would also take a sign and non-Latin digits. */
    private static OptionalLong plainDecimal(String value) {
        if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        String digits = value.replaceFirst("^0+(?=.)", "");
        // Every range here ends below 10^18, so longer numbers are out of range and must not reach parseLong.
        return digits.length() > 18 ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(digits));
    }

    /**
     * A client's value made safe to repeat in a reason: at most {@value #ECHO_LIMIT} characters, ending in
     * '…' when cut, with control, format and separator characters (which can forge or hide log lines) as '?'.
     */
    private static String echo(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.codePoints().limit(ECHO_LIMIT + 1)
                .map(codePoint -> unprintable(codePoint) ? '?' : codePoint)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (safe.length() <= ECHO_LIMIT) {
            return safe;
        }
        int end = ECHO_LIMIT - 1;
        if (Character.isHighSurrogate(safe.charAt(end - 1))) {
            end--;
        }
        return safe.substring(0, end) + '…';
    }

    private static boolean unprintable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
