package io.mdt.serving.control;

import io.mdt.serving.entity.ArtifactContent;
import io.mdt.serving.entity.VersionArtifact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Where a version's artifact and its bytes are read, for the boundaries that upload and serve it. */
@ApplicationScoped
public class ArtifactStore {

    @PersistenceContext
    EntityManager em;

    /** The artifact the version carries, if any. */
    public Optional<VersionArtifact> of(long versionId) {
        return em.createNamedQuery(VersionArtifact.OF_VERSION, VersionArtifact.class)
                .setParameter("version", versionId)
                .getResultStream()
                .findFirst();
    }

    /** The stored bytes of the artifact. */
    public ArtifactContent content(VersionArtifact artifact) {
        return em.find(ArtifactContent.class, artifact.getId());
    }
}
