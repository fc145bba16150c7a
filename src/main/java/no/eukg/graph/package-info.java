/**
 * From files to a dataset and the stores that hold it: the canonical {@link no.eukg.graph.Namespace},
 * the strict loader and its truthful default graph ({@link no.eukg.graph.GraphLoader}), the project
 * graph with its NIF text ({@link no.eukg.graph.ProjectGraph}), and the stores (memory, TDB2 with
 * atomic loads, a remote SPARQL endpoint). Knows no HTTP.
 */
package no.eukg.graph;
