<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ro_RO">
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/categories_dialog.py" line="25" />
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/categories_dialog.py" line="25" />
        <source>Key</source>
        <translation>Tastă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/categories_dialog.py" line="66" />
        <source>New category</source>
        <translation>Categorie nouă</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="5" />
        <source>Count categories</source>
        <translation>Categorii de numărare</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="8" />
        <source>Rename the categories, set the key that counts each one (a USB clicker or foot pedal that types a key works too), and order them. Keys 1–9 count the categories in order unless you map them otherwise; Space always counts the first.</source>
        <translation>Redenumiți categoriile, alegeți tasta care o numără pe fiecare (merge și un contor USB sau o pedală care tastează o tastă) și ordonați-le. Tastele 1–9 numără categoriile în ordine dacă nu le atribuiți altfel; Spațiu numără mereu prima.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="14" />
        <source>Move &amp;up</source>
        <translation>Mută în &amp;sus</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="15" />
        <source>Move &amp;down</source>
        <translation>Mută în &amp;jos</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="16" />
        <source>&amp;Add</source>
        <translation>&amp;Adaugă</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="17" />
        <source>&amp;Remove</source>
        <translation>Ște&amp;rge</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/correction_dialog.py" line="32" />
        <source>Save correction</source>
        <translation>Salvează corecția</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="5" />
        <source>Correct the count</source>
        <translation>Corectează numărătoarea</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="8" />
        <source>Add visitors that were not counted (a paper tally, a laptop that was off) or remove miscounted ones. The correction is added as a new entry with your note; nothing is erased.</source>
        <translation>Adăugați vizitatori nenumărați (o numărătoare pe hârtie, un laptop oprit) sau scădeți-i pe cei numărați greșit. Corecția se adaugă ca înregistrare nouă, cu nota dvs.; nimic nu se șterge.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="11" />
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="13" />
        <source>&amp;Visitors (+ add, − remove):</source>
        <translation>&amp;Vizitatori (+ adaugă, − scade):</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="15" />
        <source>&amp;Day:</source>
        <translation>&amp;Ziua:</translation>
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
        <translation>&amp;Notă:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="20" />
        <source>e.g. paper tally 14:00–15:00, laptop was off</source>
        <translation>ex. numărătoare pe hârtie 14:00–15:00, laptopul a fost oprit</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="63" />
        <source>Categories and keys…</source>
        <translation>Categorii și taste…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="75" />
        <source>Counter</source>
        <translation>Numărător</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="107" />
        <source>Counting for “%1” on this laptop (%2). The totals below are this laptop's; counts from other laptops appear once their data is merged.</source>
        <translation>Se numără pentru „%1” pe acest laptop (%2). Totalurile de mai jos sunt ale acestui laptop; numărătorile altor laptopuri apar după unirea datelor.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="139" />
        <source>Add a venue and an exhibition in Settings to start counting.</source>
        <translation>Adăugați un spațiu și o expoziție în Setări pentru a începe numărarea.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="156" />
        <source>Not counted</source>
        <translation>Nenumărat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="157" />
        <source>This press could not be saved, so it was not counted. Check the disk and try again.</source>
        <translation>Această apăsare nu a putut fi salvată, deci nu a fost numărată. Verificați discul și încercați din nou.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="172" />
        <source>Nothing to undo today on this laptop.</source>
        <translation>Nimic de anulat azi pe acest laptop.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="186" />
        <source>Counted outside the opening hours (%1:00–%2:00): flagged in the chart, kept in the totals.</source>
        <translation>Numărat în afara programului (%1:00–%2:00): marcat în grafic, păstrat în totaluri.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="214" />
        <source>this hour (%1:00–%2:00)</source>
        <translation>ora aceasta (%1:00–%2:00)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="224" />
        <source>Visitor left (%1)</source>
        <translation>A ieșit un vizitator (%1)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="231" />
        <source>inside now — capacity reached</source>
        <translation>înăuntru acum — capacitate atinsă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="231" />
        <location filename="../../forms/counter_page.ui" line="37" />
        <source>inside now</source>
        <translation>înăuntru acum</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="246" />
        <source>undo of the last press</source>
        <translation>anularea ultimei apăsări</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="247" />
        <source>%1  %2 %3 for %4:00 — %5</source>
        <translation>%1  %2 %3 pentru ora %4:00 — %5</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="8" />
        <source>Walk-in counter</source>
        <translation>Numărătoarea vizitatorilor</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="10" />
        <source>&amp;Method:</source>
        <translation>&amp;Metodă:</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="21" />
        <source>today</source>
        <translation>azi</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="29" />
        <source>this hour</source>
        <translation>ora aceasta</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="46" />
        <source>Undo last press (Ctrl+Z)</source>
        <translation>Anulează ultima apăsare (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="47" />
        <source>Correct…</source>
        <translation>Corectează…</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="48" />
        <source>Visitor left (0)</source>
        <translation>A ieșit un vizitator (0)</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="50" />
        <source>Occupancy mode</source>
        <translation>Mod ocupare</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="51" />
        <source>Capacity:</source>
        <translation>Capacitate:</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="60" />
        <source>Corrections today</source>
        <translation>Corecții azi</translation>
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
        <translation>Vizitatori pe oră</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="29" />
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="30" />
        <source>Tours</source>
        <translation>Tururi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="31" />
        <source>Counter</source>
        <translation>Numărător</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="32" />
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="33" />
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="34" />
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="50" />
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="57" />
        <source>Database: %1 — everything is saved on this laptop as you work</source>
        <translation>Baza de date: %1 — totul se salvează pe acest laptop pe măsură ce lucrați</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="6" />
        <source>Mediator Desk</source>
        <translation>Mediator Desk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="19" />
        <source>Pages</source>
        <translation>Pagini</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../mediator_desk/views/prompts.py" line="22" />
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/prompts.py" line="23" />
        <source>No</source>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="58" />
        <source>Daily report</source>
        <translation>Raport zilnic</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="58" />
        <source>Period / season report</source>
        <translation>Raport pe perioadă / sezon</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="59" />
        <source>Statistics return</source>
        <translation>Raport statistic</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="59" />
        <source>Voucher / funder report</source>
        <translation>Raport vouchere / finanțator</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="60" />
        <source>Tour sheet</source>
        <translation>Fișa turului</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="80" />
        <location filename="../../forms/reports_page.ui" line="6" />
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="89" />
        <source>All exhibitions</source>
        <translation>Toate expozițiile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="129" />
        <source>Tour: there is no tour on that day to print.</source>
        <translation>Tur: nu există niciun tur în acea zi.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="132" />
        <source>To: the last day is before the first day.</source>
        <translation>Până la: ultima zi este înaintea primei zile.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="146" />
        <source>Generating…</source>
        <translation>Se generează…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="158" />
        <source>Ready: %1 page(s). Save it or open it in your PDF viewer to print.</source>
        <translation>Gata: %1 pagină(i). Salvați-l sau deschideți-l în vizualizatorul PDF pentru a-l tipări.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="165" />
        <source>The report could not be made: %1</source>
        <translation>Raportul nu a putut fi generat: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="170" />
        <source>Saved %1</source>
        <translation>Salvat: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="175" />
        <source>Save report</source>
        <translation>Salvează raportul</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="7" />
        <source>Print what you hand in: the tour sheet, the daily report, the period or season report, the statistics return and the voucher/funder report. Reports are A4 PDFs with an embedded font, so every name prints as it was typed.</source>
        <translation>Tipăriți ce predați: fișa turului, raportul zilnic, raportul pe perioadă sau sezon, raportul statistic și raportul pentru vouchere și finanțatori. Rapoartele sunt PDF-uri A4 cu font inclus, deci fiecare nume apare exact cum a fost scris.</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="10" />
        <source>&amp;Report:</source>
        <translation>&amp;Raport:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="12" />
        <source>&amp;From:</source>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="14" />
        <source>&amp;To:</source>
        <translation>&amp;Până la:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="16" />
        <source>E&amp;xhibition:</source>
        <translation>E&amp;xpoziția:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="18" />
        <source>T&amp;our:</source>
        <translation>T&amp;urul:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="20" />
        <source>Report &amp;language:</source>
        <translation>&amp;Limba raportului:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="22" />
        <source>Show groups smaller than 5 as “&lt;5” (privacy)</source>
        <translation>Afișează grupurile mai mici de 5 ca „&lt;5” (confidențialitate)</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="27" />
        <source>&amp;Generate</source>
        <translation>&amp;Generează</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="29" />
        <source>&amp;Save as…</source>
        <translation>&amp;Salvează ca…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="30" />
        <source>&amp;Open in viewer</source>
        <translation>&amp;Deschide în vizualizator</translation>
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
        <translation>Expoziția</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="23" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="24" />
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="24" />
        <source>Lead mediator</source>
        <translation>Mediator principal</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="24" />
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="24" />
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="79" />
        <source>actual / booked</source>
        <translation>efectiv / rezervat</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="16" />
        <location filename="../../forms/settings_page.ui" line="6" />
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="36" />
        <source>Coming with the tour editor; tours are recorded by the demo data for now.</source>
        <translation>Vine odată cu editorul de tururi; deocamdată tururile provin din datele demonstrative.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="40" />
        <location filename="../../forms/today_page.ui" line="8" />
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="75" />
        <source>tours held / planned today</source>
        <translation>tururi ținute / planificate azi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="11" />
        <source>&amp;Exhibition:</source>
        <translation>&amp;Expoziția:</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="21" />
        <source>walk-in visitors today</source>
        <translation>vizitatori azi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="29" />
        <source>tours today</source>
        <translation>tururi azi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="37" />
        <source>tour participants</source>
        <translation>participanți la tururi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="45" />
        <source>feedback entries</source>
        <translation>răspunsuri de feedback</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="51" />
        <source>Today's tours</source>
        <translation>Tururile de azi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="61" />
        <source>&amp;Start tour</source>
        <translation>Înce&amp;pe turul</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="62" />
        <source>E&amp;nd tour</source>
        <translation>Înc&amp;heie turul</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="63" />
        <source>&amp;Repeat for next slot</source>
        <translation>&amp;Repetă la următorul interval</translation>
    </message>
</context>
<context>
    <name>ToursPage</name>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="16" />
        <location filename="../../forms/tours_page.ui" line="6" />
        <source>Tours</source>
        <translation>Tururi</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="32" />
        <source>Something went wrong: %1

Your data is safe: everything acknowledged on screen was already saved. The details are in the log file.</source>
        <translation>Ceva nu a mers: %1

Datele sunt în siguranță: tot ce a apărut pe ecran era deja salvat. Detaliile sunt în fișierul jurnal.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="51" />
        <source>Cannot open the database</source>
        <translation>Baza de date nu poate fi deschisă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="52" />
        <source>Restore a backup…</source>
        <translation>Restaurează o copie de siguranță…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="53" />
        <source>Choose another file…</source>
        <translation>Alege alt fișier…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="54" />
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="56" />
        <source>Backup to restore</source>
        <translation>Copia de restaurat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="63" />
        <source>Restore failed</source>
        <translation>Restaurarea a eșuat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="65" />
        <source>Database file</source>
        <translation>Fișierul bazei de date</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../mediator_desk/views/labels.py" line="20" />
        <source>Planned</source>
        <translation>Planificat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/labels.py" line="21" />
        <source>In progress</source>
        <translation>În desfășurare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/labels.py" line="22" />
        <source>Done</source>
        <translation>Încheiat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/labels.py" line="23" />
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/labels.py" line="24" />
        <source>No-show</source>
        <translation>Neprezentat</translation>
    </message>
</context>
</TS>