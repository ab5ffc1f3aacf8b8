package io.paybridge.support.logging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * One JSON object per log line: timestamp (UTC), level, logger, thread, message, the MDC (which
 * carries {@code traceId} and {@code spanId}) and the stack trace of an exception. Written with
 * Jackson, which the application class loader always has (JBoss' own JSON formatter needs jakarta.json
 * on the log manager's class path, which a packaged Quarkus application does not give it).
 */
final class JsonLineFormatter extends ExtFormatter {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String format(ExtLogRecord record) {
        StringWriter line = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField("timestamp", Instant.ofEpochMilli(record.getMillis()).toString());
            json.writeStringField("level", record.getLevel().getName());
            json.writeStringField("loggerName", record.getLoggerName());
            json.writeStringField("threadName", record.getThreadName());
            json.writeStringField("message", formatMessage(record));
            Map<String, String> mdc = record.getMdcCopy();
            if (mdc != null && !mdc.isEmpty()) {
                json.writeObjectFieldStart("mdc");
                for (Map.Entry<String, String> entry : new TreeMap<>(mdc).entrySet()) {
                    json.writeStringField(entry.getKey(), entry.getValue());
                }
                json.writeEndObject();
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                json.writeStringField("exception", trace.toString());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a log line could not be written as JSON", e);
        }
        return line.append('\n').toString();
    }
}
