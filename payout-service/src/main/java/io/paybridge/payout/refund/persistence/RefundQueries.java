package io.paybridge.payout.refund.persistence;

import io.paybridge.payout.api.ListQuery;
import io.paybridge.payout.api.OrderBy;
import io.paybridge.payout.api.SortOrder;
import io.paybridge.payout.refund.domain.RefundStatus;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Reads refunds for the list endpoint: filters, a stable order (ties broken by refund id) and one page. */
@ApplicationScoped
public class RefundQueries {

    /** The name of the filter by deposit. */
    public static final String ORDER_REF = "orderRef";

    /** The page of refunds {@code query} asks for. */
    public Uni<List<Refund>> page(ListQuery query) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!query.statuses().isEmpty()) {
            where.add("status in :statuses");
            parameters.and("statuses", query.statuses().stream().map(RefundStatus::valueOf).toList());
        }
        query.filter(ORDER_REF).ifPresent(orderRef -> { where.add("orderRef = :orderRef"); parameters.and("orderRef", orderRef); });
        query.createdFrom().ifPresent(at -> { where.add("createdAt >= :createdFrom"); parameters.and("createdFrom", at); });
        query.createdUntil().ifPresent(at -> { where.add("createdAt < :createdUntil"); parameters.and("createdUntil", at); });
        query.updatedFrom().ifPresent(at -> { where.add("updatedAt >= :updatedFrom"); parameters.and("updatedFrom", at); });
        query.updatedUntil().ifPresent(at -> { where.add("updatedAt < :updatedUntil"); parameters.and("updatedUntil", at); });
        Sort.Direction direction = query.sortOrder() == SortOrder.ASC ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort sort = Sort.by(query.orderBy() == OrderBy.UPDATED_AT ? "updatedAt" : "createdAt", direction)
                .and("refundId", direction);
        return Refund.<Refund>find(String.join(" and ", where), sort, parameters)
                .range(query.startIndex(), query.startIndex() + query.count() - 1)
                .list();
    }
}
