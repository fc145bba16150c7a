/**
 * norway-eu-kg: a linked-data publisher for one curated knowledge graph. {@link no.eukg.Publisher}
 * is the composition root (files -> a store -> a server with every feature); data flows one way:
 * {@code graph} (files to a dataset) -> {@code query}, {@code export}, {@code linked} -> {@code web}.
 */
package no.eukg;
