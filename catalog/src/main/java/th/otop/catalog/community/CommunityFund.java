package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record CommunityFund(long id, FundKind kind, String nameTh, @Nullable String nameEn, int provinceId) {}
