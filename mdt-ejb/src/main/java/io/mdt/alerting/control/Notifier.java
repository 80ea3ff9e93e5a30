package io.mdt.alerting.control;

import io.mdt.alerting.entity.ChannelKind;

/** Sends notifications over one kind of channel. */
public interface Notifier {

    ChannelKind kind();

    /**
     * Sends the notification once.
     *
     * @throws NotificationFailure with a sentence saying what went wrong, when the channel did
     *     not take it
     */
    void send(Attempt attempt) throws NotificationFailure;
}
