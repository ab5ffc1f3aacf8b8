package io.paybridge.payout.withdrawal.persistence;

import io.paybridge.payout.withdrawal.domain.WithdrawalStatus;
import io.paybridge.support.paging.ListQuery;
import io.paybridge.support.paging.PageQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Reads withdrawals for the list endpoint: filters, a stable order (ties broken by withdrawal id) and one page. */
@ApplicationScoped
public class WithdrawalList {

    /** The filter on the end user's id ({@code endUserId=}). */
    public static final String END_USER_ID = "endUserId";

    /** The page of withdrawals {@code query} asks for. */
    public Uni<List<Withdrawal>> page(ListQuery query) {
        PageQuery page = PageQuery.of(query, "withdrawalId", WithdrawalStatus::valueOf, Map.of(END_USER_ID, "endUserId"));
        return Withdrawal.<Withdrawal>find(page.where(), page.sort(), page.parameters()).range(page.first(), page.last()).list();
    }
}
