package th.otop.storefront.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import th.otop.catalog.community.CommunityDirectory;
import th.otop.catalog.community.CommunityFund;
import th.otop.catalog.community.SammachipProgramme;
import th.otop.orders.wholesale.CreditLines;
import th.otop.orders.wholesale.FundMoney;

/**
 * Which village, occupational group and community fund each product supports, for Sukjai Shop outlets and anyone
 * integrating. Public and read-only; wholesale prices never appear here.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "otop-api",
                        version = "1",
                        description =
                                "The OTOP marketplace's JSON API. Linkages (public, read-only, no sign-in): sammachip "
                                        + "(honest livelihood) programmes, occupational groups, community funds and the "
                                        + "products and outlets they link. Wholesale (Sukjai Shop outlets only, signed "
                                        + "in): the catalogue with tier prices, the outlet's credit line and purchase "
                                        + "orders. Money is in satang (1 baht = 100 satang).",
                        license = @License(name = "Open data")))
@Tag(name = "linkages", description = "Public and read-only: no sign-in")
@Controller(value = "/api/v1/linkages", produces = MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
class LinkageController {
    private final CommunityDirectory directory;
    private final CreditLines credit;

    LinkageController(CommunityDirectory directory, CreditLines credit) {
        this.directory = directory;
        this.credit = credit;
    }

    /** A fund with the producers and outlets it backs and the money it circulated. */
    @Serdeable
    record FundView(CommunityDirectory.FundDetail detail, FundMoney money, long circulatedSatang) {}

    @Operation(summary = "What a product supports: its producer's occupational group, village programme and funds")
    @ApiResponse(responseCode = "200", description = "The product's linkages")
    @ApiResponse(responseCode = "404", description = "No published product with this id")
    @Get("/products/{publicId}")
    HttpResponse<CommunityDirectory.ProductLinkage> product(@PathVariable String publicId) {
        return directory.product(publicId).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Operation(summary = "Sammachip programmes by village, optionally of one province")
    @Get("/programmes{?province}")
    List<SammachipProgramme> programmes(
            @Parameter(description = "province code, e.g. 32 for Surin") @QueryValue @Nullable Integer province) {
        return directory.programmes(province);
    }

    @Operation(summary = "A village's sammachip programme with its occupational groups, producers and products")
    @ApiResponse(responseCode = "404", description = "No such programme")
    @Get("/programmes/{id}")
    HttpResponse<CommunityDirectory.ProgrammeDetail> programme(@PathVariable long id) {
        return directory.programme(id).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Operation(summary = "An occupational group with its producers and their products")
    @ApiResponse(responseCode = "404", description = "No such group")
    @Get("/groups/{id}")
    HttpResponse<CommunityDirectory.GroupDetail> group(@PathVariable long id) {
        return directory.group(id).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Operation(summary = "Community funds, optionally of one province")
    @Get("/funds{?province}")
    List<CommunityFund> funds(@QueryValue @Nullable Integer province) {
        return directory.funds(province);
    }

    @Operation(
            summary = "A community fund with the producers and outlets it backs, its contributions from sales and the "
                    + "credit it extends")
    @ApiResponse(responseCode = "404", description = "No such fund")
    @Get("/funds/{id}")
    HttpResponse<FundView> fund(@PathVariable long id) {
        return directory
                .fund(id)
                .map(detail -> {
                    FundMoney money = credit.fundMoney(id);
                    return HttpResponse.ok(new FundView(detail, money, money.circulatedSatang()));
                })
                .orElseGet(HttpResponse::notFound);
    }
}
