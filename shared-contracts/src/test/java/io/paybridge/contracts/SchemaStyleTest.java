package io.paybridge.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class SchemaStyleTest {

    /** Field names that would carry personal data (architecture rule 8). */
    private static final Set<String> PERSONAL = Set.of(
            "name", "firstname", "lastname", "address", "zipcode", "city", "email", "phone", "personid",
            "nationalid", "dateofbirth", "birthdate", "accountnumber", "iban", "ssn");

    @Test
    void everyRecordEnumAndFieldIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        for (Schema schema : ContractSchemas.current()) {
            visit(schema, (owner, field) -> {
                if (isBlank(field.doc())) {
                    undocumented.add(owner.getFullName() + "." + field.name());
                }
            }, named -> {
                if (isBlank(named.getDoc())) {
                    undocumented.add(named.getFullName());
                }
            });
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void optionalFieldsAreNullFirstUnionsDefaultingToNull() {
        List<String> offending = new ArrayList<>();
        for (Schema schema : ContractSchemas.current()) {
            visit(schema, (owner, field) -> {
                if (field.schema().getType() == Schema.Type.UNION) {
                    List<Schema> branches = field.schema().getTypes();
                    boolean nullFirstPair = branches.size() == 2 && branches.get(0).getType() == Schema.Type.NULL;
                    if (!nullFirstPair || field.defaultVal() != JsonProperties.NULL_VALUE) {
                        offending.add(owner.getFullName() + "." + field.name());
                    }
                }
            }, named -> {});
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void moneyIsLongMinorUnitsBesideACurrency() {
        List<String> offending = new ArrayList<>();
        for (Schema schema : ContractSchemas.current()) {
            visit(schema, (owner, field) -> {
                if (field.name().equals("amount")) {
                    Schema.Field currency = owner.getField("currency");
                    if (nonNull(field.schema()).getType() != Schema.Type.LONG
                            || currency == null
                            || nonNull(currency.schema()).getType() != Schema.Type.STRING) {
                        offending.add(owner.getFullName());
                    }
                }
            }, named -> {});
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void noFieldIsNamedAfterPersonalData() {
        List<String> offending = new ArrayList<>();
        for (Schema schema : ContractSchemas.current()) {
            visit(schema, (owner, field) -> {
                if (PERSONAL.contains(field.name().toLowerCase(Locale.ROOT))) {
                    offending.add(owner.getFullName() + "." + field.name());
                }
            }, named -> {});
        }
        assertThat(offending).isEmpty();
    }

    private interface FieldVisitor {
        void field(Schema owner, Schema.Field field);
    }

    private interface NamedVisitor {
        void named(Schema named);
    }

    private static void visit(Schema schema, FieldVisitor fields, NamedVisitor named) {
        switch (schema.getType()) {
            case RECORD -> {
                named.named(schema);
                for (Schema.Field field : schema.getFields()) {
                    fields.field(schema, field);
                    visit(field.schema(), fields, named);
                }
            }
            case ENUM -> named.named(schema);
            case UNION -> schema.getTypes().forEach(branch -> visit(branch, fields, named));
            case ARRAY -> visit(schema.getElementType(), fields, named);
            case MAP -> visit(schema.getValueType(), fields, named);
            default -> {}
        }
    }

    private static Schema nonNull(Schema schema) {
        return schema.getType() == Schema.Type.UNION ? schema.getTypes().get(1) : schema;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
