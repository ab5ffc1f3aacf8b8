package io.paybridge.trustly.notification;

import java.util.Locale;

/** The notification methods of reference §4.2; anything else is {@link #UNKNOWN} and must still be answered. */
public enum NotificationMethod {
    PENDING("pending"),
    CREDIT("credit"),
    DEBIT("debit"),
    CANCEL("cancel"),
    ACCOUNT("account"),
    PAYOUT_CONFIRMATION("payoutconfirmation"),
    PAYOUT_FAILED("payoutfailed"),
    KYC("kyc"),
    UNKNOWN(null);

    private final String wireName;

    NotificationMethod(String wireName) {
        this.wireName = wireName;
    }

    /** The method as Trustly sends it, e.g. {@code payoutconfirmation}; null for {@link #UNKNOWN}. */
    public String wireName() {
        return wireName;
    }

    /** The method for a received name; case as sent is kept elsewhere, matching ignores it. */
    public static NotificationMethod of(String method) {
        String name = method == null ? "" : method.toLowerCase(Locale.ROOT);
        for (NotificationMethod candidate : values()) {
            if (name.equals(candidate.wireName)) {
                return candidate;
            }
        }
        return UNKNOWN;
    }

    /** Methods that move money and carry amount and currency. */
    boolean carriesAmount() {
        return this == PENDING || this == CREDIT || this == DEBIT || this == PAYOUT_CONFIRMATION || this == PAYOUT_FAILED;
    }
}
