package io.paybridge.payout.accountpayout;

import io.paybridge.payout.accountpayout.domain.ApprovalThreshold;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two payout settings named directly under {@code paybridge.payout}. Read as single typed properties rather than a
 * {@code @ConfigMapping}: a mapping rooted at {@code paybridge.payout} would claim every {@code paybridge.payout.*}
 * property of the other features (refunds, withdrawals, balance check) and fail the start for any it does not map.
 */
@ApplicationScoped
public class PayoutSettings {

    private final ApprovalThreshold approvalThreshold;
    private final URI notificationUrl;

    public PayoutSettings(
            @ConfigProperty(name = "paybridge.payout.approval-threshold", defaultValue = "1000.00") BigDecimal approvalThreshold,
            @ConfigProperty(name = "paybridge.payout.notification-url") URI notificationUrl) {
        this.approvalThreshold = new ApprovalThreshold(approvalThreshold);
        this.notificationUrl = notificationUrl;
    }

    /**
     * Four eyes: a payout above this amount, in its own currency's major units (default 1000.00), waits for a second
     * principal's approval before any PSP call; at or below it, it is sent at once.
     */
    public ApprovalThreshold approvalThreshold() {
        return approvalThreshold;
    }

    /** The NotificationURL sent with every AccountPayout: notification-ingest-service's Trustly endpoint. */
    public URI notificationUrl() {
        return notificationUrl;
    }
}
