package io.paybridge.payout.refund.messaging;

import io.paybridge.contracts.payments.v1.RequestRefund;
import io.paybridge.payout.command.CommandHandler;
import io.paybridge.payout.command.InvalidCommandException;
import io.paybridge.payout.refund.RefundIntent;
import io.paybridge.payout.refund.Refunds;
import io.paybridge.payout.refund.api.RefundValidation;
import io.paybridge.support.money.Money;
import io.paybridge.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * The RequestRefund command: the same refund as {@code POST /v1/refunds}, once per {@code commandId} (the refund's
 * request key is {@code command:} and the commandId, a unique column; a re-sent command resumes its refund). A
 * command that can never apply (invalid money or ids, a deposit that takes no such refund, a refundId taken) goes to
 * the dead-letter topic with its reason; a refund the PSP refuses is a refund that FAILED (RefundFailed), not a bad
 * command.
 */
@ApplicationScoped
public class RequestRefundHandler implements CommandHandler<RequestRefund> {

    private static final Pattern REFUND_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private final Refunds refunds;

    public RequestRefundHandler(Refunds refunds) {
        this.refunds = refunds;
    }

    @Override
    public Class<RequestRefund> type() {
        return RequestRefund.class;
    }

    @Override
    public Uni<Void> handle(RequestRefund command) {
        RefundIntent intent = intent(command);
        return refunds.apply(intent).replaceWithVoid()
                .onFailure(RequestRefundHandler::refusal)
                .transform(failure -> new InvalidCommandException("RequestRefund " + command.getCommandId() + " for deposit "
                        + command.getPaymentReference() + ": " + ((ProblemException) failure).problem().type() + ": "
                        + ((ProblemException) failure).problem().detail()));
    }

    /** The refund the command asks for; an {@link InvalidCommandException} when its fields can never make one. */
    static RefundIntent intent(RequestRefund command) {
        if (!RefundValidation.ORDER_REF.matcher(command.getPaymentReference()).matches()) {
            throw invalid(command, "paymentReference " + RefundValidation.ORDER_REF_RULE);
        }
        if (!REFUND_ID.matcher(command.getRefundId()).matches()) {
            throw invalid(command, "refundId must be 1 to 64 letters, digits or _ . : -");
        }
        if (command.getCommandId().isBlank() || command.getCommandId().length() > 255) {
            throw invalid(command, "commandId must be 1 to 255 characters");
        }
        Money amount;
        try {
            amount = Money.ofMinor(command.getAmount(), command.getCurrency());
        } catch (RuntimeException e) {
            throw invalid(command, "currency " + command.getCurrency() + " is not an ISO 4217 code");
        }
        if (!amount.isPositive()) {
            throw invalid(command, "amount must be greater than zero");
        }
        String correlationId = command.getCorrelationId().length() > 64
                ? command.getCorrelationId().substring(0, 64) : command.getCorrelationId();
        return new RefundIntent(command.getPaymentReference(), amount, null, command.getRefundId(),
                "command: " + command.getCommandId(), command.getCommandId(), "command", correlationId);
    }

    /** A refusal of the command itself (4xx), as opposed to the PSP's silence or the database's failure (retried). */
    private static boolean refusal(Throwable failure) {
        return failure instanceof ProblemException problem && problem.problem().status() < 500;
    }

    private static InvalidCommandException invalid(RequestRefund command, String reason) {
        return new InvalidCommandException("RequestRefund " + command.getCommandId() + ": " + reason);
    }
}
