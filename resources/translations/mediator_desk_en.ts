<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="139"/>
        <source>Saved %1 (%Ln row(s)).</source>
        <translation>
            <numerusform>Saved %1 (%Ln row).</numerusform>
            <numerusform>Saved %1 (%Ln rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="141"/>
        <source>%Ln text(s) longer than an XLSX cell holds were cut, with a mark saying how much; the CSV export keeps them whole.</source>
        <translation>
            <numerusform>%Ln text longer than an XLSX cell holds was cut, with a mark saying how much; the CSV export keeps it whole.</numerusform>
            <numerusform>%Ln texts longer than an XLSX cell holds were cut, with a mark saying how much; the CSV export keeps them whole.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="298"/>
        <source>%1 written on %Ln page(s): %2</source>
        <translation>
            <numerusform>%1 written on %Ln page: %2</numerusform>
            <numerusform>%1 written on %Ln pages: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="299"/>
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln card</numerusform>
            <numerusform>%Ln cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="304"/>
        <source>Printing %Ln card(s)…</source>
        <translation>
            <numerusform>Printing %Ln card…</numerusform>
            <numerusform>Printing %Ln cards…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="138"/>
        <location filename="../../mediator_desk/views/feedback_page.py" line="320"/>
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln answer</numerusform>
            <numerusform>%Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="139"/>
        <source>%Ln with words</source>
        <translation>
            <numerusform>%Ln with words</numerusform>
            <numerusform>%Ln with words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="321"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/reports_page.py" line="200"/>
        <source>… %Ln more page(s) in the PDF</source>
        <translation>
            <numerusform>… %Ln more page in the PDF</numerusform>
            <numerusform>… %Ln more pages in the PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/reports_page.py" line="212"/>
        <source>Ready: %Ln page(s), shown below. Save, open or print it.</source>
        <translation>
            <numerusform>Ready: %Ln page, shown below. Save, open or print it.</numerusform>
            <numerusform>Ready: %Ln pages, shown below. Save, open or print it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/reports_page.py" line="226"/>
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %Ln page to the printer.</numerusform>
            <numerusform>Sent %Ln pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/settings_page.py" line="416"/>
        <source>%Ln record(s) were changed on two laptops before they met. The later edit is kept everywhere; choose “Keep the other version” to put the other one back instead.</source>
        <translation>
            <numerusform>%Ln record was changed on two laptops before they met. The later edit is kept everywhere; choose “Keep the other version” to put the other one back instead.</numerusform>
            <numerusform>%Ln records were changed on two laptops before they met. The later edit is kept everywhere; choose “Keep the other version” to put the other one back instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="128"/>
        <source>Offline · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Offline · %Ln change waiting</numerusform>
            <numerusform>Offline · %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="132"/>
        <source>Synced %1 · %Ln waiting</source>
        <translation>
            <numerusform>Synced %1 · %Ln waiting</numerusform>
            <numerusform>Synced %1 · %Ln waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="280"/>
        <source>%Ln new walk-in count(s), %1 visitors</source>
        <translation>
            <numerusform>%Ln new walk-in count, %1 visitors</numerusform>
            <numerusform>%Ln new walk-in counts, %1 visitors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="282"/>
        <source>%Ln new tour(s), %1 updated</source>
        <translation>
            <numerusform>%Ln new tour, %1 updated</numerusform>
            <numerusform>%Ln new tours, %1 updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="283"/>
        <source>%Ln new group(s), %1 updated</source>
        <translation>
            <numerusform>%Ln new group, %1 updated</numerusform>
            <numerusform>%Ln new groups, %1 updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="284"/>
        <source>%Ln new feedback answer(s)</source>
        <translation>
            <numerusform>%Ln new feedback answer</numerusform>
            <numerusform>%Ln new feedback answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="285"/>
        <source>%Ln new reference record(s), %1 updated</source>
        <translation>
            <numerusform>%Ln new reference record, %1 updated</numerusform>
            <numerusform>%Ln new reference records, %1 updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="288"/>
        <source>%Ln record(s) edited on both laptops: see Settings → Team</source>
        <translation>
            <numerusform>%Ln record edited on both laptops: see Settings → Team and sync</numerusform>
            <numerusform>%Ln records edited on both laptops: see Settings → Team and sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="290"/>
        <source>%Ln voucher or card code(s) used twice: the newer one was renamed</source>
        <translation>
            <numerusform>%Ln voucher or card code used twice: the newer one was renamed</numerusform>
            <numerusform>%Ln voucher or card codes used twice: the newer ones were renamed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TourWords</name>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/widgets/pickers.py" line="72"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/widgets/pickers.py" line="75"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToursPage</name>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/tours_page.py" line="273"/>
        <source>%1 of %Ln tour(s)</source>
        <translation>
            <numerusform>%1 of %Ln tour</numerusform>
            <numerusform>%1 of %Ln tours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/tours_page.py" line="274"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
</context>
</TS>
