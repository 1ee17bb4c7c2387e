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
            <source>Returned by</source>
            <translation>Returned by</translation>
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
            <source>Keys</source>
            <translation>Keys</translation>
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
            <source>Every class</source>
            <translation>Every class</translation>
        </message>
        <message>
            <source>{shown} keys shown · {out} out now · {overdue} overdue</source>
            <translation>{shown} keys shown · {out} out now · {overdue} overdue</translation>
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
        <name>UnitPicker</name>
        <message>
            <source>Unit, e.g. A12A</source>
            <translation>Unit, e.g. A12A</translation>
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
