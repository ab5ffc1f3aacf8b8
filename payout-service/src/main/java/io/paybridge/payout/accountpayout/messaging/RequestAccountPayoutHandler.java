package io.paybridge.payout.accountpayout.messaging;

import io.paybridge.contracts.payments.v1.RequestAccountPayout;
import io.paybridge.payout.accountpayout.AccountPayouts;
import io.paybridge.payout.accountpayout.PayoutBook.Intent;
import io.paybridge.payout.accountpayout.PayoutChecks;
import io.paybridge.payout.accountpayout.domain.NewPayout;
import io.paybridge.payout.api.FieldErrors;
import io.paybridge.payout.api.ResourceIds;
import io.paybridge.payout.command.CommandHandler;
import io.paybridge.payout.command.InvalidCommandException;
import io.paybridge.payout.psp.OrderIdentity;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.money.Money;
import io.paybridge.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Applies {@code RequestAccountPayout} once per commandId, through the same rules as {@code POST /v1/payouts}: four
 * eyes holds for commands too (a command is one principal; above the approval threshold the payout waits for a
 * person with payments:approve). The payout is named by the command's paymentReference when that is a usable id, and
 * requested by {@code command:<commandId>}. The PSP identity comes from the commandId, so a redelivery resends the
 * identical AccountPayout. A command with invalid fields, an unknown account or a paymentReference another payout has
 * goes to the dead-letter topic with the reason; the PSP's silence never does (the payout stays UNKNOWN and is resent).
 */
@ApplicationScoped
public class RequestAccountPayoutHandler implements CommandHandler<RequestAccountPayout> {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private final AccountPayouts payouts;

    public RequestAccountPayoutHandler(AccountPayouts payouts) {
        this.payouts = payouts;
    }

    @Override
    public Class<RequestAccountPayout> type() {
        return RequestAccountPayout.class;
    }

    @Override
    public Uni<Void> handle(RequestAccountPayout command) {
        Intent intent;
        try {
            intent = intent(command);
        } catch (ProblemException invalid) {
            return Uni.createFrom().failure(new InvalidCommandException("RequestAccountPayout " + command.getCommandId()
                    + ": " + invalid.problem().detail()));
        }
        return payouts.command(intent).replaceWithVoid()
                .onFailure(RequestAccountPayoutHandler::neverApplies)
                .transform(failure -> new InvalidCommandException("RequestAccountPayout " + command.getCommandId() + ": "
                        + ((ProblemException) failure).problem().detail()));
    }

    /** The intent of a valid command. @throws ProblemException 400 naming every invalid field */
    static Intent intent(RequestAccountPayout command) {
        FieldErrors errors = new FieldErrors();
        Money amount = null;
        try {
            amount = Money.ofMinor(command.getAmount(), command.getCurrency());
        } catch (RuntimeException e) {
            errors.add("currency", "is not an ISO 4217 code: " + command.getCurrency());
        }
        if (command.getCommandId() == null || command.getCommandId().isBlank()) {
            errors.add("commandId", "is required");
        }
        NewPayout payout = PayoutChecks.validate(command.getAccountId(), command.getEndUserId(), amount,
                command.getShopperStatement(), errors);
        String reference = command.getPaymentReference();
        String payoutId = reference != null && REFERENCE.matcher(reference).matches() ? reference
                : ResourceIds.random(AccountPayouts.MESSAGE_ID_PREFIX);
        OrderIdentity identity = OrderIdentity.of(AccountPayouts.MESSAGE_ID_PREFIX,
                IdempotentRequest.of("command:RequestAccountPayout", command.getCommandId(), command.getCommandId()));
        return new Intent(payoutId, payout, identity, "command:" + command.getCommandId(), command.getCommandId(),
                command.getCorrelationId());
    }

    private static boolean neverApplies(Throwable failure) {
        return failure instanceof ProblemException problem && problem.problem().status() < 500;
    }
}
