package io.paybridge.payout.accountpayout.persistence;

import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.api.ListConditions;
import io.paybridge.payout.api.ListQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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
        ListConditions conditions = ListConditions.of(query, PayoutStatus::valueOf, "payoutId").filter(ACCOUNT_ID)
                .filter(END_USER_ID);
        return Payout.<Payout>find(conditions.where(), conditions.sort(), conditions.parameters())
                .range(conditions.firstRow(), conditions.lastRow())
                .list();
    }
}
