package th.otop.catalog.demo;

import java.util.List;
import java.util.Map;
import th.otop.catalog.product.Category;

/** Plausible OTOP product names per category, in Thai and English, with typical prices in baht. */
final class ProductNames {
    record Name(String th, String en, int minBaht, int maxBaht, String unitTh, String unitEn) {}

    static final Map<Category, List<Name>> BY_CATEGORY = Map.of(
            Category.FOOD,
                    List.of(
                            new Name("น้ำพริกเผา", "Roasted chili paste", 45, 150, "กระปุก", "jar"),
                            new Name("น้ำพริกนรก", "Fiery chili dip", 40, 120, "กระปุก", "jar"),
                            new Name("ข้าวหอมมะลิอินทรีย์", "Organic jasmine rice", 60, 250, "ถุง", "bag"),
                            new Name("ข้าวเกรียบปลา", "Fish crackers", 35, 90, "ถุง", "bag"),
                            new Name("กล้วยตาก", "Sun-dried bananas", 40, 120, "กล่อง", "box"),
                            new Name("มะขามแช่อิ่ม", "Candied tamarind", 50, 150, "กล่อง", "box"),
                            new Name("หมูยอ", "Pork sausage", 60, 180, "แท่ง", "roll"),
                            new Name("ทุเรียนทอด", "Durian chips", 120, 450, "ถุง", "bag"),
                            new Name("ขนมเปี๊ยะ", "Mung bean pastry", 60, 200, "กล่อง", "box"),
                            new Name("น้ำผึ้งป่า", "Wild honey", 150, 450, "ขวด", "bottle"),
                            new Name("แหนมหมู", "Fermented pork", 50, 150, "แพ็ค", "pack")),
            Category.BEVERAGE,
                    List.of(
                            new Name("กาแฟคั่วบด", "Ground roasted coffee", 150, 450, "ถุง", "bag"),
                            new Name("ชาอู่หลง", "Oolong tea", 120, 600, "กล่อง", "box"),
                            new Name("น้ำกระเจี๊ยบ", "Roselle juice", 20, 60, "ขวด", "bottle"),
                            new Name("ชาตะไคร้", "Lemongrass tea", 60, 180, "กล่อง", "box"),
                            new Name("ไวน์ลูกหม่อน", "Mulberry wine", 250, 800, "ขวด", "bottle"),
                            new Name("น้ำตาลโตนด", "Palm sugar syrup", 40, 120, "ขวด", "bottle"),
                            new Name("ชาใบหม่อน", "Mulberry leaf tea", 80, 250, "กล่อง", "box")),
            Category.CLOTH,
                    List.of(
                            new Name("ผ้าไหมมัดหมี่", "Mudmee silk", 1500, 12000, "ผืน", "piece"),
                            new Name("ผ้าไหมทอมือ", "Hand-woven silk", 1200, 9000, "ผืน", "piece"),
                            new Name("ผ้าฝ้ายทอมือ", "Hand-woven cotton", 350, 1800, "ผืน", "piece"),
                            new Name("ผ้าขาวม้า", "Pha khao ma cloth", 120, 450, "ผืน", "piece"),
                            new Name("ผ้าย้อมคราม", "Indigo-dyed cloth", 450, 2500, "ผืน", "piece"),
                            new Name("เสื้อม่อฮ่อม", "Mor hom shirt", 250, 650, "ตัว", "shirt"),
                            new Name("ผ้าซิ่นตีนจก", "Teen jok sarong", 2500, 15000, "ผืน", "piece"),
                            new Name("กระเป๋าผ้าทอ", "Woven cloth bag", 250, 1200, "ใบ", "bag"),
                            new Name("ผ้าบาติก", "Batik cloth", 300, 1500, "ผืน", "piece")),
            Category.HOUSEHOLD,
                    List.of(
                            new Name("ตะกร้าสานผักตบชวา", "Water hyacinth basket", 150, 900, "ใบ", "basket"),
                            new Name("เครื่องปั้นดินเผา", "Earthenware pottery", 200, 2500, "ชิ้น", "piece"),
                            new Name("ร่มกระดาษสา", "Mulberry paper umbrella", 250, 1500, "คัน", "umbrella"),
                            new Name("เครื่องจักสานไม้ไผ่", "Bamboo wickerwork", 120, 800, "ชิ้น", "piece"),
                            new Name("โคมไฟกระดาษสา", "Mulberry paper lamp", 300, 1500, "ชิ้น", "lamp"),
                            new Name("ไม้แกะสลัก", "Wood carving", 500, 6000, "ชิ้น", "piece"),
                            new Name("เครื่องเบญจรงค์", "Benjarong porcelain", 600, 8000, "ชิ้น", "piece"),
                            new Name("กระติบข้าวเหนียว", "Sticky rice basket", 80, 350, "ใบ", "basket")),
            Category.HERBAL,
                    List.of(
                            new Name("สบู่สมุนไพร", "Herbal soap", 35, 150, "ก้อน", "bar"),
                            new Name("ยาหม่องสมุนไพร", "Herbal balm", 40, 150, "ตลับ", "tin"),
                            new Name("ลูกประคบสมุนไพร", "Herbal compress ball", 60, 200, "ลูก", "ball"),
                            new Name("น้ำมันมะพร้าวสกัดเย็น", "Cold-pressed coconut oil", 120, 450, "ขวด", "bottle"),
                            new Name("แชมพูมะกรูด", "Kaffir lime shampoo", 80, 250, "ขวด", "bottle"),
                            new Name("ยาดมสมุนไพร", "Herbal inhaler", 25, 90, "ขวด", "bottle"),
                            new Name("ครีมขมิ้นชัน", "Turmeric cream", 90, 350, "กระปุก", "jar")));

    static final List<String[]> STYLES = List.of(
            new String[] {"สูตรดั้งเดิม", "original recipe"},
            new String[] {"สูตรคุณยาย", "grandmother's recipe"},
            new String[] {"ออร์แกนิก", "organic"},
            new String[] {"ของฝาก", "gift"},
            new String[] {"พรีเมียม", "premium"},
            new String[] {"", ""});

    private ProductNames() {}
}
