<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    </context>
    <context>
        <name>AmendDialog</name>
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
            <source>This account is locked after too many failed attempts. A supervisor can unlock it.</source>
            <translation>This account is locked after too many failed attempts. A supervisor can unlock it.</translation>
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
            <source>Watchlist</source>
            <translation>Watchlist</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Directory</translation>
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
            <source>&amp;End shift</source>
            <translation>&amp;End shift</translation>
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
            <source>Shift ended.</source>
            <translation>Shift ended.</translation>
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
        <message>
            <source>amended</source>
            <translation>amended</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
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
            <source>Visits {first} – {last}, exported by {name}</source>
            <translation>Visits {first} – {last}, exported by {name}</translation>
        </message>
        <message>
            <source>Exporting visits…</source>
            <translation>Exporting visits…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Export cancelled; no file was written.</translation>
        </message>
        <message>
            <source>{count} visits exported.</source>
            <translation>{count} visits exported.</translation>
        </message>
    </context>
    <context>
        <name>VisitorLabels</name>
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
        <name>Workspace</name>
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
