<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>AccountSection</name>
        <message>
            <source>My account</source>
            <translation>我的帳戶</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>目前密碼</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密碼</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>再次輸入新密碼</translation>
        </message>
        <message>
            <source>New PIN (4–6 digits)</source>
            <translation>新 PIN 碼（4–6 位數字）</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>再次輸入新 PIN 碼</translation>
        </message>
        <message>
            <source>Change my password</source>
            <translation>更改我的密碼</translation>
        </message>
        <message>
            <source>Change my PIN</source>
            <translation>更改我的 PIN 碼</translation>
        </message>
        <message>
            <source>Password changed.</source>
            <translation>密碼已更改。</translation>
        </message>
        <message>
            <source>PIN changed.</source>
            <translation>PIN 碼已更改。</translation>
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
            <translation>目前沒有需要處理的事項。</translation>
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
            <translation>更正訪客登記 {code}</translation>
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
            <translation>門崗值守台已在這部電腦上開啟，已把它的視窗移到最前。</translation>
        </message>
        <message>
            <source>Gatehouse</source>
            <translation>門崗值守台</translation>
        </message>
        <message>
            <source>Gatehouse cannot use its data folder {where}. Check that the disk is present and writable.</source>
            <translation>門崗值守台無法使用資料資料夾 {where}。請確認磁碟存在並可寫入。</translation>
        </message>
    </context>
    <context>
        <name>CheckInFlow</name>
        <message>
            <source>Check the marked fields. If they are right as typed, press "Save anyway".</source>
            <translation>請核對已標示的欄位。如果輸入無誤，請按「仍然儲存」。</translation>
        </message>
        <message>
            <source>Watchlist: {name} ({decision})</source>
            <translation>關注名單：{name}（{decision}）</translation>
        </message>
    </context>
    <context>
        <name>CheckInForm</name>
        <message>
            <source>Returning visitor? Type a name, pinyin, phone digits or plate (F2)</source>
            <translation>熟客？輸入姓名、拼音、電話號碼或車牌搜尋（F2）</translation>
        </message>
        <message>
            <source>e.g. 陳大, zs, 4567, B123</source>
            <translation>例如：陳大、zs、4567、B123</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>姓名(&amp;N) *</translation>
        </message>
        <message>
            <source>&amp;Type *</source>
            <translation>類別(&amp;T) *</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>電話(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>到訪單位(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Resident</source>
            <translation>住戶(&amp;R)</translation>
        </message>
        <message>
            <source>Pu&amp;rpose</source>
            <translation>事由(&amp;R)</translation>
        </message>
        <message>
            <source>P&amp;late</source>
            <translation>車牌(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;ID</source>
            <translation>證件(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>公司(&amp;C)</translation>
        </message>
        <message>
            <source>I&amp;tems carried</source>
            <translation>攜帶物品(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Leave by</source>
            <translation>預計離開(&amp;L)</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>備註(&amp;O)</translation>
        </message>
        <message>
            <source>With</source>
            <translation>同行</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通行證</translation>
        </message>
        <message>
            <source>Building and unit, e.g. A12A</source>
            <translation>座數及單位，例如 A12A</translation>
        </message>
        <message>
            <source>Use the ID on file</source>
            <translation>使用已登記的證件</translation>
        </message>
        <message>
            <source>Check &amp;in (Ctrl+Enter)</source>
            <translation>登記入場(&amp;I)（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Clear form</source>
            <translation>清空表格</translation>
        </message>
        <message>
            <source>Save &amp;anyway</source>
            <translation>仍然儲存(&amp;A)</translation>
        </message>
        <message>
            <source>Supervisor &amp;override of the ID check…</source>
            <translation>主管批准證件例外(&amp;O)…</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>號碼</translation>
        </message>
        <message>
            <source>last {date}, {count} visits</source>
            <translation>上次 {date}，共 {count} 次</translation>
        </message>
        <message>
            <source>{text}  (on site now)</source>
            <translation>{text}（現正在場）</translation>
        </message>
        <message>
            <source>Use the ID on file ({masked})</source>
            <translation>使用已登記的證件（{masked}）</translation>
        </message>
        <message>
            <source>Returning visitor: {name}. Check the details, then press Enter.</source>
            <translation>熟客：{name}。請核對資料，然後按 Enter。</translation>
        </message>
        <message>
            <source>Expected visitor: {name}. Complete the details, then press Enter.</source>
            <translation>預約訪客：{name}。請補齊資料，然後按 Enter。</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Interrupted; nothing more was done.</source>
            <translation>已中斷；沒有再做任何操作。</translation>
        </message>
        <message>
            <source>{path} is too large to be a password file.</source>
            <translation>{path} 太大，不像是密碼檔。</translation>
        </message>
        <message>
            <source>{path} is not a UTF-8 text file.</source>
            <translation>{path} 不是 UTF-8 文字檔。</translation>
        </message>
        <message>
            <source>Unknown desk kind '{value}': use booth or reception.</source>
            <translation>未知的崗位類型「{value}」：請用 booth（門崗）或 reception（前台）。</translation>
        </message>
        <message>
            <source>Main gate</source>
            <translation>大門崗</translation>
        </message>
        <message>
            <source>Reception</source>
            <translation>客服前台</translation>
        </message>
        <message>
            <source>Site '{site}' created in {database}.</source>
            <translation>已在 {database} 建立物業「{site}」。</translation>
        </message>
        <message>
            <source>Schema: {state} (this program: {heads})</source>
            <translation>資料庫結構：{state}（本程式：{heads}）</translation>
        </message>
        <message>
            <source>Integrity check: ok</source>
            <translation>完整性檢查：正常</translation>
        </message>
        <message>
            <source>Integrity check FAILED ({count} problems), first: {first}</source>
            <translation>完整性檢查失敗（{count} 個問題），第一個：{first}</translation>
        </message>
        <message>
            <source>No site yet: run gatehouse init or start the program.</source>
            <translation>尚未建立物業：請執行 gatehouse init 或啟動程式。</translation>
        </message>
        <message>
            <source>Site key: present ({fingerprint})</source>
            <translation>物業金鑰：已安裝（{fingerprint}）</translation>
        </message>
        <message>
            <source>Site key: MISSING ({fingerprint}); import it with gatehouse keys import FILE</source>
            <translation>物業金鑰：缺少（{fingerprint}）；請用 gatehouse keys import 檔案 匯入</translation>
        </message>
        <message>
            <source>Backup and restore work on the SQLite file; back a PostgreSQL server up with pg_dump.</source>
            <translation>備份與還原只適用於 SQLite 檔案；PostgreSQL 伺服器請用 pg_dump 備份。</translation>
        </message>
        <message>
            <source>Backup written and verified: {path}</source>
            <translation>備份已寫入並驗證：{path}</translation>
        </message>
        <message>
            <source>Gatehouse is running on this data directory (process {pid}); close it first.</source>
            <translation>門崗值守台正在使用此資料資料夾（程序 {pid}），請先關閉。</translation>
        </message>
        <message>
            <source>Database restored into {path}; the replaced file was kept as {kept}.</source>
            <translation>資料庫已還原到 {path}；被取代的檔案保留為 {kept}。</translation>
        </message>
        <message>
            <source>Audit chain intact: {entries} entries, head {head}.</source>
            <translation>稽核鏈完整：共 {entries} 筆，鏈頭 {head}。</translation>
        </message>
        <message>
            <source>Audit chain BROKEN at entry {seq}: the entry was altered.</source>
            <translation>稽核鏈在第 {seq} 筆斷開：該筆記錄被改動過。</translation>
        </message>
        <message>
            <source>Audit chain BROKEN at entry {seq}: an entry before it was removed or moved.</source>
            <translation>稽核鏈在第 {seq} 筆斷開：之前有記錄被刪除或移動。</translation>
        </message>
        <message>
            <source>Audit chain BROKEN at entry {seq}: the entry is missing.</source>
            <translation>稽核鏈在第 {seq} 筆斷開：該筆記錄不見了。</translation>
        </message>
        <message>
            <source>Audit chain BROKEN at entry {seq}: it and any after it were removed from the end.</source>
            <translation>稽核鏈在第 {seq} 筆斷開：該筆及之後的記錄從末尾被刪除了。</translation>
        </message>
        <message>
            <source>Site key written to {path}. Keep it safe: it unlocks ID numbers.</source>
            <translation>物業金鑰已寫入 {path}。請妥善保管：它可解開證件號碼。</translation>
        </message>
        <message>
            <source>Site key {fingerprint} installed on this PC.</source>
            <translation>物業金鑰 {fingerprint} 已安裝到這部電腦。</translation>
        </message>
        <message>
            <source>--visits must be between 0 and {max}.</source>
            <translation>--visits 必須在 0 至 {max} 之間。</translation>
        </message>
        <message>
            <source>--days must be between 1 and {max}.</source>
            <translation>--days 必須在 1 至 {max} 之間。</translation>
        </message>
        <message>
            <source>--until '{value}' is not a date (YYYY-MM-DD).</source>
            <translation>--until「{value}」不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>Demo site '{site}' created in {seconds} s.</source>
            <translation>示範物業「{site}」已建立，用時 {seconds} 秒。</translation>
        </message>
        <message>
            <source>Demo accounts (user name, name, role, password, PIN) — for trying only:</source>
            <translation>示範帳戶（用戶名稱、姓名、角色、密碼、PIN 碼）— 只供試用：</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Gatehouse: unexpected error</source>
            <translation>門崗值守台：意外錯誤</translation>
        </message>
        <message>
            <source>(the crash log could not be written)</source>
            <translation>（無法寫入錯誤記錄檔）</translation>
        </message>
        <message>
            <source>Something went wrong inside Gatehouse. What you saved before is safe.

Please give this file to your administrator:
{path}</source>
            <translation>門崗值守台內部出錯。之前已儲存的資料都安全。

請把這個檔案交給系統管理員：
{path}</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Home</source>
            <translation>主頁</translation>
        </message>
    </context>
    <context>
        <name>DeskSection</name>
        <message>
            <source>This desk</source>
            <translation>本崗位</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>字體大小(&amp;T)</translation>
        </message>
        <message>
            <source>Lock after &amp;idle minutes</source>
            <translation>閒置幾分鐘後鎖定(&amp;I)</translation>
        </message>
        <message>
            <source>A&amp;4 printer</source>
            <translation>A4 印表機(&amp;4)</translation>
        </message>
        <message>
            <source>&amp;Receipt printer</source>
            <translation>收據印表機(&amp;R)</translation>
        </message>
        <message>
            <source>Receipt &amp;width</source>
            <translation>收據紙寬(&amp;W)</translation>
        </message>
        <message>
            <source>Print &amp;without asking</source>
            <translation>直接列印不詢問(&amp;W)</translation>
        </message>
        <message>
            <source>No: show the print dialog</source>
            <translation>否：顯示列印對話框</translation>
        </message>
        <message>
            <source>Yes: print straight to the printer above</source>
            <translation>是：直接送到上面的印表機</translation>
        </message>
        <message>
            <source>System default printer</source>
            <translation>系統預設印表機</translation>
        </message>
        <message>
            <source>&amp;Save desk settings</source>
            <translation>儲存本崗位設定(&amp;S)</translation>
        </message>
        <message>
            <source>Nothing to save: no setting was changed.</source>
            <translation>沒有需要儲存的：設定沒有改變。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已儲存。</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>Site directory</source>
            <translation>住戶及人員名錄</translation>
        </message>
        <message>
            <source>Name, phone digits, or unit (e.g. A12A)</source>
            <translation>姓名、電話號碼或單位（例如 A12A）</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Show switched-off people</source>
            <translation>顯示已停用的人員</translation>
        </message>
        <message>
            <source>&amp;Add person…</source>
            <translation>新增人員(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>更正(&amp;C)…</translation>
        </message>
        <message>
            <source>Switch &amp;off / on</source>
            <translation>停用／啟用(&amp;O)</translation>
        </message>
        <message>
            <source>Add building / &amp;unit…</source>
            <translation>新增樓宇／單位(&amp;U)…</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>從 Excel 匯入(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>匯出 Excel(&amp;E)…</translation>
        </message>
        <message>
            <source>Excel &amp;template…</source>
            <translation>Excel 範本(&amp;T)…</translation>
        </message>
        <message>
            <source>{count} shown</source>
            <translation>顯示 {count} 人</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已儲存。</translation>
        </message>
        <message>
            <source>{name} switched on.</source>
            <translation>已啟用 {name}。</translation>
        </message>
        <message>
            <source>{name} switched off.</source>
            <translation>已停用 {name}。</translation>
        </message>
        <message>
            <source>Import the directory</source>
            <translation>匯入名錄</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 活頁簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Imported: {people} people and {units} units added, {updated} people updated.</source>
            <translation>已匯入：新增 {people} 人、{units} 個單位，更新 {updated} 人。</translation>
        </message>
        <message>
            <source>Export the directory</source>
            <translation>匯出名錄</translation>
        </message>
        <message>
            <source>{count} rows written to {path}.</source>
            <translation>已將 {count} 行寫入 {path}。</translation>
        </message>
        <message>
            <source>Save the directory template</source>
            <translation>儲存名錄範本</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <source>Required.</source>
            <translation>必須填寫。</translation>
        </message>
        <message>
            <source>Too long: at most {max} characters (now {length}).</source>
            <translation>太長：最多 {max} 個字（現在 {length} 個）。</translation>
        </message>
        <message>
            <source>Too short: at least {min} characters.</source>
            <translation>太短：至少 {min} 個字。</translation>
        </message>
        <message>
            <source>Contains control characters; please retype it.</source>
            <translation>含有控制字元，請重新輸入。</translation>
        </message>
        <message>
            <source>Contains invisible characters (often from pasted text); please retype it.</source>
            <translation>含有看不見的字元（通常來自貼上的文字），請重新輸入。</translation>
        </message>
        <message>
            <source>Must be a whole number.</source>
            <translation>必須是整數。</translation>
        </message>
        <message>
            <source>Must be between {min} and {max}.</source>
            <translation>必須在 {min} 至 {max} 之間。</translation>
        </message>
        <message>
            <source>The format is not valid.</source>
            <translation>格式不正確。</translation>
        </message>
        <message>
            <source>The check digit does not match: a digit is probably mistyped.</source>
            <translation>校驗碼不符：可能打錯了某一位。</translation>
        </message>
        <message>
            <source>The date in it is not a real date.</source>
            <translation>其中的日期不存在。</translation>
        </message>
        <message>
            <source>A PIN is {min} to {max} digits.</source>
            <translation>PIN 碼須為 {min} 至 {max} 位數字。</translation>
        </message>
        <message>
            <source>Too weak: use at least {min} characters, not all the same.</source>
            <translation>太簡單：至少 {min} 個字元，且不能全部相同。</translation>
        </message>
        <message>
            <source>The two entries differ.</source>
            <translation>兩次輸入不一致。</translation>
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
            <translation>請從清單中選擇。</translation>
        </message>
        <message>
            <source>Too easy to guess: avoid repeated or consecutive digits.</source>
            <translation>太容易被猜到：請避免重複或連續的數字。</translation>
        </message>
        <message>
            <source>Use letters, digits, '.', '_' or '-' only, without spaces.</source>
            <translation>只可使用文字、數字、「.」、「_」或「-」，不可有空格。</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>目前密碼不正確。</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用戶名稱</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密碼</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密碼</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>目前密碼</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN 碼</translation>
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
            <translation>物業名稱</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>時區</translation>
        </message>
        <message>
            <source>Desks</source>
            <translation>崗位</translation>
        </message>
        <message>
            <source>Desk name</source>
            <translation>崗位名稱</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>崗位</translation>
        </message>
        <message>
            <source>Shift pattern</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Shift patterns</source>
            <translation>班次設定</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>閒置鎖定分鐘數</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>字體大小</translation>
        </message>
        <message>
            <source>A4 printer</source>
            <translation>A4 印表機</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>收據印表機</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>備份資料夾</translation>
        </message>
        <message>
            <source>Cannot write to {where}: the folder or file is read-only.</source>
            <translation>無法寫入 {where}：資料夾或檔案是唯讀的。</translation>
        </message>
        <message>
            <source>The disk is full ({where}). Free some space; nothing was saved.</source>
            <translation>磁碟已滿（{where}）。請騰出空間；這次沒有儲存任何資料。</translation>
        </message>
        <message>
            <source>The database is busy (another program is writing). Try again in a moment.</source>
            <translation>資料庫正忙（另一個程式正在寫入），請稍後再試。</translation>
        </message>
        <message>
            <source>{where} is damaged. Restore the latest backup (gatehouse restore).</source>
            <translation>{where} 已損壞。請還原最近的備份（gatehouse restore）。</translation>
        </message>
        <message>
            <source>{where} is not a Gatehouse database.</source>
            <translation>{where} 不是門崗值守台的資料庫。</translation>
        </message>
        <message>
            <source>{where} was not found.</source>
            <translation>找不到 {where}。</translation>
        </message>
        <message>
            <source>Cannot reach the database at {where}. Check the network and the address.</source>
            <translation>無法連接資料庫 {where}。請檢查網絡和地址。</translation>
        </message>
        <message>
            <source>{where} was written by a newer Gatehouse. Update this program first.</source>
            <translation>{where} 由較新版本的門崗值守台寫入。請先更新本程式。</translation>
        </message>
        <message>
            <source>The site key file for this database is missing on this PC ({where}). Import it with: gatehouse keys import FILE</source>
            <translation>這部電腦缺少此資料庫的物業金鑰檔（{where}）。請用以下指令匯入：gatehouse keys import 檔案</translation>
        </message>
        <message>
            <source>Reading or writing {where} failed (disk or network error).</source>
            <translation>讀寫 {where} 失敗（磁碟或網絡錯誤）。</translation>
        </message>
        <message>
            <source>User name, password or PIN is wrong.</source>
            <translation>用戶名稱、密碼或 PIN 碼不正確。</translation>
        </message>
        <message>
            <source>This account is disabled. Ask an administrator.</source>
            <translation>此帳戶已停用，請聯絡系統管理員。</translation>
        </message>
        <message>
            <source>This account is locked after too many failed attempts. A supervisor can unlock it.</source>
            <translation>此帳戶因多次輸入錯誤已被鎖定，須由主管解鎖。</translation>
        </message>
        <message>
            <source>Too many failed attempts: wait {seconds} seconds and try again.</source>
            <translation>錯誤次數太多：請等 {seconds} 秒後再試。</translation>
        </message>
        <message>
            <source>Only a supervisor or an administrator can approve this.</source>
            <translation>只有主管或系統管理員可以批准。</translation>
        </message>
        <message>
            <source>There must remain at least one active administrator.</source>
            <translation>至少要保留一位在用的系統管理員。</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>不能停用自己的帳戶。</translation>
        </message>
        <message>
            <source>A shift is already open at this desk. End it (or hand it over) first.</source>
            <translation>本崗位已有進行中的班次，請先結束（或交班）。</translation>
        </message>
        <message>
            <source>This shift has already ended.</source>
            <translation>此班次已經結束。</translation>
        </message>
        <message>
            <source>This database already has a site.</source>
            <translation>此資料庫已建立物業。</translation>
        </message>
        <message>
            <source>At least one desk must stay active.</source>
            <translation>至少要保留一個在用的崗位。</translation>
        </message>
        <message>
            <source>Not accepted.</source>
            <translation>不接受此輸入。</translation>
        </message>
        <message>
            <source>Please check: {message}</source>
            <translation>請核對：{message}</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}：{message}</translation>
        </message>
        <message>
            <source>This needs a supervisor's approval.</source>
            <translation>此操作須主管批准。</translation>
        </message>
        <message>
            <source>Your role may not do this.</source>
            <translation>你的角色不能進行此操作。</translation>
        </message>
        <message>
            <source>This cannot be done now ({kind}: {reason}).</source>
            <translation>現在不能這樣做（{kind}：{reason}）。</translation>
        </message>
        <message>
            <source>It no longer exists (perhaps removed at another desk).</source>
            <translation>記錄已不存在（可能已在其他崗位處理）。</translation>
        </message>
        <message>
            <source>The action failed.</source>
            <translation>操作失敗。</translation>
        </message>
    </context>
    <context>
        <name>ExpectedPanel</name>
        <message>
            <source>Check &amp;in</source>
            <translation>登記入場(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Register…</source>
            <translation>新增預約(&amp;R)…</translation>
        </message>
        <message>
            <source>Cancel booking</source>
            <translation>取消預約</translation>
        </message>
        <message>
            <source>{name} checked in ({code}).</source>
            <translation>{name} 已登記入場（{code}）。</translation>
        </message>
        <message>
            <source>{name} is expected on {day}.</source>
            <translation>已預約 {name} 於 {day} 到訪。</translation>
        </message>
    </context>
    <context>
        <name>ExpectedTableModel</name>
        <message>
            <source>Visitor</source>
            <translation>訪客</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>到訪</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
    </context>
    <context>
        <name>ExpectedVisitDialog</name>
        <message>
            <source>Register an expected visitor</source>
            <translation>新增預約訪客</translation>
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
            <translation>類別(&amp;T) *</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>電話(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>到訪單位(&amp;U)</translation>
        </message>
        <message>
            <source>Pu&amp;rpose</source>
            <translation>事由(&amp;R)</translation>
        </message>
        <message>
            <source>P&amp;late</source>
            <translation>車牌(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Companions</source>
            <translation>同行人數(&amp;C)</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>備註(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>ForcedPasswordDialog</name>
        <message>
            <source>Choose a new password</source>
            <translation>設定新密碼</translation>
        </message>
        <message>
            <source>Your password was reset by an administrator. Choose your own now.</source>
            <translation>你的密碼已由系統管理員重設，請現在設定自己的密碼。</translation>
        </message>
        <message>
            <source>Temporary password</source>
            <translation>臨時密碼</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密碼</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>再次輸入新密碼</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Check the marked fields; press OK again to save them as typed.</source>
            <translation>請核對已標示的欄位；如無誤，再按一次「確定」即按輸入內容儲存。</translation>
        </message>
    </context>
    <context>
        <name>HeldItemsDialog</name>
        <message>
            <source>Items not returned</source>
            <translation>物品尚未歸還</translation>
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
            <translation>仍然登記離開(&amp;A)</translation>
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
            <translation>沒有匯入任何資料</translation>
        </message>
        <message>
            <source>The file has {count} problem(s). Nothing was imported. Fix these rows and import the file again:</source>
            <translation>檔案有 {count} 個問題，沒有匯入任何資料。請修正以下各行後再匯入：</translation>
        </message>
        <message>
            <source>Row {row}: {text}</source>
            <translation>第 {row} 行：{text}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Guard</source>
            <translation>保安員</translation>
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
            <translation>系統管理員</translation>
        </message>
        <message>
            <source>Gate booth</source>
            <translation>門崗</translation>
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
            <translation>當值中</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>已結束</translation>
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
            <translation>已鎖定 — {site}</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已鎖定</translation>
        </message>
        <message>
            <source>Who is at the desk?</source>
            <translation>現在誰在崗位上？</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>PIN 碼(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>解鎖(&amp;U)</translation>
        </message>
        <message>
            <source>Sign in with a &amp;password instead</source>
            <translation>改用密碼登入(&amp;P)</translation>
        </message>
        <message>
            <source>Choose who you are first.</source>
            <translation>請先選擇你的名字。</translation>
        </message>
    </context>
    <context>
        <name>LoginPage</name>
        <message>
            <source>Gatehouse</source>
            <translation>門崗值守台</translation>
        </message>
        <message>
            <source>Guard booth and reception desk</source>
            <translation>門崗與客服前台</translation>
        </message>
        <message>
            <source>&amp;Desk</source>
            <translation>崗位(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>用戶名稱(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>密碼(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>登入(&amp;S)</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>正在開啟資料庫…</translation>
        </message>
        <message>
            <source>Opening the database… you will be signed in as soon as it is ready.</source>
            <translation>正在開啟資料庫…準備好後會自動登入。</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Home</source>
            <translation>主頁</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>訪客登記</translation>
        </message>
        <message>
            <source>Visit history</source>
            <translation>訪客記錄</translation>
        </message>
        <message>
            <source>Watchlist</source>
            <translation>關注名單</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>住戶名錄</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>操作員</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
    </context>
    <context>
        <name>OnSitePanel</name>
        <message>
            <source>Search on-site visitors, or scan a slip to check out (F3)</source>
            <translation>搜尋在場訪客，或掃描訪客單登記離開（F3）</translation>
        </message>
        <message>
            <source>Check &amp;out (F9)</source>
            <translation>登記離開(&amp;O)（F9）</translation>
        </message>
        <message>
            <source>Print &amp;slip</source>
            <translation>列印訪客單(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>詳情(&amp;D)</translation>
        </message>
        <message>
            <source>Overstay s&amp;weep ({count})</source>
            <translation>逾時巡查(&amp;W)（{count}）</translation>
        </message>
        <message>
            <source>{name} checked out ({code}).</source>
            <translation>{name} 已登記離開（{code}）。</translation>
        </message>
        <message>
            <source>No visitor is past their leave-by time.</source>
            <translation>沒有逾時的訪客。</translation>
        </message>
        <message>
            <source>Sweep recorded for {count} visitor(s).</source>
            <translation>已記錄 {count} 位訪客的巡查結果。</translation>
        </message>
    </context>
    <context>
        <name>OnSiteTableModel</name>
        <message>
            <source>Visitor</source>
            <translation>訪客</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>到訪</translation>
        </message>
        <message>
            <source>In</source>
            <translation>入場</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>在場</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Overstay {time}</source>
            <translation>逾時 {time}</translation>
        </message>
    </context>
    <context>
        <name>OperatorDialog</name>
        <message>
            <source>Add operator</source>
            <translation>新增操作員</translation>
        </message>
        <message>
            <source>Set a temporary password</source>
            <translation>設定臨時密碼</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>設定 PIN 碼</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用戶名稱</translation>
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
            <translation>密碼</translation>
        </message>
        <message>
            <source>PIN (4–6 digits)</source>
            <translation>PIN 碼（4–6 位數字）</translation>
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
            <translation>用戶名稱</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN 碼</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已鎖定</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>已設定</translation>
        </message>
    </context>
    <context>
        <name>OperatorsPage</name>
        <message>
            <source>Operators</source>
            <translation>操作員</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>新增(&amp;A)…</translation>
        </message>
        <message>
            <source>Set &amp;role</source>
            <translation>設定角色(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Disable / enable</source>
            <translation>停用／啟用(&amp;D)</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>重設密碼(&amp;P)…</translation>
        </message>
        <message>
            <source>Set P&amp;IN…</source>
            <translation>設定 PIN 碼(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>解鎖(&amp;U)</translation>
        </message>
        <message>
            <source>Select an operator in the table first.</source>
            <translation>請先在表中選擇一位操作員。</translation>
        </message>
        <message>
            <source>Operator added.</source>
            <translation>已新增操作員。</translation>
        </message>
        <message>
            <source>Role changed.</source>
            <translation>角色已更改。</translation>
        </message>
        <message>
            <source>Account state changed.</source>
            <translation>帳戶狀態已更改。</translation>
        </message>
        <message>
            <source>Temporary password set; it must be changed at the next sign-in.</source>
            <translation>已設定臨時密碼；下次登入時必須更改。</translation>
        </message>
        <message>
            <source>PIN set.</source>
            <translation>PIN 碼已設定。</translation>
        </message>
        <message>
            <source>Account unlocked.</source>
            <translation>帳戶已解鎖。</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Correct a person</source>
            <translation>更正人員資料</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>新增人員</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>類別(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>姓名(&amp;N) *</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>電話(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Unit (residents)</source>
            <translation>單位(&amp;U)（住戶）</translation>
        </message>
        <message>
            <source>&amp;Role / job</source>
            <translation>身份／職務(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>公司(&amp;C)</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>備註(&amp;O)</translation>
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
            <translation>類別</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Role / job</source>
            <translation>身份／職務</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
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
            <translation>列印人</translation>
        </message>
        <message>
            <source>Printed at</source>
            <translation>列印時間</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>崗位</translation>
        </message>
        <message>
            <source>Page {page} / {pages}</source>
            <translation>第 {page} / {pages} 頁</translation>
        </message>
        <message>
            <source>REPRINT</source>
            <translation>補印</translation>
        </message>
        <message>
            <source>No. {count}</source>
            <translation>第 {count} 次</translation>
        </message>
        <message>
            <source>Date / time</source>
            <translation>日期 / 時間</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>注意</translation>
        </message>
        <message>
            <source>Print preview: %1</source>
            <translation>列印預覽：%1</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>上一頁</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>下一頁</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>縮小</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>適合寬度</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>列印…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>第 %1 / %2 頁</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Main gate</source>
            <translation>大門崗</translation>
        </message>
        <message>
            <source>Reception</source>
            <translation>客服前台</translation>
        </message>
        <message>
            <source>Welcome to Gatehouse</source>
            <translation>歡迎使用門崗值守台</translation>
        </message>
        <message>
            <source>Set up this site once: its name, its desks (gate booths and reception desks), and the first administrator, who then adds the guards and clerks.</source>
            <translation>只需設定一次：物業名稱、崗位（門崗與客服前台），以及第一位系統管理員，之後由他新增保安員和客服。</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Site name</source>
            <translation>物業名稱(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>時區(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Gate booths (one per line)</source>
            <translation>門崗（每行一個）(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Reception desks (one per line)</source>
            <translation>客服前台（每行一個）(&amp;R)</translation>
        </message>
        <message>
            <source>Administrator &amp;user name</source>
            <translation>系統管理員用戶名稱(&amp;U)</translation>
        </message>
        <message>
            <source>Administrator's &amp;name</source>
            <translation>系統管理員姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Password (8 or more characters)</source>
            <translation>密碼（至少 8 個字元）(&amp;P)</translation>
        </message>
        <message>
            <source>Password &amp;again</source>
            <translation>再次輸入密碼(&amp;A)</translation>
        </message>
        <message>
            <source>P&amp;IN for quick unlock (4–6 digits)</source>
            <translation>快速解鎖 PIN 碼（4–6 位數字）(&amp;I)</translation>
        </message>
        <message>
            <source>e.g. Emerald Lake Gardens</source>
            <translation>例如：翠湖花園</translation>
        </message>
        <message>
            <source>&amp;Create site</source>
            <translation>建立物業(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>ShellWindow</name>
        <message>
            <source>Gatehouse</source>
            <translation>門崗值守台</translation>
        </message>
        <message>
            <source>Preparing the database… the site is created in a moment.</source>
            <translation>正在準備資料庫…物業稍後建立。</translation>
        </message>
        <message>
            <source>The site is ready. Sign in as the administrator.</source>
            <translation>物業已建立，請以系統管理員登入。</translation>
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
            <translation>開始我的班次(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;End shift</source>
            <translation>結束班次(&amp;E)</translation>
        </message>
        <message>
            <source>No shift is open at this desk.</source>
            <translation>本崗位目前沒有進行中的班次。</translation>
        </message>
        <message>
            <source>{pattern}: {name} on duty since {time}.</source>
            <translation>{pattern}：{name} 自 {time} 起當值。</translation>
        </message>
        <message>
            <source>Shift ended.</source>
            <translation>班次已結束。</translation>
        </message>
    </context>
    <context>
        <name>ShiftPatternSection</name>
        <message>
            <source>Shift patterns</source>
            <translation>班次設定</translation>
        </message>
        <message>
            <source>Leave a name empty to remove that shift. A shift may run past midnight (e.g. 23:00 to 07:00).</source>
            <translation>名稱留空即刪除該班次。班次可跨越午夜（例如 23:00 至 07:00）。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>結束</translation>
        </message>
        <message>
            <source>Save shift patterns</source>
            <translation>儲存班次設定</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已儲存。</translation>
        </message>
    </context>
    <context>
        <name>SiteSection</name>
        <message>
            <source>Site</source>
            <translation>物業</translation>
        </message>
        <message>
            <source>Site &amp;name</source>
            <translation>物業名稱(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>時區(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Desk name</source>
            <translation>崗位名稱(&amp;D)</translation>
        </message>
        <message>
            <source>Desk &amp;kind</source>
            <translation>崗位類型(&amp;K)</translation>
        </message>
        <message>
            <source>Desks (retired desks stay in the records)</source>
            <translation>崗位（停用的崗位仍保留在記錄中）</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Save site</source>
            <translation>儲存物業資料</translation>
        </message>
        <message>
            <source>&amp;Add as new desk</source>
            <translation>新增為新崗位(&amp;A)</translation>
        </message>
        <message>
            <source>Save &amp;selected desk</source>
            <translation>儲存所選崗位(&amp;S)</translation>
        </message>
        <message>
            <source> (retired)</source>
            <translation>（已停用）</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已儲存。</translation>
        </message>
        <message>
            <source>Select a desk in the list first.</source>
            <translation>請先在清單中選擇一個崗位。</translation>
        </message>
    </context>
    <context>
        <name>SlipSection</name>
        <message>
            <source>Visitor slips at this desk</source>
            <translation>本崗位的訪客單</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>紙張</translation>
        </message>
        <message>
            <source>Print at check-in</source>
            <translation>登記入場時列印</translation>
        </message>
        <message>
            <source>Receipt roll (width in the printer settings)</source>
            <translation>收據紙卷（寬度見印表機設定）</translation>
        </message>
        <message>
            <source>A6 sheet</source>
            <translation>A6 紙</translation>
        </message>
        <message>
            <source>Yes, on the configured printer without asking</source>
            <translation>是，直接以已設定的印表機列印</translation>
        </message>
        <message>
            <source>No, only when asked (Ctrl+P)</source>
            <translation>否，需要時才列印（Ctrl+P）</translation>
        </message>
        <message>
            <source>Save slip settings</source>
            <translation>儲存訪客單設定</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已儲存。</translation>
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
            <translation>此操作須主管批准。請主管在此輸入 PIN 碼並註明原因；批准會被記錄。</translation>
        </message>
        <message>
            <source>&amp;Supervisor</source>
            <translation>主管(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>PIN 碼(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
        <message>
            <source>No supervisor has a PIN yet. An administrator can set one.</source>
            <translation>還沒有主管設定 PIN 碼，請系統管理員設定。</translation>
        </message>
    </context>
    <context>
        <name>SweepDialog</name>
        <message>
            <source>Overstay sweep</source>
            <translation>逾時巡查</translation>
        </message>
        <message>
            <source>These visitors are past their leave-by time. Check each one and say what you found. "Left" checks the visitor out with the time marked as not witnessed.</source>
            <translation>以下訪客已超過預計離開時間。請逐一查看並記錄結果。選「已離開」會登記離開，並註明離開時間未經目睹。</translation>
        </message>
        <message>
            <source>{name} · {unit} · overstay {time}</source>
            <translation>{name} · {unit} · 逾時 {time}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 請選擇 —</translation>
        </message>
        <message>
            <source>&amp;Save answers</source>
            <translation>儲存巡查結果(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Choose an answer for every visitor.</source>
            <translation>請為每位訪客選擇結果。</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <source>Add a building or a unit</source>
            <translation>新增樓宇或單位</translation>
        </message>
        <message>
            <source>&amp;Building code *</source>
            <translation>樓宇編號(&amp;B) *</translation>
        </message>
        <message>
            <source>Building &amp;name (new buildings)</source>
            <translation>樓宇名稱(&amp;N)（新樓宇）</translation>
        </message>
        <message>
            <source>&amp;Unit (empty: the building only)</source>
            <translation>單位(&amp;U)（留空：只新增樓宇）</translation>
        </message>
        <message>
            <source>&amp;Floor</source>
            <translation>樓層(&amp;F)</translation>
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
            <translation>顯示完整證件號碼(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Print slip</source>
            <translation>列印訪客單(&amp;P)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>What happened to this visit</source>
            <translation>此次到訪的經過</translation>
        </message>
        <message>
            <source>Visit {code}</source>
            <translation>訪客登記 {code}</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>訪客</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source> · amended</source>
            <translation> · 已更正</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>到訪</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>證件</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>車牌</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>In</source>
            <translation>入場</translation>
        </message>
        <message>
            <source>Leave by</source>
            <translation>預計離開</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>離開</translation>
        </message>
        <message>
            <source>, approved by {name}</source>
            <translation>，由 {name} 批准</translation>
        </message>
        <message>
            <source>{time} Watchlist ({action}): {decision} by {by}{approved}. Reason listed: {reason}</source>
            <translation>{time} 關注名單（{action}）：{by} 決定「{decision}」{approved}。列入原因：{reason}</translation>
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
            <translation>{time} {by} 逾時巡查：{decision}</translation>
        </message>
        <message>
            <source>Slips printed: {count}</source>
            <translation>已列印訪客單：{count} 張</translation>
        </message>
        <message>
            <source>Nothing since check-in.</source>
            <translation>入場後沒有其他記錄。</translation>
        </message>
        <message>
            <source>Amendment saved.</source>
            <translation>更正已儲存。</translation>
        </message>
        <message>
            <source>Full ID number (this view is recorded): {number}</source>
            <translation>完整證件號碼（此次查看已記錄）：{number}</translation>
        </message>
    </context>
    <context>
        <name>VisitExport</name>
        <message>
            <source>No.</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>In</source>
            <translation>入場時間</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>離開時間</translation>
        </message>
        <message>
            <source>Minutes on site</source>
            <translation>在場分鐘</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>訪客</translation>
        </message>
        <message>
            <source>Phone (masked)</source>
            <translation>電話（已遮蔽）</translation>
        </message>
        <message>
            <source>ID (masked)</source>
            <translation>證件（已遮蔽）</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>到訪單位</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住戶</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>車牌</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>同行人數</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通行證</translation>
        </message>
        <message>
            <source>How they left</source>
            <translation>離開方式</translation>
        </message>
        <message>
            <source>Checked in by</source>
            <translation>登記人</translation>
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
            <translation>訪客記錄</translation>
        </message>
    </context>
    <context>
        <name>VisitHistoryModel</name>
        <message>
            <source>In</source>
            <translation>入場</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>訪客</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>到訪</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>車牌</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>離開</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>編號</translation>
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
            <translation>訪客記錄</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>由(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>至(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>單位(&amp;U)</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>類別(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Plate</source>
            <translation>車牌(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Visitor (name, pinyin, phone)</source>
            <translation>訪客(&amp;V)（姓名、拼音、電話）</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>狀態(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>搜尋(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>匯出 Excel(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Details / amend…</source>
            <translation>詳情／更正(&amp;D)…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>{count} visits</source>
            <translation>共 {count} 次到訪</translation>
        </message>
        <message>
            <source>Export visits to Excel</source>
            <translation>匯出訪客記錄至 Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 活頁簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Visits {first} – {last}, exported by {name}</source>
            <translation>訪客記錄 {first} 至 {last}，由 {name} 匯出</translation>
        </message>
        <message>
            <source>Exporting visits…</source>
            <translation>正在匯出訪客記錄…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>已取消匯出，沒有寫入檔案。</translation>
        </message>
        <message>
            <source>{count} visits exported.</source>
            <translation>已匯出 {count} 次到訪。</translation>
        </message>
    </context>
    <context>
        <name>VisitorLabels</name>
        <message>
            <source>Guest</source>
            <translation>訪客</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>承辦商</translation>
        </message>
        <message>
            <source>Courier / delivery</source>
            <translation>快遞／送貨</translation>
        </message>
        <message>
            <source>Ride-hailing</source>
            <translation>網約車</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>面試</translation>
        </message>
        <message>
            <source>Official</source>
            <translation>公務</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>在場</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>已離開</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒絕進入</translation>
        </message>
        <message>
            <source>From the list</source>
            <translation>從名單登記</translation>
        </message>
        <message>
            <source>By search</source>
            <translation>搜尋登記</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>掃描登記</translation>
        </message>
        <message>
            <source>Left, time not witnessed</source>
            <translation>已離開，時間未經目睹</translation>
        </message>
        <message>
            <source>Mainland resident ID</source>
            <translation>內地居民身份證</translation>
        </message>
        <message>
            <source>Hong Kong ID</source>
            <translation>香港身份證</translation>
        </message>
        <message>
            <source>Macau ID</source>
            <translation>澳門身份證</translation>
        </message>
        <message>
            <source>Taiwan ID</source>
            <translation>台灣身分證</translation>
        </message>
        <message>
            <source>Home-Return Permit</source>
            <translation>回鄉證</translation>
        </message>
        <message>
            <source>Taiwan Compatriot Permit</source>
            <translation>台胞證</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>護照</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>其他證件</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>未核對</translation>
        </message>
        <message>
            <source>ID sighted</source>
            <translation>已核對證件</translation>
        </message>
        <message>
            <source>Resident confirmed by phone</source>
            <translation>住戶已電話確認</translation>
        </message>
        <message>
            <source>Number recorded</source>
            <translation>已登記號碼</translation>
        </message>
        <message>
            <source>Do not check IDs</source>
            <translation>不核對證件</translation>
        </message>
        <message>
            <source>ID sighted, number not recorded</source>
            <translation>核對證件，不登記號碼</translation>
        </message>
        <message>
            <source>Resident confirms by phone</source>
            <translation>由住戶電話確認</translation>
        </message>
        <message>
            <source>Record the ID number (encrypted)</source>
            <translation>登記證件號碼（加密保存）</translation>
        </message>
        <message>
            <source>Deny entry</source>
            <translation>拒絕進入</translation>
        </message>
        <message>
            <source>Call the resident first</source>
            <translation>先致電住戶</translation>
        </message>
        <message>
            <source>Alert only</source>
            <translation>僅作提示</translation>
        </message>
        <message>
            <source>Allowed after calling</source>
            <translation>致電住戶後放行</translation>
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
            <translation>已離開（時間未經目睹）</translation>
        </message>
        <message>
            <source>Still here</source>
            <translation>仍在場</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>上報主管</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>待到訪</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>已到訪</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住戶</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>職員</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>業主</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>租戶</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>家屬</translation>
        </message>
        <message>
            <source>{hours} h {minutes:02d} min</source>
            <translation>{hours}小時{minutes:02d}分</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes}分鐘</translation>
        </message>
    </context>
    <context>
        <name>VisitorSlip</name>
        <message>
            <source>Visitor slip</source>
            <translation>訪客單</translation>
        </message>
        <message>
            <source>Visit no.</source>
            <translation>登記編號</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通行證</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>訪客</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>到訪單位</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住戶</translation>
        </message>
        <message>
            <source>Time in</source>
            <translation>入場時間</translation>
        </message>
        <message>
            <source>Leave by</source>
            <translation>預計離開</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>證件</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>車牌</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>同行人數</translation>
        </message>
        <message>
            <source>Items carried</source>
            <translation>攜帶物品</translation>
        </message>
        <message>
            <source>Show this slip when you leave; the guard scans the code to check you out.</source>
            <translation>離開時請出示此單，保安掃描編號即可登記離開。</translation>
        </message>
        <message>
            <source>Visitor's signature</source>
            <translation>訪客簽名</translation>
        </message>
    </context>
    <context>
        <name>VisitorTexts</name>
        <message>
            <source>This visitor matches the watchlist: decide before checking in.</source>
            <translation>此訪客符合關注名單：請先作出決定再登記。</translation>
        </message>
        <message>
            <source>The watchlist says to deny entry: only a supervisor can let this visitor in.</source>
            <translation>關注名單指示拒絕進入：只有主管可以批准放行。</translation>
        </message>
        <message>
            <source>The visitor still holds {count} item(s). Take them back or confirm the check-out.</source>
            <translation>訪客仍持有 {count} 件物品。請先收回，或確認仍然登記離開。</translation>
        </message>
        <message>
            <source>This visitor is no longer on site (perhaps checked out at another desk).</source>
            <translation>此訪客已不在場（可能已在其他崗位登記離開）。</translation>
        </message>
        <message>
            <source>No visit matches the scanned code. Is it a slip of this site?</source>
            <translation>掃描的編號找不到登記記錄。這是本物業的訪客單嗎？</translation>
        </message>
        <message>
            <source>No ID number was recorded for this visit.</source>
            <translation>此次到訪沒有登記證件號碼。</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>沒有任何更改。</translation>
        </message>
        <message>
            <source>This expected visitor has already arrived or was cancelled.</source>
            <translation>此預約訪客已到訪或已取消。</translation>
        </message>
        <message>
            <source>This watchlist entry was already lifted.</source>
            <translation>此關注名單項目已解除。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Visitor type</source>
            <translation>訪客類別</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>ID type</source>
            <translation>證件類別</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>證件號碼</translation>
        </message>
        <message>
            <source>ID check</source>
            <translation>證件核對</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住戶</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>車牌</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>同行人數</translation>
        </message>
        <message>
            <source>Items carried</source>
            <translation>攜帶物品</translation>
        </message>
        <message>
            <source>Pass number</source>
            <translation>通行證號碼</translation>
        </message>
        <message>
            <source>Leave by</source>
            <translation>預計離開</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>離開時間</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>別名</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>處理方式</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>有效至</translation>
        </message>
        <message>
            <source>Expected on</source>
            <translation>預約日期</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>ID policy</source>
            <translation>證件政策</translation>
        </message>
        <message>
            <source>Visitor types</source>
            <translation>訪客類別</translation>
        </message>
        <message>
            <source>Slip paper</source>
            <translation>訪客單紙張</translation>
        </message>
        <message>
            <source>Print a slip at check-in</source>
            <translation>登記入場時列印訪客單</translation>
        </message>
        <message>
            <source>Type name</source>
            <translation>類別名稱</translation>
        </message>
        <message>
            <source>Usual stay (minutes)</source>
            <translation>一般逗留時間（分鐘）</translation>
        </message>
        <message>
            <source>Building code</source>
            <translation>樓宇編號</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>樓宇</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>單位編號</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>樓層</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>File</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜尋</translation>
        </message>
        <message>
            <source>This site does not record ID numbers (see the ID policy).</source>
            <translation>本物業不登記證件號碼（見證件政策）。</translation>
        </message>
        <message>
            <source>Give at least a name, a phone, an ID number or a plate.</source>
            <translation>請至少填寫姓名、電話、證件號碼或車牌其中一項。</translation>
        </message>
        <message>
            <source>This cannot be amended.</source>
            <translation>此項不可更正。</translation>
        </message>
        <message>
            <source>This column is missing from the sheet.</source>
            <translation>工作表缺少此欄。</translation>
        </message>
        <message>
            <source>The sheet is missing from the file.</source>
            <translation>檔案中缺少此工作表。</translation>
        </message>
        <message>
            <source>This is not an Excel (.xlsx) workbook.</source>
            <translation>這不是 Excel (.xlsx) 活頁簿。</translation>
        </message>
        <message>
            <source>Too many rows: at most {max} in one file.</source>
            <translation>行數太多：每個檔案最多 {max} 行。</translation>
        </message>
        <message>
            <source>The sheet has no rows to import.</source>
            <translation>工作表沒有可匯入的資料。</translation>
        </message>
        <message>
            <source>Differs from another row with the same code.</source>
            <translation>與同一編號的另一行不一致。</translation>
        </message>
        <message>
            <source>Built-in visitor types cannot be removed; switch them off instead.</source>
            <translation>內置訪客類別不可刪除，只可停用。</translation>
        </message>
        <message>
            <source>At least one visitor type must stay on.</source>
            <translation>最少要保留一個啟用的訪客類別。</translation>
        </message>
        <message>
            <source>Role / job</source>
            <translation>身份／職務</translation>
        </message>
        <message>
            <source>Active (1/0)</source>
            <translation>使用中（1/0）</translation>
        </message>
        <message>
            <source>Site directory</source>
            <translation>住戶及人員名錄</translation>
        </message>
        <message>
            <source>Kind: resident, staff or contractor. Residents need a building code and a unit code.</source>
            <translation>類別：resident（住戶）、staff（職員）或 contractor（承辦商）。住戶必須填寫樓宇編號及單位編號。</translation>
        </message>
        <message>
            <source>Resident role: owner, tenant or family. One row per person; a row without a name adds a unit.</source>
            <translation>住戶身份：owner（業主）、tenant（租戶）或 family（家屬）。每人一行；沒有姓名的行只新增單位。</translation>
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
            <translation>關注名單</translation>
        </message>
        <message>
            <source>Action: deny, call_first or alert_only. ID type: mainland_id, hk_id, macau_id, taiwan_id, home_return_permit, taiwan_compatriot_permit, passport, other.</source>
            <translation>處理方式：deny（拒絕進入）、call_first（先致電住戶）或 alert_only（僅作提示）。證件類別：mainland_id、hk_id、macau_id、taiwan_id、home_return_permit、taiwan_compatriot_permit、passport、other。</translation>
        </message>
        <message>
            <source>Row {row}: {text}</source>
            <translation>第 {row} 行：{text}</translation>
        </message>
        <message>
            <source>Nothing was imported: {count} problem(s), rows {rows}.</source>
            <translation>沒有匯入任何資料：共 {count} 個問題，見第 {rows} 行。</translation>
        </message>
        <message>
            <source>Directory imported: added {buildings_added} buildings, {units_added} units, {people_added} people; updated {buildings_updated} buildings, {units_updated} units, {people_updated} people.</source>
            <translation>名錄已匯入：新增 {buildings_added} 座樓宇、{units_added} 個單位、{people_added} 人；更新 {buildings_updated} 座樓宇、{units_updated} 個單位、{people_updated} 人。</translation>
        </message>
        <message>
            <source>{count} watchlist entries imported.</source>
            <translation>已匯入 {count} 項關注名單。</translation>
        </message>
        <message>
            <source>{count} rows written to {path}.</source>
            <translation>已將 {count} 行寫入 {path}。</translation>
        </message>
        <message>
            <source>Template written to {path}.</source>
            <translation>範本已寫入 {path}。</translation>
        </message>
    </context>
    <context>
        <name>VisitorTypesSection</name>
        <message>
            <source>Visitor types</source>
            <translation>訪客類別</translation>
        </message>
        <message>
            <source>Tick the fields each type must fill in, and its usual stay (the leave-by time suggested at check-in). Built-in types can be switched off, not removed.</source>
            <translation>剔選每個類別必須填寫的欄位及一般逗留時間（登記時建議的預計離開時間）。內置類別只可停用，不可刪除。</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住戶</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>車牌</translation>
        </message>
        <message>
            <source>ID check</source>
            <translation>證件</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通行證</translation>
        </message>
        <message>
            <source>On</source>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>分鐘</translation>
        </message>
        <message>
            <source>Add a type</source>
            <translation>新增類別</translation>
        </message>
        <message>
            <source>Save visitor types</source>
            <translation>儲存訪客類別</translation>
        </message>
        <message>
            <source>Identity documents</source>
            <translation>身份證件</translation>
        </message>
        <message>
            <source>What guards do with a visitor's ID. Recording numbers keeps them encrypted and masked; it needs a written justification, which is kept with the change.</source>
            <translation>保安如何處理訪客證件。登記號碼會加密保存並遮蔽顯示；必須寫明理由，理由會與更改一併保存。</translation>
        </message>
        <message>
            <source>Justification (required to record numbers)</source>
            <translation>理由（登記號碼時必填）</translation>
        </message>
        <message>
            <source>Save ID policy</source>
            <translation>儲存證件政策</translation>
        </message>
        <message>
            <source>New type</source>
            <translation>新類別</translation>
        </message>
        <message>
            <source>Visitor types saved.</source>
            <translation>訪客類別已儲存。</translation>
        </message>
        <message>
            <source>ID policy saved.</source>
            <translation>證件政策已儲存。</translation>
        </message>
    </context>
    <context>
        <name>VisitorsPage</name>
        <message>
            <source>Visitors</source>
            <translation>訪客登記</translation>
        </message>
        <message>
            <source>On site ({count})</source>
            <translation>在場（{count}）</translation>
        </message>
        <message>
            <source>Expected today ({count})</source>
            <translation>今日預約（{count}）</translation>
        </message>
        <message>
            <source>{name} was refused entry; the decision is recorded.</source>
            <translation>已拒絕 {name} 進入，決定已記錄。</translation>
        </message>
        <message>
            <source>{name} checked in ({code}). Ctrl+P prints the slip.</source>
            <translation>{name} 已登記入場（{code}）。按 Ctrl+P 列印訪客單。</translation>
        </message>
        <message>
            <source>Complete the marked fields, then check in.</source>
            <translation>請補齊已標示的欄位，然後登記入場。</translation>
        </message>
        <message>
            <source>Slip {code} printed.</source>
            <translation>訪客單 {code} 已列印。</translation>
        </message>
    </context>
    <context>
        <name>VisitorsPanel</name>
        <message>
            <source>Visitors</source>
            <translation>訪客</translation>
        </message>
        <message>
            <source>Open the visitor log</source>
            <translation>打開訪客登記</translation>
        </message>
        <message>
            <source>On site now: {on_site} · overstays: {late} · still expected today: {waiting}</source>
            <translation>現時在場：{on_site} 人 · 逾時：{late} 人 · 今日尚待到訪：{waiting} 人</translation>
        </message>
        <message>
            <source>{name} ({unit}) overstay {time}</source>
            <translation>{name}（{unit}）逾時 {time}</translation>
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
            <translation>關注名單警示</translation>
        </message>
        <message>
            <source>WATCHLIST: {name}</source>
            <translation>關注名單：{name}</translation>
        </message>
        <message>
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>證件號碼</translation>
        </message>
        <message>
            <source>plate</source>
            <translation>車牌</translation>
        </message>
        <message>
            <source>Listed as: {name}</source>
            <translation>名單上的姓名：{name}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>原因：{reason}</translation>
        </message>
        <message>
            <source>Matched on: {fields}</source>
            <translation>吻合項目：{fields}</translation>
        </message>
        <message>
            <source>Listed until {date}</source>
            <translation>有效至 {date}</translation>
        </message>
        <message>
            <source>&amp;Refuse entry</source>
            <translation>拒絕進入(&amp;R)</translation>
        </message>
        <message>
            <source>Resident &amp;called: let in</source>
            <translation>已致電住戶，放行(&amp;C)</translation>
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
            <translation>關閉，暫不決定（不會儲存）</translation>
        </message>
    </context>
    <context>
        <name>WatchlistDialog</name>
        <message>
            <source>Add to the watchlist</source>
            <translation>加入關注名單</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Other names (comma-separated)</source>
            <translation>別名(&amp;O)（以逗號分隔）</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>電話(&amp;P)</translation>
        </message>
        <message>
            <source>ID &amp;type</source>
            <translation>證件類別(&amp;T)</translation>
        </message>
        <message>
            <source>ID n&amp;umber</source>
            <translation>證件號碼(&amp;U)</translation>
        </message>
        <message>
            <source>P&amp;late</source>
            <translation>車牌(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Action *</source>
            <translation>處理方式(&amp;A) *</translation>
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
            <translation>關注名單</translation>
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
            <translation>從 Excel 匯入(&amp;I)…</translation>
        </message>
        <message>
            <source>Excel &amp;template…</source>
            <translation>Excel 範本(&amp;T)…</translation>
        </message>
        <message>
            <source>Show lifted entries</source>
            <translation>顯示已解除的項目</translation>
        </message>
        <message>
            <source>Entry added to the watchlist.</source>
            <translation>已加入關注名單。</translation>
        </message>
        <message>
            <source>Select an entry that is listed.</source>
            <translation>請先選擇一個生效中的項目。</translation>
        </message>
        <message>
            <source>Lift a watchlist entry</source>
            <translation>解除關注名單項目</translation>
        </message>
        <message>
            <source>Why is {name} no longer on the list?</source>
            <translation>為何將 {name} 移出名單？</translation>
        </message>
        <message>
            <source>Entry lifted.</source>
            <translation>已解除。</translation>
        </message>
        <message>
            <source>Import the watchlist</source>
            <translation>匯入關注名單</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 活頁簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} entries imported.</source>
            <translation>已匯入 {count} 項。</translation>
        </message>
        <message>
            <source>Save the watchlist template</source>
            <translation>儲存關注名單範本</translation>
        </message>
        <message>
            <source>Template written to {path}.</source>
            <translation>範本已寫入 {path}。</translation>
        </message>
    </context>
    <context>
        <name>WatchlistTableModel</name>
        <message>
            <source>Name / other names</source>
            <translation>姓名／別名</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>處理方式</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>證件</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>車牌</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>有效至</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>吻合次數</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
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
            <translation>崗位：{desk}</translation>
        </message>
        <message>
            <source>Operator: {name} ({role})</source>
            <translation>操作員：{name}（{role}）</translation>
        </message>
        <message>
            <source>No shift open</source>
            <translation>未開班</translation>
        </message>
        <message>
            <source>{pattern} since {time}, {name}</source>
            <translation>{pattern}，{time} 起，{name}</translation>
        </message>
    </context>
</TS>
