package io.mdt.registry.control;

import io.mdt.registry.boundary.ModelChange;
import io.mdt.registry.boundary.ModelPage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.function.Supplier;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;

/**
 * The model list read model in the cluster-wide cache (JCache on Payara's Hazelcast data grid),
 * so every instance of a cluster serves the dashboard's model list from one copy.
 *
 * <p>A reader can load a page from the database before a change commits and store it after
 * that change's eviction: evicting alone would then keep the old page. So the cache also
 * holds a generation of the registry, advanced after every committed change before the pages
 * are dropped; each page is stamped with the generation read before its rows were, and a page
 * of an older generation is never served. Pages overlap, so one change retires them all.
 * Entries also expire after ten minutes, which bounds staleness should a change be made
 * outside the application (or an instance stop between a commit and its advance).
 */
@ApplicationScoped
public class ModelListCache {

    static final String PAGES = "mdt-model-list-pages";

    static final String GENERATIONS = "mdt-model-list-generation";

    private static final String REGISTRY = "registry";

    @Resource(lookup = "payara/CacheManager")
    CacheManager cacheManager;

    private Cache<String, StampedPage> pages;

    private Cache<String, Long> generations;

    @PostConstruct
    void open() {
        pages = open(
                PAGES,
                new MutableConfiguration<String, StampedPage>()
                        .setTypes(String.class, StampedPage.class)
                        .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(Duration.TEN_MINUTES)));
        generations = open(GENERATIONS, new MutableConfiguration<String, Long>().setTypes(String.class, Long.class));
    }

    private <V> Cache<String, V> open(String name, MutableConfiguration<String, V> configuration) {
        var cache = cacheManager.getCache(name, String.class, configuration.getValueType());
        if (cache != null) {
            return cache;
        }
        try {
            return cacheManager.createCache(name, configuration);
        } catch (CacheException createdByAnotherInstance) {
            return cacheManager.getCache(name, String.class, configuration.getValueType());
        }
    }

    /** The page under this key, loaded when absent or read before the latest committed change. */
    public ModelPage computeIfAbsent(String key, Supplier<ModelPage> loader) {
        long generation = generation();
        var cached = pages.get(key);
        if (cached != null && cached.generation() == generation) {
            return cached.page();
        }
        var page = loader.get();
        pages.put(key, new StampedPage(generation, page));
        return page;
    }

    void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModelChange change) {
        advanceGeneration();
        pages.removeAll();
    }

    private long generation() {
        var generation = generations.get(REGISTRY);
        return generation == null ? 0 : generation;
    }

    /** Compare-and-set, so that concurrent changes on several instances each advance it. */
    private void advanceGeneration() {
        boolean advanced;
        do {
            var current = generations.get(REGISTRY);
            advanced = current == null
                    ? generations.putIfAbsent(REGISTRY, 1L)
                    : generations.replace(REGISTRY, current, current + 1);
        } while (!advanced);
    }
}
