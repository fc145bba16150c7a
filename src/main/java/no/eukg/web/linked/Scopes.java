package no.eukg.web.linked;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepares view models for Mustache, which treats an empty list as false but cannot test a list
 * for content without iterating it: every list-valued key {@code xs} gets a sibling
 * {@code hasXs}, in every nested map, so a template can write a heading once.
 */
final class Scopes {
    private Scopes() { }

    /** A copy of {@code model} with the {@code has...} flags added at every level. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withFlags(Map<String, ?> model) {
        Map<String, Object> out = new LinkedHashMap<>();
        model.forEach((k, v) -> {
            Object value = flag(v);
            out.put(k, value);
            if (v instanceof List<?> list)
                out.put("has" + Character.toUpperCase(k.charAt(0)) + k.substring(1), !list.isEmpty());
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object flag(Object v) {
        if (v instanceof Map<?, ?> m)
            return withFlags((Map<String, ?>) m);
        if (v instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object o : list)
                copy.add(flag(o));
            return copy;
        }
        return v;
    }
}
