<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="80" />
        <source>Confidential talks (诫勉谈话 and talks marked 保密) are not exported; the file ends with a note saying how many were left out.</source>
        <translation>保密谈话记录（诫勉谈话及标为保密的谈话）不导出；文件末尾注明未导出的条数。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="83" />
        <source>One row per activity; the attendance marks go to a second sheet, or with CSV to a second file ending in _出勤记录.csv.</source>
        <translation>每项活动一行；出勤记录放在第二个工作表中，导出为 CSV 时另存为以“_出勤记录.csv”结尾的第二个文件。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="86" />
        <source>An .xlsx file prints on landscape A4 and keeps resident IDs as text; choose it unless another program needs CSV.</source>
        <translation>.xlsx 文件按 A4 横向打印，身份证号码保持为文本；除非其他程序需要 CSV 格式，请选择 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="126" />
        <source>; attendance marks in %1</source>
        <translation>；出勤记录见 %1</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/export_dialog.py" line="128" />
        <source>; %1 confidential talks withheld (not exported)</source>
        <translation>；%1 条保密谈话记录未导出</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="57" />
        <source>An Excel, WPS or LibreOffice workbook (.xlsx, .xls, .et, .ods) or a CSV file (UTF-8, GBK or UTF-16).</source>
        <translation>Excel、WPS 或 LibreOffice 表格文件（.xlsx、.xls、.et、.ods），或 CSV 文件（UTF-8、GBK 或 UTF-16 编码）。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/importing/pages.py" line="81" />
        <source>Spreadsheets (*.xlsx *.xls *.et *.ods *.csv *.txt);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.xls *.et *.ods *.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <location filename="../../partydesk/services/importing/sheets.py" line="108" />
        <source>The file {name} is not a spreadsheet (.xlsx, .xls, .ods) or a CSV file, or it is damaged</source>
        <translation>文件 {name} 不是表格文件（.xlsx、.xls、.ods）或 CSV 文件，或者已经损坏</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/importing/sheets.py" line="221" />
        <source>Row {line} of {name} has a cell longer than {limit} characters, the most one cell of a CSV file may hold. Check that the file is a roster, or shorten that cell</source>
        <translation>{name} 第 {line} 行有一个单元格超过 {limit} 个字符，超出了 CSV 文件单个单元格的上限。请确认这是花名册文件，或缩短该单元格的内容</translation>
    </message>
</context>
</TS>
