package io.paybridge.reconciliation.api;

import io.paybridge.reconciliation.api.persistence.BreakRecord;
import io.paybridge.reconciliation.api.persistence.BreakSection;
import io.paybridge.reconciliation.api.persistence.RunRecord;
import io.paybridge.reconciliation.api.persistence.StatementReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Puts a run's statement together from its parts, read side by side; an unknown run is a 404. */
@ApplicationScoped
public class Statements {

    private final StatementReads reads;

    public Statements(StatementReads reads) {
        this.reads = reads;
    }

    /** The run, or a 404 problem. */
    public Uni<RunRecord> run(UUID runId) {
        return reads.run(runId).map(found -> found.orElseThrow(() -> ReconciliationProblems.notFound(runId)));
    }

    /** The statement of the run, listing at most {@code breaksListed} breaks per section. */
    public Uni<StatementView> statement(UUID runId, int breaksListed) {
        return run(runId).flatMap(run -> Uni.combine().all().unis(reads.totals(runId), reads.legs(runId),
                        reads.residuals(runId), reads.batchChecks(runId), reads.breakCounts(runId),
                        reads.breaks(runId, BreakSection.NEW, breaksListed),
                        reads.breaks(runId, BreakSection.PERSISTING, breaksListed),
                        reads.breaks(runId, BreakSection.RESOLVED, breaksListed))
                .asTuple().map(parts -> {
                    Map<BreakSection, Long> counts = parts.getItem5();
                    List<StatementView.Residual> residuals = parts.getItem3().stream().map(StatementView.Residual::of).toList();
                    StatementView.Breaks breaks = new StatementView.Breaks(
                            list(counts.get(BreakSection.NEW), parts.getItem6()),
                            list(counts.get(BreakSection.PERSISTING), parts.getItem7()),
                            list(counts.get(BreakSection.RESOLVED), parts.getItem8()),
                            ReconciliationResource.csvPath(runId));
                    return new StatementView(run.id(), run.reportId(), run.source(), run.settlementDate(), run.status(),
                            run.startedAt(), run.finishedAt(), run.rowCount(),
                            residuals.stream().allMatch(residual -> residual.residualMinor() == 0),
                            parts.getItem1().stream().map(StatementView.ClassTotal::of).toList(),
                            parts.getItem2().stream().map(StatementView.Leg::of).toList(),
                            residuals,
                            parts.getItem4().stream().map(StatementView.BatchCheck::of).toList(),
                            breaks);
                }));
    }

    private static StatementView.BreakList list(long count, List<BreakRecord> items) {
        return new StatementView.BreakList(count, items.stream().map(BreakView::of).toList());
    }
}
