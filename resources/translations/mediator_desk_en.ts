<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/settings_page.py" line="410" />
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
        <location filename="../../mediator_desk/views/team.py" line="118" />
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>Offline · %n change waiting</numerusform>
            <numerusform>Offline · %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="122" />
        <source>Synced %1 · %n waiting</source>
        <translation>
            <numerusform>Synced %1 · %n waiting</numerusform>
            <numerusform>Synced %1 · %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="231" />
        <source>%n new walk-in count(s), %1 visitors</source>
        <translation>
            <numerusform>%n new walk-in count, %1 visitors</numerusform>
            <numerusform>%n new walk-in counts, %1 visitors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="233" />
        <source>%n new tour(s), %1 updated</source>
        <translation>
            <numerusform>%n new tour, %1 updated</numerusform>
            <numerusform>%n new tours, %1 updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="234" />
        <source>%n new group(s), %1 updated</source>
        <translation>
            <numerusform>%n new group, %1 updated</numerusform>
            <numerusform>%n new groups, %1 updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="235" />
        <source>%n new feedback answer(s)</source>
        <translation>
            <numerusform>%n new feedback answer</numerusform>
            <numerusform>%n new feedback answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="236" />
        <source>%n new reference record(s), %1 updated</source>
        <translation>
            <numerusform>%n new reference record, %1 updated</numerusform>
            <numerusform>%n new reference records, %1 updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="239" />
        <source>%n record(s) edited on both laptops: see Settings → Team</source>
        <translation>
            <numerusform>%n record edited on both laptops: see Settings → Team and sync</numerusform>
            <numerusform>%n records edited on both laptops: see Settings → Team and sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="241" />
        <source>%n voucher or card code(s) used twice: the newer one was renamed</source>
        <translation>
            <numerusform>%n voucher or card code used twice: the newer one was renamed</numerusform>
            <numerusform>%n voucher or card codes used twice: the newer ones were renamed</numerusform>
        </translation>
    </message>
</context>
</TS>