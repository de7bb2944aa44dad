package th.otop.storefront.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.FundKind;
import th.otop.catalog.community.FundRelation;
import th.otop.catalog.community.SammachipProgramme;
import th.otop.catalog.outlet.OutletApplication;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.outlet.Outlets;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.producer.ProducerProfile;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductDraft;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.catalog.wholesale.PriceTier;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleTerms;
import th.otop.devstack.RealServices;
import th.otop.orders.wholesale.CreditLines;

/** The public linkage API through HTTP: a product's, a village programme's and a fund's linkages, and its OpenAPI. */
@MicronautTest(transactional = false)
class LinkageApiIntegrationTest implements RealServices {
    static final int SURIN = 32;
    static final long SECRET_WHOLESALE_PRICE = 31_337;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Community community;

    @Inject
    Producers producers;

    @Inject
    Products products;

    @Inject
    WholesaleCatalogue wholesale;

    @Inject
    Accounts accounts;

    @Inject
    Outlets outlets;

    @Inject
    CreditLines credit;

    long programme;
    long group;
    long fund;
    String productId;
    String outletId;

    @BeforeAll
    void linkedVillage() {
        programme = community.addProgramme(new SammachipProgramme(
                0,
                SURIN,
                "เมืองสุรินทร์",
                "สลักได",
                "บ้านท่าสว่าง",
                "นางบุญมี ทอเก่ง",
                List.of(
                        "นางบุญมี ทอเก่ง",
                        "นายสมศักดิ์ ใจดี",
                        "นางสาวมาลี ศรีสุข",
                        "นายประยูร มีสุข",
                        "นางทองใบ รักถิ่น"),
                120,
                List.of("ทอผ้าไหม", "ย้อมสีธรรมชาติ"),
                2017));
        group = community.addGroup("กลุ่มทอผ้าไหมบ้านท่าสว่าง", "Ban Tha Sawang silk weavers", programme, 35);
        fund = community.addFund(FundKind.SAVINGS_GROUP, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านท่าสว่าง", null, SURIN);
        ProducerId weavers = producers.register(new ProducerProfile(
                ProducerKind.COMMUNITY_ENTERPRISE,
                "วิสาหกิจชุมชนทอผ้าท่าสว่าง",
                "Tha Sawang Weaving Enterprise",
                null,
                null,
                SURIN,
                "เมืองสุรินทร์",
                "สลักได",
                null,
                "บ้านท่าสว่าง",
                "0812345678",
                null,
                "0812345678",
                false));
        producers.decideVerification(weavers, Verification.VERIFIED, null);
        community.linkGroup(weavers, group, true);
        community.linkFund(weavers, fund, FundRelation.FINANCED_BY, true);
        ProductId scarf = products.create(
                weavers,
                new ProductDraft(
                        "ผ้าไหมมัดหมี่ลายนาคเกี้ยว",
                        "Naga mudmee silk",
                        null,
                        null,
                        Category.CLOTH,
                        120_000,
                        20,
                        "ผืน",
                        "piece",
                        400,
                        3));
        products.publish(weavers, scarf);
        wholesale.set(
                weavers, new WholesaleTerms(scarf, 6, 6, true, List.of(new PriceTier(6, SECRET_WHOLESALE_PRICE))));
        productId = products.find(scarf).orElseThrow().publicId();

        Account owner = accounts.register(new SignUp(
                UUID.randomUUID().toString().substring(0, 8) + "@sukjai.example",
                "password123",
                "ผู้จัดการร้าน",
                Role.CONSUMER,
                false));
        var outlet = outlets.signUp(
                owner.id(),
                new OutletApplication(
                        "ร้านประชารัฐสุขใจ สุรินทร์",
                        "Sukjai Shop Surin",
                        SURIN,
                        "สุรินทร์",
                        "บริษัทประชารัฐรักสามัคคีสุรินทร์",
                        fund));
        outlets.decide(outlet.id(), OutletStatus.VERIFIED, null);
        credit.extend(fund, outlet.id(), 5_000_000, 30);
        outletId = outlet.publicId();
    }

    @Test
    void aProductNamesTheVillageGroupAndFundItSupportsButNeverItsWholesalePrice() {
        HttpResponse<String> raw =
                client.toBlocking().exchange(HttpRequest.GET("/api/v1/linkages/products/" + productId), String.class);
        assertEquals(HttpStatus.OK, raw.getStatus());
        assertFalse(
                raw.body().contains(String.valueOf(SECRET_WHOLESALE_PRICE)), "wholesale prices are for outlets only");
        Map<String, Object> body = get("/api/v1/linkages/products/" + productId);
        assertEquals("วิสาหกิจชุมชนทอผ้าท่าสว่าง", map(body, "producer").get("nameTh"));
        Map<String, Object> groupLink = list(map(body, "linkages"), "groups").get(0);
        assertEquals("กลุ่มทอผ้าไหมบ้านท่าสว่าง", map(groupLink, "group").get("nameTh"));
        assertEquals("บ้านท่าสว่าง", map(groupLink, "programme").get("village"));
        assertEquals("CONFIRMED", groupLink.get("status"));
        Map<String, Object> fundLink = list(map(body, "linkages"), "funds").get(0);
        assertEquals("FINANCED_BY", fundLink.get("relation"));
        assertEquals(((Number) map(fundLink, "fund").get("id")).longValue(), fund);

        var missing = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(
                        HttpRequest.GET("/api/v1/linkages/products/nosuchproduct")
                                .accept("application/json"),
                        String.class));
        assertEquals(HttpStatus.NOT_FOUND, missing.getStatus());
    }

