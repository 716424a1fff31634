package gradlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The program's version, as the pom names it: Maven writes it into {@code gradlab/version.properties}
 * when it copies the resources. Every command answers {@code -V} / {@code --version} with it.
 */
final class Version implements CommandLine.IVersionProvider {
    static final String RESOURCE = "/gradlab/version.properties";

    /** The version, e.g. {@code 0.1.0}; "unknown" when the program was built without Maven. */
    static String number() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isBlank() && !version.contains("${")) return version.strip();
            }
        } catch (IOException | IllegalArgumentException e) {
            // a damaged resource: fall back to the jar's manifest
        }
        String fromManifest = Version.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : "unknown";
    }

    /** What {@code --version} prints: the program's name and version. */
    static String line() { return "Gradient Lab " + number(); }

    @Override
    public String[] getVersion() { return new String[] {line()}; }
}
