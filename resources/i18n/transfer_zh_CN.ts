<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../partydesk/cli/commands/transfer.py" line="15" />
        <source>Imported the package of {office} made {made} (UTC).</source>
        <translation>已导入{office}于 {made}（UTC）制作的交接包。</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/transfer.py" line="16" />
        <source>This package was made by this office: nothing to import.</source>
        <translation>此交接包由本单位制作，无需导入。</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/transfer.py" line="17" />
        <source>This package was already imported: nothing changed.</source>
        <translation>此交接包已导入过，未作改动。</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/transfer.py" line="17" />
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/transfer.py" line="17" />
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/transfer.py" line="18" />
        <source>Already here (linked)</source>
        <translation>本单位已有（已关联）</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/transfer.py" line="18" />
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/transfer.py" line="19" />
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/transfer.py" line="21" />
        <source>{table}: {count} skipped because {reason}</source>
        <translation>{table}：跳过 {count} 条，原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/transfer.py" line="22" />
        <source>{count} record(s) differ here and there: see `partydesk transfer conflicts`.</source>
        <translation>有 {count} 条记录双方不一致，请用 `partydesk transfer conflicts` 查看。</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/transfer.py" line="23" />
        <source>No conflicts are waiting.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/transfer.py" line="24" />
        <source>Resolved {count} conflict(s).</source>
        <translation>已处理 {count} 条冲突。</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="185" />
        <source>Take theirs for the ticked &amp;fields</source>
        <translation>勾选字段采用对方(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="186" />
        <source>Keep &amp;all ours</source>
        <translation>全部保留本单位(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="188" />
        <source>Take all t&amp;heirs</source>
        <translation>全部采用对方(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="201" />
        <source>Differences (tick the fields to take from the other office):</source>
        <translation>不一致的字段（勾选要采用对方的字段）：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="223" />
        <source>%1 waiting</source>
        <translation>待处理 %1 条</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="261" />
        <source>Keep this office's version of all %1 records?</source>
        <translation>全部 %1 条记录都保留本单位的内容吗？</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="262" />
        <source>Take the other office's version of all %1 records?</source>
        <translation>全部 %1 条记录都采用对方的内容吗？</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="32" />
        <source>Parent organisation</source>
        <translation>上级党组织</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="36" />
        <source>Deleted</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="37" />
        <source>Roster order</source>
        <translation>花名册顺序</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="38" />
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="39" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="40" />
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="41" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>TransferImportDialog</name>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="152" />
        <source>%1: %2 already here, now linked</source>
        <translation>%1：本单位已有 %2 条，已关联</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="156" />
        <source>%1: %2 skipped because %3</source>
        <translation>%1：跳过 %2 条，原因：%3</translation>
    </message>
    </context>
<context>
    <name>TransferLabels</name>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="21" />
        <source>Study plans</source>
        <translation>学习计划</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="27" />
        <source>Recognitions</source>
        <translation>表彰</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="59" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="59" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="60" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="63" />
        <source>Field: {field}, this office: {ours}, theirs: {theirs}</source>
        <translation>字段: {field}, 本单位: {ours}, 对方: {theirs}</translation>
    </message>
</context>
<context>
    <name>TransferReasons</name>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="45" />
        <source>its {parent} is neither in this office nor in the package</source>
        <translation>所属{parent}既不在本单位，也不在交接包中</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="46" />
        <source>its {parent} waits in a conflict; once it is decided, import a package with all history</source>
        <translation>所属{parent}有待处理的冲突；处理后请导入对方含全部记录的交接包</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="47" />
        <source>this program does not know these records (newer version?)</source>
        <translation>本程序不认识这类记录（对方程序版本较新？）</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="50" />
        <source>branch</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="51" />
        <source>party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="52" />
        <source>member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="53" />
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="54" />
        <source>study plan</source>
        <translation>学习计划</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="55" />
        <source>service entry</source>
        <translation>服务实践</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py" line="56" />
        <source>image</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <location filename="../../partydesk/cli/commands/transfer.py" line="25" />
        <source>Name a conflict, or choose --all-theirs or --all-ours</source>
        <translation>请指定一条冲突，或选择 --all-theirs（全部采用对方）或 --all-ours（全部保留本单位）</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/transfer.py" line="29" />
        <source>No field called “{name}”</source>
        <translation>没有名为“{name}”的字段</translation>
    </message>
</context>
</TS>