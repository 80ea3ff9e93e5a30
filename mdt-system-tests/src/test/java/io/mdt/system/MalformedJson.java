package io.mdt.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Generates malformed variants of a valid JSON document, kind by kind: every leaf replaced by
 * values of the wrong type, out of range, not storable or too large; every object given an
 * unknown or a repeated member; deep nesting; and damage to the document itself (trailing
 * content, truncation, bytes that are not UTF-8, the wrong top-level value). Documents are
 * trees of maps, lists and scalars; {@link Raw} holds JSON written as is.
 */
final class MalformedJson {

    /** JSON text put into a document unchanged, for what a tree cannot hold (a repeated member). */
    record Raw(String json) {}

    /**
     * One malformed document and what was done to it; {@code refused} when no reading of the
     * documented rules could take it (a wrong type, text that cannot be stored, damage to the
     * JSON itself), as opposed to values that some members take.
     */
    record Variant(String description, byte[] body, boolean refused) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Values that no documented member takes as they are, or that no store may take. */
    static final List<Raw> BAD_VALUES = List.of(
            new Raw("\"a\\u0000b\""),
            new Raw("\"\\ud800\""),
            new Raw("\"x\\udc00\""),
            new Raw("5"),
            new Raw("-1"),
            new Raw("1.5"),
            new Raw("1e400"),
            new Raw("-9223372036854775809"),
            new Raw("9223372036854775807"),
            new Raw("\"NaN\""),
            new Raw("\"Infinity\""),
            new Raw("true"),
            new Raw("[]"),
            new Raw("{}"),
            new Raw("\"\""),
            new Raw("\"" + "x".repeat(5_000) + "\""),
            new Raw("\"0000-01-01T00:00:00Z\""),
            new Raw("\"+10000-01-01T00:00:00Z\""),
            new Raw("\"*/0 * * * *\""),
            new Raw("\"60 * * * *\""),
            new Raw("\"PT9223372036854775807S\""),
            new Raw("[".repeat(10_000) + "]".repeat(10_000)));

    private MalformedJson() {}

    /** Every variant of the document. */
    static List<Variant> variants(Object document) {
        var variants = new ArrayList<Variant>();
        leaves(document, "", replacement -> replacement, variants);
        members(document, "", replacement -> replacement, variants);
        var text = write(document);
        variants.add(new Variant("content after the value", bytes(text + " {}"), true));
        variants.add(new Variant("a second value", bytes(text + text), true));
        variants.add(new Variant("truncated", bytes(text.substring(0, text.length() / 2)), true));
        variants.add(new Variant("empty", new byte[0], true));
        variants.add(new Variant("white space only", bytes("  \n "), true));
        variants.add(new Variant("null", bytes("null"), true));
        variants.add(new Variant("a number", bytes("42"), true));
        variants.add(new Variant("a string", bytes("\"text\""), true));
        variants.add(new Variant("not JSON", bytes("name=x&taskType=y"), true));
        variants.add(new Variant("invalid UTF-8", invalidUtf8(text), true));
        return variants;
    }

    /** Variants of each leaf, for batches: the record replaced in place by each damaged copy. */
    static List<Variant> recordVariants(Object record) {
        var variants = new ArrayList<Variant>();
        leaves(record, "", replacement -> replacement, variants);
        members(record, "", replacement -> replacement, variants);
        return variants;
    }

    private static void leaves(Object node, String path, Function<Object, Object> rebuild, List<Variant> into) {
        if (node instanceof Map<?, ?> map) {
            for (var key : map.keySet()) {
                var name = String.valueOf(key);
                leaves(map.get(key), path + "." + name, value -> rebuild.apply(with(map, name, value)), into);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                int index = i;
                leaves(list.get(i), path + "[" + i + "]", value -> rebuild.apply(with(list, index, value)), into);
            }
        } else {
            for (var bad : BAD_VALUES) {
                var shown = bad.json().length() > 40 ? bad.json().substring(0, 40) + "..." : bad.json();
                into.add(new Variant(path + " = " + shown, bytes(write(rebuild.apply(bad))), refused(node, bad)));
            }
        }
    }