    @Test
    void aVillageProgrammeListsItsTrainersGroupsProducersAndProducts() {
        List<Map<String, Object>> inSurin = getList("/api/v1/linkages/programmes?province=" + SURIN);
        assertEquals(1, inSurin.size());
        assertEquals(120, ((Number) inSurin.get(0).get("householdsTrained")).intValue());
        assertTrue(getList("/api/v1/linkages/programmes?province=10").isEmpty());

        Map<String, Object> detail = get("/api/v1/linkages/programmes/" + programme);
        assertEquals(5, ((List<?>) map(detail, "programme").get("trainerNames")).size());
        Map<String, Object> g = list(detail, "groups").get(0);
        Map<String, Object> producer = list(g, "producers").get(0);
        assertEquals(
                "ผ้าไหมมัดหมี่ลายนาคเกี้ยว", list(producer, "products").get(0).get("titleTh"));
        assertEquals(productId, list(producer, "products").get(0).get("publicId"));
        assertEquals(
                "วิสาหกิจชุมชนทอผ้าท่าสว่าง",
                list(get("/api/v1/linkages/groups/" + group), "producers")
                        .get(0)
                        .get("nameTh"));
    }

    @Test
    void aFundListsTheProducersAndOutletsItBacksAndItsMoney() {
        Map<String, Object> body = get("/api/v1/linkages/funds/" + fund);
        Map<String, Object> detail = map(body, "detail");
        assertEquals("FINANCED_BY", list(detail, "producers").get(0).get("relation"));
        assertEquals(outletId, list(detail, "outlets").get(0).get("publicId"));
        assertEquals(5_000_000L, ((Number) map(body, "money").get("creditLimitSatang")).longValue());
        assertEquals(0L, ((Number) body.get("circulatedSatang")).longValue());
        assertEquals(1, getList("/api/v1/linkages/funds?province=" + SURIN).size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentValidatesAndDescribesTheLinkages() {
        HttpResponse<String> response =
                client.toBlocking().exchange(HttpRequest.GET("/api/v1/openapi.yml"), String.class);
        assertEquals("application/yaml", response.getContentType().orElseThrow().toString());
        String yaml = response.body();
        ParseOptions strict = new ParseOptions();
        strict.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml, null, strict);
        assertNotNull(parsed.getOpenAPI(), "the document parses as OpenAPI 3");
        assertEquals(List.of(), parsed.getMessages(), "the OpenAPI 3 validator finds nothing wrong");
        Map<String, Object> api = new Yaml().load(yaml);
        assertTrue(String.valueOf(api.get("openapi")).startsWith("3."), "an OpenAPI 3 document");
        assertEquals("otop-api", map(api, "info").get("title"));
        Map<String, Object> paths = map(api, "paths");
        for (String path : List.of(
                "/api/v1/linkages/products/{publicId}",
                "/api/v1/linkages/programmes",
                "/api/v1/linkages/programmes/{id}",
                "/api/v1/linkages/groups/{id}",
                "/api/v1/linkages/funds",
                "/api/v1/linkages/funds/{id}")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
            Map<String, Object> get = (Map<String, Object>) ((Map<String, Object>) paths.get(path)).get("get");
            assertTrue(map(get, "responses").containsKey("200"), path + " documents its answer");
        }
        assertTrue(paths.keySet().stream().noneMatch(p -> p.contains("openapi")), "not the document itself");
        for (String path : List.of(
                "/api/v1/wholesale/catalogue",
                "/api/v1/wholesale/credit",
                "/api/v1/wholesale/purchase-orders",
                "/api/v1/wholesale/purchase-orders/{publicId}")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
            Map<String, Object> operations = (Map<String, Object>) paths.get(path);
            for (Object operation : operations.values()) {
                Map<String, Object> op = (Map<String, Object>) operation;
                assertTrue(
                        map(op, "responses").containsKey("200")
                                || map(op, "responses").containsKey("201"),
                        path);
                assertEquals(
                        List.of(Map.of("signInCookie", List.of())),
                        op.getOrDefault("security", api.get("security")),
                        path + " needs an outlet's sign-in");
            }
        }
        Map<String, Object> post = (Map<String, Object>)
                ((Map<String, Object>) paths.get("/api/v1/wholesale/purchase-orders")).get("post");
        assertTrue(String.valueOf(post.get("parameters")).contains("X-CSRF-TOKEN"), "a post carries the CSRF token");
        Map<String, Object> linkage =
                (Map<String, Object>) ((Map<String, Object>) paths.get("/api/v1/linkages/funds")).get("get");
        assertNull(linkage.get("security"), "the linkages are public");
        assertNull(api.get("security"), "no sign-in required document-wide");
        Map<String, Object> signIn = map(map(map(api, "components"), "securitySchemes"), "signInCookie");
        assertEquals("apiKey", signIn.get("type"));
        assertEquals("cookie", signIn.get("in"));
        assertEquals("JWT", signIn.get("name"));
        assertTrue(String.valueOf(signIn.get("description")).contains("role OUTLET"), String.valueOf(signIn));
        Map<String, Object> schemas = map(map(api, "components"), "schemas");
        assertTrue(
                schemas.keySet().stream().anyMatch(s -> s.contains("ProductLinkage")),
                String.valueOf(schemas.keySet()));
        assertTrue(schemas.keySet().stream().anyMatch(s -> s.contains("Listing")), String.valueOf(schemas.keySet()));
        // every reference resolves: the document is self-contained
        Matcher refs =
                Pattern.compile("\\$ref: \"?#/components/schemas/([^\"\\s]+)").matcher(yaml);
        List<String> dangling = new ArrayList<>();
        int count = 0;
        while (refs.find()) {
            count++;
            if (!schemas.containsKey(refs.group(1))) {
                dangling.add(refs.group(1));
            }
        }
        assertTrue(count > 5, "schemas are referenced");
        assertTrue(dangling.isEmpty(), "dangling references: " + dangling);
    }

    private Map<String, Object> get(String path) {
        return client.toBlocking().retrieve(HttpRequest.GET(path), Argument.mapOf(String.class, Object.class));
    }

    private List<Map<String, Object>> getList(String path) {
        return client.toBlocking()
                .retrieve(HttpRequest.GET(path), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> body, String key) {
        return (Map<String, Object>) body.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
        return (List<Map<String, Object>>) body.get(key);
    }
}
