package io.paybridge.trustly.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.paybridge.trustly.jsonrpc.MalformedMessageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Amounts are read leniently and exactly, and written strictly with two decimals. */
class AmountsTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
            "11, 11.00",
            "5.00000000000000000000, 5.00",
            "-3.01, -3.01",
            "0.5, 0.50",
            "1403.64, 1403.64",
            "0.3750000, 0.375",
            "+7.10, 7.10",
            "123456789012345678901234567890.12, 123456789012345678901234567890.12"})
    void readsLenientlyAndExactly(String sent, String expected) {
        BigDecimal amount = Amounts.parse(sent);

        assertThat(amount).isEqualTo(new BigDecimal(expected));
        assertThat(amount.toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "1,00", "1e3", "NaN", "ten", "1.", ".5", " 1.00"})
    void refusesWhatIsNotADecimal(String sent) {
        assertThatThrownBy(() -> Amounts.parse(sent)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void readsJsonNumbersThroughTheirTextNeverThroughADouble() {
        var factory = JsonNodeFactory.instance;

        assertThat(Amounts.parse(factory.numberNode(11), "data.amount")).isEqualTo(new BigDecimal("11.00"));
        assertThat(Amounts.parse(factory.numberNode(new BigDecimal("0.10")), "data.amount")).isEqualTo(new BigDecimal("0.10"));
        assertThatThrownBy(() -> Amounts.parse(factory.booleanNode(true), "data.amount"))
                .isInstanceOf(MalformedMessageException.class).hasMessage("data.amount must be a decimal amount");
    }

    @Test
    void writesExactlyTwoDecimalsAndNothingElse() {
        assertThat(Amounts.format(new BigDecimal("10.00"))).isEqualTo("10.00");
        assertThat(Amounts.format(new BigDecimal("1E+3").setScale(2))).isEqualTo("1000.00");
        assertThatThrownBy(() -> Amounts.format(new BigDecimal("10"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Amounts.format(new BigDecimal("10.001"))).isInstanceOf(IllegalArgumentException.class);
    }
}
