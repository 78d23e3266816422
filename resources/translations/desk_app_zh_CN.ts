<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account manages users, settings and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing the demo estate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged:
{problems}

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup was found in {folder}. Please call support; do not delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest good backup from {when}? (The damaged file is kept as a backup.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveCard</name>
    <message>
        <source>{area} m²</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>New building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a building, an entrance or a unit on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}: buildings {buildings}, units {units}, people {people}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID numbers are masked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveTree</name>
    <message>
        <source>{name} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditBrowser</name>
    <message>
        <source>All record types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program backs up by itself at start-up and once a day. Back up by hand before a big change or before moving the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: backups stay on this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No second copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB stick or a network share: a second copy survives a broken or stolen computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep daily backups for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep monthly backups for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backups are deleted automatically. Backups taken before a restore or an upgrade are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second copy: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second copy could not be written ({reason}). The backup itself is fine; check that the USB stick or network share is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the second copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another place than the backup folder: a USB stick or a network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of {time}?

A safety backup of the current data is made first, so nothing is lost. Then the data is replaced by the backup&apos;s: anything entered after {time} will not be shown.

The program closes the database and everyone must sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <source>New building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit building {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3 or A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank: number + 栋</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your override: working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your override: day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;official data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2027 Spring Festival, State Council notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official holiday data for {year} yet: weekends only, plus your overrides. Enter the State Council&apos;s schedule when it is announced (usually November).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official holiday data for {year} yet. When the State Council announces the schedule (usually November), enter it in {year}&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officially a working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officially a day off (weekend or holiday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officially a day off: statutory holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officially a make-up working day (a weekend day worked instead of a holiday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official data for this year: counted as Monday–Friday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your override: a working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your override: a day off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat new password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program met an unexpected problem. The last record you saved is safe.
Please copy this report and send it to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives work from the desk. Double-click to rename; you can change them later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short code is part of every document number this desk issues (e.g. BX-A1-2026-000123) and cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntranceDialog</name>
    <message>
        <source>New entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit entrance {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank: number + 单元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected problem ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected problem: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the area in m², e.g. 89.5 (up to two decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password. {remaining} more attempts before the account is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords. The account is locked until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least {min} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User names have no spaces and at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {username} is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup to {path}: the folder is not writable or the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup folder {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy; try the backup again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged; the backup was not kept. Restore a recent backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup contains no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup, not the database in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is still open; close other windows and programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed; the previous data is in the pre-restore backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A building with this number already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors must be between 1 and 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This building still has {count} active units. Archive them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of working days cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This building already has an entrance with this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long (at most {max} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date inside this ID number is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 17 digits and a final digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of this ID number is wrong: please check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number starts with an unknown region code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet {sheet} lacks the columns {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet {sheet} has more than {max} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has {count} errors; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not one of the allowed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as row {first_row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building {building} is neither in the 楼栋 sheet nor in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {unit} is neither in the 房屋 sheet nor in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archived record has this code; restore it in the archive instead of importing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people have this name and mobile; add the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is open in another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is behind numbers already issued by this desk (series {series}); it was probably restored from a backup. An administrator must confirm the next free number ({next_free}) in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number series can only move forward (it is already at {current}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a mobile number or a landline such as 020-12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mainland mobile number has 11 digits and starts with 13–19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} is already linked to {unit} this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting does not accept that value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value between {minimum} and {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department names must be filled in and different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk code has 1–4 capital letters or digits (no I or O), e.g. A1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database already exists at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} has not been set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor must be between -10 and 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the unit as building-entrance-room, e.g. 3-2-1102.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters and digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid record identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need correcting (marked in red).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search: unit 3-2-1102, name, pinyin zs, phone or its last 4 digits (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit or person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupCardView</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrances: {entrances}, units: {units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: {units}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>{old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the archive from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Excel workbook (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty workbook with the right columns and a help sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive import template.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} rows: {ok} OK, {bad} with errors — fix them in Excel and load again; nothing has been written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} rows, all OK: {new} new, {updated} updated, {unchanged} unchanged. Nothing has been written yet — press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. Buildings: {b_new} new, {b_upd} updated. Entrances: {e_new} new. Units: {u_new} new, {u_upd} updated. People: {p_new} new, {p_upd} updated. Links to units: {links}. Unchanged rows: {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rented out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrance number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second folder problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relation} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This choice is kept on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time the program starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing logged yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property service desk {version}
Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk: {name} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff of {department}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the department {name}? It is no longer offered for new work; its history is kept and it can be restored later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}? They are no longer offered for new work; their history is kept and they can be restored later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCardView</name>
    <message>
        <source>This person is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full ID number (this is logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units (click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 020-12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Add a person to {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin initials or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a person who is not in the archive yet (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact of the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visits due, overdue work orders, visitors still on site, permits and passes expiring, deposits ready for refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit log: walk-ins, visitors and contractors, in and out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair and service requests with triplicate slips, dispatch, follow-up and return visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints, suggestions and praise, with escalation and replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation filings, documents, permits, worker passes, inspections and deposit refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits and fees at the desk, receipts, refunds and the day-close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods-release slips checked against the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys handed over at move-in and keys held for owners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visits &amp; surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return-visit queue and the twice-yearly satisfaction survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly KPIs, zone ranking and printable reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up the service desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Service centre &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;desk&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed at installation: the desk code is printed in every document number this desk issues, so it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of slips, receipts and permits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on slips and receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 阳光花园服务中心</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitCardView</name>
    <message>
        <source>This unit is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will no longer be listed as {relation} of {unit}. The history keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit unit {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1102</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m², e.g. 89.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees are owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank: {floor} (from the room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank: not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;epartment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave blank to keep the current password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show disabled accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerks handle the daily work; supervisors may also archive records, see full ID numbers and import data; managers may also read the audit trail; administrators may do everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account {username} ({name})? It can no longer sign in. Its history is kept and it can be enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database yet. Set up this service desk, or look around in a demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo (a sample estate with 3,000 units; nothing real)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
