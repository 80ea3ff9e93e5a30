package io.mdt.serving.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The models this instance has read from artifacts, by the artifact's SHA-256, so that an
 * artifact is parsed once and not per request; a new upload has another checksum and is read
 * anew. The {@value #CAPACITY} most recently used are kept.
 */
@ApplicationScoped
public class LoadedModels {

    static final int CAPACITY = 16;

    private final Map<String, ServableModel> models = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ServableModel> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The model of the artifact with this checksum, read from its content when not held. */
    public ServableModel get(String sha256, Supplier<byte[]> content) {
        synchronized (models) {
            var model = models.get(sha256);
            if (model != null) {
                return model;
            }
        }
        var model = ServableModel.read(content.get());
        synchronized (models) {
            models.put(sha256, model);
        }
        return model;
    }
}
