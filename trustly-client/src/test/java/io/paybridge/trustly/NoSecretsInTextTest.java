package io.paybridge.trustly;

import io.paybridge.trustly.api.BankAccount;
import io.paybridge.trustly.api.CheckoutPage;
import io.paybridge.trustly.api.Credentials;
import io.paybridge.trustly.api.EndUser;
import io.paybridge.trustly.api.PartyInformation;
import io.paybridge.trustly.api.PostalAddress;
import io.paybridge.trustly.api.TrustlyRequest;
import io.paybridge.trustly.api.payin.Charge;
import io.paybridge.trustly.api.payin.Deposit;
import io.paybridge.trustly.api.payin.SelectAccount;
import io.paybridge.trustly.api.payout.AccountPayout;
import io.paybridge.trustly.api.payout.RegisterAccount;
import io.paybridge.trustly.api.payout.Withdraw;
import io.paybridge.trustly.client.HttpReply;
import io.paybridge.trustly.client.TrustlyClient;
import io.paybridge.trustly.client.TrustlyClientConfig;
import io.paybridge.trustly.client.TrustlyResponseReader;
import io.paybridge.trustly.error.TrustlyException;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.notification.NotificationParser;
import io.paybridge.trustly.notification.TrustlyNotification;
import io.paybridge.trustly.signature.PemKeys;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Nothing the client prints (requests, config, client, notifications, exceptions) shows secrets or personal data. */
class NoSecretsInTextTest {

    private static final String PASSWORD = "s3cret-Pa55word";
    private static final String FIRSTNAME = "Åsa";
    private static final String LASTNAME = "Lindqvist";
    private static final String EMAIL = "asa.lindqvist@example.com";
    private static final String PHONE = "+46701234567";
    private static final String NATIONAL_ID = "19790131-1234";
    private static final String ACCOUNT_NUMBER = "69706212";
    private static final String STREET = "Storgatan 1";
    private static final String NOTIFY = "https://merchant.example/trustly/n/7f3a";
    private static final String UUID = "8e0a7b1c-0000-4000-8000-000000000001";

    static EndUser person() {
        return EndUser.builder().firstname(FIRSTNAME).lastname(LASTNAME).email(EMAIL).mobilePhone(PHONE)
                .nationalIdentificationNumber(NATIONAL_ID, true).country("SE").locale("sv_SE").ip("192.0.2.10").build();
    }

    static PartyInformation party() {
        return new PartyInformation(PartyInformation.PartyType.PERSON, FIRSTNAME, LASTNAME, "SE", ACCOUNT_NUMBER, STREET,
                "1979-01-31");
    }

    static Stream<Object> personalValues() {
        BankAccount account = new BankAccount("SWEDEN", "6112", ACCOUNT_NUMBER);
        PostalAddress address = PostalAddress.of("SE", "11253", "Stockholm", STREET, null);
        return Stream.of(
                Deposit.builder().order(NOTIFY, "user-42", "dep-1").amount("EUR", new BigDecimal("10.00")).endUser(person())
                        .page(CheckoutPage.of("https://m.example/ok", "https://m.example/fail")).shopperStatement("Shop")
                        .shippingAddress(address).recipientInformation(party()).build(),
                Withdraw.builder().order(NOTIFY, "user-42", "wd-1").currency("SEK").endUser(person()).bankAccount(account)
                        .address(address).senderInformation(party()).build(),
                SelectAccount.builder().order(NOTIFY, "user-42", "sa-1").endUser(person()).build(),
                AccountPayout.builder().order(NOTIFY, "user-42", "po-1").accountId("1520389582")
                        .amount("SEK", new BigDecimal("1.00")).shopperStatement("Shop").senderInformation(party()).build(),
                RegisterAccount.builder().endUserId("user-42").bankAccount(account).holder(FIRSTNAME, LASTNAME)
                        .nationalIdentificationNumber(NATIONAL_ID).email(EMAIL).mobilePhone(PHONE).address(address)
                        .dateOfBirth(LocalDate.parse("1979-01-31")).build(),
                Charge.builder().order(NOTIFY, "user-42", "ch-1").accountId("1520389582").amount("SEK", new BigDecimal("1.00"))
                        .shopperStatement("Shop").email(EMAIL).build(),
                person(), party(), account, address,
                new Credentials("merchant_username", PASSWORD));
    }

