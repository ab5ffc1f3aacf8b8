package io.paybridge.support.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.paybridge.support.problem.Problem;
import io.paybridge.support.problem.Problem.InvalidParam;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A list's query parameters: checkout's {@code GET /v1/orders} (the deposit statuses, no filters) and payout's lists
 * (their own statuses and exact-match filters) read them with this one {@link ListQuery}.
 */
class ListQueryTest {

    /** Checkout's deposit statuses, the list most of these tests read. */
    private static final List<String> STATUSES = List.of("CREATED", "PENDING", "CREDITED", "DEBITED", "CANCELLED", "EXPIRED");

    private static final String KNOWN = "is not a parameter of this call; known: count, startIndex, orderBy, "
            + "sortOrder, createdAt.start, createdAt.end, updatedAt.start, updatedAt.end, status";
    private static final String COUNT_RULE = "must be a whole number from 1 to 100, not ";
    private static final String START_INDEX_RULE = "must be a whole number from 0 to 1000000, not ";
    private static final String TIMESTAMP_RULE = "must be a Unix timestamp in whole seconds from 0 to 253402300799, not ";
    private static final String STATUS_RULE = "must be one of CREATED, PENDING, CREDITED, DEBITED, CANCELLED, EXPIRED "
            + "(repeat status to ask for several), not ";
    private static final List<String> SINGLE_VALUED = List.of("count", "startIndex", "orderBy", "sortOrder",
            "createdAt.start", "createdAt.end", "updatedAt.start", "updatedAt.end");
    private static final List<String> TIMESTAMPS = List.of("createdAt.start", "createdAt.end", "updatedAt.start", "updatedAt.end");

    // --- valid ---------------------------------------------------------------------------------------------------

    @Test
    void noParametersMeansTheDefaults() {
        assertThat(parse(Map.of())).isEqualTo(aQuery().build());
        assertThat(aQuery().build()).isEqualTo(new ListQuery(25, 0, OrderBy.CREATED_AT, SortOrder.DESC,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Map.of()));
    }

    @ParameterizedTest(name = "count={0} is {1}")
    @CsvSource({"1, 1", "25, 25", "99, 99", "100, 100", "007, 7", "0000000000000000000000000000042, 42"})
    void readsCount(String value, int count) {
        assertThat(parse(query("count", value))).isEqualTo(aQuery().count(count).build());
    }

    @ParameterizedTest(name = "startIndex={0} is {1}")
    @CsvSource({"0, 0", "1, 1", "25, 25", "999999, 999999", "1000000, 1000000", "000, 0"})
    void readsStartIndex(String value, int startIndex) {
        assertThat(parse(query("startIndex", value))).isEqualTo(aQuery().startIndex(startIndex).build());
    }

    @ParameterizedTest
    @EnumSource(OrderBy.class)
    void readsOrderBy(OrderBy orderBy) {
        assertThat(parse(query("orderBy", orderBy.queryValue()))).isEqualTo(aQuery().orderBy(orderBy).build());
    }

    @Test
    void spellsOrderByAsTheClientDoes() {
        assertThat(parse(query("orderBy", "createdAt")).orderBy()).isEqualTo(OrderBy.CREATED_AT);
        assertThat(parse(query("orderBy", "updatedAt")).orderBy()).isEqualTo(OrderBy.UPDATED_AT);
    }

    @ParameterizedTest
    @EnumSource(SortOrder.class)
    void readsSortOrder(SortOrder sortOrder) {
        assertThat(parse(query("sortOrder", sortOrder.queryValue())))
                .isEqualTo(aQuery().sortOrder(sortOrder).build());
    }

    @Test
    void spellsSortOrderAsTheClientDoes() {
        assertThat(parse(query("sortOrder", "asc")).sortOrder()).isEqualTo(SortOrder.ASC);
        assertThat(parse(query("sortOrder", "desc")).sortOrder()).isEqualTo(SortOrder.DESC);
    }

