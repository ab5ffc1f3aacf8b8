package io.paybridge.payout.account.persistence;

import io.paybridge.contracts.payments.v1.NotificationAccount;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The accounts payouts may go to, as account notifications report them. An account notification carries no
 * enduserid (reference §4.2), so the end user comes from the other notifications of the same PSP order (pending,
 * credit, debit…), whichever arrives first: each side looks the other up. Every write is idempotent, so a
 * redelivered notification changes nothing.
 */
@ApplicationScoped
public class KnownAccounts {

    private static final String SET_METADATA = " verified = known_account.verified OR EXCLUDED.verified,"
            + " clearing_house = EXCLUDED.clearing_house, bank = EXCLUDED.bank, descriptor = EXCLUDED.descriptor,"
            + " last_digits = EXCLUDED.last_digits, notification_id = EXCLUDED.notification_id,"
            + " reported_at = EXCLUDED.reported_at";
    private static final String REPORTED = "INSERT INTO known_account (psp_order_id, account_id, end_user_id, verified,"
            + " clearing_house, bank, descriptor, last_digits, notification_id, reported_at)"
            + " VALUES (?1, ?2, (SELECT end_user_id FROM order_end_user WHERE psp_order_id = ?1), ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
            + " ON CONFLICT (psp_order_id, account_id) DO UPDATE SET" + SET_METADATA;
    private static final String REPORTED_WITH_END_USER = "INSERT INTO known_account (psp_order_id, account_id, end_user_id,"
            + " verified, clearing_house, bank, descriptor, last_digits, notification_id, reported_at)"
            + " VALUES (?1, ?2, ?10, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
            + " ON CONFLICT (psp_order_id, account_id) DO UPDATE SET end_user_id = COALESCE(known_account.end_user_id,"
            + " EXCLUDED.end_user_id)," + SET_METADATA;
    private static final String REMEMBER_END_USER = "INSERT INTO order_end_user (psp_order_id, end_user_id, seen_at)"
            + " VALUES (?1, ?2, ?3) ON CONFLICT (psp_order_id) DO NOTHING";
    private static final String ATTRIBUTE = "UPDATE known_account SET end_user_id = ?2"
            + " WHERE psp_order_id = ?1 AND end_user_id IS NULL";
    private static final String KNOWN = "SELECT count(*) FROM known_account WHERE end_user_id = ?1 AND account_id = ?2";
    private static final String FORGET_END_USERS = "DELETE FROM order_end_user WHERE seen_at < ?1";
    private static final String FORGET_UNATTRIBUTED = "DELETE FROM known_account WHERE end_user_id IS NULL AND reported_at < ?1";

    /**
     * Stores the account an account notification reported for {@code pspOrderId} (inside the caller's transaction),
     * attributed to {@code endUserId} when the notification named one, else to the order's end user if known.
     */
    public Uni<Void> reported(String pspOrderId, NotificationAccount account, String endUserId, String notificationId,
            Instant reportedAt) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(endUserId == null ? REPORTED : REPORTED_WITH_END_USER)
                    .setParameter(1, pspOrderId)
                    .setParameter(2, account.getAccountId())
                    .setParameter(3, account.getVerified())
                    .setParameter(4, account.getClearingHouse())
                    .setParameter(5, account.getBank())
                    .setParameter(6, account.getDescriptor())
                    .setParameter(7, account.getLastDigits())
                    .setParameter(8, notificationId)
                    .setParameter(9, reportedAt);
            if (endUserId != null) {
                query.setParameter(10, endUserId);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }

    /**
     * Remembers that {@code endUserId} is the end user of {@code pspOrderId}, and attributes the order's accounts
     * reported before, inside the caller's transaction. The first end user named for an order stays.
     */
    public Uni<Void> endUserOf(String pspOrderId, String endUserId, Instant seenAt) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(REMEMBER_END_USER)
                        .setParameter(1, pspOrderId).setParameter(2, endUserId).setParameter(3, seenAt).executeUpdate()
                        .chain(() -> session.createNativeQuery(ATTRIBUTE)
                                .setParameter(1, pspOrderId).setParameter(2, endUserId).executeUpdate()))
                .replaceWithVoid();
    }

    /** Whether the PSP reported {@code accountId} for an order of {@code endUserId}. */
    public Uni<Boolean> isKnown(String endUserId, String accountId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(KNOWN, Long.class)
                .setParameter(1, endUserId).setParameter(2, accountId).getSingleResult())
                .map(count -> count > 0);
    }

    /** The accounts of {@code endUserId}, the latest report of each, ordered by account id. */
    public Uni<List<KnownAccount>> ofEndUser(String endUserId) {
        return KnownAccount.<KnownAccount>find("endUserId = ?1 order by accountId, reportedAt desc, id desc", endUserId).list()
                .map(reports -> reports.stream()
                        .filter(distinctAccount())
                        .toList());
    }

    /** Forgets order end users and unattributed accounts older than {@code before}; returns the rows removed. */
    public Uni<Integer> forgetBefore(Instant before) {
        return Panache.getSession().chain(session -> session.createNativeQuery(FORGET_END_USERS).setParameter(1, before)
                .executeUpdate()
                .chain(endUsers -> session.createNativeQuery(FORGET_UNATTRIBUTED).setParameter(1, before).executeUpdate()
                        .map(accounts -> endUsers + accounts)));
    }

    private static Predicate<KnownAccount> distinctAccount() {
        Set<String> seen = new HashSet<>();
        return report -> seen.add(report.accountId);
    }
}
