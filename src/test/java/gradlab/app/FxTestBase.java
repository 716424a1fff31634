package gradlab.app;

import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Base of the headless UI tests: Monocle's headless glass platform and the software renderer are
 * switched on by surefire's argLine (see pom.xml), so the same tests run with and without a display.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class FxTestBase {
}
