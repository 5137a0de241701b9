<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Database</name>
    <message>
        <source>A restore is in progress in the data folder {path}; nothing was saved. Wait until it has finished, then try again.</source>
        <translation>数据文件夹 {path} 中正在进行恢复，本次内容未保存。请等恢复完成后再试。</translation>
    </message>
    <message>
        <source>The database file {path} is empty (0 bytes): it is damaged or was cut short, and holds no records. Restore your newest backup (partydesk backup restore &lt;file&gt;), or move the empty file away to start afresh.</source>
        <translation>数据库文件 {path} 是空的（0 字节）：文件已损坏或被截断，其中没有任何记录。请恢复最近的备份（partydesk backup restore &lt;文件&gt;），或把这个空文件移走后重新开始。</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}); nothing will be written to it. Restore your newest backup (partydesk backup restore &lt;file&gt;, or Backup &gt; Restore in the window); partydesk doctor shows the details. Reading to rescue records still works.</source>
        <translation>数据库 {path} 已损坏（{detail}），不会再向其中写入任何内容。请恢复最近的备份（partydesk backup restore &lt;文件&gt;，或在窗口中选“备份 &gt; 恢复”）；partydesk doctor 可显示详细情况。仍可读取数据以抢救记录。</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to ({cause}). The database needs a folder it may write in: give your account write permission on it, or start with --data-dir pointing to another folder.</source>
        <translation>无法写入数据文件夹 {path}（{cause}）。数据库需要一个可以写入的文件夹：请给当前账户该文件夹的写入权限，或用 --data-dir 指定另一个文件夹启动。</translation>
    </message>
    <message>
        <source>the drive is mounted read-only</source>
        <translation>该磁盘以只读方式挂载</translation>
    </message>
    <message>
        <source>your account has no write permission on it</source>
        <translation>当前账户没有该文件夹的写入权限</translation>
    </message>
    <message>
        <source>The data folder {path} could be read by other accounts on this PC; it is now private to yours.</source>
        <translation>数据文件夹 {path} 原先可被本机其他账户读取，现已设为仅您的账户可访问。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{path} is damaged or not a partydesk file: {part} is not valid. Nothing was changed.</source>
        <translation>{path} 已损坏或不是党建台账文件：其中的 {part} 无效。未作任何改动。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>You can restore a backup over it now: the file that could not be opened is kept in the backups folder.</source>
        <translation>现在可以用备份来恢复：无法打开的那个文件会原样保留在 backups 文件夹中。</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stopping the work in progress, then closing…</source>
        <translation>正在停止进行中的操作，随后关闭…</translation>
    </message>
</context>
</TS>
