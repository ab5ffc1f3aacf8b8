package io.paybridge.reconciliation.report;

import io.paybridge.reconciliation.report.persistence.ReportTables;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.testkit.stack.DevKeys;
import io.paybridge.testkit.stack.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Pulls from a PSP (a real local HTTP server signing as Trustly): AccountLedger first, then the v1.2 report of the
 * date, stored and reconciled; on demand ({@code POST /v1/reports/pulls}) and on the schedule's call.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(FakeTrustly.class)
class ReportPullResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final DevKeys KEYS = DevKeys.loadOrCreate(Path.of("src/test/resources/keys/jwt"));

    @Inject
    ReportTables tables;

    @Inject
    ScheduledPull schedule;

    @BeforeEach
    void freshPsp() {
        FakeTrustly.reset();
    }

    @Test
    void aPullStoresTheLedgerThenReconcilesTheDatesReport() {
        LocalDate date = TODAY.minusDays(3);
        String reference = "5000000" + (100 + (int) (Math.random() * 800));
        FakeTrustly.report(date, report(date, reference, "1200000001"));
        FakeTrustly.ledgerEntry(date + " 10:15:30.000000+00", "SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE", "1200000001", "msg-1",
                "User deposit of client funds to CLIENT_FUNDS_SWEDEN_ESSE", "EUR", "100.00");
        FakeTrustly.ledgerEntry(date.plusDays(1) + " 05:30:00.000000+00", "SETTLEMENT_BANK_WITHDRAWAL", null, reference,
                "Automatic settlement " + reference + " to merchant bank account", "EUR", "-99.00");

        ExtractableResponse<Response> pulled = pull(date).then().statusCode(201)
                .body("settlementDate", equalTo(date.toString())).body("rowCount", equalTo(2)).extract();

        UUID runId = UUID.fromString(pulled.jsonPath().getString("runId"));
        long reportId = pulled.jsonPath().getLong("reportId");
        assertThat(pulled.header("Location")).endsWith("/v1/reconciliations/" + runId);
        assertThat(FakeTrustly.received()).extracting(FakeTrustly.Received::method)
                .containsExactly("AccountLedger", "ViewAutomaticSettlementDetailsCSV");
        assertThat(FakeTrustly.received().get(0).data().path("FromDate").asText()).isEqualTo(date.toString());
        assertThat(FakeTrustly.received().get(0).data().path("ToDate").asText()).isEqualTo(date.plusDays(2).toString());
        assertThat(FakeTrustly.received().get(1).data().path("SettlementDate").asText()).isEqualTo(date.toString());
        assertThat(FakeTrustly.received().get(1).data().path("Attributes").path("APIVersion").asText()).isEqualTo("1.2");
        assertThat(tables.rows("select account_name, amount_minor, settlement_bank_withdrawal_id from ledger_entry where booked_at >= '"
                + date + "' and booked_at < '" + date.plusDays(2) + "' order by booked_at"))
                .containsExactly("SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE|10000|null", "SETTLEMENT_BANK_WITHDRAWAL|-9900|" + reference);
        assertThat(tables.rows("select source, run_id from settlement_report where id = " + reportId)).containsExactly("PULL|" + runId);
        assertThat(tables.rows("select transfer_minor, ok from run_batch_check where run_id = '" + runId + "'"))
                .containsExactly("9900|t");
    }

    @Test
    void pullingTheSameDateAgainAnswersTheSameRunAndKeepsOneCopyOfTheLedger() {
        LocalDate date = TODAY.minusDays(2);
        FakeTrustly.report(date, report(date, "5000000201", "1200000002"));
        FakeTrustly.ledgerEntry(date + " 11:00:00.000000+00", "SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE", "1200000002", "msg-2",
                "User deposit of client funds to CLIENT_FUNDS_SWEDEN_ESSE", "EUR", "100.00");
        String runId = pull(date).then().statusCode(201).extract().jsonPath().getString("runId");

        pull(date).then().statusCode(200).body("runId", equalTo(runId));

        assertThat(tables.count("select count(*) from ledger_entry where psp_order_id = '1200000002'")).isEqualTo(1);
        assertThat(tables.count("select count(*) from reconciliation_run where id = '" + runId + "'")).isEqualTo(1);
    }

    @Test
    void thePspFailingIsA502AndTheReportIsNotStored() {
        LocalDate date = TODAY.minusDays(4);
        long reports = tables.count("select count(*) from settlement_report");
        FakeTrustly.fail();

        pull(date).then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:psp-report-unavailable"));

        assertThat(tables.count("select count(*) from settlement_report")).isEqualTo(reports);
    }

    @Test
    void aDateInTheFutureOrNoDateIsA400NamingIt() {
        pull(TODAY.plusDays(1)).then().statusCode(400).body("errors.name", hasItem("settlementDate"));
        given().auth().oauth2(token("reconciliation:run")).contentType("application/json").body(Map.of())
                .post("/v1/reports/pulls").then().statusCode(400).body("errors.name", hasItem("settlementDate"));
        given().auth().oauth2(token("reconciliation:read")).contentType("application/json")
                .body(Map.of("settlementDate", TODAY.toString())).post("/v1/reports/pulls").then().statusCode(403);
        assertThat(FakeTrustly.received()).isEmpty();
    }

    @Test
    void theScheduledPullReconcilesYesterday() throws Throwable {
        LocalDate yesterday = TODAY.minusDays(1);
        FakeTrustly.report(yesterday, report(yesterday, "5000000301", "1200000003" + UUID.randomUUID().toString().substring(0, 4)));

        VertxContextSupport.subscribeAndAwait(() -> schedule.pullYesterday());

        assertThat(FakeTrustly.received()).extracting(received -> received.method() + " " + received.data().path("FromDate").asText(
                received.data().path("SettlementDate").asText()))
                .containsExactly("AccountLedger " + yesterday, "ViewAutomaticSettlementDetailsCSV " + yesterday);
        List<String> reports = tables.rows("select source, row_count, run_id is not null from settlement_report where settlement_date = '"
                + yesterday + "' order by id desc limit 1");
        assertThat(reports).containsExactly("PULL|2|t");
    }

    private static Response pull(LocalDate date) {
        return given().auth().oauth2(token("reconciliation:run")).contentType("application/json")
                .body(Map.of("settlementDate", date.toString())).post("/v1/reports/pulls");
    }

    private static String token(String role) {
        return new DevTokens(KEYS, "recon-operator", Duration.ofMinutes(15)).mint(List.of(role));
    }

    /** A deposit of 100.00 EUR and its 1.00 fee, settled under {@code reference}. */
    private static String report(LocalDate date, String reference, String orderId) {
        return FakeTrustly.HEADER + "\n"
                + date + " 10:15:30.000000+00,SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE,EUR,100.00,99.00," + orderId + ",Deposit,msg,"
                + "merchant1,,," + reference + ",\n"
                + date + " 10:15:30.000000+00,TRANSACTION_FEE_BANK_DEPOSIT,EUR,-1.00,99.00," + orderId + ",Deposit Fee,msg,"
                + "merchant1,,," + reference + ",\n";
    }
}
