package dev.kvcache.data;

import com.badlogic.gdx.utils.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts a LibGDX {@link JsonValue} into the plain Map / List / Long / Double / String / Boolean tree the importers read. */
public final class JsonTrees {
    private JsonTrees() {
    }

    public static Object toPlain(JsonValue v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isObject()) {
            Map<String, Object> map = new LinkedHashMap<String, Object>();
            for (JsonValue child = v.child; child != null; child = child.next) {
                map.put(child.name, toPlain(child));
            }
            return map;
        }
        if (v.isArray()) {
            List<Object> list = new ArrayList<Object>();
            for (JsonValue child = v.child; child != null; child = child.next) {
                list.add(toPlain(child));
            }
            return list;
        }
        if (v.isLong()) {
            return Long.valueOf(v.asLong());
        }
        if (v.isDouble()) {
            return Double.valueOf(v.asDouble());
        }
        if (v.isBoolean()) {
            return Boolean.valueOf(v.asBoolean());
        }
        return v.asString();
    }
}
