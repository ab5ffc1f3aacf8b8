package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Typed reads of request fields fail with the Trustly error the value deserves, naming the field but never the value. */
class RequestFieldsTest {

    private static final Set<String> CURRENCIES = Set.of("EUR", "SEK");

    @Test
    void readsAnAmountExactly() {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("Amount", "1234567.89");

        assertThat(RequestFields.of(data, CURRENCIES).amount("Amount", "EUR").minorUnits()).isEqualTo(123_456_789L);
    }

    @Test
    void aBadAmountIs615NamingTheFieldOnly() {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.putObject("Attributes").put("Amount", "12.3");

        TrustlyException e = catchThrowableOfType(TrustlyException.class,
                () -> RequestFields.of(data, CURRENCIES).attributes().amount("Amount", "EUR"));

        assertThat(e.error()).isEqualTo(TrustlyError.INVALID_AMOUNT);
        assertThat(e.getMessage()).contains("Attributes.Amount").doesNotContain("12.3");
    }

    @Test
    void aMissingAmountIs623() {
        TrustlyException e = catchThrowableOfType(TrustlyException.class,
                () -> RequestFields.of(JsonNodeFactory.instance.objectNode(), CURRENCIES).amount("Amount", "EUR"));

        assertThat(e.error()).isEqualTo(TrustlyError.INVALID_PARAMETERS);
    }

    @Test
    void nullAndAbsentOptionalsAreTheSame() {
        ObjectNode data = JsonNodeFactory.instance.objectNode().putNull("Currency");
        RequestFields fields = RequestFields.of(data, CURRENCIES);

        assertThat(fields.optionalCurrency("Currency")).isEmpty();
        assertThat(fields.optionalText("Nothing")).isEmpty();
        assertThat(fields.optionalAttributes().node().isEmpty()).isTrue();
    }

    @Test
    void aStringFieldSentAsANumberIs623() {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("EndUserID", 42);

        assertThat(catchThrowableOfType(TrustlyException.class, () -> RequestFields.of(data, CURRENCIES).text("EndUserID")).error())
                .isEqualTo(TrustlyError.INVALID_PARAMETERS);
    }

    @Test
    void anOrderIdMayBeAJsonIntegerAsInTrustlysExamples() {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("OrderID", 1_187_741_486L);

        assertThat(RequestFields.of(data, CURRENCIES).orderId("OrderID")).isEqualTo(1_187_741_486L);
    }

    @Test
    void anImpossibleDateIs623() {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("FromDate", "2026-02-30");

        assertThat(catchThrowableOfType(TrustlyException.class, () -> RequestFields.of(data, CURRENCIES).date("FromDate")).error())
                .isEqualTo(TrustlyError.INVALID_PARAMETERS);
    }
}
