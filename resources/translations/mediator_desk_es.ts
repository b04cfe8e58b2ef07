<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="14"/>
        <source>How did you like the exhibition?</source>
        <translation>¿Le ha gustado la exposición?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="15"/>
        <source>Anything to add? One word is enough.</source>
        <translation>¿Algo que añadir? Basta una palabra.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="16"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="17"/>
        <source>No, thanks</source>
        <translation>No, gracias</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="18"/>
        <source>Please do not write your name, email or phone number.</source>
        <translation>Por favor, no escriba su nombre, correo electrónico ni teléfono.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="19"/>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="22"/>
        <source>Very bad</source>
        <translation>Muy mal</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="22"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="22"/>
        <source>OK</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="23"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="23"/>
        <source>Very good</source>
        <translation>Muy bien</translation>
    </message>
</context>
</TS>
