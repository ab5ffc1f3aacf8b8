package io.paybridge.reconciliation.report.api;

import io.paybridge.reconciliation.report.persistence.ReportTables;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** {@code POST /v1/reports}: an uploaded settlement report is streamed in, reconciled once, and refused whole when invalid. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class ReportResourceTest {

    private static final String HEADER = "datestamp,accountname,currency,amount,total,orderid,ordertype,messageid,username,"
            + "fxpaymentamount,fxpaymentcurrency,settlementbankwithdrawalid,externalreference\n";
    private static final AtomicInteger DAYS = new AtomicInteger();

    @Inject
    ReportTables tables;

    @Test
    void anUploadIsStoredAndReconciledAndTheSameUploadAgainAnswersTheSameRun() {
        LocalDate date = aDate();
        String csv = report("1100000001");

        ExtractableResponse<Response> created = upload(date, csv).then().statusCode(201).contentType("application/json")
                .body("settlementDate", equalTo(date.toString())).body("rowCount", equalTo(2)).extract();
        long reportId = created.jsonPath().getLong("reportId");
        UUID runId = UUID.fromString(created.jsonPath().getString("runId"));
        assertThat(created.header("Location")).endsWith("/v1/reconciliations/" + runId);
        assertThat(tables.rows("select source, settlement_date, row_count, run_id from settlement_report where id = " + reportId))
                .containsExactly("UPLOAD|" + date + "|2|" + runId);
        assertThat(tables.rows("select id, status from reconciliation_run where report_id = " + reportId))
                .containsExactly(runId + "|FINISHED");

        upload(date, csv).then().statusCode(200)
                .body("reportId", equalTo((int) reportId)).body("runId", equalTo(runId.toString()));
        assertThat(tables.count("select count(*) from settlement_report where settlement_date = '" + date + "'")).isEqualTo(1);
        assertThat(tables.count("select count(*) from report_row where report_id = " + reportId)).isEqualTo(2);
    }

    @Test
    void anInvalidRowIsA422NamingItsRowAndColumnAndNothingIsStored() {
        LocalDate date = aDate();
        String csv = report("1100000002").replace("-1.00,", "-1.001,");

        upload(date, csv).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:invalid-settlement-report"))
                .body("detail", equalTo("settlement report row 2: amount has more decimals than its currency's 2"))
                .body("errors[0].name", equalTo("amount"))
                .body("errors[0].reason", equalTo("row 2: has more decimals than its currency's 2"));
        assertThat(tables.count("select count(*) from settlement_report where settlement_date = '" + date + "'")).isZero();
    }

    @Test
    void aReportWithoutAV12ColumnIsA422NamingTheHeader() {
        upload(aDate(), "datestamp,accountname,currency,amount\n").then().statusCode(422)
                .body("errors[0].name", equalTo("total")).body("errors[0].reason", equalTo("header: has no total column"));
    }

    @Test
    void theSettlementDateIsRequiredAsADate() {
        given().auth().oauth2(ReportTokens.runner()).contentType("text/csv").body(report("1100000003"))
                .post("/v1/reports").then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", hasItem("settlementDate"));
        given().auth().oauth2(ReportTokens.runner()).contentType("text/csv").queryParam("settlementDate", "20.11.2026")
                .body(report("1100000003")).post("/v1/reports").then().statusCode(400).body("errors.name", hasItem("settlementDate"));
    }

    @Test
    void uploadingNeedsTheRunRoleAndACsvBody() {
        given().contentType("text/csv").queryParam("settlementDate", aDate().toString()).body(report("1100000004"))
                .post("/v1/reports").then().statusCode(401);
        given().auth().oauth2(ReportTokens.withRoles("reconciliation:read")).contentType("text/csv")
                .queryParam("settlementDate", aDate().toString()).body(report("1100000004")).post("/v1/reports").then().statusCode(403);
        given().auth().oauth2(ReportTokens.runner()).contentType("application/json")
                .queryParam("settlementDate", aDate().toString()).body("{}").post("/v1/reports").then().statusCode(415);
    }

    private static Response upload(LocalDate date, String csv) {
        return given().auth().oauth2(ReportTokens.runner()).contentType("text/csv").queryParam("settlementDate", date.toString())
                .body(csv).post("/v1/reports");
    }

    /** A deposit and its fee on order {@code orderId}, settled under one reference. */
    private static String report(String orderId) {
        return HEADER
                + "2026-11-20 10:15:30.000000+00,SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE,EUR,100.00,99.00," + orderId
                + ",Deposit,msg-" + orderId + ",merchant1,,,5000000001,\n"
                + "2026-11-20 10:15:30.000000+00,TRANSACTION_FEE_BANK_DEPOSIT,EUR,-1.00,99.00," + orderId
                + ",Deposit Fee,msg-" + orderId + ",merchant1,,,5000000001,\n";
    }

    /** A date of its own per upload, far before any other test's, so that no two tests share a report. */
    private static LocalDate aDate() {
        return LocalDate.of(1990, 1, 1).plusDays(DAYS.incrementAndGet());
    }
}
