package io.mdt.alerting.control;

/** A channel did not take a notification; the message is a sentence for the people who read the notification's record. */
public class NotificationFailure extends Exception {

    public NotificationFailure(String message) {
        super(message);
    }

    public NotificationFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
