package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;

/** A fund someone proposes for the registry: its kind, name and, when known, village. */
public record FundProposal(@Nullable FundKind kind, String nameTh, @Nullable String nameEn, @Nullable String village) {}
