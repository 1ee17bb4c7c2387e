<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Gatehouse</source>
            <translation>關於門崗值守台</translation>
        </message>
        <message>
            <source>Gatehouse</source>
            <translation>門崗值守台</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>版本 {version}</translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>資料夾：{folder}</translation>
        </message>
        <message>
            <source>Fonts and libraries shipped with Gatehouse, and their licences</source>
            <translation>門崗值守台隨附的字型與程式庫及其授權</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>元件</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>授權</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>授權全文</translation>
        </message>
        <message>
            <source>{name} is used under the {licence} licence; its full text is published with its source.</source>
            <translation>{name} 依 {licence} 授權使用；授權全文隨其原始碼發布。</translation>
        </message>
    </context>
    <context>
        <name>AboutSection</name>
        <message>
            <source>About Gatehouse</source>
            <translation>關於門崗值守台</translation>
        </message>
        <message>
            <source>Version {version}. Data folder: {folder}</source>
            <translation>版本 {version}。資料夾：{folder}</translation>
        </message>
        <message>
            <source>About, licences… (Ctrl+F1)</source>
            <translation>關於與授權…（Ctrl+F1）</translation>
        </message>
    </context>
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
        <message>
            <source>Click, or press Enter, to open it</source>
            <translation>按一下或按 Enter 開啟</translation>
        </message>
        <message>
            <source>Click, or press Enter, to go to its page</source>
            <translation>按一下或按 Enter 前往相關頁面</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend a log entry</source>
            <translation>更正值班記錄</translation>
        </message>
        <message>
            <source>Now reads</source>
            <translation>現時內容</translation>
        </message>
        <message>
            <source>&amp;Corrected text</source>
            <translation>更正後內容(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>原因(&amp;W)</translation>
        </message>
        <message>
            <source>Add photos / &amp;files</source>
            <translation>加入相片 / 檔案(&amp;F)</translation>
        </message>
        <message>
            <source>Files (kept)</source>
            <translation>檔案（保留）</translation>
        </message>
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
        <name>AttachmentList</name>
        <message>
            <source>Open</source>
            <translation>開啟</translation>
        </message>
        <message>
            <source>Show the chosen file in this PC's viewer (Enter)</source>
            <translation>用本機的檢視程式開啟所選檔案（Enter）</translation>
        </message>
        <message>
            <source>{name} ({size})</source>
            <translation>{name}（{size}）</translation>
        </message>
        <message>
            <source>No program on this PC opens {name}. A copy is at {path}.</source>
            <translation>本機沒有可開啟 {name} 的程式。副本存放於 {path}。</translation>
        </message>
    </context>
    <context>
        <name>AttachmentPicker</name>
        <message>
            <source>&amp;Add…</source>
            <translation>加入(&amp;A)…</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>加入…</translation>
        </message>
        <message>
            <source>Attach photos or files (up to the size set in Settings)</source>
            <translation>附加相片或檔案（大小上限見「設定」）</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Attach photos or files</source>
            <translation>附加相片或檔案</translation>
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
        <name>BackupCli</name>
        <message>
            <source>Backup written, verified and compressed: {path} ({size} bytes), with its manifest.</source>
            <translation>備份已寫入、核對並壓縮：{path}（{size} 位元組），附清單。</translation>
        </message>
        <message>
            <source>Running pg_dump (custom format)…</source>
            <translation>正在執行 pg_dump（自訂格式）…</translation>
        </message>
        <message>
            <source>PostgreSQL backup written by pg_dump: {path}</source>
            <translation>pg_dump 已寫入 PostgreSQL 備份：{path}</translation>
        </message>
        <message>
            <source>Restore drill passed: {backup} restored to a temporary folder, {entries} audit entries.</source>
            <translation>還原演練通過：{backup} 已還原到暫存資料夾，稽核紀錄 {entries} 筆。</translation>
        </message>
        <message>
            <source>Restore drill FAILED for {backup}: {problem}</source>
            <translation>還原演練失敗（{backup}）：{problem}</translation>
        </message>
    </context>
    <context>
        <name>BackupError</name>
        <message>
            <source>{path} is the database in use: a backup must go to another file.</source>
            <translation>{path} 是使用中的資料庫：備份必須寫到另一個檔案。</translation>
        </message>
        <message>
            <source>{path} is a system folder that keeps no files: choose a folder on a disk.</source>
            <translation>{path} 是不保存檔案的系統資料夾：請選擇磁碟上的資料夾。</translation>
        </message>
        <message>
            <source>pg_dump was not found: install the PostgreSQL client tools (or back the server up there).</source>
            <translation>找不到 pg_dump：請安裝 PostgreSQL 用戶端工具（或在伺服器上備份）。</translation>
        </message>
        <message>
            <source>pg_dump failed: {detail}</source>
            <translation>pg_dump 失敗：{detail}</translation>
        </message>
        <message>
            <source>Automatic backups copy the SQLite file; back a PostgreSQL server up with pg_dump.</source>
            <translation>自動備份複製的是 SQLite 檔案；PostgreSQL 伺服器請用 pg_dump 備份。</translation>
        </message>
        <message>
            <source>{path} is open in {who}: close it there first, then restore.</source>
            <translation>{path} 正由 {who} 開啟：請先在那裡關閉，再還原。</translation>
        </message>
        <message>
            <source>{path} is a backup of another site; it was not restored.</source>
            <translation>{path} 是另一個場所的備份；未還原。</translation>
        </message>
        <message>
            <source>The copy of {path} failed its check; no backup was kept. Run gatehouse check.</source>
            <translation>{path} 的副本未通過檢查；未保留備份。請執行 gatehouse check。</translation>
        </message>
    </context>
    <context>
        <name>BackupPanel</name>
        <message>
            <source>Backups</source>
            <translation>備份</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即備份</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>還原備份…</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在備份…</translation>
        </message>
        <message>
            <source>Backup written and verified: {name}</source>
            <translation>備份已寫入並核對：{name}</translation>
        </message>
        <message>
            <source>The backup could not be written: {problem}</source>
            <translation>無法寫入備份：{problem}</translation>
        </message>
    </context>
    <context>
        <name>BackupStatus</name>
        <message>
            <source>Backup folder missing: {folder}</source>
            <translation>找不到備份資料夾：{folder}</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>尚無備份</translation>
        </message>
        <message>
            <source>Last backup {days} days ago ({when})</source>
            <translation>上次備份在 {days} 天前（{when}）</translation>
        </message>
        <message>
            <source>Last backup {when}</source>
            <translation>上次備份 {when}</translation>
        </message>
        <message>
            <source>Backup folder missing</source>
            <translation>找不到備份資料夾</translation>
        </message>
        <message>
            <source>Backup {days} days old</source>
            <translation>備份已 {days} 天未更新</translation>
        </message>
        <message>
            <source>Restore drill: not yet run</source>
            <translation>還原演練：尚未執行</translation>
        </message>
        <message>
            <source>Restore drill {when}: passed ({backup})</source>
            <translation>還原演練 {when}：通過（{backup}）</translation>
        </message>
        <message>
            <source>Restore drill {when}: FAILED ({problem})</source>
            <translation>還原演練 {when}：失敗（{problem}）</translation>
        </message>
        <message>
            <source>The database failed its check ({problem}). Keep working only if you must; a supervisor should restore the latest backup (Home → Backups → Restore a backup).</source>
            <translation>資料庫未通過檢查（{problem}）。非必要請勿繼續作業；請主管還原最近的備份（首頁 → 備份 → 還原備份）。</translation>
        </message>
        <message>
            <source>The database is on a network drive ({where}): records can be lost when the network drops. Move the data folder to this PC's own disk.</source>
            <translation>資料庫位於網路磁碟（{where}）：網路中斷時可能遺失紀錄。請把資料夾移到本機磁碟。</translation>
        </message>
        <message>
            <source>The database is on a removable drive ({where}): records are lost if it is pulled out. Move the data folder to this PC's own disk (backups may go to the stick).</source>
            <translation>資料庫位於抽取式磁碟（{where}）：拔出時會遺失紀錄。請把資料夾移到本機磁碟（備份可以放在隨身碟）。</translation>
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
        <name>ContactTableModel</name>
        <message>
            <source>Who</source>
            <translation>聯絡對象</translation>
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
        <name>DutyCli</name>
        <message>
            <source>No handover has been signed or closed yet.</source>
            <translation>尚未有已簽署或已結束的交班。</translation>
        </message>
        <message>
            <source>No desk is called '{desk}'.</source>
            <translation>沒有名為「{desk}」的崗位。</translation>
        </message>
        <message>
            <source>Handover sheet written: {path} ({items} items).</source>
            <translation>交接表已寫入：{path}（{items} 項）。</translation>
        </message>
    </context>
    <context>
        <name>DutyExport</name>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>崗位</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地點</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>記錄內容</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>記錄人</translation>
        </message>
        <message>
            <source>Written at</source>
            <translation>輸入時間</translation>
        </message>
        <message>
            <source>Pass on until</source>
            <translation>交接至</translation>
        </message>
        <message>
            <source>Amended at</source>
            <translation>更正時間</translation>
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
            <translation>事件編號</translation>
        </message>
        <message>
            <source>Occurred at</source>
            <translation>發生時間</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>報告人</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>嚴重程度</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>事件經過</translation>
        </message>
        <message>
            <source>People involved</source>
            <translation>涉及人士</translation>
        </message>
        <message>
            <source>Actions taken</source>
            <translation>已採取行動</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Closed at</source>
            <translation>結案時間</translation>
        </message>
        <message>
            <source>Police told at</source>
            <translation>報警時間</translation>
        </message>
        <message>
            <source>Fire services told at</source>
            <translation>通知消防時間</translation>
        </message>
        <message>
            <source>Ambulance called at</source>
            <translation>召救護車時間</translation>
        </message>
        <message>
            <source>Supervisor told at</source>
            <translation>通知班長時間</translation>
        </message>
        <message>
            <source>Resident told at</source>
            <translation>通知住戶時間</translation>
        </message>
        <message>
            <source>Management told at</source>
            <translation>通知管理處時間</translation>
        </message>
        <message>
            <source>Others told at</source>
            <translation>通知其他人時間</translation>
        </message>
        <message>
            <source>Compiled at</source>
            <translation>整理時間</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Shift started</source>
            <translation>班次開始</translation>
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
            <translation>簽署時間</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>事項數</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>接受</translation>
        </message>
        <message>
            <source>Queried</source>
            <translation>查詢</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒絕</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>交班人備註</translation>
        </message>
        <message>
            <source>Closed by</source>
            <translation>結束人</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>結束原因</translation>
        </message>
    </context>
    <context>
        <name>DutyLabels</name>
        <message>
            <source>Note</source>
            <translation>記事</translation>
        </message>
        <message>
            <source>Patrol</source>
            <translation>巡邏</translation>
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
            <translation>設備故障</translation>
        </message>
        <message>
            <source>Drill</source>
            <translation>演習</translation>
        </message>
        <message>
            <source>Gate checked, all normal</source>
            <translation>閘口已檢查，一切正常</translation>
        </message>
        <message>
            <source>Car park patrolled, all normal</source>
            <translation>巡查停車場，一切正常</translation>
        </message>
        <message>
            <source>Delivery received for a resident</source>
            <translation>代住戶收件</translation>
        </message>
        <message>
            <source>Lights not working</source>
            <translation>燈光故障</translation>
        </message>
        <message>
            <source>Fire drill held</source>
            <translation>已進行消防演習</translation>
        </message>
        <message>
            <source>Noise complaint received</source>
            <translation>接獲噪音投訴</translation>
        </message>
        <message>
            <source>Fire alarm</source>
            <translation>火警鐘</translation>
        </message>
        <message>
            <source>Theft</source>
            <translation>盜竊</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>糾紛</translation>
        </message>
        <message>
            <source>Injury</source>
            <translation>受傷</translation>
        </message>
        <message>
            <source>Suspicious person</source>
            <translation>可疑人物</translation>
        </message>
        <message>
            <source>Flooding</source>
            <translation>水浸</translation>
        </message>
        <message>
            <source>Lift entrapment</source>
            <translation>電梯困人</translation>
        </message>
        <message>
            <source>Power failure</source>
            <translation>停電</translation>
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
            <translation>未處理</translation>
        </message>
        <message>
            <source>Following up</source>
            <translation>跟進中</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已結案</translation>
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
            <translation>救護車</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>班長</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住戶</translation>
        </message>
        <message>
            <source>Management office</source>
            <translation>管理處</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>準時</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>遲到</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>漏巡</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>應巡</translation>
        </message>
        <message>
            <source>Visitor on site</source>
            <translation>訪客在場</translation>
        </message>
        <message>
            <source>Visitor overstaying</source>
            <translation>訪客逾時</translation>
        </message>
        <message>
            <source>Key out</source>
            <translation>鑰匙借出</translation>
        </message>
        <message>
            <source>Key overdue</source>
            <translation>鑰匙逾期未還</translation>
        </message>
        <message>
            <source>Key count of the shift</source>
            <translation>本班鑰匙點算</translation>
        </message>
        <message>
            <source>Key count difference</source>
            <translation>鑰匙點算差異</translation>
        </message>
        <message>
            <source>Open work order</source>
            <translation>未完成工單</translation>
        </message>
        <message>
            <source>Work order at risk</source>
            <translation>工單將逾時</translation>
        </message>
        <message>
            <source>Work order overdue</source>
            <translation>工單已逾時</translation>
        </message>
        <message>
            <source>Open incident</source>
            <translation>未結事件</translation>
        </message>
        <message>
            <source>Missed checkpoint</source>
            <translation>漏巡點</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>未確認</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>接受</translation>
        </message>
        <message>
            <source>Queried</source>
            <translation>查詢</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒絕</translation>
        </message>
        <message>
            <source>Being handed over</source>
            <translation>交班中</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>已簽署</translation>
        </message>
        <message>
            <source>Closed by supervisor</source>
            <translation>班長已結束</translation>
        </message>
        <message>
            <source>By</source>
            <translation>記錄人</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>路線</translation>
        </message>
        <message>
            <source>Missed rounds</source>
            <translation>漏巡次數</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>嚴重程度</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>訪客證</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借用人</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>應有</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>點算</translation>
        </message>
        <message>
            <source>Slip No.</source>
            <translation>登記編號</translation>
        </message>
        <message>
            <source>Minutes late</source>
            <translation>逾期分鐘</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>點算人</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>在位</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>差異</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>優先級</translation>
        </message>
        <message>
            <source>Key count done: no difference</source>
            <translation>已點算鑰匙：沒有差異</translation>
        </message>
        <message>
            <source>Key count done: differences listed below</source>
            <translation>已點算鑰匙：差異見下列各項</translation>
        </message>
        <message>
            <source>Key count not done this shift</source>
            <translation>本班未點算鑰匙</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>緊急</translation>
        </message>
        <message>
            <source>missing from the cabinet</source>
            <translation>鑰匙櫃內缺少</translation>
        </message>
        <message>
            <source>in the cabinet but not expected</source>
            <translation>不應在櫃內卻在</translation>
        </message>
    </context>
    <context>
        <name>DutyLogPage</name>
        <message>
            <source>Duty log</source>
            <translation>值班日誌</translation>
        </message>
        <message>
            <source>A&amp;mend…</source>
            <translation>更正(&amp;M)…</translation>
        </message>
        <message>
            <source>To work order… (F8)</source>
            <translation>轉為工單…（F8）</translation>
        </message>
        <message>
            <source>Turn the chosen entry into a repair request, with its text and files</source>
            <translation>將所選記錄轉為報修工單，連同內容及檔案</translation>
        </message>
        <message>
            <source>Files of the chosen entry</source>
            <translation>所選記錄的檔案</translation>
        </message>
        <message>
            <source>Back to this shift</source>
            <translation>返回本班</translation>
        </message>
        <message>
            <source>Photos / &amp;files</source>
            <translation>相片 / 檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>類別(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>時間(&amp;T)</translation>
        </message>
        <message>
            <source>now</source>
            <translation>現在</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>地點(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;What happened</source>
            <translation>事項(&amp;W)</translation>
        </message>
        <message>
            <source>Instruction</source>
            <translation>指示</translation>
        </message>
        <message>
            <source>Pass on to later shifts until</source>
            <translation>傳給之後班次，直至</translation>
        </message>
        <message>
            <source>&amp;Save (Ctrl+Enter)</source>
            <translation>儲存(&amp;S)（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Work order:</source>
            <translation>工單：</translation>
        </message>
        <message>
            <source>This shift: {count} entries</source>
            <translation>本班：共 {count} 項記錄</translation>
        </message>
        <message>
            <source>{date}: {count} entries (not this shift)</source>
            <translation>{date}：共 {count} 項記錄（非本班）</translation>
        </message>
        <message>
            <source>{date} at another desk: {count} entries</source>
            <translation>{date}（其他崗位）：共 {count} 項記錄</translation>
        </message>
        <message>
            <source>Saved to the duty log.</source>
            <translation>已記入值班日誌。</translation>
        </message>
        <message>
            <source>Choose the entry to amend in the list first.</source>
            <translation>請先在列表中選擇要更正的記錄。</translation>
        </message>
        <message>
            <source>Open work order {number}</source>
            <translation>開啟工單 {number}</translation>
        </message>
        <message>
            <source>Choose the entry to turn into a work order in the list first.</source>
            <translation>請先在列表中選擇要轉為工單的記錄。</translation>
        </message>
        <message>
            <source>Work order {number} saved from this entry.</source>
            <translation>已由此記錄建立工單 {number}。</translation>
        </message>
    </context>
    <context>
        <name>DutyText</name>
        <message>
            <source>No shift is open at this desk, so there is nothing to hand over.</source>
            <translation>此崗位沒有當班，無需交班。</translation>
        </message>
        <message>
            <source>This handover is already signed or closed.</source>
            <translation>此交班已簽署或已結束。</translation>
        </message>
        <message>
            <source>{count} item(s) not acknowledged yet: the incoming guard must accept, query or refuse each one.</source>
            <translation>尚有 {count} 項未確認：接班人須逐項接受、查詢或拒絕。</translation>
        </message>
        <message>
            <source>Some items were acknowledged by another person: the incoming guard must go through them again.</source>
            <translation>部分事項由另一人確認，接班人須重新逐項確認。</translation>
        </message>
        <message>
            <source>This item is not an open query.</source>
            <translation>此事項不是待回覆的查詢。</translation>
        </message>
        <message>
            <source>A round of this route is already under way at this desk: finish it first.</source>
            <translation>此崗位已有這條路線的巡邏進行中，請先完成。</translation>
        </message>
        <message>
            <source>This round is already finished.</source>
            <translation>這次巡邏已完成。</translation>
        </message>
        <message>
            <source>Checkpoint {code} belongs to another route.</source>
            <translation>巡邏點 {code} 屬於另一條路線。</translation>
        </message>
        <message>
            <source>Checkpoint {code} is already recorded in this round.</source>
            <translation>巡邏點 {code} 在這次巡邏已記錄。</translation>
        </message>
        <message>
            <source>Checkpoint {code} is no longer in use.</source>
            <translation>巡邏點 {code} 已停用。</translation>
        </message>
        <message>
            <source>This route is no longer in use.</source>
            <translation>這條路線已停用。</translation>
        </message>
        <message>
            <source>A route has at most {max} checkpoints.</source>
            <translation>每條路線最多 {max} 個巡邏點。</translation>
        </message>
        <message>
            <source>The incident already has this status.</source>
            <translation>事件已經是這個狀態。</translation>
        </message>
        <message>
            <source>The new value is the same as the old one.</source>
            <translation>新內容與原來相同。</translation>
        </message>
        <message>
            <source>At most {max} emergency contacts.</source>
            <translation>緊急聯絡人最多 {max} 個。</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>事項內容</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地點</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Pass on until</source>
            <translation>傳達至</translation>
        </message>
        <message>
            <source>Route code</source>
            <translation>路線編號</translation>
        </message>
        <message>
            <source>Route name</source>
            <translation>路線名稱</translation>
        </message>
        <message>
            <source>Every (minutes)</source>
            <translation>每隔（分鐘）</translation>
        </message>
        <message>
            <source>On time within (minutes)</source>
            <translation>準時範圍（分鐘）</translation>
        </message>
        <message>
            <source>Checkpoint code</source>
            <translation>巡邏點編號</translation>
        </message>
        <message>
            <source>Checkpoint name</source>
            <translation>巡邏點名稱</translation>
        </message>
        <message>
            <source>Scanned code</source>
            <translation>掃描編號</translation>
        </message>
        <message>
            <source>Anomaly</source>
            <translation>異常</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>嚴重程度</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>People involved</source>
            <translation>涉及人士</translation>
        </message>
        <message>
            <source>Actions taken</source>
            <translation>已採取行動</translation>
        </message>
        <message>
            <source>Happened at</source>
            <translation>發生時間</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>已通知</translation>
        </message>
        <message>
            <source>Who exactly</source>
            <translation>通知對象</translation>
        </message>
        <message>
            <source>Notified at</source>
            <translation>通知時間</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟進</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>預案</translation>
        </message>
        <message>
            <source>Handover note</source>
            <translation>交班備註</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>決定</translation>
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
            <translation>回覆</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜尋</translation>
        </message>
        <message>
            <source>Incident categories</source>
            <translation>事件類別</translation>
        </message>
        <message>
            <source>Quick-entry templates</source>
            <translation>快速記錄範本</translation>
        </message>
        <message>
            <source>Cannot be in the future.</source>
            <translation>不可以是將來的時間。</translation>
        </message>
        <message>
            <source>At most {hours} hours back.</source>
            <translation>最多只可補記 {hours} 小時前的事。</translation>
        </message>
        <message>
            <source>Must be later than now.</source>
            <translation>必須遲於現在。</translation>
        </message>
        <message>
            <source>At most {days} days from now.</source>
            <translation>最多只可傳達至 {days} 天後。</translation>
        </message>
        <message>
            <source>Only an instruction is passed on to later shifts.</source>
            <translation>只有「指示」會傳給之後的班次。</translation>
        </message>
        <message>
            <source>No checkpoint has the code {code}.</source>
            <translation>沒有編號為 {code} 的巡邏點。</translation>
        </message>
        <message>
            <source>The incoming guard must be someone else than the outgoing guard.</source>
            <translation>接班人不可以是交班人本人。</translation>
        </message>
        <message>
            <source>Wrong PIN. {left} tries left before the account locks.</source>
            <translation>PIN 不正確。再錯 {left} 次帳戶將被鎖定。</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>PIN 不正確。</translation>
        </message>
        <message>
            <source>Too many wrong PINs: wait {seconds} seconds.</source>
            <translation>PIN 錯誤次數過多：請等 {seconds} 秒。</translation>
        </message>
        <message>
            <source>This account is locked. A supervisor can unlock it.</source>
            <translation>此帳戶已被鎖定，請班長解鎖。</translation>
        </message>
        <message>
            <source>This account is disabled.</source>
            <translation>此帳戶已停用。</translation>
        </message>
    </context>
    <context>
        <name>EdgeCli</name>
        <message>
            <source>{path} is a folder; name the file that holds the secret.</source>
            <translation>{path} 是資料夾；請指定存放密碼的檔案。</translation>
        </message>
        <message>
            <source>{path} cannot be read (permission).</source>
            <translation>無法讀取 {path}（權限不足）。</translation>
        </message>
        <message>
            <source>--data-dir {path} is a file; name a folder (it is created when missing).</source>
            <translation>--data-dir {path} 是檔案；請指定資料夾（不存在時會自動建立）。</translation>
        </message>
        <message>
            <source>--data-dir {path} cannot be written (a read-only disk or folder); choose a writable folder.</source>
            <translation>--data-dir {path} 無法寫入（唯讀的磁碟或資料夾）；請選擇可寫入的資料夾。</translation>
        </message>
        <message>
            <source>'{value}' is outside the days Gatehouse keeps ({first} to {last}).</source>
            <translation>「{value}」超出門崗值守台保存的日期範圍（{first} 至 {last}）。</translation>
        </message>
    </context>
    <context>
        <name>EmergencyWindow</name>
        <message>
            <source>Emergency contacts and plans (F1)</source>
            <translation>緊急聯絡及應急預案（F1）</translation>
        </message>
        <message>
            <source>Emergency contacts</source>
            <translation>緊急聯絡人</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>聯絡對象</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>儲存修改</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Emergency plan for</source>
            <translation>應急預案：</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>儲存預案</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>列印(&amp;P)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>No plan written yet. A supervisor can write the steps here.</source>
            <translation>尚未撰寫預案。班長可在此寫下步驟。</translation>
        </message>
        <message>
            <source>Emergency contacts saved.</source>
            <translation>緊急聯絡人已儲存。</translation>
        </message>
        <message>
            <source>Emergency plan saved.</source>
            <translation>應急預案已儲存。</translation>
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
        <name>ExportButton</name>
        <message>
            <source>&amp;Excel…</source>
            <translation>匯出 Excel(&amp;E)…</translation>
        </message>
        <message>
            <source>Export this list to an Excel workbook (ID numbers and phones masked)</source>
            <translation>把此清單匯出為 Excel 活頁簿（證件號碼及電話已遮蔽）</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出至 Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 活頁簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} rows exported to {path}.</source>
            <translation>已匯出 {count} 行至 {path}。</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>已取消匯出，沒有寫入檔案。</translation>
        </message>
    </context>
    <context>
        <name>FirstDayPanel</name>
        <message>
            <source>First day: set up the site</source>
            <translation>第一天：設定場所</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開啟</translation>
        </message>
        <message>
            <source>Test page</source>
            <translation>測試頁</translation>
        </message>
        <message>
            <source>Add the guards and the reception clerks (Operators)</source>
            <translation>新增保安員與前台客服的帳戶（操作員）</translation>
        </message>
        <message>
            <source>Import the directory of buildings, units and residents (Directory: Excel template)</source>
            <translation>匯入大廈、單位與住戶名錄（名錄：Excel 範本）</translation>
        </message>
        <message>
            <source>Enter the keys of the key cabinet (Keys)</source>
            <translation>登記鑰匙櫃內的鑰匙（鑰匙）</translation>
        </message>
        <message>
            <source>Set up the patrol routes and their checkpoints (Patrols)</source>
            <translation>設定巡邏路線與巡邏點（巡邏）</translation>
        </message>
        <message>
            <source>Enter the emergency contacts (F1)</source>
            <translation>登記緊急聯絡人（F1）</translation>
        </message>
        <message>
            <source>Choose this desk's printers and slip paper (Settings), then print a test page</source>
            <translation>選擇本台的印表機與單據紙寬（設定），再印一張測試頁</translation>
        </message>
        <message>
            <source>Choose the backup folder, on a USB disk or another PC (Settings)</source>
            <translation>選擇備份資料夾，放在 USB 磁碟或另一部電腦（設定）</translation>
        </message>
        <message>
            <source>{step} — {count} so far</source>
            <translation>{step} — 已有 {count} 項</translation>
        </message>
        <message>
            <source>{left} of {total} steps left. Each is ticked by itself once it is really done; this list goes away when all are.</source>
            <translation>尚餘 {left} / {total} 步。每一步真正完成後會自動打勾；全部完成後此清單便會消失。</translation>
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
        <name>HandoverHistoryModel</name>
        <message>
            <source>Handed over</source>
            <translation>已交班</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>崗位</translation>
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
            <translation>狀態</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
    </context>
    <context>
        <name>HandoverItemTableModel</name>
        <message>
            <source>No.</source>
            <translation>序號</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>事項</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳情</translation>
        </message>
        <message>
            <source>Since / due</source>
            <translation>開始／期限</translation>
        </message>
        <message>
            <source>Incoming decision</source>
            <translation>接班人確認</translation>
        </message>
        <message>
            <source>Enter or double-click: open it on its page</source>
            <translation>按 Enter 或按兩下：在相關頁面開啟</translation>
        </message>
    </context>
    <context>
        <name>HandoverPage</name>
        <message>
            <source>Shift handover</source>
            <translation>交接班記錄</translation>
        </message>
        <message>
            <source>This shift</source>
            <translation>本班</translation>
        </message>
        <message>
            <source>History</source>
            <translation>交班記錄</translation>
        </message>
        <message>
            <source>Compile again (F5)</source>
            <translation>重新整理交班（F5）</translation>
        </message>
        <message>
            <source>&amp;Print sheet…</source>
            <translation>列印交接表(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Incoming guard</source>
            <translation>接班人(&amp;I)</translation>
        </message>
        <message>
            <source>Co&amp;mment</source>
            <translation>備註(&amp;M)</translation>
        </message>
        <message>
            <source>Needed to query or refuse an item</source>
            <translation>查詢或拒絕時必須填寫</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>接受(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Query</source>
            <translation>查詢(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Refuse</source>
            <translation>拒絕(&amp;R)</translation>
        </message>
        <message>
            <source>Outgoing guard's &amp;note</source>
            <translation>交班人備註(&amp;N)</translation>
        </message>
        <message>
            <source>Both confirm</source>
            <translation>雙方確認</translation>
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
            <translation>簽署並交班(&amp;S)</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>班長</translation>
        </message>
        <message>
            <source>Why the supervisor closes this handover</source>
            <translation>班長結束此交班的原因</translation>
        </message>
        <message>
            <source>Close handover…</source>
            <translation>結束交班…</translation>
        </message>
        <message>
            <source>Search notes, items, comments, names…</source>
            <translation>搜尋備註、事項、查詢、姓名…</translation>
        </message>
        <message>
            <source>Print this sheet…</source>
            <translation>列印此交接表…</translation>
        </message>
        <message>
            <source>No handover in progress. End your shift from the home page to compile one.</source>
            <translation>目前沒有進行中的交班。請在首頁按「結束當班」整理交班。</translation>
        </message>
        <message>
            <source>{desk} · {pattern} from {start} · outgoing {name} · {status}
{total} items: {pending} not yet, {accepted} accepted, {queried} queried, {refused} refused</source>
            <translation>{desk} · {pattern}（{start} 開始）· 交班人 {name} · {status}
共 {total} 項：{pending} 項未確認，{accepted} 項接受，{queried} 項查詢，{refused} 項拒絕</translation>
        </message>
        <message>
            <source>Choose the incoming guard first.</source>
            <translation>請先選擇接班人。</translation>
        </message>
        <message>
            <source>Handover refused by {incoming}: a supervisor must close it.</source>
            <translation>{incoming} 拒絕接班：須由班長處理結束。</translation>
        </message>
        <message>
            <source>The handover was refused and stays open. The supervisor has been alerted on the dashboard.</source>
            <translation>接班人拒絕接班，交班維持未完成。已在首頁提示班長。</translation>
        </message>
        <message>
            <source>Handed over to {name}. Print the sheet for both signatures.</source>
            <translation>已交班給 {name}。請列印交接表讓雙方簽名。</translation>
        </message>
        <message>
            <source>The supervisor closed the handover; the shift has ended.</source>
            <translation>班長已結束交班，班次已結束。</translation>
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
            <translation>尚未回覆的查詢：</translation>
        </message>
        <message>
            <source>Answer to the selected query</source>
            <translation>回覆所選查詢</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>回覆</translation>
        </message>
        <message>
            <source>Open handover page</source>
            <translation>打開交接班頁</translation>
        </message>
        <message>
            <source>No handover yet.</source>
            <translation>尚未有交班記錄。</translation>
        </message>
        <message>
            <source>Last: {time} {outgoing} → {incoming}, {status}, {count} items</source>
            <translation>上次：{time} {outgoing} → {incoming}，{status}，共 {count} 項</translation>
        </message>
        <message>
            <source>REFUSED {time}: {outgoing} → {incoming}. A supervisor must close it.</source>
            <translation>已拒絕 {time}：{outgoing} → {incoming}。須由班長結束。</translation>
        </message>
        <message>
            <source>Handover refused by {incoming}: a supervisor must close it.</source>
            <translation>{incoming} 拒絕接班：須由班長處理結束。</translation>
        </message>
    </context>
    <context>
        <name>HandoverSheet</name>
        <message>
            <source>Shift handover</source>
            <translation>交接班記錄</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>崗位</translation>
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
            <translation>整理時間</translation>
        </message>
        <message>
            <source>Both PINs confirmed</source>
            <translation>雙方 PIN 確認</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Open matters ({count})</source>
            <translation>未完事項（{count} 項）</translation>
        </message>
        <message>
            <source>Nothing open was handed over.</source>
            <translation>沒有需交接的未完事項。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序號</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>嚴重程度</translation>
        </message>
        <message>
            <source>{decision} at {time}</source>
            <translation>{decision}（{time}）</translation>
        </message>
        <message>
            <source>As compiled at {time} and signed: the state of the desk at the moment of signing.</source>
            <translation>按 {time} 整理並簽署：即簽署一刻崗位的情況。</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>事項</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳情</translation>
        </message>
        <message>
            <source>Since / due</source>
            <translation>開始／期限</translation>
        </message>
        <message>
            <source>Incoming decision</source>
            <translation>接班人確認</translation>
        </message>
        <message>
            <source>Outgoing guard's note</source>
            <translation>交班人備註</translation>
        </message>
        <message>
            <source>Closed by a supervisor</source>
            <translation>由班長結束</translation>
        </message>
        <message>
            <source>{name} at {time}: {reason}</source>
            <translation>{name}（{time}）：{reason}</translation>
        </message>
        <message>
            <source>REFUSED: the shift stays open until a supervisor closes the handover.</source>
            <translation>接班人拒絕：班次維持未結束，直至班長結束此交班。</translation>
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
            <translation>班長</translation>
        </message>
        <message>
            <source>Patrol checkpoint labels</source>
            <translation>巡邏點標籤</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>路線</translation>
        </message>
        <message>
            <source>Scan at each patrol round</source>
            <translation>每次巡邏時掃描</translation>
        </message>
        <message>
            <source>Emergency contacts and plans</source>
            <translation>緊急聯絡及應急預案</translation>
        </message>
        <message>
            <source>Emergency contacts</source>
            <translation>緊急聯絡人</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>聯絡對象</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Emergency plans (quick reference)</source>
            <translation>應急預案（速查）</translation>
        </message>
        <message>
            <source>No plan written yet.</source>
            <translation>尚未撰寫預案。</translation>
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
        <name>ImportError</name>
        <message>
            <source>cell {cell} holds a formula with no saved value: open the file in Excel, save it, and import again.</source>
            <translation>儲存格 {cell} 是沒有已存數值的公式：請用 Excel 開啟檔案、儲存後再匯入。</translation>
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
        <name>IncidentTableModel</name>
        <message>
            <source>No.</source>
            <translation>序號</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>發生時間</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>嚴重程度</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地點</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
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
            <translation>搜尋編號、摘要、地點…</translation>
        </message>
        <message>
            <source>Open only</source>
            <translation>只顯示未結案</translation>
        </message>
        <message>
            <source>Report an incident</source>
            <translation>呈報事件</translation>
        </message>
        <message>
            <source>Selected incident</source>
            <translation>所選事件</translation>
        </message>
        <message>
            <source>&amp;Category / severity</source>
            <translation>類別／嚴重程度(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Happened at</source>
            <translation>發生時間(&amp;H)</translation>
        </message>
        <message>
            <source>now (HH:MM)</source>
            <translation>現在（時:分）</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>地點(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>摘要(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;People involved</source>
            <translation>涉及人士(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Actions taken</source>
            <translation>已採取行動(&amp;A)</translation>
        </message>
        <message>
            <source>Photos / &amp;files</source>
            <translation>相片 / 檔案(&amp;F)</translation>
        </message>
        <message>
            <source>To work order… (F8)</source>
            <translation>轉為工單…（F8）</translation>
        </message>
        <message>
            <source>Turn this incident into a repair request, with its text and files</source>
            <translation>將此事件轉為報修工單，連同內容及檔案</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>加入檔案…</translation>
        </message>
        <message>
            <source>&amp;Report incident</source>
            <translation>呈報事件(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Notified</source>
            <translation>已通知(&amp;N)</translation>
        </message>
        <message>
            <source>Who exactly (name, station, unit)</source>
            <translation>通知對象（姓名、警署、單位）</translation>
        </message>
        <message>
            <source>now</source>
            <translation>現在</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>記錄</translation>
        </message>
        <message>
            <source>Follow-&amp;up</source>
            <translation>跟進(&amp;U)</translation>
        </message>
        <message>
            <source>What was done since (needed to close)</source>
            <translation>之後跟進了甚麼（結案時必須填寫）</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>加入記錄</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>更改狀態</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>Corrected value</source>
            <translation>更正後內容</translation>
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
            <translation>地點</translation>
        </message>
        <message>
            <source>People involved</source>
            <translation>涉及人士</translation>
        </message>
        <message>
            <source>Actions taken</source>
            <translation>已採取行動</translation>
        </message>
        <message>
            <source>Incident {number} reported.</source>
            <translation>事件 {number} 已呈報。</translation>
        </message>
        <message>
            <source>Choose an incident in the list.</source>
            <translation>請在列表中選擇事件。</translation>
        </message>
        <message>
            <source>{number} ({state})</source>
            <translation>{number}（{state}）</translation>
        </message>
        <message>
            <source>Work orders:</source>
            <translation>工單：</translation>
        </message>
        <message>
            <source>No work order made from it yet.</source>
            <translation>尚未轉為工單。</translation>
        </message>
        <message>
            <source>{number} · {category} · {severity} · {status}
{time} {location}: {summary}</source>
            <translation>{number} · {category} · {severity} · {status}
{time} {location}：{summary}</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>呈報</translation>
        </message>
        <message>
            <source>notified {party} {who}</source>
            <translation>已通知 {party} {who}</translation>
        </message>
        <message>
            <source>status → {status} {note}</source>
            <translation>狀態 → {status} {note}</translation>
        </message>
        <message>
            <source>corrected {field}: “{before}” → “{after}” ({reason})</source>
            <translation>更正 {field}：「{before}」→「{after}」（{reason}）</translation>
        </message>
        <message>
            <source>Add photos or files to the incident</source>
            <translation>為事件加入相片或檔案</translation>
        </message>
        <message>
            <source>{count} file(s) added to the incident.</source>
            <translation>已為事件加入 {count} 個檔案。</translation>
        </message>
        <message>
            <source>Choose the incident to turn into a work order in the list first.</source>
            <translation>請先在列表中選擇要轉為工單的事件。</translation>
        </message>
        <message>
            <source>Work order {number} saved from this incident.</source>
            <translation>已由此事件建立工單 {number}。</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>&amp;Find resident</source>
            <translation>查找住戶(&amp;F)</translation>
        </message>
        <message>
            <source>Reporter &amp;name</source>
            <translation>報修人姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>電話(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>單位(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>位置(&amp;L)</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>類型(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>類別(&amp;C)</translation>
        </message>
        <message>
            <source>P&amp;riority</source>
            <translation>緩急(&amp;R)</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>途徑(&amp;H)</translation>
        </message>
        <message>
            <source>Photos / files</source>
            <translation>相片 / 檔案</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>描述(&amp;D)</translation>
        </message>
        <message>
            <source>Name, phone digits or unit, then Enter</source>
            <translation>姓名、電話數字或單位，然後按 Enter</translation>
        </message>
        <message>
            <source>e.g. A12A</source>
            <translation>例如 A12A</translation>
        </message>
        <message>
            <source>e.g. kitchen, lobby, car park</source>
            <translation>例如 廚房、大堂、停車場</translation>
        </message>
        <message>
            <source>Walk-in: type the name</source>
            <translation>訪客到場：輸入姓名</translation>
        </message>
        <message>
            <source>&amp;Save (Ctrl+S)</source>
            <translation>儲存(&amp;S) (Ctrl+S)</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>清除(&amp;L)</translation>
        </message>
        <message>
            <source>— no unit —</source>
            <translation>— 無單位 —</translation>
        </message>
        <message>
            <source>Check the marked values; press Save again to keep them as they are.</source>
            <translation>請核對標示的內容；如無誤，再按一次「儲存」即照原樣保存。</translation>
        </message>
        <message>
            <source>Work order {number} saved.</source>
            <translation>工單 {number} 已儲存。</translation>
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
            <source>Borrower from</source>
            <translation>借用人來自</translation>
        </message>
        <message>
            <source>Returned by</source>
            <translation>歸還人</translation>
        </message>
        <message>
            <source>Returned by, from</source>
            <translation>歸還人來自</translation>
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
        <name>KpiPage</name>
        <message>
            <source>Repair KPIs</source>
            <translation>報修指標</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>月份(&amp;M)</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>受理宗數</translation>
        </message>
        <message>
            <source>First response (mean)</source>
            <translation>平均首次響應時間</translation>
        </message>
        <message>
            <source>MTTR (without on-hold time)</source>
            <translation>平均修復時間（不計暫停）</translation>
        </message>
        <message>
            <source>SLA met</source>
            <translation>達標率</translation>
        </message>
        <message>
            <source>Reopen rate</source>
            <translation>重開率</translation>
        </message>
        <message>
            <source>Complaint rate</source>
            <translation>投訴率</translation>
        </message>
        <message>
            <source>Satisfaction (5 = very satisfied)</source>
            <translation>滿意度（5 = 非常滿意）</translation>
        </message>
        <message>
            <source>Requests per day (hatched: overdue)</source>
            <translation>每日受理宗數（斜線部分：逾時）</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>按類別</translation>
        </message>
        <message>
            <source>By technician</source>
            <translation>按維修人員</translation>
        </message>
    </context>
    <context>
        <name>KpiTableModel</name>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>宗數</translation>
        </message>
        <message>
            <source>First response</source>
            <translation>首次響應</translation>
        </message>
        <message>
            <source>MTTR</source>
            <translation>平均修復時間</translation>
        </message>
        <message>
            <source>SLA met</source>
            <translation>達標</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>重開</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>滿意度</translation>
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
        <name>ListExport</name>
        <message>
            <source>Exporting to Excel…</source>
            <translation>正在匯出 Excel…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Watchlist</source>
            <translation>關注名單</translation>
        </message>
        <message>
            <source>Expected visitors</source>
            <translation>預約訪客</translation>
        </message>
        <message>
            <source>Patrol rounds</source>
            <translation>巡邏記錄</translation>
        </message>
        <message>
            <source>Key counts</source>
            <translation>鑰匙點算</translation>
        </message>
        <message>
            <source>Deposited keys</source>
            <translation>住戶寄存鑰匙</translation>
        </message>
        <message>
            <source>Repair KPIs</source>
            <translation>維修績效指標</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>生效中</translation>
        </message>
        <message>
            <source>Lifted or expired</source>
            <translation>已解除或過期</translation>
        </message>
        <message>
            <source>lifted and expired entries included</source>
            <translation>包括已解除及過期項目</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>進行中</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>維修人員</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Export the watchlist to Excel</source>
            <translation>把關注名單匯出至 Excel</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>其他名稱</translation>
        </message>
        <message>
            <source>Phone (masked)</source>
            <translation>電話（已遮蔽）</translation>
        </message>
        <message>
            <source>ID type</source>
            <translation>證件類別</translation>
        </message>
        <message>
            <source>ID (masked)</source>
            <translation>證件號碼（已遮蔽）</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>車牌</translation>
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
            <source>Until</source>
            <translation>有效至</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>加入人</translation>
        </message>
        <message>
            <source>Added at</source>
            <translation>加入時間</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>吻合次數</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>訪客</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
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
            <source>Purpose</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>同行人數</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>登記人</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>開始時間</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>路線</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>崗位</translation>
        </message>
        <message>
            <source>Guard</source>
            <translation>巡邏員</translation>
        </message>
        <message>
            <source>Checkpoints</source>
            <translation>巡邏點數</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>已到達</translation>
        </message>
        <message>
            <source>Missed checkpoints</source>
            <translation>漏巡點</translation>
        </message>
        <message>
            <source>Anomalies noted</source>
            <translation>異常記錄</translation>
        </message>
        <message>
            <source>Counted at</source>
            <translation>點算時間</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>點算人</translation>
        </message>
        <message>
            <source>Expected in the cabinet</source>
            <translation>應在櫃內</translation>
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
            <translation>缺少的鑰匙</translation>
        </message>
        <message>
            <source>Unexpected keys</source>
            <translation>多出的鑰匙</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>鑰匙牌</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>鑰匙</translation>
        </message>
        <message>
            <source>Depositor</source>
            <translation>寄存人</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>同意時間</translation>
        </message>
        <message>
            <source>Consent record</source>
            <translation>同意書記錄</translation>
        </message>
        <message>
            <source>Deposited at</source>
            <translation>寄存時間</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>接收人</translation>
        </message>
        <message>
            <source>May collect (phones masked)</source>
            <translation>可領取人（電話已遮蔽）</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>表</translation>
        </message>
        <message>
            <source>Technician / day</source>
            <translation>維修人員／日期</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>報修數</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投訴數</translation>
        </message>
        <message>
            <source>First response (mean, h)</source>
            <translation>首次回應（平均，小時）</translation>
        </message>
        <message>
            <source>MTTR without on-hold time (h)</source>
            <translation>平均修復時間，不計暫停（小時）</translation>
        </message>
        <message>
            <source>SLA met (%)</source>
            <translation>達標率（%）</translation>
        </message>
        <message>
            <source>Reopen rate (%)</source>
            <translation>重開率（%）</translation>
        </message>
        <message>
            <source>Complaint rate (%)</source>
            <translation>投訴率（%）</translation>
        </message>
        <message>
            <source>Satisfaction (1–5)</source>
            <translation>滿意度（1–5）</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>回覆數</translation>
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
        <name>LogTableModel</name>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地點</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>事項</translation>
        </message>
        <message>
            <source>By</source>
            <translation>記錄人</translation>
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
            <translation>檔案：{names}</translation>
        </message>
        <message>
            <source>Work order: {numbers}</source>
            <translation>工單：{numbers}</translation>
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
            <source>Visitors</source>
            <translation>訪客登記</translation>
        </message>
        <message>
            <source>Visit history</source>
            <translation>訪客記錄</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>鑰匙</translation>
        </message>
        <message>
            <source>Duty log</source>
            <translation>值班日誌</translation>
        </message>
        <message>
            <source>Patrols</source>
            <translation>巡邏</translation>
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
            <translation>報修投訴</translation>
        </message>
        <message>
            <source>Repair KPIs</source>
            <translation>報修指標</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>住戶名錄</translation>
        </message>
        <message>
            <source>Watchlist</source>
            <translation>關注名單</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>報表</translation>
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
            <source>&amp;Lock</source>
            <translation>鎖定(&amp;L)</translation>
        </message>
        <message>
            <source>Lock this account on purpose (failed sign-ins only slow it down). Never the last administrator.</source>
            <translation>刻意鎖定此帳戶（登入失敗只會延遲下次嘗試，不會鎖定）。不可鎖定最後一位系統管理員。</translation>
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
            <source>Account locked: it cannot sign in until a supervisor unlocks it.</source>
            <translation>帳戶已鎖定：須由主管解鎖後才能登入。</translation>
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
        <name>PatrolsPage</name>
        <message>
            <source>This desk's patrol rounds of the last 31 days to Excel (other periods: the Reports page)</source>
            <translation>把本崗位最近 31 日的巡邏記錄匯出至 Excel（其他期間：報表頁）</translation>
        </message>
        <message>
            <source>Patrols</source>
            <translation>巡邏</translation>
        </message>
        <message>
            <source>&amp;Route</source>
            <translation>路線(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Start a round</source>
            <translation>開始巡邏(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Anomaly</source>
            <translation>異常(&amp;A)</translation>
        </message>
        <message>
            <source>Anything wrong at this checkpoint (optional)</source>
            <translation>此巡邏點有何異常（可不填）</translation>
        </message>
        <message>
            <source>Reached (Enter)</source>
            <translation>已到達（Enter）</translation>
        </message>
        <message>
            <source>Report as &amp;incident</source>
            <translation>轉為事件(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Finish round</source>
            <translation>完成巡邏(&amp;F)</translation>
        </message>
        <message>
            <source>This shift: checkpoints due, missed and late</source>
            <translation>本班：應巡、漏巡及遲到的巡邏點</translation>
        </message>
        <message>
            <source>Routes and checkpoints (supervisor)</source>
            <translation>路線及巡邏點（班長）</translation>
        </message>
        <message>
            <source>New route</source>
            <translation>新增路線</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source> min apart</source>
            <translation> 分鐘一次</translation>
        </message>
        <message>
            <source> min on time</source>
            <translation> 分鐘內準時</translation>
        </message>
        <message>
            <source>Add route</source>
            <translation>新增路線</translation>
        </message>
        <message>
            <source>New checkpoint</source>
            <translation>新增巡邏點</translation>
        </message>
        <message>
            <source>Code on the label</source>
            <translation>標籤上的編號</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Add to route</source>
            <translation>加入路線</translation>
        </message>
        <message>
            <source>Print QR labels…</source>
            <translation>列印 QR 標籤…</translation>
        </message>
        <message>
            <source>{checkpoint} is not due this shift.</source>
            <translation>{checkpoint} 本班沒有應巡時段。</translation>
        </message>
        <message>
            <source>No round under way. Choose a route and start a round.</source>
            <translation>目前沒有巡邏進行中。請選擇路線並開始巡邏。</translation>
        </message>
        <message>
            <source>{route}, started {time}: {done} of {total} reached. Scan a label or tick.</source>
            <translation>{route}（{time} 開始）：已到達 {done}／{total}。請掃描標籤或勾選。</translation>
        </message>
        <message>
            <source>{count} checkpoint visits missed this shift.</source>
            <translation>本班漏巡 {count} 次。</translation>
        </message>
        <message>
            <source>Start a round before scanning checkpoints.</source>
            <translation>請先開始巡邏，再掃描巡邏點。</translation>
        </message>
        <message>
            <source>Round finished. Not reached: {codes}</source>
            <translation>巡邏完成。未到達：{codes}</translation>
        </message>
        <message>
            <source>Round finished: every checkpoint reached.</source>
            <translation>巡邏完成：所有巡邏點均已到達。</translation>
        </message>
        <message>
            <source>Choose a reached checkpoint with an anomaly first.</source>
            <translation>請先選擇已到達並有異常的巡邏點。</translation>
        </message>
        <message>
            <source>Incident {number} reported; complete it on the Incidents page.</source>
            <translation>事件 {number} 已呈報，請在「事件」頁補充資料。</translation>
        </message>
        <message>
            <source>This route has no checkpoints yet.</source>
            <translation>這條路線尚未有巡邏點。</translation>
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
        <name>PrinterTestPage</name>
        <message>
            <source>the system default printer</source>
            <translation>系統預設印表機</translation>
        </message>
        <message>
            <source>Printer test page</source>
            <translation>印表機測試頁</translation>
        </message>
        <message>
            <source>A4 printer: {name}</source>
            <translation>A4 印表機：{name}</translation>
        </message>
        <message>
            <source>Slip printer: {name}</source>
            <translation>單據印表機：{name}</translation>
        </message>
        <message>
            <source>Slip paper: {width} mm</source>
            <translation>單據紙寬：{width} 毫米</translation>
        </message>
        <message>
            <source>Printed {time}</source>
            <translation>列印時間：{time}</translation>
        </message>
        <message>
            <source>This ruler must measure {mm} mm on paper</source>
            <translation>這把尺印出來應長 {mm} 毫米</translation>
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
        <name>QueueView</name>
        <message>
            <source>&amp;Search</source>
            <translation>搜尋(&amp;S)</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>顯示(&amp;W)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>緩急</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>No., unit, reporter or phone</source>
            <translation>工單號、單位、報修人或電話</translation>
        </message>
        <message>
            <source>E&amp;xport to Excel…</source>
            <translation>匯出 Excel(&amp;X)…</translation>
        </message>
        <message>
            <source>Open jobs</source>
            <translation>處理中工單</translation>
        </message>
        <message>
            <source>Return visits due</source>
            <translation>待回訪</translation>
        </message>
        <message>
            <source>Closed / ended</source>
            <translation>已結案 / 已終止</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>{count} jobs</source>
            <translation>共 {count} 張工單</translation>
        </message>
    </context>
    <context>
        <name>RecordLinks</name>
        <message>
            <source>Open {record} on its page (Enter)</source>
            <translation>在相關頁面開啟 {record}（Enter）</translation>
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
            <source>More to Excel</source>
            <translation>更多 Excel</translation>
        </message>
        <message>
            <source>Deposited keys to Excel…</source>
            <translation>寄存鑰匙匯出至 Excel…</translation>
        </message>
        <message>
            <source>Key counts to Excel…</source>
            <translation>鑰匙點算匯出至 Excel…</translation>
        </message>
        <message>
            <source>This desk's key counts of the last 31 days (other periods: the Reports page)</source>
            <translation>本崗位最近 31 日的鑰匙點算（其他期間：報表頁）</translation>
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
        <name>RepairExport</name>
        <message>
            <source>No.</source>
            <translation>工單號</translation>
        </message>
        <message>
            <source>Reported at</source>
            <translation>報修時間</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>緩急</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>途徑</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Unit / location</source>
            <translation>單位 / 位置</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>報修人</translation>
        </message>
        <message>
            <source>Phone (masked)</source>
            <translation>電話（已遮蔽）</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>維修人員</translation>
        </message>
        <message>
            <source>Responded at</source>
            <translation>響應時間</translation>
        </message>
        <message>
            <source>Done at</source>
            <translation>完工時間</translation>
        </message>
        <message>
            <source>Closed at</source>
            <translation>結案時間</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>時限</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>滿意度</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>內容</translation>
        </message>
    </context>
    <context>
        <name>RepairLabels</name>
        <message>
            <source>Repair</source>
            <translation>報修</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投訴</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>建議</translation>
        </message>
        <message>
            <source>Praise</source>
            <translation>表揚</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>緊急</translation>
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
            <translation>電話</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>親臨</translation>
        </message>
        <message>
            <source>Patrol finding</source>
            <translation>巡邏發現</translation>
        </message>
        <message>
            <source>Owner app</source>
            <translation>業主 App</translation>
        </message>
        <message>
            <source>Duty log</source>
            <translation>值班日誌</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新報修</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>已派工</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>維修中</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>暫停</translation>
        </message>
        <message>
            <source>Done, awaiting return visit</source>
            <translation>已完工，待回訪</translation>
        </message>
        <message>
            <source>Return visit: not reached</source>
            <translation>回訪：未能聯絡</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已結案</translation>
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
            <translation>水務</translation>
        </message>
        <message>
            <source>Electrical</source>
            <translation>電力</translation>
        </message>
        <message>
            <source>Lift</source>
            <translation>升降機</translation>
        </message>
        <message>
            <source>Door / access</source>
            <translation>門 / 門禁</translation>
        </message>
        <message>
            <source>Public area</source>
            <translation>公共地方</translation>
        </message>
        <message>
            <source>Noise / neighbour</source>
            <translation>噪音 / 鄰里</translation>
        </message>
        <message>
            <source>Cleaning</source>
            <translation>清潔</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>保安</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>登記</translation>
        </message>
        <message>
            <source>Dispatched to</source>
            <translation>派工給</translation>
        </message>
        <message>
            <source>Work started</source>
            <translation>開始維修</translation>
        </message>
        <message>
            <source>Put on hold</source>
            <translation>暫停</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>恢復處理</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完工</translation>
        </message>
        <message>
            <source>Return visit answered</source>
            <translation>回訪完成</translation>
        </message>
        <message>
            <source>Closed without reaching the reporter</source>
            <translation>未能聯絡報修人，結案</translation>
        </message>
        <message>
            <source>Reopened as</source>
            <translation>重開為</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Waiting for the resident</source>
            <translation>等待住戶</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>等待零件</translation>
        </message>
        <message>
            <source>Waiting for a paid-service quote</source>
            <translation>等待有償服務報價</translation>
        </message>
        <message>
            <source>Other (say why)</source>
            <translation>其他（請說明）</translation>
        </message>
        <message>
            <source>Duplicate of another request</source>
            <translation>與另一宗重複</translation>
        </message>
        <message>
            <source>Not the management's job</source>
            <translation>不屬管理處範圍</translation>
        </message>
        <message>
            <source>Withdrawn by the reporter</source>
            <translation>報修人撤回</translation>
        </message>
        <message>
            <source>Entered by mistake</source>
            <translation>誤登記</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>非常滿意</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>滿意</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Dissatisfied</source>
            <translation>不滿意</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>非常不滿意</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>準時</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>將逾時</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾時</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>暫停計時</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>達標</translation>
        </message>
    </context>
    <context>
        <name>RepairSettingsSection</name>
        <message>
            <source>Repairs: SLA and categories</source>
            <translation>報修：服務時限及類別</translation>
        </message>
        <message>
            <source>Targets in hours (0 = no target). New targets apply to requests taken from now on; jobs already taken keep theirs.</source>
            <translation>時限以小時計（0 = 不設時限）。新時限只適用於此後受理的報修，已受理的工單維持原有時限。</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>適用於</translation>
        </message>
        <message>
            <source>Respond within (h)</source>
            <translation>響應時限（小時）</translation>
        </message>
        <message>
            <source>Fix within (h)</source>
            <translation>修復時限（小時）</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>計時方式</translation>
        </message>
        <message>
            <source>Repair, priority</source>
            <translation>報修，緩急</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>所有</translation>
        </message>
        <message>
            <source>24 hours, every day</source>
            <translation>全年 24 小時</translation>
        </message>
        <message>
            <source>Business hours</source>
            <translation>辦公時間</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>不設時限</translation>
        </message>
        <message>
            <source>Categories (one per line)</source>
            <translation>類別（每行一個）</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>Holidays (YYYY-MM-DD, one per line)</source>
            <translation>假期（YYYY-MM-DD，每行一個）</translation>
        </message>
        <message>
            <source>Return-visit calls before closing unreached</source>
            <translation>未能聯絡時，結案前須致電次數</translation>
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
            <translation>儲存報修設定</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已儲存。</translation>
        </message>
    </context>
    <context>
        <name>RepairSheet</name>
        <message>
            <source>Work order</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Reported at</source>
            <translation>報修時間</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>緩急</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>途徑</translation>
        </message>
        <message>
            <source>Unit / location</source>
            <translation>單位 / 位置</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>報修人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>維修人員</translation>
        </message>
        <message>
            <source>Respond by</source>
            <translation>響應限時</translation>
        </message>
        <message>
            <source>Fix by</source>
            <translation>修復限時</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>內容</translation>
        </message>
        <message>
            <source>History</source>
            <translation>處理紀錄</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>動作</translation>
        </message>
        <message>
            <source>By</source>
            <translation>經手人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Work done / parts used</source>
            <translation>維修內容 / 所用物料</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>Reopens</source>
            <translation>重開自</translation>
        </message>
        <message>
            <source>Made from</source>
            <translation>來源</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Duty-log entry</source>
            <translation>值班記錄</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住戶</translation>
        </message>
    </context>
    <context>
        <name>RepairTexts</name>
        <message>
            <source>This cannot be done to a job in this state (perhaps changed at another desk). Refresh.</source>
            <translation>此工單目前的狀態不能進行這項操作（可能已在另一崗位更改），請重新整理。</translation>
        </message>
        <message>
            <source>{name} is not in the data folder of this PC (restored without its attachments, or saved at another desk). It cannot be opened here.</source>
            <translation>本機資料夾內沒有 {name}（可能還原時未連同附件，或在另一崗位儲存），此處無法開啟。</translation>
        </message>
        <message>
            <source>{name} was changed on disk after it was attached, so it is not opened. Tell the supervisor.</source>
            <translation>{name} 附加後在磁碟上被改動過，因此不會開啟。請通知班長。</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>緩急</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>途徑</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>報修人</translation>
        </message>
        <message>
            <source>Reporter's phone</source>
            <translation>報修人電話</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>單位</translation>
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
            <translation>維修人員或承辦商</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>意見</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>滿意度</translation>
        </message>
        <message>
            <source>Return-visit calls</source>
            <translation>回訪次數</translation>
        </message>
        <message>
            <source>Repair categories</source>
            <translation>報修類別</translation>
        </message>
        <message>
            <source>Business hours</source>
            <translation>辦公時間</translation>
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
            <translation>結案前須致電次數</translation>
        </message>
        <message>
            <source>{name} is {size} MB; files up to {max} MB can be attached.</source>
            <translation>{name} 有 {size} MB，只可附加 {max} MB 以內的檔案。</translation>
        </message>
        <message>
            <source>{name} is empty (0 bytes): it was probably not copied completely. Choose it again.</source>
            <translation>{name} 是空檔案（0 位元組），可能未完整複製，請重新選擇。</translation>
        </message>
        <message>
            <source>{name} cannot be read (moved, deleted or not allowed). Choose it again.</source>
            <translation>無法讀取 {name}（已移走、刪除或沒有權限），請重新選擇。</translation>
        </message>
        <message>
            <source>At most {max} files can be attached.</source>
            <translation>最多可附加 {max} 個檔案。</translation>
        </message>
        <message>
            <source>The response target cannot be longer than the fix target.</source>
            <translation>響應時限不可長於修復時限。</translation>
        </message>
        <message>
            <source>The opening time must be before the closing time.</source>
            <translation>開始時間必須早於結束時間。</translation>
        </message>
        <message>
            <source>The opening hours overlap.</source>
            <translation>辦公時段重疊。</translation>
        </message>
        <message>
            <source>Choose at least one working day.</source>
            <translation>請至少選擇一個工作日。</translation>
        </message>
        <message>
            <source>{date} is both a holiday and a working day.</source>
            <translation>{date} 同時是假期及工作日。</translation>
        </message>
        <message>
            <source>Choose a unit, or type where it is in Location.</source>
            <translation>請選擇單位，或在「位置」填寫地點。</translation>
        </message>
        <message>
            <source>Call at least {min} times first ({now} so far).</source>
            <translation>請先致電至少 {min} 次（已致電 {now} 次）。</translation>
        </message>
    </context>
    <context>
        <name>RepairsPage</name>
        <message>
            <source>Repairs and complaints</source>
            <translation>報修及投訴</translation>
        </message>
        <message>
            <source>&amp;Queue</source>
            <translation>工單列表(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;New request (Ctrl+N)</source>
            <translation>新報修(&amp;N) (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Return visits</source>
            <translation>回訪(&amp;R)</translation>
        </message>
        <message>
            <source>Export work orders</source>
            <translation>匯出工單</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 活頁簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} work orders exported to {path}.</source>
            <translation>已匯出 {count} 張工單到 {path}。</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>已取消匯出，沒有寫入任何檔案。</translation>
        </message>
        <message>
            <source>Work order {number}</source>
            <translation>工單 {number}</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>工單</translation>
        </message>
    </context>
    <context>
        <name>RepairsPanel</name>
        <message>
            <source>Repairs and complaints</source>
            <translation>報修及投訴</translation>
        </message>
        <message>
            <source>Open the &amp;queue</source>
            <translation>開啟工單列表(&amp;Q)</translation>
        </message>
        <message>
            <source>Overdue: {count}</source>
            <translation>已逾時：{count}</translation>
        </message>
        <message>
            <source>At risk: {count}</source>
            <translation>將逾時：{count}</translation>
        </message>
        <message>
            <source>On hold: {count}</source>
            <translation>暫停中：{count}</translation>
        </message>
        <message>
            <source>Open jobs: {count}</source>
            <translation>處理中工單：{count}</translation>
        </message>
        <message>
            <source>Return visits due: {count}</source>
            <translation>待回訪：{count}</translation>
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
            <translation>期間</translation>
        </message>
        <message>
            <source>That is still in the future: there is nothing to report yet.</source>
            <translation>該日期尚未到來：還沒有可報告的內容。</translation>
        </message>
        <message>
            <source>The end is before the start.</source>
            <translation>結束早於開始。</translation>
        </message>
    </context>
    <context>
        <name>ReportWords</name>
        <message>
            <source>Whole site</source>
            <translation>全場</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>無。</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Not recorded at this site (module not installed): {modules}</source>
            <translation>本場未記錄（未安裝此模組）：{modules}</translation>
        </message>
        <message>
            <source>The period is not over: figures up to {time}.</source>
            <translation>期間尚未結束：數字截至 {time}。</translation>
        </message>
        <message>
            <source>Scheduled task (command line)</source>
            <translation>排程工作（命令列）</translation>
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
            <translation>訪客</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>鑰匙</translation>
        </message>
        <message>
            <source>Repairs and complaints</source>
            <translation>報修及投訴</translation>
        </message>
        <message>
            <source>Duty log, patrols and incidents</source>
            <translation>值班日誌、巡邏及事件</translation>
        </message>
        <message>
            <source>Shifts and access</source>
            <translation>班次及登入</translation>
        </message>
        <message>
            <source>Daily report {date}</source>
            <translation>日報 {date}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>崗位</translation>
        </message>
        <message>
            <source>Exceptions</source>
            <translation>異常事項</translation>
        </message>
        <message>
            <source>No exceptions: nothing needed attention.</source>
            <translation>無異常：沒有需要跟進的事項。</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>嚴重程度</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事項</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Who / what</source>
            <translation>人員 / 對象</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地點</translation>
        </message>
        <message>
            <source>Due / note</source>
            <translation>期限 / 備註</translation>
        </message>
        <message>
            <source>due {time}</source>
            <translation>限 {time}</translation>
        </message>
        <message>
            <source>{count} missing</source>
            <translation>缺 {count} 條</translation>
        </message>
        <message>
            <source>missed {count} times</source>
            <translation>漏巡 {count} 次</translation>
        </message>
        <message>
            <source>Summary by module</source>
            <translation>各模組摘要</translation>
        </message>
        <message>
            <source>Nothing recorded this day.</source>
            <translation>本日沒有記錄。</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>模組</translation>
        </message>
        <message>
            <source>Figures of the day</source>
            <translation>當日數字</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>圖表</translation>
        </message>
        <message>
            <source>Visitors per hour (check-ins)</source>
            <translation>每小時訪客（登記進入）</translation>
        </message>
        <message>
            <source>Work orders by category and status</source>
            <translation>工單（按類別及狀態）</translation>
        </message>
        <message>
            <source>No visitors recorded.</source>
            <translation>沒有訪客記錄。</translation>
        </message>
        <message>
            <source>No work orders.</source>
            <translation>沒有工單。</translation>
        </message>
        <message>
            <source>Shifts and operators</source>
            <translation>班次及值班員</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>值班員</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>結束</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>No shift was worked.</source>
            <translation>當日沒有班次。</translation>
        </message>
        <message>
            <source>ended by {name}</source>
            <translation>由 {name} 結束</translation>
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
            <translation>申請人</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Refused sign-ins</source>
            <translation>登入被拒</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>驗證方式</translation>
        </message>
        <message>
            <source>Failures</source>
            <translation>失敗次數</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已鎖定</translation>
        </message>
        <message>
            <source>password</source>
            <translation>密碼</translation>
        </message>
        <message>
            <source>PIN (unlock)</source>
            <translation>PIN（解鎖）</translation>
        </message>
        <message>
            <source>supervisor PIN</source>
            <translation>主管 PIN</translation>
        </message>
        <message>
            <source>Audit chain</source>
            <translation>審計鏈</translation>
        </message>
        <message>
            <source>Entries this day</source>
            <translation>當日記錄數</translation>
        </message>
        <message>
            <source>Chain head at the end of the day</source>
            <translation>當日結束時的鏈頭</translation>
        </message>
        <message>
            <source>Reviewed by (supervisor)</source>
            <translation>審閱人（主管）</translation>
        </message>
        <message>
            <source>Muster list: everyone on site</source>
            <translation>緊急疏散名單：現時在場人員</translation>
        </message>
        <message>
            <source>On site at</source>
            <translation>在場時間</translation>
        </message>
        <message>
            <source>Total on site</source>
            <translation>在場總人數</translation>
        </message>
        <message>
            <source>Building: {name}</source>
            <translation>大廈：{name}</translation>
        </message>
        <message>
            <source>No building recorded</source>
            <translation>未記錄大廈</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序號</translation>
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
            <translation>單位 / 地點</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>進入時間</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳情</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>已到</translation>
        </message>
        <message>
            <source>Nobody is recorded on site.</source>
            <translation>沒有在場人員記錄。</translation>
        </message>
        <message>
            <source>{kind}: none on site.</source>
            <translation>{kind}：沒有在場。</translation>
        </message>
        <message>
            <source>Read the names at the assembly point; tick who is present; report anyone missing to the fire services at once.</source>
            <translation>在集合點逐一點名，在「已到」欄打勾；如有人未到，立即通知消防人員。</translation>
        </message>
        <message>
            <source>Roll call by</source>
            <translation>點名人</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>訪客</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>承辦商</translation>
        </message>
        <message>
            <source>Key holder</source>
            <translation>借用鑰匙人</translation>
        </message>
        <message>
            <source>Monthly KPI report {month}</source>
            <translation>月度績效報告 {month}</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Compared with</source>
            <translation>比較月份</translation>
        </message>
        <message>
            <source>Evaluation indicators</source>
            <translation>評估指標</translation>
        </message>
        <message>
            <source>Other figures</source>
            <translation>其他數字</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指標</translation>
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
            <translation>變化</translation>
        </message>
        <message>
            <source>better</source>
            <translation>改善</translation>
        </message>
        <message>
            <source>worse</source>
            <translation>轉差</translation>
        </message>
        <message>
            <source>Visitors per day</source>
            <translation>每日訪客</translation>
        </message>
        <message>
            <source>Work orders by category</source>
            <translation>工單（按類別）</translation>
        </message>
        <message>
            <source>Response time: mean time to first response. MTTR: repair time without time on hold ÷ repairs resolved. SLA compliance: jobs within every target ÷ jobs judged. Satisfaction: (5·n5 + 4·n4 + 3·n3 + 2·n2 + 1·n1) ÷ N. Complaint rate: complaints ÷ all requests.</source>
            <translation>響應時間：首次響應的平均時間。平均修復時間：維修時間（不計暫停）÷ 已完成維修數。服務時限達標率：全部時限內完成的工單 ÷ 已判定工單。滿意度：(5·n5 + 4·n4 + 3·n3 + 2·n2 + 1·n1) ÷ N。投訴率：投訴 ÷ 全部請求。</translation>
        </message>
        <message>
            <source>Approved by (manager)</source>
            <translation>審批人（經理）</translation>
        </message>
        <message>
            <source>{value} min</source>
            <translation>{value} 分鐘</translation>
        </message>
        <message>
            <source>{value} h</source>
            <translation>{value} 小時</translation>
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
            <translation>緊急</translation>
        </message>
        <message>
            <source>entry No. {seq}, fingerprint {short}</source>
            <translation>記錄編號 {seq}，指紋 {short}</translation>
        </message>
        <message>
            <source>No entry recorded yet.</source>
            <translation>尚未有任何記錄。</translation>
        </message>
        <message>
            <source>Checking the records later must reach this same line for this entry; if it differs, records were changed after this report was printed.</source>
            <translation>日後核對記錄時，此記錄編號必須得出同一指紋；如不相同，即表示本報表列印後記錄曾被更改。</translation>
        </message>
        <message>
            <source>round {start}–{end}</source>
            <translation>應巡時段 {start}–{end}</translation>
        </message>
        <message>
            <source>… {count} more of this kind (see the list on screen or the export)</source>
            <translation>……另有 {count} 項同類事項（見螢幕清單或匯出檔）</translation>
        </message>
        <message>
            <source>Arrived / key out</source>
            <translation>到場 / 借匙時間</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人數</translation>
        </message>
        <message>
            <source>{people} = {named} named + {companions} with them</source>
            <translation>{people} 人 = 登記 {named} 人 + 同行 {companions} 人</translation>
        </message>
        <message>
            <source>with {names}</source>
            <translation>同行：{names}</translation>
        </message>
        <message>
            <source>checked in {count} times, still open</source>
            <translation>登記進入 {count} 次，均未離開</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>無資料</translation>
        </message>
        <message>
            <source>Nothing was recorded in the previous month: there is nothing to compare with.</source>
            <translation>上月沒有任何記錄：無從比較。</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>注意</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>資訊</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>SLA breached</source>
            <translation>超出服務時限</translation>
        </message>
        <message>
            <source>Handover refused</source>
            <translation>交接被拒</translation>
        </message>
        <message>
            <source>Handover queried</source>
            <translation>交接有疑問</translation>
        </message>
        <message>
            <source>Watchlist hit</source>
            <translation>關注名單命中</translation>
        </message>
        <message>
            <source>Visitor overstay</source>
            <translation>訪客逾時</translation>
        </message>
        <message>
            <source>Key overdue</source>
            <translation>鑰匙逾期未還</translation>
        </message>
        <message>
            <source>Key lost</source>
            <translation>鑰匙遺失</translation>
        </message>
        <message>
            <source>Key count difference</source>
            <translation>鑰匙點算不符</translation>
        </message>
        <message>
            <source>Patrol checkpoint missed</source>
            <translation>巡邏漏點</translation>
        </message>
        <message>
            <source>Account locked</source>
            <translation>帳戶已鎖定</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>已登記進入</translation>
        </message>
        <message>
            <source>Checked out</source>
            <translation>已離開</translation>
        </message>
        <message>
            <source>Still on site</source>
            <translation>仍在場</translation>
        </message>
        <message>
            <source>Overstays</source>
            <translation>逾時</translation>
        </message>
        <message>
            <source>Watchlist hits</source>
            <translation>關注名單命中</translation>
        </message>
        <message>
            <source>Refused entry</source>
            <translation>拒絕進入</translation>
        </message>
        <message>
            <source>Expected visitors</source>
            <translation>預約訪客</translation>
        </message>
        <message>
            <source>Keys issued</source>
            <translation>借出鑰匙</translation>
        </message>
        <message>
            <source>Keys returned</source>
            <translation>歸還鑰匙</translation>
        </message>
        <message>
            <source>Keys out</source>
            <translation>未歸還鑰匙</translation>
        </message>
        <message>
            <source>Keys overdue</source>
            <translation>逾期鑰匙</translation>
        </message>
        <message>
            <source>Keys lost</source>
            <translation>遺失鑰匙</translation>
        </message>
        <message>
            <source>Key counts</source>
            <translation>鑰匙點算</translation>
        </message>
        <message>
            <source>Count differences</source>
            <translation>點算不符</translation>
        </message>
        <message>
            <source>New work orders</source>
            <translation>新工單</translation>
        </message>
        <message>
            <source>of which complaints</source>
            <translation>其中投訴</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已結案</translation>
        </message>
        <message>
            <source>Open at end of day</source>
            <translation>日終未完成</translation>
        </message>
        <message>
            <source>SLA breaches</source>
            <translation>超出時限</translation>
        </message>
        <message>
            <source>Return visits</source>
            <translation>回訪</translation>
        </message>
        <message>
            <source>Log entries</source>
            <translation>日誌記錄</translation>
        </message>
        <message>
            <source>Patrol rounds</source>
            <translation>巡邏次數</translation>
        </message>
        <message>
            <source>Checkpoints missed</source>
            <translation>漏巡點</translation>
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
            <translation>有疑問項目</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>審計記錄</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>處理中</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>暫停</translation>
        </message>
        <message>
            <source>Visitor volume</source>
            <translation>訪客量</translation>
        </message>
        <message>
            <source>Visitors per day (mean)</source>
            <translation>每日平均訪客</translation>
        </message>
        <message>
            <source>Repair and complaint requests</source>
            <translation>報修及投訴宗數</translation>
        </message>
        <message>
            <source>Response time</source>
            <translation>響應時間</translation>
        </message>
        <message>
            <source>Mean time to repair (MTTR)</source>
            <translation>平均修復時間</translation>
        </message>
        <message>
            <source>SLA compliance</source>
            <translation>服務時限達標率</translation>
        </message>
        <message>
            <source>Satisfaction score</source>
            <translation>滿意度評分</translation>
        </message>
        <message>
            <source>Complaint rate</source>
            <translation>投訴率</translation>
        </message>
        <message>
            <source>Reopen rate</source>
            <translation>重開率</translation>
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
            <translation>巡邏漏點</translation>
        </message>
        <message>
            <source>Key loans</source>
            <translation>鑰匙借用</translation>
        </message>
        <message>
            <source>Overdue keys</source>
            <translation>逾期鑰匙</translation>
        </message>
        <message>
            <source>Shifts worked</source>
            <translation>值班班次</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>訪客記錄</translation>
        </message>
        <message>
            <source>Work orders</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Duty log</source>
            <translation>值班日誌</translation>
        </message>
        <message>
            <source>Period: {start} – {end}</source>
            <translation>期間：{start} – {end}</translation>
        </message>
        <message>
            <source>Period: all records</source>
            <translation>期間：全部記錄</translation>
        </message>
        <message>
            <source>Exported by {name} at {time}</source>
            <translation>由 {name} 於 {time} 匯出</translation>
        </message>
        <message>
            <source>Filter: {text}</source>
            <translation>篩選：{text}</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>分鐘</translation>
        </message>
        <message>
            <source>Ended by</source>
            <translation>結束人</translation>
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
            <source>Borrower</source>
            <translation>借用人</translation>
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
            <source>ID checked</source>
            <translation>已核對證件</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>應還時間</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已歸還</translation>
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
        <message>
            <source>Staff</source>
            <translation>員工</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>住戶</translation>
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
            <translation>逾期歸還</translation>
        </message>
        <message>
            <source>Lost while out</source>
            <translation>借出期間遺失</translation>
        </message>
        <message>
            <source>End another operator's shift</source>
            <translation>結束他人的班次</translation>
        </message>
        <message>
            <source>Change this desk's settings</source>
            <translation>更改本崗位設定</translation>
        </message>
        <message>
            <source>Reject or cancel a work order</source>
            <translation>拒絕或取消工單</translation>
        </message>
        <message>
            <source>Record a return visit</source>
            <translation>記錄回訪</translation>
        </message>
        <message>
            <source>Reopen a work order</source>
            <translation>重開工單</translation>
        </message>
        <message>
            <source>Close a job whose resident could not be reached</source>
            <translation>結案（未能聯絡住戶）</translation>
        </message>
        <message>
            <source>Export a list to Excel</source>
            <translation>匯出清單至 Excel</translation>
        </message>
        <message>
            <source>Change patrol routes</source>
            <translation>更改巡邏路線</translation>
        </message>
        <message>
            <source>Change emergency contacts or plans</source>
            <translation>更改緊急聯絡人或應急預案</translation>
        </message>
        <message>
            <source>Close a stuck or refused handover</source>
            <translation>結束未完成或被拒絕的交接班</translation>
        </message>
        <message>
            <source>Lend a key to someone not authorised</source>
            <translation>借出鑰匙給未獲授權的人</translation>
        </message>
        <message>
            <source>Change the key inventory</source>
            <translation>更改鑰匙清單</translation>
        </message>
        <message>
            <source>Confirm a lost key</source>
            <translation>確認鑰匙遺失</translation>
        </message>
        <message>
            <source>Retire a key</source>
            <translation>停用鑰匙</translation>
        </message>
        <message>
            <source>Print the monthly report</source>
            <translation>列印月報</translation>
        </message>
        <message>
            <source>Unlock an operator</source>
            <translation>解鎖操作員</translation>
        </message>
    </context>
    <context>
        <name>ReportsCli</name>
        <message>
            <source>Report written: {path}</source>
            <translation>報表已寫入：{path}</translation>
        </message>
        <message>
            <source>'{value}' is not a date (YYYY-MM-DD).</source>
            <translation>「{value}」不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>'{value}' is not a month (YYYY-MM).</source>
            <translation>「{value}」不是月份（YYYY-MM）。</translation>
        </message>
        <message>
            <source>There is no desk called '{value}' at this site.</source>
            <translation>本場沒有名為「{value}」的崗位。</translation>
        </message>
        <message>
            <source>{rows} rows exported to {path}</source>
            <translation>已匯出 {rows} 行至 {path}</translation>
        </message>
        <message>
            <source>The list '{what}' is not kept at this site (its module is not installed).</source>
            <translation>本場沒有「{what}」清單（未安裝該模組）。</translation>
        </message>
        <message>
            <source>--to must not be before --from.</source>
            <translation>--to 不可早於 --from。</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports and exports</source>
            <translation>報表及匯出</translation>
        </message>
        <message>
            <source>Report (PDF)</source>
            <translation>報表（PDF）</translation>
        </message>
        <message>
            <source>Excel export</source>
            <translation>Excel 匯出</translation>
        </message>
        <message>
            <source>Daily report</source>
            <translation>日報</translation>
        </message>
        <message>
            <source>Muster list (everyone on site now)</source>
            <translation>緊急疏散名單（現時在場人員）</translation>
        </message>
        <message>
            <source>Monthly KPI report</source>
            <translation>月度績效報告</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>報表(&amp;R)</translation>
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
            <translation>崗位(&amp;K)</translation>
        </message>
        <message>
            <source>Whole site</source>
            <translation>全場</translation>
        </message>
        <message>
            <source>Preview (F5)</source>
            <translation>預覽 (F5)</translation>
        </message>
        <message>
            <source>Print… (Ctrl+P)</source>
            <translation>列印… (Ctrl+P)</translation>
        </message>
        <message>
            <source>Save PDF… (Ctrl+S)</source>
            <translation>儲存 PDF… (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>清單(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>由(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;To (included)</source>
            <translation>至（包括當日）(&amp;T)</translation>
        </message>
        <message>
            <source>D&amp;esk</source>
            <translation>崗位(&amp;E)</translation>
        </message>
        <message>
            <source>Export to Excel… (Ctrl+E)</source>
            <translation>匯出至 Excel… (Ctrl+E)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>取消 (Esc)</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>將報表儲存為 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>已儲存：{path}</translation>
        </message>
        <message>
            <source>Sent {pages} page(s) to {printer}.</source>
            <translation>已將 {pages} 頁送往 {printer}。</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>匯出至 Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 活頁簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>{rows} rows exported to {path}</source>
            <translation>已匯出 {rows} 行至 {path}</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>處理中…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was produced.</source>
            <translation>已取消：沒有產生任何檔案。</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>還原備份</translation>
        </message>
        <message>
            <source>Backups in {folder}. Choose one and read what it holds. The current database is kept aside; Gatehouse closes after the restore.</source>
            <translation>備份位於 {folder}。請選擇一份並查看其內容。目前的資料庫會另行保留；還原後門崗值守台會關閉。</translation>
        </message>
        <message>
            <source>Replace the current database with this backup</source>
            <translation>以此備份取代目前的資料庫</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>還原</translation>
        </message>
        <message>
            <source>There is no backup in this folder.</source>
            <translation>此資料夾內沒有備份。</translation>
        </message>
        <message>
            <source>Made: {when}</source>
            <translation>建立於：{when}</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>檔案：{name}</translation>
        </message>
        <message>
            <source>Schema: {versions}</source>
            <translation>資料結構版本：{versions}</translation>
        </message>
        <message>
            <source>Audit entries: {count}, head {head}</source>
            <translation>稽核紀錄：{count} 筆，鏈頭 {head}</translation>
        </message>
        <message>
            <source>Database {database}, compressed {archive}</source>
            <translation>資料庫 {database}，壓縮後 {archive}</translation>
        </message>
        <message>
            <source>{what}: {count}</source>
            <translation>{what}：{count}</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>訪客登記</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>訪客</translation>
        </message>
        <message>
            <source>Key loans</source>
            <translation>鑰匙借出</translation>
        </message>
        <message>
            <source>Work orders</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Log entries</source>
            <translation>值班日誌</translation>
        </message>
        <message>
            <source>Handovers</source>
            <translation>交接班</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>操作員</translation>
        </message>
        <message>
            <source>Restored from {backup}. The replaced database was kept as {kept}. Gatehouse closes now.</source>
            <translation>已從 {backup} 還原。被取代的資料庫保留為 {kept}。門崗值守台現在關閉。</translation>
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
        <name>RoundTableModel</name>
        <message>
            <source>No.</source>
            <translation>序號</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>巡邏點</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>到達</translation>
        </message>
        <message>
            <source>Anomaly</source>
            <translation>異常</translation>
        </message>
        <message>
            <source>scanned</source>
            <translation>掃描</translation>
        </message>
        <message>
            <source>ticked</source>
            <translation>勾選</translation>
        </message>
    </context>
    <context>
        <name>SecurityCli</name>
        <message>
            <source>{seals} sealed days verify; the chain holds everything the highest anchor ({anchor}) names.</source>
            <translation>{seals} 個已封存的日子驗證無誤；稽核鏈包含最高錨點（{anchor}）所記載的全部紀錄。</translation>
        </message>
        <message>
            <source>No anchor outside the database was found: entries cut from the end since the last sealed day would not show.</source>
            <translation>找不到資料庫以外的錨點：最後一個封存日之後從尾端刪去的紀錄將無法察覺。</translation>
        </message>
        <message>
            <source>Audit chain CUT SHORT: the last {missing} entries are missing since {since} (the chain ends at entry {last}).</source>
            <translation>稽核鏈被截短：自 {since} 起最後 {missing} 筆紀錄不見了（稽核鏈止於第 {last} 筆）。</translation>
        </message>
        <message>
            <source>Audit chain RE-FORGED: the seal of {day} does not verify; entries up to that day were rewritten or the seals replaced.</source>
            <translation>稽核鏈被偽造：{day} 的封存驗證失敗；該日或之前的紀錄被改寫，或封存被替換。</translation>
        </message>
        <message>
            <source>Audit chain REWRITTEN: entry {seq} differs from the anchor kept outside the database.</source>
            <translation>稽核鏈被改寫：第 {seq} 筆與資料庫以外保存的錨點不符。</translation>
        </message>
        <message>
            <source>Audit chain BROKEN: its head row (audit_head) was deleted from the database.</source>
            <translation>稽核鏈損壞：資料庫中的鏈頭紀錄（audit_head）已被刪除。</translation>
        </message>
        <message>
            <source>Audit anchor {anchor} written to {path}.</source>
            <translation>稽核錨點 {anchor} 已寫入 {path}。</translation>
        </message>
        <message>
            <source>Passphrase for the key file: </source>
            <translation>金鑰檔的通行短語：</translation>
        </message>
        <message>
            <source>The same passphrase again: </source>
            <translation>請再輸入一次通行短語：</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>兩次輸入的內容不同。</translation>
        </message>
        <message>
            <source>The passphrase must have at least {min} characters.</source>
            <translation>通行短語至少要有 {min} 個字元。</translation>
        </message>
        <message>
            <source>Wrong passphrase, or the key file was altered: nothing was imported.</source>
            <translation>通行短語錯誤，或金鑰檔已被改動：沒有匯入任何內容。</translation>
        </message>
        <message>
            <source>Site key written to {path}, encrypted with your passphrase (owner-only file). Keep both apart.</source>
            <translation>場所金鑰已寫入 {path}，以你的通行短語加密（僅擁有者可讀）。請將檔案與通行短語分開保管。</translation>
        </message>
        <message>
            <source>Password for {user}: </source>
            <translation>{user} 的密碼：</translation>
        </message>
        <message>
            <source>This command reads personal data or changes the database: give --user NAME (with --password-file F, or type the password when asked).</source>
            <translation>此指令會讀取個人資料或更改資料庫：請加上 --user 使用者名稱（並用 --password-file 檔案，或在提示時輸入密碼）。</translation>
        </message>
        <message>
            <source>{user} ({role}) may not run this command; it needs: {roles}.</source>
            <translation>{user}（{role}）不可執行此指令；需要以下角色之一：{roles}。</translation>
        </message>
        <message>
            <source>Sign-in as {user} refused: {why}</source>
            <translation>以 {user} 登入被拒：{why}</translation>
        </message>
        <message>
            <source>New password set for {user}; the account is unlocked. The recovery is in the audit log.</source>
            <translation>已為 {user} 設定新密碼，帳戶已解鎖。這次復原已記入稽核紀錄。</translation>
        </message>
        <message>
            <source>That key file is not this site's key: nothing was changed.</source>
            <translation>該金鑰檔不是本場所的金鑰：沒有作出任何更改。</translation>
        </message>
    </context>
    <context>
        <name>SecurityWords</name>
        <message>
            <source>Scheduled tasks</source>
            <translation>排程工作</translation>
        </message>
        <message>
            <source>This account has been locked by a supervisor. A supervisor can unlock it.</source>
            <translation>此帳戶已被主管鎖定，可由主管解鎖。</translation>
        </message>
        <message>
            <source>This account runs scheduled tasks only; it cannot sign in at a desk.</source>
            <translation>此帳戶只用於排程工作，不能在值班台登入。</translation>
        </message>
        <message>
            <source>Repeated failed sign-ins</source>
            <translation>多次登入失敗</translation>
        </message>
        <message>
            <source>{name}: {count} failed sign-ins since yesterday, the last at {time} ({desk}). Someone may be guessing this account's password or PIN.</source>
            <translation>{name}：昨天至今登入失敗 {count} 次，最後一次在 {time}（{desk}）。可能有人在猜此帳戶的密碼或 PIN。</translation>
        </message>
        <message>
            <source>command line</source>
            <translation>命令列</translation>
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
        <name>Severity</name>
        <message>
            <source>Urgent</source>
            <translation>緊急</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>注意</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>資訊</translation>
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
            <source>&amp;End shift: hand over</source>
            <translation>結束當班：交班(&amp;E)</translation>
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
            <source>Shift ended by a supervisor's approval; the handover is recorded.</source>
            <translation>班次已經班長批准結束，交班已記錄。</translation>
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
        <name>UnitPicker</name>
        <message>
            <source>Unit, e.g. A12A</source>
            <translation>單位，例如 A12A</translation>
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
            <source>amended</source>
            <translation>已更正</translation>
        </message>
        <message>
            <source>Show a visitor's full ID number</source>
            <translation>顯示訪客完整證件號碼</translation>
        </message>
        <message>
            <source>Let a visitor in without the ID check</source>
            <translation>未核對證件放行訪客</translation>
        </message>
        <message>
            <source>Let in a visitor on the watchlist</source>
            <translation>放行關注名單上的訪客</translation>
        </message>
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
            <source>{count} visits exported to {path}.</source>
            <translation>已匯出 {count} 次到訪至 {path}。</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>已取消匯出，沒有寫入檔案。</translation>
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
            <source>Already on site</source>
            <translation>已在場</translation>
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
            <source>Already on site: checked in at {time} (slip {code}) and not checked out.</source>
            <translation>此人已在場：{time} 登記進入（登記編號 {code}），尚未登記離開。</translation>
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
        <name>WindowTableModel</name>
        <message>
            <source>Due</source>
            <translation>應巡</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>路線</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>巡邏點</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀況</translation>
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
            <translation>暫停 {number}</translation>
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
            <translation>回訪 {number}</translation>
        </message>
        <message>
            <source>Close {number} without reaching the reporter</source>
            <translation>未能聯絡報修人，結案 {number}</translation>
        </message>
        <message>
            <source>Reopen {number}</source>
            <translation>重開 {number}</translation>
        </message>
        <message>
            <source>Note on {number}</source>
            <translation>{number} 的備註</translation>
        </message>
        <message>
            <source>The SLA clocks stop while the job waits, and run again when it resumes.</source>
            <translation>暫停期間時限停止計算，恢復處理後繼續計時。</translation>
        </message>
        <message>
            <source>Ask: how satisfied are you with how we handled it? A dissatisfied answer needs a comment.</source>
            <translation>請問：您對這次處理滿意嗎？如不滿意，請記下意見。</translation>
        </message>
        <message>
            <source>A new work order is created and linked to this one. Say what is still wrong.</source>
            <translation>將建立一張新工單並連結到此工單。請說明仍有甚麼問題。</translation>
        </message>
        <message>
            <source>&amp;Technician or contractor</source>
            <translation>維修人員或承辦商(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Answer</source>
            <translation>回覆(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>備註(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Comment</source>
            <translation>意見(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;What is still wrong</source>
            <translation>仍有甚麼問題(&amp;W)</translation>
        </message>
        <message>
            <source>Not reached: call again later</source>
            <translation>未能聯絡：稍後再致電</translation>
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
            <translation>開始維修(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Hold…</source>
            <translation>暫停(&amp;H)…</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>恢復處理(&amp;U)</translation>
        </message>
        <message>
            <source>D&amp;one…</source>
            <translation>完工(&amp;O)…</translation>
        </message>
        <message>
            <source>Return &amp;visit…</source>
            <translation>回訪(&amp;V)…</translation>
        </message>
        <message>
            <source>Close unreached…</source>
            <translation>未能聯絡，結案…</translation>
        </message>
        <message>
            <source>Re&amp;open…</source>
            <translation>重開(&amp;O)…</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>不受理(&amp;J)…</translation>
        </message>
        <message>
            <source>&amp;Cancel job…</source>
            <translation>取消工單(&amp;C)…</translation>
        </message>
        <message>
            <source>Add &amp;note…</source>
            <translation>加備註(&amp;N)…</translation>
        </message>
        <message>
            <source>Print A4</source>
            <translation>列印 A4</translation>
        </message>
        <message>
            <source>Print A5</source>
            <translation>列印 A5</translation>
        </message>
        <message>
            <source>Print slip</source>
            <translation>列印小票</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>處理紀錄</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>Choose a work order in the list to see its details and timeline.</source>
            <translation>在列表中選擇一張工單，查看詳情及處理紀錄。</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>報修人</translation>
        </message>
        <message>
            <source>Unit / location</source>
            <translation>單位 / 位置</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>報修</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>維修人員</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>滿意度</translation>
        </message>
        <message>
            <source>Reopens</source>
            <translation>重開自</translation>
        </message>
        <message>
            <source>Reopened as</source>
            <translation>已重開為</translation>
        </message>
        <message>
            <source>Made from</source>
            <translation>來源</translation>
        </message>
        <message>
            <source>Incident {number}</source>
            <translation>事件 {number}</translation>
        </message>
        <message>
            <source>Duty-log entry</source>
            <translation>值班記錄</translation>
        </message>
        <message>
            <source>respond</source>
            <translation>響應</translation>
        </message>
        <message>
            <source>fix</source>
            <translation>修復</translation>
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
            <translation>由事件 {number} 轉為工單</translation>
        </message>
        <message>
            <source>Work order from the duty-log entry of {time}</source>
            <translation>由 {time} 的值班記錄轉為工單</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>取消（Esc）</translation>
        </message>
        <message>
            <source>Files carried &amp;over (untick a file to leave it out)</source>
            <translation>一併帶入的檔案(&amp;O)（取消勾選即不帶入）</translation>
        </message>
        <message>
            <source>Already turned into work order {numbers}. Saving makes another one.</source>
            <translation>已轉為工單 {numbers}。再儲存會另建一張工單。</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderQueueModel</name>
        <message>
            <source>Due in</source>
            <translation>剩餘時間</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>工單號</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>緩急</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Unit / location</source>
            <translation>單位 / 位置</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>報修人</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>維修人員</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>報修時間</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Muster list (F12)</source>
            <translation>緊急疏散名單 (F12)</translation>
        </message>
        <message>
            <source>Print everyone on site now, for an evacuation</source>
            <translation>列印現時所有在場人員，供緊急疏散點名</translation>
        </message>
        <message>
            <source>There is no record to open for this item.</source>
            <translation>此項目沒有可開啟的記錄。</translation>
        </message>
        <message>
            <source>{record} could not be found.</source>
            <translation>找不到 {record}。</translation>
        </message>
        <message>
            <source>That record could not be found.</source>
            <translation>找不到該記錄。</translation>
        </message>
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
