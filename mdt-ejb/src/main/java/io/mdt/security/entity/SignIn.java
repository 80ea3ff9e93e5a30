package io.mdt.security.entity;

/** What a sign-in attempt with a password came to. Callers tell the user only "accepted" or not. */
public enum SignIn {
    ACCEPTED,
    WRONG_PASSWORD,
    LOCKED,
    DISABLED
}
