package io.paybridge.ingest.inbox;

/** The PSPs whose callbacks the ingest accepts; the name is stored with every inbox and audit row. */
public enum Psp {
    TRUSTLY(io.paybridge.contracts.payments.v1.Psp.TRUSTLY),
    TRUSTLY_NA(io.paybridge.contracts.payments.v1.Psp.TRUSTLY_NA),
    PAYMENTSAI(io.paybridge.contracts.payments.v1.Psp.PAYMENTSAI);

    private final io.paybridge.contracts.payments.v1.Psp published;

    Psp(io.paybridge.contracts.payments.v1.Psp published) {
        this.published = published;
    }

    /** The value in published {@code PspNotification} records. */
    public io.paybridge.contracts.payments.v1.Psp published() {
        return published;
    }

    /** The metric tag and stored value, e.g. {@code trustly-na}. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
