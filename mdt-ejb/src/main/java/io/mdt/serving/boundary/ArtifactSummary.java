package io.mdt.serving.boundary;

import io.mdt.serving.entity.VersionArtifact;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A version's model as held: its format, checksum and size, where its bytes are kept, the
 * features it reads, what it predicts (classes, or the regressed dimension), and who uploaded
 * it when.
 */
public record ArtifactSummary(
        String format,
        String storage,
        String sha256,
        long size,
        List<String> features,
        List<String> outputs,
        Instant uploaded,
        String uploadedBy) {

    static ArtifactSummary of(VersionArtifact artifact) {
        return new ArtifactSummary(
                artifact.getFormat().parameter(),
                artifact.getStorage().name().toLowerCase(Locale.ROOT),
                artifact.getSha256(),
                artifact.getSize(),
                List.copyOf(artifact.featureList()),
                List.copyOf(artifact.outputList()),
                artifact.getUploaded(),
                artifact.getUploadedBy());
    }
}
