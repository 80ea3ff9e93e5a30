package io.mdt.security.web;

/** A bearer token that is not accepted, with why. */
class InvalidTokenException extends Exception {

    InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
