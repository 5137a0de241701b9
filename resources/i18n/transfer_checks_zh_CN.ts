<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backup</name>
    <message>
        <location filename="../../partydesk/services/backup/errors.py"/>
        <source>{path} was not imported: {label}, table {table}, row {row}, {problem}. Nothing was changed.</source>
        <translation>{path} 未导入：{label}（数据表 {table}）第 {row} 行，{problem}。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/validate.py"/>
        <source>{label} ({table} row {row}, {column}: {field})</source>
        <translation>{label}（数据表 {table} 第 {row} 行）的{field}（{column}）</translation>
    </message>
</context>
<context>
    <name>TransferLabels</name>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py"/>
        <source>Publishing consents</source>
        <translation>发布同意</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py"/>
        <source>Dues bases</source>
        <translation>党费核定</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py"/>
        <source>Dues payments</source>
        <translation>党费缴纳</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py"/>
        <source>Reminder answers</source>
        <translation>提醒处理记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py"/>
        <source>Exemplar posts</source>
        <translation>党员先锋岗</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py"/>
        <source>Points items</source>
        <translation>积分项目</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py"/>
        <source>Points entries</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py"/>
        <source>Appraisals</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py"/>
        <source>Corrections</source>
        <translation>限期改正</translation>
    </message>
</context>
<context>
    <name>TransferReasons</name>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py"/>
        <source>talk record</source>
        <translation>谈话记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py"/>
        <source>honour</source>
        <translation>表彰</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py"/>
        <source>points item</source>
        <translation>积分项目</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer/describe.py"/>
        <source>appraisal</source>
        <translation>民主评议</translation>
    </message>
</context>
</TS>
