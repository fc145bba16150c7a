/**
 * The canned queries as a Web API ({@code /api/queries}, {@code /api/openapi.json}, {@code /api/}):
 * catalogue, runs in every result format with ETags and a cache per dataset version, HTML forms and
 * tables, OpenAPI 3 and swagger-ui.
 */
package no.eukg.web.api;
