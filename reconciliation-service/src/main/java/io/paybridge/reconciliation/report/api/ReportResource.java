package io.paybridge.reconciliation.report.api;

import io.paybridge.reconciliation.report.ReportConfig;
import io.paybridge.reconciliation.report.ReportContent;
import io.paybridge.reconciliation.report.ReportIngestion;
import io.paybridge.reconciliation.report.ReportPulls;
import io.paybridge.reconciliation.report.ReportSource;
import io.paybridge.reconciliation.report.persistence.StoredReport;
import io.paybridge.support.problem.ProblemException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code POST /v1/reports?settlementDate=}: a v1.2 settlement report uploaded as {@code text/csv}, streamed into the
 * report tables and reconciled; {@code POST /v1/reports/pulls}: pull a date's report and ledger from the PSP now.
 * Both answer 201 with the run ({@code Location: /v1/reconciliations/{runId}}), or 200 with the run of the identical
 * report ingested before: the report's content is its idempotency key, so no {@code Idempotency-Key} is needed.
 */
@Path("/v1/reports")
public class ReportResource {

    private final ReportIngestion ingestion;
    private final ReportPulls pulls;
    private final ReportConfig config;

    public ReportResource(ReportIngestion ingestion, ReportPulls pulls, ReportConfig config) {
        this.ingestion = ingestion;
        this.pulls = pulls;
        this.config = config;
    }

    /** The body is read as it arrives (a blocking stream on a worker thread), never buffered whole; 422 names row and column. */
    @POST
    @RolesAllowed("reconciliation:run")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    public Uni<Response> upload(@QueryParam("settlementDate") String settlementDate, InputStream body) {
        LocalDate date = date(settlementDate);
        ReportContent content = ReportContent.ofStream(date, body, config.maxUploadSize().asLongValue());
        return ingestion.ingest(ReportSource.UPLOAD, date, content).map(ReportResource::answer);
    }

    @POST
    @Path("/pulls")
    @RolesAllowed("reconciliation:run")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> pull(PullRequest body) {
        if (body == null) {
            throw ProblemException.invalid("body", "a JSON object with settlementDate is required");
        }
        return pulls.pull(date(body.settlementDate())).map(ReportResource::answer);
    }

    private static Response answer(StoredReport stored) {
        ReportRunView view = ReportRunView.of(stored);
        if (stored.created()) {
            return Response.created(view.reconciliation()).entity(view).build();
        }
        return Response.ok(view).location(view.reconciliation()).build();
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid("settlementDate", "is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("settlementDate", "must be a date as YYYY-MM-DD");
        }
    }
}
