<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppraisalPage</name>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="165" />
        <source>Up/Down to move; 1: excellent, 2: qualified, 3: basically qualified, 4: unqualified, 0 or Delete: no grade; F2 types the basis. Ctrl+S saves. Probationary members take part but are not graded.</source>
        <translation>Up/Down 上下移动；1：优秀，2：合格，3：基本合格，4：不合格，0 或 Delete：清除等次；F2 填写评定依据。Ctrl+S 保存。预备党员参加评议，但不评定等次。</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="180" />
        <source>Sa&amp;ve grades</source>
        <translation>保存等次(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="207" />
        <source>%1: %2 excellent of %3 graded, more than one third (at most %4)</source>
        <translation>%1：评定 %3 人，优秀 %2 人，超过三分之一（最多 %4 人）</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="213" />
        <source>Graded %1 of %2; %3 unsaved change(s)</source>
        <translation>已评定 %1 / %2 人；%3 处改动未保存</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="219" />
        <source>Saving grades</source>
        <translation>正在保存评议等次</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="227" />
        <source>Grades saved: %1</source>
        <translation>已保存评议等次：%1 人</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="229" />
        <source>%1 correction period(s) opened</source>
        <translation>已建立限期改正 %1 人</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="232" />
        <source>hold a reminder talk with %1 member(s) graded basically qualified</source>
        <translation>请对 %1 名基本合格党员进行提醒谈话</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="19" />
        <location filename="../../partydesk/gui/vanguard/points.py" line="26" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="19" />
        <location filename="../../partydesk/gui/vanguard/honours.py" line="24" />
        <location filename="../../partydesk/gui/vanguard/points.py" line="27" />
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="20" />
        <source>Status</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="20" />
        <source>Grade</source>
        <translation>评议等次</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="21" />
        <source>Basis</source>
        <translation>评定依据</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="21" />
        <source>Study hours / required</source>
        <translation>学时 / 应完成</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="22" />
        <source>Absences</source>
        <translation>无故缺席</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="22" />
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="23" />
        <source>Honours</source>
        <translation>表彰</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="23" />
        <source>Talks</source>
        <translation>谈话</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="22" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="23" />
        <source>Honoured</source>
        <translation>获表彰个人或集体</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="25" />
        <source>Title</source>
        <translation>表彰名称</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="26" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="27" />
        <source>Issued by</source>
        <translation>颁发单位</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="28" />
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="29" />
        <source>Revoked</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="28" />
        <source>Base</source>
        <translation>基础分</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="29" />
        <source>Q1</source>
        <translation>一季度</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="30" />
        <source>Q2</source>
        <translation>二季度</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="31" />
        <source>Q3</source>
        <translation>三季度</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="32" />
        <source>Q4</source>
        <translation>四季度</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="33" />
        <source>Added</source>
        <translation>加分</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="34" />
        <source>Deducted</source>
        <translation>减分</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="35" />
        <source>Total</source>
        <translation>总积分</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="36" />
        <source>Stars</source>
        <translation>星级</translation>
    </message>
</context>
<context>
    <name>HonourDialog</name>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="118" />
        <source>Edit honour</source>
        <translation>修改表彰</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="118" />
        <source>New honour</source>
        <translation>新增表彰</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="121" />
        <source>&amp;Title</source>
        <translation>表彰名称(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="123" />
        <source>&amp;Level</source>
        <translation>级别(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="125" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="127" />
        <source>A &amp;member</source>
        <translation>党员个人(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="128" />
        <source>A b&amp;ranch</source>
        <translation>党组织(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="134" />
        <source>Given to</source>
        <translation>表彰对象</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="136" />
        <source>Mem&amp;ber</source>
        <translation>党员(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="138" />
        <source>Bra&amp;nch</source>
        <translation>党支部(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="141" />
        <source>&amp;Issued by</source>
        <translation>颁发单位(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="143" />
        <source>Document n&amp;o.</source>
        <translation>文号(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="145" />
        <source>&amp;Citation</source>
        <translation>先进事迹(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="147" />
        <source>Certificate scans and photos</source>
        <translation>证书扫描件和照片</translation>
    </message>
</context>
<context>
    <name>HonoursPage</name>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="42" />
        <source>Title or name</source>
        <translation>表彰名称或姓名</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="44" />
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partydesk/gui/vanguard/honours.py" line="51" />
        <source>%n honour(s)</source>
        <translation>
            <numerusform>共 %n 项表彰</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="53" />
        <source>&amp;New honour…</source>
        <translation>新增表彰(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="54" />
        <source>Ed&amp;it…</source>
        <translation>修改(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="55" />
        <source>Re&amp;voke…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="55" />
        <source>&amp;Move to recycle bin</source>
        <translation>移到回收站(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="56" />
        <source>E&amp;xemplar posts…</source>
        <translation>先锋岗与责任区(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="91" />
        <source>Revoke honour</source>
        <translation>撤销表彰</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/honours.py" line="91" />
        <source>Reason for revoking:</source>
        <translation>撤销原因：</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="97" />
        <source>Points item</source>
        <translation>积分项</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="101" />
        <source>C&amp;ode</source>
        <translation>代码(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="103" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="107" />
        <source>&amp;Points each time</source>
        <translation>每次分值(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="111" />
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="114" />
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="116" />
        <source>Yearly &amp;cap</source>
        <translation>年度上限(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PointEntryDialog</name>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="140" />
        <source>New points entry</source>
        <translation>新增积分记录</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="143" />
        <source>Mem&amp;ber</source>
        <translation>党员(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="147" />
        <source>&amp;Item</source>
        <translation>积分项(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="153" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="156" />
        <source>&amp;Why</source>
        <translation>事由(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PointItemsDialog</name>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="30" />
        <source>Points items</source>
        <translation>积分项</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="39" />
        <source>Yearly &amp;base</source>
        <translation>年度基础分(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="39" />
        <source>Additions &amp;capped at</source>
        <translation>年度加分上限(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="44" />
        <source>Save &amp;rules</source>
        <translation>保存规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="48" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="48" />
        <source>Item</source>
        <translation>积分项</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="48" />
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="49" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="49" />
        <source>Yearly cap</source>
        <translation>年度上限</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="49" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="51" />
        <source>&amp;New item…</source>
        <translation>新增积分项(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/items.py" line="53" />
        <source>C&amp;hange…</source>
        <translation>修改(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>PointLinesDialog</name>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="105" />
        <source>Points of %1 in %2</source>
        <translation>%1 %2年积分明细</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="107" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="107" />
        <source>Item</source>
        <translation>积分项</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="107" />
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="107" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="108" />
        <source>Note</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="121" />
        <source>Base %1 + added %2 − deducted %3 = %4 %5 (additions capped at the yearly limit)</source>
        <translation>基础分 %1 + 加分 %2 − 减分 %3 = %4 %5（加分以年度上限为限）</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="47" />
        <source>Name or pinyin initials</source>
        <translation>姓名或拼音首字母</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partydesk/gui/vanguard/points.py" line="57" />
        <source>%n member(s)</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="58" />
        <source>&amp;Add points entry…</source>
        <translation>新增积分记录(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="60" />
        <source>Entries &amp;behind the number…</source>
        <translation>积分明细(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/points.py" line="62" />
        <source>Points ite&amp;ms…</source>
        <translation>积分项(&amp;M)…</translation>
    </message>
    <message>
        <source>Print the &amp;notice…</source>
        <translation>打印积分公示表(&amp;N)…</translation>
    </message>
    <message>
        <source>Points notice</source>
        <translation>党员积分公示表</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="88" />
        <source>New exemplar post term</source>
        <translation>新增先锋岗、示范岗或责任区任期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="91" />
        <source>Mem&amp;ber</source>
        <translation>党员(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="93" />
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="95" />
        <source>&amp;Post</source>
        <translation>岗位名称(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="97" />
        <source>Term &amp;from</source>
        <translation>任期起(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="99" />
        <source>Term &amp;to</source>
        <translation>任期止(&amp;T)</translation>
    </message>
</context>
<context>
    <name>PostsDialog</name>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="33" />
        <source>Exemplar posts</source>
        <translation>党员先锋岗、示范岗、责任区</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="34" />
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="34" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="34" />
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="35" />
        <source>Term from</source>
        <translation>任期起</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="35" />
        <source>Term to</source>
        <translation>任期止</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="35" />
        <source>Score</source>
        <translation>考评分数</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="36" />
        <source>Outcome</source>
        <translation>考评结果</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="36" />
        <source>Withdrawn</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="37" />
        <source>&amp;New term…</source>
        <translation>新增任期(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="39" />
        <source>&amp;Score the term…</source>
        <translation>考评打分(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="73" />
        <source>Score the term</source>
        <translation>考评打分</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/posts.py" line="73" />
        <source>Score (0–100):</source>
        <translation>分数（0–100）：</translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <location filename="../../partydesk/domain/vanguard.py" line="177" />
        <source>The quarter is 1, 2, 3 or 4</source>
        <translation>季度为 1、2、3 或 4</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/vanguard.py" line="185" />
        <source>Points are a whole number from 1 to 100</source>
        <translation>分值为 1 至 100 的整数</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/vanguard.py" line="195" />
        <source>A cap is a whole number from 1 to 1000, or none</source>
        <translation>上限为 1 至 1000 的整数，或不设上限</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/vanguard.py" line="212" />
        <source>Probationary members take part in the appraisal but are not graded</source>
        <translation>预备党员参加民主评议，但不评定等次</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/vanguard.py" line="215" />
        <source>Only full Party members are graded</source>
        <translation>只对正式党员评定等次</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/vanguard.py" line="240" />
        <source>A correction period is 1 to 12 months</source>
        <translation>限期改正期限为 1 至 12 个月</translation>
    </message>
    <message>
        <location filename="../../partydesk/domain/vanguard.py" line="252" />
        <source>A score is from 0 to 100</source>
        <translation>考评分数为 0 至 100</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/vanguard/appraisal.py" line="128" />
        <source>Not a year: {year}</source>
        <translation>不是有效年份：{year}</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/vanguard/appraisal.py" line="289" />
        <source>A correction cannot end before it starts</source>
        <translation>限期改正的结束日期不能早于开始日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/vanguard/honours.py" line="32" />
        <source>An honour is given to one member or one branch</source>
        <translation>表彰对象须为一名党员或一个党组织</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/vanguard/honours.py" line="82" />
        <source>Level is one of 支部, 党委, 县级, 市级, 省级, 国家级</source>
        <translation>级别须为支部、党委、县级、市级、省级、国家级之一</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/vanguard/honours.py" line="132" />
        <source>An honour cannot be revoked before it was given</source>
        <translation>撤销日期不能早于表彰日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/vanguard/honours.py" line="221" />
        <location filename="../../partydesk/services/vanguard/points.py" line="168" />
        <source>This field is required</source>
        <translation>此项必填</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/vanguard/honours.py" line="223" />
        <source>The term ends before it starts</source>
        <translation>任期结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/vanguard/points.py" line="57" />
        <source>No points item with code {code}</source>
        <translation>没有代码为 {code} 的积分项</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/vanguard/points.py" line="62" />
        <source>The item {code} is counted from its records automatically; it cannot be entered by hand</source>
        <translation>积分项 {code} 由相关记录自动计算，不能手工录入</translation>
    </message>
    <message>
        <location filename="../../partydesk/services/vanguard/points.py" line="122" />
        <source>A whole number from 0 to {high}</source>
        <translation>须为 0 至 {high} 的整数</translation>
    </message>
    <message>
        <source>A correction period is reminded 0 to 365 days before it ends</source>
        <translation>限期改正的提前提醒天数应为0至365天</translation>
    </message>
</context>
<context>
    <name>Vanguard</name>
    <message>
        <location filename="../../partydesk/gui/vanguard/appraisal.py" line="71" />
        <source>not graded</source>
        <translation>不评等次</translation>
    </message>
</context>
<context>
    <name>VanguardBox</name>
    <message>
        <location filename="../../partydesk/gui/vanguard/overview.py" line="18" />
        <source>Vanguard</source>
        <translation>先锋模范</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/overview.py" line="19" />
        <source>honours this year</source>
        <translation>本年度表彰</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/overview.py" line="20" />
        <source>members under the base points</source>
        <translation>积分低于基础分的党员</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/overview.py" line="21" />
        <source>graded in the democratic appraisal</source>
        <translation>民主评议已评定</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/overview.py" line="37" />
        <source>of %1</source>
        <translation>共 %1 人</translation>
    </message>
</context>
<context>
    <name>VanguardTab</name>
    <message>
        <location filename="../../partydesk/gui/vanguard/tab.py" line="35" />
        <source>Whole office</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/tab.py" line="41" />
        <source>Honours and exemplars</source>
        <translation>表彰与典型</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/tab.py" line="42" />
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/tab.py" line="43" />
        <source>Democratic appraisal</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/tab.py" line="45" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../partydesk/gui/vanguard/tab.py" line="45" />
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vang&amp;uard</source>
        <translation>先锋模范(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>set appraisal grades</source>
        <translation>评定民主评议等次</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Vanguard</source>
        <translation>先锋模范</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Points %1: %2 %3 (base %4, added %5, deducted %6)  %7</source>
        <translation>%1年积分：%2 %3（基础分 %4，加分 %5，减分 %6）  %7</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Honour</source>
        <translation>表彰名称</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Revoked</source>
        <translation>撤销日期</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Grade</source>
        <translation>评议等次</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Basis</source>
        <translation>评定依据</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Quarter %1: %2</source>
        <translation>第%1季度 %2</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Honours roll…</source>
        <translation>表彰名册(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Honours roll</source>
        <translation>表彰名册</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Points &amp;notice…</source>
        <translation>党员积分公示表(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Points notice</source>
        <translation>党员积分公示表</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Appraisal res&amp;ults…</source>
        <translation>民主评议党员结果统计表(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Appraisal results</source>
        <translation>民主评议党员结果统计表</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Unqualified: to correct by {due}</source>
        <translation>民主评议不合格，限期改正至{due}</translation>
    </message>
    <message>
        <source>The correction period is over: the branch decides on the outcome</source>
        <translation>改正期已满，由支部研究处理</translation>
    </message>
</context>
<context>
    <name>Quarters</name>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>First quarter</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <source>Second quarter</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <source>Third quarter</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <source>Fourth quarter</source>
        <translation>第四季度</translation>
    </message>
</context>
<context>
    <name>VanguardCli</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>表彰对象</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>表彰名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发单位</translation>
    </message>
    <message>
        <source>Doc no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>积分项</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Yearly cap</source>
        <translation>年度上限</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基础分</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>减分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总积分</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评议等次</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>应完成学时</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>表彰</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>谈话</translation>
    </message>
    <message>
        <source>限期改正 until {due}</source>
        <translation>限期改正至 {due}</translation>
    </message>
    <message>
        <source>基本合格: hold a 提醒谈话</source>
        <translation>基本合格：请进行提醒谈话</translation>
    </message>
    <message>
        <source>warning: {branch}: {excellent} 优秀 of {graded} graded, more than a third ({limit})</source>
        <translation>提醒：{branch}评定 {graded} 人，优秀 {excellent} 人，超过三分之一（最多 {limit} 人）</translation>
    </message>
    <message>
        <source>Year's points</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>RemindersCli</name>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>提醒事项</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
</context>
</TS>
