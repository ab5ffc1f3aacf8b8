package io.paybridge.payout.accountpayout.persistence;

import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.api.ListQuery;
import io.paybridge.payout.api.OrderBy;
import io.paybridge.payout.api.SortOrder;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Reads account payouts for the list endpoint: filters, a stable order (ties broken by payout id) and one page. */
@ApplicationScoped
public class PayoutQueries {

    /** The filter by destination account. */
    public static final String ACCOUNT_ID = "accountId";
    /** The filter by end user. */
    public static final String END_USER_ID = "endUserId";

    /** The page of payouts {@code query} asks for. */
    public Uni<List<Payout>> page(ListQuery query) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!query.statuses().isEmpty()) {
            where.add("status in :statuses");
            parameters.and("statuses", query.statuses().stream().map(PayoutStatus::valueOf).toList());
        }
        for (String filter : List.of(ACCOUNT_ID, END_USER_ID)) {
            query.filter(filter).ifPresent(value -> {
                where.add(filter + " = :" + filter);
                parameters.and(filter, value);
            });
        }
        query.createdFrom().ifPresent(at -> { where.add("createdAt >= :createdFrom"); parameters.and("createdFrom", at); });
        query.createdUntil().ifPresent(at -> { where.add("createdAt < :createdUntil"); parameters.and("createdUntil", at); });
        query.updatedFrom().ifPresent(at -> { where.add("updatedAt >= :updatedFrom"); parameters.and("updatedFrom", at); });
        query.updatedUntil().ifPresent(at -> { where.add("updatedAt < :updatedUntil"); parameters.and("updatedUntil", at); });
        Sort.Direction direction = query.sortOrder() == SortOrder.ASC ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort sort = Sort.by(query.orderBy() == OrderBy.UPDATED_AT ? "updatedAt" : "createdAt", direction)
                .and("payoutId", direction);
        return Payout.<Payout>find(String.join(" and ", where), sort, parameters)
                .range(query.startIndex(), query.startIndex() + query.count() - 1)
                .list();
    }
}
