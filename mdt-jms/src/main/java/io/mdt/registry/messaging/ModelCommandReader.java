package io.mdt.registry.messaging;

import io.mdt.platform.boundary.MalformedJsonException;
import io.mdt.platform.control.JsonBinding;
import io.mdt.platform.control.StrictJson;
import io.mdt.registry.boundary.ModelDraft;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.io.StringReader;

/** Reads a {@link ModelDraft} from the JSON text of a {@code model-commands} message. */
final class ModelCommandReader {

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

    /** Read as strictly as the same JSON posted to the API: exact types, no unknown or repeated member. */
    static ModelDraft parse(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedCommandException("the message body is empty; expected a JSON model");
        }
        try {
            return JsonBinding.bind(StrictJson.parse(new StringReader(json)), ModelDraft.class);
        } catch (MalformedJsonException e) {
            throw new MalformedCommandException("malformed JSON: " + e.getMessage());
        }
    }
}
