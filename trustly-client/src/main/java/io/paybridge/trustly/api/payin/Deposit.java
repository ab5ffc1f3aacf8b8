package io.paybridge.trustly.api.payin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/** {@code Deposit} (reference §3): starts a pay-in in Trustly's checkout; answers with the OrderID and the URL to open. */
public record Deposit(String notificationUrl, String endUserId, String messageId, String currency, BigDecimal amount,
        BigDecimal suggestedMinAmount, BigDecimal suggestedMaxAmount, EndUser endUser, CheckoutPage page,
        String shopperStatement, PostalAddress shippingAddress, String externalReference, String paymentMethod,
        Boolean requestDirectDebitMandate, String chargeAccountId, Boolean quickDeposit, String accountId,
        PspMerchant pspMerchant, PartyInformation recipientInformation, Boolean requestKyc, String integrationModule,
        Boolean holdNotifications, Map<String, String> extraAttributes) implements TrustlyRequest<OrderWithUrl> {

    public Deposit {
        extraAttributes = Extras.copy(extraAttributes);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String method() {
        return "Deposit";
    }

    @Override
    public void validate() {
        Check.order(notificationUrl, endUserId, messageId);
        Check.currency("Attributes.Currency", currency);
        Check.optionalAmount("Attributes.Amount", amount);
        Check.optionalAmount("Attributes.SuggestedMinAmount", suggestedMinAmount);
        Check.optionalAmount("Attributes.SuggestedMaxAmount", suggestedMaxAmount);
        if (amount != null && (suggestedMinAmount != null || suggestedMaxAmount != null)) {
            throw new TrustlyValidationException("Attributes.Amount",
                    "must not be combined with SuggestedMinAmount or SuggestedMaxAmount");
        }
        if (suggestedMinAmount != null && suggestedMaxAmount != null && suggestedMinAmount.compareTo(suggestedMaxAmount) > 0) {
            throw new TrustlyValidationException("Attributes.SuggestedMinAmount", "must not exceed SuggestedMaxAmount");
        }
        EndUser.validate(endUser, true);
        Check.absent("Attributes.DateOfBirth", endUser.dateOfBirth(), method());
        CheckoutPage.validate(page, true);
        Check.required("Attributes.ShopperStatement", shopperStatement);
        PostalAddress.validate("Attributes", "ShippingAddress", shippingAddress);
        PartyInformation.validate("Attributes.RecipientInformation", recipientInformation);
        if (chargeAccountId != null && !Boolean.TRUE.equals(quickDeposit)) {
            throw new TrustlyValidationException("Attributes.ChargeAccountID", "is only sent with QuickDeposit");
        }
        Check.extraAttributes("Attributes", extraAttributes, typedAttributes().node());
    }

    @Override
    public ObjectNode render() {
        return DataWriter.order(notificationUrl, endUserId, messageId)
                .objectOrNull("Attributes", typedAttributes().extra(extraAttributes).node())
                .node();
    }

    private DataWriter typedAttributes() {
        DataWriter attributes = DataWriter.create()
                .text("Currency", currency)
                .amount("Amount", amount)
                .amount("SuggestedMinAmount", suggestedMinAmount)
                .amount("SuggestedMaxAmount", suggestedMaxAmount);
        EndUser.write(attributes, endUser);
        CheckoutPage.write(attributes, page);
        attributes.text("ShopperStatement", shopperStatement);
        PostalAddress.write(attributes, "ShippingAddress", shippingAddress);
        attributes.text("ExternalReference", externalReference)
                .text("Method", paymentMethod)
                .flag("RequestDirectDebitMandate", requestDirectDebitMandate)
                .text("ChargeAccountID", chargeAccountId)
                .flag("QuickDeposit", quickDeposit)
                .text("AccountID", accountId);
        PspMerchant.write(attributes, pspMerchant);
        return attributes.object("RecipientInformation", PartyInformation.render(recipientInformation))
                .flag("RequestKYC", requestKyc)
                .text("IntegrationModule", integrationModule)
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

    /** Builds a {@link Deposit}; unset optional members are left out of the request. */
    public static final class Builder extends CheckoutOrderBuilder<Builder> {
        private String currency;
        private BigDecimal amount;
        private BigDecimal suggestedMinAmount;
        private BigDecimal suggestedMaxAmount;
        private String shopperStatement;
        private PostalAddress shippingAddress;
        private String externalReference;
        private String paymentMethod;
        private Boolean requestDirectDebitMandate;
        private String chargeAccountId;
        private Boolean quickDeposit;
        private String accountId;
        private PartyInformation recipientInformation;
        private Boolean requestKyc;
        private String integrationModule;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** A fixed amount: Currency and Amount (replaces suggested amounts). */
        public Builder amount(String currency, BigDecimal amount) {
            this.currency = currency;
            this.amount = amount;
            this.suggestedMinAmount = null;
            this.suggestedMaxAmount = null;
            return this;
        }

        /** No fixed amount: Currency with SuggestedMinAmount and/or SuggestedMaxAmount, either may be null (replaces Amount). */
        public Builder suggestedAmounts(String currency, BigDecimal min, BigDecimal max) {
            this.currency = currency;
            this.amount = null;
            this.suggestedMinAmount = min;
            this.suggestedMaxAmount = max;
            return this;
        }

        public Builder shopperStatement(String value) {
            shopperStatement = value;
            return this;
        }

        public Builder shippingAddress(PostalAddress value) {
            shippingAddress = value;
            return this;
        }

        public Builder externalReference(String value) {
            externalReference = value;
            return this;
        }

        /** {@code Method}, e.g. {@code deposit.bank.netherlands.ideal}. */
        public Builder paymentMethod(String value) {
            paymentMethod = value;
            return this;
        }

        public Builder requestDirectDebitMandate(boolean value) {
            requestDirectDebitMandate = value;
            return this;
        }

        /** A Trustly Direct Debit quick deposit from {@code chargeAccountId} (may be null): QuickDeposit 1. */
        public Builder quickDeposit(String chargeAccountId) {
            this.chargeAccountId = chargeAccountId;
            this.quickDeposit = Boolean.TRUE;
            return this;
        }

        /** The AccountID of a returning customer (Trustly Express). */
        public Builder accountId(String value) {
            accountId = value;
            return this;
        }

        public Builder recipientInformation(PartyInformation value) {
            recipientInformation = value;
            return this;
        }

        public Builder requestKyc(boolean value) {
            requestKyc = value;
            return this;
        }

        public Builder integrationModule(String value) {
            integrationModule = value;
            return this;
        }

        public Deposit build() {
            return new Deposit(notificationUrl, endUserId, messageId, currency, amount, suggestedMinAmount,
                    suggestedMaxAmount, endUser, page, shopperStatement, shippingAddress, externalReference,
                    paymentMethod, requestDirectDebitMandate, chargeAccountId, quickDeposit, accountId, pspMerchant,
                    recipientInformation, requestKyc, integrationModule, holdNotifications, extraAttributes);
        }
    }
}
