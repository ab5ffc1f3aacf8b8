package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.paybridge.support.money.InvalidAmountException;
import io.paybridge.support.money.Money;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed access to a request's {@code Data} (or its {@code Attributes}) that fails with the Trustly error a
 * bad value deserves, naming the field: 623 missing or malformed, 615 bad amount, 622 bad currency.
 * Values are JSON strings as Trustly requires; an absent optional field and {@code null} are the same.
 */
public final class RequestFields {

    /** Digits, a point, exactly two decimals: "The amount must be > 0 with 2 decimals". */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}\\.\\d{2}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ORDER_ID = Pattern.compile("\\d{1,18}");

    private final JsonNode node;
    private final String prefix;
    private final Set<String> currencies;

    private RequestFields(JsonNode node, String prefix, Set<String> currencies) {
        this.node = node;
        this.prefix = prefix;
        this.currencies = currencies;
    }

    /** The fields of a request's Data; {@code currencies} are those the sandbox's merchants hold accounts in. */
    public static RequestFields of(JsonNode data, Set<String> currencies) {
        return new RequestFields(data, "", currencies);
    }

    /** The required {@code Attributes} object. */
    public RequestFields attributes() {
        JsonNode attributes = node.get("Attributes");
        if (attributes == null || !attributes.isObject()) {
            throw TrustlyException.invalidParameter("Attributes", "must be an object");
        }
        return new RequestFields(attributes, "Attributes.", currencies);
    }

    /** The {@code Attributes} object, or an empty one when it is null or absent. */
    public RequestFields optionalAttributes() {
        JsonNode attributes = node.get("Attributes");
        if (attributes == null || attributes.isNull()) {
            return new RequestFields(JsonNodeFactory.instance.objectNode(), "Attributes.", currencies);
        }
        return attributes();
    }

    /** The object these fields are read from, as received. */
    public JsonNode node() {
        return node;
    }

    /** A required non-empty string. */
    public String text(String name) {
        return optionalText(name).filter(value -> !value.isEmpty())
                .orElseThrow(() -> TrustlyException.invalidParameter(field(name), "is required"));
    }

    /** An optional string; a number or object where a string belongs is a 623. */
    public Optional<String> optionalText(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw TrustlyException.invalidParameter(field(name), "must be a string");
        }
        return Optional.of(value.asText());
    }

    /** A required string matching {@code pattern}. */
    public String matching(String name, Pattern pattern) {
        String value = text(name);
        requireMatch(name, value, pattern);
        return value;
    }

    /** An optional string that, when given, matches {@code pattern}. */
    public Optional<String> optionalMatching(String name, Pattern pattern) {
        Optional<String> value = optionalText(name);
        value.ifPresent(present -> requireMatch(name, present, pattern));
        return value;
    }

    /** A required currency code the sandbox keeps accounts in: missing 623, otherwise invalid 622. */
    public String currency(String name) {
        return optionalCurrency(name).orElseThrow(() -> TrustlyException.invalidParameter(field(name), "is required"));
    }

    /** An optional currency code; when given it must be one the sandbox keeps accounts in (622). */
    public Optional<String> optionalCurrency(String name) {
        Optional<String> code = optionalText(name);
        if (code.isPresent() && !(CURRENCY.matcher(code.get()).matches() && currencies.contains(code.get()))) {
            throw new TrustlyException(TrustlyError.INVALID_CURRENCY_CODE, field(name) + " is not a currency of the merchant account");
        }
        return code;
    }

    /** A required amount in {@code currency}: missing 623; not a string, not two decimals or not above zero 615. */
    public Money amount(String name, String currency) {
        if (node.get(name) == null || node.get(name).isNull()) {
            throw TrustlyException.invalidParameter(field(name), "is required");
        }
        return optionalAmount(name, currency).orElseThrow();
    }

    /** An optional amount in {@code currency}; when given it must be a string with exactly two decimals above zero (615). */
    public Optional<Money> optionalAmount(String name, String currency) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || !AMOUNT.matcher(value.asText()).matches()) {
            throw new TrustlyException(TrustlyError.INVALID_AMOUNT, field(name) + " must be a string with exactly two decimals");
        }
        try {
            Money amount = Money.parse(value.asText(), currency);
            if (!amount.isPositive()) {
                throw new TrustlyException(TrustlyError.INVALID_AMOUNT, field(name) + " must be above zero");
            }
            return Optional.of(amount);
        } catch (InvalidAmountException e) {
            throw new TrustlyException(TrustlyError.INVALID_AMOUNT, field(name) + " does not fit the currency");
        }
    }

    /** A required {@code YYYY-MM-DD} date. */
    public LocalDate date(String name) {
        return optionalDate(name).orElseThrow(() -> TrustlyException.invalidParameter(field(name), "is required"));
    }

    /** An optional {@code YYYY-MM-DD} date. */
    public Optional<LocalDate> optionalDate(String name) {
        return optionalMatching(name, DATE).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw TrustlyException.invalidParameter(field(name), "is not a calendar date");
            }
        });
    }

    /** A required OrderID: a string of digits, or (as Trustly's own examples send it) a JSON integer. */
    public long orderId(String name) {
        JsonNode value = node.get(name);
        if (value != null && value.isIntegralNumber() && value.canConvertToLong() && value.asLong() > 0) {
            return value.asLong();
        }
        return Long.parseLong(matching(name, ORDER_ID));
    }

    /** An optional {@code "0"} or {@code "1"} flag; absent or null is {@code false}. */
    public boolean flag(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        String text = value.asText();
        if (!(value.isTextual() || value.isIntegralNumber()) || !(text.equals("0") || text.equals("1"))) {
            throw TrustlyException.invalidParameter(field(name), "must be \"0\" or \"1\"");
        }
        return text.equals("1");
    }

    /** The field's name as the log shows it, e.g. {@code Attributes.Currency}. */
    public String field(String name) {
        return prefix + name;
    }

    private void requireMatch(String name, String value, Pattern pattern) {
        if (!pattern.matcher(value).matches()) {
            throw TrustlyException.invalidParameter(field(name), "has the wrong format");
        }
    }
}
