package io.paybridge.payout.psp;

import io.paybridge.support.money.Money;
import io.paybridge.support.problem.Problem.InvalidParam;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.paybridge.trustly.api.report.Balance;
import io.paybridge.trustly.api.report.BalanceEntry;
import io.paybridge.trustly.client.TrustlyClient;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The merchant's balance at the PSP per currency, for refusing money out that the PSP would refuse for want of funds
 * before anything is reserved. Balance is called at most once per {@code paybridge.payout.balance-check.interval}
 * (15 minutes) per currency across replicas: a replica claims the call in {@code psp_balance} before making it, and
 * every replica reads the answer from there. While no answer is known (the first call failed) nothing is refused:
 * the PSP's own refusal remains the last word.
 */
@ApplicationScoped
public class PspBalance {

    /** The PSP balance in the currency is known and lower than the amount. */
    public static final ProblemType INSUFFICIENT = ProblemType.of("insufficient-psp-balance",
            "The merchant's PSP balance is too low", 422);

    private static final Logger LOG = Logger.getLogger(PspBalance.class);
    private static final String CLAIM = "INSERT INTO psp_balance (currency, called_at) VALUES ($1, now())"
            + " ON CONFLICT (currency) DO UPDATE SET called_at = now()"
            + " WHERE psp_balance.called_at <= now() - make_interval(secs => $2) RETURNING currency";
    private static final String STORE = "INSERT INTO psp_balance (currency, balance_minor, fetched_at, called_at)"
            + " VALUES ($1, $2, now(), now()) ON CONFLICT (currency) DO UPDATE"
            + " SET balance_minor = excluded.balance_minor, fetched_at = now(), called_at = now()";
    private static final String READ = "SELECT balance_minor FROM psp_balance WHERE currency = $1";

    private final Pool pool;
    private final TrustlyGateway gateway;
    private final BalanceCheckConfig config;

    public PspBalance(Pool pool, TrustlyGateway gateway, BalanceCheckConfig config) {
        this.pool = pool;
        this.gateway = gateway;
        this.config = config;
    }

    /** When the check is on: fails with 422 {@code insufficient-psp-balance} if the balance is known and short of {@code amount}. */
    public Uni<Void> requireIfEnabled(Money amount) {
        return config.enabled() ? require(amount) : Uni.createFrom().voidItem();
    }

    /** Fails with 422 {@code insufficient-psp-balance} if the balance in {@code amount}'s currency is known and short of it. */
    public Uni<Void> require(Money amount) {
        return known(amount.currencyCode()).invoke(balance -> balance.ifPresent(available -> {
            if (available.compareTo(amount) < 0) {
                String detail = "the merchant's PSP balance is " + available.toDecimalString() + " " + available.currencyCode()
                        + ", less than " + amount.toDecimalString();
                throw new ProblemException(INSUFFICIENT, detail, List.of(new InvalidParam("amount", detail)));
            }
        })).replaceWithVoid();
    }

    /** The last known balance in {@code currency}, refreshed first if this replica may call Balance now. */
    public Uni<Optional<Money>> known(String currency) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(currency, config.interval().toMillis() / 1000.0))
                .chain(claimed -> claimed.rowCount() == 1 ? refresh(currency) : Uni.createFrom().voidItem())
                .chain(() -> pool.preparedQuery(READ).execute(Tuple.of(currency)))
                .map(rows -> balance(rows, currency));
    }

    private Uni<Void> refresh(String currency) {
        return gateway.attempt(new Balance(), TrustlyClient.newUuid()).chain(attempt -> {
            if (!(attempt instanceof PspAttempt.Answered<List<BalanceEntry>> answered)) {
                LOG.warnf("Balance did not answer (%s); the balance check passes until the next call", attempt);
                return Uni.createFrom().voidItem();
            }
            List<Tuple> balances = new ArrayList<>();
            boolean listed = false;
            for (BalanceEntry entry : answered.result()) {
                Optional<Money> balance = money(entry);
                if (balance.isPresent()) {
                    balances.add(Tuple.of(balance.get().currencyCode(), balance.get().minorUnits()));
                    listed |= balance.get().currencyCode().equals(currency);
                }
            }
            if (!listed) {
                // Balance lists every currency the merchant holds: none of this one is nothing of it
                balances.add(Tuple.of(currency, 0L));
            }
            return pool.preparedQuery(STORE).executeBatch(balances).replaceWithVoid();
        });
    }

    private static Optional<Money> money(BalanceEntry entry) {
        try {
            Money zero = Money.zero(entry.currency());
            // whole minor units, rounded down: a balance of 10.005 EUR has 10.00 to pay out
            long minor = entry.balance().movePointRight(zero.exponent()).setScale(0, RoundingMode.FLOOR).longValueExact();
            return Optional.of(Money.ofMinor(minor, entry.currency()));
        } catch (RuntimeException unusable) {
            LOG.warnf("Balance listed an unusable entry for %s: %s", entry.currency(), unusable.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Money> balance(RowSet<Row> rows, String currency) {
        if (rows.size() == 0) {
            return Optional.empty();
        }
        Long minor = rows.iterator().next().getLong("balance_minor");
        return minor == null ? Optional.empty() : Optional.of(Money.ofMinor(minor, currency));
    }
}
