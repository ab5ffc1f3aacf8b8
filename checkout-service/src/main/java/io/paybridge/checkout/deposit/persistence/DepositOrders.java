package io.paybridge.checkout.deposit.persistence;

import io.paybridge.checkout.deposit.api.OrderBy;
import io.paybridge.checkout.deposit.api.OrderQuery;
import io.paybridge.checkout.deposit.api.SortOrder;
import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Reads deposits for the list endpoint: filters, a stable order (ties broken by order ref) and one page. */
@ApplicationScoped
public class DepositOrders {

    /** The page of deposits {@code query} asks for. */
    public Uni<List<DepositOrder>> page(OrderQuery query) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!query.statuses().isEmpty()) {
            where.add("status in :statuses");
            parameters.and("statuses", query.statuses().stream().map(DepositStatus::valueOf).toList());
        }
        query.createdFrom().ifPresent(at -> { where.add("createdAt >= :createdFrom"); parameters.and("createdFrom", at); });
        query.createdUntil().ifPresent(at -> { where.add("createdAt < :createdUntil"); parameters.and("createdUntil", at); });
        query.updatedFrom().ifPresent(at -> { where.add("updatedAt >= :updatedFrom"); parameters.and("updatedFrom", at); });
        query.updatedUntil().ifPresent(at -> { where.add("updatedAt < :updatedUntil"); parameters.and("updatedUntil", at); });
        Sort.Direction direction = query.sortOrder() == SortOrder.ASC ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort sort = Sort.by(query.orderBy() == OrderBy.UPDATED_AT ? "updatedAt" : "createdAt", direction)
                .and("orderRef", direction);
        return DepositOrder.<DepositOrder>find(String.join(" and ", where), sort, parameters)
                .range(query.startIndex(), query.startIndex() + query.count() - 1)
                .list();
    }
}
