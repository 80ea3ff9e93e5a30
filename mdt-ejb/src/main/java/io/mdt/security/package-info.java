/**
 * Security: who may use MDT. Owns the built-in user store (accounts with PBKDF2 password
 * hashes, sign-in throttling), the API keys of integrated systems, and MDT's four roles and
 * what each grants. How a request proves its identity (session, bearer token, key) is the web
 * module's; this component answers who a credential belongs to and with which roles.
 */
package io.mdt.security;
