<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backup</name>
    <message>
        <location filename="../../partydesk/services/backup.py" line="57"/>
        <source>This database is on a server; its administrator backs it up (e.g. with pg_dump).</source>
        <translation>此数据库在服务器上，由服务器管理员负责备份（例如用 pg_dump）。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup.py" line="60"/>
        <source>The live database failed its integrity check ({detail}); no backup was written. Run `partydesk doctor`.</source>
        <translation>当前数据库未通过完整性检查（{detail}），未写入备份。请运行 `partydesk doctor`。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup.py" line="63"/>
        <source>{path} does not hold what its header says (checksum or row counts differ). Use another copy.</source>
        <translation>{path} 的内容与其文件头不符（校验值或记录数不同）。请使用另一份备份。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup.py" line="64"/>
        <source>{path} does not contain a partydesk database.</source>
        <translation>{path} 中没有党建台账数据库。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_files.py" line="26"/>
        <source>Not enough free space on {folder} (about {need} MB needed). Nothing was changed there.</source>
        <translation>{folder} 的剩余空间不足（约需 {need} MB）。该位置未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_files.py" line="29"/>
        <source>Cannot write to {folder}: the drive is read-only or you may not write there.</source>
        <translation>无法写入 {folder}：该盘是只读的，或您没有写入权限。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_files.py" line="32"/>
        <source>The file is too big for the drive {folder} (FAT32 holds at most 4 GB a file).</source>
        <translation>文件太大，{folder} 放不下（FAT32 格式的盘单个文件最多 4 GB）。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_files.py" line="37"/>
        <source>Writing to {folder} failed ({detail}): the stick may have been pulled out. The previous file there, if any, is unchanged.</source>
        <translation>写入 {folder} 失败（{detail}）：U盘可能被拔出了。该位置原有的文件（如有）未被改动。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_files.py" line="38"/>
        <source>Cannot read {path}: {detail}</source>
        <translation>无法读取 {path}：{detail}</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_files.py" line="39"/>
        <source>The folder {folder} does not exist (is the stick plugged in?).</source>
        <translation>文件夹 {folder} 不存在（U盘插好了吗？）。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_format.py" line="67"/>
        <source>{path} is not a partydesk backup or transfer package.</source>
        <translation>{path} 不是党建台账的备份或传输包。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_format.py" line="68"/>
        <source>{path} is a {found}, not a {expected}.</source>
        <translation>{path} 是{found}，不是{expected}。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_format.py" line="71"/>
        <source>{path} was written by a newer version of partydesk (format {version}). Install the newer version.</source>
        <translation>{path} 由更新版本的程序写入（格式 {version}）。请安装新版本。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_format.py" line="74"/>
        <source>{path} is damaged (a part of it was changed or lost). Use another copy of the backup.</source>
        <translation>{path} 已损坏（部分内容被改动或丢失）。请使用另一份备份。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_format.py" line="77"/>
        <source>{path} is incomplete: the copy was cut off (stick pulled out or disk full). Use another copy.</source>
        <translation>{path} 不完整：复制中途被中断（U盘被拔出或空间已满）。请使用另一份。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_format.py" line="78"/>
        <source>Wrong passphrase for {path}.</source>
        <translation>{path} 的密码不正确。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_format.py" line="79"/>
        <source>{path} is protected by a passphrase: enter it.</source>
        <translation>{path} 有密码保护：请输入密码。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_format.py" line="82"/>
        <source>{path} is an automatic backup of another installation: its key is not on this computer.</source>
        <translation>{path} 是另一台电脑的自动备份：本机没有它的密钥。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_format.py" line="87"/>
        <source>What was written to {folder} did not read back the same: the drive may be failing or was pulled out. The previous file there, if any, is unchanged.</source>
        <translation>写入 {folder} 的内容读回时与原样不符：U盘可能已损坏或被拔出了。该位置原有的文件（如有）未被改动。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_format.py" line="90"/>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_format.py" line="93"/>
        <source>transfer package</source>
        <translation>传输包</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_restore.py" line="47"/>
        <source>{path} was made by a newer version of partydesk (schema {revision}). Install that version to restore it; nothing was changed.</source>
        <translation>{path} 由更新版本的程序制作（数据结构 {revision}）。请安装该版本后再恢复；当前未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/backup_restore.py" line="50"/>
        <source>The database is in use by another partydesk window or program; close it and try again.</source>
        <translation>数据库正被另一个窗口或程序使用；请关闭后重试。</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer_import.py" line="37"/>
        <source>{path} was made by a newer version of partydesk (schema {revision}). Update this program first.</source>
        <translation>{path} 由更新版本的程序制作（数据结构 {revision}）。请先升级本程序。</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../partydesk/gui/backup/actions.py" line="19"/>
        <source>&amp;Back up to a USB stick…</source>
        <translation>备份到U盘(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/actions.py" line="20"/>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/actions.py" line="21"/>
        <source>Export a &amp;transfer package…</source>
        <translation>导出传输包(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/actions.py" line="23"/>
        <source>&amp;Import a transfer package…</source>
        <translation>导入传输包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/actions.py" line="25"/>
        <source>Transfer &amp;conflicts…</source>
        <translation>传输冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/actions.py" line="78"/>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="54"/>
        <source>Back up to a USB stick</source>
        <translation>备份到U盘</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="59"/>
        <source>The backup is encrypted. Write the passphrase down and keep it apart from the stick: without it nobody, not even you, can open the backup.</source>
        <translation>备份已加密。请把密码记下来，与U盘分开保管：没有密码，任何人（包括您自己）都打不开这份备份。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="62"/>
        <source>&amp;Back up</source>
        <translation>开始备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="83"/>
        <source>Writing and checking the backup…</source>
        <translation>正在写入并核对备份…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="90"/>
        <source>The backup was written and checked:
%1

%2</source>
        <translation>备份已写入并核对无误：
%1

%2</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="239"/>
        <source>Cancelled. Nothing was written; earlier files are unchanged.</source>
        <translation>已取消。没有写入任何内容，原有文件未被改动。</translation>
    </message>
</context>
<context>
    <name>BackupHoldings</name>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="32"/>
        <source>Office: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="33"/>
        <source>Made: %1</source>
        <translation>备份时间：%1</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="34"/>
        <source>Members: %1</source>
        <translation>党员：%1 人</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="35"/>
        <source>Activities: %1, attendance records: %2</source>
        <translation>活动：%1 次，考勤记录：%2 条</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="37"/>
        <source>Service entries: %1, talk records: %2</source>
        <translation>服务实践：%1 条，谈话记录：%2 条</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="39"/>
        <source>Photos and scans: %1</source>
        <translation>照片和扫描件：%1 份</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="40"/>
        <source>Program version: %1</source>
        <translation>程序版本：%1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../partydesk/cli/commands/backup.py" line="19"/>
        <source>A passphrase is needed: give --passphrase-file FILE, set PARTYDESK_PASSPHRASE, or run on a terminal</source>
        <translation>需要密码：请用 --passphrase-file 文件、设置 PARTYDESK_PASSPHRASE，或在终端中运行</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/backup.py" line="20"/>
        <source>The two passphrases differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/backup.py" line="21"/>
        <source>Restoring replaces the database: confirm on a terminal or pass --yes</source>
        <translation>恢复会替换当前数据库：请在终端中确认，或加上 --yes</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/backup.py" line="24"/>
        <source>Not restored.</source>
        <translation>未恢复。</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/backup.py" line="80"/>
        <source>Passphrase: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/backup.py" line="81"/>
        <source>Again: </source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/backup.py" line="152"/>
        <source>Replace the current database with this backup? [y/N] </source>
        <translation>用这份备份替换当前数据库吗？[y/N] </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="179"/>
        <source>Transfer conflicts</source>
        <translation>传输冲突</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="182"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="182"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="182"/>
        <source>Differs in</source>
        <translation>不同之处</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="188"/>
        <source>&amp;Keep ours</source>
        <translation>保留本单位的(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="190"/>
        <source>&amp;Take theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="192"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="228"/>
        <source>No conflicts are waiting.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="230"/>
        <source>ours</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="231"/>
        <source>theirs</source>
        <translation>对方</translation>
    </message>
</context>
<context>
    <name>DrivePicker</name>
    <message>
        <location filename="../../partydesk/gui/backup/drives.py" line="84"/>
        <source>&amp;Look again</source>
        <translation>重新查找(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/drives.py" line="85"/>
        <source>Other &amp;folder…</source>
        <translation>其他文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/drives.py" line="93"/>
        <source>USB sticks and other removable drives:</source>
        <translation>U盘和其他移动存储：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/drives.py" line="105"/>
        <source>%1 free</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/drives.py" line="107"/>
        <source>No USB stick found. Plug one in and press Look again, or choose another folder.</source>
        <translation>没有找到U盘。请插入U盘后点“重新查找”，或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/drives.py" line="119"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../partydesk/gui/backup/passphrase.py" line="20"/>
        <source>Too short: at least %1 characters.</source>
        <translation>太短：至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/passphrase.py" line="23"/>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/passphrase.py" line="25"/>
        <source>Fair. A few more words make it stronger.</source>
        <translation>中等。再多加几个词会更安全。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/passphrase.py" line="28"/>
        <source>Weak: use a longer sentence only you know.</source>
        <translation>弱：请用一句只有您知道的较长的话。</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../partydesk/gui/backup/passphrase.py" line="47"/>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/passphrase.py" line="49"/>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/passphrase.py" line="63"/>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="110"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="113"/>
        <source>Choose a backup &amp;file…</source>
        <translation>选择备份文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="115"/>
        <source>&amp;Show what it holds</source>
        <translation>查看备份内容(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="117"/>
        <source>Choose a backup, enter its passphrase and press Show what it holds.</source>
        <translation>请选择一份备份，输入密码，然后点“查看备份内容”。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="122"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="126"/>
        <source>Automatic backups on this computer, or a file from a stick:</source>
        <translation>本机的自动备份，或U盘上的备份文件：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="147"/>
        <source>Automatic backup of %1</source>
        <translation>%1 的自动备份</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="158"/>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="159"/>
        <source>partydesk backups (*.pdbak)</source>
        <translation>党建台账备份 (*.pdbak)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="199"/>
        <source>Replace the current database with this backup?

%1

The current database is kept in the backups folder, so this can be undone.</source>
        <translation>用这份备份替换当前数据库吗？

%1

当前数据库会保留在备份文件夹中，可以撤回。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="203"/>
        <source>Checking and restoring the backup…</source>
        <translation>正在核对并恢复备份…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/dialogs.py" line="214"/>
        <source>The backup was restored. The database you had before is kept as:
%1</source>
        <translation>备份已恢复。原来的数据库保存为：
%1</translation>
    </message>
</context>
<context>
    <name>TransferExportDialog</name>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="48"/>
        <source>Export a transfer package</source>
        <translation>导出传输包</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="52"/>
        <source>The whole office</source>
        <translation>本单位全部</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="55"/>
        <source>Everything, not only what changed since the last export</source>
        <translation>全部记录，而不只是上次导出后的变动</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="58"/>
        <source>&amp;Records of:</source>
        <translation>记录范围(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="61"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="68"/>
        <source>Tell the receiving office the passphrase by phone or in person, never on the stick.</source>
        <translation>请通过电话或当面把密码告诉接收单位，切勿写在U盘上。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="84"/>
        <source>Writing the transfer package…</source>
        <translation>正在写入传输包…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="92"/>
        <source>The package was written and checked:
%1

%2</source>
        <translation>传输包已写入并核对无误：
%1

%2</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="93"/>
        <source>Nothing changed since the last export.</source>
        <translation>上次导出后没有变动。</translation>
    </message>
</context>
<context>
    <name>TransferImportDialog</name>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="110"/>
        <source>Import a transfer package</source>
        <translation>导入传输包</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="113"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="119"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="122"/>
        <source>Package file (.pdpkg) from the stick:</source>
        <translation>U盘上的传输包文件：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="131"/>
        <source>Choose a package</source>
        <translation>选择传输包</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="132"/>
        <source>Transfer packages (*.pdpkg)</source>
        <translation>传输包 (*.pdpkg)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="140"/>
        <source>Importing the package…</source>
        <translation>正在导入传输包…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="154"/>
        <source>This package was made by this office; nothing was imported.</source>
        <translation>这个传输包是本单位制作的，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="156"/>
        <source>This package was already imported; nothing changed.</source>
        <translation>这个传输包已经导入过，没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="156"/>
        <source>Package of %1 made %2:</source>
        <translation>%1 于 %2 制作的传输包：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="160"/>
        <source>%1: %2 new, %3 updated</source>
        <translation>%1：新增 %2，更新 %3</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="163"/>
        <source>%1 record(s) were changed here and there; please decide each.</source>
        <translation>有 %1 条记录在双方都被修改过，请逐条决定。</translation>
    </message>
</context>
<context>
    <name>TransferLabels</name>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="22"/>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="23"/>
        <source>Member history</source>
        <translation>党员变动记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="24"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="25"/>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="26"/>
        <source>Service entries</source>
        <translation>服务实践</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="27"/>
        <source>Service participants</source>
        <translation>服务参与人</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="28"/>
        <source>Talk records</source>
        <translation>谈话记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="29"/>
        <source>Photos and scans</source>
        <translation>照片和扫描件</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="30"/>
        <source>Branches</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/backup/transfer_dialogs.py" line="31"/>
        <source>Party groups</source>
        <translation>党小组</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <location filename="../../partydesk/services/backup_format.py" line="88"/>
        <source>The passphrase needs at least {n} characters</source>
        <translation>密码至少需要 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/transfer_import.py" line="184"/>
        <source>Choose keep_local or take_incoming</source>
        <translation>请选择 keep_local（保留本单位）或 take_incoming（采用对方）</translation>
    </message>
</context>
</TS>
