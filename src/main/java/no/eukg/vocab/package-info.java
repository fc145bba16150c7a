/** Vocabulary constants the libraries lack: one final class per vocabulary. */
package no.eukg.vocab;
