/**
 * Graphs for visualisation tools over HTTP: {@code /graph.graphml}, {@code .gexf}, {@code .dot},
 * {@code .json}, CONSTRUCT answers in those formats at {@code /sparql}, and the {@code /explore} page.
 */
package no.eukg.web.graph;
