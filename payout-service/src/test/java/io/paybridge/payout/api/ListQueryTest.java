package io.paybridge.payout.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.paybridge.support.problem.Problem.InvalidParam;
import io.paybridge.support.problem.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A list's query parameters with checkout's conventions, its own statuses and its exact-match filters. */
class ListQueryTest {

    private static final List<String> STATUSES = List.of("OPEN", "DONE");
    private static final List<ListQuery.Filter> FILTERS = List.of(
            new ListQuery.Filter("orderRef", Pattern.compile("dep_[0-9a-f]{4}"), "must be a deposit reference"));

    @Test
    void nothingGivenMeansTheFirst25NewestOfAnyStatusUnfiltered() {
        ListQuery query = ListQuery.parse(Map.of(), STATUSES, FILTERS);

        assertThat(query).isEqualTo(new ListQuery(25, 0, OrderBy.CREATED_AT, SortOrder.DESC, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), Map.of()));
    }

    @Test
    void everyParameterIsRead() {
        ListQuery query = ListQuery.parse(Map.of("count", List.of("10"), "startIndex", List.of("20"), "orderBy", List.of("updatedAt"),
                "sortOrder", List.of("asc"), "createdAt.start", List.of("100"), "createdAt.end", List.of("200"),
                "status", List.of("OPEN", "DONE"), "orderRef", List.of("dep_00ff")), STATUSES, FILTERS);

        assertThat(query).isEqualTo(new ListQuery(10, 20, OrderBy.UPDATED_AT, SortOrder.ASC, Optional.of(Instant.ofEpochSecond(100)),
                Optional.of(Instant.ofEpochSecond(200)), Optional.empty(), Optional.empty(), Set.of("OPEN", "DONE"),
                Map.of("orderRef", "dep_00ff")));
        assertThat(query.filter("orderRef")).contains("dep_00ff");
    }

    @Test
    void everyFaultIsNamedAtOnce() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> ListQuery.parse(Map.of(
                "count", List.of("101"), "status", List.of("LOST"), "orderRef", List.of("dep_1", "dep_2"),
                "colour", List.of("red")), STATUSES, FILTERS));

        assertThat(problem.problem().status()).isEqualTo(400);
        assertThat(problem.problem().errors()).extracting(InvalidParam::name)
                .containsExactly("count", "status", "orderRef", "colour");
        assertThat(problem.problem().errors().get(2).reason()).isEqualTo("given 2 times; give it once");
    }

    @Test
    void aFilterValueOutsideItsPatternIsRefusedWithItsRule() {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> ListQuery.parse(Map.of("orderRef", List.of("order-1")), STATUSES, FILTERS));

        assertThat(problem.problem().errors()).containsExactly(
                new InvalidParam("orderRef", "must be a deposit reference, not 'order-1'"));
    }
}
