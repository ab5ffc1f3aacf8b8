package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.account.BankAccount;
import io.paybridge.sandbox.order.SandboxOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The end user's bank account an approval used: the same end user at the same bank always gets the
 * same made-up account number, so the same AccountID (as Trustly's RegisterAccount promises for the
 * same details). Call inside the caller's transaction.
 */
@ApplicationScoped
public class BankAccounts {

    private static final String INSERT = "insert into psp_sandbox.bank_account (account_id, merchant_username, end_user_id,"
            + " clearinghouse, bank, account_number, descriptor, mandate_active, created_at)"
            + " values (cast(nextval('psp_sandbox.bank_account_id_seq') as varchar), ?1, ?2, ?3, ?4, ?5, ?6, false, now())"
            + " on conflict (merchant_username, clearinghouse, account_number) do nothing";

    /** The account the order's end user paid from or selected at {@code bank}, created on first use. */
    public Uni<BankAccount> selectedFor(SandboxOrder order, TestBank bank) {
        String endUser = order.endUserId == null ? "" : order.endUserId;
        String number = accountNumber(order.merchantUsername, endUser, bank);
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(INSERT)
                        .setParameter(1, order.merchantUsername)
                        .setParameter(2, endUser)
                        .setParameter(3, bank.clearinghouse())
                        .setParameter(4, bank.name())
                        .setParameter(5, number)
                        .setParameter(6, "**** *" + lastDigits(number))
                        .executeUpdate())
                .flatMap(inserted -> BankAccount.<BankAccount>find("merchantUsername = ?1 and clearinghouse = ?2 and accountNumber = ?3",
                        order.merchantUsername, bank.clearinghouse(), number).singleResult());
    }

    /** The last six digits of the account number, as account notifications show them. */
    static String lastDigits(String accountNumber) {
        return accountNumber.substring(Math.max(0, accountNumber.length() - 6));
    }

    private static String accountNumber(String merchant, String endUser, TestBank bank) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((merchant + '\n' + endUser + '\n' + bank.id()).getBytes(StandardCharsets.UTF_8));
            long number = Long.parseUnsignedLong(HexFormat.of().formatHex(hash, 0, 7), 16) % 10_000_000_000L;
            return String.format("%010d", number);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
