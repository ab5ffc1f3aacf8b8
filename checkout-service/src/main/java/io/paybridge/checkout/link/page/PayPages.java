package io.paybridge.checkout.link.page;

import static io.paybridge.checkout.link.page.Html.escape;

import io.paybridge.checkout.link.domain.LinkStanding;
import io.paybridge.checkout.link.domain.LinkToken;
import io.paybridge.checkout.link.persistence.PaymentLink;
import io.paybridge.support.money.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The link pages, server-rendered without script: the payment and its Pay button, and a clear page for every
 * state in which there is nothing to pay. Every value is escaped; the only style is a constant whose hash the
 * Content-Security-Policy allows.
 */
final class PayPages {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;"
            + "padding:0 1rem;color:#1b1b1b}h1{font-size:1.4rem}.amount{font-size:2rem;font-weight:600}"
            + "button{font-size:1.1rem;padding:.6rem 2rem;border:0;border-radius:.3rem;background:#0b5;color:#fff}";

    /** The Content-Security-Policy of every page: nothing loads, nothing frames it, the one style is allowed by hash. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-" + sha256(STYLE)
            // No form-action: browsers apply it to the redirect after the form, and the PSP's origin is not ours.
            + "'; base-uri 'none'; frame-ancestors 'none'";

    private PayPages() {
    }

    /** The page of a link, in its standing. */
    static String link(PaymentLink link, LinkStanding standing, LinkToken token, String payee) {
        String payment = """
                <p>%s asks you to pay</p>
                <p class="amount">%s %s</p>
                <p id="description">%s</p>
                """.formatted(escape(payee), escape(Money.ofMinor(link.amountMinor, link.currency).toDecimalString()),
                escape(link.currency), escape(link.description));
        return switch (standing.status()) {
            case OPEN -> layout("Pay " + payee, payment + payForm(token, standing.openAttempt() > 0
                    ? "Continue to payment" : "Pay", standing.nextAttempt() > 1 && standing.openAttempt() == 0
                    ? "<p>Your earlier attempt did not complete. You can try again.</p>" : ""));
            case PROCESSING -> layout("Payment in progress", payment
                    + "<p>Your bank is processing this payment. There is nothing more to do.</p>");
            case PAID -> layout("Already paid", payment + "<p>This payment link has been paid. Thank you.</p>");
            case REVERSED -> layout("Payment reversed", payment
                    + "<p>This payment was reversed by the bank. Please contact " + escape(payee) + ".</p>");
            case CANCELLED -> layout("Link cancelled", payment
                    + "<p>" + escape(payee) + " cancelled this payment link. There is nothing to pay.</p>");
            case EXPIRED -> layout("Link expired", payment
                    + "<p>This payment link has expired. Please ask " + escape(payee) + " for a new one.</p>");
        };
    }

    /** The page of a token that names no link. */
    static String notFound() {
        return layout("Payment link not found",
                "<p>This payment link does not exist. Check that you opened the whole link you were sent.</p>");
    }

    /** The page shown when Pay could not start the payment now. */
    static String tryAgain(LinkToken token, String reason) {
        return layout("Payment not started", "<p>" + escape(reason) + "</p>" + payForm(token, "Try again", ""));
    }

    private static String payForm(LinkToken token, String label, String note) {
        return note + "<form method=\"post\" action=\"/pay/" + escape(token.value()) + "\">"
                + "<button type=\"submit\" id=\"pay\">" + escape(label) + "</button></form>";
    }

    private static String layout(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"referrer\" content=\"no-referrer\">"
                + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head>\n<body><h1>" + escape(title)
                + "</h1>\n" + body + "</body></html>\n";
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
