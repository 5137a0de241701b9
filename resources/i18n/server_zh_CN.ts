<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ServerBackup</name>
    <message>
        <location filename="../../partydesk/gui/backup/server.py" line="13"/>
        <source>&amp;Backups of the server database…</source>
        <translation>服务器数据库的备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/server.py" line="14"/>
        <source>Backups of the server database</source>
        <translation>服务器数据库的备份</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/server.py" line="22"/>
        <source>This office&apos;s data is in a database on a server, not on this PC, so partydesk makes no USB backup of it and never reports one overdue.

Backing up the server is its administrator&apos;s job: pg_dump writes the whole database to one dump file, which the administrator keeps on another machine and restores with pg_restore.

To carry this office&apos;s records to another office, use Export a transfer package in this menu.</source>
        <translation>本单位的数据存放在服务器上的数据库中，不在这台电脑上，因此党建台账不为它做U盘备份，也不会提示U盘备份逾期。

服务器的备份由服务器管理员负责：pg_dump 把整个数据库写成一个转储文件，管理员把它保存在另一台机器上，需要时用 pg_restore 恢复。

如需把本单位的记录带到另一个单位，请使用本菜单中的“导出传输包”。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/server.py" line="25"/>
        <source>Backups: by the server&apos;s administrator</source>
        <translation>备份：由服务器管理员负责</translation>
    </message>
</context>
</TS>
