package th.otop.catalog.demo;

import java.util.List;

/** Common Thai village names (with romanisation) and people for the community records. */
final class Villages {
    static final List<String[]> NAMES = List.of(
            new String[] {"บ้านหนองบัว", "Ban Nong Bua"}, new String[] {"บ้านโนนสูง", "Ban Non Sung"},
            new String[] {"บ้านดอนแก้ว", "Ban Don Kaeo"}, new String[] {"บ้านท่าสว่าง", "Ban Tha Sawang"},
            new String[] {"บ้านห้วยทราย", "Ban Huai Sai"}, new String[] {"บ้านนาคู", "Ban Na Khu"},
            new String[] {"บ้านโคกกลาง", "Ban Khok Klang"}, new String[] {"บ้านบ่อแก้ว", "Ban Bo Kaeo"},
            new String[] {"บ้านป่าแดด", "Ban Pa Daet"}, new String[] {"บ้านทุ่งใหญ่", "Ban Thung Yai"},
            new String[] {"บ้านวังน้ำเย็น", "Ban Wang Nam Yen"}, new String[] {"บ้านหนองแวง", "Ban Nong Waeng"},
            new String[] {"บ้านดอนมูล", "Ban Don Mun"}, new String[] {"บ้านแม่ริม", "Ban Mae Rim"},
            new String[] {"บ้านไร่", "Ban Rai"}, new String[] {"บ้านสันทราย", "Ban San Sai"},
            new String[] {"บ้านนาโพธิ์", "Ban Na Pho"}, new String[] {"บ้านคลองใหม่", "Ban Khlong Mai"});

    static final List<String> GIVEN_NAMES = List.of(
            "สมชาย",
            "สมศรี",
            "บุญมี",
            "ประนอม",
            "สุนทร",
            "มาลี",
            "วันดี",
            "ทองดี",
            "สายใจ",
            "บัวผัน",
            "คำปุน",
            "จันทร์เพ็ญ");

    static final List<String> FAMILY_NAMES = List.of(
            "ใจดี", "ทองคำ", "ศรีสุข", "แก้วมณี", "บุญเรือง", "สุขสวัสดิ์", "พรหมมา", "คำแสน", "วงศ์ใหญ่", "มีสุข");

    private Villages() {}
}
