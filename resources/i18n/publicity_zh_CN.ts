<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AttachmentPanel</name>
        <message>
            <source>☑ = public (may appear in posters)</source>
            <translation>☑ = 可公开（可用于宣传图）</translation>
        </message>
    </context>
    <context>
        <name>CalendarTab</name>
        <message>
            <source>&amp;Generate poster…</source>
            <translation>生成宣传图(&amp;G)…</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../partydesk/cli/commands/publicity.py" line="102" />
            <source>{count} posts</source>
            <translation>共 {count} 条宣传记录</translation>
        </message>
        <message>
            <location filename="../../partydesk/cli/commands/publicity.py" line="111" />
            <source>Consent recorded from {on}: name {name}, photo {photo}</source>
            <translation>已记录发布同意，自 {on} 起：姓名 {name}，照片 {photo}</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../partydesk/gui/publicity/log_view.py" line="16" />
            <source>Made</source>
            <translation>制作时间</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/log_view.py" line="17" />
            <source>By</source>
            <translation>制作人</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/log_view.py" line="18" />
            <source>From</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/log_view.py" line="19" />
            <source>Channel</source>
            <translation>发布渠道</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/log_view.py" line="20" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message>
            <location filename="../../partydesk/gui/publicity/consent.py" line="35" />
            <source>Consent to publish</source>
            <translation>发布同意</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/consent.py" line="40" />
            <source>From</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/consent.py" line="40" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/consent.py" line="40" />
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/consent.py" line="41" />
            <source>Withdrawn on</source>
            <translation>撤回日期</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/consent.py" line="46" />
            <source>&amp;Name may be published</source>
            <translation>同意公开姓名(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/consent.py" line="48" />
            <source>&amp;Photos may be published</source>
            <translation>同意使用照片(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/consent.py" line="56" />
            <source>&amp;Record answer</source>
            <translation>登记(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/consent.py" line="60" />
            <source>&amp;From:</source>
            <translation>自(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/consent.py" line="74" />
            <source>yes</source>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/consent.py" line="75" />
            <source>no</source>
            <translation>不同意</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/consent.py" line="76" />
            <source>No consent recorded: the name is shown as 张** and photos are not used.</source>
            <translation>尚未登记发布同意：宣传中姓名显示为“张**”，不使用其照片。</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/consent.py" line="79" />
            <source>Name: %1, photos: %2, since %3</source>
            <translation>姓名：%1，照片：%2，自 %3 起</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/consent.py" line="104" />
            <source>Recording consent…</source>
            <translation>正在登记发布同意…</translation>
        </message>
    </context>
    <context>
        <name>HonoursPage</name>
        <message>
            <source>&amp;Generate poster…</source>
            <translation>生成宣传图(&amp;G)…</translation>
        </message>
    </context>
    <context>
        <name>MemberPage</name>
        <message>
            <source>H&amp;istory</source>
            <translation>历史记录(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Vanguard</source>
            <translation>先锋模范(&amp;V)</translation>
        </message>
        <message>
            <source>Con&amp;sent to publish</source>
            <translation>发布同意(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>PostsDialog</name>
        <message>
            <source>&amp;Generate poster…</source>
            <translation>生成宣传图(&amp;G)…</translation>
        </message>
    </context>
    <context>
        <name>PosterDialog</name>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="53" />
            <source>Make a poster</source>
            <translation>生成宣传图</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="65" />
            <source>Leave empty for the text made from the record</source>
            <translation>留空则按记录自动生成正文</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="72" />
            <source>&amp;Redraw</source>
            <translation>重新生成(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="76" />
            <source>&amp;Template:</source>
            <translation>模板(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="77" />
            <source>&amp;Channel:</source>
            <translation>发布渠道(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="78" />
            <source>&amp;Body:</source>
            <translation>正文(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="82" />
            <source>Text for the group chat and the official account:</source>
            <translation>微信群与公众号文案：</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="84" />
            <source>Members without consent are shown as 张**; only pictures ticked “public” are used.</source>
            <translation>未同意发布的党员显示为“张**”；只使用勾选了“可公开”的照片。</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="97" />
            <source>&amp;Save to folder…</source>
            <translation>保存到文件夹(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="100" />
            <source>Copy &amp;text</source>
            <translation>复制文案(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="102" />
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="118" />
            <source>Real size</source>
            <translation>实际大小</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="123" />
            <source>Long poster</source>
            <translation>宣传长图</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="123" />
            <source>Cover 900×383</source>
            <translation>封面 900×383</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="123" />
            <source>Thumbnail 500×500</source>
            <translation>缩略图 500×500</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="134" />
            <source>&amp;Zoom:</source>
            <translation>缩放(&amp;Z)：</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="152" />
            <source>Drawing the poster…</source>
            <translation>正在生成宣传图…</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="167" />
            <source>%1 participant(s) did not agree to be shown: check that they are not in the pictures used.</source>
            <translation>有 %1 名参加人员未同意使用本人照片：请确认所用照片中没有他们。</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="187" />
            <source>The text is on the clipboard.</source>
            <translation>文案已复制到剪贴板。</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="191" />
            <source>Save the poster to</source>
            <translation>宣传图保存到</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="205" />
            <source>Saving the poster…</source>
            <translation>正在保存宣传图…</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/dialog.py" line="211" />
            <source>Saved to %1; the text is on the clipboard.</source>
            <translation>已保存到 %1，文案已复制到剪贴板。</translation>
        </message>
    </context>
    <context>
        <name>PublicityActions</name>
        <message>
            <location filename="../../partydesk/gui/publicity/actions.py" line="11" />
            <source>Select a record first.</source>
            <translation>请先选择一条记录。</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/actions.py" line="12" />
            <source>Notice</source>
            <translation>通知</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/actions.py" line="13" />
            <source>Notice &amp;poster…</source>
            <translation>通知宣传图(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/actions.py" line="16" />
            <source>Publicity &amp;log…</source>
            <translation>新媒体宣传记录(&amp;G)…</translation>
        </message>
    </context>
    <context>
        <name>PublicityLogDialog</name>
        <message>
            <location filename="../../partydesk/gui/publicity/log_view.py" line="30" />
            <source>Publicity log</source>
            <translation>新媒体宣传记录</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/log_view.py" line="33" />
            <source>All years</source>
            <translation>全部年度</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/log_view.py" line="41" />
            <source>%1 posts</source>
            <translation>共 %1 条</translation>
        </message>
        <message>
            <location filename="../../partydesk/gui/publicity/log_view.py" line="44" />
            <source>&amp;Year:</source>
            <translation>年度(&amp;Y)：</translation>
        </message>
    </context>
    <context>
        <name>ServiceTab</name>
        <message>
            <source>&amp;Generate poster…</source>
            <translation>生成宣传图(&amp;G)…</translation>
        </message>
    </context>
    <context>
        <name>ValidationError</name>
        <message>
            <source>This honour was revoked on {date}: a revoked honour is not published</source>
            <translation>该表彰已于 {date} 撤销，撤销的表彰不能用于宣传</translation>
        </message>
        <message>
            <source>This post was withdrawn on {date}: a withdrawn post is not published</source>
            <translation>该岗位已于 {date} 撤销，已撤销的岗位不能用于宣传</translation>
        </message>
        <message>
            <location filename="../../partydesk/services/publicity/export.py" line="33" />
            <source>Cannot write to {folder}: {reason}</source>
            <translation>无法写入 {folder}：{reason}</translation>
        </message>
        <message>
            <location filename="../../partydesk/services/publicity/sources.py" line="196" />
            <source>Write the notice: its first line is the title</source>
            <translation>请填写通知内容：第一行为标题</translation>
        </message>
        <message>
            <location filename="../../partydesk/cli/commands/publicity.py" line="21" />
            <source>Cannot read {path}</source>
            <translation>无法读取 {path}</translation>
        </message>
    </context>
</TS>