package dev.kvcache.desktop.e2e;

import java.io.File;
import org.junit.jupiter.api.Assumptions;

/**
 * Decides whether an end-to-end test can run here. Under CI (CI=true) a missing display or browser
 * fails the test; on a developer's machine the test is skipped with what to install.
 */
public final class EndToEndEnvironment {
    private EndToEndEnvironment() {
    }

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Requires {@code condition}; otherwise fails under CI or skips with {@code howToFix}. */
    public static void require(boolean condition, String howToFix) {
        if (condition) {
            return;
        }
        if (isCi()) {
            throw new AssertionError("CI=true but " + howToFix);
        }
        System.out.println("SKIPPED end-to-end test: " + howToFix);
        Assumptions.assumeTrue(false, howToFix);
    }

    public static boolean executable(String path) {
        File file = new File(path);
        return file.isFile() && file.canExecute();
    }
}
