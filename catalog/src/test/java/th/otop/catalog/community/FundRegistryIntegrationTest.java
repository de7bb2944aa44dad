package th.otop.catalog.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.otop.catalog.CatalogMother;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.devstack.RealServices;

@MicronautTest(transactional = false)
class FundRegistryIntegrationTest implements RealServices {
    private static final long OFFICER = 7_401;

    @Inject
    FundRegistry registry;

    @Inject
    CommunityDirectory directory;

    @Inject
    CatalogMother mother;

    @Test
    void aFundIsProposedOnceAndApprovedByAnOfficer() {
        ProducerId weavers = mother.verifiedProducer("กลุ่มทอผ้าบ้านดอน", 44, ProducerKind.OCCUPATIONAL_GROUP);
        ProducerId potters = mother.verifiedProducer("กลุ่มปั้นหม้อบ้านดอน", 44, ProducerKind.OCCUPATIONAL_GROUP);
        ProducerId elsewhere = mother.verifiedProducer("กลุ่มจักสานเชียงราย", 57, ProducerKind.OCCUPATIONAL_GROUP);

        long proposed = registry.propose(weavers, 44, FundKind.VILLAGE_FUND, "กองทุนหมู่บ้าน บ้านดอน", null, "บ้านดอน");
        assertEquals(
                proposed,
                registry.propose(potters, 44, FundKind.VILLAGE_FUND, "  กองทุนหมู่บ้าน   บ้านดอน ", null, null),
                "the same fund, typed again by another producer, is the fund that exists");
        assertNotEquals(
                proposed,
                registry.propose(weavers, 44, FundKind.SAVINGS_GROUP, "กองทุนหมู่บ้าน บ้านดอน", null, "บ้านดอน"),
                "another kind is another fund");
        assertNotEquals(
                proposed,
                registry.propose(weavers, 44, FundKind.VILLAGE_FUND, "กองทุนหมู่บ้าน บ้านดอน", null, "บ้านดอนใหม่"),
                "the same name in another village is another fund");

        assertTrue(registry.choosable(44, weavers).stream().anyMatch(f -> f.id() == proposed && f.proposed()));
        assertFalse(
                registry.choosable(44, elsewhere).stream().anyMatch(f -> f.id() == proposed),
                "another producer's proposal is not offered until an officer approves it");
        assertFalse(directory.funds(44).stream().anyMatch(f -> f.id() == proposed), "nor shown publicly");
        assertTrue(registry.proposals().stream().anyMatch(f -> f.id() == proposed));

        registry.approve(OFFICER, proposed);
        assertEquals(FundStatus.APPROVED, registry.find(proposed).orElseThrow().status());
        assertTrue(directory.funds(44).stream().anyMatch(f -> f.id() == proposed));
        assertThrows(InvalidInputException.class, () -> registry.approve(OFFICER, proposed), "approved once");
    }

    @Test
    void aProposalWithoutKindOrNameIsRefusedWithBothReasons() {
        ProducerId producer = mother.verifiedProducer("ร้านเสนอกองทุน", 44, ProducerKind.SME);
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> registry.propose(producer, 44, null, "  ", null, null));
        assertEquals(
                List.of("fundKind", "fundNameTh"),
                e.errors().stream().map(FieldError::field).toList());
    }
}
