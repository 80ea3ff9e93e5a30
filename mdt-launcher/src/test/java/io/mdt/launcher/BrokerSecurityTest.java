package io.mdt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.activemq.artemis.core.security.Role;
import org.junit.jupiter.api.Test;

class BrokerSecurityTest {

    private final Map<String, Set<Role>> roles = BrokerSecurity.roles();

    @Test
    void letsTheServerDoEverythingEverywhere() {
        roles.forEach((match, allowed) -> {
            var server = role(allowed, BrokerCredentials.SERVER).orElseThrow();
            assertThat(server.isSend() && server.isConsume() && server.isManage() && server.isCreateAddress())
                    .as(match)
                    .isTrue();
        });
        assertThat(roles.get("#")).extracting(Role::getName).containsExactly(BrokerCredentials.SERVER);
    }

    @Test
    void letsTheIngestIdentityOnlySendPredictionsAndActuals() {
        roles.forEach((match, allowed) -> {
            var ingest = role(allowed, BrokerCredentials.INGEST);
            assertThat(ingest.isPresent()).as(match).isEqualTo(BrokerSecurity.INGESTION_QUEUES.contains(match));
            ingest.ifPresent(role -> assertThat(role)
                    .as(match)
                    .isEqualTo(permissions(BrokerCredentials.INGEST, true, false, false, false)));
        });
        assertThat(BrokerSecurity.INGESTION_QUEUES).containsExactlyInAnyOrder("mdt.predictions", "mdt.actuals");
    }

    @Test
    void letsTheRegistrarOnlySendModelCommands() {
        roles.forEach((match, allowed) -> {
            var registrar = role(allowed, BrokerCredentials.REGISTRAR);
            assertThat(registrar.isPresent()).as(match).isEqualTo(match.equals("model-commands"));
            registrar.ifPresent(role -> assertThat(role)
                    .as(match)
                    .isEqualTo(permissions(BrokerCredentials.REGISTRAR, true, false, false, false)));
        });
    }

    @Test
    void letsTheSubscriberOnlyConsumeTheTopicsThroughSubscriptionsOfItsOwn() {
        roles.forEach((match, allowed) -> {
            var subscriber = role(allowed, BrokerCredentials.SUBSCRIBER);
            assertThat(subscriber.isPresent()).as(match).isEqualTo(EmbeddedBroker.TOPICS.contains(match));
            subscriber.ifPresent(role -> assertThat(role)
                    .as(match)
                    .isEqualTo(permissions(BrokerCredentials.SUBSCRIBER, false, true, true, true)));
        });
    }

    private static Optional<Role> role(Set<Role> roles, String name) {
        return roles.stream().filter(role -> role.getName().equals(name)).findFirst();
    }

    private static Role permissions(
            String name, boolean send, boolean consume, boolean durableQueues, boolean nonDurableQueues) {
        var role = new Role();
        role.setName(name);
        role.setSend(send);
        role.setConsume(consume);
        role.setCreateDurableQueue(durableQueues);
        role.setDeleteDurableQueue(durableQueues);
        role.setCreateNonDurableQueue(nonDurableQueues);
        role.setDeleteNonDurableQueue(nonDurableQueues);
        return role;
    }
}
