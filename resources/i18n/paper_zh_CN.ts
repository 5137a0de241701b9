<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>imported: {new} new, {updated} updated; {skipped} skipped, {rejected} rejected</source>
        <translation>已导入：新增 {new} 条，更新 {updated} 条；跳过 {skipped} 行，拒绝 {rejected} 行</translation>
    </message>
    <message>
        <source>would import: {new} new, {updated} updated; {skipped} skipped, {rejected} rejected</source>
        <translation>将导入：新增 {new} 条，更新 {updated} 条；跳过 {skipped} 行，拒绝 {rejected} 行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <source>{path} ({pages} page)</source>
        <translation>{path}（{pages} 页）</translation>
    </message>
    <message>
        <source>{path} ({pages} pages)</source>
        <translation>{path}（{pages} 页）</translation>
    </message>
    <message>
        <source>members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>services</source>
        <translation>服务实践</translation>
    </message>
    <message>
        <source>talks</source>
        <translation>谈话记录</translation>
    </message>
    <message>
        <source>{kind}: {first}-{last} of {total}</source>
        <translation>{kind}：第 {first}-{last} 条，共 {total} 条</translation>
    </message>
    <message>
        <source>{kind}: none of {total}</source>
        <translation>{kind}：无（共 {total} 条）</translation>
    </message>
    <message>
        <source> (recycle bin)</source>
        <translation>（回收站）</translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation>（保密）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>服务群众</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Talker</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>谈话内容</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级组织</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>党组织名称</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>统计日期</translation>
    </message>
    <message>
        <source>Members counted</source>
        <translation>统计党员数</translation>
    </message>
    <message>
        <source>At or above required hours</source>
        <translation>学时达标</translation>
    </message>
    <message>
        <source>Below required hours</source>
        <translation>学时未达标</translation>
    </message>
    <message>
        <source>Average hours</source>
        <translation>人均学时</translation>
    </message>
    <message>
        <source>Meeting shortfalls</source>
        <translation>会议未达要求</translation>
    </message>
    <message>
        <source>Members without a talk</source>
        <translation>本年未谈话党员</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>跟进逾期</translation>
    </message>
    <message>
        <source>Probation year over: to decide</source>
        <translation>预备期已满待转正</translation>
    </message>
    <message>
        <source>Probation ending within {days} days</source>
        <translation>{days}日内预备期满</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>各党支部</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Avg hours</source>
        <translation>人均学时</translation>
    </message>
    <message>
        <source>Shortfalls</source>
        <translation>未达要求</translation>
    </message>
    <message>
        <source>Below required hours ({count})</source>
        <translation>学时未达标（{count}人）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>应达学时</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已开</translation>
    </message>
    <message>
        <source>Without a talk this year ({count})</source>
        <translation>本年未谈话（{count}人）</translation>
    </message>
    <message>
        <source>Overdue follow-ups ({count})</source>
        <translation>跟进逾期（{count}次）</translation>
    </message>
    <message>
        <source>Talk on</source>
        <translation>谈话日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Days over</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Probation year over: due for full membership</source>
        <translation>预备期已满，应讨论转正</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>预备期满</translation>
    </message>
<message><source>wrote {rows} rows to {file}</source><translation>已写出 {rows} 行到 {file}</translation></message><message><source> (full IDs)</source><translation>（完整身份证号）</translation></message><message><source>wrote the attendance marks to {file}</source><translation>出勤记录已写到 {file}</translation></message><message><source>withheld: {count} confidential talks (诫勉谈话 or marked 保密) are not exported; the file ends with a note saying so</source><translation>未导出：{count} 条保密谈话记录（诫勉谈话或标为保密），文件末尾有注明</translation></message></context>
<context>
    <name>ValidationError</name>
    <message>
        <source>{count} branches are named {name}: give the uuid from `partydesk list branches`</source>
        <translation>有 {count} 个党组织名为{name}：请改用 `partydesk list branches` 列出的 uuid</translation>
    </message>
    <message>
        <source>No branch is named {name} or has that uuid: see `partydesk list branches`</source>
        <translation>没有名为{name}（或此 uuid）的党组织：见 `partydesk list branches`</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>probation year over: to decide</source>
        <translation>名预备党员预备期已满待转正</translation>
    </message>
    <message>
        <source>(%1 more within %2 days)</source>
        <translation>（另有%1名%2日内期满）</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>转正</translation>
    </message>
    <message>
        <source>now</source>
        <translation>预备期已满</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>%1日内期满</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>List a &amp;probation ending within (days):</source>
        <translation>预备期满提前列出（天）(&amp;P)：</translation>
    </message>
</context>
</TS>
