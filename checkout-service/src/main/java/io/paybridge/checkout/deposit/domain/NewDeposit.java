package io.paybridge.checkout.deposit.domain;

import io.paybridge.support.money.Money;
import java.net.URI;
import java.util.Optional;

/**
 * A deposit request that passed every check, ready for the PSP: exact money, the end user's details,
 * redirect URLs on allowed hosts, and the optional statement text, invoice reference and method.
 */
public record NewDeposit(Money amount, NewDepositEndUser endUser, URI successUrl, URI failUrl,
        Optional<String> shopperStatement, Optional<String> invoiceId, Optional<PaymentMethod> method) {

    /** Payment methods a deposit may ask for beyond the default bank payment. */
    public enum PaymentMethod {
        /** Dutch iDEAL, EUR only ({@code Method=deposit.bank.netherlands.ideal}). */
        IDEAL("deposit.bank.netherlands.ideal");

        private final String trustlyMethod;

        PaymentMethod(String trustlyMethod) {
            this.trustlyMethod = trustlyMethod;
        }

        /** The value of Trustly's {@code Method} attribute. */
        public String trustlyMethod() {
            return trustlyMethod;
        }
    }

    /** The end user's validated details; personal data, so {@link #toString()} shows only the id. */
    public record NewDepositEndUser(String id, String firstName, String lastName, String email, String country,
            String locale, Optional<String> phone, Optional<String> nationalId) {

        @Override
        public String toString() {
            return "NewDepositEndUser[id=" + id + "]";
        }
    }
}
