<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="130"/>
        <source>Your last edits could not be saved ({error}). They are still on screen; check the disk and keep the window open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="58"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="67"/>
        <source>InfoInterview backs up your data when it starts (at most once a day) and keeps the newest {keep}. They are in:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="74"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="74"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="74"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="85"/>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="88"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="91"/>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="93"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="114"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="115"/>
        <source>Kept before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="129"/>
        <source>No backups yet: click Back Up Now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="146"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="162"/>
        <source>Backed up to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="175"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/backups_dialog.py" line="177"/>
        <source>Replace all your current data with the backup from {when}? Everything you changed since then is replaced. (Your current data is kept aside in the backups folder first, but restoring cannot be undone from inside the app.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/startup_check.py" line="68"/>
        <location filename="../../infointerview/ui/startup_check.py" line="91"/>
        <source>Your data needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/startup_check.py" line="71"/>
        <source>Restore the newest good backup, taken {when}? If you choose No, InfoInterview starts with an empty database and the damaged file stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/startup_check.py" line="81"/>
        <source>Restored the backup from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/startup_check.py" line="86"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/startup_check.py" line="94"/>
        <source>There is no good backup to restore, so InfoInterview starts with an empty database. The damaged file stays where it is; a data-recovery tool (for example sqlite3&apos;s .recover command) may rescue parts of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="155"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="157"/>
        <source>Arrow keys move between days, Page Up/Down between months; Enter opens the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="162"/>
        <source>chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="164"/>
        <source>follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="165"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="177"/>
        <source>Agenda for the selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="184"/>
        <source>Schedule on this day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="185"/>
        <location filename="../../infointerview/ui/calendar_view.py" line="381"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="186"/>
        <location filename="../../infointerview/ui/calendar_view.py" line="383"/>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="187"/>
        <location filename="../../infointerview/ui/calendar_view.py" line="385"/>
        <source>Cancel chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="285"/>
        <source>dddd d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="300"/>
        <source>Double-click or press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="310"/>
        <source>Follow-up: {title}
{due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="320"/>
        <source>Nothing on this day. Press “Schedule on this day…” to book a chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/calendar_view.py" line="387"/>
        <source>Add to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallWindow</name>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="120"/>
        <source>Call with {name} — InfoInterview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="133"/>
        <source>Stay on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="140"/>
        <source>Wayland does not let apps keep a window above others. Use your desktop&apos;s own &apos;Always on top&apos; window menu instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="146"/>
        <source>Keep this window above your video call (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="166"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="192"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="194"/>
        <source>Start the clock (Space or F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="195"/>
        <location filename="../../infointerview/ui/call_window.py" line="401"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="197"/>
        <source>Pause or resume the clock (Space or F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="198"/>
        <source>End call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="200"/>
        <source>End the call and write the wrap-up (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="217"/>
        <source>Questions: tick the ones asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="218"/>
        <source>Tick a question once asked; select it to note the answer below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="221"/>
        <source>Notes on the answer to the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="226"/>
        <source>Notes: names, resources, anything to follow up  (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="248"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="251"/>
        <source>Referral: name (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="254"/>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="257"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="258"/>
        <location filename="../../infointerview/ui/call_window.py" line="263"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="259"/>
        <source>Create the contact and a task to reach out (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="262"/>
        <source>They promised… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="265"/>
        <source>Add a reminder for your thank-you note (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="267"/>
        <source>{name} can hire for the role I want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="268"/>
        <source>They</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="271"/>
        <source>Marks this contact as having hiring authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="384"/>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="385"/>
        <source>Press Start (Space) when the call begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="389"/>
        <source>Paused — {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="391"/>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="401"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="417"/>
        <source>Thanks and the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="418"/>
        <source>Thank them; say the plan: your bio, their story, questions, done on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="421"/>
        <source>Your one-minute bio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="422"/>
        <source>Who you are and what you are exploring; not a job request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="425"/>
        <source>Their story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="426"/>
        <source>Invite their path; listen and note names and resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="429"/>
        <source>Your questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="430"/>
        <source>Open-ended questions in your order; steer if they ramble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="433"/>
        <source>Wrap-up: ask who else to talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="434"/>
        <source>Ask: who else should I talk to? May I use your name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="437"/>
        <source>Time is up — thank them and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="438"/>
        <source>Say you want to respect their time; stay only if they clearly offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="509"/>
        <location filename="../../infointerview/ui/call_window.py" line="517"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="547"/>
        <source>All notes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="605"/>
        <source>Nothing captured yet. Names and promised resources go here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="609"/>
        <source>Captured: {r} referral(s), {p} promise(s). Last: {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="631"/>
        <source>Wrap-up saved. Send the thank-you within two days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="59"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="60"/>
        <source>LinkedIn message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="61"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="62"/>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="63"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="64"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatCard</name>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="150"/>
        <source>It happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="153"/>
        <source>Mark the chat as held; the thank-you reminder starts from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="157"/>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="159"/>
        <source>Open the on-call window with its timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="162"/>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="163"/>
        <source>Open the chat&apos;s prep page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="166"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="170"/>
        <source>Open prep page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="173"/>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="176"/>
        <source>Cancel chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="180"/>
        <source>They did not show up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="184"/>
        <source>Print prep sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="187"/>
        <source>Save prep sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="190"/>
        <source>Add to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="194"/>
        <source>{start}–{end} your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="217"/>
        <source>✓ Pitch written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="217"/>
        <source>✗ No pitch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="219"/>
        <source>no questions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="221"/>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="223"/>
        <source>{n} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="225"/>
        <source>1 yes/no question to reword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="228"/>
        <source>{n} yes/no questions to reword</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatCommands</name>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="356"/>
        <source>Scheduled a chat with {who} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="369"/>
        <source>Moved the chat with {who} to {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="385"/>
        <source>Cancelled the chat with {who}. Reschedule it from the Calendar to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="390"/>
        <source>Marked the chat with {who} as held. Thank them within 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="394"/>
        <source>Marked {who} as a no-show. Reschedule if they get in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="415"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="425"/>
        <source>Export upcoming chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="432"/>
        <source>Could not write {path}: {why}. Pick another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="438"/>
        <source>Exported {n} upcoming chats to {path}. Open it with your calendar program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="447"/>
        <source>Add chat to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="455"/>
        <source>Could not write {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="459"/>
        <source>Saved {path}. Open it to add the chat to your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatMode</name>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="48"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="49"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="50"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="51"/>
        <source>Coffee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="149"/>
        <source>Yes/no question: {reason} Try: {suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="274"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="275"/>
        <source>Upcoming chats first, then recent ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="279"/>
        <source>Search all notes and answers  (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="282"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="290"/>
        <source>Chat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="298"/>
        <source>No chats yet. Chats are scheduled from a contact or from the calendar; once one is booked, prepare it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="318"/>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="321"/>
        <source>Open the on-call timer and notes window (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="330"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="331"/>
        <source>Print the prep sheet, or save it as PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="336"/>
        <source>Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="337"/>
        <source>Print Prep Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="338"/>
        <source>Save Prep Sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="339"/>
        <source>Save Chat Summary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="340"/>
        <source>Save Chat Summary as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="346"/>
        <source>Write…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="347"/>
        <source>Write a thank-you, follow-up or update to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="352"/>
        <source>Thank-you note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="353"/>
        <source>Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="354"/>
        <source>Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="368"/>
        <source>Your one-minute bio, tailored to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="373"/>
        <source>Their path, the organisation, recent news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="375"/>
        <source>What you want to learn from this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="388"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="397"/>
        <source>&amp;Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="400"/>
        <source>&amp;Research notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="402"/>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="410"/>
        <source>Drag or press Alt+Up / Alt+Down to reorder; F2 or double-click to edit; Delete to remove. The referral question always stays last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="418"/>
        <source>Use suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="419"/>
        <source>Replace the question with the open rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="425"/>
        <source>New question — press Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="431"/>
        <source>Add from bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="432"/>
        <source>Pick questions from your question bank (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="440"/>
        <source>Notes from the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="441"/>
        <source>Key takeaways, once it is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="447"/>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="455"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="457"/>
        <source>&amp;Takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="480"/>
        <source>Schedule a chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="481"/>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="574"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="574"/>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="576"/>
        <source>not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="675"/>
        <source>{when} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="683"/>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="743"/>
        <source>Always the last question: it grows your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="748"/>
        <source>Question {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="757"/>
        <source>1 question invites a yes/no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="759"/>
        <source>{n} questions invite yes/no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="762"/>
        <source>All questions are open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="802"/>
        <source>Added 1 question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="804"/>
        <source>Added {n} questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="833"/>
        <source>That question cannot move further; the referral question stays last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="848"/>
        <source>Removed the question. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="871"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="872"/>
        <source>Takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="873"/>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="874"/>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="875"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="876"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="886"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatStatus</name>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="77"/>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="78"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="79"/>
        <source>thanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="80"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="81"/>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../infointerview/services/prep.py" line="63"/>
        <source>CV at hand (do not push it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/prep.py" line="64"/>
        <source>Route, travel time and parking planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/prep.py" line="65"/>
        <source>Industry and company news checked the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/prep.py" line="66"/>
        <source>Notes and questions reviewed the day before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactColumn</name>
    <message>
        <location filename="../../infointerview/services/contacts.py" line="63"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/contacts.py" line="64"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/contacts.py" line="65"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/contacts.py" line="66"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/contacts.py" line="67"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/services/contacts.py" line="68"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="86"/>
        <source>Can hire (a prospective supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="98"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="99"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="100"/>
        <source>Type to pick or add an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="103"/>
        <source>Same university, home town, a mutual friend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="104"/>
        <source>Who referred you? Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="106"/>
        <source>Comma-separated, e.g. biotech, alumni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="127"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="128"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="129"/>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="130"/>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="131"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="132"/>
        <source>&amp;LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="133"/>
        <source>Locat&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="134"/>
        <source>&amp;How found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="135"/>
        <source>Connec&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="136"/>
        <source>&amp;Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="138"/>
        <source>L&amp;ane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="139"/>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="140"/>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="141"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="147"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="148"/>
        <source>Save this contact (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="150"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="151"/>
        <source>Drop the changes you have not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="347"/>
        <source>Not saved: fix the fields marked ⚠.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="387"/>
        <source>Referral chain: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="389"/>
        <source>Referred you to: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="395"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contact_editor.py" line="398"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="31"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="32"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="33"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="34"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="35"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="36"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="37"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="38"/>
        <source>LinkedIn URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="39"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="40"/>
        <source>How found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="41"/>
        <source>Connection point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="42"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="43"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="44"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="45"/>
        <source>Hiring authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="46"/>
        <source>Connected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/interchange/csv_generic.py" line="47"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="94"/>
        <source>Type a name or organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../infointerview/ui/contacts_model.py" line="94"/>
        <source>A follow-up is due: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_model.py" line="96"/>
        <source>★ can hire: a prospective supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_model.py" line="328"/>
        <source>Chat {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="62"/>
        <source>Search names, organisations, titles, emails, tags and notes  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="65"/>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="68"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="69"/>
        <source>Add a contact (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="70"/>
        <source>Schedule chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="72"/>
        <source>Schedule a chat with the selected contact (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="79"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="104"/>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="112"/>
        <source>Start with three to five people you could ask for a 30-minute chat: alumni, former colleagues, people you met at events, or anyone a friend could introduce you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="121"/>
        <source>Add your first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="122"/>
        <source>Load sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="123"/>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="173"/>
        <source>&amp;Delete Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="176"/>
        <source>Delete the selected contacts (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="259"/>
        <source>0 of {total:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="261"/>
        <source>No contact matches “{query}”. Clear the search or add this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="267"/>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="269"/>
        <source>{total:,} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="272"/>
        <source>{shown:,} of {total:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="304"/>
        <source>Nobody by that name; pick someone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="317"/>
        <location filename="../../infointerview/ui/contacts_view.py" line="320"/>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="328"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="330"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="348"/>
        <source>Deleted 1 contact. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="350"/>
        <source>Deleted {n} contacts. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/contacts_view.py" line="407"/>
        <source>Fix the marked fields or press Revert before leaving this contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../infointerview/ui/export_dialog.py" line="51"/>
        <source>Export as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/export_dialog.py" line="53"/>
        <source>{format} (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/export_dialog.py" line="62"/>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/export_dialog.py" line="74"/>
        <source>Exporting to {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/export_dialog.py" line="80"/>
        <source>Exported {n} contacts to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/export_dialog.py" line="87"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/export_dialog.py" line="89"/>
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="47"/>
        <source>Welcome to InfoInterview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="51"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="52"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="56"/>
        <source>Who are you talking to people as?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="57"/>
        <source>Informational interviews are short chats to learn about a field or job, never to ask for one. Your name and field go into your messages and prep sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="62"/>
        <source>e.g. data science in biotech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="64"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="65"/>
        <source>Field you are &amp;exploring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="70"/>
        <source>Your one-minute pitch, and a rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="71"/>
        <source>About 150 words: who you are, what you are exploring, and why you want to hear their story. You will tailor it for each person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="82"/>
        <source>&amp;Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="84"/>
        <source>Cadence &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="89"/>
        <source>How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="90"/>
        <source>You can import or add people at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="91"/>
        <source>Start empty: I will add three to five people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="94"/>
        <source>Import my LinkedIn connections (Connections.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="96"/>
        <source>Load sample data to look around first (you can delete it later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/first_run.py" line="104"/>
        <source>LinkedIn: Settings → Data privacy → Get a copy of your data → Connections. The file arrives by email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="145"/>
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
        <location filename="../../infointerview/ui/import_dialog.py" line="173"/>
        <location filename="../../infointerview/ui/import_dialog.py" line="418"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="200"/>
        <source>Import people from a LinkedIn Connections.csv export, another CSV file, a vCard (.vcf) address book or an InfoInterview JSON backup. You will see what changes before anything is written; people already here are matched by LinkedIn link, email, or name and organisation, and only empty fields are filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="212"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="213"/>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="217"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="220"/>
        <source>Detect from the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="223"/>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="238"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="240"/>
        <location filename="../../infointerview/ui/import_dialog.py" line="274"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="254"/>
        <source>Which field does each column hold? The guess comes from the column names; your choice is remembered for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="263"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="263"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="263"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="272"/>
        <location filename="../../infointerview/ui/import_dialog.py" line="324"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="293"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="297"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="298"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="299"/>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="300"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="326"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="339"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="345"/>
        <source>Cancel leaves your contacts exactly as they were before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="352"/>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="369"/>
        <source>&amp;Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="374"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="421"/>
        <source>Contacts (*.csv *.vcf *.vcard *.json *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="439"/>
        <source>Choose a file to import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="470"/>
        <source>The file is empty: there is no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="484"/>
        <source>{problem} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="497"/>
        <source>(do not import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="520"/>
        <source>Choose a name column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="521"/>
        <source>Pick at least one column holding a name or an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="543"/>
        <source>{file} · {format}
{rows} rows: {new} new, {updated} to update, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="559"/>
        <source>Nothing to import: everyone is already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="585"/>
        <source>Importing {n} contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="605"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="609"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="617"/>
        <source>The import failed and nothing was changed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="627"/>
        <source>Done: {created} new contacts, {updated} updated, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="634"/>
        <source>Also restored {n} chats, messages, tasks and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="639"/>
        <source>Changed your mind? Undo Import removes the people it added and empties the fields it filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="659"/>
        <source>Import undone: removed {removed} contacts, restored {restored} fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="664"/>
        <source>{kept} fields you changed since the import were left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="672"/>
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
        <location filename="../../infointerview/ui/main_window.py" line="71"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="79"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="81"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="90"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="91"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="92"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="93"/>
        <source>Stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="119"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="264"/>
        <source>{area} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="277"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="279"/>
        <source>&amp;New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="282"/>
        <source>Load &amp;Sample Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="285"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="288"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="290"/>
        <source>&amp;CSV (Spreadsheet)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="291"/>
        <source>&amp;vCard (Address Book)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="292"/>
        <source>&amp;JSON (Everything)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="295"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="298"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="305"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="309"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="310"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="312"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="318"/>
        <source>&amp;Find Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="322"/>
        <source>Search All &amp;Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="328"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="335"/>
        <source>Show {area} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="338"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="340"/>
        <source>The &amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="344"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="348"/>
        <source>&amp;About InfoInterview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="355"/>
        <source>C&amp;hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="357"/>
        <source>&amp;Schedule Chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="360"/>
        <source>Schedule a chat (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="362"/>
        <source>&amp;Log Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="366"/>
        <source>Record a message you sent, or a reply (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="369"/>
        <source>&amp;Export Calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="373"/>
        <source>Write every upcoming chat to an .ics file for your calendar (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="376"/>
        <source>&amp;Write Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="379"/>
        <source>Write an outreach, thank-you, follow-up or update message (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="382"/>
        <source>&amp;Print Prep Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="386"/>
        <source>Save Prep Sheet as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="577"/>
        <source>Load sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="579"/>
        <source>You already have contacts. Add the sample people, chats and tasks next to them? (You can delete them later.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="594"/>
        <source>Loaded {n} sample contacts and {c} chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="623"/>
        <location filename="../../infointerview/ui/main_window.py" line="627"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="636"/>
        <source>Pick a contact (or open a chat) first, then write to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="656"/>
        <source>Logged the message; follow-ups updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="708"/>
        <source>Welcome! Help → The Method explains the habit in one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="723"/>
        <source>Go to the table from the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="723"/>
        <source>Down or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="724"/>
        <source>Save the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="725"/>
        <source>Delete the selected contacts (in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="726"/>
        <source>Start the call (Chat area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="727"/>
        <source>Add questions from the bank (Chat area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="728"/>
        <source>Move a question up / down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="729"/>
        <source>Call window: start, pause, resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="730"/>
        <source>Call window: end the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="731"/>
        <source>Call window: capture a referral / a promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="732"/>
        <source>Call window: notes / stay on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="741"/>
        <source>About InfoInterview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="748"/>
        <source>Informational interviews as a lifelong habit. All your data stays on this computer, in:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="783"/>
        <source>Unsaved contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/main_window.py" line="785"/>
        <source>The contact you are editing has errors and was not saved. Quit anyway and lose those edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/app.py" line="146"/>
        <source>Restored the backup {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/app.py" line="150"/>
        <source>Your previous data was kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="65"/>
        <source>Message to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="69"/>
        <source>To: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="74"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="75"/>
        <source>Save as Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="84"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="95"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="102"/>
        <source>Keep it short, thank them for their time, and remind them of anything they offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="109"/>
        <source>Open in Mail Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="111"/>
        <source>Copy to Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="112"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="118"/>
        <source>Log as Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="119"/>
        <source>Not Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="131"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="132"/>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="133"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="134"/>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="190"/>
        <source> (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="209"/>
        <source>Fill in by hand: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="218"/>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="219"/>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="239"/>
        <source>{n} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="256"/>
        <source>Passed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="256"/>
        <source>Needs attention: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="281"/>
        <source>This contact has no email address, so the message was copied. Paste it where you will send it, then log it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="285"/>
        <source>This message is too long for a mail link, so it was copied. Paste it into a new email to {email}, then log it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="290"/>
        <source>No mail program answered, so the message was copied. Paste it into a new email to {email}, then log it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="294"/>
        <source>Opened in your mail program. Once you have sent it, log it so reply tracking and follow-ups work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="299"/>
        <source>Copied. Once you have sent it, log it so follow-ups work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/message_composer.py" line="304"/>
        <source>Subject: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="69"/>
        <source>First message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="70"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="71"/>
        <source>Thank-you note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/domain/chats.py" line="72"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodGuide</name>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="27"/>
        <source>The informational interview method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="59"/>
        <source>Chats held per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="121"/>
        <source>goal: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="53"/>
        <source>Log a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="75"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="82"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="83"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="84"/>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="85"/>
        <source>&amp;Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="86"/>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="89"/>
        <source>Waiting for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="93"/>
        <source>They &amp;replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="95"/>
        <source>Record that the selected message got an answer (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="97"/>
        <source>No message is waiting for a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="110"/>
        <source>&amp;Log message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="157"/>
        <source>Recorded the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="168"/>
        <source>Pick who the message went to from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/outreach_dialog.py" line="185"/>
        <source>Logged the message to {who}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepSheet</name>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="200"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="207"/>
        <source>Travel: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="208"/>
        <source>My one-minute pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="212"/>
        <source>Write your pitch: who you are, what you are exploring, why this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="215"/>
        <source>Research notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="216"/>
        <source>No research notes yet: their path, the organisation, recent news.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="217"/>
        <source>Goals for this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="218"/>
        <source>No goals written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="219"/>
        <source>Questions, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="220"/>
        <source>Open questions only. Leave time for the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="227"/>
        <location filename="../../infointerview/ui/prep_sheet.py" line="251"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="228"/>
        <source>Names, resources and promises to follow up; then your key takeaways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="236"/>
        <source>Chat with </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="242"/>
        <source>Rating: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="243"/>
        <source>Key takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="244"/>
        <source>None written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="245"/>
        <source>Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="247"/>
        <source>  (not asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="252"/>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="253"/>
        <source>Referrals gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="254"/>
        <location filename="../../infointerview/ui/prep_sheet.py" line="256"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="255"/>
        <source>Promised resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="266"/>
        <source>Could not start writing the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="296"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="393"/>
        <source>Prep sheet: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/prep_sheet.py" line="400"/>
        <source>Chat summary: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="116"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="116"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="116"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="116"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="117"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="120"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="121"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/import_dialog.py" line="122"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="48"/>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="81"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="83"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="91"/>
        <source>Chat summary: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="92"/>
        <source>Prep sheet: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="98"/>
        <source>Could not save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="99"/>
        <source>The PDF could not be written to {path}: {reason}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="117"/>
        <source>Save summary as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="118"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="125"/>
        <source>Could not save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/print_actions.py" line="126"/>
        <source>{path}: {reason}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBankView</name>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="74"/>
        <source>Your question bank: open-ended questions grouped by family. Pick from it on a chat&apos;s prep page with “Add from bank…”. Retired questions stay here, greyed, until you restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="91"/>
        <source>F2 or double-click to edit; Alt+Up / Alt+Down to move; Delete to retire or restore a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="99"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="103"/>
        <source>New open-ended question — Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="104"/>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="110"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="111"/>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="112"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="113"/>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="114"/>
        <location filename="../../infointerview/ui/question_bank_view.py" line="203"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="115"/>
        <source>Hide from the picker; keeps it here (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="116"/>
        <source>Rename family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="167"/>
        <source>{text}  (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="203"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="206"/>
        <source>Yes/no question: {reason} Try: {suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="274"/>
        <source>Rename family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_bank_view.py" line="274"/>
        <source>New name for “{f}”:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <location filename="../../infointerview/ui/chat_page.py" line="179"/>
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
    <message>
        <location filename="../../infointerview/ui/question_picker.py" line="108"/>
        <source>1 question selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/question_picker.py" line="110"/>
        <source>{n} questions selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="53"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="64"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="65"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="66"/>
        <source>Hide this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="67"/>
        <source>Dismiss reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="92"/>
        <source>(+{n} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="172"/>
        <source>Chat with {who} at {time} (in {n} min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/reminders.py" line="183"/>
        <source>Thank-you note due: {who} ({due}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="142"/>
        <source>Schedule a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="142"/>
        <source>Reschedule chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="146"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="152"/>
        <source>Date and time (your local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="153"/>
        <source>Your local time. Alt+Down opens the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="159"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="161"/>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="174"/>
        <source>Route, parking, when to leave; arrive a little early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="181"/>
        <source>&amp;With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="182"/>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="183"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="184"/>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="185"/>
        <source>&amp;Place or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="186"/>
        <source>&amp;Travel note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="207"/>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="207"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="243"/>
        <source>Meeting link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="244"/>
        <source>Phone number, and who calls whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="245"/>
        <source>Address, floor, who to ask for at reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="246"/>
        <source>Café and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="266"/>
        <source>Overlaps with {chats}. You can still schedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/schedule_dialog.py" line="291"/>
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
        <location filename="../../infointerview/ui/settings_dialog.py" line="89"/>
        <source>e.g. data science in biotech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="91"/>
        <source>e.g. Tuesday or Thursday afternoons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="97"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="98"/>
        <source>Field you are &amp;exploring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="99"/>
        <source>&amp;Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="100"/>
        <source>Used in messages: when you could talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="101"/>
        <source>Default &amp;pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="103"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="111"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="114"/>
        <source> min before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="115"/>
        <source>Play a gentle sound at the wrap-up warning and at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="120"/>
        <source> hours after the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="124"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="128"/>
        <source>Chat &amp;length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="129"/>
        <source>Informational interviews are usually 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="130"/>
        <source>&amp;Wrap-up warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="131"/>
        <source>When the call window reminds you to ask who else to talk to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="133"/>
        <source>&amp;Thank-you due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="134"/>
        <source>Send it within one to two business days; 48 hours at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="135"/>
        <source>Keep-in-touch &amp;update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="136"/>
        <source>A short update after the chat keeps the connection alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="137"/>
        <source>Cadence &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="138"/>
        <source>At least one a month; work toward one a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="139"/>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="146"/>
        <source>From my region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="146"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="147"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="152"/>
        <source> lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="153"/>
        <source>Paper &amp;size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="154"/>
        <source>&amp;Writing space per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="155"/>
        <source>Ruled lines under each question on the prep sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="156"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="163"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="163"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="164"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="167"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="168"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="175"/>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="176"/>
        <source>Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="180"/>
        <source>Data &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="184"/>
        <source>Everything you enter stays in this folder on this computer. To use another folder, start InfoInterview with --data-dir or set INFOINTERVIEW_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/settings_dialog.py" line="190"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="64"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="67"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/help_dialog.py" line="67"/>
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
    <name>StatsView</name>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="209"/>
        <source>Chats held per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="211"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="217"/>
        <source>Referral tree: who led to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="220"/>
        <source>Find a person to see their whole chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="221"/>
        <source>Show all chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="224"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="224"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="224"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="225"/>
        <source>Referral tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="236"/>
        <source>Show in Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="304"/>
        <source>Referrals gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="310"/>
        <source>{replied} of {contacted} people you contacted replied; {held} chats held led to {referrals} referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="318"/>
        <source>Log your first message to start the funnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="322"/>
        <source>Add a Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="322"/>
        <source>Log a Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="354"/>
        <source>No referrals yet. Ask every person you talk to: who else should I talk to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="357"/>
        <source>Select a person to see who led to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="407"/>
        <source>{name} was referred by {chain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="411"/>
        <source>{name} is at the top of this chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/stats_view.py" line="414"/>
        <source>They referred {n}: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskCard</name>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="248"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="249"/>
        <source>Mark this follow-up as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="251"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="252"/>
        <source>Hide it until later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="256"/>
        <source>Later today (3 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="257"/>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="258"/>
        <source>Next business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="259"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="266"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="267"/>
        <source>Not needed; it will not come back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="352"/>
        <source>Welcome to InfoInterview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="356"/>
        <source>An informational interview is a 30-minute chat with someone whose work interests you: you ask for their story and advice, never for a job.

1.  Add three to five people you could ask: alumni, former colleagues, people from events, friends of friends.
2.  Send each a short message (under 100 words) and log it here.
3.  Schedule the chat, prepare a one-minute pitch and open questions.
4.  Thank them within 48 hours and ask who else you should talk to.

This page then shows each morning who you talk to, which follow-ups are due and whether you keep your cadence (at least one chat a month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="372"/>
        <source>Add your first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="374"/>
        <source>Explore with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="377"/>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="410"/>
        <source>Schedule chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="411"/>
        <source>Schedule a chat (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="412"/>
        <source>Log message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="413"/>
        <source>Record a message you sent, or a reply (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="421"/>
        <location filename="../../infointerview/ui/today_view.py" line="582"/>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="424"/>
        <location filename="../../infointerview/ui/today_view.py" line="606"/>
        <location filename="../../infointerview/ui/today_view.py" line="609"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="463"/>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="476"/>
        <source>Chats per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="478"/>
        <source>a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="479"/>
        <source>a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="483"/>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="485"/>
        <source>chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="501"/>
        <source>Reply rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="511"/>
        <source>Mix of chats held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="514"/>
        <source>Deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="514"/>
        <source>Wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="514"/>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="550"/>
        <source>Today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="561"/>
        <source>Today {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="563"/>
        <source>Tomorrow {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="581"/>
        <source>Chats in the next {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="587"/>
        <source>No chat in the next week. Reach out to someone or schedule a chat with a person who replied (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="605"/>
        <source>Follow-ups ({n} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="611"/>
        <source>Nothing to follow up right now. Thank-you notes, replies to chase and keep-in-touch updates appear here when they are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="623"/>
        <source>this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="623"/>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="625"/>
        <source>{held} of {target} {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="635"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="635"/>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="637"/>
        <source>Current streak: {n} {unit} in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="638"/>
        <source>No streak yet: meet the goal this period to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="649"/>
        <source>Raise the goal to {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="657"/>
        <source>No messages yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="660"/>
        <source>{chats} chats from {sent} messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="689"/>
        <source>Done. Nice work. (Undo with Ctrl+Z.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="707"/>
        <source>Dismissed. It will not come back. (Undo with Ctrl+Z.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="701"/>
        <source>Snoozed until {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="727"/>
        <source>Goal set to {goal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/today_view.py" line="735"/>
        <source>Goal raised to {goal}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="682"/>
        <source>Wrap-up, while it is fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="691"/>
        <source>Fill the gaps in your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="696"/>
        <source>Key takeaways: what you learned, what you will do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="702"/>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="709"/>
        <source>{n} of 5 (1 = not useful, 5 = excellent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="717"/>
        <source>Untick anything captured by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="720"/>
        <source>Save wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="722"/>
        <source>Save and close (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="733"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="735"/>
        <source>&amp;Key takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="738"/>
        <source>Referrals and tasks created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="762"/>
        <source>The call lasted {m} min {s:02d} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../infointerview/ui/call_window.py" line="774"/>
        <source>No referrals or promises were captured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../infointerview/app.py" line="68"/>
        <source>InfoInterview is already open on this data folder but did not respond. Wait a moment or close it, then start it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
