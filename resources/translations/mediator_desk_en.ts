<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="137"/>
        <source>Saved %1 (%n row(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n row).</numerusform>
            <numerusform>Saved %1 (%n rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="139"/>
        <source>%n text(s) longer than an XLSX cell holds were cut, with a mark saying how much; the CSV export keeps them whole.</source>
        <translation>
            <numerusform>%n text longer than an XLSX cell holds was cut, with a mark saying how much; the CSV export keeps it whole.</numerusform>
            <numerusform>%n texts longer than an XLSX cell holds were cut, with a mark saying how much; the CSV export keeps them whole.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/settings_page.py" line="416"/>
        <source>%n record(s) were changed on two laptops before they met. The later edit is kept everywhere; choose “Keep the other version” to put the other one back instead.</source>
        <translation>
            <numerusform>%n record was changed on two laptops before they met. The later edit is kept everywhere; choose “Keep the other version” to put the other one back instead.</numerusform>
            <numerusform>%n records were changed on two laptops before they met. The later edit is kept everywhere; choose “Keep the other version” to put the other one back instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="128"/>
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>Offline · %n change waiting</numerusform>
            <numerusform>Offline · %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="132"/>
        <source>Synced %1 · %n waiting</source>
        <translation>
            <numerusform>Synced %1 · %n waiting</numerusform>
            <numerusform>Synced %1 · %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="280"/>
        <source>%n new walk-in count(s), %1 visitors</source>
        <translation>
            <numerusform>%n new walk-in count, %1 visitors</numerusform>
            <numerusform>%n new walk-in counts, %1 visitors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="282"/>
        <source>%n new tour(s), %1 updated</source>
        <translation>
            <numerusform>%n new tour, %1 updated</numerusform>
            <numerusform>%n new tours, %1 updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="283"/>
        <source>%n new group(s), %1 updated</source>
        <translation>
            <numerusform>%n new group, %1 updated</numerusform>
            <numerusform>%n new groups, %1 updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="284"/>
        <source>%n new feedback answer(s)</source>
        <translation>
            <numerusform>%n new feedback answer</numerusform>
            <numerusform>%n new feedback answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="285"/>
        <source>%n new reference record(s), %1 updated</source>
        <translation>
            <numerusform>%n new reference record, %1 updated</numerusform>
            <numerusform>%n new reference records, %1 updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="288"/>
        <source>%n record(s) edited on both laptops: see Settings → Team</source>
        <translation>
            <numerusform>%n record edited on both laptops: see Settings → Team and sync</numerusform>
            <numerusform>%n records edited on both laptops: see Settings → Team and sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="290"/>
        <source>%n voucher or card code(s) used twice: the newer one was renamed</source>
        <translation>
            <numerusform>%n voucher or card code used twice: the newer one was renamed</numerusform>
            <numerusform>%n voucher or card codes used twice: the newer ones were renamed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TourWords</name>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/widgets/pickers.py" line="72"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/widgets/pickers.py" line="75"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
</TS>
