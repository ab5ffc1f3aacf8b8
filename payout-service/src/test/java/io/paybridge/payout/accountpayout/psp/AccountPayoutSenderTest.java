package io.paybridge.payout.accountpayout.psp;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.payout.accountpayout.domain.PayoutInput;
import io.paybridge.payout.accountpayout.persistence.Payout;
import io.paybridge.payout.psp.PspAttempt;
import io.paybridge.payout.psp.PspCallFailures;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.trustly.api.OrderResult;
import io.paybridge.trustly.api.payout.AccountPayout;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What an AccountPayout call came to for a payout, and the request a stored payout is always sent as. */
class AccountPayoutSenderTest {

    private static final ProblemException PROBLEM = new ProblemException(PspCallFailures.PSP_FAILED, "refused");

    @Test
    void onlyAVerifiedAnswerOrRefusalIsDefinite() {
        assertThat(AccountPayoutSender.input(new PspAttempt.Answered<>(new OrderResult("1", true)))).isEqualTo(PayoutInput.ACCEPTED);
        assertThat(AccountPayoutSender.input(new PspAttempt.Answered<>(new OrderResult(null, false))))
                .isEqualTo(PayoutInput.NOT_ACCEPTED);
        assertThat(AccountPayoutSender.input(new PspAttempt.Refused<>("616", "ERROR_INVALID_CREDENTIALS", PROBLEM)))
                .isEqualTo(PayoutInput.REFUSED);
        assertThat(AccountPayoutSender.input(new PspAttempt.Unanswered<>("620 ERROR_UNKNOWN"))).isEqualTo(PayoutInput.OUTCOME_UNKNOWN);
        assertThat(AccountPayoutSender.input(new PspAttempt.NotSent<>("circuit open"))).isEqualTo(PayoutInput.OUTCOME_UNKNOWN);
    }

    @Test
    void aDuplicateMessageIdMeansThePayoutExistsAtThePspNotThatItFailed() {
        assertThat(AccountPayoutSender.input(new PspAttempt.Refused<>("637", "ERROR_DUPLICATE_MESSAGE_ID", PROBLEM)))
                .isEqualTo(PayoutInput.OUTCOME_UNKNOWN);
    }

    @Test
    void theRequestIsBuiltFromTheStoredPayoutOnly() {
        Payout payout = new Payout();
        payout.payoutId = "pay_0123456789abcdef01234567";
        payout.messageId = "pay-0123456789abcdef0123456789abcdef";
        payout.notificationUrl = "https://ingest.example/notifications/trustly";
        payout.endUserId = "user-1";
        payout.accountId = "1234567890";
        payout.amountMinor = 100_000L;
        payout.currency = "EUR";
        payout.shopperStatement = "Winnings";

        AccountPayout request = AccountPayoutSender.request(payout);

        assertThat(request).isEqualTo(AccountPayout.builder()
                .order("https://ingest.example/notifications/trustly", "user-1", "pay-0123456789abcdef0123456789abcdef")
                .accountId("1234567890").amount("EUR", new BigDecimal("1000.00")).shopperStatement("Winnings")
                .externalReference("pay_0123456789abcdef01234567").build());
        assertThat(request.amount().toPlainString()).isEqualTo("1000.00");
    }
}
