<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/about_dialog.py" line="22"/>
        <source>About %1</source>
        <translation>Informazioni su %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/about_dialog.py" line="26"/>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/about_dialog.py" line="38"/>
        <source>(in memory)</source>
        <translation>(in memoria)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/about_dialog.py" line="40"/>
        <source>Open the folder: %1</source>
        <translation>Apri la cartella: %1</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="5"/>
        <source>About Mediator Desk</source>
        <translation>Informazioni su Mediator Desk</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="15"/>
        <source>For cultural mediators: tours, walk-in counts, visitor feedback and reports, on laptops that work offline and meet by file or through the team&apos;s server.</source>
        <translation>Per i mediatori culturali: visite, conteggio dei visitatori, feedback e report, su portatili che lavorano offline e riuniscono i dati via file o tramite il server della squadra.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="20"/>
        <source>Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it. It comes with no warranty. The DejaVu fonts in the reports have their own free licence.</source>
        <translation>Software libero sotto la GNU General Public License, versione 3 o successiva: potete usarlo, studiarlo, condividerlo e modificarlo. È fornito senza alcuna garanzia. I font DejaVu dei report hanno una propria licenza libera.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="23"/>
        <source>Where your data is</source>
        <translation>Dove sono i vostri dati</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="25"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="27"/>
        <location filename="../../forms/dialogs/about_dialog.ui" line="30"/>
        <location filename="../../forms/dialogs/about_dialog.ui" line="33"/>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="28"/>
        <source>Backups</source>
        <translation>Copie di sicurezza</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="31"/>
        <source>Log files</source>
        <translation>File di log</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="34"/>
        <source>This laptop</source>
        <translation>Questo portatile</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/categories_dialog.py" line="28"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/categories_dialog.py" line="28"/>
        <source>Key</source>
        <translation>Tasto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/categories_dialog.py" line="69"/>
        <source>New category</source>
        <translation>Nuova categoria</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="5"/>
        <source>Count categories</source>
        <translation>Categorie di conteggio</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="8"/>
        <source>Rename the categories, set the key that counts each one (a USB clicker or foot pedal that types a key works too), and order them. Keys 1–9 count the categories in order unless you map them otherwise; Space always counts the first.</source>
        <translation>Rinomina le categorie, scegli il tasto che conta ciascuna (funziona anche un contapersone USB o un pedale che digita un tasto) e ordinale. I tasti 1–9 contano le categorie in ordine, salvo diversa assegnazione; la barra spaziatrice conta sempre la prima.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="14"/>
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="15"/>
        <source>Move &amp;down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="16"/>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="17"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
