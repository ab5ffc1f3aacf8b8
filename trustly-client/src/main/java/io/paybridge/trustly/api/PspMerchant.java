package io.paybridge.trustly.api;

/** The consumer-facing merchant for EMO partners and e-wallets: PSPMerchant, PSPMerchantURL, MerchantCategoryCode. */
public record PspMerchant(String name, String url, String merchantCategoryCode) {

    /** Writes the three attributes of {@code merchant}, if any. */
    public static void write(DataWriter attributes, PspMerchant merchant) {
        if (merchant != null) {
            attributes.text("PSPMerchant", merchant.name)
                    .text("PSPMerchantURL", merchant.url)
                    .text("MerchantCategoryCode", merchant.merchantCategoryCode);
        }
    }
}
