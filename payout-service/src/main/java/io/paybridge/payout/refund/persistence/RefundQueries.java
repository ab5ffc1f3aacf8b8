package io.paybridge.payout.refund.persistence;

import io.paybridge.payout.api.ListConditions;
import io.paybridge.payout.api.ListQuery;
import io.paybridge.payout.refund.domain.RefundStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads refunds for the list endpoint: filters, a stable order (ties broken by refund id) and one page. */
@ApplicationScoped
public class RefundQueries {

    /** The name of the filter by deposit. */
    public static final String ORDER_REF = "orderRef";

    /** The page of refunds {@code query} asks for. */
    public Uni<List<Refund>> page(ListQuery query) {
        ListConditions conditions = ListConditions.of(query, RefundStatus::valueOf, "refundId").filter(ORDER_REF);
        return Refund.<Refund>find(conditions.where(), conditions.sort(), conditions.parameters())
                .range(conditions.firstRow(), conditions.lastRow())
                .list();
    }
}