    static Stream<Arguments> validTimestamps() {
        return TIMESTAMPS.stream().flatMap(name -> Stream.of("0", "1", "1700000000", "0001700000000", "253402300799")
                .map(value -> Arguments.of(name, value)));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("validTimestamps")
    void readsEachTimestampAsUnixSeconds(String name, String value) {
        Instant instant = Instant.ofEpochSecond(Long.parseLong(value));
        QueryBuilder expected = aQuery();
        switch (name) {
            case "createdAt.start" -> expected.createdFrom(instant);
            case "createdAt.end" -> expected.createdUntil(instant);
            case "updatedAt.start" -> expected.updatedFrom(instant);
            default -> expected.updatedUntil(instant);
        }
        assertThat(parse(query(name, value))).isEqualTo(expected.build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CREATED", "PENDING", "CREDITED", "DEBITED", "CANCELLED", "EXPIRED"})
    void readsEachStatus(String status) {
        assertThat(parse(query("status", status))).isEqualTo(aQuery().statuses(status).build());
    }

    @Test
    void acceptsOnlyTheListsOwnStatuses() {
        assertThat(ListQuery.parse(query("status", "DONE"), List.of("OPEN", "DONE"), List.of()).statuses())
                .containsExactly("DONE");
        ProblemException thrown = catchThrowableOfType(ProblemException.class,
                () -> ListQuery.parse(query("status", "CREATED"), List.of("OPEN", "DONE"), List.of()));
        assertThat(thrown.problem().errors()).containsExactly(new InvalidParam("status",
                "must be one of OPEN, DONE (repeat status to ask for several), not 'CREATED'"));
    }

    @Test
    void readsARepeatedStatusAsAnyOf() {
        assertThat(parse(query("status", "PENDING", "status", "CREDITED", "status", "PENDING")))
                .isEqualTo(aQuery().statuses("PENDING", "CREDITED").build());
        assertThat(parse(query("status", "CREATED", "status", "PENDING", "status", "CREDITED",
                "status", "DEBITED", "status", "CANCELLED", "status", "EXPIRED")).statuses())
                .containsExactlyInAnyOrderElementsOf(STATUSES);
    }

    @Test
    void readsEveryParameterTogether() {
        Map<String, List<String>> parameters = query("count", "100", "startIndex", "200", "orderBy", "updatedAt",
                "sortOrder", "asc", "createdAt.start", "1700000000", "createdAt.end", "1700086400",
                "updatedAt.start", "1700003600", "updatedAt.end", "1700003601", "status", "CREDITED", "status", "DEBITED");

        assertThat(parse(parameters)).isEqualTo(aQuery().count(100).startIndex(200)
                .orderBy(OrderBy.UPDATED_AT).sortOrder(SortOrder.ASC)
                .createdFrom(Instant.parse("2023-11-14T22:13:20Z")).createdUntil(Instant.parse("2023-11-15T22:13:20Z"))
                .updatedFrom(Instant.parse("2023-11-14T23:13:20Z")).updatedUntil(Instant.parse("2023-11-14T23:13:21Z"))
                .statuses("CREDITED", "DEBITED").build());
    }

    // --- invalid -------------------------------------------------------------------------------------------------

    @Test
    void answersAValidationProblemNamingTheParameter() {
        ProblemException thrown = catchThrowableOfType(ProblemException.class,
                () -> parse(query("count", "abc")));

        assertThat(thrown.problem()).isEqualTo(new Problem(ProblemType.VALIDATION.uri(), "Invalid request", 400,
                "count must be a whole number from 1 to 100, not 'abc'", null,
                List.of(new InvalidParam("count", "must be a whole number from 1 to 100, not 'abc'"))));
    }

    @ParameterizedTest(name = "count=''{0}''")
    @ValueSource(strings = {"", " ", "0", "00", "101", "1000", "-1", "+5", " 5", "5 ", "1 0", "5.0", "2.5", "1e2",
            "0x10", "abc", "ten", "١٠", "１０", "25;", "99999999999999999999", "9223372036854775807", "9223372036854775808"})
    void refusesCount(String value) {
        assertThat(errorsOf(query("count", value))).containsExactly(new InvalidParam("count", COUNT_RULE + "'" + value + "'"));
    }

    @ParameterizedTest(name = "startIndex=''{0}''")
    @ValueSource(strings = {"", " ", "-1", "-0", "+1", "1000001", "2147483648", "1.0", "1e3", "x", " 0",
            "99999999999999999999"})
    void refusesStartIndex(String value) {
        assertThat(errorsOf(query("startIndex", value)))
                .containsExactly(new InvalidParam("startIndex", START_INDEX_RULE + "'" + value + "'"));
    }

    @ParameterizedTest(name = "orderBy=''{0}''")
    @ValueSource(strings = {"", " ", "createdat", "CreatedAt", "CREATED_AT", "created_at", "createdAt ", " updatedAt",
            "id", "amount", "createdAt,updatedAt"})
    void refusesOrderBy(String value) {
        assertThat(errorsOf(query("orderBy", value)))
                .containsExactly(new InvalidParam("orderBy", "must be one of createdAt, updatedAt, not '" + value + "'"));
    }

    @ParameterizedTest(name = "sortOrder=''{0}''")
    @ValueSource(strings = {"", " ", "ASC", "Desc", "ascending", "descending", "up", "-1", "asc "})
    void refusesSortOrder(String value) {
        assertThat(errorsOf(query("sortOrder", value)))
                .containsExactly(new InvalidParam("sortOrder", "must be one of asc, desc, not '" + value + "'"));
    }

    static Stream<Arguments> invalidTimestamps() {
        return TIMESTAMPS.stream().flatMap(name -> Stream.of("", " ", "-1", "+1", "1.5", "1700000000.0", "1e9",
                        "2023-11-14T22:13:20Z", "2023-11-14", "now", "253402300800", "9223372036854775807",
                        "99999999999999999999", "1700000000000000000000")
                .map(value -> Arguments.of(name, value)));
    }

    @ParameterizedTest(name = "{0}=''{1}''")
    @MethodSource("invalidTimestamps")
    void refusesEachTimestamp(String name, String value) {
        assertThat(errorsOf(query(name, value))).containsExactly(new InvalidParam(name, TIMESTAMP_RULE + "'" + value + "'"));
    }

    @ParameterizedTest(name = "status=''{0}''")
    @ValueSource(strings = {"", " ", "created", "Pending", "CREATED ", " CREATED", "CREATED,PENDING", "REFUNDED",
            "NEW", "FAILED", "*"})
    void refusesStatus(String value) {
        assertThat(errorsOf(query("status", value))).containsExactly(new InvalidParam("status", STATUS_RULE + "'" + value + "'"));
    }

    @Test
    void refusesEachBadStatusAmongGoodOnes() {
        assertThat(errorsOf(query("status", "CREATED", "status", "pending", "status", "EXPIRED", "status", "")))
                .containsExactly(new InvalidParam("status", STATUS_RULE + "'pending'"),
                        new InvalidParam("status", STATUS_RULE + "''"));
    }

    @Test
    void reportsEveryInvalidParameterAtOnce() {
        Map<String, List<String>> parameters = query("colour", "red", "status", "NOPE", "createdAt.start", "yesterday",
                "sortOrder", "up", "orderBy", "id", "startIndex", "-5", "count", "0", "updatedAt.start", "20",
                "updatedAt.end", "10", "createdAt.end", "1", "createdAt.end", "2", "Count", "5");

        assertThat(errorsOf(parameters)).containsExactly(
                new InvalidParam("count", COUNT_RULE + "'0'"),
                new InvalidParam("startIndex", START_INDEX_RULE + "'-5'"),
                new InvalidParam("orderBy", "must be one of createdAt, updatedAt, not 'id'"),
                new InvalidParam("sortOrder", "must be one of asc, desc, not 'up'"),
                new InvalidParam("createdAt.start", TIMESTAMP_RULE + "'yesterday'"),
                new InvalidParam("createdAt.end", "given 2 times; give it once"),
                new InvalidParam("updatedAt.start", "must be before updatedAt.end (10), not '20'"),
                new InvalidParam("status", STATUS_RULE + "'NOPE'"),
                new InvalidParam("Count", KNOWN),
                new InvalidParam("colour", KNOWN));
    }

    @Test
    void joinsEveryFaultIntoTheDetail() {
        ProblemException thrown = catchThrowableOfType(ProblemException.class,
                () -> parse(query("count", "0", "sortOrder", "up")));

        assertThat(thrown.problem().detail()).isEqualTo(
                "count must be a whole number from 1 to 100, not '0'; sortOrder must be one of asc, desc, not 'up'");
    }

    static Stream<String> singleValued() {
        return SINGLE_VALUED.stream();
    }

    @ParameterizedTest
    @MethodSource("singleValued")
    void refusesASingleValuedParameterGivenTwice(String name) {
        assertThat(errorsOf(query(name, "1", name, "2"))).containsExactly(new InvalidParam(name, "given 2 times; give it once"));
    }

    @ParameterizedTest
    @MethodSource("singleValued")
    void refusesASingleValuedParameterRepeatedWithTheSameValue(String name) {
        assertThat(errorsOf(query(name, "1", name, "1", name, "1")))
                .containsExactly(new InvalidParam(name, "given 3 times; give it once"));
    }

    @Test
    void reportsARepetitionWithoutJudgingItsValues() {
        assertThat(errorsOf(query("count", "abc", "count", "", "sortOrder", "asc", "sortOrder", "asc")))
                .containsExactly(new InvalidParam("count", "given 2 times; give it once"),
                        new InvalidParam("sortOrder", "given 2 times; give it once"));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"Count", "COUNT", "limit", "offset", "page", "start_index", "startindex", "order_by",
            "sort", "createdAt", "created_at.start", "createdAt.Start", "createdAt.from", "statuses", "Status",
            "status[]", "count ", ""})
    void refusesAnUnknownParameter(String name) {
        assertThat(errorsOf(query(name, "1"))).containsExactly(new InvalidParam(name, KNOWN));
    }

    @Test
    void refusesAnUnknownParameterNextToValidOnesSoNoFilterIsLostToATypo() {
        assertThat(errorsOf(query("status", "CREDITED", "statuss", "CREDITED", "createdAt.begin", "1700000000",
                "count", "10")))
                .containsExactly(new InvalidParam("createdAt.begin", KNOWN), new InvalidParam("statuss", KNOWN));
    }

    @ParameterizedTest(name = "{0}={2} with {1}={3}")
    @CsvSource({
        "createdAt.start, createdAt.end, 1700000000, 1700000000",
        "createdAt.start, createdAt.end, 1700000001, 1700000000",
        "createdAt.start, createdAt.end, 253402300799, 0",
        "updatedAt.start, updatedAt.end, 1700000000, 1700000000",
        "updatedAt.start, updatedAt.end, 1700000001, 1700000000",
        "updatedAt.start, updatedAt.end, 253402300799, 0",
    })
    void refusesAStartThatIsNotBeforeItsEnd(String start, String end, String startValue, String endValue) {
        assertThat(errorsOf(query(start, startValue, end, endValue)))
                .containsExactly(new InvalidParam(start, "must be before " + end + " (" + endValue + "), not '" + startValue + "'"));
    }

    @Test
    void acceptsAStartOneSecondBeforeItsEnd() {
        assertThat(parse(query("createdAt.start", "1699999999", "createdAt.end", "1700000000",
                "updatedAt.start", "0", "updatedAt.end", "1"))).isEqualTo(aQuery()
                .createdFrom(Instant.ofEpochSecond(1_699_999_999)).createdUntil(Instant.ofEpochSecond(1_700_000_000))
                .updatedFrom(Instant.EPOCH).updatedUntil(Instant.ofEpochSecond(1)).build());
    }

    @Test
    void comparesRangesOnlyWithinOneTimestamp() {
        assertThat(parse(query("createdAt.start", "200", "updatedAt.end", "100")))
                .isEqualTo(aQuery().createdFrom(Instant.ofEpochSecond(200)).updatedUntil(Instant.ofEpochSecond(100)).build());
    }

    @Test
    void refusesNumbersThatOverflowWithoutFailingOtherwise() {
        String huge = "99999999999999999999";
        assertThat(errorsOf(query("count", huge, "startIndex", "18446744073709551616", "createdAt.start", huge,
                "updatedAt.end", "-9223372036854775808")))
                .containsExactly(new InvalidParam("count", COUNT_RULE + "'" + huge + "'"),
                        new InvalidParam("startIndex", START_INDEX_RULE + "'18446744073709551616'"),
                        new InvalidParam("createdAt.start", TIMESTAMP_RULE + "'" + huge + "'"),
                        new InvalidParam("updatedAt.end", TIMESTAMP_RULE + "'-9223372036854775808'"));
    }

    // --- echo of bad values --------------------------------------------------------------------------------------

    @Test
    void echoesABadValueOfFortyCharactersWhole() {
        String forty = "x".repeat(40);
        assertThat(errorsOf(query("count", forty))).containsExactly(new InvalidParam("count", COUNT_RULE + "'" + forty + "'"));
    }

    @ParameterizedTest
    @ValueSource(ints = {41, 100, 100_000})
    void truncatesALongerBadValueToFortyCharacters(int length) {
        String value = "abcdefghij".repeat(length / 10 + 1).substring(0, length);
        assertThat(errorsOf(query("orderBy", value))).containsExactly(new InvalidParam("orderBy",
                "must be one of createdAt, updatedAt, not 'abcdefghijabcdefghijabcdefghijabcdefghi…'"));
    }

    @Test
    void neverSplitsACharacterWhenTruncating() {
        String value = "a".repeat(38) + "😀😀";
        assertThat(errorsOf(query("sortOrder", value)))
                .containsExactly(new InvalidParam("sortOrder", "must be one of asc, desc, not '" + "a".repeat(38) + "…'"));
    }

    @Test
    void replacesControlCharactersInTheEcho() {
        String value = "asc\r\nX-Injected: 1\t\u0000\u001b[31m\u007f\u0085";
        assertThat(errorsOf(query("sortOrder", value))).containsExactly(new InvalidParam("sortOrder",
                "must be one of asc, desc, not 'asc??X-Injected: 1???[31m??'"));
    }

    @Test
    void replacesCharactersThatHideOrSplitTextInTheEcho() {
        String value = "desc\u202egnp.exe\u200b\u2028\u2029\ud800";
        assertThat(errorsOf(query("sortOrder", value))).containsExactly(new InvalidParam("sortOrder",
                "must be one of asc, desc, not 'desc?gnp.exe????'"));
    }

    @Test
    void replacesControlCharactersBeforeTruncating() {
        String value = "\n".repeat(200);
        assertThat(errorsOf(query("status", value)))
                .containsExactly(new InvalidParam("status", STATUS_RULE + "'" + "?".repeat(39) + "…'"));
    }

    @Test
    void echoesAnUnknownParameterNameSafelyToo() {
        String name = "count\nX-Injected: 1" + "z".repeat(100);
        assertThat(errorsOf(query(name, "1")))
                .containsExactly(new InvalidParam("count?X-Injected: 1" + "z".repeat(20) + "…", KNOWN));
    }

    @Test
    void echoesTheValueAsGivenWhenItIsShortAndPrintable() {
        assertThat(errorsOf(query("createdAt.end", "2024-01-01 00:00 'UTC' ü")))
                .containsExactly(new InvalidParam("createdAt.end", TIMESTAMP_RULE + "'2024-01-01 00:00 'UTC' ü'"));
    }

    // --- a list's own statuses and exact-match filters (payout's lists) -------------------------------------------

    private static final List<String> OTHER_STATUSES = List.of("OPEN", "DONE");
    private static final List<ListQuery.Filter> FILTERS = List.of(
            new ListQuery.Filter("orderRef", Pattern.compile("dep_[0-9a-f]{4}"), "must be a deposit reference"));

    @Test
    void nothingGivenMeansTheFirst25NewestOfAnyStatusUnfiltered() {
        ListQuery query = ListQuery.parse(Map.of(), OTHER_STATUSES, FILTERS);

        assertThat(query).isEqualTo(new ListQuery(25, 0, OrderBy.CREATED_AT, SortOrder.DESC, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), Map.of()));
    }

    @Test
    void everyParameterIsRead() {
        ListQuery query = ListQuery.parse(Map.of("count", List.of("10"), "startIndex", List.of("20"), "orderBy", List.of("updatedAt"),
                "sortOrder", List.of("asc"), "createdAt.start", List.of("100"), "createdAt.end", List.of("200"),
                "status", List.of("OPEN", "DONE"), "orderRef", List.of("dep_00ff")), OTHER_STATUSES, FILTERS);

        assertThat(query).isEqualTo(new ListQuery(10, 20, OrderBy.UPDATED_AT, SortOrder.ASC, Optional.of(Instant.ofEpochSecond(100)),
                Optional.of(Instant.ofEpochSecond(200)), Optional.empty(), Optional.empty(), Set.of("OPEN", "DONE"),
                Map.of("orderRef", "dep_00ff")));
        assertThat(query.filter("orderRef")).contains("dep_00ff");
    }

    @Test
    void everyFaultIsNamedAtOnce() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> ListQuery.parse(Map.of(
                "count", List.of("101"), "status", List.of("LOST"), "orderRef", List.of("dep_1", "dep_2"),
                "colour", List.of("red")), OTHER_STATUSES, FILTERS));

