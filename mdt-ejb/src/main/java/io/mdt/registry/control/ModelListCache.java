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
 * <p>Any model change evicts every page after its transaction commits: pages overlap, so
 * evicting only some would leave others stale. Entries also expire after ten minutes, which
 * bounds staleness should a change be made outside the application.
 */
@ApplicationScoped
public class ModelListCache {

    static final String NAME = "mdt-model-list";

    @Resource(lookup = "payara/CacheManager")
    CacheManager cacheManager;

    private Cache<String, ModelPage> pages;

    @PostConstruct
    void open() {
        pages = cacheManager.getCache(NAME, String.class, ModelPage.class);
        if (pages == null) {
            pages = create();
        }
    }

    private Cache<String, ModelPage> create() {
        var configuration = new MutableConfiguration<String, ModelPage>()
                .setTypes(String.class, ModelPage.class)
                .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(Duration.TEN_MINUTES));
        try {
            return cacheManager.createCache(NAME, configuration);
        } catch (CacheException createdByAnotherInstance) {
            return cacheManager.getCache(NAME, String.class, ModelPage.class);
        }
    }

    public ModelPage computeIfAbsent(String key, Supplier<ModelPage> loader) {
        var page = pages.get(key);
        if (page == null) {
            page = loader.get();
            pages.put(key, page);
        }
        return page;
    }

    void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModelChange change) {
        pages.removeAll();
    }
}
