<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="199" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="202" />
        <source>Import only the valid rows and leave the rejected ones out</source>
        <translation>只导入有效的行，不导入被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="219" />
        <source>With rejected rows nothing is imported, unless you choose to leave them out. You can also correct the file and start again.</source>
        <translation>有被拒绝的行时，整个文件都不会导入，除非选择不导入这些行。也可以先改正文件再重新导入。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="26" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="29" />
        <source>Roster (花名册)</source>
        <translation>党员花名册</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="29" />
        <source>Activities and attendance</source>
        <translation>学习活动及出勤</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="30" />
        <source>Service practice</source>
        <translation>服务实践</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="30" />
        <source>Talk records (not confidential)</source>
        <translation>谈话记录（不含保密记录）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="35" />
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="39" />
        <source>Full resident IDs and phone numbers (recorded in the log)</source>
        <translation>导出完整身份证号码和电话（将记入操作日志）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="44" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="53" />
        <source>&amp;Export:</source>
        <translation>导出内容(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="54" />
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="56" />
        <source>Save &amp;as:</source>
        <translation>保存为(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="74" />
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="75" />
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="83" />
        <source>Choose where to save the file.</source>
        <translation>请选择文件保存位置。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="91" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="98" />
        <source>Wrote %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="104" />
        <source>Cancelled; no file was written.</source>
        <translation>已取消，没有生成文件。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="108" />
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../partydesk/services/importing_headers.py" line="53" />
        <source>Branch post</source>
        <translation>党内职务</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_headers.py" line="54" />
        <source>Flowing member</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_headers.py" line="55" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_headers.py" line="56" />
        <source>Signature</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_headers.py" line="57" />
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_headers.py" line="58" />
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="56" />
        <location filename="../../partydesk/gui/importing/pages.py" line="80" />
        <source>Choose the spreadsheet</source>
        <translation>选择表格文件</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="57" />
        <source>An .xlsx workbook or a CSV file saved by Excel or WPS (UTF-8 or GBK).</source>
        <translation>Excel 或 WPS 保存的 .xlsx 工作簿或 CSV 文件（UTF-8 或 GBK 编码均可）。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="60" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="70" />
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="81" />
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../partydesk/services/importing_common.py" line="177" />
        <location filename="../../partydesk/services/importing_common.py" line="187" />
        <source>blank row</source>
        <translation>空行</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_common.py" line="190" />
        <source>footer or note row: “{value}”</source>
        <translation>合计或说明行：“{value}”</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_common.py" line="192" />
        <source>the header row repeated</source>
        <translation>重复的表头行</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_common.py" line="195" />
        <source>no value in the imported columns</source>
        <translation>导入的列中没有内容</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_common.py" line="198" />
        <source>no name and no numbers: a heading or note row</source>
        <translation>没有姓名也没有数字：标题或说明行</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_common.py" line="200" />
        <source>title or note row: “{value}”</source>
        <translation>标题或说明行：“{value}”</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../partydesk/gui/importing/actions.py" line="19" />
        <source>Import &amp;roster…</source>
        <translation>导入花名册(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/actions.py" line="20" />
        <source>Import &amp;sign-in sheet…</source>
        <translation>导入签到表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/actions.py" line="21" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/actions.py" line="22" />
        <source>Save import &amp;template…</source>
        <translation>下载导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/actions.py" line="44" />
        <source>Save import template</source>
        <translation>下载导入模板</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/actions.py" line="45" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/actions.py" line="53" />
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="188" />
        <source>%1 new, %2 updated, %3 skipped, %4 rejected.</source>
        <translation>新增 %1 人，更新 %2 人，跳过 %3 行，拒绝 %4 行。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="191" />
        <source>New Party groups: %1.</source>
        <translation>将新建党小组：%1。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/report_model.py" line="24" />
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/report_model.py" line="25" />
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/report_model.py" line="26" />
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/report_model.py" line="27" />
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/report_model.py" line="30" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/report_model.py" line="30" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/report_model.py" line="31" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/report_model.py" line="31" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/report_model.py" line="32" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../partydesk/gui/importing/wizard.py" line="30" />
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/wizard.py" line="30" />
        <source>Import sign-in sheet</source>
        <translation>导入签到表</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/wizard.py" line="44" />
        <source>&amp;Branch for rows without one:</source>
        <translation>未填党支部的行归入(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/wizard.py" line="45" />
        <source>(the only branch, or the 所在党支部 column)</source>
        <translation>（唯一的党支部，或按“所在党支部”列）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/wizard.py" line="49" />
        <source>&amp;Activity:</source>
        <translation>活动(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/wizard.py" line="74" />
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/wizard.py" line="90" />
        <source>Imported %1 new and %2 updated rows.</source>
        <translation>已导入：新增 %1 人，更新 %2 人。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/wizard.py" line="93" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/wizard.py" line="98" />
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，没有做任何修改。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/wizard.py" line="102" />
        <source>Something went wrong; nothing was changed: %1</source>
        <translation>出现错误，没有做任何修改：%1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="102" />
        <source>Check the columns</source>
        <translation>核对各列</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="117" />
        <source>Sheet “%1”, header on row %2. Change a column’s field if it was guessed wrong.</source>
        <translation>工作表“%1”，表头在第 %2 行。如果某列识别有误，请在右侧改选。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="128" />
        <source>(no heading)</source>
        <translation>（无列名）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="145" />
        <source>Each field can come from one column only.</source>
        <translation>每个字段只能对应一列。</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="158" />
        <source>Check every row</source>
        <translation>逐行检查结果</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="162" />
        <source>Show only rejected and skipped rows</source>
        <translation>只显示被拒绝和跳过的行</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <location filename="../../partydesk/services/importing_common.py" line="101" />
        <source>{count} rows were rejected (first: row {first}), so nothing was imported. Correct them in the file, or choose to import only the valid rows</source>
        <translation>有 {count} 行被拒绝（第一处：第 {first} 行），因此没有导入任何数据。请在文件中改正，或选择只导入有效的行</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_common.py" line="130" />
        <source>No header row found in the first {rows} rows of sheet “{sheet}”: the sheet needs a row of column names such as 姓名, 性别, 身份证号码</source>
        <translation>工作表“{sheet}”的前 {rows} 行中没有找到表头：表格需要有一行列名，如 姓名、性别、身份证号码</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_common.py" line="152" />
        <source>Map one column to {field}</source>
        <translation>请把一列对应为“{field}”</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_sheets.py" line="53" />
        <source>The file {name} does not exist</source>
        <translation>文件 {name} 不存在</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_sheets.py" line="56" />
        <location filename="../../partydesk/services/importing_sheets.py" line="175" />
        <source>The file {name} is empty</source>
        <translation>文件 {name} 是空的</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_sheets.py" line="62" />
        <source>The file {name} is {size} MB; at most {limit} MB can be imported. Split it into smaller files</source>
        <translation>文件 {name} 有 {size} MB，最多只能导入 {limit} MB。请拆分成几个较小的文件</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_sheets.py" line="85" />
        <source>The file {name} is protected by a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again</source>
        <translation>文件 {name} 设有密码。请在 Excel 中打开，取消密码（文件 &gt; 信息 &gt; 保护工作簿）后重新保存</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_sheets.py" line="93" />
        <source>The file {name} is in the old Excel 97-2003 (.xls) format. Open it in Excel or WPS and save it as .xlsx</source>
        <translation>文件 {name} 是旧的 Excel 97-2003 (.xls) 格式。请用 Excel 或 WPS 打开，另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_sheets.py" line="102" />
        <source>The file {name} is not a spreadsheet (.xlsx) or a CSV file, or it is damaged</source>
        <translation>文件 {name} 不是表格文件（.xlsx）或 CSV 文件，或者已经损坏</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_sheets.py" line="116" />
        <source>The file {name} is an OpenDocument spreadsheet (.ods). Open it in WPS or LibreOffice and save it as .xlsx</source>
        <translation>文件 {name} 是 OpenDocument 表格（.ods）。请用 WPS 或 LibreOffice 打开，另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_sheets.py" line="126" />
        <source>The file {name} has no rows</source>
        <translation>文件 {name} 中没有数据</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_cells.py" line="67" />
        <source>“{value}” is not a gender; write 男 or 女</source>
        <translation>“{value}”不是性别，请填写 男 或 女</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_cells.py" line="84" />
        <source>This resident ID is masked (“{value}”); import a file exported with full IDs</source>
        <translation>身份证号码已被隐去部分数字（“{value}”），请导入含完整身份证号码的文件</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_cells.py" line="107" />
        <source>“{value}” was stored by Excel as a number, so January and October look the same; write it as {year}-01 or {year}-10</source>
        <translation>“{value}”被 Excel 存成了数字，1 月和 10 月无法区分，请写成 {year}-01 或 {year}-10</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_cells.py" line="133" />
        <source>“{value}” is not 是 or 否</source>
        <translation>“{value}”应填写 是 或 否</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_cells.py" line="146" />
        <source>“{value}” is not 出席, 请假 or 缺席</source>
        <translation>“{value}”应填写 出席、请假 或 缺席</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_cells.py" line="154" />
        <source>“{value}” is not a member category such as 正式党员 or 预备党员</source>
        <translation>“{value}”不是人员类别，应填写 正式党员、预备党员 等</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_cells.py" line="156" />
        <source>“{value}” is not a branch post such as 书记, 支委 or 党小组长</source>
        <translation>“{value}”不是党内职务，应填写 书记、支委、党小组长 等</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_roster.py" line="147" />
        <location filename="../../partydesk/services/importing_attendance.py" line="184" />
        <source>Enter the name</source>
        <translation>请填写姓名</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_roster.py" line="169" />
        <source>The same resident ID is also in row {rows} of this file</source>
        <translation>本文件第 {rows} 行也是这个身份证号码</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_roster.py" line="191" />
        <source>{count} members called {name} have no resident ID; add the ID to tell them apart</source>
        <translation>有 {count} 名叫 {name} 的党员没有身份证号码，请补填身份证号码以便区分</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_roster.py" line="203" />
        <location filename="../../partydesk/services/importing_attendance.py" line="152" />
        <source>The same member is also in row {rows} of this file</source>
        <translation>本文件第 {rows} 行也是这名党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_attendance.py" line="70" />
        <source>Choose the activity</source>
        <translation>请选择活动</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_attendance.py" line="134" />
        <source>Hours must be a number</source>
        <translation>学时必须是数字</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_attendance.py" line="180" />
        <source>No member on the roster has this resident ID</source>
        <translation>花名册中没有这个身份证号码的党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_attendance.py" line="190" />
        <source>No member called {name} on the roster</source>
        <translation>花名册中没有叫 {name} 的党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_attendance.py" line="193" />
        <source>{count} members are called {name}; add a 身份证号码 column to tell them apart</source>
        <translation>有 {count} 名党员叫 {name}，请增加“身份证号码”列以便区分</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/exporting.py" line="51" />
        <source>Export to a file ending in .xlsx or .csv, not “{name}”</source>
        <translation>请导出为 .xlsx 或 .csv 文件，而不是“{name}”</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/exporting.py" line="251" />
        <source>The template is an .xlsx file; choose a name ending in .xlsx</source>
        <translation>模板是 .xlsx 文件，请使用 .xlsx 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_places.py" line="36" />
        <source>Unknown record {uuid}</source>
        <translation>找不到记录 {uuid}</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_places.py" line="58" />
        <source>No branch called “{name}”; create it first or correct the name</source>
        <translation>没有名为“{name}”的党支部，请先建立该党支部或改正名称</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing_places.py" line="64" />
        <source>No branch: fill in the 所在党支部 column or choose a branch for the import</source>
        <translation>没有党支部：请填写“所在党支部”列，或在导入时选择党支部</translation>
    </message>
</context>
</TS>