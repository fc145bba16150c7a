/**
 * The source text as NIF 2.0: sentences, offsets, entity mentions found by their names, and the
 * coverage of facts and sentences (every fact cites a sentence, every sentence is cited).
 */
package no.eukg.text;
