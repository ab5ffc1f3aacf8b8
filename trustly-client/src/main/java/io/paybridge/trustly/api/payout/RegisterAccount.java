package io.paybridge.trustly.api.payout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.api.BankAccount;
import io.paybridge.trustly.api.Check;
import io.paybridge.trustly.api.DataWriter;
import io.paybridge.trustly.api.Extras;
import io.paybridge.trustly.api.PostalAddress;
import io.paybridge.trustly.api.RequestDescription;
import io.paybridge.trustly.api.TrustlyRequest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code RegisterAccount} (reference §3): registers an end user's bank account and answers its AccountID. */
public record RegisterAccount(String endUserId, BankAccount bankAccount, String firstname, String lastname,
        LocalDate dateOfBirth, String mobilePhone, String nationalIdentificationNumber, PostalAddress address,
        String email, Map<String, String> extraAttributes) implements TrustlyRequest<RegisteredAccount> {

    public RegisterAccount {
        extraAttributes = Extras.copy(extraAttributes);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String method() {
        return "RegisterAccount";
    }

    @Override
    public void validate() {
        Check.required("EndUserID", endUserId);
        BankAccount.validate("", bankAccount);
        Check.required("Firstname", firstname);
        // empty for organisations, but the member is required
        Check.present("Lastname", lastname);
        Check.optionalDate("Attributes.DateOfBirth", dateOfBirth);
        PostalAddress.validate("Attributes", "Address", address);
        Check.extraAttributes("Attributes", extraAttributes, typedAttributes().node());
    }

    @Override
    public ObjectNode render() {
        DataWriter data = DataWriter.create().text("EndUserID", endUserId);
        BankAccount.write(data, bankAccount);
        return data.text("Firstname", firstname)
                .text("Lastname", lastname)
                .object("Attributes", typedAttributes().extra(extraAttributes).node())
                .node();
    }

    private DataWriter typedAttributes() {
        DataWriter attributes = DataWriter.create()
                .date("DateOfBirth", dateOfBirth)
                .text("MobilePhone", mobilePhone)
                .text("NationalIdentificationNumber", nationalIdentificationNumber);
        PostalAddress.write(attributes, "Address", address);
        return attributes.text("Email", email);
    }

    @Override
    public RegisteredAccount readResponse(JsonNode data) {
        return RegisteredAccount.read(data);
    }

    @Override
    public String toString() {
        return RequestDescription.of(this);
    }

    /** Builds a {@link RegisterAccount}; unset optional attributes are left out of the request. */
    public static final class Builder {
        private String endUserId;
        private BankAccount bankAccount;
        private String firstname;
        private String lastname;
        private LocalDate dateOfBirth;
        private String mobilePhone;
        private String nationalIdentificationNumber;
        private PostalAddress address;
        private String email;
        private final Map<String, String> extraAttributes = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder endUserId(String value) {
            endUserId = value;
            return this;
        }

        public Builder bankAccount(BankAccount value) {
            bankAccount = value;
            return this;
        }

        /** The account holder; for an organisation its name as firstname and an empty lastname. */
        public Builder holder(String firstname, String lastname) {
            this.firstname = firstname;
            this.lastname = lastname;
            return this;
        }

        public Builder dateOfBirth(LocalDate value) {
            dateOfBirth = value;
            return this;
        }

        public Builder mobilePhone(String value) {
            mobilePhone = value;
            return this;
        }

        public Builder nationalIdentificationNumber(String value) {
            nationalIdentificationNumber = value;
            return this;
        }

        public Builder address(PostalAddress value) {
            address = value;
            return this;
        }

        public Builder email(String value) {
            email = value;
            return this;
        }

        public Builder extraAttribute(String name, String value) {
            extraAttributes.put(name, value);
            return this;
        }

        public RegisterAccount build() {
            return new RegisterAccount(endUserId, bankAccount, firstname, lastname, dateOfBirth, mobilePhone,
                    nationalIdentificationNumber, address, email, extraAttributes);
        }
    }
}
