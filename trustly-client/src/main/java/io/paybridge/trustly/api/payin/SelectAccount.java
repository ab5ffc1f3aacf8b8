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
import io.paybridge.trustly.api.PspMerchant;
import io.paybridge.trustly.api.RequestDescription;
import io.paybridge.trustly.api.TrustlyRequest;

import java.util.Map;

/** {@code SelectAccount} (reference §3): the end user picks a bank account, optionally with a debit mandate. */
public record SelectAccount(String notificationUrl, String endUserId, String messageId, EndUser endUser,
        CheckoutPage page, Boolean requestDirectDebitMandate, PspMerchant pspMerchant, Boolean holdNotifications,
        Map<String, String> extraAttributes) implements TrustlyRequest<OrderWithUrl> {

    public SelectAccount {
        extraAttributes = Extras.copy(extraAttributes);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String method() {
        return "SelectAccount";
    }

    @Override
    public void validate() {
        Check.order(notificationUrl, endUserId, messageId);
        EndUser.validate(endUser, false);
        if (Boolean.TRUE.equals(requestDirectDebitMandate)) {
            Check.required("Attributes.Email", endUser.email());
        }
        CheckoutPage.validate(page, false);
        Check.extraAttributes("Attributes", extraAttributes, typedAttributes().node());
    }

    @Override
    public ObjectNode render() {
        return DataWriter.order(notificationUrl, endUserId, messageId)
                .objectOrNull("Attributes", typedAttributes().extra(extraAttributes).node())
                .node();
    }

    private DataWriter typedAttributes() {
        DataWriter attributes = DataWriter.create();
        EndUser.write(attributes, endUser);
        CheckoutPage.write(attributes, page);
        attributes.flag("RequestDirectDebitMandate", requestDirectDebitMandate);
        PspMerchant.write(attributes, pspMerchant);
        return attributes.flag("HoldNotifications", holdNotifications);
    }

    @Override
    public OrderWithUrl readResponse(JsonNode data) {
        return OrderWithUrl.read(data);
    }

    @Override
    public String toString() {
        return RequestDescription.of(this);
    }

    /** Builds a {@link SelectAccount}; unset optional members are left out of the request. */
    public static final class Builder extends CheckoutOrderBuilder<Builder> {
        private Boolean requestDirectDebitMandate;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Requests a direct debit mandate from the selected account; Trustly then needs the end user's Email. */
        public Builder requestDirectDebitMandate(boolean value) {
            requestDirectDebitMandate = value;
            return this;
        }

        public SelectAccount build() {
            return new SelectAccount(notificationUrl, endUserId, messageId, endUser, page, requestDirectDebitMandate,
                    pspMerchant, holdNotifications, extraAttributes);
        }
    }
}
