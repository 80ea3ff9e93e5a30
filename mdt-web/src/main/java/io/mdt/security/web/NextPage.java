package io.mdt.security.web;

/**
 * Where a sign-in goes on to: the page asked for when it is a path of MDT's own, else the start
 * page. Never another site (an absolute or scheme-relative URL), and nothing a browser might
 * read as one ({@code /\evil.example}) or that could split a header.
 */
public final class NextPage {

    private NextPage() {}

    /** {@code next} when it is a same-origin absolute path, else {@code /}. */
    public static String of(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return next;
    }
}
