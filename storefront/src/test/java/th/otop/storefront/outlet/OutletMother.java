package th.otop.storefront.outlet;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.audit.OfficerActions;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.FundKind;
import th.otop.catalog.community.FundRelation;
import th.otop.catalog.community.SammachipProgramme;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.producer.ProducerProfile;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.Grading;
import th.otop.catalog.product.ProductDraft;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;
import th.otop.catalog.search.ProductIndexer;
import th.otop.catalog.search.WholesaleSearch;
import th.otop.catalog.wholesale.PriceTier;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleQuery;
import th.otop.catalog.wholesale.WholesaleTerms;
import th.otop.storefront.StorefrontMother;

/**
 * Three producers selling wholesale, made through the catalog's own services: a sammachip silk-weaving enterprise in
 * Surin financed by a fund, an ungraded chilli-paste group in Chiang Mai, and a basket group in Surin in the same fund.
 */
@Singleton
public class OutletMother {
    static final int SURIN = 32;
    static final int CHIANG_MAI = 50;

    private final Producers producers;
    private final Products products;
    private final OfficerActions officer;
    private final Community community;
    private final WholesaleCatalogue catalogue;
    private final Accounts accounts;
    private final ProductIndexer indexer;
    private final WholesaleSearch search;

    OutletMother(
            Producers producers,
            Products products,
            OfficerActions officer,
            Community community,
            WholesaleCatalogue catalogue,
            Accounts accounts,
            ProductIndexer indexer,
            WholesaleSearch search) {
        this.producers = producers;
        this.products = products;
        this.officer = officer;
        this.community = community;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.indexer = indexer;
        this.search = search;
    }

    public record World(
            long fund,
            ProducerId silk,
            ProducerId chilli,
            ProducerId baskets,
            ProductId scarf,
            ProductId paste,
            ProductId basket,
            String scarfId,
            String pasteId,
            String basketId) {}

    public World world() {
        long fund = community.addFund(
                FundKind.FUND_CENTRE, "ศูนย์จัดการกองทุนชุมชนตำบลสลักได", "Salakdai fund centre", SURIN);
        ProducerId silk = producer("วิสาหกิจชุมชนทอผ้าไหมบ้านท่าสว่าง", "Tha Sawang Silk Weavers", SURIN);
        ProducerId chilli = producer("กลุ่มแม่บ้านน้ำพริกสันทราย", null, CHIANG_MAI);
        ProducerId baskets = producer("กลุ่มจักสานบ้านโคกเมือง", "Khok Mueang Baskets", SURIN);
        long programme = community.addProgramme(new SammachipProgramme(
                0,
                SURIN,
                "เมืองสุรินทร์",
                "สลักได",
                "บ้านท่าสว่าง",
                "นายสมชาย ใจดี",
                List.of("นางสาย", "นายดำ", "นางแดง", "นายขาว", "นางเขียว"),
                120,
                List.of("ทอผ้าไหม"),
                2017));
        community.linkGroup(
                silk, community.addGroup("กลุ่มทอผ้าไหมท่าสว่าง", "Tha Sawang weavers", programme, 40), true);
        community.linkFund(silk, fund, FundRelation.FINANCED_BY, true);
        community.linkFund(baskets, fund, FundRelation.MEMBER, true);
        ProductId scarf = product(
                silk, "ผ้าไหมมัดหมี่ทอมือ", "Hand-woven ikat silk", Category.CLOTH, Grading.of(5, 2024), 45_000, 200);
        ProductId paste = product(chilli, "น้ำพริกเผาแม่ประนอม", null, Category.FOOD, Grading.GROUP_D, 8_900, 500);
        ProductId basket =
                product(baskets, "ตะกร้าสานไม้ไผ่", "Bamboo basket", Category.HOUSEHOLD, Grading.GROUP_D, 25_000, 100);
        catalogue.set(
                silk,
                new WholesaleTerms(scarf, 12, 6, true, List.of(new PriceTier(12, 32_000), new PriceTier(48, 29_500))));
        catalogue.set(
                chilli,
                new WholesaleTerms(paste, 24, 12, true, List.of(new PriceTier(24, 6_550), new PriceTier(120, 5_990))));
        catalogue.set(baskets, new WholesaleTerms(basket, 10, 5, true, List.of(new PriceTier(10, 17_333))));
        // the wholesale catalogue is searched in the index, which shows new documents within its refresh interval
        indexer.drainAll();
        WholesaleQuery all = new WholesaleQuery(null, null, null, null, false, false, false, 0, null, null);
        for (int tries = 0; tries < 100 && search.search(all).total() < 3; tries++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new World(
                fund, silk, chilli, baskets, scarf, paste, basket, publicId(scarf), publicId(paste), publicId(basket));
    }

    public Account account(String name) {
        return accounts.register(new SignUp(
                UUID.randomUUID().toString().substring(0, 10) + "@sukjai.example",
                "password123",
                name,
                Role.CONSUMER,
                false));
    }

    private ProducerId producer(String nameTh, String nameEn, int province) {
        ProducerId id = producers.register(new ProducerProfile(
                ProducerKind.COMMUNITY_ENTERPRISE,
                nameTh,
                nameEn,
                "เรื่องราวของเรา",
                "Our story",
                province,
                null,
                null,
                null,
                "บ้านท่าสว่าง",
                "0812345678",
                null,
                "0812345678",
                true));
        producers.decideVerification(id, Verification.VERIFIED, null);
        return id;
    }

    private ProductId product(
            ProducerId producer, String th, String en, Category category, Grading grading, long price, int stock) {
        ProductId id = products.create(
                producer, new ProductDraft(th, en, null, null, category, price, stock, "ชิ้น", "piece", 500, 0));
        products.publish(producer, id);
        if (!grading.isGroupD()) {
            officer.recordGrade(StorefrontMother.GRADING_OFFICER, id, grading);
        }
        return id;
    }

    private String publicId(ProductId id) {
        return products.find(id).orElseThrow().publicId();
    }
}
