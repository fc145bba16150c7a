/**
 * Property-graph exports for visualisation tools: the store read once into a snapshot, turned into
 * a {@link no.eukg.export.graph.PropertyGraph} (JGraphT: nodes, edges with their facts, modality and
 * whether they are asserted, PageRank), and written as GraphML, GEXF, DOT or Cytoscape.js JSON.
 */
package no.eukg.export.graph;