    @ParameterizedTest
    @MethodSource("personalValues")
    void theTextOfValuesHoldingPersonalDataOrCredentials(Object value) {
        assertClean(value.toString());
    }

    @Test
    void theTextOfRequestsKeepsTheirIds() {
        TrustlyRequest<?> deposit = (TrustlyRequest<?>) personalValues().findFirst().orElseThrow();

        assertThat(deposit.toString()).isEqualTo(
                "Deposit[MessageID=dep-1, EndUserID=user-42, Attributes.Amount=10.00, Attributes.Currency=EUR]");
    }

    @Test
    void theTextOfTheConfigurationAndTheClient() {
        TrustlyClientConfig config = config();
        TrustlyClient client = new TrustlyClient(body -> Uni.createFrom().nothing(), config);

        assertClean(config.toString());
        assertClean(client.toString());
        assertThat(client.toString()).contains("merchant_username", "password=<redacted>");
    }

    @Test
    void theTextOfEveryException() {
        List<Throwable> failures = new ArrayList<>();
        Deposit invalid = Deposit.builder().order(NOTIFY, "user-42", "dep-1").amount("EUR", new BigDecimal("10.00"))
                .endUser(EndUser.builder().firstname(FIRSTNAME).lastname(LASTNAME).country(PASSWORD).locale("sv_SE").build())
                .build();
        failures.add(catchThrowableOfType(TrustlyException.class, () -> new Credentials("u", PASSWORD).dataFor(invalid)));
        TrustlyResponseReader reader = new TrustlyResponseReader(TestKeys.verifier(TestKeys.TRUSTLY));
        for (HttpReply reply : List.of(
                new HttpReply(200, JsonRpc.write(JsonRpc.error("Deposit", UUID, 616, "ERROR_INVALID_CREDENTIALS",
                        TestKeys.signer(TestKeys.TRUSTLY)))),
                new HttpReply(200, JsonRpc.write(JsonRpc.result("Deposit", UUID, JsonRpc.mapper().createObjectNode()
                        .put("firstname", FIRSTNAME), TestKeys.signer(TestKeys.STRANGER)))),
                new HttpReply(502, ("<html>" + EMAIL + "</html>").getBytes(StandardCharsets.UTF_8)))) {
            failures.add(catchThrowableOfType(TrustlyException.class, () -> reader.read(invalid, UUID, reply)));
        }
        failures.add(catchThrowableOfType(TrustlyException.class, () -> new NotificationParser(
                TestKeys.verifier(TestKeys.TRUSTLY)).parse(("{\"method\":\"account\",\"params\":{\"uuid\":\"u\","
                + "\"signature\":\"x\",\"data\":{\"name\":\"" + FIRSTNAME + "\"}},\"version\":\"1.1\"}")
                .getBytes(StandardCharsets.UTF_8))));

        assertThat(failures).hasSize(5).doesNotContainNull();
        failures.forEach(failure -> assertClean(failure.toString()));
    }

    @Test
    void theTextOfANotificationWithPersonalAttributes() {
        TrustlyNotification account = new TrustlyNotification("account", UUID, "1", "2", "sa-1", "user-42", null, null,
                null, Map.of("name", FIRSTNAME + " " + LASTNAME, "personid", NATIONAL_ID, "address", STREET),
                "77", true, null, null, JsonRpc.mapper().createObjectNode().put("name", FIRSTNAME));

        assertClean(account.toString());
    }

    private static TrustlyClientConfig config() {
        return TrustlyClientConfig.of(TrustlyEnvironment.TEST, "merchant_username", PASSWORD, TestKeys.signer(TestKeys.MERCHANT))
                .withTrustlyVerifier(TestKeys.verifier(TestKeys.TRUSTLY));
    }

    private static void assertClean(String text) {
        String privateKey = Base64.getEncoder().encodeToString(TestKeys.MERCHANT.getPrivate().getEncoded());
        String publicKey = Base64.getEncoder().encodeToString(TestKeys.TRUSTLY.getPublic().getEncoded());
        assertThat(text).doesNotContain(PASSWORD, FIRSTNAME, LASTNAME, EMAIL, PHONE, NATIONAL_ID, ACCOUNT_NUMBER, STREET,
                "PRIVATE KEY", privateKey.substring(0, 40), publicKey.substring(0, 40),
                PemKeys.toPem(TestKeys.MERCHANT.getPrivate()).lines().skip(1).findFirst().orElseThrow());
    }
}
