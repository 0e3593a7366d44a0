<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionDetailPane</name>
    <message>
        <source>Show in Meeting</source>
        <translation>在会议中查看</translation>
    </message>
    <message>
        <source>10-day period</source>
        <translation>旬</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>实测值</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Select an action to see its details.</source>
        <translation>选择一项改进行动以查看详情。</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>预期结果</translation>
    </message>
    <message>
        <source>10-day reports</source>
        <translation>旬报</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>效果验证</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态记录</translation>
    </message>
    <message>
        <source>Overdue %1 days</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation>退回原因：%1</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>来自%1：%2</translation>
    </message>
    <message>
        <source>Entered by hand (no meeting issue)</source>
        <translation>手工录入（无会议问题）</translation>
    </message>
    <message>
        <source>%1 · owner %2 · %3 to %4</source>
        <translation>%1 · 责任人 %2 · %3 至 %4</translation>
    </message>
    <message>
        <source>owner chosen because: %1</source>
        <translation>指定责任人的理由：%1</translation>
    </message>
    <message>
        <source>No measures written yet.</source>
        <translation>尚未填写改进措施。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(no part written)</source>
        <translation>（未填写分工方案）</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation>%1：由 %2 改进到 %3</translation>
    </message>
    <message>
        <source>No KPI linked.</source>
        <translation>未关联KPI。</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>改进前</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>%1 on %2: measured %3 against expected %4. %5</source>
        <translation>%2 %1：实测 %3，预期 %4。%5</translation>
    </message>
    <message>
        <source>Done; waiting for verification.</source>
        <translation>已完成，等待效果验证。</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>尚未验证。</translation>
    </message>
</context>
<context>
    <name>ActionFilter</name>
    <message>
        <source>No department</source>
        <translation>无部门</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无责任人</translation>
    </message>
    <message>
        <source>%1 · 1 action</source>
        <translation>%1 · 1 项</translation>
    </message>
    <message>
        <source>%1 · 1 action · overdue</source>
        <translation>%1 · 1 项 · 逾期</translation>
    </message>
    <message>
        <source>%1 · %2 actions · %3 overdue</source>
        <translation>%1 · %2 项 · %3 项逾期</translation>
    </message>
    <message>
        <source>%1 · %2 actions</source>
        <translation>%1 · %2 项</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>Improvement action</source>
        <translation>改进行动</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>新建改进行动</translation>
    </message>
    <message>
        <source>Co-department</source>
        <translation>协同部门</translation>
    </message>
    <message>
        <source>Its part</source>
        <translation>分工方案</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Why someone other than the rule&apos;s owner</source>
        <translation>为何不由规则指定的人担任责任人</translation>
    </message>
    <message>
        <source>What will be done, by whom, how often</source>
        <translation>做什么、由谁做、多久一次</translation>
    </message>
    <message>
        <source>(no KPI)</source>
        <translation>（无KPI）</translation>
    </message>
    <message>
        <source>Improvement item:</source>
        <translation>改进事项：</translation>
    </message>
    <message>
        <source>Responsible department:</source>
        <translation>负责部门：</translation>
    </message>
    <message>
        <source>Co-departments and their parts:</source>
        <translation>协同部门及各自方案：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <source>Reason for the owner:</source>
        <translation>指定责任人的理由：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Start and due date:</source>
        <translation>开始与完成日期：</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>改进措施：</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>KPI：</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Baseline → expected:</source>
        <translation>改进前 → 预期：</translation>
    </message>
    <message>
        <source>Rule: %1 (the general manager, several departments)</source>
        <translation>规则：%1（涉及多个部门，由总经理担任）</translation>
    </message>
    <message>
        <source>Rule: %1 (the department&apos;s manager)</source>
        <translation>规则：%1（由部门主管经理担任）</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>（无目标）</translation>
    </message>
    <message>
        <source>Say what is to be improved.</source>
        <translation>请填写改进事项。</translation>
    </message>
    <message>
        <source>The owner is not the rule&apos;s; give the reason for the choice.</source>
        <translation>责任人与规则不同，请说明理由。</translation>
    </message>
    <message>
        <source>The due date is before the start date.</source>
        <translation>完成日期早于开始日期。</translation>
    </message>
    <message>
        <source>The baseline and the expected result must be numbers.</source>
        <translation>改进前数值和预期结果必须是数字。</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>within a range</source>
        <translation>在区间内为好</translation>
    </message>
</context>
<context>
    <name>ActionReviewPanel</name>
    <message>
        <source>Review of last meeting&apos;s actions</source>
        <translation>上次会议改进行动回顾</translation>
    </message>
    <message>
        <source>Review of actions: up to %1</source>
        <translation>改进行动回顾：截至 %1</translation>
    </message>
    <message>
        <source>Review of actions: after %1 up to %2</source>
        <translation>改进行动回顾：%1 之后至 %2</translation>
    </message>
    <message>
        <source>▲ Clear improvement: %1 departments</source>
        <translation>▲ 有改进：%1 个部门</translation>
    </message>
    <message>
        <source>▼ No improvement: %1 departments</source>
        <translation>▼ 无改进：%1 个部门</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（未指定部门）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>• %1 — %2: overdue by %3 days (due %4), no result</source>
        <translation>• %1 —— %2：已逾期 %3 天（%4 到期），无结果</translation>
    </message>
    <message>
        <source>• %1 — %2: done, result not verified yet</source>
        <translation>• %1 —— %2：已完成，结果尚未验证</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>• %1 — %2: %3 %4 → %5 (expected %6), %7</source>
        <translation>• %1 —— %2：%3 %4 → %5（预期 %6），%7</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>改进事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Co-departments</source>
        <translation>协同部门</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Baseline → expected</source>
        <translation>基线 → 预期</translation>
    </message>
    <message>
        <source>10-day reports</source>
        <translation>旬报</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Overdue %1 days</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Past its due date %1 and not done</source>
        <translation>期限 %1 已过，仍未完成</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Improvement actions</source>
        <translation>改进行动</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show only the actions with this status</source>
        <translation>只显示该状态的改进行动</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Show All Actions</source>
        <translation>显示全部改进行动</translation>
    </message>
    <message>
        <source>No improvement actions yet</source>
        <translation>还没有改进行动</translation>
    </message>
    <message>
        <source>No improvement actions yet.</source>
        <translation>还没有改进行动。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Responsible or co-department</source>
        <translation>负责部门或协同部门</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>任意完成日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>7天内到期</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>30天内到期</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无完成日期</translation>
    </message>
    <message>
        <source>My departments</source>
        <translation>我的部门</translation>
    </message>
    <message>
        <source>Only the actions of this document&apos;s department</source>
        <translation>只显示本文件所属部门的改进行动</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>不分组</translation>
    </message>
    <message>
        <source>Group by department</source>
        <translation>按部门分组</translation>
    </message>
    <message>
        <source>Group by owner</source>
        <translation>按责任人分组</translation>
    </message>
    <message>
        <source>Actions under a header row per department or owner; Left and Right (or Enter) on a header collapse and expand it</source>
        <translation>按部门或责任人分组，每组一个标题行；在标题行上按左、右方向键（或回车）折叠、展开</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>Show the actions of every group</source>
        <translation>显示每一组的改进行动</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <source>Show only the group header rows</source>
        <translation>只显示各组的标题行</translation>
    </message>
    <message>
        <source>Filter by action, unit or owner (Ctrl+F)</source>
        <translation>按行动、部门或责任人筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>New Action…</source>
        <translation>新建行动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>效果验证…</translation>
    </message>
    <message>
        <source>Cancel Action…</source>
        <translation>取消行动…</translation>
    </message>
    <message>
        <source>10-Day Reports…</source>
        <translation>填写旬报…</translation>
    </message>
    <message>
        <source>Actions agreed in review meetings are followed up here with their 10-day reports. Add one with New Action…; the demo company has actions in every state.</source>
        <translation>业绩跟踪会上确定的改进行动在这里以旬报跟进。可用“新建行动…”添加；示例公司有各种状态的改进行动。</translation>
    </message>
    <message>
        <source>Every department</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>全部责任人</translation>
    </message>
    <message>
        <source>Every meeting</source>
        <translation>全部会议</translation>
    </message>
    <message>
        <source>A company document has no department of its own: every action shows.</source>
        <translation>公司文件没有所属部门：显示全部改进行动。</translation>
    </message>
    <message>
        <source>%1 actions:</source>
        <translation>共 %1 项行动：</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 项（共 %2 项）</translation>
    </message>
    <message>
        <source>No action matches the filter</source>
        <translation>没有符合筛选条件的改进行动</translation>
    </message>
    <message>
        <source>All %1 actions are hidden by the status, the text or the unit filter.</source>
        <translation>全部 %1 项行动都被状态、文字或单位筛选隐藏了。</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>新建改进行动</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>编辑改进行动</translation>
    </message>
    <message>
        <source>Revise action</source>
        <translation>修改改进行动</translation>
    </message>
    <message>
        <source>Submit action</source>
        <translation>提交改进行动</translation>
    </message>
    <message>
        <source>Accept action</source>
        <translation>通过改进行动</translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation>标记行动完成</translation>
    </message>
    <message>
        <source>Return action</source>
        <translation>退回改进行动</translation>
    </message>
    <message>
        <source>Why is the action returned for revision? The owner will see this.</source>
        <translation>为何退回修改？责任人会看到这条原因。</translation>
    </message>
    <message>
        <source>Cancel action</source>
        <translation>取消改进行动</translation>
    </message>
    <message>
        <source>Why is the action cancelled?</source>
        <translation>为何取消这项行动？</translation>
    </message>
    <message>
        <source>Verify action</source>
        <translation>验证改进效果</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not saved.</source>
        <translation>%1：未保存。</translation>
    </message>
    <message>
        <source>10-day report</source>
        <translation>旬报</translation>
    </message>
</context>
<context>
    <name>ActualGridModel</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This period is closed: its values cannot be changed.</source>
        <translation>该期间已关闭，数值不能再修改。</translation>
    </message>
    <message>
        <source>This goal is entered by 10-day period or week: its months add those up and cannot be typed into.</source>
        <translation>该目标按旬或按周录入，月度数值由其汇总而来，不能直接输入。</translation>
    </message>
    <message>
        <source>The document is open read-only.</source>
        <translation>文档以只读方式打开。</translation>
    </message>
    <message>
        <source>A month of the period in focus</source>
        <translation>当前期间内的月份</translation>
    </message>
    <message>
        <source>The month in focus</source>
        <translation>当前月份</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Year target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>%1: folded, click to show its teams and people</source>
        <translation>%1：已折叠，点击展开下属小组和人员</translation>
    </message>
    <message>
        <source>%1: click to fold its teams and people</source>
        <translation>%1：点击折叠下属小组和人员</translation>
    </message>
    <message>
        <source>%1
/ %2</source>
        <translation>%1
