<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="14"/>
        <source>How did you like the exhibition?</source>
        <translation>Wie hat Ihnen die Ausstellung gefallen?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="15"/>
        <source>Anything to add? One word is enough.</source>
        <translation>Möchten Sie etwas ergänzen? Ein Wort genügt.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="16"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="17"/>
        <source>No, thanks</source>
        <translation>Nein, danke</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="18"/>
        <source>Please do not write your name, email or phone number.</source>
        <translation>Bitte schreiben Sie keinen Namen, keine E-Mail-Adresse und keine Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="19"/>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="22"/>
        <source>Very bad</source>
        <translation>Sehr schlecht</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="22"/>
        <source>Bad</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="22"/>
        <source>OK</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="23"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="23"/>
        <source>Very good</source>
        <translation>Sehr gut</translation>
    </message>
</context>
</TS>
