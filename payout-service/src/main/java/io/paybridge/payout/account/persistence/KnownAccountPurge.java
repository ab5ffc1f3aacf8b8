package io.paybridge.payout.account.persistence;

import io.paybridge.payout.account.AccountSettings;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Forgets order end users and never-attributed accounts after {@code paybridge.payout.accounts.order-memory}. */
@ApplicationScoped
public class KnownAccountPurge {

    private static final Logger LOG = Logger.getLogger(KnownAccountPurge.class);

    private final KnownAccounts accounts;
    private final AccountSettings settings;

    public KnownAccountPurge(KnownAccounts accounts, AccountSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Scheduled(identity = "known-account-purge", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return purge(Instant.now()).onFailure().recoverWithItem(failure -> {
            LOG.warnf("known-account purge failed, will retry: %s", failure.toString());
            return 0;
        }).replaceWithVoid();
    }

    /** Purges what is older than the memory at {@code now}; returns the rows removed. */
    public Uni<Integer> purge(Instant now) {
        return Panache.withTransaction(() -> accounts.forgetBefore(now.minus(settings.orderMemory())));
    }
}
