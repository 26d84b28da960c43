package gov.enterprise.simulator.campaign;

import java.util.List;
import java.util.random.RandomGenerator;

/** What officers, heads and enterprises write when they act on a ticket. */
final class Replies {

    static final List<String> PROGRESS = List.of(
            "已与企业负责人电话沟通，了解具体诉求，正在会同相关科室研究办理意见。",
            "已安排专人上门对接，现场查看情况，正在协调有关单位推进。",
            "已召开专题协调会，明确了办理路径和时间节点，按计划推进中。",
            "已向分管领导汇报，相关材料正在审核，预计近期给企业答复。");

    static final List<String> TRANSFER = List.of(
            "经核实，该事项主要属于贵单位职责范围，请予以办理。",
            "该诉求涉及的审批权限不在本单位，转请主办单位办理。",
            "根据职责分工，该事项应由贵单位牵头办理，本单位将配合。");

    static final List<String> RETURN = List.of(
            "经核实，该事项不属于本单位职责，建议重新分派。",
            "诉求内容涉及多个部门，非本单位牵头事项，退回重新交办。",
            "分派有误，该问题属于县级政府属地协调事项，请退回重新分派。");

    static final List<String> EXTEND = List.of(
            "涉及多个部门会签，需要省级部门批复，申请延期办理。",
            "企业补充材料尚未提交齐全，需延长办理时限。",
            "涉及年度指标统筹，需等待市里统一安排，申请延期。");

    static final List<String> SUSPEND = List.of(
            "该事项需要政策调整才能解决，已列入年度政策研究计划，暂缓办理，定期复核。",
            "涉及土地利用总体规划修编，需待规划批复后再行办理。",
            "需省级层面协调解决，已上报，待有明确意见后继续办理。");

    static final List<String> SOLVED = List.of(
            "经协调，问题已解决，已向企业反馈办理结果。",
            "已按政策为企业办结相关手续，企业诉求得到落实。",
            "相关资金和政策已兑现到位，问题已解决。");

    static final List<String> EXPLAINED = List.of(
            "经研究，该诉求暂无政策依据，已向企业当面解释说明，企业表示理解。",
            "已向企业解读相关政策规定，说明了不能办理的原因和替代办法。");

    static final List<String> PLANNED = List.of(
            "问题已列入明年建设计划，预计按计划时间完成，已告知企业。",
            "已制定解决方案，待年度指标下达后落实，已与企业沟通。");

    static final List<String> DISSATISFIED = List.of(
            "答复没有解决实际问题，企业仍然无法开工。",
            "只做了解释，没有给出可行办法，希望重新研究。",
            "办理时间太长，问题到现在还没有落实。");

    private Replies() {
    }

    static String pick(List<String> options, RandomGenerator random) {
        return options.get(random.nextInt(options.size()));
    }

    static String answer(String outcome, RandomGenerator random) {
        return switch (outcome) {
            case "SOLVED" -> pick(SOLVED, random);
            case "EXPLAINED" -> pick(EXPLAINED, random);
            default -> pick(PLANNED, random);
        };
    }

    /** A stable choice for an issue and a purpose, so a reload writes the same words. */
    static String forIssue(List<String> options, String issueId, String purpose) {
        return options.get(Math.floorMod((issueId + purpose).hashCode(), options.size()));
    }
}
