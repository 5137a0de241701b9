<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AccountActions</name>
    <message>
      <source>Acc&amp;ounts…</source>
      <translation>账户管理(&amp;O)…</translation>
    </message>
    <message>
      <source>Loc&amp;k</source>
      <translation>锁定(&amp;K)</translation>
    </message>
  </context>
  <context>
    <name>ActivityDialog</name>
    <message>
      <source>HH:MM</source>
      <translation>时:分</translation>
    </message>
  </context>
  <context>
    <name>AttendanceDialog</name>
    <message>
      <source>This meeting</source>
      <translation>这次活动</translation>
    </message>
    <message>
      <source>Attendance of %1</source>
      <translation>登记出勤：%1</translation>
    </message>
  </context>
  <context>
    <name>BackupActions</name>
    <message>
      <source>Restore a bac&amp;kup…</source>
      <translation>恢复备份(&amp;K)…</translation>
    </message>
  </context>
  <context>
    <name>CalendarTab</name>
    <message>
      <source>Attendance</source>
      <translation>登记出勤</translation>
    </message>
    <message>
      <source>Take the attendance of this activity now?</source>
      <translation>现在登记这次活动的出勤吗？</translation>
    </message>
  </context>
  <context>
    <name>CreateAdminDialog</name>
    <message>
      <source>Your na&amp;me:</source>
      <translation>您的姓名(&amp;M)：</translation>
    </message>
  </context>
  <context>
    <name>DateEdit</name>
    <message>
      <source>%1 is dated %2, which is in the future. Save it anyway?</source>
      <translation>%1的日期是%2，晚于今天。仍然保存吗？</translation>
    </message>
    <message>
      <source>Date in the future</source>
      <translation>日期晚于今天</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>年-月-日</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <source>Bro&amp;wse…</source>
      <translation>浏览(&amp;W)…</translation>
    </message>
  </context>
  <context>
    <name>ImportActions</name>
    <message>
      <source>Save import te&amp;mplate…</source>
      <translation>下载导入模板(&amp;M)…</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Refres&amp;h</source>
      <translation>刷新(&amp;H)</translation>
    </message>
    <message>
      <source>Atte&amp;ndance of the selected activity…</source>
      <translation>登记所选活动的出勤(&amp;N)…</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <source>Joining the Party</source>
      <translation>入党</translation>
    </message>
    <message>
      <source>Becoming a full member</source>
      <translation>转正</translation>
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <source>HH:MM</source>
      <translation>时:分</translation>
    </message>
  </context>
  <context>
    <name>RecordTab</name>
    <message>
      <source>Saved; the record is not in the list as it is filtered now.</source>
      <translation>已保存；按当前筛选条件，列表中不显示这条记录。</translation>
    </message>
  </context>
  <context>
    <name>StartFrame</name>
    <message>
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
    </message>
  </context>
</TS>