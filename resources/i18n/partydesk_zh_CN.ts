<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="39" />
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="112" />
        <source>Edit activity</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="39" />
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="117" />
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="42" />
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="43" />
        <source>&amp;Title</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="44" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="45" />
        <source>Start ti&amp;me</source>
        <translation>开始时间(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="47" />
        <source>E&amp;nd time</source>
        <translation>结束时间(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="49" />
        <source>Study &amp;hours</source>
        <translation>学时(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="50" />
        <source>empty: worked out from the times</source>
        <translation>留空则按起止时间计算</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="51" />
        <source>&amp;Level</source>
        <translation>层级(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="52" />
        <source>&amp;Branch</source>
        <translation>支部(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="53" />
        <source>Party gr&amp;oup</source>
        <translation>党小组(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="54" />
        <source>Topic &amp;area</source>
        <translation>学习内容(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="55" />
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="56" />
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="59" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="58" />
        <source>&amp;Recorder</source>
        <translation>记录人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="57" />
        <source>Speaker</source>
        <translation>主讲人</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="60" />
        <source>(whole office)</source>
        <translation>（全体）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="73" />
        <source>Photos and scans</source>
        <translation>照片和扫描件</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="78" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../partydesk/gui/app.py" line="26" />
        <source>Party Desk is already open for the data folder {path}. Switch to that window (see the task bar).</source>
        <translation>党务台账已经打开了数据文件夹 {path}。请切换到那个窗口（看屏幕下方的任务栏）。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/app.py" line="30" />
        <source>The database could not be opened.

{reason}

If this keeps happening, restore the latest backup or ask whoever installed the program.</source>
        <translation>无法打开数据库。

{reason}

如果一直这样，请恢复最近的备份，或联系安装本程序的人员。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/app.py" line="34" />
        <source>The database in {path} could not be opened ({kind}). Check that the disk is not full and that the folder may be written to, then start again. Your data was not changed.</source>
        <translation>无法打开 {path} 中的数据库（{kind}）。请检查磁盘是否已满、文件夹是否允许写入，然后重新启动。您的数据没有被改动。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/app.py" line="37" />
        <source>Party Desk</source>
        <translation>党务台账</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <location filename="../../partydesk/gui/attachments/panel.py" line="77" />
        <source>Drag pictures here, or use “Add images…”</source>
        <translation>把图片拖到这里，或点击“添加图片…”</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/attachments/panel.py" line="78" />
        <source>Add ima&amp;ges…</source>
        <translation>添加图片(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/attachments/panel.py" line="80" />
        <source>Remove imag&amp;e</source>
        <translation>移除图片(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/attachments/panel.py" line="120" />
        <source>Add pictures</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/attachments/panel.py" line="120" />
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../partydesk/gui/calendar/attendance_dialog.py" line="141" />
        <source>Attendance: %1</source>
        <translation>出勤登记：%1</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/attendance_dialog.py" line="143" />
        <source>%1 study hours</source>
        <translation>%1 学时</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/attendance_dialog.py" line="146" />
        <source>Everyone is marked present. Up/Down to move; 1 or Space: present, 2: on leave (then type the reason, Enter), 3: absent. F2 edits hours. Ctrl+S saves.</source>
        <translation>默认全部出席。上下方向键移动；1 或空格：出席，2：请假（随后输入事由并回车），3：缺席。F2 修改学时。Ctrl+S 保存。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/attendance_dialog.py" line="163" />
        <source>All &amp;present</source>
        <translation>全部出席(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/attendance_dialog.py" line="179" />
        <source>Expected %1   Present %2   On leave %3   Absent %4</source>
        <translation>应到 %1   实到 %2   请假 %3   缺席 %4</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/attendance_dialog.py" line="191" />
        <source>Attendance saved: %1 present, %2 hours credited</source>
        <translation>出勤已保存：实到 %1 人，计入学时 %2</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="44" />
        <source>Title, place, host or speaker</source>
        <translation>主题、地点、主持人或主讲人</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="45" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="49" />
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="50" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="50" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="51" />
        <location filename="../../partydesk/gui/calendar/tab.py" line="184" />
        <source>All branches</source>
        <translation>全部支部</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="61" />
        <source>&amp;Attendance…</source>
        <translation>出勤登记(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="62" />
        <source>&amp;Minutes…</source>
        <translation>会议记录(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="63" />
        <source>Study &amp;plan…</source>
        <translation>学习计划(&amp;J)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partydesk/gui/calendar/tab.py" line="148" />
        <source>%n activity(ies)</source>
        <translation><numerusform>%n 项活动</numerusform></translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="215" />
        <location filename="../../partydesk/gui/calendar/tab.py" line="224" />
        <source>Select an activity first.</source>
        <translation>请先选中一项活动。</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../partydesk/gui/calendar/attendance_dialog.py" line="19" />
        <location filename="../../partydesk/gui/roster/tab.py" line="20" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/attendance_dialog.py" line="19" />
        <location filename="../../partydesk/gui/roster/tab.py" line="26" />
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/attendance_dialog.py" line="20" />
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/attendance_dialog.py" line="20" />
        <source>Reason for leave</source>
        <translation>请假事由</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/attendance_dialog.py" line="21" />
        <location filename="../../partydesk/gui/calendar/tab.py" line="27" />
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="20" />
        <location filename="../../partydesk/gui/service/tab.py" line="18" />
        <location filename="../../partydesk/gui/talks/tab.py" line="29" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="21" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="22" />
        <location filename="../../partydesk/gui/talks/tab.py" line="30" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="23" />
        <location filename="../../partydesk/gui/service/tab.py" line="20" />
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="24" />
        <location filename="../../partydesk/gui/roster/tab.py" line="25" />
        <location filename="../../partydesk/gui/service/tab.py" line="21" />
        <location filename="../../partydesk/gui/talks/tab.py" line="32" />
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="25" />
        <source>Topic area</source>
        <translation>学习内容</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="26" />
        <location filename="../../partydesk/gui/service/tab.py" line="22" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="28" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="29" />
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/tab.py" line="31" />
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="21" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="22" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="23" />
        <source>Resident ID</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="24" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="27" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="28" />
        <source>Branch role</source>
        <translation>支部职务</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="29" />
        <source>Joined</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="30" />
        <source>Full member since</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="31" />
        <source>Job / post</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="32" />
        <source>Flowing</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/tab.py" line="19" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/tab.py" line="23" />
        <source>Time spent (h)</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/tab.py" line="24" />
        <source>People served</source>
        <translation>服务群众人数</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/tab.py" line="25" />
        <source>Participants</source>
        <translation>参与党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/tab.py" line="26" />
        <source>Outcome</source>
        <translation>成效</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/tab.py" line="19" />
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/tab.py" line="31" />
        <source>Member</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/tab.py" line="33" />
        <source>Talker</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/tab.py" line="34" />
        <source>Follow-up due</source>
        <translation>跟进期限</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/tab.py" line="35" />
        <source>Follow-up done</source>
        <translation>跟进完成</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/tab.py" line="37" />
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/table.py" line="37" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>No backup on a USB stick yet. The office asks for one at least every %1 days.</source>
        <translation>还没有做过U盘备份。本单位要求至少每 %1 天备份一次。</translation>
    </message>
    <message>
        <source>The last backup on a USB stick was %2 days ago; the office asks for one at least every %1 days.</source>
        <translation>上次U盘备份是 %2 天前；本单位要求至少每 %1 天备份一次。</translation>
    </message>
    <message>
        <source>%1 Press here to make one now.</source>
        <translation>%1点此立即备份。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="41" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="46" />
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="52" />
        <source>Party members counted</source>
        <translation>名党员参加统计</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="53" />
        <source>reached the study hours</source>
        <translation>人学时达标</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="54" />
        <location filename="../../partydesk/gui/dashboard/tab.py" line="66" />
        <source>below the study hours</source>
        <translation>人学时未达标</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="55" />
        <source>meeting periods missed</source>
        <translation>个会议周期未按时召开</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="56" />
        <location filename="../../partydesk/gui/dashboard/tab.py" line="69" />
        <source>without a talk this year</source>
        <translation>人本年未谈心谈话</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="57" />
        <source>overdue talk follow-ups</source>
        <translation>项谈话跟进已逾期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="58" />
        <location filename="../../partydesk/gui/dashboard/tab.py" line="72" />
        <source>probation ending: to decide</source>
        <translation>名预备党员预备期满待转正</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="59" />
        <location filename="../../partydesk/gui/dashboard/tab.py" line="214" />
        <source>activities this week</source>
        <translation>项本周活动</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="77" />
        <source>Study hours by branch: members who reached the requirement</source>
        <translation>各支部学时达标情况</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="82" />
        <source>三会一课 and 主题党日: held against required, by period</source>
        <translation>三会一课和主题党日：各周期召开情况</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="85" />
        <source>held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="85" />
        <source>missed</source>
        <translation>未按时召开</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="85" />
        <source>this period, not yet</source>
        <translation>本周期尚未召开</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="86" />
        <source>to come</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="92" />
        <source>Members below the study hours</source>
        <translation>学时未达标党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="92" />
        <source>Show all…</source>
        <translation>查看全部…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="93" />
        <location filename="../../partydesk/gui/dashboard/tab.py" line="100" />
        <location filename="../../partydesk/gui/dashboard/tab.py" line="104" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="93" />
        <location filename="../../partydesk/gui/dashboard/tab.py" line="100" />
        <location filename="../../partydesk/gui/dashboard/tab.py" line="104" />
        <location filename="../../partydesk/gui/dashboard/tab.py" line="107" />
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="93" />
        <source>Hours</source>
        <translation>已获学时</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="93" />
        <source>Required</source>
        <translation>应达学时</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="96" />
        <source>Overdue talk follow-ups</source>
        <translation>逾期未跟进的谈话</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="97" />
        <source>Member</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="97" />
        <location filename="../../partydesk/gui/dashboard/tab.py" line="106" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="97" />
        <source>Due</source>
        <translation>跟进期限</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="97" />
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="100" />
        <source>Members without a talk this year</source>
        <translation>本年未谈心谈话的党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="103" />
        <source>Probationary members due</source>
        <translation>预备期满待转正</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="104" />
        <source>Probation ends</source>
        <translation>预备期满日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="106" />
        <source>This week</source>
        <translation>本周活动</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="106" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="106" />
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="147" />
        <source>Year %1 at a glance (as of %2)</source>
        <translation>%1 年度概览（截至 %2）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="165" />
        <source>(%1%, average %2 h)</source>
        <translation>（达标率 %1%，人均 %2 学时）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="173" />
        <source>%1 of %2 members, average %3 h</source>
        <translation>%2 人中 %1 人达标，人均 %3 学时</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/dashboard/tab.py" line="220" />
        <source>%1: meetings of the year</source>
        <translation>%1：本年度会议</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../partydesk/store/db.py" line="64" />
        <source>The data folder {path} is on a removable drive (USB stick). The live database must stay on this PC's own disk; use Backup to carry data on a stick.</source>
        <translation>数据文件夹 {path} 在可移动磁盘（U盘）上。正在使用的数据库必须放在本机硬盘上；需要用U盘带走数据时请使用“备份”。</translation>
    </message>
    <message>
        <location filename="../../partydesk/store/db.py" line="68" />
        <source>The data folder {path} is on a network drive. The live database must stay on this PC's own disk.</source>
        <translation>数据文件夹 {path} 在网络驱动器上。正在使用的数据库必须放在本机硬盘上。</translation>
    </message>
    <message>
        <location filename="../../partydesk/store/migrate.py" line="30" />
        <source>This database was written by a newer version of partydesk (schema {revision}). Install the newer version; the database was left untouched.</source>
        <translation>此数据库由更新版本的党务台账写入（结构版本 {revision}）。请安装新版本；数据库未作任何改动。</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../partydesk/gui/widgets/dates.py" line="30" />
        <source>Pick a date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="8" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="9" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="10" />
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="11" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="12" />
        <source>Resident ID</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="13" />
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="14" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="15" />
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="16" />
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="17" />
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="18" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="19" />
        <source>Application date</source>
        <translation>递交入党申请日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="20" />
        <source>Activist date</source>
        <translation>确定为积极分子日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="21" />
        <source>Candidate date</source>
        <translation>确定为发展对象日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="22" />
        <source>Joining date</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="23" />
        <source>Full membership date</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="24" />
        <source>Job / post</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="25" />
        <source>Exemplar post</source>
        <translation>党员示范岗/责任区</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="26" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="27" />
        <source>Topic area</source>
        <translation>学习内容</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="28" />
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="29" />
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="30" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="31" />
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="32" />
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="33" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="34" />
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="35" />
        <source>Study hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="36" />
        <source>People served</source>
        <translation>服务群众人数</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="37" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="38" />
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="39" />
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="40" />
        <source>Reason for leave</source>
        <translation>请假事由</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="41" />
        <source>Follow-up due</source>
        <translation>跟进期限</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="42" />
        <source>Follow-up done</source>
        <translation>跟进已完成</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="43" />
        <source>Summary</source>
        <translation>谈话内容</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="44" />
        <source>Talker</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="45" />
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="46" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="47" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="48" />
        <source>Office</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="49" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="50" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="51" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="52" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/fields.py" line="53" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../partydesk/gui/first_run.py" line="18" />
        <source>Welcome to Party Desk</source>
        <translation>欢迎使用党务台账</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/first_run.py" line="20" />
        <source>This database is new. Enter the name of your Party organization (e.g. 某某社区党委); branches and members are added afterwards.</source>
        <translation>这是一个新数据库。请输入本党组织的名称（如：某某社区党委），支部和党员可以在之后添加。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/first_run.py" line="23" />
        <source>&amp;Office name</source>
        <translation>党组织名称(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/first_run.py" line="24" />
        <source>&amp;First branch</source>
        <translation>第一个支部(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/first_run.py" line="25" />
        <source>e.g. 第一党支部 (more can be added under Tools)</source>
        <translation>如：第一党支部（其他支部可在“工具”菜单中添加）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/first_run.py" line="26" />
        <source>Fill with &amp;demo data to try the program (fictitious people)</source>
        <translation>填入演示数据试用本程序（虚构人员）(&amp;D)</translation>
    </message>
</context>
<context>
    <name>FollowUpDoneDialog</name>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="121" />
        <source>Follow-up done</source>
        <translation>跟进完成</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="122" />
        <source>&amp;Done on</source>
        <translation>完成日期(&amp;D)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="63" />
        <location filename="../../partydesk/gui/main_window.py" line="174" />
        <location filename="../../partydesk/gui/main_window.py" line="228" />
        <source>Party Desk</source>
        <translation>党务台账</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="79" />
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="80" />
        <source>&amp;Roster</source>
        <translation>花名册(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="82" />
        <source>&amp;Service practice</source>
        <translation>服务实践(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="81" />
        <source>Study ca&amp;lendar</source>
        <translation>学习日历(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="83" />
        <source>Tal&amp;ks</source>
        <translation>谈话记录(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="113" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="113" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="113" />
        <source>Re&amp;cords</source>
        <translation>记录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="114" />
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="114" />
        <source>Re&amp;ports</source>
        <translation>报表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="114" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="115" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="120" />
        <location filename="../../partydesk/gui/main_window.py" line="147" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="122" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="123" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="125" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="129" />
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="131" />
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="133" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="136" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="137" />
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="139" />
        <source>New &amp;member…</source>
        <translation>新增党员(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="140" />
        <source>New &amp;activity…</source>
        <translation>新建活动(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="141" />
        <source>New study &amp;plan…</source>
        <translation>新建学习计划(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="142" />
        <source>&amp;Attendance of the selected activity…</source>
        <translation>登记所选活动的出勤(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="144" />
        <source>New &amp;service entry…</source>
        <translation>新增服务实践(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="145" />
        <source>New &amp;talk record…</source>
        <translation>新增谈话记录(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="146" />
        <source>&amp;Branches and Party groups…</source>
        <translation>支部和党小组(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="148" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="149" />
        <source>&amp;About Party Desk</source>
        <translation>关于党务台账(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="150" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="182" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="224" />
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="229" />
        <source>Something went wrong and the work was stopped. Nothing half-done was saved.</source>
        <translation>出现错误，操作已停止。未保存任何不完整的内容。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="274" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partydesk/gui/main_window.py" line="279" />
        <source>%n member(s) on the roster</source>
        <translation><numerusform>花名册共 %n 人</numerusform></translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="295" />
        <source>No backup yet</source>
        <translation>尚未备份</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partydesk/gui/main_window.py" line="298" />
        <source>Last backup: %n day(s) ago</source>
        <translation><numerusform>上次备份：%n 天前</numerusform></translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="299" />
        <source>Last backup: today</source>
        <translation>上次备份：今天</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="299" />
        <source> · USB copy overdue</source>
        <translation> · U盘备份已逾期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="313" />
        <source>New record in the current tab</source>
        <translation>在当前页新建记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="313" />
        <source>Open the selected record</source>
        <translation>打开选中的记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="314" />
        <source>Edit the selected record</source>
        <translation>修改选中的记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="314" />
        <source>Move to the recycle bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="315" />
        <source>Undo the last change</source>
        <translation>撤销上一步修改</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="315" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="316" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="316" />
        <source>Attendance of the selected activity</source>
        <translation>登记选中活动的出勤</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="317" />
        <source>Save a dialog</source>
        <translation>保存对话框</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="318" />
        <source>Attendance list: present / on leave / absent</source>
        <translation>出勤登记：出席 / 请假 / 缺席</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="319" />
        <source>underlined letter</source>
        <translation>括号中的字母</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="319" />
        <source>Go to that tab, menu, button or field</source>
        <translation>转到对应的页面、菜单、按钮或输入框</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="323" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="328" />
        <source>About Party Desk</source>
        <translation>关于党务台账</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/main_window.py" line="330" />
        <source>Party Desk %1: roster, study calendar, service practice and talk records for grassroots Party organization offices. Works offline; not for classified material.</source>
        <translation>党务台账 %1：供基层党组织使用的花名册、学习日历、服务实践和谈话记录。离线使用；不得用于涉密信息。</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="24" />
        <source>Edit member</source>
        <translation>修改党员信息</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="24" />
        <source>New member</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="40" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="41" />
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="41" />
        <source>(unknown)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="42" />
        <source>&amp;Resident ID</source>
        <translation>公民身份号码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="43" />
        <source>18 characters; birth date and gender are read from it</source>
        <translation>18 位；出生日期和性别将从中读取</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="44" />
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="45" />
        <source>Et&amp;hnicity</source>
        <translation>民族(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="46" />
        <source>Educat&amp;ion</source>
        <translation>学历(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="51" />
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="60" />
        <source>Job / pos&amp;t</source>
        <translation>工作单位及职务(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="63" />
        <source>Not&amp;es</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="47" />
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="48" />
        <source>&amp;Address</source>
        <translation>家庭住址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="49" />
        <source>Bran&amp;ch</source>
        <translation>所在支部(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="50" />
        <source>Party gr&amp;oup</source>
        <translation>党小组(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="52" />
        <source>Branch ro&amp;le</source>
        <translation>支部职务(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="53" />
        <location filename="../../partydesk/gui/roster/dialog.py" line="81" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="55" />
        <source>Applied on</source>
        <translation>递交申请日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="56" />
        <source>Activist since</source>
        <translation>确定积极分子日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="57" />
        <source>Candidate since</source>
        <translation>确定发展对象日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="58" />
        <source>&amp;Joined the Party</source>
        <translation>入党日期(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="59" />
        <source>&amp;Full member since</source>
        <translation>转正日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="61" />
        <source>E&amp;xemplar post</source>
        <translation>示范岗/责任区(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="62" />
        <source>Flowing member</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="62" />
        <source>Works or lives elsewhere</source>
        <translation>在外地工作或居住</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="68" />
        <source>Use “Change status” so the change is kept in the history</source>
        <translation>请使用“变更状态”，以便变更记入历史</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="117" />
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/dialog.py" line="123" />
        <source>Add %1</source>
        <translation>新增 %1</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="48" />
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="50" />
        <source>Change s&amp;tatus…</source>
        <translation>变更状态(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="52" />
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="58" />
        <source>Member</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="61" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="61" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="62" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="62" />
        <source>Resident ID</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="63" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="63" />
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="64" />
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="64" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="65" />
        <source>Joined the Party</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="66" />
        <source>Full member since</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="66" />
        <source>Job / post</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="77" />
        <source>Year %1</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="101" />
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="103" />
        <source>Service practice: %1 h</source>
        <translation>服务实践：%1 小时</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="82" />
        <source>Study hours: %1 of %2</source>
        <translation>学时：%1 / 应达 %2</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="84" />
        <source> (%1 short)</source>
        <translation>（差 %1）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="86" />
        <source>Study hours: %1 (no requirement for this status)</source>
        <translation>学时：%1（此身份无学时要求）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="95" />
        <source>Present %1, on leave %2, absent %3</source>
        <translation>出席 %1 次，请假 %2 次，缺席 %3 次</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="98" />
        <location filename="../../partydesk/gui/roster/member_page.py" line="104" />
        <location filename="../../partydesk/gui/roster/member_page.py" line="106" />
        <location filename="../../partydesk/gui/roster/member_page.py" line="113" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="98" />
        <location filename="../../partydesk/gui/roster/member_page.py" line="106" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="98" />
        <location filename="../../partydesk/gui/roster/member_page.py" line="104" />
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="98" />
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="99" />
        <location filename="../../partydesk/gui/roster/member_page.py" line="104" />
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="104" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="105" />
        <source>Talks</source>
        <translation>谈话记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="106" />
        <source>Talker</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="106" />
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="110" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="113" />
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="113" />
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="113" />
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/member_page.py" line="113" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../partydesk/gui/widgets/member_picker.py" line="38" />
        <source>Type a name or pinyin initials, then Enter</source>
        <translation>输入姓名或拼音首字母，然后回车</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/member_picker.py" line="49" />
        <source>&amp;Add →</source>
        <translation>添加(&amp;A) →</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/member_picker.py" line="51" />
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../partydesk/gui/calendar/minutes_dialog.py" line="20" />
        <source>Minutes: %1</source>
        <translation>会议记录：%1</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/minutes_dialog.py" line="23" />
        <source>&amp;Minutes</source>
        <translation>会议记录(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/minutes_dialog.py" line="25" />
        <source>Agenda, who spoke, what was decided…</source>
        <translation>会议议程、发言情况、形成的决定…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/minutes_dialog.py" line="33" />
        <source>Edit minutes</source>
        <translation>修改会议记录</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="0" />
        <source>&amp;Rename…</source>
        <translation>改名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="0" />
        <source>Office &amp;name…</source>
        <translation>单位名称(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="0" />
        <source>Office: %1</source>
        <translation>本单位：%1</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="0" />
        <source>Select the branch or group to rename.</source>
        <translation>请先选中要改名的支部或党小组。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="0" />
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="0" />
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="0" />
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="0" />
        <source>Name of the office, as printed on every document:</source>
        <translation>单位名称（打印在所有文书上）：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="0" />
        <source>Office renamed.</source>
        <translation>单位已改名。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="22" />
        <source>Branches and Party groups</source>
        <translation>支部和党小组</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="24" />
        <source>Members, activities and service entries belong to a branch; a Party group is optional. Add the branches first.</source>
        <translation>党员、活动和服务实践都归属于某个支部，党小组可以不填。请先添加支部。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="28" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="28" />
        <source>Members</source>
        <translation>党员人数</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="30" />
        <source>Add &amp;branch…</source>
        <translation>添加支部(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="32" />
        <source>Add Party &amp;group…</source>
        <translation>添加党小组(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="35" />
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="71" />
        <source>Add branch</source>
        <translation>添加支部</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="71" />
        <source>Name of the branch (e.g. 第一党支部):</source>
        <translation>支部名称（如：第一党支部）：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="85" />
        <source>Select the branch the group belongs to.</source>
        <translation>请先选中党小组所属的支部。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="88" />
        <source>Add Party group</source>
        <translation>添加党小组</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/org_dialog.py" line="88" />
        <source>Name of the Party group (e.g. 第一党小组):</source>
        <translation>党小组名称（如：第一党小组）：</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <location filename="../../partydesk/services/access.py" line="37" />
        <source>view records</source>
        <translation>查看记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="38" />
        <source>change records</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="39" />
        <source>read confidential talk records</source>
        <translation>查看保密谈话记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="40" />
        <source>show full ID or phone numbers</source>
        <translation>显示完整身份号码或电话</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="41" />
        <source>export records</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="42" />
        <source>export full ID numbers</source>
        <translation>导出完整身份号码</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="43" />
        <source>import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="44" />
        <source>make backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="45" />
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="46" />
        <source>exchange transfer packages</source>
        <translation>交换转接数据包</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="47" />
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="48" />
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="49" />
        <source>view the audit log</source>
        <translation>查看操作日志</translation>
    </message>
</context>
<context>
    <name>PickMemberDialog</name>
    <message>
        <location filename="../../partydesk/gui/widgets/member_picker.py" line="121" />
        <source>Choose a member</source>
        <translation>选择党员</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="28" />
        <source>New study plan</source>
        <translation>新建学习计划</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="31" />
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="33" />
        <source>&amp;Title</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="35" />
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="36" />
        <source>&amp;Frequency</source>
        <translation>频次(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="38" />
        <source>Month in the peri&amp;od</source>
        <translation>周期内第几个月(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="39" />
        <source>For a quarterly plan: 1 = first month of each quarter, and so on</source>
        <translation>按季度的计划：1 表示每季度第一个月，依此类推</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="40" />
        <source>&amp;Day of the month</source>
        <translation>每月几号(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="41" />
        <source>&amp;Weekday</source>
        <translation>星期(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="42" />
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="43" />
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="43" />
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="43" />
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="44" />
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="44" />
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="44" />
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="45" />
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="47" />
        <source>&amp;Branch</source>
        <translation>支部(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="48" />
        <source>(whole office)</source>
        <translation>（全体）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="51" />
        <source>&amp;Level</source>
        <translation>层级(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="53" />
        <source>Topic &amp;area</source>
        <translation>学习内容(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="54" />
        <source>Start ti&amp;me</source>
        <translation>开始时间(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="56" />
        <source>E&amp;nd time</source>
        <translation>结束时间(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="58" />
        <source>Study &amp;hours</source>
        <translation>学时(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="59" />
        <source>empty: worked out from the times</source>
        <translation>留空则按起止时间计算</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="60" />
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="86" />
        <source>%n date(s): </source>
        <translation><numerusform>共 %n 个日期：</numerusform></translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="108" />
        <source>Creating the planned activities…</source>
        <translation>正在生成计划活动…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="113" />
        <source>%n planned activity(ies) created</source>
        <translation><numerusform>已生成 %n 项计划活动</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="115" />
        <source>; %n date(s) already had one and were skipped</source>
        <translation><numerusform>；%n 个日期已有同类活动，已跳过</numerusform></translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plan_dialog.py" line="125" />
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，没有任何改动。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../partydesk/gui/widgets/dialog.py" line="15" />
        <location filename="../../partydesk/gui/widgets/dialog.py" line="45" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/dialog.py" line="18" />
        <location filename="../../partydesk/gui/widgets/dialog.py" line="47" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../partydesk/gui/widgets/record_tab.py" line="23" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/record_tab.py" line="24" />
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/record_tab.py" line="25" />
        <source>Ed&amp;it…</source>
        <translation>修改(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/record_tab.py" line="26" />
        <source>&amp;Restore</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/record_tab.py" line="27" />
        <source>Recycle &amp;bin</source>
        <translation>回收站(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/record_tab.py" line="28" />
        <source>{count} records</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/record_tab.py" line="29" />
        <source>{count} records in the recycle bin</source>
        <translation>回收站中共 {count} 条</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/record_tab.py" line="30" />
        <source>Move to recycle bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/record_tab.py" line="31" />
        <source>Move {count} selected record(s) to the recycle bin? They can be restored from there.</source>
        <translation>将选中的 {count} 条记录移入回收站吗？之后可以从回收站恢复。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/record_tab.py" line="32" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/record_tab.py" line="33" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/record_tab.py" line="34" />
        <source>Showing: {caption}</source>
        <translation>正在显示：{caption}</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/widgets/record_tab.py" line="37" />
        <source>Show &amp;all</source>
        <translation>显示全部(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="44" />
        <source>Name, pinyin initials, phone or ID tail</source>
        <translation>姓名、拼音首字母、电话或身份号码尾号</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="45" />
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="46" />
        <source>Group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="47" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="48" />
        <source>On the roster</source>
        <translation>在册人员</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="51" />
        <source>Everyone (incl. transferred out)</source>
        <translation>全部（含已转出）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="62" />
        <source>Change s&amp;tatus…</source>
        <translation>变更状态(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="67" />
        <source>All branches</source>
        <translation>全部支部</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/tab.py" line="72" />
        <source>All groups</source>
        <translation>全部党小组</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../partydesk/gui/service/dialog.py" line="26" />
        <location filename="../../partydesk/gui/service/dialog.py" line="82" />
        <source>Edit service entry</source>
        <translation>修改服务实践</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/dialog.py" line="26" />
        <location filename="../../partydesk/gui/service/dialog.py" line="88" />
        <source>New service entry</source>
        <translation>新增服务实践</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/dialog.py" line="31" />
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/dialog.py" line="32" />
        <source>&amp;Title</source>
        <translation>事项(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/dialog.py" line="33" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/dialog.py" line="34" />
        <source>&amp;Branch</source>
        <translation>支部(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/dialog.py" line="35" />
        <source>(whole office)</source>
        <translation>（全体）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/dialog.py" line="36" />
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/dialog.py" line="37" />
        <source>&amp;Hours each</source>
        <translation>每人时长(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/dialog.py" line="40" />
        <source>Peop&amp;le served</source>
        <translation>服务群众人数(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/dialog.py" line="41" />
        <source>Part&amp;icipants</source>
        <translation>参与党员(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/dialog.py" line="42" />
        <source>Descriptio&amp;n</source>
        <translation>活动内容(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/dialog.py" line="43" />
        <source>&amp;Outcome</source>
        <translation>成效(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/dialog.py" line="44" />
        <source>Follow-&amp;up</source>
        <translation>后续跟进(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/dialog.py" line="45" />
        <source>Photos and scans</source>
        <translation>照片和扫描件</translation>
    </message>
</context>
<context>
    <name>ServiceTab</name>
    <message>
        <location filename="../../partydesk/gui/service/tab.py" line="40" />
        <source>Title, place or description</source>
        <translation>主题、地点或内容</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/tab.py" line="41" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/tab.py" line="42" />
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/tab.py" line="46" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/tab.py" line="47" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/tab.py" line="48" />
        <source>By &amp;member…</source>
        <translation>按党员筛选(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/service/tab.py" line="75" />
        <source>service practice of %1</source>
        <translation>%1 参与的服务实践</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <location filename="../../partydesk/gui/calendar/plans_dialog.py" line="0" />
        <source>Study plans</source>
        <translation>学习计划</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plans_dialog.py" line="0" />
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plans_dialog.py" line="0" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plans_dialog.py" line="0" />
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plans_dialog.py" line="0" />
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plans_dialog.py" line="0" />
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plans_dialog.py" line="0" />
        <source>Activities</source>
        <translation>活动数</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plans_dialog.py" line="0" />
        <source>No study plan for this year yet.</source>
        <translation>本年度还没有学习计划。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plans_dialog.py" line="0" />
        <source>&amp;New plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plans_dialog.py" line="0" />
        <source>&amp;Delete plan…</source>
        <translation>删除计划(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plans_dialog.py" line="0" />
        <source>(whole office)</source>
        <translation>（全体）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plans_dialog.py" line="0" />
        <source>Delete the study plan “%1”? Its activities that are still only planned go to the recycle bin; those already held stay.</source>
        <translation>删除学习计划“%1”？其中尚未开展的活动移入回收站，已开展的活动保留。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/plans_dialog.py" line="0" />
        <source>Delete study plan</source>
        <translation>删除学习计划</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partydesk/gui/calendar/plans_dialog.py" line="0" />
        <source>Study plan deleted; %n planned activity(ies) moved to the recycle bin.</source>
        <translation><numerusform>已删除学习计划，%n 项尚未开展的活动移入回收站。</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../partydesk/gui/settings_dialog.py" line="0" />
        <source>Requirements of this office</source>
        <translation>本单位要求</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/settings_dialog.py" line="0" />
        <source>Study &amp;hours a year, member:</source>
        <translation>党员每年学时(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/settings_dialog.py" line="0" />
        <source>Study hours a year, &amp;cadre:</source>
        <translation>干部每年学时(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/settings_dialog.py" line="0" />
        <source>&amp;Talks a year with each member:</source>
        <translation>每名党员每年谈话次数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/settings_dialog.py" line="0" />
        <source>&amp;Remind of a USB backup after (days):</source>
        <translation>U盘备份提醒间隔（天）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/settings_dialog.py" line="0" />
        <source>Sign-in and locking</source>
        <translation>登录与锁定</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/settings_dialog.py" line="0" />
        <source>&amp;Wrong passwords before a lock:</source>
        <translation>连续输错密码几次后锁定(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/settings_dialog.py" line="0" />
        <source>Lock &amp;duration (minutes):</source>
        <translation>锁定时长（分钟）(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/settings_dialog.py" line="0" />
        <source>Lock an &amp;idle window after (minutes):</source>
        <translation>无操作自动锁屏（分钟）(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/settings_dialog.py" line="0" />
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/settings_dialog.py" line="16" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/settings_dialog.py" line="17" />
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/settings_dialog.py" line="22" />
        <source>A new language is used from the next start of the program.</source>
        <translation>新的界面语言在下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/settings_dialog.py" line="29" />
        <source>Language saved; restart Party Desk to use it.</source>
        <translation>界面语言已保存，重新启动党务台账后生效。</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../partydesk/gui/roster/status_dialog.py" line="22" />
        <source>Change status of %1</source>
        <translation>变更 %1 的状态</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/status_dialog.py" line="24" />
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/status_dialog.py" line="25" />
        <source>&amp;New status</source>
        <translation>新状态(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/status_dialog.py" line="27" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/status_dialog.py" line="29" />
        <source>N&amp;ote</source>
        <translation>说明(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/status_dialog.py" line="30" />
        <source>e.g. transferred to another community's branch</source>
        <translation>如：组织关系转往其他社区支部</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/roster/status_dialog.py" line="38" />
        <source>Status of %1</source>
        <translation>%1 的状态</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="25" />
        <location filename="../../partydesk/gui/talks/dialog.py" line="102" />
        <source>Edit talk record</source>
        <translation>修改谈话记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="25" />
        <location filename="../../partydesk/gui/talks/dialog.py" line="108" />
        <source>New talk record</source>
        <translation>新增谈话记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="29" />
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="30" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="31" />
        <source>&amp;Member talked with</source>
        <translation>谈话对象(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="32" />
        <source>&amp;Held by</source>
        <translation>谈话人(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="33" />
        <source>Name of the secretary or officer who held the talk</source>
        <translation>进行谈话的书记或干部姓名</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="34" />
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="35" />
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="36" />
        <source>&amp;Confidential: only the secretary and administrators can read it</source>
        <translation>保密：仅书记和管理员可以查看内容(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="37" />
        <source>Summar&amp;y</source>
        <translation>谈话内容(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="38" />
        <source>Member's &amp;response</source>
        <translation>本人表态(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="39" />
        <source>&amp;Follow-up</source>
        <translation>后续跟进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="40" />
        <source>Follow-up d&amp;ue</source>
        <translation>跟进期限(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="41" />
        <source>Follow-up do&amp;ne</source>
        <translation>跟进完成日期(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="51" />
        <source>This record is confidential. You can see that it exists and its follow-up, not its content.</source>
        <translation>这是一份保密记录。您可以看到它的存在和跟进情况，但不能查看内容。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/dialog.py" line="59" />
        <source>Photos and scans</source>
        <translation>照片和扫描件</translation>
    </message>
</context>
<context>
    <name>TalksTab</name>
    <message>
        <location filename="../../partydesk/gui/talks/tab.py" line="52" />
        <source>Member or talker name</source>
        <translation>谈话对象或谈话人姓名</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/tab.py" line="53" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/tab.py" line="54" />
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/tab.py" line="58" />
        <source>Kind</source>
        <translation>谈话类型</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/tab.py" line="58" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/tab.py" line="59" />
        <source>&amp;Overdue follow-ups only</source>
        <translation>只看逾期未跟进(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/talks/tab.py" line="71" />
        <source>Follow-up &amp;done…</source>
        <translation>跟进完成(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <location filename="../../partydesk/domain/calendars.py" line="44" />
        <source>Choose the weekday of a weekly plan</source>
        <translation>每周计划请选择星期几</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/calendars.py" line="84" />
        <source>Unknown frequency {value}</source>
        <translation>未知的频次 {value}</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/office_rules.py" line="36" />
        <source>No setting is called {name}</source>
        <translation>没有名为 {name} 的设置</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/calendars.py" line="95" />
        <source>{value} is not a whole number from {low} to {high}</source>
        <translation>{value} 不是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/compliance.py" line="66" />
        <source>A half day cannot count more than a full day</source>
        <translation>半天的学时不能多于全天</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/compliance.py" line="202" />
        <source>The end time must be after the start time</source>
        <translation>结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/compliance.py" line="243" />
        <source>The setting {name} must be a number from {low} to {high}, not {value}</source>
        <translation>设置项 {name} 必须是 {low} 到 {high} 之间的数字，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/compliance.py" line="264" />
        <source>{kind} has more than one meeting requirement</source>
        <translation>{kind} 有多条会议要求</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/compliance.py" line="273" />
        <source>The meeting requirements must be a list</source>
        <translation>会议要求必须是列表</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/compliance.py" line="281" />
        <source>A meeting requirement must be an object</source>
        <translation>每条会议要求必须是一个对象</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/compliance.py" line="293" />
        <source>Unknown value {value}</source>
        <translation>未知的值 {value}</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/dates.py" line="54" />
        <location filename="../../partydesk/domain/dates.py" line="106" />
        <source>Enter a date</source>
        <translation>请输入日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/dates.py" line="84" />
        <source>“{value}” is not a time; write it like 09:30</source>
        <translation>“{value}”不是时间，请按 09:30 的格式填写</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/dates.py" line="120" />
        <source>“{value}” is not a date; write it like 2026-11-24 or 2026-11</source>
        <translation>“{value}”不是日期，请按 2026-11-24 或 2026-11 的格式填写</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/dates.py" line="124" />
        <source>“{value}” is not a date; write it like 2026-11-24</source>
        <translation>“{value}”不是日期，请按 2026-11-24 的格式填写</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/dates.py" line="131" />
        <location filename="../../partydesk/domain/dates.py" line="152" />
        <source>{value} is not a real calendar date</source>
        <translation>{value} 不是实际存在的日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/dates.py" line="142" />
        <source>The year {year} is not between {low} and {high}</source>
        <translation>年份 {year} 不在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/dates.py" line="174" />
        <source>“{value}” is not a real clock time</source>
        <translation>“{value}”不是有效的时刻</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/id_number.py" line="55" />
        <source>The first 17 characters must be digits</source>
        <translation>前 17 位必须是数字</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/id_number.py" line="84" />
        <source>The check digit does not match; if this ID came from Excel, its last digits were lost when it was stored as a number: re-enter it in a cell formatted as text</source>
        <translation>校验码不符；如果此号码来自 Excel，它被存成数字时丢失了最后几位：请在设为“文本”格式的单元格中重新输入</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/id_number.py" line="91" />
        <source>The check digit does not match the other digits; a digit is probably mistyped</source>
        <translation>校验码与其他数字不符，可能有数字输错了</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/id_number.py" line="108" />
        <source>Enter the resident ID</source>
        <translation>请输入公民身份号码</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/id_number.py" line="117" />
        <source>This is an old 15-digit ID; enter the holder's current 18-character ID</source>
        <translation>这是旧的 15 位号码，请输入本人现在的 18 位号码</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/id_number.py" line="124" />
        <source>A resident ID has 18 characters; this one has {count}</source>
        <translation>公民身份号码应为 18 位，此号码为 {count} 位</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/id_number.py" line="133" />
        <source>A resident ID is 17 digits followed by a digit or X</source>
        <translation>公民身份号码由 17 位数字加一位数字或 X 组成</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/id_number.py" line="146" />
        <source>Digits 7-14 ({digits}) are not a real birth date</source>
        <translation>第 7-14 位（{digits}）不是有效的出生日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/id_number.py" line="152" />
        <source>The birth year {year} is before 1900</source>
        <translation>出生年份 {year} 早于 1900 年</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/id_number.py" line="158" />
        <source>The birth date {born} is in the future</source>
        <translation>出生日期 {born} 晚于今天</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/id_number.py" line="171" />
        <source>“{value}” was stored by Excel as a number, which lost the last digits; re-enter the ID in a cell formatted as text</source>
        <translation>“{value}”被 Excel 存成了数字，丢失了最后几位；请在设为“文本”格式的单元格中重新输入号码</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/members.py" line="100" />
        <source>Enter the name</source>
        <translation>请输入姓名</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/members.py" line="106" />
        <source>A name has at most {max} characters; this has {count}</source>
        <translation>姓名最多 {max} 个字，此处有 {count} 个</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/members.py" line="113" />
        <source>A name cannot contain digits</source>
        <translation>姓名不能包含数字</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/members.py" line="126" />
        <source>The birth date {entered} differs from the resident ID's {from_id}; the ID's date will be kept</source>
        <translation>出生日期 {entered} 与身份号码中的 {from_id} 不一致，将以身份号码为准</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/members.py" line="140" />
        <source>The gender differs from the resident ID's ({from_id}); the ID's will be kept</source>
        <translation>性别与身份号码中的（{from_id}）不一致，将以身份号码为准</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/members.py" line="151" />
        <source>{day} is in the future</source>
        <translation>{day} 晚于今天</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/members.py" line="166" />
        <source>{day} is before the {other} ({other_day})</source>
        <translation>{day} 早于{other}（{other_day}）</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/members.py" line="183" />
        <source>The member was {age} on the joining date; members must be at least {min_age}</source>
        <translation>入党时年龄为 {age} 岁；入党须年满 {min_age} 岁</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/members.py" line="196" />
        <source>Probation lasts at least one year: full membership cannot start before {end}</source>
        <translation>预备期至少一年：转正日期不能早于 {end}</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/members.py" line="206" />
        <source>Enter the joining date of a {status}</source>
        <translation>请填写{status}的入党日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/members.py" line="221" />
        <source>A full membership date is recorded but the status is still probationary</source>
        <translation>已填写转正日期，但状态仍为预备党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/members.py" line="232" />
        <source>Probation ended on {end}; record the full membership (or the extension)</source>
        <translation>预备期已于 {end} 届满，请登记转正（或延长预备期）</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/passwords.py" line="19" />
        <source>At least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/passwords.py" line="23" />
        <location filename="../../partydesk/services/common.py" line="109" />
        <source>At most {n} characters</source>
        <translation>最多 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/passwords.py" line="28" />
        <source>This password is too easy to guess</source>
        <translation>此密码太容易被猜到</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/passwords.py" line="32" />
        <source>The new password must differ from the old one</source>
        <translation>新密码不能与旧密码相同</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/calendar/activity_dialog.py" line="25" />
        <location filename="../../partydesk/services/common.py" line="92" />
        <source>Hours must be a number</source>
        <translation>学时必须是数字</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/attachments.py" line="37" />
        <source>“{name}” is not a picture that can be read (use JPEG or PNG)</source>
        <translation>“{name}”不是可以读取的图片（请使用 JPEG 或 PNG）</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/attachments.py" line="40" />
        <source>“{name}” is too large (more than {mb} MB)</source>
        <translation>“{name}”太大（超过 {mb} MB）</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/attendance.py" line="124" />
        <source>Unknown member</source>
        <translation>未知的党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/calendar.py" line="175" />
        <source>The end must be after the start</source>
        <translation>结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/calendar.py" line="179" />
        <location filename="../../partydesk/services/roster.py" line="226" />
        <source>Choose a branch</source>
        <translation>请选择支部</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/calendar.py" line="181" />
        <source>Choose a Party group</source>
        <translation>请选择党小组</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/common.py" line="53" />
        <source>Unknown record {uuid}</source>
        <translation>找不到记录 {uuid}</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/common.py" line="94" />
        <source>Hours must be between 0 and 24</source>
        <translation>学时必须在 0 到 24 之间</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/common.py" line="101" />
        <location filename="../../partydesk/services/roster.py" line="343" />
        <source>This field is required</source>
        <translation>此项必填</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/offices.py" line="55" />
        <source>This database already belongs to an office</source>
        <translation>此数据库已属于一个党组织</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/roster.py" line="206" />
        <source>Another member ({name}) already has this resident ID</source>
        <translation>另一名党员（{name}）已使用此公民身份号码</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/roster.py" line="236" />
        <source>This Party group belongs to another branch</source>
        <translation>该党小组属于其他支部</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/service_log.py" line="112" />
        <source>Must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/service_log.py" line="114" />
        <source>Cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/service_log.py" line="133" />
        <source>Add at least one participating member</source>
        <translation>请至少添加一名参与党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/talks.py" line="126" />
        <source>Choose the member talked with</source>
        <translation>请选择谈话对象</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/talks.py" line="131" />
        <source>Say who held the talk</source>
        <translation>请填写谈话人</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/talks.py" line="139" />
        <source>The follow-up cannot be due before the talk</source>
        <translation>跟进期限不能早于谈话日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/demo.py" line="188" />
        <source>Choose 1 to {max} members</source>
        <translation>人数请在 1 到 {max} 之间</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/demo.py" line="210" />
        <source>Demo data goes only into an empty database; this one has data</source>
        <translation>演示数据只能填入空数据库；此数据库已有数据</translation>
    </message>
<message><source>row {row}: </source><translation>第 {row} 行：</translation></message></context>
<context><name>Errors</name><message><source>No {kind} with id {uuid}</source><translation>找不到 {kind}（编号 {uuid}）</translation></message><message><source>Not allowed for your role: {action}</source><translation>您的角色无权{action}</translation></message></context><context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Party Desk</source>
        <translation>党务台账</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，没有任何改动。</translation>
    </message>
    <message>
        <source>Something went wrong and the work was stopped. Nothing half-done was saved.</source>
        <translation>出现错误，操作已停止。未保存任何不完整的内容。</translation>
    </message>
</context>
</TS>
