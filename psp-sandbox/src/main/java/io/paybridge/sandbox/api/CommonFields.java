package io.paybridge.sandbox.api;

import io.paybridge.sandbox.merchant.Merchant;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/** The fields many methods share, with Trustly's rules for them (reference §3, general value rules); all failures are 623. */
public final class CommonFields {

    public static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    public static final Pattern LOCALE = Pattern.compile("[a-z]{2}_[A-Z]{2}");
    public static final Pattern URL_TARGET = Pattern.compile("_top|_self|_parent");
    private static final Pattern WEB_URL = Pattern.compile("https?://\\S{1,990}");
    private static final Pattern ID = Pattern.compile("\\S.{0,199}");
    private static final Pattern REFERENCE = Pattern.compile("(?s).{1,200}");

    private CommonFields() {
    }

    /** NotificationURL: under the merchant's registered prefix, without a query ({@code ?} is not allowed). */
    public static String notificationUrl(RequestFields data, Merchant merchant) {
        String url = data.text("NotificationURL");
        String field = data.field("NotificationURL");
        if (url.length() > 1000) {
            throw TrustlyException.invalidParameter(field, "is longer than 1000 characters");
        }
        if (url.contains("?")) {
            throw TrustlyException.invalidParameter(field, "must not contain '?'");
        }
        if (!url.startsWith(merchant.notificationUrlPrefix)) {
            throw TrustlyException.invalidParameter(field, "does not start with the merchant's notification URL prefix");
        }
        try {
            new URI(url);
        } catch (URISyntaxException e) {
            throw TrustlyException.invalidParameter(field, "is not a URL");
        }
        return url;
    }

    /** EndUserID: required, at most 200 characters. */
    public static String endUserId(RequestFields data) {
        return data.matching("EndUserID", ID);
    }

    /** MessageID: required, at most 200 characters; uniqueness is checked against the merchant's orders. */
    public static String messageId(RequestFields data) {
        return data.matching("MessageID", ID);
    }

    /** The optional ExternalReference of Deposit, Charge, Refund and AccountPayout: it shows in the settlement report. */
    public static Optional<String> externalReference(RequestFields attributes) {
        return attributes.optionalMatching("ExternalReference", REFERENCE);
    }

    /** An optional http(s) URL such as SuccessURL or FailURL. */
    public static Optional<String> optionalWebUrl(RequestFields fields, String name) {
        return fields.optionalMatching(name, WEB_URL);
    }

    /** A required http(s) URL. */
    public static String webUrl(RequestFields fields, String name) {
        return fields.matching(name, WEB_URL);
    }

    /** The end user's identity as Deposit, Withdraw and SelectAccount require it: names, Country and Locale. */
    public static void requireEndUserIdentity(RequestFields attributes) {
        attributes.text("Firstname");
        attributes.text("Lastname");
        attributes.matching("Country", COUNTRY);
        attributes.matching("Locale", LOCALE);
        attributes.optionalMatching("URLTarget", URL_TARGET);
    }
}
