package dev.kvcache;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.hf.HfConfigImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Loads the reference fixtures copied into test resources (configs, CSVs) for tests. */
public final class ReferenceData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceData() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> config(String name) {
        try (InputStream in = open("reference/hf-configs/" + name + ".json")) {
            return JSON.readValue(in, Map.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ModelSpec model(String name) {
        return HfConfigImporter.read(config(name), name, name + ".json").build();
    }

    /** Rows of a CSV fixture without comment lines; fields split on commas outside quotes. */
    public static List<Map<String, String>> csv(String name) {
        List<Map<String, String>> rows = new ArrayList<>();
        String text = text("reference/" + name);
        String[] header = null;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = splitCsv(line);
            if (header == null) {
                header = fields.toArray(new String[0]);
                continue;
            }
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.length && i < fields.size(); i++) {
                row.put(header[i], fields.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    public static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        return in;
    }

    private static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
