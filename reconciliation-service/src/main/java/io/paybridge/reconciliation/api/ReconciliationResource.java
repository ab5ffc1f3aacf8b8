package io.paybridge.reconciliation.api;

import io.paybridge.reconciliation.api.persistence.RunList;
import io.paybridge.reconciliation.api.persistence.StatementReads;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestMulti;

/**
 * {@code /v1/reconciliations}: a page of runs, one run's statement, and its breaks as CSV. Reading needs
 * {@code reconciliation:read}.
 */
@Path("/v1/reconciliations")
public class ReconciliationResource {

    /** The most breaks a statement lists per section; the CSV export has them all. */
    public static final int BREAKS_LISTED = 500;
    private static final String READ = "reconciliation:read";

    private final RunList runs;
    private final Statements statements;
    private final StatementReads reads;

    public ReconciliationResource(RunList runs, Statements statements, StatementReads reads) {
        this.runs = runs;
        this.statements = statements;
        this.reads = reads;
    }

    @GET
    @RolesAllowed(READ)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<RunPage> page(@Context UriInfo uri) {
        RunListQuery query = RunListQuery.parse(uri.getQueryParameters());
        return runs.page(query.list(), query.dates()).map(page -> new RunPage(page.stream().map(RunView::of).toList(),
                query.list().startIndex(), query.list().count()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(READ)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<StatementView> statement(@PathParam("id") String id) {
        return statements.statement(ReconciliationProblems.runId(id), BREAKS_LISTED);
    }

    @GET
    @Path("/{id}/breaks.csv")
    @RolesAllowed(READ)
    @Produces(BreaksCsv.MEDIA_TYPE)
    public RestMulti<String> breaksCsv(@PathParam("id") String id) {
        UUID runId = ReconciliationProblems.runId(id);
        // the run is looked up first, so an unknown one is a 404 problem before any CSV is written
        return RestMulti.fromUniResponse(statements.run(runId), run -> BreaksCsv.of(reads.streamBreaks(runId)),
                run -> Map.of("Content-Disposition", List.of("attachment; filename=\"reconciliation-" + runId + "-breaks.csv\"")));
    }

    /** Where a run's breaks are exported. */
    static String csvPath(UUID runId) {
        return "/v1/reconciliations/" + runId + "/breaks.csv";
    }
}
