<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DuesCli</name>
    <message>
        <location filename="../../partydesk/cli/commands/dues.py" line="12" />
        <location filename="../../partydesk/cli/commands/dues.py" line="15" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/dues.py" line="12" />
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/dues.py" line="13" />
        <source>Monthly</source>
        <translation>月应交</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/dues.py" line="13" />
        <source>Due</source>
        <translation>应交</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/dues.py" line="14" />
        <source>Paid</source>
        <translation>实交</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/dues.py" line="14" />
        <source>Unpaid months</source>
        <translation>欠交月份</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/dues.py" line="15" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/dues.py" line="16" />
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/dues.py" line="16" />
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/dues.py" line="18" />
        <source>{year}: {due} yuan a month</source>
        <translation>{year} 年：每月 {due} 元</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/dues.py" line="19" />
        <source>{month}: {amount} yuan ({uuid})</source>
        <translation>{month}：{amount} 元（{uuid}）</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/dues.py" line="20" />
        <source>warning: {warning}</source>
        <translation>提醒：{warning}</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/dues.py" line="21" />
        <source>{saved} saved, {rejected} rejected</source>
        <translation>已保存 {saved} 条，退回 {rejected} 条</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/dues.py" line="22" />
        <source>{saved} saved, {rejected} rejected (dry run)</source>
        <translation>已保存 {saved} 条，退回 {rejected} 条（仅检查，未保存）</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/dues.py" line="25" />
        <source>{path} ({count} rows)</source>
        <translation>{path}（{count} 行）</translation>
    </message>
</context>
</TS>