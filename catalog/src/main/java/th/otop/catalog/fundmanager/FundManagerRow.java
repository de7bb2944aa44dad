package th.otop.catalog.fundmanager;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One fund manager: the account, the fund it runs and the officer who appointed it. */
@MappedEntity("fund_manager")
record FundManagerRow(@Id long accountId, long fundId, long invitedBy) {}
