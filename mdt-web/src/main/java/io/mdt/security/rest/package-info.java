/** The API of accounts, API keys and the caller itself. */
package io.mdt.security.rest;
