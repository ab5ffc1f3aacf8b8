package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.account.BankAccountNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checkout's banks give valid account numbers whose bank name is the bank's, the same for the same end user. */
class TestBankTest {

    @Test
    void everyBankGivesAnAccountTheSandboxAcceptsUnderTheBanksName() {
        for (TestBank bank : TestBank.ALL) {
            BankAccountNumber number = bank.accountOf("shop", "user-1");
            assertThat(BankAccountNumber.parse(number.clearinghouse(), number.bankNumber(), number.accountNumber()))
                    .as(bank.id()).contains(number);
            assertThat(number.bankName()).as(bank.id()).isEqualTo(bank.name());
            assertThat(number.clearinghouse()).isEqualTo(bank.clearinghouse());
        }
    }

    @Test
    void theSameEndUserHasTheSameAccountAndOthersAnother() {
        TestBank seb = TestBank.byId("seb").orElseThrow();
        assertThat(seb.accountOf("shop", "user-1")).isEqualTo(seb.accountOf("shop", "user-1"))
                .isNotEqualTo(seb.accountOf("shop", "user-2"))
                .isNotEqualTo(TestBank.byId("swedbank").orElseThrow().accountOf("shop", "user-1"));
    }

    @Test
    void ibansCarryValidCheckDigits() {
        // the examples of the Finnish and German IBAN formats
        assertThat(TestBank.ibanCheckDigits("FI", "12345600000785")).isEqualTo("21");
        assertThat(TestBank.ibanCheckDigits("DE", "370400440532013000")).isEqualTo("89");
        assertThat(TestBank.byId("sandbox-fi").orElseThrow().accountOf("shop", "u").accountNumber()).startsWith("FI").hasSize(18);
        assertThat(TestBank.byId("sandbox-de").orElseThrow().accountOf("shop", "u").accountNumber()).startsWith("DE").hasSize(22);
    }
}
