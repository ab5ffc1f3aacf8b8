package io.paybridge.trustly.api;

import java.time.LocalDate;

/** The person behind a Deposit, Withdraw or SelectAccount; personal data, never printed or logged. */
public record EndUser(String firstname, String lastname, String email, String mobilePhone, LocalDate dateOfBirth,
        String nationalIdentificationNumber, Boolean unchangeableNationalIdentificationNumber, String country,
        String locale, String ip) {

    public static Builder builder() {
        return new Builder();
    }

    /** Writes the attributes that are set. */
    public static void write(DataWriter attributes, EndUser user) {
        if (user == null) {
            return;
        }
        attributes.text("Firstname", user.firstname)
                .text("Lastname", user.lastname)
                .text("Email", user.email)
                .text("MobilePhone", user.mobilePhone)
                .date("DateOfBirth", user.dateOfBirth)
                .text("NationalIdentificationNumber", user.nationalIdentificationNumber)
                .flag("UnchangeableNationalIdentificationNumber", user.unchangeableNationalIdentificationNumber)
                .text("Country", user.country)
                .text("Locale", user.locale)
                .text("IP", user.ip);
    }

    /**
     * Firstname, Lastname, Country and Locale are always required; Email when
     * {@code contactRequired} (Deposit). An unchangeable national id needs the id itself.
     */
    public static void validate(EndUser user, boolean contactRequired) {
        Check.required("Attributes.Firstname", user == null ? null : user.firstname);
        Check.required("Attributes.Lastname", user.lastname);
        Check.country("Attributes.Country", user.country);
        Check.locale("Attributes.Locale", user.locale);
        if (contactRequired) {
            // MobilePhone is asked for by many merchant contracts but not by the API: the caller decides.
            Check.required("Attributes.Email", user.email);
        }
        Check.optionalDate("Attributes.DateOfBirth", user.dateOfBirth);
        if (Boolean.TRUE.equals(user.unchangeableNationalIdentificationNumber)) {
            Check.required("Attributes.NationalIdentificationNumber", user.nationalIdentificationNumber);
        }
    }

    @Override
    public String toString() {
        return "EndUser[<redacted>]";
    }

    /** Builds an {@link EndUser}; unset members are left out of the request. */
    public static final class Builder {
        private String firstname;
        private String lastname;
        private String email;
        private String mobilePhone;
        private LocalDate dateOfBirth;
        private String nationalIdentificationNumber;
        private Boolean unchangeableNationalIdentificationNumber;
        private String country;
        private String locale;
        private String ip;

        private Builder() {
        }

        public Builder firstname(String value) {
            firstname = value;
            return this;
        }

        public Builder lastname(String value) {
            lastname = value;
            return this;
        }

        public Builder email(String value) {
            email = value;
            return this;
        }

        public Builder mobilePhone(String value) {
            mobilePhone = value;
            return this;
        }

        public Builder dateOfBirth(LocalDate value) {
            dateOfBirth = value;
            return this;
        }

        /** The national id; {@code unchangeable} stops the end user editing it at Swedish banks. */
        public Builder nationalIdentificationNumber(String value, boolean unchangeable) {
            nationalIdentificationNumber = value;
            unchangeableNationalIdentificationNumber = unchangeable ? Boolean.TRUE : null;
            return this;
        }

        public Builder country(String value) {
            country = value;
            return this;
        }

        public Builder locale(String value) {
            locale = value;
            return this;
        }

        public Builder ip(String value) {
            ip = value;
            return this;
        }

        public EndUser build() {
            return new EndUser(firstname, lastname, email, mobilePhone, dateOfBirth, nationalIdentificationNumber,
                    unchangeableNationalIdentificationNumber, country, locale, ip);
        }
    }
}
