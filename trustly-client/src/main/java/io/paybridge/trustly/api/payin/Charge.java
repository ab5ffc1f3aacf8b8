package io.paybridge.trustly.api.payin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.api.Check;
import io.paybridge.trustly.api.DataWriter;
import io.paybridge.trustly.api.Extras;
import io.paybridge.trustly.api.AccountOrderBuilder;
import io.paybridge.trustly.api.PspMerchant;
import io.paybridge.trustly.api.RequestDescription;
import io.paybridge.trustly.api.TrustlyRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** {@code Charge} (reference §3, Trustly Direct Debit): collects from an AccountID with an active mandate. */
public record Charge(String notificationUrl, String endUserId, String messageId, String accountId, BigDecimal amount,
        String currency, String shopperStatement, String email, LocalDate paymentDate, String externalReference,
        PspMerchant pspMerchant, Map<String, String> extraAttributes) implements TrustlyRequest<ChargeResult> {

    public Charge {
        extraAttributes = Extras.copy(extraAttributes);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String method() {
        return "Charge";
    }

    @Override
    public void validate() {
        Check.accountOrder(notificationUrl, endUserId, messageId, accountId, amount, currency);
        Check.chargeShopperStatement("Attributes.ShopperStatement", shopperStatement);
        Check.required("Attributes.Email", email);
        Check.optionalDate("Attributes.PaymentDate", paymentDate);
        Check.extraAttributes("Attributes", extraAttributes, typedAttributes().node());
    }

    @Override
    public ObjectNode render() {
        return DataWriter.accountOrder(notificationUrl, endUserId, messageId, accountId, amount, currency)
                .objectOrNull("Attributes", typedAttributes().extra(extraAttributes).node())
                .node();
    }

    private DataWriter typedAttributes() {
        DataWriter attributes = DataWriter.create()
                .text("ShopperStatement", shopperStatement)
                .text("Email", email)
                .date("PaymentDate", paymentDate)
                .text("ExternalReference", externalReference);
        PspMerchant.write(attributes, pspMerchant);
        return attributes;
    }

    @Override
    public ChargeResult readResponse(JsonNode data) {
        return ChargeResult.read(data);
    }

    @Override
    public String toString() {
        return RequestDescription.of(this);
    }

    /** Builds a {@link Charge}; unset optional members are left out of the request. */
    public static final class Builder extends AccountOrderBuilder<Builder> {
        private String email;
        private LocalDate paymentDate;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        public Builder email(String value) {
            email = value;
            return this;
        }

        /** Charge on this date instead of as soon as possible. */
        public Builder paymentDate(LocalDate value) {
            paymentDate = value;
            return this;
        }

        public Charge build() {
            return new Charge(notificationUrl, endUserId, messageId, accountId, amount, currency, shopperStatement,
                    email, paymentDate, externalReference, pspMerchant, extraAttributes);
        }
    }
}
