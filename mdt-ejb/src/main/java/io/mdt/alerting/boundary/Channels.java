package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.Channel;
import io.mdt.platform.entity.InstantConverter;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Notification channels, each with a name of its own: each public method is one transaction.
 * Removing a channel removes its routes and its notifications with it (by the database's
 * cascade).
 */
@Stateless
public class Channels {

    @PersistenceContext
    EntityManager em;

    public ChannelSummary create(ChannelDraft draft) {
        var settings = ChannelDraft.settings(draft);
        requireFreeName(settings.name(), null);
        var channel = new Channel(settings, InstantConverter.now());
        em.persist(channel);
        UniqueNames.flush(em, "channel", settings.name());
        return ChannelSummary.of(channel);
    }

    public List<ChannelSummary> list() {
        return em.createNamedQuery(Channel.ALL, Channel.class)
                .getResultStream()
                .map(ChannelSummary::of)
                .toList();
    }

    public ChannelSummary get(long id) {
        return ChannelSummary.of(find(id));
    }

    /** Changes every setting; an absent secret keeps the one the channel has, {@code ""} removes it. */
    public ChannelSummary update(long id, ChannelDraft draft) {
        var settings = ChannelDraft.settings(draft);
        var channel = find(id);
        requireFreeName(settings.name(), id);
        channel.change(settings, InstantConverter.now());
        UniqueNames.flush(em, "channel", settings.name());
        return ChannelSummary.of(channel);
    }

    public void delete(long id) {
        em.remove(find(id));
    }

    private void requireFreeName(String name, Long owner) {
        var holders = em.createNamedQuery(Channel.BY_NAME, Channel.class)
                .setParameter("name", name)
                .getResultStream()
                .filter(c -> !c.getId().equals(owner))
                .toList();
        if (!holders.isEmpty()) {
            throw new DuplicateNameException("channel", name);
        }
    }

    private Channel find(long id) {
        var channel = em.find(Channel.class, id);
        if (channel == null) {
            throw new AlertingNotFoundException("channel", id);
        }
        return channel;
    }
}
