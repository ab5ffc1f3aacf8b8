package io.paybridge.trustly.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.TestKeys;
import io.paybridge.trustly.TrustlyEnvironment;
import io.paybridge.trustly.api.OrderResult;
import io.paybridge.trustly.api.OrderWithUrl;
import io.paybridge.trustly.api.TestRequests;
import io.paybridge.trustly.api.TrustlyRequest;
import io.paybridge.trustly.api.payout.RegisteredAccount;
import io.paybridge.trustly.error.ErrorCode;
import io.paybridge.trustly.error.ErrorFamily;
import io.paybridge.trustly.error.TrustlyApiException;
import io.paybridge.trustly.error.TrustlyDuplicateMessageIdException;
import io.paybridge.trustly.error.TrustlyInvalidAmountException;
import io.paybridge.trustly.error.TrustlyInvalidBankAccountException;
import io.paybridge.trustly.error.TrustlyInvalidCredentialsException;
import io.paybridge.trustly.error.TrustlyInvalidCurrencyException;
import io.paybridge.trustly.error.TrustlyInvalidFunctionException;
import io.paybridge.trustly.error.TrustlyInvalidParametersException;
import io.paybridge.trustly.error.TrustlyOrderNotFoundException;
import io.paybridge.trustly.error.TrustlyResponseVerificationException;
import io.paybridge.trustly.error.TrustlySignatureRejectedException;
import io.paybridge.trustly.error.TrustlyTransportException;
import io.paybridge.trustly.error.TrustlyUnknownErrorException;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.signature.SignatureVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Verification before anything else, then errors to typed exceptions and results to typed responses. */
class TrustlyResponseReaderTest {

    private static final String UUID = "ad4f3dbe-6c1d-11e5-9d5e-0800279bcb51";
    private static final TrustlyResponseReader READER = new TrustlyResponseReader(TestKeys.verifier(TestKeys.TRUSTLY));
    private static final TrustlyResponseReader TEST_ENVIRONMENT = new TrustlyResponseReader(
            new SignatureVerifier(TrustlyEnvironment.TEST.publishedPublicKey().orElseThrow()));

