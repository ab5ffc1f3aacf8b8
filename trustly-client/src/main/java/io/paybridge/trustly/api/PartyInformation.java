package io.paybridge.trustly.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** RecipientInformation (Deposit) or SenderInformation (Withdraw, AccountPayout): the ultimate payee or payer. */
public record PartyInformation(PartyType partyType, String firstname, String lastname, String countryCode,
        String customerId, String address, String dateOfBirth) {

    /** {@code Partytype}. */
    public enum PartyType {
        PERSON, ORGANISATION
    }

    /** The nested object; null when {@code party} is null. */
    public static ObjectNode render(PartyInformation party) {
        if (party == null) {
            return null;
        }
        // DateOfBirth is YYYY-MM-DD for a person but the organisation number for an organisation, hence text
        return DataWriter.create()
                .text("Partytype", party.partyType == null ? null : party.partyType.name())
                .text("Firstname", party.firstname)
                .text("Lastname", party.lastname)
                .text("CountryCode", party.countryCode)
                .text("CustomerID", party.customerId)
                .text("Address", party.address)
                .text("DateOfBirth", party.dateOfBirth)
                .node();
    }

    /** Partytype, Firstname and a two-letter CountryCode are required when the object is sent. */
    public static void validate(String field, PartyInformation party) {
        if (party == null) {
            return;
        }
        Check.present(field + ".Partytype", party.partyType);
        Check.required(field + ".Firstname", party.firstname);
        Check.country(field + ".CountryCode", party.countryCode);
    }

    @Override
    public String toString() {
        return "PartyInformation[partyType=" + partyType + "]";
    }
}
