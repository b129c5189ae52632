<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CapturePanel</name>
    <message numerus="yes">
        <location filename="../../infointerview/ui/call_capture.py" line="174"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/call_capture.py" line="175"/>
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n promise</numerusform>
            <numerusform>%n promises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message numerus="yes">
        <location filename="../../infointerview/ui/chat_controller.py" line="225"/>
        <source>Exported %n upcoming chat(s) to {path}. Open it with your calendar program.</source>
        <translation>
            <numerusform>Exported %n upcoming chat to {path}. Open it with your calendar program.</numerusform>
            <numerusform>Exported %n upcoming chats to {path}. Open it with your calendar program.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message numerus="yes">
        <location filename="../../infointerview/ui/chat_page.py" line="556"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <location filename="../../infointerview/ui/contacts_view.py" line="376"/>
        <source>{count} contact(s)</source>
        <translation>
            <numerusform>{count} contact</numerusform>
            <numerusform>{count} contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/contacts_view.py" line="453"/>
        <source>Deleted %n contact(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Deleted %n contact. Undo with Ctrl+Z.</numerusform>
            <numerusform>Deleted %n contacts. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <location filename="../../infointerview/ui/export_dialog.py" line="95"/>
        <source>Exported {count} contact(s) to {path}.</source>
        <translation>
            <numerusform>Exported {count} contact to {path}.</numerusform>
            <numerusform>Exported {count} contacts to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_dialog.py" line="465"/>
        <source>{count} row(s)</source>
        <translation>
            <numerusform>{count} row</numerusform>
            <numerusform>{count} rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_dialog.py" line="588"/>
        <source>Importing {count} contact(s)…</source>
        <translation>
            <numerusform>Importing {count} contact…</numerusform>
            <numerusform>Importing {count} contacts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_dialog.py" line="660"/>
        <source>Remove the {count} contact(s) this import added?</source>
        <translation>
            <numerusform>Remove the {count} contact this import added?</numerusform>
            <numerusform>Remove the {count} contacts this import added?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_dialog.py" line="665"/>
        <source>The fields it filled in on {count} other contact(s) are emptied again.</source>
        <translation>
            <numerusform>The fields it filled in on {count} other contact are emptied again.</numerusform>
            <numerusform>The fields it filled in on {count} other contacts are emptied again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="92"/>
        <source>{count} row(s): {reason}</source>
        <translation>
            <numerusform>{count} row: {reason}</numerusform>
            <numerusform>{count} rows: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="112"/>
        <source>Added: {count} new contact(s)</source>
        <translation>
            <numerusform>Added: {count} new contact</numerusform>
            <numerusform>Added: {count} new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="113"/>
        <source>Updated: {count} contact(s)</source>
        <translation>
            <numerusform>Updated: {count} contact</numerusform>
            <numerusform>Updated: {count} contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="114"/>
        <source>Skipped: {count} row(s)</source>
        <translation>
            <numerusform>Skipped: {count} row</numerusform>
            <numerusform>Skipped: {count} rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="120"/>
        <source>Also restored: {count} other record(s) (chats, questions, messages, tasks, settings)</source>
        <translation>
            <numerusform>Also restored: {count} other record (chats, questions, messages, tasks, settings)</numerusform>
            <numerusform>Also restored: {count} other records (chats, questions, messages, tasks, settings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="144"/>
        <source>removed {count} contact(s)</source>
        <translation>
            <numerusform>removed {count} contact</numerusform>
            <numerusform>removed {count} contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="147"/>
        <source>restored {count} field(s)</source>
        <translation>
            <numerusform>restored {count} field</numerusform>
            <numerusform>restored {count} fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/import_summary.py" line="153"/>
        <source>{count} field(s) you changed since the import (was|were) left as (it is|they are).</source>
        <translation>
            <numerusform>{count} field you changed since the import was left as it is.</numerusform>
            <numerusform>{count} fields you changed since the import were left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message numerus="yes">
        <location filename="../../infointerview/ui/message_composer.py" line="256"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <location filename="../../infointerview/ui/calendar_month.py" line="99"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrepQuestionsPanel</name>
    <message numerus="yes">
        <location filename="../../infointerview/ui/prep_questions.py" line="254"/>
        <source>%n question(s) (invites a yes/no answer|invite yes/no answers)</source>
        <translation>
            <numerusform>%n question invites a yes/no answer</numerusform>
            <numerusform>%n questions invite yes/no answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/prep_questions.py" line="296"/>
        <source>Added %n question(s).</source>
        <translation>
            <numerusform>Added %n question.</numerusform>
            <numerusform>Added %n questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionPickerDialog</name>
    <message numerus="yes">
        <location filename="../../infointerview/ui/question_picker.py" line="107"/>
        <source>%n question(s) selected</source>
        <translation>
            <numerusform>%n question selected</numerusform>
            <numerusform>%n questions selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message numerus="yes">
        <location filename="../../infointerview/ui/stats_view.py" line="319"/>
        <source>%n (person|people) you met</source>
        <translation>
            <numerusform>%n person you met</numerusform>
            <numerusform>%n people you met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/stats_view.py" line="320"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../infointerview/ui/today_view.py" line="390"/>
        <source>Chats in the next %n day(s)</source>
        <translation>
            <numerusform>Chats in the next %n day</numerusform>
            <numerusform>Chats in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/today_view.py" line="445"/>
        <source>Current streak: %n month(s) in a row</source>
        <translation>
            <numerusform>Current streak: %n month in a row</numerusform>
            <numerusform>Current streak: %n months in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../infointerview/ui/today_view.py" line="447"/>
        <source>Current streak: %n week(s) in a row</source>
        <translation>
            <numerusform>Current streak: %n week in a row</numerusform>
            <numerusform>Current streak: %n weeks in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message numerus="yes">
        <location filename="../../infointerview/ui/calendar_week.py" line="157"/>
        <source>↻ %n due</source>
        <translation>
            <numerusform>↻ %n due</numerusform>
            <numerusform>↻ %n due</numerusform>
        </translation>
    </message>
</context>
</TS>