/ %2</translation>
    </message>
    <message>
        <source>%1 subtotal</source>
        <translation>%1 小计</translation>
    </message>
    <message>
        <source>Sum over the teams and people of %1 (each team&apos;s own goal where it has one, so nothing is counted twice)</source>
        <translation>%1 下属小组和人员的合计（小组有自己的目标时只计小组目标，不重复计算）</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>实际：%1</translation>
    </message>
    <message>
        <source>Achievement: %1</source>
        <translation>达成率：%1</translation>
    </message>
    <message>
        <source>%1 (on target from %2, warning from %3)</source>
        <translation>%1（≥ %2 达标，≥ %3 预警）</translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Add Item…</source>
        <translation>添加议程项(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Item…</source>
        <translation>编辑议程项(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Item</source>
        <translation>删除议程项(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Prefill</source>
        <translation>按业绩预填(&amp;P)</translation>
    </message>
    <message>
        <source>One speaker per department with KPIs in the reviewed period, more minutes for more red, plus the review of last meeting&apos;s actions</source>
        <translation>每个在所审期间有 KPI 的部门安排一位发言人，红灯越多发言时间越长；另加上次会议改进行动回顾</translation>
    </message>
    <message>
        <source>Parking &amp;Lot…</source>
        <translation>待议事项(&amp;L)…</translation>
    </message>
    <message>
        <source>Parked issues and items earlier meetings did not reach</source>
        <translation>以往会议搁置的问题和未来得及讨论的议程项</translation>
    </message>
    <message>
        <source>&amp;Save as Template…</source>
        <translation>另存为模板(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>Planned %1 min of %2 min; the agenda ends at %3 (%4 min spare)</source>
        <translation>已安排 %1 分钟，会议共 %2 分钟；议程于 %3 结束（余 %4 分钟）</translation>
    </message>
    <message>
        <source>Planned %1 min of %2 min (%3 min spare)</source>
        <translation>已安排 %1 分钟，会议共 %2 分钟（余 %3 分钟）</translation>
    </message>
    <message>
        <source>The agenda has no items yet: add some, or start from a template.</source>
        <translation>议程还没有任何项目：请添加，或从模板开始。</translation>
    </message>
    <message>
        <source>Item %1 has %2 minutes: give it more than 0.</source>
        <translation>第 %1 项为 %2 分钟：时长须大于 0。</translation>
    </message>
    <message>
        <source>%1 speaks but is not among the attendees.</source>
        <translation>%1 安排了发言，但不在与会人员中。</translation>
    </message>
    <message>
        <source>The agenda is %1 min longer than the meeting.</source>
        <translation>议程比会议时长多 %1 分钟。</translation>
    </message>
    <message>
        <source>Move an agenda item</source>
        <translation>移动议程项</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>添加议程项</translation>
    </message>
    <message>
        <source>Edit an agenda item</source>
        <translation>编辑议程项</translation>
    </message>
    <message>
        <source>Remove an agenda item</source>
        <translation>删除议程项</translation>
    </message>
    <message>
        <source>Agenda from a template</source>
        <translation>按模板生成议程</translation>
    </message>
    <message>
        <source>Prefill the agenda</source>
        <translation>按业绩预填议程</translation>
    </message>
    <message>
        <source>The parking lot is empty: nothing earlier is left over.</source>
        <translation>没有待议事项：以往会议没有遗留。</translation>
    </message>
    <message>
        <source>From %1 (%2)</source>
        <translation>来自%1（%2）</translation>
    </message>
    <message>
        <source>Add items from the parking lot</source>
        <translation>加入待议事项</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>模板名称：</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>发言人(&amp;S)：</translation>
    </message>
    <message>
        <source>On behalf of:</source>
        <translation>代表部门：</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>时长(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Give the item more than 0 minutes.</source>
        <translation>议程项时长须大于 0 分钟。</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Planned min</source>
        <translation>计划用时（分钟）</translation>
    </message>
    <message>
        <source>Actual min</source>
        <translation>实际用时（分钟）</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>超时/提前</translation>
    </message>
    <message>
        <source>%1 min over</source>
        <translation>超时 %1 分钟</translation>
    </message>
    <message>
        <source>%1 min under</source>
        <translation>提前 %1 分钟</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>More than 10 % over the planned time</source>
        <translation>超出计划用时 10% 以上</translation>
    </message>
</context>
<context>
    <name>AlertsPane</name>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Show the alerts of one kind; the counts are per kind</source>
        <translation>只看某一类预警；括号内为各类的条数</translation>
    </message>
    <message>
        <source>No alerts for the months that have ended.</source>
        <translation>已结束的月份没有预警。</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Click an alert, or press Enter on it, to select its month in the grid.</source>
        <translation>单击某条预警（或选中后按 Enter），即在表格中选中对应月份。</translation>
    </message>
    <message>
        <source>Out of bounds</source>
        <translation>超出取值范围</translation>
    </message>
    <message>
        <source>No actual</source>
        <translation>缺少实际值</translation>
    </message>
    <message>
        <source>Off target twice</source>
        <translation>连续两月未达标</translation>
    </message>
    <message>
        <source>Red, no note</source>
        <translation>未达标且无说明</translation>
    </message>
    <message>
        <source>Alerts of %1, %2</source>
        <translation>%1 %2年的预警</translation>
    </message>
    <message>
        <source>All alerts (%1)</source>
        <translation>全部预警（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>File Appeal</source>
        <translation>提出异议</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>提出日期：</translation>
    </message>
</context>
<context>
    <name>BacklogDialog</name>
    <message>
        <source>Parking lot</source>
        <translation>待议事项</translation>
    </message>
    <message>
        <source>Parked issue: %1 (%2, %3)</source>
        <translation>搁置的问题：%1（%2，%3）</translation>
    </message>
    <message>
        <source>Not reached: %1 (%2, %3)</source>
        <translation>未来得及讨论：%1（%2，%3）</translation>
    </message>
    <message>
        <source>Issues parked and agenda items not reached in earlier meetings. The checked ones are added to this agenda as discussion items.</source>
        <translation>以往会议搁置的问题和未来得及讨论的议程项。勾选的各项将作为讨论项加入本次议程。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Before the upgrade from version %1</source>
        <translation>从第 %1 版升级之前</translation>
    </message>
    <message>
        <source>Before the import of %1</source>
        <translation>导入 %1 之前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <source>Before the merge of %1</source>
        <translation>合并 %1 之前</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>合并之前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复备份之前</translation>
    </message>
    <message>
        <source>Labelled “%1”</source>
        <translation>标记为“%1”</translation>
    </message>
    <message>
        <source>Cannot be restored: it is not a sound perfdesk document (%1).</source>
        <translation>不能恢复：它不是完好的 perfdesk 文档（%1）。</translation>
    </message>
    <message>
        <source>Cannot be restored: it belongs to another document (document id %1).</source>
        <translation>不能恢复：它属于另一个文档（文档编号 %1）。</translation>
    </message>
    <message>
        <source>A sound perfdesk document (id %1), schema version %2. The damaged file no longer says which document it was, so check the date before restoring.</source>
        <translation>完好的 perfdesk 文档（编号 %1），结构版本 %2。损坏的文件已看不出原属哪个文档，恢复前请核对备份时间。</translation>
    </message>
    <message>
        <source>This document (id %1), schema version %2; the check found no damage.</source>
        <translation>本文档（编号 %1），结构版本 %2；检查未发现损坏。</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>perfdesk copies the document beside it before every upgrade, import, merge and restore. Restoring one replaces the document with that copy; the document as it is now is copied first, so a restore can be undone here too.</source>
        <translation>每次升级、导入、合并和恢复之前，perfdesk 都会在文档旁边复制一份备份。恢复某个备份会用该副本替换文档；替换前会先复制文档的当前状态，因此恢复操作也可以在这里撤回。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Keep at most</source>
        <translation>最多保留(&amp;K)</translation>
    </message>
    <message>
        <source>backups of each document; the oldest are deleted after a new one.</source>
        <translation>份备份（每个文档）；新建备份后删除最旧的。</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first: %2</source>
        <translation>“%1”的备份（最新的在前）：%2 份</translation>
    </message>
    <message>
        <source>There are no backups of this document yet. One is taken before every upgrade, import, merge and restore.</source>
        <translation>本文档还没有备份。每次升级、导入、合并和恢复之前都会自动备份。</translation>
    </message>
    <message>
        <source>Checking this backup…</source>
        <translation>正在检查这份备份…</translation>
    </message>
    <message>
        <source>Restore the backup of %1 (%2)?</source>
        <translation>恢复 %1 的备份（%2）吗？</translation>
    </message>
    <message>
        <source>The document goes back to this copy: every change made since it was taken is replaced. The document as it is now is copied first, so you can restore it again from this list. The undo history is cleared.</source>
        <translation>文档将回到这份副本：此后所做的全部修改都会被替换。替换前会先复制文档的当前状态，之后仍可在此列表中恢复。撤销记录将被清空。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>The document is open read-only, so no backup can be put back.</source>
        <translation>文档以只读方式打开，无法恢复备份。</translation>
    </message>
    <message>
        <source>Open it for editing first.</source>
        <translation>请先以可编辑方式打开。</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>备份未恢复。</translation>
    </message>
    <message>
        <source>Another program is writing to the document; try again in a moment.</source>
        <translation>另一个程序正在写入该文档，请稍后重试。</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>无法恢复该备份。</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>已恢复 %1 的备份。</translation>
    </message>
    <message>
        <source>“%1” was restored from %2.</source>
        <translation>“%1”已从 %2 恢复。</translation>
    </message>
    <message>
        <source>The document as it was before is kept as %1 (Restore Backup puts it back). The undo history was cleared.</source>
        <translation>恢复前的文档已保存为 %1（可用“恢复备份”找回）。撤销记录已清空。</translation>
    </message>
</context>
<context>
    <name>BadCellsDialog</name>
    <message>
        <source>Paste refused</source>
        <translation>未粘贴</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1 of the %2 cells cannot be entered. Fix them in the spreadsheet and paste again.</source>
        <translation>没有粘贴任何数值：%2 个单元格中有 %1 个无法录入。请在电子表格中改正后重新粘贴。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>CascadeDialog</name>
    <message>
        <source>Decompose Goal</source>
        <translation>分解目标</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: target %4</source>
        <translation>%1 · %2 · %3：目标 %4</translation>
    </message>
    <message>
        <source>Child holders</source>
        <translation>分解到</translation>
    </message>
    <message>
        <source>The units directly below</source>
        <translation>直属下级单位</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>The people of this unit</source>
        <translation>本单位人员</translation>
    </message>
    <message>
        <source>Child &amp;holders:</source>
        <translation>分解到(&amp;H)：</translation>
    </message>
    <message>
        <source>The same KPI</source>
        <translation>相同 KPI</translation>
    </message>
    <message>
        <source>Mapped to %1</source>
        <translation>对应到 %1</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>KPI(&amp;K)：</translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>By the shares in the table</source>
        <translation>按表中比例</translation>
    </message>
    <message>
        <source>By last year&apos;s actuals</source>
        <translation>按去年实际</translation>
    </message>
    <message>
        <source>By headcount</source>
        <translation>按人数</translation>
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation>分配方式(&amp;S)：</translation>
    </message>
    <message>
        <source>Weight of each new goal (%):</source>
        <translation>新目标的权重（%）：</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>纳入</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>承接者</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>比例 %</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Existing goal</source>
        <translation>已有目标</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>The parent&apos;s target is 0: set shares instead.</source>
        <translation>上级目标为 0，请改为设置比例。</translation>
    </message>
    <message>
        <source>Set by hand; the others make up the rest.</source>
        <translation>手工设定；其余各项分摊剩余部分。</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <source>Has one: skip it</source>
        <translation>已有：跳过</translation>
    </message>
    <message>
        <source>Has one: update it</source>
        <translation>已有：更新</translation>
    </message>
    <message>
        <source>Nothing will be written until this is corrected.</source>
        <translation>改正之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>%1 of these already have a goal on this KPI: choose to update or skip each.</source>
        <translation>其中 %1 个已有该 KPI 的目标：请逐一选择更新或跳过。</translation>
    </message>
    <message>
        <source>Nobody has last year&apos;s actuals: shared evenly.</source>
        <translation>都没有去年实际，已改为平均分配。</translation>
    </message>
    <message>
        <source>Last year has negative actuals: shared evenly.</source>
        <translation>去年实际有负数，已改为平均分配。</translation>
    </message>
    <message>
        <source>Nobody is counted in these holders: shared evenly.</source>
        <translation>这些单位都没有人员，已改为平均分配。</translation>
    </message>
    <message>
        <source>Additive KPI: the children&apos;s targets add up exactly to the parent&apos;s.</source>
        <translation>可累加的 KPI：下级目标之和与上级目标完全相等。</translation>
    </message>
    <message>
        <source>Decomposed %1 vs parent %2, difference %3</source>
        <translation>分解合计 %1，上级目标 %2，差额 %3</translation>
    </message>
    <message>
        <source>A rate or a level: every child gets the parent&apos;s value.</source>
        <translation>比率或存量指标：每个下级都承接上级的数值。</translation>
    </message>
    <message>
        <source>Each child: %1</source>
        <translation>每个下级：%1</translation>
    </message>
    <message>
        <source>Decompose Goal (Two Levels)</source>
        <translation>分解目标（两级）</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变化的字段</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>本文件的值</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>数据包的值</translation>
    </message>
    <message>
        <source>Our change</source>
        <translation>本文件修改于</translation>
    </message>
    <message>
        <source>Their change</source>
        <translation>对方修改于</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留本文件</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用数据包</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Keep this document&apos;s value (Space)</source>
        <translation>保留本文件的值（空格键）</translation>
    </message>
    <message>
        <source>Take the package&apos;s value (Space)</source>
        <translation>采用数据包的值（空格键）</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide Appeal</source>
        <translation>复核决定</translation>
    </message>
    <message>
        <source>Upheld: the evaluation stands</source>
        <translation>维持：评估结果不变</translation>
    </message>
    <message>
        <source>Rejected: the appeal is refused</source>
        <translation>驳回：不受理异议</translation>
    </message>
    <message>
        <source>Revised: a corrected score</source>
        <translation>更正：给出更正后的得分</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>Revised score:</source>
        <translation>更正得分：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>复核结论：</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>决定日期：</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation>不能替换“%1”。</translation>
    </message>
    <message>
        <source>It is open for editing or it is the company file itself. Choose another name.</source>
        <translation>它正被打开编辑，或者就是公司文件本身。请换一个文件名。</translation>
    </message>
    <message>
        <source>“%1” is a department file; the unit is outside its own unit.</source>
        <translation>“%1”是部门文件，所选单位不在它本身的单位之内。</translation>
    </message>
    <message>
        <source>A department file can start files only for units inside its own unit. Start this one from the company file.</source>
        <translation>部门文件只能为其本单位之内的单位创建文件。请从公司文件创建。</translation>
    </message>
    <message>
        <source>“%1” is being saved by another program.</source>
        <translation>另一个程序正在保存“%1”。</translation>
    </message>
    <message>
        <source>Try again in a moment. Nothing was written.</source>
        <translation>请稍后再试。没有写入任何文件。</translation>
    </message>
    <message>
        <source>The department file could not be made from “%1”.</source>
        <translation>无法从“%1”创建部门文件。</translation>
    </message>
    <message>
        <source>Nothing was written. The details say why (in English).</source>
        <translation>没有写入任何文件。原因见详细信息（英文）。</translation>
    </message>
    <message>
        <source>New Department File</source>
        <translation>新建部门文件</translation>
    </message>
    <message>
        <source>A department file holds the organisation, the KPI library, the goals of the unit and everything below it (with the goals above them) and the meetings, issues and actions that name it. Ids stay the company&apos;s, so the files can be merged later. The company file is not changed.</source>
        <translation>部门文件包含组织架构、KPI指标库、该单位及其下属单位和人员的目标（连同其上级目标），以及涉及该单位的会议、问题和改进行动。各条记录沿用公司文件中的标识，以后可以合并回去。公司文件不会被修改。</translation>
    </message>
    <message>
        <source>Find a unit: name, pinyin, code</source>
        <translation>查找单位：名称、拼音、代码</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Values and notes:</source>
        <translation>数值与偏差说明：</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <source>Issues and actions:</source>
        <translation>问题与行动：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>组织架构：</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>创建…</translation>
    </message>
    <message>
        <source>Pick a unit.</source>
        <translation>请选择一个单位。</translation>
    </message>
    <message>
        <source>Pick a department or a unit below the company.</source>
        <translation>请选择一个部门或公司以下的单位。</translation>
    </message>
    <message>
        <source>%1 (%2 of the unit and below, %3 above them)</source>
        <translation>%1 个（本单位及下属 %2 个，上级 %3 个）</translation>
    </message>
    <message>
        <source>%1 values, %2 deviation notes</source>
        <translation>%1 条数值，%2 条偏差说明</translation>
    </message>
    <message>
        <source>%1 (%2 agenda items)</source>
        <translation>%1 个（%2 个议程项）</translation>
    </message>
    <message>
        <source>%1 issues, %2 actions, %3 reports</source>
        <translation>%1 个问题，%2 项行动，%3 条旬报</translation>
    </message>
    <message>
        <source>%1 units, %2 people, %3 KPIs (all of them)</source>
        <translation>%1 个单位，%2 人，%3 个KPI（全部）</translation>
    </message>
    <message>
        <source>The department file “%1” was written.</source>
        <translation>已写入部门文件“%1”。</translation>
    </message>
    <message>
        <source>%1 goals, %2 values, %3 meetings, %4 actions for %5.</source>
        <translation>%5：%1 个目标，%2 条数值，%3 个会议，%4 项行动。</translation>
    </message>
    <message>
        <source>Open It</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DeviationPanel</name>
    <message>
        <source>Deviation (quantified)</source>
        <translation>偏差（量化说明）</translation>
    </message>
    <message>
        <source>Internal causes</source>
        <translation>内部原因</translation>
    </message>
    <message>
        <source>External causes</source>
        <translation>外部原因</translation>
    </message>
    <message>
        <source>Improvement measures (internal causes)</source>
        <translation>改进措施（针对内部原因）</translation>
    </message>
    <message>
        <source>Resources needed (external causes)</source>
        <translation>资源要求（针对外部原因）</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>保存说明(&amp;S)</translation>
    </message>
    <message>
        <source>Save the note of this month (one step: Ctrl+Z undoes it)</source>
        <translation>保存本月的偏差说明（一步操作，Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Deviation note</source>
        <translation>偏差说明</translation>
    </message>
    <message>
        <source>Select a month of a goal to see or write its note.</source>
        <translation>选择某个目标的月份单元格，即可查看或填写其偏差说明。</translation>
    </message>
    <message>
        <source>Deviation note: %1</source>
        <translation>偏差说明：%1</translation>
    </message>
    <message>
        <source>Off target: state the gap, split its causes into internal and external, then the measures for the internal ones and the resources the external ones need.</source>
        <translation>未达目标：先量化说明偏差，再将原因分解为内部原因和外部原因，然后针对内部原因提出改进措施，针对外部原因提出资源要求。</translation>
    </message>
    <message>
        <source>This value is not off target; a note is optional.</source>
        <translation>该值未偏离目标，偏差说明可不填写。</translation>
    </message>
    <message>
        <source>Actual %1, %3 percentage points below the %2 target</source>
        <translation>实际 %1，低于目标 %2，差 %3 个百分点</translation>
    </message>
    <message>
        <source>Actual %1, %3 percentage points above the %2 target</source>
        <translation>实际 %1，高于目标 %2，超出 %3 个百分点</translation>
    </message>
    <message>
        <source>Actual %1, %3 below the %2 target</source>
        <translation>实际 %1，低于目标 %2，差 %3</translation>
    </message>
    <message>
        <source>Actual %1, %3 above the %2 target</source>
        <translation>实际 %1，高于目标 %2，超出 %3</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No document open</source>
        <translation>没有打开的文档</translation>
    </message>
    <message>
        <source>Open a department&apos;s or the company&apos;s perfdesk file, or look around in the demo company.</source>
        <translation>请打开部门或公司的 perfdesk 文件，或先看看演示公司。</translation>
    </message>
    <message>
        <source>This document has no organisation yet</source>
        <translation>本文档还没有组织架构</translation>
    </message>
    <message>
        <source>Start with the company: Organisation → Add Unit… (Insert) enters it, then its departments and people below it. Or open a department&apos;s or the company&apos;s perfdesk file, or look around in the demo company.</source>
        <translation>先录入公司：选择“组织 → 添加下级单位…”（Insert）录入公司，再在其下添加部门和人员。也可以打开部门或公司的 perfdesk 文件，或先在演示公司中看看。</translation>
    </message>
    <message>
        <source>%1 has no goals for %2</source>
        <translation>%1 %2年尚无目标</translation>
    </message>
    <message>
        <source>Goals are set for each unit and person. Choose another one in the tree, or look one level up.</source>
        <translation>目标按部门和个人分别设定。请在左侧组织树中选择其他部门或人员，或查看上一级。</translation>
    </message>
</context>
<context>
    <name>EndMeetingDialog</name>
    <message>
        <source>End Meeting</source>
        <translation>结束会议</translation>
    </message>
    <message>
        <source>End “%1” and lock its record?</source>
        <translation>结束“%1”并锁定会议记录吗？</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1（已跳过）</translation>
    </message>
    <message>
        <source>Planned %1, actual %2, overrun %3 minutes.</source>
        <translation>计划 %1，实际 %2，超时共 %3 分钟。</translation>
    </message>
    <message>
        <source>Time reporting %1 %, questioning and solving %2 %.</source>
        <translation>汇报用时占 %1%，质询与解决问题用时占 %2%。</translation>
    </message>
    <message>
        <source>%1 issues raised, %2 of them with an improvement action.</source>
        <translation>共提出 %1 个问题，其中 %2 个已转为改进行动。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>未指定部门</translation>
    </message>
    <message>
        <source>Issues per department: %1</source>
        <translation>各部门问题数：%1</translation>
    </message>
    <message>
        <source>%1 issues have no owner yet:
%2
End the meeting anyway?</source>
        <translation>%1 个问题尚未指定责任人：
%2
仍要结束会议吗？</translation>
    </message>
    <message>
        <source>Ending locks the agenda, attendance and issues; corrections need an explicit, logged reopen. Clock steps cannot be undone.</source>
        <translation>结束后议程、出席情况和问题将被锁定；如需更正，须明确重新打开会议（会留下记录）。计时操作无法撤销。</translation>
    </message>
    <message>
        <source>End Anyway</source>
        <translation>仍然结束</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>The text contains control characters.</source>
        <translation>内容含有控制字符。</translation>
    </message>
    <message>
        <source>The text is %1 characters long; a value needs far fewer.</source>
        <translation>内容长达 %1 个字符，数值用不了这么多。</translation>
    </message>
    <message>
        <source>Formulas are not taken; enter the number itself.</source>
        <translation>不接受公式，请直接输入数值。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>The value must be a finite number.</source>
        <translation>数值必须是有限的数字。</translation>
    </message>
    <message>
        <source>The separators in “%1” fit no way of writing numbers; write it as 1,234.5.</source>
        <translation>“%1”中的分隔符不符合任何数字写法，请写成 1,234.5 的形式。</translation>
    </message>
    <message>
        <source>“%1” does not match the KPI&apos;s unit (%2).</source>
        <translation>“%1”与该指标的单位（%2）不符。</translation>
    </message>
    <message>
        <source>A percent sign does not fit this KPI&apos;s unit (%1).</source>
        <translation>该指标的单位（%1）不能使用百分号。</translation>
    </message>
    <message>
        <source>The value is too large.</source>
        <translation>数值太大。</translation>
    </message>
    <message>
        <source>This value cannot be entered.</source>
        <translation>无法录入该数值。</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>无单位</translation>
    </message>
</context>
<context>
    <name>ErrorState</name>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Part of this document is damaged and this view cannot be shown.</source>
        <translation>本文档有部分内容已损坏，本页无法显示。</translation>
    </message>
    <message>
        <source>The other tabs may still work. Restore a backup copy; `perfdesk check FILE` shows what is damaged.</source>
        <translation>其他标签页可能仍可使用。请从备份副本恢复；`perfdesk check 文件` 可显示损坏之处。</translation>
    </message>
    <message>
        <source>This view could not be shown.</source>
        <translation>本页无法显示。</translation>
    </message>
    <message>
        <source>perfdesk hit an unexpected error. Your document is safe; the other tabs may still work. The details are in the error report.</source>
        <translation>perfdesk 遇到意外错误。您的文档是安全的，其他标签页可能仍可使用。详细信息见错误报告。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“%1” is a perfdesk package, not a document.</source>
        <translation>“%1”是 perfdesk 数据包，不是文档。</translation>
    </message>
    <message>
        <source>Open the document it belongs to, then choose File → Import Package… and pick this file. The package was not changed.</source>
        <translation>请先打开它所属的文档，再选择“文件 → 导入数据包…”并选中此文件。数据包未被改动。</translation>
    </message>
    <message>
        <source>“%1” is not a perfdesk document.</source>
        <translation>“%1”不是 perfdesk 文档。</translation>
    </message>
    <message>
        <source>Choose a file with the .perfdesk extension. The file was not changed.</source>
        <translation>请选择扩展名为 .perfdesk 的文件。该文件未被修改。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of perfdesk.</source>
        <translation>“%1”由更新版本的 perfdesk 保存。</translation>
    </message>
    <message>
        <source>Update perfdesk to open it. The file was not changed.</source>
        <translation>请升级 perfdesk 后再打开。该文件未被修改。</translation>
    </message>
    <message>
        <source>“%1” was made by an older version of perfdesk and must be upgraded.</source>
        <translation>“%1”由旧版本的 perfdesk 创建，需要升级。</translation>
    </message>
    <message>
        <source>Open it with write access to upgrade it; a backup copy is made first.</source>
        <translation>请以可写方式打开以完成升级；升级前会先做一份备份。</translation>
    </message>
    <message>
        <source>“%1” was left in the middle of a change.</source>
        <translation>“%1”停留在一次未完成的修改中。</translation>
    </message>
    <message>
        <source>The program writing it stopped before it finished. Open it once with write access and the unfinished change is undone; nothing saved before it is lost.</source>
        <translation>写入它的程序在完成前中断了。以可写方式打开一次，未完成的修改就会被撤销；此前保存的内容不会丢失。</translation>
    </message>
    <message>
        <source>“%1” is being saved by another program right now.</source>
        <translation>“%1”正在被另一个程序保存。</translation>
    </message>
    <message>
        <source>Try again in a moment. The file was not changed.</source>
        <translation>请稍后再试。文件未被修改。</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened.</source>
        <translation>“%1”已损坏，无法打开。</translation>
    </message>
    <message>
        <source>Restore it from a backup copy. The file was not changed.</source>
        <translation>请从备份恢复。该文件未被修改。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>请确认文件存在并且您有读取权限。</translation>
    </message>
    <message>
        <source>There is not enough free space for the backup copy of “%1”.</source>
        <translation>磁盘空间不足，无法为“%1”做备份。</translation>
    </message>
    <message>
        <source>It needs %1 free in %2; %3 is free there. Free some space and try again. Nothing was changed.</source>
        <translation>需要在 %2 中有 %1 可用空间，目前只有 %3。请腾出空间后重试。未做任何修改。</translation>
    </message>
    <message>
        <source>The backup copy of “%1” could not be written.</source>
        <translation>无法写入“%1”的备份。</translation>
    </message>
    <message>
        <source>The folder %1 refused it (%2). Nothing was changed.</source>
        <translation>文件夹 %1 拒绝写入（%2）。未做任何修改。</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Damaged document</source>
        <translation>文档已损坏</translation>
    </message>
    <message>
        <source>Part of the open document is damaged and could not be read.</source>
        <translation>当前文档有一部分已损坏，无法读取。</translation>
    </message>
    <message>
        <source>Close it and restore a backup copy; `perfdesk check FILE` shows what is damaged.</source>
        <translation>请关闭文档并从备份恢复；用 `perfdesk check 文件` 可查看损坏之处。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>perfdesk hit an unexpected error. Your document is safe: every change is saved in a transaction.</source>
        <translation>perfdesk 遇到意外错误。您的文档是安全的：每次修改都在事务中保存。</translation>
    </message>
    <message>
        <source>Please copy the details and send them to your support contact.</source>
        <translation>请复制详细信息并发送给技术支持人员。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>EvaluationRulesDialog</name>
    <message>
        <source>Evaluation Rules</source>
        <translation>考核规则</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>A period&apos;s score below this is below target. 100 % means the goals were not met on balance (weighted achievement).</source>
        <translation>某期得分低于此值即为不达标。100 % 表示加权达成率未达到目标。</translation>
    </message>
    <message>
        <source>The most one goal&apos;s achievement counts for in a score</source>
        <translation>单个目标的达成率计入得分的上限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Consecutive periods below target</source>
        <translation>连续不达标期数</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Evaluated per:</source>
        <translation>考核周期：</translation>
    </message>
    <message>
        <source>Top of the ranking:</source>
        <translation>排名靠前：</translation>
    </message>
    <message>
        <source>Below target under:</source>
        <translation>不达标线：</translation>
    </message>
    <message>
        <source>Achievement cap:</source>
        <translation>达成率上限：</translation>
    </message>
    <message>
        <source>Appeal window after freezing:</source>
        <translation>冻结后可提出异议的期限：</translation>
    </message>
    <message>
        <source>Version %1: %2 (saved %3)</source>
        <translation>第 %1 版：%2（保存于 %3）</translation>
    </message>
    <message>
        <source>None saved yet: the seeds&apos; defaults apply.</source>
        <translation>尚未保存：使用制度的默认规则。</translation>
    </message>
    <message>
        <source>Saving makes a new version; evaluations already frozen keep the version they were made with.</source>
        <translation>保存会生成新版本；已冻结的评估仍按当时的版本。</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Empty: written warning for 2 periods, improvement plan for more</source>
        <translation>留空：连续 2 期为书面警告，更多期为改进计划</translation>
    </message>
    <message>
        <source>Save Evaluation Rules</source>
        <translation>保存考核规则</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>“%1” is not a perfdesk package.</source>
        <translation>“%1”不是 perfdesk 数据包。</translation>
    </message>
    <message>
        <source>Choose a .pdpkg file made with File → Export Package. This document was not changed.</source>
        <translation>请选择用“文件 → 导出数据包”生成的 .pdpkg 文件。本文件未被修改。</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of perfdesk.</source>
        <translation>“%1”由更新版本的 perfdesk 生成。</translation>
    </message>
    <message>
        <source>Update perfdesk to import it. This document was not changed.</source>
        <translation>请升级 perfdesk 后再导入。本文件未被修改。</translation>
    </message>
    <message>
        <source>“%1” is damaged or incomplete and cannot be imported.</source>
        <translation>“%1”已损坏或不完整，无法导入。</translation>
    </message>
    <message>
        <source>Ask the sender to export the package again. This document was not changed.</source>
        <translation>请让发送方重新导出数据包。本文件未被修改。</translation>
    </message>
    <message>
        <source>This document changed since the preview of “%1”.</source>
        <translation>预览“%1”之后，本文件已有改动。</translation>
    </message>
    <message>
        <source>Nothing was merged. The preview has been made again: look at it and merge again.</source>
        <translation>没有合并任何内容。预览已重新生成：请查看后再次合并。</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into this document.</source>
        <translation>“%1”无法合并到本文件。</translation>
    </message>
    <message>
        <source>This document was not changed. The details say why.</source>
        <translation>本文件未被修改。原因见详细信息。</translation>
    </message>
    <message>
        <source>“%1” cannot be imported.</source>
        <translation>“%1”无法导入。</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it. This document was not changed.</source>
        <translation>请确认文件存在且有读取权限。本文件未被修改。</translation>
    </message>
    <message>
        <source>“%1” could not be written or read.</source>
        <translation>“%1”无法写入或读取。</translation>
    </message>
    <message>
        <source>The details say why. Nothing was changed.</source>
        <translation>原因见详细信息。没有任何改动。</translation>
    </message>
    <message>
        <source>Import Package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Export Package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>正在写入数据包…</translation>
    </message>
    <message>
        <source>The package could not be written:
%1</source>
        <translation>数据包无法写入：
%1</translation>
    </message>
    <message>
        <source>Package written: %1 rows to %2</source>
        <translation>数据包已写入：%1 行，保存到 %2</translation>
    </message>
    <message>
        <source>The package holds %1 rows:
%2</source>
        <translation>数据包包含 %1 行：
%2</translation>
    </message>
    <message>
        <source>Saved as %1
Send this file to the recipient; they import it with File → Import Package.</source>
        <translation>已保存为 %1
请把此文件发给接收方，对方用“文件 → 导入数据包”导入。</translation>
    </message>
    <message>
        <source>Reading the packages…</source>
        <translation>正在读取数据包…</translation>
    </message>
    <message>
        <source>This document was not changed. The details say why for each file.</source>
        <translation>本文件未被修改。每个文件的原因见详细信息。</translation>
    </message>
    <message>
        <source>Nothing was merged: the packages held nothing new.</source>
        <translation>没有合并任何内容：数据包中没有新内容。</translation>
    </message>
    <message>
        <source>Merged %1 rows; %2 rows were refused.</source>
        <translation>合并了 %1 行；拒绝了 %2 行。</translation>
    </message>
    <message>
        <source>Merged %1 rows.</source>
        <translation>合并了 %1 行。</translation>
    </message>
    <message>
        <source>Merged %1 rows. Backup: %2</source>
        <translation>合并了 %1 行。备份：%2</translation>
    </message>
    <message>
        <source>A backup of the document before the import: %1
File → Undo Import puts it back.</source>
        <translation>导入前的文件备份：%1
用“文件 → 撤销导入”可恢复。</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>The backup taken before the import is no longer there.</source>
        <translation>导入前做的备份已不存在。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Undo the import from %1 of %2?</source>
        <translation>撤销 %2 从%1导入的内容吗？</translation>
    </message>
    <message>
        <source>This document has been changed since the import. Those later changes are lost too: the document goes back to the backup taken before the import.</source>
        <translation>导入之后本文件又有改动，这些改动也会丢失：文件将恢复为导入前做的备份。</translation>
    </message>
    <message>
        <source>The document goes back to the backup taken before the import.</source>
        <translation>文件将恢复为导入前做的备份。</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>撤销导入(&amp;U)</translation>
    </message>
    <message>
        <source>The backup could not be put back; the document is as it was.</source>
        <translation>备份无法恢复；文件保持原样。</translation>
    </message>
    <message>
        <source>The import from %1 was undone.</source>
        <translation>已撤销从%1导入的内容。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>组织单元</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Goal values</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Deviation notes</source>
        <translation>偏差说明</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Issue units</source>
        <translation>问题相关部门</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>改进行动</translation>
    </message>
    <message>
        <source>Action reports</source>
        <translation>行动汇报</translation>
    </message>
    <message>
        <source>Seasonal profiles</source>
        <translation>季节分布方案</translation>
    </message>
    <message>
        <source>Agenda templates</source>
        <translation>议程模板</translation>
    </message>
    <message>
        <source>Evaluation rules</source>
        <translation>考核规则</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Meeting clock events</source>
        <translation>会议计时记录</translation>
    </message>
    <message>
        <source>Meeting KPI snapshots</source>
        <translation>会议指标快照</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Action co-departments</source>
        <translation>行动协办部门</translation>
    </message>
    <message>
        <source>Action history</source>
        <translation>行动变更记录</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>committee role</source>
        <translation>委员会职务</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>unit of measure (Chinese)</source>
        <translation>计量单位（中文）</translation>
    </message>
    <message>
        <source>unit of measure (English)</source>
        <translation>计量单位（英文）</translation>
    </message>
    <message>
        <source>description (Chinese)</source>
        <translation>说明（中文）</translation>
    </message>
    <message>
        <source>description (English)</source>
        <translation>说明（英文）</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>aggregation</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <source>decimals</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <source>perspective</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>amber threshold</source>
        <translation>黄灯阈值</translation>
    </message>
    <message>
        <source>red threshold</source>
        <translation>红灯阈值</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>numerator KPI</source>
        <translation>分子 KPI</translation>
    </message>
    <message>
        <source>denominator KPI</source>
        <translation>分母 KPI</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>granularity</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>upper target</source>
        <translation>目标上限</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>目标项</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>internal cause</source>
        <translation>内部原因</translation>
    </message>
    <message>
        <source>external cause</source>
        <translation>外部原因</translation>
    </message>
    <message>
        <source>internal measures</source>
        <translation>内部措施</translation>
    </message>
    <message>
        <source>external needs</source>
        <translation>外部需求</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <source>planned minutes</source>
        <translation>计划时长（分钟）</translation>
    </message>
    <message>
        <source>time taken</source>
        <translation>实际用时</translation>
    </message>
    <message>
        <source>started</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>结束于</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>纪要</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>秘书</translation>
    </message>
    <message>
        <source>minute taker</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>resources requested</source>
        <translation>资源需求</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>related</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>status reason</source>
        <translation>状态原因</translation>
    </message>
    <message>
        <source>action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>report date</source>
        <translation>汇报日期</translation>
    </message>
    <message>
        <source>measured value</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>achievement</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>decided on</source>
        <translation>裁定日期</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>filed on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>from status</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>owner reason</source>
        <translation>责任人变更理由</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>ranked of</source>
        <translation>参评人数</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>result note</source>
        <translation>结果说明</translation>
    </message>
    <message>
        <source>result value</source>
        <translation>结果值</translation>
    </message>
    <message>
        <source>revised score</source>
        <translation>复核后得分</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>rule version</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>to status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>verified on</source>
        <translation>验证日期</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Outside the sender&apos;s unit</source>
        <translation>超出发送方的部门范围</translation>
    </message>
    <message>
        <source>A goal the company sets for the department</source>
        <translation>公司为该部门设定的目标</translation>
    </message>
    <message>
        <source>A target the company sets</source>
        <translation>公司设定的目标值</translation>
    </message>
    <message>
        <source>A KPI definition: the company owns it</source>
        <translation>KPI 定义由公司负责</translation>
    </message>
    <message>
        <source>The record of an ended meeting</source>
        <translation>已结束会议的记录</translation>
    </message>
    <message>
        <source>The KPI&apos;s definition differs</source>
        <translation>KPI 定义不一致</translation>
    </message>
    <message>
        <source>company file</source>
        <translation>公司文件</translation>
    </message>
    <message>
        <source>department file</source>
        <translation>部门文件</translation>
    </message>
    <message>
        <source>same code</source>
        <translation>代码相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>same staff number</source>
        <translation>工号相同</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The grid as shown: %1, every month of %2</source>
        <translation>当前表格：%1，%2年各月</translation>
    </message>
    <message>
        <source>One period for all units:</source>
        <translation>所有部门的某一期间：</translation>
    </message>
    <message>
        <source>the whole year %1</source>
        <translation>%1年全年</translation>
    </message>
    <message>
        <source>Excel workbook with formatting (.xlsx)</source>
        <translation>带格式的 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV for any program, UTF-8 (.csv)</source>
        <translation>通用 CSV，UTF-8 编码（.csv）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the export; no file is left behind</source>
        <translation>停止导出，不会留下文件</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>表格（*.xlsx *.csv）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>正在写入“%1”…</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>导出已停止，未写入任何文件。</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Exported %1 goals to %2</source>
        <translation>已导出 %1 个目标到 %2</translation>
    </message>
</context>
<context>
    <name>ExportUnitDialog</name>
    <message>
        <source>Export Package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>The &amp;whole company</source>
        <translation>全公司(&amp;W)</translation>
    </message>
    <message>
        <source>One &amp;department or team:</source>
        <translation>一个部门或班组(&amp;D)：</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>按名称或代码筛选</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Which rows should the package hold?</source>
        <translation>数据包包含哪些数据？</translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message>
        <source>Show everything (clear the filter)</source>
        <translation>显示全部（清除筛选）</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Filtered to %1</source>
        <translation>筛选：%1</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>新增目标</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>目标描述</translation>
    </message>
    <message>
        <source>What is to be achieved, in a sentence</source>
        <translation>用一句话说明要达成什么</translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation>权重（%）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Upper target (range KPIs)</source>
        <translation>目标上限（区间类指标）</translation>
    </message>
    <message>
        <source>— none (a top goal) —</source>
        <translation>— 无（顶层目标）—</translation>
    </message>
    <message>
        <source>(the current goal above, elsewhere)</source>
        <translation>（当前的上级目标，位于其他位置）</translation>
    </message>
    <message>
        <source>Contributes to</source>
        <translation>上级目标</translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Year target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Target to date</source>
        <translation>累计目标</translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation>累计完成</translation>
    </message>
    <message>
        <source>Achievement to date</source>
        <translation>累计达成率</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>具体</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>可衡量</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>可实现</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>有时限</translation>
    </message>
    <message>
        <source>it has a description of its own</source>
        <translation>有自己的描述</translation>
    </message>
    <message>
        <source>no description: say what is to be achieved</source>
        <translation>没有描述：请写明要达成什么</translation>
    </message>
    <message>
        <source>the description only repeats the KPI&apos;s name</source>
        <translation>描述只是重复了指标名称</translation>
    </message>
    <message>
        <source>a KPI and a target number</source>
        <translation>有指标，也有目标值</translation>
    </message>
    <message>
        <source>no KPI</source>
        <translation>没有指标</translation>
    </message>
    <message>
        <source>no target number</source>
        <translation>没有目标值</translation>
    </message>
    <message>
        <source>the target is %1 times last year&apos;s actual</source>
        <translation>目标为去年实际的 %1 倍</translation>
    </message>
    <message>
        <source>the target is %1 times last year&apos;s actual: check it can be done</source>
        <translation>目标为去年实际的 %1 倍：请确认能够实现</translation>
    </message>
    <message>
        <source>the target is %1 times last year&apos;s actual: below what was done</source>
        <translation>目标为去年实际的 %1 倍：低于已达到的水平</translation>
    </message>
    <message>
        <source>no actual of last year to compare with</source>
        <translation>没有去年的实际值可供比较</translation>
    </message>
    <message>
        <source>it contributes to a goal above it</source>
        <translation>支撑上级目标</translation>
    </message>
    <message>
        <source>a company goal: the top of the cascade</source>
        <translation>公司目标：分解的起点</translation>
    </message>
    <message>
        <source>not linked to a goal above it</source>
        <translation>未关联上级目标</translation>
    </message>
    <message>
        <source>it is set for a period</source>
        <translation>有明确的期间</translation>
    </message>
    <message>
        <source>Actual to date ÷ target to date</source>
        <translation>累计完成 ÷ 累计目标</translation>
    </message>
    <message>
        <source>Actual to date ÷ year target; compare it with the share of the year elapsed</source>
        <translation>累计完成 ÷ 年度目标；可与时间进度对照</translation>
    </message>
    <message>
        <source>Months up to the month in focus ÷ 12</source>
        <translation>截至当前月份的月数 ÷ 12</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Year target done</source>
        <translation>年度完成进度</translation>
    </message>
    <message>
        <source>Year elapsed</source>
        <translation>时间进度</translation>
    </message>
    <message>
        <source>Contributes to</source>
        <translation>上级目标</translation>
    </message>
    <message>
        <source>On target from %1 achievement, warning from %2, below target under %2</source>
        <translation>达成率 ≥ %1 为达标，≥ %2 为预警，低于 %2 为未达标</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>%1 · archived</source>
        <translation>%1 · 已归档</translation>
    </message>
    <message>
        <source>The targets of the goals below on the same KPI, added up, against the goal they contribute to. A difference is shown, never corrected.</source>
        <translation>下级同一指标目标的合计，与其所支撑的上级目标对比。差额只显示，不会自动修正。</translation>
    </message>
    <message>
        <source>Sum of the breakdown vs the goal above</source>
        <translation>分解合计 vs 上级目标</translation>
    </message>
    <message>
        <source>✓ adds up</source>
        <translation>✓ 相符</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>✗ does not add up</source>
        <translation>✗ 不符</translation>
    </message>
    <message>
        <source>difference %3: %1 vs %2</source>
        <translation>差额 %3：%1 vs %2</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>&amp;Add Goal…</source>
        <translation>新增目标(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Description</source>
        <translation>编辑目标描述(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open Goal…</source>
        <translation>打开目标(&amp;O)…</translation>
    </message>
    <message>
        <source>A&amp;rchive Goal…</source>
        <translation>归档目标(&amp;R)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Go to &amp;Parent Goal</source>
        <translation>转到上级目标(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xpand All Below</source>
        <translation>展开下级全部(&amp;X)</translation>
    </message>
    <message>
        <source>Show Arc&amp;hived Goals</source>
        <translation>显示已归档目标(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;store Goal</source>
        <translation>恢复目标(&amp;S)</translation>
    </message>
    <message>
        <source>Goals of %1 for %2, progress to %3</source>
        <translation>%1 %2目标（进度截至%3）</translation>
    </message>
    <message>
        <source>Weights add up to %1%, not 100%: %2 percentage points %3.</source>
        <translation>权重合计 %1%，不是 100%：%3 %2 个百分点。</translation>
    </message>
    <message>
        <source>too many</source>
        <translation>多出</translation>
    </message>
    <message>
        <source>short</source>
        <translation>还差</translation>
    </message>
    <message>
        <source>Every breakdown checked adds up to its goal (%1 goals).</source>
        <translation>已核对的分解合计均与上级目标相符（%1 个目标）。</translation>
    </message>
    <message>
        <source>%1: breakdown %2 vs goal %3, difference %4</source>
        <translation>%1：分解合计 %2 vs 上级目标 %3，差额 %4</translation>
    </message>
    <message>
        <source>Breakdown does not add up — %1</source>
        <translation>分解合计与上级目标不符——%1</translation>
    </message>
    <message>
        <source>This goal does not contribute to a goal above it.</source>
        <translation>该目标未关联上级目标。</translation>
    </message>
    <message>
        <source>The goal above is archived or gone.</source>
        <translation>上级目标已归档或已不存在。</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>新增目标</translation>
    </message>
    <message>
        <source>Select a unit or person in the organisation tree first.</source>
        <translation>请先在组织树中选择一个单位或人员。</translation>
    </message>
    <message>
        <source>Select a goal first.</source>
        <translation>请先选择一个目标。</translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <source>Archive Goal</source>
        <translation>归档目标</translation>
    </message>
    <message>
        <source>This goal is archived already: Ctrl+Shift+R restores it.</source>
        <translation>该目标已归档：按 Ctrl+Shift+R 恢复。</translation>
    </message>
    <message>
        <source>Goals contributing to it: %1 (they stay, still linked)</source>
        <translation>支撑它的下级目标：%1 个（保留，仍关联）</translation>
    </message>
    <message>
        <source>Period targets and actuals: %1 (kept)</source>
        <translation>期间目标值与实际值：%1 条（保留）</translation>
    </message>
    <message>
        <source>Improvement actions on it: %1</source>
        <translation>关联的改进行动：%1 项</translation>
    </message>
    <message>
        <source>Deviation notes: %1 (kept)</source>
        <translation>偏差说明：%1 条（保留）</translation>
    </message>
    <message>
        <source>Nothing depends on it.</source>
        <translation>没有依赖它的内容。</translation>
    </message>
    <message>
        <source>Archive the goal “%1”?</source>
        <translation>归档目标“%1”？</translation>
    </message>
    <message>
        <source>%1

Archiving hides the goal and keeps its history; nothing is deleted. Edit → Undo brings it back.</source>
        <translation>%1

归档会隐藏该目标并保留全部历史，不删除任何内容。可用“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Restore Goal</source>
        <translation>恢复目标</translation>
    </message>
    <message>
        <source>Select an archived goal (Show Archived Goals, Ctrl+Alt+H) to restore.</source>
        <translation>请先选择一个已归档的目标（显示已归档目标，Ctrl+Alt+H）再恢复。</translation>
    </message>
    <message>
        <source>Move Goal</source>
        <translation>移动目标</translation>
    </message>
    <message>
        <source>An archived goal keeps its place: restore it first.</source>
        <translation>已归档的目标不能调整顺序：请先恢复。</translation>
    </message>
    <message>
        <source>Goals are ordered among their holder&apos;s own goals.</source>
        <translation>目标只能在其所属单位或人员自己的目标之间排序。</translation>
    </message>
    <message>
        <source>Weights add up to 100%.</source>
        <translation>权重合计为 100%。</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>perfdesk User Guide</source>
        <translation>perfdesk 用户指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>在指南中查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation. Reinstall perfdesk.</source>
        <translation>本次安装缺少用户指南，请重新安装 perfdesk。</translation>
    </message>
    <message>
        <source>Only pages of this guide open here; that link was not followed.</source>
        <translation>这里只能打开本指南的页面，该链接未打开。</translation>
    </message>
    <message>
        <source>Not found in this page.</source>
        <translation>本页中没有找到。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>totals row, not imported</source>
        <translation>合计行，不导入</translation>
    </message>
    <message>
        <source>title line</source>
        <translation>标题行</translation>
    </message>
    <message>
        <source>the same cell as row %1</source>
        <translation>与第 %1 行重复</translation>
    </message>
    <message>
        <source>no unit or person “%1”</source>
        <translation>没有名为“%1”的部门或人员</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: %2</source>
        <translation>“%1”不唯一：%2</translation>
    </message>
    <message>
        <source>no KPI “%1”</source>
        <translation>没有指标“%1”</translation>
    </message>
    <message>
        <source>%1 has no goal for %2 in %3</source>
        <translation>%1 在 %3 年没有 %2 的目标</translation>
    </message>
    <message>
        <source>“%1” is not a number in %2</source>
        <translation>“%1”不是以 %2 计的数字</translation>
    </message>
    <message>
        <source>“%1” is not a period</source>
        <translation>“%1”不是有效期间</translation>
    </message>
    <message>
        <source>“%1” has no year: choose the year above</source>
        <translation>“%1”没有年份：请在上方选择年份</translation>
    </message>
    <message>
        <source>“%1” is a quarter or a year: those are computed, not entered</source>
        <translation>“%1”是季度或年度：这些由月度数据计算，不能录入</translation>
    </message>
    <message>
        <source>the unit or person is empty</source>
        <translation>部门或人员为空</translation>
    </message>
    <message>
        <source>the KPI is empty</source>
        <translation>指标为空</translation>
    </message>
    <message>
        <source>the period is empty</source>
        <translation>期间为空</translation>
    </message>
    <message>
        <source>The file cannot be found or read.</source>
        <translation>找不到或无法读取该文件。</translation>
    </message>
    <message>
        <source>The file is larger than the 50 MB an import reads.</source>
        <translation>文件超过导入上限 50 MB。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook, whatever its name says.</source>
        <translation>该文件不是 Excel 工作簿（与扩展名不符）。</translation>
    </message>
    <message>
        <source>The file is not an Excel 97–2003 workbook, whatever its name says.</source>
        <translation>该文件不是 Excel 97–2003 工作簿（与扩展名不符）。</translation>
    </message>
    <message>
        <source>The file is not a CSV text file, whatever its name says.</source>
        <translation>该文件不是 CSV 文本文件（与扩展名不符）。</translation>
    </message>
    <message>
        <source>The workbook is protected by a password: save it without one first.</source>
        <translation>工作簿设有密码保护：请先另存为无密码的文件。</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>文件已损坏。</translation>
    </message>
    <message>
        <source>The workbook unpacks to far more than a sheet of actuals (over 200 MB); it was not read.</source>
        <translation>该工作簿解压后远超一张实际值表（超过 200 MB），未读取。</translation>
    </message>
    <message>
        <source>The workbook declares XML entities, which a spreadsheet never needs; it was not read.</source>
        <translation>该工作簿声明了 XML 实体（正常表格不需要），未读取。</translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor GBK/GB18030.</source>
        <translation>文本既不是 UTF-8 也不是 GBK/GB18030 编码。</translation>
    </message>
    <message>
        <source>The sheet has more than 1,000,000 rows.</source>
        <translation>工作表超过 1,000,000 行。</translation>
    </message>
    <message>
        <source>The sheet has more than 500 columns.</source>
        <translation>工作表超过 500 列。</translation>
    </message>
    <message>
        <source>The workbook has no such sheet.</source>
        <translation>工作簿中没有该工作表。</translation>
    </message>
    <message>
        <source>Choose a CSV, XLSX or XLS file.</source>
        <translation>请选择 CSV、XLSX 或 XLS 文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Unit or person</source>
        <translation>部门或人员</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Import Actuals</source>
        <translation>导入实际值</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>name, code or employee number</source>
        <translation>名称、编码或工号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>unit code</source>
        <translation>部门编码</translation>
    </message>
    <message>
        <source>employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>the KPI&apos;s own unit</source>
        <translation>指标自身的计量单位</translation>
    </message>
    <message>
        <source>元 (yuan)</source>
        <translation>元</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>亿元</source>
        <translation>亿元</translation>
    </message>
    <message>
        <source>fractions (0.125 = 12.5 %)</source>
        <translation>小数（0.125 = 12.5%）</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Unit or person column:</source>
        <translation>部门或人员列：</translation>
    </message>
    <message>
        <source>Matched by:</source>
        <translation>匹配方式：</translation>
    </message>
    <message>
        <source>KPI column:</source>
        <translation>指标列：</translation>
    </message>
    <message>
        <source>Period column:</source>
        <translation>期间列：</translation>
    </message>
    <message>
        <source>Value column:</source>
        <translation>数值列：</translation>
    </message>
    <message>
        <source>Numbers are in:</source>
        <translation>数字单位：</translation>
    </message>
    <message>
        <source>Year of periods without one:</source>
        <translation>未写年份的期间所属年份：</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Show only refused rows</source>
        <translation>只显示被拒绝的行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading or importing; an import stopped changes nothing</source>
        <translation>停止读取或导入；中途停止的导入不会改动任何数据</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.xls *.txt)</source>
        <translation>表格（*.csv *.xlsx *.xls *.txt）</translation>
    </message>
    <message>
        <source>One column per month (%1 months).</source>
        <translation>每月一列（共 %1 个月）。</translation>
    </message>
    <message>
        <source>One row per value.</source>
        <translation>每行一个数值。</translation>
    </message>
    <message>
        <source>%1 title lines above the header are skipped.</source>
        <translation>表头上方的 %1 行标题已跳过。</translation>
    </message>
    <message>
        <source>The header has two rows.</source>
        <translation>表头有两行。</translation>
    </message>
    <message>
        <source>The columns chosen for this kind of file last time are used.</source>
        <translation>已沿用上次为此类文件选择的列。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation>已取消读取，未导入任何数据。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>unit or person</source>
        <translation>部门或人员</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Cannot map the columns: an import needs a column for the unit or person, the KPI, the period and the value (or one column per month), and the header has no %1 column. The file&apos;s columns are: %2. Choose the missing ones above and preview again; nothing was imported.</source>
        <translation>无法对应各列：导入需要部门或人员、指标、期间和数值各一列（或每月一列），表头中没有%1列。文件中的列为：%2。请在上方选择缺少的列后重新预览；未导入任何数据。</translation>
    </message>
    <message>
        <source>(none with a name)</source>
        <translation>（没有带名称的列）</translation>
    </message>
    <message>
        <source>%1 new values, %2 changed, %3 unchanged, %4 refused; %5 totals rows not imported.</source>
        <translation>新值 %1 个，修改 %2 个，不变 %3 个，拒绝 %4 个；合计行 %5 行不导入。</translation>
    </message>
    <message>
        <source>Nothing can be imported until every refused row is fixed in the file (or its column mapping): an import is all or nothing.</source>
        <translation>请先在文件（或列的对应关系）中修正所有被拒绝的行：导入要么全部成功，要么全不导入。</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>没有需要更改的数据。</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2 Nothing was changed.</source>
        <translation>无法导入“%1”：%2 文档未作任何更改。</translation>
    </message>
    <message>
        <source>Importing %1 values…</source>
        <translation>正在导入 %1 个值…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未作任何改动。</translation>
    </message>
    <message>
        <source>Refused rows remain; nothing was imported.</source>
        <translation>仍有被拒绝的行，未导入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>Imported %1 values. Backup: %2 (File → Undo Import puts it back)</source>
        <translation>已导入 %1 个值。备份：%2（“文件 → 撤销导入”可恢复）</translation>
    </message>
</context>
<context>
    <name>IssueCapture</name>
    <message>
        <source>This document is open read-only; nothing was changed.</source>
        <translation>此文档以只读方式打开；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>IssueCaptureDialog</name>
    <message>
        <source>Capture an issue</source>
        <translation>记录问题</translation>
    </message>
    <message>
        <source>What is the problem? (quantified where possible)</source>
        <translation>问题是什么？（尽量量化）</translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation>（不属于某个议程项）</translation>
    </message>
    <message>
        <source>(not decided yet)</source>
        <translation>（尚未确定）</translation>
    </message>
    <message>
        <source>Several departments (cross-department)</source>
        <translation>多个部门（跨部门）</translation>
    </message>
    <message>
        <source>(choose the owner)</source>
        <translation>（请选择责任人）</translation>
    </message>
    <message>
        <source>What the department needs from others</source>
        <translation>部门需要其他方面提供的资源</translation>
    </message>
    <message>
        <source>Make an improvement action now (a draft)</source>
        <translation>立即生成改进行动（草稿）</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>问题(&amp;W)：</translation>
    </message>
    <message>
        <source>During &amp;item:</source>
        <translation>所属议程项(&amp;I)：</translation>
    </message>
    <message>
        <source>1. Cause:</source>
        <translation>1. 原因：</translation>
    </message>
    <message>
        <source>2. Related departments:</source>
        <translation>2. 关联部门：</translation>
    </message>
    <message>
        <source>3. &amp;Responsible department:</source>
        <translation>3. 责任部门(&amp;R)：</translation>
    </message>
    <message>
        <source>   &amp;Solution:</source>
        <translation>   解决方案(&amp;S)：</translation>
    </message>
    <message>
        <source>4. &amp;Owner:</source>
        <translation>4. 责任人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>完成期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Resource &amp;request:</source>
        <translation>资源要求(&amp;R)：</translation>
    </message>
    <message>
        <source>Proposed: the general manager owns a cross-department issue.</source>
        <translation>建议：跨部门问题由总经理负责。</translation>
    </message>
    <message>
        <source>Proposed: the responsible department&apos;s manager.</source>
        <translation>建议：由责任部门的主管经理负责。</translation>
    </message>
    <message>
        <source>No manager recorded: choose one.</source>
        <translation>未登记主管：请选择责任人。</translation>
    </message>
    <message>
        <source>Say what the issue is before saving.</source>
        <translation>请先说明问题是什么，再保存。</translation>
    </message>
    <message>
        <source>Choose who owns the issue before saving.</source>
        <translation>请先选择责任人，再保存。</translation>
    </message>
    <message>
        <source>Make an action from an issue</source>
        <translation>由问题生成改进行动</translation>
    </message>
</context>
<context>
    <name>IssueLineModel</name>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Resource request</source>
        <translation>资源要求</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>改进行动</translation>
    </message>
    <message>
        <source>[Parked] %1</source>
        <translation>【搁置】%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>KpiDetail</name>
    <message>
        <source>Select a goal&apos;s row in the grid to see its year.</source>
        <translation>在表格中选中一个目标所在的行，即可查看其全年情况。</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture or an SVG drawing</source>
        <translation>将图表保存为 PNG 图片或 SVG 矢量图</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2年</translation>
    </message>
    <message>
        <source>By the current run-rate</source>
        <translation>按当前进度（run-rate）</translation>
    </message>
    <message>
        <source>By last year&apos;s shape</source>
        <translation>按去年走势（last-year shape）</translation>
    </message>
    <message>
        <source>no actual yet</source>
        <translation>尚无实际值</translation>
    </message>
    <message>
        <source>a ratio KPI is forecast from its numerator and denominator, not shown here</source>
        <translation>比率类指标需由分子和分母预测，此处不显示</translation>
    </message>
    <message>
        <source>last year lacks months</source>
        <translation>去年的数据不全</translation>
    </message>
    <message>
        <source>every month has its actual</source>
        <translation>各月均已有实际值</translation>
    </message>
    <message>
        <source>%1: year end %2 against a target of %3, %4 achieved (%5)</source>
        <translation>%1：预计全年 %2，目标 %3，达成率 %4（%5）</translation>
    </message>
    <message>
        <source>%1: no forecast (%2)</source>
        <translation>%1：无法预测（%2）</translation>
    </message>
    <message>
        <source>The chart shows: %1.</source>
        <translation>图中预测线：%1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>预测：%1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation>图表未能保存：%1</translation>
    </message>
</context>
<context>
    <name>KpiLibraryDialog</name>
    <message>
        <source>KPI Library</source>
        <translation>指标库</translation>
    </message>
    <message>
        <source>Filter by code or name (中文 / English)</source>
        <translation>按编码或名称筛选（中文 / English）</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Unit (Chinese)</source>
        <translation>单位（中文）</translation>
    </message>
    <message>
        <source>Unit (English)</source>
        <translation>单位（英文）</translation>
    </message>
    <message>
        <source>How it is measured (Chinese)</source>
        <translation>计算口径（中文）</translation>
    </message>
    <message>
        <source>How it is measured (English)</source>
        <translation>计算口径（英文）</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Over periods</source>
        <translation>跨期汇总</translation>
    </message>
    <message>
        <source>Numerator KPI</source>
        <translation>分子指标</translation>
    </message>
    <message>
        <source>Denominator KPI</source>
        <translation>分母指标</translation>
    </message>
    <message>
        <source>Scorecard perspective</source>
        <translation>平衡计分卡维度</translation>
    </message>
    <message>
        <source>Decimals (0–6)</source>
        <translation>小数位数（0–6）</translation>
    </message>
    <message>
        <source>Amber below (% achieved)</source>
        <translation>达成率低于此为黄色（%）</translation>
    </message>
    <message>
        <source>Red below (% achieved)</source>
        <translation>达成率低于此为红色（%）</translation>
    </message>
    <message>
        <source>Lowest allowed value</source>
        <translation>允许的最小值</translation>
    </message>
    <message>
        <source>Highest allowed value</source>
        <translation>允许的最大值</translation>
    </message>
    <message>
        <source>&amp;New KPI</source>
        <translation>新建指标(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>恢复(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Add from &amp;Library…</source>
        <translation>从标准指标库添加(&amp;L)…</translation>
    </message>
    <message>
        <source>This document is open read-only: the library can be read, not changed.</source>
        <translation>该文档以只读方式打开：指标库只能查看，不能修改。</translation>
    </message>
    <message>
        <source>%1 shipped KPIs are not in this document yet</source>
        <translation>有 %1 个标准指标尚未加入本文档</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>%1 of %2 KPIs</source>
        <translation>显示 %1 / 共 %2 个指标</translation>
    </message>
    <message>
        <source>— choose a KPI —</source>
        <translation>— 选择指标 —</translation>
    </message>
    <message>
        <source>New KPI: fill in the fields and Save.</source>
        <translation>新建指标：填写各项后保存。</translation>
    </message>
    <message>
        <source>Used by %1 goals and %2 actions; %3 ratio KPIs are built from it.</source>
        <translation>被 %1 个目标和 %2 项行动使用；有 %3 个比率指标由它计算。</translation>
    </message>
    <message>
        <source>Not used by any goal or action yet: it can be deleted.</source>
        <translation>尚未被任何目标或行动使用：可以删除。</translation>
    </message>
    <message>
        <source>A KPI in use can be archived, not deleted.</source>
        <translation>已在使用的指标只能归档，不能删除。</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>新建指标</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <source>Direction: %1 → %2</source>
        <translation>方向：%1 → %2</translation>
    </message>
    <message>
        <source>Over periods: %1 → %2</source>
        <translation>跨期汇总：%1 → %2</translation>
    </message>
    <message>
        <source>The status (green, amber, red) and the achievement rate of every goal on this KPI are worked out anew, in every tab and report; stored targets and actuals stay as they are.</source>
        <translation>使用该指标的每个目标，其状态（绿、黄、红）和达成率都会在所有页面和报表中重新计算；已录入的目标值和实际值保持不变。</translation>
    </message>
    <message>
        <source>Change a KPI in use</source>
        <translation>修改使用中的指标</translation>
    </message>
    <message>
        <source>“%1” is used by %2 goals. Change how it is judged?</source>
        <translation>“%1”被 %2 个目标使用。确定修改其评判方式吗？</translation>
    </message>
    <message>
        <source>For example %1: %2 → %3</source>
        <translation>例如 %1：%2 → %3</translation>
    </message>
    <message>
        <source>Archive KPI</source>
        <translation>归档指标</translation>
    </message>
    <message>
        <source>Archive “%1”?</source>
        <translation>归档“%1”？</translation>
    </message>
    <message>
        <source>%1 goals use it; they keep it and their history. An archived KPI is no longer offered for new goals and can be restored at any time.</source>
        <translation>有 %1 个目标使用它，这些目标及其历史保持不变。归档后的指标不再供新目标选择，可随时恢复。</translation>
    </message>
    <message>
        <source>Restore KPI</source>
        <translation>恢复指标</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <source>Nothing uses it. Edit → Undo brings it back.</source>
        <translation>没有任何内容使用它。可用“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Add KPIs from the library</source>
        <translation>从标准指标库添加指标</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <source>Include the goals of its teams and people</source>
        <translation>包括下属小组和人员的目标</translation>
    </message>
    <message>
        <source>Show every goal held inside the selected unit</source>
        <translation>显示所选部门内的全部目标</translation>
    </message>
    <message>
        <source>Show targets</source>
        <translation>显示目标</translation>
    </message>
    <message>
        <source>Show each month&apos;s target under its actual</source>
        <translation>在每月实际值下方显示当月目标</translation>
    </message>
    <message>
        <source>Enter &amp;Targets</source>
        <translation>录入目标(&amp;T)</translation>
    </message>
    <message>
        <source>Show and enter each month&apos;s target instead of its actual (Ctrl+Shift+T)</source>
        <translation>显示并录入每月目标，而不是实际值（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <source>&amp;Close the Month</source>
        <translation>关闭本月(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;open the Month</source>
        <translation>重新开放本月(&amp;O)</translation>
    </message>
    <message>
        <source>Close Period</source>
        <translation>关闭期间</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>偏差说明(&amp;N)</translation>
    </message>
    <message>
        <source>Show the deviation note of the selected month beside the grid: the gap, its internal and external causes, measures and resources (Ctrl+Shift+K)</source>
        <translation>在表格旁显示所选月份的偏差说明：偏差、内部与外部原因、改进措施和资源要求（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>Show the selected goal&apos;s year beside the grid: actual against target, last year and a forecast to year end, with the numbers (Ctrl+Shift+F)</source>
        <translation>在表格旁显示所选目标的全年情况：实际与目标对比、去年走势和到年末的预测，并列出数据（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>预警(&amp;A)</translation>
    </message>
    <message>
        <source>Show the alerts of the holder and everyone inside it: values out of bounds, missing actuals, two months off target, red months without a note (Ctrl+Shift+A)</source>
        <translation>显示所选责任主体及其下属的预警：超出取值范围、缺少实际值、连续两月未达标、未达标且无偏差说明（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Click a unit&apos;s row to fold its teams and people. Subtotals add up the KPIs whose values add up (amounts, counts, hours); rates, averages, period-end figures and ratios are not added, since their sum means nothing.</source>
        <translation>点击单位行可折叠其下属小组和人员。小计只加总可相加的指标（金额、数量、时长）；比率、平均值、期末值相加没有意义，不设小计。</translation>
    </message>
    <message>
        <source>Type or paste (Ctrl+V) actuals, or targets with Enter Targets, into the months of goals entered by month; Delete clears, Ctrl+Z undoes. Closed periods, quarters, years and subtotals are read-only. Notes (Ctrl+Shift+K) shows and edits the deviation note of the selected month; a corner mark shows months with a note; Detail (Ctrl+Shift+F) the selected goal&apos;s year with a forecast; Alerts (Ctrl+Shift+A) what needs attention. Import and export are in the File menu.</source>
        <translation>在按月录入的目标的月份中直接输入或粘贴（Ctrl+V）实际值；点“录入目标”后可录入目标值。Delete 清除，Ctrl+Z 撤销。已关账期间、季度、年度和小计为只读。“偏差说明”（Ctrl+Shift+K）显示并编辑所选月份的偏差说明，有说明的月份右上角带标记；“详情”（Ctrl+Shift+F）显示所选目标的全年情况和预测；“预警”（Ctrl+Shift+A）列出需要关注的事项。导入和导出在“文件”菜单中。</translation>
    </message>
    <message>
        <source>&amp;Close %1</source>
        <translation>关闭 %1(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;open %1</source>
        <translation>重新开放 %1(&amp;O)</translation>
    </message>
    <message>
        <source>Close the month in focus for the goals shown: their values for it become read-only until it is reopened (Ctrl+Shift+L closes, Ctrl+Shift+O reopens; Ctrl+Z undoes)</source>
        <translation>关闭当前月份：所列目标该月的数值变为只读，直到重新开放（Ctrl+Shift+L 关闭，Ctrl+Shift+O 重新开放；Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Choose a month in the period bar to close or reopen it</source>
        <translation>请在期间栏中选择一个月份，再关闭或重新开放</translation>
    </message>
    <message>
        <source>Close a month</source>
        <translation>关闭月份</translation>
    </message>
    <message>
        <source>Reopen a month</source>
        <translation>重新开放月份</translation>
    </message>
    <message>
        <source>Targets of %1, %2</source>
        <translation>%1 %2年目标值</translation>
    </message>
    <message>
        <source>Deviation Note</source>
        <translation>偏差说明</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation>偏差说明无法保存。</translation>
    </message>
    <message>
        <source>Save a deviation note</source>
        <translation>保存偏差说明</translation>
    </message>
    <message>
        <source>The note was not saved.</source>
        <translation>偏差说明未保存。</translation>
    </message>
    <message>
        <source>The grid does not list this goal&apos;s month.</source>
        <translation>表格中没有这个目标的该月份。</translation>
    </message>
    <message>
        <source>Enter a target</source>
        <translation>录入目标</translation>
    </message>
    <message>
        <source>Enter a value</source>
        <translation>录入数值</translation>
    </message>
    <message>
        <source>Nothing to clear: the selection holds no values that can be changed.</source>
        <translation>没有可清除的内容：所选单元格中没有可修改的数值。</translation>
    </message>
    <message>
        <source>Clear %1 values</source>
        <translation>清除 %1 个数值</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The clipboard holds no cells to paste.</source>
        <translation>剪贴板中没有可粘贴的单元格。</translation>
    </message>
    <message>
        <source>Pick the month cell where the block&apos;s top left goes.</source>
        <translation>请先选中要粘贴到的左上角月份单元格。</translation>
    </message>
    <message>
        <source>The block has %1 rows and %2 columns, but from this cell there are only %3 rows and %4 months; nothing was pasted.</source>
        <translation>要粘贴的区域有 %1 行 %2 列，但从该单元格起只有 %3 行 %4 个月份；没有粘贴任何数值。</translation>
    </message>
    <message>
        <source>This row takes no values.</source>
        <translation>该行不能录入数值。</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1 cells cannot be entered.</source>
        <translation>没有粘贴任何数值：有 %1 个单元格无法录入。</translation>
    </message>
    <message>
        <source>Paste %1 values</source>
        <translation>粘贴 %1 个数值</translation>
    </message>
    <message>
        <source>Actuals of %1, %2</source>
        <translation>%1 %2年实际值</translation>
    </message>
    <message>
        <source>Actuals of %1, %2 (the months of %3 are marked, judged to %4)</source>
        <translation>%1 %2年实际值（已标出%3的月份，判定截至%4）</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>事业部</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Committee chair</source>
        <translation>委员会主任</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>委员会副主任</translation>
    </message>
    <message>
        <source>Committee secretary</source>
        <translation>委员会秘书长</translation>
    </message>
    <message>
        <source>Department representative</source>
        <translation>部门代表</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Within range</source>
        <translation>在区间内</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>求和</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>期末值</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Internal process</source>
        <translation>内部流程</translation>
    </message>
    <message>
        <source>Learning and growth</source>
        <translation>学习与成长</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>数据不全</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>月度质询会</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>季度质询会</translation>
    </message>
    <message>
        <source>Half-year review</source>
        <translation>半年度质询会</translation>
    </message>
    <message>
        <source>Ad hoc meeting</source>
        <translation>临时会议</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开场</translation>
    </message>
    <message>
        <source>Review of last actions</source>
        <translation>上次改进行动回顾</translation>
    </message>
    <message>
        <source>Department report</source>
        <translation>部门汇报</translation>
    </message>
    <message>
        <source>Free discussion</source>
        <translation>自由讨论</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>预留时间</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>已提交待审</translation>
    </message>
    <message>
        <source>Returned for revision</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>LibraryChooser</name>
    <message>
        <source>Add from Library</source>
        <translation>从标准指标库添加</translation>
    </message>
    <message>
        <source>These KPIs ship with perfdesk and are not in this document yet. They get the same ids as in every other file, so packages between files match them.</source>
        <translation>以下是 perfdesk 自带、但本文档尚未包含的标准指标。它们在每个文件中的标识都相同，文件之间交换数据包时能够对应。</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>“%1” is marked as open for editing, but its lock file cannot be read.</source>
        <translation>“%1”被标记为正在编辑，但无法读取它的锁文件。</translation>
    </message>
    <message>
        <source>Take it over only if you are sure nobody is editing it now; otherwise open it read-only.</source>
        <translation>只有确认现在没有人在编辑它时才接管；否则请以只读方式打开。</translation>
    </message>
    <message>
        <source>“%1” is already open for editing in another perfdesk window.</source>
        <translation>“%1”已在另一个 perfdesk 窗口中打开编辑。</translation>
    </message>
    <message>
        <source>Edit it there, or open it here read-only.</source>
        <translation>请在那个窗口中编辑，或在这里以只读方式打开。</translation>
    </message>
    <message>
        <source>“%1” was opened for editing by %2 on this computer at %3, but that perfdesk is no longer running.</source>
        <translation>“%1”于 %3 由 %2 在本机打开编辑，但那个 perfdesk 已不在运行。</translation>
    </message>
    <message>
        <source>You can take it over and edit it (every change was saved when it was made), or open it read-only.</source>
        <translation>你可以接管并编辑它（每次修改在做出时都已保存），或以只读方式打开。</translation>
    </message>
    <message>
        <source>“%1” has been open for editing by %2 on computer %3 since %4.</source>
        <translation>“%1”自 %4 起一直由 %2 在计算机 %3 上打开编辑。</translation>
    </message>
    <message>
        <source>That is a long time: perfdesk may have been left running. Take it over only if you are sure they are not editing it now; otherwise open it read-only.</source>
        <translation>时间已经很长，可能是 perfdesk 忘了关闭。只有确认对方现在没有在编辑时才接管；否则请以只读方式打开。</translation>
    </message>
    <message>
        <source>“%1” is open for editing by %2 on computer %3 since %4.</source>
        <translation>“%1”自 %4 起由 %2 在计算机 %3 上打开编辑。</translation>
    </message>
    <message>
        <source>You can open it read-only: the window shows their changes as they save them. To edit it, ask them to close it and open it again.</source>
        <translation>你可以以只读方式打开：对方保存的修改会随时显示在窗口中。如需编辑，请让对方关闭后再重新打开。</translation>
    </message>
    <message>
        <source>Document in use</source>
        <translation>文档正在使用中</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>只读打开</translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation>接管</translation>
    </message>
    <message>
        <source>No lock file can be made in its folder, so others could not see that you are editing it. Copy it to a folder you may write to in order to edit it.</source>
        <translation>无法在它所在的文件夹中创建锁文件，别人将无法知道你正在编辑它。如需编辑，请把它复制到你有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The file or its folder is write-protected. Copy it to a folder you may write to in order to edit it.</source>
        <translation>该文件或其所在文件夹受写保护。如需编辑，请把它复制到你有写入权限的文件夹。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>perfdesk documents (*%1)</source>
        <translation>perfdesk 文档 (*%1)</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <source>perfdesk packages (*%1)</source>
        <translation>perfdesk 数据包 (*%1)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>报表语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Import Package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标分解</translation>
    </message>
    <message>
        <source>KPI Entry</source>
        <translation>KPI录入</translation>
    </message>
    <message>
        <source>Review Meeting</source>
        <translation>质询会议</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>改进行动</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a .perfdesk document</source>
        <translation>打开 .perfdesk 文档</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Write a copy of this document</source>
        <translation>把本文档另存一份副本</translation>
    </message>
    <message>
        <source>New &amp;Department File…</source>
        <translation>新建部门文件(&amp;D)…</translation>
    </message>
    <message>
        <source>Start a department&apos;s own file from this company file</source>
        <translation>从这个公司文件为某个部门创建它自己的文件</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected cells as a table for Excel or LibreOffice</source>
        <translation>把选中的单元格按表格复制，可粘贴到 Excel 或 LibreOffice</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Go to the search or filter box</source>
        <translation>转到搜索或筛选框</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>目标分解(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;KPI Entry</source>
        <translation>KPI录入(&amp;K)</translation>
    </message>
    <message>
        <source>Review &amp;Meeting</source>
        <translation>质询会议(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>改进行动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Previous Period</source>
        <translation>上一期间(&amp;P)</translation>
    </message>
    <message>
        <source>Move the period in focus one month, quarter or year back</source>
        <translation>当前期间向前移动一个月、一个季度或一年</translation>
    </message>
    <message>
        <source>&amp;Next Period</source>
        <translation>下一期间(&amp;N)</translation>
    </message>
    <message>
        <source>Move the period in focus one month, quarter or year on</source>
        <translation>当前期间向后移动一个月、一个季度或一年</translation>
    </message>
    <message>
        <source>Capture an issue in the selected meeting (I or Ctrl+I in the Meeting tab)</source>
        <translation>在所选会议中记录问题（在会议页中按 I 或 Ctrl+I）</translation>
    </message>
    <message>
        <source>Put back one of the copies taken before upgrades, imports and merges (with no document open: of a document that cannot be opened)</source>
        <translation>恢复升级、导入或合并之前自动保存的某份备份（未打开文档时：为无法打开的文档恢复备份）</translation>
    </message>
    <message>
        <source>Save the report of the selected unit and month, action or meeting, in the language you choose</source>
        <translation>以所选语言保存所选部门与月份、改进行动或会议的报表</translation>
    </message>
    <message>
        <source>Print the report of the selected unit and month, action or meeting</source>
        <translation>打印所选部门与月份、改进行动或会议的报表</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Look at a month, a quarter or a whole year</source>
        <translation>按月、按季度或按全年查看</translation>
    </message>
    <message>
        <source>The period in focus: progress is shown up to its end (only periods with data; a period still running, up to its last month with data)</source>
        <translation>当前期间：进度统计到期末（只列有数据的期间；进行中的期间统计到最后一个有数据的月份）</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>下一窗格(&amp;P)</translation>
    </message>
    <message>
        <source>Start a new organisation: its company, departments and people</source>
        <translation>新建组织：从空白文档开始录入公司、部门和人员</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>组织(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>考核(&amp;V)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of this tab</source>
        <translation>把键盘焦点移到本标签页的下一部分</translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation>上一窗格(&amp;A)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of this tab</source>
        <translation>把键盘焦点移到本标签页的上一部分</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide…</source>
        <translation>用户指南(&amp;U)…</translation>
    </message>
    <message>
        <source>Read how to run the monthly cycle in perfdesk</source>
        <translation>了解如何在 perfdesk 中完成每月的业绩跟踪</translation>
    </message>
    <message>
        <source>Open &amp;Demo Document</source>
        <translation>打开演示文档(&amp;D)</translation>
    </message>
    <message>
        <source>Open the demo company in your data folder</source>
        <translation>打开数据文件夹中的演示公司</translation>
    </message>
    <message>
        <source>&amp;About perfdesk</source>
        <translation>关于 perfdesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <source>Plan a review meeting (also Ctrl+N inside the Meeting tab)</source>
        <translation>筹备一次质询会议（在会议页中也可按 Ctrl+N）</translation>
    </message>
    <message>
        <source>Capture &amp;Issue…</source>
        <translation>记录问题(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Rankings…</source>
        <translation>业绩排行(&amp;R)…</translation>
    </message>
    <message>
        <source>People and units by score</source>
        <translation>按得分排列人员和部门</translation>
    </message>
    <message>
        <source>&amp;Evaluate Period…</source>
        <translation>考核评估(&amp;E)…</translation>
    </message>
    <message>
        <source>Freeze the scores, ranks and flags of the quarter in focus</source>
        <translation>冻结当前季度的得分、排名和标记</translation>
    </message>
    <message>
        <source>Evaluation R&amp;ules…</source>
        <translation>考核规则(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Person Archive…</source>
        <translation>业绩跟踪档案(&amp;P)…</translation>
    </message>
    <message>
        <source>A person&apos;s scores, evaluations, appeals, issues and actions</source>
        <translation>个人的得分、评估、异议、问题和改进行动</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>请先打开一个文档。</translation>
    </message>
    <message>
        <source>Add &amp;Unit…</source>
        <translation>添加下级单位(&amp;U)…</translation>
    </message>
    <message>
        <source>Add a unit below the selected one</source>
        <translation>在所选单位下添加一个单位</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>添加人员(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a person to the selected unit</source>
        <translation>在所选单位中添加一名人员</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the selected unit or person</source>
        <translation>重命名所选单位或人员</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>属性(&amp;R)…</translation>
    </message>
    <message>
        <source>Edit the fields of the selected unit or person</source>
        <translation>编辑所选单位或人员的各项信息</translation>
    </message>
    <message>
        <source>Set &amp;Manager…</source>
        <translation>设置负责人(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose who manages the selected unit</source>
        <translation>选择所选单位的负责人</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Pick the unit or person to move</source>
        <translation>选中要移动的单位或人员</translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation>粘贴到此处(&amp;P)</translation>
    </message>
    <message>
        <source>Move what was cut into the selected unit</source>
        <translation>把剪切的单位或人员移到所选单位下</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>归档(&amp;A)…</translation>
    </message>
    <message>
        <source>Hide the selected unit or person, keeping its history</source>
        <translation>隐藏所选单位或人员，保留其全部历史</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>恢复(&amp;S)</translation>
    </message>
    <message>
        <source>Bring an archived unit or person back</source>
        <translation>恢复已归档的单位或人员</translation>
    </message>
    <message>
        <source>Show Arc&amp;hived</source>
        <translation>显示已归档(&amp;H)</translation>
    </message>
    <message>
        <source>Show archived units and people in the organisation tree, greyed</source>
        <translation>在组织树中以灰色显示已归档的单位和人员</translation>
    </message>
    <message>
        <source>&amp;KPI Library…</source>
        <translation>指标库(&amp;K)…</translation>
    </message>
    <message>
        <source>List, add and edit the KPIs of this document</source>
        <translation>查看、新增和编辑本文档的指标</translation>
    </message>
    <message>
        <source>&amp;Start / Resume Meeting</source>
        <translation>开始/继续会议(&amp;S)</translation>
    </message>
    <message>
        <source>Run the meeting selected in the Review Meeting tab on the projector</source>
        <translation>在投影屏幕上主持“质询会议”页中选中的会议</translation>
    </message>
    <message>
        <source>Start / Resume Meeting</source>
        <translation>开始/继续会议</translation>
    </message>
    <message>
        <source>Select a meeting in the Review Meeting tab first.</source>
        <translation>请先在“质询会议”页中选择一个会议。</translation>
    </message>
    <message>
        <source>the document is open read-only</source>
        <translation>文档以只读方式打开</translation>
    </message>
    <message>
        <source>%1 — not available: %2</source>
        <translation>%1——不可用：%2</translation>
    </message>
    <message>
        <source>&amp;Decompose…</source>
        <translation>分解(&amp;D)…</translation>
    </message>
    <message>
        <source>Share the selected goal&apos;s target among the units or people below</source>
        <translation>把所选目标分解给下级单位或人员</translation>
    </message>
    <message>
        <source>&amp;Split over Periods…</source>
        <translation>分配到各期(&amp;S)…</translation>
    </message>
    <message>
        <source>Share the selected goal&apos;s target over its months, 10-day periods or weeks</source>
        <translation>把所选目标分配到各月、各旬或各周</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>没有打开文档。</translation>
    </message>
    <message>
        <source>Select a goal in the Goals tab first.</source>
        <translation>请先在“目标分解”页选择一个目标。</translation>
    </message>
    <message>
        <source>The goal or its KPI no longer exists.</source>
        <translation>该目标或其 KPI 已不存在。</translation>
    </message>
    <message>
        <source>Split over Periods</source>
        <translation>分配到各期</translation>
    </message>
    <message>
        <source>Decompose</source>
        <translation>分解目标</translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation>导出数据包(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the rows this document sends to another file (.pdpkg)</source>
        <translation>把本文件要发送的数据写入一个数据包（.pdpkg）</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>Merge packages into this document after a preview</source>
        <translation>预览后把数据包合并到本文件</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>撤销导入(&amp;U)</translation>
    </message>
    <message>
        <source>Put back the backup taken before the last import</source>
        <translation>恢复上次导入前做的备份</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>恢复备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Import &amp;Actuals…</source>
        <translation>导入实际值(&amp;A)…</translation>
    </message>
    <message>
        <source>Import actuals from a CSV or Excel export of another system</source>
        <translation>从其他系统导出的 CSV 或 Excel 文件导入实际值</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export targets and actuals to Excel (.xlsx) or CSV</source>
        <translation>将目标值和实际值导出为 Excel（.xlsx）或 CSV</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>No recent documents</source>
        <translation>没有最近打开的文档</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <source>“%1” was opened read-only.</source>
        <translation>“%1”已以只读方式打开。</translation>
    </message>
    <message>
        <source>New Document</source>
        <translation>新建文档</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>This document is open. Choose another name.</source>
        <translation>该文档正在打开中，请换一个名称。</translation>
    </message>
    <message>
        <source>The document could not be created:
%1</source>
        <translation>无法创建文档：
%1</translation>
    </message>
    <message>
        <source>Creating the demo document…</source>
        <translation>正在生成演示文档…</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Choose a different name: this is the open document.</source>
        <translation>请换一个名称：这是当前打开的文档。</translation>
    </message>
    <message>
        <source>The copy could not be written:
%1</source>
        <translation>无法写入副本：
%1</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>副本已保存到 %1</translation>
    </message>
    <message>
        <source>Updated with changes saved to the file</source>
        <translation>已更新为文件中保存的最新内容</translation>
    </message>
    <message>
        <source>This document is open read-only; nothing was changed.</source>
        <translation>本文档以只读方式打开，未做任何修改。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>没有打开的文档</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>Period in focus: %1</source>
        <translation>当前期间：%1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of perfdesk. Restart now?</source>
        <translation>新语言将在 perfdesk 重新启动后生效。现在重新启动吗？</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>About perfdesk</source>
        <translation>关于 perfdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;perfdesk %1&lt;/h3&gt;&lt;p&gt;Goals, KPI entry, review meetings and improvement actions for department heads.&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;perfdesk %1&lt;/h3&gt;&lt;p&gt;为部门负责人提供目标分解、KPI录入、质询会议和改进行动跟踪。&lt;/p&gt;&lt;p&gt;中文字体：文泉驿微米黑（Apache License 2.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MappingTableModel</name>
    <message>
        <source>Use</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>数据包中</translation>
    </message>
    <message>
        <source>In this document</source>
        <translation>本文件中</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>匹配依据</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit meeting</source>
        <translation>编辑会议</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>Monthly performance review</source>
        <translation>月度业绩跟踪会议</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>e.g. 2026-03 or 2026-Q1</source>
        <translation>例如 2026-03 或 2026-Q1</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>与会人员</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>会议名称(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Period re&amp;viewed:</source>
        <translation>审议期间(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>主持人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Secretary(-general):</source>
        <translation>秘书长(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Minute-taker:</source>
        <translation>记录人(&amp;M)：</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>与会人员：</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
</context>
<context>
    <name>MeetingEnd</name>
    <message>
        <source>Reopen Meeting</source>
        <translation>重新打开会议</translation>
    </message>
    <message>
        <source>Why does “%1” need to be reopened? (kept in the meeting&apos;s notes)</source>
        <translation>为什么要重新打开“%1”？（原因会记入会议备注）</translation>
    </message>
    <message>
        <source>Meeting Ended</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <source>“%1” has ended and its record is locked, so the change was not saved.</source>
        <translation>“%1”已结束，会议记录已锁定，因此更改未保存。</translation>
    </message>
    <message>
        <source>Reopen the meeting to correct it; the reopening is logged.</source>
        <translation>重新打开会议即可更正；重新打开会留下记录。</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
</context>
<context>
    <name>MeetingFlow</name>
    <message>
        <source>Start Meeting</source>
        <translation>开始会议</translation>
    </message>
    <message>
        <source>Start “%1” now?</source>
        <translation>现在开始“%1”吗？</translation>
    </message>
    <message>
        <source>End Meeting</source>
        <translation>结束会议</translation>
    </message>
    <message>
        <source>“%1” has ended; its record is locked.</source>
        <translation>“%1”已结束，会议记录已锁定。</translation>
    </message>
    <message>
        <source>Reopened, because: </source>
        <translation>重新打开，原因：</translation>
    </message>
    <message>
        <source>Reopen Meeting</source>
        <translation>重新打开会议</translation>
    </message>
    <message>
        <source>It is at item %1 of %2, %3.</source>
        <translation>当前为第 %1 项（共 %2 项），%3。</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Resume Meeting</source>
        <translation>继续会议</translation>
    </message>
    <message>
        <source>The meeting “%1” is still running.</source>
        <translation>会议“%1”仍在进行。</translation>
    </message>
    <message>
        <source>Resume in Run Mode</source>
        <translation>在主持模式中继续</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Run Mode</source>
        <translation>主持模式</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>%1 expected, %2 present</source>
        <translation>应到%1人，实到%2人</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题数</translation>
    </message>
</context>
<context>
    <name>MeetingTab</name>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Meeting…</source>
        <translation>编辑会议(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Archive Meeting</source>
        <translation>归档会议(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reopen Meeting…</source>
        <translation>重新开启会议(&amp;R)…</translation>
    </message>
    <message>
        <source>Correct an ended meeting: reopen it, with the reason logged</source>
        <translation>更正已结束的会议：重新开启，并记录原因</translation>
    </message>
    <message>
        <source>Capture &amp;Issue…</source>
        <translation>记录问题(&amp;I)…</translation>
    </message>
    <message>
        <source>Capture an issue (I or Ctrl+I)</source>
        <translation>记录问题（I 或 Ctrl+I）</translation>
    </message>
    <message>
        <source>Make &amp;Action</source>
        <translation>生成改进行动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Park / Unpark</source>
        <translation>搁置/取消搁置(&amp;P)</translation>
    </message>
    <message>
        <source>Meeting &amp;List</source>
        <translation>会议列表(&amp;L)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Period reviewed:</source>
        <translation>质询期间：</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主持人：</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>秘书长：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation>出席情况：</translation>
    </message>
    <message>
        <source>This meeting has ended and its record is locked: the agenda, attendance, issues and minutes are shown as recorded.</source>
        <translation>本次会议已结束，记录已锁定：议程、出席、问题和纪要按记录显示。</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Archive a meeting</source>
        <translation>归档会议</translation>
    </message>
    <message>
        <source>This meeting has ended; its issues are locked.</source>
        <translation>本次会议已结束，问题记录已锁定。</translation>
    </message>
    <message>
        <source>Make an action from an issue</source>
        <translation>由问题生成改进行动</translation>
    </message>
    <message>
        <source>Park an issue</source>
        <translation>搁置问题</translation>
    </message>
    <message>
        <source>Unpark an issue</source>
        <translation>取消搁置问题</translation>
    </message>
    <message>
        <source>Issues raised</source>
        <translation>提出的问题</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>No meeting concerns %1.</source>
        <translation>没有与%1相关的会议。</translation>
    </message>
    <message>
        <source>No review meetings yet</source>
        <translation>还没有质询会议</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Plan the first review meeting with Meeting → New Meeting (Ctrl+Shift+M): its attendees come from the committee roles, its agenda from a template or the prefill by the departments&apos; KPIs.</source>
        <translation>用“会议 → 新建会议”（Ctrl+Shift+M）筹备第一次质询会议：与会人员取自委员会职务，议程可来自模板，或按各部门 KPI 预填。</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <source>Import Package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>All &amp;Mine</source>
        <translation>全部保留本文件(&amp;M)</translation>
    </message>
    <message>
        <source>Keep this document&apos;s value in every conflict</source>
        <translation>所有冲突都保留本文件的值</translation>
    </message>
    <message>
        <source>All &amp;Theirs</source>
        <translation>全部采用数据包(&amp;T)</translation>
    </message>
    <message>
        <source>Take the package&apos;s value in every conflict</source>
        <translation>所有冲突都采用数据包的值</translation>
    </message>
    <message>
        <source>&amp;Newer Wins</source>
        <translation>较新者优先(&amp;N)</translation>
    </message>
    <message>
        <source>In every conflict, keep the value changed last</source>
        <translation>所有冲突都保留最后修改的值</translation>
    </message>
    <message>
        <source>Mer&amp;ge</source>
        <translation>合并(&amp;G)</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>冲突：</translation>
    </message>
    <message>
        <source>Nothing new in this package: there is nothing to merge.</source>
        <translation>数据包中没有新内容：无需合并。</translation>
    </message>
    <message>
        <source>Nothing new in these packages: there is nothing to merge.</source>
        <translation>这些数据包中没有新内容：无需合并。</translation>
    </message>
    <message>
        <source>%1 conflicts are not decided: choose mine or theirs for each, or a rule.</source>
        <translation>%1 处冲突尚未决定：请逐行选择保留本文件或采用数据包，或选一条规则。</translation>
    </message>
    <message>
        <source>Ready to merge %1 changed rows. A backup is made first.</source>
        <translation>可以合并 %1 行改动。合并前会先做备份。</translation>
    </message>
</context>
<context>
    <name>MinuteModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Minute entry</source>
        <translation>纪要条目</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Type the outcome of this item; it is saved as you go.</source>
        <translation>输入本议程项的结论；边输入边自动保存。</translation>
    </message>
    <message>
        <source>New &amp;Entry</source>
        <translation>新条目(&amp;E)</translation>
    </message>
    <message>
        <source>Minutes of “%1”</source>
        <translation>“%1”的纪要</translation>
    </message>
    <message>
        <source>Minutes of the meeting</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
</context>
<context>
    <name>NoGoals</name>
    <message>
        <source>Show %1</source>
        <translation>查看%1</translation>
    </message>
</context>
<context>
    <name>OpErrors</name>
    <message>
        <source>unit name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>unit kind</source>
        <translation>部门类型</translation>
    </message>
    <message>
        <source>unit code</source>
        <translation>部门代码</translation>
    </message>
    <message>
        <source>parent unit</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>committee role</source>
        <translation>委员会角色</translation>
    </message>
    <message>
        <source>employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI code</source>
        <translation>KPI 代码</translation>
    </message>
    <message>
        <source>KPI name</source>
        <translation>KPI 名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>aggregation</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <source>perspective</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>amber threshold</source>
        <translation>黄色阈值</translation>
    </message>
    <message>
        <source>red threshold</source>
        <translation>红色阈值</translation>
    </message>
    <message>
        <source>numerator KPI</source>
        <translation>分子 KPI</translation>
    </message>
    <message>
        <source>denominator KPI</source>
        <translation>分母 KPI</translation>
    </message>
    <message>
        <source>decimals</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>parent goal</source>
        <translation>上级目标</translation>
    </message>
    <message>
        <source>goal description</source>
        <translation>目标描述</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>upper target</source>
        <translation>目标上限</translation>
    </message>
    <message>
        <source>yearly target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>kind of value</source>
        <translation>数值类型</translation>
    </message>
    <message>
        <source>granularity</source>
        <translation>录入粒度</translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>deviation note</source>
        <translation>偏差说明</translation>
    </message>
    <message>
        <source>deviation</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>internal cause</source>
        <translation>内部原因</translation>
    </message>
    <message>
        <source>external cause</source>
        <translation>外部原因</translation>
    </message>
    <message>
        <source>improvement measures</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>resources needed</source>
        <translation>资源要求</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>meeting title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>type of meeting</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>planned length</source>
        <translation>计划时长</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>秘书长</translation>
    </message>
    <message>
        <source>minute-taker</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>与会人员</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>kind of agenda item</source>
        <translation>议程项类型</translation>
    </message>
    <message>
        <source>agenda item title</source>
        <translation>议程项标题</translation>
    </message>
    <message>
        <source>minutes of an agenda item</source>
        <translation>议程项时长</translation>
    </message>
    <message>
        <source>agenda item note</source>
        <translation>议程项备注</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>agenda template</source>
        <translation>议程模板</translation>
    </message>
    <message>
        <source>template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>action</source>
        <translation>改进行动</translation>
    </message>
    <message>
        <source>co-department</source>
        <translation>协同部门</translation>
    </message>
    <message>
        <source>department&apos;s part of the plan</source>
        <translation>部门分工方案</translation>
    </message>
    <message>
        <source>reason for the owner</source>
        <translation>指定责任人的理由</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>改进前数值</translation>
    </message>
    <message>
        <source>expected result</source>
        <translation>预期结果</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>measured result</source>
        <translation>实测结果</translation>
    </message>
    <message>
        <source>verification note</source>
        <translation>验证说明</translation>
    </message>
    <message>
        <source>measured value</source>
        <translation>实测值</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>report note</source>
        <translation>旬报说明</translation>
    </message>
    <message>
        <source>related department</source>
        <translation>关联部门</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>resource request</source>
        <translation>资源要求</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>action title</source>
        <translation>改进行动标题</translation>
    </message>
    <message>
        <source>kind of minute entry</source>
        <translation>纪要条目类型</translation>
    </message>
    <message>
        <source>minute entry</source>
        <translation>纪要条目</translation>
    </message>
    <message>
        <source>reason for reopening</source>
        <translation>重新打开的原因</translation>
    </message>
    <message>
        <source>share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>seasonal profile</source>
        <translation>季节系数方案</translation>
    </message>
    <message>
        <source>profile name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>overdue follows from the due date and is never set</source>
        <translation>逾期由完成日期推算，不能手工设置</translation>
    </message>
    <message>
        <source>the action already has this status</source>
        <translation>行动已是这个状态</translation>
    </message>
    <message>
        <source>a verified, not achieved or cancelled action is final</source>
        <translation>已验证、未达成或已取消的行动不能再改变</translation>
    </message>
    <message>
        <source>a draft must be submitted and accepted before it opens</source>
        <translation>草稿须先提交并审核通过才能执行</translation>
    </message>
    <message>
        <source>only a done action is verified or found not achieved</source>
        <translation>只有已完成的行动才能验证效果</translation>
    </message>
    <message>
        <source>only an open action can be marked done</source>
        <translation>只有执行中的行动才能标记完成</translation>
    </message>
    <message>
        <source>only a submitted action can be returned</source>
        <translation>只有已提交的行动才能退回</translation>
    </message>
    <message>
        <source>only a draft can be submitted</source>
        <translation>只有草稿才能提交</translation>
    </message>
    <message>
        <source>this change of status is not allowed</source>
        <translation>不允许这样改变状态</translation>
    </message>
    <message>
        <source>S: the improvement item is empty</source>
        <translation>S：改进事项为空</translation>
    </message>
    <message>
        <source>S: the item only repeats the KPI&apos;s name</source>
        <translation>S：改进事项只重复了KPI名称</translation>
    </message>
    <message>
        <source>S: no measures are written</source>
        <translation>S：未填写改进措施</translation>
    </message>
    <message>
        <source>M: no KPI measures the result</source>
        <translation>M：没有衡量结果的KPI</translation>
    </message>
    <message>
        <source>M: no expected value</source>
        <translation>M：没有预期值</translation>
    </message>
    <message>
        <source>A: the expected value does not improve on the baseline</source>
        <translation>A：预期值没有比改进前更好</translation>
    </message>
    <message>
        <source>A: the expected value is more than 1.5 times the baseline&apos;s level</source>
        <translation>A：预期值超过改进前水平的1.5倍</translation>
    </message>
    <message>
        <source>R: linked to no meeting issue and no goal</source>
        <translation>R：未关联会议问题或目标</translation>
    </message>
    <message>
        <source>T: no due date</source>
        <translation>T：没有完成日期</translation>
    </message>
    <message>
        <source>T: the due date is before the start</source>
        <translation>T：完成日期早于开始日期</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>evaluation rules</source>
        <translation>考核规则</translation>
    </message>
    <message>
        <source>appeal</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>reason for the appeal</source>
        <translation>异议理由</translation>
    </message>
    <message>
        <source>outcome of the review</source>
        <translation>复核结论</translation>
    </message>
    <message>
        <source>revised score</source>
        <translation>更正得分</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>10-day period</source>
        <translation>旬</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>The %1 cannot be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>%1含有控制字符。</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1有 %2 个字符，最多允许 %3 个。</translation>
    </message>
    <message>
        <source>The %1 must be a number, not “%2”.</source>
        <translation>%1必须是数字，不能是“%2”。</translation>
    </message>
    <message>
        <source>The %1 must be a finite number.</source>
        <translation>%1必须是有限的数字。</translation>
    </message>
    <message>
        <source>The %1 is too large (at most %2 either way).</source>
        <translation>%1太大（正负都不能超过 %2）。</translation>
    </message>
    <message>
        <source>“%1” is not a valid period. Write it like 2026, 2026-Q3, 2026-10 or 2026-W41.</source>
        <translation>“%1”不是有效的期间。请写成 2026、2026-Q3、2026-10 或 2026-W41 这样的形式。</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2.</source>
        <translation>“%1”不是有效的%2。</translation>
    </message>
    <message>
        <source>The %1 no longer exists (it may have been removed meanwhile).</source>
        <translation>%1已不存在（可能已被他人删除）。</translation>
    </message>
    <message>
        <source>The %1 is archived; restore it first.</source>
        <translation>%1已归档，请先恢复。</translation>
    </message>
    <message>
        <source>The due date %1 is before the start date %2.</source>
        <translation>完成日期%1早于开始日期%2。</translation>
    </message>
    <message>
        <source>The expected result %1 is not an improvement on the baseline %2 for this KPI (%3).</source>
        <translation>预期结果%1没有比改进前的%2更好（该KPI%3）。</translation>
    </message>
    <message>
        <source>The expected result is the same as the baseline; an action must improve it.</source>
        <translation>预期结果与改进前相同；改进行动必须有所改进。</translation>
    </message>
    <message>
        <source>The linked goal is on another KPI than the action.</source>
        <translation>关联的目标与行动不是同一个KPI。</translation>
    </message>
    <message>
        <source>The owner differs from the rule (a department&apos;s manager, the general manager across departments); say why.</source>
        <translation>责任人与规则不同（单一部门由部门主管经理担任，跨部门由总经理担任），请说明理由。</translation>
    </message>
    <message>
        <source>The action is %1; it can no longer be changed.</source>
        <translation>该行动已是“%1”，不能再修改。</translation>
    </message>
    <message>
        <source>An action cannot go from %1 to %2: %3.</source>
        <translation>改进行动不能从“%1”变为“%2”：%3。</translation>
    </message>
    <message>
        <source>Returning an action needs a reason.</source>
        <translation>退回改进行动需要填写原因。</translation>
    </message>
    <message>
        <source>The action fails the SMART check and was not submitted: %1.</source>
        <translation>改进行动未通过SMART检查，未提交：%1。</translation>
    </message>
    <message>
        <source>Closing an action needs the measured value of its KPI.</source>
        <translation>关闭改进行动需要KPI的实测值。</translation>
    </message>
    <message>
        <source>Only an open action gets 10-day reports (this one is %1).</source>
        <translation>只有执行中的行动才能填写旬报（该行动为“%1”）。</translation>
    </message>
    <message>
        <source>The report date %1 is in the future.</source>
        <translation>旬报日期%1在今天之后。</translation>
    </message>
    <message>
        <source>The progress must be between 0 and 100 %.</source>
        <translation>进度必须在0到100%之间。</translation>
    </message>
    <message>
        <source>%1 already has its report.</source>
        <translation>%1已经填写了旬报。</translation>
    </message>
    <message>
        <source>A company is the top of the tree and cannot have a parent unit.</source>
        <translation>公司是组织树的顶层，不能有上级部门。</translation>
    </message>
    <message>
        <source>A department or team needs the unit it belongs to.</source>
        <translation>部门或团队需要指定所属的上级单位。</translation>
    </message>
    <message>
        <source>There is already a unit named “%1” at this level.</source>
        <translation>同一层级已有名为“%1”的部门。</translation>
    </message>
    <message>
        <source>The company is the top of the tree and cannot be moved.</source>
        <translation>公司是组织树的最顶层，不能移动。</translation>
    </message>
    <message>
        <source>“%1” cannot move into “%2”: that unit is inside it (or is it), so the tree would make a loop.</source>
        <translation>“%1”不能移到“%2”下：该单位就是它本身或在它下面，移动后组织树会形成循环。</translation>
    </message>
    <message>
        <source>The unit still has %1 active people and %2 active units; move or archive them first.</source>
        <translation>该单位下还有 %1 名在职人员和 %2 个下级单位，请先将其移走或归档。</translation>
    </message>
    <message>
        <source>The employee number “%1” is already someone else&apos;s.</source>
        <translation>工号“%1”已被他人使用。</translation>
    </message>
    <message>
        <source>Decimals must be between 0 and 6.</source>
        <translation>小数位数必须在 0 到 6 之间。</translation>
    </message>
    <message>
        <source>The red threshold must be above 0 and not above the amber threshold.</source>
        <translation>红色阈值必须大于 0，且不能高于黄色阈值。</translation>
    </message>
    <message>
        <source>A ratio KPI needs a numerator KPI and a denominator KPI.</source>
        <translation>比率型 KPI 需要一个分子 KPI 和一个分母 KPI。</translation>
    </message>
    <message>
        <source>A KPI with the code “%1” already exists.</source>
        <translation>已存在代码为“%1”的 KPI。</translation>
    </message>
    <message>
        <source>The lower bound must not be above the upper bound.</source>
        <translation>最小值不能大于最大值。</translation>
    </message>
    <message>
        <source>A ratio KPI cannot be divided by itself, nor by a KPI built from it.</source>
        <translation>比率指标不能以自身为分子或分母，也不能使用由它计算出的指标。</translation>
    </message>
    <message>
        <source>The KPI is used by %1 goals and %2 actions; archive it instead.</source>
        <translation>该指标被 %1 个目标和 %2 项行动使用，请改为归档。</translation>
    </message>
    <message>
        <source>The parent goal is for %1, this goal for %2: a goal contributes to a goal of the same year.</source>
        <translation>上级目标属于 %1，本目标属于 %2：目标只能支撑同一年度的上级目标。</translation>
    </message>
    <message>
        <source>The %1 %2 is outside the KPI&apos;s allowed range %3 to %4.</source>
        <translation>%1 %2 超出该指标允许的范围 %3 至 %4。</translation>
    </message>
    <message>
        <source>The upper target must not be below the target.</source>
        <translation>目标上限不能低于目标值。</translation>
    </message>
    <message>
        <source>Another active KPI has the code “%1”; archive it or change its code before restoring this one.</source>
        <translation>另一个在用的 KPI 使用了代码“%1”；请先将其归档或修改其代码，再恢复此 KPI。</translation>
    </message>
    <message>
        <source>A goal belongs to exactly one unit or one person.</source>
        <translation>一个目标必须且只能属于一个部门或一个人。</translation>
    </message>
    <message>
        <source>The weight must be between 0 and 100 %.</source>
        <translation>权重必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>Values are entered by month, 10-day period or week.</source>
        <translation>数值只能按月、旬或周录入。</translation>
    </message>
    <message>
        <source>That parent goal already depends on this goal; the link would make a loop.</source>
        <translation>该上级目标已经依赖于此目标，建立这个关联会形成循环。</translation>
    </message>
    <message>
        <source>This goal&apos;s values are entered by %1, not as %2.</source>
        <translation>此目标的数值按%1录入，不能录入为%2。</translation>
    </message>
    <message>
        <source>%1 lies outside the goal&apos;s period %2.</source>
        <translation>%1不在目标期间%2之内。</translation>
    </message>
    <message>
        <source>%1 for %2 is outside the KPI&apos;s allowed range %3 to %4.</source>
        <translation>%2的数值 %1 超出了该 KPI 允许的范围（%3 至 %4）。</translation>
    </message>
    <message>
        <source>The values for %1 are locked.</source>
        <translation>%1的数值已锁定。</translation>
    </message>
    <message>
        <source>There are no values to enter.</source>
        <translation>没有要录入的数值。</translation>
    </message>
    <message>
        <source>“%1” is not a valid date; write it like 2026-03-05.</source>
        <translation>“%1”不是有效日期；请写成 2026-03-05 的形式。</translation>
    </message>
    <message>
        <source>“%1” is not a valid time; write it like 09:30.</source>
        <translation>“%1”不是有效时间；请写成 09:30 的形式。</translation>
    </message>
    <message>
        <source>A meeting lasts more than 0 and at most 1,440 minutes.</source>
        <translation>会议时长须大于 0 且不超过 1440 分钟。</translation>
    </message>
    <message>
        <source>Agenda item %1 has %2 minutes; give it more than 0 and at most %3.</source>
        <translation>第 %1 项议程为 %2 分钟；时长须大于 0 且不超过 %3 分钟。</translation>
    </message>
    <message>
        <source>The agenda has no items.</source>
        <translation>议程没有任何项目。</translation>
    </message>
    <message>
        <source>This issue already has an improvement action.</source>
        <translation>该问题已有改进行动。</translation>
    </message>
    <message>
        <source>The meeting “%1” is running; end it before starting another one.</source>
        <translation>会议“%1”正在进行，请先结束它，再开始另一个会议。</translation>
    </message>
    <message>
        <source>The meeting “%1” has already been started.</source>
        <translation>会议“%1”已经开始过了。</translation>
    </message>
    <message>
        <source>The meeting “%1” is not running.</source>
        <translation>会议“%1”没有在进行。</translation>
    </message>
    <message>
        <source>The meeting “%1” has not ended, so there is nothing to reopen.</source>
        <translation>会议“%1”尚未结束，无需重新打开。</translation>
    </message>
    <message>
        <source>The agenda has no items. Add at least one item before starting the meeting.</source>
        <translation>议程中没有任何议程项。请至少添加一项后再开始会议。</translation>
    </message>
    <message>
        <source>The meeting has ended and its record is locked, so the change was NOT saved. Reopen the meeting to correct it.</source>
        <translation>会议已结束，会议记录已锁定，因此更改未保存。请重新打开会议后再更正。</translation>
    </message>
    <message>
        <source>There is already a seasonal profile named “%1”.</source>
        <translation>已有名为“%1”的季节系数方案。</translation>
    </message>
    <message>
        <source>The goal has no KPI (it may have been removed); there is nothing to split by.</source>
        <translation>该目标没有 KPI（可能已被删除），无法分配。</translation>
    </message>
    <message>
        <source>The goal has no target to split.</source>
        <translation>该目标没有可分配的目标值。</translation>
    </message>
    <message>
        <source>The target %1 has more decimals than the KPI&apos;s %2.</source>
        <translation>目标值 %1 的小数位多于该 KPI 的 %2 位。</translation>
    </message>
    <message>
        <source>%1 for %2 has more decimals than the KPI&apos;s %3.</source>
        <translation>%2的数值 %1 的小数位多于该 KPI 的 %3 位。</translation>
    </message>
    <message>
        <source>A %1 target cannot be split by %2.</source>
        <translation>%1的目标不能按%2分配。</translation>
    </message>
    <message>
        <source>A seasonal profile has 12 month weights, not %1.</source>
        <translation>季节系数应有 12 个月的权重，而不是 %1 个。</translation>
    </message>
    <message>
        <source>Month %1&apos;s weight is negative; weights are 0 or more.</source>
        <translation>%1月的权重为负数；权重不能小于 0。</translation>
    </message>
    <message>
        <source>All month weights are zero; at least one must be above zero.</source>
        <translation>各月权重都是 0，至少要有一个月大于 0。</translation>
    </message>
    <message>
        <source>The unlocked periods all have a weight of zero, so %1 has nowhere to go.</source>
        <translation>未锁定的各期权重都是 0，剩余的 %1 无处分配。</translation>
    </message>
    <message>
        <source>The locked parts add up to %1, more than the whole %2.</source>
        <translation>锁定部分合计 %1，超过了总数 %2。</translation>
    </message>
    <message>
        <source>Every period is locked; unlock at least one to take the rest.</source>
        <translation>所有期间都已锁定；请至少解锁一期来承接剩余部分。</translation>
    </message>
    <message>
        <source>%1 is not one of the periods being split.</source>
        <translation>%1不在要分配的期间之内。</translation>
    </message>
    <message>
        <source>“%1” is not a split method.</source>
        <translation>“%1”不是分配方式。</translation>
    </message>
    <message>
        <source>Choose at least one holder to cascade to.</source>
        <translation>请至少选择一个分解对象。</translation>
    </message>
    <message>
        <source>A share cannot be negative.</source>
        <translation>比例不能为负数。</translation>
    </message>
    <message>
        <source>A share cannot be above 100 %.</source>
        <translation>比例不能超过 100%。</translation>
    </message>
    <message>
        <source>The shares add up to %1 %, not 100 %.</source>
        <translation>各比例合计 %1%，不是 100%。</translation>
    </message>
    <message>
        <source>The shares you set add up to %1 %, more than 100 %.</source>
        <translation>手工设定的比例合计 %1%，超过了 100%。</translation>
    </message>
    <message>
        <source>Every share is set by hand; leave one to take the rest.</source>
        <translation>所有比例都是手工设定的；请留一项承接剩余部分。</translation>
    </message>
    <message>
        <source>These evaluation rules are not usable; check the numbers.</source>
        <translation>这些考核规则无法使用，请检查各项数值。</translation>
    </message>
    <message>
        <source>The evaluation rules are the same as the current version; nothing to save.</source>
        <translation>考核规则与当前版本相同，无需保存。</translation>
    </message>
    <message>
        <source>Evaluations are made for a month, a quarter or a year, not for %1.</source>
        <translation>评估按月、季度或年进行，不能按%1进行。</translation>
    </message>
    <message>
        <source>%1 has already been evaluated and frozen; view that evaluation instead.</source>
        <translation>%1已评估并冻结，请查看该评估。</translation>
    </message>
    <message>
        <source>Nobody has goals for %1; there is nothing to evaluate.</source>
        <translation>%1没有任何人有目标，无可评估。</translation>
    </message>
    <message>
        <source>Only a frozen evaluation can be appealed.</source>
        <translation>只能对已冻结的评估提出异议。</translation>
    </message>
    <message>
        <source>This evaluation already has an open appeal; decide it first.</source>
        <translation>该评估已有未决的异议，请先作出复核决定。</translation>
    </message>
    <message>
        <source>An appeal cannot be dated before the evaluation was frozen (%1).</source>
        <translation>异议日期不能早于评估冻结日期（%1）。</translation>
    </message>
    <message>
        <source>The appeal window of %1 days after the evaluation was frozen ended on %2; the appeal cannot be filed.</source>
        <translation>评估冻结后 %1 天的异议期限已于 %2 结束，不能再提出异议。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 尚未到来。</translation>
    </message>
    <message>
        <source>This appeal has already been decided.</source>
        <translation>该异议已作出复核决定。</translation>
    </message>
    <message>
        <source>“%1” is not a decision (upheld, rejected or revised).</source>
        <translation>“%1”不是有效的决定（维持、驳回或更正）。</translation>
    </message>
    <message>
        <source>A revised evaluation needs the revised score.</source>
        <translation>更正评估需要填写更正后的得分。</translation>
    </message>
    <message>
        <source>A revised score is given only when the evaluation is revised.</source>
        <translation>只有更正评估时才填写更正得分。</translation>
    </message>
    <message>
        <source>The decision date %1 is before the appeal was filed (%2).</source>
        <translation>决定日期 %1 早于异议提出日期（%2）。</translation>
    </message>
    <message>
        <source>Another window or program is writing to this document, so the change was NOT saved. Wait a moment and try again.</source>
        <translation>另一个窗口或程序正在写入此文档，因此本次修改没有保存。请稍候再试。</translation>
    </message>
    <message>
        <source>The change clashes with what is now in the document (another window or program may have changed it), so it was NOT saved. Reopen the document and try again.</source>
        <translation>本次修改与文档中的现有内容冲突（可能有其他窗口或程序修改了文档），因此没有保存。请重新打开文档后再试。</translation>
    </message>
    <message>
        <source>The disk is full, so the change was NOT saved. Free some space and try again.</source>
        <translation>磁盘已满，因此本次修改没有保存。请释放一些空间后再试。</translation>
    </message>
    <message>
        <source>The file has become write-protected, so the change was NOT saved. Ask for write access, or save a copy elsewhere to keep working.</source>
        <translation>文件已变为写保护，因此本次修改没有保存。请申请写入权限，或将副本另存到其他位置后继续工作。</translation>
    </message>
    <message>
        <source>The file could not be written (a disk or network error), so the change was NOT saved. Check the drive or network share and try again.</source>
        <translation>无法写入文件（磁盘或网络错误），因此本次修改没有保存。请检查磁盘或网络共享后再试。</translation>
    </message>
    <message>
        <source>This step cannot be undone: the %1 was changed by another window or program since. Nothing was changed.</source>
        <translation>无法撤销这一步：%1在此之后已被其他窗口或程序修改。文档未作任何更改。</translation>
    </message>
    <message>
        <source>This step cannot be redone: the %1 was changed by another window or program since. Nothing was changed.</source>
        <translation>无法重做这一步：%1在此之后已被其他窗口或程序修改。文档未作任何更改。</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>within a range</source>
        <translation>在区间内为好</translation>
    </message>
    <message>
        <source>The change could not be made.</source>
        <translation>无法完成这项修改。</translation>
    </message>
    <message>
        <source>The undo history has been cleared.</source>
        <translation>撤销历史已清除。</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <source>This document is open read-only; nothing was changed.</source>
        <translation>该文档以只读方式打开，未做任何修改。</translation>
    </message>
</context>
<context>
    <name>OrgEditing</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>This document is open read-only; nothing was changed.</source>
        <translation>此文档以只读方式打开，未做任何修改。</translation>
    </message>
    <message>
        <source>Select a unit or person in the organisation tree first.</source>
        <translation>请先在组织树中选择一个单位或人员。</translation>
    </message>
    <message>
        <source>This is archived: restore it first.</source>
        <translation>它已归档，请先恢复。</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Add Unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>所属：</translation>
    </message>
    <message>
        <source>Add Company</source>
        <translation>添加公司</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Employee number:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Committee role:</source>
        <translation>委员会角色：</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Set Manager</source>
        <translation>设置负责人</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>“%1” is cut: select the unit to move it into and paste (Ctrl+V).</source>
        <translation>已剪切“%1”：请选择要移入的单位，然后粘贴（Ctrl+V）。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Nothing to paste: cut a unit or person first (Ctrl+X).</source>
        <translation>没有可粘贴的内容：请先剪切一个单位或人员（Ctrl+X）。</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Goals held: %1</source>
        <translation>承担的目标：%1 个</translation>
    </message>
    <message>
        <source>Actions owned: %1</source>
        <translation>负责的改进行动：%1 项</translation>
    </message>
    <message>
        <source>Actions it is responsible for: %1</source>
        <translation>责任单位为它的改进行动：%1 项</translation>
    </message>
    <message>
        <source>Meetings chaired: %1</source>
        <translation>主持的会议：%1 次</translation>
    </message>
    <message>
        <source>Meetings attended: %1</source>
        <translation>参加的会议：%1 次</translation>
    </message>
    <message>
        <source>Nothing depends on it.</source>
        <translation>没有任何内容依赖于它。</translation>
    </message>
    <message>
        <source>%1

Archiving hides it and keeps all of its history; nothing is deleted. It can be restored at any time (Organisation → Show Archived).</source>
        <translation>%1

归档只是将其隐藏，全部历史都会保留，不会删除任何内容。随时可以恢复（组织 → 显示已归档）。</translation>
    </message>
    <message>
        <source>Archive “%1”?</source>
        <translation>归档“%1”？</translation>
    </message>
    <message>
        <source>This is not archived.</source>
        <translation>它没有归档。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>OrgModel</name>
    <message>
        <source>Archived: restore it to use it again</source>
        <translation>已归档：恢复后才能再次使用</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
</context>
<context>
    <name>OrgNavigator</name>
    <message>
        <source>Find: name, pinyin (xsb), title, staff no.</source>
        <translation>查找：姓名、拼音（xsb）、职务、工号</translation>
    </message>
    <message>
        <source>Type a name, its pinyin initials or full pinyin, a title or a staff number. Enter or Down: next match; Shift+Enter or Up: previous; Esc: clear.</source>
        <translation>输入名称、拼音首字母或全拼、职务或工号。回车或↓：下一个；Shift+回车或↑：上一个；Esc：清空。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>PackagePage</name>
    <message>
        <source>From:</source>
        <translation>发送方：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>生成：</translation>
    </message>
    <message>
        <source>App version:</source>
        <translation>软件版本：</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>the whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>New %1 · Updated %2 · Deleted %3 · Conflicts %4 · Refused %5 · %6 rows the same</source>
        <translation>新增 %1 · 更新 %2 · 删除 %3 · 冲突 %4 · 拒绝 %5 · %6 行相同</translation>
    </message>
    <message>
        <source>Mappings (%1)</source>
        <translation>对应关系（%1）</translation>
    </message>
    <message>
        <source>Nothing new in this package: it was already imported on %1.</source>
        <translation>数据包中没有新内容：已于 %1 导入过。</translation>
    </message>
    <message>
        <source>Nothing new in this package: it was already imported.</source>
        <translation>数据包中没有新内容：之前已导入过。</translation>
    </message>
    <message>
        <source>Nothing new in this package.</source>
        <translation>数据包中没有新内容。</translation>
    </message>
    <message>
        <source>%1 — nothing new</source>
        <translation>%1 — 无新内容</translation>
    </message>
    <message>
        <source>%1 — %2 undecided</source>
        <translation>%1 — %2 处未决定</translation>
    </message>
    <message>
        <source>%1 — %2 changes</source>
        <translation>%1 — %2 处改动</translation>
    </message>
</context>
<context>
    <name>PersonArchiveDialog</name>
    <message>
        <source>Person Archive</source>
        <translation>业绩跟踪档案</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Choose a person on the left.</source>
        <translation>请在左侧选择一个人。</translation>
    </message>
    <message>
        <source>Performance archive: %1</source>
        <translation>业绩跟踪档案：%1</translation>
    </message>
    <message>
        <source>staff no. %1</source>
        <translation>工号 %1</translation>
    </message>
    <message>
        <source>Scores by period</source>
        <translation>各期得分</translation>
    </message>
    <message>
        <source>no goals</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>未排名</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Ranks and flags are those frozen by an evaluation; scores are to date.</source>
        <translation>排名和标记以冻结的评估为准；得分截至最新数据。</translation>
    </message>
    <message>
        <source>No goals in any period.</source>
        <translation>任何期间都没有目标。</translation>
    </message>
    <message>
        <source>Evaluations and appeals</source>
        <translation>评估与异议</translation>
    </message>
    <message>
        <source>Issues raised against the unit</source>
        <translation>针对所在部门提出的问题</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>No issues raised against the unit.</source>
        <translation>没有针对所在部门的问题。</translation>
    </message>
    <message>
        <source>Actions owned</source>
        <translation>负责的改进行动</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>改进事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期结果</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>实际结果</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>验证日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No actions owned.</source>
        <translation>没有负责的改进行动。</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>维持</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>No evaluations yet.</source>
        <translation>尚无评估。</translation>
    </message>
    <message>
        <source>v%1, frozen %2</source>
        <translation>第 %1 版，%2 冻结</translation>
    </message>
    <message>
        <source>revised to %1. %2</source>
        <translation>更正为 %1。%2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>File Appeal…</source>
        <translation>提出异议…</translation>
    </message>
    <message>
        <source>Decide Appeal…</source>
        <translation>复核决定…</translation>
    </message>
    <message>
        <source>File Appeal</source>
        <translation>提出异议</translation>
    </message>
    <message>
        <source>Decide Appeal</source>
        <translation>复核决定</translation>
    </message>
</context>
<context>
    <name>PlanAgendaModel</name>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Score change</source>
        <translation>得分变化</translation>
    </message>
    <message>
        <source>Rank change</source>
        <translation>排名变化</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Weights add up to %1, not 100: the score divides by their total.</source>
        <translation>权重合计为 %1 而不是 100：得分已按合计折算。</translation>
    </message>
    <message>
        <source>%1 of %2 goals have no value for the period: not scored.</source>
        <translation>%2 个目标中有 %1 个本期缺少数据：未评分。</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>Rankings</name>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Top %1 %: %2</source>
        <translation>前 %1 %：%2</translation>
    </message>
    <message>
        <source>Written warning</source>
        <translation>书面警告</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>改进计划</translation>
    </message>
    <message>
        <source>%1 periods below target: %2</source>
        <translation>连续 %1 期不达标：%2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
</context>
<context>
    <name>RankingsDialog</name>
    <message>
        <source>Rankings</source>
        <translation>业绩排行</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Evaluate and Freeze…</source>
        <translation>评估并冻结…</translation>
    </message>
    <message>
        <source>Freeze everyone&apos;s score, rank and flags for this period with the current rules</source>
        <translation>按当前规则冻结本期所有人的得分、排名和标记</translation>
    </message>
    <message>
        <source>Person Archive…</source>
        <translation>业绩跟踪档案…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation>事业部</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Open a document to see rankings.</source>
        <translation>打开文档后可查看业绩排行。</translation>
    </message>
    <message>
        <source>Frozen on %1 with the rules “%2”, version %3; appeals are shown in the person archive.</source>
        <translation>已于 %1 按规则“%2”第 %3 版冻结；异议见业绩跟踪档案。</translation>
    </message>
    <message>
        <source>Live scores to date (values up to %1), not frozen; rules “%2”, version %3. Change is since %4.</source>
        <translation>截至最新数据（%1）的实时得分，未冻结；规则“%2”第 %3 版。变化与%4相比。</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>%1 not scored (values missing).</source>
        <translation>%1 个未评分（缺少数据）。</translation>
    </message>
    <message>
        <source>* weights do not add up to 100: normalised.</source>
        <translation>* 权重合计不是 100：已按合计折算。</translation>
    </message>
    <message>
        <source>%1 is already evaluated; it is shown frozen.</source>
        <translation>%1已评估，显示的是冻结结果。</translation>
    </message>
    <message>
        <source>Evaluate and Freeze</source>
        <translation>评估并冻结</translation>
    </message>
    <message>
        <source>Freeze the scores, ranks and flags of %1 for everyone with the current rules? A frozen evaluation can be appealed but never changed.</source>
        <translation>按当前规则冻结%1所有人的得分、排名和标记吗？冻结后的评估可以提出异议，但不能修改。</translation>
    </message>
    <message>
        <source>Evaluate %1</source>
        <translation>评估%1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>A reason is required.</source>
        <translation>必须填写原因。</translation>
    </message>
</context>
<context>
    <name>RemindersBar</name>
    <message>
        <source>Reminders:</source>
        <translation>提醒：</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 项已逾期</translation>
    </message>
    <message>
        <source>%1 due within 7 days</source>
        <translation>%1 项7天内到期</translation>
    </message>
    <message>
        <source>%1 without this 10-day report</source>
        <translation>%1 项本旬未报</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
</context>
<context>
    <name>ReportGrid</name>
    <message>
        <source>10-day reports</source>
        <translation>旬报</translation>
    </message>
    <message>
        <source>Reports for %1: %2 of %3 open actions have none yet (listed first).</source>
        <translation>%1旬报：%3 项执行中的行动有 %2 项尚未填报（排在前面）。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>改进行动</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>实测值</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>进度 %</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>No report in this 10-day period yet</source>
        <translation>本旬尚未填报</translation>
    </message>
    <message>
        <source>%1: the value and the progress must be numbers.</source>
        <translation>%1：实测值和进度必须是数字。</translation>
    </message>
    <message>
        <source>Nothing typed yet: enter a progress or a note.</source>
        <translation>尚未输入内容：请填写进度或说明。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Making the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Making the report… %1 pages</source>
        <translation>正在生成报告…已排 %1 页</translation>
    </message>
    <message>
        <source>The report could not be made:
%1</source>
        <translation>报告未能生成：
%1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Report saved to %1 (%2 pages)</source>
        <translation>报告已保存到 %1（共 %2 页）</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>打印报告</translation>
    </message>
</context>
<context>
    <name>RunMode</name>
    <message>
        <source>This document is open read-only, so the meeting cannot be run here.</source>
        <translation>此文档以只读方式打开，无法在这里主持会议。</translation>
    </message>
    <message>
        <source>The clock starts and the KPI figures of the speaking departments are frozen into the meeting record. Clock steps cannot be undone: time passes.</source>
        <translation>计时随即开始，发言部门的KPI数据将冻结记入会议记录。计时操作无法撤销：时间不会倒流。</translation>
    </message>
    <message>
        <source>The time the program was closed counts as meeting time unless the clock was paused.</source>
        <translation>程序关闭期间的时间计入会议用时，除非当时已暂停计时。</translation>
    </message>
</context>
<context>
    <name>RunWindow</name>
    <message>
        <source>Run Mode — %1</source>
        <translation>主持模式 — %1</translation>
    </message>
    <message>
        <source>Space pause/resume · → next · ← previous · + / − one minute · S skip · Ctrl+↑/↓ change what comes next · I issue · K KPIs · Ctrl+E end · Esc leave run mode (the meeting goes on) · clock steps cannot be undone</source>
        <translation>空格 暂停/继续 · → 下一项 · ← 上一项 · + / − 加减一分钟 · S 跳过 · Ctrl+↑/↓ 调整下一项 · I 记录问题 · K 显示KPI · Ctrl+E 结束会议 · Esc 退出主持模式（会议继续） · 计时操作无法撤销</translation>
    </message>
    <message>
        <source>%1 — item %2 of %3</source>
        <translation>%1 — 第 %2 项，共 %3 项</translation>
    </message>
    <message>
        <source>The meeting has ended</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <source>Agenda finished</source>
        <translation>议程已全部完成</translation>
    </message>
    <message>
        <source>Next: nothing (this is the last item)</source>
        <translation>下一项：无（这是最后一项）</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>下一项：%1（%2）</translation>
    </message>
    <message>
        <source>Time left in total %1 · projected end %2</source>
        <translation>总剩余 %1 · 预计结束 %2</translation>
    </message>
    <message>
        <source>Press Ctrl+E to end the meeting</source>
        <translation>按 Ctrl+E 结束会议</translation>
    </message>
    <message>
        <source>Over %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>时间充裕</translation>
    </message>
    <message>
        <source>Time is almost up</source>
        <translation>即将到时</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>已暂停 — %1</translation>
    </message>
    <message>
        <source>Run Mode</source>
        <translation>主持模式</translation>
    </message>
</context>
<context>
    <name>SecondLevel</name>
    <message>
        <source>Also decompose each one to its own &amp;units (two levels)</source>
        <translation>同时分解到各自的下级单位（两级）(&amp;U)</translation>
    </message>
    <message>
        <source>Second level share</source>
        <translation>第二级分配方式</translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>By the shares typed below</source>
        <translation>按下方输入的份额</translation>
    </message>
    <message>
        <source>By last year&apos;s actuals</source>
        <translation>按去年实际</translation>
    </message>
    <message>
        <source>By headcount</source>
        <translation>按人数</translation>
    </message>
    <message>
        <source>Units below that already have a goal</source>
        <translation>已有目标的下级单位</translation>
    </message>
    <message>
        <source>Has one: skip it</source>
        <translation>已有：跳过</translation>
    </message>
    <message>
        <source>Has one: update it</source>
        <translation>已有：更新</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>承接者</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>比例 %</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Type a unit&apos;s share or target to set it; the other units of the same holder make up the rest.</source>
        <translation>输入某个单位的份额或目标即可设定；同一上级的其他单位分摊其余部分。</translation>
    </message>
    <message>
        <source>Share below:</source>
        <translation>下级分配：</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>%1&apos;s target is 0: type shares instead.</source>
        <translation>%1的目标为 0：请改为输入份额。</translation>
    </message>
    <message>
        <source>Below %1: %2</source>
        <translation>%1的下级：%2</translation>
    </message>
    <message>
        <source>Kept as it is: nothing below it changes</source>
        <translation>保持不变：其下级不作改动</translation>
    </message>
    <message>
        <source>No units below</source>
        <translation>没有下级单位</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>未参与分配</translation>
    </message>
    <message>
        <source>Archived: takes no share</source>
        <translation>已归档：不参与分配</translation>
    </message>
    <message>
        <source>Has closed periods: takes no share</source>
        <translation>有已关账期间：不参与分配</translation>
    </message>
    <message>
        <source>Has a goal: skipped</source>
        <translation>已有目标：跳过</translation>
    </message>
    <message>
        <source>Has a goal: updated</source>
        <translation>已有目标：更新</translation>
    </message>
    <message>
        <source>share typed</source>
        <translation>份额为手动输入</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 unit, sum %2 vs %3, difference %4</source>
        <translation>%1 个单位，合计 %2，上级目标 %3，差额 %4</translation>
    </message>
    <message>
        <source>%1 units, sum %2 vs %3, difference %4</source>
        <translation>%1 个单位，合计 %2，上级目标 %3，差额 %4</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 个单位</translation>
    </message>
    <message>
        <source>%1 unit</source>
        <translation>%1 个单位</translation>
    </message>
    <message>
        <source>A rate or a level: every unit at both levels gets the parent&apos;s value.</source>
        <translation>比率或存量指标：两级的每个单位都承接上级的数值。</translation>
    </message>
    <message>
        <source>Level 1: %1 vs parent %2, difference %3 · Level 2: %4 vs the level-1 targets it decomposes %5, difference %6</source>
        <translation>第一级：合计 %1，上级目标 %2，差额 %3 · 第二级：合计 %4，所分解的第一级目标 %5，差额 %6</translation>
    </message>
</context>
<context>
    <name>SpeakerKpis</name>
    <message>
        <source>No department speaks in this item.</source>
        <translation>本议程项没有部门发言。</translation>
    </message>
    <message>
        <source>%1: red and amber KPIs (as at %2)</source>
        <translation>%1：红灯和黄灯KPI（截至 %2）</translation>
    </message>
    <message>
        <source>No red or amber KPIs in the figures frozen at the start.</source>
        <translation>会议开始时冻结的数据中没有红灯或黄灯KPI。</translation>
    </message>
    <message>
        <source>%1 %2 — actual %3, target %4 (%5)</source>
        <translation>%1 %2 — 实际 %3，目标 %4（%5）</translation>
    </message>
    <message>
        <source>Gap: %1 percentage points</source>
        <translation>差距：%1 个百分点</translation>
    </message>
    <message>
        <source>Gap: %1</source>
        <translation>差距：%1</translation>
    </message>
    <message>
        <source>1. Deviation: %1</source>
        <translation>1. 偏差：%1</translation>
    </message>
    <message>
        <source>2. Internal cause: %1</source>
        <translation>2. 内部原因：%1</translation>
    </message>
    <message>
        <source>2. External cause: %1</source>
        <translation>2. 外部原因：%1</translation>
    </message>
    <message>
        <source>3. Improvement measures: %1</source>
        <translation>3. 改进措施：%1</translation>
    </message>
    <message>
        <source>3. Resources needed: %1</source>
        <translation>3. 所需资源：%1</translation>
    </message>
    <message>
        <source>No deviation note.</source>
        <translation>没有偏差说明。</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split over Periods</source>
        <translation>分配到各期</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Whole (%1):</source>
        <translation>总数（%1）：</translation>
    </message>
    <message>
        <source>Whole:</source>
        <translation>总数：</translation>
    </message>
    <message>
        <source>Entered by:</source>
        <translation>录入粒度：</translation>
    </message>
    <message>
        <source>Evenly (months equal; 10-day periods and weeks by days)</source>
        <translation>平均分配（各月相等；旬和周按天数）</translation>
    </message>
    <message>
        <source>By a seasonal profile</source>
        <translation>按季节系数</translation>
    </message>
    <message>
        <source>By last year&apos;s actual shape</source>
        <translation>按去年实际走势</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>分配方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Weight of month %1</source>
        <translation>%1月权重</translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation>已保存的方案</translation>
    </message>
    <message>
        <source>Sa&amp;ved profile:</source>
        <translation>已保存的方案(&amp;V)：</translation>
    </message>
    <message>
        <source>A&amp;rchive Profile</source>
        <translation>归档方案(&amp;R)</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>Name to save these weights under</source>
        <translation>保存这组权重所用的名称</translation>
    </message>
    <message>
        <source>Save Pro&amp;file</source>
        <translation>保存方案(&amp;F)</translation>
    </message>
    <message>
        <source>Month weights:</source>
        <translation>各月权重：</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>month (quarters and the year add up from the months)</source>
        <translation>月（季度和全年由各月汇总）</translation>
    </message>
    <message>
        <source>10-day period (旬: 1-10, 11-20, 21 to the month&apos;s end)</source>
        <translation>旬（上旬 1–10 日，中旬 11–20 日，下旬 21 日至月末）</translation>
    </message>
    <message>
        <source>ISO week (weeks at the year&apos;s edge count their days in it)</source>
        <translation>ISO 周（跨年的周只计本年内的天数）</translation>
    </message>
    <message>
        <source>Nothing will be written until this is corrected.</source>
        <translation>改正之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>This period is closed; its target stays.</source>
        <translation>该期间已关闭，其目标保持不变。</translation>
    </message>
    <message>
        <source>Additive KPI: the parts add up exactly to the whole.</source>
        <translation>可累加的 KPI：各期之和与总数完全相等。</translation>
    </message>
    <message>
        <source>Sum of the parts %1 = whole %2</source>
        <translation>各期合计 %1 = 总数 %2</translation>
    </message>
    <message>
        <source>A rate: every period gets the same value, it does not add up.</source>
        <translation>比率指标：每期取相同数值，不累加。</translation>
    </message>
    <message>
        <source>Each period: %1</source>
        <translation>每期：%1</translation>
    </message>
    <message>
        <source>A stock (last value): every period gets the target level.</source>
        <translation>存量指标（取期末值）：每期都取目标水平。</translation>
    </message>
    <message>
        <source>Last year has no actuals (or only zeros), so the split is even.</source>
        <translation>去年没有实际数（或全为 0），因此平均分配。</translation>
    </message>
    <message>
        <source>Last year has negative actuals, which give no shape, so the split is even.</source>
        <translation>去年实际有负数，无法形成走势，因此平均分配。</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>（未保存）</translation>
    </message>
    <message>
        <source>Save Seasonal Profile</source>
        <translation>保存季节系数方案</translation>
    </message>
    <message>
        <source>Archive Seasonal Profile</source>
        <translation>归档季节系数方案</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <source>%1: achievement ≥ %2</source>
        <translation>%1：达成率 ≥ %2</translation>
    </message>
    <message>
        <source>%1: %3 to %2</source>
        <translation>%1：%3 至 %2</translation>
    </message>
    <message>
        <source>%1: below %3</source>
        <translation>%1：低于 %3</translation>
    </message>
    <message>
        <source>Thresholds of the KPIs shown.</source>
        <translation>以上为所列指标的阈值。</translation>
    </message>
    <message>
        <source>%1 / %2: %3</source>
        <translation>%1 / %2：%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>On target from / warning from, per KPI shown: %1</source>
        <translation>各指标的达标 / 预警起点：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: some months have no actual yet</source>
        <translation>%1：部分月份尚无实际值</translation>
    </message>
    <message>
        <source>%1: no actual or no target</source>
        <translation>%1：缺实际值或目标</translation>
    </message>
    <message>
        <source>Default thresholds; a KPI may set its own (see a cell&apos;s tooltip).</source>
        <translation>以上为默认阈值；个别 KPI 可自设阈值（见单元格提示）。</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>Damaged document</source>
        <translation>文档已损坏</translation>
    </message>
    <message>
        <source>“%1” is damaged in places.</source>
        <translation>“%1”有部分内容已损坏。</translation>
    </message>
    <message>
        <source>Views may fail where the damage is, and changes there may be lost. Restore the file from a backup copy, or save a copy of what you need first; `perfdesk check FILE` lists the damage.</source>
        <translation>涉及损坏部分的视图可能无法显示，在那里所做的修改也可能丢失。请用备份副本恢复该文件，或先另存一份所需内容；`perfdesk check 文件` 可列出损坏之处。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify action</source>
        <translation>验证改进效果</translation>
    </message>
    <message>
        <source>The KPI&apos;s value after the due date</source>
        <translation>完成日期之后的KPI数值</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>改进行动：</translation>
    </message>
    <message>
        <source>Baseline → expected:</source>
        <translation>改进前 → 预期：</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Measured result:</source>
        <translation>实测结果：</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>建议结论：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Enter the measured value to get a proposal.</source>
        <translation>输入实测值后给出建议结论。</translation>
    </message>
    <message>
        <source>%1: %2 against the range %3 to %4 (baseline %5).</source>
        <translation>%1：实测 %2，目标区间 %3 至 %4（改进前 %5）。</translation>
    </message>
    <message>
        <source>%1: %2 against the expected %3 (baseline %4).</source>
        <translation>%1：实测 %2，预期 %3（改进前 %4）。</translation>
    </message>
    <message>
        <source>Closing an action needs the measured value.</source>
        <translation>关闭改进行动需要实测值。</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to perfdesk</source>
        <translation>欢迎使用 perfdesk</translation>
    </message>
    <message>
        <source>Goals, KPI entry, review meetings and improvement actions for your department. Look around in the demo company, start a document of your own, open a file you were sent, or read the guide first.</source>
        <translation>为您的部门提供目标分解、KPI录入、质询会议和改进行动。您可以先在演示公司中看看，新建自己的文档，打开收到的文件，或者先阅读用户指南。</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>最近的文档</translation>
    </message>
</context>
</TS>
