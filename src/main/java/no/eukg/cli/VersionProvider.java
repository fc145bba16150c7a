package no.eukg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by the build), or "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"norway-eu-kg " + (v == null ? "dev" : v)
                + " (Apache Jena " + org.apache.jena.sys.JenaSystem.class.getPackage().getImplementationVersion() + ")"};
    }
}
