package dev.kvcache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package imports only the packages below it, in the order the README's code layout gives:
 * quantities (units) and the catalogs, input and the simulation at the bottom, then the memory engine, the data readers,
 * the scenario glue, the host, the views, the controls, and the app with its launchers on top.
 * A reference by full name counts like an import.
 */
class PackageDirectionTest {
    /** Bottom to top: a package may use the ones before it and itself, never one after it. */
    static final List<String> ORDER = Arrays.asList("units", "catalog", "catalog.hf", "input", "sim", "memory", "timing", "data",
            "scenario", "host", "render", "ui", "app", "desktop", "html");

    @Test
    void everyPackageImportsOnlyPackagesBelowIt() throws IOException {
        List<String> offences = new ArrayList<>();
        for (String root : new String[] {"src/main/java", "../desktop/src/main/java", "../html/src/main/java"}) {
            try (Stream<Path> files = Files.walk(Paths.get(root))) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    offences.addAll(offences(f.toString(), Files.readString(f)));
                }
            }
        }
        assertEquals("[]", offences.toString());
    }

    @Test
    void theCheckFindsAnUpwardImportAndAFullNameReference() {
        String sim = "package dev.kvcache.sim;\nimport dev.kvcache.memory.Scenario;\nclass A {}\n";
        assertEquals(List.of("A.java: sim uses memory"), offences("A.java", sim));
        String render = "package dev.kvcache.render;\nclass B { int x = dev.kvcache.ui.PanelBox.PAD; }\n";
        assertEquals(List.of("B.java: render uses ui"), offences("B.java", render));
        String hf = "package dev.kvcache.catalog.hf;\nimport dev.kvcache.catalog.ModelSpec;\nclass C {}\n";
        assertEquals(List.of(), offences("C.java", hf));
        String catalog = "package dev.kvcache.catalog;\nimport dev.kvcache.catalog.hf.ConfigTree;\nclass D {}\n";
        assertEquals(List.of("D.java: catalog uses catalog.hf"), offences("D.java", catalog));
    }

    /** What {@code text} (the source of {@code name}) uses from packages above its own. */
    static List<String> offences(String name, String text) {
        List<String> found = new ArrayList<>();
        String own = null;
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (t.startsWith("package ")) {
                own = layer(t.substring("package ".length(), t.indexOf(';')));
                continue;
            }
            if (own == null || t.startsWith("//") || t.startsWith("*") || t.startsWith("/*")) {
                continue;
            }
            int at = t.indexOf("dev.kvcache.");
            while (at >= 0) {
                String used = layer(qualifiedName(t, at));
                if (used != null && ORDER.indexOf(used) > ORDER.indexOf(own)) {
                    String offence = name + ": " + own + " uses " + used;
                    if (!found.contains(offence)) {
                        found.add(offence);
                    }
                }
                at = t.indexOf("dev.kvcache.", at + 1);
            }
        }
        return found;
    }

    private static String qualifiedName(String line, int start) {
        int end = start;
        while (end < line.length() && (Character.isJavaIdentifierPart(line.charAt(end)) || line.charAt(end) == '.')) {
            end++;
        }
        return line.substring(start, end);
    }

    /** The layer of a package or a class's full name: the longest entry of {@link #ORDER} it starts with. */
    private static String layer(String qualified) {
        String rest = qualified.substring("dev.kvcache".length());
        String best = null;
        for (String candidate : ORDER) {
            String prefix = "." + candidate;
            if ((rest.equals(prefix) || rest.startsWith(prefix + ".")) && (best == null || candidate.length() > best.length())) {
                best = candidate;
            }
        }
        return best;
    }
}
