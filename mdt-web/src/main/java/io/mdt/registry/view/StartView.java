package io.mdt.registry.view;

import io.mdt.registry.boundary.ModelQuery;
import io.mdt.registry.boundary.ModelSummary;
import io.mdt.registry.boundary.MonitoredModels;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The start page: how many models MDT watches and the ones registered last. */
@Named
@RequestScoped
public class StartView {

    private static final int RECENT = 5;

    @Inject
    MonitoredModels models;

    private long modelCount;
    private List<ModelSummary> recentModels;

    @PostConstruct
    void load() {
        var page = models.list(new ModelQuery(0, RECENT, "created", false));
        modelCount = page.total();
        recentModels = page.items();
    }

    public long getModelCount() {
        return modelCount;
    }

    public List<ModelSummary> getRecentModels() {
        return recentModels;
    }
}
