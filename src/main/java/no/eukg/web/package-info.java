/**
 * The server and what every path family shares: {@link no.eukg.web.ServerFactory} assembles it (the
 * filters of every path, then each feature); {@link no.eukg.web.Site} is what a feature is given;
 * {@link no.eukg.web.Failures} is the one table from failure to status and
 * {@link no.eukg.web.ErrorWriter} its one rendering; {@link no.eukg.web.Versioned} keeps what is built
 * from one dataset version; {@link no.eukg.web.QueryGate} bounds evaluations; content negotiation is
 * {@link no.eukg.web.Negotiation}. The features are the sub-packages: {@code sparql}, {@code api},
 * {@code linked}, {@code graph}, {@code update}.
 */
package no.eukg.web;