    /**
     * Whether a value in place of the original leaf breaks every documented rule: text that
     * cannot be stored, nesting, or a kind of value the member never takes (a string takes no
     * boolean, array or object; a number no string; a boolean nothing else). Numbers are
     * allowed in place of strings, since categorical values may be sent as numbers.
     */
    private static boolean refused(Object original, Raw bad) {
        var json = bad.json();
        if (json.contains("\\u0000") || json.contains("\\ud800") || json.contains("\\udc00") || json.startsWith("[[")) {
            return true;
        }
        boolean string = json.startsWith("\"");
        boolean structured = json.startsWith("[") || json.startsWith("{") || json.equals("true");
        if (original instanceof String) {
            return structured;
        }
        if (original instanceof Number) {
            return string || structured || json.equals("1e400");
        }
        if (original instanceof Boolean) {
            return !json.equals("true");
        }
        return false;
    }

    private static void members(Object node, String path, Function<Object, Object> rebuild, List<Variant> into) {
        if (node instanceof Map<?, ?> map && !map.isEmpty()) {
            var unknown = new LinkedHashMap<Object, Object>(map);
            unknown.put("unknownMember", 1);
            into.add(new Variant(path + " with an unknown member", bytes(write(rebuild.apply(unknown))), true));
            var first = map.keySet().iterator().next();
            var repeated = new LinkedHashMap<Object, Object>(map);
            repeated.put(new Raw(write(first) + ": " + write(map.get(first)) + ", " + write(first)), map.get(first));
            into.add(new Variant(path + " with a member given twice", bytes(write(rebuild.apply(repeated))), true));
            for (var key : map.keySet()) {
                var name = String.valueOf(key);
                members(map.get(key), path + "." + name, value -> rebuild.apply(with(map, name, value)), into);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                int index = i;
                members(list.get(i), path + "[" + i + "]", value -> rebuild.apply(with(list, index, value)), into);
            }
        }
    }

    private static Map<Object, Object> with(Map<?, ?> map, String key, Object value) {
        var copy = new LinkedHashMap<Object, Object>(map);
        copy.put(key, value);
        return copy;
    }

    private static List<Object> with(List<?> list, int index, Object value) {
        var copy = new ArrayList<Object>(list);
        copy.set(index, value);
        return copy;
    }

    /** The document as JSON text, ASCII only: other characters as escapes. */
    static String write(Object node) {
        var out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(Object node, StringBuilder out) {
        if (node == null) {
            out.append("null");
        } else if (node instanceof Raw raw) {
            out.append(raw.json());
        } else if (node instanceof String text) {
            out.append('"');
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c > 0x7e) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        } else if (node instanceof Map<?, ?> map) {
            out.append('{');
            var first = true;
            for (var entry : map.entrySet()) {
                out.append(first ? "" : ", ");
                first = false;
                if (entry.getKey() instanceof Raw raw) {
                    out.append(raw.json());
                } else {
                    write(String.valueOf(entry.getKey()), out);
                }
                out.append(": ");
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (node instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            out.append(node);
        }
    }

    /** The document with the bytes C3 28 (not UTF-8) inside its first string. */
    private static byte[] invalidUtf8(String text) {
        int quote = text.indexOf('"');
        var before = bytes(text.substring(0, quote + 1));
        var after = bytes(text.substring(quote + 1));
        var result = new byte[before.length + 2 + after.length];
        System.arraycopy(before, 0, result, 0, before.length);
        result[before.length] = (byte) 0xC3;
        result[before.length + 1] = (byte) 0x28;
        System.arraycopy(after, 0, result, before.length + 2, after.length);
        return result;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
