package io.paybridge.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.payments.v1.DepositCredited;
import io.paybridge.contracts.payments.v1.PspNotification;
import java.util.Collection;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void everyGeneratedTopLevelRecordIsCarriedByExactlyOneTopic() {
        List<Class<? extends SpecificRecord>> generated =
                ContractSchemas.current().stream().map(ContractSchemas::generatedClass).toList();

        assertThat(generated).hasSize(38);
        for (Class<? extends SpecificRecord> type : generated) {
            assertThat(Topics.all().stream().filter(topic -> topic.carries(type)))
                    .as("topics carrying %s", type.getName())
                    .hasSize(1);
        }
        assertThat(Topics.all().stream().map(TopicSpec::valueTypes).flatMap(Collection::stream))
                .containsExactlyInAnyOrderElementsOf(generated);
    }

    @Test
    void everyRecordCarriesTheFourCommonFieldsWithTheirTypes() {
        for (Class<? extends SpecificRecord> type : catalogTypes()) {
            Schema schema = SpecificData.get().getSchema(type);

            assertThat(schema.getField("eventId").schema().getType()).as("%s.eventId", type).isEqualTo(Schema.Type.STRING);
            Schema occurredAt = schema.getField("occurredAt").schema();
            assertThat(occurredAt.getType()).as("%s.occurredAt", type).isEqualTo(Schema.Type.LONG);
            assertThat(occurredAt.getLogicalType()).as("%s.occurredAt", type).isEqualTo(LogicalTypes.timestampMicros());
            assertThat(schema.getField("paymentReference").schema().getType())
                    .as("%s.paymentReference", type)
                    .isEqualTo(Schema.Type.STRING);
            assertThat(schema.getField("correlationId").schema().getType())
                    .as("%s.correlationId", type)
                    .isEqualTo(Schema.Type.STRING);
        }
    }

    @Test
    void everyCommandCarriesItsIdempotencyKey() {
        for (Class<? extends SpecificRecord> type : Topics.COMMANDS.valueTypes()) {
            Schema.Field commandId = SpecificData.get().getSchema(type).getField("commandId");
            assertThat(commandId).as("%s.commandId", type).isNotNull();
            assertThat(commandId.schema().getType()).isEqualTo(Schema.Type.STRING);
        }
    }

    @Test
    void findsTopicsByName() {
        assertThat(Topics.byName("payments.events.v1")).contains(Topics.EVENTS);
        assertThat(Topics.byName("payments.unknown.v1")).isEmpty();
        assertThat(Topics.EVENTS.carries(DepositCredited.class)).isTrue();
        assertThat(Topics.EVENTS.carries(PspNotification.class)).isFalse();
    }

    private static List<Class<? extends SpecificRecord>> catalogTypes() {
        return Topics.all().stream().map(TopicSpec::valueTypes).flatMap(Collection::stream).toList();
    }
}
