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
    <name>BackupActions</name>
    <message>
      <source>Restore a bac&amp;kup…</source>
      <translation>恢复备份(&amp;K)…</translation>
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
</TS>