        assertThat(problem.problem().status()).isEqualTo(400);
        assertThat(problem.problem().errors()).extracting(InvalidParam::name)
                .containsExactly("count", "status", "orderRef", "colour");
        assertThat(problem.problem().errors().get(2).reason()).isEqualTo("given 2 times; give it once");
    }

    @Test
    void aFilterValueOutsideItsPatternIsRefusedWithItsRule() {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> ListQuery.parse(Map.of("orderRef", List.of("order-1")), OTHER_STATUSES, FILTERS));

        assertThat(problem.problem().errors()).containsExactly(
                new InvalidParam("orderRef", "must be a deposit reference, not 'order-1'"));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** Reads {@code parameters} as checkout's order list does: the deposit statuses, no filters. */
    private static ListQuery parse(Map<String, List<String>> parameters) {
        return ListQuery.parse(parameters, STATUSES, List.of());
    }

    /** Query parameters as JAX-RS gives them, from name, value, name, value, … in the order a client sent them. */

    private static Map<String, List<String>> query(String... namesAndValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return parameters;
    }

    private static List<InvalidParam> errorsOf(Map<String, List<String>> parameters) {
        ProblemException thrown = catchThrowableOfType(ProblemException.class, () -> parse(parameters));
        assertThat(thrown).as("a problem for %s", parameters.keySet()).isNotNull();
        assertThat(thrown.problem().type()).isEqualTo(ProblemType.VALIDATION.uri());
        assertThat(thrown.problem().status()).isEqualTo(400);
        return thrown.problem().errors();
    }

    private static QueryBuilder aQuery() {
        return new QueryBuilder();
    }

    /** An expected query: the defaults unless a test says otherwise. */
    private static final class QueryBuilder {
        private int count = 25;
        private int startIndex = 0;
        private OrderBy orderBy = OrderBy.CREATED_AT;
        private SortOrder sortOrder = SortOrder.DESC;
        private Instant createdFrom;
        private Instant createdUntil;
        private Instant updatedFrom;
        private Instant updatedUntil;
        private final Set<String> statuses = new LinkedHashSet<>();

        QueryBuilder count(int count) {
            this.count = count;
            return this;
        }

        QueryBuilder startIndex(int startIndex) {
            this.startIndex = startIndex;
            return this;
        }

        QueryBuilder orderBy(OrderBy orderBy) {
            this.orderBy = orderBy;
            return this;
        }

        QueryBuilder sortOrder(SortOrder sortOrder) {
            this.sortOrder = sortOrder;
            return this;
        }

        QueryBuilder createdFrom(Instant createdFrom) {
            this.createdFrom = createdFrom;
            return this;
        }

        QueryBuilder createdUntil(Instant createdUntil) {
            this.createdUntil = createdUntil;
            return this;
        }

        QueryBuilder updatedFrom(Instant updatedFrom) {
            this.updatedFrom = updatedFrom;
            return this;
        }

        QueryBuilder updatedUntil(Instant updatedUntil) {
            this.updatedUntil = updatedUntil;
            return this;
        }

        QueryBuilder statuses(String... statuses) {
            this.statuses.addAll(List.of(statuses));
            return this;
        }

        ListQuery build() {
            return new ListQuery(count, startIndex, orderBy, sortOrder, Optional.ofNullable(createdFrom),
                    Optional.ofNullable(createdUntil), Optional.ofNullable(updatedFrom), Optional.ofNullable(updatedUntil),
                    statuses, Map.of());
        }
    }
}
