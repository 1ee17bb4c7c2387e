<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    </context>
    <context>
        <name>AmendDialog</name>
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
            <source>This account is locked after too many failed attempts. A supervisor can unlock it.</source>
            <translation>此账户因多次输入错误已被锁定，须由主管解锁。</translation>
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
            <source>Watchlist</source>
            <translation>关注名单</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>住户名录</translation>
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
            <source>&amp;End shift</source>
            <translation>结束班次(&amp;E)</translation>
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
            <source>Shift ended.</source>
            <translation>班次已结束。</translation>
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
        <message>
            <source>amended</source>
            <translation>已更正</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>访客记录</translation>
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
            <source>Visits {first} – {last}, exported by {name}</source>
            <translation>访客记录 {first} 至 {last}，由 {name} 导出</translation>
        </message>
        <message>
            <source>Exporting visits…</source>
            <translation>正在导出访客记录…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>已取消导出，没有写入文件。</translation>
        </message>
        <message>
            <source>{count} visits exported.</source>
            <translation>已导出 {count} 次到访。</translation>
        </message>
    </context>
    <context>
        <name>VisitorLabels</name>
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
        <name>Workspace</name>
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
