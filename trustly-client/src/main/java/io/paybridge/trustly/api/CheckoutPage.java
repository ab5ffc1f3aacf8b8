package io.paybridge.trustly.api;

/** The checkout page attributes: SuccessURL, FailURL, TemplateURL, URLTarget and URLScheme (iOS apps). */
public record CheckoutPage(String successUrl, String failUrl, String templateUrl, String urlTarget, String urlScheme) {

    /** A page with only the success and fail URLs. */
    public static CheckoutPage of(String successUrl, String failUrl) {
        return new CheckoutPage(successUrl, failUrl, null, null, null);
    }

    public CheckoutPage withTemplateUrl(String templateUrl) {
        return new CheckoutPage(successUrl, failUrl, templateUrl, urlTarget, urlScheme);
    }

    public CheckoutPage withUrlTarget(String urlTarget) {
        return new CheckoutPage(successUrl, failUrl, templateUrl, urlTarget, urlScheme);
    }

    public CheckoutPage withUrlScheme(String urlScheme) {
        return new CheckoutPage(successUrl, failUrl, templateUrl, urlTarget, urlScheme);
    }

    /** Writes the page's attributes, if any. */
    public static void write(DataWriter attributes, CheckoutPage page) {
        if (page != null) {
            attributes.text("SuccessURL", page.successUrl)
                    .text("FailURL", page.failUrl)
                    .text("TemplateURL", page.templateUrl)
                    .text("URLTarget", page.urlTarget)
                    .text("URLScheme", page.urlScheme);
        }
    }

    /** Success and fail URLs when {@code required}; URLTarget one of the three Trustly supports. */
    public static void validate(CheckoutPage page, boolean required) {
        if (required) {
            Check.required("Attributes.SuccessURL", page == null ? null : page.successUrl);
            Check.required("Attributes.FailURL", page.failUrl);
        }
        if (page != null) {
            Check.optionalUrlTarget("Attributes.URLTarget", page.urlTarget);
        }
    }
}
