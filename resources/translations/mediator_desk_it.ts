<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/categories_dialog.py" line="26" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/categories_dialog.py" line="26" />
        <source>Key</source>
        <translation>Tasto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/categories_dialog.py" line="67" />
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
        <location filename="../../mediator_desk/views/dialogs/correction_dialog.py" line="33" />
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
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="33" />
        <source>Edit feedback</source>
        <translation>Modifica il feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="33" />
        <source>New feedback</source>
        <translation>Nuovo feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="42" />
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="45" />
        <source>(not asked)</source>
        <translation>(non chiesto)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="45" />
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="45" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="84" />
        <source>(no tour: the exhibition that day)</source>
        <translation>(nessuna visita: la mostra quel giorno)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="96" />
        <source>(the whole tour)</source>
        <translation>(tutta la visita)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="119" />
        <source>1 = very unhappy … 5 = very happy</source>
        <translation>1 = molto insoddisfatto … 5 = molto soddisfatto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="120" />
        <source>1 = strongly disagree … 5 = strongly agree</source>
        <translation>1 = per niente d'accordo … 5 = del tutto d'accordo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="121" />
        <source>0 = would not recommend … 10 = certainly would</source>
        <translation>0 = non consiglierebbe … 10 = consiglierebbe di sicuro</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="122" />
        <source>0 = no, 1 = yes</source>
        <translation>0 = no, 1 = sì</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="125" />
        <source>no rating for this method</source>
        <translation>nessuna valutazione per questo metodo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="144" />
        <source>Exhibition</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="144" />
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="144" />
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="145" />
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="145" />
        <source>One word</source>
        <translation>Una parola</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="145" />
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="146" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="146" />
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="146" />
        <source>Tour</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="147" />
        <source>Age band</source>
        <translation>Fascia d'età</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="147" />
        <source>Learning outcomes</source>
        <translation>Risultati di apprendimento</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="162" />
        <source>Contact data in the feedback?</source>
        <translation>Dati di contatto nel feedback?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="164" />
        <source>Save anyway</source>
        <translation>Salva comunque</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="164" />
        <source>Go back and edit</source>
        <translation>Torna a modificare</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="6" />
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="20" />
        <source>E&amp;xhibition:</source>
        <translation>Mo&amp;stra:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="33" />
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="53" />
        <source>&amp;Tour:</source>
        <translation>&amp;Visita:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="66" />
        <source>&amp;Group:</source>
        <translation>&amp;Gruppo:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="79" />
        <source>&amp;Method:</source>
        <translation>&amp;Metodo:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="92" />
        <source>&amp;Rating:</source>
        <translation>&amp;Valutazione:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="123" />
        <source>&amp;One word:</source>
        <translation>&amp;Una parola:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="140" />
        <source>&amp;Comment:</source>
        <translation>&amp;Commento:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="163" />
        <source>Learning o&amp;utcomes:</source>
        <translation>Risultati di a&amp;pprendimento:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="183" />
        <source>&amp;Age band:</source>
        <translation>Fascia d'&amp;età:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="196" />
        <source>&amp;First visit:</source>
        <translation>Prima v&amp;isita:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="209" />
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="221" />
        <source>ro, it, en…</source>
        <translation>it, en, ro…</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="231" />
        <source>Cou&amp;ntry:</source>
        <translation>Pa&amp;ese:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="241" />
        <source>RO, IT…</source>
        <translation>IT, RO…</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="52" />
        <source>any method</source>
        <translation>qualsiasi metodo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="55" />
        <source>any rating</source>
        <translation>qualsiasi valutazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="58" />
        <source>any outcome</source>
        <translation>qualsiasi risultato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="61" />
        <source>any language</source>
        <translation>qualsiasi lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="62" />
        <source>any tour</source>
        <translation>qualsiasi visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="79" />
        <location filename="../../forms/feedback_page.ui" line="11" />
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="94" />
        <source>all exhibitions</source>
        <translation>tutte le mostre</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="116" />
        <source>%1 answers · %2 with words</source>
        <translation>%1 risposte · %2 con testo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="134" />
        <source>the chosen tour</source>
        <translation>la visita scelta</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="141" />
        <source>No ratings in this selection.</source>
        <translation>Nessuna valutazione in questa selezione.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="195" />
        <source>Delete feedback</source>
        <translation>Elimina il feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="196" />
        <source>Delete this answer?</source>
        <translation>Eliminare questa risposta?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="196" />
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="197" />
        <source>Keep</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="221" />
        <location filename="../../mediator_desk/views/feedback_page.py" line="227" />
        <source>Visitor kiosk</source>
        <translation>Totem per i visitatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="222" />
        <source>Set a kiosk PIN first (Settings → Kiosk, reports, language): only the PIN lets you leave the kiosk screen.</source>
        <translation>Impostate prima un PIN per il totem (Impostazioni → Totem, report, lingua): solo il PIN permette di uscire dalla schermata del totem.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="227" />
        <source>Add an exhibition first (Settings).</source>
        <translation>Aggiungete prima una mostra (Impostazioni).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="245" />
        <location filename="../../mediator_desk/views/feedback_page.py" line="261" />
        <source>QR feedback cards</source>
        <translation>Cartoline di feedback con codice QR</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="246" />
        <source>How many cards? (8 fit on a page)</source>
        <translation>Quante cartoline? (8 per pagina)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="249" />
        <source>Save the cards</source>
        <translation>Salva le cartoline</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="250" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="263" />
        <source>%1 cards written on %2 page(s): %3</source>
        <translation>%1 cartoline scritte su %2 pagine: %3</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="270" />
        <source>Online answers (CSV)</source>
        <translation>Risposte online (CSV)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="271" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="279" />
        <location filename="../../mediator_desk/views/feedback_page.py" line="286" />
        <source>Import online answers</source>
        <translation>Importa le risposte online</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="281" />
        <source>%1 answer(s) imported, %2 row(s) skipped.</source>
        <translation>%1 risposte importate, %2 righe saltate.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="283" />
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="36" />
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="56" />
        <source>T&amp;o:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="76" />
        <source>E&amp;xhibition:</source>
        <translation>Mo&amp;stra:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="89" />
        <source>&amp;Tour:</source>
        <translation>&amp;Visita:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="102" />
        <source>&amp;Method:</source>
        <translation>&amp;Metodo:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="115" />
        <source>&amp;Rating:</source>
        <translation>&amp;Valutazione:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="128" />
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="141" />
        <source>O&amp;utcome:</source>
        <translation>Risul&amp;tato:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="177" />
        <source>Ratings</source>
        <translation>Valutazioni</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="218" />
        <source>&amp;Add feedback…</source>
        <translation>&amp;Aggiungi feedback…</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="225" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="232" />
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="246" />
        <source>Open the visitor &amp;kiosk</source>
        <translation>Apri il &amp;totem per i visitatori</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="253" />
        <source>Print QR &amp;cards…</source>
        <translation>Stampa &amp;cartoline QR…</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="260" />
        <source>&amp;Import online answers…</source>
        <translation>&amp;Importa risposte online…</translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="157" />
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="157" />
        <source>Tour</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="157" />
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="157" />
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="157" />
        <source>Words</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="158" />
        <source>Learning outcomes</source>
        <translation>Risultati di apprendimento</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="158" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="158" />
        <source>Source</source>
        <translation>Fonte</translation>
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
    <name>KioskWindow</name>
    <message>
        <location filename="../../mediator_desk/views/kiosk_window.py" line="158" />
        <source>Mediators only</source>
        <translation>Solo per i mediatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_window.py" line="159" />
        <source>Enter the PIN to leave the kiosk:</source>
        <translation>Inserite il PIN per uscire dal totem:</translation>
    </message>
    <message>
        <location filename="../../forms/kiosk_window.ui" line="6" />
        <source>Visitor feedback</source>
        <translation>Feedback dei visitatori</translation>
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
        <location filename="../../mediator_desk/views/qt_texts.py" line="23" />
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/prompts.py" line="23" />
        <location filename="../../mediator_desk/views/qt_texts.py" line="24" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="13" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="14" />
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="15" />
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="16" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="17" />
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="18" />
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="19" />
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="20" />
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="21" />
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="22" />
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="65" />
        <source>Daily report</source>
        <translation>Report giornaliero</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="65" />
        <source>Period / season report</source>
        <translation>Report di periodo / stagione</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="66" />
        <source>Statistics return</source>
        <translation>Rilevazione statistica</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="66" />
        <source>Voucher / funder report</source>
        <translation>Report voucher / finanziatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="67" />
        <source>Tour sheet</source>
        <translation>Scheda della visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="89" />
        <location filename="../../forms/reports_page.ui" line="6" />
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="98" />
        <source>All exhibitions</source>
        <translation>Tutte le mostre</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="138" />
        <source>Tour: there is no tour on that day to print.</source>
        <translation>Visita: non ci sono visite da stampare in quel giorno.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="141" />
        <source>To: the last day is before the first day.</source>
        <translation>Al: l'ultimo giorno è prima del primo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="157" />
        <source>Generating…</source>
        <translation>Generazione in corso…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="183" />
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="186" />
        <source>… %1 more page(s) in the PDF</source>
        <translation>… altre %1 pagine nel PDF</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="196" />
        <source>Ready: %1 page(s), shown below. Save, open or print it.</source>
        <translation>Pronto: %1 pagine, mostrate sotto. Salvate, aprite o stampate.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="206" />
        <source>Sent %1 page(s) to the printer.</source>
        <translation>%1 pagine inviate alla stampante.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="219" />
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="225" />
        <source>The report could not be made: %1</source>
        <translation>Impossibile creare il report: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="230" />
        <source>Saved %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="235" />
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
    <message>
        <location filename="../../forms/reports_page.ui" line="31" />
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="60" />
        <source>New tour</source>
        <translation>Nuova visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="60" />
        <source>Edit tour</source>
        <translation>Modifica la visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="89" />
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="92" />
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="108" />
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="104" />
        <source>(not booked)</source>
        <translation>(senza prenotazione)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="191" />
        <source>Add a visitor group (Ctrl+G)</source>
        <translation>Aggiungi un gruppo di visitatori (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="192" />
        <source>Save (Ctrl+Enter)</source>
        <translation>Salva (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="205" />
        <source>%1 · %2 people</source>
        <translation>%1 · %2 persone</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="321" />
        <source>(choose the lead)</source>
        <translation>(scegliete il responsabile)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="347" />
        <source>Booked %1 · Actual %2 (%3)</source>
        <translation>Prenotati %1 · Presenti %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="350" />
        <source>Not booked · Actual %1</source>
        <translation>Senza prenotazione · Presenti %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="351" />
        <source>Groups: %1</source>
        <translation>Gruppi: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="356" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="413" />
        <source>Exhibition</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="413" />
        <source>Planned start</source>
        <translation>Inizio previsto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="414" />
        <source>Actual start</source>
        <translation>Inizio effettivo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="414" />
        <source>Actual end</source>
        <translation>Fine effettiva</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="415" />
        <source>Lead mediator</source>
        <translation>Mediatore responsabile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="415" />
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="416" />
        <source>Booked size</source>
        <translation>Persone prenotate</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="416" />
        <source>Delete contact after</source>
        <translation>Elimina il contatto dopo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="417" />
        <source>Contact email</source>
        <translation>Email di contatto</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="417" />
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="418" />
        <source>Accompanying adults</source>
        <translation>Adulti accompagnatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="419" />
        <source>First-time visitors</source>
        <translation>Visitatori per la prima volta</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="419" />
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="420" />
        <source>Vouchers</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="427" />
        <source>Group %1 · %2</source>
        <translation>Gruppo %1 · %2</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="437" />
        <source>Check</source>
        <translation>Verificare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="437" />
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="466" />
        <source>Save anyway?</source>
        <translation>Salvare comunque?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="466" />
        <source>Save anyway</source>
        <translation>Salva comunque</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/session_dialog.py" line="467" />
        <source>Go back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="6" />
        <source>Tour</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="32" />
        <source>&amp;1 Tour</source>
        <translation>&amp;1 Visita</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="38" />
        <source>E&amp;xhibition:</source>
        <translation>Mo&amp;stra:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="51" />
        <source>&amp;Programme:</source>
        <translation>&amp;Programma:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="64" />
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="77" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="90" />
        <source>P&amp;lanned start:</source>
        <translation>Inizio p&amp;revisto:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="110" />
        <source>A&amp;ctual start:</source>
        <translation>Inizio &amp;effettivo:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="122" />
        <source>started</source>
        <translation>iniziata</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="148" />
        <source>Actual &amp;end:</source>
        <translation>Fi&amp;ne effettiva:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="160" />
        <source>ended</source>
        <translation>terminata</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="193" />
        <source>Lan&amp;guages:</source>
        <translation>Lin&amp;gue:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="203" />
        <source>two-letter codes, e.g. it, en, ro</source>
        <translation>codici di due lettere, es. it, en, ro</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="210" />
        <source>&amp;Mediators:</source>
        <translation>&amp;Mediatori:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="230" />
        <source>Lea&amp;d mediator:</source>
        <translation>Me&amp;diatore responsabile:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="244" />
        <source>&amp;2 Groups</source>
        <translation>&amp;2 Gruppi</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="268" />
        <source>&amp;Add group</source>
        <translation>&amp;Aggiungi gruppo</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="275" />
        <source>Remo&amp;ve group</source>
        <translation>Ri&amp;muovi gruppo</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="287" />
        <source>Group &amp;type:</source>
        <translation>&amp;Tipo di gruppo:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="300" />
        <source>Ages:</source>
        <translation>Età:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="309" />
        <source>0–5</source>
        <translation>0–5</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="326" />
        <source>6–10</source>
        <translation>6–10</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="343" />
        <source>11–14</source>
        <translation>11–14</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="360" />
        <source>15–18</source>
        <translation>15–18</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="377" />
        <source>19–25</source>
        <translation>19–25</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="394" />
        <source>26–64</source>
        <translation>26–64</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="411" />
        <source>65+</source>
        <translation>65+</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="430" />
        <source>Participants:</source>
        <translation>Partecipanti:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="444" />
        <source>Accompanying a&amp;dults:</source>
        <translation>A&amp;dulti accompagnatori:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="461" />
        <source>&amp;First-time visitors:</source>
        <translation>Visitatori per la &amp;prima volta:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="478" />
        <source>&amp;Origin:</source>
        <translation>&amp;Provenienza:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="493" />
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ese:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="503" />
        <source>IT, RO, DE…</source>
        <translation>IT, RO, DE…</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="512" />
        <source>School &amp;level:</source>
        <translation>&amp;Livello scolastico:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="522" />
        <source>e.g. grade 4</source>
        <translation>es. quarta primaria</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="529" />
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rtner:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="542" />
        <source>Ad&amp;mission:</source>
        <translation>&amp;Ingresso:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="555" />
        <source>Tar&amp;get group:</source>
        <translation>&amp;Gruppo destinatario:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="568" />
        <source>&amp;Vouchers:</source>
        <translation>&amp;Voucher:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="578" />
        <source>voucher codes, separated by commas</source>
        <translation>codici voucher, separati da virgole</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="585" />
        <source>Access pro&amp;visions:</source>
        <translation>Misure di acc&amp;essibilità:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="609" />
        <source>&amp;3 Booking</source>
        <translation>&amp;3 Prenotazione</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="615" />
        <source>&amp;Booked size:</source>
        <translation>Persone pre&amp;notate:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="628" />
        <source>not booked</source>
        <translation>senza prenotazione</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="635" />
        <source>Contact &amp;name:</source>
        <translation>&amp;Nome del contatto:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="648" />
        <source>Contact &amp;phone:</source>
        <translation>&amp;Telefono del contatto:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="661" />
        <source>Contact e&amp;mail:</source>
        <translation>E&amp;mail del contatto:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="674" />
        <source>&amp;Delete contact after:</source>
        <translation>Eli&amp;mina il contatto dopo:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="694" />
        <source>Booking &amp;source:</source>
        <translation>&amp;Canale di prenotazione:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="710" />
        <source>The contact is personal data: it is kept only until the date above, never printed in reports, and then deleted.</source>
        <translation>Il contatto è un dato personale: viene conservato solo fino alla data sopra, non compare mai nei report e poi viene eliminato.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="718" />
        <source>&amp;4 Notes</source>
        <translation>&amp;4 Note</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="724" />
        <source>&amp;Observations:</source>
        <translation>&amp;Osservazioni:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="741" />
        <source>&amp;Reflection:</source>
        <translation>&amp;Riflessione:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/session_dialog.ui" line="758" />
        <source>&amp;Incidents:</source>
        <translation>&amp;Incidenti:</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="30" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="30" />
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="30" />
        <source>Exhibition</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="30" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="31" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="31" />
        <source>Lead mediator</source>
        <translation>Mediatore responsabile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="31" />
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="31" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="119" />
        <source>actual / booked</source>
        <translation>effettivi / prenotati</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="76" />
        <location filename="../../forms/settings_page.ui" line="9" />
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="79" />
        <source>Venues</source>
        <translation>Sedi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="79" />
        <source>Exhibitions</source>
        <translation>Mostre</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="79" />
        <source>Mediators</source>
        <translation>Mediatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="80" />
        <source>Programmes</source>
        <translation>Programmi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="80" />
        <source>Partner organisations</source>
        <translation>Organizzazioni partner</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="81" />
        <source>Vouchers</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="81" />
        <source>Kiosk, reports, language</source>
        <translation>Totem, report, lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="84" />
        <location filename="../../mediator_desk/views/settings_page.py" line="88" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="84" />
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="84" />
        <source>Country (IT, RO…)</source>
        <translation>Paese (IT, RO…)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="85" />
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="85" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="85" />
        <source>Opening hours</source>
        <translation>Orari di apertura</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="86" />
        <source>Online survey address</source>
        <translation>Indirizzo del questionario online</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="86" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="87" />
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="87" />
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="87" />
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="88" />
        <source>Languages (it, en…)</source>
        <translation>Lingue (it, en…)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="89" />
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="89" />
        <source>Paid</source>
        <translation>Retribuito</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="89" />
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="90" />
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="90" />
        <source>Target groups</source>
        <translation>Gruppi destinatari</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="90" />
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="91" />
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="91" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="92" />
        <source>Target group</source>
        <translation>Gruppo destinatario</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="92" />
        <source>Issued on</source>
        <translation>Emesso il</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="93" />
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="96" />
        <source>Where the exhibitions are: the time zone decides how times are shown; opening hours drive the counter's chart; the survey address (with {session} and {card}) goes into the QR codes.</source>
        <translation>Dove sono le mostre: il fuso orario decide come si mostrano gli orari; gli orari di apertura guidano il grafico del contatore; l'indirizzo del questionario (con {session} e {card}) va nei codici QR.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="99" />
        <source>Each exhibition belongs to a venue; its dates mark its run.</source>
        <translation>Ogni mostra appartiene a una sede; le sue date ne segnano l'apertura.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="100" />
        <source>The team. Inactive mediators stay in past tours but are not offered for new ones.</source>
        <translation>La squadra. I mediatori non attivi restano nelle visite passate ma non sono proposti per le nuove.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="101" />
        <source>Programmes and their funders, e.g. a Cultural Voucher.</source>
        <translation>Programmi e i loro finanziatori, es. un Voucher Culturale.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="102" />
        <source>Schools, NGOs and other partners that bring groups.</source>
        <translation>Scuole, ONG e altri partner che portano gruppi.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="103" />
        <source>Voucher codes issued to partners; a group that uses one redeems it.</source>
        <translation>Codici voucher emessi ai partner; il gruppo che ne usa uno lo riscatta.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="148" />
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="185" />
        <source>closed</source>
        <translation>chiuso</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="186" />
        <source>e.g. 10:00-18:00; empty means closed</source>
        <translation>es. 10:00-18:00; vuoto significa chiuso</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="277" />
        <source>“%1” is not a time span like 10:00-18:00.</source>
        <translation>«%1» non è un intervallo come 10:00-18:00.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="333" />
        <source>Save anyway?</source>
        <translation>Salvare comunque?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="341" />
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="348" />
        <location filename="../../mediator_desk/views/settings_page.py" line="349" />
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="348" />
        <source>Delete “%1”?</source>
        <translation>Eliminare «%1»?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="349" />
        <source>Keep</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="369" />
        <source>A PIN is set.</source>
        <translation>Un PIN è impostato.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="370" />
        <source>No PIN yet: the kiosk cannot be opened.</source>
        <translation>Nessun PIN: il totem non si può aprire.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="392" />
        <location filename="../../mediator_desk/views/settings_page.py" line="393" />
        <source>The kiosk PIN is set.</source>
        <translation>Il PIN del totem è impostato.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="68" />
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="91" />
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="98" />
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="105" />
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="136" />
        <source>Visitor kiosk</source>
        <translation>Totem per i visitatori</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="145" />
        <source>The kiosk screen can only be left with this PIN. It is stored on this laptop as a salted hash, never as the PIN itself.</source>
        <translation>Si esce dalla schermata del totem solo con questo PIN. Su questo portatile se ne conserva solo un'impronta crittografica (con sale), mai il PIN stesso.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="152" />
        <source>New &amp;PIN:</source>
        <translation>Nuovo &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="172" />
        <source>&amp;Repeat the PIN:</source>
        <translation>&amp;Ripetete il PIN:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="194" />
        <source>Set the kiosk PIN</source>
        <translation>Imposta il PIN del totem</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="220" />
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="226" />
        <source>Report &amp;language:</source>
        <translation>&amp;Lingua del report:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="239" />
        <source>Show groups smaller than 5 as “&lt;5” (privacy)</source>
        <translation>Mostra i gruppi con meno di 5 persone come «&lt;5» (privacy)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="249" />
        <source>Interface</source>
        <translation>Interfaccia</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="255" />
        <source>&amp;Interface language:</source>
        <translation>Lingua dell'&amp;interfaccia:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="271" />
        <source>A new interface language applies the next time Mediator Desk starts.</source>
        <translation>La nuova lingua dell'interfaccia vale dal prossimo avvio di Mediator Desk.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="55" />
        <source>End the selected tour, or the one running now (Ctrl+E)</source>
        <translation>Termina la visita selezionata o quella in corso (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="56" />
        <source>Plan the selected tour again in the next slot (Ctrl+R)</source>
        <translation>Programma di nuovo la visita selezionata nella fascia successiva (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="59" />
        <location filename="../../forms/today_page.ui" line="8" />
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="69" />
        <source>(choose your name)</source>
        <translation>(scegliete il vostro nome)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="106" />
        <source>tours held / planned today</source>
        <translation>visite svolte / previste oggi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="131" />
        <source>Start tour</source>
        <translation>Inizia la visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="132" />
        <source>Choose your name under “I am” first: the tour starts with you as its lead.</source>
        <translation>Scegliete prima il vostro nome in «Io sono»: la visita inizia con voi come responsabile.</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="11" />
        <source>&amp;Exhibition:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="13" />
        <source>&amp;I am:</source>
        <translation>&amp;Io sono:</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="23" />
        <source>walk-in visitors today</source>
        <translation>visitatori oggi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="31" />
        <source>tours today</source>
        <translation>visite oggi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="39" />
        <source>tour participants</source>
        <translation>partecipanti alle visite</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="47" />
        <source>feedback entries</source>
        <translation>risposte di feedback</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="53" />
        <source>Today's tours</source>
        <translation>Le visite di oggi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="63" />
        <source>&amp;Start tour</source>
        <translation>&amp;Inizia visita</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="64" />
        <source>E&amp;nd tour</source>
        <translation>&amp;Termina visita</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="65" />
        <source>&amp;Repeat for next slot</source>
        <translation>&amp;Ripeti per il turno successivo</translation>
    </message>
</context>
<context>
    <name>TourActions</name>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="58" />
        <source>New tour</source>
        <translation>Nuova visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="65" />
        <location filename="../../mediator_desk/views/tour_actions.py" line="77" />
        <source>Edit tour</source>
        <translation>Modifica la visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="70" />
        <location filename="../../mediator_desk/views/tour_actions.py" line="75" />
        <source>Start tour</source>
        <translation>Inizia la visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="70" />
        <source>Choose the exhibition first.</source>
        <translation>Scegliete prima la mostra.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="84" />
        <location filename="../../mediator_desk/views/tour_actions.py" line="90" />
        <location filename="../../mediator_desk/views/tour_actions.py" line="92" />
        <source>End tour</source>
        <translation>Termina la visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="84" />
        <source>No tour is running.</source>
        <translation>Nessuna visita è in corso.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="98" />
        <source>Repeat tour</source>
        <translation>Ripeti la visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="104" />
        <location filename="../../mediator_desk/views/tour_actions.py" line="109" />
        <source>Delete tour</source>
        <translation>Elimina la visita</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="105" />
        <source>Delete the tour %1 and its groups?
You can undo this with Ctrl+Z.</source>
        <translation>Eliminare la visita %1 e i suoi gruppi?
Si può annullare con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="106" />
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="106" />
        <source>Keep</source>
        <translation>Mantieni</translation>
    </message>
</context>
<context>
    <name>ToursPage</name>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="126" />
        <location filename="../../forms/tours_page.ui" line="11" />
        <source>Tours</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="132" />
        <source>any format</source>
        <translation>qualsiasi formato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="135" />
        <source>any status</source>
        <translation>qualsiasi stato</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="146" />
        <source>all exhibitions</source>
        <translation>tutte le mostre</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="147" />
        <source>anyone</source>
        <translation>chiunque</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="184" />
        <source>New tour (Ctrl+N)</source>
        <translation>Nuova visita (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="185" />
        <source>Edit the selected tour (Enter)</source>
        <translation>Modifica la visita selezionata (Invio)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="186" />
        <source>Plan the same tour in the next slot (Ctrl+R)</source>
        <translation>Programma la stessa visita nella fascia successiva (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="187" />
        <source>Delete the selected tour (Delete)</source>
        <translation>Elimina la visita selezionata (Canc)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="188" />
        <source>Undo the last change to a tour (Ctrl+Z)</source>
        <translation>Annulla l'ultima modifica a una visita (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="189" />
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Ripeti (Ctrl+Maiusc+Z)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="190" />
        <source>Search (Ctrl+F)</source>
        <translation>Cerca (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="221" />
        <source>any language</source>
        <translation>qualsiasi lingua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="247" />
        <source>%1 of %2 tours · %3 participants</source>
        <translation>%1 di %2 visite · %3 partecipanti</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="287" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="288" />
        <location filename="../../forms/tours_page.ui" line="219" />
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="307" />
        <source>Tour deleted. Ctrl+Z brings it back.</source>
        <translation>Visita eliminata. Ctrl+Z la ripristina.</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="36" />
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="56" />
        <source>T&amp;o:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="76" />
        <source>E&amp;xhibition:</source>
        <translation>Mo&amp;stra:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="89" />
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="99" />
        <source>names, formats, languages…</source>
        <translation>nomi, formati, lingue…</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="109" />
        <source>&amp;Mediator:</source>
        <translation>&amp;Mediatore:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="122" />
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmato:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="135" />
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="148" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="184" />
        <source>&amp;New tour</source>
        <translation>&amp;Nuova visita</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="191" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="198" />
        <source>Re&amp;peat for next slot</source>
        <translation>Ri&amp;peti nella fascia successiva</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="205" />
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="226" />
        <source>Re&amp;do</source>
        <translation>Ri&amp;peti</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="33" />
        <source>Something went wrong: %1

Your data is safe: everything acknowledged on screen was already saved. The details are in the log file.</source>
        <translation>Qualcosa è andato storto: %1

I dati sono al sicuro: tutto ciò che è apparso sullo schermo era già salvato. I dettagli sono nel file di log.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="52" />
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="53" />
        <source>Restore a backup…</source>
        <translation>Ripristina un backup…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="54" />
        <source>Choose another file…</source>
        <translation>Scegli un altro file…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="55" />
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="57" />
        <source>Backup to restore</source>
        <translation>Backup da ripristinare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="64" />
        <source>Restore failed</source>
        <translation>Ripristino non riuscito</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="66" />
        <source>Database file</source>
        <translation>File del database</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../mediator_desk/views/labels.py" line="12" />
        <source>en</source>
        <comment>language code of this translation: en, ro or it</comment>
        <translation>it</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="95" />
        <source>Choose the exhibition.</source>
        <translation>Scegliete la mostra.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="96" />
        <source>Enter the planned start.</source>
        <translation>Inserite l'inizio previsto.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="97" />
        <source>Enter the actual start: the tour has an end.</source>
        <translation>Inserite l'inizio effettivo: la visita ha una fine.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="98" />
        <source>The end is before the start.</source>
        <translation>La fine è prima dell'inizio.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="99" />
        <source>{day} is outside the exhibition's run ({first} – {last}).</source>
        <translation>{day} è fuori dal periodo della mostra ({first} – {last}).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="100" />
        <source>Choose the lead mediator.</source>
        <translation>Scegliete il mediatore responsabile.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="101" />
        <source>The lead mediator must be one of the tour's mediators.</source>
        <translation>Il responsabile deve essere uno dei mediatori della visita.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="102" />
        <source>“{code}” is not a two-letter language code (ISO 639-1, e.g. it, en, ro).</source>
        <translation>«{code}» non è un codice lingua di due lettere (ISO 639-1, es. it, en, ro).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="103" />
        <source>The booked size cannot be negative.</source>
        <translation>Il numero prenotato non può essere negativo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="104" />
        <source>{n} people booked: is that right?</source>
        <translation>{n} persone prenotate: è giusto?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="105" />
        <source>A booking contact needs the date after which it is deleted.</source>
        <translation>Un contatto di prenotazione richiede la data dopo la quale viene eliminato.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="106" />
        <source>This is not an email address.</source>
        <translation>Questo non è un indirizzo email.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="107" />
        <source>A tour that took place needs its actual start.</source>
        <translation>Una visita svolta richiede l'inizio effettivo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="108" />
        <source>A count cannot be negative.</source>
        <translation>Un conteggio non può essere negativo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="109" />
        <source>{n} participants in one group: is that right?</source>
        <translation>{n} partecipanti in un gruppo: è giusto?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="110" />
        <source>More first-time visitors than participants.</source>
        <translation>Più visitatori per la prima volta che partecipanti.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="111" />
        <source>“{code}” is not a two-letter country code (e.g. IT, RO, DE).</source>
        <translation>«{code}» non è un codice paese di due lettere (es. IT, RO, DE).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="112" />
        <source>A foreign group without its country.</source>
        <translation>Un gruppo straniero senza il paese.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="113" />
        <source>Voucher {code} is listed twice.</source>
        <translation>Il voucher {code} compare due volte.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="114" />
        <source>Voucher {code} is unknown.</source>
        <translation>Il voucher {code} è sconosciuto.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="115" />
        <source>Voucher {code} was already redeemed by another group.</source>
        <translation>Il voucher {code} è già stato usato da un altro gruppo.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="116" />
        <source>The tour has not started yet.</source>
        <translation>La visita non è ancora iniziata.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="61" />
        <source>Choose the exhibition (or a tour of it).</source>
        <translation>Scegliete la mostra (o una sua visita).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="62" />
        <source>Enter the day.</source>
        <translation>Inserite il giorno.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="63" />
        <source>“{method}” is not a feedback method.</source>
        <translation>«{method}» non è un metodo di feedback.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="64" />
        <source>Give the rating.</source>
        <translation>Indicate la valutazione.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="65" />
        <source>The rating must be between {low} and {high}.</source>
        <translation>La valutazione deve essere tra {low} e {high}.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="66" />
        <source>Enter the word.</source>
        <translation>Inserite la parola.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="67" />
        <source>Enter the comment.</source>
        <translation>Inserite il commento.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="68" />
        <source>One word (or a very short phrase), please.</source>
        <translation>Una parola (o una frase brevissima), per favore.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="69" />
        <source>“{band}” is not an age band.</source>
        <translation>«{band}» non è una fascia d'età.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="70" />
        <source>Use a two-letter language code (it, en, ro…).</source>
        <translation>Usate un codice lingua di due lettere (it, en, ro…).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="71" />
        <source>Use a two-letter country code (IT, RO, DE…).</source>
        <translation>Usate un codice paese di due lettere (IT, RO, DE…).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="72" />
        <source>Unknown learning outcome: {names}.</source>
        <translation>Risultato di apprendimento sconosciuto: {names}.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="73" />
        <source>This looks like it holds an email address. Feedback must not hold contact data: remove it unless you are sure.</source>
        <translation>Sembra contenere un indirizzo email. Il feedback non deve contenere dati di contatto: toglietelo, se non siete sicuri.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="74" />
        <source>This looks like it holds a phone number. Feedback must not hold contact data: remove it unless you are sure.</source>
        <translation>Sembra contenere un numero di telefono. Il feedback non deve contenere dati di contatto: toglietelo, se non siete sicuri.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="75" />
        <source>This looks like it holds an email address and a phone number. Feedback must not hold contact data: remove them unless you are sure.</source>
        <translation>Sembra contenere un indirizzo email e un numero di telefono. Il feedback non deve contenere dati di contatto: toglieteli, se non siete sicuri.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="76" />
        <source>That tour is not part of this exhibition.</source>
        <translation>Quella visita non fa parte di questa mostra.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="97" />
        <source>This field is required.</source>
        <translation>Questo campo è obbligatorio.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="98" />
        <source>“{value}” is not one of the choices.</source>
        <translation>«{value}» non è tra le scelte.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="99" />
        <source>Use two-letter language codes (ISO 639-1), e.g. it, en, ro.</source>
        <translation>Usate codici lingua di due lettere (ISO 639-1), es. it, en, ro.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="100" />
        <source>Use a two-letter country code (ISO 3166), e.g. IT, RO.</source>
        <translation>Usate un codice paese di due lettere (ISO 3166), es. IT, RO.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="101" />
        <source>“{value}” is not a known time zone (e.g. Europe/Rome).</source>
        <translation>«{value}» non è un fuso orario noto (es. Europe/Rome).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="102" />
        <source>The address must start with http:// or https://.</source>
        <translation>L'indirizzo deve iniziare con http:// o https://.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="103" />
        <source>Put {{session}} or {{card}} in the address so answers come back to their tour.</source>
        <translation>Mettete {{session}} o {{card}} nell'indirizzo, così le risposte tornano alla loro visita.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="104" />
        <source>Opening hours for {day} are not readable.</source>
        <translation>Gli orari per {day} non sono leggibili.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="105" />
        <source>The end date is before the start date.</source>
        <translation>La data di fine è prima della data di inizio.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="106" />
        <source>A voucher with the code {code} exists already.</source>
        <translation>Esiste già un voucher con il codice {code}.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="107" />
        <source>This venue has {n} exhibition(s): delete or move them first.</source>
        <translation>Questa sede ha {n} mostre: eliminatele o spostatele prima.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="108" />
        <source>This exhibition has {n} tour(s) recorded: it stays, so reports stay complete.</source>
        <translation>Questa mostra ha {n} visite registrate: resta, così i report restano completi.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/pin.py" line="16" />
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>Il PIN deve avere da 4 a 12 cifre.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/pin.py" line="18" />
        <source>The two PINs differ.</source>
        <translation>I due PIN sono diversi.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="138" />
        <source>Enter a number of visitors to add or remove (not 0).</source>
        <translation>Inserite un numero di visitatori da aggiungere o togliere (non 0).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="139" />
        <source>A correction is limited to ±{limit} visitors.</source>
        <translation>Una correzione è limitata a ±{limit} visitatori.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="140" />
        <source>Say why the count is corrected (for example: paper tally 14:00–15:00).</source>
        <translation>Dite perché il conteggio viene corretto (per esempio: conteggio su carta 14:00–15:00).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="141" />
        <source>The hour must be between 0 and 23.</source>
        <translation>L'ora deve essere tra 0 e 23.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="142" />
        <source>A correction cannot be made for a day that has not happened yet.</source>
        <translation>Non si può correggere un giorno che non è ancora arrivato.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="143" />
        <source>Keep at least one count category.</source>
        <translation>Tenete almeno una categoria di conteggio.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="144" />
        <source>Row {row}: every category needs a name.</source>
        <translation>Riga {row}: ogni categoria ha bisogno di un nome.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="145" />
        <source>Row {row}: a category name is limited to 100 characters.</source>
        <translation>Riga {row}: il nome di una categoria ha al massimo 100 caratteri.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="146" />
        <source>Row {row}: the name “{name}” is used twice.</source>
        <translation>Riga {row}: il nome «{name}» è usato due volte.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="147" />
        <source>Row {row}: {key} is kept for undoing the last press.</source>
        <translation>Riga {row}: {key} è riservato all'annullamento dell'ultima pressione.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="148" />
        <source>Row {row}: {key} is the “visitor left” key of occupancy mode.</source>
        <translation>Riga {row}: {key} è il tasto «visitatore uscito» della modalità presenze.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="149" />
        <source>Row {row}: the key {key} already counts “{other}”.</source>
        <translation>Riga {row}: il tasto {key} conta già «{other}».</translation>
    </message>
</context>
</TS>