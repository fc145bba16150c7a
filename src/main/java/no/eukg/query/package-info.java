/**
 * The canned-query catalogue (grlc conventions): headers, typed parameters bound on the parsed
 * query, runs with pagination and provenance, and the result formats. Used by the Web API and
 * the {@code query} command alike.
 */
package no.eukg.query;
