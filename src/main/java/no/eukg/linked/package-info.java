/**
 * What linked data says about the graph, without HTTP: resource descriptions, labels, label search
 * (Lucene or SPARQL), the dataset statistics and its VoID/DCAT description, the source text and the
 * ontology as documents.
 */
package no.eukg.linked;
