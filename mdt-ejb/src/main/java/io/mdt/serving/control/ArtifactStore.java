package io.mdt.serving.control;

import io.mdt.platform.boundary.Correlation;
import io.mdt.serving.entity.ArtifactContent;
import io.mdt.serving.entity.ArtifactStorage;
import io.mdt.serving.entity.VersionArtifact;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a version's artifact and its bytes are kept and read, for the boundaries that upload and
 * serve it. Without {@code mdt.serving.artifact-directory} the bytes go to the database, in the
 * upload's transaction. With it they go to a file in that directory named by their SHA-256,
 * written and synced before the transaction commits, so a committed artifact always has its
 * bytes; the file of a removed artifact is deleted once the removal commits and no other
 * artifact holds the same bytes. In a cluster the directory must be shared by every instance.
 */
@ApplicationScoped
public class ArtifactStore {

    private static final Logger LOG = Correlation.logger(ArtifactStore.class);

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "mdt.serving.artifact-directory")
    Optional<String> directory;

    /** The artifact the version carries, if any. */
    public Optional<VersionArtifact> of(long versionId) {
        return em.createNamedQuery(VersionArtifact.OF_VERSION, VersionArtifact.class)
                .setParameter("version", versionId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Keeps these bytes as the (persisted) artifact's, where the configuration says, in place of
     * those it had.
     *
     * @param before where the bytes it had were kept, for an artifact uploaded again
     */
    public void keep(VersionArtifact artifact, byte[] content, Optional<Kept> before) {
        var row = em.find(ArtifactContent.class, artifact.getId());
        if (directory.isPresent()) {
            write(Path.of(directory.get()), artifact.getSha256(), content);
            if (row != null) {
                em.remove(row);
            }
            artifact.storedIn(ArtifactStorage.DIRECTORY);
        } else {
            if (row != null) {
                row.replace(content);
            } else {
                em.persist(new ArtifactContent(artifact.getId(), content));
            }
            artifact.storedIn(ArtifactStorage.DATABASE);
        }
        em.flush();
        before.ifPresent(this::release);
    }

    /** Removes the artifact and its bytes. */
    public void remove(VersionArtifact artifact) {
        var kept = Kept.of(artifact);
        var row = em.find(ArtifactContent.class, artifact.getId());
        if (row != null) {
            em.remove(row);
        }
        em.remove(artifact);
        em.flush();
        release(kept);
    }

    /** The artifact's bytes, checked against its checksum when read from a file. */
    public byte[] content(VersionArtifact artifact) {
        if (artifact.getStorage() == ArtifactStorage.DATABASE) {
            return em.find(ArtifactContent.class, artifact.getId()).getContent();
        }
        var folder = directory.orElseThrow(
                () -> new ArtifactStorageException(
                        "the artifact's bytes are kept in the artifact directory, and mdt.serving.artifact-directory is not set"));
        var file = Path.of(folder).resolve(artifact.getSha256());
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new ArtifactStorageException(
                    "the artifact file " + file + " cannot be read: " + unreadable, unreadable);
        }
        if (!sha256(content).equals(artifact.getSha256())) {
            throw new ArtifactStorageException("the artifact file " + file + " does not hold the uploaded bytes");
        }
        return content;
    }

    /** Where an artifact's bytes were, before an upload or a removal. */
    public record Kept(String sha256, ArtifactStorage storage) {
        public static Kept of(VersionArtifact artifact) {
            return new Kept(artifact.getSha256(), artifact.getStorage());
        }
    }

    /** Deletes the file of bytes no artifact holds any more, once the transaction that let them go commits. */
    private void release(Kept kept) {
        if (kept.storage() != ArtifactStorage.DIRECTORY || directory.isEmpty()) {
            return;
        }
        long holders = em.createNamedQuery(VersionArtifact.HOLDING, Long.class)
                .setParameter("sha256", kept.sha256())
                .setParameter("storage", ArtifactStorage.DIRECTORY)
                .getSingleResult();
        if (holders > 0) {
            return;
        }
        var file = Path.of(directory.get()).resolve(kept.sha256());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException stays) {
                        LOG.warning(
                                "The artifact file " + file + " is no longer used and could not be deleted: " + stays);
                    }
                }
            }
        });
    }

    /** Writes the file whole or not at all: to a temporary file, synced, then moved into place and the move synced. */
    static void write(Path folder, String sha256, byte[] content) {
        var file = folder.resolve(sha256);
        Path partial = null;
        try {
            Files.createDirectories(folder);
            partial = Files.createTempFile(folder, ".upload-", ".part");
            try (var channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                var buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (var entries = FileChannel.open(folder, StandardOpenOption.READ)) {
                entries.force(true);
            }
        } catch (IOException unwritable) {
            if (partial != null) {
                partial.toFile().delete();
            }
            throw new ArtifactStorageException(
                    "the artifact directory " + folder + " cannot be written: " + unwritable, unwritable);
        }
    }

    /** The SHA-256 of the bytes, in lowercase hex, as artifacts are named and checked by. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
