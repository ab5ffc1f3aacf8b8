package io.paybridge.payout.withdrawal.persistence;

import io.paybridge.payout.api.ListQuery;
import io.paybridge.payout.api.OrderBy;
import io.paybridge.payout.api.SortOrder;
import io.paybridge.payout.withdrawal.domain.WithdrawalStatus;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Reads withdrawals for the list endpoint: filters, a stable order (ties broken by withdrawal id) and one page. */
@ApplicationScoped
public class WithdrawalList {

    /** The filter on the end user's id ({@code endUserId=}). */
    public static final String END_USER_ID = "endUserId";

    /** The page of withdrawals {@code query} asks for. */
    public Uni<List<Withdrawal>> page(ListQuery query) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!query.statuses().isEmpty()) {
            where.add("status in :statuses");
            parameters.and("statuses", query.statuses().stream().map(WithdrawalStatus::valueOf).toList());
        }
        query.filter(END_USER_ID).ifPresent(id -> { where.add("endUserId = :endUserId"); parameters.and("endUserId", id); });
        query.createdFrom().ifPresent(at -> { where.add("createdAt >= :createdFrom"); parameters.and("createdFrom", at); });
        query.createdUntil().ifPresent(at -> { where.add("createdAt < :createdUntil"); parameters.and("createdUntil", at); });
        query.updatedFrom().ifPresent(at -> { where.add("updatedAt >= :updatedFrom"); parameters.and("updatedFrom", at); });
        query.updatedUntil().ifPresent(at -> { where.add("updatedAt < :updatedUntil"); parameters.and("updatedUntil", at); });
        Sort.Direction direction = query.sortOrder() == SortOrder.ASC ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort sort = Sort.by(query.orderBy() == OrderBy.UPDATED_AT ? "updatedAt" : "createdAt", direction)
                .and("withdrawalId", direction);
        return Withdrawal.<Withdrawal>find(String.join(" and ", where), sort, parameters)
                .range(query.startIndex(), query.startIndex() + query.count() - 1)
                .list();
    }
}
