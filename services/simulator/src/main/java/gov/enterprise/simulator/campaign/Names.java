package gov.enterprise.simulator.campaign;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Names of enterprises and people as they look in Taizhou's registers, and what each industry cluster makes. */
final class Names {

    private static final String BRAND_CHARACTERS = "华海东正泰宏力信达恒远新立盛鑫瑞永明通美凯博安腾飞龙嘉辉锦德天光长丰豪金"
            + "隆兴昌富源祥佳宇星振亚威森联利宝康益荣发顺广中创科汇";

    private static final Map<String, List<String>> TRADES = Map.of(
            "AUTO", List.of("汽车零部件", "汽配", "车业", "汽车部件", "机械"),
            "AVIATION", List.of("通用航空", "航空科技", "航空零部件"),
            "MOULD", List.of("模具", "塑业", "塑料制品", "模塑"),
            "PHARMA", List.of("药业", "制药", "医药化工", "生物医药"),
            "SANITARY", List.of("卫浴", "洁具", "智能卫浴"),
            "SEWING", List.of("缝制设备", "缝纫机", "缝制科技"),
            "PUMP", List.of("泵业", "机电", "电机", "水泵"),
            "OTHER", List.of("鞋业", "服饰", "阀门", "眼镜", "工艺品", "家具", "食品", "电子"));

    private static final Map<String, List<String>> PRODUCTS = Map.of(
            "AUTO", List.of("汽车零部件", "新能源汽车电机壳体", "汽车制动器", "汽车空调压缩机"),
            "AVIATION", List.of("通用飞机零部件", "无人机机体", "航空紧固件"),
            "MOULD", List.of("注塑模具", "汽车保险杠模具", "家电塑料件"),
            "PHARMA", List.of("原料药", "医药中间体", "制剂"),
            "SANITARY", List.of("智能马桶", "智能马桶盖", "卫浴五金"),
            "SEWING", List.of("工业缝纫机", "电脑平缝机", "自动缝制单元"),
            "PUMP", List.of("水泵电机", "潜水泵", "小型电机"),
            "OTHER", List.of("阀门", "眼镜架", "休闲鞋", "户外家具", "电子元器件"));

    private static final String SURNAMES = "王李张陈林黄周吴徐郑杨朱蒋应金叶梁潘罗许管卢项陶";
    private static final String GIVEN = "伟强军明华建国海平志勇斌杰涛超刚文辉晓红丽敏静燕芳玲慧春雪";

    private Names() {
    }

    static String enterprise(String cluster, String regionNameZh, RandomGenerator random) {
        String brand = "" + pick(BRAND_CHARACTERS, random) + pick(BRAND_CHARACTERS, random);
        String trade = pickFrom(TRADES.get(cluster), random);
        double form = random.nextDouble();
        if (form < 0.5) {
            return "浙江" + brand + trade + "有限公司";
        }
        if (form < 0.8) {
            return "台州市" + brand + trade + "有限公司";
        }
        if (form < 0.93) {
            return stripSuffix(regionNameZh) + brand + trade + "有限公司";
        }
        return "浙江" + brand + trade + "股份有限公司";
    }

    static String product(String cluster, RandomGenerator random) {
        return pickFrom(PRODUCTS.get(cluster), random);
    }

    static String person(RandomGenerator random) {
        String name = "" + pick(SURNAMES, random) + pick(GIVEN, random);
        return random.nextBoolean() ? name + pick(GIVEN, random) : name;
    }

    /** A Taizhou landline number (area code 0576). */
    static String phone(RandomGenerator random) {
        return "0576-8" + String.format("%07d", random.nextInt(10_000_000));
    }

    private static String stripSuffix(String regionName) {
        return regionName.replaceAll("[市区县]$", "");
    }

    private static char pick(String characters, RandomGenerator random) {
        return characters.charAt(random.nextInt(characters.length()));
    }

    private static String pickFrom(List<String> options, RandomGenerator random) {
        return options.get(random.nextInt(options.size()));
    }
}
