package io.paybridge.trustly.api.payout;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.api.DataReader;

/** Result of RegisterAccount: the AccountID to pay out to, the clearing house, the bank and a masked descriptor (may be null). */
public record RegisteredAccount(String accountId, String clearingHouse, String bank, String descriptor) {

    public static RegisteredAccount read(JsonNode data) {
        DataReader.object(data, "data");
        return new RegisteredAccount(DataReader.text(data, "accountid"), DataReader.text(data, "clearinghouse"),
                DataReader.optionalText(data, "bank"), DataReader.optionalText(data, "descriptor"));
    }
}
