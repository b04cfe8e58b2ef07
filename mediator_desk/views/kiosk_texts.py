"""What the kiosk says to visitors, in the languages they can pick (visitor-facing, chosen on the screen)."""

from __future__ import annotations

KIOSK_LANGUAGES = ("en", "ro", "it", "fr", "de", "es")

TEXTS: dict[str, dict[str, str]] = {
    "question": {"en": "How did you like the exhibition?", "ro": "Cum v-a plăcut expoziția?",
                 "it": "Le è piaciuta la mostra?", "fr": "Avez-vous aimé l'exposition ?",
                 "de": "Wie hat Ihnen die Ausstellung gefallen?", "es": "¿Le ha gustado la exposición?"},
    "words": {"en": "Anything to add? One word is enough.", "ro": "Mai adăugați ceva? Un cuvânt e de ajuns.",
              "it": "Vuole aggiungere qualcosa? Basta una parola.", "fr": "Un mot à ajouter ? Un seul suffit.",
              "de": "Möchten Sie etwas ergänzen? Ein Wort genügt.", "es": "¿Algo que añadir? Basta una palabra."},
    "send": {"en": "Send", "ro": "Trimite", "it": "Invia", "fr": "Envoyer", "de": "Senden", "es": "Enviar"},
    "skip": {"en": "No, thanks", "ro": "Nu, mulțumesc", "it": "No, grazie", "fr": "Non, merci", "de": "Nein, danke",
             "es": "No, gracias"},
    "privacy": {"en": "Please do not write your name, email or phone number.",
                "ro": "Vă rugăm să nu scrieți numele, adresa de email sau numărul de telefon.",
                "it": "Per favore non scriva nome, email o numero di telefono.",
                "fr": "Merci de ne pas écrire votre nom, e-mail ou numéro de téléphone.",
                "de": "Bitte schreiben Sie keinen Namen, keine E-Mail-Adresse und keine Telefonnummer.",
                "es": "Por favor, no escriba su nombre, correo electrónico ni teléfono."},
    "thanks": {"en": "Thank you!", "ro": "Vă mulțumim!", "it": "Grazie!", "fr": "Merci !", "de": "Vielen Dank!",
               "es": "¡Gracias!"},
}
RATING_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Very bad", "Bad", "OK", "Good", "Very good"),
    "ro": ("Foarte rău", "Rău", "Așa și așa", "Bine", "Foarte bine"),
    "it": ("Pessima", "Scarsa", "Così così", "Buona", "Ottima"),
    "fr": ("Très mauvais", "Mauvais", "Moyen", "Bien", "Très bien"),
    "de": ("Sehr schlecht", "Schlecht", "Mittel", "Gut", "Sehr gut"),
    "es": ("Muy mal", "Mal", "Regular", "Bien", "Muy bien"),
}


def text(key: str, lang: str) -> str:
    row = TEXTS[key]
    return row.get(lang, row["en"])
