<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/categories_dialog.py" line="25" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/categories_dialog.py" line="25" />
        <source>Key</source>
        <translation>Tasto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/categories_dialog.py" line="66" />
        <source>New category</source>
        <translation>Nuova categoria</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="5" />
        <source>Count categories</source>
        <translation>Categorie di conteggio</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="8" />
        <source>Rename the categories, set the key that counts each one (a USB clicker or foot pedal that types a key works too), and order them. Keys 1–9 count the categories in order unless you map them otherwise; Space always counts the first.</source>
        <translation>Rinomina le categorie, scegli il tasto che conta ciascuna (funziona anche un contapersone USB o un pedale che digita un tasto) e ordinale. I tasti 1–9 contano le categorie in ordine, salvo diversa assegnazione; la barra spaziatrice conta sempre la prima.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="14" />
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="15" />
        <source>Move &amp;down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="16" />
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="17" />
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/correction_dialog.py" line="32" />
        <source>Save correction</source>
        <translation>Salva la correzione</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="5" />
        <source>Correct the count</source>
        <translation>Correggi il conteggio</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="8" />
        <source>Add visitors that were not counted (a paper tally, a laptop that was off) or remove miscounted ones. The correction is added as a new entry with your note; nothing is erased.</source>
        <translation>Aggiungi i visitatori non contati (un conteggio su carta, un portatile spento) o togli quelli contati per errore. La correzione si aggiunge come nuova voce con la tua nota; nulla viene cancellato.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="11" />
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="13" />
        <source>&amp;Visitors (+ add, − remove):</source>
        <translation>&amp;Visitatori (+ aggiungi, − togli):</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="15" />
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="17" />
        <source>&amp;Hour:</source>
        <translation>&amp;Ora:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="18" />
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="19" />
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="20" />
        <source>e.g. paper tally 14:00–15:00, laptop was off</source>
        <translation>es. conteggio su carta 14:00–15:00, portatile spento</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="63" />
        <source>Categories and keys…</source>
        <translation>Categorie e tasti…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="75" />
        <source>Counter</source>
        <translation>Contatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="107" />
        <source>Counting for “%1” on this laptop (%2). The totals below are this laptop's; counts from other laptops appear once their data is merged.</source>
        <translation>Conteggio per «%1» su questo portatile (%2). I totali qui sotto sono di questo portatile; i conteggi degli altri compaiono dopo l'unione dei dati.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="139" />
        <source>Add a venue and an exhibition in Settings to start counting.</source>
        <translation>Aggiungi una sede e una mostra nelle Impostazioni per iniziare a contare.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="156" />
        <source>Not counted</source>
        <translation>Non contato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="157" />
        <source>This press could not be saved, so it was not counted. Check the disk and try again.</source>
        <translation>Questa pressione non è stata salvata, quindi non è stata contata. Controlla il disco e riprova.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="172" />
        <source>Nothing to undo today on this laptop.</source>
        <translation>Niente da annullare oggi su questo portatile.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="186" />
        <source>Counted outside the opening hours (%1:00–%2:00): flagged in the chart, kept in the totals.</source>
        <translation>Contato fuori orario (%1:00–%2:00): segnalato nel grafico, incluso nei totali.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="214" />
        <source>this hour (%1:00–%2:00)</source>
        <translation>quest'ora (%1:00–%2:00)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="224" />
        <source>Visitor left (%1)</source>
        <translation>Visitatore uscito (%1)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="231" />
        <source>inside now — capacity reached</source>
        <translation>dentro ora — capienza raggiunta</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="231" />
        <location filename="../../forms/counter_page.ui" line="37" />
        <source>inside now</source>
        <translation>dentro ora</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="246" />
        <source>undo of the last press</source>
        <translation>annullamento dell'ultima pressione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="247" />
        <source>%1  %2 %3 for %4:00 — %5</source>
        <translation>%1  %2 %3 per le %4:00 — %5</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="8" />
        <source>Walk-in counter</source>
        <translation>Conteggio visitatori</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="10" />
        <source>&amp;Method:</source>
        <translation>&amp;Metodo:</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="21" />
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="29" />
        <source>this hour</source>
        <translation>quest'ora</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="46" />
        <source>Undo last press (Ctrl+Z)</source>
        <translation>Annulla l'ultima pressione (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="47" />
        <source>Correct…</source>
        <translation>Correggi…</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="48" />
        <source>Visitor left (0)</source>
        <translation>Visitatore uscito (0)</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="50" />
        <source>Occupancy mode</source>
        <translation>Modalità presenze</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="51" />
        <source>Capacity:</source>
        <translation>Capienza:</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="60" />
        <source>Corrections today</source>
        <translation>Correzioni di oggi</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="16" />
        <location filename="../../forms/feedback_page.ui" line="6" />
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>HourlyChart</name>
    <message>
        <location filename="../../mediator_desk/views/widgets/hourly_chart.py" line="21" />
        <source>Visitors per hour</source>
        <translation>Visitatori per ora</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="29" />
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="30" />
        <source>Tours</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="31" />
        <source>Counter</source>
        <translation>Contatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="32" />
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="33" />
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="34" />
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="50" />
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="57" />
        <source>Database: %1 — everything is saved on this laptop as you work</source>
        <translation>Database: %1 — tutto viene salvato su questo portatile mentre lavori</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="6" />
        <source>Mediator Desk</source>
        <translation>Mediator Desk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="19" />
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../mediator_desk/views/prompts.py" line="22" />
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/prompts.py" line="23" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="58" />
        <source>Daily report</source>
        <translation>Report giornaliero</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="58" />
        <source>Period / season report</source>
        <translation>Report di periodo / stagione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="59" />
        <source>Statistics return</source>
        <translation>Rilevazione statistica</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="59" />
        <source>Voucher / funder report</source>
        <translation>Report voucher / finanziatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="60" />
        <source>Tour sheet</source>
        <translation>Scheda della visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="80" />
        <location filename="../../forms/reports_page.ui" line="6" />
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="89" />
        <source>All exhibitions</source>
        <translation>Tutte le mostre</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="129" />
        <source>Tour: there is no tour on that day to print.</source>
        <translation>Visita: non ci sono visite da stampare in quel giorno.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="132" />
        <source>To: the last day is before the first day.</source>
        <translation>Al: l'ultimo giorno è prima del primo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="146" />
        <source>Generating…</source>
        <translation>Generazione in corso…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="158" />
        <source>Ready: %1 page(s). Save it or open it in your PDF viewer to print.</source>
        <translation>Pronto: %1 pagina/e. Salvalo o aprilo nel visualizzatore PDF per stamparlo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="165" />
        <source>The report could not be made: %1</source>
        <translation>Impossibile creare il report: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="170" />
        <source>Saved %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="175" />
        <source>Save report</source>
        <translation>Salva il report</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="7" />
        <source>Print what you hand in: the tour sheet, the daily report, the period or season report, the statistics return and the voucher/funder report. Reports are A4 PDFs with an embedded font, so every name prints as it was typed.</source>
        <translation>Stampa ciò che consegni: la scheda della visita, il report giornaliero, il report di periodo o di stagione, la rilevazione statistica e il report per voucher e finanziatori. I report sono PDF A4 con il font incorporato: ogni nome appare come è stato scritto.</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="10" />
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="12" />
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="14" />
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="16" />
        <source>E&amp;xhibition:</source>
        <translation>Mo&amp;stra:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="18" />
        <source>T&amp;our:</source>
        <translation>&amp;Visita:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="20" />
        <source>Report &amp;language:</source>
        <translation>&amp;Lingua del report:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="22" />
        <source>Show groups smaller than 5 as “&lt;5” (privacy)</source>
        <translation>Mostra i gruppi con meno di 5 persone come «&lt;5» (privacy)</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="27" />
        <source>&amp;Generate</source>
        <translation>&amp;Genera</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="29" />
        <source>&amp;Save as…</source>
        <translation>&amp;Salva come…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="30" />
        <source>&amp;Open in viewer</source>
        <translation>&amp;Apri nel visualizzatore</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="23" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="23" />
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="23" />
        <source>Exhibition</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="23" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="24" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="24" />
        <source>Lead mediator</source>
        <translation>Mediatore responsabile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="24" />
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="24" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="79" />
        <source>actual / booked</source>
        <translation>effettivi / prenotati</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="16" />
        <location filename="../../forms/settings_page.ui" line="6" />
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="36" />
        <source>Coming with the tour editor; tours are recorded by the demo data for now.</source>
        <translation>Arriva con l'editor delle visite; per ora le visite vengono dai dati dimostrativi.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="40" />
        <location filename="../../forms/today_page.ui" line="8" />
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="75" />
        <source>tours held / planned today</source>
        <translation>visite svolte / previste oggi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="11" />
        <source>&amp;Exhibition:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="21" />
        <source>walk-in visitors today</source>
        <translation>visitatori oggi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="29" />
        <source>tours today</source>
        <translation>visite oggi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="37" />
        <source>tour participants</source>
        <translation>partecipanti alle visite</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="45" />
        <source>feedback entries</source>
        <translation>risposte di feedback</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="51" />
        <source>Today's tours</source>
        <translation>Le visite di oggi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="61" />
        <source>&amp;Start tour</source>
        <translation>&amp;Inizia visita</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="62" />
        <source>E&amp;nd tour</source>
        <translation>&amp;Termina visita</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="63" />
        <source>&amp;Repeat for next slot</source>
        <translation>&amp;Ripeti per il turno successivo</translation>
    </message>
</context>
<context>
    <name>ToursPage</name>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="16" />
        <location filename="../../forms/tours_page.ui" line="6" />
        <source>Tours</source>
        <translation>Visite</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="32" />
        <source>Something went wrong: %1

Your data is safe: everything acknowledged on screen was already saved. The details are in the log file.</source>
        <translation>Qualcosa è andato storto: %1

I dati sono al sicuro: tutto ciò che è apparso sullo schermo era già salvato. I dettagli sono nel file di log.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="51" />
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="52" />
        <source>Restore a backup…</source>
        <translation>Ripristina un backup…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="53" />
        <source>Choose another file…</source>
        <translation>Scegli un altro file…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="54" />
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="56" />
        <source>Backup to restore</source>
        <translation>Backup da ripristinare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="63" />
        <source>Restore failed</source>
        <translation>Ripristino non riuscito</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="65" />
        <source>Database file</source>
        <translation>File del database</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../mediator_desk/views/labels.py" line="20" />
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/labels.py" line="21" />
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/labels.py" line="22" />
        <source>Done</source>
        <translation>Svolta</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/labels.py" line="23" />
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/labels.py" line="24" />
        <source>No-show</source>
        <translation>Mancata presenza</translation>
    </message>
</context>
</TS>