package dev.kvcache.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening a paper on the desktop: the launcher gets the address, and a missing or failing browser is a notice. */
class SystemBrowserTest {
    private static final String URL = "https://arxiv.org/abs/2309.06180";

    @Test
    void aMissingLauncherIsOneNoticeAtOnce() {
        List<String> notices = new ArrayList<>();
        new SystemBrowser(List.of("/nonexistent/kvcache-no-browser"), Runnable::run).open(URL, notices::add).join();
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("no browser available to open " + URL + " (/nonexistent/kvcache-no-browser: "),
                notices.get(0));
    }

    @Test
    void aLauncherThatFailsIsReportedWhenItExits() {
        assumeTrue(new File("/bin/sh").canExecute(), "needs a POSIX shell");
        List<String> notices = new ArrayList<>();
        // Like xdg-open with no browser to run: it exits with 3 ("a required tool could not be found").
        new SystemBrowser(List.of("/bin/sh", "-c", "exit 3", "browser"), Runnable::run).open(URL, notices::add).join();
        assertEquals(List.of("opening " + URL + " in the system browser",
                "no browser opened " + URL + " (/bin/sh exited with 3)"), notices);
    }

    @Test
    void theLauncherGetsTheAddressAsOneArgument() throws Exception {
        assumeTrue(new File("/bin/sh").canExecute(), "needs a POSIX shell");
        File out = File.createTempFile("kvcache-browser", ".txt");
        out.deleteOnExit();
        List<String> notices = new ArrayList<>();
        String url = "https://example.org/a?b=1&c=$(touch /tmp/kvcache-never)";
        new SystemBrowser(List.of("/bin/sh", "-c", "printf %s \"$1\" > " + out.getAbsolutePath(), "browser"),
                Runnable::run).open(url, notices::add).join();
        assertEquals(url, new String(java.nio.file.Files.readAllBytes(out.toPath()), "UTF-8"), "passed as is, never run");
        assertEquals(List.of("opening " + url + " in the system browser"), notices);
    }

    @Test
    void eachSystemHasItsLauncher() {
        String os = System.getProperty("os.name");
        try {
            System.setProperty("os.name", "Mac OS X");
            assertEquals(List.of("open"), SystemBrowser.commandForThisSystem());
            System.setProperty("os.name", "Windows 11");
            assertEquals(List.of("rundll32", "url.dll,FileProtocolHandler"), SystemBrowser.commandForThisSystem());
            System.setProperty("os.name", "Linux");
            assertEquals(List.of("xdg-open"), SystemBrowser.commandForThisSystem());
        } finally {
            System.setProperty("os.name", os);
        }
    }
}
