package io.paybridge.payout.refund.persistence;

import io.paybridge.payout.refund.domain.RefundStatus;
import io.paybridge.support.paging.ListQuery;
import io.paybridge.support.paging.PageQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Reads refunds for the list endpoint: filters, a stable order (ties broken by refund id) and one page. */
@ApplicationScoped
public class RefundQueries {

    /** The name of the filter by deposit. */
    public static final String ORDER_REF = "orderRef";

    /** The page of refunds {@code query} asks for. */
    public Uni<List<Refund>> page(ListQuery query) {
        PageQuery page = PageQuery.of(query, "refundId", RefundStatus::valueOf, Map.of(ORDER_REF, "orderRef"));
        return Refund.<Refund>find(page.where(), page.sort(), page.parameters()).range(page.first(), page.last()).list();
    }
}
