package io.paybridge.reconciliation.report.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A settlement's bank transfer is known by the reference its transactiontype (or, in the sandbox, messageid) names. */
class BankTransferReferenceTest {

    @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
    @CsvSource(nullValues = "null", value = {
            "SETTLEMENT_BANK_WITHDRAWAL, Automatic settlement 5000000001 to merchant bank account, 5000000001, 5000000001",
            "SETTLEMENT_BANK_WITHDRAWAL, Automatic settlement 5000000001 to merchant bank account, null, 5000000001",
            "SETTLEMENT_BANK_WITHDRAWAL, Payout to merchant, 5000000002, 5000000002",
            "SETTLEMENT_BANK_WITHDRAWAL, Payout to merchant, msg-7, null",
            "TRANSACTION_FEE_BANK_DEPOSIT, Deposit Fee, 5000000003, null",
            "SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE, User deposit of client funds to CLIENT_FUNDS_SWEDEN_ESSE, 133921, null",
            "SETTLEMENT_BANK_WITHDRAWAL, null, null, null"})
    void isFoundInTheTransactionTypeOrTheSandboxsMessageId(String account, String transactionType, String messageId, String expected) {
        assertThat(BankTransferReference.of(account, transactionType, messageId)).isEqualTo(expected);
    }
}
