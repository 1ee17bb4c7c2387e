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
            <source>Returned by</source>
            <translation>归还人</translation>
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
            <source>Keys</source>
            <translation>钥匙</translation>
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
            <source>Every class</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>{shown} keys shown · {out} out now · {overdue} overdue</source>
            <translation>显示 {shown} 把 · 借出中 {out} 把 · 逾期 {overdue} 把</translation>
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
        <name>UnitPicker</name>
        <message>
            <source>Unit, e.g. A12A</source>
            <translation>单元，例如 A12A</translation>
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
