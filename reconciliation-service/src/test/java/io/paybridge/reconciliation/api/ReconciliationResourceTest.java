package io.paybridge.reconciliation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.paybridge.reconciliation.api.StatementDatabase.NewBreak;
import io.paybridge.reconciliation.api.StatementDatabase.StoredRun;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.testkit.stack.DevKeys;
import io.paybridge.testkit.stack.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code /v1/reconciliations} over run data written with SQL as a run leaves it: the statement with its totals, legs,
 * residuals, batch checks and breaks by section; pages filtered by settlement date; the breaks as CSV, streamed; and
 * the errors (bad id, unknown run, bad parameters, missing role).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class ReconciliationResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final DevKeys KEYS = DevKeys.loadOrCreate(Path.of("src/test/resources/keys/jwt"));
    private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");

    @Inject
    StatementDatabase database;

    @Test
    void aStatementShowsTotalsLegsResidualsBatchChecksAndItsBreaksBySection() {
        StoredRun earlier = database.run(LocalDate.parse("2026-11-19"), NOON.minus(Duration.ofDays(1)),
                NOON.minus(Duration.ofDays(1)).plusSeconds(4), 10);
        StoredRun run = database.run(LocalDate.parse("2026-11-20"), NOON, NOON.plusMillis(2500), 7);
        UUID id = run.id();
        database.total(id, "MATCHED", "EUR", 3, 30_000);
        database.total(id, "AMOUNT_MISMATCH", "EUR", 1, 10_050);
        database.total(id, "MISSING_IN_REPORT", "SEK", 1, -2_500);
        database.leg(id, "Deposit Fee", "EUR", 4, -200);
        database.leg(id, "Settlement Fee", "SEK", 1, -500);
        database.residual(id, "EUR", 39_850, 40_000, -200);
        database.residual(id, "SEK", -500, 0, -500);
        database.batchCheck(id, "1000000017", "EUR", 39_850, 39_850L, 39_850L, true, null);
        database.batchCheck(id, "1000000017", "SEK", -500, -500L, null, false, "TRANSFER_NOT_FOUND");
        long movement = database.movement("4100000001", "Deposit", 10_000, "EUR", "pr-4100000001");
        database.reportRow(run.reportId(), 4, "4100000001", "Deposit", 10_050, "EUR");
        NewBreak opened = database.insert(NewBreak.open(id, "AMOUNT_MISMATCH", "4100000001", NOON.plusSeconds(2))
                .expected(10_000, "EUR", movement).actual(10_050, "EUR", run.reportId(), 4));
        NewBreak persisting = database.insert(NewBreak.open(earlier.id(), "MISSING_IN_REPORT", "4100000002",
                NOON.minus(Duration.ofDays(1))).expected(-2_500, "SEK", null).seenBy(id));
        NewBreak resolved = database.insert(NewBreak.open(earlier.id(), "UNEXPECTED_IN_REPORT", "4100000003",
                NOON.minus(Duration.ofDays(1))).actual(700, "EUR", null, null).closedBy(id, NOON.plusSeconds(2)));
        NewBreak closedLaterByAnEvent = database.insert(NewBreak.open(id, "UNEXPECTED_IN_REPORT", "4100000004",
                NOON.plusSeconds(2)).actual(900, "EUR", null, null).closedBy(null, NOON.plusSeconds(3600)));
        database.insert(NewBreak.open(earlier.id(), "MISSING_IN_REPORT", "4100000005", NOON.minus(Duration.ofDays(1)))
                .expected(100, "EUR", null));

        Response response = given().auth().oauth2(reader()).get("/v1/reconciliations/" + id);

        response.then().statusCode(200).contentType("application/json");
        Map<String, Object> top = new LinkedHashMap<>(response.jsonPath().getMap(""));
        Map<String, Object> breaks = response.jsonPath().getMap("breaks");
        top.keySet().removeAll(List.of("totals", "legs", "residuals", "batchChecks", "breaks"));
        assertThat(top).isEqualTo(ordered("reconciliationId", id.toString(), "reportId", (int) run.reportId(),
                "source", "UPLOAD", "settlementDate", "2026-11-20", "status", "FINISHED",
                "startedAt", "2026-11-21T12:00:00Z", "finishedAt", "2026-11-21T12:00:02.500Z", "rowCount", 7, "balanced", false));
        assertThat(response.jsonPath().getList("totals")).isEqualTo(List.of(
                ordered("matchClass", "MATCHED", "currency", "EUR", "count", 3, "amountMinor", 30_000, "amount", "300.00"),
                ordered("matchClass", "AMOUNT_MISMATCH", "currency", "EUR", "count", 1, "amountMinor", 10_050, "amount", "100.50"),
                ordered("matchClass", "MISSING_IN_REPORT", "currency", "SEK", "count", 1, "amountMinor", -2_500, "amount", "-25.00")));
        assertThat(response.jsonPath().getList("legs")).isEqualTo(List.of(
                ordered("orderType", "Deposit Fee", "currency", "EUR", "count", 4, "amountMinor", -200, "amount", "-2.00"),
                ordered("orderType", "Settlement Fee", "currency", "SEK", "count", 1, "amountMinor", -500, "amount", "-5.00")));
        assertThat(response.jsonPath().getList("residuals")).isEqualTo(List.of(
                ordered("currency", "EUR", "reportedMinor", 39_850, "reported", "398.50", "expectedMinor", 40_000,
                        "expected", "400.00", "legsMinor", -200, "legs", "-2.00", "residualMinor", 50, "residual", "0.50"),
                ordered("currency", "SEK", "reportedMinor", -500, "reported", "-5.00", "expectedMinor", 0, "expected", "0.00",
                        "legsMinor", -500, "legs", "-5.00", "residualMinor", 0, "residual", "0.00")));
        assertThat(response.jsonPath().getList("batchChecks")).isEqualTo(List.of(
                ordered("settlementBankWithdrawalId", "1000000017", "currency", "EUR", "rowsSumMinor", 39_850, "rowsSum", "398.50",
                        "reportTotalMinor", 39_850, "reportTotal", "398.50", "transferMinor", 39_850, "transfer", "398.50",
                        "ok", true, "reason", null),
                ordered("settlementBankWithdrawalId", "1000000017", "currency", "SEK", "rowsSumMinor", -500, "rowsSum", "-5.00",
                        "reportTotalMinor", -500, "reportTotal", "-5.00", "transferMinor", null, "transfer", null,
                        "ok", false, "reason", "TRANSFER_NOT_FOUND")));
        assertThat(breaks.get("csv")).isEqualTo("/v1/reconciliations/" + id + "/breaks.csv");
        assertThat(breakIds(response, "new")).containsExactly(opened.id().toString(), closedLaterByAnEvent.id().toString());
        assertThat(breakIds(response, "persisting")).containsExactly(persisting.id().toString());
        assertThat(breakIds(response, "resolved")).containsExactly(resolved.id().toString());
        assertThat(List.of(section(response, "new").get("count"), section(response, "persisting").get("count"),
                section(response, "resolved").get("count"))).containsExactly(2, 1, 1);
        assertThat(items(response, "new").get(0)).isEqualTo(ordered("breakId", opened.id().toString(),
                "breakClass", "AMOUNT_MISMATCH", "pspOrderId", "4100000001", "orderType", "Deposit",
                "paymentReference", "pr-4100000001", "correlationId", "corr-4100000001", "expectedMinor", 10_000,
                "expected", "100.00", "expectedCurrency", "EUR", "actualMinor", 10_050, "actual", "100.50",
                "actualCurrency", "EUR", "movementId", (int) movement, "reportId", (int) run.reportId(), "reportRowNumber", 4,
                "openedRunId", id.toString(),
                "lastSeenRunId", id.toString(), "closedRunId", null, "openedAt", "2026-11-21T12:00:02Z", "closedAt", null,
                "resolution", null));
        assertThat(items(response, "resolved").get(0)).containsEntry("closedRunId", id.toString())
                .containsEntry("closedAt", "2026-11-21T12:00:02Z").containsEntry("resolution", "MATCHED_IN_LATER_RUN")
                .containsEntry("openedRunId", earlier.id().toString());
    }

    @Test
    void aRunWhoseResidualsAreZeroIsBalanced() {
        StoredRun run = database.run(LocalDate.parse("2026-11-18"), NOON, NOON.plusSeconds(1), 2);
        database.total(run.id(), "MATCHED", "JPY", 2, 3_000);
        database.residual(run.id(), "JPY", 3_000, 3_000, 0);

        Response response = given().auth().oauth2(reader()).get("/v1/reconciliations/" + run.id());

        response.then().statusCode(200).body("balanced", equalTo(true)).body("totals[0].amount", equalTo("3000"));
        assertThat(section(response, "new")).isEqualTo(ordered("count", 0, "items", List.of()));
    }

    @Test
    void anUnknownRunIs404AndAnIdThatIsNoUuidIs400NamingId() {
        String unknown = UUID.randomUUID().toString();

        for (String path : List.of("/v1/reconciliations/" + unknown, "/v1/reconciliations/" + unknown + "/breaks.csv")) {
            given().auth().oauth2(reader()).get(path).then().statusCode(404).contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:paybridge:problem:not-found"));
        }
        for (String id : List.of("not-a-uuid", "1-1-1-1-1", unknown + "0")) {
            for (String path : List.of("/v1/reconciliations/" + id, "/v1/reconciliations/" + id + "/breaks.csv")) {
                Response response = given().auth().oauth2(reader()).get(path);
                response.then().statusCode(400).contentType(PROBLEM_JSON)
                        .body("type", equalTo("urn:paybridge:problem:validation"));
                assertThat(response.jsonPath().getList("errors.name", String.class)).as(path).containsExactly("id");
            }
        }
    }

    @Test
    void readingNeedsAReaderToken() {
        StoredRun run = database.run(LocalDate.parse("2026-11-17"), NOON, NOON.plusSeconds(1), 0);

        for (String path : List.of("/v1/reconciliations", "/v1/reconciliations/" + run.id(),
                "/v1/reconciliations/" + run.id() + "/breaks.csv")) {
            given().get(path).then().statusCode(401);
            given().auth().oauth2(token("payments:read")).get(path).then().statusCode(403);
            given().auth().oauth2(reader()).get(path).then().statusCode(200);
        }
    }

    @Test
    void aPageListsTheRunsOfASettlementDateRangeInTheAskedOrder() {
        StoredRun first = database.run(LocalDate.parse("2201-01-01"), NOON, NOON.plusSeconds(30), 1);
        StoredRun second = database.run(LocalDate.parse("2201-01-02"), NOON.plusSeconds(10), NOON.plusSeconds(11), 2);
        StoredRun running = database.run("PULL", LocalDate.parse("2201-01-03"), NOON.plusSeconds(20), null, "RUNNING", 3);
        database.run(LocalDate.parse("2201-01-04"), NOON.plusSeconds(40), NOON.plusSeconds(41), 4);

        Response newest = page(Map.of("settlementDate.start", "2201-01-01", "settlementDate.end", "2201-01-04"));
        Response oldestTwo = page(Map.of("settlementDate.start", "2201-01-01", "settlementDate.end", "2201-01-04",
                "sortOrder", "asc", "count", "2"));
        Response secondPage = page(Map.of("settlementDate.start", "2201-01-01", "settlementDate.end", "2201-01-04",
                "sortOrder", "asc", "count", "2", "startIndex", "2"));
        Response byUpdate = page(Map.of("settlementDate.start", "2201-01-01", "settlementDate.end", "2201-01-04",
                "orderBy", "updatedAt"));
        Response runningOnly = page(Map.of("settlementDate.start", "2201-01-01", "status", "RUNNING"));

        assertThat(ids(newest)).containsExactly(running.id(), second.id(), first.id());
        assertThat(ids(oldestTwo)).containsExactly(first.id(), second.id());
        assertThat(oldestTwo.jsonPath().getInt("count")).isEqualTo(2);
        assertThat(ids(secondPage)).containsExactly(running.id());
        assertThat(secondPage.jsonPath().getInt("startIndex")).isEqualTo(2);
        // updatedAt: finished_at, or started_at while running (first finished at +30 s, running started at +20 s)
        assertThat(ids(byUpdate)).containsExactly(first.id(), running.id(), second.id());
        assertThat(ids(runningOnly)).containsExactly(running.id());
        assertThat(newest.jsonPath().getMap("items[0]")).isEqualTo(ordered("reconciliationId", running.id().toString(),
                "reportId", (int) running.reportId(), "source", "PULL", "settlementDate", "2201-01-03", "status", "RUNNING",
                "startedAt", "2026-11-21T12:00:20Z", "finishedAt", null, "rowCount", 3));
    }

    @Test
    void badListParametersAreOne400NamingEach() {
        Response response = page(Map.of("count", "0", "status", "DONE", "colour", "red",
                "settlementDate.start", "2026-02-30", "settlementDate.end", "21.11.2026"));
        Response reversed = page(Map.of("settlementDate.start", "2026-11-21", "settlementDate.end", "2026-11-20"));

        response.then().statusCode(400).contentType(PROBLEM_JSON).body("type", equalTo("urn:paybridge:problem:validation"));
        assertThat(response.jsonPath().getList("errors.name", String.class))
                .containsExactlyInAnyOrder("count", "status", "colour", "settlementDate.start", "settlementDate.end");
        reversed.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(reversed.jsonPath().getList("errors.name", String.class)).containsExactly("settlementDate.start");
    }

    @Test
    void theCsvHasEveryBreakOfTheStatementWithItsSectionInBothUnits() {
        StoredRun earlier = database.run(LocalDate.parse("2026-11-15"), NOON.minus(Duration.ofDays(1)), NOON, 1);
        StoredRun run = database.run(LocalDate.parse("2026-11-16"), NOON, NOON.plusSeconds(1), 3);
        NewBreak quoted = database.insert(NewBreak.open(run.id(), "CURRENCY_MISMATCH", "4200000001", NOON)
                .reference("invoice \"42\", part 1").expected(1_500, "JPY", null).actual(1_500, "EUR", null, null));
        NewBreak persisting = database.insert(NewBreak.open(earlier.id(), "MISSING_IN_REPORT", "4200000002", NOON)
                .expected(-1_234, "EUR", null).seenBy(run.id()));
        NewBreak resolved = database.insert(NewBreak.open(earlier.id(), "UNEXPECTED_IN_REPORT", "4200000003", NOON)
                .actual(5, "SEK", null, null).closedBy(run.id(), NOON.plusSeconds(1)));

        Response response = given().auth().oauth2(reader()).get("/v1/reconciliations/" + run.id() + "/breaks.csv");

        response.then().statusCode(200).header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"reconciliation-" + run.id() + "-breaks.csv\""));
        assertThat(response.asString()).isEqualTo(String.join("\r\n",
                "section,break_id,break_class,psp_order_id,order_type,payment_reference,correlation_id,expected_minor,"
                        + "expected_amount,expected_currency,actual_minor,actual_amount,actual_currency,movement_id,report_id,report_row_number,"
                        + "opened_run_id,last_seen_run_id,closed_run_id,opened_at,closed_at,resolution",
                "NEW," + quoted.id() + ",CURRENCY_MISMATCH,4200000001,Deposit,\"invoice \"\"42\"\", part 1\",corr-4200000001,"
                        + "1500,1500,JPY,1500,15.00,EUR,,,," + run.id() + "," + run.id() + ",,2026-11-21T12:00:00Z,,",
                "PERSISTING," + persisting.id() + ",MISSING_IN_REPORT,4200000002,Deposit,pr-4200000002,corr-4200000002,"
                        + "-1234,-12.34,EUR,,,,,,," + earlier.id() + "," + run.id() + ",,2026-11-21T12:00:00Z,,",
                "RESOLVED," + resolved.id() + ",UNEXPECTED_IN_REPORT,4200000003,Deposit,pr-4200000003,corr-4200000003,"
                        + ",,,5,0.05,SEK,,,," + earlier.id() + "," + earlier.id() + "," + run.id()
                        + ",2026-11-21T12:00:00Z,2026-11-21T12:00:01Z,MATCHED_IN_LATER_RUN",
                ""));
    }

    @Test
    void thousandsOfBreaksStreamToTheCsvWhileTheStatementListsTheFirst() {
        StoredRun run = database.run(LocalDate.parse("2026-11-14"), NOON, NOON.plusSeconds(1), 5_000);
        database.manyBreaks(run.id(), 5_000);

        Response csv = given().auth().oauth2(reader()).get("/v1/reconciliations/" + run.id() + "/breaks.csv");
        Response statement = given().auth().oauth2(reader()).get("/v1/reconciliations/" + run.id());

        csv.then().statusCode(200);
        List<String> lines = csv.asString().lines().toList();
        assertThat(lines).hasSize(5_001);
        assertThat(lines.get(1)).startsWith("NEW,").contains(",pr-000001,");
        assertThat(lines.get(5_000)).startsWith("NEW,").contains(",pr-005000,");
        assertThat(section(statement, "new").get("count")).isEqualTo(5_000);
        assertThat(items(statement, "new")).hasSize(ReconciliationResource.BREAKS_LISTED);
        assertThat(items(statement, "new").get(0).get("paymentReference")).isEqualTo("pr-000001");
    }

    /** A section of the statement's breaks ({@code new} is a Groovy keyword, so GPath cannot name it). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Response statement, String name) {
        return (Map<String, Object>) statement.jsonPath().getMap("breaks").get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Response statement, String section) {
        return (List<Map<String, Object>>) section(statement, section).get("items");
    }

    private static List<String> breakIds(Response statement, String section) {
        return items(statement, section).stream().map(item -> (String) item.get("breakId")).toList();
    }

    private static Response page(Map<String, String> parameters) {
        return given().auth().oauth2(reader()).queryParams(parameters).get("/v1/reconciliations");
    }

    private static List<UUID> ids(Response page) {
        page.then().statusCode(200);
        return page.jsonPath().getList("items.reconciliationId", String.class).stream().map(UUID::fromString).toList();
    }

    private static String reader() {
        return token("reconciliation:read");
    }

    private static String token(String role) {
        return new DevTokens(KEYS, "reconciliation-reader", Duration.ofMinutes(15)).mint(List.of(role));
    }

    /** A map keeping the order of its keys and allowing null values, as JSON objects are read. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
