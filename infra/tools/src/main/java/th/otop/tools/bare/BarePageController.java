package th.otop.tools.bare;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** {@code GET /page}: a product-like page from a fixed model, so only routing and rendering are timed. */
@Controller
class BarePageController {
    record Card(String url, String title, String price, String badge) {}

    record Review(String author, int stars, String text) {}

    private static final Map<String, Object> MODEL = Map.of(
            "title", "ผ้าไหมมัดหมี่ทอมือ ลายดั้งเดิม สุรินทร์",
            "price", "1,250 บาท",
            "unit", "ต่อผืน",
            "description",
                    "ผ้าไหมมัดหมี่ทอมือจากกลุ่มทอผ้าบ้านหนองบัว ย้อมสีธรรมชาติ ลวดลายสืบทอดจากบรรพบุรุษ ".repeat(4),
            "facts", List.of("หมวดหมู่: ผ้า", "น้ำหนัก: 350 กรัม", "ส่งภายใน 3 วัน", "ผลิตโดยวิสาหกิจชุมชน"),
            "producer", "วิสาหกิจชุมชนทอผ้าบ้านหนองบัว สุรินทร์",
            "story", "เรารวมตัวกันทอผ้าไหมตั้งแต่ปี 2540 สืบสานภูมิปัญญาท้องถิ่นและสร้างรายได้ให้ชุมชน ".repeat(3),
            "related",
                    IntStream.rangeClosed(1, 6)
                            .mapToObj(i -> new Card(
                                    "/p/related" + i + "/ผ้าไหม-" + i,
                                    "ผ้าไหมลายลูกแก้ว ผืนที่ " + i,
                                    (900 + i * 50) + " บาท",
                                    "สินค้าชุมชน"))
                            .toList(),
            "reviews",
                    IntStream.rangeClosed(1, 8)
                            .mapToObj(i -> new Review(
                                    "ลูกค้าคนที่ " + i,
                                    4 + i % 2,
                                    "เนื้อผ้าดีมาก สีสวย ส่งไว บรรจุหีบห่อเรียบร้อย ขอบคุณค่ะ"))
                            .toList());

    @Get("/page")
    @View("bare/page")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> page() {
        return MODEL;
    }
}