</context>
<context>
    <name>ConflictLabels</name>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="26"/>
        <source>Tour</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="26"/>
        <source>Redeemed by the group of</source>
        <translation>Usato dal gruppo di</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="27"/>
        <source>Mediator</source>
        <translation>Mediatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="27"/>
        <source>Lead</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="27"/>
        <source>Key</source>
        <translation>Tasto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="28"/>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="28"/>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="28"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="29"/>
        <source>Given at</source>
        <translation>Dato alle</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="29"/>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="29"/>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="30"/>
        <source>One word</source>
        <translation>Una parola</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="30"/>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="30"/>
        <source>Age band</source>
        <translation>Fascia d&apos;età</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="31"/>
        <source>First visit</source>
        <translation>Prima visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="31"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="32"/>
        <source>Learning outcomes</source>
        <translation>Risultati di apprendimento</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="32"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="32"/>
        <source>Card</source>
        <translation>Cartolina</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="33"/>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="41"/>
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="43"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="43"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="50"/>
        <source>(a record not on this laptop)</source>
        <translation>(una voce non presente su questo portatile)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/correction_dialog.py" line="33"/>
        <source>Save correction</source>
        <translation>Salva la correzione</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="5"/>
        <source>Correct the count</source>
        <translation>Correggi il conteggio</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="8"/>
        <source>Add visitors that were not counted (a paper tally, a laptop that was off) or remove miscounted ones. The correction is added as a new entry with your note; nothing is erased.</source>
        <translation>Aggiungi i visitatori non contati (un conteggio su carta, un portatile spento) o togli quelli contati per errore. La correzione si aggiunge come nuova voce con la tua nota; nulla viene cancellato.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="11"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="13"/>
        <source>&amp;Visitors (+ add, − remove):</source>
        <translation>&amp;Visitatori (+ aggiungi, − togli):</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="15"/>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="17"/>
        <source>&amp;Hour:</source>
        <translation>&amp;Ora:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="18"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="19"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="20"/>
        <source>e.g. paper tally 14:00–15:00, laptop was off</source>
        <translation>es. conteggio su carta 14:00–15:00, portatile spento</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="54"/>
        <source>Counter: press 1–9 or Space to count a visitor</source>
        <translation>Contatore: premete 1–9 o la barra spaziatrice per contare un visitatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="72"/>
        <source>Categories and keys…</source>
        <translation>Categorie e tasti…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="89"/>
        <source>Counter</source>
        <translation>Contatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="101"/>
        <location filename="../../mediator_desk/views/labels.py" line="36"/>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="101"/>
        <location filename="../../mediator_desk/views/labels.py" line="37"/>
        <source>Child</source>
        <translation>Bambino</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="101"/>
        <location filename="../../mediator_desk/views/labels.py" line="38"/>
        <source>Senior</source>
        <translation>Anziano</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="102"/>
        <location filename="../../mediator_desk/views/labels.py" line="39"/>
        <source>Student</source>
        <translation>Studente</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="102"/>
        <location filename="../../mediator_desk/views/labels.py" line="40"/>
        <source>Free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="102"/>
        <location filename="../../mediator_desk/views/labels.py" line="41"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="127"/>
        <source>Counting for “%1” on this laptop (%2). The buttons and the chart show this laptop&apos;s counts; the venue&apos;s total adds the other laptops&apos; as of the last merge or sync.</source>
        <translation>Conteggio per «%1» su questo portatile (%2). I pulsanti e il grafico mostrano i conteggi di questo portatile; il totale della sede aggiunge quelli degli altri portatili, aggiornati all&apos;ultima unione o sincronizzazione.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="167"/>
        <source>The laptop&apos;s clock jumped forward by %1.</source>
        <translation>L&apos;orologio del portatile è andato avanti di %1.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="168"/>
        <source>The laptop&apos;s clock jumped back by %1.</source>
        <translation>L&apos;orologio del portatile è tornato indietro di %1.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="170"/>
        <source>Walk-ins are filed under the laptop&apos;s time: check the date, time and time zone in the system settings.</source>
        <translation>I visitatori sono registrati secondo l&apos;ora del portatile: controlla data, ora e fuso orario nelle impostazioni di sistema.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="186"/>
        <source>Add a venue and an exhibition in Settings to start counting.</source>
        <translation>Aggiungi una sede e una mostra nelle Impostazioni per iniziare a contare.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="203"/>
        <source>This press could not be saved, so it was not counted: %1</source>
        <translation>Questa pressione non è stata salvata, quindi non è stata contata: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="204"/>
        <source>Not counted</source>
        <translation>Non contato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="231"/>
        <source>Nothing to undo: no press made in this window today is left.</source>
        <translation>Niente da annullare: non resta nessuna pressione fatta oggi in questa finestra.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="246"/>
        <source>Counted outside the opening hours (%1:00–%2:00): flagged in the chart, kept in the totals.</source>
        <translation>Contato fuori orario (%1:00–%2:00): segnalato nel grafico, incluso nei totali.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="278"/>
        <source>this hour (%1:00–%2:00)</source>
        <translation>quest&apos;ora (%1:00–%2:00)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="287"/>
        <source>Visitor left (%1)</source>
        <translation>Visitatore uscito (%1)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="294"/>
        <source>inside now — capacity reached</source>
        <translation>dentro ora — capienza raggiunta</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="294"/>
        <location filename="../../forms/counter_page.ui" line="46"/>
        <source>inside now</source>
        <translation>dentro ora</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="306"/>
        <source>undo of the last press</source>
        <translation>annullamento dell&apos;ultima pressione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="307"/>
        <source>%1  %2 %3 for %4:00 — %5</source>
        <translation>%1  %2 %3 per le %4:00 — %5</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="8"/>
        <source>Walk-in counter</source>
        <translation>Conteggio visitatori</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="10"/>
        <source>&amp;Method:</source>
        <translation>&amp;Metodo:</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="22"/>
        <source>today, this laptop</source>
        <translation>oggi, questo portatile</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="30"/>
        <source>today, venue (all laptops, at the last merge or sync)</source>
        <translation>oggi, sede (tutti i portatili, all&apos;ultima unione o sincronizzazione)</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="38"/>
        <source>this hour</source>
        <translation>quest&apos;ora</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="55"/>
        <source>Undo last press (Ctrl+Z)</source>
        <translation>Annulla l&apos;ultima pressione (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="56"/>
        <source>Correct…</source>
        <translation>Correggi…</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="57"/>
        <source>Visitor left (0)</source>
        <translation>Visitatore uscito (0)</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="59"/>
        <source>Occupancy mode</source>
        <translation>Modalità presenze</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="60"/>
        <source>Capacity:</source>
        <translation>Capienza:</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="69"/>
        <source>Corrections today</source>
        <translation>Correzioni di oggi</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="28"/>
        <source>Tours and sessions</source>
        <translation>Visite e sessioni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="28"/>
        <source>Visitor groups</source>
        <translation>Gruppi di visitatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="29"/>
        <source>Walk-in counts</source>
        <translation>Conteggio dei visitatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="29"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="31"/>
        <source>XLSX (Excel, LibreOffice)</source>
        <translation>XLSX (Excel, LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="32"/>
        <source>CSV (text)</source>
        <translation>CSV (testo)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="33"/>
        <source>Semicolon ;  (Romanian, Italian and German spreadsheets)</source>
        <translation>Punto e virgola ;  (fogli di calcolo italiani, rumeni e tedeschi)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="34"/>
        <source>Comma ,  (English spreadsheets)</source>
        <translation>Virgola ,  (fogli di calcolo inglesi)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="35"/>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="77"/>
        <source>From: the first day comes after the last day.</source>
        <translation>Dal: il primo giorno viene dopo l&apos;ultimo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="80"/>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Fogli di calcolo (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="80"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="81"/>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="105"/>
        <location filename="../../forms/dialogs/export_dialog.ui" line="5"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="104"/>
        <source>Exporting…</source>
        <translation>Esportazione in corso…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="116"/>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="139"/>
        <source>Saved %1 (%Ln row(s)).</source>
        <translation>
            <numerusform>Salvato %1 (%Ln riga).</numerusform>
            <numerusform>Salvato %1 (%Ln righe).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="141"/>
        <source>%Ln text(s) longer than an XLSX cell holds were cut, with a mark saying how much; the CSV export keeps them whole.</source>
        <translation>
            <numerusform>%Ln testo più lungo di quanto contiene una cella XLSX è stato tagliato, con un segno che dice quanto manca; l&apos;esportazione CSV lo conserva intero.</numerusform>
            <numerusform>%Ln testi più lunghi di quanto contiene una cella XLSX sono stati tagliati, con un segno che dice quanto manca; l&apos;esportazione CSV li conserva interi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="147"/>
        <source>The export failed: %1</source>
        <translation>L&apos;esportazione non è riuscita: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="151"/>
        <source>Export stopped; no file was written.</source>
        <translation>Esportazione interrotta; nessun file è stato scritto.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="8"/>
        <source>Save the records of a period for a spreadsheet or another program. Labels are in the chosen language; the stored codes follow in their own columns. Typed text is always exported as text, never as a formula.</source>
        <translation>Salvate i dati di un periodo per un foglio di calcolo o un altro programma. Le etichette sono nella lingua scelta; i codici memorizzati seguono in colonne proprie. Il testo digitato è sempre esportato come testo, mai come formula.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="11"/>
        <source>&amp;What</source>
        <translation>&amp;Cosa</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="13"/>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="15"/>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="17"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormato</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="19"/>
        <source>&amp;Separator</source>
        <translation>&amp;Separatore</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="21"/>
        <source>&amp;Labels in</source>
        <translation>&amp;Etichette in</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="23"/>
        <source>Every key press and correction (instead of hourly totals)</source>
        <translation>Ogni pressione e correzione (invece dei totali orari)</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="31"/>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="32"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="33"/>
        <source>C&amp;lose</source>
        <translation>C&amp;hiudi</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="36"/>
        <source>Edit feedback</source>
        <translation>Modifica il feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="36"/>
        <source>New feedback</source>
        <translation>Nuovo feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="43"/>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="46"/>
        <source>(not asked)</source>
        <translation>(non chiesto)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="46"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="46"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="63"/>
        <source>not given</source>
        <translation>non data</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="93"/>
        <source>(no tour: the exhibition that day)</source>
        <translation>(nessuna visita: la mostra quel giorno)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="99"/>
        <source>(the whole tour)</source>
        <translation>(tutta la visita)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="134"/>
        <source>1 = very unhappy … 5 = very happy</source>
        <translation>1 = molto insoddisfatto … 5 = molto soddisfatto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="135"/>
        <source>1 = strongly disagree … 5 = strongly agree</source>
        <translation>1 = per niente d&apos;accordo … 5 = del tutto d&apos;accordo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="136"/>
        <source>0 = would not recommend … 10 = certainly would</source>
        <translation>0 = non consiglierebbe … 10 = consiglierebbe di sicuro</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="137"/>
        <source>0 = no, 1 = yes</source>
        <translation>0 = no, 1 = sì</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="140"/>
        <source>no rating for this method</source>
        <translation>nessuna valutazione per questo metodo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="164"/>
        <source>Exhibition</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="164"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="164"/>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="165"/>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="165"/>
        <source>One word</source>
        <translation>Una parola</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="165"/>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="166"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="166"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="166"/>
        <source>Tour</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="167"/>
        <source>Age band</source>
        <translation>Fascia d&apos;età</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="167"/>
        <source>Learning outcomes</source>
        <translation>Risultati di apprendimento</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="180"/>
        <source>Go back and edit</source>
        <translation>Torna a modificare</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="6"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="20"/>
        <source>E&amp;xhibition:</source>
        <translation>Mo&amp;stra:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="33"/>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="53"/>
        <source>&amp;Tour:</source>
        <translation>&amp;Visita:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="66"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppo:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="79"/>
        <source>&amp;Method:</source>
        <translation>&amp;Metodo:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="92"/>
        <source>&amp;Rating:</source>
        <translation>&amp;Valutazione:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="123"/>
        <source>&amp;One word:</source>
        <translation>&amp;Una parola:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="140"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Commento:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="163"/>
        <source>Learning o&amp;utcomes:</source>
        <translation>Risultati di a&amp;pprendimento:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="183"/>
        <source>&amp;Age band:</source>
        <translation>Fascia d&apos;&amp;età:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="196"/>
        <source>&amp;First visit:</source>
        <translation>Prima v&amp;isita:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="209"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="221"/>
        <source>ro, it, en…</source>
        <translation>it, en, ro…</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="231"/>
        <source>Cou&amp;ntry:</source>
        <translation>Pa&amp;ese:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="241"/>
        <source>RO, IT…</source>
        <translation>IT, RO…</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="65"/>
        <source>any method</source>
        <translation>qualsiasi metodo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="68"/>
        <source>any rating</source>
        <translation>qualsiasi valutazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="71"/>
        <source>any outcome</source>
        <translation>qualsiasi risultato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="74"/>
        <source>any language</source>
        <translation>qualsiasi lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="75"/>
        <source>any tour</source>
        <translation>qualsiasi visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="84"/>
        <source>Add the feedback a visitor gave you (Ctrl+N)</source>
        <translation>Aggiungi il feedback ricevuto da un visitatore (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="94"/>
        <location filename="../../forms/feedback_page.ui" line="11"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="112"/>
        <source>all exhibitions</source>
        <translation>tutte le mostre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="139"/>
        <source>%Ln with words</source>
        <translation>
            <numerusform>%Ln con parole</numerusform>
            <numerusform>%Ln con parole</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="162"/>
        <source>the chosen tour</source>
        <translation>la visita scelta</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="169"/>
        <source>No ratings in this selection.</source>
        <translation>Nessuna valutazione in questa selezione.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="220"/>
        <source>Edit feedback</source>
        <translation>Modifica il feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="227"/>
        <location filename="../../mediator_desk/views/feedback_page.py" line="231"/>
        <source>Delete feedback</source>
        <translation>Elimina il feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="228"/>
        <source>Delete this answer?</source>
        <translation>Eliminare questa risposta?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="228"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="229"/>
        <source>Keep</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="248"/>
        <location filename="../../mediator_desk/views/feedback_page.py" line="254"/>
        <source>Visitor kiosk</source>
        <translation>Totem per i visitatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="249"/>
        <source>Set a kiosk PIN first (Settings → Kiosk, reports, language): only the PIN lets you leave the kiosk screen.</source>
        <translation>Impostate prima un PIN per il totem (Impostazioni → Totem, report, lingua): solo il PIN permette di uscire dalla schermata del totem.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="254"/>
        <source>Add an exhibition first (Settings).</source>
        <translation>Aggiungete prima una mostra (Impostazioni).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="274"/>
        <location filename="../../mediator_desk/views/feedback_page.py" line="289"/>
        <location filename="../../mediator_desk/views/feedback_page.py" line="303"/>
        <source>QR feedback cards</source>
        <translation>Cartoline di feedback con codice QR</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="275"/>
        <source>How many cards? (8 fit on a page)</source>
        <translation>Quante cartoline? (8 per pagina)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="278"/>
        <source>Save the cards</source>
        <translation>Salva le cartoline</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="279"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="298"/>
        <source>%1 written on %Ln page(s): %2</source>
        <translation>
            <numerusform>%1 scritte su %Ln pagina: %2</numerusform>
            <numerusform>%1 scritte su %Ln pagine: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="299"/>
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln cartolina</numerusform>
            <numerusform>%Ln cartoline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="304"/>
        <source>Printing %Ln card(s)…</source>
        <translation>
            <numerusform>Stampa di %Ln cartolina…</numerusform>
            <numerusform>Stampa di %Ln cartoline…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="308"/>
        <source>Online answers (CSV)</source>
        <translation>Risposte online (CSV)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="309"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="320"/>
        <source>%1 imported, %2 skipped.</source>
        <translation>Importate: %1; saltate: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="138"/>
        <location filename="../../mediator_desk/views/feedback_page.py" line="320"/>
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln risposta</numerusform>
            <numerusform>%Ln risposte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="321"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln riga</numerusform>
            <numerusform>%Ln righe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="323"/>
        <source>Ratings read as %1: %2.</source>
        <translation>Valutazioni lette come %1: %2.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="329"/>
        <location filename="../../mediator_desk/views/feedback_page.py" line="331"/>
        <source>Import online answers</source>
        <translation>Importa le risposte online</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="325"/>
        <location filename="../../mediator_desk/views/feedback_page.py" line="328"/>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="36"/>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="56"/>
        <source>T&amp;o:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="76"/>
        <source>E&amp;xhibition:</source>
        <translation>Mo&amp;stra:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="89"/>
        <source>&amp;Tour:</source>
        <translation>&amp;Visita:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="102"/>
        <source>&amp;Method:</source>
        <translation>&amp;Metodo:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="115"/>
        <source>&amp;Rating:</source>
        <translation>&amp;Valutazione:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="128"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="141"/>
        <source>O&amp;utcome:</source>
        <translation>Risul&amp;tato:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="156"/>
        <source>Feedback entries</source>
        <translation>Risposte di feedback</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="177"/>
        <source>Ratings</source>
        <translation>Valutazioni</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="218"/>
        <source>&amp;Add feedback…</source>
        <translation>&amp;Aggiungi feedback…</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="225"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="232"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="246"/>
        <source>Open the visitor &amp;kiosk</source>
        <translation>Apri il &amp;totem per i visitatori</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="253"/>
        <source>Print QR &amp;cards…</source>
        <translation>Stampa &amp;cartoline QR…</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="260"/>
        <source>&amp;Import online answers…</source>
        <translation>&amp;Importa risposte online…</translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="217"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="217"/>
        <source>Tour</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="217"/>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="217"/>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="217"/>
        <source>Words</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="218"/>
        <source>Learning outcomes</source>
        <translation>Risultati di apprendimento</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="218"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="218"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="68"/>
        <source>YYYY-MM-DD (empty: none)</source>
        <translation>AAAA-MM-GG (vuoto: nessuna)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="71"/>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="72"/>
        <source>Pick from a calendar</source>
        <translation>Scegli dal calendario</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="188"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="277"/>
        <source>closed</source>
        <translation>chiuso</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="278"/>
        <source>e.g. 10:00-18:00; empty means closed</source>
        <translation>es. 10:00-18:00; vuoto significa chiuso</translation>
    </message>
</context>
<context>
    <name>HourlyChart</name>
    <message>
        <location filename="../../mediator_desk/views/widgets/hourly_chart.py" line="19"/>
        <source>Visitors per hour</source>
        <translation>Visitatori per ora</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../mediator_desk/views/jobs.py" line="75"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../mediator_desk/views/kiosk_window.py" line="89"/>
        <location filename="../../forms/kiosk_window.ui" line="367"/>
        <source>Mediators only: enter the PIN to leave the kiosk.</source>
        <translation>Solo per i mediatori: inserisci il PIN per uscire dal chiosco.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_window.py" line="90"/>
        <location filename="../../forms/kiosk_window.ui" line="446"/>
        <source>Leave the kiosk</source>
        <translation>Esci dal chiosco</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_window.py" line="91"/>
        <location filename="../../forms/kiosk_window.ui" line="439"/>
        <source>Back to the kiosk</source>
        <translation>Torna al chiosco</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_window.py" line="233"/>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>Troppi PIN sbagliati. Riprovate tra %1 secondi.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_window.py" line="247"/>
        <source>Wrong PIN.</source>
        <translation>PIN sbagliato.</translation>
    </message>
    <message>
        <location filename="../../forms/kiosk_window.ui" line="6"/>
        <source>Visitor feedback</source>
        <translation>Feedback dei visitatori</translation>
    </message>
    <message>
        <location filename="../../forms/kiosk_window.ui" line="401"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="45"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="46"/>
        <source>Tours</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="47"/>
        <source>Counter</source>
        <translation>Contatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="48"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="49"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="50"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="70"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="98"/>
        <source>Opening %1…</source>
        <translation>Apertura di %1…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="107"/>
        <source>Database: %1 — everything is saved on this laptop as you work</source>
        <translation>Database: %1 — tutto viene salvato su questo portatile mentre lavori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="110"/>
        <source>Database: %1 — read-only</source>
        <translation>Database: %1 — sola lettura</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="111"/>
        <source>This database is open read-only: you can look at everything and print reports, but nothing can be saved. %1</source>
        <translation>Questo database è aperto in sola lettura: si può consultare tutto e stampare i report, ma non si può salvare nulla. %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="211"/>
        <source>Mediator Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Database di Mediator Desk (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="214"/>
        <location filename="../../mediator_desk/views/main_window.py" line="224"/>
        <source>New database</source>
        <translation>Nuovo database</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="217"/>
        <location filename="../../mediator_desk/views/main_window.py" line="230"/>
        <source>Open database</source>
        <translation>Apri un database</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="225"/>
        <source>%1 exists already. Choose File → Open database… to work on it, or another name.</source>
        <translation>%1 esiste già. Scegliete File → Apri database… per lavorarci, oppure un altro nome.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="231"/>
        <source>Mediator Desk could not be started on %1.</source>
        <translation>Non è stato possibile avviare Mediator Desk su %1.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="277"/>
        <source>Your venue is set up. Start counting or plan a tour.</source>
        <translation>La sede è configurata. Iniziate a contare o pianificate una visita.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="297"/>
        <source>Demo data</source>
        <translation>Dati dimostrativi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="300"/>
        <source>Writing two months of demo data…</source>
        <translation>Scrittura di due mesi di dati dimostrativi…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="318"/>
        <source>This database failed SQLite&apos;s integrity check (%1). Nothing more is saved to it. Restore a backup (File → Restore) or ask for help; the backups are in %2.</source>
        <translation>Questo database non ha superato il controllo di integrità di SQLite (%1). Non vi si salva più nulla. Ripristina un backup (File → Ripristina) o chiedi aiuto; i backup sono in %2.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="321"/>
        <source>The database is damaged</source>
        <translation>Il database è danneggiato</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="6"/>
        <source>Mediator Desk</source>
        <translation>Mediator Desk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="19"/>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="42"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="56"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="63"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="68"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="80"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nuovo database…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="81"/>
        <source>Start a new, empty database file (another venue, or real work after the demo)</source>
        <translation>Inizia un nuovo file vuoto (un&apos;altra sede, o il lavoro vero dopo la dimostrazione)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="82"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="85"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="86"/>
        <source>Work on another database file (a coordinator&apos;s copy, a restored backup)</source>
        <translation>Lavorate su un altro file (la copia del coordinatore, una copia di sicurezza ripristinata)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="87"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="90"/>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="91"/>
        <source>Save sessions, groups, counts or feedback for a period as CSV or XLSX</source>
        <translation>Salva visite, gruppi, conteggi o feedback di un periodo in CSV o XLSX</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="92"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="95"/>
        <source>Start a &amp;tour…</source>
        <translation>Inizia una &amp;visita…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="96"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="99"/>
        <source>Visitor &amp;kiosk…</source>
        <translation>&amp;Chiosco per i visitatori…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="100"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="103"/>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="104"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="108"/>
        <source>&amp;Full screen</source>
        <translation>Schermo &amp;intero</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="110"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="113"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manuale</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="114"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="117"/>
        <source>&amp;Merge another laptop&apos;s data…</source>
        <translation>&amp;Unisci i dati di un altro portatile…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="118"/>
        <source>Bring in another laptop&apos;s database file or backup (e.g. from a USB stick)</source>
        <translation>Importa il file del database o il backup di un altro portatile (ad es. da una chiavetta USB)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="119"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="122"/>
        <source>Save a &amp;copy for the coordinator…</source>
        <translation>Salva una &amp;copia per il coordinatore…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="123"/>
        <source>A consistent copy of this database, named with this laptop and the date</source>
        <translation>Una copia coerente di questo database, con il nome del portatile e la data</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="126"/>
        <source>&amp;Sync with the team&apos;s server</source>
        <translation>&amp;Sincronizza con il server del team</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="127"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="131"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="135"/>
        <source>&amp;About Mediator Desk</source>
        <translation>&amp;Informazioni su Mediator Desk</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/manual_window.py" line="30"/>
        <source>Manual</source>
        <translation>Manuale</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/manual_window.ui" line="5"/>
        <source>Mediator Desk manual</source>
        <translation>Manuale di Mediator Desk</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../mediator_desk/views/page.py" line="55"/>
        <source>There is no exhibition yet. Set up your venue and its first exhibition, or explore with demo data.</source>
        <translation>Non c&apos;è ancora nessuna mostra. Configurate la sede e la prima mostra, oppure esplorate con dati dimostrativi.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/page.py" line="57"/>
        <source>Set up…</source>
        <translation>Configura…</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="41"/>
        <source>&amp;Step up</source>
        <translation>&amp;Aumenta</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="42"/>
        <source>Step &amp;down</source>
        <translation>&amp;Diminuisci</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="43"/>
        <source>&amp;Select All</source>
        <translation>&amp;Seleziona tutto</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="45"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="46"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rifai</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="47"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="48"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="49"/>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="50"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="51"/>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../mediator_desk/views/prompts.py" line="26"/>
        <location filename="../../mediator_desk/views/qt_texts.py" line="26"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/prompts.py" line="27"/>
        <location filename="../../mediator_desk/views/qt_texts.py" line="27"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="39"/>
        <source>Show Details...</source>
        <translation>Mostra dettagli...</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="40"/>
        <source>Hide Details...</source>
        <translation>Nascondi dettagli...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="16"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="17"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="18"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="19"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="20"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="21"/>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="22"/>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="23"/>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="24"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="25"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="44"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copia il co&amp;llegamento</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="52"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="53"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rifai</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="54"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="55"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="56"/>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="57"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="58"/>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="28"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Precedente</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="29"/>
        <source>&amp;Next</source>
        <translation>&amp;Successivo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="30"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Successivo &gt;</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="31"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="32"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="33"/>
        <source>Commit</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="34"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="35"/>
        <source>Go Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="36"/>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="37"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="38"/>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="46"/>
        <source>Daily report</source>
        <translation>Report giornaliero</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="46"/>
        <source>Period / season report</source>
        <translation>Report di periodo / stagione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="47"/>
        <source>Statistics return</source>
        <translation>Rilevazione statistica</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="47"/>
        <source>Voucher / funder report</source>
        <translation>Report voucher / finanziatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="48"/>
        <source>Tour sheet</source>
        <translation>Scheda della visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="72"/>
        <source>Make the report with these choices (Ctrl+N)</source>
        <translation>Crea il report con queste scelte (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="79"/>
        <location filename="../../mediator_desk/views/reports_page.py" line="158"/>
        <location filename="../../forms/reports_page.ui" line="6"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="84"/>
        <source>All exhibitions</source>
        <translation>Tutte le mostre</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="95"/>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="133"/>
        <source>Tour: there is no tour on that day to print.</source>
        <translation>Visita: non ci sono visite da stampare in quel giorno.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="136"/>
        <source>To: the last day is before the first day.</source>
        <translation>Al: l&apos;ultimo giorno è prima del primo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="157"/>
        <source>Generating…</source>
        <translation>Generazione in corso…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="196"/>
        <location filename="../../mediator_desk/views/reports_page.py" line="197"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="207"/>
        <source>The choices changed while the report was made: generate it again.</source>
        <translation>Le scelte sono cambiate mentre il rapporto veniva creato: generalo di nuovo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="239"/>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="218"/>
        <source>The report could not be made: %1</source>
        <translation>Impossibile creare il report: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/reports_page.py" line="200"/>
        <source>… %Ln more page(s) in the PDF</source>
        <translation>
            <numerusform>… ancora %Ln pagina nel PDF</numerusform>
            <numerusform>… ancora %Ln pagine nel PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/reports_page.py" line="212"/>
        <source>Ready: %Ln page(s), shown below. Save, open or print it.</source>
        <translation>
            <numerusform>Pronto: %Ln pagina, mostrata qui sotto. Salvalo, aprilo o stampalo.</numerusform>
            <numerusform>Pronto: %Ln pagine, mostrate qui sotto. Salvalo, aprilo o stampalo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/reports_page.py" line="226"/>
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>%Ln pagina inviata alla stampante.</numerusform>
            <numerusform>%Ln pagine inviate alla stampante.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="251"/>
        <source>Saved %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="249"/>
        <location filename="../../mediator_desk/views/reports_page.py" line="257"/>
        <source>Save report</source>
        <translation>Salva il report</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="7"/>
        <source>Print what you hand in: the tour sheet, the daily report, the period or season report, the statistics return and the voucher/funder report. Reports are A4 PDFs with an embedded font, so every name prints as it was typed.</source>
        <translation>Stampa ciò che consegni: la scheda della visita, il report giornaliero, il report di periodo o di stagione, la rilevazione statistica e il report per voucher e finanziatori. I report sono PDF A4 con il font incorporato: ogni nome appare come è stato scritto.</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="10"/>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="12"/>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="95"/>
        <location filename="../../forms/reports_page.ui" line="14"/>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="16"/>
        <source>E&amp;xhibition:</source>
        <translation>Mo&amp;stra:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="18"/>
        <source>T&amp;our:</source>
        <translation>&amp;Visita:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="20"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Lingua del report:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="22"/>
        <source>Show groups smaller than 5 as “&lt;5” (privacy)</source>
        <translation>Mostra i gruppi con meno di 5 persone come «&lt;5» (privacy)</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="27"/>
        <source>&amp;Generate</source>
        <translation>&amp;Genera</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="29"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Salva come…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="30"/>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Apri nel visualizzatore</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="31"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="36"/>
        <source>Report preview</source>
        <translation>Anteprima del report</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="86"/>
        <location filename="../../forms/settings_page.ui" line="9"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="89"/>
        <source>Venues</source>
        <translation>Sedi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="89"/>
        <source>Exhibitions</source>
        <translation>Mostre</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="89"/>
        <source>Mediators</source>
        <translation>Mediatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="90"/>
        <source>Programmes</source>
        <translation>Programmi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="90"/>
        <source>Partner organisations</source>
        <translation>Organizzazioni partner</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="91"/>
        <source>Vouchers</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="91"/>
        <source>Team and sync</source>
        <translation>Team e sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="92"/>
        <source>Kiosk, reports, language</source>
        <translation>Totem, report, lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="95"/>
        <location filename="../../mediator_desk/views/settings_page.py" line="99"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="95"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="95"/>
        <source>Country (IT, RO…)</source>
        <translation>Paese (IT, RO…)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="96"/>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="96"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="96"/>
        <source>Opening hours</source>
        <translation>Orari di apertura</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="97"/>
        <source>Online survey address</source>
        <translation>Indirizzo del questionario online</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="97"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="98"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="98"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="98"/>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="99"/>
        <source>Languages (it, en…)</source>
        <translation>Lingue (it, en…)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="100"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="100"/>
        <source>Paid</source>
        <translation>Retribuito</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="100"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="101"/>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="101"/>
        <source>Target groups</source>
        <translation>Gruppi destinatari</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="101"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="102"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="102"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="103"/>
        <source>Target group</source>
        <translation>Gruppo destinatario</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="103"/>
        <source>Issued on</source>
        <translation>Emesso il</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="104"/>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="104"/>
        <source>Answers per QR card</source>
        <translation>Risposte per cartolina QR</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="108"/>
        <source>Where the exhibitions are: the time zone decides how times are shown; opening hours drive the counter&apos;s chart; the survey address (with {session} and {card}) goes into the QR codes.</source>
        <translation>Dove sono le mostre: il fuso orario decide come si mostrano gli orari; gli orari di apertura guidano il grafico del contatore; l&apos;indirizzo del questionario (con {session} e {card}) va nei codici QR.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="111"/>
        <source>Each exhibition belongs to a venue; its dates mark its run.</source>
        <translation>Ogni mostra appartiene a una sede; le sue date ne segnano l&apos;apertura.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="112"/>
        <source>The team. Inactive mediators stay in past tours but are not offered for new ones.</source>
        <translation>La squadra. I mediatori non attivi restano nelle visite passate ma non sono proposti per le nuove.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="113"/>
        <source>Programmes and their funders, e.g. a Cultural Voucher.</source>
        <translation>Programmi e i loro finanziatori, es. un Voucher Culturale.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="114"/>
        <source>Schools, NGOs and other partners that bring groups.</source>
        <translation>Scuole, ONG e altri partner che portano gruppi.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="115"/>
        <source>Voucher codes issued to partners; a group that uses one redeems it.</source>
        <translation>Codici voucher emessi ai partner; il gruppo che ne usa uno lo riscatta.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="246"/>
        <location filename="../../mediator_desk/views/settings_page.py" line="356"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="259"/>
        <location filename="../../mediator_desk/views/settings_page.py" line="269"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="336"/>
        <location filename="../../mediator_desk/views/settings_page.py" line="374"/>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="349"/>
        <source>Server address: write it as postgresql://user@host:port/database.</source>
        <translation>Indirizzo del server: scrivilo come postgresql://utente@host:porta/database.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="357"/>
        <source>Team server saved.</source>
        <translation>Server del team salvato.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="363"/>
        <source>Server address: none yet.</source>
        <translation>Indirizzo del server: ancora nessuno.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="365"/>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="387"/>
        <source>Record</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="387"/>
        <source>Kept (laptop)</source>
        <translation>Conservata (portatile)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="387"/>
        <source>Other version (laptop)</source>
        <translation>Altra versione (portatile)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="388"/>
        <source>What differs</source>
        <translation>Cosa cambia</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="396"/>
        <source>renamed to %1</source>
        <translation>rinominato in %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="397"/>
        <source>The same code was used twice; the older record keeps it.</source>
        <translation>Lo stesso codice è stato usato due volte; la voce più vecchia lo conserva.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="400"/>
        <source>%1: “%2” (kept) / “%3” (other)</source>
        <translation>%1: «%2» (conservato) / «%3» (altro)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="415"/>
        <source>Nothing to look at: no record was changed on two laptops before they met.</source>
        <translation>Niente da controllare: nessuna voce è stata modificata su due portatili prima che si incontrassero.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/settings_page.py" line="416"/>
        <source>%Ln record(s) were changed on two laptops before they met. The later edit is kept everywhere; choose “Keep the other version” to put the other one back instead.</source>
        <translation>
            <numerusform>%Ln voce è stata modificata su due portatili prima che si incontrassero. Ovunque si conserva la modifica più recente; scegli «Conserva l&apos;altra versione» per ripristinare l&apos;altra.</numerusform>
            <numerusform>%Ln voci sono state modificate su due portatili prima che si incontrassero. Ovunque si conserva la modifica più recente; scegli «Conserva l&apos;altra versione» per ripristinare l&apos;altra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="433"/>
        <source>%1: “%2”, made %3 times</source>
        <translation>%1: «%2», creato %3 volte</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="436"/>
        <source>No record is here twice.</source>
        <translation>Nessun record è presente due volte.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="437"/>
        <source>These records have the same name: the same venue set up on two laptops, or a name typed in twice. “Join into one” keeps the oldest and moves everything that points to the others onto it (tours, walk-ins, feedback…); it travels to the other laptops, and Ctrl+Z undoes it.</source>
        <translation>Questi record hanno lo stesso nome: la stessa sede configurata su due portatili, o un nome scritto due volte. «Unisci in uno» mantiene il più vecchio e vi sposta tutto ciò che rimanda agli altri (visite, visitatori, feedback…); arriva agli altri portatili, e Ctrl+Z lo annulla.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="463"/>
        <source>Join %1</source>
        <translation>Unisci %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="464"/>
        <source>Joined into one: %1</source>
        <translation>Uniti in uno: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="487"/>
        <source>The other version is back.</source>
        <translation>L&apos;altra versione è stata ripristinata.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="488"/>
        <source>The kept version stays.</source>
        <translation>La versione conservata resta.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="258"/>
        <source>Delete “%1”?</source>
        <translation>Eliminare «%1»?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="260"/>
        <source>Keep</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="272"/>
        <source>“%1” was deleted.</source>
        <translation>«%1» è stato eliminato.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="283"/>
        <source>A PIN is set.</source>
        <translation>Un PIN è impostato.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="284"/>
        <source>No PIN yet: the kiosk cannot be opened.</source>
        <translation>Nessun PIN: il totem non si può aprire.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="313"/>
        <location filename="../../mediator_desk/views/settings_page.py" line="314"/>
        <source>The kiosk PIN is set.</source>
        <translation>Il PIN del totem è impostato.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="16"/>
        <source>Settings sections</source>
        <translation>Sezioni delle impostazioni</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="48"/>
        <source>Records</source>
        <translation>Voci</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="74"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="97"/>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="104"/>
        <location filename="../../forms/settings_page.ui" line="185"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="111"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="143"/>
        <source>The laptops of a venue share their work in two ways, under the same rules: by file when there is no network (File → Merge another laptop&apos;s data…), or through the team&apos;s PostgreSQL server when there is one. Walk-ins and feedback are added up, never counted twice; for an edited record the later edit is kept everywhere.</source>
        <translation>I portatili di una sede condividono il lavoro in due modi, con le stesse regole: tramite file quando non c&apos;è rete (File → Unisci i dati di un altro portatile…) o tramite il server PostgreSQL del team quando c&apos;è. Visitatori e feedback si sommano, mai contati due volte; per una voce modificata si conserva ovunque la modifica più recente.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="149"/>
        <source>Team server</source>
        <translation>Server del team</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="153"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Indirizzo del server:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="159"/>
        <source>postgresql://laptop@server.example.org:5432/mediator_desk</source>
        <translation>postgresql://laptop@server.example.org:5432/mediator_desk</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="160"/>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="165"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="172"/>
        <source>kept in the system&apos;s password store, never in a file</source>
        <translation>conservata nel portachiavi di sistema, mai in un file</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="173"/>
        <source>Server password</source>
        <translation>Password del server</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="178"/>
        <source>Sync &amp;automatically every few minutes while the server answers</source>
        <translation>Sincronizza &amp;automaticamente ogni pochi minuti finché il server risponde</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="190"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Prova la connessione</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="195"/>
        <source>Sync &amp;now</source>
        <translation>Sincronizza &amp;ora</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="217"/>
        <source>Edited on two laptops</source>
        <translation>Modificate su due portatili</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="227"/>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="232"/>
        <source>Records edited on two laptops</source>
        <translation>Voci modificate su due portatili</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="239"/>
        <source>Keep the &amp;other version</source>
        <translation>Conserva l&apos;&amp;altra versione</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="244"/>
        <source>&amp;Keep this version</source>
        <translation>&amp;Conserva questa versione</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="259"/>
        <source>Made twice</source>
        <translation>Creati due volte</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="270"/>
        <source>Records made twice</source>
        <translation>Record creati due volte</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="278"/>
        <source>&amp;Join into one</source>
        <translation>&amp;Unisci in uno</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="293"/>
        <source>By file (no network)</source>
        <translation>Tramite file (senza rete)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="297"/>
        <source>&amp;Merge another laptop&apos;s data…</source>
        <translation>&amp;Unisci i dati di un altro portatile…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="302"/>
        <source>Save a &amp;copy for the coordinator…</source>
        <translation>Salva una &amp;copia per il coordinatore…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="320"/>
        <source>Visitor kiosk</source>
        <translation>Totem per i visitatori</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="329"/>
        <source>The kiosk screen can only be left with this PIN. It is stored on this laptop as a salted hash, never as the PIN itself.</source>
        <translation>Si esce dalla schermata del totem solo con questo PIN. Su questo portatile se ne conserva solo un&apos;impronta crittografica (con sale), mai il PIN stesso.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="336"/>
        <source>&amp;Current PIN:</source>
        <translation>PIN &amp;attuale:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="356"/>
        <source>New &amp;PIN:</source>
        <translation>Nuovo &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="376"/>
        <source>&amp;Repeat the PIN:</source>
        <translation>&amp;Ripetete il PIN:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="396"/>
        <source>Require &amp;6 digits or more (for a new PIN)</source>
        <translation>Richiedi &amp;6 cifre o più (per un nuovo PIN)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="405"/>
        <source>Set the kiosk PIN</source>
        <translation>Imposta il PIN del totem</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="431"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="437"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Lingua del report:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="450"/>
        <source>Show groups smaller than 5 as “&lt;5” (privacy)</source>
        <translation>Mostra i gruppi con meno di 5 persone come «&lt;5» (privacy)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="460"/>
        <source>Interface</source>
        <translation>Interfaccia</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="466"/>
        <source>&amp;Interface language:</source>
        <translation>Lingua dell&apos;&amp;interfaccia:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="482"/>
        <source>A new interface language applies the next time Mediator Desk starts.</source>
        <translation>La nuova lingua dell&apos;interfaccia vale dal prossimo avvio di Mediator Desk.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="95"/>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="158"/>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="160"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="95"/>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="160"/>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="95"/>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="160"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="98"/>
        <source>Names of the team, one per line</source>
        <translation>Nomi della squadra, uno per riga</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="99"/>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="152"/>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="77"/>
        <source>Counter categories</source>
        <translation>Categorie del contatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="100"/>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="69"/>
        <source>Languages and roles</source>
        <translation>Lingue e ruoli</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="115"/>
        <source>This country has several time zones: check that the one chosen is the venue&apos;s.</source>
        <translation>Questo paese ha più fusi orari: controlla che quello scelto sia della sede.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="158"/>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="158"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="159"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="159"/>
        <source>Closes</source>
        <translation>Chiude</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="159"/>
        <source>Names</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="161"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="161"/>
        <source>Repeat the PIN</source>
        <translation>Ripetete il PIN</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="161"/>
        <source>Current PIN</source>
        <translation>PIN attuale</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="162"/>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="105"/>
        <source>Join a team</source>
        <translation>Unirsi a una squadra</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="203"/>
        <source>Role of %1</source>
        <translation>Ruolo di %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="221"/>
        <source>New category</source>
        <translation>Nuova categoria</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="252"/>
        <source>The coordinator&apos;s file</source>
        <translation>Il file del coordinatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="253"/>
        <source>Mediator Desk databases and backups (*.sqlite *.db);;All files (*)</source>
        <translation>Database e copie di Mediator Desk (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="5"/>
        <source>Set up Mediator Desk</source>
        <translation>Configurazione di Mediator Desk</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="9"/>
        <source>Welcome to Mediator Desk</source>
        <translation>Benvenuti in Mediator Desk</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="10"/>
        <source>This database is empty. How would you like to begin?</source>
        <translation>Questo database è vuoto. Come volete cominciare?</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="12"/>
        <source>&amp;Set up my venue (about two minutes)</source>
        <translation>&amp;Configuro la mia sede (circa due minuti)</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="13"/>
        <source>The venue and its opening hours, the first exhibition, the team, the counter categories and the kiosk PIN. Everything can be changed later in Settings.</source>
        <translation>La sede e i suoi orari, la prima mostra, la squadra, le categorie del contatore e il PIN del chiosco. Tutto si può cambiare poi in Impostazioni.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="14"/>
        <source>&amp;Explore with demo data</source>
        <translation>&amp;Esploro con dati dimostrativi</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="15"/>
        <source>Two venues, two months of tours, counts and feedback, to try every page and report. Use a new database file for your real work.</source>
        <translation>Due sedi, due mesi di visite, conteggi e feedback, per provare ogni pagina e report. Per il lavoro vero usate un nuovo file di database.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="16"/>
        <source>&amp;Join a team</source>
        <translation>Mi &amp;unisco a una squadra</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="17"/>
        <source>Start from the coordinator&apos;s file, or from the team&apos;s server address.</source>
        <translation>Partite dal file del coordinatore o dall&apos;indirizzo del server della squadra.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="22"/>
        <source>Your venue</source>
        <translation>La vostra sede</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="23"/>
        <source>Where the exhibitions are. The time zone decides how times are shown; the opening hours shade the counter&apos;s chart.</source>
        <translation>Dove sono le mostre. Il fuso orario decide come si mostrano gli orari; gli orari di apertura compaiono nel grafico del contatore.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="25"/>
        <source>&amp;Name *</source>
        <translation>&amp;Nome *</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="27"/>
        <source>&amp;City</source>
        <translation>&amp;Città</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="29"/>
        <source>C&amp;ountry (RO, IT…)</source>
        <translation>&amp;Paese (RO, IT…)</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="31"/>
        <source>&amp;Time zone *</source>
        <translation>&amp;Fuso orario *</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="33"/>
        <source>O&amp;pen from</source>
        <translation>&amp;Aperto dalle</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="37"/>
        <source>to</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="42"/>
        <source>Open on</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="48"/>
        <source>The first exhibition</source>
        <translation>La prima mostra</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="49"/>
        <source>What visitors come to see. Counts, tours and feedback belong to an exhibition.</source>
        <translation>Ciò che i visitatori vengono a vedere. Conteggi, visite e feedback appartengono a una mostra.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="51"/>
        <source>T&amp;itle *</source>
        <translation>&amp;Titolo *</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="53"/>
        <source>&amp;Opens</source>
        <translation>&amp;Apre</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="55"/>
        <source>C&amp;loses</source>
        <translation>C&amp;hiude</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="61"/>
        <source>The team</source>
        <translation>La squadra</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="62"/>
        <source>Paste or type the names of the mediators, one per line. Next come their languages and roles.</source>
        <translation>Incollate o scrivete i nomi dei mediatori, uno per riga. Poi vengono le loro lingue e i ruoli.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="70"/>
        <source>The languages each person guides in (two-letter codes such as ro, en, it) and their role.</source>
        <translation>Le lingue in cui guida ciascuno (codici di due lettere come it, en, ro) e il loro ruolo.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="78"/>
        <source>Each walk-in visitor is counted in one category, with one key (1–9). Rename them with a double click.</source>
        <translation>Ogni visitatore è contato in una categoria, con un tasto (1–9). Rinominatele con un doppio clic.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="83"/>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="84"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="91"/>
        <source>The kiosk PIN</source>
        <translation>Il PIN del chiosco</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="92"/>
        <source>Visitors can give feedback on this laptop&apos;s kiosk screen; only this PIN (4 to 12 digits) leaves it. You can also set it later in Settings.</source>
        <translation>I visitatori possono lasciare un feedback sullo schermo chiosco di questo portatile; solo questo PIN (da 4 a 12 cifre) permette di uscirne. Potete impostarlo anche più tardi in Impostazioni.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="94"/>
        <source>This laptop already has a kiosk PIN: leave these fields empty to keep it, or type it first to set a new one.</source>
        <translation>Questo portatile ha già un PIN del chiosco: lascia vuoti i campi per mantenerlo, oppure inseriscilo prima per impostarne uno nuovo.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="95"/>
        <source>C&amp;urrent PIN</source>
        <translation>PIN a&amp;ttuale</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="97"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="99"/>
        <source>&amp;Repeat the PIN</source>
        <translation>&amp;Ripetete il PIN</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="106"/>
        <source>Bring in the team&apos;s data: a file from the coordinator (a copy or a backup), or the address of the team&apos;s server.</source>
        <translation>Portate i dati della squadra: un file del coordinatore (una copia o una copia di sicurezza) o l&apos;indirizzo del server della squadra.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="108"/>
        <source>Coordinator&apos;s &amp;file</source>
        <translation>&amp;File del coordinatore</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="112"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="115"/>
        <source>or the team&apos;s &amp;server</source>
        <translation>o il &amp;server della squadra</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="90"/>
        <source>The password is kept in the system&apos;s password store.</source>
        <translation>La password è conservata nel portachiavi di sistema.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="94"/>
        <source>There is no system password store here: the password is kept until Mediator Desk closes. To keep it, put it in ~/.pgpass (docs/team-server.md).</source>
        <translation>Qui non c&apos;è un portachiavi di sistema: la password resta fino alla chiusura di Mediator Desk. Per conservarla, mettila in ~/.pgpass (docs/team-server.md).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="118"/>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="128"/>
        <source>Offline · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Offline · %Ln modifica in attesa</numerusform>
            <numerusform>Offline · %Ln modifiche in attesa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="130"/>
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="132"/>
        <source>Synced %1 · %Ln waiting</source>
        <translation>
            <numerusform>Sincronizzato alle %1 · %Ln in attesa</numerusform>
            <numerusform>Sincronizzato alle %1 · %Ln in attesa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="164"/>
        <source>The sync was stopped.</source>
        <translation>La sincronizzazione è stata interrotta.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="175"/>
        <source>Sync with the team&apos;s server</source>
        <translation>Sincronizza con il server del team</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="176"/>
        <source>%1

Sync anyway?</source>
        <translation>%1

Sincronizzare comunque?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="177"/>
        <source>Sync anyway</source>
        <translation>Sincronizza comunque</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="177"/>
        <location filename="../../mediator_desk/views/team.py" line="255"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="185"/>
        <source>this laptop&apos;s clock is %1 behind the server&apos;s</source>
        <translation>l&apos;orologio di questo portatile è %1 indietro rispetto al server</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="187"/>
        <source>this laptop&apos;s clock is %1 ahead of the server&apos;s</source>
        <translation>l&apos;orologio di questo portatile è %1 avanti rispetto al server</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="211"/>
        <source>The server answers. Its database is still empty: the first sync creates the tables (with the owner&apos;s role, see docs/team-server.md).</source>
        <translation>Il server risponde. Il suo database è ancora vuoto: la prima sincronizzazione crea le tabelle (con il ruolo del proprietario, vedi docs/team-server.md).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="213"/>
        <source>The server answers and is ready for this laptop.</source>
        <translation>Il server risponde ed è pronto per questo portatile.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="226"/>
        <location filename="../../mediator_desk/views/team.py" line="229"/>
        <location filename="../../mediator_desk/views/team.py" line="253"/>
        <location filename="../../mediator_desk/views/team.py" line="258"/>
        <location filename="../../mediator_desk/views/team.py" line="259"/>
        <location filename="../../mediator_desk/views/team.py" line="267"/>
        <source>Merge another laptop&apos;s data</source>
        <translation>Unisci i dati di un altro portatile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="227"/>
        <source>This database is open read-only: nothing can be merged into it.</source>
        <translation>Questo database è aperto in sola lettura: non vi si può unire nulla.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="254"/>
        <source>%1

Merge anyway?</source>
        <translation>%1

Unire comunque?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="255"/>
        <source>Merge anyway</source>
        <translation>Unisci comunque</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="261"/>
        <source>Merging… The database is backed up first.</source>
        <translation>Unione in corso… Prima si fa un backup del database.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="273"/>
        <source>%1: this is the open database itself; nothing to merge.</source>
        <translation>%1: è il database aperto stesso; niente da unire.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="275"/>
        <source>%1: nothing new — everything in it was here already.</source>
        <translation>%1: niente di nuovo — tutto ciò che contiene era già qui.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="279"/>
        <source>From %1:</source>
        <translation>Da %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="280"/>
        <source>%Ln new walk-in count(s), %1 visitors</source>
        <translation>
            <numerusform>%Ln nuovo conteggio, %1 visitatori</numerusform>
            <numerusform>%Ln nuovi conteggi, %1 visitatori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="282"/>
        <source>%Ln new tour(s), %1 updated</source>
        <translation>
            <numerusform>%Ln nuova visita, %1 aggiornate</numerusform>
            <numerusform>%Ln nuove visite, %1 aggiornate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="283"/>
        <source>%Ln new group(s), %1 updated</source>
        <translation>
            <numerusform>%Ln nuovo gruppo, %1 aggiornati</numerusform>
            <numerusform>%Ln nuovi gruppi, %1 aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="284"/>
        <source>%Ln new feedback answer(s)</source>
        <translation>
            <numerusform>%Ln nuova risposta di feedback</numerusform>
            <numerusform>%Ln nuove risposte di feedback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="285"/>
        <source>%Ln new reference record(s), %1 updated</source>
        <translation>
            <numerusform>%Ln nuova voce di riferimento, %1 aggiornate</numerusform>
            <numerusform>%Ln nuove voci di riferimento, %1 aggiornate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="288"/>
        <source>%Ln record(s) edited on both laptops: see Settings → Team</source>
        <translation>
            <numerusform>%Ln voce modificata su entrambi i portatili: vedi Impostazioni → Team e sincronizzazione</numerusform>
            <numerusform>%Ln voci modificate su entrambi i portatili: vedi Impostazioni → Team e sincronizzazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="290"/>
        <source>%Ln voucher or card code(s) used twice: the newer one was renamed</source>
        <translation>
            <numerusform>%Ln codice di voucher o cartolina usato due volte: il più recente è stato rinominato</numerusform>
            <numerusform>%Ln codici di voucher o cartolina usati due volte: i più recenti sono stati rinominati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="295"/>
        <source>Its newest record is dated %1 ahead of this laptop&apos;s clock: one of the two clocks is wrong (walk-ins are filed under each laptop&apos;s own time).</source>
        <translation>Il suo record più recente è datato %1 avanti rispetto all&apos;orologio di questo portatile: uno dei due orologi è sbagliato (i visitatori sono registrati secondo l&apos;ora di ciascun portatile).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="303"/>
        <location filename="../../mediator_desk/views/team.py" line="313"/>
        <location filename="../../mediator_desk/views/team.py" line="315"/>
        <location filename="../../mediator_desk/views/team.py" line="319"/>
        <source>Save a copy for the coordinator</source>
        <translation>Salva una copia per il coordinatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="316"/>
        <source>Saved %1. The coordinator merges it with File → Merge another laptop&apos;s data.</source>
        <translation>Salvato: %1. Il coordinatore lo unisce con File → Unisci i dati di un altro portatile.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="320"/>
        <source>Copying…</source>
        <translation>Copia in corso…</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="46"/>
        <source>Start tour (Ctrl+N or Ctrl+T)</source>
        <translation>Inizia la visita (Ctrl+N o Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="55"/>
        <source>End the selected tour, or the one running now (Ctrl+E)</source>
        <translation>Termina la visita selezionata o quella in corso (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="56"/>
        <source>Plan the selected tour again in the next slot (Ctrl+R)</source>
        <translation>Programma di nuovo la visita selezionata nella fascia successiva (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="59"/>
        <location filename="../../forms/today_page.ui" line="8"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="64"/>
        <source>Nobody is in the team yet: add the mediators so that tours and counts have a name.</source>
        <translation>La squadra è ancora vuota: aggiungete i mediatori, così visite e conteggi hanno un nome.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="65"/>
        <source>Add the team…</source>
        <translation>Aggiungi la squadra…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="78"/>
        <source>(choose your name)</source>
        <translation>(scegliete il vostro nome)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="98"/>
        <source>tours held / planned today</source>
        <translation>visite svolte / previste oggi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="121"/>
        <location filename="../../mediator_desk/views/today_page.py" line="126"/>
        <source>Start tour</source>
        <translation>Inizia la visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="121"/>
        <source>Add the team first (Settings → Mediators): every tour has a lead mediator.</source>
        <translation>Aggiungete prima la squadra (Impostazioni → Mediatori): ogni visita ha un mediatore responsabile.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="127"/>
        <source>Choose your name under “I am” first: the tour starts with you as its lead.</source>
        <translation>Scegliete prima il vostro nome in «Io sono»: la visita inizia con voi come responsabile.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="129"/>
        <source>Add the team&apos;s names first (Settings → Mediators): a tour starts with its lead mediator.</source>
        <translation>Aggiungi prima i nomi del gruppo di lavoro (Impostazioni → Mediatori): una visita inizia con il suo mediatore responsabile.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="164"/>
        <source>Working on “%1”.</source>
        <translation>Si lavora su «%1».</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="11"/>
        <source>&amp;Exhibition:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="13"/>
        <source>&amp;I am:</source>
        <translation>&amp;Io sono:</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="23"/>
        <source>walk-in visitors today</source>
        <translation>visitatori oggi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="31"/>
        <source>tours today</source>
        <translation>visite oggi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="39"/>
        <source>tour participants</source>
        <translation>partecipanti alle visite</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="47"/>
        <source>feedback entries</source>
        <translation>risposte di feedback</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="53"/>
        <location filename="../../forms/today_page.ui" line="55"/>
        <source>Today&apos;s tours</source>
        <translation>Le visite di oggi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="63"/>
        <source>&amp;Start tour</source>
        <translation>&amp;Inizia visita</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="64"/>
        <source>E&amp;nd tour</source>
        <translation>&amp;Termina visita</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="65"/>
        <source>&amp;Repeat for next slot</source>
        <translation>&amp;Ripeti per il turno successivo</translation>
    </message>
</context>
<context>
    <name>TourActions</name>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="82"/>
        <source>New tour</source>
        <translation>Nuova visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="88"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="90"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="117"/>
        <source>Edit tour</source>
        <translation>Modifica la visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="95"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="99"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="106"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="110"/>
        <source>Start tour</source>
        <translation>Inizia la visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="95"/>
        <source>Choose the exhibition first.</source>
        <translation>Scegliete prima la mostra.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="100"/>
        <source>%1

Start the tour anyway?</source>
        <translation>%1

Iniziare comunque la visita?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="101"/>
        <source>Start anyway</source>
        <translation>Inizia comunque</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="101"/>
        <source>Don&apos;t start</source>
        <translation>Non iniziare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="125"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="130"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="135"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="138"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="140"/>
        <source>End tour</source>
        <translation>Termina la visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="125"/>
        <source>No tour is running.</source>
        <translation>Nessuna visita è in corso.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="147"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="149"/>
        <source>Repeat tour</source>
        <translation>Ripeti la visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="157"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="161"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="163"/>
        <source>Delete tour</source>
        <translation>Elimina la visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="158"/>
        <source>Delete the tour %1 and its groups?
You can undo this with Ctrl+Z.</source>
        <translation>Eliminare la visita %1 e i suoi gruppi?
Si può annullare con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="159"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="159"/>
        <source>Keep</source>
        <translation>Mantieni</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="47"/>
        <source>New tour</source>
        <translation>Nuova visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="47"/>
        <source>Edit tour</source>
        <translation>Modifica la visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="79"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="79"/>
        <source>(not booked)</source>
        <translation>(senza prenotazione)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="160"/>
        <source>Add a visitor group (Ctrl+G)</source>
        <translation>Aggiungi un gruppo di visitatori (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="161"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salva (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="173"/>
        <source>%1 · %2 people</source>
        <translation>%1 · %2 persone</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="273"/>
        <source>(choose the lead)</source>
        <translation>(scegliete il responsabile)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="299"/>
        <source>Booked %1 · Actual %2 (%3)</source>
        <translation>Prenotati %1 · Presenti %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="301"/>
        <source>Not booked · Actual %1</source>
        <translation>Senza prenotazione · Presenti %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="302"/>
        <source>Groups: %1</source>
        <translation>Gruppi: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="307"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="355"/>
        <source>Lead mediator</source>
        <translation>Mediatore responsabile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="360"/>
        <source>Group %1 · %2</source>
        <translation>Gruppo %1 · %2</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="372"/>
        <source>Check</source>
        <translation>Verificare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="372"/>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="403"/>
        <source>New partner</source>
        <translation>Nuovo partner</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="404"/>
        <source>“%1” is not among the partners yet. What kind of organisation is it?</source>
        <translation>«%1» non è ancora tra i partner. Che tipo di organizzazione è?</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="6"/>
        <source>Tour</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="32"/>
        <source>&amp;1 Tour</source>
        <translation>&amp;1 Visita</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="38"/>
        <source>E&amp;xhibition:</source>
        <translation>Mo&amp;stra:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="51"/>
        <source>&amp;Programme:</source>
        <translation>&amp;Programma:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="64"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="77"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="90"/>
        <source>P&amp;lanned start:</source>
        <translation>Inizio p&amp;revisto:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="110"/>
        <source>A&amp;ctual start:</source>
        <translation>Inizio &amp;effettivo:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="122"/>
        <source>started</source>
        <translation>iniziata</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="148"/>
        <source>Actual &amp;end:</source>
        <translation>Fi&amp;ne effettiva:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="160"/>
        <source>ended</source>
        <translation>terminata</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="193"/>
        <source>Lan&amp;guages:</source>
        <translation>Lin&amp;gue:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="203"/>
        <source>two-letter codes, e.g. it, en, ro</source>
        <translation>codici di due lettere, es. it, en, ro</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="210"/>
        <source>&amp;Mediators:</source>
        <translation>&amp;Mediatori:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="230"/>
        <source>Lea&amp;d mediator:</source>
        <translation>Me&amp;diatore responsabile:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="244"/>
        <source>&amp;2 Groups</source>
        <translation>&amp;2 Gruppi</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="268"/>
        <source>&amp;Add group</source>
        <translation>&amp;Aggiungi gruppo</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="275"/>
        <source>Remo&amp;ve group</source>
        <translation>Ri&amp;muovi gruppo</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="287"/>
        <source>Group &amp;type:</source>
        <translation>&amp;Tipo di gruppo:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="300"/>
        <source>Ages:</source>
        <translation>Età:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="309"/>
        <source>0–5</source>
        <translation>0–5</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="326"/>
        <source>6–10</source>
        <translation>6–10</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="343"/>
        <source>11–14</source>
        <translation>11–14</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="360"/>
        <source>15–18</source>
        <translation>15–18</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="377"/>
        <source>19–25</source>
        <translation>19–25</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="394"/>
        <source>26–64</source>
        <translation>26–64</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="411"/>
        <source>65+</source>
        <translation>65+</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="430"/>
        <source>Participants:</source>
        <translation>Partecipanti:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="444"/>
        <source>Accompanying a&amp;dults:</source>
        <translation>A&amp;dulti accompagnatori:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="461"/>
        <source>&amp;First-time visitors:</source>
        <translation>Visitatori per la &amp;prima volta:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="478"/>
        <source>&amp;Origin:</source>
        <translation>&amp;Provenienza:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="493"/>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ese:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="503"/>
        <source>IT, RO, DE…</source>
        <translation>IT, RO, DE…</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="512"/>
        <source>School &amp;level:</source>
        <translation>&amp;Livello scolastico:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="522"/>
        <source>e.g. grade 4</source>
        <translation>es. quarta primaria</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="529"/>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rtner:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="542"/>
        <source>Ad&amp;mission:</source>
        <translation>&amp;Ingresso:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="555"/>
        <source>Tar&amp;get group:</source>
        <translation>&amp;Gruppo destinatario:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="568"/>
        <source>How they &amp;heard of us:</source>
        <translation>Come ci hanno &amp;conosciuti:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="581"/>
        <source>&amp;Vouchers:</source>
        <translation>&amp;Voucher:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="591"/>
        <source>voucher codes, separated by commas</source>
        <translation>codici voucher, separati da virgole</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="598"/>
        <source>Access pro&amp;visions:</source>
        <translation>Misure di acc&amp;essibilità:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="622"/>
        <source>&amp;3 Booking</source>
        <translation>&amp;3 Prenotazione</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="628"/>
        <source>&amp;Booked size:</source>
        <translation>Persone pre&amp;notate:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="641"/>
        <source>not booked</source>
        <translation>senza prenotazione</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="648"/>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nome del contatto:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="661"/>
        <source>Contact &amp;phone:</source>
        <translation>&amp;Telefono del contatto:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="674"/>
        <source>Contact e&amp;mail:</source>
        <translation>E&amp;mail del contatto:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="687"/>
        <source>&amp;Delete contact after:</source>
        <translation>Eli&amp;mina il contatto dopo:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="707"/>
        <source>Booking &amp;source:</source>
        <translation>&amp;Canale di prenotazione:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="723"/>
        <source>The contact is personal data: it is kept only until the date above, never printed in reports, and then deleted.</source>
        <translation>Il contatto è un dato personale: viene conservato solo fino alla data sopra, non compare mai nei report e poi viene eliminato.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="731"/>
        <source>&amp;4 Notes</source>
        <translation>&amp;4 Note</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="737"/>
        <source>&amp;Observations:</source>
        <translation>&amp;Osservazioni:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="754"/>
        <source>&amp;Reflection:</source>
        <translation>&amp;Riflessione:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="771"/>
        <source>&amp;Incidents:</source>
        <translation>&amp;Incidenti:</translation>
    </message>
</context>
<context>
    <name>TourTableModel</name>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="33"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="33"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="33"/>
        <source>Exhibition</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="33"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="34"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="34"/>
        <source>Lead mediator</source>
        <translation>Mediatore responsabile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="34"/>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="34"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="170"/>
        <source>actual / booked</source>
        <translation>effettivi / prenotati</translation>
    </message>
</context>
<context>
    <name>TourWords</name>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/widgets/pickers.py" line="72"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln partecipante</numerusform>
            <numerusform>%Ln partecipanti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/widgets/pickers.py" line="75"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln gruppo</numerusform>
            <numerusform>%Ln gruppi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToursPage</name>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="149"/>
        <location filename="../../forms/tours_page.ui" line="11"/>
        <location filename="../../forms/tours_page.ui" line="161"/>
        <source>Tours</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="155"/>
        <source>any format</source>
        <translation>qualsiasi formato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="158"/>
        <source>any status</source>
        <translation>qualsiasi stato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="166"/>
        <source>all exhibitions</source>
        <translation>tutte le mostre</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="167"/>
        <source>anyone</source>
        <translation>chiunque</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="193"/>
        <source>New tour (Ctrl+N)</source>
        <translation>Nuova visita (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="194"/>
        <source>Edit the selected tour (Enter)</source>
        <translation>Modifica la visita selezionata (Invio)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="195"/>
        <source>Plan the same tour in the next slot (Ctrl+R)</source>
        <translation>Programma la stessa visita nella fascia successiva (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="196"/>
        <source>Delete the selected tour (Delete)</source>
        <translation>Elimina la visita selezionata (Canc)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="197"/>
        <source>Undo the last change to a tour (Ctrl+Z)</source>
        <translation>Annulla l&apos;ultima modifica a una visita (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="198"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Ripeti (Ctrl+Maiusc+Z)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="199"/>
        <source>Search (Ctrl+F)</source>
        <translation>Cerca (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="248"/>
        <source>any language</source>
        <translation>qualsiasi lingua</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/tours_page.py" line="273"/>
        <source>%1 of %Ln tour(s)</source>
        <translation>
            <numerusform>%1 di %Ln visita</numerusform>
            <numerusform>%1 di %Ln visite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/tours_page.py" line="274"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln partecipante</numerusform>
            <numerusform>%Ln partecipanti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="313"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="314"/>
        <location filename="../../forms/tours_page.ui" line="219"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="334"/>
        <source>Tour deleted. Ctrl+Z brings it back.</source>
        <translation>Visita eliminata. Ctrl+Z la ripristina.</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="36"/>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="56"/>
        <source>T&amp;o:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="76"/>
        <source>E&amp;xhibition:</source>
        <translation>Mo&amp;stra:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="89"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="99"/>
        <source>names, formats, languages…</source>
        <translation>nomi, formati, lingue…</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="109"/>
        <source>&amp;Mediator:</source>
        <translation>&amp;Mediatore:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="122"/>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmato:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="135"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="148"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="184"/>
        <source>&amp;New tour</source>
        <translation>&amp;Nuova visita</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="191"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="198"/>
        <source>Re&amp;peat for next slot</source>
        <translation>Ri&amp;peti nella fascia successiva</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="205"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="226"/>
        <source>Re&amp;do</source>
        <translation>Ri&amp;peti</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="59"/>
        <source>Something went wrong: %1

Your data is safe: everything acknowledged on screen was already saved. The details are in the log file.</source>
        <translation>Qualcosa è andato storto: %1

I dati sono al sicuro: tutto ciò che è apparso sullo schermo era già salvato. I dettagli sono nel file di log.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="103"/>
        <source>The database is busy</source>
        <translation>Il database è occupato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="104"/>
        <source>%1

Wait and try again?</source>
        <translation>%1

Attendere e riprovare?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="105"/>
        <source>Wait and try again</source>
        <translation>Attendi e riprova</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="106"/>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="118"/>
        <source>Upgrading %1 for this version of Mediator Desk…
A copy of the file is kept first. This takes a moment; please do not switch the laptop off.</source>
        <translation>Aggiornamento di %1 per questa versione di Mediator Desk…
Prima viene conservata una copia del file. Ci vuole un momento: non spegnere il portatile.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="144"/>
        <location filename="../../mediator_desk/views/app.py" line="148"/>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="149"/>
        <source>Restore a backup…</source>
        <translation>Ripristina un backup…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="150"/>
        <source>Choose another file…</source>
        <translation>Scegli un altro file…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="151"/>
        <location filename="../../mediator_desk/views/app.py" line="288"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="155"/>
        <source>Backup to restore</source>
        <translation>Backup da ripristinare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="162"/>
        <source>Restore failed</source>
        <translation>Ripristino non riuscito</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="164"/>
        <source>Database file</source>
        <translation>File del database</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="265"/>
        <source>Mediator Desk could not start: %1

The details are in the log file.</source>
        <translation>Mediator Desk non è riuscito ad avviarsi: %1

I dettagli sono nel file di log.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="285"/>
        <source>Mediator Desk is already open on %1 on this laptop. Two windows on one database would mix up their counts.</source>
        <translation>Mediator Desk è già aperto su %1 in questo portatile. Due finestre sullo stesso database confonderebbero i conteggi.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="288"/>
        <source>Open read-only</source>
        <translation>Apri in sola lettura</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="326"/>
        <source>The window was not ready within %1 seconds.</source>
        <translation>La finestra non era pronta entro %1 secondi.</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../mediator_desk/enums.py" line="239"/>
        <source>Guided tour</source>
        <translation>Visita guidata</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="240"/>
        <source>In-depth tour</source>
        <translation>Visita approfondita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="241"/>
        <source>Thematic tour</source>
        <translation>Visita tematica</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="242"/>
        <source>Drop-in mediation</source>
        <translation>Mediazione libera</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="243"/>
        <source>Workshop</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="244"/>
        <source>Family session</source>
        <translation>Attività per famiglie</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="245"/>
        <source>School visit</source>
        <translation>Visita scolastica</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="246"/>
        <source>Accessible tour</source>
        <translation>Visita accessibile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="247"/>
        <source>Talk or lecture</source>
        <translation>Incontro o conferenza</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="248"/>
        <source>Screening</source>
        <translation>Proiezione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="249"/>
        <source>Performance or concert</source>
        <translation>Performance o concerto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="250"/>
        <source>Event or opening</source>
        <translation>Evento o inaugurazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="251"/>
        <source>Science demonstration</source>
        <translation>Dimostrazione scientifica</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="252"/>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="253"/>
        <source>Outreach (off site)</source>
        <translation>Attività esterna</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="254"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="255"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="256"/>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="257"/>
        <source>School or teacher</source>
        <translation>Scuola o insegnante</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="258"/>
        <source>Word of mouth</source>
        <translation>Passaparola</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="259"/>
        <source>Press, radio or TV</source>
        <translation>Stampa, radio o TV</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="260"/>
        <source>Passing by</source>
        <translation>Di passaggio</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="261"/>
        <source>Planned</source>
        <translation>Programmata</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="262"/>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="263"/>
        <source>Done</source>
        <translation>Svolta</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="264"/>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="265"/>
        <source>No-show</source>
        <translation>Mancata presenza</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="266"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="267"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="268"/>
        <source>Walk-in</source>
        <translation>Senza prenotazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="269"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="270"/>
        <source>Individual visitors</source>
        <translation>Visitatori individuali</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="271"/>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="272"/>
        <source>Preschool</source>
        <translation>Scuola dell&apos;infanzia</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="273"/>
        <source>Primary school</source>
        <translation>Scuola primaria</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="274"/>
        <source>Lower secondary school</source>
        <translation>Scuola secondaria di primo grado</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="275"/>
        <source>Upper secondary school</source>
        <translation>Scuola secondaria di secondo grado</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="276"/>
        <source>University</source>
        <translation>Università</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="277"/>
        <source>Organised adult group</source>
        <translation>Gruppo organizzato di adulti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="278"/>
        <source>Tourist group</source>
        <translation>Gruppo turistico</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="279"/>
        <source>Professionals and press</source>
        <translation>Professionisti e stampa</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="280"/>
        <source>Community group or NGO</source>
        <translation>Gruppo di comunità o ONG</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="281"/>
        <source>Group with disabilities</source>
        <translation>Gruppo con disabilità</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="282"/>
        <source>Seniors</source>
        <translation>Anziani</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="283"/>
        <source>Corporate group</source>
        <translation>Gruppo aziendale</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="284"/>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="285"/>
        <source>National</source>
        <translation>Nazionale</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="286"/>
        <source>Foreign</source>
        <translation>Estero</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="287"/>
        <source>Full price</source>
        <translation>Intero</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="288"/>
        <source>Reduced</source>
        <translation>Ridotto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="289"/>
        <source>Free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="290"/>
        <source>Free event</source>
        <translation>Evento gratuito</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="291"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="292"/>
        <source>Professional</source>
        <translation>Professionale</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="293"/>
        <source>Wheelchair access</source>
        <translation>Accesso in sedia a rotelle</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="294"/>
        <source>Seating</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="295"/>
        <source>Sign language</source>
        <translation>Lingua dei segni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="296"/>
        <source>Audio description</source>
        <translation>Audiodescrizione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="297"/>
        <source>Tactile materials</source>
        <translation>Materiali tattili</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="298"/>
        <source>Easy read</source>
        <translation>Testi facili da leggere</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="299"/>
        <source>Sensory-friendly</source>
        <translation>Adatto alle esigenze sensoriali</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="300"/>
        <source>Induction loop</source>
        <translation>Anello a induzione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="301"/>
        <source>Children</source>
        <translation>Bambini</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="302"/>
        <source>Youth</source>
        <translation>Giovani</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="303"/>
        <source>Families</source>
        <translation>Famiglie</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="304"/>
        <source>School pupils</source>
        <translation>Alunni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="305"/>
        <source>Students</source>
        <translation>Studenti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="306"/>
        <source>People with disabilities</source>
        <translation>Persone con disabilità</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="307"/>
        <source>Roma communities</source>
        <translation>Comunità rom</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="308"/>
        <source>Rural youth</source>
        <translation>Giovani delle aree rurali</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="309"/>
        <source>Low income</source>
        <translation>Basso reddito</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="310"/>
        <source>Migrants</source>
        <translation>Migranti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="311"/>
        <source>General public</source>
        <translation>Pubblico generale</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="312"/>
        <source>Five smileys</source>
        <translation>Cinque faccine</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="313"/>
        <source>Likert scale (1–5)</source>
        <translation>Scala Likert (1–5)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="314"/>
        <source>Recommend (0–10)</source>
        <translation>Raccomandazione (0–10)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="315"/>
        <source>Yes / no</source>
        <translation>Sì / no</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="316"/>
        <source>One word</source>
        <translation>Una parola</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="317"/>
        <source>Free text</source>
        <translation>Testo libero</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="318"/>
        <source>Kiosk</source>
        <translation>Totem</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="319"/>
        <source>Mediator</source>
        <translation>Mediatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="320"/>
        <source>Paper card</source>
        <translation>Cartolina</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="321"/>
        <source>Knowledge and understanding</source>
        <translation>Conoscenza e comprensione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="322"/>
        <source>Skills</source>
        <translation>Abilità</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="323"/>
        <source>Attitudes and values</source>
        <translation>Atteggiamenti e valori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="324"/>
        <source>Enjoyment, inspiration, creativity</source>
        <translation>Piacere, ispirazione, creatività</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="325"/>
        <source>Activity, behaviour, progression</source>
        <translation>Attività, comportamento, progressione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="326"/>
        <source>Clicker</source>
        <translation>Contapersone</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="327"/>
        <source>Manual tally</source>
        <translation>Conteggio manuale</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="328"/>
        <source>Tickets</source>
        <translation>Biglietti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="329"/>
        <source>Sensor</source>
        <translation>Sensore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="330"/>
        <source>Estimate</source>
        <translation>Stima</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="331"/>
        <source>Custodian</source>
        <translation>Custode</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="332"/>
        <source>Coordinator</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="333"/>
        <source>Volunteer</source>
        <translation>Volontario</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="334"/>
        <source>Trainee</source>
        <translation>Tirocinante</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="335"/>
        <source>Interpreter</source>
        <translation>Interprete</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="336"/>
        <source>Museum</source>
        <translation>Museo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="337"/>
        <source>Exhibition hall</source>
        <translation>Spazio espositivo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="338"/>
        <source>National pavilion</source>
        <translation>Padiglione nazionale</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="339"/>
        <source>School</source>
        <translation>Scuola</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="340"/>
        <source>Outdoor</source>
        <translation>All&apos;aperto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="341"/>
        <source>Community space</source>
        <translation>Spazio di comunità</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="342"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="343"/>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="344"/>
        <source>Temporary</source>
        <translation>Temporanea</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="345"/>
        <source>Travelling</source>
        <translation>Itinerante</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="346"/>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="347"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="348"/>
        <source>Tour operator</source>
        <translation>Tour operator</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="349"/>
        <source>0–5</source>
        <translation>0–5</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="350"/>
        <source>6–10</source>
        <translation>6–10</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="351"/>
        <source>11–14</source>
        <translation>11–14</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="352"/>
        <source>15–18</source>
        <translation>15–18</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="353"/>
        <source>19–25</source>
        <translation>19–25</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="354"/>
        <source>26–64</source>
        <translation>26–64</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="355"/>
        <source>65+</source>
        <translation>65+</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="92"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="92"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="93"/>
        <source>Planned start</source>
        <translation>Inizio previsto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="94"/>
        <source>Started</source>
        <translation>Iniziata</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="94"/>
        <source>Ended</source>
        <translation>Terminata</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="95"/>
        <source>Exhibition</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="95"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="96"/>
        <source>Format (code)</source>
        <translation>Formato (codice)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="97"/>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="97"/>
        <source>Mediators</source>
        <translation>Mediatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="98"/>
        <source>Lead mediator</source>
        <translation>Mediatore principale</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="99"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="99"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="100"/>
        <source>Status (code)</source>
        <translation>Stato (codice)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="101"/>
        <source>Booked</source>
        <translation>Prenotati</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="102"/>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="102"/>
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="103"/>
        <source>Tour id</source>
        <translation>Id visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="103"/>
        <source>Hour</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="104"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="105"/>
        <source>Admission</source>
        <translation>Tipo di ingresso</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="106"/>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="106"/>
        <source>Method (code)</source>
        <translation>Metodo (codice)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="107"/>
        <source>Visitors</source>
        <translation>Visitatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="107"/>
        <source>Time</source>
        <translation>Momento</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="108"/>
        <source>Entry or exit</source>
        <translation>Entrata o uscita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="108"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="109"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="109"/>
        <source>Laptop</source>
        <translation>Portatile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="110"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="110"/>
        <source>Undoes</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="111"/>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="111"/>
        <source>One word</source>
        <translation>Una parola</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="112"/>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="112"/>
        <source>Age band</source>
        <translation>Fascia d&apos;età</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="113"/>
        <source>First visit</source>
        <translation>Prima visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="113"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="114"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="115"/>
        <source>Learning outcomes</source>
        <translation>Risultati di apprendimento</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="116"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="116"/>
        <source>Source (code)</source>
        <translation>Fonte (codice)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="118"/>
        <source>%1 (code)</source>
        <translation>%1 (codice)</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="87"/>
        <source>Group type</source>
        <translation>Tipo di gruppo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="89"/>
        <source>Ages 0–5</source>
        <translation>Età 0–5</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="90"/>
        <source>Ages 6–10</source>
        <translation>Età 6–10</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="92"/>
        <source>Ages 11–14</source>
        <translation>Età 11–14</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="94"/>
        <source>Ages 15–18</source>
        <translation>Età 15–18</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="96"/>
        <source>Ages 19–25</source>
        <translation>Età 19–25</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="98"/>
        <source>Ages 26–64</source>
        <translation>Età 26–64</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="100"/>
        <source>Ages 65+</source>
        <translation>Età 65+</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="102"/>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="104"/>
        <source>Accompanying adults</source>
        <translation>Adulti accompagnatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="106"/>
        <source>First-time visitors</source>
        <translation>Visitatori per la prima volta</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="108"/>
        <source>Origin</source>
        <translation>Provenienza</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="110"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="111"/>
        <source>School level</source>
        <translation>Livello scolastico</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="113"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="115"/>
        <source>Admission</source>
        <translation>Ingresso</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="117"/>
        <source>Target group</source>
        <translation>Gruppo destinatario</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="119"/>
        <source>How they heard of us</source>
        <translation>Come ci hanno conosciuti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="121"/>
        <source>Vouchers</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="123"/>
        <source>Access provisions</source>
        <translation>Servizi di accessibilità</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="129"/>
        <source>Exhibition</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="131"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="132"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="134"/>
        <source>Planned start</source>
        <translation>Inizio previsto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="135"/>
        <source>Actual start</source>
        <translation>Inizio effettivo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="136"/>
        <source>Actual end</source>
        <translation>Fine effettiva</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="137"/>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="138"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="140"/>
        <source>Booked size</source>
        <translation>Persone prenotate</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="141"/>
        <source>Contact name</source>
        <translation>Nome del contatto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="142"/>
        <source>Contact phone</source>
        <translation>Telefono del contatto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="143"/>
        <source>Contact email</source>
        <translation>Email del contatto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="144"/>
        <source>Delete contact after</source>
        <translation>Elimina il contatto dopo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="146"/>
        <source>Booked through</source>
        <translation>Prenotato tramite</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="148"/>
        <source>Observations</source>
        <translation>Osservazioni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="149"/>
        <source>Reflection</source>
        <translation>Riflessione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="150"/>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="14"/>
        <source>How did you like the exhibition?</source>
        <translation>Le è piaciuta la mostra?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="15"/>
        <source>Anything to add? One word is enough.</source>
        <translation>Vuole aggiungere qualcosa? Basta una parola.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="16"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="17"/>
        <source>No, thanks</source>
        <translation>No, grazie</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="18"/>
        <source>Please do not write your name, email or phone number.</source>
        <translation>Per favore non scriva nome, email o numero di telefono.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="19"/>
        <source>Thank you!</source>
        <translation>Grazie!</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="22"/>
        <source>Very bad</source>
        <translation>Pessima</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="22"/>
        <source>Bad</source>
        <translation>Scarsa</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="22"/>
        <source>OK</source>
        <translation>Così così</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="23"/>
        <source>Good</source>
        <translation>Buona</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="23"/>
        <source>Very good</source>
        <translation>Ottima</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../mediator_desk/views/labels.py" line="20"/>
        <source>en</source>
        <comment>language code of this translation: en, ro or it</comment>
        <translation>it</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <location filename="../../mediator_desk/views/widgets/pickers.py" line="100"/>
        <source>Mediators: %1</source>
        <translation>Mediatori: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/pickers.py" line="101"/>
        <source>%1 in %2 · %3</source>
        <translation>%1 in %2 · %3</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/pickers.py" line="104"/>
        <source>Partners: %1</source>
        <translation>Partner: %1</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../mediator_desk/views/problems.py" line="56"/>
        <source>Save anyway?</source>
        <translation>Salvare comunque?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/problems.py" line="57"/>
        <source>Save anyway</source>
        <translation>Salva comunque</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/problems.py" line="58"/>
        <source>Go back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/problems.py" line="62"/>
        <location filename="../../mediator_desk/views/problems.py" line="70"/>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="16"/>
        <source>lead</source>
        <translation>responsabile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="17"/>
        <source>Total visits (walk-in, counted)</source>
        <translation>Visite totali (visitatori contati)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="18"/>
        <source>Sum of walk-in count events (each +1 press, −1 undo, ± corrections with a note).</source>
        <translation>Somma degli eventi di conteggio (+1 per pressione, −1 per annullamento, ± correzioni con nota).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="19"/>
        <source>of which free admission</source>
        <translation>di cui a ingresso gratuito</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="20"/>
        <source>Count categories mapped to free, free event or voucher admission.</source>
        <translation>Categorie di conteggio con ingresso gratuito, evento gratuito o voucher.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="21"/>
        <source>Visitors in organised groups (tour participants)</source>
        <translation>Visitatori in gruppi organizzati (partecipanti alle visite)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="22"/>
        <source>Participants of held tours (sum of age bands of their groups).</source>
        <translation>Partecipanti alle visite svolte (somma delle fasce d&apos;età dei gruppi).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="23"/>
        <source>of which foreign</source>
        <translation>di cui stranieri</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="24"/>
        <source>Groups recorded with origin = foreign.</source>
        <translation>Gruppi registrati con provenienza = estero.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="25"/>
        <source>of which school visits: groups / pupils</source>
        <translation>di cui visite scolastiche: gruppi / alunni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="26"/>
        <source>Groups of type preschool, primary, lower or upper secondary.</source>
        <translation>Gruppi di tipo infanzia, primaria, secondaria di primo o secondo grado.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="27"/>
        <source>of which ≤18 / 19+</source>
        <translation>di cui ≤18 / 19+</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="28"/>
        <source>Age bands 0–5 … 15–18 vs 19–25 … 65+ of group participants.</source>
        <translation>Fasce d&apos;età 0–5 … 15–18 contro 19–25 … 65+ dei partecipanti.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="29"/>
        <source>Guided tours: number / participants</source>
        <translation>Visite guidate: numero / partecipanti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="30"/>
        <source>Formats guided, in-depth, thematic, accessible tour, drop-in mediation; status done or in progress.</source>
        <translation>Formati visita guidata, approfondita, tematica, accessibile, mediazione libera; stato svolta o in corso.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="31"/>
        <source>Educational activities: number / participants</source>
        <translation>Attività educative: numero / partecipanti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="32"/>
        <source>Workshops, family and school sessions, science demos, training, outreach, online.</source>
        <translation>Laboratori, attività per famiglie e scuole, dimostrazioni scientifiche, formazione, attività esterne, online.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="33"/>
        <source>Events: number / participants</source>
        <translation>Eventi: numero / partecipanti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="34"/>
        <source>Talks, screenings, performances, openings.</source>
        <translation>Incontri, proiezioni, performance, inaugurazioni.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="35"/>
        <source>Opening days with visits</source>
        <translation>Giorni di apertura con visite</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="36"/>
        <source>Days with at least one counted visit.</source>
        <translation>Giorni con almeno una visita contata.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="37"/>
        <source>Opening hours with visits</source>
        <translation>Ore di apertura con visite</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="38"/>
        <source>Hours within the venue&apos;s opening hours in which visits were counted.</source>
        <translation>Ore comprese nell&apos;orario di apertura della sede in cui sono state contate visite.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="39"/>
        <source>Walk-in visits, admission: {}</source>
        <translation>Visite, tipo di ingresso: {}</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="40"/>
        <source>By count category.</source>
        <translation>Per categoria di conteggio.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="41"/>
        <source>Mediators: paid / volunteer</source>
        <translation>Mediatori: retribuiti / volontari</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="42"/>
        <source>Distinct mediators who led or co-led a held tour.</source>
        <translation>Mediatori distinti che hanno condotto o co-condotto una visita svolta.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="43"/>
        <source>Walk-in visits are counted at the door with Mediator Desk: one key press per visitor, each stored as an append-only event with its time, category, method, device and mediator. Undo presses and corrections are further events, so every total is the sum of its events and can be audited. Counting methods in this period: {}. Tour participants are recorded per group by age band; groups of cancelled or no-show tours are excluded. Feedback is anonymous. Walk-in visitors and tour participants are separate counts: a visitor who joined a tour may also have been counted at the door.</source>
        <translation>I visitatori sono contati all&apos;ingresso con Mediator Desk: una pressione di tasto per visitatore, registrata come evento non modificabile con ora, categoria, metodo, dispositivo e mediatore. Annullamenti e correzioni sono ulteriori eventi, quindi ogni totale è la somma dei suoi eventi e può essere verificato. Metodi di conteggio nel periodo: {}. I partecipanti alle visite sono registrati per gruppo e fascia d&apos;età; i gruppi delle visite annullate o mancate sono esclusi. Il feedback è anonimo. Visitatori contati e partecipanti alle visite sono conteggi distinti: un visitatore che ha seguito una visita può essere stato contato anche all&apos;ingresso.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="44"/>
        <source>Daily report</source>
        <translation>Report giornaliero</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="45"/>
        <source>Period report</source>
        <translation>Report del periodo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="46"/>
        <source>Statistics return</source>
        <translation>Rilevazione statistica</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="47"/>
        <source>Voucher and funder report</source>
        <translation>Report voucher e finanziatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="48"/>
        <source>Tour sheet</source>
        <translation>Scheda della visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="49"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="50"/>
        <source>Exhibition</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="51"/>
        <source>all exhibitions</source>
        <translation>tutte le mostre</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="52"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="53"/>
        <source>Generated</source>
        <translation>Generato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="54"/>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="55"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="56"/>
        <source>of</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="57"/>
        <source>No data for this period.</source>
        <translation>Nessun dato per questo periodo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="58"/>
        <source>Nothing was counted, no tour was held and no feedback was given between these dates.</source>
        <translation>In queste date non è stato contato nulla, non si è svolta alcuna visita e non è stato dato feedback.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="59"/>
        <source>Walk-in visitors</source>
        <translation>Visitatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="60"/>
        <source>Walk-in visitors (counted)</source>
        <translation>Visitatori (contati)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="61"/>
        <source>Tours and activities held</source>
        <translation>Visite e attività svolte</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="62"/>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="63"/>
        <source>Feedback entries</source>
        <translation>Risposte di feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="64"/>
        <source>Hour</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="65"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="66"/>
        <source>Walk-in visitors per hour</source>
        <translation>Visitatori per ora</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="67"/>
        <source>Counting method</source>
        <translation>Metodo di conteggio</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="68"/>
        <source>Mediators on shift</source>
        <translation>Mediatori in turno</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="69"/>
        <source>Tours and activities</source>
        <translation>Visite e attività</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="70"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="71"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="72"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="73"/>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="74"/>
        <source>Lead mediator</source>
        <translation>Mediatore responsabile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="75"/>
        <source>Mediators</source>
        <translation>Mediatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="76"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="77"/>
        <source>Booked</source>
        <translation>Prenotati</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="78"/>
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="79"/>
        <source>Group type</source>
        <translation>Tipo di gruppo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="80"/>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="81"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="82"/>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="83"/>
        <source>Count</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="84"/>
        <source>Comparison with the previous period</source>
        <translation>Confronto con il periodo precedente</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="85"/>
        <source>Previous period</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="86"/>
        <source>This period</source>
        <translation>Questo periodo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="87"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="88"/>
        <source>Visits per day</source>
        <translation>Visite al giorno</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="89"/>
        <source>Average visits per weekday</source>
        <translation>Media delle visite per giorno della settimana</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="90"/>
        <source>Peak hours (all days)</source>
        <translation>Ore di punta (tutti i giorni)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="91"/>
        <source>Tours and activities by format</source>
        <translation>Visite e attività per formato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="92"/>
        <source>Participants by group type</source>
        <translation>Partecipanti per tipo di gruppo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="93"/>
        <source>Tours by language</source>
        <translation>Visite per lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="94"/>
        <source>Foreign groups: participants by country</source>
        <translation>Gruppi stranieri: partecipanti per paese</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="95"/>
        <source>Average group size</source>
        <translation>Dimensione media del gruppo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="96"/>
        <source>First-time visitors (in groups)</source>
        <translation>Visitatori per la prima volta (nei gruppi)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="97"/>
        <source>Feedback ratings</source>
        <translation>Valutazioni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="98"/>
        <source>Comments by learning outcome</source>
        <translation>Commenti per risultato di apprendimento</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="99"/>
        <source>Mediator hours (tours led or co-led)</source>
        <translation>Ore di mediazione (visite condotte o co-condotte)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="100"/>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="101"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="102"/>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="103"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="104"/>
        <source>How it was counted</source>
        <translation>Come è stato contato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="105"/>
        <source>Methodology</source>
        <translation>Metodologia</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="106"/>
        <source>Groups smaller than 5 are shown as “&lt;5” to protect privacy.</source>
        <translation>I gruppi con meno di 5 persone sono indicati come «&lt;5» per tutelare la privacy.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="107"/>
        <source>Mediator&apos;s signature</source>
        <translation>Firma del mediatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="108"/>
        <source>Coordinator&apos;s signature</source>
        <translation>Firma del coordinatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="109"/>
        <source>Scan to give feedback on this tour</source>
        <translation>Inquadra per lasciare un feedback su questa visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="110"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="111"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="112"/>
        <source>Access provisions</source>
        <translation>Servizi di accessibilità</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="113"/>
        <source>Reflection</source>
        <translation>Riflessione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="114"/>
        <source>Observations</source>
        <translation>Osservazioni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="115"/>
        <source>Feedback tally</source>
        <translation>Sintesi dei feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="116"/>
        <source>Accompanying adults</source>
        <translation>Adulti accompagnatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="117"/>
        <source>Origin</source>
        <translation>Provenienza</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="118"/>
        <source>Admission</source>
        <translation>Ingresso</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="119"/>
        <source>Target group</source>
        <translation>Gruppo destinatario</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="120"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="121"/>
        <source>Vouchers issued</source>
        <translation>Voucher emessi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="122"/>
        <source>Vouchers redeemed</source>
        <translation>Voucher utilizzati</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="123"/>
        <source>Target-group reach (participants in groups)</source>
        <translation>Raggiungimento dei gruppi destinatari (partecipanti nei gruppi)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="124"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="125"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="126"/>
        <source>How was it?</source>
        <translation>Com&apos;è andata?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="127"/>
        <source>Scan the code and tell us in one minute.</source>
        <translation>Inquadra il codice e raccontacelo in un minuto.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="128"/>
        <source>Feedback cards</source>
        <translation>Cartoline di feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="129"/>
        <source>Adults accompanying groups</source>
        <translation>Adulti accompagnatori dei gruppi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="130"/>
        <source>Teachers, carers and parents with the groups, counted apart from the participants&apos; age bands.</source>
        <translation>Insegnanti, accompagnatori e genitori con i gruppi, contati a parte rispetto alle fasce d&apos;età dei partecipanti.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="131"/>
        <source>control characters</source>
        <translation>caratteri di controllo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="132"/>
        <source>Chinese, Japanese or Korean characters</source>
        <translation>caratteri cinesi, giapponesi o coreani</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="133"/>
        <source>emoji</source>
        <translation>emoji</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="134"/>
        <source>other characters</source>
        <translation>altri caratteri</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="135"/>
        <source>Some characters cannot be printed with the report&apos;s font and are shown as □: {}.</source>
        <translation>Alcuni caratteri non possono essere stampati con il carattere del report e appaiono come □: {}.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="136"/>
        <source>Previous period: {}</source>
        <translation>Periodo precedente: {}</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="137"/>
        <source>What visitors wrote</source>
        <translation>Cosa hanno scritto i visitatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="138"/>
        <source>… and {} more</source>
        <translation>… e altri {}</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="139"/>
        <source>School level</source>
        <translation>Livello scolastico</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="140"/>
        <source>Vouchers</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="141"/>
        <source>By partner</source>
        <translation>Per partner</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="142"/>
        <source>(no partner)</source>
        <translation>(senza partner)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="143"/>
        <source>accompanying adults (teachers, parents), apart</source>
        <translation>adulti accompagnatori (insegnanti, genitori), a parte</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="92"/>
        <source>Choose the exhibition.</source>
        <translation>Scegliete la mostra.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="94"/>
        <source>This group has no participants yet.</source>
        <translation>Questo gruppo non ha ancora partecipanti.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="95"/>
        <source>It is {time}, outside the venue&apos;s opening hours today ({hours}).</source>
        <translation>Sono le {time}, fuori dall&apos;orario di apertura di oggi della sede ({hours}).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="96"/>
        <source>Enter the planned start.</source>
        <translation>Inserite l&apos;inizio previsto.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="97"/>
        <source>Enter the actual start: the tour has an end.</source>
        <translation>Inserite l&apos;inizio effettivo: la visita ha una fine.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="98"/>
        <source>The end is before the start.</source>
        <translation>La fine è prima dell&apos;inizio.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="99"/>
        <source>{day} is outside the exhibition&apos;s run ({first} – {last}).</source>
        <translation>{day} è fuori dal periodo della mostra ({first} – {last}).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="100"/>
        <source>Choose the lead mediator.</source>
        <translation>Scegliete il mediatore responsabile.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="101"/>
        <source>The lead mediator must be one of the tour&apos;s mediators.</source>
        <translation>Il responsabile deve essere uno dei mediatori della visita.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="102"/>
        <source>“{code}” is not a two-letter language code (ISO 639-1, e.g. it, en, ro).</source>
        <translation>«{code}» non è un codice lingua di due lettere (ISO 639-1, es. it, en, ro).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="103"/>
        <source>The booked size cannot be negative.</source>
        <translation>Il numero prenotato non può essere negativo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="104"/>
        <source>{n} people booked: is that right?</source>
        <translation>{n} persone prenotate: è giusto?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="105"/>
        <source>A booking contact needs the date after which it is deleted.</source>
        <translation>Un contatto di prenotazione richiede la data dopo la quale viene eliminato.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="106"/>
        <source>This is not an email address.</source>
        <translation>Questo non è un indirizzo email.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="107"/>
        <source>A tour that took place needs its actual start.</source>
        <translation>Una visita svolta richiede l&apos;inizio effettivo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="108"/>
        <source>A count cannot be negative.</source>
        <translation>Un conteggio non può essere negativo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="109"/>
        <source>{n} participants in one group: is that right?</source>
        <translation>{n} partecipanti in un gruppo: è giusto?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="110"/>
        <source>More first-time visitors than participants.</source>
        <translation>Più visitatori per la prima volta che partecipanti.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="111"/>
        <source>“{code}” is not a two-letter country code (e.g. IT, RO, DE).</source>
        <translation>«{code}» non è un codice paese di due lettere (es. IT, RO, DE).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="112"/>
        <source>A foreign group without its country.</source>
        <translation>Un gruppo straniero senza il paese.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="113"/>
        <source>Voucher {code} is listed twice.</source>
        <translation>Il voucher {code} compare due volte.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="114"/>
        <source>Voucher {code} is unknown.</source>
        <translation>Il voucher {code} è sconosciuto.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="115"/>
        <source>Voucher {code} was already redeemed by another group.</source>
        <translation>Il voucher {code} è già stato usato da un altro gruppo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="116"/>
        <source>The tour has not started yet.</source>
        <translation>La visita non è ancora iniziata.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="108"/>
        <source>Choose the exhibition (or a tour of it).</source>
        <translation>Scegliete la mostra (o una sua visita).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="109"/>
        <source>Enter the day.</source>
        <translation>Inserite il giorno.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="110"/>
        <source>“{method}” is not a feedback method.</source>
        <translation>«{method}» non è un metodo di feedback.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="111"/>
        <source>Give the rating.</source>
        <translation>Indicate la valutazione.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="112"/>
        <source>The rating must be between {low} and {high}.</source>
        <translation>La valutazione deve essere tra {low} e {high}.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="113"/>
        <source>Enter the word.</source>
        <translation>Inserite la parola.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="114"/>
        <source>Enter the comment.</source>
        <translation>Inserite il commento.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="115"/>
        <source>One word (or a very short phrase), please.</source>
        <translation>Una parola (o una frase brevissima), per favore.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="116"/>
        <source>“{band}” is not an age band.</source>
        <translation>«{band}» non è una fascia d&apos;età.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="117"/>
        <source>Use a two-letter language code (it, en, ro…).</source>
        <translation>Usate un codice lingua di due lettere (it, en, ro…).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="118"/>
        <source>Use a two-letter country code (IT, RO, DE…).</source>
        <translation>Usate un codice paese di due lettere (IT, RO, DE…).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="119"/>
        <source>Unknown learning outcome: {names}.</source>
        <translation>Risultato di apprendimento sconosciuto: {names}.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="120"/>
        <source>This looks like it holds an email address. Feedback must not hold contact data: remove it unless you are sure.</source>
        <translation>Sembra contenere un indirizzo email. Il feedback non deve contenere dati di contatto: toglietelo, se non siete sicuri.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="121"/>
        <source>This looks like it holds a phone number. Feedback must not hold contact data: remove it unless you are sure.</source>
        <translation>Sembra contenere un numero di telefono. Il feedback non deve contenere dati di contatto: toglietelo, se non siete sicuri.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="122"/>
        <source>This looks like it holds an email address and a phone number. Feedback must not hold contact data: remove them unless you are sure.</source>
        <translation>Sembra contenere un indirizzo email e un numero di telefono. Il feedback non deve contenere dati di contatto: toglieteli, se non siete sicuri.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="123"/>
        <source>That tour is not part of this exhibition.</source>
        <translation>Quella visita non fa parte di questa mostra.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="124"/>
        <location filename="../../mediator_desk/services/tours.py" line="93"/>
        <source>This exhibition is no longer in this database: choose another.</source>
        <translation>Questa mostra non è più nel database: scegline un&apos;altra.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="125"/>
        <source>Print between 1 and {most} cards.</source>
        <translation>Stampa tra 1 e {most} cartoline.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="126"/>
        <source>That tour is no longer in this database.</source>
        <translation>Quella visita non è più nel database.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="117"/>
        <source>This field is required.</source>
        <translation>Questo campo è obbligatorio.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="118"/>
        <source>“{value}” is not one of the choices.</source>
        <translation>«{value}» non è tra le scelte.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="119"/>
        <source>Use two-letter language codes (ISO 639-1), e.g. it, en, ro.</source>
        <translation>Usate codici lingua di due lettere (ISO 639-1), es. it, en, ro.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="120"/>
        <source>Use a two-letter country code (ISO 3166), e.g. IT, RO.</source>
        <translation>Usate un codice paese di due lettere (ISO 3166), es. IT, RO.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="121"/>
        <source>“{value}” is not a known time zone (e.g. Europe/Rome).</source>
        <translation>«{value}» non è un fuso orario noto (es. Europe/Rome).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="122"/>
        <source>The address must start with http:// or https://.</source>
        <translation>L&apos;indirizzo deve iniziare con http:// o https://.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="123"/>
        <source>Put {{session}} or {{card}} in the address so answers come back to their tour.</source>
        <translation>Mettete {{session}} o {{card}} nell&apos;indirizzo, così le risposte tornano alla loro visita.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="124"/>
        <source>Opening hours for {day} are not readable.</source>
        <translation>Gli orari per {day} non sono leggibili.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="125"/>
        <source>The end date is before the start date.</source>
        <translation>La data di fine è prima della data di inizio.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="126"/>
        <source>A voucher with the code {code} exists already.</source>
        <translation>Esiste già un voucher con il codice {code}.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="127"/>
        <source>This venue has {n} exhibition(s): delete or move them first.</source>
        <translation>Questa sede ha {n} mostre: eliminatele o spostatele prima.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="128"/>
        <source>“{title}” has {tours} tour(s), {visitors} counted visitor(s) and {answers} feedback answer(s). Deleting it removes it from every list and stops counting into it; what was recorded stays in the reports.</source>
        <translation>«{title}» ha {tours} visita/e, {visitors} visitatore/i contati e {answers} risposta/e di feedback. Eliminandola scompare da tutti gli elenchi e non vi si conta più; ciò che è stato registrato resta nei report.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/pin.py" line="20"/>
        <source>The PIN must be {low} to 12 digits.</source>
        <translation>Il PIN deve avere da {low} a 12 cifre.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/pin.py" line="23"/>
        <source>The two PINs differ.</source>
        <translation>I due PIN sono diversi.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/pin.py" line="46"/>
        <source>The current PIN is wrong.</source>
        <translation>Il PIN attuale è sbagliato.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="240"/>
        <source>Enter a number of visitors to add or remove (not 0).</source>
        <translation>Inserite un numero di visitatori da aggiungere o togliere (non 0).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="241"/>
        <source>A correction is limited to ±{limit} visitors.</source>
        <translation>Una correzione è limitata a ±{limit} visitatori.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="242"/>
        <source>Say why the count is corrected (for example: paper tally 14:00–15:00).</source>
        <translation>Dite perché il conteggio viene corretto (per esempio: conteggio su carta 14:00–15:00).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="243"/>
        <source>The hour must be between 0 and 23.</source>
        <translation>L&apos;ora deve essere tra 0 e 23.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="244"/>
        <source>A correction cannot be made for a day that has not happened yet.</source>
        <translation>Non si può correggere un giorno che non è ancora arrivato.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="245"/>
        <source>Keep at least one count category.</source>
        <translation>Tenete almeno una categoria di conteggio.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="246"/>
        <source>Row {row}: every category needs a name.</source>
        <translation>Riga {row}: ogni categoria ha bisogno di un nome.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="247"/>
        <source>Row {row}: a category name is limited to 100 characters.</source>
        <translation>Riga {row}: il nome di una categoria ha al massimo 100 caratteri.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="248"/>
        <source>Row {row}: the name “{name}” is used twice.</source>
        <translation>Riga {row}: il nome «{name}» è usato due volte.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="249"/>
        <source>Row {row}: {key} is kept for undoing the last press.</source>
        <translation>Riga {row}: {key} è riservato all&apos;annullamento dell&apos;ultima pressione.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="250"/>
        <source>Row {row}: {key} is the “visitor left” key of occupancy mode.</source>
        <translation>Riga {row}: {key} è il tasto «visitatore uscito» della modalità presenze.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="251"/>
        <source>Row {row}: the key {key} already counts “{other}”.</source>
        <translation>Riga {row}: il tasto {key} conta già «{other}».</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="38"/>
        <source>“{text}” is not a day: type it like 2026-05-09 or 9.5.2026.</source>
        <translation>«{text}» non è un giorno: scrivilo come 2026-05-09 o 9.5.2026.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="39"/>
        <source>“{text}” is not a time span like 10:00-18:00.</source>
        <translation>«{text}» non è una fascia oraria come 10:00-18:00.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="40"/>
        <source>“{text}” is not a country (a code like IT or a name like Italia).</source>
        <translation>«{text}» non è un paese (un codice come IT o un nome come Italia).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="56"/>
        <source>Unknown export “{kind}”.</source>
        <translation>Esportazione sconosciuta «{kind}».</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="57"/>
        <source>The format must be CSV or XLSX.</source>
        <translation>Il formato deve essere CSV o XLSX.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="58"/>
        <source>{rows} rows do not fit in one XLSX sheet (at most 1,048,575): export a shorter period, hourly totals, or CSV.</source>
        <translation>{rows} righe non entrano in un foglio XLSX (al massimo 1.048.575): esporta un periodo più breve, i totali orari o un CSV.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="60"/>
        <source>The separator must be a comma, a semicolon or a tab.</source>
        <translation>Il separatore deve essere una virgola, un punto e virgola o una tabulazione.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/build.py" line="50"/>
        <source>Unknown report “{kind}”.</source>
        <translation>Report sconosciuto «{kind}».</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/build.py" line="51"/>
        <source>The last day is before the first day.</source>
        <translation>L&apos;ultimo giorno è precedente al primo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/build.py" line="52"/>
        <source>Choose the tour to print.</source>
        <translation>Scegli la visita da stampare.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/build.py" line="53"/>
        <source>There is no tour with the id {id} in this database.</source>
        <translation>Non c&apos;è nessuna visita con l&apos;id {id} in questo database.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/cards.py" line="26"/>
        <source>Cards come 8 or 10 to a page.</source>
        <translation>Le cartoline sono 8 o 10 per pagina.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/cards.py" line="27"/>
        <source>The venue “{venue}” has no online survey address yet (Settings → Venues).</source>
        <translation>La sede «{venue}» non ha ancora un indirizzo di questionario online (Impostazioni → Sedi).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/setup.py" line="20"/>
        <source>Add at least one name (one per line).</source>
        <translation>Aggiungete almeno un nome (uno per riga).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/setup.py" line="21"/>
        <source>Line {row} ({name}): {problem}</source>
        <translation>Riga {row} ({name}): {problem}</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/setup.py" line="22"/>
        <source>Choose the coordinator&apos;s file or type the server&apos;s address.</source>
        <translation>Scegliete il file del coordinatore o scrivete l&apos;indirizzo del server.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/setup.py" line="23"/>
        <source>There is no file {path}.</source>
        <translation>Il file {path} non esiste.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/setup.py" line="24"/>
        <source>The server&apos;s address starts with postgresql://</source>
        <translation>L&apos;indirizzo del server inizia con postgresql://</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="22"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="23"/>
        <source>Exhibition</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="24"/>
        <source>Mediator</source>
        <translation>Mediatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="25"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="26"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="27"/>
        <source>Count category</source>
        <translation>Categoria di conteggio</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="28"/>
        <source>Tour</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="29"/>
        <source>Tour team</source>
        <translation>Team della visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="30"/>
        <source>Visitor group</source>
        <translation>Gruppo di visitatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="31"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="32"/>
        <source>Feedback card</source>
        <translation>Cartolina di feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="33"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="34"/>
        <source>Walk-in count</source>
        <translation>Conteggio visitatori</translation>
    </message>
</context>
</TS>
