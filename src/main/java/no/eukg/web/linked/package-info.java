/**
 * Linked data over HTTP: {@code /id/} (303 by {@code Accept}), {@code /page/}, {@code /data/}, the
 * ontology, the source text, VoID and DCAT, the dumps, search, the home page and the JSON-LD
 * context. Every canonical IRI is served at its path; links stay on the public base.
 */
package no.eukg.web.linked;
