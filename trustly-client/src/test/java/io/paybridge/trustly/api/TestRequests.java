package io.paybridge.trustly.api;

import io.paybridge.trustly.api.payin.CancelCharge;
import io.paybridge.trustly.api.payin.Charge;
import io.paybridge.trustly.api.payin.Deposit;
import io.paybridge.trustly.api.payin.Refund;
import io.paybridge.trustly.api.payin.SelectAccount;
import io.paybridge.trustly.api.payout.AccountPayout;
import io.paybridge.trustly.api.payout.ApproveWithdrawal;
import io.paybridge.trustly.api.payout.DenyWithdrawal;
import io.paybridge.trustly.api.payout.GetWithdrawals;
import io.paybridge.trustly.api.payout.RegisterAccount;
import io.paybridge.trustly.api.payout.Withdraw;
import io.paybridge.trustly.api.report.AccountLedger;
import io.paybridge.trustly.api.report.Balance;
import io.paybridge.trustly.api.report.ViewAutomaticSettlementDetailsCsv;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Named builders of valid requests; tests change one thing at a time. */
public final class TestRequests {

    public static final Credentials CREDENTIALS = new Credentials("merchant_username", "merchant_password");
    public static final String NOTIFICATION_URL = "https://merchant.example/trustly/n/7f3a";
    public static final String UUID = "8e0a7b1c-0000-4000-8000-000000000001";

    private TestRequests() {
    }

    public static EndUser.Builder endUser() {
        return EndUser.builder()
                .firstname("Åsa")
                .lastname("Lindqvist")
                .email("asa@example.com")
                .mobilePhone("+46701234567")
                .country("SE")
                .locale("sv_SE");
    }

    public static CheckoutPage page() {
        return CheckoutPage.of("https://merchant.example/ok", "https://merchant.example/fail");
    }

    /** A made-up Swedish account. */
    public static BankAccount swedishAccount() {
        return new BankAccount("SWEDEN", "6112", "69706212");
    }

    public static Deposit.Builder deposit() {
        return Deposit.builder()
                .order(NOTIFICATION_URL, "user-42", "dep-1")
                .amount("EUR", new BigDecimal("10.00"))
                .endUser(endUser().build())
                .page(page())
                .shopperStatement("Paybridge");
    }

    public static Refund refund() {
        return Refund.of("1187741486", new BigDecimal("30.00"), "EUR");
    }

    public static Withdraw.Builder withdraw() {
        return Withdraw.builder()
                .order(NOTIFICATION_URL, "user-42", "wd-1")
                .currency("SEK")
                .endUser(EndUser.builder().firstname("Åsa").lastname("Lindqvist").country("SE").locale("sv_SE").build());
    }

    public static AccountPayout.Builder accountPayout() {
        return AccountPayout.builder()
                .order(NOTIFICATION_URL, "user-42", "po-1")
                .accountId("1520389582")
                .amount("SEK", new BigDecimal("250.50"))
                .shopperStatement("Paybridge");
    }

    public static SelectAccount.Builder selectAccount() {
        return SelectAccount.builder()
                .order(NOTIFICATION_URL, "user-42", "sa-1")
                .endUser(EndUser.builder().firstname("Åsa").lastname("Lindqvist").country("SE").locale("sv_SE").build());
    }

    public static RegisterAccount.Builder registerAccount() {
        return RegisterAccount.builder()
                .endUserId("user-42")
                .bankAccount(swedishAccount())
                .holder("Åsa", "Lindqvist");
    }

    public static Charge.Builder charge() {
        return Charge.builder()
                .order(NOTIFICATION_URL, "user-42", "ch-1")
                .accountId("1520389582")
                .amount("SEK", new BigDecimal("99.00"))
                .shopperStatement("Paybridge shop")
                .email("asa@example.com");
    }

    public static CancelCharge cancelCharge() {
        return new CancelCharge("1829735125");
    }

    public static Balance balance() {
        return new Balance();
    }

    public static AccountLedger accountLedger() {
        return AccountLedger.allCurrencies(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-02-01"));
    }

    public static ViewAutomaticSettlementDetailsCsv settlementReport() {
        return new ViewAutomaticSettlementDetailsCsv(LocalDate.parse("2018-11-17"), "EUR");
    }

    public static ApproveWithdrawal approveWithdrawal() {
        return new ApproveWithdrawal("2755547734");
    }

    public static DenyWithdrawal denyWithdrawal() {
        return new DenyWithdrawal("2755547734");
    }

    public static GetWithdrawals getWithdrawals() {
        return new GetWithdrawals("2755547734");
    }
}
