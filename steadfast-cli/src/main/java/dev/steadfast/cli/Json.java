package dev.steadfast.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The command line's JSON writer, made on first use: a table-printing run never loads Jackson
 * (creating an ObjectMapper costs a few hundredths of a second of start-up).
 */
final class Json {
    private Json() {
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** The shared mapper (thread-safe once configured; never reconfigured). */
    static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    /** The document, pretty-printed. */
    static String pretty(Object document) {
        try {
            return Holder.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
