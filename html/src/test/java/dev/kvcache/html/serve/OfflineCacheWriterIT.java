package dev.kvcache.html.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service worker's file list and version: the whole build, a new version for any change, safe
 * to rerun. An IT only because the html module runs no unit tests (its test phase is GWT's).
 */
class OfflineCacheWriterIT {
    @TempDir
    Path build;

    private void file(String name, String text) throws IOException {
        Path path = build.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private String worker() throws IOException {
        return Files.readString(build.resolve("sw.js"), StandardCharsets.UTF_8);
    }

    private static String version(String worker) {
        Matcher m = Pattern.compile("const VERSION = '([0-9a-f]+)';").matcher(worker);
        assertTrue(m.find(), worker);
        return m.group(1);
    }

    @Test
    void listsTheWholeBuildAndANewVersionForAnyChange() throws IOException {
        // The shipped worker, as the build copies it from src/main/webapp.
        Files.copy(Paths.get("src/main/webapp/sw.js"), build.resolve("sw.js"));
        file("index.html", "<html>");
        file("kvcache/kvcache.nocache.js", "nocache");
        file("kvcache/ABC.cache.js", "app");
        file("kvcache/kvcache.devmode.js", "devmode");
        file("kvcache/compilation-mappings.txt", "mappings");
        file("assets/assets.txt", "t:catalog/papers.json");

        assertEquals(4, OfflineCacheWriter.write(build));
        String first = worker();
        assertTrue(first.contains("const FILES = ['assets/assets.txt', 'index.html', 'kvcache/ABC.cache.js',"
                + " 'kvcache/kvcache.nocache.js'];"), first);
        assertTrue(first.contains("cache.addAll(['./'].concat(FILES))"), "the start page is cached too");

        OfflineCacheWriter.write(build);
        assertEquals(first, worker(), "a second run changes nothing");

        file("assets/assets.txt", "t:catalog/papers.json\nt:catalog/models.json");
        OfflineCacheWriter.write(build);
        assertNotEquals(version(first), version(worker()), "a changed asset is a new worker");
    }

    @Test
    void aWorkerWithoutTheLinesToFillIsAnError() throws IOException {
        file("sw.js", "self.addEventListener('fetch', () => {});");
        try {
            OfflineCacheWriter.write(build);
            throw new AssertionError("wrote a worker that has no file list");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().startsWith("sw.js has no line matching"), expected.getMessage());
        }
    }
}
