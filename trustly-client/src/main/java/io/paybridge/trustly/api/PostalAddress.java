package io.paybridge.trustly.api;

/** An address in parts or whole, written with a prefix: {@code ShippingAddress} (Deposit) or {@code Address}. */
public record PostalAddress(String country, String postalCode, String city, String line1, String line2, String whole) {

    /** An address in parts. */
    public static PostalAddress of(String country, String postalCode, String city, String line1, String line2) {
        return new PostalAddress(country, postalCode, city, line1, line2, null);
    }

    /** An address as one text, only for when the parts are unavailable. */
    public static PostalAddress whole(String address) {
        return new PostalAddress(null, null, null, null, null, address);
    }

    /** Writes the address members with {@code prefix}, if any. */
    public static void write(DataWriter attributes, String prefix, PostalAddress address) {
        if (address == null) {
            return;
        }
        attributes.text(prefix + "Country", address.country)
                .text(prefix + "PostalCode", address.postalCode)
                .text(prefix + "City", address.city)
                .text(prefix + "Line1", address.line1)
                .text(prefix + "Line2", address.line2)
                .text(prefix, address.whole);
    }

    /** The country, when given, is two upper-case letters. */
    public static void validate(String field, String prefix, PostalAddress address) {
        if (address != null) {
            Check.optionalCountry(field + "." + prefix + "Country", address.country);
        }
    }

    @Override
    public String toString() {
        return "PostalAddress[<redacted>]";
    }
}
