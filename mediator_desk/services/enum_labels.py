"""Words for the stored enumeration values in en, ro and it (shared by the interface and the reports, no Qt)."""

from __future__ import annotations

# value: (English, Romanian, Italian)
_LABELS: dict[str, tuple[str, str, str]] = {
    # session formats
    "guided_tour": ("Guided tour", "Tur ghidat", "Visita guidata"),
    "in_depth_tour": ("In-depth tour", "Tur aprofundat", "Visita approfondita"),
    "thematic_tour": ("Thematic tour", "Tur tematic", "Visita tematica"),
    "drop_in_mediation": ("Drop-in mediation", "Mediere liberă", "Mediazione libera"),
    "workshop": ("Workshop", "Atelier", "Laboratorio"),
    "family_session": ("Family session", "Activitate pentru familii", "Attività per famiglie"),
    "school_visit": ("School visit", "Vizită școlară", "Visita scolastica"),
    "accessible_tour": ("Accessible tour", "Tur accesibil", "Visita accessibile"),
    "talk_lecture": ("Talk or lecture", "Discuție sau prelegere", "Incontro o conferenza"),
    "screening": ("Screening", "Proiecție", "Proiezione"),
    "performance_concert": ("Performance or concert", "Spectacol sau concert", "Performance o concerto"),
    "event_opening": ("Event or opening", "Eveniment sau vernisaj", "Evento o inaugurazione"),
    "science_demo": ("Science demonstration", "Demonstrație științifică", "Dimostrazione scientifica"),
    "training": ("Training", "Formare", "Formazione"),
    "outreach_offsite": ("Outreach (off site)", "Activitate în afara sediului", "Attività esterna"),
    "online": ("Online", "Online", "Online"),
    # statuses
    "planned": ("Planned", "Planificat", "Programmata"),
    "in_progress": ("In progress", "În desfășurare", "In corso"),
    "done": ("Done", "Încheiat", "Svolta"),
    "cancelled": ("Cancelled", "Anulat", "Annullata"),
    "no_show": ("No-show", "Neprezentare", "Mancata presenza"),
    # booking sources
    "phone": ("Phone", "Telefon", "Telefono"),
    "email": ("Email", "Email", "Email"),
    "walk_in": ("Walk-in", "Fără rezervare", "Senza prenotazione"),
    "partner": ("Partner", "Partener", "Partner"),
    # group types
    "individual": ("Individual visitors", "Vizitatori individuali", "Visitatori individuali"),
    "family": ("Family", "Familie", "Famiglia"),
    "preschool": ("Preschool", "Preșcolari", "Scuola dell'infanzia"),
    "primary": ("Primary school", "Școală primară", "Scuola primaria"),
    "lower_secondary": ("Lower secondary school", "Gimnaziu", "Scuola secondaria di primo grado"),
    "upper_secondary": ("Upper secondary school", "Liceu", "Scuola secondaria di secondo grado"),
    "university": ("University", "Universitate", "Università"),
    "adult_organised": ("Organised adult group", "Grup organizat de adulți", "Gruppo organizzato di adulti"),
    "tourist_group": ("Tourist group", "Grup de turiști", "Gruppo turistico"),
    "professional_press": ("Professionals and press", "Profesioniști și presă", "Professionisti e stampa"),
    "community_ngo": ("Community group or NGO", "Grup comunitar sau ONG", "Gruppo di comunità o ONG"),
    "disability_group": ("Group with disabilities", "Grup de persoane cu dizabilități", "Gruppo con disabilità"),
    "seniors": ("Seniors", "Vârstnici", "Anziani"),
    "corporate": ("Corporate group", "Grup corporativ", "Gruppo aziendale"),
    # origin
    "local": ("Local", "Local", "Locale"),
    "national": ("National", "Național", "Nazionale"),
    "foreign": ("Foreign", "Străin", "Estero"),
    # admission types
    "full": ("Full price", "Preț întreg", "Intero"),
    "reduced": ("Reduced", "Redus", "Ridotto"),
    "free": ("Free", "Gratuit", "Gratuito"),
    "free_event": ("Free event", "Eveniment gratuit", "Evento gratuito"),
    "voucher": ("Voucher", "Voucher", "Voucher"),
    "professional": ("Professional", "Profesionist", "Professionale"),
    # access provisions
    "wheelchair": ("Wheelchair access", "Acces cu scaun rulant", "Accesso in sedia a rotelle"),
    "seating": ("Seating", "Locuri de șezut", "Sedute"),
    "sign_language": ("Sign language", "Limbaj mimico-gestual", "Lingua dei segni"),
    "audio_description": ("Audio description", "Audiodescriere", "Audiodescrizione"),
    "tactile": ("Tactile materials", "Materiale tactile", "Materiali tattili"),
    "easy_read": ("Easy read", "Text ușor de citit", "Testi facili da leggere"),
    "sensory_friendly": ("Sensory-friendly", "Adaptat senzorial", "Adatto alle esigenze sensoriali"),
    "induction_loop": ("Induction loop", "Buclă de inducție", "Anello a induzione"),
    # target groups
    "children": ("Children", "Copii", "Bambini"),
    "youth": ("Youth", "Tineri", "Giovani"),
    "families": ("Families", "Familii", "Famiglie"),
    "school_pupils": ("School pupils", "Elevi", "Alunni"),
    "students": ("Students", "Studenți", "Studenti"),
    "people_with_disabilities": ("People with disabilities", "Persoane cu dizabilități", "Persone con disabilità"),
    "roma_communities": ("Roma communities", "Comunități de romi", "Comunità rom"),
    "rural_youth": ("Rural youth", "Tineri din mediul rural", "Giovani delle aree rurali"),
    "low_income": ("Low income", "Venituri mici", "Basso reddito"),
    "migrants": ("Migrants", "Migranți", "Migranti"),
    "general_public": ("General public", "Publicul larg", "Pubblico generale"),
    # feedback methods and sources
    "smiley_5": ("Five smileys", "Cinci fețe zâmbitoare", "Cinque faccine"),
    "likert_5": ("Likert scale (1–5)", "Scală Likert (1–5)", "Scala Likert (1–5)"),
    "nps_11": ("Recommend (0–10)", "Recomandare (0–10)", "Raccomandazione (0–10)"),
    "yes_no": ("Yes / no", "Da / nu", "Sì / no"),
    "one_word": ("One word", "Un cuvânt", "Una parola"),
    "free_text": ("Free text", "Text liber", "Testo libero"),
    "kiosk": ("Kiosk", "Chioșc", "Totem"),
    "mediator": ("Mediator", "Mediator", "Mediatore"),
    "paper_card": ("Paper card", "Card tipărit", "Cartolina"),
    # learning outcomes
    "knowledge": ("Knowledge and understanding", "Cunoaștere și înțelegere", "Conoscenza e comprensione"),
    "skills": ("Skills", "Abilități", "Abilità"),
    "attitudes": ("Attitudes and values", "Atitudini și valori", "Atteggiamenti e valori"),
    "enjoyment": ("Enjoyment, inspiration, creativity", "Plăcere, inspirație, creativitate",
                  "Piacere, ispirazione, creatività"),
    "activity": ("Activity, behaviour, progression", "Activitate, comportament, progres",
                 "Attività, comportamento, progressione"),
    # count methods
    "clicker": ("Clicker", "Contor manual", "Contapersone"),
    "manual_tally": ("Manual tally", "Numărare pe hârtie", "Conteggio manuale"),
    "ticket": ("Tickets", "Bilete", "Biglietti"),
    "sensor": ("Sensor", "Senzor", "Sensore"),
    "estimate": ("Estimate", "Estimare", "Stima"),
    # mediator roles
    "custodian": ("Custodian", "Custode", "Custode"),
    "coordinator": ("Coordinator", "Coordonator", "Coordinatore"),
    "volunteer": ("Volunteer", "Voluntar", "Volontario"),
    "trainee": ("Trainee", "Stagiar", "Tirocinante"),
    "interpreter": ("Interpreter", "Interpret", "Interprete"),
    # venue, exhibition and partner types
    "museum": ("Museum", "Muzeu", "Museo"),
    "exhibition_hall": ("Exhibition hall", "Sală de expoziții", "Spazio espositivo"),
    "national_pavilion": ("National pavilion", "Pavilion național", "Padiglione nazionale"),
    "school": ("School", "Școală", "Scuola"),
    "outdoor": ("Outdoor", "În aer liber", "All'aperto"),
    "community_space": ("Community space", "Spațiu comunitar", "Spazio di comunità"),
    "other": ("Other", "Altele", "Altro"),
    "permanent": ("Permanent", "Permanentă", "Permanente"),
    "temporary": ("Temporary", "Temporară", "Temporanea"),
    "travelling": ("Travelling", "Itinerantă", "Itinerante"),
    "ngo": ("NGO", "ONG", "ONG"),
    "municipality": ("Municipality", "Primărie", "Comune"),
    "tour_operator": ("Tour operator", "Operator de turism", "Tour operator"),
    # age bands
    "0-5": ("0–5", "0–5", "0–5"), "6-10": ("6–10", "6–10", "6–10"), "11-14": ("11–14", "11–14", "11–14"),
    "15-18": ("15–18", "15–18", "15–18"), "19-25": ("19–25", "19–25", "19–25"),
    "26-64": ("26–64", "26–64", "26–64"), "65+": ("65+", "65+", "65+"),
}
LANGUAGES = ("en", "ro", "it")


def enum_text(value: str | None, lang: str = "en") -> str:
    """The words for a stored value in `lang` ('school_visit' -> 'Vizită școlară'); unknown values readable."""
    if not value:
        return ""
    row = _LABELS.get(value)
    if row is None:
        return value.replace("_", " ").capitalize()
    return row[LANGUAGES.index(lang)] if lang in LANGUAGES else row[0]
