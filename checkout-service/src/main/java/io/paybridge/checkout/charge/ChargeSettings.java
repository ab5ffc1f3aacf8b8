package io.paybridge.checkout.charge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings of direct-debit charges ({@code paybridge.checkout.charges.*}). */
@ConfigMapping(prefix = "paybridge.checkout.charges")
public interface ChargeSettings {

    /** The time zone of PaymentDates and of CancelCharge's 18:00-the-day-before deadline (Trustly's banking days). */
    @WithDefault("Europe/Stockholm")
    ZoneId zone();

    /** The ShopperStatement of every Charge (Trustly requires one; A-Z a-z 0-9 . - _ space). */
    @WithDefault("Paybridge")
    String shopperStatement();
}
