package io.mdt.audit.boundary;

/** The client address, HTTP method and path of a request; all null for work no request started. */
public record Origin(String remoteAddress, String method, String path) {

    public static final Origin NONE = new Origin(null, null, null);

    public Origin {
        remoteAddress = cut(remoteAddress, 100);
        method = cut(method, 10);
        path = cut(path, 2000);
    }

    /** The text cut to at most {@code max} characters, never inside a surrogate pair. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }
}
