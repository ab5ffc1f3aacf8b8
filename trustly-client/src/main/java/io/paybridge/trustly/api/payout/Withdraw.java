package io.paybridge.trustly.api.payout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.api.BankAccount;
import io.paybridge.trustly.api.Check;
import io.paybridge.trustly.api.CheckoutPage;
import io.paybridge.trustly.api.DataWriter;
import io.paybridge.trustly.api.EndUser;
import io.paybridge.trustly.api.Extras;
import io.paybridge.trustly.api.CheckoutOrderBuilder;
import io.paybridge.trustly.api.OrderWithUrl;
import io.paybridge.trustly.api.PartyInformation;
import io.paybridge.trustly.api.PostalAddress;
import io.paybridge.trustly.api.PspMerchant;
import io.paybridge.trustly.api.RequestDescription;
import io.paybridge.trustly.api.TrustlyRequest;
import io.paybridge.trustly.error.TrustlyValidationException;

import java.math.BigDecimal;
import java.util.Map;

/** {@code Withdraw} (reference §3; Trustly now points to AccountPayout): a withdrawal in Trustly's checkout. */
public record Withdraw(String notificationUrl, String endUserId, String messageId, String currency, EndUser endUser,
        CheckoutPage page, BankAccount bankAccount, PostalAddress address, BigDecimal suggestedMinAmount,
        BigDecimal suggestedMaxAmount, BigDecimal suggestedAmount, String externalReference, PspMerchant pspMerchant,
        PartyInformation senderInformation, Boolean holdNotifications, Map<String, String> extraAttributes)
        implements TrustlyRequest<OrderWithUrl> {

    public Withdraw {
        extraAttributes = Extras.copy(extraAttributes);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String method() {
        return "Withdraw";
    }

    @Override
    public void validate() {
        Check.order(notificationUrl, endUserId, messageId);
        Check.currency("Currency", currency);
        EndUser.validate(endUser, false);
        CheckoutPage.validate(page, false);
        if (bankAccount != null) {
            BankAccount.validate("Attributes.", bankAccount);
        }
        PostalAddress.validate("Attributes", "Address", address);
        Check.optionalAmount("Attributes.SuggestedMinAmount", suggestedMinAmount);
        Check.optionalAmount("Attributes.SuggestedMaxAmount", suggestedMaxAmount);
        Check.optionalAmount("Attributes.SuggestedAmount", suggestedAmount);
        if (suggestedAmount != null && (suggestedMinAmount != null || suggestedMaxAmount != null)) {
            throw new TrustlyValidationException("Attributes.SuggestedAmount",
                    "must not be combined with SuggestedMinAmount or SuggestedMaxAmount");
        }
        PartyInformation.validate("Attributes.SenderInformation", senderInformation);
        Check.extraAttributes("Attributes", extraAttributes, typedAttributes().node());
    }

    @Override
    public ObjectNode render() {
        return DataWriter.order(notificationUrl, endUserId, messageId)
                .text("Currency", currency)
                .objectOrNull("Attributes", typedAttributes().extra(extraAttributes).node())
                .node();
    }

    private DataWriter typedAttributes() {
        DataWriter attributes = DataWriter.create();
        EndUser.write(attributes, endUser);
        CheckoutPage.write(attributes, page);
        BankAccount.write(attributes, bankAccount);
        PostalAddress.write(attributes, "Address", address);
        attributes.amount("SuggestedMinAmount", suggestedMinAmount)
                .amount("SuggestedMaxAmount", suggestedMaxAmount)
                .amount("SuggestedAmount", suggestedAmount)
                .text("ExternalReference", externalReference);
        PspMerchant.write(attributes, pspMerchant);
        return attributes.object("SenderInformation", PartyInformation.render(senderInformation))
                .flag("HoldNotifications", holdNotifications);
    }

    @Override
    public OrderWithUrl readResponse(JsonNode data) {
        return OrderWithUrl.read(data);
    }

    @Override
    public String toString() {
        return RequestDescription.of(this);
    }

    /** Builds a {@link Withdraw}; unset optional members are left out of the request. */
    public static final class Builder extends CheckoutOrderBuilder<Builder> {
        private String currency;
        private BankAccount bankAccount;
        private PostalAddress address;
        private BigDecimal suggestedMinAmount;
        private BigDecimal suggestedMaxAmount;
        private BigDecimal suggestedAmount;
        private String externalReference;
        private PartyInformation senderInformation;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** The currency of the end user's balance at the merchant. */
        public Builder currency(String value) {
            currency = value;
            return this;
        }

        /** Pre-fills the receiving account (ClearingHouse, BankNumber, AccountNumber). */
        public Builder bankAccount(BankAccount value) {
            bankAccount = value;
            return this;
        }

        public Builder address(PostalAddress value) {
            address = value;
            return this;
        }

        /** Bounds for the amount the end user may choose (either may be null). */
        public Builder suggestedAmounts(BigDecimal min, BigDecimal max) {
            suggestedMinAmount = min;
            suggestedMaxAmount = max;
            return this;
        }

        /** A fixed amount the end user cannot change. */
        public Builder suggestedAmount(BigDecimal value) {
            suggestedAmount = value;
            return this;
        }

        public Builder externalReference(String value) {
            externalReference = value;
            return this;
        }

        public Builder senderInformation(PartyInformation value) {
            senderInformation = value;
            return this;
        }

        public Withdraw build() {
            return new Withdraw(notificationUrl, endUserId, messageId, currency, endUser, page, bankAccount, address,
                    suggestedMinAmount, suggestedMaxAmount, suggestedAmount, externalReference, pspMerchant,
                    senderInformation, holdNotifications, extraAttributes);
        }
    }
}
