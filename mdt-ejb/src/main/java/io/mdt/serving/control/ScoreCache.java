package io.mdt.serving.control;

import com.hazelcast.config.CacheConfig;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MaxSizePolicy;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Answers of served models to inputs already scored, in the cluster-wide cache (JCache on
 * Payara's Hazelcast data grid), so that an identical input is answered from memory on any
 * instance. A key is the artifact's checksum and the model's feature values, exactly: another
 * artifact, or any other value, is another key. Entries expire {@code mdt.serving.cache.ttl}
 * after they were scored; {@code mdt.serving.cache.size} bounds how many each instance holds
 * on each instance, roughly (Hazelcast evicts the least recently used). Hits and misses are counted on {@code /metrics}.
 */
@ApplicationScoped
public class ScoreCache {

    static final String NAME = "mdt-served-scores";

    private static final Metadata HITS = Metadata.builder()
            .withName("mdt.serving.cache.hits")
            .withDescription("Served predictions answered from the cache")
            .build();

    private static final Metadata MISSES = Metadata.builder()
            .withName("mdt.serving.cache.misses")
            .withDescription("Served predictions the model scored")
            .build();

    @Resource(lookup = "payara/CacheManager")
    CacheManager cacheManager;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "mdt.serving.cache.ttl", defaultValue = "PT10M")
    java.time.Duration ttl;

    @Inject
    @ConfigProperty(name = "mdt.serving.cache.size", defaultValue = "100000")
    int size;

    private Cache<String, Scored> scores;

    @PostConstruct
    void open() {
        scores = Optional.ofNullable(cacheManager.getCache(NAME, String.class, Scored.class))
                .orElseGet(this::create);
    }

    /** Hazelcast's configuration of a JCache, which alone can bound its size. */
    private Cache<String, Scored> create() {
        var configuration = new CacheConfig<String, Scored>(new MutableConfiguration<String, Scored>()
                .setTypes(String.class, Scored.class)
                .setExpiryPolicyFactory(
                        CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.MILLISECONDS, ttl.toMillis()))));
        configuration.setEvictionConfig(new EvictionConfig()
                .setSize(size)
                .setMaxSizePolicy(MaxSizePolicy.ENTRY_COUNT)
                .setEvictionPolicy(EvictionPolicy.LRU));
        try {
            return cacheManager.createCache(NAME, configuration);
        } catch (CacheException createdByAnotherInstance) {
            return cacheManager.getCache(NAME, String.class, Scored.class);
        }
    }

    /**
     * The answer to these values of the artifact's model: cached, or scored and cached.
     *
     * @return the answer and whether it came from the cache
     */
    public Answer answer(String sha256, double[] values, Supplier<Scored> scorer) {
        var key = key(sha256, values);
        var cached = scores.get(key);
        if (cached != null) {
            metrics.counter(HITS).inc();
            return new Answer(cached, true);
        }
        metrics.counter(MISSES).inc();
        var scored = scorer.get();
        scores.put(key, scored);
        return new Answer(scored, false);
    }

    /** The values written exactly (every bit of each double), after the artifact's checksum. */
    static String key(String sha256, double[] values) {
        var key = new StringBuilder(sha256);
        for (double value : values) {
            key.append(':')
                    .append(Long.toHexString(Double.doubleToLongBits(value)).toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }

    /** A served answer and whether it came from the cache. */
    public record Answer(Scored scored, boolean cached) {}
}
