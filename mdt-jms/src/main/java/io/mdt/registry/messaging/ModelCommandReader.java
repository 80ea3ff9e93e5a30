package io.mdt.registry.messaging;

import io.mdt.registry.boundary.ModelDraft;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/** Reads a {@link ModelDraft} from the JSON text of a {@code model-commands} message. */
final class ModelCommandReader {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ModelCommandReader() {}

    static ModelDraft read(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new MalformedCommandException("expected a text message with a JSON model, got "
                    + message.getClass().getSimpleName());
        }
        try {
            return parse(text.getText());
        } catch (JMSException e) {
            throw new MalformedCommandException("cannot read the message body: " + e.getMessage());
        }
    }

    static ModelDraft parse(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedCommandException("the message body is empty; expected a JSON model");
        }
        try {
            var draft = JSONB.fromJson(json, ModelDraft.class);
            if (draft == null) {
                throw new MalformedCommandException("expected a JSON object describing a model");
            }
            return draft;
        } catch (JsonbException e) {
            throw new MalformedCommandException("malformed JSON: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable error) {
        var cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? error.getMessage() : cause.getMessage();
    }
}
