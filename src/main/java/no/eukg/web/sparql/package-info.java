/**
 * {@code /sparql}: the SPARQL 1.1 Protocol query endpoint, read-only, assembled in one place and one
 * order by {@link no.eukg.web.sparql.SparqlEndpoint}: the gate, the service description, other
 * features' answers (graph formats), and Fuseki's dispatch with our query processor.
 */
package no.eukg.web.sparql;
