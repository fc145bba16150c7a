/**
 * The releases of the dataset: their history ({@code releases/releases.ttl}), the full dataset of
 * each earlier release as it was published, and what changed between consecutive releases, fact
 * by fact. Knows no HTTP.
 */
package no.eukg.releases;
