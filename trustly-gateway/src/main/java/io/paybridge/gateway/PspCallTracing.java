package io.paybridge.gateway;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.paybridge.trustly.client.TrustlyCallObserver;
import java.net.URI;

/**
 * Makes every Trustly call a CLIENT span in the caller's trace, named and attributed by the OpenTelemetry RPC semantic
 * conventions for JSON-RPC: {@code Trustly/Deposit}, {@code rpc.system=jsonrpc}, {@code rpc.service=Trustly},
 * {@code rpc.method}, {@code rpc.jsonrpc.version=1.1}, {@code server.address}/{@code server.port}, and on a Trustly error
 * {@code rpc.jsonrpc.error_code}. A call that did not end {@code ok} has status ERROR and {@code error.type} its outcome.
 * Nothing of the request or the answer is recorded: no credentials, no personal data.
 */
public final class PspCallTracing implements TrustlyCallObserver {

    static final String SERVICE = "Trustly";
    static final AttributeKey<String> RPC_SYSTEM = AttributeKey.stringKey("rpc.system");
    static final AttributeKey<String> RPC_SERVICE = AttributeKey.stringKey("rpc.service");
    static final AttributeKey<String> RPC_METHOD = AttributeKey.stringKey("rpc.method");
    static final AttributeKey<String> JSONRPC_VERSION = AttributeKey.stringKey("rpc.jsonrpc.version");
    static final AttributeKey<Long> JSONRPC_ERROR_CODE = AttributeKey.longKey("rpc.jsonrpc.error_code");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    private final Tracer tracer;
    private final URI apiUrl;

    /** @param apiUrl where the calls go (its host and port become {@code server.address} and {@code server.port}) */
    public PspCallTracing(Tracer tracer, URI apiUrl) {
        this.tracer = tracer;
        this.apiUrl = apiUrl;
    }

    @Override
    public Call started(String method) {
        Span span = tracer.spanBuilder(SERVICE + "/" + method).setSpanKind(SpanKind.CLIENT)
                .setAttribute(RPC_SYSTEM, "jsonrpc").setAttribute(RPC_SERVICE, SERVICE).setAttribute(RPC_METHOD, method)
                .setAttribute(JSONRPC_VERSION, "1.1")
                .setAttribute(SERVER_ADDRESS, apiUrl.getHost())
                .setAttribute(SERVER_PORT, (long) port(apiUrl))
                .startSpan();
        return (took, outcome) -> {
            if (!OK.equals(outcome)) {
                span.setStatus(StatusCode.ERROR).setAttribute(ERROR_TYPE, outcome);
                if (outcome.chars().allMatch(Character::isDigit)) {
                    span.setAttribute(JSONRPC_ERROR_CODE, Long.parseLong(outcome));
                }
            }
            span.end();
        };
    }

    private static int port(URI url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "http".equalsIgnoreCase(url.getScheme()) ? 80 : 443;
    }
}
