/**
 * How a request proves who it is, and what it may then reach: the authentication mechanism
 * (dashboard session, API key, password, bearer token), the access rules of pages and API
 * operations, and the security headers of every response.
 */
package io.mdt.security.web;
