package uk.org.beacon.person;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Remembers what was worked out about names. The same few thousand names come up in every search
 * and every check (one check weighs hundreds of records, a batch of police notifications thousands
 * of checks), and comparing two names is the costly part of matching; every function remembered
 * here gives the same answer for the same names, so remembering changes no result. A memory is
 * forgotten all at once when full, so it stays small.
 */
final class NameMemory<V> {

    private record Pair(String first, String second) {}

    private final int most;
    private final Map<Object, V> memory = new ConcurrentHashMap<>();

    NameMemory(int most) {
        this.most = most;
    }

    V of(String name, Function<String, V> work) {
        return remembered(name, () -> work.apply(name));
    }

    V of(String first, String second, BiFunction<String, String, V> work) {
        return remembered(new Pair(first, second), () -> work.apply(first, second));
    }

    private V remembered(Object key, java.util.function.Supplier<V> work) {
        V known = memory.get(key);
        if (known != null) {
            return known;
        }
        V value = work.get();
        if (memory.size() >= most) {
            memory.clear();
        }
        memory.put(key, value);
        return value;
    }
}
