"""Report language (independent of the interface language): labels, dates and numbers for en, ro, it."""

from __future__ import annotations

import datetime as dt

from mediator_desk.services.enum_labels import enum_text

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
}
WEEKDAYS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "ro": "Lun Mar Mie Joi Vin Sâm Dum".split(),
    "it": "Lun Mar Mer Gio Ven Sab Dom".split(),
}

L: dict[str, dict[str, str]] = {
    "lead_short": {"en": "lead", "ro": "principal", "it": "responsabile"},
    # statistics return: indicators and how each was counted
    "s_total": {"en": "Total visits (walk-in, counted)", "ro": "Total vizite (vizitatori numărați)",
                "it": "Visite totali (visitatori contati)"},
    "s_total_how": {"en": "Sum of walk-in count events (each +1 press, −1 undo, ± corrections with a note).",
                    "ro": "Suma evenimentelor de numărare (+1 la fiecare apăsare, −1 la anulare, ± corecții cu notă).",
                    "it": "Somma degli eventi di conteggio (+1 per pressione, −1 per annullamento, ± correzioni con nota)."},
    "s_free": {"en": "  of which free admission", "ro": "  din care cu intrare gratuită",
               "it": "  di cui a ingresso gratuito"},
    "s_free_how": {"en": "Count categories mapped to free, free event or voucher admission.",
                   "ro": "Categoriile de numărare cu intrare gratuită, eveniment gratuit sau voucher.",
                   "it": "Categorie di conteggio con ingresso gratuito, evento gratuito o voucher."},
    "s_groups": {"en": "  visitors in organised groups", "ro": "  vizitatori în grupuri organizate",
                 "it": "  visitatori in gruppi organizzati"},
    "s_groups_how": {"en": "Participants of held tours (sum of age bands of their groups).",
                     "ro": "Participanții la tururile ținute (suma grupelor de vârstă ale grupurilor).",
                     "it": "Partecipanti alle visite svolte (somma delle fasce d'età dei gruppi)."},
    "s_foreign": {"en": "  of which foreign (groups)", "ro": "  din care străini (grupuri)",
                  "it": "  di cui stranieri (gruppi)"},
    "s_foreign_how": {"en": "Groups recorded with origin = foreign.", "ro": "Grupuri înregistrate cu origine = străină.",
                      "it": "Gruppi registrati con provenienza = estero."},
    "s_school": {"en": "  school visits: groups / pupils", "ro": "  vizite școlare: grupuri / elevi",
                 "it": "  visite scolastiche: gruppi / alunni"},
    "s_school_how": {"en": "Groups of type preschool, primary, lower or upper secondary.",
                     "ro": "Grupuri de tip preșcolar, primar, gimnazial sau liceal.",
                     "it": "Gruppi di tipo infanzia, primaria, secondaria di primo o secondo grado."},
    "s_minors": {"en": "  ≤18 / 19+ (groups)", "ro": "  ≤18 / 19+ (grupuri)", "it": "  ≤18 / 19+ (gruppi)"},
    "s_minors_how": {"en": "Age bands 0–5 … 15–18 vs 19–25 … 65+ of group participants.",
                     "ro": "Grupele de vârstă 0–5 … 15–18 față de 19–25 … 65+ ale participanților.",
                     "it": "Fasce d'età 0–5 … 15–18 contro 19–25 … 65+ dei partecipanti."},
    "s_guided": {"en": "Guided tours: number / participants", "ro": "Tururi ghidate: număr / participanți",
                 "it": "Visite guidate: numero / partecipanti"},
    "s_guided_how": {"en": "Formats guided, in-depth, thematic, accessible tour, drop-in mediation; status done or "
                           "in progress.",
                     "ro": "Formatele tur ghidat, aprofundat, tematic, accesibil, mediere liberă; stare încheiat sau "
                           "în desfășurare.",
                     "it": "Formati visita guidata, approfondita, tematica, accessibile, mediazione libera; stato "
                           "svolta o in corso."},
    "s_edu": {"en": "Educational activities: number / participants",
              "ro": "Activități educative: număr / participanți", "it": "Attività educative: numero / partecipanti"},
    "s_edu_how": {"en": "Workshops, family and school sessions, science demos, training, outreach, online.",
                  "ro": "Ateliere, activități pentru familii și școli, demonstrații științifice, formare, activități "
                        "în afara sediului, online.",
                  "it": "Laboratori, attività per famiglie e scuole, dimostrazioni scientifiche, formazione, attività "
                        "esterne, online."},
    "s_events": {"en": "Events: number / participants", "ro": "Evenimente: număr / participanți",
                 "it": "Eventi: numero / partecipanti"},
    "s_events_how": {"en": "Talks, screenings, performances, openings.",
                     "ro": "Discuții, proiecții, spectacole, vernisaje.",
                     "it": "Incontri, proiezioni, performance, inaugurazioni."},
    "s_days": {"en": "Opening days with visits", "ro": "Zile de deschidere cu vizite",
               "it": "Giorni di apertura con visite"},
    "s_days_how": {"en": "Days with at least one counted visit.", "ro": "Zile cu cel puțin o vizită numărată.",
                   "it": "Giorni con almeno una visita contata."},
    "s_hours": {"en": "Opening hours with visits", "ro": "Ore de deschidere cu vizite",
                "it": "Ore di apertura con visite"},
    "s_hours_how": {"en": "Day-hours in which visits were counted.", "ro": "Orele în care s-au numărat vizite.",
                    "it": "Ore in cui sono state contate visite."},
    "s_admission": {"en": "Walk-in visits, admission: {}", "ro": "Vizite, tip de intrare: {}",
                    "it": "Visite, tipo di ingresso: {}"},
    "s_admission_how": {"en": "By count category.", "ro": "După categoria de numărare.",
                        "it": "Per categoria di conteggio."},
    "s_mediators": {"en": "Mediators: paid / volunteer", "ro": "Mediatori: plătiți / voluntari",
                    "it": "Mediatori: retribuiti / volontari"},
    "s_mediators_how": {"en": "Distinct mediators who led or co-led a held tour.",
                        "ro": "Mediatori distincți care au condus sau co-condus un tur ținut.",
                        "it": "Mediatori distinti che hanno condotto o co-condotto una visita svolta."},
    "s_method_note": {
        "en": "Walk-in visits are counted at the door with Mediator Desk: one key press per visitor, each stored as an "
              "append-only event with its time, category, method, device and mediator. Undo presses and corrections "
              "are further events, so every total is the sum of its events and can be audited. Counting methods in "
              "this period: {}. Tour participants are recorded per group by age band; groups of cancelled or no-show "
              "tours are excluded. Feedback is anonymous. Walk-in visitors and tour participants are separate counts: "
              "a visitor who joined a tour may also have been counted at the door.",
        "ro": "Vizitatorii sunt numărați la intrare cu Mediator Desk: o apăsare de tastă pentru fiecare vizitator, "
              "păstrată ca eveniment care nu se mai modifică, cu ora, categoria, metoda, dispozitivul și mediatorul. "
              "Anulările și corecțiile sunt evenimente separate, astfel încât fiecare total este suma evenimentelor "
              "sale și poate fi verificat. Metode de numărare în această perioadă: {}. Participanții la tururi sunt "
              "înregistrați pe grupuri, pe grupe de vârstă; grupurile tururilor anulate sau neprezentate sunt "
              "excluse. Feedbackul este anonim. Vizitatorii numărați și participanții la tururi sunt numărați "
              "separat: un vizitator care a participat la un tur poate fi fost numărat și la intrare.",
        "it": "I visitatori sono contati all'ingresso con Mediator Desk: una pressione di tasto per visitatore, "
              "registrata come evento non modificabile con ora, categoria, metodo, dispositivo e mediatore. "
              "Annullamenti e correzioni sono ulteriori eventi, quindi ogni totale è la somma dei suoi eventi e può "
              "essere verificato. Metodi di conteggio nel periodo: {}. I partecipanti alle visite sono registrati per "
              "gruppo e fascia d'età; i gruppi delle visite annullate o mancate sono esclusi. Il feedback è anonimo. "
              "Visitatori contati e partecipanti alle visite sono conteggi distinti: un visitatore che ha seguito una "
              "visita può essere stato contato anche all'ingresso."},
    "daily": {"en": "Daily report", "ro": "Raport zilnic", "it": "Report giornaliero"},
    "period": {"en": "Period report", "ro": "Raport pe perioadă", "it": "Report del periodo"},
    "statistics": {"en": "Statistics return", "ro": "Raport statistic", "it": "Rilevazione statistica"},
    "vouchers": {"en": "Voucher and funder report", "ro": "Raport vouchere și finanțator",
                 "it": "Report voucher e finanziatori"},
    "tour": {"en": "Tour sheet", "ro": "Fișa turului", "it": "Scheda della visita"},
    "venue": {"en": "Venue", "ro": "Spațiu", "it": "Sede"},
    "exhibition": {"en": "Exhibition", "ro": "Expoziție", "it": "Mostra"},
    "all_exhibitions": {"en": "all exhibitions", "ro": "toate expozițiile", "it": "tutte le mostre"},
    "period_label": {"en": "Period", "ro": "Perioada", "it": "Periodo"},
    "generated": {"en": "Generated", "ro": "Generat", "it": "Generato"},
    "device": {"en": "device", "ro": "dispozitiv", "it": "dispositivo"},
    "page": {"en": "Page", "ro": "Pagina", "it": "Pagina"},
    "of": {"en": "of", "ro": "din", "it": "di"},
    "no_data": {"en": "No data for this period.", "ro": "Nu există date pentru această perioadă.",
                "it": "Nessun dato per questo periodo."},
    "no_data_hint": {"en": "Nothing was counted, no tour was held and no feedback was given between these dates.",
                     "ro": "Între aceste date nu s-a numărat nimic, nu a avut loc niciun tur și nu s-a dat feedback.",
                     "it": "In queste date non è stato contato nulla, non si è svolta alcuna visita e non è stato dato feedback."},
    "walk_in": {"en": "Walk-in visitors", "ro": "Vizitatori", "it": "Visitatori"},
    "walk_in_total": {"en": "Walk-in visitors (counted)", "ro": "Vizitatori (numărați)",
                      "it": "Visitatori (contati)"},
    "sessions": {"en": "Tours and activities held", "ro": "Tururi și activități ținute",
                 "it": "Visite e attività svolte"},
    "participants": {"en": "Participants", "ro": "Participanți", "it": "Partecipanti"},
    "feedback": {"en": "Feedback entries", "ro": "Răspunsuri de feedback", "it": "Risposte di feedback"},
    "hour": {"en": "Hour", "ro": "Ora", "it": "Ora"},
    "total": {"en": "Total", "ro": "Total", "it": "Totale"},
    "hourly": {"en": "Walk-in visitors per hour", "ro": "Vizitatori pe oră", "it": "Visitatori per ora"},
    "method": {"en": "Counting method", "ro": "Metoda de numărare", "it": "Metodo di conteggio"},
    "mediators_on_shift": {"en": "Mediators on shift", "ro": "Mediatori în tură", "it": "Mediatori in turno"},
    "tours_today": {"en": "Tours and activities", "ro": "Tururi și activități", "it": "Visite e attività"},
    "time": {"en": "Time", "ro": "Ora", "it": "Ora"},
    "format": {"en": "Format", "ro": "Format", "it": "Formato"},
    "language": {"en": "Language", "ro": "Limba", "it": "Lingua"},
    "languages": {"en": "Languages", "ro": "Limbi", "it": "Lingue"},
    "lead": {"en": "Lead mediator", "ro": "Mediator principal", "it": "Mediatore responsabile"},
    "mediators": {"en": "Mediators", "ro": "Mediatori", "it": "Mediatori"},
    "status": {"en": "Status", "ro": "Stare", "it": "Stato"},
    "booked": {"en": "Booked", "ro": "Rezervați", "it": "Prenotati"},
    "groups": {"en": "Groups", "ro": "Grupuri", "it": "Gruppi"},
    "group_type": {"en": "Group type", "ro": "Tip de grup", "it": "Tipo di gruppo"},
    "incidents": {"en": "Incidents", "ro": "Incidente", "it": "Incidenti"},
    "none": {"en": "none", "ro": "niciunul", "it": "nessuno"},
    "rating": {"en": "Rating", "ro": "Notă", "it": "Valutazione"},
    "count": {"en": "Count", "ro": "Număr", "it": "Numero"},
    "comparison": {"en": "Comparison with the previous period", "ro": "Comparație cu perioada anterioară",
                   "it": "Confronto con il periodo precedente"},
    "previous": {"en": "Previous period", "ro": "Perioada anterioară", "it": "Periodo precedente"},
    "this_period": {"en": "This period", "ro": "Perioada aceasta", "it": "Questo periodo"},
    "change": {"en": "Change", "ro": "Variație", "it": "Variazione"},
    "per_day": {"en": "Visits per day", "ro": "Vizite pe zi", "it": "Visite al giorno"},
    "per_weekday": {"en": "Average visits per weekday", "ro": "Media vizitelor pe zi a săptămânii",
                    "it": "Media delle visite per giorno della settimana"},
    "peak_hours": {"en": "Peak hours (all days)", "ro": "Orele de vârf (toate zilele)",
                   "it": "Ore di punta (tutti i giorni)"},
    "by_format": {"en": "Tours and activities by format", "ro": "Tururi și activități pe format",
                  "it": "Visite e attività per formato"},
    "by_group_type": {"en": "Participants by group type", "ro": "Participanți pe tip de grup",
                      "it": "Partecipanti per tipo di gruppo"},
    "by_language": {"en": "Tours by language", "ro": "Tururi pe limbă", "it": "Visite per lingua"},
    "by_country": {"en": "Foreign groups: participants by country", "ro": "Grupuri străine: participanți pe țară",
                   "it": "Gruppi stranieri: partecipanti per paese"},
    "avg_group": {"en": "Average group size", "ro": "Mărimea medie a grupului", "it": "Dimensione media del gruppo"},
    "first_time": {"en": "First-time visitors (in groups)", "ro": "Vizitatori pentru prima dată (în grupuri)",
                   "it": "Visitatori per la prima volta (nei gruppi)"},
    "ratings": {"en": "Feedback ratings", "ro": "Evaluări", "it": "Valutazioni"},
    "comments_by_outcome": {"en": "Comments by learning outcome", "ro": "Comentarii pe rezultate ale învățării",
                            "it": "Commenti per risultato di apprendimento"},
    "mediator_hours": {"en": "Mediator hours (tours led or co-led)", "ro": "Ore de mediere (tururi conduse sau co-conduse)",
                       "it": "Ore di mediazione (visite condotte o co-condotte)"},
    "hours": {"en": "Hours", "ro": "Ore", "it": "Ore"},
    "category": {"en": "Category", "ro": "Categorie", "it": "Categoria"},
    "indicator": {"en": "Indicator", "ro": "Indicator", "it": "Indicatore"},
    "value": {"en": "Value", "ro": "Valoare", "it": "Valore"},
    "how_counted": {"en": "How it was counted", "ro": "Cum s-a numărat", "it": "Come è stato contato"},
    "methodology": {"en": "Methodology", "ro": "Metodologie", "it": "Metodologia"},
    "hidden_small": {"en": "Groups smaller than 5 are shown as “<5” to protect privacy.",
                     "ro": "Grupurile mai mici de 5 apar ca „<5”, pentru protecția vieții private.",
                     "it": "I gruppi con meno di 5 persone sono indicati come «<5» per tutelare la privacy."},
    "signature_mediator": {"en": "Mediator's signature", "ro": "Semnătura mediatorului", "it": "Firma del mediatore"},
    "signature_coordinator": {"en": "Coordinator's signature", "ro": "Semnătura coordonatorului",
                              "it": "Firma del coordinatore"},
    "scan_feedback": {"en": "Scan to give feedback on this tour", "ro": "Scanați pentru a evalua acest tur",
                      "it": "Inquadra per lasciare un feedback su questa visita"},
    "duration": {"en": "Duration", "ro": "Durată", "it": "Durata"},
    "minutes": {"en": "min", "ro": "min", "it": "min"},
    "access": {"en": "Access provisions", "ro": "Facilități de acces", "it": "Servizi di accessibilità"},
    "reflection": {"en": "Reflection", "ro": "Reflecție", "it": "Riflessione"},
    "observations": {"en": "Observations", "ro": "Observații", "it": "Osservazioni"},
    "feedback_tally": {"en": "Feedback tally", "ro": "Sinteza feedbackului", "it": "Sintesi dei feedback"},
    "adults_accompanying": {"en": "Accompanying adults", "ro": "Adulți însoțitori", "it": "Adulti accompagnatori"},
    "origin": {"en": "Origin", "ro": "Proveniență", "it": "Provenienza"},
    "admission": {"en": "Admission", "ro": "Acces", "it": "Ingresso"},
    "target_group": {"en": "Target group", "ro": "Grup țintă", "it": "Gruppo destinatario"},
    "partner": {"en": "Partner", "ro": "Partener", "it": "Partner"},
    "issued": {"en": "Vouchers issued", "ro": "Vouchere emise", "it": "Voucher emessi"},
    "redeemed": {"en": "Vouchers redeemed", "ro": "Vouchere folosite", "it": "Voucher utilizzati"},
    "reach": {"en": "Target-group reach (participants in groups)", "ro": "Acoperirea grupurilor țintă (participanți în grupuri)",
              "it": "Raggiungimento dei gruppi destinatari (partecipanti nei gruppi)"},
    "partners": {"en": "Partners", "ro": "Parteneri", "it": "Partner"},
    "programme": {"en": "Programme", "ro": "Program", "it": "Programma"},
}


def t(key: str, lang: str) -> str:
    row = L.get(key)
    return row.get(lang) or row["en"] if row else key


def fmt_int(value: int | float, lang: str) -> str:
    text = f"{int(round(value)):,}"
    return text.replace(",", ".") if lang in ("ro", "it") else text


def fmt_pct(value: float, lang: str) -> str:
    text = f"{value * 100:.1f} %"
    return text.replace(".", ",") if lang in ("ro", "it") else text.replace(" %", "%")


def fmt_date(day: dt.date, lang: str) -> str:
    month = MONTHS.get(lang, MONTHS["en"])[day.month - 1]
    return f"{day.day} {month} {day.year}"


def fmt_period(first: dt.date, last: dt.date, lang: str) -> str:
    return fmt_date(first, lang) if first == last else f"{fmt_date(first, lang)} – {fmt_date(last, lang)}"


def label(value: str | None, lang: str = "en") -> str:
    """An enumeration value as words in the report language ('school_visit' -> 'Vizită școlară')."""
    return enum_text(value, lang)
