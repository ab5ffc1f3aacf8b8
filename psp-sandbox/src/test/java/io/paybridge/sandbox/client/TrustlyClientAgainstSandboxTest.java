package io.paybridge.sandbox.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.sandbox.api.MerchantApiTest;
import io.paybridge.sandbox.api.TestMerchant;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.TrustlyEnvironment;
import io.paybridge.trustly.api.CheckoutPage;
import io.paybridge.trustly.api.EndUser;
import io.paybridge.trustly.api.OrderResult;
import io.paybridge.trustly.api.OrderWithUrl;
import io.paybridge.trustly.api.TrustlyRequest;
import io.paybridge.trustly.api.payin.CancelCharge;
import io.paybridge.trustly.api.payin.CancelChargeResult;
import io.paybridge.trustly.api.payin.Charge;
import io.paybridge.trustly.api.payin.ChargeResult;
import io.paybridge.trustly.api.payin.Deposit;
import io.paybridge.trustly.api.payin.Refund;
import io.paybridge.trustly.api.payin.SelectAccount;
import io.paybridge.trustly.api.payout.AccountPayout;
import io.paybridge.trustly.api.payout.ApproveWithdrawal;
import io.paybridge.trustly.api.payout.DenyWithdrawal;
import io.paybridge.trustly.api.payout.GetWithdrawals;
import io.paybridge.trustly.api.payout.RegisterAccount;
import io.paybridge.trustly.api.payout.RegisteredAccount;
import io.paybridge.trustly.api.payout.Withdraw;
import io.paybridge.trustly.api.payout.WithdrawalEntry;
import io.paybridge.trustly.api.report.AccountLedger;
import io.paybridge.trustly.api.report.Balance;
import io.paybridge.trustly.api.report.BalanceEntry;
import io.paybridge.trustly.api.report.LedgerEntry;
import io.paybridge.trustly.api.report.SettlementCsvReader;
import io.paybridge.trustly.api.report.SettlementRecord;
import io.paybridge.trustly.api.report.SettlementRow;
import io.paybridge.trustly.api.report.ViewAutomaticSettlementDetailsCsv;
import io.paybridge.trustly.client.TrustlyClient;
import io.paybridge.trustly.client.TrustlyClientConfig;
import io.paybridge.trustly.error.TrustlyApiException;
import io.paybridge.trustly.error.TrustlyDuplicateMessageIdException;
import io.paybridge.trustly.error.TrustlyInvalidAmountException;
import io.paybridge.trustly.error.TrustlyInvalidBankAccountException;
import io.paybridge.trustly.error.TrustlyInvalidCredentialsException;
import io.paybridge.trustly.error.TrustlyInvalidCurrencyException;
import io.paybridge.trustly.error.TrustlyInvalidFunctionException;
import io.paybridge.trustly.error.TrustlyInvalidParametersException;
import io.paybridge.trustly.error.TrustlyOrderNotFoundException;
import io.paybridge.trustly.error.TrustlySignatureRejectedException;
import io.paybridge.trustly.error.TrustlyTransportException;
import io.paybridge.trustly.error.TrustlyUnknownErrorException;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.RsaSha1Signer;
import io.paybridge.trustly.signature.Signer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Paybridge's own Trustly client against the sandbox over real HTTP: every method of the issue, and every
 * error the sandbox gives, arrive as the typed result or the typed exception, verified with the key the
 * sandbox serves.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class TrustlyClientAgainstSandboxTest extends MerchantApiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String NOTIFY = TestMerchant.NOTIFICATION_PREFIX + "client";

    @TestHTTPResource("/api/1")
    URI api;

    @Inject
    Vertx vertx;

    private TrustlyClient client;

    @BeforeEach
    void client() {
        client = clientAs(merchant.username(), merchant.password(), merchant.signer());
    }

    @AfterEach
    void close() {
        given().contentType("application/json").body("{}").put("/sandbox/faults").then().statusCode(200);
        client.close();
    }

    @Test
    void depositWithdrawAndSelectAccountReturnACheckoutUrl() {
        OrderWithUrl deposit = send(deposit("EUR", "10.00", "dep-" + UUID.randomUUID()));
        OrderWithUrl withdraw = send(withdraw("wd-" + UUID.randomUUID()));
        OrderWithUrl select = send(SelectAccount.builder().order(NOTIFY, "user-42", "sa-" + UUID.randomUUID())
                .endUser(endUser()).page(page()).build());

        for (OrderWithUrl order : List.of(deposit, withdraw, select)) {
            assertThat(order.orderId()).matches("\\d{10}");
            assertThat(order.url()).endsWith("/checkout/" + order.orderId());
        }
    }

    @Test
    void refundsArePartialAndCappedByTheDeposit() {
        long deposit = creditedDeposit("EUR", "100.00");

        OrderResult first = send(Refund.of(Long.toString(deposit), new BigDecimal("60.00"), "EUR"));
        OrderResult second = send(Refund.of(Long.toString(deposit), new BigDecimal("40.00"), "EUR"));
        Throwable tooMuch = failure(Refund.of(Long.toString(deposit), new BigDecimal("0.01"), "EUR"));

        assertThat(first).isEqualTo(new OrderResult(Long.toString(deposit), true));
        assertThat(second).isEqualTo(first);
        assertThat(tooMuch).isInstanceOf(TrustlyInvalidAmountException.class);
        assertThat(((TrustlyApiException) tooMuch).code()).isEqualTo(615);
    }

    @Test
    void registeredAccountsTakePayoutsAndMandateCharges() {
        creditedDeposit("SEK", "500.00");
        RegisteredAccount account = send(registerAccount("83279", "9139051234"));
        RegisteredAccount again = send(registerAccount("83279", "9139051234"));

        OrderResult payout = send(AccountPayout.builder().order(NOTIFY, "user-42", "po-" + UUID.randomUUID())
                .accountId(account.accountId()).amount("SEK", new BigDecimal("100.00")).shopperStatement("Shop").build());
        ChargeResult withoutMandate = send(charge(account.accountId(), null));
        fixtures.activateMandate(account.accountId());
        ChargeResult charge = send(charge(account.accountId(), LocalDate.now(ZoneOffset.UTC).plusDays(10)));
        CancelChargeResult cancelled = send(new CancelCharge(((ChargeResult.Accepted) charge).orderId()));
        CancelChargeResult cancelledAgain = send(new CancelCharge(((ChargeResult.Accepted) charge).orderId()));

        assertThat(again).isEqualTo(account);
        assertThat(account.descriptor()).endsWith("1234").doesNotContain("9139051234");
        assertThat(payout.accepted()).isTrue();
        assertThat(withoutMandate).isInstanceOf(ChargeResult.Rejected.class);
        assertThat(charge).isInstanceOf(ChargeResult.Accepted.class);
        assertThat(cancelled).isEqualTo(new CancelChargeResult.Cancelled());
        assertThat(cancelledAgain).isInstanceOf(CancelChargeResult.Rejected.class);
    }

    @Test
    void aWithdrawalIsApprovedOrDeniedAndListed() {
        long approved = Long.parseLong(send(withdraw("wd-" + UUID.randomUUID())).orderId());
        long denied = Long.parseLong(send(withdraw("wd-" + UUID.randomUUID())).orderId());
        creditedDeposit("SEK", "500.00");
        fixtures.debitWithdrawal(approved, 50_00);
        fixtures.debitWithdrawal(denied, 70_00);

        OrderResult approval = send(new ApproveWithdrawal(Long.toString(approved)));
        OrderResult denial = send(new DenyWithdrawal(Long.toString(denied)));
        List<WithdrawalEntry> withdrawals = send(new GetWithdrawals(Long.toString(approved)));

        assertThat(approval).isEqualTo(new OrderResult(Long.toString(approved), true));
        assertThat(denial).isEqualTo(new OrderResult(Long.toString(denied), true));
        assertThat(withdrawals).singleElement().satisfies(entry -> {
            assertThat(entry.orderId()).isEqualTo(Long.toString(approved));
            assertThat(entry.amount()).isEqualByComparingTo("50.00");
        });
    }

    @Test
    void balanceLedgerAndTheSettlementReportAddUp() {
        long deposit = creditedDeposit("EUR", "100.00");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        List<BalanceEntry> balance = send(new Balance());
        List<LedgerEntry> ledger = send(new AccountLedger(today, today.plusDays(1), "EUR"));
        given().contentType("application/json").body(Map.of("date", today.toString(), "merchant", merchant.username()))
                .post("/sandbox/settlements").then().statusCode(201);
        List<SettlementRow> rows = send(new ViewAutomaticSettlementDetailsCsv(today, "EUR")).rows();

        assertThat(balance).containsExactly(new BalanceEntry("EUR", new BigDecimal("99.00")));
        assertThat(ledger).extracting(LedgerEntry::orderId).containsOnly(Long.toString(deposit));
        assertThat(ledger).extracting(LedgerEntry::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("-1.00"));
        assertThat(rows).isNotEmpty();
        BigDecimal sum = rows.stream().map(SettlementRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(rows).extracting(SettlementRow::total).allSatisfy(total -> assertThat(total).isEqualByComparingTo(sum));
    }

    @Test
    void theSettlementReportReadsStrictlyInMinorUnitsAndItsTransferIsInTheLedgerByReference() {
        long deposit = creditedDeposit("EUR", "100.00");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        given().contentType("application/json").body(Map.of("date", today.toString(), "merchant", merchant.username()))
                .post("/sandbox/settlements").then().statusCode(201);

        List<SettlementRecord> records = new ArrayList<>();
        try (SettlementCsvReader reader = send(new ViewAutomaticSettlementDetailsCsv(today, null)).reader()) {
            for (SettlementRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        List<LedgerEntry> ledger = send(new AccountLedger(today, today.plusDays(1), null));

        assertThat(records).extracting(SettlementRecord::orderId).containsOnly(Long.toString(deposit));
        assertThat(records).extracting(SettlementRecord::amountMinor).containsExactly(100_00L, -1_00L);
        assertThat(records).extracting(SettlementRecord::totalMinor).containsOnly(99_00L);
        String reference = records.get(0).settlementBankWithdrawalId();
        assertThat(ledger).filteredOn(entry -> reference.equals(entry.messageId()))
                .singleElement().satisfies(transfer -> {
                    assertThat(transfer.accountName()).isEqualTo("SETTLEMENT_BANK_WITHDRAWAL");
                    assertThat(transfer.amount()).isEqualByComparingTo("-99.00");
                });
    }

    @Test
    void everyListedErrorArrivesAsItsTypedException() {
        KeyPairSigner stranger = new KeyPairSigner();
        String messageId = "dup-" + UUID.randomUUID();
        send(deposit("EUR", "10.00", messageId));

        assertThat(codeOf(clientAs(merchant.username(), "wrong-password", merchant.signer()), new Balance()))
                .isInstanceOf(TrustlyInvalidCredentialsException.class);
        assertThat(codeOf(clientAs(merchant.username(), merchant.password(), stranger.signer), new Balance()))
                .isInstanceOf(TrustlySignatureRejectedException.class);
        assertThat(failure(deposit("EUR", "10.00", messageId))).isInstanceOf(TrustlyDuplicateMessageIdException.class);
        assertThat(failure(deposit("USD", "10.00", "cur-" + UUID.randomUUID()))).isInstanceOf(TrustlyInvalidCurrencyException.class);
        assertThat(failure(Deposit.builder().order("https://elsewhere.example/n", "user-42", "url-" + UUID.randomUUID())
                .amount("EUR", new BigDecimal("10.00")).endUser(endUser()).page(page()).shopperStatement("Shop").build()))
                .isInstanceOf(TrustlyInvalidParametersException.class);
        assertThat(failure(new UnknownMethod())).isInstanceOf(TrustlyInvalidFunctionException.class);
        assertThat(failure(Refund.of("1999999999", new BigDecimal("1.00"), "EUR"))).isInstanceOf(TrustlyOrderNotFoundException.class);
        assertThat(failure(new CancelCharge("1999999999"))).isInstanceOf(TrustlyOrderNotFoundException.class);
        assertThat(failure(new ApproveWithdrawal("1999999999"))).isInstanceOf(TrustlyOrderNotFoundException.class);
        assertThat(failure(AccountPayout.builder().order(NOTIFY, "user-42", "po-" + UUID.randomUUID()).accountId("9999999999")
                .amount("SEK", new BigDecimal("1.00")).shopperStatement("Shop").build()))
                .isInstanceOf(TrustlyInvalidBankAccountException.class);
    }

    @Test
    void theSameUuidReplaysTheFirstAnswerAndOtherContentUnderItIsRefused() {
        String uuid = TrustlyClient.newUuid();
        Deposit deposit = deposit("EUR", "10.00", "replay-" + UUID.randomUUID());

        OrderWithUrl first = client.send(deposit, uuid).await().atMost(WAIT);
        OrderWithUrl again = client.send(deposit, uuid).await().atMost(WAIT);
        Throwable other = catchThrowable(() -> client.send(deposit("EUR", "11.00", "other-" + UUID.randomUUID()), uuid)
                .await().atMost(WAIT));

        assertThat(again).isEqualTo(first);
        assertThat(fixtures.ordersWithMessageId(merchant.username(), deposit.messageId())).hasSize(1);
        assertThat(other).isInstanceOf(TrustlyApiException.class);
        assertThat(((TrustlyApiException) other).name()).isEqualTo("ERROR_DUPLICATE_UUID");
    }

    @Test
    void anUnknownOutcomeIsResolvedByResendingWithTheSameUuid() {
        Deposit deposit = deposit("EUR", "10.00", "fault-" + UUID.randomUUID());
        String uuid = TrustlyClient.newUuid();
        faults("{\"api\":{\"errorsAfterExecuting\":1}}");
        Throwable error = catchThrowable(() -> client.send(deposit, uuid).await().atMost(WAIT));
        OrderWithUrl resolved = client.send(deposit, uuid).await().atMost(WAIT);

        Deposit dropped = deposit("EUR", "10.00", "drop-" + UUID.randomUUID());
        String droppedUuid = TrustlyClient.newUuid();
        faults("{\"api\":{\"dropsAfterExecuting\":1}}");
        Throwable drop = catchThrowable(() -> client.send(dropped, droppedUuid).await().atMost(WAIT));
        OrderWithUrl afterDrop = client.send(dropped, droppedUuid).await().atMost(WAIT);

        assertThat(error).isInstanceOf(TrustlyUnknownErrorException.class);
        assertThat(fixtures.ordersWithMessageId(merchant.username(), deposit.messageId())).hasSize(1);
        assertThat(resolved.orderId()).isEqualTo(Long.toString(fixtures.ordersWithMessageId(merchant.username(),
                deposit.messageId()).get(0).orderId));
        assertThat(drop).isInstanceOf(TrustlyTransportException.class);
        assertThat(fixtures.ordersWithMessageId(merchant.username(), dropped.messageId())).hasSize(1);
        assertThat(afterDrop.orderId()).isEqualTo(Long.toString(fixtures.ordersWithMessageId(merchant.username(),
                dropped.messageId()).get(0).orderId));
    }

    private <R> R send(TrustlyRequest<R> request) {
        return client.send(request).await().atMost(WAIT);
    }

    private Throwable failure(TrustlyRequest<?> request) {
        return codeOf(client, request);
    }

    private static Throwable codeOf(TrustlyClient client, TrustlyRequest<?> request) {
        Supplier<Object> call = () -> client.send(request).await().atMost(WAIT);
        Throwable thrown = catchThrowable(call::get);
        assertThat(thrown).as("the call to %s was expected to fail", request.method()).isNotNull();
        return thrown;
    }

    private TrustlyClient clientAs(String username, String password, Signer signer) {
        var config = TrustlyClientConfig.of(TrustlyEnvironment.SANDBOX, username, password, signer)
                .withApiUrl(api)
                .withTrustlyVerifier(sandbox);
        return new TrustlyClient(vertx, config);
    }

    private static void faults(String json) {
        given().contentType("application/json").body(json).put("/sandbox/faults").then().statusCode(200);
    }

    private static Deposit deposit(String currency, String amount, String messageId) {
        return Deposit.builder().order(NOTIFY, "user-42", messageId)
                .amount(currency, new BigDecimal(amount))
                .endUser(endUser()).page(page()).shopperStatement("Shop").build();
    }

    private static Withdraw withdraw(String messageId) {
        return Withdraw.builder().order(NOTIFY, "user-42", messageId).currency("SEK").endUser(endUser()).page(page()).build();
    }

    private static RegisterAccount registerAccount(String clearing, String number) {
        return RegisterAccount.builder().endUserId("user-42")
                .bankAccount(new io.paybridge.trustly.api.BankAccount("SWEDEN", clearing, number))
                .holder("Åsa", "Lindqvist").build();
    }

    private static Charge charge(String accountId, LocalDate paymentDate) {
        var builder = Charge.builder().order(NOTIFY, "user-42", "ch-" + UUID.randomUUID()).accountId(accountId)
                .amount("SEK", new BigDecimal("99.00")).shopperStatement("Shop").email("asa@example.com");
        return paymentDate == null ? builder.build() : builder.paymentDate(paymentDate).build();
    }

    private static EndUser endUser() {
        return EndUser.builder().firstname("Åsa").lastname("Lindqvist").email("asa@example.com").mobilePhone("+46701234567")
                .country("SE").locale("sv_SE").build();
    }

    private static CheckoutPage page() {
        return CheckoutPage.of("https://merchant.example/ok", "https://merchant.example/fail");
    }

    /** A key the sandbox has never seen. */
    private static final class KeyPairSigner {
        final Signer signer = new RsaSha1Signer(PemKeys.generate().getPrivate());
    }

    /** A method Trustly does not have. */
    private static final class UnknownMethod implements TrustlyRequest<JsonNode> {
        @Override
        public String method() {
            return "Capture";
        }

        @Override
        public void validate() {
        }

        @Override
        public ObjectNode render() {
            return JsonRpc.mapper().createObjectNode().put("OrderID", "1");
        }

        @Override
        public JsonNode readResponse(JsonNode data) {
            return data;
        }
    }
}
