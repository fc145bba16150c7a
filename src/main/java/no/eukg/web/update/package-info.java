/**
 * {@code /update}: SPARQL Update when the server was started with {@code --update}, behind Basic
 * authentication, refusing cross-origin writes; each update moves the site to a new dataset version.
 */
package no.eukg.web.update;
