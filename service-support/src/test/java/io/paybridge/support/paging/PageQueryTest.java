package io.paybridge.support.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A {@link ListQuery} as the Panache query every list endpoint runs. */
class PageQueryTest {

    private static final List<String> STATUSES = List.of("OPEN", "DONE");
    private static final List<ListQuery.Filter> FILTERS = List.of(
            new ListQuery.Filter("orderRef", Pattern.compile("dep_[0-9a-f]{4}"), "must be a deposit reference"));

    @Test
    void theDefaultsAreTheFirst25NewestUnfilteredTiesBrokenById() {
        PageQuery page = PageQuery.of(ListQuery.parse(Map.of(), STATUSES, FILTERS), "orderRef", String::toLowerCase,
                Map.of("orderRef", "depositRef"));

        assertThat(page.where()).isEmpty();
        assertThat(page.parameters().map()).isEmpty();
        assertThat(page.sort().getColumns()).extracting(Sort.Column::getName, Sort.Column::getDirection).containsExactly(
                tuple("createdAt", Sort.Direction.Descending),
                tuple("orderRef", Sort.Direction.Descending));
        assertThat(page.first()).isZero();
        assertThat(page.last()).isEqualTo(24);
    }

    @Test
    void everyParameterBecomesAConditionTheSortAndTheRange() {
        ListQuery query = ListQuery.parse(Map.of("count", List.of("10"), "startIndex", List.of("20"),
                "orderBy", List.of("updatedAt"), "sortOrder", List.of("asc"), "status", List.of("DONE"),
                "orderRef", List.of("dep_00ff"), "createdAt.start", List.of("100"), "createdAt.end", List.of("200"),
                "updatedAt.start", List.of("300"), "updatedAt.end", List.of("400")), STATUSES, FILTERS);

        PageQuery page = PageQuery.of(query, "refundId", String::toLowerCase, Map.of("orderRef", "depositRef"));

        assertThat(page.where()).isEqualTo("status in :statuses and depositRef = :depositRef"
                + " and createdAt >= :createdFrom and createdAt < :createdUntil"
                + " and updatedAt >= :updatedFrom and updatedAt < :updatedUntil");
        assertThat(page.parameters().map()).isEqualTo(Map.of("statuses", List.of("done"), "depositRef", "dep_00ff",
                "createdFrom", Instant.ofEpochSecond(100), "createdUntil", Instant.ofEpochSecond(200),
                "updatedFrom", Instant.ofEpochSecond(300), "updatedUntil", Instant.ofEpochSecond(400)));
        assertThat(page.sort().getColumns()).extracting(Sort.Column::getName, Sort.Column::getDirection).containsExactly(
                tuple("updatedAt", Sort.Direction.Ascending),
                tuple("refundId", Sort.Direction.Ascending));
        assertThat(page.first()).isEqualTo(20);
        assertThat(page.last()).isEqualTo(29);
    }
}
