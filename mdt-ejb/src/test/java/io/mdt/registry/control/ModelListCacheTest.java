package io.mdt.registry.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.cache.HazelcastCachingProvider;
import com.hazelcast.cache.impl.HazelcastServerCachingProvider;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.mdt.registry.boundary.ModelChange;
import io.mdt.registry.boundary.ModelPage;
import io.mdt.registry.boundary.ModelSummary;
import io.mdt.registry.entity.TaskType;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import javax.cache.CacheManager;
import javax.cache.Caching;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The model list cache on a real Hazelcast JCache, a member of its own one-node cluster. */
class ModelListCacheTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private static HazelcastInstance member;
    private static CacheManager manager;

    private ModelListCache cache;

    @BeforeAll
    static void startMember() {
        var config = new Config().setClusterName("model-list-cache-test-" + UUID.randomUUID());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "none");
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        member = Hazelcast.newHazelcastInstance(config);
        manager = Caching.getCachingProvider(HazelcastServerCachingProvider.class.getName())
                .getCacheManager(null, null, HazelcastCachingProvider.propertiesByInstanceItself(member));
    }

    @AfterAll
    static void stopMember() {
        manager.close();
        member.shutdown();
    }

    @BeforeEach
    void openCache() {
        manager.destroyCache(ModelListCache.PAGES);
        manager.destroyCache(ModelListCache.GENERATIONS);
        cache = new ModelListCache();
        cache.cacheManager = manager;
        cache.open();
    }

    private static ModelPage pageOf(String... names) {
        var items = Arrays.stream(names)
                .map(name -> new ModelSummary(1, name, TaskType.REGRESSION, null, "o", "default", T, T))
                .toList();
        return new ModelPage(items, items.size(), 0, 20);
    }

    private static ModelChange created(String name) {
        return new ModelChange(ModelChange.Kind.CREATED, pageOf(name).items().get(0), T);
    }

    @Test
    void servesAPageFromTheCacheUntilAChangeCommits() {
        cache.computeIfAbsent("p0", () -> pageOf("a"));

        assertThat(cache.computeIfAbsent("p0", () -> pageOf("not read"))).isEqualTo(pageOf("a"));

        cache.evict(created("b"));
        assertThat(cache.computeIfAbsent("p0", () -> pageOf("a", "b"))).isEqualTo(pageOf("a", "b"));
    }

    /**
     * The race, in the order that made it: a reader loads the page before a change commits,
     * the change's after-commit eviction runs, then the reader stores what it loaded.
     */
    @Test
    void neverServesAPageReadBeforeAChangeThatCommittedWhileItWasRead() {
        var readBeforeTheCommit = cache.computeIfAbsent("p0", () -> {
            var page = pageOf("a");
            cache.evict(created("b"));
            return page;
        });

        var next = cache.computeIfAbsent("p0", () -> pageOf("a", "b"));

        assertThat(readBeforeTheCommit).isEqualTo(pageOf("a"));
        assertThat(next).as("the page after the change committed").isEqualTo(pageOf("a", "b"));
    }

    @Test
    void anotherInstanceSeesTheChangeOfThisOne() {
        var other = new ModelListCache();
        other.cacheManager = manager;
        other.open();
        other.computeIfAbsent("p0", () -> pageOf("a"));

        cache.evict(created("b"));

        assertThat(other.computeIfAbsent("p0", () -> pageOf("a", "b"))).isEqualTo(pageOf("a", "b"));
    }
}
