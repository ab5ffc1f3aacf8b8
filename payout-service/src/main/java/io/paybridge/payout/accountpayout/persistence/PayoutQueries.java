package io.paybridge.payout.accountpayout.persistence;

import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.support.paging.ListQuery;
import io.paybridge.support.paging.PageQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Reads account payouts for the list endpoint: filters, a stable order (ties broken by payout id) and one page. */
@ApplicationScoped
public class PayoutQueries {

    /** The filter by destination account. */
    public static final String ACCOUNT_ID = "accountId";
    /** The filter by end user. */
    public static final String END_USER_ID = "endUserId";

    /** The page of payouts {@code query} asks for. */
    public Uni<List<Payout>> page(ListQuery query) {
        PageQuery page = PageQuery.of(query, "payoutId", PayoutStatus::valueOf,
                Map.of(ACCOUNT_ID, "accountId", END_USER_ID, "endUserId"));
        return Payout.<Payout>find(page.where(), page.sort(), page.parameters()).range(page.first(), page.last()).list();
    }
}
