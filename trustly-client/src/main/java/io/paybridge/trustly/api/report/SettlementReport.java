package io.paybridge.trustly.api.report;

import java.io.StringReader;
import java.util.List;

/** A settlement report as Trustly sent it (CSV text), parsed into rows on demand. */
public record SettlementReport(String csv) {

    /** The rows of the v1.2 report; a malformed report is a {@link io.paybridge.trustly.jsonrpc.MalformedMessageException}. */
    public List<SettlementRow> rows() {
        return SettlementCsvParser.parse(csv);
    }

    /** A strict reader of the v1.2 report, row by row with amounts in minor units; its header is checked at once. */
    public SettlementCsvReader reader() {
        return SettlementCsvReader.open(new StringReader(csv == null ? "" : csv));
    }
}
