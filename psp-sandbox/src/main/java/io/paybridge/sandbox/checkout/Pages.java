package io.paybridge.sandbox.checkout;

import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;

import static io.paybridge.sandbox.checkout.Html.escape;

/** The checkout's frame and its short pages: result, expired, closed and error. */
final class Pages {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;background:#f4f6f5;color:#1b1f1d;margin:0}
            main{max-width:34rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:8px;box-shadow:0 1px 4px #0002}
            .test{background:#fff3cd;padding:.3rem .6rem;border-radius:4px;font-size:.85rem}
            dl{display:grid;grid-template-columns:auto 1fr;gap:.3rem 1rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
            fieldset{border:1px solid #ccd;border-radius:6px;margin:1rem 0}label{display:block;margin:.3rem 0}
            button{background:#0ee06e;border:0;padding:.6rem 1.4rem;border-radius:4px;font-size:1rem;cursor:pointer}
            button.secondary{background:#e4e7e5;margin-top:.5rem}
            """;

    private Pages() {
    }

    /** A whole page around {@code body} (already escaped HTML) titled {@code title} (plain text). */
    static String layout(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – Trustly sandbox</title>
                <style>%s</style>
                </head>
                <body>
                <main>
                <p class="test">Trustly sandbox – TEST environment, no real money moves.</p>
                %s</main>
                </body>
                </html>
                """.formatted(escape(title), STYLE, body);
    }

    /** After approval or cancellation, when the merchant gave no URL to return to. */
    static String result(SandboxOrder order) {
        return message("Order " + order.orderId, "Order " + order.orderId + " is now " + order.state + ". You can close this window.");
    }

    /** The checkout url ran out. */
    static String expired(long orderId) {
        return message("Expired", "The checkout of order " + orderId + " has expired. Please start again from the shop.");
    }

    /** The order was approved or cancelled already. */
    static String closed(SandboxOrder order) {
        String state = order.testCase != null && order.state == OrderState.CREATED ? "approved and in progress" : order.state.toString();
        return message("Order " + order.orderId, "Order " + order.orderId + " is " + state + "; there is nothing left to do here.");
    }

    /** Anything else: what went wrong, in the words of the problem. */
    static String message(String title, String text) {
        return layout(title, "<h1>" + escape(title) + "</h1>\n<p>" + escape(text) + "</p>\n");
    }
}
