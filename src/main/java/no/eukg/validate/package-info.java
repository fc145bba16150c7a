/**
 * {@code validate}: every check of a project in one report of located problems (Jena and RDF4J
 * parsing, SHACL, text coverage, queries), from one parse whose graph the server then serves.
 */
package no.eukg.validate;
