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
        <name>AuthorisationsDialog</name>
        <message>
            <source>Who may borrow this key</source>
            <translation>可借用此鑰匙的人員</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Every {kinds} may borrow {class_name} keys. Anyone else must be named here.</source>
            <translation>任何{kinds}都可借用「{class_name}」；其他人須在此列名授權。</translation>
        </message>
        <message>
            <source>Named</source>
            <translation>已授權</translation>
        </message>
        <message>
            <source>&amp;Add a person</source>
            <translation>加入人員(&amp;A)</translation>
        </message>
        <message>
            <source>For</source>
            <translation>適用於</translation>
        </message>
        <message>
            <source>this key only (&amp;K)</source>
            <translation>只限此鑰匙(&amp;K)</translation>
        </message>
        <message>
            <source>every {class_name} key (&amp;E)</source>
            <translation>所有「{class_name}」(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Withdraw the chosen permission</source>
            <translation>撤銷所選授權(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>新增(&amp;A)</translation>
        </message>
        <message>
            <source>this key</source>
            <translation>此鑰匙</translation>
        </message>
        <message>
            <source>the whole class</source>
            <translation>整個類別</translation>
        </message>
    </context>
    <context>
        <name>BorrowerPicker</name>
        <message>
            <source>Name (e.g. 警員 3721)</source>
            <translation>姓名（例如 警員 3721）</translation>
        </message>
        <message>
            <source>From (company, police station…)</source>
            <translation>來自（公司、警署…）</translation>
        </message>
        <message>
            <source>Type a name, or phone digits, then Enter</source>
            <translation>輸入姓名或電話數字，按 Enter</translation>
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
        <name>CountTableModel</name>
        <message>
            <source>Seen</source>
            <translation>已點</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>鑰匙</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>scanned</source>
            <translation>已掃描</translation>
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
        <name>DepositDialog</name>
        <message>
            <source>Resident's key deposited</source>
            <translation>業主寄存鑰匙</translation>
        </message>
        <message>
            <source>The owner leaves a key with the management. Ask who else may collect it, with phones.</source>
            <translation>業主將鑰匙寄存於管理處。請問清楚還有誰可代領，並記下電話。</translation>
        </message>
        <message>
            <source>Deposited key</source>
            <translation>寄存鑰匙</translation>
        </message>
        <message>
            <source>{tag} {label}: deposited by {name} ({unit}). Change who may collect it at the depositor's word.</source>
            <translation>{tag} {label}：由 {name}（{unit}）寄存。代領人須按寄存人指示更改。</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>單位(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Depositor</source>
            <translation>寄存人(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Tag</source>
            <translation>編號(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名稱(&amp;N)</translation>
        </message>
        <message>
            <source>Cabinet &amp;position</source>
            <translation>櫃位(&amp;P)</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>同意</translation>
        </message>
        <message>
            <source>Consent &amp;form no.</source>
            <translation>同意書編號(&amp;F)</translation>
        </message>
        <message>
            <source>Print &amp;receipt</source>
            <translation>列印收據(&amp;R)</translation>
        </message>
        <message>
            <source>The owner agrees to leave this key with the management (&amp;A)</source>
            <translation>業主同意將此鑰匙寄存於管理處(&amp;A)</translation>
        </message>
        <message>
            <source>May collect</source>
            <translation>可代領人</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>關係</translation>
        </message>
        <message>
            <source>A5 sheet</source>
            <translation>A5 紙</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>收據印表機</translation>
        </message>
        <message>
            <source>No receipt</source>
            <translation>不列印收據</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <source>{unit} deposited key</source>
            <translation>{unit} 寄存鑰匙</translation>
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
        <name>HistoryTab</name>
        <message>
            <source>&amp;Tag</source>
            <translation>編號(&amp;T)</translation>
        </message>
        <message>
            <source>Scan or type a tag, then Enter</source>
            <translation>掃描或輸入編號，按 Enter</translation>
        </message>
        <message>
            <source>Choose a key on the first tab and press F4, or type its tag here.</source>
            <translation>在第一頁選擇鑰匙後按 F4，或在此輸入編號。</translation>
        </message>
        <message>
            <source>with {name}</source>
            <translation>在 {name} 手上</translation>
        </message>
        <message>
            <source>hook {position}</source>
            <translation>掛鈎 {position}</translation>
        </message>
        <message>
            <source>No key has the tag {tag}.</source>
            <translation>沒有編號為 {tag} 的鑰匙。</translation>
        </message>
    </context>
    <context>
        <name>IssueKeyDialog</name>
        <message>
            <source>Lend a key</source>
            <translation>借出鑰匙</translation>
        </message>
        <message>
            <source>hook {position}</source>
            <translation>掛鈎 {position}</translation>
        </message>
        <message>
            <source>ring of {count}: {keys}</source>
            <translation>鑰匙串共 {count} 條：{keys}</translation>
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
            <translation>應還時間(&amp;D)</translation>
        </message>
        <message>
            <source>ID checked</source>
            <translation>已核對證件</translation>
        </message>
        <message>
            <source>I have seen the borrower's ID card or staff card (&amp;I)</source>
            <translation>已核對借用人的身份證或員工證(&amp;I)</translation>
        </message>
        <message>
            <source>Depositor's &amp;confirmation</source>
            <translation>業主確認(&amp;C)</translation>
        </message>
        <message>
            <source>Only for someone not on the depositor's list: who confirmed, when</source>
            <translation>只限代領名單以外的人：由誰確認、何時確認</translation>
        </message>
        <message>
            <source>Print &amp;slip</source>
            <translation>列印借用單(&amp;S)</translation>
        </message>
        <message>
            <source>No slip</source>
            <translation>不列印</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>收據印表機</translation>
        </message>
        <message>
            <source>A5 sheet</source>
            <translation>A5 紙</translation>
        </message>
        <message>
            <source>&amp;Lend</source>
            <translation>借出(&amp;L)</translation>
        </message>
        <message>
            <source>✔ {name} may borrow this key.</source>
            <translation>✔ {name} 可借用此鑰匙。</translation>
        </message>
        <message>
            <source>Not on the depositor's list: the depositor's confirmation is needed.</source>
            <translation>不在業主的代領名單：需要業主確認。</translation>
        </message>
        <message>
            <source>Not authorised for this key: a supervisor will be asked to approve.</source>
            <translation>未獲授權借用此鑰匙：需要班長批准。</translation>
        </message>
    </context>
    <context>
        <name>KeyClassSection</name>
        <message>
            <source>Key classes</source>
            <translation>鑰匙類別</translation>
        </message>
        <message>
            <source>Each class has the loan period that fills in "due back", and says who may borrow it without being named on the key. Leave an added class's name empty to remove it.</source>
            <translation>每個類別設定預設借用時限（自動填入「應還時間」），以及哪些人毋須逐一授權即可借用。清空新增類別的名稱即可刪除該類別。</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Loan period (hours)</source>
            <translation>借用時限（小時）</translation>
        </message>
        <message>
            <source>Any staff</source>
            <translation>任何員工</translation>
        </message>
        <message>
            <source>Any contractor</source>
            <translation>任何承辦商</translation>
        </message>
        <message>
            <source>New class name</source>
            <translation>新類別名稱</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Save key classes</source>
            <translation>儲存鑰匙類別</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已儲存。</translation>
        </message>
    </context>
    <context>
        <name>KeyCountDialog</name>
        <message>
            <source>Key count</source>
            <translation>鑰匙點算</translation>
        </message>
        <message>
            <source>Scan each key in the cabinet, or type its tag and press Enter, or tick it in the list (Space). Then save: what is missing is kept for the handover.</source>
            <translation>逐一掃描櫃內鑰匙，或輸入編號後按 Enter，或在清單中勾選（空白鍵），然後儲存：缺失的鑰匙會記入交班。</translation>
        </message>
        <message>
            <source>Scan or type a tag, then Enter</source>
            <translation>掃描或輸入編號，按 Enter</translation>
        </message>
        <message>
            <source>Note for the handover (optional)</source>
            <translation>交班備註（可留空）</translation>
        </message>
        <message>
            <source>&amp;Save the count</source>
            <translation>儲存點算結果(&amp;S)</translation>
        </message>
        <message>
            <source>Expected {expected} · seen {seen} · not yet seen {left}</source>
            <translation>應有 {expected} 條 · 已點 {seen} 條 · 未點 {left} 條</translation>
        </message>
        <message>
            <source>Not expected in the cabinet: {tags}</source>
            <translation>不應在櫃內：{tags}</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>關閉(&amp;C)</translation>
        </message>
        <message>
            <source>Saved at {time}: {matched} of {expected} keys in place.</source>
            <translation>已於 {time} 儲存：{expected} 條中 {matched} 條在位。</translation>
        </message>
        <message>
            <source>{outcome}: {tag} {label}</source>
            <translation>{outcome}：{tag} {label}</translation>
        </message>
        <message>
            <source>Everything is where it should be.</source>
            <translation>全部鑰匙都在原位。</translation>
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
            <translation>鑰匙</translation>
        </message>
        <message>
            <source>Key loans</source>
            <translation>鑰匙借還記錄</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>鑰匙</translation>
        </message>
        <message>
            <source>Opens (kind)</source>
            <translation>開啟類別</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>開啟</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Ring</source>
            <translation>鑰匙串</translation>
        </message>
        <message>
            <source>On ring</source>
            <translation>所在鑰匙串</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借用人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>應還時間</translation>
        </message>
        <message>
            <source>Borrower is</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Company / unit / pass</source>
            <translation>公司 / 單位 / 通行證</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>借出時間</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>經手人</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>ID checked</source>
            <translation>已核對證件</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>歸還時間</translation>
        </message>
        <message>
            <source>Returned by (someone else)</source>
            <translation>代還人</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>接收人</translation>
        </message>
        <message>
            <source>Late (min)</source>
            <translation>逾時（分鐘）</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
    </context>
    <context>
        <name>KeyFormDialog</name>
        <message>
            <source>Correct a key's details</source>
            <translation>更正鑰匙資料</translation>
        </message>
        <message>
            <source>Add a key</source>
            <translation>新增鑰匙</translation>
        </message>
        <message>
            <source>&amp;Tag</source>
            <translation>編號(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名稱(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Opens</source>
            <translation>開啟(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;What it opens</source>
            <translation>開啟位置(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>單位(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Class</source>
            <translation>類別(&amp;C)</translation>
        </message>
        <message>
            <source>Cabinet &amp;position</source>
            <translation>櫃位(&amp;P)</translation>
        </message>
        <message>
            <source>Co&amp;pies on the hook</source>
            <translation>掛鈎上數量(&amp;P)</translation>
        </message>
        <message>
            <source>Ring</source>
            <translation>鑰匙串</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>備註(&amp;O)</translation>
        </message>
        <message>
            <source>This is a key ring, lent as one item (&amp;R)</source>
            <translation>這是一串鑰匙，整串借出(&amp;R)</translation>
        </message>
        <message>
            <source>e.g. B2 水泵房</source>
            <translation>例如 B2 水泵房</translation>
        </message>
        <message>
            <source>e.g. 甲櫃 12</source>
            <translation>例如 甲櫃 12</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>KeyHistoryModel</name>
        <message>
            <source>due {time}</source>
            <translation>應還 {time}</translation>
        </message>
        <message>
            <source>late {late}</source>
            <translation>逾時 {late}</translation>
        </message>
        <message>
            <source>depositor confirmed: {how}</source>
            <translation>業主確認：{how}</translation>
        </message>
        <message>
            <source>brought back by someone else</source>
            <translation>由他人代還</translation>
        </message>
        <message>
            <source>changed: {fields}</source>
            <translation>更改：{fields}</translation>
        </message>
        <message>
            <source>ring {tag}</source>
            <translation>鑰匙串 {tag}</translation>
        </message>
        <message>
            <source>reprint no. {count}</source>
            <translation>第 {count} 次補印</translation>
        </message>
        <message>
            <source>{count} may collect</source>
            <translation>{count} 人可代領</translation>
        </message>
        <message>
            <source>approved by {name}</source>
            <translation>由 {name} 批准</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事項</translation>
        </message>
        <message>
            <source>By</source>
            <translation>經手人</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借用人</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳情</translation>
        </message>
    </context>
    <context>
        <name>KeyManageMenu</name>
        <message>
            <source>&amp;Add a key…</source>
            <translation>新增鑰匙(&amp;A)…</translation>
        </message>
        <message>
            <source>Resident's key &amp;deposited…</source>
            <translation>業主寄存鑰匙(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Correct the chosen key…</source>
            <translation>更正所選鑰匙(&amp;C)…</translation>
        </message>
        <message>
            <source>Keys on the &amp;ring…</source>
            <translation>鑰匙串上的鑰匙(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Who may borrow it…</source>
            <translation>可借用人員(&amp;W)…</translation>
        </message>
        <message>
            <source>De&amp;positor and collectors…</source>
            <translation>寄存人及代領人(&amp;P)…</translation>
        </message>
        <message>
            <source>Report &amp;lost…</source>
            <translation>報失(&amp;L)…</translation>
        </message>
        <message>
            <source>Lost key: &amp;acknowledge, found, replaced…</source>
            <translation>遺失處理：確認、尋回、補配(&amp;A)…</translation>
        </message>
        <message>
            <source>Re&amp;tire the key…</source>
            <translation>註銷鑰匙(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Import keys from Excel…</source>
            <translation>從 Excel 匯入鑰匙(&amp;I)…</translation>
        </message>
    </context>
    <context>
        <name>KeyNames</name>
        <message>
            <source>In cabinet</source>
            <translation>在櫃</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>遺失</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>已註銷</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>All keys</source>
            <translation>全部鑰匙</translation>
        </message>
        <message>
            <source>Out now</source>
            <translation>借出中</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>員工</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>承辦商</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住戶</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>訪客</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Plant room</source>
            <translation>機房</translation>
        </message>
        <message>
            <source>Gate / door</source>
            <translation>閘門 / 門</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>車輛</translation>
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
            <source>Management key</source>
            <translation>管理鑰匙</translation>
        </message>
        <message>
            <source>Resident-deposited</source>
            <translation>業主寄存</translation>
        </message>
        <message>
            <source>Emergency key</source>
            <translation>緊急鑰匙</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已歸還</translation>
        </message>
        <message>
            <source>Returned late</source>
            <translation>逾期歸還</translation>
        </message>
        <message>
            <source>Lost while out</source>
            <translation>借出期間遺失</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Added to the register</source>
            <translation>登記入冊</translation>
        </message>
        <message>
            <source>Imported from Excel</source>
            <translation>由 Excel 匯入</translation>
        </message>
        <message>
            <source>Details corrected</source>
            <translation>更正資料</translation>
        </message>
        <message>
            <source>Put on ring</source>
            <translation>掛上鑰匙串</translation>
        </message>
        <message>
            <source>Taken off ring</source>
            <translation>從鑰匙串取下</translation>
        </message>
        <message>
            <source>Borrower authorised</source>
            <translation>授權借用人</translation>
        </message>
        <message>
            <source>Authorisation withdrawn</source>
            <translation>撤銷授權</translation>
        </message>
        <message>
            <source>Reported lost</source>
            <translation>報失</translation>
        </message>
        <message>
            <source>Loss acknowledged</source>
            <translation>班長確認遺失</translation>
        </message>
        <message>
            <source>Replaced (new copy)</source>
            <translation>已補配（新配鑰匙）</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>尋回</translation>
        </message>
        <message>
            <source>Deposited by the resident</source>
            <translation>業主寄存</translation>
        </message>
        <message>
            <source>Collectors changed</source>
            <translation>更改代領人</translation>
        </message>
        <message>
            <source>Loan slip printed</source>
            <translation>列印借用單</translation>
        </message>
        <message>
            <source>Deposit receipt printed</source>
            <translation>列印寄存收據</translation>
        </message>
        <message>
            <source>Missing at a key count</source>
            <translation>點算時缺失</translation>
        </message>
        <message>
            <source>Found at a count while out</source>
            <translation>點算時發現（記錄為借出）</translation>
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
            <translation>不應在櫃</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} 小時 {minutes} 分</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} 分鐘</translation>
        </message>
    </context>
    <context>
        <name>KeyPrint</name>
        <message>
            <source>Key loan slip</source>
            <translation>鑰匙借用單</translation>
        </message>
        <message>
            <source>Key deposit receipt</source>
            <translation>業主寄存鑰匙收據</translation>
        </message>
        <message>
            <source>Key register</source>
            <translation>鑰匙登記表</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>鑰匙</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>開啟</translation>
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
            <translation>借出時間</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>應還時間</translation>
        </message>
        <message>
            <source>ID checked</source>
            <translation>已核對證件</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>經手人</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Depositor's confirmation</source>
            <translation>業主確認</translation>
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
            <translation>歸還人</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>接收人</translation>
        </message>
        <message>
            <source>On return</source>
            <translation>歸還</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Depositor</source>
            <translation>寄存人</translation>
        </message>
        <message>
            <source>Deposited</source>
            <translation>寄存時間</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>同意書</translation>
        </message>
        <message>
            <source>May collect this key</source>
            <translation>可代領此鑰匙人士</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>關係</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Only the depositor.</source>
            <translation>只限寄存人本人。</translation>
        </message>
        <message>
            <source>Only the depositor and the people listed may collect this key. Anyone else is given the key only after the depositor confirms it to the desk.</source>
            <translation>只有寄存人及上列人士可領取此鑰匙；其他人士須經寄存人向管理處確認後方可領取。</translation>
        </message>
        <message>
            <source>For the management</source>
            <translation>管理處</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>應還</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>鑰匙總數</translation>
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
            <translation>遺失</translation>
        </message>
        <message>
            <source>Shown</source>
            <translation>範圍</translation>
        </message>
        <message>
            <source>Overdue {late}</source>
            <translation>逾期 {late}</translation>
        </message>
        <message>
            <source>on ring {ring}</source>
            <translation>在鑰匙串 {ring}</translation>
        </message>
        <message>
            <source>Keys on the ring</source>
            <translation>串上鑰匙</translation>
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
            <translation>在鑰匙串 {ring}</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>鑰匙</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借用人</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>應還時間</translation>
        </message>
    </context>
    <context>
        <name>KeyTexts</name>
        <message>
            <source>Key {tag} is already out. Take it back first (it may have been lent at another desk).</source>
            <translation>鑰匙 {tag} 已借出，請先收回（可能已在其他崗位借出）。</translation>
        </message>
        <message>
            <source>Key {tag} is reported lost; it cannot be lent until it is found or replaced.</source>
            <translation>鑰匙 {tag} 已報失；尋回或補配前不可借出。</translation>
        </message>
        <message>
            <source>Key {tag} is retired and cannot be used.</source>
            <translation>鑰匙 {tag} 已註銷，不可使用。</translation>
        </message>
        <message>
            <source>Key {tag} hangs on ring {ring}: lend the whole ring instead.</source>
            <translation>鑰匙 {tag} 掛在鑰匙串 {ring} 上：請借出整串。</translation>
        </message>
        <message>
            <source>Key {tag} is already reported lost.</source>
            <translation>鑰匙 {tag} 已報失。</translation>
        </message>
        <message>
            <source>Ring {tag} still has keys on it: take them off the ring first.</source>
            <translation>鑰匙串 {tag} 上仍有鑰匙，請先取下。</translation>
        </message>
        <message>
            <source>{tag} is not a key ring.</source>
            <translation>{tag} 不是鑰匙串。</translation>
        </message>
        <message>
            <source>This key was already taken back (perhaps at another desk).</source>
            <translation>此鑰匙已收回（可能在其他崗位）。</translation>
        </message>
        <message>
            <source>This visitor is no longer on site (checked out). Choose someone on the list.</source>
            <translation>此訪客已離場，請在名單中選擇在場人士。</translation>
        </message>
        <message>
            <source>A supervisor has already acknowledged this loss.</source>
            <translation>班長已確認此遺失。</translation>
        </message>
        <message>
            <source>A supervisor must acknowledge the loss before the key is replaced or retired.</source>
            <translation>須先由班長確認遺失，才可補配或註銷鑰匙。</translation>
        </message>
        <message>
            <source>This loss has already been dealt with.</source>
            <translation>此遺失已處理。</translation>
        </message>
        <message>
            <source>This permission was already withdrawn.</source>
            <translation>此授權已撤銷。</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Key name</source>
            <translation>鑰匙名稱</translation>
        </message>
        <message>
            <source>Opens (kind)</source>
            <translation>開啟類別</translation>
        </message>
        <message>
            <source>What it opens</source>
            <translation>開啟位置</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Key class</source>
            <translation>鑰匙類別</translation>
        </message>
        <message>
            <source>Cabinet position</source>
            <translation>櫃位</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Key ring</source>
            <translation>鑰匙串</translation>
        </message>
        <message>
            <source>Keys on the ring</source>
            <translation>串上鑰匙</translation>
        </message>
        <message>
            <source>On ring</source>
            <translation>所在鑰匙串</translation>
        </message>
        <message>
            <source>Allowed for</source>
            <translation>授權範圍</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人員</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借用人</translation>
        </message>
        <message>
            <source>Returned by</source>
            <translation>歸還人</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>處理結果</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>應還時間</translation>
        </message>
        <message>
            <source>Depositor's confirmation</source>
            <translation>業主確認</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Scanned tag</source>
            <translation>掃描編號</translation>
        </message>
        <message>
            <source>Depositor</source>
            <translation>寄存人</translation>
        </message>
        <message>
            <source>Owner's consent</source>
            <translation>業主同意</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>同意書</translation>
        </message>
        <message>
            <source>May collect</source>
            <translation>可代領人</translation>
        </message>
        <message>
            <source>File</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜尋</translation>
        </message>
        <message>
            <source>Key classes</source>
            <translation>鑰匙類別</translation>
        </message>
        <message>
            <source>Collector {number}: name</source>
            <translation>代領人 {number}：姓名</translation>
        </message>
        <message>
            <source>Collector {number}: phone</source>
            <translation>代領人 {number}：電話</translation>
        </message>
        <message>
            <source>Collector {number}: relation</source>
            <translation>代領人 {number}：關係</translation>
        </message>
        <message>
            <source>Must be later than now.</source>
            <translation>必須遲於現在。</translation>
        </message>
        <message>
            <source>At most {days} days from now.</source>
            <translation>最多只可借用 {days} 天。</translation>
        </message>
        <message>
            <source>Not on the depositor's list: call the depositor and note here who confirmed and when (or ask a supervisor).</source>
            <translation>不在業主指定的代領名單：請致電業主，並在此記下由誰、何時確認（或請班長處理）。</translation>
        </message>
        <message>
            <source>The owner must agree to leave the key with the management.</source>
            <translation>業主必須同意將鑰匙寄存於管理處。</translation>
        </message>
        <message>
            <source>Management, resident-deposited and emergency keys must stay in the list.</source>
            <translation>「管理鑰匙」、「業主寄存」及「緊急鑰匙」三個類別必須保留。</translation>
        </message>
        <message>
            <source>The on-site visitor list is not available at this desk.</source>
            <translation>此崗位未能取得在場訪客名單。</translation>
        </message>
        <message>
            <source>A ring cannot hang on a ring, nor on itself.</source>
            <translation>鑰匙串不能掛在另一串或自己身上。</translation>
        </message>
        <message>
            <source>Resident-deposited keys are recorded with the deposit form.</source>
            <translation>業主寄存鑰匙須以寄存表格登記。</translation>
        </message>
        <message>
            <source>This is not an Excel workbook (.xlsx).</source>
            <translation>這不是 Excel 活頁簿 (.xlsx)。</translation>
        </message>
        <message>
            <source>The sheet has no keys below its header row.</source>
            <translation>工作表標題行以下沒有鑰匙資料。</translation>
        </message>
        <message>
            <source>More than {max} rows.</source>
            <translation>超過 {max} 行。</translation>
        </message>
        <message>
            <source>No key ring with this tag (in the file or the register).</source>
            <translation>檔案及登記冊中都沒有此編號的鑰匙串。</translation>
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
            <translation>鑰匙登記表</translation>
        </message>
        <message>
            <source>{count} keys written to {path}.</source>
            <translation>已將 {count} 條鑰匙寫入 {path}。</translation>
        </message>
        <message>
            <source>Save the key list as Excel</source>
            <translation>將鑰匙清單存為 Excel</translation>
        </message>
        <message>
            <source>Key loans</source>
            <translation>鑰匙借還記錄</translation>
        </message>
        <message>
            <source>{count} loans written to {path}.</source>
            <translation>已將 {count} 筆借用寫入 {path}。</translation>
        </message>
        <message>
            <source>Save the loans as Excel</source>
            <translation>將借還記錄存為 Excel</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct these rows and import again:</source>
            <translation>未有匯入任何資料。請更正以下各行後再匯入：</translation>
        </message>
        <message>
            <source>Row {row}, {field}: {message}</source>
            <translation>第 {row} 行，{field}：{message}</translation>
        </message>
        <message>
            <source>…and {count} more.</source>
            <translation>…另有 {count} 項。</translation>
        </message>
        <message>
            <source>Imported: {added} keys added, {amended} corrected, {same} unchanged.</source>
            <translation>已匯入：新增 {added} 條、更正 {amended} 條、不變 {same} 條。</translation>
        </message>
        <message>
            <source>Import keys from Excel</source>
            <translation>從 Excel 匯入鑰匙</translation>
        </message>
    </context>
    <context>
        <name>KeysPage</name>
        <message>
            <source>Key register</source>
            <translation>鑰匙登記</translation>
        </message>
        <message>
            <source>Keys (&amp;K)</source>
            <translation>鑰匙(&amp;K)</translation>
        </message>
        <message>
            <source>Loans by date (&amp;D)</source>
            <translation>借還記錄(&amp;D)</translation>
        </message>
        <message>
            <source>History of a key (&amp;H)</source>
            <translation>鑰匙記錄(&amp;H)</translation>
        </message>
        <message>
            <source>No key has the tag {tag}.</source>
            <translation>沒有編號為 {tag} 的鑰匙。</translation>
        </message>
        <message>
            <source>{tag} is {state}: it cannot be lent.</source>
            <translation>{tag} {state}，不可借出。</translation>
        </message>
        <message>
            <source>{tag} hangs on ring {ring}: lend the whole ring.</source>
            <translation>{tag} 掛在鑰匙串 {ring} 上：請借出整串。</translation>
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
            <translation>鑰匙</translation>
        </message>
        <message>
            <source>Open the key register</source>
            <translation>開啟鑰匙登記</translation>
        </message>
        <message>
            <source>{tag} {label} · {name} · overdue {late}</source>
            <translation>{tag} {label} · {name} · 逾期 {late}</translation>
        </message>
        <message>
            <source>{out} keys out, {overdue} overdue.</source>
            <translation>借出 {out} 條，逾期 {overdue} 條。</translation>
        </message>
        <message>
            <source>Every key is in the cabinet.</source>
            <translation>所有鑰匙都在櫃內。</translation>
        </message>
        <message>
            <source>…and {count} more overdue.</source>
            <translation>…另有 {count} 條逾期。</translation>
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
        <name>LoanTableModel</name>
        <message>
            <source>Tag</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>鑰匙</translation>
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
            <translation>應還時間</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>歸還</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>逾時</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
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
        <name>LostKeyDialog</name>
        <message>
            <source>Report a key lost</source>
            <translation>鑰匙報失</translation>
        </message>
        <message>
            <source>The key cannot be lent until it is found or replaced.</source>
            <translation>尋回或補配前，此鑰匙不可借出。</translation>
        </message>
        <message>
            <source>Lent to {name}: the loan is closed as lost. </source>
            <translation>借給 {name}：此借用將記錄為遺失。</translation>
        </message>
        <message>
            <source>&amp;What happened</source>
            <translation>經過(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Report lost</source>
            <translation>報失(&amp;R)</translation>
        </message>
        <message>
            <source>Lost key</source>
            <translation>遺失鑰匙</translation>
        </message>
        <message>
            <source>Reported by {name} at {time}.</source>
            <translation>由 {name} 於 {time} 報失。</translation>
        </message>
        <message>
            <source>It was lent to {name}.</source>
            <translation>當時借給 {name}。</translation>
        </message>
        <message>
            <source>Acknowledged by {name}.</source>
            <translation>已由 {name} 確認。</translation>
        </message>
        <message>
            <source>Not yet acknowledged by a supervisor.</source>
            <translation>班長尚未確認。</translation>
        </message>
        <message>
            <source>Acknowledge the loss (supervisor)</source>
            <translation>確認遺失（班長）</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>處理結果(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>備註(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>記錄(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Home</source>
            <translation>主頁</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>鑰匙</translation>
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
        <name>RegisterTab</name>
        <message>
            <source>Scan a tag, or type a tag, key name or borrower (Ctrl+F)</source>
            <translation>掃描編號，或輸入編號、鑰匙名稱或借用人 (Ctrl+F)</translation>
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
            <translation>點算(F6)</translation>
        </message>
        <message>
            <source>History (F4)</source>
            <translation>記錄(F4)</translation>
        </message>
        <message>
            <source>Print list (Ctrl+P)</source>
            <translation>列印清單(Ctrl+P)</translation>
        </message>
        <message>
            <source>Excel…</source>
            <translation>Excel…</translation>
        </message>
        <message>
            <source>Manage keys</source>
            <translation>鑰匙管理</translation>
        </message>
        <message>
            <source>Every class</source>
            <translation>全部類別</translation>
        </message>
        <message>
            <source>{shown} keys shown · {out} out now · {overdue} overdue</source>
            <translation>顯示 {shown} 條 · 借出中 {out} 條 · 逾期 {overdue} 條</translation>
        </message>
    </context>
    <context>
        <name>RetireKeyDialog</name>
        <message>
            <source>Retire a key</source>
            <translation>註銷鑰匙</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
        <message>
            <source>e.g. lock changed on 2026-03-01</source>
            <translation>例如 2026-03-01 已換鎖</translation>
        </message>
        <message>
            <source>&amp;Retire the key</source>
            <translation>註銷鑰匙(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>ReturnKeyDialog</name>
        <message>
            <source>Take a key back</source>
            <translation>收回鑰匙</translation>
        </message>
        <message>
            <source>Lent to {name} at {issued}, due back {due}.</source>
            <translation>{issued} 借給 {name}，應於 {due} 歸還。</translation>
        </message>
        <message>
            <source>Overdue by {late}.</source>
            <translation>已逾期 {late}。</translation>
        </message>
        <message>
            <source>Brought back by</source>
            <translation>歸還人</translation>
        </message>
        <message>
            <source>The borrower, {name} (&amp;B)</source>
            <translation>借用人 {name} 本人(&amp;B)</translation>
        </message>
        <message>
            <source>Someone else (&amp;O)</source>
            <translation>其他人代還(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>備註(&amp;N)</translation>
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
            <translation>鑰匙串上的鑰匙</translation>
        </message>
        <message>
            <source>&amp;Tags on the ring</source>
            <translation>串上鑰匙編號(&amp;T)</translation>
        </message>
        <message>
            <source>e.g. K-031, K-032 (comma or space between tags)</source>
            <translation>例如 K-031, K-032（以逗號或空格分隔）</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <source>No key has the tag {tag}.</source>
            <translation>沒有編號為 {tag} 的鑰匙。</translation>
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
        <name>TransactionsTab</name>
        <message>
            <source>&amp;From</source>
            <translation>由(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>至(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>查詢(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Excel…</source>
            <translation>Excel(&amp;E)…</translation>
        </message>
        <message>
            <source>{count} loans</source>
            <translation>共 {count} 筆借用</translation>
        </message>
    </context>
    <context>
        <name>UnitPicker</name>
        <message>
            <source>Unit, e.g. A12A</source>
            <translation>單位，例如 A12A</translation>
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
