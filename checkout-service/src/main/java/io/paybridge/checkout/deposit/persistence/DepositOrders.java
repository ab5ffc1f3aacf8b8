package io.paybridge.checkout.deposit.persistence;

import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.paybridge.support.paging.ListQuery;
import io.paybridge.support.paging.PageQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Reads deposits for the list endpoint: filters, a stable order (ties broken by order ref) and one page. */
@ApplicationScoped
public class DepositOrders {

    /** The page of deposits {@code query} asks for. */
    public Uni<List<DepositOrder>> page(ListQuery query) {
        PageQuery page = PageQuery.of(query, "orderRef", DepositStatus::valueOf, Map.of());
        return DepositOrder.<DepositOrder>find(page.where(), page.sort(), page.parameters())
                .range(page.first(), page.last())
                .list();
    }
}
