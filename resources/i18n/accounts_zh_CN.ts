<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountActions</name>
    <message>
        <location filename="../../partydesk/gui/accounts/actions.py" line="26" />
        <source>Create the &amp;administrator account…</source>
        <translation>创建管理员账户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/actions.py" line="27" />
        <source>&amp;Accounts…</source>
        <translation>账户管理(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/actions.py" line="28" />
        <source>Audit &amp;log…</source>
        <translation>操作日志(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/actions.py" line="29" />
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/actions.py" line="30" />
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/actions.py" line="55" />
        <source>Administrator created; you are signed in as %1.</source>
        <translation>管理员账户已创建，当前以 %1 身份登录。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/actions.py" line="65" />
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>AccountManagerDialog</name>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="75" />
        <source>Accounts</source>
        <translation>账户管理</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="78" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="78" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="78" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="79" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="79" />
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="86" />
        <source>&amp;New account…</source>
        <translation>新建账户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="87" />
        <source>Set &amp;role</source>
        <translation>设置角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="88" />
        <source>New one-time &amp;password</source>
        <translation>生成一次性密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="89" />
        <location filename="../../partydesk/gui/accounts/manager.py" line="146" />
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="130" />
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="131" />
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="134" />
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="136" />
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="146" />
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="161" />
        <source>One-time password for %1: %2 — give it to them in person; they must choose their own at the first sign-in.</source>
        <translation>%1 的一次性密码：%2 （请当面交给本人；首次登录时须设置自己的密码。）</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../partydesk/services/accounts.py" line="46" />
        <source>Too many failed sign-ins: this account is locked until {time}</source>
        <translation>登录失败次数过多，该账户已锁定至 {time}</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/accounts.py" line="50" />
        <source>Wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/accounts.py" line="62" />
        <source>This account is disabled; ask the administrator</source>
        <translation>该账户已停用，请联系管理员</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="33" />
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="43" />
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="44" />
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/manager.py" line="45" />
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../partydesk/services/audit.py" line="27" />
        <source>event {event_id} was changed after it was written</source>
        <translation>第 {event_id} 条记录写入后被改动过</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/audit.py" line="28" />
        <source>events before event {event_id} were deleted or reordered</source>
        <translation>第 {event_id} 条记录之前的记录被删除或调换过</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="19" />
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="20" />
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="21" />
        <source>Sign-in while locked out</source>
        <translation>锁定期间尝试登录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="22" />
        <source>Sign-in to a disabled account</source>
        <translation>尝试登录已停用账户</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="23" />
        <source>Account created</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="24" />
        <source>Account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="25" />
        <source>Account enabled</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="26" />
        <source>Role changed</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="27" />
        <source>Password set by the administrator</source>
        <translation>管理员重设密码</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="28" />
        <source>Own password changed</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="29" />
        <source>Administrator reset on this PC</source>
        <translation>本机重置管理员</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="30" />
        <source>Member added</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="31" />
        <source>Member changed</source>
        <translation>修改党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="32" />
        <source>Member moved to the recycle bin</source>
        <translation>党员移入回收站</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="33" />
        <source>Member restored</source>
        <translation>恢复党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="34" />
        <source>Full ID number shown</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="35" />
        <source>Full phone number shown</source>
        <translation>查看完整手机号</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="36" />
        <source>Talk record added</source>
        <translation>新增谈话记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="37" />
        <source>Talk record changed</source>
        <translation>修改谈话记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="38" />
        <source>Talk record deleted</source>
        <translation>删除谈话记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="39" />
        <source>Confidential talk read</source>
        <translation>查阅保密谈话</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="40" />
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="41" />
        <source>Backup made</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="42" />
        <source>Backup restored</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="43" />
        <source>Roster imported</source>
        <translation>导入花名册</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="131" />
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="140" />
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="145" />
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="149" />
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="150" />
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="151" />
        <source>&amp;Verify the chain</source>
        <translation>校验日志(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="157" />
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="157" />
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="185" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform></translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="192" />
        <source>The log is intact.</source>
        <translation>日志完整，未被改动。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="195" />
        <source>The log was tampered with: %1</source>
        <translation>日志被改动过：%1</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="55" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="55" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="56" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="56" />
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/audit_view.py" line="57" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="89" />
        <source>This is your first sign-in with this password. Choose your own password now; nobody else should know it.</source>
        <translation>这是您第一次使用此密码登录。请现在设置自己的密码，不要告诉他人。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="90" />
        <source>Changing the password of %1.</source>
        <translation>修改 %1 的密码。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="91" />
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="92" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="92" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="94" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="95" />
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../partydesk/cli/main.py" line="38" />
        <source>{user} signed in with a one-time or administrator-set password: choose your own first with `partydesk --user {user} account passwd {user}`</source>
        <translation>{user} 使用的是一次性密码或管理员设置的密码：请先用 `partydesk --user {user} account passwd {user}` 设置自己的密码</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/main.py" line="30" />
        <source>No office in {path} yet: run `partydesk init --office NAME` (or `partydesk demo` for sample data)</source>
        <translation>{path} 中还没有组织：请运行 `partydesk init --office 名称`（或用 `partydesk demo` 生成示例数据）</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/main.py" line="33" />
        <source>This database has accounts: sign in with --user NAME --password-file FILE (or - for standard input)</source>
        <translation>此数据库已设账户：请用 --user 用户名 --password-file 文件（- 表示标准输入）登录</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/main.py" line="36" />
        <source>No database driver for {scheme} URLs is installed ({detail})</source>
        <translation>未安装 {scheme} 数据库地址所需的驱动（{detail}）</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/account.py" line="21" />
        <source>A password is needed: give --password-file FILE (or - for standard input), set PARTYDESK_PASSWORD, or run on a terminal</source>
        <translation>需要密码：请用 --password-file 文件（- 表示标准输入）、设置 PARTYDESK_PASSWORD，或在终端中运行</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/account.py" line="24" />
        <source>Give the new password with --password-file FILE (or - for standard input), or run on a terminal</source>
        <translation>请用 --password-file 文件（- 表示标准输入）给出新密码，或在终端中运行</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/account.py" line="25" />
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/account.py" line="54" />
        <source>Password for {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/account.py" line="67" />
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/account.py" line="68" />
        <source>Again: </source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/account.py" line="121" />
        <source>Account {name} created ({role}).</source>
        <translation>已创建账户 {name}（{role}）。</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/account.py" line="124" />
        <source>One-time password: {password}</source>
        <translation>一次性密码：{password}</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/account.py" line="125" />
        <source>The password must be changed at the first sign-in.</source>
        <translation>首次登录时须修改密码。</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/account.py" line="161" />
        <source>{name} must change this password at the next sign-in.</source>
        <translation>{name} 下次登录时须修改此密码。</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/account.py" line="179" />
        <source>Administrator {name} is enabled and unlocked. One-time password: {password}</source>
        <translation>管理员 {name} 已启用并解锁。一次性密码：{password}</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/account.py" line="182" />
        <source>Sign in with it now and choose a new password; this reset is in the audit log.</source>
        <translation>请立即用它登录并设置新密码；本次重置已记入操作日志。</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/audit.py" line="38" />
        <source>BROKEN at event {event_id}: {message}</source>
        <translation>日志损坏，第 {event_id} 条：{message}</translation>
    </message>
    <message>
        <location filename="../../partydesk/cli/commands/audit.py" line="55" />
        <source>{shown} of {total} events; use --offset/--limit for more</source>
        <translation>显示 {shown} 条，共 {total} 条；用 --offset/--limit 查看更多</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="116" />
        <source>Create the administrator account. From the next start everyone signs in, the window locks when left idle, and the administrator adds accounts for the others.</source>
        <translation>创建管理员账户。此后每次启动都须登录，无人操作时窗口会自动锁定，由管理员为其他人添加账户。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="117" />
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="118" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="121" />
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="122" />
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="124" />
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../partydesk/gui/accounts/idle_lock.py" line="30" />
        <source>Party Desk is locked</source>
        <translation>党务台账已锁定</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/idle_lock.py" line="33" />
        <source>The window was locked because it was left alone. Enter the password of %1 to continue; nothing you were typing is lost.</source>
        <translation>窗口因长时间无人操作已锁定。请输入 %1 的密码继续；正在填写的内容不会丢失。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/idle_lock.py" line="38" />
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/idle_lock.py" line="41" />
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/idle_lock.py" line="43" />
        <source>&amp;Quit the program</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../partydesk/gui/accounts/login.py" line="21" />
        <source>Party Desk — sign in</source>
        <translation>党务台账 — 登录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/login.py" line="22" />
        <source>This computer keeps personal information. Sign in to continue.</source>
        <translation>本机存有个人信息，请登录后使用。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/login.py" line="30" />
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/login.py" line="31" />
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/login.py" line="34" />
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/login.py" line="36" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="38" />
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="39" />
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="42" />
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/accounts/password.py" line="62" />
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <location filename="../../partydesk/services/access.py" line="37" />
        <source>view records</source>
        <translation>查看记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="38" />
        <source>change records</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="39" />
        <source>read confidential talk records</source>
        <translation>查阅保密谈话记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="40" />
        <source>show full ID or phone numbers</source>
        <translation>查看完整身份证号或手机号</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="41" />
        <source>export records</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="42" />
        <source>export full ID numbers</source>
        <translation>导出完整身份证号</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="43" />
        <source>import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="44" />
        <source>make backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="45" />
        <source>restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="46" />
        <source>exchange transfer packages</source>
        <translation>交换转接数据包</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="47" />
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="48" />
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/access.py" line="49" />
        <source>view the audit log</source>
        <translation>查看操作日志</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <location filename="../../partydesk/services/accounts.py" line="37" />
        <source>The current password is wrong</source>
        <translation>当前密码不正确</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/accounts.py" line="143" />
        <source>This field is required</source>
        <translation>此项必填</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/accounts.py" line="145" />
        <location filename="../../partydesk/services/accounts.py" line="220" />
        <location filename="../../partydesk/domain/passwords.py" line="23" />
        <source>At most {n} characters</source>
        <translation>最多 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/accounts.py" line="148" />
        <source>No spaces in a user name</source>
        <translation>用户名中不能有空格</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/accounts.py" line="161" />
        <source>Unknown role {role}</source>
        <translation>未知角色 {role}</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/accounts.py" line="181" />
        <source>The last administrator must stay</source>
        <translation>必须保留至少一名管理员</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/accounts.py" line="226" />
        <source>This user name is taken</source>
        <translation>该用户名已被使用</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/accounts.py" line="229" />
        <source>The first account must be an administrator</source>
        <translation>第一个账户必须是管理员</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/accounts.py" line="246" />
        <source>You cannot disable your own account</source>
        <translation>不能停用自己的账户</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/passwords.py" line="19" />
        <source>At least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/passwords.py" line="28" />
        <source>This password is too easy to guess</source>
        <translation>密码太容易被猜到</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/passwords.py" line="32" />
        <source>The new password must differ from the old one</source>
        <translation>新密码不能与旧密码相同</translation>
    </message>
</context>
</TS>