package io.mdt.serving.control;

import io.mdt.serving.entity.VersionArtifact;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The models this instance has read from artifacts, by the artifact's SHA-256, so that an
 * artifact is parsed once and not per request; a new upload has another checksum and is read
 * anew. The {@value #CAPACITY} most recently used are kept, and one let go is closed, which
 * frees what an ONNX session holds outside the heap.
 */
@ApplicationScoped
public class LoadedModels {

    static final int CAPACITY = 16;

    private final Map<String, ServableModel> models = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ServableModel> eldest) {
            if (size() > CAPACITY) {
                eldest.getValue().close();
                return true;
            }
            return false;
        }
    };

    /** The model of the artifact, read from its content when not held. */
    public ServableModel get(VersionArtifact artifact, Supplier<byte[]> content) {
        var sha256 = artifact.getSha256();
        synchronized (models) {
            var model = models.get(sha256);
            if (model != null) {
                return model;
            }
        }
        var model =
                ServableModel.read(artifact.getFormat(), content.get(), artifact.featureList(), artifact.outputList());
        synchronized (models) {
            var raced = models.putIfAbsent(sha256, model);
            if (raced != null) {
                model.close();
                return raced;
            }
        }
        return model;
    }

    @PreDestroy
    void unload() {
        synchronized (models) {
            models.values().forEach(ServableModel::close);
            models.clear();
        }
    }
}
