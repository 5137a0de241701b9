<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../partydesk/gui/reports/preview.py" line="108" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/preview.py" line="110" />
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/preview.py" line="113" />
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/preview.py" line="117" />
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/preview.py" line="120" />
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/preview.py" line="122" />
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/preview.py" line="125" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/preview.py" line="127" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/preview.py" line="131" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/preview.py" line="134" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/preview.py" line="137" />
        <source>Page image</source>
        <translation>页面图像</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/preview.py" line="204" />
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/preview.py" line="205" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="117" />
        <source>Print &amp;meeting minutes…</source>
        <translation>打印会议记录(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="118" />
        <source>Print &amp;sign-in sheet…</source>
        <translation>打印签到表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="120" />
        <source>Member &amp;education file…</source>
        <translation>党员教育培训档案(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="121" />
        <source>&amp;Roster…</source>
        <translation>党员花名册(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="122" />
        <source>&amp;Annual summary…</source>
        <translation>年度统计(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="124" />
        <source>&amp;Talk record form…</source>
        <translation>谈话记录表(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="135" />
        <location filename="../../partydesk/gui/reports/actions.py" line="140" />
        <source>Select an activity in the study calendar first.</source>
        <translation>请先在学习日历中选中一项活动。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="137" />
        <source>Meeting minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="142" />
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="145" />
        <source>Select a member in the roster first.</source>
        <translation>请先在花名册中选中一名党员。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="148" />
        <location filename="../../partydesk/gui/reports/actions.py" line="150" />
        <source>Member education file</source>
        <translation>党员教育培训档案</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="153" />
        <location filename="../../partydesk/gui/reports/actions.py" line="155" />
        <source>Roster</source>
        <translation>党员花名册</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="158" />
        <location filename="../../partydesk/gui/reports/actions.py" line="161" />
        <source>Annual summary</source>
        <translation>年度党员教育培训情况统计</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="164" />
        <source>Select a talk record first.</source>
        <translation>请先选中一条谈话记录。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="166" />
        <source>Talk record form</source>
        <translation>谈话记录表</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../partydesk/services/reports/output.py" line="15" />
        <source>Cannot write the PDF to {path}: {reason}</source>
        <translation>无法将 PDF 写入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="36" />
        <source>Whole office</source>
        <translation>整个党委</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="40" />
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/reports/actions.py" line="42" />
        <source>&amp;Branch:</source>
        <translation>党支部(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <source>Unknown document {value}</source>
        <translation>没有这种文书：{value}</translation>
    </message>
</context>
</TS>
