<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>BaseDialog</name>
    <message>
      <location filename="../../partydesk/gui/dues/dialogs.py" line="52" />
      <source>%1: dues base for %2</source>
      <translation>%1：%2年党费基数</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/dialogs.py" line="54" />
      <source>&amp;Category</source>
      <translation>人员类别(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/dialogs.py" line="57" />
      <source>Monthly &amp;base (yuan)</source>
      <translation>月缴费基数（元）(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/dialogs.py" line="58" />
      <source>Wage after tax, or pension; not needed for fixed amounts</source>
      <translation>税后工资或离退休费；定额交纳的不必填写</translation>
    </message>
  </context>
  <context>
    <name>DismissDialog</name>
    <message>
      <location filename="../../partydesk/gui/dues/answers.py" line="62" />
      <source>Dismiss: %1</source>
      <translation>不予处理：%1</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/answers.py" line="63" />
      <source>&amp;Note</source>
      <translation>说明(&amp;N)</translation>
    </message>
  </context>
  <context>
    <name>Dues</name>
    <message>
      <location filename="../../partydesk/services/dues/records.py" line="36" />
      <source>{month} is more than 6 months back: recorded as a back payment (补交)</source>
      <translation>{month}已超过6个月：按补交登记</translation>
    </message>
  </context>
  <context>
    <name>DuesTab</name>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="91" />
      <source>&amp;Branch</source>
      <translation>党支部(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="91" />
      <source>&amp;Year</source>
      <translation>年度(&amp;Y)</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="98" />
      <source>&amp;Mark paid (Space)</source>
      <translation>标记已交(&amp;M)（空格）</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="99" />
      <source>Payment deta&amp;ils… (Enter)</source>
      <translation>逐笔登记(&amp;I)…（回车）</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="100" />
      <source>B&amp;ase… (Ctrl+B)</source>
      <translation>核定基数(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="101" />
      <source>Print re&amp;gister</source>
      <translation>打印登记表(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="102" />
      <source>Print public notice (&amp;W)</source>
      <translation>打印公示(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="149" />
      <source>Arrears: %1</source>
      <translation>欠交：%1</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="150" />
      <source>No arrears.</source>
      <translation>无欠交。</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="152" />
      <source>%1: due %2, paid %3, owed %4</source>
      <translation>%1：应交 %2 元，实交 %3 元，欠交 %4 元</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="174" />
      <source>Move to a month's column first.</source>
      <translation>请先移到某个月份的列。</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="182" />
      <source>Recording dues</source>
      <translation>正在登记党费</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="185" />
      <source>%1 payments recorded.</source>
      <translation>已登记 %1 笔党费。</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="201" />
      <source>Cancel the payment of %1 for this month?</source>
      <translation>撤销%1本月的党费登记？</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="202" />
      <source>Dues</source>
      <translation>党费</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="205" />
      <source>Cancelling a payment</source>
      <translation>正在撤销党费登记</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="226" />
      <source>Dues register</source>
      <translation>党费收缴登记表</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/tab.py" line="234" />
      <source>Dues public notice</source>
      <translation>党费收缴情况公示</translation>
    </message>
  </context>
  <context>
    <name>JustifyDialog</name>
    <message>
      <location filename="../../partydesk/gui/dues/answers.py" line="42" />
      <source>Justified: %1</source>
      <translation>正当理由：%1</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/answers.py" line="43" />
      <source>&amp;Until</source>
      <translation>有效期至(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/answers.py" line="45" />
      <source>&amp;Reason</source>
      <translation>理由(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/answers.py" line="46" />
      <source>e.g. working away as a flowing member, illness</source>
      <translation>例如：外出务工（流动党员）、患病</translation>
    </message>
  </context>
  <context>
    <name>LedgerModel</name>
    <message>
      <location filename="../../partydesk/gui/dues/model.py" line="28" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/model.py" line="28" />
      <source>Category</source>
      <translation>人员类别</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/model.py" line="28" />
      <source>Monthly</source>
      <translation>月应交</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/model.py" line="29" />
      <source>%1 月</source>
      <translation>%1月</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/model.py" line="30" />
      <source>Due</source>
      <translation>应交</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/model.py" line="30" />
      <source>Paid</source>
      <translation>实交</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/model.py" line="32" />
      <source>Owed</source>
      <translation>欠交</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/model.py" line="36" />
      <source>owed</source>
      <translation>欠交</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/model.py" line="37" />
      <source>no base</source>
      <translation>未核定</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Dues (&amp;Z)</source>
      <translation>党费(&amp;Z)</translation>
    </message>
  </context>
  <context>
    <name>PaymentDialog</name>
    <message>
      <location filename="../../partydesk/gui/dues/dialogs.py" line="24" />
      <source>%1: dues of %2</source>
      <translation>%1：%2 党费</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/dialogs.py" line="26" />
      <source>&amp;Amount (yuan)</source>
      <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/dialogs.py" line="27" />
      <source>&amp;Paid on</source>
      <translation>交纳日期(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/dialogs.py" line="29" />
      <source>&amp;Receipt number</source>
      <translation>收据号(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/dialogs.py" line="30" />
      <source>Paid &amp;by (proxy)</source>
      <translation>代交人(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/dialogs.py" line="31" />
      <source>&amp;Note (why another amount)</source>
      <translation>备注（金额不同的原因）(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/dialogs.py" line="32" />
      <source>Appro&amp;val of a reduction</source>
      <translation>减免批准(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/dialogs.py" line="33" />
      <source>The higher committee's approval, e.g. its document number</source>
      <translation>上级党委的批准，例如批复文号</translation>
    </message>
  </context>
  <context>
    <name>ReminderModel</name>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="35" />
      <source>Level</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="35" />
      <source>Reminder</source>
      <translation>提醒事项</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="35" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="35" />
      <source>Branch</source>
      <translation>党支部</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="36" />
      <source>Evidence</source>
      <translation>情况</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="38" />
      <source>Suggested</source>
      <translation>建议</translation>
    </message>
  </context>
  <context>
    <name>ReminderPanel</name>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="90" />
      <source>Early reminders (提醒): members drifting away</source>
      <translation>早提醒：需要关注的党员</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="99" />
      <source>Select a line, then T: reminder talk · J: justified until a date · D: dismiss · O: open the member · Enter: choose</source>
      <translation>选中一行后按 T：提醒谈话 · J：正当理由 · D：不予处理 · O：打开党员 · 回车：选择</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="101" />
      <source>Print the list (&amp;Q)</source>
      <translation>打印提醒清单(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="128" />
      <source>level %1: %2</source>
      <translation>%1级 %2人</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="131" />
      <source>Nobody needs a reminder today.</source>
      <translation>目前没有需要提醒的党员。</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="141" />
      <source>Reminder list</source>
      <translation>提醒清单</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="179" />
      <source>Reminder &amp;talk…</source>
      <translation>提醒谈话(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="180" />
      <source>&amp;Justified until…</source>
      <translation>正当理由(&amp;J)…</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="181" />
      <source>&amp;Dismiss…</source>
      <translation>不予处理(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../partydesk/gui/dues/reminder_panel.py" line="182" />
      <source>&amp;Open the member</source>
      <translation>打开党员(&amp;O)</translation>
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <location filename="../../partydesk/domain/reminders.py" line="132" />
      <source>Hold a reminder talk (提醒谈话)</source>
      <translation>进行提醒谈话</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/reminders.py" line="133" />
      <location filename="../../partydesk/domain/reminders.py" line="137" />
      <source>The branch secretary talks with the member</source>
      <translation>由支部书记谈话</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/reminders.py" line="135" />
      <location filename="../../partydesk/domain/reminders.py" line="139" />
      <source>Six months: the branch must decide (Constitution art. 9)</source>
      <translation>已满六个月，支部须按党章第九条研究处理</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/reminders.py" line="136" />
      <source>Remind the member to pay the dues</source>
      <translation>提醒按时交纳党费</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/reminders.py" line="140" />
      <source>Plan study hours with the member</source>
      <translation>帮助制定学习计划</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/reminders.py" line="141" />
      <source>Complete the talk's follow-up</source>
      <translation>落实谈话跟进事项</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/reminders.py" line="142" />
      <source>Discuss full membership at a branch meeting</source>
      <translation>提交支部党员大会讨论转正</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/reminders.py" line="143" />
      <source>Prepare the full-membership procedure</source>
      <translation>准备转正程序</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/reminders.py" line="144" />
      <source>Review the correction period</source>
      <translation>审查限期改正情况</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/reminders/compute.py" line="37" />
      <source>Absent from every meeting for {months} months in a row since {since}</source>
      <translation>自{since}起连续{months}个月未参加组织生活</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/reminders/compute.py" line="39" />
      <source>No dues paid for {months} months in a row since {since}</source>
      <translation>自{since}起连续{months}个月未交纳党费</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/reminders/compute.py" line="41" />
      <source>{hours} study hours this year, {behind} behind the pace of {required} a year</source>
      <translation>本年学时{hours}，按全年{required}学时的进度落后{behind}学时</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/reminders/compute.py" line="42" />
      <source>Follow-up of the talk of {talk} was due {due}</source>
      <translation>{talk}谈话的跟进事项应于{due}完成</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/reminders/compute.py" line="43" />
      <source>Joined {joined}; probation ended {end}</source>
      <translation>{joined}入党，预备期已于{end}届满</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/reminders/compute.py" line="44" />
      <source>Joined {joined}; probation ends {end}</source>
      <translation>{joined}入党，预备期将于{end}届满</translation>
    </message>
  </context>
  <context>
    <name>ValidationError</name>
    <message>
      <location filename="../../partydesk/domain/dues.py" line="60" />
      <source>Farmers pay from 0.20 to 1.00 yuan a month</source>
      <translation>农民党员每月交纳0.20至1.00元</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/dues.py" line="63" />
      <source>Round to 0.01, 0.1 or 1 yuan</source>
      <translation>只能取整到0.01、0.1或1元</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/dues.py" line="83" />
      <source>Unknown dues category {value}</source>
      <translation>未知的人员类别：{value}</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/dues.py" line="90" />
      <location filename="../../partydesk/domain/dues.py" line="95" />
      <location filename="../../partydesk/domain/dues.py" line="97" />
      <source>Enter an amount in yuan</source>
      <translation>请输入以元为单位的金额</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/dues.py" line="99" />
      <source>The amount cannot be negative</source>
      <translation>金额不能为负数</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/dues.py" line="101" />
      <source>The amount is too large</source>
      <translation>金额过大</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/dues.py" line="143" />
      <source>Enter a month as YYYY-MM</source>
      <translation>请按“年-月”（如2026-03）输入月份</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/reminders.py" line="54" />
      <source>The months of the three levels must rise, from 1 to {n}</source>
      <translation>各级月数须递增，取1至{n}</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/reminders.py" line="57" />
      <source>The hours check starts in a month from 2 to 12</source>
      <translation>学时进度检查的起始月份须在2至12之间</translation>
    </message>
    <message>
      <location filename="../../partydesk/domain/reminders.py" line="60" />
      <source>The hours margin must be from 0 to 1000</source>
      <translation>学时落后幅度须在0至1000之间</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/dues/records.py" line="79" />
      <source>Enter a year from 1900 to 2100</source>
      <translation>请输入1900至2100之间的年份</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/dues/records.py" line="116" />
      <source>{name} has no dues base for {year}: set it first</source>
      <translation>{name}尚未核定{year}年党费基数，请先核定</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/dues/records.py" line="126" />
      <source>At most 12 months can be paid ahead</source>
      <translation>最多预交12个月</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/dues/records.py" line="132" />
      <source>The amount differs from the {due} yuan due: say why in the note</source>
      <translation>金额与应交的{due}元不同，请在备注中说明原因</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/dues/records.py" line="135" />
      <source>A reduction needs the higher committee's approval: record it</source>
      <translation>少交须经上级党委批准，请登记批准情况</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/dues/records.py" line="140" />
      <source>{name} has already paid for {month}</source>
      <translation>{name}已交纳{month}的党费</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/reminders/answers.py" line="47" />
      <source>The talk must be with the member reminded</source>
      <translation>谈话对象必须是被提醒的党员</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/reminders/answers.py" line="61" />
      <source>The reason must hold until today or later</source>
      <translation>正当理由的有效期不能早于今天</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/dues/sheets.py" line="64" />
      <source>No header row with 姓名 and 人员类别 in the first 10 rows</source>
      <translation>前10行中没有含“姓名”和“人员类别”的表头行</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/dues/sheets.py" line="78" />
      <source>Unknown record {uuid}</source>
      <translation>找不到记录 {uuid}</translation>
    </message>
    <message>
      <location filename="../../partydesk/services/dues/sheets.py" line="83" />
      <source>{count} party members are called {name}: give the 成员编号</source>
      <translation>有{count}名党员叫{name}，请填写成员编号</translation>
    </message>
    <message>
      <source>Enter a number</source>
      <translation>请输入数字</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <source>Dues base</source>
      <translation>党费基数</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Date paid</source>
      <translation>缴纳日期</translation>
    </message>
    <message>
      <source>Receipt number</source>
      <translation>收据编号</translation>
    </message>
    <message>
      <source>Paid by proxy</source>
      <translation>代交人</translation>
    </message>
    <message>
      <source>Approval of the reduction</source>
      <translation>减免审批</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>处理方式</translation>
    </message>
    <message>
      <source>Answered on</source>
      <translation>处理日期</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Talk</source>
      <translation>谈话</translation>
    </message>
    <message>
      <source>Farmers' monthly dues</source>
      <translation>农民党员每月党费</translation>
    </message>
    <message>
      <source>Dues rounded to</source>
      <translation>党费取整单位</translation>
    </message>
    <message>
      <source>Months for reminder levels 1-3</source>
      <translation>一至三级提醒月数</translation>
    </message>
    <message>
      <source>Study hours checked from month</source>
      <translation>学时进度检查起始月份</translation>
    </message>
    <message>
      <source>Study hours behind by more than</source>
      <translation>学时落后超过</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>授予单位</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>文号</translation>
    </message>
    <message>
      <source>Citation</source>
      <translation>事迹简介</translation>
    </message>
    <message>
      <source>Revoked on</source>
      <translation>撤销日期</translation>
    </message>
    <message>
      <source>Reason for revoking</source>
      <translation>撤销原因</translation>
    </message>
    <message>
      <source>Term start</source>
      <translation>任期开始</translation>
    </message>
    <message>
      <source>Term end</source>
      <translation>任期结束</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Withdrawn on</source>
      <translation>撤回日期</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <source>Yearly cap</source>
      <translation>年度上限</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>顺序</translation>
    </message>
    <message>
      <source>Points item</source>
      <translation>积分项</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等次</translation>
    </message>
    <message>
      <source>Basis</source>
      <translation>评定依据</translation>
    </message>
    <message>
      <source>Decided on</source>
      <translation>评定日期</translation>
    </message>
    <message>
      <source>Appraisal</source>
      <translation>民主评议</translation>
    </message>
    <message>
      <source>Starts on</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>Due on</source>
      <translation>到期日期</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Name may be published</source>
      <translation>同意公开姓名</translation>
    </message>
    <message>
      <source>Photo may be published</source>
      <translation>同意公开照片</translation>
    </message>
    <message>
      <source>Consent given on</source>
      <translation>同意日期</translation>
    </message>
    <message>
      <source>Made from</source>
      <translation>素材来源</translation>
    </message>
    <message>
      <source>Source record</source>
      <translation>来源记录</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>发布渠道</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>模板</translation>
    </message>
    <message>
      <source>Made at</source>
      <translation>制作时间</translation>
    </message>
    <message>
      <source>Made by</source>
      <translation>制作人</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>文字</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Days a correction period is reminded before it ends</source>
      <translation>限期改正到期提前提醒天数</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Party dues (党费)</source>
      <translation>党费</translation>
    </message>
    <message>
      <source>&amp;Farmers pay a month (yuan):</source>
      <translation>农民党员每月交纳（元）(&amp;F)：</translation>
    </message>
    <message>
      <source>0.01 yuan (fen)</source>
      <translation>0.01元（分）</translation>
    </message>
    <message>
      <source>0.1 yuan (jiao)</source>
      <translation>0.1元（角）</translation>
    </message>
    <message>
      <source>1 yuan</source>
      <translation>1元</translation>
    </message>
    <message>
      <source>Round dues to (&amp;nearest):</source>
      <translation>党费取整到(&amp;N)：</translation>
    </message>
    <message>
      <source>Early reminders (早提醒)</source>
      <translation>早提醒</translation>
    </message>
    <message>
      <source>Level &amp;1 after months missed in a row:</source>
      <translation>连续缺失几个月起一级提醒(&amp;1)：</translation>
    </message>
    <message>
      <source>Level &amp;2 after months missed in a row:</source>
      <translation>连续缺失几个月起二级提醒(&amp;2)：</translation>
    </message>
    <message>
      <source>Level &amp;3 after months missed in a row:</source>
      <translation>连续缺失几个月起三级提醒(&amp;3)：</translation>
    </message>
    <message>
      <source>Check study hours fro&amp;m month:</source>
      <translation>学时进度检查起始月份(&amp;M)：</translation>
    </message>
    <message>
      <source>Remind when study hours are behind &amp;by more than:</source>
      <translation>学时落后进度超过几学时提醒(&amp;B)：</translation>
    </message>
    <message>
      <source>Remind of a 限期改正 endin&amp;g within (days):</source>
      <translation>限期改正到期前几天提醒(&amp;G)：</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Party dues payments (党费)</source>
      <translation>党费收缴记录</translation>
    </message>
    <message>
      <source>One row per member and month paid, with receipt, proxy and 补交; names only, no ID numbers.</source>
      <translation>每名党员每个已交月份一行，含收据编号、代交人和补交情况；只有姓名，不含身份证号码。</translation>
    </message>
  </context>
</TS>