<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Gatehouse</source>
            <translation>About Gatehouse</translation>
        </message>
        <message>
            <source>Gatehouse</source>
            <translation>Gatehouse</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>Data folder: {folder}</translation>
        </message>
        <message>
            <source>Fonts and libraries shipped with Gatehouse, and their licences</source>
            <translation>Fonts and libraries shipped with Gatehouse, and their licences</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Component</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>Licence text</translation>
        </message>
        <message>
            <source>{name} is used under the {licence} licence; its full text is published with its source.</source>
            <translation>{name} is used under the {licence} licence; its full text is published with its source.</translation>
        </message>
    </context>
    <context>
        <name>AboutSection</name>
        <message>
            <source>About Gatehouse</source>
            <translation>About Gatehouse</translation>
        </message>
        <message>
            <source>Version {version}. Data folder: {folder}</source>
            <translation>Version {version}. Data folder: {folder}</translation>
        </message>
        <message>
            <source>About, licences… (Ctrl+F1)</source>
            <translation>About, licences… (Ctrl+F1)</translation>
        </message>
    </context>
    <context>
        <name>AccountSection</name>
        <message>
            <source>My account</source>
            <translation>My account</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Current password</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>New password again</translation>
        </message>
        <message>
            <source>New PIN (4–6 digits)</source>
            <translation>New PIN (4–6 digits)</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>New PIN again</translation>
        </message>
        <message>
            <source>Change my password</source>
            <translation>Change my password</translation>
        </message>
        <message>
            <source>Change my PIN</source>
            <translation>Change my PIN</translation>
        </message>
        <message>
            <source>Password changed.</source>
            <translation>Password changed.</translation>
        </message>
        <message>
            <source>PIN changed.</source>
            <translation>PIN changed.</translation>
        </message>
    </context>
    <context>
        <name>AlertsPanel</name>
        <message>
            <source>Alerts</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <source>Nothing needs attention.</source>
            <translation>Nothing needs attention.</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Clear all</translation>
        </message>
        <message>
            <source>Click, or press Enter, to open it</source>
            <translation>Click, or press Enter, to open it</translation>
        </message>
        <message>
            <source>Click, or press Enter, to go to its page</source>
            <translation>Click, or press Enter, to go to its page</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend a log entry</source>
            <translation>Amend a log entry</translation>
        </message>
        <message>
            <source>Now reads</source>
            <translation>Now reads</translation>
        </message>
        <message>
            <source>&amp;Corrected text</source>
            <translation>&amp;Corrected text</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Why</translation>
        </message>
        <message>
            <source>Add photos / &amp;files</source>
            <translation>Add photos / &amp;files</translation>
        </message>
        <message>
            <source>Files (kept)</source>
            <translation>Files (kept)</translation>
        </message>
        <message>
            <source>Amend visit {code}</source>
            <translation>Amend visit {code}</translation>
        </message>
        <message>
            <source>&amp;Reason for the amendment *</source>
            <translation>&amp;Reason for the amendment *</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Gatehouse is already open on this PC. Its window was brought to the front.</source>
            <translation>Gatehouse is already open on this PC. Its window was brought to the front.</translation>
        </message>
        <message>
            <source>Gatehouse</source>
            <translation>Gatehouse</translation>
        </message>
        <message>
            <source>Gatehouse cannot use its data folder {where}. Check that the disk is present and writable.</source>
            <translation>Gatehouse cannot use its data folder {where}. Check that the disk is present and writable.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentList</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Show the chosen file in this PC's viewer (Enter)</source>
            <translation>Show the chosen file in this PC's viewer (Enter)</translation>
        </message>
        <message>
            <source>{name} ({size})</source>
            <translation>{name} ({size})</translation>
        </message>
        <message>
            <source>No program on this PC opens {name}. A copy is at {path}.</source>
            <translation>No program on this PC opens {name}. A copy is at {path}.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentPicker</name>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Attach photos or files (up to the size set in Settings)</source>
            <translation>Attach photos or files (up to the size set in Settings)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Attach photos or files</source>
            <translation>Attach photos or files</translation>
        </message>
    </context>
    <context>
        <name>AuthorisationsDialog</name>
        <message>
            <source>Who may borrow this key</source>
            <translation>Who may borrow this key</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nobody</translation>
        </message>
        <message>
            <source>Every {kinds} may borrow {class_name} keys. Anyone else must be named here.</source>
            <translation>Every {kinds} may borrow {class_name} keys. Anyone else must be named here.</translation>
        </message>
        <message>
            <source>Named</source>
            <translation>Named</translation>
        </message>
        <message>
            <source>&amp;Add a person</source>
            <translation>&amp;Add a person</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>this key only (&amp;K)</source>
            <translation>this key only (&amp;K)</translation>
        </message>
        <message>
            <source>every {class_name} key (&amp;E)</source>
            <translation>every {class_name} key (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Withdraw the chosen permission</source>
            <translation>&amp;Withdraw the chosen permission</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>this key</source>
            <translation>this key</translation>
        </message>
        <message>
            <source>the whole class</source>
            <translation>the whole class</translation>
        </message>
    </context>
    <context>
        <name>BackupCli</name>
        <message>
            <source>Backup written, verified and compressed: {path} ({size} bytes), with its manifest.</source>
            <translation>Backup written, verified and compressed: {path} ({size} bytes), with its manifest.</translation>
        </message>
        <message>
            <source>Running pg_dump (custom format)…</source>
            <translation>Running pg_dump (custom format)…</translation>
        </message>
        <message>
            <source>PostgreSQL backup written by pg_dump: {path}</source>
            <translation>PostgreSQL backup written by pg_dump: {path}</translation>
        </message>
        <message>
            <source>Restore drill passed: {backup} restored to a temporary folder, {entries} audit entries.</source>
            <translation>Restore drill passed: {backup} restored to a temporary folder, {entries} audit entries.</translation>
        </message>
        <message>
            <source>Restore drill FAILED for {backup}: {problem}</source>
            <translation>Restore drill FAILED for {backup}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>BackupError</name>
        <message>
            <source>{path} is the database in use: a backup must go to another file.</source>
            <translation>{path} is the database in use: a backup must go to another file.</translation>
        </message>
        <message>
            <source>{path} is a system folder that keeps no files: choose a folder on a disk.</source>
            <translation>{path} is a system folder that keeps no files: choose a folder on a disk.</translation>
        </message>
        <message>
            <source>pg_dump was not found: install the PostgreSQL client tools (or back the server up there).</source>
            <translation>pg_dump was not found: install the PostgreSQL client tools (or back the server up there).</translation>
        </message>
        <message>
            <source>pg_dump failed: {detail}</source>
            <translation>pg_dump failed: {detail}</translation>
        </message>
        <message>
            <source>Automatic backups copy the SQLite file; back a PostgreSQL server up with pg_dump.</source>
            <translation>Automatic backups copy the SQLite file; back a PostgreSQL server up with pg_dump.</translation>
        </message>
        <message>
            <source>{path} is open in {who}: close it there first, then restore.</source>
            <translation>{path} is open in {who}: close it there first, then restore.</translation>
        </message>
        <message>
            <source>{path} is a backup of another site; it was not restored.</source>
            <translation>{path} is a backup of another site; it was not restored.</translation>
        </message>
        <message>
            <source>The copy of {path} failed its check; no backup was kept. Run gatehouse check.</source>
            <translation>The copy of {path} failed its check; no backup was kept. Run gatehouse check.</translation>
        </message>
    </context>
    <context>
        <name>BackupPanel</name>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>Restore a backup…</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backup written and verified: {name}</source>
            <translation>Backup written and verified: {name}</translation>
        </message>
        <message>
            <source>The backup could not be written: {problem}</source>
            <translation>The backup could not be written: {problem}</translation>
        </message>
    </context>
    <context>
        <name>BackupStatus</name>
        <message>
            <source>Backup folder missing: {folder}</source>
            <translation>Backup folder missing: {folder}</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>No backup yet</translation>
        </message>
        <message>
            <source>Last backup {days} days ago ({when})</source>
            <translation>Last backup {days} days ago ({when})</translation>
        </message>
        <message>
            <source>Last backup {when}</source>
            <translation>Last backup {when}</translation>
        </message>
        <message>
            <source>Backup folder missing</source>
            <translation>Backup folder missing</translation>
        </message>
        <message>
            <source>Backup {days} days old</source>
            <translation>Backup {days} days old</translation>
        </message>
        <message>
            <source>Restore drill: not yet run</source>
            <translation>Restore drill: not yet run</translation>
        </message>
        <message>
            <source>Restore drill {when}: passed ({backup})</source>
            <translation>Restore drill {when}: passed ({backup})</translation>
        </message>
        <message>
            <source>Restore drill {when}: FAILED ({problem})</source>
            <translation>Restore drill {when}: FAILED ({problem})</translation>
        </message>
        <message>
            <source>The database failed its check ({problem}). Keep working only if you must; a supervisor should restore the latest backup (Home → Backups → Restore a backup).</source>
            <translation>The database failed its check ({problem}). Keep working only if you must; a supervisor should restore the latest backup (Home → Backups → Restore a backup).</translation>
        </message>
        <message>
            <source>The database is on a network drive ({where}): records can be lost when the network drops. Move the data folder to this PC's own disk.</source>
            <translation>The database is on a network drive ({where}): records can be lost when the network drops. Move the data folder to this PC's own disk.</translation>
        </message>
        <message>
            <source>The database is on a removable drive ({where}): records are lost if it is pulled out. Move the data folder to this PC's own disk (backups may go to the stick).</source>
            <translation>The database is on a removable drive ({where}): records are lost if it is pulled out. Move the data folder to this PC's own disk (backups may go to the stick).</translation>
        </message>
    </context>
    <context>
        <name>BorrowerPicker</name>
        <message>
            <source>Name (e.g. 警員 3721)</source>
            <translation>Name (e.g. 警員 3721)</translation>
        </message>
        <message>
            <source>From (company, police station…)</source>
            <translation>From (company, police station…)</translation>
        </message>
        <message>
            <source>Type a name, or phone digits, then Enter</source>
            <translation>Type a name, or phone digits, then Enter</translation>
        </message>
    </context>
    <context>
        <name>CheckInFlow</name>
        <message>
            <source>Check the marked fields. If they are right as typed, press "Save anyway".</source>
            <translation>Check the marked fields. If they are right as typed, press "Save anyway".</translation>
        </message>
        <message>
            <source>Watchlist: {name} ({decision})</source>
            <translation>Watchlist: {name} ({decision})</translation>
        </message>
    </context>
    <context>
        <name>CheckInForm</name>
        <message>
            <source>Returning visitor? Type a name, pinyin, phone digits or plate (F2)</source>
            <translation>Returning visitor? Type a name, pinyin, phone digits or plate (F2)</translation>
        </message>
        <message>
            <source>e.g. 陳大, zs, 4567, B123</source>
            <translation>e.g. 陳大, zs, 4567, B123</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Name *</translation>
        </message>
        <message>
            <source>&amp;Type *</source>
            <translation>&amp;Type *</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Unit</translation>
        </message>
        <message>
            <source>&amp;Resident</source>
            <translation>&amp;Resident</translation>
        </message>
        <message>
            <source>Pu&amp;rpose</source>
            <translation>Pu&amp;rpose</translation>
        </message>
        <message>
            <source>P&amp;late</source>
            <translation>P&amp;late</translation>
        </message>
        <message>
            <source>&amp;ID</source>
            <translation>&amp;ID</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>&amp;Company</translation>
        </message>
        <message>
            <source>I&amp;tems carried</source>
            <translation>I&amp;tems carried</translation>
        </message>
        <message>
            <source>&amp;Leave by</source>
            <translation>&amp;Leave by</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <source>With</source>
            <translation>With</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Pass</translation>
        </message>
        <message>
            <source>Building and unit, e.g. A12A</source>
            <translation>Building and unit, e.g. A12A</translation>
        </message>
        <message>
            <source>Use the ID on file</source>
            <translation>Use the ID on file</translation>
        </message>
        <message>
            <source>Check &amp;in (Ctrl+Enter)</source>
            <translation>Check &amp;in (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Clear form</source>
            <translation>Clear form</translation>
        </message>
        <message>
            <source>Save &amp;anyway</source>
            <translation>Save &amp;anyway</translation>
        </message>
        <message>
            <source>Supervisor &amp;override of the ID check…</source>
            <translation>Supervisor &amp;override of the ID check…</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>last {date}, {count} visits</source>
            <translation>last {date}, {count} visits</translation>
        </message>
        <message>
            <source>{text}  (on site now)</source>
            <translation>{text}  (on site now)</translation>
        </message>
        <message>
            <source>Use the ID on file ({masked})</source>
            <translation>Use the ID on file ({masked})</translation>
        </message>
        <message>
            <source>Returning visitor: {name}. Check the details, then press Enter.</source>
            <translation>Returning visitor: {name}. Check the details, then press Enter.</translation>
        </message>
        <message>
            <source>Expected visitor: {name}. Complete the details, then press Enter.</source>
            <translation>Expected visitor: {name}. Complete the details, then press Enter.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Interrupted; nothing more was done.</source>
            <translation>Interrupted; nothing more was done.</translation>
        </message>
        <message>
            <source>{path} is too large to be a password file.</source>
            <translation>{path} is too large to be a password file.</translation>
        </message>
        <message>
            <source>{path} is not a UTF-8 text file.</source>
            <translation>{path} is not a UTF-8 text file.</translation>
        </message>
        <message>
            <source>Unknown desk kind '{value}': use booth or reception.</source>
            <translation>Unknown desk kind '{value}': use booth or reception.</translation>
        </message>
        <message>
            <source>Main gate</source>
            <translation>Main gate</translation>
        </message>
        <message>
            <source>Reception</source>
            <translation>Reception</translation>
        </message>
        <message>
            <source>Site '{site}' created in {database}.</source>
            <translation>Site '{site}' created in {database}.</translation>
        </message>
        <message>
            <source>Schema: {state} (this program: {heads})</source>
            <translation>Schema: {state} (this program: {heads})</translation>
        </message>
        <message>
            <source>Integrity check: ok</source>
            <translation>Integrity check: ok</translation>
        </message>
        <message>
            <source>Integrity check FAILED ({count} problems), first: {first}</source>
            <translation>Integrity check FAILED ({count} problems), first: {first}</translation>
        </message>
        <message>
            <source>No site yet: run gatehouse init or start the program.</source>
            <translation>No site yet: run gatehouse init or start the program.</translation>
        </message>
        <message>
            <source>Site key: present ({fingerprint})</source>
            <translation>Site key: present ({fingerprint})</translation>
        </message>
        <message>
            <source>Site key: MISSING ({fingerprint}); import it with gatehouse keys import FILE</source>
            <translation>Site key: MISSING ({fingerprint}); import it with gatehouse keys import FILE</translation>
        </message>
        <message>
            <source>Backup and restore work on the SQLite file; back a PostgreSQL server up with pg_dump.</source>
            <translation>Backup and restore work on the SQLite file; back a PostgreSQL server up with pg_dump.</translation>
        </message>
        <message>
            <source>Backup written and verified: {path}</source>
            <translation>Backup written and verified: {path}</translation>
        </message>
        <message>
            <source>Gatehouse is running on this data directory (process {pid}); close it first.</source>
            <translation>Gatehouse is running on this data directory (process {pid}); close it first.</translation>
        </message>
        <message>
            <source>Database restored into {path}; the replaced file was kept as {kept}.</source>
            <translation>Database restored into {path}; the replaced file was kept as {kept}.</translation>
        </message>
        <message>
            <source>Audit chain intact: {entries} entries, head {head}.</source>
            <translation>Audit chain intact: {entries} entries, head {head}.</translation>
        </message>
        <message>
            <source>Audit chain BROKEN at entry {seq}: the entry was altered.</source>
            <translation>Audit chain BROKEN at entry {seq}: the entry was altered.</translation>
        </message>
        <message>
            <source>Audit chain BROKEN at entry {seq}: an entry before it was removed or moved.</source>
            <translation>Audit chain BROKEN at entry {seq}: an entry before it was removed or moved.</translation>
        </message>
        <message>
            <source>Audit chain BROKEN at entry {seq}: the entry is missing.</source>
            <translation>Audit chain BROKEN at entry {seq}: the entry is missing.</translation>
        </message>
        <message>
            <source>Audit chain BROKEN at entry {seq}: it and any after it were removed from the end.</source>
            <translation>Audit chain BROKEN at entry {seq}: it and any after it were removed from the end.</translation>
        </message>
        <message>
            <source>Site key written to {path}. Keep it safe: it unlocks ID numbers.</source>
            <translation>Site key written to {path}. Keep it safe: it unlocks ID numbers.</translation>
        </message>
        <message>
            <source>Site key {fingerprint} installed on this PC.</source>
            <translation>Site key {fingerprint} installed on this PC.</translation>
        </message>
        <message>
            <source>--visits must be between 0 and {max}.</source>
            <translation>--visits must be between 0 and {max}.</translation>
        </message>
        <message>
            <source>--days must be between 1 and {max}.</source>
            <translation>--days must be between 1 and {max}.</translation>
        </message>
        <message>
            <source>--until '{value}' is not a date (YYYY-MM-DD).</source>
            <translation>--until '{value}' is not a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Demo site '{site}' created in {seconds} s.</source>
            <translation>Demo site '{site}' created in {seconds} s.</translation>
        </message>
        <message>
            <source>Demo accounts (user name, name, role, password, PIN) — for trying only:</source>
            <translation>Demo accounts (user name, name, role, password, PIN) — for trying only:</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>CountTableModel</name>
        <message>
            <source>Seen</source>
            <translation>Seen</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>scanned</source>
            <translation>scanned</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Gatehouse: unexpected error</source>
            <translation>Gatehouse: unexpected error</translation>
        </message>
        <message>
            <source>(the crash log could not be written)</source>
            <translation>(the crash log could not be written)</translation>
        </message>
        <message>
            <source>Something went wrong inside Gatehouse. What you saved before is safe.

Please give this file to your administrator:
{path}</source>
            <translation>Something went wrong inside Gatehouse. What you saved before is safe.

Please give this file to your administrator:
{path}</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
    </context>
    <context>
        <name>DepositDialog</name>
        <message>
            <source>Resident's key deposited</source>
            <translation>Resident's key deposited</translation>
        </message>
        <message>
            <source>The owner leaves a key with the management. Ask who else may collect it, with phones.</source>
            <translation>The owner leaves a key with the management. Ask who else may collect it, with phones.</translation>
        </message>
        <message>
            <source>Deposited key</source>
            <translation>Deposited key</translation>
        </message>
        <message>
            <source>{tag} {label}: deposited by {name} ({unit}). Change who may collect it at the depositor's word.</source>
            <translation>{tag} {label}: deposited by {name} ({unit}). Change who may collect it at the depositor's word.</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Unit</translation>
        </message>
        <message>
            <source>&amp;Depositor</source>
            <translation>&amp;Depositor</translation>
        </message>
        <message>
            <source>&amp;Tag</source>
            <translation>&amp;Tag</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Cabinet &amp;position</source>
            <translation>Cabinet &amp;position</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Consent &amp;form no.</source>
            <translation>Consent &amp;form no.</translation>
        </message>
        <message>
            <source>Print &amp;receipt</source>
            <translation>Print &amp;receipt</translation>
        </message>
        <message>
            <source>The owner agrees to leave this key with the management (&amp;A)</source>
            <translation>The owner agrees to leave this key with the management (&amp;A)</translation>
        </message>
        <message>
            <source>May collect</source>
            <translation>May collect</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>A5 sheet</source>
            <translation>A5 sheet</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>Receipt printer</translation>
        </message>
        <message>
            <source>No receipt</source>
            <translation>No receipt</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>{unit} deposited key</source>
            <translation>{unit} deposited key</translation>
        </message>
    </context>
    <context>
        <name>DeskSection</name>
        <message>
            <source>This desk</source>
            <translation>This desk</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>&amp;Text size</translation>
        </message>
        <message>
            <source>Lock after &amp;idle minutes</source>
            <translation>Lock after &amp;idle minutes</translation>
        </message>
        <message>
            <source>A&amp;4 printer</source>
            <translation>A&amp;4 printer</translation>
        </message>
        <message>
            <source>&amp;Receipt printer</source>
            <translation>&amp;Receipt printer</translation>
        </message>
        <message>
            <source>Receipt &amp;width</source>
            <translation>Receipt &amp;width</translation>
        </message>
        <message>
            <source>Print &amp;without asking</source>
            <translation>Print &amp;without asking</translation>
        </message>
        <message>
            <source>No: show the print dialog</source>
            <translation>No: show the print dialog</translation>
        </message>
        <message>
            <source>Yes: print straight to the printer above</source>
            <translation>Yes: print straight to the printer above</translation>
        </message>
        <message>
            <source>System default printer</source>
            <translation>System default printer</translation>
        </message>
        <message>
            <source>&amp;Save desk settings</source>
            <translation>&amp;Save desk settings</translation>
        </message>
        <message>
            <source>Nothing to save: no setting was changed.</source>
            <translation>Nothing to save: no setting was changed.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>Site directory</source>
            <translation>Site directory</translation>
        </message>
        <message>
            <source>Name, phone digits, or unit (e.g. A12A)</source>
            <translation>Name, phone digits, or unit (e.g. A12A)</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Show switched-off people</source>
            <translation>Show switched-off people</translation>
        </message>
        <message>
            <source>&amp;Add person…</source>
            <translation>&amp;Add person…</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>&amp;Correct…</translation>
        </message>
        <message>
            <source>Switch &amp;off / on</source>
            <translation>Switch &amp;off / on</translation>
        </message>
        <message>
            <source>Add building / &amp;unit…</source>
            <translation>Add building / &amp;unit…</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Import from Excel…</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>&amp;Export to Excel…</translation>
        </message>
        <message>
            <source>Excel &amp;template…</source>
            <translation>Excel &amp;template…</translation>
        </message>
        <message>
            <source>{count} shown</source>
            <translation>{count} shown</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>{name} switched on.</source>
            <translation>{name} switched on.</translation>
        </message>
        <message>
            <source>{name} switched off.</source>
            <translation>{name} switched off.</translation>
        </message>
        <message>
            <source>Import the directory</source>
            <translation>Import the directory</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Imported: {people} people and {units} units added, {updated} people updated.</source>
            <translation>Imported: {people} people and {units} units added, {updated} people updated.</translation>
        </message>
        <message>
            <source>Export the directory</source>
            <translation>Export the directory</translation>
        </message>
        <message>
            <source>{count} rows written to {path}.</source>
            <translation>{count} rows written to {path}.</translation>
        </message>
        <message>
            <source>Save the directory template</source>
            <translation>Save the directory template</translation>
        </message>
    </context>
    <context>
        <name>DutyCli</name>
        <message>
            <source>No handover has been signed or closed yet.</source>
            <translation>No handover has been signed or closed yet.</translation>
        </message>
        <message>
            <source>No desk is called '{desk}'.</source>
            <translation>No desk is called '{desk}'.</translation>
        </message>
        <message>
            <source>Handover sheet written: {path} ({items} items).</source>
            <translation>Handover sheet written: {path} ({items} items).</translation>
        </message>
    </context>
    <context>
        <name>DutyExport</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>Written by</translation>
        </message>
        <message>
            <source>Written at</source>
            <translation>Written at</translation>
        </message>
        <message>
            <source>Pass on until</source>
            <translation>Pass on until</translation>
        </message>
        <message>
            <source>Amended at</source>
            <translation>Amended at</translation>
        </message>
        <message>
            <source>Amended by</source>
            <translation>Amended by</translation>
        </message>
        <message>
            <source>Reason for the amendment</source>
            <translation>Reason for the amendment</translation>
        </message>
        <message>
            <source>Original text</source>
            <translation>Original text</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Occurred at</source>
            <translation>Occurred at</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>People involved</source>
            <translation>People involved</translation>
        </message>
        <message>
            <source>Actions taken</source>
            <translation>Actions taken</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Closed at</source>
            <translation>Closed at</translation>
        </message>
        <message>
            <source>Police told at</source>
            <translation>Police told at</translation>
        </message>
        <message>
            <source>Fire services told at</source>
            <translation>Fire services told at</translation>
        </message>
        <message>
            <source>Ambulance called at</source>
            <translation>Ambulance called at</translation>
        </message>
        <message>
            <source>Supervisor told at</source>
            <translation>Supervisor told at</translation>
        </message>
        <message>
            <source>Resident told at</source>
            <translation>Resident told at</translation>
        </message>
        <message>
            <source>Management told at</source>
            <translation>Management told at</translation>
        </message>
        <message>
            <source>Others told at</source>
            <translation>Others told at</translation>
        </message>
        <message>
            <source>Compiled at</source>
            <translation>Compiled at</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Shift started</source>
            <translation>Shift started</translation>
        </message>
        <message>
            <source>Handed over by</source>
            <translation>Handed over by</translation>
        </message>
        <message>
            <source>Taken over by</source>
            <translation>Taken over by</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>Signed at</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Queried</source>
            <translation>Queried</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Closed by</source>
            <translation>Closed by</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>Reason for closing</translation>
        </message>
    </context>
    <context>
        <name>DutyLabels</name>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Patrol</source>
            <translation>Patrol</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incident</translation>
        </message>
        <message>
            <source>Instruction</source>
            <translation>Instruction</translation>
        </message>
        <message>
            <source>Equipment fault</source>
            <translation>Equipment fault</translation>
        </message>
        <message>
            <source>Drill</source>
            <translation>Drill</translation>
        </message>
        <message>
            <source>Gate checked, all normal</source>
            <translation>Gate checked, all normal</translation>
        </message>
        <message>
            <source>Car park patrolled, all normal</source>
            <translation>Car park patrolled, all normal</translation>
        </message>
        <message>
            <source>Delivery received for a resident</source>
            <translation>Delivery received for a resident</translation>
        </message>
        <message>
            <source>Lights not working</source>
            <translation>Lights not working</translation>
        </message>
        <message>
            <source>Fire drill held</source>
            <translation>Fire drill held</translation>
        </message>
        <message>
            <source>Noise complaint received</source>
            <translation>Noise complaint received</translation>
        </message>
        <message>
            <source>Fire alarm</source>
            <translation>Fire alarm</translation>
        </message>
        <message>
            <source>Theft</source>
            <translation>Theft</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>Dispute</translation>
        </message>
        <message>
            <source>Injury</source>
            <translation>Injury</translation>
        </message>
        <message>
            <source>Suspicious person</source>
            <translation>Suspicious person</translation>
        </message>
        <message>
            <source>Flooding</source>
            <translation>Flooding</translation>
        </message>
        <message>
            <source>Lift entrapment</source>
            <translation>Lift entrapment</translation>
        </message>
        <message>
            <source>Power failure</source>
            <translation>Power failure</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Following up</source>
            <translation>Following up</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Police</translation>
        </message>
        <message>
            <source>Fire services</source>
            <translation>Fire services</translation>
        </message>
        <message>
            <source>Ambulance</source>
            <translation>Ambulance</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Management office</source>
            <translation>Management office</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Visitor on site</source>
            <translation>Visitor on site</translation>
        </message>
        <message>
            <source>Visitor overstaying</source>
            <translation>Visitor overstaying</translation>
        </message>
        <message>
            <source>Key out</source>
            <translation>Key out</translation>
        </message>
        <message>
            <source>Key overdue</source>
            <translation>Key overdue</translation>
        </message>
        <message>
            <source>Key count of the shift</source>
            <translation>Key count of the shift</translation>
        </message>
        <message>
            <source>Key count difference</source>
            <translation>Key count difference</translation>
        </message>
        <message>
            <source>Open work order</source>
            <translation>Open work order</translation>
        </message>
        <message>
            <source>Work order at risk</source>
            <translation>Work order at risk</translation>
        </message>
        <message>
            <source>Work order overdue</source>
            <translation>Work order overdue</translation>
        </message>
        <message>
            <source>Open incident</source>
            <translation>Open incident</translation>
        </message>
        <message>
            <source>Missed checkpoint</source>
            <translation>Missed checkpoint</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Queried</source>
            <translation>Queried</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Being handed over</source>
            <translation>Being handed over</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Closed by supervisor</source>
            <translation>Closed by supervisor</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Missed rounds</source>
            <translation>Missed rounds</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Pass</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>Slip No.</source>
            <translation>Slip No.</translation>
        </message>
        <message>
            <source>Minutes late</source>
            <translation>Minutes late</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>Counted by</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>In place</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>Differences</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Key count done: no difference</source>
            <translation>Key count done: no difference</translation>
        </message>
        <message>
            <source>Key count done: differences listed below</source>
            <translation>Key count done: differences listed below</translation>
        </message>
        <message>
            <source>Key count not done this shift</source>
            <translation>Key count not done this shift</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>missing from the cabinet</source>
            <translation>missing from the cabinet</translation>
        </message>
        <message>
            <source>in the cabinet but not expected</source>
            <translation>in the cabinet but not expected</translation>
        </message>
    </context>
    <context>
        <name>DutyLogPage</name>
        <message>
            <source>Duty log</source>
            <translation>Duty log</translation>
        </message>
        <message>
            <source>A&amp;mend…</source>
            <translation>A&amp;mend…</translation>
        </message>
        <message>
            <source>To work order… (F8)</source>
            <translation>To work order… (F8)</translation>
        </message>
        <message>
            <source>Turn the chosen entry into a repair request, with its text and files</source>
            <translation>Turn the chosen entry into a repair request, with its text and files</translation>
        </message>
        <message>
            <source>Files of the chosen entry</source>
            <translation>Files of the chosen entry</translation>
        </message>
        <message>
            <source>Back to this shift</source>
            <translation>Back to this shift</translation>
        </message>
        <message>
            <source>Photos / &amp;files</source>
            <translation>Photos / &amp;files</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Time</translation>
        </message>
        <message>
            <source>now</source>
            <translation>now</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Location</translation>
        </message>
        <message>
            <source>&amp;What happened</source>
            <translation>&amp;What happened</translation>
        </message>
        <message>
            <source>Instruction</source>
            <translation>Instruction</translation>
        </message>
        <message>
            <source>Pass on to later shifts until</source>
            <translation>Pass on to later shifts until</translation>
        </message>
        <message>
            <source>&amp;Save (Ctrl+Enter)</source>
            <translation>&amp;Save (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Work order:</source>
            <translation>Work order:</translation>
        </message>
        <message>
            <source>This shift: {count} entries</source>
            <translation>This shift: {count} entries</translation>
        </message>
        <message>
            <source>{date}: {count} entries (not this shift)</source>
            <translation>{date}: {count} entries (not this shift)</translation>
        </message>
        <message>
            <source>{date} at another desk: {count} entries</source>
            <translation>{date} at another desk: {count} entries</translation>
        </message>
        <message>
            <source>Saved to the duty log.</source>
            <translation>Saved to the duty log.</translation>
        </message>
        <message>
            <source>Choose the entry to amend in the list first.</source>
            <translation>Choose the entry to amend in the list first.</translation>
        </message>
        <message>
            <source>Open work order {number}</source>
            <translation>Open work order {number}</translation>
        </message>
        <message>
            <source>Choose the entry to turn into a work order in the list first.</source>
            <translation>Choose the entry to turn into a work order in the list first.</translation>
        </message>
        <message>
            <source>Work order {number} saved from this entry.</source>
            <translation>Work order {number} saved from this entry.</translation>
        </message>
    </context>
    <context>
        <name>DutyText</name>
        <message>
            <source>No shift is open at this desk, so there is nothing to hand over.</source>
            <translation>No shift is open at this desk, so there is nothing to hand over.</translation>
        </message>
        <message>
            <source>This handover is already signed or closed.</source>
            <translation>This handover is already signed or closed.</translation>
        </message>
        <message>
            <source>{count} item(s) not acknowledged yet: the incoming guard must accept, query or refuse each one.</source>
            <translation>{count} item(s) not acknowledged yet: the incoming guard must accept, query or refuse each one.</translation>
        </message>
        <message>
            <source>Some items were acknowledged by another person: the incoming guard must go through them again.</source>
            <translation>Some items were acknowledged by another person: the incoming guard must go through them again.</translation>
        </message>
        <message>
            <source>This item is not an open query.</source>
            <translation>This item is not an open query.</translation>
        </message>
        <message>
            <source>A round of this route is already under way at this desk: finish it first.</source>
            <translation>A round of this route is already under way at this desk: finish it first.</translation>
        </message>
        <message>
            <source>This round is already finished.</source>
            <translation>This round is already finished.</translation>
        </message>
        <message>
            <source>Checkpoint {code} belongs to another route.</source>
            <translation>Checkpoint {code} belongs to another route.</translation>
        </message>
        <message>
            <source>Checkpoint {code} is already recorded in this round.</source>
            <translation>Checkpoint {code} is already recorded in this round.</translation>
        </message>
        <message>
            <source>Checkpoint {code} is no longer in use.</source>
            <translation>Checkpoint {code} is no longer in use.</translation>
        </message>
        <message>
            <source>This route is no longer in use.</source>
            <translation>This route is no longer in use.</translation>
        </message>
        <message>
            <source>A route has at most {max} checkpoints.</source>
            <translation>A route has at most {max} checkpoints.</translation>
        </message>
        <message>
            <source>The incident already has this status.</source>
            <translation>The incident already has this status.</translation>
        </message>
        <message>
            <source>The new value is the same as the old one.</source>
            <translation>The new value is the same as the old one.</translation>
        </message>
        <message>
            <source>At most {max} emergency contacts.</source>
            <translation>At most {max} emergency contacts.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Pass on until</source>
            <translation>Pass on until</translation>
        </message>
        <message>
            <source>Route code</source>
            <translation>Route code</translation>
        </message>
        <message>
            <source>Route name</source>
            <translation>Route name</translation>
        </message>
        <message>
            <source>Every (minutes)</source>
            <translation>Every (minutes)</translation>
        </message>
        <message>
            <source>On time within (minutes)</source>
            <translation>On time within (minutes)</translation>
        </message>
        <message>
            <source>Checkpoint code</source>
            <translation>Checkpoint code</translation>
        </message>
        <message>
            <source>Checkpoint name</source>
            <translation>Checkpoint name</translation>
        </message>
        <message>
            <source>Scanned code</source>
            <translation>Scanned code</translation>
        </message>
        <message>
            <source>Anomaly</source>
            <translation>Anomaly</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>People involved</source>
            <translation>People involved</translation>
        </message>
        <message>
            <source>Actions taken</source>
            <translation>Actions taken</translation>
        </message>
        <message>
            <source>Happened at</source>
            <translation>Happened at</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>Notified</translation>
        </message>
        <message>
            <source>Who exactly</source>
            <translation>Who exactly</translation>
        </message>
        <message>
            <source>Notified at</source>
            <translation>Notified at</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Handover note</source>
            <translation>Handover note</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Incoming guard</source>
            <translation>Incoming guard</translation>
        </message>
        <message>
            <source>Outgoing guard's PIN</source>
            <translation>Outgoing guard's PIN</translation>
        </message>
        <message>
            <source>Incoming guard's PIN</source>
            <translation>Incoming guard's PIN</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Incident categories</source>
            <translation>Incident categories</translation>
        </message>
        <message>
            <source>Quick-entry templates</source>
            <translation>Quick-entry templates</translation>
        </message>
        <message>
            <source>Cannot be in the future.</source>
            <translation>Cannot be in the future.</translation>
        </message>
        <message>
            <source>At most {hours} hours back.</source>
            <translation>At most {hours} hours back.</translation>
        </message>
        <message>
            <source>Must be later than now.</source>
            <translation>Must be later than now.</translation>
        </message>
        <message>
            <source>At most {days} days from now.</source>
            <translation>At most {days} days from now.</translation>
        </message>
        <message>
            <source>Only an instruction is passed on to later shifts.</source>
            <translation>Only an instruction is passed on to later shifts.</translation>
        </message>
        <message>
            <source>No checkpoint has the code {code}.</source>
            <translation>No checkpoint has the code {code}.</translation>
        </message>
        <message>
            <source>The incoming guard must be someone else than the outgoing guard.</source>
            <translation>The incoming guard must be someone else than the outgoing guard.</translation>
        </message>
        <message>
            <source>Wrong PIN. {left} tries left before the account locks.</source>
            <translation>Wrong PIN. {left} tries left before the account locks.</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>Wrong PIN.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: wait {seconds} seconds.</source>
            <translation>Too many wrong PINs: wait {seconds} seconds.</translation>
        </message>
        <message>
            <source>This account is locked. A supervisor can unlock it.</source>
            <translation>This account is locked. A supervisor can unlock it.</translation>
        </message>
        <message>
            <source>This account is disabled.</source>
            <translation>This account is disabled.</translation>
        </message>
    </context>
    <context>
        <name>EdgeCli</name>
        <message>
            <source>{path} is a folder; name the file that holds the secret.</source>
            <translation>{path} is a folder; name the file that holds the secret.</translation>
        </message>
        <message>
            <source>{path} cannot be read (permission).</source>
            <translation>{path} cannot be read (permission).</translation>
        </message>
        <message>
            <source>--data-dir {path} is a file; name a folder (it is created when missing).</source>
            <translation>--data-dir {path} is a file; name a folder (it is created when missing).</translation>
        </message>
        <message>
            <source>--data-dir {path} cannot be written (a read-only disk or folder); choose a writable folder.</source>
            <translation>--data-dir {path} cannot be written (a read-only disk or folder); choose a writable folder.</translation>
        </message>
        <message>
            <source>'{value}' is outside the days Gatehouse keeps ({first} to {last}).</source>
            <translation>'{value}' is outside the days Gatehouse keeps ({first} to {last}).</translation>
        </message>
    </context>
    <context>
        <name>EmergencyWindow</name>
        <message>
            <source>Emergency contacts and plans (F1)</source>
            <translation>Emergency contacts and plans (F1)</translation>
        </message>
        <message>
            <source>Emergency contacts</source>
            <translation>Emergency contacts</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Emergency plan for</source>
            <translation>Emergency plan for</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>Save plan</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>No plan written yet. A supervisor can write the steps here.</source>
            <translation>No plan written yet. A supervisor can write the steps here.</translation>
        </message>
        <message>
            <source>Emergency contacts saved.</source>
            <translation>Emergency contacts saved.</translation>
        </message>
        <message>
            <source>Emergency plan saved.</source>
            <translation>Emergency plan saved.</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <source>Required.</source>
            <translation>Required.</translation>
        </message>
        <message>
            <source>Too long: at most {max} characters (now {length}).</source>
            <translation>Too long: at most {max} characters (now {length}).</translation>
        </message>
        <message>
            <source>Too short: at least {min} characters.</source>
            <translation>Too short: at least {min} characters.</translation>
        </message>
        <message>
            <source>Contains control characters; please retype it.</source>
            <translation>Contains control characters; please retype it.</translation>
        </message>
        <message>
            <source>Contains invisible characters (often from pasted text); please retype it.</source>
            <translation>Contains invisible characters (often from pasted text); please retype it.</translation>
        </message>
        <message>
            <source>Must be a whole number.</source>
            <translation>Must be a whole number.</translation>
        </message>
        <message>
            <source>Must be between {min} and {max}.</source>
            <translation>Must be between {min} and {max}.</translation>
        </message>
        <message>
            <source>The format is not valid.</source>
            <translation>The format is not valid.</translation>
        </message>
        <message>
            <source>The check digit does not match: a digit is probably mistyped.</source>
            <translation>The check digit does not match: a digit is probably mistyped.</translation>
        </message>
        <message>
            <source>The date in it is not a real date.</source>
            <translation>The date in it is not a real date.</translation>
        </message>
        <message>
            <source>A PIN is {min} to {max} digits.</source>
            <translation>A PIN is {min} to {max} digits.</translation>
        </message>
        <message>
            <source>Too weak: use at least {min} characters, not all the same.</source>
            <translation>Too weak: use at least {min} characters, not all the same.</translation>
        </message>
        <message>
            <source>The two entries differ.</source>
            <translation>The two entries differ.</translation>
        </message>
        <message>
            <source>This is already in use.</source>
            <translation>This is already in use.</translation>
        </message>
        <message>
            <source>Not found.</source>
            <translation>Not found.</translation>
        </message>
        <message>
            <source>Choose one of the listed values.</source>
            <translation>Choose one of the listed values.</translation>
        </message>
        <message>
            <source>Too easy to guess: avoid repeated or consecutive digits.</source>
            <translation>Too easy to guess: avoid repeated or consecutive digits.</translation>
        </message>
        <message>
            <source>Use letters, digits, '.', '_' or '-' only, without spaces.</source>
            <translation>Use letters, digits, '.', '_' or '-' only, without spaces.</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Current password</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Site name</source>
            <translation>Site name</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <source>Desks</source>
            <translation>Desks</translation>
        </message>
        <message>
            <source>Desk name</source>
            <translation>Desk name</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Shift pattern</source>
            <translation>Shift pattern</translation>
        </message>
        <message>
            <source>Shift patterns</source>
            <translation>Shift patterns</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>Lock after idle minutes</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>A4 printer</source>
            <translation>A4 printer</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>Receipt printer</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>Cannot write to {where}: the folder or file is read-only.</source>
            <translation>Cannot write to {where}: the folder or file is read-only.</translation>
        </message>
        <message>
            <source>The disk is full ({where}). Free some space; nothing was saved.</source>
            <translation>The disk is full ({where}). Free some space; nothing was saved.</translation>
        </message>
        <message>
            <source>The database is busy (another program is writing). Try again in a moment.</source>
            <translation>The database is busy (another program is writing). Try again in a moment.</translation>
        </message>
        <message>
            <source>{where} is damaged. Restore the latest backup (gatehouse restore).</source>
            <translation>{where} is damaged. Restore the latest backup (gatehouse restore).</translation>
        </message>
        <message>
            <source>{where} is not a Gatehouse database.</source>
            <translation>{where} is not a Gatehouse database.</translation>
        </message>
        <message>
            <source>{where} was not found.</source>
            <translation>{where} was not found.</translation>
        </message>
        <message>
            <source>Cannot reach the database at {where}. Check the network and the address.</source>
            <translation>Cannot reach the database at {where}. Check the network and the address.</translation>
        </message>
        <message>
            <source>{where} was written by a newer Gatehouse. Update this program first.</source>
            <translation>{where} was written by a newer Gatehouse. Update this program first.</translation>
        </message>
        <message>
            <source>The site key file for this database is missing on this PC ({where}). Import it with: gatehouse keys import FILE</source>
            <translation>The site key file for this database is missing on this PC ({where}). Import it with: gatehouse keys import FILE</translation>
        </message>
        <message>
            <source>Reading or writing {where} failed (disk or network error).</source>
            <translation>Reading or writing {where} failed (disk or network error).</translation>
        </message>
        <message>
            <source>User name, password or PIN is wrong.</source>
            <translation>User name, password or PIN is wrong.</translation>
        </message>
        <message>
            <source>This account is disabled. Ask an administrator.</source>
            <translation>This account is disabled. Ask an administrator.</translation>
        </message>
        <message>
            <source>Too many failed attempts: wait {seconds} seconds and try again.</source>
            <translation>Too many failed attempts: wait {seconds} seconds and try again.</translation>
        </message>
        <message>
            <source>Only a supervisor or an administrator can approve this.</source>
            <translation>Only a supervisor or an administrator can approve this.</translation>
        </message>
        <message>
            <source>There must remain at least one active administrator.</source>
            <translation>There must remain at least one active administrator.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>You cannot disable your own account.</translation>
        </message>
        <message>
            <source>A shift is already open at this desk. End it (or hand it over) first.</source>
            <translation>A shift is already open at this desk. End it (or hand it over) first.</translation>
        </message>
        <message>
            <source>This shift has already ended.</source>
            <translation>This shift has already ended.</translation>
        </message>
        <message>
            <source>This database already has a site.</source>
            <translation>This database already has a site.</translation>
        </message>
        <message>
            <source>At least one desk must stay active.</source>
            <translation>At least one desk must stay active.</translation>
        </message>
        <message>
            <source>Not accepted.</source>
            <translation>Not accepted.</translation>
        </message>
        <message>
            <source>Please check: {message}</source>
            <translation>Please check: {message}</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <source>This needs a supervisor's approval.</source>
            <translation>This needs a supervisor's approval.</translation>
        </message>
        <message>
            <source>Your role may not do this.</source>
            <translation>Your role may not do this.</translation>
        </message>
        <message>
            <source>This cannot be done now ({kind}: {reason}).</source>
            <translation>This cannot be done now ({kind}: {reason}).</translation>
        </message>
        <message>
            <source>It no longer exists (perhaps removed at another desk).</source>
            <translation>It no longer exists (perhaps removed at another desk).</translation>
        </message>
        <message>
            <source>The action failed.</source>
            <translation>The action failed.</translation>
        </message>
    </context>
    <context>
        <name>ExpectedPanel</name>
        <message>
            <source>Check &amp;in</source>
            <translation>Check &amp;in</translation>
        </message>
        <message>
            <source>&amp;Register…</source>
            <translation>&amp;Register…</translation>
        </message>
        <message>
            <source>Cancel booking</source>
            <translation>Cancel booking</translation>
        </message>
        <message>
            <source>{name} checked in ({code}).</source>
            <translation>{name} checked in ({code}).</translation>
        </message>
        <message>
            <source>{name} is expected on {day}.</source>
            <translation>{name} is expected on {day}.</translation>
        </message>
    </context>
    <context>
        <name>ExpectedTableModel</name>
        <message>
            <source>Visitor</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>Visiting</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>ExpectedVisitDialog</name>
        <message>
            <source>Register an expected visitor</source>
            <translation>Register an expected visitor</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Day</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Name *</translation>
        </message>
        <message>
            <source>&amp;Type *</source>
            <translation>&amp;Type *</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Unit</translation>
        </message>
        <message>
            <source>Pu&amp;rpose</source>
            <translation>Pu&amp;rpose</translation>
        </message>
        <message>
            <source>P&amp;late</source>
            <translation>P&amp;late</translation>
        </message>
        <message>
            <source>&amp;Companions</source>
            <translation>&amp;Companions</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
    </context>
    <context>
        <name>ExportButton</name>
        <message>
            <source>&amp;Excel…</source>
            <translation>&amp;Excel…</translation>
        </message>
        <message>
            <source>Export this list to an Excel workbook (ID numbers and phones masked)</source>
            <translation>Export this list to an Excel workbook (ID numbers and phones masked)</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} rows exported to {path}.</source>
            <translation>{count} rows exported to {path}.</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Export cancelled; no file was written.</translation>
        </message>
    </context>
    <context>
        <name>FirstDayPanel</name>
        <message>
            <source>First day: set up the site</source>
            <translation>First day: set up the site</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Test page</source>
            <translation>Test page</translation>
        </message>
        <message>
            <source>Add the guards and the reception clerks (Operators)</source>
            <translation>Add the guards and the reception clerks (Operators)</translation>
        </message>
        <message>
            <source>Import the directory of buildings, units and residents (Directory: Excel template)</source>
            <translation>Import the directory of buildings, units and residents (Directory: Excel template)</translation>
        </message>
        <message>
            <source>Enter the keys of the key cabinet (Keys)</source>
            <translation>Enter the keys of the key cabinet (Keys)</translation>
        </message>
        <message>
            <source>Set up the patrol routes and their checkpoints (Patrols)</source>
            <translation>Set up the patrol routes and their checkpoints (Patrols)</translation>
        </message>
        <message>
            <source>Enter the emergency contacts (F1)</source>
            <translation>Enter the emergency contacts (F1)</translation>
        </message>
        <message>
            <source>Choose this desk's printers and slip paper (Settings), then print a test page</source>
            <translation>Choose this desk's printers and slip paper (Settings), then print a test page</translation>
        </message>
        <message>
            <source>Choose the backup folder, on a USB disk or another PC (Settings)</source>
            <translation>Choose the backup folder, on a USB disk or another PC (Settings)</translation>
        </message>
        <message>
            <source>{step} — {count} so far</source>
            <translation>{step} — {count} so far</translation>
        </message>
        <message>
            <source>{left} of {total} steps left. Each is ticked by itself once it is really done; this list goes away when all are.</source>
            <translation>{left} of {total} steps left. Each is ticked by itself once it is really done; this list goes away when all are.</translation>
        </message>
    </context>
    <context>
        <name>ForcedPasswordDialog</name>
        <message>
            <source>Choose a new password</source>
            <translation>Choose a new password</translation>
        </message>
        <message>
            <source>Your password was reset by an administrator. Choose your own now.</source>
            <translation>Your password was reset by an administrator. Choose your own now.</translation>
        </message>
        <message>
            <source>Temporary password</source>
            <translation>Temporary password</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>New password again</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Check the marked fields; press OK again to save them as typed.</source>
            <translation>Check the marked fields; press OK again to save them as typed.</translation>
        </message>
    </context>
    <context>
        <name>HandoverHistoryModel</name>
        <message>
            <source>Handed over</source>
            <translation>Handed over</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>Outgoing</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Incoming</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>HandoverItemTableModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>Matter</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Since / due</source>
            <translation>Since / due</translation>
        </message>
        <message>
            <source>Incoming decision</source>
            <translation>Incoming decision</translation>
        </message>
        <message>
            <source>Enter or double-click: open it on its page</source>
            <translation>Enter or double-click: open it on its page</translation>
        </message>
    </context>
    <context>
        <name>HandoverPage</name>
        <message>
            <source>Shift handover</source>
            <translation>Shift handover</translation>
        </message>
        <message>
            <source>This shift</source>
            <translation>This shift</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Compile again (F5)</source>
            <translation>Compile again (F5)</translation>
        </message>
        <message>
            <source>&amp;Print sheet…</source>
            <translation>&amp;Print sheet…</translation>
        </message>
        <message>
            <source>&amp;Incoming guard</source>
            <translation>&amp;Incoming guard</translation>
        </message>
        <message>
            <source>Co&amp;mment</source>
            <translation>Co&amp;mment</translation>
        </message>
        <message>
            <source>Needed to query or refuse an item</source>
            <translation>Needed to query or refuse an item</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Accept</translation>
        </message>
        <message>
            <source>&amp;Query</source>
            <translation>&amp;Query</translation>
        </message>
        <message>
            <source>&amp;Refuse</source>
            <translation>&amp;Refuse</translation>
        </message>
        <message>
            <source>Outgoing guard's &amp;note</source>
            <translation>Outgoing guard's &amp;note</translation>
        </message>
        <message>
            <source>Both confirm</source>
            <translation>Both confirm</translation>
        </message>
        <message>
            <source>&amp;Outgoing PIN</source>
            <translation>&amp;Outgoing PIN</translation>
        </message>
        <message>
            <source>Incoming P&amp;IN</source>
            <translation>Incoming P&amp;IN</translation>
        </message>
        <message>
            <source>&amp;Sign and hand over</source>
            <translation>&amp;Sign and hand over</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Why the supervisor closes this handover</source>
            <translation>Why the supervisor closes this handover</translation>
        </message>
        <message>
            <source>Close handover…</source>
            <translation>Close handover…</translation>
        </message>
        <message>
            <source>Search notes, items, comments, names…</source>
            <translation>Search notes, items, comments, names…</translation>
        </message>
        <message>
            <source>Print this sheet…</source>
            <translation>Print this sheet…</translation>
        </message>
        <message>
            <source>No handover in progress. End your shift from the home page to compile one.</source>
            <translation>No handover in progress. End your shift from the home page to compile one.</translation>
        </message>
        <message>
            <source>{desk} · {pattern} from {start} · outgoing {name} · {status}
{total} items: {pending} not yet, {accepted} accepted, {queried} queried, {refused} refused</source>
            <translation>{desk} · {pattern} from {start} · outgoing {name} · {status}
{total} items: {pending} not yet, {accepted} accepted, {queried} queried, {refused} refused</translation>
        </message>
        <message>
            <source>Choose the incoming guard first.</source>
            <translation>Choose the incoming guard first.</translation>
        </message>
        <message>
            <source>Handover refused by {incoming}: a supervisor must close it.</source>
            <translation>Handover refused by {incoming}: a supervisor must close it.</translation>
        </message>
        <message>
            <source>The handover was refused and stays open. The supervisor has been alerted on the dashboard.</source>
            <translation>The handover was refused and stays open. The supervisor has been alerted on the dashboard.</translation>
        </message>
        <message>
            <source>Handed over to {name}. Print the sheet for both signatures.</source>
            <translation>Handed over to {name}. Print the sheet for both signatures.</translation>
        </message>
        <message>
            <source>The supervisor closed the handover; the shift has ended.</source>
            <translation>The supervisor closed the handover; the shift has ended.</translation>
        </message>
    </context>
    <context>
        <name>HandoverPanel</name>
        <message>
            <source>Handover</source>
            <translation>Handover</translation>
        </message>
        <message>
            <source>Queried items not answered yet:</source>
            <translation>Queried items not answered yet:</translation>
        </message>
        <message>
            <source>Answer to the selected query</source>
            <translation>Answer to the selected query</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Open handover page</source>
            <translation>Open handover page</translation>
        </message>
        <message>
            <source>No handover yet.</source>
            <translation>No handover yet.</translation>
        </message>
        <message>
            <source>Last: {time} {outgoing} → {incoming}, {status}, {count} items</source>
            <translation>Last: {time} {outgoing} → {incoming}, {status}, {count} items</translation>
        </message>
        <message>
            <source>REFUSED {time}: {outgoing} → {incoming}. A supervisor must close it.</source>
            <translation>REFUSED {time}: {outgoing} → {incoming}. A supervisor must close it.</translation>
        </message>
        <message>
            <source>Handover refused by {incoming}: a supervisor must close it.</source>
            <translation>Handover refused by {incoming}: a supervisor must close it.</translation>
        </message>
    </context>
    <context>
        <name>HandoverSheet</name>
        <message>
            <source>Shift handover</source>
            <translation>Shift handover</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>Outgoing</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Incoming</translation>
        </message>
        <message>
            <source>Compiled</source>
            <translation>Compiled</translation>
        </message>
        <message>
            <source>Both PINs confirmed</source>
            <translation>Both PINs confirmed</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Open matters ({count})</source>
            <translation>Open matters ({count})</translation>
        </message>
        <message>
            <source>Nothing open was handed over.</source>
            <translation>Nothing open was handed over.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>{decision} at {time}</source>
            <translation>{decision} at {time}</translation>
        </message>
        <message>
            <source>As compiled at {time} and signed: the state of the desk at the moment of signing.</source>
            <translation>As compiled at {time} and signed: the state of the desk at the moment of signing.</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>Matter</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Since / due</source>
            <translation>Since / due</translation>
        </message>
        <message>
            <source>Incoming decision</source>
            <translation>Incoming decision</translation>
        </message>
        <message>
            <source>Outgoing guard's note</source>
            <translation>Outgoing guard's note</translation>
        </message>
        <message>
            <source>Closed by a supervisor</source>
            <translation>Closed by a supervisor</translation>
        </message>
        <message>
            <source>{name} at {time}: {reason}</source>
            <translation>{name} at {time}: {reason}</translation>
        </message>
        <message>
            <source>REFUSED: the shift stays open until a supervisor closes the handover.</source>
            <translation>REFUSED: the shift stays open until a supervisor closes the handover.</translation>
        </message>
        <message>
            <source>since {time}</source>
            <translation>since {time}</translation>
        </message>
        <message>
            <source>due {time}</source>
            <translation>due {time}</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Patrol checkpoint labels</source>
            <translation>Patrol checkpoint labels</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Scan at each patrol round</source>
            <translation>Scan at each patrol round</translation>
        </message>
        <message>
            <source>Emergency contacts and plans</source>
            <translation>Emergency contacts and plans</translation>
        </message>
        <message>
            <source>Emergency contacts</source>
            <translation>Emergency contacts</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Emergency plans (quick reference)</source>
            <translation>Emergency plans (quick reference)</translation>
        </message>
        <message>
            <source>No plan written yet.</source>
            <translation>No plan written yet.</translation>
        </message>
    </context>
    <context>
        <name>HeldItemsDialog</name>
        <message>
            <source>Items not returned</source>
            <translation>Items not returned</translation>
        </message>
        <message>
            <source>{name} still holds:</source>
            <translation>{name} still holds:</translation>
        </message>
        <message>
            <source>{label} (since {time})</source>
            <translation>{label} (since {time})</translation>
        </message>
        <message>
            <source>Check out &amp;anyway</source>
            <translation>Check out &amp;anyway</translation>
        </message>
        <message>
            <source>&amp;Cancel: get the items back first</source>
            <translation>&amp;Cancel: get the items back first</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>&amp;Tag</source>
            <translation>&amp;Tag</translation>
        </message>
        <message>
            <source>Scan or type a tag, then Enter</source>
            <translation>Scan or type a tag, then Enter</translation>
        </message>
        <message>
            <source>Choose a key on the first tab and press F4, or type its tag here.</source>
            <translation>Choose a key on the first tab and press F4, or type its tag here.</translation>
        </message>
        <message>
            <source>with {name}</source>
            <translation>with {name}</translation>
        </message>
        <message>
            <source>hook {position}</source>
            <translation>hook {position}</translation>
        </message>
        <message>
            <source>No key has the tag {tag}.</source>
            <translation>No key has the tag {tag}.</translation>
        </message>
    </context>
    <context>
        <name>ImportError</name>
        <message>
            <source>cell {cell} holds a formula with no saved value: open the file in Excel, save it, and import again.</source>
            <translation>cell {cell} holds a formula with no saved value: open the file in Excel, save it, and import again.</translation>
        </message>
    </context>
    <context>
        <name>ImportProblemsDialog</name>
        <message>
            <source>Nothing was imported</source>
            <translation>Nothing was imported</translation>
        </message>
        <message>
            <source>The file has {count} problem(s). Nothing was imported. Fix these rows and import the file again:</source>
            <translation>The file has {count} problem(s). Nothing was imported. Fix these rows and import the file again:</translation>
        </message>
        <message>
            <source>Row {row}: {text}</source>
            <translation>Row {row}: {text}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>IncidentTableModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>Happened</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>IncidentsPage</name>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Search number, summary, location…</source>
            <translation>Search number, summary, location…</translation>
        </message>
        <message>
            <source>Open only</source>
            <translation>Open only</translation>
        </message>
        <message>
            <source>Report an incident</source>
            <translation>Report an incident</translation>
        </message>
        <message>
            <source>Selected incident</source>
            <translation>Selected incident</translation>
        </message>
        <message>
            <source>&amp;Category / severity</source>
            <translation>&amp;Category / severity</translation>
        </message>
        <message>
            <source>&amp;Happened at</source>
            <translation>&amp;Happened at</translation>
        </message>
        <message>
            <source>now (HH:MM)</source>
            <translation>now (HH:MM)</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Location</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>&amp;Summary</translation>
        </message>
        <message>
            <source>&amp;People involved</source>
            <translation>&amp;People involved</translation>
        </message>
        <message>
            <source>&amp;Actions taken</source>
            <translation>&amp;Actions taken</translation>
        </message>
        <message>
            <source>Photos / &amp;files</source>
            <translation>Photos / &amp;files</translation>
        </message>
        <message>
            <source>To work order… (F8)</source>
            <translation>To work order… (F8)</translation>
        </message>
        <message>
            <source>Turn this incident into a repair request, with its text and files</source>
            <translation>Turn this incident into a repair request, with its text and files</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <source>&amp;Report incident</source>
            <translation>&amp;Report incident</translation>
        </message>
        <message>
            <source>&amp;Notified</source>
            <translation>&amp;Notified</translation>
        </message>
        <message>
            <source>Who exactly (name, station, unit)</source>
            <translation>Who exactly (name, station, unit)</translation>
        </message>
        <message>
            <source>now</source>
            <translation>now</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Follow-&amp;up</source>
            <translation>Follow-&amp;up</translation>
        </message>
        <message>
            <source>What was done since (needed to close)</source>
            <translation>What was done since (needed to close)</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Add note</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Set status</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Correct</translation>
        </message>
        <message>
            <source>Corrected value</source>
            <translation>Corrected value</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Amend</source>
            <translation>Amend</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>People involved</source>
            <translation>People involved</translation>
        </message>
        <message>
            <source>Actions taken</source>
            <translation>Actions taken</translation>
        </message>
        <message>
            <source>Incident {number} reported.</source>
            <translation>Incident {number} reported.</translation>
        </message>
        <message>
            <source>Choose an incident in the list.</source>
            <translation>Choose an incident in the list.</translation>
        </message>
        <message>
            <source>{number} ({state})</source>
            <translation>{number} ({state})</translation>
        </message>
        <message>
            <source>Work orders:</source>
            <translation>Work orders:</translation>
        </message>
        <message>
            <source>No work order made from it yet.</source>
            <translation>No work order made from it yet.</translation>
        </message>
        <message>
            <source>{number} · {category} · {severity} · {status}
{time} {location}: {summary}</source>
            <translation>{number} · {category} · {severity} · {status}
{time} {location}: {summary}</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>reported</translation>
        </message>
        <message>
            <source>notified {party} {who}</source>
            <translation>notified {party} {who}</translation>
        </message>
        <message>
            <source>status → {status} {note}</source>
            <translation>status → {status} {note}</translation>
        </message>
        <message>
            <source>corrected {field}: “{before}” → “{after}” ({reason})</source>
            <translation>corrected {field}: “{before}” → “{after}” ({reason})</translation>
        </message>
        <message>
            <source>Add photos or files to the incident</source>
            <translation>Add photos or files to the incident</translation>
        </message>
        <message>
            <source>{count} file(s) added to the incident.</source>
            <translation>{count} file(s) added to the incident.</translation>
        </message>
        <message>
            <source>Choose the incident to turn into a work order in the list first.</source>
            <translation>Choose the incident to turn into a work order in the list first.</translation>
        </message>
        <message>
            <source>Work order {number} saved from this incident.</source>
            <translation>Work order {number} saved from this incident.</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>&amp;Find resident</source>
            <translation>&amp;Find resident</translation>
        </message>
        <message>
            <source>Reporter &amp;name</source>
            <translation>Reporter &amp;name</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Unit</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Location</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Category</translation>
        </message>
        <message>
            <source>P&amp;riority</source>
            <translation>P&amp;riority</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>C&amp;hannel</translation>
        </message>
        <message>
            <source>Photos / files</source>
            <translation>Photos / files</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <source>Name, phone digits or unit, then Enter</source>
            <translation>Name, phone digits or unit, then Enter</translation>
        </message>
        <message>
            <source>e.g. A12A</source>
            <translation>e.g. A12A</translation>
        </message>
        <message>
            <source>e.g. kitchen, lobby, car park</source>
            <translation>e.g. kitchen, lobby, car park</translation>
        </message>
        <message>
            <source>Walk-in: type the name</source>
            <translation>Walk-in: type the name</translation>
        </message>
        <message>
            <source>&amp;Save (Ctrl+S)</source>
            <translation>&amp;Save (Ctrl+S)</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>C&amp;lear</translation>
        </message>
        <message>
            <source>— no unit —</source>
            <translation>— no unit —</translation>
        </message>
        <message>
            <source>Check the marked values; press Save again to keep them as they are.</source>
            <translation>Check the marked values; press Save again to keep them as they are.</translation>
        </message>
        <message>
            <source>Work order {number} saved.</source>
            <translation>Work order {number} saved.</translation>
        </message>
    </context>
    <context>
        <name>IssueKeyDialog</name>
        <message>
            <source>Lend a key</source>
            <translation>Lend a key</translation>
        </message>
        <message>
            <source>hook {position}</source>
            <translation>hook {position}</translation>
        </message>
        <message>
            <source>ring of {count}: {keys}</source>
            <translation>ring of {count}: {keys}</translation>
        </message>
        <message>
            <source>&amp;Borrower</source>
            <translation>&amp;Borrower</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>&amp;Purpose</translation>
        </message>
        <message>
            <source>&amp;Due back</source>
            <translation>&amp;Due back</translation>
        </message>
        <message>
            <source>ID checked</source>
            <translation>ID checked</translation>
        </message>
        <message>
            <source>I have seen the borrower's ID card or staff card (&amp;I)</source>
            <translation>I have seen the borrower's ID card or staff card (&amp;I)</translation>
        </message>
        <message>
            <source>Depositor's &amp;confirmation</source>
            <translation>Depositor's &amp;confirmation</translation>
        </message>
        <message>
            <source>Only for someone not on the depositor's list: who confirmed, when</source>
            <translation>Only for someone not on the depositor's list: who confirmed, when</translation>
        </message>
        <message>
            <source>Print &amp;slip</source>
            <translation>Print &amp;slip</translation>
        </message>
        <message>
            <source>No slip</source>
            <translation>No slip</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>Receipt printer</translation>
        </message>
        <message>
            <source>A5 sheet</source>
            <translation>A5 sheet</translation>
        </message>
        <message>
            <source>&amp;Lend</source>
            <translation>&amp;Lend</translation>
        </message>
        <message>
            <source>✔ {name} may borrow this key.</source>
            <translation>✔ {name} may borrow this key.</translation>
        </message>
        <message>
            <source>Not on the depositor's list: the depositor's confirmation is needed.</source>
            <translation>Not on the depositor's list: the depositor's confirmation is needed.</translation>
        </message>
        <message>
            <source>Not authorised for this key: a supervisor will be asked to approve.</source>
            <translation>Not authorised for this key: a supervisor will be asked to approve.</translation>
        </message>
    </context>
    <context>
        <name>KeyClassSection</name>
        <message>
            <source>Key classes</source>
            <translation>Key classes</translation>
        </message>
        <message>
            <source>Each class has the loan period that fills in "due back", and says who may borrow it without being named on the key. Leave an added class's name empty to remove it.</source>
            <translation>Each class has the loan period that fills in "due back", and says who may borrow it without being named on the key. Leave an added class's name empty to remove it.</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Loan period (hours)</source>
            <translation>Loan period (hours)</translation>
        </message>
        <message>
            <source>Any staff</source>
            <translation>Any staff</translation>
        </message>
        <message>
            <source>Any contractor</source>
            <translation>Any contractor</translation>
        </message>
        <message>
            <source>New class name</source>
            <translation>New class name</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Save key classes</source>
            <translation>Save key classes</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>KeyCountDialog</name>
        <message>
            <source>Key count</source>
            <translation>Key count</translation>
        </message>
        <message>
            <source>Scan each key in the cabinet, or type its tag and press Enter, or tick it in the list (Space). Then save: what is missing is kept for the handover.</source>
            <translation>Scan each key in the cabinet, or type its tag and press Enter, or tick it in the list (Space). Then save: what is missing is kept for the handover.</translation>
        </message>
        <message>
            <source>Scan or type a tag, then Enter</source>
            <translation>Scan or type a tag, then Enter</translation>
        </message>
        <message>
            <source>Note for the handover (optional)</source>
            <translation>Note for the handover (optional)</translation>
        </message>
        <message>
            <source>&amp;Save the count</source>
            <translation>&amp;Save the count</translation>
        </message>
        <message>
            <source>Expected {expected} · seen {seen} · not yet seen {left}</source>
            <translation>Expected {expected} · seen {seen} · not yet seen {left}</translation>
        </message>
        <message>
            <source>Not expected in the cabinet: {tags}</source>
            <translation>Not expected in the cabinet: {tags}</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Saved at {time}: {matched} of {expected} keys in place.</source>
            <translation>Saved at {time}: {matched} of {expected} keys in place.</translation>
        </message>
        <message>
            <source>{outcome}: {tag} {label}</source>
            <translation>{outcome}: {tag} {label}</translation>
        </message>
        <message>
            <source>Everything is where it should be.</source>
            <translation>Everything is where it should be.</translation>
        </message>
    </context>
    <context>
        <name>KeyDialogs</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>KeyExport</name>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Key loans</source>
            <translation>Key loans</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Opens (kind)</source>
            <translation>Opens (kind)</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Opens</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Ring</source>
            <translation>Ring</translation>
        </message>
        <message>
            <source>On ring</source>
            <translation>On ring</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Borrower is</source>
            <translation>Borrower is</translation>
        </message>
        <message>
            <source>Company / unit / pass</source>
            <translation>Company / unit / pass</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>ID checked</source>
            <translation>ID checked</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Returned by (someone else)</source>
            <translation>Returned by (someone else)</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Received by</translation>
        </message>
        <message>
            <source>Late (min)</source>
            <translation>Late (min)</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>KeyFormDialog</name>
        <message>
            <source>Correct a key's details</source>
            <translation>Correct a key's details</translation>
        </message>
        <message>
            <source>Add a key</source>
            <translation>Add a key</translation>
        </message>
        <message>
            <source>&amp;Tag</source>
            <translation>&amp;Tag</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Opens</source>
            <translation>&amp;Opens</translation>
        </message>
        <message>
            <source>&amp;What it opens</source>
            <translation>&amp;What it opens</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Unit</translation>
        </message>
        <message>
            <source>&amp;Class</source>
            <translation>&amp;Class</translation>
        </message>
        <message>
            <source>Cabinet &amp;position</source>
            <translation>Cabinet &amp;position</translation>
        </message>
        <message>
            <source>Co&amp;pies on the hook</source>
            <translation>Co&amp;pies on the hook</translation>
        </message>
        <message>
            <source>Ring</source>
            <translation>Ring</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <source>This is a key ring, lent as one item (&amp;R)</source>
            <translation>This is a key ring, lent as one item (&amp;R)</translation>
        </message>
        <message>
            <source>e.g. B2 水泵房</source>
            <translation>e.g. B2 水泵房</translation>
        </message>
        <message>
            <source>e.g. 甲櫃 12</source>
            <translation>e.g. 甲櫃 12</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
    </context>
    <context>
        <name>KeyHistoryModel</name>
        <message>
            <source>due {time}</source>
            <translation>due {time}</translation>
        </message>
        <message>
            <source>late {late}</source>
            <translation>late {late}</translation>
        </message>
        <message>
            <source>depositor confirmed: {how}</source>
            <translation>depositor confirmed: {how}</translation>
        </message>
        <message>
            <source>brought back by someone else</source>
            <translation>brought back by someone else</translation>
        </message>
        <message>
            <source>changed: {fields}</source>
            <translation>changed: {fields}</translation>
        </message>
        <message>
            <source>ring {tag}</source>
            <translation>ring {tag}</translation>
        </message>
        <message>
            <source>reprint no. {count}</source>
            <translation>reprint no. {count}</translation>
        </message>
        <message>
            <source>{count} may collect</source>
            <translation>{count} may collect</translation>
        </message>
        <message>
            <source>approved by {name}</source>
            <translation>approved by {name}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>KeyManageMenu</name>
        <message>
            <source>&amp;Add a key…</source>
            <translation>&amp;Add a key…</translation>
        </message>
        <message>
            <source>Resident's key &amp;deposited…</source>
            <translation>Resident's key &amp;deposited…</translation>
        </message>
        <message>
            <source>&amp;Correct the chosen key…</source>
            <translation>&amp;Correct the chosen key…</translation>
        </message>
        <message>
            <source>Keys on the &amp;ring…</source>
            <translation>Keys on the &amp;ring…</translation>
        </message>
        <message>
            <source>&amp;Who may borrow it…</source>
            <translation>&amp;Who may borrow it…</translation>
        </message>
        <message>
            <source>De&amp;positor and collectors…</source>
            <translation>De&amp;positor and collectors…</translation>
        </message>
        <message>
            <source>Report &amp;lost…</source>
            <translation>Report &amp;lost…</translation>
        </message>
        <message>
            <source>Lost key: &amp;acknowledge, found, replaced…</source>
            <translation>Lost key: &amp;acknowledge, found, replaced…</translation>
        </message>
        <message>
            <source>Re&amp;tire the key…</source>
            <translation>Re&amp;tire the key…</translation>
        </message>
        <message>
            <source>&amp;Import keys from Excel…</source>
            <translation>&amp;Import keys from Excel…</translation>
        </message>
    </context>
    <context>
        <name>KeyNames</name>
        <message>
            <source>In cabinet</source>
            <translation>In cabinet</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retired</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>All keys</source>
            <translation>All keys</translation>
        </message>
        <message>
            <source>Out now</source>
            <translation>Out now</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>Contractor</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Plant room</source>
            <translation>Plant room</translation>
        </message>
        <message>
            <source>Gate / door</source>
            <translation>Gate / door</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>Vehicle</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>Tenant</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Management key</source>
            <translation>Management key</translation>
        </message>
        <message>
            <source>Resident-deposited</source>
            <translation>Resident-deposited</translation>
        </message>
        <message>
            <source>Emergency key</source>
            <translation>Emergency key</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Returned late</source>
            <translation>Returned late</translation>
        </message>
        <message>
            <source>Lost while out</source>
            <translation>Lost while out</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Added to the register</source>
            <translation>Added to the register</translation>
        </message>
        <message>
            <source>Imported from Excel</source>
            <translation>Imported from Excel</translation>
        </message>
        <message>
            <source>Details corrected</source>
            <translation>Details corrected</translation>
        </message>
        <message>
            <source>Put on ring</source>
            <translation>Put on ring</translation>
        </message>
        <message>
            <source>Taken off ring</source>
            <translation>Taken off ring</translation>
        </message>
        <message>
            <source>Borrower authorised</source>
            <translation>Borrower authorised</translation>
        </message>
        <message>
            <source>Authorisation withdrawn</source>
            <translation>Authorisation withdrawn</translation>
        </message>
        <message>
            <source>Reported lost</source>
            <translation>Reported lost</translation>
        </message>
        <message>
            <source>Loss acknowledged</source>
            <translation>Loss acknowledged</translation>
        </message>
        <message>
            <source>Replaced (new copy)</source>
            <translation>Replaced (new copy)</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Found</translation>
        </message>
        <message>
            <source>Deposited by the resident</source>
            <translation>Deposited by the resident</translation>
        </message>
        <message>
            <source>Collectors changed</source>
            <translation>Collectors changed</translation>
        </message>
        <message>
            <source>Loan slip printed</source>
            <translation>Loan slip printed</translation>
        </message>
        <message>
            <source>Deposit receipt printed</source>
            <translation>Deposit receipt printed</translation>
        </message>
        <message>
            <source>Missing at a key count</source>
            <translation>Missing at a key count</translation>
        </message>
        <message>
            <source>Found at a count while out</source>
            <translation>Found at a count while out</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>In place</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Not expected</source>
            <translation>Not expected</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>KeyPrint</name>
        <message>
            <source>Key loan slip</source>
            <translation>Key loan slip</translation>
        </message>
        <message>
            <source>Key deposit receipt</source>
            <translation>Key deposit receipt</translation>
        </message>
        <message>
            <source>Key register</source>
            <translation>Key register</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Opens</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <source>Borrower is</source>
            <translation>Borrower is</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>Due back</translation>
        </message>
        <message>
            <source>ID checked</source>
            <translation>ID checked</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Depositor's confirmation</source>
            <translation>Depositor's confirmation</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Returned by</source>
            <translation>Returned by</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Received by</translation>
        </message>
        <message>
            <source>On return</source>
            <translation>On return</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Depositor</source>
            <translation>Depositor</translation>
        </message>
        <message>
            <source>Deposited</source>
            <translation>Deposited</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>May collect this key</source>
            <translation>May collect this key</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Only the depositor.</source>
            <translation>Only the depositor.</translation>
        </message>
        <message>
            <source>Only the depositor and the people listed may collect this key. Anyone else is given the key only after the depositor confirms it to the desk.</source>
            <translation>Only the depositor and the people listed may collect this key. Anyone else is given the key only after the depositor confirms it to the desk.</translation>
        </message>
        <message>
            <source>For the management</source>
            <translation>For the management</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
        <message>
            <source>Shown</source>
            <translation>Shown</translation>
        </message>
        <message>
            <source>Overdue {late}</source>
            <translation>Overdue {late}</translation>
        </message>
        <message>
            <source>on ring {ring}</source>
            <translation>on ring {ring}</translation>
        </message>
        <message>
            <source>Keys on the ring</source>
            <translation>Keys on the ring</translation>
        </message>
    </context>
    <context>
        <name>KeyTableModel</name>
        <message>
            <source>Overdue {late}</source>
            <translation>Overdue {late}</translation>
        </message>
        <message>
            <source>On ring {ring}</source>
            <translation>On ring {ring}</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>Due back</translation>
        </message>
    </context>
    <context>
        <name>KeyTexts</name>
        <message>
            <source>Key {tag} is already out. Take it back first (it may have been lent at another desk).</source>
            <translation>Key {tag} is already out. Take it back first (it may have been lent at another desk).</translation>
        </message>
        <message>
            <source>Key {tag} is reported lost; it cannot be lent until it is found or replaced.</source>
            <translation>Key {tag} is reported lost; it cannot be lent until it is found or replaced.</translation>
        </message>
        <message>
            <source>Key {tag} is retired and cannot be used.</source>
            <translation>Key {tag} is retired and cannot be used.</translation>
        </message>
        <message>
            <source>Key {tag} hangs on ring {ring}: lend the whole ring instead.</source>
            <translation>Key {tag} hangs on ring {ring}: lend the whole ring instead.</translation>
        </message>
        <message>
            <source>Key {tag} is already reported lost.</source>
            <translation>Key {tag} is already reported lost.</translation>
        </message>
        <message>
            <source>Ring {tag} still has keys on it: take them off the ring first.</source>
            <translation>Ring {tag} still has keys on it: take them off the ring first.</translation>
        </message>
        <message>
            <source>{tag} is not a key ring.</source>
            <translation>{tag} is not a key ring.</translation>
        </message>
        <message>
            <source>This key was already taken back (perhaps at another desk).</source>
            <translation>This key was already taken back (perhaps at another desk).</translation>
        </message>
        <message>
            <source>This visitor is no longer on site (checked out). Choose someone on the list.</source>
            <translation>This visitor is no longer on site (checked out). Choose someone on the list.</translation>
        </message>
        <message>
            <source>A supervisor has already acknowledged this loss.</source>
            <translation>A supervisor has already acknowledged this loss.</translation>
        </message>
        <message>
            <source>A supervisor must acknowledge the loss before the key is replaced or retired.</source>
            <translation>A supervisor must acknowledge the loss before the key is replaced or retired.</translation>
        </message>
        <message>
            <source>This loss has already been dealt with.</source>
            <translation>This loss has already been dealt with.</translation>
        </message>
        <message>
            <source>This permission was already withdrawn.</source>
            <translation>This permission was already withdrawn.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Key name</source>
            <translation>Key name</translation>
        </message>
        <message>
            <source>Opens (kind)</source>
            <translation>Opens (kind)</translation>
        </message>
        <message>
            <source>What it opens</source>
            <translation>What it opens</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Key class</source>
            <translation>Key class</translation>
        </message>
        <message>
            <source>Cabinet position</source>
            <translation>Cabinet position</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Key ring</source>
            <translation>Key ring</translation>
        </message>
        <message>
            <source>Keys on the ring</source>
            <translation>Keys on the ring</translation>
        </message>
        <message>
            <source>On ring</source>
            <translation>On ring</translation>
        </message>
        <message>
            <source>Allowed for</source>
            <translation>Allowed for</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <source>Borrower from</source>
            <translation>Borrower from</translation>
        </message>
        <message>
            <source>Returned by</source>
            <translation>Returned by</translation>
        </message>
        <message>
            <source>Returned by, from</source>
            <translation>Returned by, from</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>Due back</translation>
        </message>
        <message>
            <source>Depositor's confirmation</source>
            <translation>Depositor's confirmation</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Scanned tag</source>
            <translation>Scanned tag</translation>
        </message>
        <message>
            <source>Depositor</source>
            <translation>Depositor</translation>
        </message>
        <message>
            <source>Owner's consent</source>
            <translation>Owner's consent</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>Consent form</translation>
        </message>
        <message>
            <source>May collect</source>
            <translation>May collect</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Key classes</source>
            <translation>Key classes</translation>
        </message>
        <message>
            <source>Collector {number}: name</source>
            <translation>Collector {number}: name</translation>
        </message>
        <message>
            <source>Collector {number}: phone</source>
            <translation>Collector {number}: phone</translation>
        </message>
        <message>
            <source>Collector {number}: relation</source>
            <translation>Collector {number}: relation</translation>
        </message>
        <message>
            <source>Must be later than now.</source>
            <translation>Must be later than now.</translation>
        </message>
        <message>
            <source>At most {days} days from now.</source>
            <translation>At most {days} days from now.</translation>
        </message>
        <message>
            <source>Not on the depositor's list: call the depositor and note here who confirmed and when (or ask a supervisor).</source>
            <translation>Not on the depositor's list: call the depositor and note here who confirmed and when (or ask a supervisor).</translation>
        </message>
        <message>
            <source>The owner must agree to leave the key with the management.</source>
            <translation>The owner must agree to leave the key with the management.</translation>
        </message>
        <message>
            <source>Management, resident-deposited and emergency keys must stay in the list.</source>
            <translation>Management, resident-deposited and emergency keys must stay in the list.</translation>
        </message>
        <message>
            <source>The on-site visitor list is not available at this desk.</source>
            <translation>The on-site visitor list is not available at this desk.</translation>
        </message>
        <message>
            <source>A ring cannot hang on a ring, nor on itself.</source>
            <translation>A ring cannot hang on a ring, nor on itself.</translation>
        </message>
        <message>
            <source>Resident-deposited keys are recorded with the deposit form.</source>
            <translation>Resident-deposited keys are recorded with the deposit form.</translation>
        </message>
        <message>
            <source>This is not an Excel workbook (.xlsx).</source>
            <translation>This is not an Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <source>The sheet has no keys below its header row.</source>
            <translation>The sheet has no keys below its header row.</translation>
        </message>
        <message>
            <source>More than {max} rows.</source>
            <translation>More than {max} rows.</translation>
        </message>
        <message>
            <source>No key ring with this tag (in the file or the register).</source>
            <translation>No key ring with this tag (in the file or the register).</translation>
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
            <translation>Key register</translation>
        </message>
        <message>
            <source>{count} keys written to {path}.</source>
            <translation>{count} keys written to {path}.</translation>
        </message>
        <message>
            <source>Save the key list as Excel</source>
            <translation>Save the key list as Excel</translation>
        </message>
        <message>
            <source>Key loans</source>
            <translation>Key loans</translation>
        </message>
        <message>
            <source>{count} loans written to {path}.</source>
            <translation>{count} loans written to {path}.</translation>
        </message>
        <message>
            <source>Save the loans as Excel</source>
            <translation>Save the loans as Excel</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct these rows and import again:</source>
            <translation>Nothing was imported. Correct these rows and import again:</translation>
        </message>
        <message>
            <source>Row {row}, {field}: {message}</source>
            <translation>Row {row}, {field}: {message}</translation>
        </message>
        <message>
            <source>…and {count} more.</source>
            <translation>…and {count} more.</translation>
        </message>
        <message>
            <source>Imported: {added} keys added, {amended} corrected, {same} unchanged.</source>
            <translation>Imported: {added} keys added, {amended} corrected, {same} unchanged.</translation>
        </message>
        <message>
            <source>Import keys from Excel</source>
            <translation>Import keys from Excel</translation>
        </message>
    </context>
    <context>
        <name>KeysPage</name>
        <message>
            <source>Key register</source>
            <translation>Key register</translation>
        </message>
        <message>
            <source>Keys (&amp;K)</source>
            <translation>Keys (&amp;K)</translation>
        </message>
        <message>
            <source>Loans by date (&amp;D)</source>
            <translation>Loans by date (&amp;D)</translation>
        </message>
        <message>
            <source>History of a key (&amp;H)</source>
            <translation>History of a key (&amp;H)</translation>
        </message>
        <message>
            <source>No key has the tag {tag}.</source>
            <translation>No key has the tag {tag}.</translation>
        </message>
        <message>
            <source>{tag} is {state}: it cannot be lent.</source>
            <translation>{tag} is {state}: it cannot be lent.</translation>
        </message>
        <message>
            <source>{tag} hangs on ring {ring}: lend the whole ring.</source>
            <translation>{tag} hangs on ring {ring}: lend the whole ring.</translation>
        </message>
        <message>
            <source>{tag} is not out.</source>
            <translation>{tag} is not out.</translation>
        </message>
    </context>
    <context>
        <name>KeysPanel</name>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Open the key register</source>
            <translation>Open the key register</translation>
        </message>
        <message>
            <source>{tag} {label} · {name} · overdue {late}</source>
            <translation>{tag} {label} · {name} · overdue {late}</translation>
        </message>
        <message>
            <source>{out} keys out, {overdue} overdue.</source>
            <translation>{out} keys out, {overdue} overdue.</translation>
        </message>
        <message>
            <source>Every key is in the cabinet.</source>
            <translation>Every key is in the cabinet.</translation>
        </message>
        <message>
            <source>…and {count} more overdue.</source>
            <translation>…and {count} more overdue.</translation>
        </message>
    </context>
    <context>
        <name>KpiPage</name>
        <message>
            <source>Repair KPIs</source>
            <translation>Repair KPIs</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Month</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>First response (mean)</source>
            <translation>First response (mean)</translation>
        </message>
        <message>
            <source>MTTR (without on-hold time)</source>
            <translation>MTTR (without on-hold time)</translation>
        </message>
        <message>
            <source>SLA met</source>
            <translation>SLA met</translation>
        </message>
        <message>
            <source>Reopen rate</source>
            <translation>Reopen rate</translation>
        </message>
        <message>
            <source>Complaint rate</source>
            <translation>Complaint rate</translation>
        </message>
        <message>
            <source>Satisfaction (5 = very satisfied)</source>
            <translation>Satisfaction (5 = very satisfied)</translation>
        </message>
        <message>
            <source>Requests per day (hatched: overdue)</source>
            <translation>Requests per day (hatched: overdue)</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>By category</translation>
        </message>
        <message>
            <source>By technician</source>
            <translation>By technician</translation>
        </message>
    </context>
    <context>
        <name>KpiTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>First response</source>
            <translation>First response</translation>
        </message>
        <message>
            <source>MTTR</source>
            <translation>MTTR</translation>
        </message>
        <message>
            <source>SLA met</source>
            <translation>SLA met</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>(not dispatched)</source>
            <translation>(not dispatched)</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Guard</source>
            <translation>Guard</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Gate booth</source>
            <translation>Gate booth</translation>
        </message>
        <message>
            <source>Reception desk</source>
            <translation>Reception desk</translation>
        </message>
        <message>
            <source>Day shift</source>
            <translation>Day shift</translation>
        </message>
        <message>
            <source>Evening shift</source>
            <translation>Evening shift</translation>
        </message>
        <message>
            <source>Night shift</source>
            <translation>Night shift</translation>
        </message>
        <message>
            <source>On duty</source>
            <translation>On duty</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Handed over</source>
            <translation>Handed over</translation>
        </message>
    </context>
    <context>
        <name>ListExport</name>
        <message>
            <source>Exporting to Excel…</source>
            <translation>Exporting to Excel…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Watchlist</source>
            <translation>Watchlist</translation>
        </message>
        <message>
            <source>Expected visitors</source>
            <translation>Expected visitors</translation>
        </message>
        <message>
            <source>Patrol rounds</source>
            <translation>Patrol rounds</translation>
        </message>
        <message>
            <source>Key counts</source>
            <translation>Key counts</translation>
        </message>
        <message>
            <source>Deposited keys</source>
            <translation>Deposited keys</translation>
        </message>
        <message>
            <source>Repair KPIs</source>
            <translation>Repair KPIs</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>Listed</translation>
        </message>
        <message>
            <source>Lifted or expired</source>
            <translation>Lifted or expired</translation>
        </message>
        <message>
            <source>lifted and expired entries included</source>
            <translation>lifted and expired entries included</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Export the watchlist to Excel</source>
            <translation>Export the watchlist to Excel</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Other names</translation>
        </message>
        <message>
            <source>Phone (masked)</source>
            <translation>Phone (masked)</translation>
        </message>
        <message>
            <source>ID type</source>
            <translation>ID type</translation>
        </message>
        <message>
            <source>ID (masked)</source>
            <translation>ID (masked)</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>Plate</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Added by</translation>
        </message>
        <message>
            <source>Added at</source>
            <translation>Added at</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>Visiting</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>Companions</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>Registered by</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Guard</source>
            <translation>Guard</translation>
        </message>
        <message>
            <source>Checkpoints</source>
            <translation>Checkpoints</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Reached</translation>
        </message>
        <message>
            <source>Missed checkpoints</source>
            <translation>Missed checkpoints</translation>
        </message>
        <message>
            <source>Anomalies noted</source>
            <translation>Anomalies noted</translation>
        </message>
        <message>
            <source>Counted at</source>
            <translation>Counted at</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>Counted by</translation>
        </message>
        <message>
            <source>Expected in the cabinet</source>
            <translation>Expected in the cabinet</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Matched</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Unexpected</source>
            <translation>Unexpected</translation>
        </message>
        <message>
            <source>Missing keys</source>
            <translation>Missing keys</translation>
        </message>
        <message>
            <source>Unexpected keys</source>
            <translation>Unexpected keys</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Depositor</source>
            <translation>Depositor</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Consent given</translation>
        </message>
        <message>
            <source>Consent record</source>
            <translation>Consent record</translation>
        </message>
        <message>
            <source>Deposited at</source>
            <translation>Deposited at</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Received by</translation>
        </message>
        <message>
            <source>May collect (phones masked)</source>
            <translation>May collect (phones masked)</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Technician / day</source>
            <translation>Technician / day</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>First response (mean, h)</source>
            <translation>First response (mean, h)</translation>
        </message>
        <message>
            <source>MTTR without on-hold time (h)</source>
            <translation>MTTR without on-hold time (h)</translation>
        </message>
        <message>
            <source>SLA met (%)</source>
            <translation>SLA met (%)</translation>
        </message>
        <message>
            <source>Reopen rate (%)</source>
            <translation>Reopen rate (%)</translation>
        </message>
        <message>
            <source>Complaint rate (%)</source>
            <translation>Complaint rate (%)</translation>
        </message>
        <message>
            <source>Satisfaction (1–5)</source>
            <translation>Satisfaction (1–5)</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Answers</translation>
        </message>
    </context>
    <context>
        <name>LoanTableModel</name>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>Due back</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>Locked — {site}</source>
            <translation>Locked — {site}</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Who is at the desk?</source>
            <translation>Who is at the desk?</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>&amp;PIN</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>Sign in with a &amp;password instead</source>
            <translation>Sign in with a &amp;password instead</translation>
        </message>
        <message>
            <source>Choose who you are first.</source>
            <translation>Choose who you are first.</translation>
        </message>
    </context>
    <context>
        <name>LogTableModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Original: {text}</source>
            <translation>Original: {text}</translation>
        </message>
        <message>
            <source>Amended {time} by {name}: {reason}</source>
            <translation>Amended {time} by {name}: {reason}</translation>
        </message>
        <message>
            <source>Files: {names}</source>
            <translation>Files: {names}</translation>
        </message>
        <message>
            <source>Work order: {numbers}</source>
            <translation>Work order: {numbers}</translation>
        </message>
    </context>
    <context>
        <name>LoginPage</name>
        <message>
            <source>Gatehouse</source>
            <translation>Gatehouse</translation>
        </message>
        <message>
            <source>Guard booth and reception desk</source>
            <translation>Guard booth and reception desk</translation>
        </message>
        <message>
            <source>&amp;Desk</source>
            <translation>&amp;Desk</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <source>Opening the database… you will be signed in as soon as it is ready.</source>
            <translation>Opening the database… you will be signed in as soon as it is ready.</translation>
        </message>
    </context>
    <context>
        <name>LostKeyDialog</name>
        <message>
            <source>Report a key lost</source>
            <translation>Report a key lost</translation>
        </message>
        <message>
            <source>The key cannot be lent until it is found or replaced.</source>
            <translation>The key cannot be lent until it is found or replaced.</translation>
        </message>
        <message>
            <source>Lent to {name}: the loan is closed as lost. </source>
            <translation>Lent to {name}: the loan is closed as lost. </translation>
        </message>
        <message>
            <source>&amp;What happened</source>
            <translation>&amp;What happened</translation>
        </message>
        <message>
            <source>&amp;Report lost</source>
            <translation>&amp;Report lost</translation>
        </message>
        <message>
            <source>Lost key</source>
            <translation>Lost key</translation>
        </message>
        <message>
            <source>Reported by {name} at {time}.</source>
            <translation>Reported by {name} at {time}.</translation>
        </message>
        <message>
            <source>It was lent to {name}.</source>
            <translation>It was lent to {name}.</translation>
        </message>
        <message>
            <source>Acknowledged by {name}.</source>
            <translation>Acknowledged by {name}.</translation>
        </message>
        <message>
            <source>Not yet acknowledged by a supervisor.</source>
            <translation>Not yet acknowledged by a supervisor.</translation>
        </message>
        <message>
            <source>Acknowledge the loss (supervisor)</source>
            <translation>Acknowledge the loss (supervisor)</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Outcome</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Record</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <source>Visit history</source>
            <translation>Visit history</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Duty log</source>
            <translation>Duty log</translation>
        </message>
        <message>
            <source>Patrols</source>
            <translation>Patrols</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>Handover</translation>
        </message>
        <message>
            <source>Repairs</source>
            <translation>Repairs</translation>
        </message>
        <message>
            <source>Repair KPIs</source>
            <translation>Repair KPIs</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Directory</translation>
        </message>
        <message>
            <source>Watchlist</source>
            <translation>Watchlist</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Operators</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>OnSitePanel</name>
        <message>
            <source>Search on-site visitors, or scan a slip to check out (F3)</source>
            <translation>Search on-site visitors, or scan a slip to check out (F3)</translation>
        </message>
        <message>
            <source>Check &amp;out (F9)</source>
            <translation>Check &amp;out (F9)</translation>
        </message>
        <message>
            <source>Print &amp;slip</source>
            <translation>Print &amp;slip</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Details</translation>
        </message>
        <message>
            <source>Overstay s&amp;weep ({count})</source>
            <translation>Overstay s&amp;weep ({count})</translation>
        </message>
        <message>
            <source>{name} checked out ({code}).</source>
            <translation>{name} checked out ({code}).</translation>
        </message>
        <message>
            <source>No visitor is past their leave-by time.</source>
            <translation>No visitor is past their leave-by time.</translation>
        </message>
        <message>
            <source>Sweep recorded for {count} visitor(s).</source>
            <translation>Sweep recorded for {count} visitor(s).</translation>
        </message>
    </context>
    <context>
        <name>OnSiteTableModel</name>
        <message>
            <source>Visitor</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>Visiting</translation>
        </message>
        <message>
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>On site</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Overstay {time}</source>
            <translation>Overstay {time}</translation>
        </message>
    </context>
    <context>
        <name>OperatorDialog</name>
        <message>
            <source>Add operator</source>
            <translation>Add operator</translation>
        </message>
        <message>
            <source>Set a temporary password</source>
            <translation>Set a temporary password</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>Set PIN</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>PIN (4–6 digits)</source>
            <translation>PIN (4–6 digits)</translation>
        </message>
    </context>
    <context>
        <name>OperatorTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Set</translation>
        </message>
    </context>
    <context>
        <name>OperatorsPage</name>
        <message>
            <source>Operators</source>
            <translation>Operators</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>Set &amp;role</source>
            <translation>Set &amp;role</translation>
        </message>
        <message>
            <source>&amp;Disable / enable</source>
            <translation>&amp;Disable / enable</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>Reset &amp;password…</translation>
        </message>
        <message>
            <source>Set P&amp;IN…</source>
            <translation>Set P&amp;IN…</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>Lock this account on purpose (failed sign-ins only slow it down). Never the last administrator.</source>
            <translation>Lock this account on purpose (failed sign-ins only slow it down). Never the last administrator.</translation>
        </message>
        <message>
            <source>Select an operator in the table first.</source>
            <translation>Select an operator in the table first.</translation>
        </message>
        <message>
            <source>Operator added.</source>
            <translation>Operator added.</translation>
        </message>
        <message>
            <source>Role changed.</source>
            <translation>Role changed.</translation>
        </message>
        <message>
            <source>Account state changed.</source>
            <translation>Account state changed.</translation>
        </message>
        <message>
            <source>Account locked: it cannot sign in until a supervisor unlocks it.</source>
            <translation>Account locked: it cannot sign in until a supervisor unlocks it.</translation>
        </message>
        <message>
            <source>Temporary password set; it must be changed at the next sign-in.</source>
            <translation>Temporary password set; it must be changed at the next sign-in.</translation>
        </message>
        <message>
            <source>PIN set.</source>
            <translation>PIN set.</translation>
        </message>
        <message>
            <source>Account unlocked.</source>
            <translation>Account unlocked.</translation>
        </message>
    </context>
    <context>
        <name>PatrolsPage</name>
        <message>
            <source>This desk's patrol rounds of the last 31 days to Excel (other periods: the Reports page)</source>
            <translation>This desk's patrol rounds of the last 31 days to Excel (other periods: the Reports page)</translation>
        </message>
        <message>
            <source>Patrols</source>
            <translation>Patrols</translation>
        </message>
        <message>
            <source>&amp;Route</source>
            <translation>&amp;Route</translation>
        </message>
        <message>
            <source>&amp;Start a round</source>
            <translation>&amp;Start a round</translation>
        </message>
        <message>
            <source>&amp;Anomaly</source>
            <translation>&amp;Anomaly</translation>
        </message>
        <message>
            <source>Anything wrong at this checkpoint (optional)</source>
            <translation>Anything wrong at this checkpoint (optional)</translation>
        </message>
        <message>
            <source>Reached (Enter)</source>
            <translation>Reached (Enter)</translation>
        </message>
        <message>
            <source>Report as &amp;incident</source>
            <translation>Report as &amp;incident</translation>
        </message>
        <message>
            <source>&amp;Finish round</source>
            <translation>&amp;Finish round</translation>
        </message>
        <message>
            <source>This shift: checkpoints due, missed and late</source>
            <translation>This shift: checkpoints due, missed and late</translation>
        </message>
        <message>
            <source>Routes and checkpoints (supervisor)</source>
            <translation>Routes and checkpoints (supervisor)</translation>
        </message>
        <message>
            <source>New route</source>
            <translation>New route</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source> min apart</source>
            <translation> min apart</translation>
        </message>
        <message>
            <source> min on time</source>
            <translation> min on time</translation>
        </message>
        <message>
            <source>Add route</source>
            <translation>Add route</translation>
        </message>
        <message>
            <source>New checkpoint</source>
            <translation>New checkpoint</translation>
        </message>
        <message>
            <source>Code on the label</source>
            <translation>Code on the label</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Add to route</source>
            <translation>Add to route</translation>
        </message>
        <message>
            <source>Print QR labels…</source>
            <translation>Print QR labels…</translation>
        </message>
        <message>
            <source>{checkpoint} is not due this shift.</source>
            <translation>{checkpoint} is not due this shift.</translation>
        </message>
        <message>
            <source>No round under way. Choose a route and start a round.</source>
            <translation>No round under way. Choose a route and start a round.</translation>
        </message>
        <message>
            <source>{route}, started {time}: {done} of {total} reached. Scan a label or tick.</source>
            <translation>{route}, started {time}: {done} of {total} reached. Scan a label or tick.</translation>
        </message>
        <message>
            <source>{count} checkpoint visits missed this shift.</source>
            <translation>{count} checkpoint visits missed this shift.</translation>
        </message>
        <message>
            <source>Start a round before scanning checkpoints.</source>
            <translation>Start a round before scanning checkpoints.</translation>
        </message>
        <message>
            <source>Round finished. Not reached: {codes}</source>
            <translation>Round finished. Not reached: {codes}</translation>
        </message>
        <message>
            <source>Round finished: every checkpoint reached.</source>
            <translation>Round finished: every checkpoint reached.</translation>
        </message>
        <message>
            <source>Choose a reached checkpoint with an anomaly first.</source>
            <translation>Choose a reached checkpoint with an anomaly first.</translation>
        </message>
        <message>
            <source>Incident {number} reported; complete it on the Incidents page.</source>
            <translation>Incident {number} reported; complete it on the Incidents page.</translation>
        </message>
        <message>
            <source>This route has no checkpoints yet.</source>
            <translation>This route has no checkpoints yet.</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Correct a person</source>
            <translation>Correct a person</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Add a person</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Name *</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>&amp;Unit (residents)</source>
            <translation>&amp;Unit (residents)</translation>
        </message>
        <message>
            <source>&amp;Role / job</source>
            <translation>&amp;Role / job</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>&amp;Company</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
    </context>
    <context>
        <name>PersonTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Role / job</source>
            <translation>Role / job</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Switched off</source>
            <translation>Switched off</translation>
        </message>
    </context>
    <context>
        <name>PrinterTestPage</name>
        <message>
            <source>the system default printer</source>
            <translation>the system default printer</translation>
        </message>
        <message>
            <source>Printer test page</source>
            <translation>Printer test page</translation>
        </message>
        <message>
            <source>A4 printer: {name}</source>
            <translation>A4 printer: {name}</translation>
        </message>
        <message>
            <source>Slip printer: {name}</source>
            <translation>Slip printer: {name}</translation>
        </message>
        <message>
            <source>Slip paper: {width} mm</source>
            <translation>Slip paper: {width} mm</translation>
        </message>
        <message>
            <source>Printed {time}</source>
            <translation>Printed {time}</translation>
        </message>
        <message>
            <source>This ruler must measure {mm} mm on paper</source>
            <translation>This ruler must measure {mm} mm on paper</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Printed by</source>
            <translation>Printed by</translation>
        </message>
        <message>
            <source>Printed at</source>
            <translation>Printed at</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Page {page} / {pages}</source>
            <translation>Page {page} / {pages}</translation>
        </message>
        <message>
            <source>REPRINT</source>
            <translation>REPRINT</translation>
        </message>
        <message>
            <source>No. {count}</source>
            <translation>No. {count}</translation>
        </message>
        <message>
            <source>Date / time</source>
            <translation>Date / time</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Print preview: %1</source>
            <translation>Print preview: %1</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Page %1 / %2</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>Sho&amp;w</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>No., unit, reporter or phone</source>
            <translation>No., unit, reporter or phone</translation>
        </message>
        <message>
            <source>E&amp;xport to Excel…</source>
            <translation>E&amp;xport to Excel…</translation>
        </message>
        <message>
            <source>Open jobs</source>
            <translation>Open jobs</translation>
        </message>
        <message>
            <source>Return visits due</source>
            <translation>Return visits due</translation>
        </message>
        <message>
            <source>Closed / ended</source>
            <translation>Closed / ended</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>{count} jobs</source>
            <translation>{count} jobs</translation>
        </message>
    </context>
    <context>
        <name>RecordLinks</name>
        <message>
            <source>Open {record} on its page (Enter)</source>
            <translation>Open {record} on its page (Enter)</translation>
        </message>
    </context>
    <context>
        <name>RegisterTab</name>
        <message>
            <source>Scan a tag, or type a tag, key name or borrower (Ctrl+F)</source>
            <translation>Scan a tag, or type a tag, key name or borrower (Ctrl+F)</translation>
        </message>
        <message>
            <source>Lend (F2)</source>
            <translation>Lend (F2)</translation>
        </message>
        <message>
            <source>Take back (F3)</source>
            <translation>Take back (F3)</translation>
        </message>
        <message>
            <source>Key count (F6)</source>
            <translation>Key count (F6)</translation>
        </message>
        <message>
            <source>History (F4)</source>
            <translation>History (F4)</translation>
        </message>
        <message>
            <source>Print list (Ctrl+P)</source>
            <translation>Print list (Ctrl+P)</translation>
        </message>
        <message>
            <source>Excel…</source>
            <translation>Excel…</translation>
        </message>
        <message>
            <source>Manage keys</source>
            <translation>Manage keys</translation>
        </message>
        <message>
            <source>More to Excel</source>
            <translation>More to Excel</translation>
        </message>
        <message>
            <source>Deposited keys to Excel…</source>
            <translation>Deposited keys to Excel…</translation>
        </message>
        <message>
            <source>Key counts to Excel…</source>
            <translation>Key counts to Excel…</translation>
        </message>
        <message>
            <source>This desk's key counts of the last 31 days (other periods: the Reports page)</source>
            <translation>This desk's key counts of the last 31 days (other periods: the Reports page)</translation>
        </message>
        <message>
            <source>Every class</source>
            <translation>Every class</translation>
        </message>
        <message>
            <source>{shown} keys shown · {out} out now · {overdue} overdue</source>
            <translation>{shown} keys shown · {out} out now · {overdue} overdue</translation>
        </message>
    </context>
    <context>
        <name>RepairExport</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Reported at</source>
            <translation>Reported at</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Unit / location</source>
            <translation>Unit / location</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <source>Phone (masked)</source>
            <translation>Phone (masked)</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Responded at</source>
            <translation>Responded at</translation>
        </message>
        <message>
            <source>Done at</source>
            <translation>Done at</translation>
        </message>
        <message>
            <source>Closed at</source>
            <translation>Closed at</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>RepairLabels</name>
        <message>
            <source>Repair</source>
            <translation>Repair</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <source>Praise</source>
            <translation>Praise</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>Patrol finding</source>
            <translation>Patrol finding</translation>
        </message>
        <message>
            <source>Owner app</source>
            <translation>Owner app</translation>
        </message>
        <message>
            <source>Duty log</source>
            <translation>Duty log</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>On hold</translation>
        </message>
        <message>
            <source>Done, awaiting return visit</source>
            <translation>Done, awaiting return visit</translation>
        </message>
        <message>
            <source>Return visit: not reached</source>
            <translation>Return visit: not reached</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Plumbing</source>
            <translation>Plumbing</translation>
        </message>
        <message>
            <source>Electrical</source>
            <translation>Electrical</translation>
        </message>
        <message>
            <source>Lift</source>
            <translation>Lift</translation>
        </message>
        <message>
            <source>Door / access</source>
            <translation>Door / access</translation>
        </message>
        <message>
            <source>Public area</source>
            <translation>Public area</translation>
        </message>
        <message>
            <source>Noise / neighbour</source>
            <translation>Noise / neighbour</translation>
        </message>
        <message>
            <source>Cleaning</source>
            <translation>Cleaning</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Security</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Reported</translation>
        </message>
        <message>
            <source>Dispatched to</source>
            <translation>Dispatched to</translation>
        </message>
        <message>
            <source>Work started</source>
            <translation>Work started</translation>
        </message>
        <message>
            <source>Put on hold</source>
            <translation>Put on hold</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Resumed</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Return visit answered</source>
            <translation>Return visit answered</translation>
        </message>
        <message>
            <source>Closed without reaching the reporter</source>
            <translation>Closed without reaching the reporter</translation>
        </message>
        <message>
            <source>Reopened as</source>
            <translation>Reopened as</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Waiting for the resident</source>
            <translation>Waiting for the resident</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>Waiting for parts</translation>
        </message>
        <message>
            <source>Waiting for a paid-service quote</source>
            <translation>Waiting for a paid-service quote</translation>
        </message>
        <message>
            <source>Other (say why)</source>
            <translation>Other (say why)</translation>
        </message>
        <message>
            <source>Duplicate of another request</source>
            <translation>Duplicate of another request</translation>
        </message>
        <message>
            <source>Not the management's job</source>
            <translation>Not the management's job</translation>
        </message>
        <message>
            <source>Withdrawn by the reporter</source>
            <translation>Withdrawn by the reporter</translation>
        </message>
        <message>
            <source>Entered by mistake</source>
            <translation>Entered by mistake</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>Very satisfied</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>Satisfied</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <source>Dissatisfied</source>
            <translation>Dissatisfied</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>Very dissatisfied</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>At risk</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
    </context>
    <context>
        <name>RepairSettingsSection</name>
        <message>
            <source>Repairs: SLA and categories</source>
            <translation>Repairs: SLA and categories</translation>
        </message>
        <message>
            <source>Targets in hours (0 = no target). New targets apply to requests taken from now on; jobs already taken keep theirs.</source>
            <translation>Targets in hours (0 = no target). New targets apply to requests taken from now on; jobs already taken keep theirs.</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Applies to</translation>
        </message>
        <message>
            <source>Respond within (h)</source>
            <translation>Respond within (h)</translation>
        </message>
        <message>
            <source>Fix within (h)</source>
            <translation>Fix within (h)</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Clock</translation>
        </message>
        <message>
            <source>Repair, priority</source>
            <translation>Repair, priority</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Every</translation>
        </message>
        <message>
            <source>24 hours, every day</source>
            <translation>24 hours, every day</translation>
        </message>
        <message>
            <source>Business hours</source>
            <translation>Business hours</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>No target</translation>
        </message>
        <message>
            <source>Categories (one per line)</source>
            <translation>Categories (one per line)</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Working days</translation>
        </message>
        <message>
            <source>Holidays (YYYY-MM-DD, one per line)</source>
            <translation>Holidays (YYYY-MM-DD, one per line)</translation>
        </message>
        <message>
            <source>Return-visit calls before closing unreached</source>
            <translation>Return-visit calls before closing unreached</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>Save repair settings</source>
            <translation>Save repair settings</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>RepairSheet</name>
        <message>
            <source>Work order</source>
            <translation>Work order</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Reported at</source>
            <translation>Reported at</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Unit / location</source>
            <translation>Unit / location</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Respond by</source>
            <translation>Respond by</translation>
        </message>
        <message>
            <source>Fix by</source>
            <translation>Fix by</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Work done / parts used</source>
            <translation>Work done / parts used</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>Reopens</source>
            <translation>Reopens</translation>
        </message>
        <message>
            <source>Made from</source>
            <translation>Made from</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incident</translation>
        </message>
        <message>
            <source>Duty-log entry</source>
            <translation>Duty-log entry</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
    </context>
    <context>
        <name>RepairTexts</name>
        <message>
            <source>This cannot be done to a job in this state (perhaps changed at another desk). Refresh.</source>
            <translation>This cannot be done to a job in this state (perhaps changed at another desk). Refresh.</translation>
        </message>
        <message>
            <source>{name} is not in the data folder of this PC (restored without its attachments, or saved at another desk). It cannot be opened here.</source>
            <translation>{name} is not in the data folder of this PC (restored without its attachments, or saved at another desk). It cannot be opened here.</translation>
        </message>
        <message>
            <source>{name} was changed on disk after it was attached, so it is not opened. Tell the supervisor.</source>
            <translation>{name} was changed on disk after it was attached, so it is not opened. Tell the supervisor.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <source>Reporter's phone</source>
            <translation>Reporter's phone</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>Technician or contractor</source>
            <translation>Technician or contractor</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Return-visit calls</source>
            <translation>Return-visit calls</translation>
        </message>
        <message>
            <source>Repair categories</source>
            <translation>Repair categories</translation>
        </message>
        <message>
            <source>Business hours</source>
            <translation>Business hours</translation>
        </message>
        <message>
            <source>Largest attachment (MB)</source>
            <translation>Largest attachment (MB)</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>Holidays</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Working days</translation>
        </message>
        <message>
            <source>Return-visit calls before closing</source>
            <translation>Return-visit calls before closing</translation>
        </message>
        <message>
            <source>{name} is {size} MB; files up to {max} MB can be attached.</source>
            <translation>{name} is {size} MB; files up to {max} MB can be attached.</translation>
        </message>
        <message>
            <source>{name} is empty (0 bytes): it was probably not copied completely. Choose it again.</source>
            <translation>{name} is empty (0 bytes): it was probably not copied completely. Choose it again.</translation>
        </message>
        <message>
            <source>{name} cannot be read (moved, deleted or not allowed). Choose it again.</source>
            <translation>{name} cannot be read (moved, deleted or not allowed). Choose it again.</translation>
        </message>
        <message>
            <source>At most {max} files can be attached.</source>
            <translation>At most {max} files can be attached.</translation>
        </message>
        <message>
            <source>The response target cannot be longer than the fix target.</source>
            <translation>The response target cannot be longer than the fix target.</translation>
        </message>
        <message>
            <source>The opening time must be before the closing time.</source>
            <translation>The opening time must be before the closing time.</translation>
        </message>
        <message>
            <source>The opening hours overlap.</source>
            <translation>The opening hours overlap.</translation>
        </message>
        <message>
            <source>Choose at least one working day.</source>
            <translation>Choose at least one working day.</translation>
        </message>
        <message>
            <source>{date} is both a holiday and a working day.</source>
            <translation>{date} is both a holiday and a working day.</translation>
        </message>
        <message>
            <source>Choose a unit, or type where it is in Location.</source>
            <translation>Choose a unit, or type where it is in Location.</translation>
        </message>
        <message>
            <source>Call at least {min} times first ({now} so far).</source>
            <translation>Call at least {min} times first ({now} so far).</translation>
        </message>
    </context>
    <context>
        <name>RepairsPage</name>
        <message>
            <source>Repairs and complaints</source>
            <translation>Repairs and complaints</translation>
        </message>
        <message>
            <source>&amp;Queue</source>
            <translation>&amp;Queue</translation>
        </message>
        <message>
            <source>&amp;New request (Ctrl+N)</source>
            <translation>&amp;New request (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Return visits</source>
            <translation>&amp;Return visits</translation>
        </message>
        <message>
            <source>Export work orders</source>
            <translation>Export work orders</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} work orders exported to {path}.</source>
            <translation>{count} work orders exported to {path}.</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Export cancelled; no file was written.</translation>
        </message>
        <message>
            <source>Work order {number}</source>
            <translation>Work order {number}</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>Work order</translation>
        </message>
    </context>
    <context>
        <name>RepairsPanel</name>
        <message>
            <source>Repairs and complaints</source>
            <translation>Repairs and complaints</translation>
        </message>
        <message>
            <source>Open the &amp;queue</source>
            <translation>Open the &amp;queue</translation>
        </message>
        <message>
            <source>Overdue: {count}</source>
            <translation>Overdue: {count}</translation>
        </message>
        <message>
            <source>At risk: {count}</source>
            <translation>At risk: {count}</translation>
        </message>
        <message>
            <source>On hold: {count}</source>
            <translation>On hold: {count}</translation>
        </message>
        <message>
            <source>Open jobs: {count}</source>
            <translation>Open jobs: {count}</translation>
        </message>
        <message>
            <source>Return visits due: {count}</source>
            <translation>Return visits due: {count}</translation>
        </message>
    </context>
    <context>
        <name>ReportTexts</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>That is still in the future: there is nothing to report yet.</source>
            <translation>That is still in the future: there is nothing to report yet.</translation>
        </message>
        <message>
            <source>The end is before the start.</source>
            <translation>The end is before the start.</translation>
        </message>
    </context>
    <context>
        <name>ReportWords</name>
        <message>
            <source>Whole site</source>
            <translation>Whole site</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>None.</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Not recorded at this site (module not installed): {modules}</source>
            <translation>Not recorded at this site (module not installed): {modules}</translation>
        </message>
        <message>
            <source>The period is not over: figures up to {time}.</source>
            <translation>The period is not over: figures up to {time}.</translation>
        </message>
        <message>
            <source>Scheduled task (command line)</source>
            <translation>Scheduled task (command line)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Repairs and complaints</source>
            <translation>Repairs and complaints</translation>
        </message>
        <message>
            <source>Duty log, patrols and incidents</source>
            <translation>Duty log, patrols and incidents</translation>
        </message>
        <message>
            <source>Shifts and access</source>
            <translation>Shifts and access</translation>
        </message>
        <message>
            <source>Daily report {date}</source>
            <translation>Daily report {date}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Exceptions</source>
            <translation>Exceptions</translation>
        </message>
        <message>
            <source>No exceptions: nothing needed attention.</source>
            <translation>No exceptions: nothing needed attention.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Who / what</source>
            <translation>Who / what</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Due / note</source>
            <translation>Due / note</translation>
        </message>
        <message>
            <source>due {time}</source>
            <translation>due {time}</translation>
        </message>
        <message>
            <source>{count} missing</source>
            <translation>{count} missing</translation>
        </message>
        <message>
            <source>missed {count} times</source>
            <translation>missed {count} times</translation>
        </message>
        <message>
            <source>Summary by module</source>
            <translation>Summary by module</translation>
        </message>
        <message>
            <source>Nothing recorded this day.</source>
            <translation>Nothing recorded this day.</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Figures of the day</source>
            <translation>Figures of the day</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Charts</translation>
        </message>
        <message>
            <source>Visitors per hour (check-ins)</source>
            <translation>Visitors per hour (check-ins)</translation>
        </message>
        <message>
            <source>Work orders by category and status</source>
            <translation>Work orders by category and status</translation>
        </message>
        <message>
            <source>No visitors recorded.</source>
            <translation>No visitors recorded.</translation>
        </message>
        <message>
            <source>No work orders.</source>
            <translation>No work orders.</translation>
        </message>
        <message>
            <source>Shifts and operators</source>
            <translation>Shifts and operators</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No shift was worked.</source>
            <translation>No shift was worked.</translation>
        </message>
        <message>
            <source>ended by {name}</source>
            <translation>ended by {name}</translation>
        </message>
        <message>
            <source>Supervisor approvals</source>
            <translation>Supervisor approvals</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Asked by</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Refused sign-ins</source>
            <translation>Refused sign-ins</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Failures</source>
            <translation>Failures</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>password</source>
            <translation>password</translation>
        </message>
        <message>
            <source>PIN (unlock)</source>
            <translation>PIN (unlock)</translation>
        </message>
        <message>
            <source>supervisor PIN</source>
            <translation>supervisor PIN</translation>
        </message>
        <message>
            <source>Audit chain</source>
            <translation>Audit chain</translation>
        </message>
        <message>
            <source>Entries this day</source>
            <translation>Entries this day</translation>
        </message>
        <message>
            <source>Chain head at the end of the day</source>
            <translation>Chain head at the end of the day</translation>
        </message>
        <message>
            <source>Reviewed by (supervisor)</source>
            <translation>Reviewed by (supervisor)</translation>
        </message>
        <message>
            <source>Muster list: everyone on site</source>
            <translation>Muster list: everyone on site</translation>
        </message>
        <message>
            <source>On site at</source>
            <translation>On site at</translation>
        </message>
        <message>
            <source>Total on site</source>
            <translation>Total on site</translation>
        </message>
        <message>
            <source>Building: {name}</source>
            <translation>Building: {name}</translation>
        </message>
        <message>
            <source>No building recorded</source>
            <translation>No building recorded</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Unit / place</source>
            <translation>Unit / place</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Nobody is recorded on site.</source>
            <translation>Nobody is recorded on site.</translation>
        </message>
        <message>
            <source>{kind}: none on site.</source>
            <translation>{kind}: none on site.</translation>
        </message>
        <message>
            <source>Read the names at the assembly point; tick who is present; report anyone missing to the fire services at once.</source>
            <translation>Read the names at the assembly point; tick who is present; report anyone missing to the fire services at once.</translation>
        </message>
        <message>
            <source>Roll call by</source>
            <translation>Roll call by</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>Contractor</translation>
        </message>
        <message>
            <source>Key holder</source>
            <translation>Key holder</translation>
        </message>
        <message>
            <source>Monthly KPI report {month}</source>
            <translation>Monthly KPI report {month}</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Compared with</source>
            <translation>Compared with</translation>
        </message>
        <message>
            <source>Evaluation indicators</source>
            <translation>Evaluation indicators</translation>
        </message>
        <message>
            <source>Other figures</source>
            <translation>Other figures</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>better</source>
            <translation>better</translation>
        </message>
        <message>
            <source>worse</source>
            <translation>worse</translation>
        </message>
        <message>
            <source>Visitors per day</source>
            <translation>Visitors per day</translation>
        </message>
        <message>
            <source>Work orders by category</source>
            <translation>Work orders by category</translation>
        </message>
        <message>
            <source>Response time: mean time to first response. MTTR: repair time without time on hold ÷ repairs resolved. SLA compliance: jobs within every target ÷ jobs judged. Satisfaction: (5·n5 + 4·n4 + 3·n3 + 2·n2 + 1·n1) ÷ N. Complaint rate: complaints ÷ all requests.</source>
            <translation>Response time: mean time to first response. MTTR: repair time without time on hold ÷ repairs resolved. SLA compliance: jobs within every target ÷ jobs judged. Satisfaction: (5·n5 + 4·n4 + 3·n3 + 2·n2 + 1·n1) ÷ N. Complaint rate: complaints ÷ all requests.</translation>
        </message>
        <message>
            <source>Approved by (manager)</source>
            <translation>Approved by (manager)</translation>
        </message>
        <message>
            <source>{value} min</source>
            <translation>{value} min</translation>
        </message>
        <message>
            <source>{value} h</source>
            <translation>{value} h</translation>
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
            <translation>Urgent</translation>
        </message>
        <message>
            <source>entry No. {seq}, fingerprint {short}</source>
            <translation>entry No. {seq}, fingerprint {short}</translation>
        </message>
        <message>
            <source>No entry recorded yet.</source>
            <translation>No entry recorded yet.</translation>
        </message>
        <message>
            <source>Checking the records later must reach this same line for this entry; if it differs, records were changed after this report was printed.</source>
            <translation>Checking the records later must reach this same line for this entry; if it differs, records were changed after this report was printed.</translation>
        </message>
        <message>
            <source>round {start}–{end}</source>
            <translation>round {start}–{end}</translation>
        </message>
        <message>
            <source>… {count} more of this kind (see the list on screen or the export)</source>
            <translation>… {count} more of this kind (see the list on screen or the export)</translation>
        </message>
        <message>
            <source>Arrived / key out</source>
            <translation>Arrived / key out</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>{people} = {named} named + {companions} with them</source>
            <translation>{people} = {named} named + {companions} with them</translation>
        </message>
        <message>
            <source>with {names}</source>
            <translation>with {names}</translation>
        </message>
        <message>
            <source>checked in {count} times, still open</source>
            <translation>checked in {count} times, still open</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>no data</translation>
        </message>
        <message>
            <source>Nothing was recorded in the previous month: there is nothing to compare with.</source>
            <translation>Nothing was recorded in the previous month: there is nothing to compare with.</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incident</translation>
        </message>
        <message>
            <source>SLA breached</source>
            <translation>SLA breached</translation>
        </message>
        <message>
            <source>Handover refused</source>
            <translation>Handover refused</translation>
        </message>
        <message>
            <source>Handover queried</source>
            <translation>Handover queried</translation>
        </message>
        <message>
            <source>Watchlist hit</source>
            <translation>Watchlist hit</translation>
        </message>
        <message>
            <source>Visitor overstay</source>
            <translation>Visitor overstay</translation>
        </message>
        <message>
            <source>Key overdue</source>
            <translation>Key overdue</translation>
        </message>
        <message>
            <source>Key lost</source>
            <translation>Key lost</translation>
        </message>
        <message>
            <source>Key count difference</source>
            <translation>Key count difference</translation>
        </message>
        <message>
            <source>Patrol checkpoint missed</source>
            <translation>Patrol checkpoint missed</translation>
        </message>
        <message>
            <source>Account locked</source>
            <translation>Account locked</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>Checked out</source>
            <translation>Checked out</translation>
        </message>
        <message>
            <source>Still on site</source>
            <translation>Still on site</translation>
        </message>
        <message>
            <source>Overstays</source>
            <translation>Overstays</translation>
        </message>
        <message>
            <source>Watchlist hits</source>
            <translation>Watchlist hits</translation>
        </message>
        <message>
            <source>Refused entry</source>
            <translation>Refused entry</translation>
        </message>
        <message>
            <source>Expected visitors</source>
            <translation>Expected visitors</translation>
        </message>
        <message>
            <source>Keys issued</source>
            <translation>Keys issued</translation>
        </message>
        <message>
            <source>Keys returned</source>
            <translation>Keys returned</translation>
        </message>
        <message>
            <source>Keys out</source>
            <translation>Keys out</translation>
        </message>
        <message>
            <source>Keys overdue</source>
            <translation>Keys overdue</translation>
        </message>
        <message>
            <source>Keys lost</source>
            <translation>Keys lost</translation>
        </message>
        <message>
            <source>Key counts</source>
            <translation>Key counts</translation>
        </message>
        <message>
            <source>Count differences</source>
            <translation>Count differences</translation>
        </message>
        <message>
            <source>New work orders</source>
            <translation>New work orders</translation>
        </message>
        <message>
            <source>of which complaints</source>
            <translation>of which complaints</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Open at end of day</source>
            <translation>Open at end of day</translation>
        </message>
        <message>
            <source>SLA breaches</source>
            <translation>SLA breaches</translation>
        </message>
        <message>
            <source>Return visits</source>
            <translation>Return visits</translation>
        </message>
        <message>
            <source>Log entries</source>
            <translation>Log entries</translation>
        </message>
        <message>
            <source>Patrol rounds</source>
            <translation>Patrol rounds</translation>
        </message>
        <message>
            <source>Checkpoints missed</source>
            <translation>Checkpoints missed</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Handovers</source>
            <translation>Handovers</translation>
        </message>
        <message>
            <source>Handovers refused</source>
            <translation>Handovers refused</translation>
        </message>
        <message>
            <source>Items queried</source>
            <translation>Items queried</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>Shifts</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>Audit entries</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>On hold</translation>
        </message>
        <message>
            <source>Visitor volume</source>
            <translation>Visitor volume</translation>
        </message>
        <message>
            <source>Visitors per day (mean)</source>
            <translation>Visitors per day (mean)</translation>
        </message>
        <message>
            <source>Repair and complaint requests</source>
            <translation>Repair and complaint requests</translation>
        </message>
        <message>
            <source>Response time</source>
            <translation>Response time</translation>
        </message>
        <message>
            <source>Mean time to repair (MTTR)</source>
            <translation>Mean time to repair (MTTR)</translation>
        </message>
        <message>
            <source>SLA compliance</source>
            <translation>SLA compliance</translation>
        </message>
        <message>
            <source>Satisfaction score</source>
            <translation>Satisfaction score</translation>
        </message>
        <message>
            <source>Complaint rate</source>
            <translation>Complaint rate</translation>
        </message>
        <message>
            <source>Reopen rate</source>
            <translation>Reopen rate</translation>
        </message>
        <message>
            <source>of which critical</source>
            <translation>of which critical</translation>
        </message>
        <message>
            <source>of which high</source>
            <translation>of which high</translation>
        </message>
        <message>
            <source>of which medium</source>
            <translation>of which medium</translation>
        </message>
        <message>
            <source>of which low</source>
            <translation>of which low</translation>
        </message>
        <message>
            <source>Patrol checkpoints missed</source>
            <translation>Patrol checkpoints missed</translation>
        </message>
        <message>
            <source>Key loans</source>
            <translation>Key loans</translation>
        </message>
        <message>
            <source>Overdue keys</source>
            <translation>Overdue keys</translation>
        </message>
        <message>
            <source>Shifts worked</source>
            <translation>Shifts worked</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Work orders</source>
            <translation>Work orders</translation>
        </message>
        <message>
            <source>Duty log</source>
            <translation>Duty log</translation>
        </message>
        <message>
            <source>Period: {start} – {end}</source>
            <translation>Period: {start} – {end}</translation>
        </message>
        <message>
            <source>Period: all records</source>
            <translation>Period: all records</translation>
        </message>
        <message>
            <source>Exported by {name} at {time}</source>
            <translation>Exported by {name} at {time}</translation>
        </message>
        <message>
            <source>Filter: {text}</source>
            <translation>Filter: {text}</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Ended by</source>
            <translation>Ended by</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <source>Borrower is</source>
            <translation>Borrower is</translation>
        </message>
        <message>
            <source>Company / unit / pass</source>
            <translation>Company / unit / pass</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>ID checked</source>
            <translation>ID checked</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>Due back</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Returned by (someone else)</source>
            <translation>Returned by (someone else)</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Received by</translation>
        </message>
        <message>
            <source>Late (min)</source>
            <translation>Late (min)</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Returned late</source>
            <translation>Returned late</translation>
        </message>
        <message>
            <source>Lost while out</source>
            <translation>Lost while out</translation>
        </message>
        <message>
            <source>End another operator's shift</source>
            <translation>End another operator's shift</translation>
        </message>
        <message>
            <source>Change this desk's settings</source>
            <translation>Change this desk's settings</translation>
        </message>
        <message>
            <source>Reject or cancel a work order</source>
            <translation>Reject or cancel a work order</translation>
        </message>
        <message>
            <source>Record a return visit</source>
            <translation>Record a return visit</translation>
        </message>
        <message>
            <source>Reopen a work order</source>
            <translation>Reopen a work order</translation>
        </message>
        <message>
            <source>Close a job whose resident could not be reached</source>
            <translation>Close a job whose resident could not be reached</translation>
        </message>
        <message>
            <source>Export a list to Excel</source>
            <translation>Export a list to Excel</translation>
        </message>
        <message>
            <source>Change patrol routes</source>
            <translation>Change patrol routes</translation>
        </message>
        <message>
            <source>Change emergency contacts or plans</source>
            <translation>Change emergency contacts or plans</translation>
        </message>
        <message>
            <source>Close a stuck or refused handover</source>
            <translation>Close a stuck or refused handover</translation>
        </message>
        <message>
            <source>Lend a key to someone not authorised</source>
            <translation>Lend a key to someone not authorised</translation>
        </message>
        <message>
            <source>Change the key inventory</source>
            <translation>Change the key inventory</translation>
        </message>
        <message>
            <source>Confirm a lost key</source>
            <translation>Confirm a lost key</translation>
        </message>
        <message>
            <source>Retire a key</source>
            <translation>Retire a key</translation>
        </message>
        <message>
            <source>Print the monthly report</source>
            <translation>Print the monthly report</translation>
        </message>
        <message>
            <source>Unlock an operator</source>
            <translation>Unlock an operator</translation>
        </message>
    </context>
    <context>
        <name>ReportsCli</name>
        <message>
            <source>Report written: {path}</source>
            <translation>Report written: {path}</translation>
        </message>
        <message>
            <source>'{value}' is not a date (YYYY-MM-DD).</source>
            <translation>'{value}' is not a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>'{value}' is not a month (YYYY-MM).</source>
            <translation>'{value}' is not a month (YYYY-MM).</translation>
        </message>
        <message>
            <source>There is no desk called '{value}' at this site.</source>
            <translation>There is no desk called '{value}' at this site.</translation>
        </message>
        <message>
            <source>{rows} rows exported to {path}</source>
            <translation>{rows} rows exported to {path}</translation>
        </message>
        <message>
            <source>The list '{what}' is not kept at this site (its module is not installed).</source>
            <translation>The list '{what}' is not kept at this site (its module is not installed).</translation>
        </message>
        <message>
            <source>--to must not be before --from.</source>
            <translation>--to must not be before --from.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports and exports</source>
            <translation>Reports and exports</translation>
        </message>
        <message>
            <source>Report (PDF)</source>
            <translation>Report (PDF)</translation>
        </message>
        <message>
            <source>Excel export</source>
            <translation>Excel export</translation>
        </message>
        <message>
            <source>Daily report</source>
            <translation>Daily report</translation>
        </message>
        <message>
            <source>Muster list (everyone on site now)</source>
            <translation>Muster list (everyone on site now)</translation>
        </message>
        <message>
            <source>Monthly KPI report</source>
            <translation>Monthly KPI report</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>&amp;Report</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Month</translation>
        </message>
        <message>
            <source>Des&amp;k</source>
            <translation>Des&amp;k</translation>
        </message>
        <message>
            <source>Whole site</source>
            <translation>Whole site</translation>
        </message>
        <message>
            <source>Preview (F5)</source>
            <translation>Preview (F5)</translation>
        </message>
        <message>
            <source>Print… (Ctrl+P)</source>
            <translation>Print… (Ctrl+P)</translation>
        </message>
        <message>
            <source>Save PDF… (Ctrl+S)</source>
            <translation>Save PDF… (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>&amp;List</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>&amp;To (included)</source>
            <translation>&amp;To (included)</translation>
        </message>
        <message>
            <source>D&amp;esk</source>
            <translation>D&amp;esk</translation>
        </message>
        <message>
            <source>Export to Excel… (Ctrl+E)</source>
            <translation>Export to Excel… (Ctrl+E)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>Save the report as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <source>Sent {pages} page(s) to {printer}.</source>
            <translation>Sent {pages} page(s) to {printer}.</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>{rows} rows exported to {path}</source>
            <translation>{rows} rows exported to {path}</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was produced.</source>
            <translation>Cancelled: nothing was produced.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Backups in {folder}. Choose one and read what it holds. The current database is kept aside; Gatehouse closes after the restore.</source>
            <translation>Backups in {folder}. Choose one and read what it holds. The current database is kept aside; Gatehouse closes after the restore.</translation>
        </message>
        <message>
            <source>Replace the current database with this backup</source>
            <translation>Replace the current database with this backup</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>There is no backup in this folder.</source>
            <translation>There is no backup in this folder.</translation>
        </message>
        <message>
            <source>Made: {when}</source>
            <translation>Made: {when}</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>File: {name}</translation>
        </message>
        <message>
            <source>Schema: {versions}</source>
            <translation>Schema: {versions}</translation>
        </message>
        <message>
            <source>Audit entries: {count}, head {head}</source>
            <translation>Audit entries: {count}, head {head}</translation>
        </message>
        <message>
            <source>Database {database}, compressed {archive}</source>
            <translation>Database {database}, compressed {archive}</translation>
        </message>
        <message>
            <source>{what}: {count}</source>
            <translation>{what}: {count}</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <source>Key loans</source>
            <translation>Key loans</translation>
        </message>
        <message>
            <source>Work orders</source>
            <translation>Work orders</translation>
        </message>
        <message>
            <source>Log entries</source>
            <translation>Log entries</translation>
        </message>
        <message>
            <source>Handovers</source>
            <translation>Handovers</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Operators</translation>
        </message>
        <message>
            <source>Restored from {backup}. The replaced database was kept as {kept}. Gatehouse closes now.</source>
            <translation>Restored from {backup}. The replaced database was kept as {kept}. Gatehouse closes now.</translation>
        </message>
    </context>
    <context>
        <name>RetireKeyDialog</name>
        <message>
            <source>Retire a key</source>
            <translation>Retire a key</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>e.g. lock changed on 2026-03-01</source>
            <translation>e.g. lock changed on 2026-03-01</translation>
        </message>
        <message>
            <source>&amp;Retire the key</source>
            <translation>&amp;Retire the key</translation>
        </message>
    </context>
    <context>
        <name>ReturnKeyDialog</name>
        <message>
            <source>Take a key back</source>
            <translation>Take a key back</translation>
        </message>
        <message>
            <source>Lent to {name} at {issued}, due back {due}.</source>
            <translation>Lent to {name} at {issued}, due back {due}.</translation>
        </message>
        <message>
            <source>Overdue by {late}.</source>
            <translation>Overdue by {late}.</translation>
        </message>
        <message>
            <source>Brought back by</source>
            <translation>Brought back by</translation>
        </message>
        <message>
            <source>The borrower, {name} (&amp;B)</source>
            <translation>The borrower, {name} (&amp;B)</translation>
        </message>
        <message>
            <source>Someone else (&amp;O)</source>
            <translation>Someone else (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>&amp;Take back</source>
            <translation>&amp;Take back</translation>
        </message>
    </context>
    <context>
        <name>RingDialog</name>
        <message>
            <source>Keys on a ring</source>
            <translation>Keys on a ring</translation>
        </message>
        <message>
            <source>&amp;Tags on the ring</source>
            <translation>&amp;Tags on the ring</translation>
        </message>
        <message>
            <source>e.g. K-031, K-032 (comma or space between tags)</source>
            <translation>e.g. K-031, K-032 (comma or space between tags)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>No key has the tag {tag}.</source>
            <translation>No key has the tag {tag}.</translation>
        </message>
    </context>
    <context>
        <name>RoundTableModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Checkpoint</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Reached</translation>
        </message>
        <message>
            <source>Anomaly</source>
            <translation>Anomaly</translation>
        </message>
        <message>
            <source>scanned</source>
            <translation>scanned</translation>
        </message>
        <message>
            <source>ticked</source>
            <translation>ticked</translation>
        </message>
    </context>
    <context>
        <name>SecurityCli</name>
        <message>
            <source>{seals} sealed days verify; the chain holds everything the highest anchor ({anchor}) names.</source>
            <translation>{seals} sealed days verify; the chain holds everything the highest anchor ({anchor}) names.</translation>
        </message>
        <message>
            <source>No anchor outside the database was found: entries cut from the end since the last sealed day would not show.</source>
            <translation>No anchor outside the database was found: entries cut from the end since the last sealed day would not show.</translation>
        </message>
        <message>
            <source>Audit chain CUT SHORT: the last {missing} entries are missing since {since} (the chain ends at entry {last}).</source>
            <translation>Audit chain CUT SHORT: the last {missing} entries are missing since {since} (the chain ends at entry {last}).</translation>
        </message>
        <message>
            <source>Audit chain RE-FORGED: the seal of {day} does not verify; entries up to that day were rewritten or the seals replaced.</source>
            <translation>Audit chain RE-FORGED: the seal of {day} does not verify; entries up to that day were rewritten or the seals replaced.</translation>
        </message>
        <message>
            <source>Audit chain REWRITTEN: entry {seq} differs from the anchor kept outside the database.</source>
            <translation>Audit chain REWRITTEN: entry {seq} differs from the anchor kept outside the database.</translation>
        </message>
        <message>
            <source>Audit chain BROKEN: its head row (audit_head) was deleted from the database.</source>
            <translation>Audit chain BROKEN: its head row (audit_head) was deleted from the database.</translation>
        </message>
        <message>
            <source>Audit anchor {anchor} written to {path}.</source>
            <translation>Audit anchor {anchor} written to {path}.</translation>
        </message>
        <message>
            <source>Passphrase for the key file: </source>
            <translation>Passphrase for the key file: </translation>
        </message>
        <message>
            <source>The same passphrase again: </source>
            <translation>The same passphrase again: </translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>The passphrase must have at least {min} characters.</source>
            <translation>The passphrase must have at least {min} characters.</translation>
        </message>
        <message>
            <source>Wrong passphrase, or the key file was altered: nothing was imported.</source>
            <translation>Wrong passphrase, or the key file was altered: nothing was imported.</translation>
        </message>
        <message>
            <source>Site key written to {path}, encrypted with your passphrase (owner-only file). Keep both apart.</source>
            <translation>Site key written to {path}, encrypted with your passphrase (owner-only file). Keep both apart.</translation>
        </message>
        <message>
            <source>Password for {user}: </source>
            <translation>Password for {user}: </translation>
        </message>
        <message>
            <source>This command reads personal data or changes the database: give --user NAME (with --password-file F, or type the password when asked).</source>
            <translation>This command reads personal data or changes the database: give --user NAME (with --password-file F, or type the password when asked).</translation>
        </message>
        <message>
            <source>{user} ({role}) may not run this command; it needs: {roles}.</source>
            <translation>{user} ({role}) may not run this command; it needs: {roles}.</translation>
        </message>
        <message>
            <source>Sign-in as {user} refused: {why}</source>
            <translation>Sign-in as {user} refused: {why}</translation>
        </message>
        <message>
            <source>New password set for {user}; the account is unlocked. The recovery is in the audit log.</source>
            <translation>New password set for {user}; the account is unlocked. The recovery is in the audit log.</translation>
        </message>
        <message>
            <source>That key file is not this site's key: nothing was changed.</source>
            <translation>That key file is not this site's key: nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>SecurityWords</name>
        <message>
            <source>Scheduled tasks</source>
            <translation>Scheduled tasks</translation>
        </message>
        <message>
            <source>This account has been locked by a supervisor. A supervisor can unlock it.</source>
            <translation>This account has been locked by a supervisor. A supervisor can unlock it.</translation>
        </message>
        <message>
            <source>This account runs scheduled tasks only; it cannot sign in at a desk.</source>
            <translation>This account runs scheduled tasks only; it cannot sign in at a desk.</translation>
        </message>
        <message>
            <source>Repeated failed sign-ins</source>
            <translation>Repeated failed sign-ins</translation>
        </message>
        <message>
            <source>{name}: {count} failed sign-ins since yesterday, the last at {time} ({desk}). Someone may be guessing this account's password or PIN.</source>
            <translation>{name}: {count} failed sign-ins since yesterday, the last at {time} ({desk}). Someone may be guessing this account's password or PIN.</translation>
        </message>
        <message>
            <source>command line</source>
            <translation>command line</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Main gate</source>
            <translation>Main gate</translation>
        </message>
        <message>
            <source>Reception</source>
            <translation>Reception</translation>
        </message>
        <message>
            <source>Welcome to Gatehouse</source>
            <translation>Welcome to Gatehouse</translation>
        </message>
        <message>
            <source>Set up this site once: its name, its desks (gate booths and reception desks), and the first administrator, who then adds the guards and clerks.</source>
            <translation>Set up this site once: its name, its desks (gate booths and reception desks), and the first administrator, who then adds the guards and clerks.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Site name</source>
            <translation>&amp;Site name</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Time zone</translation>
        </message>
        <message>
            <source>&amp;Gate booths (one per line)</source>
            <translation>&amp;Gate booths (one per line)</translation>
        </message>
        <message>
            <source>&amp;Reception desks (one per line)</source>
            <translation>&amp;Reception desks (one per line)</translation>
        </message>
        <message>
            <source>Administrator &amp;user name</source>
            <translation>Administrator &amp;user name</translation>
        </message>
        <message>
            <source>Administrator's &amp;name</source>
            <translation>Administrator's &amp;name</translation>
        </message>
        <message>
            <source>&amp;Password (8 or more characters)</source>
            <translation>&amp;Password (8 or more characters)</translation>
        </message>
        <message>
            <source>Password &amp;again</source>
            <translation>Password &amp;again</translation>
        </message>
        <message>
            <source>P&amp;IN for quick unlock (4–6 digits)</source>
            <translation>P&amp;IN for quick unlock (4–6 digits)</translation>
        </message>
        <message>
            <source>e.g. Emerald Lake Gardens</source>
            <translation>e.g. Emerald Lake Gardens</translation>
        </message>
        <message>
            <source>&amp;Create site</source>
            <translation>&amp;Create site</translation>
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
    </context>
    <context>
        <name>ShellWindow</name>
        <message>
            <source>Gatehouse</source>
            <translation>Gatehouse</translation>
        </message>
        <message>
            <source>Preparing the database… the site is created in a moment.</source>
            <translation>Preparing the database… the site is created in a moment.</translation>
        </message>
        <message>
            <source>The site is ready. Sign in as the administrator.</source>
            <translation>The site is ready. Sign in as the administrator.</translation>
        </message>
    </context>
    <context>
        <name>ShiftPanel</name>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>&amp;Start my shift</source>
            <translation>&amp;Start my shift</translation>
        </message>
        <message>
            <source>&amp;End shift: hand over</source>
            <translation>&amp;End shift: hand over</translation>
        </message>
        <message>
            <source>No shift is open at this desk.</source>
            <translation>No shift is open at this desk.</translation>
        </message>
        <message>
            <source>{pattern}: {name} on duty since {time}.</source>
            <translation>{pattern}: {name} on duty since {time}.</translation>
        </message>
        <message>
            <source>Shift ended by a supervisor's approval; the handover is recorded.</source>
            <translation>Shift ended by a supervisor's approval; the handover is recorded.</translation>
        </message>
    </context>
    <context>
        <name>ShiftPatternSection</name>
        <message>
            <source>Shift patterns</source>
            <translation>Shift patterns</translation>
        </message>
        <message>
            <source>Leave a name empty to remove that shift. A shift may run past midnight (e.g. 23:00 to 07:00).</source>
            <translation>Leave a name empty to remove that shift. A shift may run past midnight (e.g. 23:00 to 07:00).</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ends</translation>
        </message>
        <message>
            <source>Save shift patterns</source>
            <translation>Save shift patterns</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>SiteSection</name>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Site &amp;name</source>
            <translation>Site &amp;name</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Time zone</translation>
        </message>
        <message>
            <source>&amp;Desk name</source>
            <translation>&amp;Desk name</translation>
        </message>
        <message>
            <source>Desk &amp;kind</source>
            <translation>Desk &amp;kind</translation>
        </message>
        <message>
            <source>Desks (retired desks stay in the records)</source>
            <translation>Desks (retired desks stay in the records)</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>Save site</source>
            <translation>Save site</translation>
        </message>
        <message>
            <source>&amp;Add as new desk</source>
            <translation>&amp;Add as new desk</translation>
        </message>
        <message>
            <source>Save &amp;selected desk</source>
            <translation>Save &amp;selected desk</translation>
        </message>
        <message>
            <source> (retired)</source>
            <translation> (retired)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Select a desk in the list first.</source>
            <translation>Select a desk in the list first.</translation>
        </message>
    </context>
    <context>
        <name>SlipSection</name>
        <message>
            <source>Visitor slips at this desk</source>
            <translation>Visitor slips at this desk</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Print at check-in</source>
            <translation>Print at check-in</translation>
        </message>
        <message>
            <source>Receipt roll (width in the printer settings)</source>
            <translation>Receipt roll (width in the printer settings)</translation>
        </message>
        <message>
            <source>A6 sheet</source>
            <translation>A6 sheet</translation>
        </message>
        <message>
            <source>Yes, on the configured printer without asking</source>
            <translation>Yes, on the configured printer without asking</translation>
        </message>
        <message>
            <source>No, only when asked (Ctrl+P)</source>
            <translation>No, only when asked (Ctrl+P)</translation>
        </message>
        <message>
            <source>Save slip settings</source>
            <translation>Save slip settings</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorApprovalDialog</name>
        <message>
            <source>Supervisor approval</source>
            <translation>Supervisor approval</translation>
        </message>
        <message>
            <source>This action needs a supervisor. The supervisor enters their PIN here and says why; the approval is recorded.</source>
            <translation>This action needs a supervisor. The supervisor enters their PIN here and says why; the approval is recorded.</translation>
        </message>
        <message>
            <source>&amp;Supervisor</source>
            <translation>&amp;Supervisor</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>&amp;PIN</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>No supervisor has a PIN yet. An administrator can set one.</source>
            <translation>No supervisor has a PIN yet. An administrator can set one.</translation>
        </message>
    </context>
    <context>
        <name>SweepDialog</name>
        <message>
            <source>Overstay sweep</source>
            <translation>Overstay sweep</translation>
        </message>
        <message>
            <source>These visitors are past their leave-by time. Check each one and say what you found. "Left" checks the visitor out with the time marked as not witnessed.</source>
            <translation>These visitors are past their leave-by time. Check each one and say what you found. "Left" checks the visitor out with the time marked as not witnessed.</translation>
        </message>
        <message>
            <source>{name} · {unit} · overstay {time}</source>
            <translation>{name} · {unit} · overstay {time}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>&amp;Save answers</source>
            <translation>&amp;Save answers</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose an answer for every visitor.</source>
            <translation>Choose an answer for every visitor.</translation>
        </message>
    </context>
    <context>
        <name>TransactionsTab</name>
        <message>
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;to</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>&amp;Excel…</source>
            <translation>&amp;Excel…</translation>
        </message>
        <message>
            <source>{count} loans</source>
            <translation>{count} loans</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <source>Add a building or a unit</source>
            <translation>Add a building or a unit</translation>
        </message>
        <message>
            <source>&amp;Building code *</source>
            <translation>&amp;Building code *</translation>
        </message>
        <message>
            <source>Building &amp;name (new buildings)</source>
            <translation>Building &amp;name (new buildings)</translation>
        </message>
        <message>
            <source>&amp;Unit (empty: the building only)</source>
            <translation>&amp;Unit (empty: the building only)</translation>
        </message>
        <message>
            <source>&amp;Floor</source>
            <translation>&amp;Floor</translation>
        </message>
    </context>
    <context>
        <name>UnitPicker</name>
        <message>
            <source>Unit, e.g. A12A</source>
            <translation>Unit, e.g. A12A</translation>
        </message>
    </context>
    <context>
        <name>VisitDetailDialog</name>
        <message>
            <source>&amp;Amend…</source>
            <translation>&amp;Amend…</translation>
        </message>
        <message>
            <source>Show full &amp;ID number…</source>
            <translation>Show full &amp;ID number…</translation>
        </message>
        <message>
            <source>&amp;Print slip</source>
            <translation>&amp;Print slip</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>What happened to this visit</source>
            <translation>What happened to this visit</translation>
        </message>
        <message>
            <source>Visit {code}</source>
            <translation>Visit {code}</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source> · amended</source>
            <translation> · amended</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>Visiting</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>Plate</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Leave by</source>
            <translation>Leave by</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>, approved by {name}</source>
            <translation>, approved by {name}</translation>
        </message>
        <message>
            <source>{time} Watchlist ({action}): {decision} by {by}{approved}. Reason listed: {reason}</source>
            <translation>{time} Watchlist ({action}): {decision} by {by}{approved}. Reason listed: {reason}</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <source>{time} Amended by {by}: {changes}. Reason: {reason}</source>
            <translation>{time} Amended by {by}: {changes}. Reason: {reason}</translation>
        </message>
        <message>
            <source>{time} Overstay sweep by {by}: {decision}</source>
            <translation>{time} Overstay sweep by {by}: {decision}</translation>
        </message>
        <message>
            <source>Slips printed: {count}</source>
            <translation>Slips printed: {count}</translation>
        </message>
        <message>
            <source>Nothing since check-in.</source>
            <translation>Nothing since check-in.</translation>
        </message>
        <message>
            <source>Amendment saved.</source>
            <translation>Amendment saved.</translation>
        </message>
        <message>
            <source>Full ID number (this view is recorded): {number}</source>
            <translation>Full ID number (this view is recorded): {number}</translation>
        </message>
    </context>
    <context>
        <name>VisitExport</name>
        <message>
            <source>amended</source>
            <translation>amended</translation>
        </message>
        <message>
            <source>Show a visitor's full ID number</source>
            <translation>Show a visitor's full ID number</translation>
        </message>
        <message>
            <source>Let a visitor in without the ID check</source>
            <translation>Let a visitor in without the ID check</translation>
        </message>
        <message>
            <source>Let in a visitor on the watchlist</source>
            <translation>Let in a visitor on the watchlist</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Minutes on site</source>
            <translation>Minutes on site</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <source>Phone (masked)</source>
            <translation>Phone (masked)</translation>
        </message>
        <message>
            <source>ID (masked)</source>
            <translation>ID (masked)</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>Visiting</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>Plate</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>Companions</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Pass</translation>
        </message>
        <message>
            <source>How they left</source>
            <translation>How they left</translation>
        </message>
        <message>
            <source>Checked in by</source>
            <translation>Checked in by</translation>
        </message>
        <message>
            <source>Amended</source>
            <translation>Amended</translation>
        </message>
    </context>
    <context>
        <name>VisitHistoryModel</name>
        <message>
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>Visiting</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>Plate</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>{status} · amended</source>
            <translation>{status} · amended</translation>
        </message>
    </context>
    <context>
        <name>VisitHistoryPage</name>
        <message>
            <source>Visit history</source>
            <translation>Visit history</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;To</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Unit</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <source>&amp;Plate</source>
            <translation>&amp;Plate</translation>
        </message>
        <message>
            <source>&amp;Visitor (name, pinyin, phone)</source>
            <translation>&amp;Visitor (name, pinyin, phone)</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>&amp;Export to Excel…</translation>
        </message>
        <message>
            <source>&amp;Details / amend…</source>
            <translation>&amp;Details / amend…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>{count} visits</source>
            <translation>{count} visits</translation>
        </message>
        <message>
            <source>Export visits to Excel</source>
            <translation>Export visits to Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} visits exported to {path}.</source>
            <translation>{count} visits exported to {path}.</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Export cancelled; no file was written.</translation>
        </message>
    </context>
    <context>
        <name>VisitorLabels</name>
        <message>
            <source>{first}; {second}</source>
            <translation>{first}; {second}</translation>
        </message>
        <message>
            <source>{first}, {second}</source>
            <translation>{first}, {second}</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Guest</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>Contractor</translation>
        </message>
        <message>
            <source>Courier / delivery</source>
            <translation>Courier / delivery</translation>
        </message>
        <message>
            <source>Ride-hailing</source>
            <translation>Ride-hailing</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <source>Official</source>
            <translation>Official</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>On site</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>From the list</source>
            <translation>From the list</translation>
        </message>
        <message>
            <source>By search</source>
            <translation>By search</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Scanned</translation>
        </message>
        <message>
            <source>Left, time not witnessed</source>
            <translation>Left, time not witnessed</translation>
        </message>
        <message>
            <source>Mainland resident ID</source>
            <translation>Mainland resident ID</translation>
        </message>
        <message>
            <source>Hong Kong ID</source>
            <translation>Hong Kong ID</translation>
        </message>
        <message>
            <source>Macau ID</source>
            <translation>Macau ID</translation>
        </message>
        <message>
            <source>Taiwan ID</source>
            <translation>Taiwan ID</translation>
        </message>
        <message>
            <source>Home-Return Permit</source>
            <translation>Home-Return Permit</translation>
        </message>
        <message>
            <source>Taiwan Compatriot Permit</source>
            <translation>Taiwan Compatriot Permit</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passport</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Other document</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Not checked</translation>
        </message>
        <message>
            <source>ID sighted</source>
            <translation>ID sighted</translation>
        </message>
        <message>
            <source>Resident confirmed by phone</source>
            <translation>Resident confirmed by phone</translation>
        </message>
        <message>
            <source>Number recorded</source>
            <translation>Number recorded</translation>
        </message>
        <message>
            <source>Do not check IDs</source>
            <translation>Do not check IDs</translation>
        </message>
        <message>
            <source>ID sighted, number not recorded</source>
            <translation>ID sighted, number not recorded</translation>
        </message>
        <message>
            <source>Resident confirms by phone</source>
            <translation>Resident confirms by phone</translation>
        </message>
        <message>
            <source>Record the ID number (encrypted)</source>
            <translation>Record the ID number (encrypted)</translation>
        </message>
        <message>
            <source>Deny entry</source>
            <translation>Deny entry</translation>
        </message>
        <message>
            <source>Call the resident first</source>
            <translation>Call the resident first</translation>
        </message>
        <message>
            <source>Alert only</source>
            <translation>Alert only</translation>
        </message>
        <message>
            <source>Allowed after calling</source>
            <translation>Allowed after calling</translation>
        </message>
        <message>
            <source>Allowed, alert noted</source>
            <translation>Allowed, alert noted</translation>
        </message>
        <message>
            <source>Overridden by a supervisor</source>
            <translation>Overridden by a supervisor</translation>
        </message>
        <message>
            <source>Left (time not witnessed)</source>
            <translation>Left (time not witnessed)</translation>
        </message>
        <message>
            <source>Still here</source>
            <translation>Still here</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>Escalate</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>Tenant</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>{hours} h {minutes:02d} min</source>
            <translation>{hours} h {minutes:02d} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>VisitorSlip</name>
        <message>
            <source>Visitor slip</source>
            <translation>Visitor slip</translation>
        </message>
        <message>
            <source>Visit no.</source>
            <translation>Visit no.</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Pass</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Visiting</source>
            <translation>Visiting</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Time in</source>
            <translation>Time in</translation>
        </message>
        <message>
            <source>Leave by</source>
            <translation>Leave by</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>Plate</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>Companions</translation>
        </message>
        <message>
            <source>Items carried</source>
            <translation>Items carried</translation>
        </message>
        <message>
            <source>Show this slip when you leave; the guard scans the code to check you out.</source>
            <translation>Show this slip when you leave; the guard scans the code to check you out.</translation>
        </message>
        <message>
            <source>Visitor's signature</source>
            <translation>Visitor's signature</translation>
        </message>
    </context>
    <context>
        <name>VisitorTexts</name>
        <message>
            <source>This visitor matches the watchlist: decide before checking in.</source>
            <translation>This visitor matches the watchlist: decide before checking in.</translation>
        </message>
        <message>
            <source>The watchlist says to deny entry: only a supervisor can let this visitor in.</source>
            <translation>The watchlist says to deny entry: only a supervisor can let this visitor in.</translation>
        </message>
        <message>
            <source>The visitor still holds {count} item(s). Take them back or confirm the check-out.</source>
            <translation>The visitor still holds {count} item(s). Take them back or confirm the check-out.</translation>
        </message>
        <message>
            <source>This visitor is no longer on site (perhaps checked out at another desk).</source>
            <translation>This visitor is no longer on site (perhaps checked out at another desk).</translation>
        </message>
        <message>
            <source>No visit matches the scanned code. Is it a slip of this site?</source>
            <translation>No visit matches the scanned code. Is it a slip of this site?</translation>
        </message>
        <message>
            <source>No ID number was recorded for this visit.</source>
            <translation>No ID number was recorded for this visit.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>This expected visitor has already arrived or was cancelled.</source>
            <translation>This expected visitor has already arrived or was cancelled.</translation>
        </message>
        <message>
            <source>This watchlist entry was already lifted.</source>
            <translation>This watchlist entry was already lifted.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Visitor type</source>
            <translation>Visitor type</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>ID type</source>
            <translation>ID type</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>ID check</source>
            <translation>ID check</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>Plate</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>Companions</translation>
        </message>
        <message>
            <source>Items carried</source>
            <translation>Items carried</translation>
        </message>
        <message>
            <source>Pass number</source>
            <translation>Pass number</translation>
        </message>
        <message>
            <source>Leave by</source>
            <translation>Leave by</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Time left</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Other names</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Expected on</source>
            <translation>Expected on</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>ID policy</source>
            <translation>ID policy</translation>
        </message>
        <message>
            <source>Visitor types</source>
            <translation>Visitor types</translation>
        </message>
        <message>
            <source>Slip paper</source>
            <translation>Slip paper</translation>
        </message>
        <message>
            <source>Print a slip at check-in</source>
            <translation>Print a slip at check-in</translation>
        </message>
        <message>
            <source>Type name</source>
            <translation>Type name</translation>
        </message>
        <message>
            <source>Usual stay (minutes)</source>
            <translation>Usual stay (minutes)</translation>
        </message>
        <message>
            <source>Building code</source>
            <translation>Building code</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Unit code</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>Floor</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Already on site</source>
            <translation>Already on site</translation>
        </message>
        <message>
            <source>This site does not record ID numbers (see the ID policy).</source>
            <translation>This site does not record ID numbers (see the ID policy).</translation>
        </message>
        <message>
            <source>Give at least a name, a phone, an ID number or a plate.</source>
            <translation>Give at least a name, a phone, an ID number or a plate.</translation>
        </message>
        <message>
            <source>This cannot be amended.</source>
            <translation>This cannot be amended.</translation>
        </message>
        <message>
            <source>This column is missing from the sheet.</source>
            <translation>This column is missing from the sheet.</translation>
        </message>
        <message>
            <source>The sheet is missing from the file.</source>
            <translation>The sheet is missing from the file.</translation>
        </message>
        <message>
            <source>This is not an Excel (.xlsx) workbook.</source>
            <translation>This is not an Excel (.xlsx) workbook.</translation>
        </message>
        <message>
            <source>Too many rows: at most {max} in one file.</source>
            <translation>Too many rows: at most {max} in one file.</translation>
        </message>
        <message>
            <source>The sheet has no rows to import.</source>
            <translation>The sheet has no rows to import.</translation>
        </message>
        <message>
            <source>Differs from another row with the same code.</source>
            <translation>Differs from another row with the same code.</translation>
        </message>
        <message>
            <source>Built-in visitor types cannot be removed; switch them off instead.</source>
            <translation>Built-in visitor types cannot be removed; switch them off instead.</translation>
        </message>
        <message>
            <source>At least one visitor type must stay on.</source>
            <translation>At least one visitor type must stay on.</translation>
        </message>
        <message>
            <source>Already on site: checked in at {time} (slip {code}) and not checked out.</source>
            <translation>Already on site: checked in at {time} (slip {code}) and not checked out.</translation>
        </message>
        <message>
            <source>Role / job</source>
            <translation>Role / job</translation>
        </message>
        <message>
            <source>Active (1/0)</source>
            <translation>Active (1/0)</translation>
        </message>
        <message>
            <source>Site directory</source>
            <translation>Site directory</translation>
        </message>
        <message>
            <source>Kind: resident, staff or contractor. Residents need a building code and a unit code.</source>
            <translation>Kind: resident, staff or contractor. Residents need a building code and a unit code.</translation>
        </message>
        <message>
            <source>Resident role: owner, tenant or family. One row per person; a row without a name adds a unit.</source>
            <translation>Resident role: owner, tenant or family. One row per person; a row without a name adds a unit.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Until (date)</source>
            <translation>Until (date)</translation>
        </message>
        <message>
            <source>Watchlist</source>
            <translation>Watchlist</translation>
        </message>
        <message>
            <source>Action: deny, call_first or alert_only. ID type: mainland_id, hk_id, macau_id, taiwan_id, home_return_permit, taiwan_compatriot_permit, passport, other.</source>
            <translation>Action: deny, call_first or alert_only. ID type: mainland_id, hk_id, macau_id, taiwan_id, home_return_permit, taiwan_compatriot_permit, passport, other.</translation>
        </message>
        <message>
            <source>Row {row}: {text}</source>
            <translation>Row {row}: {text}</translation>
        </message>
        <message>
            <source>Nothing was imported: {count} problem(s), rows {rows}.</source>
            <translation>Nothing was imported: {count} problem(s), rows {rows}.</translation>
        </message>
        <message>
            <source>Directory imported: added {buildings_added} buildings, {units_added} units, {people_added} people; updated {buildings_updated} buildings, {units_updated} units, {people_updated} people.</source>
            <translation>Directory imported: added {buildings_added} buildings, {units_added} units, {people_added} people; updated {buildings_updated} buildings, {units_updated} units, {people_updated} people.</translation>
        </message>
        <message>
            <source>{count} watchlist entries imported.</source>
            <translation>{count} watchlist entries imported.</translation>
        </message>
        <message>
            <source>{count} rows written to {path}.</source>
            <translation>{count} rows written to {path}.</translation>
        </message>
        <message>
            <source>Template written to {path}.</source>
            <translation>Template written to {path}.</translation>
        </message>
    </context>
    <context>
        <name>VisitorTypesSection</name>
        <message>
            <source>Visitor types</source>
            <translation>Visitor types</translation>
        </message>
        <message>
            <source>Tick the fields each type must fill in, and its usual stay (the leave-by time suggested at check-in). Built-in types can be switched off, not removed.</source>
            <translation>Tick the fields each type must fill in, and its usual stay (the leave-by time suggested at check-in). Built-in types can be switched off, not removed.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>Plate</translation>
        </message>
        <message>
            <source>ID check</source>
            <translation>ID check</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Pass</translation>
        </message>
        <message>
            <source>On</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Add a type</source>
            <translation>Add a type</translation>
        </message>
        <message>
            <source>Save visitor types</source>
            <translation>Save visitor types</translation>
        </message>
        <message>
            <source>Identity documents</source>
            <translation>Identity documents</translation>
        </message>
        <message>
            <source>What guards do with a visitor's ID. Recording numbers keeps them encrypted and masked; it needs a written justification, which is kept with the change.</source>
            <translation>What guards do with a visitor's ID. Recording numbers keeps them encrypted and masked; it needs a written justification, which is kept with the change.</translation>
        </message>
        <message>
            <source>Justification (required to record numbers)</source>
            <translation>Justification (required to record numbers)</translation>
        </message>
        <message>
            <source>Save ID policy</source>
            <translation>Save ID policy</translation>
        </message>
        <message>
            <source>New type</source>
            <translation>New type</translation>
        </message>
        <message>
            <source>Visitor types saved.</source>
            <translation>Visitor types saved.</translation>
        </message>
        <message>
            <source>ID policy saved.</source>
            <translation>ID policy saved.</translation>
        </message>
    </context>
    <context>
        <name>VisitorsPage</name>
        <message>
            <source>Visitors</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <source>On site ({count})</source>
            <translation>On site ({count})</translation>
        </message>
        <message>
            <source>Expected today ({count})</source>
            <translation>Expected today ({count})</translation>
        </message>
        <message>
            <source>{name} was refused entry; the decision is recorded.</source>
            <translation>{name} was refused entry; the decision is recorded.</translation>
        </message>
        <message>
            <source>{name} checked in ({code}). Ctrl+P prints the slip.</source>
            <translation>{name} checked in ({code}). Ctrl+P prints the slip.</translation>
        </message>
        <message>
            <source>Complete the marked fields, then check in.</source>
            <translation>Complete the marked fields, then check in.</translation>
        </message>
        <message>
            <source>Slip {code} printed.</source>
            <translation>Slip {code} printed.</translation>
        </message>
    </context>
    <context>
        <name>VisitorsPanel</name>
        <message>
            <source>Visitors</source>
            <translation>Visitors</translation>
        </message>
        <message>
            <source>Open the visitor log</source>
            <translation>Open the visitor log</translation>
        </message>
        <message>
            <source>On site now: {on_site} · overstays: {late} · still expected today: {waiting}</source>
            <translation>On site now: {on_site} · overstays: {late} · still expected today: {waiting}</translation>
        </message>
        <message>
            <source>{name} ({unit}) overstay {time}</source>
            <translation>{name} ({unit}) overstay {time}</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… and {count} more</translation>
        </message>
    </context>
    <context>
        <name>WatchAlertDialog</name>
        <message>
            <source>Watchlist alert</source>
            <translation>Watchlist alert</translation>
        </message>
        <message>
            <source>WATCHLIST: {name}</source>
            <translation>WATCHLIST: {name}</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>plate</source>
            <translation>plate</translation>
        </message>
        <message>
            <source>Listed as: {name}</source>
            <translation>Listed as: {name}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Reason: {reason}</translation>
        </message>
        <message>
            <source>Matched on: {fields}</source>
            <translation>Matched on: {fields}</translation>
        </message>
        <message>
            <source>Listed until {date}</source>
            <translation>Listed until {date}</translation>
        </message>
        <message>
            <source>&amp;Refuse entry</source>
            <translation>&amp;Refuse entry</translation>
        </message>
        <message>
            <source>Resident &amp;called: let in</source>
            <translation>Resident &amp;called: let in</translation>
        </message>
        <message>
            <source>&amp;Noted: let in</source>
            <translation>&amp;Noted: let in</translation>
        </message>
        <message>
            <source>&amp;Supervisor override…</source>
            <translation>&amp;Supervisor override…</translation>
        </message>
        <message>
            <source>Close without deciding (nothing is saved)</source>
            <translation>Close without deciding (nothing is saved)</translation>
        </message>
    </context>
    <context>
        <name>WatchlistDialog</name>
        <message>
            <source>Add to the watchlist</source>
            <translation>Add to the watchlist</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Other names (comma-separated)</source>
            <translation>&amp;Other names (comma-separated)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>ID &amp;type</source>
            <translation>ID &amp;type</translation>
        </message>
        <message>
            <source>ID n&amp;umber</source>
            <translation>ID n&amp;umber</translation>
        </message>
        <message>
            <source>P&amp;late</source>
            <translation>P&amp;late</translation>
        </message>
        <message>
            <source>&amp;Action *</source>
            <translation>&amp;Action *</translation>
        </message>
        <message>
            <source>&amp;Reason *</source>
            <translation>&amp;Reason *</translation>
        </message>
        <message>
            <source>&amp;Until</source>
            <translation>&amp;Until</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Ends on</translation>
        </message>
    </context>
    <context>
        <name>WatchlistPage</name>
        <message>
            <source>Watchlist</source>
            <translation>Watchlist</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>&amp;Lift…</source>
            <translation>&amp;Lift…</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Import from Excel…</translation>
        </message>
        <message>
            <source>Excel &amp;template…</source>
            <translation>Excel &amp;template…</translation>
        </message>
        <message>
            <source>Show lifted entries</source>
            <translation>Show lifted entries</translation>
        </message>
        <message>
            <source>Entry added to the watchlist.</source>
            <translation>Entry added to the watchlist.</translation>
        </message>
        <message>
            <source>Select an entry that is listed.</source>
            <translation>Select an entry that is listed.</translation>
        </message>
        <message>
            <source>Lift a watchlist entry</source>
            <translation>Lift a watchlist entry</translation>
        </message>
        <message>
            <source>Why is {name} no longer on the list?</source>
            <translation>Why is {name} no longer on the list?</translation>
        </message>
        <message>
            <source>Entry lifted.</source>
            <translation>Entry lifted.</translation>
        </message>
        <message>
            <source>Import the watchlist</source>
            <translation>Import the watchlist</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} entries imported.</source>
            <translation>{count} entries imported.</translation>
        </message>
        <message>
            <source>Save the watchlist template</source>
            <translation>Save the watchlist template</translation>
        </message>
        <message>
            <source>Template written to {path}.</source>
            <translation>Template written to {path}.</translation>
        </message>
    </context>
    <context>
        <name>WatchlistTableModel</name>
        <message>
            <source>Name / other names</source>
            <translation>Name / other names</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>Plate</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Matches</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>Listed</translation>
        </message>
        <message>
            <source>Lifted</source>
            <translation>Lifted</translation>
        </message>
    </context>
    <context>
        <name>WindowTableModel</name>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Checkpoint</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderActionDialog</name>
        <message>
            <source>Dispatch {number}</source>
            <translation>Dispatch {number}</translation>
        </message>
        <message>
            <source>Put {number} on hold</source>
            <translation>Put {number} on hold</translation>
        </message>
        <message>
            <source>{number} is done</source>
            <translation>{number} is done</translation>
        </message>
        <message>
            <source>Reject {number}</source>
            <translation>Reject {number}</translation>
        </message>
        <message>
            <source>Cancel {number}</source>
            <translation>Cancel {number}</translation>
        </message>
        <message>
            <source>Return visit of {number}</source>
            <translation>Return visit of {number}</translation>
        </message>
        <message>
            <source>Close {number} without reaching the reporter</source>
            <translation>Close {number} without reaching the reporter</translation>
        </message>
        <message>
            <source>Reopen {number}</source>
            <translation>Reopen {number}</translation>
        </message>
        <message>
            <source>Note on {number}</source>
            <translation>Note on {number}</translation>
        </message>
        <message>
            <source>The SLA clocks stop while the job waits, and run again when it resumes.</source>
            <translation>The SLA clocks stop while the job waits, and run again when it resumes.</translation>
        </message>
        <message>
            <source>Ask: how satisfied are you with how we handled it? A dissatisfied answer needs a comment.</source>
            <translation>Ask: how satisfied are you with how we handled it? A dissatisfied answer needs a comment.</translation>
        </message>
        <message>
            <source>A new work order is created and linked to this one. Say what is still wrong.</source>
            <translation>A new work order is created and linked to this one. Say what is still wrong.</translation>
        </message>
        <message>
            <source>&amp;Technician or contractor</source>
            <translation>&amp;Technician or contractor</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>&amp;Answer</source>
            <translation>&amp;Answer</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>&amp;Comment</source>
            <translation>&amp;Comment</translation>
        </message>
        <message>
            <source>&amp;What is still wrong</source>
            <translation>&amp;What is still wrong</translation>
        </message>
        <message>
            <source>Not reached: call again later</source>
            <translation>Not reached: call again later</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderDetailPanel</name>
        <message>
            <source>&amp;Dispatch…</source>
            <translation>&amp;Dispatch…</translation>
        </message>
        <message>
            <source>S&amp;tart work</source>
            <translation>S&amp;tart work</translation>
        </message>
        <message>
            <source>&amp;Hold…</source>
            <translation>&amp;Hold…</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>Res&amp;ume</translation>
        </message>
        <message>
            <source>D&amp;one…</source>
            <translation>D&amp;one…</translation>
        </message>
        <message>
            <source>Return &amp;visit…</source>
            <translation>Return &amp;visit…</translation>
        </message>
        <message>
            <source>Close unreached…</source>
            <translation>Close unreached…</translation>
        </message>
        <message>
            <source>Re&amp;open…</source>
            <translation>Re&amp;open…</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>Re&amp;ject…</translation>
        </message>
        <message>
            <source>&amp;Cancel job…</source>
            <translation>&amp;Cancel job…</translation>
        </message>
        <message>
            <source>Add &amp;note…</source>
            <translation>Add &amp;note…</translation>
        </message>
        <message>
            <source>Print A4</source>
            <translation>Print A4</translation>
        </message>
        <message>
            <source>Print A5</source>
            <translation>Print A5</translation>
        </message>
        <message>
            <source>Print slip</source>
            <translation>Print slip</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>Choose a work order in the list to see its details and timeline.</source>
            <translation>Choose a work order in the list to see its details and timeline.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <source>Unit / location</source>
            <translation>Unit / location</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Reported</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Reopens</source>
            <translation>Reopens</translation>
        </message>
        <message>
            <source>Reopened as</source>
            <translation>Reopened as</translation>
        </message>
        <message>
            <source>Made from</source>
            <translation>Made from</translation>
        </message>
        <message>
            <source>Incident {number}</source>
            <translation>Incident {number}</translation>
        </message>
        <message>
            <source>Duty-log entry</source>
            <translation>Duty-log entry</translation>
        </message>
        <message>
            <source>respond</source>
            <translation>respond</translation>
        </message>
        <message>
            <source>fix</source>
            <translation>fix</translation>
        </message>
        <message>
            <source>{symbol} {state} {time} · {clock} by {due}</source>
            <translation>{symbol} {state} {time} · {clock} by {due}</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderFromSourceDialog</name>
        <message>
            <source>Work order from incident {number}</source>
            <translation>Work order from incident {number}</translation>
        </message>
        <message>
            <source>Work order from the duty-log entry of {time}</source>
            <translation>Work order from the duty-log entry of {time}</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <source>Files carried &amp;over (untick a file to leave it out)</source>
            <translation>Files carried &amp;over (untick a file to leave it out)</translation>
        </message>
        <message>
            <source>Already turned into work order {numbers}. Saving makes another one.</source>
            <translation>Already turned into work order {numbers}. Saving makes another one.</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderQueueModel</name>
        <message>
            <source>Due in</source>
            <translation>Due in</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Unit / location</source>
            <translation>Unit / location</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Reported</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Muster list (F12)</source>
            <translation>Muster list (F12)</translation>
        </message>
        <message>
            <source>Print everyone on site now, for an evacuation</source>
            <translation>Print everyone on site now, for an evacuation</translation>
        </message>
        <message>
            <source>There is no record to open for this item.</source>
            <translation>There is no record to open for this item.</translation>
        </message>
        <message>
            <source>{record} could not be found.</source>
            <translation>{record} could not be found.</translation>
        </message>
        <message>
            <source>That record could not be found.</source>
            <translation>That record could not be found.</translation>
        </message>
        <message>
            <source>Desk: {desk}</source>
            <translation>Desk: {desk}</translation>
        </message>
        <message>
            <source>Operator: {name} ({role})</source>
            <translation>Operator: {name} ({role})</translation>
        </message>
        <message>
            <source>No shift open</source>
            <translation>No shift open</translation>
        </message>
        <message>
            <source>{pattern} since {time}, {name}</source>
            <translation>{pattern} since {time}, {name}</translation>
        </message>
    </context>
</TS>
