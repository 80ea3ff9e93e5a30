package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.Inhibition;
import io.mdt.platform.entity.InstantConverter;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Inhibition rules, each with a name of its own: each public method is one transaction. */
@Stateless
public class Inhibitions {

    private static final String BY_NAME = "SELECT i FROM Inhibition i WHERE i.name = :name";

    @PersistenceContext
    EntityManager em;

    public InhibitionSummary create(InhibitionDraft draft) {
        var checked = InhibitionDraft.checked(draft);
        requireFreeName(checked.name(), null);
        var inhibition = new Inhibition(
                checked.name(),
                checked.sourceMatchers(),
                checked.targetMatchers(),
                checked.equal(),
                InstantConverter.now());
        em.persist(inhibition);
        UniqueNames.flush(em, "inhibition", checked.name());
        return InhibitionSummary.of(inhibition);
    }

    public List<InhibitionSummary> list() {
        return em.createNamedQuery(Inhibition.ALL, Inhibition.class)
                .getResultStream()
                .map(InhibitionSummary::of)
                .toList();
    }

    public InhibitionSummary get(long id) {
        return InhibitionSummary.of(find(id));
    }

    public InhibitionSummary update(long id, InhibitionDraft draft) {
        var checked = InhibitionDraft.checked(draft);
        var inhibition = find(id);
        requireFreeName(checked.name(), id);
        inhibition.change(
                checked.name(),
                checked.sourceMatchers(),
                checked.targetMatchers(),
                checked.equal(),
                InstantConverter.now());
        UniqueNames.flush(em, "inhibition", checked.name());
        return InhibitionSummary.of(inhibition);
    }

    public void delete(long id) {
        em.remove(find(id));
    }

    private void requireFreeName(String name, Long owner) {
        var holders = em.createQuery(BY_NAME, Inhibition.class)
                .setParameter("name", name)
                .getResultStream()
                .filter(i -> !i.getId().equals(owner))
                .toList();
        if (!holders.isEmpty()) {
            throw new DuplicateNameException("inhibition", name);
        }
    }

    private Inhibition find(long id) {
        var inhibition = em.find(Inhibition.class, id);
        if (inhibition == null) {
            throw new AlertingNotFoundException("inhibition", id);
        }
        return inhibition;
    }
}
