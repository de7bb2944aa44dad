package th.otop.storefront;

import jakarta.inject.Singleton;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import th.otop.catalog.audit.OfficerActions;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.FundKind;
import th.otop.catalog.community.FundRelation;
import th.otop.catalog.community.SammachipProgramme;
import th.otop.catalog.image.ProductPhotos;
import th.otop.catalog.image.StoredPhoto;
import th.otop.catalog.producer.Producer;
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
import th.otop.catalog.product.VariantDraft;
import th.otop.catalog.search.ProductIndexer;
import th.otop.catalog.search.ProductSearch;
import th.otop.catalog.search.SearchQuery;

/**
 * A small catalogue for storefront tests, made through the catalog's own services: a sammachip silk-weaving
 * enterprise in Surin backed by a village fund, an ungraded chilli-paste group in Chiang Mai and a star-rated coffee
 * roaster in Chiang Rai.
 */
@Singleton
public class StorefrontMother {
    /** The account the fixtures' officer grades under. */
    public static final long GRADING_OFFICER = 9_001;

    private final Producers producers;
    private final Products products;
    private final OfficerActions officer;
    private final Community community;
    private final ProductPhotos photos;
    private final ProductIndexer indexer;
    private final ProductSearch search;

    StorefrontMother(
            Producers producers,
            Products products,
            OfficerActions officer,
            Community community,
            ProductPhotos photos,
            ProductIndexer indexer,
            ProductSearch search) {
        this.producers = producers;
        this.products = products;
        this.officer = officer;
        this.community = community;
        this.photos = photos;
        this.indexer = indexer;
        this.search = search;
    }

    /** What {@link #catalogue()} made, by role. */
    public record Catalogue(
            Producer weavers,
            Producer chilliGroup,
            Producer roaster,
            String silk,
            String silkRed,
            String silkIndigo,
            String chilli,
            String cotton,
            String coffee) {}

    public Catalogue catalogue() {
        ProducerId weavers = verifiedProducer(
                "วิสาหกิจชุมชนทอผ้าไหมบ้านท่าสว่าง",
                "Ban Tha Sawang Silk Weavers",
                32,
                ProducerKind.COMMUNITY_ENTERPRISE);
        long programme = community.addProgramme(new SammachipProgramme(
                0,
                32,
                "เมืองสุรินทร์",
                "สลักได",
                "บ้านท่าสว่าง",
                "นายสมชาย ใจดี",
                List.of("นางสาย", "นายดำ", "นางแดง", "นายขาว", "นางเขียว"),
                120,
                List.of("ทอผ้าไหม", "ย้อมสีธรรมชาติ"),
                2017));
        community.linkGroup(
                weavers, community.addGroup("กลุ่มทอผ้าไหมท่าสว่าง", "Tha Sawang silk weavers", programme, 40), true);
        long fund = community.addFund(FundKind.VILLAGE_FUND, "กองทุนหมู่บ้านท่าสว่าง", "Tha Sawang village fund", 32);
        community.linkFund(weavers, fund, FundRelation.FINANCED_BY, true);
        ProducerId chilliGroup =
                verifiedProducer("กลุ่มแม่บ้านน้ำพริกสันทราย", null, 50, ProducerKind.OCCUPATIONAL_GROUP);
        ProducerId roaster = verifiedProducer("ไร่กาแฟดอยช้าง", "Doi Chang Coffee Farm", 57, ProducerKind.SME);

        ProductId silk = published(
                weavers,
                new ProductDraft(
                        "ผ้าไหมทอมือจากสุรินทร์",
                        "Hand-woven silk from Surin",
                        "ผ้าไหมมัดหมี่ทอมือ ย้อมสีธรรมชาติ",
                        "Ikat silk, hand-woven and dyed with natural colours",
                        Category.CLOTH,
                        125_000,
                        3,
                        "ผืน",
                        "piece",
                        400,
                        7),
                Grading.of(5, 2024));
        withPhoto(weavers, silk, new Color(0x8a, 0x3b, 0x12));
        long red = products.addVariant(weavers, silk, new VariantDraft("สีแดงครั่ง", "Lac red", 130_000, 2, null));
        long indigo = products.addVariant(weavers, silk, new VariantDraft("สีคราม", "Indigo", 135_000, 0, null));
        withPhoto(weavers, silk, new Color(0x1e, 0x3a, 0x8a));
        ProductId chilli = published(chilliGroup, draft("น้ำพริกเผาแม่ประนอม", null, Category.FOOD, 8_000, 40));
        withPhoto(chilliGroup, chilli, new Color(0xb4, 0x23, 0x18));
        ProductId cotton =
                published(weavers, draft("ผ้าฝ้ายย้อมคราม", "Indigo-dyed cotton", Category.CLOTH, 45_000, 7));
        ProductId coffee = published(
                roaster,
                draft("กาแฟคั่วดอยช้าง", "Doi Chang roasted coffee", Category.BEVERAGE, 32_000, 0),
                Grading.of(4, 2023));
        indexer.drainAll();
        eventually(
                Duration.ofSeconds(10),
                () -> search.search(SearchQuery.forText(null)).total() == 4);
        return new Catalogue(
                producers.find(weavers).orElseThrow(),
                producers.find(chilliGroup).orElseThrow(),
                producers.find(roaster).orElseThrow(),
                publicId(silk),
                String.valueOf(red),
                String.valueOf(indigo),
                publicId(chilli),
                publicId(cotton),
                publicId(coffee));
    }

    public ProducerId verifiedProducer(String nameTh, String nameEn, int provinceId, ProducerKind kind) {
        ProducerId id = producers.register(new ProducerProfile(
                kind,
                nameTh,
                nameEn,
                "เราทอผ้าด้วยมือมาสามรุ่น",
                "Three generations of weaving by hand",
                provinceId,
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

    public static ProductDraft draft(String titleTh, String titleEn, Category category, long priceSatang, int stock) {
        return new ProductDraft(titleTh, titleEn, null, null, category, priceSatang, stock, "ชิ้น", "piece", 500, 0);
    }

    public ProductId published(ProducerId producer, ProductDraft draft) {
        ProductId id = products.create(producer, draft);
        products.publish(producer, id);
        return id;
    }

    /** Published, then graded the only way a grade is written: by an officer. */
    public ProductId published(ProducerId producer, ProductDraft draft, Grading grading) {
        ProductId id = published(producer, draft);
        grade(id, grading);
        return id;
    }

    /** An officer records the grade (the fixtures' officer account, {@link #GRADING_OFFICER}). */
    public void grade(ProductId product, Grading grading) {
        officer.recordGrade(GRADING_OFFICER, product, grading);
    }

    public void withPhoto(ProducerId producer, ProductId product, Color colour) {
        StoredPhoto photo = photos.process(jpeg(colour), "products/" + product.value());
        products.addPhoto(producer, product, photo.key(), photo.width(), photo.height());
    }

    private String publicId(ProductId id) {
        return products.find(id).orElseThrow().publicId();
    }

    public static byte[] jpeg(Color colour) {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 800, 600);
        g.setColor(Color.WHITE);
        g.fillOval(250, 150, 300, 300);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for something the indexer makes true shortly, failing after the given time. */
    public static void eventually(Duration within, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + within.toMillis() + " ms");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
