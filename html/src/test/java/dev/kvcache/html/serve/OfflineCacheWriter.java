package dev.kvcache.html.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A build step after the GWT compile: writes into the build folder's {@code sw.js} the list of
 * files the service worker caches (every file of the folder but the worker itself and GWT's
 * development-mode leftovers) and a version, a hash of their names and contents, so every new
 * build is a new worker. Runs again safely: it replaces whatever list and version are there.
 */
public final class OfflineCacheWriter {
    static final String WORKER = "sw.js";
    private static final Pattern VERSION = Pattern.compile("(?m)^const VERSION = '[^'\\n]*';$");
    private static final Pattern FILES = Pattern.compile("(?m)^const FILES = \\[.*\\];$");
    /** GWT's files for development mode and its compile report: the page never loads them. */
    private static final List<String> LEFT_OUT = List.of("kvcache/kvcache.devmode.js",
            "kvcache/compilation-mappings.txt");

    private OfflineCacheWriter() {
    }

    /** The files the worker caches, relative to {@code folder}, with '/' separators, sorted. */
    static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals(WORKER) && !LEFT_OUT.contains(name) && !name.startsWith("WEB-INF/"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** A hash of every cached file's name and bytes: changes whenever any of them does. */
    static String version(Path folder, List<String> files) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : files) {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(folder.resolve(name)));
            }
            StringBuilder hex = new StringBuilder();
            for (byte b : sha.digest()) {
                hex.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            }
            return hex.substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rewrites {@code folder/sw.js}; returns how many files it lists. */
    static int write(Path folder) throws IOException {
        Path worker = folder.resolve(WORKER);
        String text = Files.readString(worker, StandardCharsets.UTF_8);
        List<String> files = files(folder);
        List<String> quoted = new ArrayList<>();
        for (String name : files) {
            if (name.indexOf('\'') >= 0 || name.indexOf('\\') >= 0) {
                throw new IllegalStateException("cannot list " + name + " in " + WORKER);
            }
            quoted.add("'" + name + "'");
        }
        String replaced = replaceOnce(VERSION, text, "const VERSION = '" + version(folder, files) + "';");
        replaced = replaceOnce(FILES, replaced, "const FILES = [" + String.join(", ", quoted) + "];");
        Files.writeString(worker, replaced, StandardCharsets.UTF_8);
        return files.size();
    }

    private static String replaceOnce(Pattern pattern, String text, String line) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(WORKER + " has no line matching " + pattern.pattern());
        }
        return text.substring(0, m.start()) + line + text.substring(m.end());
    }

    /** {@code OfflineCacheWriter <build folder>}. */
    public static void main(String[] args) throws IOException {
        Path folder = Paths.get(args.length > 0 ? args[0] : "html/target/kvcache-web");
        int count = write(folder);
        System.out.println("offline cache: " + folder.resolve(WORKER) + " lists " + count + " files");
    }
}