    /** What a caller catches per family, stated independently of the mapping under test. */
    private static final Map<ErrorFamily, Class<? extends TrustlyApiException>> EXCEPTION_OF_FAMILY = Map.ofEntries(
            entry(ErrorFamily.CREDENTIALS, TrustlyInvalidCredentialsException.class),
            entry(ErrorFamily.SIGNATURE, TrustlySignatureRejectedException.class),
            entry(ErrorFamily.DUPLICATE_MESSAGE_ID, TrustlyDuplicateMessageIdException.class),
            entry(ErrorFamily.INVALID_AMOUNT, TrustlyInvalidAmountException.class),
            entry(ErrorFamily.INVALID_CURRENCY, TrustlyInvalidCurrencyException.class),
            entry(ErrorFamily.INVALID_PARAMETERS, TrustlyInvalidParametersException.class),
            entry(ErrorFamily.INVALID_FUNCTION, TrustlyInvalidFunctionException.class),
            entry(ErrorFamily.NOT_FOUND, TrustlyOrderNotFoundException.class),
            entry(ErrorFamily.INVALID_BANK_ACCOUNT, TrustlyInvalidBankAccountException.class),
            entry(ErrorFamily.UNKNOWN, TrustlyUnknownErrorException.class),
            entry(ErrorFamily.OTHER, TrustlyApiException.class));

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyErrorCodeBecomesTheExceptionOfItsFamily(ErrorCode error) {
        // codes only known by name get a number Trustly has not documented
        int code = error.code().orElse(1001);
        HttpReply reply = ok(JsonRpc.error("Refund", UUID, code, error.errorName(), TestKeys.signer(TestKeys.TRUSTLY)));

        TrustlyApiException e = catchThrowableOfType(TrustlyApiException.class,
                () -> READER.read(TestRequests.refund(), UUID, reply));

        assertThat(e).isExactlyInstanceOf(EXCEPTION_OF_FAMILY.get(error.family()));
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.name()).isEqualTo(error.errorName());
        assertThat(e.errorCode()).contains(error);
        assertThat(e.method()).isEqualTo("Refund");
        assertThat(e.uuid()).isEqualTo(UUID);
        assertThat(e.getMessage()).isEqualTo("Refund " + UUID + " failed with " + code + " " + error.errorName());
    }

    @Test
    void theFamiliesOfThePrimaryCodes() {
        assertThat(ErrorCode.of(616, "ERROR_INVALID_CREDENTIALS")).contains(ErrorCode.INVALID_CREDENTIALS);
        assertThat(ErrorCode.INVALID_CREDENTIALS.family()).isEqualTo(ErrorFamily.CREDENTIALS);
        assertThat(ErrorCode.UNABLE_TO_VERIFY_RSA_SIGNATURE.family()).isEqualTo(ErrorFamily.SIGNATURE);
        assertThat(ErrorCode.DUPLICATE_MESSAGE_ID.family()).isEqualTo(ErrorFamily.DUPLICATE_MESSAGE_ID);
        assertThat(ErrorCode.INVALID_AMOUNT.family()).isEqualTo(ErrorFamily.INVALID_AMOUNT);
        assertThat(ErrorCode.INVALID_CURRENCY_CODE.family()).isEqualTo(ErrorFamily.INVALID_CURRENCY);
        assertThat(ErrorCode.INVALID_PARAMETERS.family()).isEqualTo(ErrorFamily.INVALID_PARAMETERS);
        assertThat(ErrorCode.UNKNOWN.family()).isEqualTo(ErrorFamily.UNKNOWN);
        assertThat(ErrorCode.INVALID_ORDER_ID.family()).isEqualTo(ErrorFamily.NOT_FOUND);
        assertThat(ErrorCode.FUNCTION_ACCESS_DENIED.family()).isEqualTo(ErrorFamily.OTHER);
    }

    @Test
    void everyCodeAndNameOfReferenceSection15() {
        assertThat(Stream.of(ErrorCode.values())
                .map(e -> (e.code().isPresent() ? e.code().getAsInt() + " " : "") + e.errorName()))
                .containsExactlyInAnyOrder(
                        "602 ERROR_FUNCTION_ACCESS_DENIED", "607 ERROR_HOST_ACCESS_DENIED", "615 ERROR_INVALID_AMOUNT",
                        "616 ERROR_INVALID_CREDENTIALS", "620 ERROR_UNKNOWN", "622 ERROR_INVALID_CURRENCY_CODE",
                        "623 ERROR_INVALID_PARAMETERS", "636 ERROR_UNABLE_TO_VERIFY_RSA_SIGNATURE",
                        "637 ERROR_DUPLICATE_MESSAGE_ID", "638 ERROR_ENDUSER_IS_BLOCKED", "639 ERROR_NO_PUBLIC_KEY",
                        "642 ERROR_INVALID_EMAIL", "645 ERROR_INVALID_LOCALE", "688 ERROR_DUPLICATE_UUID",
                        "696 ERROR_ENDUSERID_IS_NULL", "697 ERROR_MESSAGEID_IS_NULL", "698 ERROR_INVALID_IP",
                        "700 ERROR_MALFORMED_SUCCESSURL", "701 ERROR_MALFORMED_FAILURL", "702 ERROR_MALFORMED_TEMPLATEURL",
                        "703 ERROR_MALFORMED_URLTARGET", "704 ERROR_MALFORMED_MESSAGEID",
                        "705 ERROR_MALFORMED_NOTIFICATIONURL", "706 ERROR_MALFORMED_ENDUSERID",
                        "712 ERROR_DIRECT_DEBIT_NOT_ALLOWED", "717 ERROR_INVALID_ORDER_ATTRIBUTE", "718 ERROR_DISABLED_USER",
                        "732 ERROR_PAY_AND_PLAY_NOT_ALLOWED", "734 ERROR_NOT_SECURE_NOTIFICATIONURL",
                        "737 ERROR_INVALID_COUNTRY", "ERROR_INVALID_FUNCTION", "ERROR_NOT_FOUND", "ERROR_INVALID_ORDER_ID",
                        "ERROR_INVALID_BANK_ACCOUNT_NUMBER");
    }

    @Test
    void anErrorNeverSeenBeforeIsAGenericApiException() {
        HttpReply reply = ok(JsonRpc.error("Refund", UUID, 799, "ERROR_SOMETHING_NEW", TestKeys.signer(TestKeys.TRUSTLY)));

        TrustlyApiException e = catchThrowableOfType(TrustlyApiException.class,
                () -> READER.read(TestRequests.refund(), UUID, reply));

        assertThat(e).isExactlyInstanceOf(TrustlyApiException.class);
        assertThat(e.errorCode()).isEmpty();
        assertThat(e.family()).isEqualTo(ErrorFamily.OTHER);
        assertThat(e.code()).isEqualTo(799);
    }

    @Test
    void aKnownNameWinsOverAnUnexpectedNumber() {
        HttpReply reply = ok(JsonRpc.error("CancelCharge", UUID, 623, "ERROR_INVALID_ORDER_ID", TestKeys.signer(TestKeys.TRUSTLY)));

        assertThatThrownBy(() -> READER.read(TestRequests.cancelCharge(), UUID, reply))
                .isExactlyInstanceOf(TrustlyOrderNotFoundException.class);
    }

    @Test
    void anErrorBodyIsReadWhateverTheHttpStatus() {
        HttpReply reply = new HttpReply(500, JsonRpc.write(JsonRpc.error("Refund", UUID, 637, "ERROR_DUPLICATE_MESSAGE_ID",
                TestKeys.signer(TestKeys.TRUSTLY))));

        assertThatThrownBy(() -> READER.read(TestRequests.refund(), UUID, reply))
                .isExactlyInstanceOf(TrustlyDuplicateMessageIdException.class);
    }

    @Test
    void theCodeComesFromTheSignedDataNotFromTheUnsignedOuterCopy() {
        ObjectNode response = JsonRpc.error("Refund", UUID, 637, "ERROR_DUPLICATE_MESSAGE_ID", TestKeys.signer(TestKeys.TRUSTLY));
        ((ObjectNode) response.get("error")).put("code", 620).put("message", "ERROR_UNKNOWN");

        assertThatThrownBy(() -> READER.read(TestRequests.refund(), UUID, ok(response)))
                .isExactlyInstanceOf(TrustlyDuplicateMessageIdException.class);
    }

    @Test
    void theRealInvalidCredentialsErrorFromTrustlysTestServer() throws IOException {
        HttpReply reply = ok(realVector("error"));

        TrustlyApiException e = catchThrowableOfType(TrustlyApiException.class,
                () -> TEST_ENVIRONMENT.read(TestRequests.deposit().build(), UUID, reply));

        assertThat(e).isExactlyInstanceOf(TrustlyInvalidCredentialsException.class);
        assertThat(e.code()).isEqualTo(616);
        assertThat(e.name()).isEqualTo("ERROR_INVALID_CREDENTIALS");
    }

    static Stream<Arguments> realResults() {
        String deposit = "https://test.trustly.com/_/orderclient.php?SessionID=11139ac4-f0c1-4594-8211-7f4c10e61212"
                + "&OrderID=1371798227&Locale=sv_SE";
        return Stream.of(
                Arguments.of("Deposit", "a4d1578e-6c00-11e5-9d5e-0800279bcb51", TestRequests.deposit().build(),
                        new OrderWithUrl("1371798227", deposit)),
                Arguments.of("Refund", "1fb9bb58-6cf1-11e5-9d5e-0800279bcb51", TestRequests.refund(),
                        new OrderResult("4034954614", true)),
                Arguments.of("RegisterAccount", "fc32a824-6cf1-11e5-9d5e-0800279bcb51", TestRequests.registerAccount().build(),
                        new RegisteredAccount("1520389582", "SWEDEN", "SEB", "*865391")),
                Arguments.of("AccountPayout", "82cf5fac-6cf3-11e5-9d5e-0800279bcb51", TestRequests.accountPayout().build(),
                        new OrderResult("3256646606", true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realResults")
    void theRealResultsFromTrustlysTestServer(String method, String uuid, TrustlyRequest<?> request, Object expected)
            throws IOException {
        assertThat(TEST_ENVIRONMENT.read(request, uuid, ok(realVector(method)))).isEqualTo(expected);
    }

    @Test
    void aResultSignedByAnotherKeyIsUnverifiable() {
        HttpReply reply = ok(JsonRpc.result("Refund", UUID, orderResult(), TestKeys.signer(TestKeys.STRANGER)));

        assertThatThrownBy(() -> READER.read(TestRequests.refund(), UUID, reply))
                .isExactlyInstanceOf(TrustlyResponseVerificationException.class)
                .hasMessageStartingWith("Refund " + UUID + ": the signature does not verify with Trustly's key sha256:");
    }

    @Test
    void anErrorSignedByAnotherKeyIsUnverifiableNotADefiniteError() {
        HttpReply reply = ok(JsonRpc.error("Refund", UUID, 616, "ERROR_INVALID_CREDENTIALS", TestKeys.signer(TestKeys.STRANGER)));

        assertThatThrownBy(() -> READER.read(TestRequests.refund(), UUID, reply))
                .isExactlyInstanceOf(TrustlyResponseVerificationException.class);
    }

    @Test
    void aResultForAnotherUuidIsUnverifiable() {
        String other = "ad4f3dbe-6c1d-11e5-9d5e-0800279bcb52";
        HttpReply reply = ok(JsonRpc.result("Refund", other, orderResult(), TestKeys.signer(TestKeys.TRUSTLY)));

        assertThatThrownBy(() -> READER.read(TestRequests.refund(), UUID, reply))
                .isExactlyInstanceOf(TrustlyResponseVerificationException.class)
                .hasMessage("Refund " + UUID + ": the response answers uuid " + other);
    }

    @Test
    void aResultForAnotherMethodIsUnverifiable() {
        HttpReply reply = ok(JsonRpc.result("AccountPayout", UUID, orderResult(), TestKeys.signer(TestKeys.TRUSTLY)));

        assertThatThrownBy(() -> READER.read(TestRequests.refund(), UUID, reply))
                .isExactlyInstanceOf(TrustlyResponseVerificationException.class)
                .hasMessage("Refund " + UUID + ": the response answers method AccountPayout");
    }

    @Test
    void aVerifiedResultOfAnUnexpectedShapeIsUnverifiable() {
        HttpReply reply = ok(JsonRpc.result("Refund", UUID, JsonRpc.mapper().createObjectNode().put("orderid", "1"),
                TestKeys.signer(TestKeys.TRUSTLY)));

        assertThatThrownBy(() -> READER.read(TestRequests.refund(), UUID, reply))
                .isExactlyInstanceOf(TrustlyResponseVerificationException.class)
                .hasMessage("Refund " + UUID + ": the verified result has an unexpected shape: data.result is missing");
    }

    @Test
    void aSuccessStatusWithABodyThatIsNotJsonIsUnverifiable() {
        HttpReply reply = new HttpReply(200, "OK".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> READER.read(TestRequests.refund(), UUID, reply))
                .isExactlyInstanceOf(TrustlyResponseVerificationException.class)
                .hasMessage("Refund " + UUID + ": HTTP 200 but the body is not valid JSON");
    }

    @Test
    void anErrorStatusWithoutAJsonRpcBodyIsATransportFailure() {
        HttpReply reply = new HttpReply(502, "<html>Bad Gateway</html>".getBytes(StandardCharsets.UTF_8));

        TrustlyTransportException e = catchThrowableOfType(TrustlyTransportException.class,
                () -> READER.read(TestRequests.refund(), UUID, reply));

        assertThat(e).hasMessage("Refund " + UUID + ": HTTP 502 without a JSON-RPC body (the body is not valid JSON)");
        assertThat(e.mayHaveReachedTrustly()).isTrue();
    }

    @Test
    void anErrorStatusWithOtherJsonIsATransportFailure() {
        HttpReply reply = new HttpReply(503, "{\"message\":\"maintenance\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> READER.read(TestRequests.refund(), UUID, reply))
                .isExactlyInstanceOf(TrustlyTransportException.class)
                .hasMessageContaining("HTTP 503 without a JSON-RPC body");
    }

    private static ObjectNode orderResult() {
        return JsonRpc.mapper().createObjectNode().put("orderid", "4034954614").put("result", "1");
    }

    private static HttpReply ok(JsonNode body) {
        return new HttpReply(200, JsonRpc.write(body));
    }

    /** The raw response of a method (or the error) from the messages Trustly's TEST server signed. */
    private static JsonNode realVector(String methodOrError) throws IOException {
        try (InputStream in = TrustlyResponseReaderTest.class.getResourceAsStream("/trustly-test-signed.json")) {
            for (JsonNode vector : JsonRpc.parse(in.readAllBytes())) {
                JsonNode raw = vector.get("raw_json");
                boolean matches = "error".equals(methodOrError) ? raw.has("error")
                        : methodOrError.equals(raw.path("result").path("method").asText());
                if (matches) {
                    return raw;
                }
            }
        }
        throw new IllegalStateException("no signed " + methodOrError + " in the test resources");
    }
}
