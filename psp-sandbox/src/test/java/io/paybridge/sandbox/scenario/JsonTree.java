package io.paybridge.sandbox.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/** Expected JSON objects of string values, to compare whole notification data. */
final class JsonTree {

    private JsonTree() {
    }

    static ObjectNode object(Map<String, String> fields) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        fields.forEach(node::put);
        return node;
    }
}
