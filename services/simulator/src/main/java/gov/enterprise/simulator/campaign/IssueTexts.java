package gov.enterprise.simulator.campaign;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What enterprises raise, category by category, written the way cadres write them down: a short title and a
 * description with the enterprise's own numbers. Each category has several distinct matters (templates); an
 * enterprise never gets the same matter twice, so two different issues of one enterprise stay clearly apart for the
 * duplicate detector, while a matter raised again ({@link #raisedAgain}) stays clearly alike.
 */
public final class IssueTexts {

    /** A matter: title and description with {@code {slot}} placeholders. */
    record Template(String title, String description) {
    }

    /** A written issue; {@code template} identifies the matter within its category. */
    public record Text(String category, int template, String title, String description) {
    }

    static final Map<String, List<Template>> TEMPLATES = Map.ofEntries(
            Map.entry("LAND", List.of(
                    new Template("扩产急需新增工业用地{mu}亩",
                            "公司新上{product}自动化生产线，现有厂房已经饱和，希望在{district}工业园区内协调{mu}亩左右的工业用地，今年年底前能够摘牌开工。"),
                    new Template("已摘牌地块迟迟未能交地",
                            "企业{year}年摘牌的{mu}亩地块至今未能交地，地块上还有几户未完成拆迁，项目无法动工，设备已到货只能堆放在外面，请求协调尽快交地。"),
                    new Template("老厂区不动产权证补办",
                            "企业老厂区建于二十多年前，土地证和房产证一直没有办下来，现在向银行抵押贷款受阻，希望帮助补办不动产权证。"),
                    new Template("申请入驻小微企业园标准厂房",
                            "企业目前租用的厂房合同{months}个月后到期，房东要收回自用，申请入驻{district}小微企业园，需要标准厂房约{area}平方米，想了解排队情况。"),
                    new Template("厂区空地加建厂房容积率受限",
                            "企业想利用厂区内空地加建一栋四层厂房用于{product}仓储，但现有规划容积率受限，希望按照新政策调整规划指标。"))),
            Map.entry("FUND", List.of(
                    new Template("技改项目补助资金尚未拨付",
                            "企业{year}年实施的技术改造项目已通过验收，设备投入{amount}万元，按政策应享受的技改补助至今还没有拨付到账，希望尽快兑现。"),
                    new Template("首台套产品奖励申报咨询",
                            "企业研制的新型{product}被认定为省首台套产品，想申报市里的首台套奖励，但不清楚申报时间和需要准备的材料。"),
                    new Template("亩均效益评价奖励未兑现",
                            "企业去年亩均效益评价为A类，按文件应给予{amount}万元奖励，区里说要等市里资金下达，已经等了{months}个月。"),
                    new Template("惠企政策兑现流程太长",
                            "企业申报的稳增长奖励资金需要经过多个部门审核，材料来回补正，前后已经{months}个月，希望简化政策兑现流程，实现直达快享。"))),
            Map.entry("FINANCE", List.of(
                    new Template("银行到期抽贷压贷资金链紧张",
                            "企业在某银行的{amount}万元贷款下月到期，银行表示到期后要压缩额度，企业订单充足但资金链紧张，希望协调银行续贷不抽贷。"),
                    new Template("缺少抵押物首贷难",
                            "企业是轻资产的科技型企业，厂房是租赁的，缺少抵押物，申请首贷被多家银行拒绝，希望推荐信用贷款或政府性融资担保。"),
                    new Template("拟启动上市辅导寻求指导",
                            "企业去年营业收入突破{amount}万元，计划两年内在主板或创业板上市，已完成股改，希望得到上市辅导和政策支持。"),
                    new Template("互保担保圈风险化解",
                            "企业为同行企业提供了{amount}万元担保，对方资金链断裂后银行要求企业代偿，企业经营受到牵连，请求帮助化解担保圈风险。"))),
            Map.entry("TALENT", List.of(
                    new Template("引进博士人才公寓申请",
                            "企业研发中心新引进{people}名博士和高级工程师，外地人才在台州没有住房，希望申请人才公寓并落实安家补贴。"),
                    new Template("高层次人才子女入学",
                            "企业引进的高层次人才子女今年要上小学，户口不在{district}，希望按人才政策协调就近入学。"),
                    new Template("外籍专家工作居留办理",
                            "企业聘请的外籍技术专家工作许可即将到期，办理居留手续需要往返杭州，希望简化外籍人才证件办理。"),
                    new Template("技术人才留不住",
                            "企业培养的技术骨干近两年被大城市企业挖走{people}人，希望在人才认定和人才补贴方面给予倾斜，帮助企业留人。"))),
            Map.entry("LABOUR", List.of(
                    new Template("旺季招工难一线普工缺口大",
                            "企业订单增长，一线普工缺口约{people}人，春节后返岗率不高，希望人社部门组织专场招聘会，帮助对接外来务工人员。"),
                    new Template("稳岗返还资金未到账",
                            "企业去年没有裁员，符合稳岗返还条件，但申报后一直没有到账，也没有收到不予受理的通知。"),
                    new Template("工伤认定时间过长",
                            "企业一名员工在车间受伤，申请工伤认定已经{months}个月仍没有结论，员工家属多次到厂里反映，希望加快认定。"),
                    new Template("社保缴费基数调整压力大",
                            "今年社保缴费基数上调，企业{people}名员工的用工成本明显增加，希望了解有无阶段性缓缴或减免政策。"))),
            Map.entry("APPROVAL", List.of(
                    new Template("投资项目备案审批时间长",
                            "企业投资{amount}万元的{product}扩产项目已提交备案和前置审批材料，各部门串联审批，至今已{months}个月未办结，希望并联审批加快办理。"),
                    new Template("生产许可证变更手续繁琐",
                            "企业厂址搬迁后需要变更生产许可证，要求重新提交全套材料并现场核查，手续繁琐，希望简化变更流程。"),
                    new Template("项目立项材料反复补正",
                            "企业新建项目立项申报材料被窗口退回三次，每次只告知部分问题，希望一次性告知需要补正的全部材料。"))),
            Map.entry("CONSTRUCTION", List.of(
                    new Template("新建厂房竣工验收迟迟未通过",
                            "企业新建厂房主体已完工{months}个月，消防验收和规划验收分开进行，至今没有办完联合验收，厂房无法投入使用。"),
                    new Template("施工许可证办理卡在图审",
                            "企业二期厂房施工图提交审查后多次修改，施工许可证迟迟办不下来，施工单位已进场等待，每天都有损失。"),
                    new Template("钢结构厂房加层报建",
                            "企业计划在现有钢结构厂房上加层用于{product}装配，不清楚报建审批需要哪些手续，希望住建部门给予指导。"))),
            Map.entry("ENVIRONMENT", List.of(
                    new Template("扩产项目环评审批进度慢",
                            "企业{product}扩产项目的环境影响评价报告已提交两个多月，环评审批还没有批复，影响项目开工。"),
                    new Template("排污许可证总量指标不足",
                            "企业新增产能后废水排放量增加，现有排污许可的总量指标不够，需要购买排污权，希望了解交易渠道和价格。"),
                    new Template("喷涂车间废气治理设施改造",
                            "环保检查要求企业喷涂车间废气VOCs治理设施升级改造，投入约{amount}万元，希望给予技术指导和改造补助。"),
                    new Template("园区污水纳管问题",
                            "企业所在区块污水管网未接通，生产废水只能自行处理后外运，成本很高，希望尽快实现污水纳管。"))),
            Map.entry("ENERGY", List.of(
                    new Template("用电增容报装进度慢",
                            "企业新上生产线需要用电增容{kva}千伏安，报装申请已提交{months}个月，变压器和专线接入迟迟没有落实。"),
                    new Template("新项目能耗指标不足",
                            "企业投资{amount}万元的新项目节能审查卡在能耗指标上，区里说今年用能指标已经用完，请求市里统筹解决。"),
                    new Template("屋顶分布式光伏并网",
                            "企业在厂房屋顶建设了分布式光伏，装机约{kw}千瓦，申请并网已经很久，希望供电公司加快验收并网。"),
                    new Template("天然气用气价格偏高",
                            "企业热处理工序用气量大，今年天然气价格上涨明显，燃气成本占比提高，希望协调降低工业用气价格。"))),
            Map.entry("SAFETY", List.of(
                    new Template("危化品仓库安全评价",
                            "企业使用的部分原料属于危险化学品，需要建设符合标准的危化品仓库，想了解安全评价和审批的要求。"),
                    new Template("安全生产标准化创建指导",
                            "企业今年要完成安全生产标准化三级创建，缺少专业的安全员，希望应急管理部门安排专家上门指导隐患排查。"),
                    new Template("有限空间作业安全培训",
                            "企业污水池和储罐涉及有限空间作业，员工安全培训不足，希望组织专题安全培训。"))),
            Map.entry("TAX", List.of(
                    new Template("出口退税到账慢",
                            "企业出口{product}的出口退税申报后到账时间较长，约有{amount}万元退税款未到账，影响资金周转。"),
                    new Template("研发费用加计扣除口径咨询",
                            "企业今年研发投入{amount}万元，对研发费用加计扣除的归集口径不清楚，担心汇算清缴时出错，希望税务部门辅导。"),
                    new Template("增值税留抵退税申请",
                            "企业因购进大型设备形成较大增值税留抵税额，申请留抵退税被要求补充材料，希望加快审核。"))),
            Map.entry("INFRA", List.of(
                    new Template("厂区门口道路破损断头路",
                            "企业所在园区道路是断头路，路面破损严重，大货车进出困难，雨天积水，希望尽快修路打通。"),
                    new Template("园区员工通勤公交班车",
                            "园区距离城区较远，员工上下班通勤不便，希望增设公交线路或开通通勤班车。"),
                    new Template("园区网络信号差",
                            "企业所在区块5G和宽带网络信号差，影响数字化车间设备联网，希望通信公司增设基站和光纤。"),
                    new Template("雨季厂区内涝排水不畅",
                            "每逢台风暴雨厂区周边排水不畅，车间多次进水，去年损失约{amount}万元，希望改造雨污管网。"))),
            Map.entry("TECH", List.of(
                    new Template("申报省级企业研究院",
                            "企业研发投入占营业收入比重超过百分之四，拥有发明专利{people}项，计划申报省级企业研究院，希望科技部门指导。"),
                    new Template("关键技术攻关寻求高校合作",
                            "企业{product}核心部件存在技术瓶颈，长期依赖进口，希望对接高校和科研院所开展产学研合作攻关。"),
                    new Template("高新技术企业认定辅导",
                            "企业今年首次申报高新技术企业，对知识产权和研发费用的要求把握不准，希望安排辅导。"))),
            Map.entry("MARKET", List.of(
                    new Template("海外订单下降寻求开拓市场",
                            "受贸易摩擦影响，企业对欧美出口订单下降约百分之{percent}，希望组织企业参加境外展会，开拓新兴市场。"),
                    new Template("出口通关查验时间长",
                            "企业出口货物在海关查验时间较长，影响交货期，希望协调海关提高通关效率。"),
                    new Template("跨境电商平台入驻",
                            "企业想通过跨境电商拓展海外销路，但缺少运营人才和平台资源，希望商务部门给予培训和对接。"))),
            Map.entry("QUALITY", List.of(
                    new Template("产品被仿冒知识产权维权",
                            "企业自主品牌的{product}在电商平台被大量仿冒，外观专利被侵权，希望市场监管部门协助打击维权。"),
                    new Template("参与制定行业标准",
                            "企业在{product}领域技术领先，希望牵头或参与制定国家标准和团体标准，申请浙江制造品字标认证。"),
                    new Template("检验检测周期长费用高",
                            "企业新产品需要做检验检测和认证，本地检测机构能力不足，送外地检测周期长费用高，希望本地建设检测平台。"))),
            Map.entry("RESTRUCTURE", List.of(
                    new Template("兼并上下游企业需要政策支持",
                            "企业计划并购一家上游零部件企业，涉及股权转让和资产评估，希望在兼并重组税收和审批上给予支持。"),
                    new Template("关联企业破产重整协调",
                            "企业的一家关联企业经营困难进入破产重整程序，涉及职工安置和资产处置，希望政府协调。"))),
            Map.entry("LEGAL", List.of(
                    new Template("货款被拖欠诉讼执行难",
                            "外地客户拖欠企业货款{amount}万元，法院判决后一直执行不到位，希望协调加快强制执行。"),
                    new Template("合同纠纷法律咨询",
                            "企业与供应商因设备质量发生合同纠纷，对方要求赔偿，企业缺少法务人员，希望提供法律咨询和调解服务。"))),
            Map.entry("OTHER", List.of(
                    new Template("希望参加企业家培训班",
                            "企业负责人希望参加市里组织的新生代企业家培训，了解报名方式和课程安排。"),
                    new Template("与周边村民关系协调",
                            "企业夜间生产时周边村民时有意见，双方沟通不畅，希望乡镇出面协调，建立定期沟通机制。"),
                    new Template("迎检材料重复提交",
                            "企业反映一年中各类迎检和调查表格较多，同样的材料要向不同单位重复报送，希望统筹减少。"),
                    new Template("企业文化展示场地",
                            "企业建了企业展厅，希望纳入工业旅游线路，让更多人了解台州制造。"))));

    private static final List<String> DISTRICTS = List.of("椒江", "黄岩", "路桥", "三门", "天台", "仙居", "温岭",
            "临海", "玉环");

    private IssueTexts() {
    }

    /** One matter of the catalogue: a category and one of its templates. */
    public record Matter(String category, int template) {
    }

    /** Every matter of every category except OTHER (which no rule routes), in a fixed order. */
    public static List<Matter> matters() {
        return TEMPLATES.entrySet().stream().filter(entry -> !"OTHER".equals(entry.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .flatMap(entry -> java.util.stream.IntStream.range(0, entry.getValue().size())
                        .mapToObj(template -> new Matter(entry.getKey(), template)))
                .toList();
    }

    public static int templateCount(String category) {
        return templates(category).size();
    }

    private static List<Template> templates(String category) {
        List<Template> templates = TEMPLATES.get(category);
        if (templates == null) {
            throw new IllegalArgumentException("no texts for category " + category);
        }
        return templates;
    }

    /** Writes matter {@code template} of {@code category} for an enterprise making {@code product}. */
    public static Text write(String category, int template, String product, RandomGenerator random) {
        Template chosen = templates(category).get(template);
        return new Text(category, template, fill(chosen.title(), product, random),
                fill(chosen.description(), product, random));
    }

    /**
     * The same matter raised again by the enterprise at a later visit: the cadre writes it down again, a little
     * differently, with what happened since.
     */
    public static Text raisedAgain(Text first) {
        String description = first.description().replace("希望", "请求") + "此前已反映过。";
        return new Text(first.category(), first.template(), "再次反映：" + first.title(), description);
    }

    private static String fill(String pattern, String product, RandomGenerator random) {
        return pattern
                .replace("{product}", product)
                .replace("{district}", DISTRICTS.get(random.nextInt(DISTRICTS.size())))
                .replace("{mu}", Integer.toString(5 + random.nextInt(56)))
                .replace("{amount}", Integer.toString((5 + random.nextInt(400)) * 10))
                .replace("{months}", Integer.toString(2 + random.nextInt(15)))
                .replace("{year}", Integer.toString(2021 + random.nextInt(4)))
                .replace("{area}", Integer.toString((10 + random.nextInt(90)) * 100))
                .replace("{people}", Integer.toString(3 + random.nextInt(200)))
                .replace("{kva}", Integer.toString((4 + random.nextInt(60)) * 100))
                .replace("{kw}", Integer.toString((2 + random.nextInt(40)) * 50))
                .replace("{percent}", Integer.toString(10 + random.nextInt(40)));
    }
}
