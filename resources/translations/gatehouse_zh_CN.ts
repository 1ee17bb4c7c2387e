<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Gatehouse</source>
            <translation>关于门岗值守台</translation>
        </message>
        <message>
            <source>Gatehouse</source>
            <translation>门岗值守台</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>版本 {version}</translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>数据文件夹：{folder}</translation>
        </message>
        <message>
            <source>Fonts and libraries shipped with Gatehouse, and their licences</source>
            <translation>门岗值守台随附的字体与程序库及其许可证</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>组件</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>许可证全文</translation>
        </message>
        <message>
            <source>{name} is used under the {licence} licence; its full text is published with its source.</source>
            <translation>{name} 按 {licence} 许可证使用；许可证全文随其源代码发布。</translation>
        </message>
    </context>
    <context>
        <name>AboutSection</name>
        <message>
            <source>About Gatehouse</source>
            <translation>关于门岗值守台</translation>
        </message>
        <message>
            <source>Version {version}. Data folder: {folder}</source>
            <translation>版本 {version}。数据文件夹：{folder}</translation>
        </message>
        <message>
            <source>About, licences… (Ctrl+F1)</source>
            <translation>关于与许可证…（Ctrl+F1）</translation>
        </message>
    </context>
    <context>
        <name>AccountSection</name>
        <message>
            <source>My account</source>
            <translation>我的账户</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <source>New PIN (4–6 digits)</source>
            <translation>新 PIN 码（4–6 位数字）</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>再次输入新 PIN 码</translation>
        </message>
        <message>
            <source>Change my password</source>
            <translation>修改我的密码</translation>
        </message>
        <message>
            <source>Change my PIN</source>
            <translation>修改我的 PIN 码</translation>
        </message>
        <message>
            <source>Password changed.</source>
            <translation>密码已修改。</translation>
        </message>
        <message>
            <source>PIN changed.</source>
            <translation>PIN 码已修改。</translation>
        </message>
    </context>
    <context>
        <name>AlertsPanel</name>
        <message>
            <source>Alerts</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>Nothing needs attention.</source>
            <translation>目前没有需要处理的事项。</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>全部清除</translation>
        </message>
        <message>
            <source>Click, or press Enter, to open it</source>
            <translation>单击或按 Enter 打开</translation>
        </message>
        <message>
            <source>Click, or press Enter, to go to its page</source>
            <translation>单击或按 Enter 前往相关页面</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend a log entry</source>
            <translation>更正值班记录</translation>
        </message>
        <message>
            <source>Now reads</source>
            <translation>当前内容</translation>
        </message>
        <message>
            <source>&amp;Corrected text</source>
            <translation>更正后内容(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>原因(&amp;W)</translation>
        </message>
        <message>
            <source>Add photos / &amp;files</source>
            <translation>添加照片 / 文件(&amp;F)</translation>
        </message>
        <message>
            <source>Files (kept)</source>
            <translation>文件（保留）</translation>
        </message>
        <message>
            <source>Amend visit {code}</source>
            <translation>更正访客登记 {code}</translation>
        </message>
        <message>
            <source>&amp;Reason for the amendment *</source>
            <translation>更正原因(&amp;R) *</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Gatehouse is already open on this PC. Its window was brought to the front.</source>
            <translation>门岗值守台已在这台电脑上打开，已把它的窗口移到最前。</translation>
        </message>
        <message>
            <source>Gatehouse</source>
            <translation>门岗值守台</translation>
        </message>
        <message>
            <source>Gatehouse cannot use its data folder {where}. Check that the disk is present and writable.</source>
            <translation>门岗值守台无法使用数据文件夹 {where}。请确认磁盘存在且可写入。</translation>
        </message>
    </context>
    <context>
        <name>AttachmentList</name>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Show the chosen file in this PC's viewer (Enter)</source>
            <translation>用本机的查看程序打开所选文件（Enter）</translation>
        </message>
        <message>
            <source>{name} ({size})</source>
            <translation>{name}（{size}）</translation>
        </message>
        <message>
            <source>No program on this PC opens {name}. A copy is at {path}.</source>
            <translation>本机没有可打开 {name} 的程序。副本存放在 {path}。</translation>
        </message>
    </context>
    <context>
        <name>AttachmentPicker</name>
        <message>
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Attach photos or files (up to the size set in Settings)</source>
            <translation>添加照片或文件（大小上限见“设置”）</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Attach photos or files</source>
            <translation>添加照片或文件</translation>
        </message>
    </context>
    <context>
        <name>AuthorisationsDialog</name>
        <message>
            <source>Who may borrow this key</source>
            <translation>可借用此钥匙的人员</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Every {kinds} may borrow {class_name} keys. Anyone else must be named here.</source>
            <translation>任何{kinds}都可借用“{class_name}”；其他人须在此列名授权。</translation>
        </message>
        <message>
            <source>Named</source>
            <translation>已授权</translation>
        </message>
        <message>
            <source>&amp;Add a person</source>
            <translation>添加人员(&amp;A)</translation>
        </message>
        <message>
            <source>For</source>
            <translation>适用于</translation>
        </message>
        <message>
            <source>this key only (&amp;K)</source>
            <translation>只限此钥匙(&amp;K)</translation>
        </message>
        <message>
            <source>every {class_name} key (&amp;E)</source>
            <translation>所有“{class_name}”(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Withdraw the chosen permission</source>
            <translation>撤销所选授权(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <source>this key</source>
            <translation>此钥匙</translation>
        </message>
        <message>
            <source>the whole class</source>
            <translation>整个类别</translation>
        </message>
    </context>
    <context>
        <name>BackupCli</name>
        <message>
            <source>Backup written, verified and compressed: {path} ({size} bytes), with its manifest.</source>
            <translation>备份已写入、核对并压缩：{path}（{size} 字节），附清单。</translation>
        </message>
        <message>
            <source>Running pg_dump (custom format)…</source>
            <translation>正在运行 pg_dump（自定义格式）…</translation>
        </message>
        <message>
            <source>PostgreSQL backup written by pg_dump: {path}</source>
            <translation>pg_dump 已写入 PostgreSQL 备份：{path}</translation>
        </message>
        <message>
            <source>Restore drill passed: {backup} restored to a temporary folder, {entries} audit entries.</source>
            <translation>还原演练通过：{backup} 已还原到临时文件夹，审计记录 {entries} 条。</translation>
        </message>
        <message>
            <source>Restore drill FAILED for {backup}: {problem}</source>
            <translation>还原演练失败（{backup}）：{problem}</translation>
        </message>
    </context>
    <context>
        <name>BackupError</name>
        <message>
            <source>{path} is the database in use: a backup must go to another file.</source>
            <translation>{path} 是正在使用的数据库：备份必须写到另一个文件。</translation>
        </message>
        <message>
            <source>{path} is a system folder that keeps no files: choose a folder on a disk.</source>
            <translation>{path} 是不保存文件的系统文件夹：请选择磁盘上的文件夹。</translation>
        </message>
        <message>
            <source>pg_dump was not found: install the PostgreSQL client tools (or back the server up there).</source>
            <translation>找不到 pg_dump：请安装 PostgreSQL 客户端工具（或在服务器上备份）。</translation>
        </message>
        <message>
            <source>pg_dump failed: {detail}</source>
            <translation>pg_dump 失败：{detail}</translation>
        </message>
        <message>
            <source>Automatic backups copy the SQLite file; back a PostgreSQL server up with pg_dump.</source>
            <translation>自动备份复制的是 SQLite 文件；PostgreSQL 服务器请用 pg_dump 备份。</translation>
        </message>
        <message>
            <source>{path} is open in {who}: close it there first, then restore.</source>
            <translation>{path} 正由 {who} 打开：请先在那里关闭，再还原。</translation>
        </message>
        <message>
            <source>{path} is a backup of another site; it was not restored.</source>
            <translation>{path} 是另一个场所的备份；未还原。</translation>
        </message>
        <message>
            <source>The copy of {path} failed its check; no backup was kept. Run gatehouse check.</source>
            <translation>{path} 的副本未通过检查；未保留备份。请运行 gatehouse check。</translation>
        </message>
    </context>
    <context>
        <name>BackupPanel</name>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>还原备份…</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Backup written and verified: {name}</source>
            <translation>备份已写入并核对：{name}</translation>
        </message>
        <message>
            <source>The backup could not be written: {problem}</source>
            <translation>无法写入备份：{problem}</translation>
        </message>
    </context>
    <context>
        <name>BackupStatus</name>
        <message>
            <source>Backup folder missing: {folder}</source>
            <translation>找不到备份文件夹：{folder}</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>尚无备份</translation>
        </message>
        <message>
            <source>Last backup {days} days ago ({when})</source>
            <translation>上次备份在 {days} 天前（{when}）</translation>
        </message>
        <message>
            <source>Last backup {when}</source>
            <translation>上次备份 {when}</translation>
        </message>
        <message>
            <source>Backup folder missing</source>
            <translation>找不到备份文件夹</translation>
        </message>
        <message>
            <source>Backup {days} days old</source>
            <translation>备份已 {days} 天未更新</translation>
        </message>
        <message>
            <source>Restore drill: not yet run</source>
            <translation>还原演练：尚未运行</translation>
        </message>
        <message>
            <source>Restore drill {when}: passed ({backup})</source>
            <translation>还原演练 {when}：通过（{backup}）</translation>
        </message>
        <message>
            <source>Restore drill {when}: FAILED ({problem})</source>
            <translation>还原演练 {when}：失败（{problem}）</translation>
        </message>
        <message>
            <source>The database failed its check ({problem}). Keep working only if you must; a supervisor should restore the latest backup (Home → Backups → Restore a backup).</source>
            <translation>数据库未通过检查（{problem}）。非必要请勿继续作业；请主管还原最近的备份（首页 → 备份 → 还原备份）。</translation>
        </message>
        <message>
            <source>The database is on a network drive ({where}): records can be lost when the network drops. Move the data folder to this PC's own disk.</source>
            <translation>数据库位于网络磁盘（{where}）：网络中断时可能丢失记录。请把数据文件夹移到本机磁盘。</translation>
        </message>
        <message>
            <source>The database is on a removable drive ({where}): records are lost if it is pulled out. Move the data folder to this PC's own disk (backups may go to the stick).</source>
            <translation>数据库位于可移动磁盘（{where}）：拔出时会丢失记录。请把数据文件夹移到本机磁盘（备份可以放在U盘）。</translation>
        </message>
    </context>
    <context>
        <name>BorrowerPicker</name>
        <message>
            <source>Name (e.g. 警員 3721)</source>
            <translation>姓名（例如 警员 3721）</translation>
        </message>
        <message>
            <source>From (company, police station…)</source>
            <translation>来自（公司、派出所…）</translation>
        </message>
        <message>
            <source>Type a name, or phone digits, then Enter</source>
            <translation>输入姓名或电话数字，按 Enter</translation>
        </message>
    </context>
    <context>
        <name>CheckInFlow</name>
        <message>
            <source>Check the marked fields. If they are right as typed, press "Save anyway".</source>
            <translation>请核对已标示的栏位。如果输入无误，请按“仍然保存”。</translation>
        </message>
        <message>
            <source>Watchlist: {name} ({decision})</source>
            <translation>关注名单：{name}（{decision}）</translation>
        </message>
    </context>
    <context>
        <name>CheckInForm</name>
        <message>
            <source>Returning visitor? Type a name, pinyin, phone digits or plate (F2)</source>
            <translation>熟客？输入姓名、拼音、电话号码或车牌搜索（F2）</translation>
        </message>
        <message>
            <source>e.g. 陳大, zs, 4567, B123</source>
            <translation>例如：陈大、zs、4567、B123</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>姓名(&amp;N) *</translation>
        </message>
        <message>
            <source>&amp;Type *</source>
            <translation>类别(&amp;T) *</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>到访单元(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Resident</source>
            <translation>住户(&amp;R)</translation>
        </message>
        <message>
            <source>Pu&amp;rpose</source>
            <translation>事由(&amp;R)</translation>
        </message>
        <message>
            <source>P&amp;late</source>
            <translation>车牌(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;ID</source>
            <translation>证件(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>公司(&amp;C)</translation>
        </message>
        <message>
            <source>I&amp;tems carried</source>
            <translation>携带物品(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Leave by</source>
            <translation>预计离开(&amp;L)</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>With</source>
            <translation>同行</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通行证</translation>
        </message>
        <message>
            <source>Building and unit, e.g. A12A</source>
            <translation>楼栋及单元，例如 A12A</translation>
        </message>
        <message>
            <source>Use the ID on file</source>
            <translation>使用已登记的证件</translation>
        </message>
        <message>
            <source>Check &amp;in (Ctrl+Enter)</source>
            <translation>登记入场(&amp;I)（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Clear form</source>
            <translation>清空表格</translation>
        </message>
        <message>
            <source>Save &amp;anyway</source>
            <translation>仍然保存(&amp;A)</translation>
        </message>
        <message>
            <source>Supervisor &amp;override of the ID check…</source>
            <translation>主管批准证件例外(&amp;O)…</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>号码</translation>
        </message>
        <message>
            <source>last {date}, {count} visits</source>
            <translation>上次 {date}，共 {count} 次</translation>
        </message>
        <message>
            <source>{text}  (on site now)</source>
            <translation>{text}（正在场内）</translation>
        </message>
        <message>
            <source>Use the ID on file ({masked})</source>
            <translation>使用已登记的证件（{masked}）</translation>
        </message>
        <message>
            <source>Returning visitor: {name}. Check the details, then press Enter.</source>
            <translation>熟客：{name}。请核对信息，然后按 Enter。</translation>
        </message>
        <message>
            <source>Expected visitor: {name}. Complete the details, then press Enter.</source>
            <translation>预约访客：{name}。请补齐信息，然后按 Enter。</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Interrupted; nothing more was done.</source>
            <translation>已中断；没有再做任何操作。</translation>
        </message>
        <message>
            <source>{path} is too large to be a password file.</source>
            <translation>{path} 太大，不像是密码文件。</translation>
        </message>
        <message>
            <source>{path} is not a UTF-8 text file.</source>
            <translation>{path} 不是 UTF-8 文本文件。</translation>
        </message>
        <message>
            <source>Unknown desk kind '{value}': use booth or reception.</source>
            <translation>未知的岗位类型“{value}”：请用 booth（门岗）或 reception（前台）。</translation>
        </message>
        <message>
            <source>Main gate</source>
            <translation>大门岗</translation>
        </message>
        <message>
            <source>Reception</source>
            <translation>客服前台</translation>
        </message>
        <message>
            <source>Site '{site}' created in {database}.</source>
            <translation>已在 {database} 创建物业“{site}”。</translation>
        </message>
        <message>
            <source>Schema: {state} (this program: {heads})</source>
            <translation>数据库结构：{state}（本程序：{heads}）</translation>
        </message>
        <message>
            <source>Integrity check: ok</source>
            <translation>完整性检查：正常</translation>
        </message>
        <message>
            <source>Integrity check FAILED ({count} problems), first: {first}</source>
            <translation>完整性检查失败（{count} 个问题），第一个：{first}</translation>
        </message>
        <message>
            <source>No site yet: run gatehouse init or start the program.</source>
            <translation>尚未创建物业：请运行 gatehouse init 或启动程序。</translation>
        </message>
        <message>
            <source>Site key: present ({fingerprint})</source>
            <translation>物业密钥：已安装（{fingerprint}）</translation>
        </message>
        <message>
            <source>Site key: MISSING ({fingerprint}); import it with gatehouse keys import FILE</source>
            <translation>物业密钥：缺失（{fingerprint}）；请用 gatehouse keys import 文件 导入</translation>
        </message>
        <message>
            <source>Backup and restore work on the SQLite file; back a PostgreSQL server up with pg_dump.</source>
            <translation>备份与还原只适用于 SQLite 文件；PostgreSQL 服务器请用 pg_dump 备份。</translation>
        </message>
        <message>
            <source>Backup written and verified: {path}</source>
            <translation>备份已写入并验证：{path}</translation>
        </message>
        <message>
            <source>Gatehouse is running on this data directory (process {pid}); close it first.</source>
            <translation>门岗值守台正在使用此数据文件夹（进程 {pid}），请先关闭。</translation>
        </message>
        <message>
            <source>Database restored into {path}; the replaced file was kept as {kept}.</source>
            <translation>数据库已还原到 {path}；被替换的文件保留为 {kept}。</translation>
        </message>
        <message>
            <source>Audit chain intact: {entries} entries, head {head}.</source>
            <translation>审计链完整：共 {entries} 条，链头 {head}。</translation>
        </message>
        <message>
            <source>Audit chain BROKEN at entry {seq}: the entry was altered.</source>
            <translation>审计链在第 {seq} 条断开：该条记录被改动过。</translation>
        </message>
        <message>
            <source>Audit chain BROKEN at entry {seq}: an entry before it was removed or moved.</source>
            <translation>审计链在第 {seq} 条断开：之前有记录被删除或移动。</translation>
        </message>
        <message>
            <source>Audit chain BROKEN at entry {seq}: the entry is missing.</source>
            <translation>审计链在第 {seq} 条断开：该条记录缺失。</translation>
        </message>
        <message>
            <source>Audit chain BROKEN at entry {seq}: it and any after it were removed from the end.</source>
            <translation>审计链在第 {seq} 条断开：该条及之后的记录从末尾被删除了。</translation>
        </message>
        <message>
            <source>Site key written to {path}. Keep it safe: it unlocks ID numbers.</source>
            <translation>物业密钥已写入 {path}。请妥善保管：它可解开证件号码。</translation>
        </message>
        <message>
            <source>Site key {fingerprint} installed on this PC.</source>
            <translation>物业密钥 {fingerprint} 已安装到这台电脑。</translation>
        </message>
        <message>
            <source>--visits must be between 0 and {max}.</source>
            <translation>--visits 必须在 0 至 {max} 之间。</translation>
        </message>
        <message>
            <source>--days must be between 1 and {max}.</source>
            <translation>--days 必须在 1 至 {max} 之间。</translation>
        </message>
        <message>
            <source>--until '{value}' is not a date (YYYY-MM-DD).</source>
            <translation>--until“{value}”不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>Demo site '{site}' created in {seconds} s.</source>
            <translation>示范物业“{site}”已创建，用时 {seconds} 秒。</translation>
        </message>
        <message>
            <source>Demo accounts (user name, name, role, password, PIN) — for trying only:</source>
            <translation>示范账户（用户名、姓名、角色、密码、PIN 码）— 仅供试用：</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <source>Who</source>
            <translation>联系对象</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>CountTableModel</name>
        <message>
            <source>Seen</source>
            <translation>已点</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>钥匙</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>scanned</source>
            <translation>已扫描</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Gatehouse: unexpected error</source>
            <translation>门岗值守台：意外错误</translation>
        </message>
        <message>
            <source>(the crash log could not be written)</source>
            <translation>（无法写入错误日志文件）</translation>
        </message>
        <message>
            <source>Something went wrong inside Gatehouse. What you saved before is safe.

Please give this file to your administrator:
{path}</source>
            <translation>门岗值守台内部出错。之前已保存的数据都安全。

请把这个文件交给系统管理员：
{path}</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Home</source>
            <translation>首页</translation>
        </message>
    </context>
    <context>
        <name>DepositDialog</name>
        <message>
            <source>Resident's key deposited</source>
            <translation>业主寄存钥匙</translation>
        </message>
        <message>
            <source>The owner leaves a key with the management. Ask who else may collect it, with phones.</source>
            <translation>业主将钥匙寄存于管理处。请问清楚还有谁可代领，并记下电话。</translation>
        </message>
        <message>
            <source>Deposited key</source>
            <translation>寄存钥匙</translation>
        </message>
        <message>
            <source>{tag} {label}: deposited by {name} ({unit}). Change who may collect it at the depositor's word.</source>
            <translation>{tag} {label}：由 {name}（{unit}）寄存。代领人须按寄存人指示更改。</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>单元(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Depositor</source>
            <translation>寄存人(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Tag</source>
            <translation>编号(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <source>Cabinet &amp;position</source>
            <translation>柜位(&amp;P)</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>同意</translation>
        </message>
        <message>
            <source>Consent &amp;form no.</source>
            <translation>同意书编号(&amp;F)</translation>
        </message>
        <message>
            <source>Print &amp;receipt</source>
            <translation>打印收据(&amp;R)</translation>
        </message>
        <message>
            <source>The owner agrees to leave this key with the management (&amp;A)</source>
            <translation>业主同意将此钥匙寄存于管理处(&amp;A)</translation>
        </message>
        <message>
            <source>May collect</source>
            <translation>可代领人</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>A5 sheet</source>
            <translation>A5 纸</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>小票打印机</translation>
        </message>
        <message>
            <source>No receipt</source>
            <translation>不打印收据</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>{unit} deposited key</source>
            <translation>{unit} 寄存钥匙</translation>
        </message>
    </context>
    <context>
        <name>DeskSection</name>
        <message>
            <source>This desk</source>
            <translation>本岗位</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>字体大小(&amp;T)</translation>
        </message>
        <message>
            <source>Lock after &amp;idle minutes</source>
            <translation>闲置几分钟后锁定(&amp;I)</translation>
        </message>
        <message>
            <source>A&amp;4 printer</source>
            <translation>A4 打印机(&amp;4)</translation>
        </message>
        <message>
            <source>&amp;Receipt printer</source>
            <translation>小票打印机(&amp;R)</translation>
        </message>
        <message>
            <source>Receipt &amp;width</source>
            <translation>小票纸宽(&amp;W)</translation>
        </message>
        <message>
            <source>Print &amp;without asking</source>
            <translation>直接打印不询问(&amp;W)</translation>
        </message>
        <message>
            <source>No: show the print dialog</source>
            <translation>否：显示打印对话框</translation>
        </message>
        <message>
            <source>Yes: print straight to the printer above</source>
            <translation>是：直接送到上面的打印机</translation>
        </message>
        <message>
            <source>System default printer</source>
            <translation>系统默认打印机</translation>
        </message>
        <message>
            <source>&amp;Save desk settings</source>
            <translation>保存本岗位设置(&amp;S)</translation>
        </message>
        <message>
            <source>Nothing to save: no setting was changed.</source>
            <translation>没有需要保存的：设置没有改变。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>Site directory</source>
            <translation>住户及人员名录</translation>
        </message>
        <message>
            <source>Name, phone digits, or unit (e.g. A12A)</source>
            <translation>姓名、电话号码或单元（例如 A12A）</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Show switched-off people</source>
            <translation>显示已停用的人员</translation>
        </message>
        <message>
            <source>&amp;Add person…</source>
            <translation>新增人员(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>更正(&amp;C)…</translation>
        </message>
        <message>
            <source>Switch &amp;off / on</source>
            <translation>停用／启用(&amp;O)</translation>
        </message>
        <message>
            <source>Add building / &amp;unit…</source>
            <translation>新增楼栋／单元(&amp;U)…</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>从 Excel 导入(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>导出 Excel(&amp;E)…</translation>
        </message>
        <message>
            <source>Excel &amp;template…</source>
            <translation>Excel 模板(&amp;T)…</translation>
        </message>
        <message>
            <source>{count} shown</source>
            <translation>显示 {count} 人</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>{name} switched on.</source>
            <translation>已启用 {name}。</translation>
        </message>
        <message>
            <source>{name} switched off.</source>
            <translation>已停用 {name}。</translation>
        </message>
        <message>
            <source>Import the directory</source>
            <translation>导入名录</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Imported: {people} people and {units} units added, {updated} people updated.</source>
            <translation>已导入：新增 {people} 人、{units} 个单元，更新 {updated} 人。</translation>
        </message>
        <message>
            <source>Export the directory</source>
            <translation>导出名录</translation>
        </message>
        <message>
            <source>{count} rows written to {path}.</source>
            <translation>已将 {count} 行写入 {path}。</translation>
        </message>
        <message>
            <source>Save the directory template</source>
            <translation>保存名录模板</translation>
        </message>
    </context>
    <context>
        <name>DutyCli</name>
        <message>
            <source>No handover has been signed or closed yet.</source>
            <translation>尚未有已签署或已结束的交班。</translation>
        </message>
        <message>
            <source>No desk is called '{desk}'.</source>
            <translation>没有名为“{desk}”的岗位。</translation>
        </message>
        <message>
            <source>Handover sheet written: {path} ({items} items).</source>
            <translation>交接表已写入：{path}（{items} 项）。</translation>
        </message>
    </context>
    <context>
        <name>DutyExport</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>记录内容</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>记录人</translation>
        </message>
        <message>
            <source>Written at</source>
            <translation>录入时间</translation>
        </message>
        <message>
            <source>Pass on until</source>
            <translation>交接至</translation>
        </message>
        <message>
            <source>Amended at</source>
            <translation>更正时间</translation>
        </message>
        <message>
            <source>Amended by</source>
            <translation>更正人</translation>
        </message>
        <message>
            <source>Reason for the amendment</source>
            <translation>更正原因</translation>
        </message>
        <message>
            <source>Original text</source>
            <translation>原文</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>事件编号</translation>
        </message>
        <message>
            <source>Occurred at</source>
            <translation>发生时间</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>报告人</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>事件经过</translation>
        </message>
        <message>
            <source>People involved</source>
            <translation>涉及人员</translation>
        </message>
        <message>
            <source>Actions taken</source>
            <translation>已采取措施</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Closed at</source>
            <translation>结案时间</translation>
        </message>
        <message>
            <source>Police told at</source>
            <translation>报警时间</translation>
        </message>
        <message>
            <source>Fire services told at</source>
            <translation>通知消防时间</translation>
        </message>
        <message>
            <source>Ambulance called at</source>
            <translation>呼叫救护车时间</translation>
        </message>
        <message>
            <source>Supervisor told at</source>
            <translation>通知班长时间</translation>
        </message>
        <message>
            <source>Resident told at</source>
            <translation>通知住户时间</translation>
        </message>
        <message>
            <source>Management told at</source>
            <translation>通知物业管理处时间</translation>
        </message>
        <message>
            <source>Others told at</source>
            <translation>通知其他人时间</translation>
        </message>
        <message>
            <source>Compiled at</source>
            <translation>整理时间</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Shift started</source>
            <translation>班次开始</translation>
        </message>
        <message>
            <source>Handed over by</source>
            <translation>交班人</translation>
        </message>
        <message>
            <source>Taken over by</source>
            <translation>接班人</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>签署时间</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>事项数</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>接受</translation>
        </message>
        <message>
            <source>Queried</source>
            <translation>查询</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>交班人备注</translation>
        </message>
        <message>
            <source>Closed by</source>
            <translation>结束人</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>结束原因</translation>
        </message>
    </context>
    <context>
        <name>DutyLabels</name>
        <message>
            <source>Note</source>
            <translation>记事</translation>
        </message>
        <message>
            <source>Patrol</source>
            <translation>巡逻</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Instruction</source>
            <translation>指示</translation>
        </message>
        <message>
            <source>Equipment fault</source>
            <translation>设备故障</translation>
        </message>
        <message>
            <source>Drill</source>
            <translation>演习</translation>
        </message>
        <message>
            <source>Gate checked, all normal</source>
            <translation>闸口已检查，一切正常</translation>
        </message>
        <message>
            <source>Car park patrolled, all normal</source>
            <translation>巡查停车场，一切正常</translation>
        </message>
        <message>
            <source>Delivery received for a resident</source>
            <translation>代住户收件</translation>
        </message>
        <message>
            <source>Lights not working</source>
            <translation>灯光故障</translation>
        </message>
        <message>
            <source>Fire drill held</source>
            <translation>已进行消防演习</translation>
        </message>
        <message>
            <source>Noise complaint received</source>
            <translation>接到噪音投诉</translation>
        </message>
        <message>
            <source>Fire alarm</source>
            <translation>火警</translation>
        </message>
        <message>
            <source>Theft</source>
            <translation>盗窃</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>纠纷</translation>
        </message>
        <message>
            <source>Injury</source>
            <translation>受伤</translation>
        </message>
        <message>
            <source>Suspicious person</source>
            <translation>可疑人员</translation>
        </message>
        <message>
            <source>Flooding</source>
            <translation>水浸/漏水</translation>
        </message>
        <message>
            <source>Lift entrapment</source>
            <translation>电梯困人</translation>
        </message>
        <message>
            <source>Power failure</source>
            <translation>停电</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>危急</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未处理</translation>
        </message>
        <message>
            <source>Following up</source>
            <translation>跟进中</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>警方</translation>
        </message>
        <message>
            <source>Fire services</source>
            <translation>消防</translation>
        </message>
        <message>
            <source>Ambulance</source>
            <translation>救护车</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>班长</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>Management office</source>
            <translation>管理处</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>准时</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>迟到</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>漏巡</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应巡</translation>
        </message>
        <message>
            <source>Visitor on site</source>
            <translation>访客在场</translation>
        </message>
        <message>
            <source>Visitor overstaying</source>
            <translation>访客逾时</translation>
        </message>
        <message>
            <source>Key out</source>
            <translation>钥匙借出</translation>
        </message>
        <message>
            <source>Key overdue</source>
            <translation>钥匙逾期未还</translation>
        </message>
        <message>
            <source>Key count of the shift</source>
            <translation>本班钥匙点算</translation>
        </message>
        <message>
            <source>Key count difference</source>
            <translation>钥匙清点差异</translation>
        </message>
        <message>
            <source>Open work order</source>
            <translation>未完成工单</translation>
        </message>
        <message>
            <source>Work order at risk</source>
            <translation>工单将逾时</translation>
        </message>
        <message>
            <source>Work order overdue</source>
            <translation>工单已逾时</translation>
        </message>
        <message>
            <source>Open incident</source>
            <translation>未结事件</translation>
        </message>
        <message>
            <source>Missed checkpoint</source>
            <translation>漏巡点</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>未确认</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>接受</translation>
        </message>
        <message>
            <source>Queried</source>
            <translation>查询</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>Being handed over</source>
            <translation>交班中</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>已签署</translation>
        </message>
        <message>
            <source>Closed by supervisor</source>
            <translation>班长已结束</translation>
        </message>
        <message>
            <source>By</source>
            <translation>记录人</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>路线</translation>
        </message>
        <message>
            <source>Missed rounds</source>
            <translation>漏巡次数</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>访客证</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借用人</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>应有</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>清点</translation>
        </message>
        <message>
            <source>Slip No.</source>
            <translation>登记编号</translation>
        </message>
        <message>
            <source>Minutes late</source>
            <translation>逾期分钟</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>点算人</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>在位</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>差异</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Key count done: no difference</source>
            <translation>已点算钥匙：没有差异</translation>
        </message>
        <message>
            <source>Key count done: differences listed below</source>
            <translation>已点算钥匙：差异见下列各项</translation>
        </message>
        <message>
            <source>Key count not done this shift</source>
            <translation>本班未点算钥匙</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>missing from the cabinet</source>
            <translation>钥匙柜内缺少</translation>
        </message>
        <message>
            <source>in the cabinet but not expected</source>
            <translation>不应在柜内却在</translation>
        </message>
    </context>
    <context>
        <name>DutyLogPage</name>
        <message>
            <source>Duty log</source>
            <translation>值班日志</translation>
        </message>
        <message>
            <source>A&amp;mend…</source>
            <translation>更正(&amp;M)…</translation>
        </message>
        <message>
            <source>To work order… (F8)</source>
            <translation>转为工单…（F8）</translation>
        </message>
        <message>
            <source>Turn the chosen entry into a repair request, with its text and files</source>
            <translation>将所选记录转为报修工单，连同内容及文件</translation>
        </message>
        <message>
            <source>Files of the chosen entry</source>
            <translation>所选记录的文件</translation>
        </message>
        <message>
            <source>Back to this shift</source>
            <translation>返回本班</translation>
        </message>
        <message>
            <source>Photos / &amp;files</source>
            <translation>照片 / 文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>类别(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>时间(&amp;T)</translation>
        </message>
        <message>
            <source>now</source>
            <translation>现在</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>地点(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;What happened</source>
            <translation>事项(&amp;W)</translation>
        </message>
        <message>
            <source>Instruction</source>
            <translation>指示</translation>
        </message>
        <message>
            <source>Pass on to later shifts until</source>
            <translation>传给之后班次，直至</translation>
        </message>
        <message>
            <source>&amp;Save (Ctrl+Enter)</source>
            <translation>保存(&amp;S)（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Work order:</source>
            <translation>工单：</translation>
        </message>
        <message>
            <source>This shift: {count} entries</source>
            <translation>本班：共 {count} 项记录</translation>
        </message>
        <message>
            <source>{date}: {count} entries (not this shift)</source>
            <translation>{date}：共 {count} 项记录（非本班）</translation>
        </message>
        <message>
            <source>{date} at another desk: {count} entries</source>
            <translation>{date}（其他岗位）：共 {count} 项记录</translation>
        </message>
        <message>
            <source>Saved to the duty log.</source>
            <translation>已记入值班日志。</translation>
        </message>
        <message>
            <source>Choose the entry to amend in the list first.</source>
            <translation>请先在列表中选择要更正的记录。</translation>
        </message>
        <message>
            <source>Open work order {number}</source>
            <translation>打开工单 {number}</translation>
        </message>
        <message>
            <source>Choose the entry to turn into a work order in the list first.</source>
            <translation>请先在列表中选择要转为工单的记录。</translation>
        </message>
        <message>
            <source>Work order {number} saved from this entry.</source>
            <translation>已由此记录创建工单 {number}。</translation>
        </message>
    </context>
    <context>
        <name>DutyText</name>
        <message>
            <source>No shift is open at this desk, so there is nothing to hand over.</source>
            <translation>此岗位没有当班，无需交班。</translation>
        </message>
        <message>
            <source>This handover is already signed or closed.</source>
            <translation>此交班已签署或已结束。</translation>
        </message>
        <message>
            <source>{count} item(s) not acknowledged yet: the incoming guard must accept, query or refuse each one.</source>
            <translation>尚有 {count} 项未确认：接班人须逐项接受、查询或拒绝。</translation>
        </message>
        <message>
            <source>Some items were acknowledged by another person: the incoming guard must go through them again.</source>
            <translation>部分事项由另一人确认，接班人须重新逐项确认。</translation>
        </message>
        <message>
            <source>This item is not an open query.</source>
            <translation>此事项不是待回复的查询。</translation>
        </message>
        <message>
            <source>A round of this route is already under way at this desk: finish it first.</source>
            <translation>此岗位已有这条路线的巡逻进行中，请先完成。</translation>
        </message>
        <message>
            <source>This round is already finished.</source>
            <translation>这次巡逻已完成。</translation>
        </message>
        <message>
            <source>Checkpoint {code} belongs to another route.</source>
            <translation>巡逻点 {code} 属于另一条路线。</translation>
        </message>
        <message>
            <source>Checkpoint {code} is already recorded in this round.</source>
            <translation>巡逻点 {code} 在这次巡逻已记录。</translation>
        </message>
        <message>
            <source>Checkpoint {code} is no longer in use.</source>
            <translation>巡逻点 {code} 已停用。</translation>
        </message>
        <message>
            <source>This route is no longer in use.</source>
            <translation>这条路线已停用。</translation>
        </message>
        <message>
            <source>A route has at most {max} checkpoints.</source>
            <translation>每条路线最多 {max} 个巡逻点。</translation>
        </message>
        <message>
            <source>The incident already has this status.</source>
            <translation>事件已经是这个状态。</translation>
        </message>
        <message>
            <source>The new value is the same as the old one.</source>
            <translation>新内容与原来相同。</translation>
        </message>
        <message>
            <source>At most {max} emergency contacts.</source>
            <translation>紧急联系人最多 {max} 个。</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>事项内容</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Pass on until</source>
            <translation>传达至</translation>
        </message>
        <message>
            <source>Route code</source>
            <translation>路线编号</translation>
        </message>
        <message>
            <source>Route name</source>
            <translation>路线名称</translation>
        </message>
        <message>
            <source>Every (minutes)</source>
            <translation>每隔（分钟）</translation>
        </message>
        <message>
            <source>On time within (minutes)</source>
            <translation>准时范围（分钟）</translation>
        </message>
        <message>
            <source>Checkpoint code</source>
            <translation>巡逻点编号</translation>
        </message>
        <message>
            <source>Checkpoint name</source>
            <translation>巡逻点名称</translation>
        </message>
        <message>
            <source>Scanned code</source>
            <translation>扫描编号</translation>
        </message>
        <message>
            <source>Anomaly</source>
            <translation>异常</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>People involved</source>
            <translation>涉及人员</translation>
        </message>
        <message>
            <source>Actions taken</source>
            <translation>已采取行动</translation>
        </message>
        <message>
            <source>Happened at</source>
            <translation>发生时间</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>已通知</translation>
        </message>
        <message>
            <source>Who exactly</source>
            <translation>通知对象</translation>
        </message>
        <message>
            <source>Notified at</source>
            <translation>通知时间</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>预案</translation>
        </message>
        <message>
            <source>Handover note</source>
            <translation>交班备注</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <source>Incoming guard</source>
            <translation>接班人</translation>
        </message>
        <message>
            <source>Outgoing guard's PIN</source>
            <translation>交班人 PIN</translation>
        </message>
        <message>
            <source>Incoming guard's PIN</source>
            <translation>接班人 PIN</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>回复</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Incident categories</source>
            <translation>事件类别</translation>
        </message>
        <message>
            <source>Quick-entry templates</source>
            <translation>快速记录模板</translation>
        </message>
        <message>
            <source>Cannot be in the future.</source>
            <translation>不能是将来的时间。</translation>
        </message>
        <message>
            <source>At most {hours} hours back.</source>
            <translation>最多只可补记 {hours} 小时前的事。</translation>
        </message>
        <message>
            <source>Must be later than now.</source>
            <translation>必须晚于现在。</translation>
        </message>
        <message>
            <source>At most {days} days from now.</source>
            <translation>最多只可传达至 {days} 天后。</translation>
        </message>
        <message>
            <source>Only an instruction is passed on to later shifts.</source>
            <translation>只有“指示”会传给之后的班次。</translation>
        </message>
        <message>
            <source>No checkpoint has the code {code}.</source>
            <translation>没有编号为 {code} 的巡逻点。</translation>
        </message>
        <message>
            <source>The incoming guard must be someone else than the outgoing guard.</source>
            <translation>接班人不能是交班人本人。</translation>
        </message>
        <message>
            <source>Wrong PIN. {left} tries left before the account locks.</source>
            <translation>PIN 不正确。再错 {left} 次账户将被锁定。</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>PIN 不正确。</translation>
        </message>
        <message>
            <source>Too many wrong PINs: wait {seconds} seconds.</source>
            <translation>PIN 错误次数过多：请等 {seconds} 秒。</translation>
        </message>
        <message>
            <source>This account is locked. A supervisor can unlock it.</source>
            <translation>此账户已被锁定，请班长解锁。</translation>
        </message>
        <message>
            <source>This account is disabled.</source>
            <translation>此账户已停用。</translation>
        </message>
    </context>
    <context>
        <name>EdgeCli</name>
        <message>
            <source>{path} is a folder; name the file that holds the secret.</source>
            <translation>{path} 是文件夹；请指定存放密码的文件。</translation>
        </message>
        <message>
            <source>{path} cannot be read (permission).</source>
            <translation>无法读取 {path}（权限不足）。</translation>
        </message>
        <message>
            <source>--data-dir {path} is a file; name a folder (it is created when missing).</source>
            <translation>--data-dir {path} 是文件；请指定文件夹（不存在时会自动创建）。</translation>
        </message>
        <message>
            <source>--data-dir {path} cannot be written (a read-only disk or folder); choose a writable folder.</source>
            <translation>--data-dir {path} 无法写入（只读的磁盘或文件夹）；请选择可写入的文件夹。</translation>
        </message>
        <message>
            <source>'{value}' is outside the days Gatehouse keeps ({first} to {last}).</source>
            <translation>“{value}”超出门岗值守台保存的日期范围（{first} 至 {last}）。</translation>
        </message>
    </context>
    <context>
        <name>EmergencyWindow</name>
        <message>
            <source>Emergency contacts and plans (F1)</source>
            <translation>紧急联系及应急预案（F1）</translation>
        </message>
        <message>
            <source>Emergency contacts</source>
            <translation>紧急联系人</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>联系对象</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>保存修改</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Emergency plan for</source>
            <translation>应急预案：</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>保存预案</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>No plan written yet. A supervisor can write the steps here.</source>
            <translation>尚未编写预案。班长可在此写下步骤。</translation>
        </message>
        <message>
            <source>Emergency contacts saved.</source>
            <translation>紧急联系人已保存。</translation>
        </message>
        <message>
            <source>Emergency plan saved.</source>
            <translation>应急预案已保存。</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <source>Required.</source>
            <translation>必须填写。</translation>
        </message>
        <message>
            <source>Too long: at most {max} characters (now {length}).</source>
            <translation>太长：最多 {max} 个字（现在 {length} 个）。</translation>
        </message>
        <message>
            <source>Too short: at least {min} characters.</source>
            <translation>太短：至少 {min} 个字。</translation>
        </message>
        <message>
            <source>Contains control characters; please retype it.</source>
            <translation>含有控制字符，请重新输入。</translation>
        </message>
        <message>
            <source>Contains invisible characters (often from pasted text); please retype it.</source>
            <translation>含有看不见的字符（通常来自粘贴的文字），请重新输入。</translation>
        </message>
        <message>
            <source>Must be a whole number.</source>
            <translation>必须是整数。</translation>
        </message>
        <message>
            <source>Must be between {min} and {max}.</source>
            <translation>必须在 {min} 至 {max} 之间。</translation>
        </message>
        <message>
            <source>The format is not valid.</source>
            <translation>格式不正确。</translation>
        </message>
        <message>
            <source>The check digit does not match: a digit is probably mistyped.</source>
            <translation>校验码不符：可能输错了某一位。</translation>
        </message>
        <message>
            <source>The date in it is not a real date.</source>
            <translation>其中的日期不存在。</translation>
        </message>
        <message>
            <source>A PIN is {min} to {max} digits.</source>
            <translation>PIN 码须为 {min} 至 {max} 位数字。</translation>
        </message>
        <message>
            <source>Too weak: use at least {min} characters, not all the same.</source>
            <translation>太简单：至少 {min} 个字符，且不能全部相同。</translation>
        </message>
        <message>
            <source>The two entries differ.</source>
            <translation>两次输入不一致。</translation>
        </message>
        <message>
            <source>This is already in use.</source>
            <translation>已被使用。</translation>
        </message>
        <message>
            <source>Not found.</source>
            <translation>找不到。</translation>
        </message>
        <message>
            <source>Choose one of the listed values.</source>
            <translation>请从列表中选择。</translation>
        </message>
        <message>
            <source>Too easy to guess: avoid repeated or consecutive digits.</source>
            <translation>太容易被猜到：请避免重复或连续的数字。</translation>
        </message>
        <message>
            <source>Use letters, digits, '.', '_' or '-' only, without spaces.</source>
            <translation>只可使用文字、数字、“.”、“_”或“-”，不可有空格。</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>当前密码不正确。</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN 码</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Site name</source>
            <translation>物业名称</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>时区</translation>
        </message>
        <message>
            <source>Desks</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Desk name</source>
            <translation>岗位名称</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Shift pattern</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Shift patterns</source>
            <translation>班次设置</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>闲置锁定分钟数</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>字体大小</translation>
        </message>
        <message>
            <source>A4 printer</source>
            <translation>A4 打印机</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>小票打印机</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>Cannot write to {where}: the folder or file is read-only.</source>
            <translation>无法写入 {where}：文件夹或文件是只读的。</translation>
        </message>
        <message>
            <source>The disk is full ({where}). Free some space; nothing was saved.</source>
            <translation>磁盘已满（{where}）。请腾出空间；这次没有保存任何数据。</translation>
        </message>
        <message>
            <source>The database is busy (another program is writing). Try again in a moment.</source>
            <translation>数据库正忙（另一个程序正在写入），请稍后再试。</translation>
        </message>
        <message>
            <source>{where} is damaged. Restore the latest backup (gatehouse restore).</source>
            <translation>{where} 已损坏。请还原最近的备份（gatehouse restore）。</translation>
        </message>
        <message>
            <source>{where} is not a Gatehouse database.</source>
            <translation>{where} 不是门岗值守台的数据库。</translation>
        </message>
        <message>
            <source>{where} was not found.</source>
            <translation>找不到 {where}。</translation>
        </message>
        <message>
            <source>Cannot reach the database at {where}. Check the network and the address.</source>
            <translation>无法连接数据库 {where}。请检查网络和地址。</translation>
        </message>
        <message>
            <source>{where} was written by a newer Gatehouse. Update this program first.</source>
            <translation>{where} 由较新版本的门岗值守台写入。请先更新本程序。</translation>
        </message>
        <message>
            <source>The site key file for this database is missing on this PC ({where}). Import it with: gatehouse keys import FILE</source>
            <translation>这台电脑缺少此数据库的物业密钥文件（{where}）。请用以下命令导入：gatehouse keys import 文件</translation>
        </message>
        <message>
            <source>Reading or writing {where} failed (disk or network error).</source>
            <translation>读写 {where} 失败（磁盘或网络错误）。</translation>
        </message>
        <message>
            <source>User name, password or PIN is wrong.</source>
            <translation>用户名、密码或 PIN 码不正确。</translation>
        </message>
        <message>
            <source>This account is disabled. Ask an administrator.</source>
            <translation>此账户已停用，请联系系统管理员。</translation>
        </message>
        <message>
            <source>Too many failed attempts: wait {seconds} seconds and try again.</source>
            <translation>错误次数太多：请等 {seconds} 秒后再试。</translation>
        </message>
        <message>
            <source>Only a supervisor or an administrator can approve this.</source>
            <translation>只有主管或系统管理员可以批准。</translation>
        </message>
        <message>
            <source>There must remain at least one active administrator.</source>
            <translation>至少要保留一位在用的系统管理员。</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>不能停用自己的账户。</translation>
        </message>
        <message>
            <source>A shift is already open at this desk. End it (or hand it over) first.</source>
            <translation>本岗位已有进行中的班次，请先结束（或交班）。</translation>
        </message>
        <message>
            <source>This shift has already ended.</source>
            <translation>此班次已经结束。</translation>
        </message>
        <message>
            <source>This database already has a site.</source>
            <translation>此数据库已创建物业。</translation>
        </message>
        <message>
            <source>At least one desk must stay active.</source>
            <translation>至少要保留一个在用的岗位。</translation>
        </message>
        <message>
            <source>Not accepted.</source>
            <translation>不接受此输入。</translation>
        </message>
        <message>
            <source>Please check: {message}</source>
            <translation>请核对：{message}</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}：{message}</translation>
        </message>
        <message>
            <source>This needs a supervisor's approval.</source>
            <translation>此操作须主管批准。</translation>
        </message>
        <message>
            <source>Your role may not do this.</source>
            <translation>你的角色不能进行此操作。</translation>
        </message>
        <message>
            <source>This cannot be done now ({kind}: {reason}).</source>
            <translation>现在不能这样做（{kind}：{reason}）。</translation>
        </message>
        <message>
            <source>It no longer exists (perhaps removed at another desk).</source>
            <translation>记录已不存在（可能已在其他岗位处理）。</translation>
        </message>
        <message>
            <source>The action failed.</source>
            <translation>操作失败。</translation>
        </message>
    </context>
    <context>
        <name>ExpectedPanel</name>
        <message>
            <source>Check &amp;in</source>
            <translation>登记入场(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Register…</source>
            <translation>新增预约(&amp;R)…</translation>
        </message>
        <message>
            <source>Cancel booking</source>
            <translation>取消预约</translation>
        </message>
        <message>
            <source>{name} checked in ({code}).</source>
            <translation>{name} 已登记入场（{code}）。</translation>
        </message>
        <message>
            <source>{name} is expected on {day}.</source>
            <translation>已预约 {name} 于 {day} 到访。</translation>
        </message>
    </context>
    <context>
        <name>ExpectedTableModel</name>
        <message>
            <source>Visitor</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>到访</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ExpectedVisitDialog</name>
        <message>
            <source>Register an expected visitor</source>
            <translation>新增预约访客</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>姓名(&amp;N) *</translation>
        </message>
        <message>
            <source>&amp;Type *</source>
            <translation>类别(&amp;T) *</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>到访单元(&amp;U)</translation>
        </message>
        <message>
            <source>Pu&amp;rpose</source>
            <translation>事由(&amp;R)</translation>
        </message>
        <message>
            <source>P&amp;late</source>
            <translation>车牌(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Companions</source>
            <translation>同行人数(&amp;C)</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>备注(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>ExportButton</name>
        <message>
            <source>&amp;Excel…</source>
            <translation>导出 Excel(&amp;E)…</translation>
        </message>
        <message>
            <source>Export this list to an Excel workbook (ID numbers and phones masked)</source>
            <translation>把此清单导出为 Excel 工作簿（证件号码及电话已遮蔽）</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出至 Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} rows exported to {path}.</source>
            <translation>已导出 {count} 行至 {path}。</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>已取消导出，没有写入文件。</translation>
        </message>
    </context>
    <context>
        <name>FirstDayPanel</name>
        <message>
            <source>First day: set up the site</source>
            <translation>第一天：设置场所</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Test page</source>
            <translation>测试页</translation>
        </message>
        <message>
            <source>Add the guards and the reception clerks (Operators)</source>
            <translation>新增保安员与前台客服的账户（操作员）</translation>
        </message>
        <message>
            <source>Import the directory of buildings, units and residents (Directory: Excel template)</source>
            <translation>导入楼栋、单元与住户名录（名录：Excel 模板）</translation>
        </message>
        <message>
            <source>Enter the keys of the key cabinet (Keys)</source>
            <translation>登记钥匙柜内的钥匙（钥匙）</translation>
        </message>
        <message>
            <source>Set up the patrol routes and their checkpoints (Patrols)</source>
            <translation>设置巡逻路线与巡逻点（巡逻）</translation>
        </message>
        <message>
            <source>Enter the emergency contacts (F1)</source>
            <translation>登记紧急联系人（F1）</translation>
        </message>
        <message>
            <source>Choose this desk's printers and slip paper (Settings), then print a test page</source>
            <translation>选择本台的打印机与单据纸宽（设置），再打印一张测试页</translation>
        </message>
        <message>
            <source>Choose the backup folder, on a USB disk or another PC (Settings)</source>
            <translation>选择备份文件夹，放在 U 盘或另一台电脑（设置）</translation>
        </message>
        <message>
            <source>{step} — {count} so far</source>
            <translation>{step} — 已有 {count} 项</translation>
        </message>
        <message>
            <source>{left} of {total} steps left. Each is ticked by itself once it is really done; this list goes away when all are.</source>
            <translation>尚余 {left} / {total} 步。每一步真正完成后会自动打勾；全部完成后此清单便会消失。</translation>
        </message>
    </context>
    <context>
        <name>ForcedPasswordDialog</name>
        <message>
            <source>Choose a new password</source>
            <translation>设置新密码</translation>
        </message>
        <message>
            <source>Your password was reset by an administrator. Choose your own now.</source>
            <translation>你的密码已由系统管理员重置，请现在设置自己的密码。</translation>
        </message>
        <message>
            <source>Temporary password</source>
            <translation>临时密码</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>再次输入新密码</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Check the marked fields; press OK again to save them as typed.</source>
            <translation>请核对已标示的栏位；如无误，再按一次“确定”即按输入内容保存。</translation>
        </message>
    </context>
    <context>
        <name>HandoverHistoryModel</name>
        <message>
            <source>Handed over</source>
            <translation>已交班</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>交班人</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>接班人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>HandoverItemTableModel</name>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Since / due</source>
            <translation>开始／期限</translation>
        </message>
        <message>
            <source>Incoming decision</source>
            <translation>接班人确认</translation>
        </message>
        <message>
            <source>Enter or double-click: open it on its page</source>
            <translation>按 Enter 或双击：在相关页面打开</translation>
        </message>
    </context>
    <context>
        <name>HandoverPage</name>
        <message>
            <source>Shift handover</source>
            <translation>交接班记录</translation>
        </message>
        <message>
            <source>This shift</source>
            <translation>本班</translation>
        </message>
        <message>
            <source>History</source>
            <translation>交班记录</translation>
        </message>
        <message>
            <source>Compile again (F5)</source>
            <translation>重新整理交班（F5）</translation>
        </message>
        <message>
            <source>&amp;Print sheet…</source>
            <translation>打印交接表(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Incoming guard</source>
            <translation>接班人(&amp;I)</translation>
        </message>
        <message>
            <source>Co&amp;mment</source>
            <translation>备注(&amp;M)</translation>
        </message>
        <message>
            <source>Needed to query or refuse an item</source>
            <translation>查询或拒绝时必须填写</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>接受(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Query</source>
            <translation>查询(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Refuse</source>
            <translation>拒绝(&amp;R)</translation>
        </message>
        <message>
            <source>Outgoing guard's &amp;note</source>
            <translation>交班人备注(&amp;N)</translation>
        </message>
        <message>
            <source>Both confirm</source>
            <translation>双方确认</translation>
        </message>
        <message>
            <source>&amp;Outgoing PIN</source>
            <translation>交班人 PIN(&amp;O)</translation>
        </message>
        <message>
            <source>Incoming P&amp;IN</source>
            <translation>接班人 PIN(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Sign and hand over</source>
            <translation>签署并交班(&amp;S)</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>班长</translation>
        </message>
        <message>
            <source>Why the supervisor closes this handover</source>
            <translation>班长结束此交班的原因</translation>
        </message>
        <message>
            <source>Close handover…</source>
            <translation>结束交班…</translation>
        </message>
        <message>
            <source>Search notes, items, comments, names…</source>
            <translation>搜索备注、事项、查询、姓名…</translation>
        </message>
        <message>
            <source>Print this sheet…</source>
            <translation>打印此交接表…</translation>
        </message>
        <message>
            <source>No handover in progress. End your shift from the home page to compile one.</source>
            <translation>目前没有进行中的交班。请在首页按“结束当班”整理交班。</translation>
        </message>
        <message>
            <source>{desk} · {pattern} from {start} · outgoing {name} · {status}
{total} items: {pending} not yet, {accepted} accepted, {queried} queried, {refused} refused</source>
            <translation>{desk} · {pattern}（{start} 开始）· 交班人 {name} · {status}
共 {total} 项：{pending} 项未确认，{accepted} 项接受，{queried} 项查询，{refused} 项拒绝</translation>
        </message>
        <message>
            <source>Choose the incoming guard first.</source>
            <translation>请先选择接班人。</translation>
        </message>
        <message>
            <source>Handover refused by {incoming}: a supervisor must close it.</source>
            <translation>{incoming} 拒绝接班：须由班长处理结束。</translation>
        </message>
        <message>
            <source>The handover was refused and stays open. The supervisor has been alerted on the dashboard.</source>
            <translation>接班人拒绝接班，交班维持未完成。已在首页提示班长。</translation>
        </message>
        <message>
            <source>Handed over to {name}. Print the sheet for both signatures.</source>
            <translation>已交班给 {name}。请打印交接表让双方签名。</translation>
        </message>
        <message>
            <source>The supervisor closed the handover; the shift has ended.</source>
            <translation>班长已结束交班，班次已结束。</translation>
        </message>
    </context>
    <context>
        <name>HandoverPanel</name>
        <message>
            <source>Handover</source>
            <translation>交接班</translation>
        </message>
        <message>
            <source>Queried items not answered yet:</source>
            <translation>尚未回复的查询：</translation>
        </message>
        <message>
            <source>Answer to the selected query</source>
            <translation>回复所选查询</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>回复</translation>
        </message>
        <message>
            <source>Open handover page</source>
            <translation>打开交接班页</translation>
        </message>
        <message>
            <source>No handover yet.</source>
            <translation>尚未有交班记录。</translation>
        </message>
        <message>
            <source>Last: {time} {outgoing} → {incoming}, {status}, {count} items</source>
            <translation>上次：{time} {outgoing} → {incoming}，{status}，共 {count} 项</translation>
        </message>
        <message>
            <source>REFUSED {time}: {outgoing} → {incoming}. A supervisor must close it.</source>
            <translation>已拒绝 {time}：{outgoing} → {incoming}。须由班长结束。</translation>
        </message>
        <message>
            <source>Handover refused by {incoming}: a supervisor must close it.</source>
            <translation>{incoming} 拒绝接班：须由班长处理结束。</translation>
        </message>
    </context>
    <context>
        <name>HandoverSheet</name>
        <message>
            <source>Shift handover</source>
            <translation>交接班记录</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>交班人</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>接班人</translation>
        </message>
        <message>
            <source>Compiled</source>
            <translation>整理时间</translation>
        </message>
        <message>
            <source>Both PINs confirmed</source>
            <translation>双方 PIN 确认</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Open matters ({count})</source>
            <translation>未完事项（{count} 项）</translation>
        </message>
        <message>
            <source>Nothing open was handed over.</source>
            <translation>没有需交接的未完事项。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>{decision} at {time}</source>
            <translation>{decision}（{time}）</translation>
        </message>
        <message>
            <source>As compiled at {time} and signed: the state of the desk at the moment of signing.</source>
            <translation>按 {time} 整理并签署：即签署一刻岗位的情况。</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Since / due</source>
            <translation>开始／期限</translation>
        </message>
        <message>
            <source>Incoming decision</source>
            <translation>接班人确认</translation>
        </message>
        <message>
            <source>Outgoing guard's note</source>
            <translation>交班人备注</translation>
        </message>
        <message>
            <source>Closed by a supervisor</source>
            <translation>由班长结束</translation>
        </message>
        <message>
            <source>{name} at {time}: {reason}</source>
            <translation>{name}（{time}）：{reason}</translation>
        </message>
        <message>
            <source>REFUSED: the shift stays open until a supervisor closes the handover.</source>
            <translation>接班人拒绝：班次维持未结束，直至班长结束此交班。</translation>
        </message>
        <message>
            <source>since {time}</source>
            <translation>自 {time}</translation>
        </message>
        <message>
            <source>due {time}</source>
            <translation>期限 {time}</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>班长</translation>
        </message>
        <message>
            <source>Patrol checkpoint labels</source>
            <translation>巡逻点标签</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>路线</translation>
        </message>
        <message>
            <source>Scan at each patrol round</source>
            <translation>每次巡逻时扫描</translation>
        </message>
        <message>
            <source>Emergency contacts and plans</source>
            <translation>紧急联系及应急预案</translation>
        </message>
        <message>
            <source>Emergency contacts</source>
            <translation>紧急联系人</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>联系对象</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Emergency plans (quick reference)</source>
            <translation>应急预案（速查）</translation>
        </message>
        <message>
            <source>No plan written yet.</source>
            <translation>尚未编写预案。</translation>
        </message>
    </context>
    <context>
        <name>HeldItemsDialog</name>
        <message>
            <source>Items not returned</source>
            <translation>物品尚未归还</translation>
        </message>
        <message>
            <source>{name} still holds:</source>
            <translation>{name} 仍持有：</translation>
        </message>
        <message>
            <source>{label} (since {time})</source>
            <translation>{label}（{time} 起）</translation>
        </message>
        <message>
            <source>Check out &amp;anyway</source>
            <translation>仍然登记离开(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Cancel: get the items back first</source>
            <translation>取消：先收回物品(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>&amp;Tag</source>
            <translation>编号(&amp;T)</translation>
        </message>
        <message>
            <source>Scan or type a tag, then Enter</source>
            <translation>扫描或输入编号，按 Enter</translation>
        </message>
        <message>
            <source>Choose a key on the first tab and press F4, or type its tag here.</source>
            <translation>在第一页选择钥匙后按 F4，或在此输入编号。</translation>
        </message>
        <message>
            <source>with {name}</source>
            <translation>在 {name} 手上</translation>
        </message>
        <message>
            <source>hook {position}</source>
            <translation>挂钩 {position}</translation>
        </message>
        <message>
            <source>No key has the tag {tag}.</source>
            <translation>没有编号为 {tag} 的钥匙。</translation>
        </message>
    </context>
    <context>
        <name>ImportError</name>
        <message>
            <source>cell {cell} holds a formula with no saved value: open the file in Excel, save it, and import again.</source>
            <translation>单元格 {cell} 是没有已保存数值的公式：请用 Excel 打开文件、保存后再导入。</translation>
        </message>
    </context>
    <context>
        <name>ImportProblemsDialog</name>
        <message>
            <source>Nothing was imported</source>
            <translation>没有导入任何数据</translation>
        </message>
        <message>
            <source>The file has {count} problem(s). Nothing was imported. Fix these rows and import the file again:</source>
            <translation>文件有 {count} 个问题，没有导入任何数据。请修正以下各行后再导入：</translation>
        </message>
        <message>
            <source>Row {row}: {text}</source>
            <translation>第 {row} 行：{text}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>IncidentTableModel</name>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>发生时间</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>IncidentsPage</name>
        <message>
            <source>Incidents</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Search number, summary, location…</source>
            <translation>搜索编号、摘要、地点…</translation>
        </message>
        <message>
            <source>Open only</source>
            <translation>只显示未结案</translation>
        </message>
        <message>
            <source>Report an incident</source>
            <translation>上报事件</translation>
        </message>
        <message>
            <source>Selected incident</source>
            <translation>所选事件</translation>
        </message>
        <message>
            <source>&amp;Category / severity</source>
            <translation>类别／严重程度(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Happened at</source>
            <translation>发生时间(&amp;H)</translation>
        </message>
        <message>
            <source>now (HH:MM)</source>
            <translation>现在（时:分）</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>地点(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>摘要(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;People involved</source>
            <translation>涉及人员(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Actions taken</source>
            <translation>已采取行动(&amp;A)</translation>
        </message>
        <message>
            <source>Photos / &amp;files</source>
            <translation>照片 / 文件(&amp;F)</translation>
        </message>
        <message>
            <source>To work order… (F8)</source>
            <translation>转为工单…（F8）</translation>
        </message>
        <message>
            <source>Turn this incident into a repair request, with its text and files</source>
            <translation>将此事件转为报修工单，连同内容及文件</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <source>&amp;Report incident</source>
            <translation>上报事件(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Notified</source>
            <translation>已通知(&amp;N)</translation>
        </message>
        <message>
            <source>Who exactly (name, station, unit)</source>
            <translation>通知对象（姓名、派出所、单位）</translation>
        </message>
        <message>
            <source>now</source>
            <translation>现在</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Follow-&amp;up</source>
            <translation>跟进(&amp;U)</translation>
        </message>
        <message>
            <source>What was done since (needed to close)</source>
            <translation>之后跟进了什么（结案时必须填写）</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>添加记录</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>更改状态</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>Corrected value</source>
            <translation>更正后内容</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Amend</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>People involved</source>
            <translation>涉及人员</translation>
        </message>
        <message>
            <source>Actions taken</source>
            <translation>已采取行动</translation>
        </message>
        <message>
            <source>Incident {number} reported.</source>
            <translation>事件 {number} 已上报。</translation>
        </message>
        <message>
            <source>Choose an incident in the list.</source>
            <translation>请在列表中选择事件。</translation>
        </message>
        <message>
            <source>{number} ({state})</source>
            <translation>{number}（{state}）</translation>
        </message>
        <message>
            <source>Work orders:</source>
            <translation>工单：</translation>
        </message>
        <message>
            <source>No work order made from it yet.</source>
            <translation>尚未转为工单。</translation>
        </message>
        <message>
            <source>{number} · {category} · {severity} · {status}
{time} {location}: {summary}</source>
            <translation>{number} · {category} · {severity} · {status}
{time} {location}：{summary}</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>上报</translation>
        </message>
        <message>
            <source>notified {party} {who}</source>
            <translation>已通知 {party} {who}</translation>
        </message>
        <message>
            <source>status → {status} {note}</source>
            <translation>状态 → {status} {note}</translation>
        </message>
        <message>
            <source>corrected {field}: “{before}” → “{after}” ({reason})</source>
            <translation>更正 {field}：“{before}”→“{after}”（{reason}）</translation>
        </message>
        <message>
            <source>Add photos or files to the incident</source>
            <translation>为事件添加照片或文件</translation>
        </message>
        <message>
            <source>{count} file(s) added to the incident.</source>
            <translation>已为事件添加 {count} 个文件。</translation>
        </message>
        <message>
            <source>Choose the incident to turn into a work order in the list first.</source>
            <translation>请先在列表中选择要转为工单的事件。</translation>
        </message>
        <message>
            <source>Work order {number} saved from this incident.</source>
            <translation>已由此事件创建工单 {number}。</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>&amp;Find resident</source>
            <translation>查找住户(&amp;F)</translation>
        </message>
        <message>
            <source>Reporter &amp;name</source>
            <translation>报修人姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>单元(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>位置(&amp;L)</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>类型(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>类别(&amp;C)</translation>
        </message>
        <message>
            <source>P&amp;riority</source>
            <translation>紧急程度(&amp;R)</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>渠道(&amp;H)</translation>
        </message>
        <message>
            <source>Photos / files</source>
            <translation>照片 / 文件</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>描述(&amp;D)</translation>
        </message>
        <message>
            <source>Name, phone digits or unit, then Enter</source>
            <translation>姓名、电话数字或单元，然后按 Enter</translation>
        </message>
        <message>
            <source>e.g. A12A</source>
            <translation>例如 A12A</translation>
        </message>
        <message>
            <source>e.g. kitchen, lobby, car park</source>
            <translation>例如 厨房、大堂、停车场</translation>
        </message>
        <message>
            <source>Walk-in: type the name</source>
            <translation>上门报修：输入姓名</translation>
        </message>
        <message>
            <source>&amp;Save (Ctrl+S)</source>
            <translation>保存(&amp;S) (Ctrl+S)</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>清除(&amp;L)</translation>
        </message>
        <message>
            <source>— no unit —</source>
            <translation>— 无单元 —</translation>
        </message>
        <message>
            <source>Check the marked values; press Save again to keep them as they are.</source>
            <translation>请核对标出的内容；如无误，再按一次“保存”即按原样保存。</translation>
        </message>
        <message>
            <source>Work order {number} saved.</source>
            <translation>工单 {number} 已保存。</translation>
        </message>
    </context>
    <context>
        <name>IssueKeyDialog</name>
        <message>
            <source>Lend a key</source>
            <translation>借出钥匙</translation>
        </message>
        <message>
            <source>hook {position}</source>
            <translation>挂钩 {position}</translation>
        </message>
        <message>
            <source>ring of {count}: {keys}</source>
            <translation>钥匙串共 {count} 把：{keys}</translation>
        </message>
        <message>
            <source>&amp;Borrower</source>
            <translation>借用人(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>事由(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Due back</source>
            <translation>应还时间(&amp;D)</translation>
        </message>
        <message>
            <source>ID checked</source>
            <translation>已核对证件</translation>
        </message>
        <message>
            <source>I have seen the borrower's ID card or staff card (&amp;I)</source>
            <translation>已核对借用人的身份证或工作证(&amp;I)</translation>
        </message>
        <message>
            <source>Depositor's &amp;confirmation</source>
            <translation>业主确认(&amp;C)</translation>
        </message>
        <message>
            <source>Only for someone not on the depositor's list: who confirmed, when</source>
            <translation>只限代领名单以外的人：由谁确认、何时确认</translation>
        </message>
        <message>
            <source>Print &amp;slip</source>
            <translation>打印借用单(&amp;S)</translation>
        </message>
        <message>
            <source>No slip</source>
            <translation>不打印</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>小票打印机</translation>
        </message>
        <message>
            <source>A5 sheet</source>
            <translation>A5 纸</translation>
        </message>
        <message>
            <source>&amp;Lend</source>
            <translation>借出(&amp;L)</translation>
        </message>
        <message>
            <source>✔ {name} may borrow this key.</source>
            <translation>✔ {name} 可借用此钥匙。</translation>
        </message>
        <message>
            <source>Not on the depositor's list: the depositor's confirmation is needed.</source>
            <translation>不在业主的代领名单：需要业主确认。</translation>
        </message>
        <message>
            <source>Not authorised for this key: a supervisor will be asked to approve.</source>
            <translation>未获授权借用此钥匙：需要班长批准。</translation>
        </message>
    </context>
    <context>
        <name>KeyClassSection</name>
        <message>
            <source>Key classes</source>
            <translation>钥匙类别</translation>
        </message>
        <message>
            <source>Each class has the loan period that fills in "due back", and says who may borrow it without being named on the key. Leave an added class's name empty to remove it.</source>
            <translation>每个类别设定默认借用时限（自动填入“应还时间”），以及哪些人无需逐一授权即可借用。清空新增类别的名称即可删除该类别。</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Loan period (hours)</source>
            <translation>借用时限（小时）</translation>
        </message>
        <message>
            <source>Any staff</source>
            <translation>任何员工</translation>
        </message>
        <message>
            <source>Any contractor</source>
            <translation>任何承包商</translation>
        </message>
        <message>
            <source>New class name</source>
            <translation>新类别名称</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Save key classes</source>
            <translation>保存钥匙类别</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>KeyCountDialog</name>
        <message>
            <source>Key count</source>
            <translation>钥匙清点</translation>
        </message>
        <message>
            <source>Scan each key in the cabinet, or type its tag and press Enter, or tick it in the list (Space). Then save: what is missing is kept for the handover.</source>
            <translation>逐一扫描柜内钥匙，或输入编号后按 Enter，或在清单中勾选（空格键），然后保存：缺失的钥匙会记入交班。</translation>
        </message>
        <message>
            <source>Scan or type a tag, then Enter</source>
            <translation>扫描或输入编号，按 Enter</translation>
        </message>
        <message>
            <source>Note for the handover (optional)</source>
            <translation>交班备注（可留空）</translation>
        </message>
        <message>
            <source>&amp;Save the count</source>
            <translation>保存清点结果(&amp;S)</translation>
        </message>
        <message>
            <source>Expected {expected} · seen {seen} · not yet seen {left}</source>
            <translation>应有 {expected} 把 · 已点 {seen} 把 · 未点 {left} 把</translation>
        </message>
        <message>
            <source>Not expected in the cabinet: {tags}</source>
            <translation>不应在柜内：{tags}</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>Saved at {time}: {matched} of {expected} keys in place.</source>
            <translation>已于 {time} 保存：{expected} 把中 {matched} 把在位。</translation>
        </message>
        <message>
            <source>{outcome}: {tag} {label}</source>
            <translation>{outcome}：{tag} {label}</translation>
        </message>
        <message>
            <source>Everything is where it should be.</source>
            <translation>全部钥匙都在原位。</translation>
        </message>
    </context>
    <context>
        <name>KeyDialogs</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>KeyExport</name>
        <message>
            <source>Keys</source>
            <translation>钥匙</translation>
        </message>
        <message>
            <source>Key loans</source>
            <translation>钥匙借还记录</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>钥匙</translation>
        </message>
        <message>
            <source>Opens (kind)</source>
            <translation>开启类别</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>开启</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Ring</source>
            <translation>钥匙串</translation>
        </message>
        <message>
            <source>On ring</source>
            <translation>所在钥匙串</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借用人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应还时间</translation>
        </message>
        <message>
            <source>Borrower is</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Company / unit / pass</source>
            <translation>公司 / 单元 / 通行证</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>借出时间</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>经手人</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>ID checked</source>
            <translation>已核对证件</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>归还时间</translation>
        </message>
        <message>
            <source>Returned by (someone else)</source>
            <translation>代还人</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>接收人</translation>
        </message>
        <message>
            <source>Late (min)</source>
            <translation>逾时（分钟）</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>KeyFormDialog</name>
        <message>
            <source>Correct a key's details</source>
            <translation>更正钥匙资料</translation>
        </message>
        <message>
            <source>Add a key</source>
            <translation>新增钥匙</translation>
        </message>
        <message>
            <source>&amp;Tag</source>
            <translation>编号(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Opens</source>
            <translation>开启(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;What it opens</source>
            <translation>开启位置(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>单元(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Class</source>
            <translation>类别(&amp;C)</translation>
        </message>
        <message>
            <source>Cabinet &amp;position</source>
            <translation>柜位(&amp;P)</translation>
        </message>
        <message>
            <source>Co&amp;pies on the hook</source>
            <translation>挂钩上数量(&amp;P)</translation>
        </message>
        <message>
            <source>Ring</source>
            <translation>钥匙串</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>This is a key ring, lent as one item (&amp;R)</source>
            <translation>这是一串钥匙，整串借出(&amp;R)</translation>
        </message>
        <message>
            <source>e.g. B2 水泵房</source>
            <translation>例如 B2 水泵房</translation>
        </message>
        <message>
            <source>e.g. 甲櫃 12</source>
            <translation>例如 甲柜 12</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>KeyHistoryModel</name>
        <message>
            <source>due {time}</source>
            <translation>应还 {time}</translation>
        </message>
        <message>
            <source>late {late}</source>
            <translation>逾时 {late}</translation>
        </message>
        <message>
            <source>depositor confirmed: {how}</source>
            <translation>业主确认：{how}</translation>
        </message>
        <message>
            <source>brought back by someone else</source>
            <translation>由他人代还</translation>
        </message>
        <message>
            <source>changed: {fields}</source>
            <translation>更改：{fields}</translation>
        </message>
        <message>
            <source>ring {tag}</source>
            <translation>钥匙串 {tag}</translation>
        </message>
        <message>
            <source>reprint no. {count}</source>
            <translation>第 {count} 次补打</translation>
        </message>
        <message>
            <source>{count} may collect</source>
            <translation>{count} 人可代领</translation>
        </message>
        <message>
            <source>approved by {name}</source>
            <translation>由 {name} 批准</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经手人</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借用人</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
    </context>
    <context>
        <name>KeyManageMenu</name>
        <message>
            <source>&amp;Add a key…</source>
            <translation>新增钥匙(&amp;A)…</translation>
        </message>
        <message>
            <source>Resident's key &amp;deposited…</source>
            <translation>业主寄存钥匙(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Correct the chosen key…</source>
            <translation>更正所选钥匙(&amp;C)…</translation>
        </message>
        <message>
            <source>Keys on the &amp;ring…</source>
            <translation>钥匙串上的钥匙(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Who may borrow it…</source>
            <translation>可借用人员(&amp;W)…</translation>
        </message>
        <message>
            <source>De&amp;positor and collectors…</source>
            <translation>寄存人及代领人(&amp;P)…</translation>
        </message>
        <message>
            <source>Report &amp;lost…</source>
            <translation>报失(&amp;L)…</translation>
        </message>
        <message>
            <source>Lost key: &amp;acknowledge, found, replaced…</source>
            <translation>遗失处理：确认、寻回、补配(&amp;A)…</translation>
        </message>
        <message>
            <source>Re&amp;tire the key…</source>
            <translation>注销钥匙(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Import keys from Excel…</source>
            <translation>从 Excel 导入钥匙(&amp;I)…</translation>
        </message>
    </context>
    <context>
        <name>KeyNames</name>
        <message>
            <source>In cabinet</source>
            <translation>在柜</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>遗失</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>已注销</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>All keys</source>
            <translation>全部钥匙</translation>
        </message>
        <message>
            <source>Out now</source>
            <translation>借出中</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>承包商</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Plant room</source>
            <translation>机房</translation>
        </message>
        <message>
            <source>Gate / door</source>
            <translation>闸门 / 门</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>车辆</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>业主</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>租户</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>家属</translation>
        </message>
        <message>
            <source>Management key</source>
            <translation>管理钥匙</translation>
        </message>
        <message>
            <source>Resident-deposited</source>
            <translation>业主寄存</translation>
        </message>
        <message>
            <source>Emergency key</source>
            <translation>紧急钥匙</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已归还</translation>
        </message>
        <message>
            <source>Returned late</source>
            <translation>逾期归还</translation>
        </message>
        <message>
            <source>Lost while out</source>
            <translation>借出期间遗失</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Added to the register</source>
            <translation>登记入册</translation>
        </message>
        <message>
            <source>Imported from Excel</source>
            <translation>由 Excel 导入</translation>
        </message>
        <message>
            <source>Details corrected</source>
            <translation>更正资料</translation>
        </message>
        <message>
            <source>Put on ring</source>
            <translation>挂上钥匙串</translation>
        </message>
        <message>
            <source>Taken off ring</source>
            <translation>从钥匙串取下</translation>
        </message>
        <message>
            <source>Borrower authorised</source>
            <translation>授权借用人</translation>
        </message>
        <message>
            <source>Authorisation withdrawn</source>
            <translation>撤销授权</translation>
        </message>
        <message>
            <source>Reported lost</source>
            <translation>报失</translation>
        </message>
        <message>
            <source>Loss acknowledged</source>
            <translation>班长确认遗失</translation>
        </message>
        <message>
            <source>Replaced (new copy)</source>
            <translation>已补配（新配钥匙）</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>寻回</translation>
        </message>
        <message>
            <source>Deposited by the resident</source>
            <translation>业主寄存</translation>
        </message>
        <message>
            <source>Collectors changed</source>
            <translation>更改代领人</translation>
        </message>
        <message>
            <source>Loan slip printed</source>
            <translation>打印借用单</translation>
        </message>
        <message>
            <source>Deposit receipt printed</source>
            <translation>打印寄存收据</translation>
        </message>
        <message>
            <source>Missing at a key count</source>
            <translation>清点时缺失</translation>
        </message>
        <message>
            <source>Found at a count while out</source>
            <translation>清点时发现（记录为借出）</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>在位</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>Not expected</source>
            <translation>不应在柜</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} 小时 {minutes} 分</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} 分钟</translation>
        </message>
    </context>
    <context>
        <name>KeyPrint</name>
        <message>
            <source>Key loan slip</source>
            <translation>钥匙借用单</translation>
        </message>
        <message>
            <source>Key deposit receipt</source>
            <translation>业主寄存钥匙收据</translation>
        </message>
        <message>
            <source>Key register</source>
            <translation>钥匙登记表</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>钥匙</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>开启</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借用人</translation>
        </message>
        <message>
            <source>Borrower is</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>借出时间</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>应还时间</translation>
        </message>
        <message>
            <source>ID checked</source>
            <translation>已核对证件</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>经手人</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Depositor's confirmation</source>
            <translation>业主确认</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Returned by</source>
            <translation>归还人</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>接收人</translation>
        </message>
        <message>
            <source>On return</source>
            <translation>归还</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Depositor</source>
            <translation>寄存人</translation>
        </message>
        <message>
            <source>Deposited</source>
            <translation>寄存时间</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>同意书</translation>
        </message>
        <message>
            <source>May collect this key</source>
            <translation>可代领此钥匙人士</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Only the depositor.</source>
            <translation>只限寄存人本人。</translation>
        </message>
        <message>
            <source>Only the depositor and the people listed may collect this key. Anyone else is given the key only after the depositor confirms it to the desk.</source>
            <translation>只有寄存人及上列人士可领取此钥匙；其他人士须经寄存人向管理处确认后方可领取。</translation>
        </message>
        <message>
            <source>For the management</source>
            <translation>管理处</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应还</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>钥匙总数</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>遗失</translation>
        </message>
        <message>
            <source>Shown</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Overdue {late}</source>
            <translation>逾期 {late}</translation>
        </message>
        <message>
            <source>on ring {ring}</source>
            <translation>在钥匙串 {ring}</translation>
        </message>
        <message>
            <source>Keys on the ring</source>
            <translation>串上钥匙</translation>
        </message>
    </context>
    <context>
        <name>KeyTableModel</name>
        <message>
            <source>Overdue {late}</source>
            <translation>逾期 {late}</translation>
        </message>
        <message>
            <source>On ring {ring}</source>
            <translation>在钥匙串 {ring}</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>钥匙</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借用人</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>应还时间</translation>
        </message>
    </context>
    <context>
        <name>KeyTexts</name>
        <message>
            <source>Key {tag} is already out. Take it back first (it may have been lent at another desk).</source>
            <translation>钥匙 {tag} 已借出，请先收回（可能已在其他岗位借出）。</translation>
        </message>
        <message>
            <source>Key {tag} is reported lost; it cannot be lent until it is found or replaced.</source>
            <translation>钥匙 {tag} 已报失；寻回或补配前不可借出。</translation>
        </message>
        <message>
            <source>Key {tag} is retired and cannot be used.</source>
            <translation>钥匙 {tag} 已注销，不可使用。</translation>
        </message>
        <message>
            <source>Key {tag} hangs on ring {ring}: lend the whole ring instead.</source>
            <translation>钥匙 {tag} 挂在钥匙串 {ring} 上：请借出整串。</translation>
        </message>
        <message>
            <source>Key {tag} is already reported lost.</source>
            <translation>钥匙 {tag} 已报失。</translation>
        </message>
        <message>
            <source>Ring {tag} still has keys on it: take them off the ring first.</source>
            <translation>钥匙串 {tag} 上仍有钥匙，请先取下。</translation>
        </message>
        <message>
            <source>{tag} is not a key ring.</source>
            <translation>{tag} 不是钥匙串。</translation>
        </message>
        <message>
            <source>This key was already taken back (perhaps at another desk).</source>
            <translation>此钥匙已收回（可能在其他岗位）。</translation>
        </message>
        <message>
            <source>This visitor is no longer on site (checked out). Choose someone on the list.</source>
            <translation>此访客已离场，请在名单中选择在场人员。</translation>
        </message>
        <message>
            <source>A supervisor has already acknowledged this loss.</source>
            <translation>班长已确认此遗失。</translation>
        </message>
        <message>
            <source>A supervisor must acknowledge the loss before the key is replaced or retired.</source>
            <translation>须先由班长确认遗失，才可补配或注销钥匙。</translation>
        </message>
        <message>
            <source>This loss has already been dealt with.</source>
            <translation>此遗失已处理。</translation>
        </message>
        <message>
            <source>This permission was already withdrawn.</source>
            <translation>此授权已撤销。</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Key name</source>
            <translation>钥匙名称</translation>
        </message>
        <message>
            <source>Opens (kind)</source>
            <translation>开启类别</translation>
        </message>
        <message>
            <source>What it opens</source>
            <translation>开启位置</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Key class</source>
            <translation>钥匙类别</translation>
        </message>
        <message>
            <source>Cabinet position</source>
            <translation>柜位</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Key ring</source>
            <translation>钥匙串</translation>
        </message>
        <message>
            <source>Keys on the ring</source>
            <translation>串上钥匙</translation>
        </message>
        <message>
            <source>On ring</source>
            <translation>所在钥匙串</translation>
        </message>
        <message>
            <source>Allowed for</source>
            <translation>授权范围</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借用人</translation>
        </message>
        <message>
            <source>Borrower from</source>
            <translation>借用人来自</translation>
        </message>
        <message>
            <source>Returned by</source>
            <translation>归还人</translation>
        </message>
        <message>
            <source>Returned by, from</source>
            <translation>归还人来自</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>应还时间</translation>
        </message>
        <message>
            <source>Depositor's confirmation</source>
            <translation>业主确认</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Scanned tag</source>
            <translation>扫描编号</translation>
        </message>
        <message>
            <source>Depositor</source>
            <translation>寄存人</translation>
        </message>
        <message>
            <source>Owner's consent</source>
            <translation>业主同意</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>同意书</translation>
        </message>
        <message>
            <source>May collect</source>
            <translation>可代领人</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Key classes</source>
            <translation>钥匙类别</translation>
        </message>
        <message>
            <source>Collector {number}: name</source>
            <translation>代领人 {number}：姓名</translation>
        </message>
        <message>
            <source>Collector {number}: phone</source>
            <translation>代领人 {number}：电话</translation>
        </message>
        <message>
            <source>Collector {number}: relation</source>
            <translation>代领人 {number}：关系</translation>
        </message>
        <message>
            <source>Must be later than now.</source>
            <translation>必须晚于现在。</translation>
        </message>
        <message>
            <source>At most {days} days from now.</source>
            <translation>最多只可借用 {days} 天。</translation>
        </message>
        <message>
            <source>Not on the depositor's list: call the depositor and note here who confirmed and when (or ask a supervisor).</source>
            <translation>不在业主指定的代领名单：请致电业主，并在此记下由谁、何时确认（或请班长处理）。</translation>
        </message>
        <message>
            <source>The owner must agree to leave the key with the management.</source>
            <translation>业主必须同意将钥匙寄存于管理处。</translation>
        </message>
        <message>
            <source>Management, resident-deposited and emergency keys must stay in the list.</source>
            <translation>“管理钥匙”、“业主寄存”及“紧急钥匙”三个类别必须保留。</translation>
        </message>
        <message>
            <source>The on-site visitor list is not available at this desk.</source>
            <translation>此岗位未能取得在场访客名单。</translation>
        </message>
        <message>
            <source>A ring cannot hang on a ring, nor on itself.</source>
            <translation>钥匙串不能挂在另一串或自己身上。</translation>
        </message>
        <message>
            <source>Resident-deposited keys are recorded with the deposit form.</source>
            <translation>业主寄存钥匙须以寄存表格登记。</translation>
        </message>
        <message>
            <source>This is not an Excel workbook (.xlsx).</source>
            <translation>这不是 Excel 工作簿 (.xlsx)。</translation>
        </message>
        <message>
            <source>The sheet has no keys below its header row.</source>
            <translation>工作表标题行以下没有钥匙数据。</translation>
        </message>
        <message>
            <source>More than {max} rows.</source>
            <translation>超过 {max} 行。</translation>
        </message>
        <message>
            <source>No key ring with this tag (in the file or the register).</source>
            <translation>文件及登记册中都没有此编号的钥匙串。</translation>
        </message>
    </context>
    <context>
        <name>KeyTransfer</name>
        <message>
            <source>{site} · {what} · {name} {time}</source>
            <translation>{site} · {what} · {name} {time}</translation>
        </message>
        <message>
            <source>Key register</source>
            <translation>钥匙登记表</translation>
        </message>
        <message>
            <source>{count} keys written to {path}.</source>
            <translation>已将 {count} 把钥匙写入 {path}。</translation>
        </message>
        <message>
            <source>Save the key list as Excel</source>
            <translation>将钥匙清单保存为 Excel</translation>
        </message>
        <message>
            <source>Key loans</source>
            <translation>钥匙借还记录</translation>
        </message>
        <message>
            <source>{count} loans written to {path}.</source>
            <translation>已将 {count} 笔借用写入 {path}。</translation>
        </message>
        <message>
            <source>Save the loans as Excel</source>
            <translation>将借还记录保存为 Excel</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct these rows and import again:</source>
            <translation>未导入任何数据。请更正以下各行后再导入：</translation>
        </message>
        <message>
            <source>Row {row}, {field}: {message}</source>
            <translation>第 {row} 行，{field}：{message}</translation>
        </message>
        <message>
            <source>…and {count} more.</source>
            <translation>…另有 {count} 项。</translation>
        </message>
        <message>
            <source>Imported: {added} keys added, {amended} corrected, {same} unchanged.</source>
            <translation>已导入：新增 {added} 把、更正 {amended} 把、不变 {same} 把。</translation>
        </message>
        <message>
            <source>Import keys from Excel</source>
            <translation>从 Excel 导入钥匙</translation>
        </message>
    </context>
    <context>
        <name>KeysPage</name>
        <message>
            <source>Key register</source>
            <translation>钥匙登记</translation>
        </message>
        <message>
            <source>Keys (&amp;K)</source>
            <translation>钥匙(&amp;K)</translation>
        </message>
        <message>
            <source>Loans by date (&amp;D)</source>
            <translation>借还记录(&amp;D)</translation>
        </message>
        <message>
            <source>History of a key (&amp;H)</source>
            <translation>钥匙记录(&amp;H)</translation>
        </message>
        <message>
            <source>No key has the tag {tag}.</source>
            <translation>没有编号为 {tag} 的钥匙。</translation>
        </message>
        <message>
            <source>{tag} is {state}: it cannot be lent.</source>
            <translation>{tag} {state}，不可借出。</translation>
        </message>
        <message>
            <source>{tag} hangs on ring {ring}: lend the whole ring.</source>
            <translation>{tag} 挂在钥匙串 {ring} 上：请借出整串。</translation>
        </message>
        <message>
            <source>{tag} is not out.</source>
            <translation>{tag} 未借出。</translation>
        </message>
    </context>
    <context>
        <name>KeysPanel</name>
        <message>
            <source>Keys</source>
            <translation>钥匙</translation>
        </message>
        <message>
            <source>Open the key register</source>
            <translation>打开钥匙登记</translation>
        </message>
        <message>
            <source>{tag} {label} · {name} · overdue {late}</source>
            <translation>{tag} {label} · {name} · 逾期 {late}</translation>
        </message>
        <message>
            <source>{out} keys out, {overdue} overdue.</source>
            <translation>借出 {out} 把，逾期 {overdue} 把。</translation>
        </message>
        <message>
            <source>Every key is in the cabinet.</source>
            <translation>所有钥匙都在柜内。</translation>
        </message>
        <message>
            <source>…and {count} more overdue.</source>
            <translation>…另有 {count} 把逾期。</translation>
        </message>
    </context>
    <context>
        <name>KpiPage</name>
        <message>
            <source>Repair KPIs</source>
            <translation>报修指标</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>月份(&amp;M)</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>受理数量</translation>
        </message>
        <message>
            <source>First response (mean)</source>
            <translation>平均首次响应时间</translation>
        </message>
        <message>
            <source>MTTR (without on-hold time)</source>
            <translation>平均修复时间（不计暂停）</translation>
        </message>
        <message>
            <source>SLA met</source>
            <translation>达标率</translation>
        </message>
        <message>
            <source>Reopen rate</source>
            <translation>重开率</translation>
        </message>
        <message>
            <source>Complaint rate</source>
            <translation>投诉率</translation>
        </message>
        <message>
            <source>Satisfaction (5 = very satisfied)</source>
            <translation>满意度（5 = 非常满意）</translation>
        </message>
        <message>
            <source>Requests per day (hatched: overdue)</source>
            <translation>每日受理数量（斜线部分：超时）</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>按类别</translation>
        </message>
        <message>
            <source>By technician</source>
            <translation>按维修人员</translation>
        </message>
    </context>
    <context>
        <name>KpiTableModel</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>First response</source>
            <translation>首次响应</translation>
        </message>
        <message>
            <source>MTTR</source>
            <translation>平均修复时间</translation>
        </message>
        <message>
            <source>SLA met</source>
            <translation>达标</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>重开</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>(not dispatched)</source>
            <translation>（未派工）</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Guard</source>
            <translation>保安员</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>客服</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <source>Gate booth</source>
            <translation>门岗</translation>
        </message>
        <message>
            <source>Reception desk</source>
            <translation>客服前台</translation>
        </message>
        <message>
            <source>Day shift</source>
            <translation>早班</translation>
        </message>
        <message>
            <source>Evening shift</source>
            <translation>中班</translation>
        </message>
        <message>
            <source>Night shift</source>
            <translation>夜班</translation>
        </message>
        <message>
            <source>On duty</source>
            <translation>当值中</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>Handed over</source>
            <translation>已交班</translation>
        </message>
    </context>
    <context>
        <name>ListExport</name>
        <message>
            <source>Exporting to Excel…</source>
            <translation>正在导出 Excel…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Watchlist</source>
            <translation>关注名单</translation>
        </message>
        <message>
            <source>Expected visitors</source>
            <translation>预约访客</translation>
        </message>
        <message>
            <source>Patrol rounds</source>
            <translation>巡逻记录</translation>
        </message>
        <message>
            <source>Key counts</source>
            <translation>钥匙清点</translation>
        </message>
        <message>
            <source>Deposited keys</source>
            <translation>住户寄存钥匙</translation>
        </message>
        <message>
            <source>Repair KPIs</source>
            <translation>维修绩效指标</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>生效中</translation>
        </message>
        <message>
            <source>Lifted or expired</source>
            <translation>已解除或过期</translation>
        </message>
        <message>
            <source>lifted and expired entries included</source>
            <translation>包括已解除及过期项目</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>维修人员</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Export the watchlist to Excel</source>
            <translation>把关注名单导出至 Excel</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>其他名称</translation>
        </message>
        <message>
            <source>Phone (masked)</source>
            <translation>电话（已遮蔽）</translation>
        </message>
        <message>
            <source>ID type</source>
            <translation>证件类别</translation>
        </message>
        <message>
            <source>ID (masked)</source>
            <translation>证件号码（已遮蔽）</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>车牌</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>有效至</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>加入人</translation>
        </message>
        <message>
            <source>Added at</source>
            <translation>加入时间</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>吻合次数</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>到访单位</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>同行人数</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>路线</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Guard</source>
            <translation>巡逻员</translation>
        </message>
        <message>
            <source>Checkpoints</source>
            <translation>巡逻点数</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>已到达</translation>
        </message>
        <message>
            <source>Missed checkpoints</source>
            <translation>漏巡点</translation>
        </message>
        <message>
            <source>Anomalies noted</source>
            <translation>异常记录</translation>
        </message>
        <message>
            <source>Counted at</source>
            <translation>清点时间</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>清点人</translation>
        </message>
        <message>
            <source>Expected in the cabinet</source>
            <translation>应在柜内</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>相符</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>缺少</translation>
        </message>
        <message>
            <source>Unexpected</source>
            <translation>多出</translation>
        </message>
        <message>
            <source>Missing keys</source>
            <translation>缺少的钥匙</translation>
        </message>
        <message>
            <source>Unexpected keys</source>
            <translation>多出的钥匙</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>钥匙牌</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>钥匙</translation>
        </message>
        <message>
            <source>Depositor</source>
            <translation>寄存人</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>同意时间</translation>
        </message>
        <message>
            <source>Consent record</source>
            <translation>同意书记录</translation>
        </message>
        <message>
            <source>Deposited at</source>
            <translation>寄存时间</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>接收人</translation>
        </message>
        <message>
            <source>May collect (phones masked)</source>
            <translation>可领取人（电话已遮蔽）</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>表</translation>
        </message>
        <message>
            <source>Technician / day</source>
            <translation>维修人员／日期</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>报修数</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉数</translation>
        </message>
        <message>
            <source>First response (mean, h)</source>
            <translation>首次响应（平均，小时）</translation>
        </message>
        <message>
            <source>MTTR without on-hold time (h)</source>
            <translation>平均修复时间，不计暂停（小时）</translation>
        </message>
        <message>
            <source>SLA met (%)</source>
            <translation>达标率（%）</translation>
        </message>
        <message>
            <source>Reopen rate (%)</source>
            <translation>重开率（%）</translation>
        </message>
        <message>
            <source>Complaint rate (%)</source>
            <translation>投诉率（%）</translation>
        </message>
        <message>
            <source>Satisfaction (1–5)</source>
            <translation>满意度（1–5）</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>回复数</translation>
        </message>
    </context>
    <context>
        <name>LoanTableModel</name>
        <message>
            <source>Tag</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>钥匙</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借用人</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>应还时间</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>归还</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>逾时</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>Locked — {site}</source>
            <translation>已锁定 — {site}</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>Who is at the desk?</source>
            <translation>现在谁在岗位上？</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>PIN 码(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <source>Sign in with a &amp;password instead</source>
            <translation>改用密码登录(&amp;P)</translation>
        </message>
        <message>
            <source>Choose who you are first.</source>
            <translation>请先选择你的名字。</translation>
        </message>
    </context>
    <context>
        <name>LogTableModel</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>By</source>
            <translation>记录人</translation>
        </message>
        <message>
            <source>Original: {text}</source>
            <translation>原文：{text}</translation>
        </message>
        <message>
            <source>Amended {time} by {name}: {reason}</source>
            <translation>{time} 由 {name} 更正：{reason}</translation>
        </message>
        <message>
            <source>Files: {names}</source>
            <translation>文件：{names}</translation>
        </message>
        <message>
            <source>Work order: {numbers}</source>
            <translation>工单：{numbers}</translation>
        </message>
    </context>
    <context>
        <name>LoginPage</name>
        <message>
            <source>Gatehouse</source>
            <translation>门岗值守台</translation>
        </message>
        <message>
            <source>Guard booth and reception desk</source>
            <translation>门岗与客服前台</translation>
        </message>
        <message>
            <source>&amp;Desk</source>
            <translation>岗位(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>用户名(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>登录(&amp;S)</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>正在打开数据库…</translation>
        </message>
        <message>
            <source>Opening the database… you will be signed in as soon as it is ready.</source>
            <translation>正在打开数据库…准备好后会自动登录。</translation>
        </message>
    </context>
    <context>
        <name>LostKeyDialog</name>
        <message>
            <source>Report a key lost</source>
            <translation>钥匙报失</translation>
        </message>
        <message>
            <source>The key cannot be lent until it is found or replaced.</source>
            <translation>寻回或补配前，此钥匙不可借出。</translation>
        </message>
        <message>
            <source>Lent to {name}: the loan is closed as lost. </source>
            <translation>借给 {name}：此借用将记录为遗失。</translation>
        </message>
        <message>
            <source>&amp;What happened</source>
            <translation>经过(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Report lost</source>
            <translation>报失(&amp;R)</translation>
        </message>
        <message>
            <source>Lost key</source>
            <translation>遗失钥匙</translation>
        </message>
        <message>
            <source>Reported by {name} at {time}.</source>
            <translation>由 {name} 于 {time} 报失。</translation>
        </message>
        <message>
            <source>It was lent to {name}.</source>
            <translation>当时借给 {name}。</translation>
        </message>
        <message>
            <source>Acknowledged by {name}.</source>
            <translation>已由 {name} 确认。</translation>
        </message>
        <message>
            <source>Not yet acknowledged by a supervisor.</source>
            <translation>班长尚未确认。</translation>
        </message>
        <message>
            <source>Acknowledge the loss (supervisor)</source>
            <translation>确认遗失（班长）</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>处理结果(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>记录(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Home</source>
            <translation>首页</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>访客登记</translation>
        </message>
        <message>
            <source>Visit history</source>
            <translation>访客记录</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>钥匙</translation>
        </message>
        <message>
            <source>Duty log</source>
            <translation>值班日志</translation>
        </message>
        <message>
            <source>Patrols</source>
            <translation>巡逻</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>交接班</translation>
        </message>
        <message>
            <source>Repairs</source>
            <translation>报修投诉</translation>
        </message>
        <message>
            <source>Repair KPIs</source>
            <translation>报修指标</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>住户名录</translation>
        </message>
        <message>
            <source>Watchlist</source>
            <translation>关注名单</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
    </context>
    <context>
        <name>OnSitePanel</name>
        <message>
            <source>Search on-site visitors, or scan a slip to check out (F3)</source>
            <translation>搜索在场访客，或扫描访客单登记离开（F3）</translation>
        </message>
        <message>
            <source>Check &amp;out (F9)</source>
            <translation>登记离开(&amp;O)（F9）</translation>
        </message>
        <message>
            <source>Print &amp;slip</source>
            <translation>打印访客单(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>详情(&amp;D)</translation>
        </message>
        <message>
            <source>Overstay s&amp;weep ({count})</source>
            <translation>超时巡查(&amp;W)（{count}）</translation>
        </message>
        <message>
            <source>{name} checked out ({code}).</source>
            <translation>{name} 已登记离开（{code}）。</translation>
        </message>
        <message>
            <source>No visitor is past their leave-by time.</source>
            <translation>没有超时的访客。</translation>
        </message>
        <message>
            <source>Sweep recorded for {count} visitor(s).</source>
            <translation>已记录 {count} 位访客的巡查结果。</translation>
        </message>
    </context>
    <context>
        <name>OnSiteTableModel</name>
        <message>
            <source>Visitor</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>到访</translation>
        </message>
        <message>
            <source>In</source>
            <translation>入场</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>在场</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Overstay {time}</source>
            <translation>超时 {time}</translation>
        </message>
    </context>
    <context>
        <name>OperatorDialog</name>
        <message>
            <source>Add operator</source>
            <translation>新增操作员</translation>
        </message>
        <message>
            <source>Set a temporary password</source>
            <translation>设置临时密码</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>设置 PIN 码</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>PIN (4–6 digits)</source>
            <translation>PIN 码（4–6 位数字）</translation>
        </message>
    </context>
    <context>
        <name>OperatorTableModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN 码</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>已设置</translation>
        </message>
    </context>
    <context>
        <name>OperatorsPage</name>
        <message>
            <source>Operators</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>新增(&amp;A)…</translation>
        </message>
        <message>
            <source>Set &amp;role</source>
            <translation>设置角色(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Disable / enable</source>
            <translation>停用／启用(&amp;D)</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>重置密码(&amp;P)…</translation>
        </message>
        <message>
            <source>Set P&amp;IN…</source>
            <translation>设置 PIN 码(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>锁定(&amp;L)</translation>
        </message>
        <message>
            <source>Lock this account on purpose (failed sign-ins only slow it down). Never the last administrator.</source>
            <translation>刻意锁定此账户（登录失败只会延迟下次尝试，不会锁定）。不可锁定最后一位系统管理员。</translation>
        </message>
        <message>
            <source>Select an operator in the table first.</source>
            <translation>请先在表中选择一位操作员。</translation>
        </message>
        <message>
            <source>Operator added.</source>
            <translation>已新增操作员。</translation>
        </message>
        <message>
            <source>Role changed.</source>
            <translation>角色已修改。</translation>
        </message>
        <message>
            <source>Account state changed.</source>
            <translation>账户状态已修改。</translation>
        </message>
        <message>
            <source>Account locked: it cannot sign in until a supervisor unlocks it.</source>
            <translation>账户已锁定：须由主管解锁后才能登录。</translation>
        </message>
        <message>
            <source>Temporary password set; it must be changed at the next sign-in.</source>
            <translation>已设置临时密码；下次登录时必须修改。</translation>
        </message>
        <message>
            <source>PIN set.</source>
            <translation>PIN 码已设置。</translation>
        </message>
        <message>
            <source>Account unlocked.</source>
            <translation>账户已解锁。</translation>
        </message>
    </context>
    <context>
        <name>PatrolsPage</name>
        <message>
            <source>This desk's patrol rounds of the last 31 days to Excel (other periods: the Reports page)</source>
            <translation>把本岗位最近 31 日的巡逻记录导出至 Excel（其他期间：报表页）</translation>
        </message>
        <message>
            <source>Patrols</source>
            <translation>巡逻</translation>
        </message>
        <message>
            <source>&amp;Route</source>
            <translation>路线(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Start a round</source>
            <translation>开始巡逻(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Anomaly</source>
            <translation>异常(&amp;A)</translation>
        </message>
        <message>
            <source>Anything wrong at this checkpoint (optional)</source>
            <translation>此巡逻点有何异常（可不填）</translation>
        </message>
        <message>
            <source>Reached (Enter)</source>
            <translation>已到达（Enter）</translation>
        </message>
        <message>
            <source>Report as &amp;incident</source>
            <translation>转为事件(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Finish round</source>
            <translation>完成巡逻(&amp;F)</translation>
        </message>
        <message>
            <source>This shift: checkpoints due, missed and late</source>
            <translation>本班：应巡、漏巡及迟到的巡逻点</translation>
        </message>
        <message>
            <source>Routes and checkpoints (supervisor)</source>
            <translation>路线及巡逻点（班长）</translation>
        </message>
        <message>
            <source>New route</source>
            <translation>新增路线</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source> min apart</source>
            <translation> 分钟一次</translation>
        </message>
        <message>
            <source> min on time</source>
            <translation> 分钟内准时</translation>
        </message>
        <message>
            <source>Add route</source>
            <translation>新增路线</translation>
        </message>
        <message>
            <source>New checkpoint</source>
            <translation>新增巡逻点</translation>
        </message>
        <message>
            <source>Code on the label</source>
            <translation>标签上的编号</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Add to route</source>
            <translation>加入路线</translation>
        </message>
        <message>
            <source>Print QR labels…</source>
            <translation>打印二维码标签…</translation>
        </message>
        <message>
            <source>{checkpoint} is not due this shift.</source>
            <translation>{checkpoint} 本班没有应巡时段。</translation>
        </message>
        <message>
            <source>No round under way. Choose a route and start a round.</source>
            <translation>目前没有巡逻进行中。请选择路线并开始巡逻。</translation>
        </message>
        <message>
            <source>{route}, started {time}: {done} of {total} reached. Scan a label or tick.</source>
            <translation>{route}（{time} 开始）：已到达 {done}／{total}。请扫描标签或勾选。</translation>
        </message>
        <message>
            <source>{count} checkpoint visits missed this shift.</source>
            <translation>本班漏巡 {count} 次。</translation>
        </message>
        <message>
            <source>Start a round before scanning checkpoints.</source>
            <translation>请先开始巡逻，再扫描巡逻点。</translation>
        </message>
        <message>
            <source>Round finished. Not reached: {codes}</source>
            <translation>巡逻完成。未到达：{codes}</translation>
        </message>
        <message>
            <source>Round finished: every checkpoint reached.</source>
            <translation>巡逻完成：所有巡逻点均已到达。</translation>
        </message>
        <message>
            <source>Choose a reached checkpoint with an anomaly first.</source>
            <translation>请先选择已到达并有异常的巡逻点。</translation>
        </message>
        <message>
            <source>Incident {number} reported; complete it on the Incidents page.</source>
            <translation>事件 {number} 已上报，请在“事件”页补充资料。</translation>
        </message>
        <message>
            <source>This route has no checkpoints yet.</source>
            <translation>这条路线尚未有巡逻点。</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Correct a person</source>
            <translation>更正人员资料</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>新增人员</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>类别(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>姓名(&amp;N) *</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Unit (residents)</source>
            <translation>单元(&amp;U)（住户）</translation>
        </message>
        <message>
            <source>&amp;Role / job</source>
            <translation>身份／职务(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>公司(&amp;C)</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>备注(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>PersonTableModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Role / job</source>
            <translation>身份／职务</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Switched off</source>
            <translation>已停用</translation>
        </message>
    </context>
    <context>
        <name>PrinterTestPage</name>
        <message>
            <source>the system default printer</source>
            <translation>系统默认打印机</translation>
        </message>
        <message>
            <source>Printer test page</source>
            <translation>打印机测试页</translation>
        </message>
        <message>
            <source>A4 printer: {name}</source>
            <translation>A4 打印机：{name}</translation>
        </message>
        <message>
            <source>Slip printer: {name}</source>
            <translation>单据打印机：{name}</translation>
        </message>
        <message>
            <source>Slip paper: {width} mm</source>
            <translation>单据纸宽：{width} 毫米</translation>
        </message>
        <message>
            <source>Printed {time}</source>
            <translation>打印时间：{time}</translation>
        </message>
        <message>
            <source>This ruler must measure {mm} mm on paper</source>
            <translation>这把尺打印出来应长 {mm} 毫米</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Printed by</source>
            <translation>打印人</translation>
        </message>
        <message>
            <source>Printed at</source>
            <translation>打印时间</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Page {page} / {pages}</source>
            <translation>第 {page} / {pages} 页</translation>
        </message>
        <message>
            <source>REPRINT</source>
            <translation>补印</translation>
        </message>
        <message>
            <source>No. {count}</source>
            <translation>第 {count} 次</translation>
        </message>
        <message>
            <source>Date / time</source>
            <translation>日期 / 时间</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>注意</translation>
        </message>
        <message>
            <source>Print preview: %1</source>
            <translation>打印预览：%1</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>上一页</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>下一页</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>第 %1 / %2 页</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <source>&amp;Search</source>
            <translation>搜索(&amp;S)</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>显示(&amp;W)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>No., unit, reporter or phone</source>
            <translation>工单号、单元、报修人或电话</translation>
        </message>
        <message>
            <source>E&amp;xport to Excel…</source>
            <translation>导出 Excel(&amp;X)…</translation>
        </message>
        <message>
            <source>Open jobs</source>
            <translation>处理中工单</translation>
        </message>
        <message>
            <source>Return visits due</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>Closed / ended</source>
            <translation>已结案 / 已终止</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>{count} jobs</source>
            <translation>共 {count} 张工单</translation>
        </message>
    </context>
    <context>
        <name>RecordLinks</name>
        <message>
            <source>Open {record} on its page (Enter)</source>
            <translation>在相关页面打开 {record}（Enter）</translation>
        </message>
    </context>
    <context>
        <name>RegisterTab</name>
        <message>
            <source>Scan a tag, or type a tag, key name or borrower (Ctrl+F)</source>
            <translation>扫描编号，或输入编号、钥匙名称或借用人 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Lend (F2)</source>
            <translation>借出(F2)</translation>
        </message>
        <message>
            <source>Take back (F3)</source>
            <translation>收回(F3)</translation>
        </message>
        <message>
            <source>Key count (F6)</source>
            <translation>清点(F6)</translation>
        </message>
        <message>
            <source>History (F4)</source>
            <translation>记录(F4)</translation>
        </message>
        <message>
            <source>Print list (Ctrl+P)</source>
            <translation>打印清单(Ctrl+P)</translation>
        </message>
        <message>
            <source>Excel…</source>
            <translation>Excel…</translation>
        </message>
        <message>
            <source>Manage keys</source>
            <translation>钥匙管理</translation>
        </message>
        <message>
            <source>More to Excel</source>
            <translation>更多 Excel</translation>
        </message>
        <message>
            <source>Deposited keys to Excel…</source>
            <translation>寄存钥匙导出至 Excel…</translation>
        </message>
        <message>
            <source>Key counts to Excel…</source>
            <translation>钥匙清点导出至 Excel…</translation>
        </message>
        <message>
            <source>This desk's key counts of the last 31 days (other periods: the Reports page)</source>
            <translation>本岗位最近 31 日的钥匙清点（其他期间：报表页）</translation>
        </message>
        <message>
            <source>Every class</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>{shown} keys shown · {out} out now · {overdue} overdue</source>
            <translation>显示 {shown} 把 · 借出中 {out} 把 · 逾期 {overdue} 把</translation>
        </message>
    </context>
    <context>
        <name>RepairExport</name>
        <message>
            <source>No.</source>
            <translation>工单号</translation>
        </message>
        <message>
            <source>Reported at</source>
            <translation>报修时间</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Unit / location</source>
            <translation>单元 / 位置</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>报修人</translation>
        </message>
        <message>
            <source>Phone (masked)</source>
            <translation>电话（已隐藏）</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>维修人员</translation>
        </message>
        <message>
            <source>Responded at</source>
            <translation>响应时间</translation>
        </message>
        <message>
            <source>Done at</source>
            <translation>完工时间</translation>
        </message>
        <message>
            <source>Closed at</source>
            <translation>结案时间</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>时限</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>内容</translation>
        </message>
    </context>
    <context>
        <name>RepairLabels</name>
        <message>
            <source>Repair</source>
            <translation>报修</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Praise</source>
            <translation>表扬</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>上门</translation>
        </message>
        <message>
            <source>Patrol finding</source>
            <translation>巡逻发现</translation>
        </message>
        <message>
            <source>Owner app</source>
            <translation>业主 App</translation>
        </message>
        <message>
            <source>Duty log</source>
            <translation>值班日志</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新报修</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>已派工</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>维修中</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Done, awaiting return visit</source>
            <translation>已完工，待回访</translation>
        </message>
        <message>
            <source>Return visit: not reached</source>
            <translation>回访：未能联系</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>不受理</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Plumbing</source>
            <translation>水暖</translation>
        </message>
        <message>
            <source>Electrical</source>
            <translation>电力</translation>
        </message>
        <message>
            <source>Lift</source>
            <translation>电梯</translation>
        </message>
        <message>
            <source>Door / access</source>
            <translation>门 / 门禁</translation>
        </message>
        <message>
            <source>Public area</source>
            <translation>公共区域</translation>
        </message>
        <message>
            <source>Noise / neighbour</source>
            <translation>噪音 / 邻里</translation>
        </message>
        <message>
            <source>Cleaning</source>
            <translation>清洁</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>安保</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>登记</translation>
        </message>
        <message>
            <source>Dispatched to</source>
            <translation>派工给</translation>
        </message>
        <message>
            <source>Work started</source>
            <translation>开始维修</translation>
        </message>
        <message>
            <source>Put on hold</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>恢复处理</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完工</translation>
        </message>
        <message>
            <source>Return visit answered</source>
            <translation>回访完成</translation>
        </message>
        <message>
            <source>Closed without reaching the reporter</source>
            <translation>未能联系报修人，结案</translation>
        </message>
        <message>
            <source>Reopened as</source>
            <translation>重开为</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Waiting for the resident</source>
            <translation>等待住户</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>等待配件</translation>
        </message>
        <message>
            <source>Waiting for a paid-service quote</source>
            <translation>等待有偿服务报价</translation>
        </message>
        <message>
            <source>Other (say why)</source>
            <translation>其他（请说明）</translation>
        </message>
        <message>
            <source>Duplicate of another request</source>
            <translation>与另一宗重复</translation>
        </message>
        <message>
            <source>Not the management's job</source>
            <translation>不属物业管理范围</translation>
        </message>
        <message>
            <source>Withdrawn by the reporter</source>
            <translation>报修人撤回</translation>
        </message>
        <message>
            <source>Entered by mistake</source>
            <translation>误登记</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>非常满意</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Dissatisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>非常不满意</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>按时</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>即将超时</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>暂停计时</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>达标</translation>
        </message>
    </context>
    <context>
        <name>RepairSettingsSection</name>
        <message>
            <source>Repairs: SLA and categories</source>
            <translation>报修：服务时限及类别</translation>
        </message>
        <message>
            <source>Targets in hours (0 = no target). New targets apply to requests taken from now on; jobs already taken keep theirs.</source>
            <translation>时限以小时计（0 = 不设时限）。新时限只适用于此后受理的报修，已受理的工单保持原有时限。</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>适用于</translation>
        </message>
        <message>
            <source>Respond within (h)</source>
            <translation>响应时限（小时）</translation>
        </message>
        <message>
            <source>Fix within (h)</source>
            <translation>修复时限（小时）</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>计时方式</translation>
        </message>
        <message>
            <source>Repair, priority</source>
            <translation>报修，紧急程度</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>所有</translation>
        </message>
        <message>
            <source>24 hours, every day</source>
            <translation>全年 24 小时</translation>
        </message>
        <message>
            <source>Business hours</source>
            <translation>办公时间</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>不设时限</translation>
        </message>
        <message>
            <source>Categories (one per line)</source>
            <translation>类别（每行一个）</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>Holidays (YYYY-MM-DD, one per line)</source>
            <translation>假期（YYYY-MM-DD，每行一个）</translation>
        </message>
        <message>
            <source>Return-visit calls before closing unreached</source>
            <translation>未能联系时，结案前须致电次数</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>日</translation>
        </message>
        <message>
            <source>Save repair settings</source>
            <translation>保存报修设置</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>RepairSheet</name>
        <message>
            <source>Work order</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Reported at</source>
            <translation>报修时间</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Unit / location</source>
            <translation>单元 / 位置</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>报修人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>维修人员</translation>
        </message>
        <message>
            <source>Respond by</source>
            <translation>响应时限</translation>
        </message>
        <message>
            <source>Fix by</source>
            <translation>修复时限</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>History</source>
            <translation>处理记录</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经手人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Work done / parts used</source>
            <translation>维修内容 / 所用材料</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>Reopens</source>
            <translation>重开自</translation>
        </message>
        <message>
            <source>Made from</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Duty-log entry</source>
            <translation>值班记录</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住户</translation>
        </message>
    </context>
    <context>
        <name>RepairTexts</name>
        <message>
            <source>This cannot be done to a job in this state (perhaps changed at another desk). Refresh.</source>
            <translation>该工单当前的状态不能进行此操作（可能已在另一岗位更改），请刷新。</translation>
        </message>
        <message>
            <source>{name} is not in the data folder of this PC (restored without its attachments, or saved at another desk). It cannot be opened here.</source>
            <translation>本机数据文件夹内没有 {name}（可能还原时未连同附件，或在另一岗位保存），此处无法打开。</translation>
        </message>
        <message>
            <source>{name} was changed on disk after it was attached, so it is not opened. Tell the supervisor.</source>
            <translation>{name} 附加后在磁盘上被改动过，因此不会打开。请通知班长。</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>报修人</translation>
        </message>
        <message>
            <source>Reporter's phone</source>
            <translation>报修人电话</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>Technician or contractor</source>
            <translation>维修人员或承包商</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Return-visit calls</source>
            <translation>回访次数</translation>
        </message>
        <message>
            <source>Repair categories</source>
            <translation>报修类别</translation>
        </message>
        <message>
            <source>Business hours</source>
            <translation>办公时间</translation>
        </message>
        <message>
            <source>Largest attachment (MB)</source>
            <translation>附件大小上限（MB）</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>假期</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>Return-visit calls before closing</source>
            <translation>结案前须致电次数</translation>
        </message>
        <message>
            <source>{name} is {size} MB; files up to {max} MB can be attached.</source>
            <translation>{name} 有 {size} MB，只能添加 {max} MB 以内的文件。</translation>
        </message>
        <message>
            <source>{name} is empty (0 bytes): it was probably not copied completely. Choose it again.</source>
            <translation>{name} 是空文件（0 字节），可能未完整复制，请重新选择。</translation>
        </message>
        <message>
            <source>{name} cannot be read (moved, deleted or not allowed). Choose it again.</source>
            <translation>无法读取 {name}（已移走、删除或没有权限），请重新选择。</translation>
        </message>
        <message>
            <source>At most {max} files can be attached.</source>
            <translation>最多可添加 {max} 个文件。</translation>
        </message>
        <message>
            <source>The response target cannot be longer than the fix target.</source>
            <translation>响应时限不能长于修复时限。</translation>
        </message>
        <message>
            <source>The opening time must be before the closing time.</source>
            <translation>开始时间必须早于结束时间。</translation>
        </message>
        <message>
            <source>The opening hours overlap.</source>
            <translation>办公时段重叠。</translation>
        </message>
        <message>
            <source>Choose at least one working day.</source>
            <translation>请至少选择一个工作日。</translation>
        </message>
        <message>
            <source>{date} is both a holiday and a working day.</source>
            <translation>{date} 同时是假期和工作日。</translation>
        </message>
        <message>
            <source>Choose a unit, or type where it is in Location.</source>
            <translation>请选择单元，或在“位置”填写地点。</translation>
        </message>
        <message>
            <source>Call at least {min} times first ({now} so far).</source>
            <translation>请先致电至少 {min} 次（已致电 {now} 次）。</translation>
        </message>
    </context>
    <context>
        <name>RepairsPage</name>
        <message>
            <source>Repairs and complaints</source>
            <translation>报修及投诉</translation>
        </message>
        <message>
            <source>&amp;Queue</source>
            <translation>工单列表(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;New request (Ctrl+N)</source>
            <translation>新报修(&amp;N) (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Return visits</source>
            <translation>回访(&amp;R)</translation>
        </message>
        <message>
            <source>Export work orders</source>
            <translation>导出工单</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} work orders exported to {path}.</source>
            <translation>已导出 {count} 张工单到 {path}。</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>已取消导出，未写入任何文件。</translation>
        </message>
        <message>
            <source>Work order {number}</source>
            <translation>工单 {number}</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>工单</translation>
        </message>
    </context>
    <context>
        <name>RepairsPanel</name>
        <message>
            <source>Repairs and complaints</source>
            <translation>报修及投诉</translation>
        </message>
        <message>
            <source>Open the &amp;queue</source>
            <translation>打开工单列表(&amp;Q)</translation>
        </message>
        <message>
            <source>Overdue: {count}</source>
            <translation>已超时：{count}</translation>
        </message>
        <message>
            <source>At risk: {count}</source>
            <translation>即将超时：{count}</translation>
        </message>
        <message>
            <source>On hold: {count}</source>
            <translation>暂停中：{count}</translation>
        </message>
        <message>
            <source>Open jobs: {count}</source>
            <translation>处理中工单：{count}</translation>
        </message>
        <message>
            <source>Return visits due: {count}</source>
            <translation>待回访：{count}</translation>
        </message>
    </context>
    <context>
        <name>ReportTexts</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>That is still in the future: there is nothing to report yet.</source>
            <translation>该日期尚未到来：还没有可报告的内容。</translation>
        </message>
        <message>
            <source>The end is before the start.</source>
            <translation>结束早于开始。</translation>
        </message>
    </context>
    <context>
        <name>ReportWords</name>
        <message>
            <source>Whole site</source>
            <translation>全场</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>无。</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Not recorded at this site (module not installed): {modules}</source>
            <translation>本场未记录（未安装此模块）：{modules}</translation>
        </message>
        <message>
            <source>The period is not over: figures up to {time}.</source>
            <translation>期间尚未结束：数字截至 {time}。</translation>
        </message>
        <message>
            <source>Scheduled task (command line)</source>
            <translation>计划任务（命令行）</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>钥匙</translation>
        </message>
        <message>
            <source>Repairs and complaints</source>
            <translation>报修及投诉</translation>
        </message>
        <message>
            <source>Duty log, patrols and incidents</source>
            <translation>值班日志、巡逻及事件</translation>
        </message>
        <message>
            <source>Shifts and access</source>
            <translation>班次及登录</translation>
        </message>
        <message>
            <source>Daily report {date}</source>
            <translation>日报 {date}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Exceptions</source>
            <translation>异常事项</translation>
        </message>
        <message>
            <source>No exceptions: nothing needed attention.</source>
            <translation>无异常：没有需要跟进的事项。</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who / what</source>
            <translation>人员 / 对象</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Due / note</source>
            <translation>期限 / 备注</translation>
        </message>
        <message>
            <source>due {time}</source>
            <translation>限 {time}</translation>
        </message>
        <message>
            <source>{count} missing</source>
            <translation>缺 {count} 把</translation>
        </message>
        <message>
            <source>missed {count} times</source>
            <translation>漏巡 {count} 次</translation>
        </message>
        <message>
            <source>Summary by module</source>
            <translation>各模块摘要</translation>
        </message>
        <message>
            <source>Nothing recorded this day.</source>
            <translation>本日没有记录。</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>模块</translation>
        </message>
        <message>
            <source>Figures of the day</source>
            <translation>当日数字</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Visitors per hour (check-ins)</source>
            <translation>每小时访客（登记进入）</translation>
        </message>
        <message>
            <source>Work orders by category and status</source>
            <translation>工单（按类别及状态）</translation>
        </message>
        <message>
            <source>No visitors recorded.</source>
            <translation>没有访客记录。</translation>
        </message>
        <message>
            <source>No work orders.</source>
            <translation>没有工单。</translation>
        </message>
        <message>
            <source>Shifts and operators</source>
            <translation>班次及值班员</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>值班员</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>No shift was worked.</source>
            <translation>当日没有班次。</translation>
        </message>
        <message>
            <source>ended by {name}</source>
            <translation>由 {name} 结束</translation>
        </message>
        <message>
            <source>Supervisor approvals</source>
            <translation>主管批准</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Refused sign-ins</source>
            <translation>登录被拒</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>验证方式</translation>
        </message>
        <message>
            <source>Failures</source>
            <translation>失败次数</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>PIN (unlock)</source>
            <translation>PIN（解锁）</translation>
        </message>
        <message>
            <source>supervisor PIN</source>
            <translation>主管 PIN</translation>
        </message>
        <message>
            <source>Audit chain</source>
            <translation>审计链</translation>
        </message>
        <message>
            <source>Entries this day</source>
            <translation>当日记录数</translation>
        </message>
        <message>
            <source>Chain head at the end of the day</source>
            <translation>当日结束时的链头</translation>
        </message>
        <message>
            <source>Reviewed by (supervisor)</source>
            <translation>审阅人（主管）</translation>
        </message>
        <message>
            <source>Muster list: everyone on site</source>
            <translation>紧急疏散名单：现时在场人员</translation>
        </message>
        <message>
            <source>On site at</source>
            <translation>在场时间</translation>
        </message>
        <message>
            <source>Total on site</source>
            <translation>在场总人数</translation>
        </message>
        <message>
            <source>Building: {name}</source>
            <translation>楼栋：{name}</translation>
        </message>
        <message>
            <source>No building recorded</source>
            <translation>未记录楼栋</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Unit / place</source>
            <translation>单元 / 地点</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>进入时间</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>已到</translation>
        </message>
        <message>
            <source>Nobody is recorded on site.</source>
            <translation>没有在场人员记录。</translation>
        </message>
        <message>
            <source>{kind}: none on site.</source>
            <translation>{kind}：没有在场。</translation>
        </message>
        <message>
            <source>Read the names at the assembly point; tick who is present; report anyone missing to the fire services at once.</source>
            <translation>在集合点逐一点名，在“已到”栏打勾；如有人未到，立即通知消防人员。</translation>
        </message>
        <message>
            <source>Roll call by</source>
            <translation>点名人</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>承包商</translation>
        </message>
        <message>
            <source>Key holder</source>
            <translation>借用钥匙人</translation>
        </message>
        <message>
            <source>Monthly KPI report {month}</source>
            <translation>月度绩效报告 {month}</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Compared with</source>
            <translation>对比月份</translation>
        </message>
        <message>
            <source>Evaluation indicators</source>
            <translation>评估指标</translation>
        </message>
        <message>
            <source>Other figures</source>
            <translation>其他数字</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>上月</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <source>better</source>
            <translation>改善</translation>
        </message>
        <message>
            <source>worse</source>
            <translation>变差</translation>
        </message>
        <message>
            <source>Visitors per day</source>
            <translation>每日访客</translation>
        </message>
        <message>
            <source>Work orders by category</source>
            <translation>工单（按类别）</translation>
        </message>
        <message>
            <source>Response time: mean time to first response. MTTR: repair time without time on hold ÷ repairs resolved. SLA compliance: jobs within every target ÷ jobs judged. Satisfaction: (5·n5 + 4·n4 + 3·n3 + 2·n2 + 1·n1) ÷ N. Complaint rate: complaints ÷ all requests.</source>
            <translation>响应时间：首次响应的平均时间。平均修复时间：维修时间（不计暂停）÷ 已完成维修数。服务时限达标率：全部时限内完成的工单 ÷ 已判定工单。满意度：(5·n5 + 4·n4 + 3·n3 + 2·n2 + 1·n1) ÷ N。投诉率：投诉 ÷ 全部请求。</translation>
        </message>
        <message>
            <source>Approved by (manager)</source>
            <translation>审批人（经理）</translation>
        </message>
        <message>
            <source>{value} min</source>
            <translation>{value} 分钟</translation>
        </message>
        <message>
            <source>{value} h</source>
            <translation>{value} 小时</translation>
        </message>
        <message>
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>{value} / 5</source>
            <translation>{value} / 5</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>entry No. {seq}, fingerprint {short}</source>
            <translation>记录编号 {seq}，指纹 {short}</translation>
        </message>
        <message>
            <source>No entry recorded yet.</source>
            <translation>尚未有任何记录。</translation>
        </message>
        <message>
            <source>Checking the records later must reach this same line for this entry; if it differs, records were changed after this report was printed.</source>
            <translation>日后核对记录时，此记录编号必须得出同一指纹；如不相同，即表示本报表打印后记录曾被更改。</translation>
        </message>
        <message>
            <source>round {start}–{end}</source>
            <translation>应巡时段 {start}–{end}</translation>
        </message>
        <message>
            <source>… {count} more of this kind (see the list on screen or the export)</source>
            <translation>……另有 {count} 项同类事项（见屏幕清单或导出文件）</translation>
        </message>
        <message>
            <source>Arrived / key out</source>
            <translation>到场 / 借钥匙时间</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>{people} = {named} named + {companions} with them</source>
            <translation>{people} 人 = 登记 {named} 人 + 同行 {companions} 人</translation>
        </message>
        <message>
            <source>with {names}</source>
            <translation>同行：{names}</translation>
        </message>
        <message>
            <source>checked in {count} times, still open</source>
            <translation>登记进入 {count} 次，均未离开</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>无资料</translation>
        </message>
        <message>
            <source>Nothing was recorded in the previous month: there is nothing to compare with.</source>
            <translation>上月没有任何记录：无从比较。</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>注意</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>信息</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>SLA breached</source>
            <translation>超出服务时限</translation>
        </message>
        <message>
            <source>Handover refused</source>
            <translation>交接被拒</translation>
        </message>
        <message>
            <source>Handover queried</source>
            <translation>交接有疑问</translation>
        </message>
        <message>
            <source>Watchlist hit</source>
            <translation>关注名单命中</translation>
        </message>
        <message>
            <source>Visitor overstay</source>
            <translation>访客逾时</translation>
        </message>
        <message>
            <source>Key overdue</source>
            <translation>钥匙逾期未还</translation>
        </message>
        <message>
            <source>Key lost</source>
            <translation>钥匙遗失</translation>
        </message>
        <message>
            <source>Key count difference</source>
            <translation>钥匙清点不符</translation>
        </message>
        <message>
            <source>Patrol checkpoint missed</source>
            <translation>巡逻漏点</translation>
        </message>
        <message>
            <source>Account locked</source>
            <translation>账户已锁定</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>已登记进入</translation>
        </message>
        <message>
            <source>Checked out</source>
            <translation>已离开</translation>
        </message>
        <message>
            <source>Still on site</source>
            <translation>仍在场</translation>
        </message>
        <message>
            <source>Overstays</source>
            <translation>逾时</translation>
        </message>
        <message>
            <source>Watchlist hits</source>
            <translation>关注名单命中</translation>
        </message>
        <message>
            <source>Refused entry</source>
            <translation>拒绝进入</translation>
        </message>
        <message>
            <source>Expected visitors</source>
            <translation>预约访客</translation>
        </message>
        <message>
            <source>Keys issued</source>
            <translation>借出钥匙</translation>
        </message>
        <message>
            <source>Keys returned</source>
            <translation>归还钥匙</translation>
        </message>
        <message>
            <source>Keys out</source>
            <translation>未归还钥匙</translation>
        </message>
        <message>
            <source>Keys overdue</source>
            <translation>逾期钥匙</translation>
        </message>
        <message>
            <source>Keys lost</source>
            <translation>遗失钥匙</translation>
        </message>
        <message>
            <source>Key counts</source>
            <translation>钥匙清点</translation>
        </message>
        <message>
            <source>Count differences</source>
            <translation>清点不符</translation>
        </message>
        <message>
            <source>New work orders</source>
            <translation>新工单</translation>
        </message>
        <message>
            <source>of which complaints</source>
            <translation>其中投诉</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>Open at end of day</source>
            <translation>日终未完成</translation>
        </message>
        <message>
            <source>SLA breaches</source>
            <translation>超出时限</translation>
        </message>
        <message>
            <source>Return visits</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Log entries</source>
            <translation>日志记录</translation>
        </message>
        <message>
            <source>Patrol rounds</source>
            <translation>巡逻次数</translation>
        </message>
        <message>
            <source>Checkpoints missed</source>
            <translation>漏巡点</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Handovers</source>
            <translation>交接班</translation>
        </message>
        <message>
            <source>Handovers refused</source>
            <translation>交接被拒</translation>
        </message>
        <message>
            <source>Items queried</source>
            <translation>有疑问项目</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>审计记录</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Visitor volume</source>
            <translation>访客量</translation>
        </message>
        <message>
            <source>Visitors per day (mean)</source>
            <translation>每日平均访客</translation>
        </message>
        <message>
            <source>Repair and complaint requests</source>
            <translation>报修及投诉数</translation>
        </message>
        <message>
            <source>Response time</source>
            <translation>响应时间</translation>
        </message>
        <message>
            <source>Mean time to repair (MTTR)</source>
            <translation>平均修复时间</translation>
        </message>
        <message>
            <source>SLA compliance</source>
            <translation>服务时限达标率</translation>
        </message>
        <message>
            <source>Satisfaction score</source>
            <translation>满意度评分</translation>
        </message>
        <message>
            <source>Complaint rate</source>
            <translation>投诉率</translation>
        </message>
        <message>
            <source>Reopen rate</source>
            <translation>返修率</translation>
        </message>
        <message>
            <source>of which critical</source>
            <translation>其中：危急</translation>
        </message>
        <message>
            <source>of which high</source>
            <translation>其中：高</translation>
        </message>
        <message>
            <source>of which medium</source>
            <translation>其中：中</translation>
        </message>
        <message>
            <source>of which low</source>
            <translation>其中：低</translation>
        </message>
        <message>
            <source>Patrol checkpoints missed</source>
            <translation>巡逻漏点</translation>
        </message>
        <message>
            <source>Key loans</source>
            <translation>钥匙借用</translation>
        </message>
        <message>
            <source>Overdue keys</source>
            <translation>逾期钥匙</translation>
        </message>
        <message>
            <source>Shifts worked</source>
            <translation>值班班次</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>访客记录</translation>
        </message>
        <message>
            <source>Work orders</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Duty log</source>
            <translation>值班日志</translation>
        </message>
        <message>
            <source>Period: {start} – {end}</source>
            <translation>期间：{start} – {end}</translation>
        </message>
        <message>
            <source>Period: all records</source>
            <translation>期间：全部记录</translation>
        </message>
        <message>
            <source>Exported by {name} at {time}</source>
            <translation>由 {name} 于 {time} 导出</translation>
        </message>
        <message>
            <source>Filter: {text}</source>
            <translation>筛选：{text}</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>Ended by</source>
            <translation>结束人</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>钥匙</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借用人</translation>
        </message>
        <message>
            <source>Borrower is</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Company / unit / pass</source>
            <translation>公司 / 单元 / 通行证</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>借出时间</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>经手人</translation>
        </message>
        <message>
            <source>ID checked</source>
            <translation>已核对证件</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>应还时间</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已归还</translation>
        </message>
        <message>
            <source>Returned by (someone else)</source>
            <translation>代还人</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>接收人</translation>
        </message>
        <message>
            <source>Late (min)</source>
            <translation>逾时（分钟）</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>借出中</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Returned late</source>
            <translation>逾期归还</translation>
        </message>
        <message>
            <source>Lost while out</source>
            <translation>借出期间遗失</translation>
        </message>
        <message>
            <source>End another operator's shift</source>
            <translation>结束他人的班次</translation>
        </message>
        <message>
            <source>Change this desk's settings</source>
            <translation>修改本岗位设置</translation>
        </message>
        <message>
            <source>Reject or cancel a work order</source>
            <translation>拒绝或取消工单</translation>
        </message>
        <message>
            <source>Record a return visit</source>
            <translation>记录回访</translation>
        </message>
        <message>
            <source>Reopen a work order</source>
            <translation>重开工单</translation>
        </message>
        <message>
            <source>Close a job whose resident could not be reached</source>
            <translation>结案（未能联系住户）</translation>
        </message>
        <message>
            <source>Export a list to Excel</source>
            <translation>导出清单至 Excel</translation>
        </message>
        <message>
            <source>Change patrol routes</source>
            <translation>修改巡逻路线</translation>
        </message>
        <message>
            <source>Change emergency contacts or plans</source>
            <translation>修改紧急联系人或应急预案</translation>
        </message>
        <message>
            <source>Close a stuck or refused handover</source>
            <translation>结束未完成或被拒绝的交接班</translation>
        </message>
        <message>
            <source>Lend a key to someone not authorised</source>
            <translation>借出钥匙给未获授权的人</translation>
        </message>
        <message>
            <source>Change the key inventory</source>
            <translation>修改钥匙清单</translation>
        </message>
        <message>
            <source>Confirm a lost key</source>
            <translation>确认钥匙遗失</translation>
        </message>
        <message>
            <source>Retire a key</source>
            <translation>停用钥匙</translation>
        </message>
        <message>
            <source>Print the monthly report</source>
            <translation>打印月报</translation>
        </message>
        <message>
            <source>Unlock an operator</source>
            <translation>解锁操作员</translation>
        </message>
    </context>
    <context>
        <name>ReportsCli</name>
        <message>
            <source>Report written: {path}</source>
            <translation>报表已写入：{path}</translation>
        </message>
        <message>
            <source>'{value}' is not a date (YYYY-MM-DD).</source>
            <translation>“{value}”不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>'{value}' is not a month (YYYY-MM).</source>
            <translation>“{value}”不是月份（YYYY-MM）。</translation>
        </message>
        <message>
            <source>There is no desk called '{value}' at this site.</source>
            <translation>本场没有名为“{value}”的岗位。</translation>
        </message>
        <message>
            <source>{rows} rows exported to {path}</source>
            <translation>已导出 {rows} 行至 {path}</translation>
        </message>
        <message>
            <source>The list '{what}' is not kept at this site (its module is not installed).</source>
            <translation>本场没有“{what}”清单（未安装该模块）。</translation>
        </message>
        <message>
            <source>--to must not be before --from.</source>
            <translation>--to 不可早于 --from。</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports and exports</source>
            <translation>报表及导出</translation>
        </message>
        <message>
            <source>Report (PDF)</source>
            <translation>报表（PDF）</translation>
        </message>
        <message>
            <source>Excel export</source>
            <translation>Excel 导出</translation>
        </message>
        <message>
            <source>Daily report</source>
            <translation>日报</translation>
        </message>
        <message>
            <source>Muster list (everyone on site now)</source>
            <translation>紧急疏散名单（现时在场人员）</translation>
        </message>
        <message>
            <source>Monthly KPI report</source>
            <translation>月度绩效报告</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>报表(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>月份(&amp;M)</translation>
        </message>
        <message>
            <source>Des&amp;k</source>
            <translation>岗位(&amp;K)</translation>
        </message>
        <message>
            <source>Whole site</source>
            <translation>全场</translation>
        </message>
        <message>
            <source>Preview (F5)</source>
            <translation>预览 (F5)</translation>
        </message>
        <message>
            <source>Print… (Ctrl+P)</source>
            <translation>打印… (Ctrl+P)</translation>
        </message>
        <message>
            <source>Save PDF… (Ctrl+S)</source>
            <translation>保存 PDF… (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>清单(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>从(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;To (included)</source>
            <translation>至（含当日）(&amp;T)</translation>
        </message>
        <message>
            <source>D&amp;esk</source>
            <translation>岗位(&amp;E)</translation>
        </message>
        <message>
            <source>Export to Excel… (Ctrl+E)</source>
            <translation>导出至 Excel… (Ctrl+E)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>取消 (Esc)</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>将报表保存为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>已保存：{path}</translation>
        </message>
        <message>
            <source>Sent {pages} page(s) to {printer}.</source>
            <translation>已将 {pages} 页发送到 {printer}。</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出至 Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>{rows} rows exported to {path}</source>
            <translation>已导出 {rows} 行至 {path}</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was produced.</source>
            <translation>已取消：没有生成任何文件。</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>还原备份</translation>
        </message>
        <message>
            <source>Backups in {folder}. Choose one and read what it holds. The current database is kept aside; Gatehouse closes after the restore.</source>
            <translation>备份位于 {folder}。请选择一份并查看其内容。当前的数据库会另行保留；还原后门岗值守台会关闭。</translation>
        </message>
        <message>
            <source>Replace the current database with this backup</source>
            <translation>以此备份替换当前的数据库</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>还原</translation>
        </message>
        <message>
            <source>There is no backup in this folder.</source>
            <translation>此文件夹内没有备份。</translation>
        </message>
        <message>
            <source>Made: {when}</source>
            <translation>创建于：{when}</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>文件：{name}</translation>
        </message>
        <message>
            <source>Schema: {versions}</source>
            <translation>数据结构版本：{versions}</translation>
        </message>
        <message>
            <source>Audit entries: {count}, head {head}</source>
            <translation>审计记录：{count} 条，链头 {head}</translation>
        </message>
        <message>
            <source>Database {database}, compressed {archive}</source>
            <translation>数据库 {database}，压缩后 {archive}</translation>
        </message>
        <message>
            <source>{what}: {count}</source>
            <translation>{what}：{count}</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>访客登记</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Key loans</source>
            <translation>钥匙借出</translation>
        </message>
        <message>
            <source>Work orders</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Log entries</source>
            <translation>值班日志</translation>
        </message>
        <message>
            <source>Handovers</source>
            <translation>交接班</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Restored from {backup}. The replaced database was kept as {kept}. Gatehouse closes now.</source>
            <translation>已从 {backup} 还原。被替换的数据库保留为 {kept}。门岗值守台现在关闭。</translation>
        </message>
    </context>
    <context>
        <name>RetireKeyDialog</name>
        <message>
            <source>Retire a key</source>
            <translation>注销钥匙</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
        <message>
            <source>e.g. lock changed on 2026-03-01</source>
            <translation>例如 2026-03-01 已换锁</translation>
        </message>
        <message>
            <source>&amp;Retire the key</source>
            <translation>注销钥匙(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>ReturnKeyDialog</name>
        <message>
            <source>Take a key back</source>
            <translation>收回钥匙</translation>
        </message>
        <message>
            <source>Lent to {name} at {issued}, due back {due}.</source>
            <translation>{issued} 借给 {name}，应于 {due} 归还。</translation>
        </message>
        <message>
            <source>Overdue by {late}.</source>
            <translation>已逾期 {late}。</translation>
        </message>
        <message>
            <source>Brought back by</source>
            <translation>归还人</translation>
        </message>
        <message>
            <source>The borrower, {name} (&amp;B)</source>
            <translation>借用人 {name} 本人(&amp;B)</translation>
        </message>
        <message>
            <source>Someone else (&amp;O)</source>
            <translation>其他人代还(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Take back</source>
            <translation>收回(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>RingDialog</name>
        <message>
            <source>Keys on a ring</source>
            <translation>钥匙串上的钥匙</translation>
        </message>
        <message>
            <source>&amp;Tags on the ring</source>
            <translation>串上钥匙编号(&amp;T)</translation>
        </message>
        <message>
            <source>e.g. K-031, K-032 (comma or space between tags)</source>
            <translation>例如 K-031, K-032（以逗号或空格分隔）</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>No key has the tag {tag}.</source>
            <translation>没有编号为 {tag} 的钥匙。</translation>
        </message>
    </context>
    <context>
        <name>RoundTableModel</name>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>巡逻点</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>到达</translation>
        </message>
        <message>
            <source>Anomaly</source>
            <translation>异常</translation>
        </message>
        <message>
            <source>scanned</source>
            <translation>扫描</translation>
        </message>
        <message>
            <source>ticked</source>
            <translation>勾选</translation>
        </message>
    </context>
    <context>
        <name>SecurityCli</name>
        <message>
            <source>{seals} sealed days verify; the chain holds everything the highest anchor ({anchor}) names.</source>
            <translation>{seals} 个已封存的日子验证无误；审计链包含最高锚点（{anchor}）所记载的全部记录。</translation>
        </message>
        <message>
            <source>No anchor outside the database was found: entries cut from the end since the last sealed day would not show.</source>
            <translation>找不到数据库以外的锚点：最后一个封存日之后从尾端删去的记录将无法察觉。</translation>
        </message>
        <message>
            <source>Audit chain CUT SHORT: the last {missing} entries are missing since {since} (the chain ends at entry {last}).</source>
            <translation>审计链被截短：自 {since} 起最后 {missing} 条记录不见了（审计链止于第 {last} 条）。</translation>
        </message>
        <message>
            <source>Audit chain RE-FORGED: the seal of {day} does not verify; entries up to that day were rewritten or the seals replaced.</source>
            <translation>审计链被伪造：{day} 的封存验证失败；该日或之前的记录被改写，或封存被替换。</translation>
        </message>
        <message>
            <source>Audit chain REWRITTEN: entry {seq} differs from the anchor kept outside the database.</source>
            <translation>审计链被改写：第 {seq} 条与数据库以外保存的锚点不符。</translation>
        </message>
        <message>
            <source>Audit chain BROKEN: its head row (audit_head) was deleted from the database.</source>
            <translation>审计链损坏：数据库中的链头记录（audit_head）已被删除。</translation>
        </message>
        <message>
            <source>Audit anchor {anchor} written to {path}.</source>
            <translation>审计锚点 {anchor} 已写入 {path}。</translation>
        </message>
        <message>
            <source>Passphrase for the key file: </source>
            <translation>密钥文件的口令：</translation>
        </message>
        <message>
            <source>The same passphrase again: </source>
            <translation>请再输入一次口令：</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>两次输入的内容不同。</translation>
        </message>
        <message>
            <source>The passphrase must have at least {min} characters.</source>
            <translation>口令至少要有 {min} 个字符。</translation>
        </message>
        <message>
            <source>Wrong passphrase, or the key file was altered: nothing was imported.</source>
            <translation>口令错误，或密钥文件已被改动：没有导入任何内容。</translation>
        </message>
        <message>
            <source>Site key written to {path}, encrypted with your passphrase (owner-only file). Keep both apart.</source>
            <translation>场所密钥已写入 {path}，以你的口令加密（仅所有者可读）。请将文件与口令分开保管。</translation>
        </message>
        <message>
            <source>Password for {user}: </source>
            <translation>{user} 的密码：</translation>
        </message>
        <message>
            <source>This command reads personal data or changes the database: give --user NAME (with --password-file F, or type the password when asked).</source>
            <translation>此命令会读取个人数据或更改数据库：请加上 --user 用户名（并用 --password-file 文件，或在提示时输入密码）。</translation>
        </message>
        <message>
            <source>{user} ({role}) may not run this command; it needs: {roles}.</source>
            <translation>{user}（{role}）不可执行此命令；需要以下角色之一：{roles}。</translation>
        </message>
        <message>
            <source>Sign-in as {user} refused: {why}</source>
            <translation>以 {user} 登录被拒：{why}</translation>
        </message>
        <message>
            <source>New password set for {user}; the account is unlocked. The recovery is in the audit log.</source>
            <translation>已为 {user} 设置新密码，账户已解锁。这次恢复已记入审计记录。</translation>
        </message>
        <message>
            <source>That key file is not this site's key: nothing was changed.</source>
            <translation>该密钥文件不是本场所的密钥：没有作出任何更改。</translation>
        </message>
    </context>
    <context>
        <name>SecurityWords</name>
        <message>
            <source>Scheduled tasks</source>
            <translation>计划任务</translation>
        </message>
        <message>
            <source>This account has been locked by a supervisor. A supervisor can unlock it.</source>
            <translation>此账户已被主管锁定，可由主管解锁。</translation>
        </message>
        <message>
            <source>This account runs scheduled tasks only; it cannot sign in at a desk.</source>
            <translation>此账户只用于计划任务，不能在值班台登录。</translation>
        </message>
        <message>
            <source>Repeated failed sign-ins</source>
            <translation>多次登录失败</translation>
        </message>
        <message>
            <source>{name}: {count} failed sign-ins since yesterday, the last at {time} ({desk}). Someone may be guessing this account's password or PIN.</source>
            <translation>{name}：昨天至今登录失败 {count} 次，最后一次在 {time}（{desk}）。可能有人在猜此账户的密码或 PIN。</translation>
        </message>
        <message>
            <source>command line</source>
            <translation>命令行</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Main gate</source>
            <translation>大门岗</translation>
        </message>
        <message>
            <source>Reception</source>
            <translation>客服前台</translation>
        </message>
        <message>
            <source>Welcome to Gatehouse</source>
            <translation>欢迎使用门岗值守台</translation>
        </message>
        <message>
            <source>Set up this site once: its name, its desks (gate booths and reception desks), and the first administrator, who then adds the guards and clerks.</source>
            <translation>只需设置一次：物业名称、岗位（门岗与客服前台），以及第一位系统管理员，之后由他新增保安员和客服。</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Site name</source>
            <translation>物业名称(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>时区(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Gate booths (one per line)</source>
            <translation>门岗（每行一个）(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Reception desks (one per line)</source>
            <translation>客服前台（每行一个）(&amp;R)</translation>
        </message>
        <message>
            <source>Administrator &amp;user name</source>
            <translation>系统管理员用户名(&amp;U)</translation>
        </message>
        <message>
            <source>Administrator's &amp;name</source>
            <translation>系统管理员姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Password (8 or more characters)</source>
            <translation>密码（至少 8 个字符）(&amp;P)</translation>
        </message>
        <message>
            <source>Password &amp;again</source>
            <translation>再次输入密码(&amp;A)</translation>
        </message>
        <message>
            <source>P&amp;IN for quick unlock (4–6 digits)</source>
            <translation>快速解锁 PIN 码（4–6 位数字）(&amp;I)</translation>
        </message>
        <message>
            <source>e.g. Emerald Lake Gardens</source>
            <translation>例如：翠湖花园</translation>
        </message>
        <message>
            <source>&amp;Create site</source>
            <translation>创建物业(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>注意</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>资讯</translation>
        </message>
    </context>
    <context>
        <name>ShellWindow</name>
        <message>
            <source>Gatehouse</source>
            <translation>门岗值守台</translation>
        </message>
        <message>
            <source>Preparing the database… the site is created in a moment.</source>
            <translation>正在准备数据库…物业稍后创建。</translation>
        </message>
        <message>
            <source>The site is ready. Sign in as the administrator.</source>
            <translation>物业已创建，请以系统管理员登录。</translation>
        </message>
    </context>
    <context>
        <name>ShiftPanel</name>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>&amp;Start my shift</source>
            <translation>开始我的班次(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;End shift: hand over</source>
            <translation>结束当班：交班(&amp;E)</translation>
        </message>
        <message>
            <source>No shift is open at this desk.</source>
            <translation>本岗位目前没有进行中的班次。</translation>
        </message>
        <message>
            <source>{pattern}: {name} on duty since {time}.</source>
            <translation>{pattern}：{name} 自 {time} 起当值。</translation>
        </message>
        <message>
            <source>Shift ended by a supervisor's approval; the handover is recorded.</source>
            <translation>班次已经班长批准结束，交班已记录。</translation>
        </message>
    </context>
    <context>
        <name>ShiftPatternSection</name>
        <message>
            <source>Shift patterns</source>
            <translation>班次设置</translation>
        </message>
        <message>
            <source>Leave a name empty to remove that shift. A shift may run past midnight (e.g. 23:00 to 07:00).</source>
            <translation>名称留空即删除该班次。班次可跨越午夜（例如 23:00 至 07:00）。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Save shift patterns</source>
            <translation>保存班次设置</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>SiteSection</name>
        <message>
            <source>Site</source>
            <translation>物业</translation>
        </message>
        <message>
            <source>Site &amp;name</source>
            <translation>物业名称(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>时区(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Desk name</source>
            <translation>岗位名称(&amp;D)</translation>
        </message>
        <message>
            <source>Desk &amp;kind</source>
            <translation>岗位类型(&amp;K)</translation>
        </message>
        <message>
            <source>Desks (retired desks stay in the records)</source>
            <translation>岗位（停用的岗位仍保留在记录中）</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Save site</source>
            <translation>保存物业资料</translation>
        </message>
        <message>
            <source>&amp;Add as new desk</source>
            <translation>新增为新岗位(&amp;A)</translation>
        </message>
        <message>
            <source>Save &amp;selected desk</source>
            <translation>保存所选岗位(&amp;S)</translation>
        </message>
        <message>
            <source> (retired)</source>
            <translation>（已停用）</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Select a desk in the list first.</source>
            <translation>请先在列表中选择一个岗位。</translation>
        </message>
    </context>
    <context>
        <name>SlipSection</name>
        <message>
            <source>Visitor slips at this desk</source>
            <translation>本岗位的访客单</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>纸张</translation>
        </message>
        <message>
            <source>Print at check-in</source>
            <translation>登记入场时打印</translation>
        </message>
        <message>
            <source>Receipt roll (width in the printer settings)</source>
            <translation>小票纸卷（宽度见打印机设置）</translation>
        </message>
        <message>
            <source>A6 sheet</source>
            <translation>A6 纸</translation>
        </message>
        <message>
            <source>Yes, on the configured printer without asking</source>
            <translation>是，直接用已设置的打印机打印</translation>
        </message>
        <message>
            <source>No, only when asked (Ctrl+P)</source>
            <translation>否，需要时才打印（Ctrl+P）</translation>
        </message>
        <message>
            <source>Save slip settings</source>
            <translation>保存访客单设置</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>SupervisorApprovalDialog</name>
        <message>
            <source>Supervisor approval</source>
            <translation>主管批准</translation>
        </message>
        <message>
            <source>This action needs a supervisor. The supervisor enters their PIN here and says why; the approval is recorded.</source>
            <translation>此操作须主管批准。请主管在此输入 PIN 码并注明原因；批准会被记录。</translation>
        </message>
        <message>
            <source>&amp;Supervisor</source>
            <translation>主管(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>PIN 码(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
        <message>
            <source>No supervisor has a PIN yet. An administrator can set one.</source>
            <translation>还没有主管设置 PIN 码，请系统管理员设置。</translation>
        </message>
    </context>
    <context>
        <name>SweepDialog</name>
        <message>
            <source>Overstay sweep</source>
            <translation>超时巡查</translation>
        </message>
        <message>
            <source>These visitors are past their leave-by time. Check each one and say what you found. "Left" checks the visitor out with the time marked as not witnessed.</source>
            <translation>以下访客已超过预计离开时间。请逐一查看并记录结果。选“已离开”会登记离开，并注明离开时间未经目睹。</translation>
        </message>
        <message>
            <source>{name} · {unit} · overstay {time}</source>
            <translation>{name} · {unit} · 超时 {time}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>&amp;Save answers</source>
            <translation>保存巡查结果(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Choose an answer for every visitor.</source>
            <translation>请为每位访客选择结果。</translation>
        </message>
    </context>
    <context>
        <name>TransactionsTab</name>
        <message>
            <source>&amp;From</source>
            <translation>从(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>至(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>查询(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Excel…</source>
            <translation>Excel(&amp;E)…</translation>
        </message>
        <message>
            <source>{count} loans</source>
            <translation>共 {count} 笔借用</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <source>Add a building or a unit</source>
            <translation>新增楼栋或单元</translation>
        </message>
        <message>
            <source>&amp;Building code *</source>
            <translation>楼栋编号(&amp;B) *</translation>
        </message>
        <message>
            <source>Building &amp;name (new buildings)</source>
            <translation>楼栋名称(&amp;N)（新楼栋）</translation>
        </message>
        <message>
            <source>&amp;Unit (empty: the building only)</source>
            <translation>单元(&amp;U)（留空：只新增楼栋）</translation>
        </message>
        <message>
            <source>&amp;Floor</source>
            <translation>楼层(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>UnitPicker</name>
        <message>
            <source>Unit, e.g. A12A</source>
            <translation>单元，例如 A12A</translation>
        </message>
    </context>
    <context>
        <name>VisitDetailDialog</name>
        <message>
            <source>&amp;Amend…</source>
            <translation>更正(&amp;A)…</translation>
        </message>
        <message>
            <source>Show full &amp;ID number…</source>
            <translation>显示完整证件号码(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Print slip</source>
            <translation>打印访客单(&amp;P)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>What happened to this visit</source>
            <translation>此次到访的经过</translation>
        </message>
        <message>
            <source>Visit {code}</source>
            <translation>访客登记 {code}</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source> · amended</source>
            <translation> · 已更正</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>到访</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>证件</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>车牌</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>In</source>
            <translation>入场</translation>
        </message>
        <message>
            <source>Leave by</source>
            <translation>预计离开</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>离开</translation>
        </message>
        <message>
            <source>, approved by {name}</source>
            <translation>，由 {name} 批准</translation>
        </message>
        <message>
            <source>{time} Watchlist ({action}): {decision} by {by}{approved}. Reason listed: {reason}</source>
            <translation>{time} 关注名单（{action}）：{by} 决定“{decision}”{approved}。列入原因：{reason}</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field}：{old} → {new}</translation>
        </message>
        <message>
            <source>{time} Amended by {by}: {changes}. Reason: {reason}</source>
            <translation>{time} {by} 更正：{changes}。原因：{reason}</translation>
        </message>
        <message>
            <source>{time} Overstay sweep by {by}: {decision}</source>
            <translation>{time} {by} 超时巡查：{decision}</translation>
        </message>
        <message>
            <source>Slips printed: {count}</source>
            <translation>已打印访客单：{count} 张</translation>
        </message>
        <message>
            <source>Nothing since check-in.</source>
            <translation>入场后没有其他记录。</translation>
        </message>
        <message>
            <source>Amendment saved.</source>
            <translation>更正已保存。</translation>
        </message>
        <message>
            <source>Full ID number (this view is recorded): {number}</source>
            <translation>完整证件号码（此次查看已记录）：{number}</translation>
        </message>
    </context>
    <context>
        <name>VisitExport</name>
        <message>
            <source>amended</source>
            <translation>已更正</translation>
        </message>
        <message>
            <source>Show a visitor's full ID number</source>
            <translation>显示访客完整证件号码</translation>
        </message>
        <message>
            <source>Let a visitor in without the ID check</source>
            <translation>未核对证件放行访客</translation>
        </message>
        <message>
            <source>Let in a visitor on the watchlist</source>
            <translation>放行关注名单上的访客</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>In</source>
            <translation>入场时间</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>离开时间</translation>
        </message>
        <message>
            <source>Minutes on site</source>
            <translation>在场分钟</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Phone (masked)</source>
            <translation>电话（已遮蔽）</translation>
        </message>
        <message>
            <source>ID (masked)</source>
            <translation>证件（已遮蔽）</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>到访单元</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>车牌</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>同行人数</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通行证</translation>
        </message>
        <message>
            <source>How they left</source>
            <translation>离开方式</translation>
        </message>
        <message>
            <source>Checked in by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>Amended</source>
            <translation>已更正</translation>
        </message>
    </context>
    <context>
        <name>VisitHistoryModel</name>
        <message>
            <source>In</source>
            <translation>入场</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>到访</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>车牌</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>离开</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>{status} · amended</source>
            <translation>{status} · 已更正</translation>
        </message>
    </context>
    <context>
        <name>VisitHistoryPage</name>
        <message>
            <source>Visit history</source>
            <translation>访客记录</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>从(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>至(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>单元(&amp;U)</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>类别(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Plate</source>
            <translation>车牌(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Visitor (name, pinyin, phone)</source>
            <translation>访客(&amp;V)（姓名、拼音、电话）</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>状态(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>搜索(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>导出 Excel(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Details / amend…</source>
            <translation>详情／更正(&amp;D)…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>{count} visits</source>
            <translation>共 {count} 次到访</translation>
        </message>
        <message>
            <source>Export visits to Excel</source>
            <translation>导出访客记录至 Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} visits exported to {path}.</source>
            <translation>已导出 {count} 次到访至 {path}。</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>已取消导出，没有写入文件。</translation>
        </message>
    </context>
    <context>
        <name>VisitorLabels</name>
        <message>
            <source>{first}; {second}</source>
            <translation>{first}；{second}</translation>
        </message>
        <message>
            <source>{first}, {second}</source>
            <translation>{first}、{second}</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>承包商</translation>
        </message>
        <message>
            <source>Courier / delivery</source>
            <translation>快递／送货</translation>
        </message>
        <message>
            <source>Ride-hailing</source>
            <translation>网约车</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>面试</translation>
        </message>
        <message>
            <source>Official</source>
            <translation>公务</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>在场</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>已离开</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒绝进入</translation>
        </message>
        <message>
            <source>From the list</source>
            <translation>从名单登记</translation>
        </message>
        <message>
            <source>By search</source>
            <translation>搜索登记</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>扫描登记</translation>
        </message>
        <message>
            <source>Left, time not witnessed</source>
            <translation>已离开，时间未经目睹</translation>
        </message>
        <message>
            <source>Mainland resident ID</source>
            <translation>内地居民身份证</translation>
        </message>
        <message>
            <source>Hong Kong ID</source>
            <translation>香港身份证</translation>
        </message>
        <message>
            <source>Macau ID</source>
            <translation>澳门身份证</translation>
        </message>
        <message>
            <source>Taiwan ID</source>
            <translation>台湾身份证</translation>
        </message>
        <message>
            <source>Home-Return Permit</source>
            <translation>回乡证</translation>
        </message>
        <message>
            <source>Taiwan Compatriot Permit</source>
            <translation>台胞证</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>护照</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>其他证件</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>未核对</translation>
        </message>
        <message>
            <source>ID sighted</source>
            <translation>已核对证件</translation>
        </message>
        <message>
            <source>Resident confirmed by phone</source>
            <translation>住户已电话确认</translation>
        </message>
        <message>
            <source>Number recorded</source>
            <translation>已登记号码</translation>
        </message>
        <message>
            <source>Do not check IDs</source>
            <translation>不核对证件</translation>
        </message>
        <message>
            <source>ID sighted, number not recorded</source>
            <translation>核对证件，不登记号码</translation>
        </message>
        <message>
            <source>Resident confirms by phone</source>
            <translation>由住户电话确认</translation>
        </message>
        <message>
            <source>Record the ID number (encrypted)</source>
            <translation>登记证件号码（加密保存）</translation>
        </message>
        <message>
            <source>Deny entry</source>
            <translation>拒绝进入</translation>
        </message>
        <message>
            <source>Call the resident first</source>
            <translation>先致电住户</translation>
        </message>
        <message>
            <source>Alert only</source>
            <translation>仅作提示</translation>
        </message>
        <message>
            <source>Allowed after calling</source>
            <translation>致电住户后放行</translation>
        </message>
        <message>
            <source>Allowed, alert noted</source>
            <translation>已知悉提示，放行</translation>
        </message>
        <message>
            <source>Overridden by a supervisor</source>
            <translation>主管批准放行</translation>
        </message>
        <message>
            <source>Left (time not witnessed)</source>
            <translation>已离开（时间未经目睹）</translation>
        </message>
        <message>
            <source>Still here</source>
            <translation>仍在场</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>上报主管</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>待到访</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>已到访</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>职员</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>业主</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>租户</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>家属</translation>
        </message>
        <message>
            <source>{hours} h {minutes:02d} min</source>
            <translation>{hours}小时{minutes:02d}分</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes}分钟</translation>
        </message>
    </context>
    <context>
        <name>VisitorSlip</name>
        <message>
            <source>Visitor slip</source>
            <translation>访客单</translation>
        </message>
        <message>
            <source>Visit no.</source>
            <translation>登记编号</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通行证</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>到访单元</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>Time in</source>
            <translation>入场时间</translation>
        </message>
        <message>
            <source>Leave by</source>
            <translation>预计离开</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>证件</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>车牌</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>同行人数</translation>
        </message>
        <message>
            <source>Items carried</source>
            <translation>携带物品</translation>
        </message>
        <message>
            <source>Show this slip when you leave; the guard scans the code to check you out.</source>
            <translation>离开时请出示此单，保安扫描编号即可登记离开。</translation>
        </message>
        <message>
            <source>Visitor's signature</source>
            <translation>访客签名</translation>
        </message>
    </context>
    <context>
        <name>VisitorTexts</name>
        <message>
            <source>This visitor matches the watchlist: decide before checking in.</source>
            <translation>此访客符合关注名单：请先作出决定再登记。</translation>
        </message>
        <message>
            <source>The watchlist says to deny entry: only a supervisor can let this visitor in.</source>
            <translation>关注名单指示拒绝进入：只有主管可以批准放行。</translation>
        </message>
        <message>
            <source>The visitor still holds {count} item(s). Take them back or confirm the check-out.</source>
            <translation>访客仍持有 {count} 件物品。请先收回，或确认仍然登记离开。</translation>
        </message>
        <message>
            <source>This visitor is no longer on site (perhaps checked out at another desk).</source>
            <translation>此访客已不在场（可能已在其他岗位登记离开）。</translation>
        </message>
        <message>
            <source>No visit matches the scanned code. Is it a slip of this site?</source>
            <translation>扫描的编号找不到登记记录。这是本物业的访客单吗？</translation>
        </message>
        <message>
            <source>No ID number was recorded for this visit.</source>
            <translation>此次到访没有登记证件号码。</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>没有任何更改。</translation>
        </message>
        <message>
            <source>This expected visitor has already arrived or was cancelled.</source>
            <translation>此预约访客已到访或已取消。</translation>
        </message>
        <message>
            <source>This watchlist entry was already lifted.</source>
            <translation>此关注名单项目已解除。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Visitor type</source>
            <translation>访客类别</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>ID type</source>
            <translation>证件类别</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>ID check</source>
            <translation>证件核对</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>车牌</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>同行人数</translation>
        </message>
        <message>
            <source>Items carried</source>
            <translation>携带物品</translation>
        </message>
        <message>
            <source>Pass number</source>
            <translation>通行证号码</translation>
        </message>
        <message>
            <source>Leave by</source>
            <translation>预计离开</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>离开时间</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>别名</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>有效至</translation>
        </message>
        <message>
            <source>Expected on</source>
            <translation>预约日期</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>ID policy</source>
            <translation>证件政策</translation>
        </message>
        <message>
            <source>Visitor types</source>
            <translation>访客类别</translation>
        </message>
        <message>
            <source>Slip paper</source>
            <translation>访客单纸张</translation>
        </message>
        <message>
            <source>Print a slip at check-in</source>
            <translation>登记入场时打印访客单</translation>
        </message>
        <message>
            <source>Type name</source>
            <translation>类别名称</translation>
        </message>
        <message>
            <source>Usual stay (minutes)</source>
            <translation>一般逗留时间（分钟）</translation>
        </message>
        <message>
            <source>Building code</source>
            <translation>楼栋编号</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>楼栋</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>单元编号</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>楼层</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Already on site</source>
            <translation>已在场</translation>
        </message>
        <message>
            <source>This site does not record ID numbers (see the ID policy).</source>
            <translation>本物业不登记证件号码（见证件政策）。</translation>
        </message>
        <message>
            <source>Give at least a name, a phone, an ID number or a plate.</source>
            <translation>请至少填写姓名、电话、证件号码或车牌其中一项。</translation>
        </message>
        <message>
            <source>This cannot be amended.</source>
            <translation>此项不可更正。</translation>
        </message>
        <message>
            <source>This column is missing from the sheet.</source>
            <translation>工作表缺少此列。</translation>
        </message>
        <message>
            <source>The sheet is missing from the file.</source>
            <translation>文件中缺少此工作表。</translation>
        </message>
        <message>
            <source>This is not an Excel (.xlsx) workbook.</source>
            <translation>这不是 Excel (.xlsx) 工作簿。</translation>
        </message>
        <message>
            <source>Too many rows: at most {max} in one file.</source>
            <translation>行数太多：每个文件最多 {max} 行。</translation>
        </message>
        <message>
            <source>The sheet has no rows to import.</source>
            <translation>工作表没有可导入的数据。</translation>
        </message>
        <message>
            <source>Differs from another row with the same code.</source>
            <translation>与同一编号的另一行不一致。</translation>
        </message>
        <message>
            <source>Built-in visitor types cannot be removed; switch them off instead.</source>
            <translation>内置访客类别不可删除，只可停用。</translation>
        </message>
        <message>
            <source>At least one visitor type must stay on.</source>
            <translation>最少要保留一个启用的访客类别。</translation>
        </message>
        <message>
            <source>Already on site: checked in at {time} (slip {code}) and not checked out.</source>
            <translation>此人已在场：{time} 登记进入（登记编号 {code}），尚未登记离开。</translation>
        </message>
        <message>
            <source>Role / job</source>
            <translation>身份／职务</translation>
        </message>
        <message>
            <source>Active (1/0)</source>
            <translation>使用中（1/0）</translation>
        </message>
        <message>
            <source>Site directory</source>
            <translation>住户及人员名录</translation>
        </message>
        <message>
            <source>Kind: resident, staff or contractor. Residents need a building code and a unit code.</source>
            <translation>类别：resident（住户）、staff（职员）或 contractor（承包商）。住户必须填写楼栋编号及单元编号。</translation>
        </message>
        <message>
            <source>Resident role: owner, tenant or family. One row per person; a row without a name adds a unit.</source>
            <translation>住户身份：owner（业主）、tenant（租户）或 family（家属）。每人一行；没有姓名的行只新增单元。</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Until (date)</source>
            <translation>有效至（日期）</translation>
        </message>
        <message>
            <source>Watchlist</source>
            <translation>关注名单</translation>
        </message>
        <message>
            <source>Action: deny, call_first or alert_only. ID type: mainland_id, hk_id, macau_id, taiwan_id, home_return_permit, taiwan_compatriot_permit, passport, other.</source>
            <translation>处理方式：deny（拒绝进入）、call_first（先致电住户）或 alert_only（仅作提示）。证件类别：mainland_id、hk_id、macau_id、taiwan_id、home_return_permit、taiwan_compatriot_permit、passport、other。</translation>
        </message>
        <message>
            <source>Row {row}: {text}</source>
            <translation>第 {row} 行：{text}</translation>
        </message>
        <message>
            <source>Nothing was imported: {count} problem(s), rows {rows}.</source>
            <translation>没有导入任何数据：共 {count} 个问题，见第 {rows} 行。</translation>
        </message>
        <message>
            <source>Directory imported: added {buildings_added} buildings, {units_added} units, {people_added} people; updated {buildings_updated} buildings, {units_updated} units, {people_updated} people.</source>
            <translation>名录已导入：新增 {buildings_added} 栋楼、{units_added} 个单元、{people_added} 人；更新 {buildings_updated} 栋楼、{units_updated} 个单元、{people_updated} 人。</translation>
        </message>
        <message>
            <source>{count} watchlist entries imported.</source>
            <translation>已导入 {count} 项关注名单。</translation>
        </message>
        <message>
            <source>{count} rows written to {path}.</source>
            <translation>已将 {count} 行写入 {path}。</translation>
        </message>
        <message>
            <source>Template written to {path}.</source>
            <translation>模板已写入 {path}。</translation>
        </message>
    </context>
    <context>
        <name>VisitorTypesSection</name>
        <message>
            <source>Visitor types</source>
            <translation>访客类别</translation>
        </message>
        <message>
            <source>Tick the fields each type must fill in, and its usual stay (the leave-by time suggested at check-in). Built-in types can be switched off, not removed.</source>
            <translation>勾选每个类别必须填写的栏位及一般逗留时间（登记时建议的预计离开时间）。内置类别只可停用，不可删除。</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>车牌</translation>
        </message>
        <message>
            <source>ID check</source>
            <translation>证件</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通行证</translation>
        </message>
        <message>
            <source>On</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>Add a type</source>
            <translation>新增类别</translation>
        </message>
        <message>
            <source>Save visitor types</source>
            <translation>保存访客类别</translation>
        </message>
        <message>
            <source>Identity documents</source>
            <translation>身份证件</translation>
        </message>
        <message>
            <source>What guards do with a visitor's ID. Recording numbers keeps them encrypted and masked; it needs a written justification, which is kept with the change.</source>
            <translation>保安如何处理访客证件。登记号码会加密保存并遮蔽显示；必须写明理由，理由会与更改一并保存。</translation>
        </message>
        <message>
            <source>Justification (required to record numbers)</source>
            <translation>理由（登记号码时必填）</translation>
        </message>
        <message>
            <source>Save ID policy</source>
            <translation>保存证件政策</translation>
        </message>
        <message>
            <source>New type</source>
            <translation>新类别</translation>
        </message>
        <message>
            <source>Visitor types saved.</source>
            <translation>访客类别已保存。</translation>
        </message>
        <message>
            <source>ID policy saved.</source>
            <translation>证件政策已保存。</translation>
        </message>
    </context>
    <context>
        <name>VisitorsPage</name>
        <message>
            <source>Visitors</source>
            <translation>访客登记</translation>
        </message>
        <message>
            <source>On site ({count})</source>
            <translation>在场（{count}）</translation>
        </message>
        <message>
            <source>Expected today ({count})</source>
            <translation>今日预约（{count}）</translation>
        </message>
        <message>
            <source>{name} was refused entry; the decision is recorded.</source>
            <translation>已拒绝 {name} 进入，决定已记录。</translation>
        </message>
        <message>
            <source>{name} checked in ({code}). Ctrl+P prints the slip.</source>
            <translation>{name} 已登记入场（{code}）。按 Ctrl+P 打印访客单。</translation>
        </message>
        <message>
            <source>Complete the marked fields, then check in.</source>
            <translation>请补齐已标示的栏位，然后登记入场。</translation>
        </message>
        <message>
            <source>Slip {code} printed.</source>
            <translation>访客单 {code} 已打印。</translation>
        </message>
    </context>
    <context>
        <name>VisitorsPanel</name>
        <message>
            <source>Visitors</source>
            <translation>访客</translation>
        </message>
        <message>
            <source>Open the visitor log</source>
            <translation>打开访客登记</translation>
        </message>
        <message>
            <source>On site now: {on_site} · overstays: {late} · still expected today: {waiting}</source>
            <translation>目前在场：{on_site} 人 · 超时：{late} 人 · 今日尚待到访：{waiting} 人</translation>
        </message>
        <message>
            <source>{name} ({unit}) overstay {time}</source>
            <translation>{name}（{unit}）超时 {time}</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>…… 另有 {count} 人</translation>
        </message>
    </context>
    <context>
        <name>WatchAlertDialog</name>
        <message>
            <source>Watchlist alert</source>
            <translation>关注名单警示</translation>
        </message>
        <message>
            <source>WATCHLIST: {name}</source>
            <translation>关注名单：{name}</translation>
        </message>
        <message>
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>plate</source>
            <translation>车牌</translation>
        </message>
        <message>
            <source>Listed as: {name}</source>
            <translation>名单上的姓名：{name}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>原因：{reason}</translation>
        </message>
        <message>
            <source>Matched on: {fields}</source>
            <translation>吻合项目：{fields}</translation>
        </message>
        <message>
            <source>Listed until {date}</source>
            <translation>有效至 {date}</translation>
        </message>
        <message>
            <source>&amp;Refuse entry</source>
            <translation>拒绝进入(&amp;R)</translation>
        </message>
        <message>
            <source>Resident &amp;called: let in</source>
            <translation>已致电住户，放行(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Noted: let in</source>
            <translation>已知悉，放行(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Supervisor override…</source>
            <translation>主管批准放行(&amp;S)…</translation>
        </message>
        <message>
            <source>Close without deciding (nothing is saved)</source>
            <translation>关闭，暂不决定（不会保存）</translation>
        </message>
    </context>
    <context>
        <name>WatchlistDialog</name>
        <message>
            <source>Add to the watchlist</source>
            <translation>加入关注名单</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Other names (comma-separated)</source>
            <translation>别名(&amp;O)（以逗号分隔）</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>ID &amp;type</source>
            <translation>证件类别(&amp;T)</translation>
        </message>
        <message>
            <source>ID n&amp;umber</source>
            <translation>证件号码(&amp;U)</translation>
        </message>
        <message>
            <source>P&amp;late</source>
            <translation>车牌(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Action *</source>
            <translation>处理方式(&amp;A) *</translation>
        </message>
        <message>
            <source>&amp;Reason *</source>
            <translation>原因(&amp;R) *</translation>
        </message>
        <message>
            <source>&amp;Until</source>
            <translation>有效至(&amp;U)</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>截止日期</translation>
        </message>
    </context>
    <context>
        <name>WatchlistPage</name>
        <message>
            <source>Watchlist</source>
            <translation>关注名单</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>新增(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Lift…</source>
            <translation>解除(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>从 Excel 导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Excel &amp;template…</source>
            <translation>Excel 模板(&amp;T)…</translation>
        </message>
        <message>
            <source>Show lifted entries</source>
            <translation>显示已解除的项目</translation>
        </message>
        <message>
            <source>Entry added to the watchlist.</source>
            <translation>已加入关注名单。</translation>
        </message>
        <message>
            <source>Select an entry that is listed.</source>
            <translation>请先选择一个生效中的项目。</translation>
        </message>
        <message>
            <source>Lift a watchlist entry</source>
            <translation>解除关注名单项目</translation>
        </message>
        <message>
            <source>Why is {name} no longer on the list?</source>
            <translation>为何将 {name} 移出名单？</translation>
        </message>
        <message>
            <source>Entry lifted.</source>
            <translation>已解除。</translation>
        </message>
        <message>
            <source>Import the watchlist</source>
            <translation>导入关注名单</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} entries imported.</source>
            <translation>已导入 {count} 项。</translation>
        </message>
        <message>
            <source>Save the watchlist template</source>
            <translation>保存关注名单模板</translation>
        </message>
        <message>
            <source>Template written to {path}.</source>
            <translation>模板已写入 {path}。</translation>
        </message>
    </context>
    <context>
        <name>WatchlistTableModel</name>
        <message>
            <source>Name / other names</source>
            <translation>姓名／别名</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>证件</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>车牌</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>有效至</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>吻合次数</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>生效中</translation>
        </message>
        <message>
            <source>Lifted</source>
            <translation>已解除</translation>
        </message>
    </context>
    <context>
        <name>WindowTableModel</name>
        <message>
            <source>Due</source>
            <translation>应巡</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>路线</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>巡逻点</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状况</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderActionDialog</name>
        <message>
            <source>Dispatch {number}</source>
            <translation>派工 {number}</translation>
        </message>
        <message>
            <source>Put {number} on hold</source>
            <translation>暂停 {number}</translation>
        </message>
        <message>
            <source>{number} is done</source>
            <translation>{number} 完工</translation>
        </message>
        <message>
            <source>Reject {number}</source>
            <translation>不受理 {number}</translation>
        </message>
        <message>
            <source>Cancel {number}</source>
            <translation>取消 {number}</translation>
        </message>
        <message>
            <source>Return visit of {number}</source>
            <translation>回访 {number}</translation>
        </message>
        <message>
            <source>Close {number} without reaching the reporter</source>
            <translation>未能联系报修人，结案 {number}</translation>
        </message>
        <message>
            <source>Reopen {number}</source>
            <translation>重开 {number}</translation>
        </message>
        <message>
            <source>Note on {number}</source>
            <translation>{number} 的备注</translation>
        </message>
        <message>
            <source>The SLA clocks stop while the job waits, and run again when it resumes.</source>
            <translation>暂停期间时限停止计算，恢复处理后继续计时。</translation>
        </message>
        <message>
            <source>Ask: how satisfied are you with how we handled it? A dissatisfied answer needs a comment.</source>
            <translation>请问：您对这次处理满意吗？如不满意，请记下意见。</translation>
        </message>
        <message>
            <source>A new work order is created and linked to this one. Say what is still wrong.</source>
            <translation>将创建一张新工单并关联到此工单。请说明仍有什么问题。</translation>
        </message>
        <message>
            <source>&amp;Technician or contractor</source>
            <translation>维修人员或承包商(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Answer</source>
            <translation>回答(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Comment</source>
            <translation>意见(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;What is still wrong</source>
            <translation>仍有什么问题(&amp;W)</translation>
        </message>
        <message>
            <source>Not reached: call again later</source>
            <translation>未能联系：稍后再致电</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderDetailPanel</name>
        <message>
            <source>&amp;Dispatch…</source>
            <translation>派工(&amp;D)…</translation>
        </message>
        <message>
            <source>S&amp;tart work</source>
            <translation>开始维修(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Hold…</source>
            <translation>暂停(&amp;H)…</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>恢复处理(&amp;U)</translation>
        </message>
        <message>
            <source>D&amp;one…</source>
            <translation>完工(&amp;O)…</translation>
        </message>
        <message>
            <source>Return &amp;visit…</source>
            <translation>回访(&amp;V)…</translation>
        </message>
        <message>
            <source>Close unreached…</source>
            <translation>未能联系，结案…</translation>
        </message>
        <message>
            <source>Re&amp;open…</source>
            <translation>重开(&amp;O)…</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>不受理(&amp;J)…</translation>
        </message>
        <message>
            <source>&amp;Cancel job…</source>
            <translation>取消工单(&amp;C)…</translation>
        </message>
        <message>
            <source>Add &amp;note…</source>
            <translation>加备注(&amp;N)…</translation>
        </message>
        <message>
            <source>Print A4</source>
            <translation>打印 A4</translation>
        </message>
        <message>
            <source>Print A5</source>
            <translation>打印 A5</translation>
        </message>
        <message>
            <source>Print slip</source>
            <translation>打印小票</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>处理记录</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Choose a work order in the list to see its details and timeline.</source>
            <translation>在列表中选择一张工单，查看详情及处理记录。</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>报修人</translation>
        </message>
        <message>
            <source>Unit / location</source>
            <translation>单元 / 位置</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>报修</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>维修人员</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Reopens</source>
            <translation>重开自</translation>
        </message>
        <message>
            <source>Reopened as</source>
            <translation>已重开为</translation>
        </message>
        <message>
            <source>Made from</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Incident {number}</source>
            <translation>事件 {number}</translation>
        </message>
        <message>
            <source>Duty-log entry</source>
            <translation>值班记录</translation>
        </message>
        <message>
            <source>respond</source>
            <translation>响应</translation>
        </message>
        <message>
            <source>fix</source>
            <translation>修复</translation>
        </message>
        <message>
            <source>{symbol} {state} {time} · {clock} by {due}</source>
            <translation>{symbol} {state} {time} · {due} 前{clock}</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderFromSourceDialog</name>
        <message>
            <source>Work order from incident {number}</source>
            <translation>由事件 {number} 转为工单</translation>
        </message>
        <message>
            <source>Work order from the duty-log entry of {time}</source>
            <translation>由 {time} 的值班记录转为工单</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>取消（Esc）</translation>
        </message>
        <message>
            <source>Files carried &amp;over (untick a file to leave it out)</source>
            <translation>一并带入的文件(&amp;O)（取消勾选即不带入）</translation>
        </message>
        <message>
            <source>Already turned into work order {numbers}. Saving makes another one.</source>
            <translation>已转为工单 {numbers}。再保存会另建一张工单。</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderQueueModel</name>
        <message>
            <source>Due in</source>
            <translation>剩余时间</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>工单号</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Unit / location</source>
            <translation>单元 / 位置</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>报修人</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>维修人员</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>报修时间</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Muster list (F12)</source>
            <translation>紧急疏散名单 (F12)</translation>
        </message>
        <message>
            <source>Print everyone on site now, for an evacuation</source>
            <translation>打印现时所有在场人员，供紧急疏散点名</translation>
        </message>
        <message>
            <source>There is no record to open for this item.</source>
            <translation>此项目没有可打开的记录。</translation>
        </message>
        <message>
            <source>{record} could not be found.</source>
            <translation>找不到 {record}。</translation>
        </message>
        <message>
            <source>That record could not be found.</source>
            <translation>找不到该记录。</translation>
        </message>
        <message>
            <source>Desk: {desk}</source>
            <translation>岗位：{desk}</translation>
        </message>
        <message>
            <source>Operator: {name} ({role})</source>
            <translation>操作员：{name}（{role}）</translation>
        </message>
        <message>
            <source>No shift open</source>
            <translation>未开班</translation>
        </message>
        <message>
            <source>{pattern} since {time}, {name}</source>
            <translation>{pattern}，{time} 起，{name}</translation>
        </message>
    </context>
</TS>
