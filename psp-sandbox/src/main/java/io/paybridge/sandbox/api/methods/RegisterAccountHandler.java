package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.paybridge.sandbox.account.BankAccountNumber;
import io.paybridge.sandbox.account.BankAccounts;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.CommonFields;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.api.RequestFields;
import io.paybridge.sandbox.api.TrustlyError;
import io.paybridge.sandbox.api.TrustlyException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * RegisterAccount: an AccountID for bank account details without the end user; the same details always
 * give the same AccountID. A malformed account is ERROR_INVALID_BANK_ACCOUNT_NUMBER.
 */
@ApplicationScoped
public class RegisterAccountHandler implements MethodHandler {

    private final BankAccounts accounts;

    public RegisterAccountHandler(BankAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String method() {
        return "RegisterAccount";
    }

    @Override
    public Uni<JsonNode> handle(ApiCall call) {
        RequestFields data = call.data();
        String endUserId = CommonFields.endUserId(data);
        String clearinghouse = data.text("ClearingHouse");
        if (!BankAccountNumber.isClearinghouse(clearinghouse)) {
            throw TrustlyException.invalidParameter("ClearingHouse", "is not a clearinghouse name");
        }
        String bankNumber = data.optionalText("BankNumber")
                .orElseThrow(() -> TrustlyException.invalidParameter("BankNumber", "is required (empty for IBAN countries)"));
        String accountNumber = data.text("AccountNumber");
        data.text("Firstname");
        data.text("Lastname");
        data.optionalAttributes();
        BankAccountNumber number = BankAccountNumber.parse(clearinghouse, bankNumber, accountNumber)
                .orElseThrow(() -> new TrustlyException(TrustlyError.INVALID_BANK_ACCOUNT_NUMBER,
                        "BankNumber and AccountNumber do not fit the clearinghouse"));
        return accounts.register(call.merchantUsername(), endUserId, number)
                .map(account -> JsonNodeFactory.instance.objectNode()
                        .put("accountid", account.accountId)
                        .put("clearinghouse", account.clearinghouse)
                        .put("bank", account.bank)
                        .put("descriptor", account.descriptor));
    }
}
