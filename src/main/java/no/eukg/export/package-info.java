/**
 * RDF out: the syntaxes and their names ({@link no.eukg.export.RdfSyntax}), the one prefix table
 * and JSON-LD context, the writers, and the dumps (full dataset and truthy graph), each read back
 * by RDF4J Rio through the {@link no.eukg.export.InteropGate} before it is offered. The
 * property-graph exports are a feature of their own, in {@code export.graph}.
 */
package no.eukg.export;
