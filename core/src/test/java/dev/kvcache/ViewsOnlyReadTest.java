package dev.kvcache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * render/ and ui/ read the scenario through HostView and SimulationView and send commands to the
 * CommandQueue, which the host applies at a tick boundary. They never name what changes the
 * scenario directly, nor build the app's wiring (startup, settings store, input): app/ does that.
 */
class ViewsOnlyReadTest {
    /** Types whose methods change the scenario or wire the app, and the input hook only app/ sets. */
    static final String[] FORBIDDEN = {"SimulationHost", "Simulation", "ActionHandler", "AppConsole", "HostFrame",
        "HostStartup", "SettingsStore", "StartupScenario", "InputMultiplexer", "Gdx.input"};

    @Test
    void viewsNameOnlyTheReadOnlyViewsAndTheQueue() throws IOException {
        List<String> offences = new ArrayList<>();
        Path main = Paths.get("src/main/java/dev/kvcache");
        for (String pkg : new String[] {"render", "ui"}) {
            try (Stream<Path> files = Files.walk(main.resolve(pkg))) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    offences.addAll(offences(f.getFileName().toString(), Files.readString(f)));
                }
            }
        }
        assertEquals("[]", offences.toString());
    }

    @Test
    void theCheckTellsTheViewsFromTheMutableTypes() {
        String reads = "class A {\n  void draw(HostView host, SimulationView simulation) {}\n"
                + "  // the SimulationHost applies commands\n}\n";
        assertEquals(List.of(), offences("A.java", reads));
        String commands = "class B {\n  void draw(SimulationHost host) { host.simulation().step(); }\n}\n";
        assertEquals(List.of("B.java uses SimulationHost"), offences("B.java", commands));
        String input = "class C {\n  C() { Gdx.input.setInputProcessor(null); Simulation s = null; }\n}\n";
        assertEquals(List.of("C.java uses Simulation", "C.java uses Gdx.input"), offences("C.java", input));
    }

    /** The forbidden names {@code text} uses as whole words outside comment lines. */
    static List<String> offences(String name, String text) {
        List<String> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (t.startsWith("//") || t.startsWith("*") || t.startsWith("/*")) {
                continue;
            }
            for (String bad : FORBIDDEN) {
                String offence = name + " uses " + bad;
                if (usesWord(t, bad) && !found.contains(offence)) {
                    found.add(offence);
                }
            }
        }
        return found;
    }

    private static boolean usesWord(String line, String word) {
        for (int at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isJavaIdentifierPart(line.charAt(at - 1));
            boolean endsWord = end == line.length() || !Character.isJavaIdentifierPart(line.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }
}
