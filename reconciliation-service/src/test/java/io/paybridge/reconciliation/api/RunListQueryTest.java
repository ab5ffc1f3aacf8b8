package io.paybridge.reconciliation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.paybridge.support.paging.SortOrder;
import io.paybridge.support.problem.Problem.InvalidParam;
import io.paybridge.support.problem.ProblemException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunListQueryTest {

    @Test
    void readsTheListConventionsAndASettlementDateRange() {
        RunListQuery query = RunListQuery.parse(Map.of("count", List.of("10"), "sortOrder", List.of("asc"),
                "status", List.of("FINISHED"), "settlementDate.start", List.of("2026-11-01"),
                "settlementDate.end", List.of("2026-12-01")));

        assertThat(query.list().count()).isEqualTo(10);
        assertThat(query.list().sortOrder()).isEqualTo(SortOrder.ASC);
        assertThat(query.list().statuses()).containsExactly("FINISHED");
        assertThat(query.dates().from()).contains(LocalDate.parse("2026-11-01"));
        assertThat(query.dates().until()).contains(LocalDate.parse("2026-12-01"));
    }

    @Test
    void withoutParametersEveryRunIsListedNewestFirst() {
        RunListQuery query = RunListQuery.parse(Map.of());

        assertThat(query.list().count()).isEqualTo(25);
        assertThat(query.list().sortOrder()).isEqualTo(SortOrder.DESC);
        assertThat(query.dates().from()).isEqualTo(Optional.empty());
        assertThat(query.dates().until()).isEqualTo(Optional.empty());
    }

    @Test
    void everyFaultIsNamedInOneProblem() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> RunListQuery.parse(Map.of(
                "startIndex", List.of("-1"), "settlementDate.start", List.of("2026-02-29"),
                "settlementDate.end", List.of("2026-13-01x"), "sort", List.of("asc"))));

        assertThat(problem.problem().status()).isEqualTo(400);
        assertThat(problem.problem().errors()).extracting(InvalidParam::name)
                .containsExactlyInAnyOrder("startIndex", "settlementDate.start", "settlementDate.end", "sort");
        assertThat(problem.problem().errors()).filteredOn(error -> error.name().equals("settlementDate.start"))
                .extracting(InvalidParam::reason).containsExactly("is not a day of the calendar, not '2026-02-29'");
    }

    @Test
    void aRangeMustStartBeforeItEnds() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> RunListQuery.parse(Map.of(
                "settlementDate.start", List.of("2026-11-21"), "settlementDate.end", List.of("2026-11-21"))));

        assertThat(problem.problem().errors()).extracting(InvalidParam::name).containsExactly("settlementDate.start");
    }

    @Test
    void aReconciliationIdIsACanonicalUuid() {
        assertThat(ReconciliationProblems.runId("6F1C2D3E-4A5B-4C6D-8E7F-0A1B2C3D4E5F"))
                .hasToString("6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f");
        for (String id : List.of("", "1-1-1-1-1", "6f1c2d3e4a5b4c6d8e7f0a1b2c3d4e5f", "6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5g")) {
            ProblemException problem = catchThrowableOfType(ProblemException.class, () -> ReconciliationProblems.runId(id));
            assertThat(problem.problem().errors()).extracting(InvalidParam::name).as(id).containsExactly("id");
        }
    }
}
