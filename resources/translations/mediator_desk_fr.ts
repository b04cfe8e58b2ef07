<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="14"/>
        <source>How did you like the exhibition?</source>
        <translation>Avez-vous aimé l&apos;exposition ?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="15"/>
        <source>Anything to add? One word is enough.</source>
        <translation>Un mot à ajouter ? Un seul suffit.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="16"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="17"/>
        <source>No, thanks</source>
        <translation>Non, merci</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="18"/>
        <source>Please do not write your name, email or phone number.</source>
        <translation>Merci de ne pas écrire votre nom, e-mail ou numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="19"/>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="22"/>
        <source>Very bad</source>
        <translation>Très mauvais</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="22"/>
        <source>Bad</source>
        <translation>Mauvais</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="22"/>
        <source>OK</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="23"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="23"/>
        <source>Very good</source>
        <translation>Très bien</translation>
    </message>
</context>
</TS>
