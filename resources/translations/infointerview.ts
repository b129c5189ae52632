<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AllDayTimeDialog</name>
    <message>
        <location filename="../../infointerview/ui/invitation_import.py" line="41"/>
        <source>What time is the chat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/invitation_import.py" line="45"/>
        <source>“%1” is an all-day event on %2. Choose when the chat starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/invitation_import.py" line="46"/>
        <source>The invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/invitation_import.py" line="55"/>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../infointerview/ui/widgets/autosaver.py" line="109"/>
        <source>Your last edits could not be saved ({error}). They are still on screen; check the disk and keep the window open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="56"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="64"/>
        <source>InfoInterview backs up your data when it starts (at most once a day) and keeps the newest {keep}. They are in:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="71"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="71"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="71"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="82"/>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="85"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="88"/>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="90"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="111"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="112"/>
        <source>Kept before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="126"/>
        <source>No backups yet: click Back Up Now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="143"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="153"/>
        <source>Backed up to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="166"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="168"/>
        <source>Replace all your current data with the backup from {when}? Everything you changed since then is replaced. (Your current data is kept aside in the backups folder first, but restoring cannot be undone from inside the app.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/startup_check.py" line="156"/>
        <location filename="../../infointerview/ui/startup_check.py" line="179"/>
        <source>Your data needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/startup_check.py" line="159"/>
        <source>Restore the newest good backup, taken {when}? If you choose No, InfoInterview starts with an empty database and the damaged file stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/startup_check.py" line="169"/>
        <source>Restored the backup from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/startup_check.py" line="174"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/startup_check.py" line="182"/>
        <source>There is no good backup to restore, so InfoInterview starts with an empty database. The damaged file stays where it is; a data-recovery tool (for example sqlite3&apos;s .recover command) may rescue parts of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPublisher</name>
    <message>
        <location filename="../../infointerview/ui/calendar_publisher.py" line="79"/>
        <source>Calendar: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_publisher.py" line="91"/>
        <source>Calendar: the password is needed (Settings → Calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_publisher.py" line="99"/>
        <source>Calendar: publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_publisher.py" line="122"/>
        <source>Calendar password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_publisher.py" line="123"/>
        <source>The password for {user} at {url} (kept only until you quit):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSettings</name>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="49"/>
        <source>Publish your chats to your own calendar server (Nextcloud, Fastmail, iCloud, mailbox.org, Radicale…), so they show on your phone. Use an app password where your server offers one. Google Calendar is not supported: use File → Export → Calendar (.ics) for Google.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="63"/>
        <source>Full: name, organisation, place, first questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="65"/>
        <source>Just &quot;Chat with …&quot; and the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="66"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="70"/>
        <source>Use this calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="72"/>
        <source>Also remove the published events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="73"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="79"/>
        <source>Server or calendar URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="80"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="81"/>
        <source>Password or app password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="82"/>
        <source>What the events say:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="87"/>
        <source>Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="96"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="125"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="126"/>
        <source>Connected to “{name}”. {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="171"/>
        <source>Type the server&apos;s URL, your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="173"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="187"/>
        <source>Create “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="190"/>
        <source>Connected. Pick the calendar for your chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="206"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_settings.py" line="219"/>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSurface</name>
    <message>
        <location filename="../../infointerview/ui/calendar_surface.py" line="344"/>
        <source>Click to open; drag or Alt+arrows to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_surface.py" line="346"/>
        <source>Click to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="103"/>
        <source>Arrows move between days, Tab between chats, Page Up/Down between months; Enter opens; Alt+arrows move the selected chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="108"/>
        <source>Arrows move between days, Tab between chats, Page Up/Down between weeks; Enter opens; Alt+Left/Right move the selected chat a day, Alt+Up/Down 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="124"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="126"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="135"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="136"/>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="138"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="141"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="142"/>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="160"/>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="162"/>
        <source>follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="163"/>
        <source>Drag a chat, or select it and press Alt+arrows, to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="176"/>
        <source>Agenda for the selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="183"/>
        <source>Schedule on this day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="184"/>
        <location filename="../../infointerview/ui/calendar_view.py" line="486"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="185"/>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="186"/>
        <location filename="../../infointerview/ui/calendar_view.py" line="490"/>
        <source>Cancel chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="328"/>
        <source>Follow-up due {when}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="392"/>
        <source>dddd d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="407"/>
        <source>Double-click or press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="417"/>
        <source>Follow-up: {title}
{due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="427"/>
        <source>Nothing on this day. Press “Schedule on this day…” to book a chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="488"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="492"/>
        <source>Add to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallClockPanel</name>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="32"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="61"/>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="62"/>
        <source>Press Start (Space) when the call begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="66"/>
        <source>Paused — {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="68"/>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="80"/>
        <source>Thanks and the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="81"/>
        <source>Thank them; say the plan: your bio, their story, questions, done on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="84"/>
        <source>Your one-minute bio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="85"/>
        <source>Who you are and what you are exploring; not a job request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="88"/>
        <source>Their story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="89"/>
        <source>Invite their path; listen and note names and resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="92"/>
        <source>Your questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="93"/>
        <source>Open-ended questions in your order; steer if they ramble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="96"/>
        <source>Wrap-up: ask who else to talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="97"/>
        <source>Ask: who else should I talk to? May I use your name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="100"/>
        <source>Time is up — thank them and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_clock.py" line="101"/>
        <source>Say you want to respect their time; stay only if they clearly offer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallRecordPanel</name>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="97"/>
        <source>From the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="106"/>
        <source>This chat had no questions on its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="113"/>
        <source>They referred you to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="114"/>
        <source>They promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="115"/>
        <source>You promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="129"/>
        <source>Key takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="134"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="146"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="148"/>
        <source>Go to the box where you can change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="184"/>
        <source>Questions asked: {asked} of {total} · answers noted: {answered}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="188"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="189"/>
        <source>None written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="190"/>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallWindow</name>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="116"/>
        <source>Call with {name} — InfoInterview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="150"/>
        <source>Stay on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="157"/>
        <source>Wayland does not let apps keep a window above others. Use your desktop&apos;s own &apos;Always on top&apos; window menu instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="163"/>
        <source>Keep this window above your video call (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="180"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="182"/>
        <source>Start the clock (Space or F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="183"/>
        <location filename="../../infointerview/ui/call_window.py" line="337"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="185"/>
        <source>Pause or resume the clock (Space or F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="186"/>
        <source>End call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="188"/>
        <source>End the call and write the wrap-up (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="207"/>
        <source>Questions: tick the ones asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="208"/>
        <source>Tick a question once asked; select it to note the answer below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="211"/>
        <source>Notes on the answer to the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="216"/>
        <source>Notes: names, resources, anything to follow up  (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="337"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="434"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="464"/>
        <source>All notes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="492"/>
        <source>Wrap-up saved. Send the thank-you within two days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="44"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="50"/>
        <source>Referral: name (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="53"/>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="56"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="57"/>
        <location filename="../../infointerview/ui/call_capture.py" line="70"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="58"/>
        <source>Create the contact and a task to reach out (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="61"/>
        <source>Who promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="62"/>
        <source>They promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="63"/>
        <source>I promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="65"/>
        <source>Theirs: something to watch for, with a gentle nudge after a week. Yours: a to-do for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="72"/>
        <source>{name} can hire for the role I want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="73"/>
        <source>They</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="76"/>
        <source>Marks this contact as having hiring authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="132"/>
        <source>I promised… e.g. send my portfolio (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="133"/>
        <source>Add it to your to-dos (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="136"/>
        <source>They promised… e.g. the course link (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="139"/>
        <source>Watch for it; your thank-you note mentions it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="169"/>
        <source>Nothing captured yet. Names and promised resources go here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_capture.py" line="173"/>
        <source>Captured: {referrals}, {promises}. Last: {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/call_capture.py" line="174"/>
        <source>%n referral(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/call_capture.py" line="175"/>
        <source>%n promise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="60"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="61"/>
        <source>LinkedIn message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="62"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="63"/>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="64"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="65"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatCard</name>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="119"/>
        <source>It happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="122"/>
        <source>Mark the chat as held; the thank-you reminder starts from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="126"/>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="128"/>
        <source>Open the on-call window with its timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="131"/>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="132"/>
        <source>Open the chat&apos;s prep page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="137"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="141"/>
        <source>Open prep page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="144"/>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="147"/>
        <source>Cancel chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="151"/>
        <source>They did not show up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="155"/>
        <source>Print prep sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="158"/>
        <source>Save prep sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="161"/>
        <source>Add to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="109"/>
        <source>{start}–{end} your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="184"/>
        <source>✓ Pitch written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="184"/>
        <source>✗ No pitch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="186"/>
        <source>no questions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="188"/>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="190"/>
        <source>{n} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="192"/>
        <source>1 yes/no question to reword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="195"/>
        <source>{n} yes/no questions to reword</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="87"/>
        <source>Scheduled a chat with {who} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="104"/>
        <location filename="../../infointerview/ui/chat_controller.py" line="144"/>
        <source>Moved the chat with {who} to {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="120"/>
        <source>The chat with {who} is {status}, so it stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="132"/>
        <source>Move the chat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="133"/>
        <source>At {when} the chat with {who} would overlap {others}. Move it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="163"/>
        <source>Cancelled the chat with {who}. Reschedule it from the Calendar to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="168"/>
        <source>Marked the chat with {who} as held. Thank them within 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="172"/>
        <source>Marked {who} as a no-show. Reschedule if they get in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="192"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="204"/>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="206"/>
        <source>There are no upcoming chats, so there is nothing to put in a calendar file. Schedule a chat first; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="211"/>
        <source>Export upcoming chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="218"/>
        <source>Could not write {path}: {why}. Pick another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/chat_controller.py" line="225"/>
        <source>Exported %n upcoming chat(s) to {path}. Open it with your calendar program.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="236"/>
        <source>Add chat to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="244"/>
        <source>Could not write {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_controller.py" line="248"/>
        <source>Saved {path}. Open it to add the chat to your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatMode</name>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="49"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="50"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="51"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="52"/>
        <source>Coffee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../../infointerview/ui/prep_questions.py" line="36"/>
        <source>Yes/no question: {reason} Try: {suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="117"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="118"/>
        <source>Upcoming chats first, then recent ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="124"/>
        <source>Chat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="133"/>
        <source>No chats yet. Chats are scheduled from a contact or from the calendar; once one is booked, prepare it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="154"/>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="157"/>
        <source>Open the on-call timer and notes window (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="168"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="169"/>
        <source>Print the prep sheet, or save it as PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="174"/>
        <source>Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="175"/>
        <source>Print Prep Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="176"/>
        <source>Save Prep Sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="177"/>
        <source>Save Chat Summary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="178"/>
        <source>Save Chat Summary as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="186"/>
        <source>Write…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="187"/>
        <source>Write a thank-you, follow-up or update to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="192"/>
        <source>Thank-you note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="193"/>
        <source>Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="194"/>
        <source>Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="220"/>
        <source>Your one-minute bio, tailored to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="225"/>
        <source>Their path, the organisation, recent news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="227"/>
        <source>What you want to learn from this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="240"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="249"/>
        <source>&amp;Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="252"/>
        <source>&amp;Research notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="254"/>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="272"/>
        <source>Notes from the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="273"/>
        <source>Key takeaways, once it is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="279"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="281"/>
        <source>&amp;Takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="313"/>
        <source>Schedule a chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="314"/>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="391"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="391"/>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="396"/>
        <source>not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="396"/>
        <source>call started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="548"/>
        <source>{when} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/chat_page.py" line="556"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatStatus</name>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="78"/>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="79"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="80"/>
        <source>thanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="81"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="82"/>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../infointerview/services/prep.py" line="56"/>
        <source>CV at hand (do not push it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/prep.py" line="57"/>
        <source>Route, travel time and parking planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/prep.py" line="58"/>
        <source>Industry and company news checked the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/prep.py" line="59"/>
        <source>Notes and questions reviewed the day before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactColumn</name>
    <message>
        <location filename="../../infointerview/services/contacts.py" line="66"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/contacts.py" line="67"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/contacts.py" line="68"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/contacts.py" line="69"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/contacts.py" line="70"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/contacts.py" line="71"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="92"/>
        <source>Can hire (a prospective supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="104"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="105"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="106"/>
        <source>Type to pick or add an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="109"/>
        <source>Same university, home town, a mutual friend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="110"/>
        <source>Who referred you? Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="112"/>
        <source>Comma-separated, e.g. biotech, alumni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="136"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="137"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="138"/>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="139"/>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="140"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="141"/>
        <source>&amp;LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="142"/>
        <source>Locat&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="143"/>
        <source>&amp;How found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="144"/>
        <source>Connec&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="145"/>
        <source>&amp;Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="147"/>
        <source>L&amp;ane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="148"/>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="149"/>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="150"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="159"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="160"/>
        <source>Save this contact (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="162"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="163"/>
        <source>Drop the changes you have not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="359"/>
        <source>Not saved: fix the fields marked ⚠.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="399"/>
        <source>Referral chain: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="401"/>
        <source>Referred you to: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="407"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="410"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="34"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="35"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="36"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="37"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="38"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="39"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="40"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="41"/>
        <source>LinkedIn URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="42"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="43"/>
        <source>How found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="44"/>
        <source>Connection point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="45"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="46"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="47"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="48"/>
        <source>Hiring authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="49"/>
        <source>Connected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="50"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="51"/>
        <source>Middle name (kept in notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="52"/>
        <source>Name prefix (kept in notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="53"/>
        <source>Name suffix (kept in notes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../infointerview/ui/widgets/contact_picker.py" line="137"/>
        <source>Type a name or organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../infointerview/ui/contacts_model.py" line="240"/>
        <source>A follow-up is due: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_model.py" line="242"/>
        <source>{name}
★ can hire: a prospective supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_model.py" line="261"/>
        <source>★ after a name: this person can hire (a prospective supervisor). Show only them with the ★ Can hire button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_model.py" line="632"/>
        <source>Chat {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="112"/>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="115"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="116"/>
        <source>Add a contact (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="117"/>
        <source>Schedule chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="119"/>
        <source>Schedule a chat with the selected contact (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="128"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="149"/>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="157"/>
        <source>Start with three to five people you could ask for a 30-minute chat: alumni, former colleagues, people you met at events, or anyone a friend could introduce you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="166"/>
        <source>Add your first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="167"/>
        <source>Load sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="168"/>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="222"/>
        <source>&amp;Delete Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="225"/>
        <source>Delete the selected contacts (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="359"/>
        <source>0 of {total:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="363"/>
        <source>Nobody is marked ★ Can hire yet. Tick “Can hire” in a contact&apos;s details, or turn the ★ Can hire filter off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="369"/>
        <source>No contact matches “{query}”. Clear the search or add this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/contacts_view.py" line="453"/>
        <source>Deleted %n contact(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="380"/>
        <source>{shown:,} of {total:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="97"/>
        <source>Search contacts (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="99"/>
        <source>Finds names, organisations, job titles, emails, tags and notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="103"/>
        <source>★ Can hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="107"/>
        <source>Show only the people marked ★: they can hire (a prospective supervisor). Set it in a contact&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/contacts_view.py" line="376"/>
        <source>{count} contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="412"/>
        <source>Nobody by that name; pick someone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="425"/>
        <location filename="../../infointerview/ui/contacts_view.py" line="428"/>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="434"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="436"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="504"/>
        <source>Fix the marked fields or press Revert before leaving this contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../infointerview/ui/export_dialog.py" line="53"/>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/export_dialog.py" line="55"/>
        <source>There are no contacts yet, so there is nothing to export; nothing was written. Add or import some people first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/export_dialog.py" line="63"/>
        <source>Export as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/export_dialog.py" line="65"/>
        <source>{format} (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/export_dialog.py" line="74"/>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/export_dialog.py" line="83"/>
        <source>Exporting to {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/export_dialog.py" line="95"/>
        <source>Exported {count} contact(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/export_dialog.py" line="104"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/export_dialog.py" line="106"/>
        <source>The export to {path} failed ({problem}). No file was changed; choose another folder or free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <location filename="../../infointerview/interchange/exporting.py" line="22"/>
        <source>CSV (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/exporting.py" line="23"/>
        <source>vCard 3.0 (address books)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/exporting.py" line="24"/>
        <source>InfoInterview JSON (everything)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultBanner</name>
    <message>
        <location filename="../../infointerview/ui/widgets/fault_banner.py" line="22"/>
        <source>Problem with your data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/widgets/fault_banner.py" line="32"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/widgets/fault_banner.py" line="33"/>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../infointerview/ui/figures.py" line="21"/>
        <source>Nobody contacted yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="48"/>
        <source>Welcome to InfoInterview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="52"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="53"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="71"/>
        <source>Who are you talking to people as?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="72"/>
        <source>Informational interviews are short chats to learn about a field or job, never to ask for one. Your name and field go into your messages and prep sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="77"/>
        <source>e.g. data science in biotech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="79"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="80"/>
        <source>Field you are &amp;exploring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="87"/>
        <source>Your one-minute pitch, and a rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="88"/>
        <source>About 150 words: who you are, what you are exploring, and why you want to hear their story. You will tailor it for each person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="99"/>
        <source>&amp;Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="101"/>
        <source>Cadence &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="108"/>
        <source>How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="109"/>
        <source>You can import or add people at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="110"/>
        <source>Start empty: I will add three to five people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="113"/>
        <source>Import my LinkedIn connections (Connections.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="115"/>
        <source>Load sample data to look around first (you can delete it later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="123"/>
        <source>LinkedIn: Settings → Data privacy → Get a copy of your data → Connections. The file arrives by email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="146"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HowFound</name>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="36"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="37"/>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="38"/>
        <source>Alumni database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="39"/>
        <source>Professional association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="40"/>
        <source>Friend or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="41"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="42"/>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="43"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="44"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="80"/>
        <location filename="../../infointerview/ui/import_dialog.py" line="347"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="109"/>
        <source>Import people from a LinkedIn Connections.csv export, another CSV file, a vCard (.vcf) address book or an InfoInterview JSON backup. You will see what changes before anything is written; people already here are matched by LinkedIn link, email, or name and organisation, and only empty fields are filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="121"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="122"/>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="126"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="131"/>
        <source>Detect from the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="134"/>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="149"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="151"/>
        <location filename="../../infointerview/ui/import_dialog.py" line="177"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="165"/>
        <source>Which field does each column hold? The guess comes from the column names; your choice is remembered for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_tables.py" line="88"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_tables.py" line="88"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_tables.py" line="89"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="175"/>
        <location filename="../../infointerview/ui/import_dialog.py" line="250"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="205"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="209"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="210"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="211"/>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="212"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="218"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="222"/>
        <source>The text encoding the file was read with. If names show wrong letters, choose another: the file is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="252"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="265"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="271"/>
        <source>Cancel leaves your contacts exactly as they were before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="278"/>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="669"/>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="368"/>
        <source>Choose a file to import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="406"/>
        <source>The file is empty: there is no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="422"/>
        <source>{problem} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="461"/>
        <source>{file} · {format}
{rows}: {new} new, {updated} to update, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="558"/>
        <source>Dates that could not be read in “{column}”: {count}, left empty (for example line {line}: “{example}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_tables.py" line="104"/>
        <source>(do not import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="349"/>
        <source>Contacts or invitations (*.csv *.vcf *.vcard *.json *.txt *.tsv *.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="436"/>
        <source>Choose a name column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="437"/>
        <source>Pick at least one column holding a name or an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_dialog.py" line="465"/>
        <source>{count} row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="480"/>
        <source>Nothing to import: everyone is already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="530"/>
        <source>“{column}” → {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="540"/>
        <source>Columns: {mapping}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="542"/>
        <source>Not imported: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="547"/>
        <source>Check the mapping: “{column}” ({field}) is empty in every row, while columns not imported have data: {others}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_dialog.py" line="588"/>
        <source>Importing {count} contact(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="632"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="636"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="636"/>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="642"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="643"/>
        <source>The import failed and nothing was changed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_dialog.py" line="660"/>
        <source>Remove the {count} contact(s) this import added?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_dialog.py" line="665"/>
        <source>The fields it filled in on {count} other contact(s) are emptied again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="690"/>
        <source>Undo failed and nothing was changed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../../infointerview/interchange/detect.py" line="15"/>
        <source>LinkedIn connections (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/detect.py" line="16"/>
        <source>vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/detect.py" line="17"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/detect.py" line="18"/>
        <source>InfoInterview JSON backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <location filename="../../infointerview/ui/import_summary.py" line="63"/>
        <source>Skipped rows, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_summary.py" line="75"/>
        <source>&amp;Undo Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_summary.py" line="81"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="92"/>
        <source>{count} row(s): {reason}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="112"/>
        <source>Added: {count} new contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="113"/>
        <source>Updated: {count} contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="114"/>
        <source>Skipped: {count} row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="120"/>
        <source>Also restored: {count} other record(s) (chats, questions, messages, tasks, settings)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="144"/>
        <source>removed {count} contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="147"/>
        <source>restored {count} field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="153"/>
        <source>{count} field(s) you changed since the import (was|were) left as (it is|they are).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_summary.py" line="110"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_summary.py" line="132"/>
        <source>Changed your mind? Undo Import removes the people it added and empties the fields it filled; it asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_summary.py" line="142"/>
        <source>Import undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_summary.py" line="143"/>
        <source>Import undone: {removed}, {restored}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationImport</name>
    <message>
        <location filename="../../infointerview/ui/invitation_import.py" line="79"/>
        <source>Import invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/invitation_import.py" line="95"/>
        <source>%1 could not be imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lane</name>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="26"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="27"/>
        <source>Deep: my target field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="28"/>
        <source>Wide: a neighbouring field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="29"/>
        <source>Random: an unusual pairing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../infointerview/ui/area_pages.py" line="26"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="82"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="84"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="88"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="89"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="90"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="91"/>
        <source>Stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="122"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/area_pages.py" line="38"/>
        <source>{area} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="89"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="91"/>
        <source>&amp;New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="94"/>
        <source>Load &amp;Sample Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="97"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="100"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="102"/>
        <source>&amp;CSV (Spreadsheet)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="103"/>
        <source>&amp;vCard (Address Book)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="104"/>
        <source>&amp;JSON (Everything)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="107"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="110"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="118"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="122"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="123"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="125"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="131"/>
        <source>&amp;Find Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="135"/>
        <source>Search All &amp;Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="145"/>
        <source>Calendar of &amp;Upcoming Chats (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="149"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="157"/>
        <source>Show {area} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="161"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="163"/>
        <source>The &amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="168"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="172"/>
        <source>&amp;About InfoInterview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="188"/>
        <source>C&amp;hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="190"/>
        <source>&amp;Schedule Chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="193"/>
        <source>Schedule a chat (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="195"/>
        <source>&amp;Log Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="199"/>
        <source>Record a message you sent, or a reply (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="202"/>
        <source>&amp;Export Calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="206"/>
        <source>Write every upcoming chat to an .ics file for your calendar (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="212"/>
        <source>&amp;Write Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="216"/>
        <source>Write an outreach, thank-you, follow-up or update message (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="222"/>
        <source>&amp;Print Prep Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_menus.py" line="226"/>
        <source>Save Prep Sheet as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/sample_data.py" line="23"/>
        <source>Load sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/sample_data.py" line="24"/>
        <source>You already have contacts. Add the sample people, chats and tasks next to them? (You can delete them later.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/sample_data.py" line="37"/>
        <source>Loaded {contacts} and {chats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="443"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="452"/>
        <source>Pick a contact (or open a chat) first, then write to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="468"/>
        <source>Logged the message; follow-ups updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="517"/>
        <source>Welcome! Help → The Method explains the habit in one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="103"/>
        <source>Go to the table from the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="104"/>
        <source>Down or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="105"/>
        <source>Save the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="106"/>
        <source>Delete the selected contacts (in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="107"/>
        <source>Start the call (Chat area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="108"/>
        <source>Add questions from the bank (Chat area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="109"/>
        <source>Move a question up / down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="110"/>
        <source>Call window: start, pause, resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="111"/>
        <source>Call window: end the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="112"/>
        <source>Call window: capture a referral / a promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="113"/>
        <source>Call window: notes / stay on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="122"/>
        <source>About InfoInterview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="128"/>
        <source>Informational interviews as a lifelong habit. All your data stays on this computer, in:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="552"/>
        <source>Unsaved contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="554"/>
        <source>The contact you are editing has errors and was not saved. Quit anyway and lose those edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/app.py" line="190"/>
        <source>Restored the backup {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/app.py" line="194"/>
        <source>Your previous data was kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="67"/>
        <source>Message to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="83"/>
        <source>To: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="88"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="89"/>
        <source>Save as Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="98"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="111"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="118"/>
        <source>Keep it short, thank them for their time, and remind them of anything they offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="127"/>
        <source>Open in Mail Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="129"/>
        <source>Copy to Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="130"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="136"/>
        <source>Log as Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="137"/>
        <source>Not Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="150"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="151"/>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="152"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="153"/>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="207"/>
        <source> (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="226"/>
        <source>Fill in by hand: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="235"/>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="236"/>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/message_composer.py" line="256"/>
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="275"/>
        <source>Passed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="275"/>
        <source>Needs attention: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="300"/>
        <source>This contact has no email address, so the message was copied. Paste it where you will send it, then log it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="304"/>
        <source>This message is too long for a mail link, so it was copied. Paste it into a new email to {email}, then log it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="309"/>
        <source>No mail program answered, so the message was copied. Paste it into a new email to {email}, then log it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="313"/>
        <source>Opened in your mail program. Once you have sent it, log it so reply tracking and follow-ups work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="318"/>
        <source>Copied. Once you have sent it, log it so follow-ups work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="323"/>
        <source>Subject: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="70"/>
        <source>First message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="71"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="72"/>
        <source>Thank-you note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="73"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodGuide</name>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="34"/>
        <source>The informational interview method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <location filename="../../infointerview/ui/calendar_month.py" line="99"/>
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="60"/>
        <source>Chats held per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="122"/>
        <source>goal: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteSearch</name>
    <message>
        <location filename="../../infointerview/ui/note_search.py" line="29"/>
        <source>Search all notes and answers  (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/note_search.py" line="32"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/note_search.py" line="53"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/note_search.py" line="54"/>
        <source>Takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/note_search.py" line="55"/>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/note_search.py" line="56"/>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/note_search.py" line="57"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/note_search.py" line="58"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/note_search.py" line="68"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="55"/>
        <source>Log a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="105"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="112"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="113"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="114"/>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="115"/>
        <source>&amp;Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="116"/>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="122"/>
        <source>Waiting for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="126"/>
        <source>They &amp;replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="128"/>
        <source>Record that the selected message got an answer (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="130"/>
        <source>No message is waiting for a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="65"/>
        <source>&amp;Log message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="168"/>
        <source>Recorded the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="179"/>
        <source>Pick who the message went to from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="196"/>
        <source>Logged the message to {who}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneChanges</name>
    <message>
        <location filename="../../infointerview/ui/phone_changes.py" line="33"/>
        <source>Changed on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/phone_changes.py" line="53"/>
        <source>Your chat with {who} was moved on your calendar: {ours} → {theirs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/phone_changes.py" line="56"/>
        <source>Take the new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/phone_changes.py" line="58"/>
        <source>Put it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/phone_changes.py" line="78"/>
        <source>The chat now has the time from your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/phone_changes.py" line="87"/>
        <source>Your time is published again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepQuestionsPanel</name>
    <message>
        <location filename="../../infointerview/ui/prep_questions.py" line="156"/>
        <source>Drag or press Alt+Up / Alt+Down to reorder; F2 or double-click to edit; Delete to remove. The referral question always stays last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_questions.py" line="164"/>
        <source>Use suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_questions.py" line="165"/>
        <source>Replace the question with the open rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_questions.py" line="171"/>
        <source>New question — press Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_questions.py" line="177"/>
        <source>Add from bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_questions.py" line="178"/>
        <source>Pick questions from your question bank (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_questions.py" line="189"/>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_questions.py" line="240"/>
        <source>Always the last question: it grows your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_questions.py" line="245"/>
        <source>Question {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/prep_questions.py" line="296"/>
        <source>Added %n question(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_questions.py" line="257"/>
        <source>All questions are open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/prep_questions.py" line="254"/>
        <source>%n question(s) (invites a yes/no answer|invite yes/no answers)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_questions.py" line="324"/>
        <source>That question cannot move further; the referral question stays last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_questions.py" line="339"/>
        <source>Removed the question. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepSheet</name>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="174"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="249"/>
        <source>Write your pitch: who you are, what you are exploring, why this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="190"/>
        <source>Research notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="192"/>
        <source>Goals for this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="141"/>
        <source>referred by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="149"/>
        <source>Thanks and the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="150"/>
        <source>Thank them; say the plan: your bio, their story, questions, done on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="152"/>
        <source>Your one-minute pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="153"/>
        <source>Their story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="154"/>
        <source>Invite their path; note names and resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="155"/>
        <source>Thank them and close on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="156"/>
        <source>Ask if you may stay in touch; stay on only if they clearly offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="163"/>
        <source>{minute} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="182"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="183"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="184"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="185"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="186"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="187"/>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="191"/>
        <source>none yet: their path, the organisation, recent news.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="193"/>
        <source>none written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="201"/>
        <source>Call plan · {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="202"/>
        <source>Open questions, in order; keep time for the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="213"/>
        <location filename="../../infointerview/ui/prep_sheet.py" line="288"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="214"/>
        <source>Names, resources and promises to follow up; then your key takeaways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="262"/>
        <source>Chat with </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="269"/>
        <source>Rating: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="277"/>
        <source>Key takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="278"/>
        <source>None written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="279"/>
        <source>Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="283"/>
        <source>  (not asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="288"/>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="289"/>
        <source>Referrals gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="290"/>
        <location filename="../../infointerview/ui/prep_sheet.py" line="292"/>
        <location filename="../../infointerview/ui/prep_sheet.py" line="294"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="291"/>
        <source>They promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="293"/>
        <source>You promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="299"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="386"/>
        <source>Prep sheet: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="393"/>
        <source>Chat summary: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../infointerview/ui/import_tables.py" line="35"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_tables.py" line="35"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_tables.py" line="35"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_tables.py" line="35"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_tables.py" line="36"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_tables.py" line="39"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_tables.py" line="40"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_tables.py" line="41"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="51"/>
        <source>&amp;Roomy: more writing lines and a notes page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="53"/>
        <source>Off: one page to keep on the desk during the call. Saving as PDF uses the same choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="79"/>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="84"/>
        <location filename="../../infointerview/ui/print_actions.py" line="109"/>
        <source>Prep sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="143"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="145"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="153"/>
        <source>Chat summary: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="154"/>
        <source>Prep sheet: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="160"/>
        <source>Could not save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="161"/>
        <source>The PDF could not be written to {path}: {reason}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="178"/>
        <source>Save summary as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="179"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="186"/>
        <source>Could not save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="187"/>
        <source>{path}: {reason}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBankView</name>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="75"/>
        <source>Your question bank: open-ended questions grouped by family. Pick from it on a chat&apos;s prep page with “Add from bank…”. Retired questions stay here, greyed, until you restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="115"/>
        <source>F2 or double-click to edit; Alt+Up / Alt+Down to move; Delete to retire or restore a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="126"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="130"/>
        <source>New open-ended question — Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="131"/>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="140"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="141"/>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="142"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="143"/>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="144"/>
        <location filename="../../infointerview/ui/question_bank_view.py" line="210"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="145"/>
        <source>Hide from the picker; keeps it here (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="146"/>
        <source>Rename family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="174"/>
        <source>{text}  (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="210"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="213"/>
        <source>Yes/no question: {reason} Try: {suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="282"/>
        <source>Rename family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="282"/>
        <source>New name for “{f}”:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <location filename="../../infointerview/ui/prep_questions.py" line="66"/>
        <source>Questions in the order you plan to ask them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPickerDialog</name>
    <message>
        <location filename="../../infointerview/ui/question_picker.py" line="29"/>
        <source>Add questions from the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_picker.py" line="34"/>
        <source>Search questions and families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_picker.py" line="59"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/question_picker.py" line="107"/>
        <source>%n question(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="51"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="62"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="63"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="64"/>
        <source>Hide this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="65"/>
        <source>Dismiss reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="90"/>
        <source>(+{n} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="164"/>
        <source>Chat with {who} at {time} (in {n} min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="175"/>
        <source>Thank-you note due: {who} ({due}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="62"/>
        <source>Schedule a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="62"/>
        <source>Reschedule chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="102"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="108"/>
        <source>Date and time (your local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="109"/>
        <source>Your local time. Alt+Down opens the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="115"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="117"/>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="130"/>
        <source>Route, parking, when to leave; arrive a little early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="139"/>
        <source>&amp;With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="140"/>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="141"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="142"/>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="143"/>
        <source>&amp;Place or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="144"/>
        <source>&amp;Travel note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="77"/>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="77"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="172"/>
        <source>Meeting link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="173"/>
        <source>Phone number, and who calls whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="174"/>
        <source>Address, floor, who to ask for at reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="175"/>
        <source>Café and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="195"/>
        <source>Overlaps with {chats}. You can still schedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="220"/>
        <source>Nobody matches “{text}”; pick someone from the list, or add them in Contacts first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="44"/>
        <source>One chat a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="45"/>
        <source>Two chats a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="46"/>
        <source>Three chats a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="47"/>
        <source>One chat a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="48"/>
        <source>Two chats a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="78"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="91"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="111"/>
        <source>e.g. data science in biotech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="113"/>
        <source>e.g. Tuesday or Thursday afternoons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="119"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="120"/>
        <source>Field you are &amp;exploring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="121"/>
        <source>&amp;Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="122"/>
        <source>Used in messages: when you could talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="123"/>
        <source>Default &amp;pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="125"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="134"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="137"/>
        <source> min before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="138"/>
        <source>Play a gentle sound at the wrap-up warning and at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="143"/>
        <source> hours after the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="147"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="151"/>
        <source>Chat &amp;length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="152"/>
        <source>Informational interviews are usually 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="153"/>
        <source>&amp;Wrap-up warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="154"/>
        <source>When the call window reminds you to ask who else to talk to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="156"/>
        <source>&amp;Thank-you due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="157"/>
        <source>Send it within one to two business days; 48 hours at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="158"/>
        <source>Keep-in-touch &amp;update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="159"/>
        <source>A short update after the chat keeps the connection alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="160"/>
        <source>Cadence &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="161"/>
        <source>At least one a month; work toward one a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="162"/>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="169"/>
        <source>From my region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="169"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="170"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="175"/>
        <source> lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="176"/>
        <source>Paper &amp;size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="177"/>
        <source>&amp;Roomy: more writing lines and a notes page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="178"/>
        <source>Prep sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="179"/>
        <source>Off: one page to keep on the desk during the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="180"/>
        <source>&amp;Writing space per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="181"/>
        <source>Ruled lines under each question on the roomy sheet; the one-page sheet has at most two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="183"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="190"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="190"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="191"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="194"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="195"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="202"/>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="203"/>
        <source>Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="207"/>
        <source>Data &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="211"/>
        <source>Everything you enter stays in this folder on this computer. To use another folder, start InfoInterview with --data-dir or set INFOINTERVIEW_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="217"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="71"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="74"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="74"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="13"/>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="14"/>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="15"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="16"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="17"/>
        <source>Chat held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/contacts.py" line="18"/>
        <source>Thanked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <location filename="../../infointerview/ui/startup_check.py" line="114"/>
        <source>InfoInterview cannot open your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/startup_check.py" line="120"/>
        <source>Your data was not moved or changed. Retry once that is fixed, open it read-only to look at it, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/startup_check.py" line="126"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/startup_check.py" line="127"/>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/startup_check.py" line="128"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="217"/>
        <source>Chats held per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="219"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="227"/>
        <source>Referral tree: who led to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="230"/>
        <source>Find a person to see their whole chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="231"/>
        <source>Show all chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="234"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="234"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="234"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="235"/>
        <source>Referral tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="246"/>
        <source>Show in Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="312"/>
        <source>Referrals gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="317"/>
        <source>{replied}; {met} led to {referrals}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/stats_view.py" line="319"/>
        <source>%n (person|people) you met</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/stats_view.py" line="320"/>
        <source>%n referral(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="324"/>
        <source>Log your first message to start the funnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="328"/>
        <source>Add a Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="328"/>
        <source>Log a Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="360"/>
        <source>No referrals yet. Ask every person you talk to: who else should I talk to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="363"/>
        <source>Select a person to see who led to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="413"/>
        <source>{name} was referred by {chain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="417"/>
        <source>{name} is at the top of this chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="420"/>
        <source>They referred {n}: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskCard</name>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="215"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="216"/>
        <source>Mark this follow-up as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="218"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="219"/>
        <source>Hide it until later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="223"/>
        <source>Later today (3 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="224"/>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="225"/>
        <source>Next business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="226"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="233"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_cards.py" line="234"/>
        <source>Not needed; it will not come back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="145"/>
        <source>Welcome to InfoInterview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="149"/>
        <source>An informational interview is a 30-minute chat with someone whose work interests you: you ask for their story and advice, never for a job.

1.  Add three to five people you could ask: alumni, former colleagues, people from events, friends of friends.
2.  Send each a short message (under 100 words) and log it here.
3.  Schedule the chat, prepare a one-minute pitch and open questions.
4.  Thank them within 48 hours and ask who else you should talk to.

This page then shows each morning who you talk to, which follow-ups are due and whether you keep your cadence (at least one chat a month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="165"/>
        <source>Add your first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="167"/>
        <source>Explore with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="170"/>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="204"/>
        <source>Schedule chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="205"/>
        <source>Schedule a chat (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="206"/>
        <source>Log message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="207"/>
        <source>Record a message you sent, or a reply (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="215"/>
        <location filename="../../infointerview/ui/today_view.py" line="391"/>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="218"/>
        <location filename="../../infointerview/ui/today_view.py" line="415"/>
        <location filename="../../infointerview/ui/today_view.py" line="418"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="261"/>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="274"/>
        <source>Chats per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="276"/>
        <source>a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="277"/>
        <source>a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="281"/>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="283"/>
        <source>chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="299"/>
        <source>Reply rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="311"/>
        <source>Mix of chats held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="314"/>
        <source>Deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="314"/>
        <source>Wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="314"/>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="346"/>
        <source>Today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="370"/>
        <source>Today {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="372"/>
        <source>Tomorrow {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="396"/>
        <source>No chat in the next week. Reach out to someone or schedule a chat with a person who replied (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="414"/>
        <source>Follow-ups ({n} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="420"/>
        <source>Nothing to follow up right now. Thank-you notes, replies to chase and keep-in-touch updates appear here when they are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="432"/>
        <source>this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="432"/>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="434"/>
        <source>{held} of {target} {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="451"/>
        <source>No streak yet: meet the goal this period to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="462"/>
        <source>Raise the goal to {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="492"/>
        <source>Done. Nice work. (Undo with Ctrl+Z.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="510"/>
        <source>Dismissed. It will not come back. (Undo with Ctrl+Z.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="504"/>
        <source>Snoozed until {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/today_view.py" line="390"/>
        <source>Chats in the next %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/today_view.py" line="445"/>
        <source>Current streak: %n month(s) in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/today_view.py" line="447"/>
        <source>Current streak: %n week(s) in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="533"/>
        <source>Goal set to {goal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="541"/>
        <source>Goal raised to {goal}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../infointerview/ui/fault_reporting.py" line="72"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/fault_reporting.py" line="73"/>
        <source>Your last changes could not be saved ({sentence}). Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../infointerview/ui/calendar_week.py" line="65"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/calendar_week.py" line="157"/>
        <source>↻ %n due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../infointerview/ui/wrap_up_panel.py" line="38"/>
        <source>Wrap-up, while it is fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/wrap_up_panel.py" line="47"/>
        <source>Fill the gaps in your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/wrap_up_panel.py" line="52"/>
        <source>Key takeaways: what you learned, what you will do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/wrap_up_panel.py" line="92"/>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/wrap_up_panel.py" line="99"/>
        <source>{n} of 5 (1 = not useful, 5 = excellent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/wrap_up_panel.py" line="59"/>
        <source>Untick anything captured by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/wrap_up_panel.py" line="62"/>
        <source>Save wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/wrap_up_panel.py" line="64"/>
        <source>Save and close (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/wrap_up_panel.py" line="75"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/wrap_up_panel.py" line="77"/>
        <source>&amp;Key takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/wrap_up_panel.py" line="80"/>
        <source>Referrals and tasks created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/wrap_up_panel.py" line="118"/>
        <source>The call lasted {m} min {s:02d} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/wrap_up_panel.py" line="130"/>
        <source>No referrals or promises were captured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_QuestionRow</name>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="40"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="42"/>
        <source>Ticked in the call window when you asked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="53"/>
        <source>No answer noted. Type what they said here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="59"/>
        <source>Answer to question {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_record.py" line="83"/>
        <source>Not asked on the call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../infointerview/app.py" line="104"/>
        <source>InfoInterview is already open on this data folder but did not respond. Wait a moment or close it, then start it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
