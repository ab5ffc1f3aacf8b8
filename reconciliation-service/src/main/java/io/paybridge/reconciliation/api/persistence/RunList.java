package io.paybridge.reconciliation.api.persistence;

import io.paybridge.support.paging.ListQuery;
import io.paybridge.support.paging.OrderBy;
import io.paybridge.support.paging.SortOrder;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads runs for the list endpoint: the list conventions' filters, order and page ({@link ListQuery}) as SQL, plus a
 * settlement date range. A run is created when it starts ({@code createdAt} is {@code started_at}) and last changes
 * when it finishes ({@code updatedAt} is {@code finished_at}, or {@code started_at} while it runs); ties are broken by
 * run id. {@code PageQuery} is not used: it builds a Panache query over an entity's {@code createdAt}/{@code updatedAt}
 * fields, and runs are read with SQL.
 */
@ApplicationScoped
public class RunList {

    private static final String UPDATED_AT = "coalesce(r.finished_at, r.started_at)";

    private final Pool pool;

    public RunList(Pool pool) {
        this.pool = pool;
    }

    /** The page of runs {@code query} asks for, within the settlement dates. */
    public Uni<List<RunRecord>> page(ListQuery query, SettlementDates dates) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            where.add("r.status = ANY($" + add(parameters, query.statuses().toArray(String[]::new)) + ")");
        }
        query.createdFrom().ifPresent(at -> where.add("r.started_at >= $" + add(parameters, utc(at))));
        query.createdUntil().ifPresent(at -> where.add("r.started_at < $" + add(parameters, utc(at))));
        query.updatedFrom().ifPresent(at -> where.add(UPDATED_AT + " >= $" + add(parameters, utc(at))));
        query.updatedUntil().ifPresent(at -> where.add(UPDATED_AT + " < $" + add(parameters, utc(at))));
        dates.from().ifPresent(date -> where.add("r.settlement_date >= $" + add(parameters, date)));
        dates.until().ifPresent(date -> where.add("r.settlement_date < $" + add(parameters, date)));
        String direction = query.sortOrder() == SortOrder.ASC ? "ASC" : "DESC";
        String orderBy = query.orderBy() == OrderBy.UPDATED_AT ? UPDATED_AT : "r.started_at";
        String sql = "SELECT " + StatementReads.RUN_COLUMNS
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + orderBy + " " + direction + ", r.id " + direction
                + " LIMIT $" + add(parameters, (long) query.count()) + " OFFSET $" + add(parameters, (long) query.startIndex());
        return pool.preparedQuery(sql).execute(Tuple.from(parameters)).map(rows -> {
            List<RunRecord> runs = new ArrayList<>(rows.size());
            rows.forEach(row -> runs.add(StatementReads.run(row)));
            return runs;
        });
    }

    /** Adds a parameter and answers its number ($1 is the first). */
    private static int add(List<Object> parameters, Object value) {
        parameters.add(value);
        return parameters.size();
    }

    private static Object utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
