package th.otop.catalog.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import th.otop.catalog.producer.ProducerId;

@Serdeable
public record Account(
        long id,
        String publicId,
        @Nullable String email,
        @Nullable String phone,
        String displayName,
        Role role,
        @Nullable ProducerId producerId,
        @Nullable ProducerRole producerRole,
        int sessionEpoch,
        boolean marketingConsent) {

    public boolean isProducerOwner() {
        return producerId != null && producerRole == ProducerRole.OWNER;
    }
}
