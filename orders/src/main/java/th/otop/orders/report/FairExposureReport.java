package th.otop.orders.report;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Shares (0 to 1) of search impressions and of sales for group D and sammachip-linked producers. When the
 * exposure share is far above the sales share, buyers see these products but do not buy them; far below,
 * search is burying them.
 */
@Serdeable
public record FairExposureReport(
        long impressions,
        double groupDExposureShare,
        double groupDSalesShare,
        double sammachipExposureShare,
        double sammachipSalesShare) {}
