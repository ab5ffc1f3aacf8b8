package io.paybridge.ingest.http;

import io.paybridge.ingest.inbox.Psp;
import io.paybridge.ingest.rejection.RejectionReason;
import io.paybridge.ingest.rejection.Rejections;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Records callbacks refused for size. The HTTP layer answers a body over
 * {@code quarkus.http.limits.max-body-size} with 413 before the resource runs and without reading
 * further; this route, first on every callback path, notices that answer and audits it.
 */
@ApplicationScoped
public class OversizeAudit {

    private static final Map<String, Psp> CALLBACK_PATHS = Map.of(
            "/notifications/trustly", Psp.TRUSTLY,
            "/notifications/trustly-na", Psp.TRUSTLY_NA,
            "/webhooks/paymentsai", Psp.PAYMENTSAI);

    private final Rejections rejections;

    public OversizeAudit(Rejections rejections) {
        this.rejections = rejections;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            Psp psp = CALLBACK_PATHS.get(context.normalizedPath());
            if (psp != null) {
                context.addHeadersEndHandler(ignored -> {
                    if (context.response().getStatusCode() == 413) {
                        rejections.record(psp, RejectionReason.OVERSIZE, null, RemoteAddress.of(context.request()))
                                .subscribe().with(done -> { }, failure -> { });
                    }
                });
            }
            context.next();
        });
    }
}
