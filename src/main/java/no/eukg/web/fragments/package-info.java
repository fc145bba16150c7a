/**
 * Triple and Quad Pattern Fragments at {@code /fragments} (the Linked Data Fragments
 * specification, with Hydra controls): the graph answered one pattern at a time, in pages, so that
 * a client such as Comunica does the joins and the server stays cheap and cacheable.
 * {@link no.eukg.web.fragments.FragmentsModule} adds it; {@link no.eukg.web.fragments.FragmentsServlet}
 * answers it.
 */
package no.eukg.web.fragments;
