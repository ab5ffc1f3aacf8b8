/** checkout-service: pay-ins through Trustly (deposits, pay by link, invoices, mandates, charges). */
package io.paybridge.checkout;
