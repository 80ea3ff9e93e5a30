package io.mdt.platform.control;

/**
 * What text MDT accepts: valid Unicode that PostgreSQL can store. PostgreSQL rejects U+0000 in
 * {@code text}, and an unpaired surrogate has no UTF-8 form, so a driver or decoder would replace
 * it, and two distinct values would become one. Such text is rejected where it enters, never
 * replaced.
 */
public final class StorableText {

    private StorableText() {}

    /** Why the text cannot be stored, or null when it can. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "contains the NUL character (U+0000), which cannot be stored";
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return "is not valid Unicode: an unpaired surrogate (U+"
                            + Integer.toHexString(c).toUpperCase() + ") at character " + i;
                }
            }
        }
        return null;
    }

    public static boolean storable(String text) {
        return problem(text) == null;
    }

    /**
     * The text in single quotes for a message, with NUL and unpaired surrogates written as
     * {@code \\uXXXX} escapes, so that a message about bad text can itself be stored and sent.
     */
    public static String quote(String text) {
        var quoted = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                quoted.append(c).append(text.charAt(++i));
            } else if (c == 0 || Character.isSurrogate(c)) {
                quoted.append(String.format("\\u%04X", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('\'').toString();
    }
}
