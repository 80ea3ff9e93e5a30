package io.mdt.platform.control;

import io.mdt.platform.boundary.MalformedJsonException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a strictly read JSON value to a record, with the types exactly as the record declares
 * them: a string member takes only a JSON string, a number only a JSON number that fits, a list
 * only an array, a record only an object with no member it does not declare. Nothing is
 * coerced, so a client bug ({@code "name": 5}, {@code "minimum": "NaN"}) is a clear error
 * rather than stored data.
 */
public final class JsonBinding {

    /** Digits before the point beyond which no whole number of the supported types fits. */
    private static final int MAX_INTEGER_DIGITS = 19;

    private JsonBinding() {}

    public static <T> T bind(JsonValue value, Class<T> type) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            throw new MalformedJsonException("body", "must be a JSON object, got null");
        }
        return type.cast(bind(value, (Type) type, "body"));
    }

    private static Object bind(JsonValue value, Type type, String path) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (type instanceof ParameterizedType generic) {
            return generic(value, generic, path);
        }
        var target = (Class<?>) type;
        if (target.isRecord()) {
            return record(
                    expect(value, JsonValue.ValueType.OBJECT, "an object", path).asJsonObject(), target, path);
        }
        if (target == String.class) {
            return ((JsonString) expect(value, JsonValue.ValueType.STRING, "a string", path)).getString();
        }
        if (target == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                throw wrongType(value, "true or false", path);
            }
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        var number = (JsonNumber) expect(value, JsonValue.ValueType.NUMBER, "a number", path);
        if (target == Double.class) {
            return finite(number.bigDecimalValue(), path);
        }
        if (target == Long.class) {
            return whole(number.bigDecimalValue(), Long.MIN_VALUE, Long.MAX_VALUE, path);
        }
        if (target == Integer.class) {
            return (int) whole(number.bigDecimalValue(), Integer.MIN_VALUE, Integer.MAX_VALUE, path);
        }
        throw new IllegalArgumentException("no JSON binding for " + type);
    }

    private static Object generic(JsonValue value, ParameterizedType type, String path) {
        var raw = type.getRawType();
        var arguments = type.getActualTypeArguments();
        if (raw == List.class) {
            JsonArray array =
                    expect(value, JsonValue.ValueType.ARRAY, "an array", path).asJsonArray();
            var list = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                list.add(bind(array.get(i), arguments[0], path + "[" + i + "]"));
            }
            return list;
        }
        if (raw == Map.class && arguments[0] == String.class) {
            JsonObject object =
                    expect(value, JsonValue.ValueType.OBJECT, "an object", path).asJsonObject();
            var map = new LinkedHashMap<String, Object>();
            object.forEach((name, member) -> map.put(name, bind(member, arguments[1], StrictJson.member(path, name))));
            return map;
        }
        throw new IllegalArgumentException("no JSON binding for " + type);
    }

    private static Object record(JsonObject object, Class<?> type, String path) {
        RecordComponent[] components = type.getRecordComponents();
        var names = Arrays.stream(components).map(RecordComponent::getName).toList();
        for (var name : object.keySet()) {
            if (!names.contains(name)) {
                throw new MalformedJsonException(
                        StrictJson.member(path, name), "is not a member of this object; expected one of " + names);
            }
        }
        var arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            var member = object.get(components[i].getName());
            arguments[i] = member == null
                    ? null
                    : bind(member, components[i].getGenericType(), StrictJson.member(path, components[i].getName()));
        }
        try {
            var constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new MalformedJsonException(path, String.valueOf(e.getCause().getMessage()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static JsonValue expect(JsonValue value, JsonValue.ValueType kind, String what, String path) {
        if (value.getValueType() != kind) {
            throw wrongType(value, what, path);
        }
        return value;
    }

    private static MalformedJsonException wrongType(JsonValue value, String what, String path) {
        return new MalformedJsonException(
                path, "must be " + what + ", got " + value.getValueType().name().toLowerCase());
    }

    private static double finite(BigDecimal number, String path) {
        double x = number.doubleValue();
        if (!Double.isFinite(x)) {
            throw new MalformedJsonException(path, "is too large for a number (beyond ±1.8e308)");
        }
        return x;
    }

    private static long whole(BigDecimal number, long minimum, long maximum, String path) {
        if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            throw new MalformedJsonException(path, "must be a whole number from " + minimum + " to " + maximum);
        }
        try {
            long x = number.longValueExact();
            if (x >= minimum && x <= maximum) {
                return x;
            }
        } catch (ArithmeticException notWhole) {
            // reported below
        }
        throw new MalformedJsonException(path, "must be a whole number from " + minimum + " to " + maximum);
    }
}
