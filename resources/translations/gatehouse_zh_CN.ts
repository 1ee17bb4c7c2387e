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
            <source>Operators</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
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
            <source>Summary by module</source>
            <translation>各模块摘要</translation>
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
            <source>Entry No.</source>
            <translation>记录编号</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>哈希值</translation>
        </message>
        <message>
            <source>The command gatehouse audit verify recomputes the chain: the head it reaches for this entry must match the hash printed here, or the records were changed after this report was printed.</source>
            <translation>用命令 gatehouse audit verify 重新计算审计链：此记录的哈希值必须与本页所印相同，否则表示本报表打印后记录曾被更改。</translation>
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
            <translation>施工单位</translation>
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
            <translation>响应时间：首次响应的平均时间。MTTR：维修时间（不计暂停）÷ 已完成维修数。SLA 达标率：全部时限内完成的工单 ÷ 已判定工单。满意度：(5·n5 + 4·n4 + 3·n3 + 2·n2 + 1·n1) ÷ N。投诉率：投诉 ÷ 全部请求。</translation>
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
            <source>Critical</source>
            <translation>危急</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>Attention</source>
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
            <source>New complaints</source>
            <translation>新投诉</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未完成</translation>
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
            <source>Closed</source>
            <translation>已结案</translation>
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
            <translation>平均修复时间（MTTR）</translation>
        </message>
        <message>
            <source>SLA compliance</source>
            <translation>SLA 达标率</translation>
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
