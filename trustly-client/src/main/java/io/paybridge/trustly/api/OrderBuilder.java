package io.paybridge.trustly.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builder members of every order-creating request: NotificationURL, EndUserID, MessageID, PSP merchant, extras. */
public abstract class OrderBuilder<B extends OrderBuilder<B>> {

    protected String notificationUrl;
    protected String endUserId;
    protected String messageId;
    protected PspMerchant pspMerchant;
    protected final Map<String, String> extraAttributes = new LinkedHashMap<>();

    /** NotificationURL (https, no {@code ?}), EndUserID and the merchant's unique MessageID. */
    public B order(String notificationUrl, String endUserId, String messageId) {
        this.notificationUrl = notificationUrl;
        this.endUserId = endUserId;
        this.messageId = messageId;
        return self();
    }

    public B pspMerchant(PspMerchant value) {
        pspMerchant = value;
        return self();
    }

    /** An attribute this client has no typed field for yet. */
    public B extraAttribute(String name, String value) {
        extraAttributes.put(name, value);
        return self();
    }

    protected abstract B self();
}
