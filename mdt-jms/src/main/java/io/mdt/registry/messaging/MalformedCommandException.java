package io.mdt.registry.messaging;

/** The message body is not a model in JSON; the message says what is wrong, for the dead letter. */
class MalformedCommandException extends RuntimeException {

    MalformedCommandException(String reason) {
        super(reason);
    }
}
