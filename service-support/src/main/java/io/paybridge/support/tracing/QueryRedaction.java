package io.paybridge.support.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Keeps query values out of spans. HTTP server spans record the request's query ({@code url.query}), and a query can
 * carry personal data ({@code GET /v1/accounts?endUserId=...}); as each span starts, every parameter's value is
 * replaced by {@code REDACTED}, its name kept, so a trace still shows which filters a request used. Quarkus adds
 * SpanProcessor beans to its tracer provider.
 */
@ApplicationScoped
public class QueryRedaction implements SpanProcessor {

    static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    private static final Pattern VALUE = Pattern.compile("=[^&]*");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        String query = span.getAttribute(URL_QUERY);
        if (query != null && !query.isEmpty()) {
            span.setAttribute(URL_QUERY, redact(query));
        }
        String full = span.getAttribute(URL_FULL);
        if (full != null && full.indexOf('?') >= 0) {
            int start = full.indexOf('?') + 1;
            span.setAttribute(URL_FULL, full.substring(0, start) + redact(full.substring(start)));
        }
    }

    /** {@code a=1&b=x} becomes {@code a=REDACTED&b=REDACTED}. */
    static String redact(String query) {
        return VALUE.matcher(query).replaceAll("=REDACTED");
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
