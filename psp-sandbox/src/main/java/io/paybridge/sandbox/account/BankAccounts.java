package io.paybridge.sandbox.account;

import io.paybridge.sandbox.Sequences;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Optional;

/**
 * End users' bank accounts by Trustly AccountID: registered by RegisterAccount or selected in the checkout.
 * The same details (merchant, clearinghouse, bank number + account number) always give the same AccountID.
 * Call inside the caller's transaction.
 */
@ApplicationScoped
public class BankAccounts {

    private final Clock clock;

    public BankAccounts(Clock clock) {
        this.clock = clock;
    }

    /** The account with these details, registered now if it is new. */
    public Uni<BankAccount> register(String merchantUsername, String endUserId, BankAccountNumber number) {
        return BankAccount.<BankAccount>find("merchantUsername = ?1 and clearinghouse = ?2 and accountNumber = ?3",
                        merchantUsername, number.clearinghouse(), number.full())
                .firstResult()
                .flatMap(existing -> existing != null ? Uni.createFrom().item(existing) : create(merchantUsername, endUserId, number));
    }

    /** This merchant's account with this AccountID, if any. */
    public Uni<Optional<BankAccount>> find(String merchantUsername, String accountId) {
        if (accountId == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return BankAccount.<BankAccount>findById(accountId)
                .map(account -> Optional.ofNullable(account).filter(found -> found.merchantUsername.equals(merchantUsername)));
    }

    /** Marks the direct-debit mandate on the account active (the end user approved it) or revoked. */
    public Uni<BankAccount> setMandate(BankAccount account, boolean active) {
        account.mandateActive = active;
        return account.persist();
    }

    private Uni<BankAccount> create(String merchantUsername, String endUserId, BankAccountNumber number) {
        return Sequences.next("account_id_seq")
                .flatMap(id -> {
                    BankAccount account = new BankAccount();
                    account.accountId = Long.toString(id);
                    account.merchantUsername = merchantUsername;
                    account.endUserId = endUserId;
                    account.clearinghouse = number.clearinghouse();
                    account.bank = number.bankName();
                    account.accountNumber = number.full();
                    account.descriptor = number.descriptor();
                    account.mandateActive = false;
                    account.createdAt = clock.instant();
                    return account.persist();
                });
    }
}
