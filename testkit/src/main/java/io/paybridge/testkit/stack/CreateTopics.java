package io.paybridge.testkit.stack;

import io.paybridge.testkit.kafka.CatalogTopics;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;

/** Creates the catalog topics (and their dead-letter topics) on the local stack's broker. */
public final class CreateTopics {

    private CreateTopics() {}

    public static void main(String[] args) {
        MainRunner.run("CreateTopics", () -> {
            StackSettings settings = StackSettings.fromEnvironment();
            try (Admin admin = KafkaAdmins.create(settings)) {
                Set<String> created = new TreeSet<>(CatalogTopics.ensure(admin, (short) 1));
                int wanted = CatalogTopics.wanted((short) 1).size();
                System.out.println(created.isEmpty()
                        ? "all " + wanted + " catalog topics exist"
                        : "created " + created.size() + " of " + wanted + " catalog topics: " + String.join(", ", created));
            } catch (IllegalStateException e) {
                throw new StackException(e.getMessage(), e);
            }
        });
    }
}
