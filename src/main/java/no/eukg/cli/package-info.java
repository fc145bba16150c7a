/**
 * The command line (picocli): one class per command ({@code serve}, {@code query}, {@code export},
 * {@code load}, {@code validate}), shared options as mixins, exit codes in {@link no.eukg.cli.Main}.
 */
package no.eukg.cli;
