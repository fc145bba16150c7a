package no.eukg.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The project's version from the jar's manifest (set by the build; "dev" when run from classes),
 * and Jena's own, which the manifest keeps in Jena's package section (see the pom's jar plugin).
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"norway-eu-kg " + (v == null ? "dev" : v) + " (Apache Jena " + org.apache.jena.Jena.VERSION
                + ", Fuseki " + org.apache.jena.fuseki.Fuseki.VERSION + ")"};
    }
}
