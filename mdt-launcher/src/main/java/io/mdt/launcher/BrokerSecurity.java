package io.mdt.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

/**
 * Who may do what on the embedded broker. Every connection logs in (there is no default
 * user, so a connection without credentials is refused), and each identity has one role of
 * the same name:
 *
 * <ul>
 *   <li>{@code mdt-server}, the application server's resource adapter: everything on every
 *       address, the management address included;
 *   <li>{@code mdt-ingest}, for integrated systems that feed MDT: sending predictions and
 *       actuals ({@link #INGESTION_QUEUES}), nothing else: it cannot consume, browse, create
 *       queues or addresses, nor reach the internal queues or management;
 *   <li>{@code mdt-registrar}, for the systems that register models (a release pipeline):
 *       sending to {@link #REGISTRATION_QUEUE}, nothing else. Registering is an engineer's
 *       act, kept apart from feeding data so that a system holding the ingest password cannot
 *       add models to any team;
 *   <li>{@code mdt-subscriber}, for integrated systems that follow MDT: consuming from its
 *       topics ({@link EmbeddedBroker#TOPICS}) through subscription queues of its own, durable
 *       or not, on those addresses only; it cannot send.
 * </ul>
 *
 * Artemis applies the most specific match of an address alone, so each specific match
 * repeats the server's role.
 */
final class BrokerSecurity {

    static final List<String> INGESTION_QUEUES = List.of("mdt.predictions", "mdt.actuals");
    static final String REGISTRATION_QUEUE = "model-commands";
    private static final String EVERY_ADDRESS = "#";

    private BrokerSecurity() {}

    /** The users, their passwords and roles, checked in memory by Artemis' own login module. */
    static ActiveMQJAASSecurityManager manager(BrokerCredentials credentials) {
        var users = new SecurityConfiguration();
        add(users, BrokerCredentials.SERVER, credentials.server());
        add(users, BrokerCredentials.INGEST, credentials.ingest());
        add(users, BrokerCredentials.REGISTRAR, credentials.registrar());
        add(users, BrokerCredentials.SUBSCRIBER, credentials.subscriber());
        return new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users);
    }

    /** The roles allowed on each address match. */
    static Map<String, Set<Role>> roles() {
        var roles = new LinkedHashMap<String, Set<Role>>();
        roles.put(EVERY_ADDRESS, Set.of(server()));
        INGESTION_QUEUES.forEach(queue -> roles.put(queue, Set.of(server(), sender(BrokerCredentials.INGEST))));
        roles.put(REGISTRATION_QUEUE, Set.of(server(), sender(BrokerCredentials.REGISTRAR)));
        EmbeddedBroker.TOPICS.forEach(topic -> roles.put(topic, Set.of(server(), subscriber())));
        return roles;
    }

    private static void add(SecurityConfiguration users, String user, String password) {
        users.addUser(user, password);
        users.addRole(user, user);
    }

    private static Role server() {
        var role = new Role();
        role.setName(BrokerCredentials.SERVER);
        role.setSend(true);
        role.setConsume(true);
        role.setBrowse(true);
        role.setCreateAddress(true);
        role.setDeleteAddress(true);
        role.setCreateDurableQueue(true);
        role.setDeleteDurableQueue(true);
        role.setCreateNonDurableQueue(true);
        role.setDeleteNonDurableQueue(true);
        role.setManage(true);
        role.setView(true);
        role.setEdit(true);
        return role;
    }

    private static Role sender(String identity) {
        var role = new Role();
        role.setName(identity);
        role.setSend(true);
        return role;
    }

    /** A topic subscription is a queue on the topic's address: creating one is part of consuming. */
    private static Role subscriber() {
        var role = new Role();
        role.setName(BrokerCredentials.SUBSCRIBER);
        role.setConsume(true);
        role.setCreateNonDurableQueue(true);
        role.setDeleteNonDurableQueue(true);
        role.setCreateDurableQueue(true);
        role.setDeleteDurableQueue(true);
        return role;
    }
}
