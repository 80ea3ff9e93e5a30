package io.mdt.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An SMTP server for the test run (GreenMail, in memory, on a free port of 127.0.0.1), to
 * which MDT's mail session {@code mail/mdt} sends. {@link RunningMdt} starts it before the
 * stack, so that the domain is configured for it, and stops it after; tests get it as a
 * parameter. It accepts mail for any address without a login. One server serves every test
 * of the run, so each test sends to recipients of its own ({@link #uniqueAddress}) and
 * reads only theirs.
 */
public final class MailServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static MailServer start() {
        var greenMail = new GreenMail(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        return new MailServer(greenMail);
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** An address no other test sends to, e.g. {@code oncall-1a2b3c4d@mdt.test}. */
    public static String uniqueAddress(String prefix) {
        return Mdt.uniqueName(prefix) + "@mdt.test";
    }

    /** The messages received so far for this recipient (To, Cc or Bcc), oldest first. */
    public List<MimeMessage> messagesTo(String recipient) {
        return greenMail
                .findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(recipient), message -> true)
                .toList();
    }

    /**
     * Waits until at least {@code count} messages for the recipient have arrived and returns
     * all of them; fails, saying how many came, when the timeout passes first.
     */
    public List<MimeMessage> awaitMessagesTo(String recipient, int count, Duration timeout)
            throws InterruptedException {
        var deadline = Instant.now().plus(timeout);
        var messages = messagesTo(recipient);
        while (messages.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            messages = messagesTo(recipient);
        }
        if (messages.size() < count) {
            throw new AssertionError("expected " + count + " e-mail(s) to " + recipient + " within " + timeout
                    + ", got " + messages.size() + subjects(messages));
        }
        return messages;
    }

    private static String subjects(List<MimeMessage> messages) {
        try {
            var subjects = new StringBuilder();
            for (var message : messages) {
                subjects.append(subjects.isEmpty() ? ": " : ", ")
                        .append('"')
                        .append(message.getSubject())
                        .append('"');
            }
            return subjects.toString();
        } catch (MessagingException e) {
            return "";
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
