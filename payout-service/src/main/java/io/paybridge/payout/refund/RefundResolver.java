package io.paybridge.payout.refund;

import io.paybridge.payout.refund.persistence.RefundAttempts;
import io.paybridge.payout.refund.persistence.RefundCall;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Resolves refunds whose Refund call has no answer: UNKNOWN ones (the PSP may have taken them) and REQUESTED ones not
 * sent for {@code paybridge.payout.refund.resolve-after} (the process stopped between reserving and sending, or the
 * circuit was open). Each is resent with its stored UUID — the identical request, which Trustly answers with its
 * first answer — never with a new one, until the PSP answers or a notification settles it.
 */
@ApplicationScoped
public class RefundResolver {

    private static final Logger LOG = Logger.getLogger(RefundResolver.class);

    private final RefundAttempts attempts;
    private final Refunds refunds;
    private final RefundSettings settings;

    public RefundResolver(RefundAttempts attempts, Refunds refunds, RefundSettings settings) {
        this.attempts = attempts;
        this.refunds = refunds;
        this.settings = settings;
    }

    @Scheduled(identity = "refund-resolver", every = "${paybridge.payout.refund.resolver-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return resolveDue().replaceWithVoid()
                .onFailure().invoke(failure -> LOG.warnf("refund resolver run failed, next run retries: %s", failure.toString()))
                .onFailure().recoverWithNull();
    }

    /** Resends the refunds due now, one after the other; how many were resent. */
    public Uni<Integer> resolveDue() {
        return attempts.claimDue(settings.resolveAfter(), settings.resolverBatch())
                .chain(calls -> resolveAll(calls).replaceWith(calls.size()));
    }

    /** Resends {@code refundId} now if its answer is still awaited; the refund as recorded after, if it was. */
    public Uni<Optional<Refunds.Recorded>> resolve(String refundId) {
        return attempts.claim(refundId).chain(call -> call.isEmpty() ? Uni.createFrom().item(Optional.<Refunds.Recorded>empty())
                : resend(call.get()).map(Optional::of));
    }

    private Uni<Void> resolveAll(List<RefundCall> calls) {
        return Multi.createFrom().iterable(calls)
                .onItem().transformToUniAndConcatenate(call -> resend(call)
                        .onFailure().invoke(failure -> LOG.warnf("refund %s not resolved, next run retries: %s",
                                call.refundId(), failure.toString()))
                        .onFailure().recoverWithNull())
                .collect().last().replaceWithVoid();
    }

    private Uni<Refunds.Recorded> resend(RefundCall call) {
        LOG.infof("resending refund %s of deposit %s with its stored UUID", call.refundId(), call.orderRef());
        return refunds.send(call).chain(sent -> refunds.record(sent.refundId(), sent.orderRef(), sent.attempt()));
    }
}
