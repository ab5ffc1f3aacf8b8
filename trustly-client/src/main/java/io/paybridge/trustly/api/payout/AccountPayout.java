package io.paybridge.trustly.api.payout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.api.Check;
import io.paybridge.trustly.api.DataWriter;
import io.paybridge.trustly.api.Extras;
import io.paybridge.trustly.api.AccountOrderBuilder;
import io.paybridge.trustly.api.OrderResult;
import io.paybridge.trustly.api.PartyInformation;
import io.paybridge.trustly.api.PspMerchant;
import io.paybridge.trustly.api.RequestDescription;
import io.paybridge.trustly.api.TrustlyRequest;

import java.math.BigDecimal;
import java.util.Map;

/** {@code AccountPayout} (reference §3): pays out to a known AccountID from the merchant's Trustly balance. */
public record AccountPayout(String notificationUrl, String endUserId, String messageId, String accountId,
        BigDecimal amount, String currency, String shopperStatement, String externalReference, PspMerchant pspMerchant,
        PartyInformation senderInformation, Map<String, String> extraAttributes) implements TrustlyRequest<OrderResult> {

    public AccountPayout {
        extraAttributes = Extras.copy(extraAttributes);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String method() {
        return "AccountPayout";
    }

    @Override
    public void validate() {
        Check.accountOrder(notificationUrl, endUserId, messageId, accountId, amount, currency);
        Check.required("Attributes.ShopperStatement", shopperStatement);
        PartyInformation.validate("Attributes.SenderInformation", senderInformation);
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
                .text("ExternalReference", externalReference);
        PspMerchant.write(attributes, pspMerchant);
        return attributes.object("SenderInformation", PartyInformation.render(senderInformation));
    }

    @Override
    public OrderResult readResponse(JsonNode data) {
        return OrderResult.read(data);
    }

    @Override
    public String toString() {
        return RequestDescription.of(this);
    }

    /** Builds an {@link AccountPayout}; unset optional members are left out of the request. */
    public static final class Builder extends AccountOrderBuilder<Builder> {
        private PartyInformation senderInformation;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        public Builder senderInformation(PartyInformation value) {
            senderInformation = value;
            return this;
        }

        public AccountPayout build() {
            return new AccountPayout(notificationUrl, endUserId, messageId, accountId, amount, currency,
                    shopperStatement, externalReference, pspMerchant, senderInformation, extraAttributes);
        }
    }
}
