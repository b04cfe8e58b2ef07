<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/about_dialog.py" line="22"/>
        <source>About %1</source>
        <translation>Despre %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/about_dialog.py" line="26"/>
        <source>Version %1</source>
        <translation>Versiunea %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/about_dialog.py" line="38"/>
        <source>(in memory)</source>
        <translation>(în memorie)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/about_dialog.py" line="40"/>
        <source>Open the folder: %1</source>
        <translation>Deschide dosarul: %1</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="5"/>
        <source>About Mediator Desk</source>
        <translation>Despre Mediator Desk</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="15"/>
        <source>For cultural mediators: tours, walk-in counts, visitor feedback and reports, on laptops that work offline and meet by file or through the team&apos;s server.</source>
        <translation>Pentru mediatorii culturali: tururi, numărarea vizitatorilor, feedback și rapoarte, pe laptopuri care lucrează fără internet și își reunesc datele prin fișier sau prin serverul echipei.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="20"/>
        <source>Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it. It comes with no warranty. The DejaVu fonts in the reports have their own free licence.</source>
        <translation>Software liber sub Licența Publică Generală GNU, versiunea 3 sau ulterioară: îl puteți folosi, studia, distribui și modifica. Vine fără nicio garanție. Fonturile DejaVu din rapoarte au propria lor licență liberă.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="23"/>
        <source>Where your data is</source>
        <translation>Unde sunt datele</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="25"/>
        <source>Database</source>
        <translation>Baza de date</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="27"/>
        <location filename="../../forms/dialogs/about_dialog.ui" line="30"/>
        <location filename="../../forms/dialogs/about_dialog.ui" line="33"/>
        <source>Open folder</source>
        <translation>Deschide dosarul</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="28"/>
        <source>Backups</source>
        <translation>Copii de siguranță</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="31"/>
        <source>Log files</source>
        <translation>Fișiere jurnal</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/about_dialog.ui" line="34"/>
        <source>This laptop</source>
        <translation>Acest laptop</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/categories_dialog.py" line="28"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/categories_dialog.py" line="28"/>
        <source>Key</source>
        <translation>Tastă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/categories_dialog.py" line="69"/>
        <source>New category</source>
        <translation>Categorie nouă</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="5"/>
        <source>Count categories</source>
        <translation>Categorii de numărare</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="8"/>
        <source>Rename the categories, set the key that counts each one (a USB clicker or foot pedal that types a key works too), and order them. Keys 1–9 count the categories in order unless you map them otherwise; Space always counts the first.</source>
        <translation>Redenumiți categoriile, alegeți tasta care o numără pe fiecare (merge și un contor USB sau o pedală care tastează o tastă) și ordonați-le. Tastele 1–9 numără categoriile în ordine dacă nu le atribuiți altfel; Spațiu numără mereu prima.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="14"/>
        <source>Move &amp;up</source>
        <translation>Mută în &amp;sus</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="15"/>
        <source>Move &amp;down</source>
        <translation>Mută în &amp;jos</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="16"/>
        <source>&amp;Add</source>
        <translation>&amp;Adaugă</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/categories_dialog.ui" line="17"/>
        <source>&amp;Remove</source>
        <translation>Ște&amp;rge</translation>
    </message>
</context>
<context>
    <name>ConflictLabels</name>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="26"/>
        <source>Tour</source>
        <translation>Tur</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="26"/>
        <source>Redeemed by the group of</source>
        <translation>Folosit de grupul din</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="27"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="27"/>
        <source>Lead</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="27"/>
        <source>Key</source>
        <translation>Tastă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="28"/>
        <source>Position</source>
        <translation>Poziție</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="28"/>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="28"/>
        <source>Day</source>
        <translation>Zi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="29"/>
        <source>Given at</source>
        <translation>Dat la</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="29"/>
        <source>Method</source>
        <translation>Metodă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="29"/>
        <source>Rating</source>
        <translation>Evaluare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="30"/>
        <source>One word</source>
        <translation>Un cuvânt</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="30"/>
        <source>Comment</source>
        <translation>Comentariu</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="30"/>
        <source>Age band</source>
        <translation>Grupă de vârstă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="31"/>
        <source>First visit</source>
        <translation>Prima vizită</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="31"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="32"/>
        <source>Learning outcomes</source>
        <translation>Rezultate ale învățării</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="32"/>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="32"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="33"/>
        <source>Deleted</source>
        <translation>Șters</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="41"/>
        <source>deleted</source>
        <translation>șters</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="43"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="43"/>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team_labels.py" line="50"/>
        <source>(a record not on this laptop)</source>
        <translation>(o înregistrare care nu e pe acest laptop)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/correction_dialog.py" line="33"/>
        <source>Save correction</source>
        <translation>Salvează corecția</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="5"/>
        <source>Correct the count</source>
        <translation>Corectează numărătoarea</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="8"/>
        <source>Add visitors that were not counted (a paper tally, a laptop that was off) or remove miscounted ones. The correction is added as a new entry with your note; nothing is erased.</source>
        <translation>Adăugați vizitatori nenumărați (o numărătoare pe hârtie, un laptop oprit) sau scădeți-i pe cei numărați greșit. Corecția se adaugă ca înregistrare nouă, cu nota dvs.; nimic nu se șterge.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="11"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="13"/>
        <source>&amp;Visitors (+ add, − remove):</source>
        <translation>&amp;Vizitatori (+ adaugă, − scade):</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="15"/>
        <source>&amp;Day:</source>
        <translation>&amp;Ziua:</translation>
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
        <translation>&amp;Notă:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/correction_dialog.ui" line="20"/>
        <source>e.g. paper tally 14:00–15:00, laptop was off</source>
        <translation>ex. numărătoare pe hârtie 14:00–15:00, laptopul a fost oprit</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="54"/>
        <source>Counter: press 1–9 or Space to count a visitor</source>
        <translation>Numărător: apăsați 1–9 sau Space pentru a număra un vizitator</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="72"/>
        <source>Categories and keys…</source>
        <translation>Categorii și taste…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="89"/>
        <source>Counter</source>
        <translation>Numărător</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="101"/>
        <location filename="../../mediator_desk/views/labels.py" line="36"/>
        <source>Adult</source>
        <translation>Adult</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="101"/>
        <location filename="../../mediator_desk/views/labels.py" line="37"/>
        <source>Child</source>
        <translation>Copil</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="101"/>
        <location filename="../../mediator_desk/views/labels.py" line="38"/>
        <source>Senior</source>
        <translation>Vârstnic</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="102"/>
        <location filename="../../mediator_desk/views/labels.py" line="39"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="102"/>
        <location filename="../../mediator_desk/views/labels.py" line="40"/>
        <source>Free</source>
        <translation>Gratuit</translation>
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
        <translation>Numărați pentru „%1” pe acest laptop (%2). Butoanele și graficul arată numărătorile acestui laptop; totalul locației adaugă numărătorile celorlalte laptopuri, de la ultima îmbinare sau sincronizare.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="167"/>
        <source>The laptop&apos;s clock jumped forward by %1.</source>
        <translation>Ceasul laptopului a sărit înainte cu %1.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="168"/>
        <source>The laptop&apos;s clock jumped back by %1.</source>
        <translation>Ceasul laptopului a sărit înapoi cu %1.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="170"/>
        <source>Walk-ins are filed under the laptop&apos;s time: check the date, time and time zone in the system settings.</source>
        <translation>Vizitatorii sunt înregistrați după ora laptopului: verificați data, ora și fusul orar în setările sistemului.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="186"/>
        <source>Add a venue and an exhibition in Settings to start counting.</source>
        <translation>Adăugați un spațiu și o expoziție în Setări pentru a începe numărarea.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="203"/>
        <source>This press could not be saved, so it was not counted: %1</source>
        <translation>Această apăsare nu a putut fi salvată, deci nu a fost numărată: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="204"/>
        <source>Not counted</source>
        <translation>Nenumărat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="231"/>
        <source>Nothing to undo: no press made in this window today is left.</source>
        <translation>Nimic de anulat: nu mai există nicio apăsare făcută azi în această fereastră.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="246"/>
        <source>Counted outside the opening hours (%1:00–%2:00): flagged in the chart, kept in the totals.</source>
        <translation>Numărat în afara programului (%1:00–%2:00): marcat în grafic, păstrat în totaluri.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="278"/>
        <source>this hour (%1:00–%2:00)</source>
        <translation>ora aceasta (%1:00–%2:00)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="287"/>
        <source>Visitor left (%1)</source>
        <translation>A ieșit un vizitator (%1)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="294"/>
        <source>inside now — capacity reached</source>
        <translation>înăuntru acum — capacitate atinsă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="294"/>
        <location filename="../../forms/counter_page.ui" line="46"/>
        <source>inside now</source>
        <translation>înăuntru acum</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="306"/>
        <source>undo of the last press</source>
        <translation>anularea ultimei apăsări</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/counter_page.py" line="307"/>
        <source>%1  %2 %3 for %4:00 — %5</source>
        <translation>%1  %2 %3 pentru ora %4:00 — %5</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="8"/>
        <source>Walk-in counter</source>
        <translation>Numărătoarea vizitatorilor</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="10"/>
        <source>&amp;Method:</source>
        <translation>&amp;Metodă:</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="22"/>
        <source>today, this laptop</source>
        <translation>azi, acest laptop</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="30"/>
        <source>today, venue (all laptops, at the last merge or sync)</source>
        <translation>azi, locația (toate laptopurile, la ultima îmbinare sau sincronizare)</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="38"/>
        <source>this hour</source>
        <translation>ora aceasta</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="55"/>
        <source>Undo last press (Ctrl+Z)</source>
        <translation>Anulează ultima apăsare (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="56"/>
        <source>Correct…</source>
        <translation>Corectează…</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="57"/>
        <source>Visitor left (0)</source>
        <translation>A ieșit un vizitator (0)</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="59"/>
        <source>Occupancy mode</source>
        <translation>Mod ocupare</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="60"/>
        <source>Capacity:</source>
        <translation>Capacitate:</translation>
    </message>
    <message>
        <location filename="../../forms/counter_page.ui" line="69"/>
        <source>Corrections today</source>
        <translation>Corecții azi</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="28"/>
        <source>Tours and sessions</source>
        <translation>Tururi și sesiuni</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="28"/>
        <source>Visitor groups</source>
        <translation>Grupuri de vizitatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="29"/>
        <source>Walk-in counts</source>
        <translation>Numărarea vizitatorilor</translation>
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
        <translation>CSV (text)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="33"/>
        <source>Semicolon ;  (Romanian, Italian and German spreadsheets)</source>
        <translation>Punct și virgulă ;  (foi de calcul în română, italiană, germană)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="34"/>
        <source>Comma ,  (English spreadsheets)</source>
        <translation>Virgulă ,  (foi de calcul în engleză)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="35"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="77"/>
        <source>From: the first day comes after the last day.</source>
        <translation>De la: prima zi este după ultima zi.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="80"/>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Foi de calcul (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="80"/>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="81"/>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="105"/>
        <location filename="../../forms/dialogs/export_dialog.ui" line="5"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="104"/>
        <source>Exporting…</source>
        <translation>Se exportă…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="116"/>
        <source>Stopping…</source>
        <translation>Se oprește…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="139"/>
        <source>Saved %1 (%Ln row(s)).</source>
        <translation>
            <numerusform>Salvat %1 (%Ln rând).</numerusform>
            <numerusform>Salvat %1 (%Ln rânduri).</numerusform>
            <numerusform>Salvat %1 (%Ln de rânduri).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="141"/>
        <source>%Ln text(s) longer than an XLSX cell holds were cut, with a mark saying how much; the CSV export keeps them whole.</source>
        <translation>
            <numerusform>%Ln text mai lung decât încape într-o celulă XLSX a fost scurtat, cu un semn care spune cât lipsește; exportul CSV îl păstrează întreg.</numerusform>
            <numerusform>%Ln texte mai lungi decât încap într-o celulă XLSX au fost scurtate, cu un semn care spune cât lipsește; exportul CSV le păstrează întregi.</numerusform>
            <numerusform>%Ln de texte mai lungi decât încap într-o celulă XLSX au fost scurtate, cu un semn care spune cât lipsește; exportul CSV le păstrează întregi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="147"/>
        <source>The export failed: %1</source>
        <translation>Exportul nu a reușit: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/export_dialog.py" line="151"/>
        <source>Export stopped; no file was written.</source>
        <translation>Export oprit; nu s-a scris niciun fișier.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="8"/>
        <source>Save the records of a period for a spreadsheet or another program. Labels are in the chosen language; the stored codes follow in their own columns. Typed text is always exported as text, never as a formula.</source>
        <translation>Salvați înregistrările unei perioade pentru o foaie de calcul sau alt program. Etichetele sunt în limba aleasă; codurile stocate urmează în coloane proprii. Textul scris se exportă mereu ca text, niciodată ca formulă.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="11"/>
        <source>&amp;What</source>
        <translation>&amp;Ce</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="13"/>
        <source>&amp;From</source>
        <translation>&amp;De la</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="15"/>
        <source>&amp;To</source>
        <translation>P&amp;ână la</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="17"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="19"/>
        <source>&amp;Separator</source>
        <translation>&amp;Separator</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="21"/>
        <source>&amp;Labels in</source>
        <translation>&amp;Etichete în</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="23"/>
        <source>Every key press and correction (instead of hourly totals)</source>
        <translation>Fiecare apăsare și corectare (în loc de totaluri pe oră)</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="31"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportă…</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="32"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/export_dialog.ui" line="33"/>
        <source>C&amp;lose</source>
        <translation>&amp;Închide</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="36"/>
        <source>Edit feedback</source>
        <translation>Editează feedbackul</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="36"/>
        <source>New feedback</source>
        <translation>Feedback nou</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="43"/>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="46"/>
        <source>(not asked)</source>
        <translation>(nu s-a întrebat)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="46"/>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="46"/>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="63"/>
        <source>not given</source>
        <translation>nedată</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="93"/>
        <source>(no tour: the exhibition that day)</source>
        <translation>(fără tur: expoziția în acea zi)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="99"/>
        <source>(the whole tour)</source>
        <translation>(tot turul)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="134"/>
        <source>1 = very unhappy … 5 = very happy</source>
        <translation>1 = foarte nemulțumit … 5 = foarte mulțumit</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="135"/>
        <source>1 = strongly disagree … 5 = strongly agree</source>
        <translation>1 = dezacord total … 5 = acord total</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="136"/>
        <source>0 = would not recommend … 10 = certainly would</source>
        <translation>0 = nu ar recomanda … 10 = sigur ar recomanda</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="137"/>
        <source>0 = no, 1 = yes</source>
        <translation>0 = nu, 1 = da</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="140"/>
        <source>no rating for this method</source>
        <translation>fără notă pentru această metodă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="164"/>
        <source>Exhibition</source>
        <translation>Expoziția</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="164"/>
        <source>Day</source>
        <translation>Ziua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="164"/>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="165"/>
        <source>Rating</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="165"/>
        <source>One word</source>
        <translation>Un cuvânt</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="165"/>
        <source>Comment</source>
        <translation>Comentariu</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="166"/>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="166"/>
        <source>Country</source>
        <translation>Țara</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="166"/>
        <source>Tour</source>
        <translation>Tur</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="167"/>
        <source>Age band</source>
        <translation>Grupa de vârstă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="167"/>
        <source>Learning outcomes</source>
        <translation>Rezultate ale învățării</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/feedback_dialog.py" line="180"/>
        <source>Go back and edit</source>
        <translation>Înapoi la editare</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="6"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="20"/>
        <source>E&amp;xhibition:</source>
        <translation>E&amp;xpoziția:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="33"/>
        <source>&amp;Day:</source>
        <translation>&amp;Ziua:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="53"/>
        <source>&amp;Tour:</source>
        <translation>&amp;Tur:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="66"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grup:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="79"/>
        <source>&amp;Method:</source>
        <translation>&amp;Metodă:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="92"/>
        <source>&amp;Rating:</source>
        <translation>&amp;Notă:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="123"/>
        <source>&amp;One word:</source>
        <translation>&amp;Un cuvânt:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="140"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentariu:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="163"/>
        <source>Learning o&amp;utcomes:</source>
        <translation>Re&amp;zultate ale învățării:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="183"/>
        <source>&amp;Age band:</source>
        <translation>Grupa de &amp;vârstă:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="196"/>
        <source>&amp;First visit:</source>
        <translation>Prima vi&amp;zită:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="209"/>
        <source>&amp;Language:</source>
        <translation>&amp;Limba:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="221"/>
        <source>ro, it, en…</source>
        <translation>ro, it, en…</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="231"/>
        <source>Cou&amp;ntry:</source>
        <translation>Ța&amp;ra:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/feedback_dialog.ui" line="241"/>
        <source>RO, IT…</source>
        <translation>RO, IT…</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="65"/>
        <source>any method</source>
        <translation>orice metodă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="68"/>
        <source>any rating</source>
        <translation>orice notă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="71"/>
        <source>any outcome</source>
        <translation>orice rezultat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="74"/>
        <source>any language</source>
        <translation>orice limbă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="75"/>
        <source>any tour</source>
        <translation>orice tur</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="84"/>
        <source>Add the feedback a visitor gave you (Ctrl+N)</source>
        <translation>Adăugați feedbackul primit de la un vizitator (Ctrl+N)</translation>
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
        <translation>toate expozițiile</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="139"/>
        <source>%Ln with words</source>
        <translation>
            <numerusform>%Ln cu cuvinte</numerusform>
            <numerusform>%Ln cu cuvinte</numerusform>
            <numerusform>%Ln cu cuvinte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="162"/>
        <source>the chosen tour</source>
        <translation>turul ales</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="169"/>
        <source>No ratings in this selection.</source>
        <translation>Nicio notă în această selecție.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="220"/>
        <source>Edit feedback</source>
        <translation>Editează feedbackul</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="227"/>
        <location filename="../../mediator_desk/views/feedback_page.py" line="231"/>
        <source>Delete feedback</source>
        <translation>Șterge feedbackul</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="228"/>
        <source>Delete this answer?</source>
        <translation>Ștergeți acest răspuns?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="228"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="229"/>
        <source>Keep</source>
        <translation>Păstrează</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="248"/>
        <location filename="../../mediator_desk/views/feedback_page.py" line="254"/>
        <source>Visitor kiosk</source>
        <translation>Chioșc pentru vizitatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="249"/>
        <source>Set a kiosk PIN first (Settings → Kiosk, reports, language): only the PIN lets you leave the kiosk screen.</source>
        <translation>Setați mai întâi un PIN pentru chioșc (Setări → Chioșc, rapoarte, limbă): doar PIN-ul vă lasă să ieșiți din ecranul chioșcului.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="254"/>
        <source>Add an exhibition first (Settings).</source>
        <translation>Adăugați mai întâi o expoziție (Setări).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="274"/>
        <location filename="../../mediator_desk/views/feedback_page.py" line="289"/>
        <location filename="../../mediator_desk/views/feedback_page.py" line="303"/>
        <source>QR feedback cards</source>
        <translation>Carduri de feedback cu cod QR</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="275"/>
        <source>How many cards? (8 fit on a page)</source>
        <translation>Câte carduri? (8 încap pe o pagină)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="278"/>
        <source>Save the cards</source>
        <translation>Salvează cardurile</translation>
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
            <numerusform>%1 scrise pe %Ln pagină: %2</numerusform>
            <numerusform>%1 scrise pe %Ln pagini: %2</numerusform>
            <numerusform>%1 scrise pe %Ln de pagini: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="299"/>
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln card</numerusform>
            <numerusform>%Ln carduri</numerusform>
            <numerusform>%Ln de carduri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="304"/>
        <source>Printing %Ln card(s)…</source>
        <translation>
            <numerusform>Se tipărește %Ln card…</numerusform>
            <numerusform>Se tipăresc %Ln carduri…</numerusform>
            <numerusform>Se tipăresc %Ln de carduri…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="308"/>
        <source>Online answers (CSV)</source>
        <translation>Răspunsuri online (CSV)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="309"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fișiere CSV (*.csv);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="320"/>
        <source>%1 imported, %2 skipped.</source>
        <translation>Importate: %1; sărite: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="138"/>
        <location filename="../../mediator_desk/views/feedback_page.py" line="320"/>
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln răspuns</numerusform>
            <numerusform>%Ln răspunsuri</numerusform>
            <numerusform>%Ln de răspunsuri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/feedback_page.py" line="321"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln rând</numerusform>
            <numerusform>%Ln rânduri</numerusform>
            <numerusform>%Ln de rânduri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="323"/>
        <source>Ratings read as %1: %2.</source>
        <translation>Evaluările au fost citite ca %1: %2.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="329"/>
        <location filename="../../mediator_desk/views/feedback_page.py" line="331"/>
        <source>Import online answers</source>
        <translation>Importă răspunsurile online</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/feedback_page.py" line="325"/>
        <location filename="../../mediator_desk/views/feedback_page.py" line="328"/>
        <source>Line %1: %2</source>
        <translation>Rândul %1: %2</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="36"/>
        <source>&amp;From:</source>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="56"/>
        <source>T&amp;o:</source>
        <translation>&amp;Până la:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="76"/>
        <source>E&amp;xhibition:</source>
        <translation>E&amp;xpoziția:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="89"/>
        <source>&amp;Tour:</source>
        <translation>&amp;Tur:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="102"/>
        <source>&amp;Method:</source>
        <translation>&amp;Metodă:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="115"/>
        <source>&amp;Rating:</source>
        <translation>&amp;Notă:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="128"/>
        <source>&amp;Language:</source>
        <translation>&amp;Limba:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="141"/>
        <source>O&amp;utcome:</source>
        <translation>Re&amp;zultat:</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="156"/>
        <source>Feedback entries</source>
        <translation>Răspunsuri de feedback</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="177"/>
        <source>Ratings</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="218"/>
        <source>&amp;Add feedback…</source>
        <translation>&amp;Adaugă feedback…</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="225"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editează…</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="232"/>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="246"/>
        <source>Open the visitor &amp;kiosk</source>
        <translation>Deschide &amp;chioșcul pentru vizitatori</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="253"/>
        <source>Print QR &amp;cards…</source>
        <translation>Tipărește &amp;carduri QR…</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_page.ui" line="260"/>
        <source>&amp;Import online answers…</source>
        <translation>&amp;Importă răspunsuri online…</translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="217"/>
        <source>Day</source>
        <translation>Ziua</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="217"/>
        <source>Tour</source>
        <translation>Tur</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="217"/>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="217"/>
        <source>Rating</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="217"/>
        <source>Words</source>
        <translation>Cuvinte</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="218"/>
        <source>Learning outcomes</source>
        <translation>Rezultate ale învățării</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="218"/>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="218"/>
        <source>Source</source>
        <translation>Sursa</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="68"/>
        <source>YYYY-MM-DD (empty: none)</source>
        <translation>AAAA-LL-ZZ (gol: fără)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="71"/>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="72"/>
        <source>Pick from a calendar</source>
        <translation>Alegeți din calendar</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="188"/>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="277"/>
        <source>closed</source>
        <translation>închis</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="278"/>
        <source>e.g. 10:00-18:00; empty means closed</source>
        <translation>de ex. 10:00-18:00; gol înseamnă închis</translation>
    </message>
</context>
<context>
    <name>HourlyChart</name>
    <message>
        <location filename="../../mediator_desk/views/widgets/hourly_chart.py" line="19"/>
        <source>Visitors per hour</source>
        <translation>Vizitatori pe oră</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../mediator_desk/views/jobs.py" line="75"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../mediator_desk/views/kiosk_window.py" line="89"/>
        <location filename="../../forms/kiosk_window.ui" line="367"/>
        <source>Mediators only: enter the PIN to leave the kiosk.</source>
        <translation>Doar pentru mediatori: introduceți PIN-ul pentru a ieși din chioșc.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_window.py" line="90"/>
        <location filename="../../forms/kiosk_window.ui" line="446"/>
        <source>Leave the kiosk</source>
        <translation>Ieșiți din chioșc</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_window.py" line="91"/>
        <location filename="../../forms/kiosk_window.ui" line="439"/>
        <source>Back to the kiosk</source>
        <translation>Înapoi la chioșc</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_window.py" line="233"/>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>Prea multe PIN-uri greșite. Încercați din nou peste %1 secunde.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_window.py" line="247"/>
        <source>Wrong PIN.</source>
        <translation>PIN greșit.</translation>
    </message>
    <message>
        <location filename="../../forms/kiosk_window.ui" line="6"/>
        <source>Visitor feedback</source>
        <translation>Feedbackul vizitatorilor</translation>
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
        <translation>Azi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="46"/>
        <source>Tours</source>
        <translation>Tururi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="47"/>
        <source>Counter</source>
        <translation>Numărător</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="48"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="49"/>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="50"/>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="70"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="98"/>
        <source>Opening %1…</source>
        <translation>Se deschide %1…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="107"/>
        <source>Database: %1 — everything is saved on this laptop as you work</source>
        <translation>Baza de date: %1 — totul se salvează pe acest laptop pe măsură ce lucrați</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="110"/>
        <source>Database: %1 — read-only</source>
        <translation>Baza de date: %1 — doar citire</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="111"/>
        <source>This database is open read-only: you can look at everything and print reports, but nothing can be saved. %1</source>
        <translation>Această bază de date este deschisă doar pentru citire: puteți vedea totul și tipări rapoarte, dar nu se poate salva nimic. %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="211"/>
        <source>Mediator Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Baze de date Mediator Desk (*.sqlite *.db);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="214"/>
        <location filename="../../mediator_desk/views/main_window.py" line="224"/>
        <source>New database</source>
        <translation>Bază de date nouă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="217"/>
        <location filename="../../mediator_desk/views/main_window.py" line="230"/>
        <source>Open database</source>
        <translation>Deschide o bază de date</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="225"/>
        <source>%1 exists already. Choose File → Open database… to work on it, or another name.</source>
        <translation>%1 există deja. Alegeți Fișier → Deschide o bază de date… pentru a lucra în ea, sau alt nume.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="231"/>
        <source>Mediator Desk could not be started on %1.</source>
        <translation>Mediator Desk nu a putut fi pornit pe %1.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="277"/>
        <source>Your venue is set up. Start counting or plan a tour.</source>
        <translation>Spațiul este configurat. Începeți să numărați sau planificați un tur.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="297"/>
        <source>Demo data</source>
        <translation>Date demonstrative</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="300"/>
        <source>Writing two months of demo data…</source>
        <translation>Se scriu două luni de date demonstrative…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="318"/>
        <source>This database failed SQLite&apos;s integrity check (%1). Nothing more is saved to it. Restore a backup (File → Restore) or ask for help; the backups are in %2.</source>
        <translation>Această bază de date nu a trecut verificarea de integritate SQLite (%1). Nu se mai salvează nimic în ea. Restaurați o copie de siguranță (Fișier → Restaurare) sau cereți ajutor; copiile sunt în %2.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/main_window.py" line="321"/>
        <source>The database is damaged</source>
        <translation>Baza de date este deteriorată</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="6"/>
        <source>Mediator Desk</source>
        <translation>Mediator Desk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="19"/>
        <source>Pages</source>
        <translation>Pagini</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="42"/>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="56"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="63"/>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="68"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="80"/>
        <source>&amp;New database…</source>
        <translation>Bază de date &amp;nouă…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="81"/>
        <source>Start a new, empty database file (another venue, or real work after the demo)</source>
        <translation>Începe un fișier nou, gol (alt spațiu sau munca reală după demonstrație)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="82"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="85"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Deschide o bază de date…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="86"/>
        <source>Work on another database file (a coordinator&apos;s copy, a restored backup)</source>
        <translation>Lucrați în alt fișier (copia coordonatorului, o copie de siguranță restaurată)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="87"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="90"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportă…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="91"/>
        <source>Save sessions, groups, counts or feedback for a period as CSV or XLSX</source>
        <translation>Salvează tururi, grupuri, numărători sau feedback pentru o perioadă, ca CSV sau XLSX</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="92"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="95"/>
        <source>Start a &amp;tour…</source>
        <translation>Începe un &amp;tur…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="96"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="99"/>
        <source>Visitor &amp;kiosk…</source>
        <translation>&amp;Chioșcul pentru vizitatori…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="100"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="103"/>
        <source>&amp;Settings</source>
        <translation>&amp;Setări</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="104"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="108"/>
        <source>&amp;Full screen</source>
        <translation>Ecran &amp;complet</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="110"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="113"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="114"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="117"/>
        <source>&amp;Merge another laptop&apos;s data…</source>
        <translation>Î&amp;mbină datele altui laptop…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="118"/>
        <source>Bring in another laptop&apos;s database file or backup (e.g. from a USB stick)</source>
        <translation>Aduceți fișierul de date sau copia de rezervă a altui laptop (de ex. de pe un stick USB)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="119"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="122"/>
        <source>Save a &amp;copy for the coordinator…</source>
        <translation>Salvează o &amp;copie pentru coordonator…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="123"/>
        <source>A consistent copy of this database, named with this laptop and the date</source>
        <translation>O copie coerentă a acestei baze de date, denumită după acest laptop și dată</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="126"/>
        <source>&amp;Sync with the team&apos;s server</source>
        <translation>&amp;Sincronizează cu serverul echipei</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="127"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="131"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="135"/>
        <source>&amp;About Mediator Desk</source>
        <translation>&amp;Despre Mediator Desk</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/manual_window.py" line="30"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/manual_window.ui" line="5"/>
        <source>Mediator Desk manual</source>
        <translation>Manualul Mediator Desk</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../mediator_desk/views/page.py" line="55"/>
        <source>There is no exhibition yet. Set up your venue and its first exhibition, or explore with demo data.</source>
        <translation>Nu există încă nicio expoziție. Configurați spațiul și prima expoziție sau explorați cu date demonstrative.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/page.py" line="57"/>
        <source>Set up…</source>
        <translation>Configurează…</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="41"/>
        <source>&amp;Step up</source>
        <translation>&amp;Crește</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="42"/>
        <source>Step &amp;down</source>
        <translation>&amp;Scade</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="43"/>
        <source>&amp;Select All</source>
        <translation>&amp;Selectează tot</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="45"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="46"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="47"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="48"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="49"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="50"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="51"/>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../mediator_desk/views/prompts.py" line="26"/>
        <location filename="../../mediator_desk/views/qt_texts.py" line="26"/>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/prompts.py" line="27"/>
        <location filename="../../mediator_desk/views/qt_texts.py" line="27"/>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="39"/>
        <source>Show Details...</source>
        <translation>Arată detaliile...</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="40"/>
        <source>Hide Details...</source>
        <translation>Ascunde detaliile...</translation>
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
        <translation>Salvează</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="18"/>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="19"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="20"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="21"/>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="22"/>
        <source>Discard</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="23"/>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="24"/>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="25"/>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="44"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copiază adresa &amp;legăturii</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="52"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="53"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="54"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="55"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="56"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="57"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="58"/>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="28"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Îna&amp;poi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="29"/>
        <source>&amp;Next</source>
        <translation>Î&amp;nainte</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="30"/>
        <source>&amp;Next &gt;</source>
        <translation>Î&amp;nainte &gt;</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="31"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizează</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="32"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="33"/>
        <source>Commit</source>
        <translation>Confirmă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="34"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="35"/>
        <source>Go Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="36"/>
        <source>Continue</source>
        <translation>Continuă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="37"/>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/qt_texts.py" line="38"/>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="46"/>
        <source>Daily report</source>
        <translation>Raport zilnic</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="46"/>
        <source>Period / season report</source>
        <translation>Raport pe perioadă / sezon</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="47"/>
        <source>Statistics return</source>
        <translation>Raport statistic</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="47"/>
        <source>Voucher / funder report</source>
        <translation>Raport vouchere / finanțator</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="48"/>
        <source>Tour sheet</source>
        <translation>Fișa turului</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="72"/>
        <source>Make the report with these choices (Ctrl+N)</source>
        <translation>Faceți raportul cu aceste alegeri (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="79"/>
        <location filename="../../mediator_desk/views/reports_page.py" line="158"/>
        <location filename="../../forms/reports_page.ui" line="6"/>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="84"/>
        <source>All exhibitions</source>
        <translation>Toate expozițiile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="95"/>
        <source>&amp;Day:</source>
        <translation>&amp;Ziua:</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="133"/>
        <source>Tour: there is no tour on that day to print.</source>
        <translation>Tur: nu există niciun tur în acea zi.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="136"/>
        <source>To: the last day is before the first day.</source>
        <translation>Până la: ultima zi este înaintea primei zile.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="157"/>
        <source>Generating…</source>
        <translation>Se generează…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="196"/>
        <location filename="../../mediator_desk/views/reports_page.py" line="197"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 din %2</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="207"/>
        <source>The choices changed while the report was made: generate it again.</source>
        <translation>Alegerile s-au schimbat cât timp se făcea raportul: generați-l din nou.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="239"/>
        <source>Print</source>
        <translation>Tipărire</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="218"/>
        <source>The report could not be made: %1</source>
        <translation>Raportul nu a putut fi generat: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/reports_page.py" line="200"/>
        <source>… %Ln more page(s) in the PDF</source>
        <translation>
            <numerusform>… încă %Ln pagină în PDF</numerusform>
            <numerusform>… încă %Ln pagini în PDF</numerusform>
            <numerusform>… încă %Ln de pagini în PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/reports_page.py" line="212"/>
        <source>Ready: %Ln page(s), shown below. Save, open or print it.</source>
        <translation>
            <numerusform>Gata: %Ln pagină, afișată mai jos. Salvați-l, deschideți-l sau tipăriți-l.</numerusform>
            <numerusform>Gata: %Ln pagini, afișate mai jos. Salvați-l, deschideți-l sau tipăriți-l.</numerusform>
            <numerusform>Gata: %Ln de pagini, afișate mai jos. Salvați-l, deschideți-l sau tipăriți-l.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/reports_page.py" line="226"/>
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>S-a trimis %Ln pagină la imprimantă.</numerusform>
            <numerusform>S-au trimis %Ln pagini la imprimantă.</numerusform>
            <numerusform>S-au trimis %Ln de pagini la imprimantă.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="251"/>
        <source>Saved %1</source>
        <translation>Salvat: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="249"/>
        <location filename="../../mediator_desk/views/reports_page.py" line="257"/>
        <source>Save report</source>
        <translation>Salvează raportul</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="7"/>
        <source>Print what you hand in: the tour sheet, the daily report, the period or season report, the statistics return and the voucher/funder report. Reports are A4 PDFs with an embedded font, so every name prints as it was typed.</source>
        <translation>Tipăriți ce predați: fișa turului, raportul zilnic, raportul pe perioadă sau sezon, raportul statistic și raportul pentru vouchere și finanțatori. Rapoartele sunt PDF-uri A4 cu font inclus, deci fiecare nume apare exact cum a fost scris.</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="10"/>
        <source>&amp;Report:</source>
        <translation>&amp;Raport:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="12"/>
        <source>&amp;From:</source>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/reports_page.py" line="95"/>
        <location filename="../../forms/reports_page.ui" line="14"/>
        <source>&amp;To:</source>
        <translation>&amp;Până la:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="16"/>
        <source>E&amp;xhibition:</source>
        <translation>E&amp;xpoziția:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="18"/>
        <source>T&amp;our:</source>
        <translation>T&amp;urul:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="20"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Limba raportului:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="22"/>
        <source>Show groups smaller than 5 as “&lt;5” (privacy)</source>
        <translation>Afișează grupurile mai mici de 5 ca „&lt;5” (confidențialitate)</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="27"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generează</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="29"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Salvează ca…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="30"/>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Deschide în vizualizator</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="31"/>
        <source>&amp;Print…</source>
        <translation>&amp;Tipărește…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="36"/>
        <source>Report preview</source>
        <translation>Previzualizarea raportului</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="86"/>
        <location filename="../../forms/settings_page.ui" line="9"/>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="89"/>
        <source>Venues</source>
        <translation>Spații</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="89"/>
        <source>Exhibitions</source>
        <translation>Expoziții</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="89"/>
        <source>Mediators</source>
        <translation>Mediatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="90"/>
        <source>Programmes</source>
        <translation>Programe</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="90"/>
        <source>Partner organisations</source>
        <translation>Organizații partenere</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="91"/>
        <source>Vouchers</source>
        <translation>Vouchere</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="91"/>
        <source>Team and sync</source>
        <translation>Echipa și sincronizarea</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="92"/>
        <source>Kiosk, reports, language</source>
        <translation>Chioșc, rapoarte, limbă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="95"/>
        <location filename="../../mediator_desk/views/settings_page.py" line="99"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="95"/>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="95"/>
        <source>Country (IT, RO…)</source>
        <translation>Țara (RO, IT…)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="96"/>
        <source>Time zone</source>
        <translation>Fus orar</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="96"/>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="96"/>
        <source>Opening hours</source>
        <translation>Program de vizitare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="97"/>
        <source>Online survey address</source>
        <translation>Adresa chestionarului online</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="97"/>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="98"/>
        <source>Venue</source>
        <translation>Spațiu</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="98"/>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="98"/>
        <source>End</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="99"/>
        <source>Languages (it, en…)</source>
        <translation>Limbi (ro, en…)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="100"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="100"/>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="100"/>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="101"/>
        <source>Funder</source>
        <translation>Finanțator</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="101"/>
        <source>Target groups</source>
        <translation>Grupuri țintă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="101"/>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="102"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="102"/>
        <source>Partner</source>
        <translation>Partener</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="103"/>
        <source>Target group</source>
        <translation>Grup țintă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="103"/>
        <source>Issued on</source>
        <translation>Emis la</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="104"/>
        <source>Valid until</source>
        <translation>Valabil până la</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="104"/>
        <source>Answers per QR card</source>
        <translation>Răspunsuri per card QR</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="108"/>
        <source>Where the exhibitions are: the time zone decides how times are shown; opening hours drive the counter&apos;s chart; the survey address (with {session} and {card}) goes into the QR codes.</source>
        <translation>Unde sunt expozițiile: fusul orar decide cum se afișează orele; programul de vizitare apare în graficul numărătorului; adresa chestionarului (cu {session} și {card}) intră în codurile QR.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="111"/>
        <source>Each exhibition belongs to a venue; its dates mark its run.</source>
        <translation>Fiecare expoziție aparține unui spațiu; datele ei marchează perioada de deschidere.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="112"/>
        <source>The team. Inactive mediators stay in past tours but are not offered for new ones.</source>
        <translation>Echipa. Mediatorii inactivi rămân în tururile trecute, dar nu mai sunt propuși pentru cele noi.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="113"/>
        <source>Programmes and their funders, e.g. a Cultural Voucher.</source>
        <translation>Programe și finanțatorii lor, de ex. un Voucher Cultural.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="114"/>
        <source>Schools, NGOs and other partners that bring groups.</source>
        <translation>Școli, ONG-uri și alți parteneri care aduc grupuri.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="115"/>
        <source>Voucher codes issued to partners; a group that uses one redeems it.</source>
        <translation>Coduri de voucher emise partenerilor; grupul care folosește unul îl valorifică.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="246"/>
        <location filename="../../mediator_desk/views/settings_page.py" line="356"/>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="259"/>
        <location filename="../../mediator_desk/views/settings_page.py" line="269"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="336"/>
        <location filename="../../mediator_desk/views/settings_page.py" line="374"/>
        <source>Syncing…</source>
        <translation>Se sincronizează…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="349"/>
        <source>Server address: write it as postgresql://user@host:port/database.</source>
        <translation>Adresa serverului: scrieți-o ca postgresql://utilizator@gazdă:port/bazădedate.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="357"/>
        <source>Team server saved.</source>
        <translation>Serverul echipei a fost salvat.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="363"/>
        <source>Server address: none yet.</source>
        <translation>Adresa serverului: încă niciuna.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="365"/>
        <source>Connecting…</source>
        <translation>Se conectează…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="387"/>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="387"/>
        <source>Kept (laptop)</source>
        <translation>Păstrată (laptop)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="387"/>
        <source>Other version (laptop)</source>
        <translation>Cealaltă versiune (laptop)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="388"/>
        <source>What differs</source>
        <translation>Ce diferă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="396"/>
        <source>renamed to %1</source>
        <translation>redenumit în %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="397"/>
        <source>The same code was used twice; the older record keeps it.</source>
        <translation>Același cod a fost folosit de două ori; înregistrarea mai veche îl păstrează.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="400"/>
        <source>%1: “%2” (kept) / “%3” (other)</source>
        <translation>%1: „%2” (păstrat) / „%3” (celălalt)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="415"/>
        <source>Nothing to look at: no record was changed on two laptops before they met.</source>
        <translation>Nimic de verificat: nicio înregistrare nu a fost modificată pe două laptopuri înainte ca ele să se întâlnească.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/settings_page.py" line="416"/>
        <source>%Ln record(s) were changed on two laptops before they met. The later edit is kept everywhere; choose “Keep the other version” to put the other one back instead.</source>
        <translation>
            <numerusform>%Ln înregistrare a fost modificată pe două laptopuri înainte ca ele să se întâlnească. Se păstrează peste tot modificarea cea mai recentă; alegeți „Păstrează cealaltă versiune” ca s-o readuceți pe cealaltă.</numerusform>
            <numerusform>%Ln înregistrări au fost modificate pe două laptopuri înainte ca ele să se întâlnească. Se păstrează peste tot modificarea cea mai recentă; alegeți „Păstrează cealaltă versiune” ca s-o readuceți pe cealaltă.</numerusform>
            <numerusform>%Ln de înregistrări au fost modificate pe două laptopuri înainte ca ele să se întâlnească. Se păstrează peste tot modificarea cea mai recentă; alegeți „Păstrează cealaltă versiune” ca s-o readuceți pe cealaltă.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="433"/>
        <source>%1: “%2”, made %3 times</source>
        <translation>%1: „%2”, făcut de %3 ori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="436"/>
        <source>No record is here twice.</source>
        <translation>Nicio înregistrare nu apare de două ori.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="437"/>
        <source>These records have the same name: the same venue set up on two laptops, or a name typed in twice. “Join into one” keeps the oldest and moves everything that points to the others onto it (tours, walk-ins, feedback…); it travels to the other laptops, and Ctrl+Z undoes it.</source>
        <translation>Aceste înregistrări au același nume: același loc configurat pe două laptopuri sau un nume scris de două ori. „Uniți într-una” o păstrează pe cea mai veche și mută pe ea tot ce trimite la celelalte (tururi, vizitatori, feedback…); se transmite celorlalte laptopuri, iar Ctrl+Z o anulează.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="463"/>
        <source>Join %1</source>
        <translation>Unire %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="464"/>
        <source>Joined into one: %1</source>
        <translation>Unite într-una: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="487"/>
        <source>The other version is back.</source>
        <translation>Cealaltă versiune a revenit.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="488"/>
        <source>The kept version stays.</source>
        <translation>Versiunea păstrată rămâne.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="258"/>
        <source>Delete “%1”?</source>
        <translation>Ștergeți „%1”?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="260"/>
        <source>Keep</source>
        <translation>Păstrează</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="272"/>
        <source>“%1” was deleted.</source>
        <translation>„%1” a fost șters.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="283"/>
        <source>A PIN is set.</source>
        <translation>Un PIN este setat.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="284"/>
        <source>No PIN yet: the kiosk cannot be opened.</source>
        <translation>Niciun PIN încă: chioșcul nu poate fi deschis.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/settings_page.py" line="313"/>
        <location filename="../../mediator_desk/views/settings_page.py" line="314"/>
        <source>The kiosk PIN is set.</source>
        <translation>PIN-ul chioșcului este setat.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="16"/>
        <source>Settings sections</source>
        <translation>Secțiunile setărilor</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="48"/>
        <source>Records</source>
        <translation>Înregistrări</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="74"/>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="97"/>
        <source>&amp;New</source>
        <translation>&amp;Nou</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="104"/>
        <location filename="../../forms/settings_page.ui" line="185"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="111"/>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="143"/>
        <source>The laptops of a venue share their work in two ways, under the same rules: by file when there is no network (File → Merge another laptop&apos;s data…), or through the team&apos;s PostgreSQL server when there is one. Walk-ins and feedback are added up, never counted twice; for an edited record the later edit is kept everywhere.</source>
        <translation>Laptopurile unei locații își împart munca în două feluri, după aceleași reguli: prin fișier când nu există rețea (Fișier → Îmbină datele altui laptop…) sau prin serverul PostgreSQL al echipei când există. Vizitatorii și feedbackul se adună, nu se numără niciodată de două ori; pentru o înregistrare modificată se păstrează peste tot modificarea cea mai recentă.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="149"/>
        <source>Team server</source>
        <translation>Serverul echipei</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="153"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresa serverului:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="159"/>
        <source>postgresql://laptop@server.example.org:5432/mediator_desk</source>
        <translation>postgresql://laptop@server.example.org:5432/mediator_desk</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="160"/>
        <source>Server address</source>
        <translation>Adresa serverului</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="165"/>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="172"/>
        <source>kept in the system&apos;s password store, never in a file</source>
        <translation>păstrată în depozitul de parole al sistemului, niciodată într-un fișier</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="173"/>
        <source>Server password</source>
        <translation>Parola serverului</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="178"/>
        <source>Sync &amp;automatically every few minutes while the server answers</source>
        <translation>Sincronizează &amp;automat la câteva minute cât timp serverul răspunde</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="190"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testează conexiunea</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="195"/>
        <source>Sync &amp;now</source>
        <translation>Sincronizează &amp;acum</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="217"/>
        <source>Edited on two laptops</source>
        <translation>Modificate pe două laptopuri</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="227"/>
        <source>Conflicts</source>
        <translation>Conflicte</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="232"/>
        <source>Records edited on two laptops</source>
        <translation>Înregistrări modificate pe două laptopuri</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="239"/>
        <source>Keep the &amp;other version</source>
        <translation>Păstrează &amp;cealaltă versiune</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="244"/>
        <source>&amp;Keep this version</source>
        <translation>Păstrează &amp;această versiune</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="259"/>
        <source>Made twice</source>
        <translation>Făcute de două ori</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="270"/>
        <source>Records made twice</source>
        <translation>Înregistrări făcute de două ori</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="278"/>
        <source>&amp;Join into one</source>
        <translation>&amp;Uniți într-una</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="293"/>
        <source>By file (no network)</source>
        <translation>Prin fișier (fără rețea)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="297"/>
        <source>&amp;Merge another laptop&apos;s data…</source>
        <translation>Î&amp;mbină datele altui laptop…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="302"/>
        <source>Save a &amp;copy for the coordinator…</source>
        <translation>Salvează o &amp;copie pentru coordonator…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="320"/>
        <source>Visitor kiosk</source>
        <translation>Chioșc pentru vizitatori</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="329"/>
        <source>The kiosk screen can only be left with this PIN. It is stored on this laptop as a salted hash, never as the PIN itself.</source>
        <translation>Ecranul chioșcului poate fi părăsit doar cu acest PIN. Pe acest laptop se păstrează doar o amprentă criptografică (cu sare), niciodată PIN-ul însuși.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="336"/>
        <source>&amp;Current PIN:</source>
        <translation>PIN-ul &amp;actual:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="356"/>
        <source>New &amp;PIN:</source>
        <translation>&amp;PIN nou:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="376"/>
        <source>&amp;Repeat the PIN:</source>
        <translation>&amp;Repetați PIN-ul:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="396"/>
        <source>Require &amp;6 digits or more (for a new PIN)</source>
        <translation>Cereți &amp;6 cifre sau mai multe (pentru un PIN nou)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="405"/>
        <source>Set the kiosk PIN</source>
        <translation>Setează PIN-ul chioșcului</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="431"/>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="437"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Limba raportului:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="450"/>
        <source>Show groups smaller than 5 as “&lt;5” (privacy)</source>
        <translation>Afișează grupurile mai mici de 5 ca „&lt;5” (confidențialitate)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="460"/>
        <source>Interface</source>
        <translation>Interfață</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="466"/>
        <source>&amp;Interface language:</source>
        <translation>Limba &amp;interfeței:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="482"/>
        <source>A new interface language applies the next time Mediator Desk starts.</source>
        <translation>Noua limbă a interfeței se aplică la următoarea pornire a Mediator Desk.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="95"/>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="158"/>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="160"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="95"/>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="160"/>
        <source>Languages</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="95"/>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="160"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="98"/>
        <source>Names of the team, one per line</source>
        <translation>Numele echipei, câte unul pe rând</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="99"/>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="152"/>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="77"/>
        <source>Counter categories</source>
        <translation>Categoriile de numărare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="100"/>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="69"/>
        <source>Languages and roles</source>
        <translation>Limbi și roluri</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="115"/>
        <source>This country has several time zones: check that the one chosen is the venue&apos;s.</source>
        <translation>Țara aceasta are mai multe fusuri orare: verificați că cel ales este al locului.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="158"/>
        <source>Time zone</source>
        <translation>Fus orar</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="158"/>
        <source>Country</source>
        <translation>Țara</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="159"/>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="159"/>
        <source>Closes</source>
        <translation>Se închide</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="159"/>
        <source>Names</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="161"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="161"/>
        <source>Repeat the PIN</source>
        <translation>Repetați PIN-ul</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="161"/>
        <source>Current PIN</source>
        <translation>PIN-ul actual</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="162"/>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="105"/>
        <source>Join a team</source>
        <translation>Alăturați-vă unei echipe</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="203"/>
        <source>Role of %1</source>
        <translation>Rolul lui %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="221"/>
        <source>New category</source>
        <translation>Categorie nouă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="252"/>
        <source>The coordinator&apos;s file</source>
        <translation>Fișierul coordonatorului</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/setup_wizard.py" line="253"/>
        <source>Mediator Desk databases and backups (*.sqlite *.db);;All files (*)</source>
        <translation>Baze de date și copii Mediator Desk (*.sqlite *.db);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="5"/>
        <source>Set up Mediator Desk</source>
        <translation>Configurarea Mediator Desk</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="9"/>
        <source>Welcome to Mediator Desk</source>
        <translation>Bun venit în Mediator Desk</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="10"/>
        <source>This database is empty. How would you like to begin?</source>
        <translation>Această bază de date este goală. Cum doriți să începeți?</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="12"/>
        <source>&amp;Set up my venue (about two minutes)</source>
        <translation>&amp;Configurez spațiul meu (cam două minute)</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="13"/>
        <source>The venue and its opening hours, the first exhibition, the team, the counter categories and the kiosk PIN. Everything can be changed later in Settings.</source>
        <translation>Spațiul și programul lui, prima expoziție, echipa, categoriile de numărare și PIN-ul chioșcului. Totul se poate schimba ulterior în Setări.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="14"/>
        <source>&amp;Explore with demo data</source>
        <translation>&amp;Explorez cu date demonstrative</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="15"/>
        <source>Two venues, two months of tours, counts and feedback, to try every page and report. Use a new database file for your real work.</source>
        <translation>Două spații, două luni de tururi, numărători și feedback, pentru a încerca fiecare pagină și raport. Pentru munca reală folosiți un fișier nou de bază de date.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="16"/>
        <source>&amp;Join a team</source>
        <translation>Mă &amp;alătur unei echipe</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="17"/>
        <source>Start from the coordinator&apos;s file, or from the team&apos;s server address.</source>
        <translation>Porniți de la fișierul coordonatorului sau de la adresa serverului echipei.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="22"/>
        <source>Your venue</source>
        <translation>Spațiul dumneavoastră</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="23"/>
        <source>Where the exhibitions are. The time zone decides how times are shown; the opening hours shade the counter&apos;s chart.</source>
        <translation>Unde sunt expozițiile. Fusul orar decide cum se afișează orele; programul de vizitare apare în graficul numărătorului.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="25"/>
        <source>&amp;Name *</source>
        <translation>&amp;Nume *</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="27"/>
        <source>&amp;City</source>
        <translation>&amp;Oraș</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="29"/>
        <source>C&amp;ountry (RO, IT…)</source>
        <translation>Ța&amp;ra (RO, IT…)</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="31"/>
        <source>&amp;Time zone *</source>
        <translation>&amp;Fus orar *</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="33"/>
        <source>O&amp;pen from</source>
        <translation>&amp;Deschis de la</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="37"/>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="42"/>
        <source>Open on</source>
        <translation>Deschis în zilele</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="48"/>
        <source>The first exhibition</source>
        <translation>Prima expoziție</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="49"/>
        <source>What visitors come to see. Counts, tours and feedback belong to an exhibition.</source>
        <translation>Ce vin vizitatorii să vadă. Numărătorile, tururile și feedbackul aparțin unei expoziții.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="51"/>
        <source>T&amp;itle *</source>
        <translation>&amp;Titlu *</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="53"/>
        <source>&amp;Opens</source>
        <translation>Se &amp;deschide</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="55"/>
        <source>C&amp;loses</source>
        <translation>Se în&amp;chide</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="61"/>
        <source>The team</source>
        <translation>Echipa</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="62"/>
        <source>Paste or type the names of the mediators, one per line. Next come their languages and roles.</source>
        <translation>Lipiți sau scrieți numele mediatorilor, câte unul pe rând. Urmează limbile și rolurile lor.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="70"/>
        <source>The languages each person guides in (two-letter codes such as ro, en, it) and their role.</source>
        <translation>Limbile în care ghidează fiecare (coduri de două litere, ca ro, en, it) și rolul lor.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="78"/>
        <source>Each walk-in visitor is counted in one category, with one key (1–9). Rename them with a double click.</source>
        <translation>Fiecare vizitator se numără într-o categorie, cu o tastă (1–9). Redenumiți-le cu dublu clic.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="83"/>
        <source>&amp;Add</source>
        <translation>&amp;Adaugă</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="84"/>
        <source>&amp;Remove</source>
        <translation>&amp;Elimină</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="91"/>
        <source>The kiosk PIN</source>
        <translation>PIN-ul chioșcului</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="92"/>
        <source>Visitors can give feedback on this laptop&apos;s kiosk screen; only this PIN (4 to 12 digits) leaves it. You can also set it later in Settings.</source>
        <translation>Vizitatorii pot da feedback pe ecranul-chioșc al acestui laptop; doar acest PIN (4–12 cifre) îl părăsește. Îl puteți stabili și mai târziu în Setări.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="94"/>
        <source>This laptop already has a kiosk PIN: leave these fields empty to keep it, or type it first to set a new one.</source>
        <translation>Acest laptop are deja un PIN pentru chioșc: lăsați câmpurile goale ca să-l păstrați sau introduceți-l mai întâi pentru a seta unul nou.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="95"/>
        <source>C&amp;urrent PIN</source>
        <translation>PIN-ul a&amp;ctual</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="97"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="99"/>
        <source>&amp;Repeat the PIN</source>
        <translation>&amp;Repetați PIN-ul</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="106"/>
        <source>Bring in the team&apos;s data: a file from the coordinator (a copy or a backup), or the address of the team&apos;s server.</source>
        <translation>Aduceți datele echipei: un fișier de la coordonator (o copie sau o copie de siguranță) sau adresa serverului echipei.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="108"/>
        <source>Coordinator&apos;s &amp;file</source>
        <translation>&amp;Fișierul coordonatorului</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="112"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Alege…</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/setup_wizard.ui" line="115"/>
        <source>or the team&apos;s &amp;server</source>
        <translation>sau &amp;serverul echipei</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="90"/>
        <source>The password is kept in the system&apos;s password store.</source>
        <translation>Parola este păstrată în depozitul de parole al sistemului.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="94"/>
        <source>There is no system password store here: the password is kept until Mediator Desk closes. To keep it, put it in ~/.pgpass (docs/team-server.md).</source>
        <translation>Aici nu există un depozit de parole al sistemului: parola este păstrată până la închiderea Mediator Desk. Ca s-o păstrați, puneți-o în ~/.pgpass (docs/team-server.md).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="118"/>
        <source>Syncing…</source>
        <translation>Se sincronizează…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="128"/>
        <source>Offline · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Offline · %Ln modificare în așteptare</numerusform>
            <numerusform>Offline · %Ln modificări în așteptare</numerusform>
            <numerusform>Offline · %Ln de modificări în așteptare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="130"/>
        <source>Not synced yet</source>
        <translation>Încă nesincronizat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="132"/>
        <source>Synced %1 · %Ln waiting</source>
        <translation>
            <numerusform>Sincronizat la %1 · %Ln în așteptare</numerusform>
            <numerusform>Sincronizat la %1 · %Ln în așteptare</numerusform>
            <numerusform>Sincronizat la %1 · %Ln în așteptare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="164"/>
        <source>The sync was stopped.</source>
        <translation>Sincronizarea a fost oprită.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="175"/>
        <source>Sync with the team&apos;s server</source>
        <translation>Sincronizare cu serverul echipei</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="176"/>
        <source>%1

Sync anyway?</source>
        <translation>%1

Sincronizați totuși?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="177"/>
        <source>Sync anyway</source>
        <translation>Sincronizați totuși</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="177"/>
        <location filename="../../mediator_desk/views/team.py" line="255"/>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="185"/>
        <source>this laptop&apos;s clock is %1 behind the server&apos;s</source>
        <translation>ceasul acestui laptop e cu %1 în urma serverului</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="187"/>
        <source>this laptop&apos;s clock is %1 ahead of the server&apos;s</source>
        <translation>ceasul acestui laptop e cu %1 înaintea serverului</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="211"/>
        <source>The server answers. Its database is still empty: the first sync creates the tables (with the owner&apos;s role, see docs/team-server.md).</source>
        <translation>Serverul răspunde. Baza lui de date e încă goală: prima sincronizare creează tabelele (cu rolul proprietarului, vezi docs/team-server.md).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="213"/>
        <source>The server answers and is ready for this laptop.</source>
        <translation>Serverul răspunde și este gata pentru acest laptop.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="226"/>
        <location filename="../../mediator_desk/views/team.py" line="229"/>
        <location filename="../../mediator_desk/views/team.py" line="253"/>
        <location filename="../../mediator_desk/views/team.py" line="258"/>
        <location filename="../../mediator_desk/views/team.py" line="259"/>
        <location filename="../../mediator_desk/views/team.py" line="267"/>
        <source>Merge another laptop&apos;s data</source>
        <translation>Îmbinarea datelor altui laptop</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="227"/>
        <source>This database is open read-only: nothing can be merged into it.</source>
        <translation>Această bază de date este deschisă doar pentru citire: nu se poate îmbina nimic în ea.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="254"/>
        <source>%1

Merge anyway?</source>
        <translation>%1

Uniți totuși?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="255"/>
        <source>Merge anyway</source>
        <translation>Uniți totuși</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="261"/>
        <source>Merging… The database is backed up first.</source>
        <translation>Se îmbină… Întâi se face o copie de rezervă a bazei de date.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="273"/>
        <source>%1: this is the open database itself; nothing to merge.</source>
        <translation>%1: este chiar baza de date deschisă; nu este nimic de îmbinat.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="275"/>
        <source>%1: nothing new — everything in it was here already.</source>
        <translation>%1: nimic nou — totul din el era deja aici.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="279"/>
        <source>From %1:</source>
        <translation>Din %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="280"/>
        <source>%Ln new walk-in count(s), %1 visitors</source>
        <translation>
            <numerusform>%Ln numărare nouă, %1 vizitatori</numerusform>
            <numerusform>%Ln numărări noi, %1 vizitatori</numerusform>
            <numerusform>%Ln de numărări noi, %1 vizitatori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="282"/>
        <source>%Ln new tour(s), %1 updated</source>
        <translation>
            <numerusform>%Ln tur nou, %1 actualizate</numerusform>
            <numerusform>%Ln ture noi, %1 actualizate</numerusform>
            <numerusform>%Ln de ture noi, %1 actualizate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="283"/>
        <source>%Ln new group(s), %1 updated</source>
        <translation>
            <numerusform>%Ln grup nou, %1 actualizate</numerusform>
            <numerusform>%Ln grupuri noi, %1 actualizate</numerusform>
            <numerusform>%Ln de grupuri noi, %1 actualizate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="284"/>
        <source>%Ln new feedback answer(s)</source>
        <translation>
            <numerusform>%Ln răspuns nou de feedback</numerusform>
            <numerusform>%Ln răspunsuri noi de feedback</numerusform>
            <numerusform>%Ln de răspunsuri noi de feedback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="285"/>
        <source>%Ln new reference record(s), %1 updated</source>
        <translation>
            <numerusform>%Ln înregistrare de referință nouă, %1 actualizate</numerusform>
            <numerusform>%Ln înregistrări de referință noi, %1 actualizate</numerusform>
            <numerusform>%Ln de înregistrări de referință noi, %1 actualizate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="288"/>
        <source>%Ln record(s) edited on both laptops: see Settings → Team</source>
        <translation>
            <numerusform>%Ln înregistrare modificată pe ambele laptopuri: vedeți Setări → Echipa și sincronizarea</numerusform>
            <numerusform>%Ln înregistrări modificate pe ambele laptopuri: vedeți Setări → Echipa și sincronizarea</numerusform>
            <numerusform>%Ln de înregistrări modificate pe ambele laptopuri: vedeți Setări → Echipa și sincronizarea</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/team.py" line="290"/>
        <source>%Ln voucher or card code(s) used twice: the newer one was renamed</source>
        <translation>
            <numerusform>%Ln cod de voucher sau card folosit de două ori: cel mai nou a fost redenumit</numerusform>
            <numerusform>%Ln coduri de voucher sau card folosite de două ori: cele mai noi au fost redenumite</numerusform>
            <numerusform>%Ln de coduri de voucher sau card folosite de două ori: cele mai noi au fost redenumite</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="295"/>
        <source>Its newest record is dated %1 ahead of this laptop&apos;s clock: one of the two clocks is wrong (walk-ins are filed under each laptop&apos;s own time).</source>
        <translation>Cea mai nouă înregistrare a sa este datată cu %1 înaintea ceasului acestui laptop: unul dintre cele două ceasuri e greșit (vizitatorii sunt înregistrați după ora fiecărui laptop).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="303"/>
        <location filename="../../mediator_desk/views/team.py" line="313"/>
        <location filename="../../mediator_desk/views/team.py" line="315"/>
        <location filename="../../mediator_desk/views/team.py" line="319"/>
        <source>Save a copy for the coordinator</source>
        <translation>Salvează o copie pentru coordonator</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="316"/>
        <source>Saved %1. The coordinator merges it with File → Merge another laptop&apos;s data.</source>
        <translation>Salvat: %1. Coordonatorul îl îmbină cu Fișier → Îmbină datele altui laptop.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/team.py" line="320"/>
        <source>Copying…</source>
        <translation>Se copiază…</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="46"/>
        <source>Start tour (Ctrl+N or Ctrl+T)</source>
        <translation>Începe turul (Ctrl+N sau Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="55"/>
        <source>End the selected tour, or the one running now (Ctrl+E)</source>
        <translation>Încheie turul selectat sau pe cel în desfășurare (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="56"/>
        <source>Plan the selected tour again in the next slot (Ctrl+R)</source>
        <translation>Planifică din nou turul selectat în intervalul următor (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="59"/>
        <location filename="../../forms/today_page.ui" line="8"/>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="64"/>
        <source>Nobody is in the team yet: add the mediators so that tours and counts have a name.</source>
        <translation>Echipa este încă goală: adăugați mediatorii, ca tururile și numărătorile să aibă un nume.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="65"/>
        <source>Add the team…</source>
        <translation>Adaugă echipa…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="78"/>
        <source>(choose your name)</source>
        <translation>(alegeți-vă numele)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="98"/>
        <source>tours held / planned today</source>
        <translation>tururi ținute / planificate azi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="121"/>
        <location filename="../../mediator_desk/views/today_page.py" line="126"/>
        <source>Start tour</source>
        <translation>Începe turul</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="121"/>
        <source>Add the team first (Settings → Mediators): every tour has a lead mediator.</source>
        <translation>Adăugați mai întâi echipa (Setări → Mediatori): fiecare tur are un mediator principal.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="127"/>
        <source>Choose your name under “I am” first: the tour starts with you as its lead.</source>
        <translation>Alegeți-vă mai întâi numele la „Eu sunt”: turul începe cu dumneavoastră ca mediator principal.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="129"/>
        <source>Add the team&apos;s names first (Settings → Mediators): a tour starts with its lead mediator.</source>
        <translation>Adăugați mai întâi numele echipei (Setări → Mediatori): un tur începe cu mediatorul său principal.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/today_page.py" line="164"/>
        <source>Working on “%1”.</source>
        <translation>Se lucrează la „%1”.</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="11"/>
        <source>&amp;Exhibition:</source>
        <translation>&amp;Expoziția:</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="13"/>
        <source>&amp;I am:</source>
        <translation>&amp;Eu sunt:</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="23"/>
        <source>walk-in visitors today</source>
        <translation>vizitatori azi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="31"/>
        <source>tours today</source>
        <translation>tururi azi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="39"/>
        <source>tour participants</source>
        <translation>participanți la tururi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="47"/>
        <source>feedback entries</source>
        <translation>răspunsuri de feedback</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="53"/>
        <location filename="../../forms/today_page.ui" line="55"/>
        <source>Today&apos;s tours</source>
        <translation>Tururile de azi</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="63"/>
        <source>&amp;Start tour</source>
        <translation>Înce&amp;pe turul</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="64"/>
        <source>E&amp;nd tour</source>
        <translation>Înc&amp;heie turul</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="65"/>
        <source>&amp;Repeat for next slot</source>
        <translation>&amp;Repetă la următorul interval</translation>
    </message>
</context>
<context>
    <name>TourActions</name>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="82"/>
        <source>New tour</source>
        <translation>Tur nou</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="88"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="90"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="117"/>
        <source>Edit tour</source>
        <translation>Editează turul</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="95"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="99"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="106"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="110"/>
        <source>Start tour</source>
        <translation>Începe turul</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="95"/>
        <source>Choose the exhibition first.</source>
        <translation>Alegeți mai întâi expoziția.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="100"/>
        <source>%1

Start the tour anyway?</source>
        <translation>%1

Începeți totuși turul?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="101"/>
        <source>Start anyway</source>
        <translation>Începe totuși</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="101"/>
        <source>Don&apos;t start</source>
        <translation>Nu începe</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="125"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="130"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="135"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="138"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="140"/>
        <source>End tour</source>
        <translation>Încheie turul</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="125"/>
        <source>No tour is running.</source>
        <translation>Niciun tur nu este în desfășurare.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="147"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="149"/>
        <source>Repeat tour</source>
        <translation>Repetă turul</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="157"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="161"/>
        <location filename="../../mediator_desk/views/tour_actions.py" line="163"/>
        <source>Delete tour</source>
        <translation>Șterge turul</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="158"/>
        <source>Delete the tour %1 and its groups?
You can undo this with Ctrl+Z.</source>
        <translation>Ștergeți turul %1 și grupurile lui?
Puteți anula cu Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="159"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tour_actions.py" line="159"/>
        <source>Keep</source>
        <translation>Păstrează</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="47"/>
        <source>New tour</source>
        <translation>Tur nou</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="47"/>
        <source>Edit tour</source>
        <translation>Editează turul</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="79"/>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="79"/>
        <source>(not booked)</source>
        <translation>(fără rezervare)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="160"/>
        <source>Add a visitor group (Ctrl+G)</source>
        <translation>Adaugă un grup de vizitatori (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="161"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salvează (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="173"/>
        <source>%1 · %2 people</source>
        <translation>%1 · %2 persoane</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="273"/>
        <source>(choose the lead)</source>
        <translation>(alegeți mediatorul principal)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="299"/>
        <source>Booked %1 · Actual %2 (%3)</source>
        <translation>Rezervați %1 · Prezenți %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="301"/>
        <source>Not booked · Actual %1</source>
        <translation>Fără rezervare · Prezenți %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="302"/>
        <source>Groups: %1</source>
        <translation>Grupuri: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="307"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="355"/>
        <source>Lead mediator</source>
        <translation>Mediator principal</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="360"/>
        <source>Group %1 · %2</source>
        <translation>Grupul %1 · %2</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="372"/>
        <source>Check</source>
        <translation>Verificați</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="372"/>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="403"/>
        <source>New partner</source>
        <translation>Partener nou</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/dialogs/tour_dialog.py" line="404"/>
        <source>“%1” is not among the partners yet. What kind of organisation is it?</source>
        <translation>„%1” nu este încă printre parteneri. Ce fel de organizație este?</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="6"/>
        <source>Tour</source>
        <translation>Tur</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="32"/>
        <source>&amp;1 Tour</source>
        <translation>&amp;1 Tur</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="38"/>
        <source>E&amp;xhibition:</source>
        <translation>E&amp;xpoziția:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="51"/>
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="64"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="77"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tare:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="90"/>
        <source>P&amp;lanned start:</source>
        <translation>Început p&amp;lanificat:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="110"/>
        <source>A&amp;ctual start:</source>
        <translation>Început &amp;efectiv:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="122"/>
        <source>started</source>
        <translation>a început</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="148"/>
        <source>Actual &amp;end:</source>
        <translation>&amp;Sfârșit efectiv:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="160"/>
        <source>ended</source>
        <translation>s-a încheiat</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="193"/>
        <source>Lan&amp;guages:</source>
        <translation>Lim&amp;bi:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="203"/>
        <source>two-letter codes, e.g. it, en, ro</source>
        <translation>coduri din două litere, de ex. ro, it, en</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="210"/>
        <source>&amp;Mediators:</source>
        <translation>&amp;Mediatori:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="230"/>
        <source>Lea&amp;d mediator:</source>
        <translation>Mediator p&amp;rincipal:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="244"/>
        <source>&amp;2 Groups</source>
        <translation>&amp;2 Grupuri</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="268"/>
        <source>&amp;Add group</source>
        <translation>&amp;Adaugă grup</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="275"/>
        <source>Remo&amp;ve group</source>
        <translation>Eli&amp;mină grupul</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="287"/>
        <source>Group &amp;type:</source>
        <translation>&amp;Tip de grup:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="300"/>
        <source>Ages:</source>
        <translation>Vârste:</translation>
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
        <translation>Participanți:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="444"/>
        <source>Accompanying a&amp;dults:</source>
        <translation>A&amp;dulți însoțitori:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="461"/>
        <source>&amp;First-time visitors:</source>
        <translation>&amp;Vizitatori pentru prima dată:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="478"/>
        <source>&amp;Origin:</source>
        <translation>&amp;Origine:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="493"/>
        <source>Co&amp;untry:</source>
        <translation>Ța&amp;ra:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="503"/>
        <source>IT, RO, DE…</source>
        <translation>RO, IT, DE…</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="512"/>
        <source>School &amp;level:</source>
        <translation>&amp;Nivel școlar:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="522"/>
        <source>e.g. grade 4</source>
        <translation>de ex. clasa a IV-a</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="529"/>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rtener:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="542"/>
        <source>Ad&amp;mission:</source>
        <translation>&amp;Intrare:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="555"/>
        <source>Tar&amp;get group:</source>
        <translation>&amp;Grup țintă:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="568"/>
        <source>How they &amp;heard of us:</source>
        <translation>Cum au a&amp;flat de noi:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="581"/>
        <source>&amp;Vouchers:</source>
        <translation>&amp;Vouchere:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="591"/>
        <source>voucher codes, separated by commas</source>
        <translation>coduri de voucher, separate prin virgulă</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="598"/>
        <source>Access pro&amp;visions:</source>
        <translation>Măsuri de acc&amp;esibilitate:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="622"/>
        <source>&amp;3 Booking</source>
        <translation>&amp;3 Rezervare</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="628"/>
        <source>&amp;Booked size:</source>
        <translation>Persoane re&amp;zervate:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="641"/>
        <source>not booked</source>
        <translation>fără rezervare</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="648"/>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nume contact:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="661"/>
        <source>Contact &amp;phone:</source>
        <translation>&amp;Telefon contact:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="674"/>
        <source>Contact e&amp;mail:</source>
        <translation>E&amp;mail contact:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="687"/>
        <source>&amp;Delete contact after:</source>
        <translation>Ș&amp;terge contactul după:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="707"/>
        <source>Booking &amp;source:</source>
        <translation>&amp;Sursa rezervării:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="723"/>
        <source>The contact is personal data: it is kept only until the date above, never printed in reports, and then deleted.</source>
        <translation>Contactul este o dată personală: se păstrează doar până la data de mai sus, nu apare niciodată în rapoarte și apoi se șterge.</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="731"/>
        <source>&amp;4 Notes</source>
        <translation>&amp;4 Note</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="737"/>
        <source>&amp;Observations:</source>
        <translation>&amp;Observații:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="754"/>
        <source>&amp;Reflection:</source>
        <translation>&amp;Reflecție:</translation>
    </message>
    <message>
        <location filename="../../forms/dialogs/tour_dialog.ui" line="771"/>
        <source>&amp;Incidents:</source>
        <translation>&amp;Incidente:</translation>
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
        <translation>Expoziția</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="33"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="34"/>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="34"/>
        <source>Lead mediator</source>
        <translation>Mediator principal</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="34"/>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="34"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/models.py" line="170"/>
        <source>actual / booked</source>
        <translation>efectiv / rezervat</translation>
    </message>
</context>
<context>
    <name>TourWords</name>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/widgets/pickers.py" line="72"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participanți</numerusform>
            <numerusform>%Ln de participanți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/widgets/pickers.py" line="75"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln grup</numerusform>
            <numerusform>%Ln grupuri</numerusform>
            <numerusform>%Ln de grupuri</numerusform>
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
        <translation>Tururi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="155"/>
        <source>any format</source>
        <translation>orice format</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="158"/>
        <source>any status</source>
        <translation>orice stare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="166"/>
        <source>all exhibitions</source>
        <translation>toate expozițiile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="167"/>
        <source>anyone</source>
        <translation>oricine</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="193"/>
        <source>New tour (Ctrl+N)</source>
        <translation>Tur nou (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="194"/>
        <source>Edit the selected tour (Enter)</source>
        <translation>Editează turul selectat (Enter)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="195"/>
        <source>Plan the same tour in the next slot (Ctrl+R)</source>
        <translation>Planifică același tur în intervalul următor (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="196"/>
        <source>Delete the selected tour (Delete)</source>
        <translation>Șterge turul selectat (Delete)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="197"/>
        <source>Undo the last change to a tour (Ctrl+Z)</source>
        <translation>Anulează ultima modificare a unui tur (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="198"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Refă (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="199"/>
        <source>Search (Ctrl+F)</source>
        <translation>Caută (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="248"/>
        <source>any language</source>
        <translation>orice limbă</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/tours_page.py" line="273"/>
        <source>%1 of %Ln tour(s)</source>
        <translation>
            <numerusform>%1 din %Ln tur</numerusform>
            <numerusform>%1 din %Ln tururi</numerusform>
            <numerusform>%1 din %Ln de tururi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mediator_desk/views/tours_page.py" line="274"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participanți</numerusform>
            <numerusform>%Ln de participanți</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="313"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Anulează: %1</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="314"/>
        <location filename="../../forms/tours_page.ui" line="219"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/tours_page.py" line="334"/>
        <source>Tour deleted. Ctrl+Z brings it back.</source>
        <translation>Tur șters. Ctrl+Z îl readuce.</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="36"/>
        <source>&amp;From:</source>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="56"/>
        <source>T&amp;o:</source>
        <translation>&amp;Până la:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="76"/>
        <source>E&amp;xhibition:</source>
        <translation>E&amp;xpoziția:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="89"/>
        <source>&amp;Search:</source>
        <translation>&amp;Caută:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="99"/>
        <source>names, formats, languages…</source>
        <translation>nume, formate, limbi…</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="109"/>
        <source>&amp;Mediator:</source>
        <translation>&amp;Mediator:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="122"/>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="135"/>
        <source>&amp;Language:</source>
        <translation>&amp;Limba:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="148"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tare:</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="184"/>
        <source>&amp;New tour</source>
        <translation>Tur &amp;nou</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="191"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editează…</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="198"/>
        <source>Re&amp;peat for next slot</source>
        <translation>Re&amp;petă în intervalul următor</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="205"/>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <location filename="../../forms/tours_page.ui" line="226"/>
        <source>Re&amp;do</source>
        <translation>Re&amp;fă</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="59"/>
        <source>Something went wrong: %1

Your data is safe: everything acknowledged on screen was already saved. The details are in the log file.</source>
        <translation>Ceva nu a mers: %1

Datele sunt în siguranță: tot ce a apărut pe ecran era deja salvat. Detaliile sunt în fișierul jurnal.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="103"/>
        <source>The database is busy</source>
        <translation>Baza de date este ocupată</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="104"/>
        <source>%1

Wait and try again?</source>
        <translation>%1

Așteptați și încercați din nou?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="105"/>
        <source>Wait and try again</source>
        <translation>Așteaptă și încearcă din nou</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="106"/>
        <source>Stop</source>
        <translation>Oprește</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="118"/>
        <source>Upgrading %1 for this version of Mediator Desk…
A copy of the file is kept first. This takes a moment; please do not switch the laptop off.</source>
        <translation>Se actualizează %1 pentru această versiune de Mediator Desk…
Mai întâi se păstrează o copie a fișierului. Durează puțin; vă rugăm nu opriți laptopul.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="144"/>
        <location filename="../../mediator_desk/views/app.py" line="148"/>
        <source>Cannot open the database</source>
        <translation>Baza de date nu poate fi deschisă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="149"/>
        <source>Restore a backup…</source>
        <translation>Restaurează o copie de siguranță…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="150"/>
        <source>Choose another file…</source>
        <translation>Alege alt fișier…</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="151"/>
        <location filename="../../mediator_desk/views/app.py" line="288"/>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="155"/>
        <source>Backup to restore</source>
        <translation>Copia de restaurat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="162"/>
        <source>Restore failed</source>
        <translation>Restaurarea a eșuat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="164"/>
        <source>Database file</source>
        <translation>Fișierul bazei de date</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="265"/>
        <source>Mediator Desk could not start: %1

The details are in the log file.</source>
        <translation>Mediator Desk nu a putut porni: %1

Detaliile sunt în fișierul jurnal.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="285"/>
        <source>Mediator Desk is already open on %1 on this laptop. Two windows on one database would mix up their counts.</source>
        <translation>Mediator Desk este deja deschis cu %1 pe acest laptop. Două ferestre pe aceeași bază de date și-ar amesteca numărătorile.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="288"/>
        <source>Open read-only</source>
        <translation>Deschide doar pentru citire</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/app.py" line="326"/>
        <source>The window was not ready within %1 seconds.</source>
        <translation>Fereastra nu a fost gata în %1 secunde.</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../mediator_desk/enums.py" line="239"/>
        <source>Guided tour</source>
        <translation>Tur ghidat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="240"/>
        <source>In-depth tour</source>
        <translation>Tur aprofundat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="241"/>
        <source>Thematic tour</source>
        <translation>Tur tematic</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="242"/>
        <source>Drop-in mediation</source>
        <translation>Mediere liberă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="243"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="244"/>
        <source>Family session</source>
        <translation>Activitate pentru familii</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="245"/>
        <source>School visit</source>
        <translation>Vizită școlară</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="246"/>
        <source>Accessible tour</source>
        <translation>Tur accesibil</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="247"/>
        <source>Talk or lecture</source>
        <translation>Discuție sau prelegere</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="248"/>
        <source>Screening</source>
        <translation>Proiecție</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="249"/>
        <source>Performance or concert</source>
        <translation>Spectacol sau concert</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="250"/>
        <source>Event or opening</source>
        <translation>Eveniment sau vernisaj</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="251"/>
        <source>Science demonstration</source>
        <translation>Demonstrație științifică</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="252"/>
        <source>Training</source>
        <translation>Formare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="253"/>
        <source>Outreach (off site)</source>
        <translation>Activitate în afara sediului</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="254"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="255"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="256"/>
        <source>Social media</source>
        <translation>Rețele sociale</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="257"/>
        <source>School or teacher</source>
        <translation>Școala sau profesorul</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="258"/>
        <source>Word of mouth</source>
        <translation>Din auzite (recomandare)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="259"/>
        <source>Press, radio or TV</source>
        <translation>Presă, radio sau TV</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="260"/>
        <source>Passing by</source>
        <translation>În trecere</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="261"/>
        <source>Planned</source>
        <translation>Planificat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="262"/>
        <source>In progress</source>
        <translation>În desfășurare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="263"/>
        <source>Done</source>
        <translation>Încheiat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="264"/>
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="265"/>
        <source>No-show</source>
        <translation>Neprezentare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="266"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="267"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="268"/>
        <source>Walk-in</source>
        <translation>Fără rezervare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="269"/>
        <source>Partner</source>
        <translation>Partener</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="270"/>
        <source>Individual visitors</source>
        <translation>Vizitatori individuali</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="271"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="272"/>
        <source>Preschool</source>
        <translation>Preșcolari</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="273"/>
        <source>Primary school</source>
        <translation>Școală primară</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="274"/>
        <source>Lower secondary school</source>
        <translation>Gimnaziu</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="275"/>
        <source>Upper secondary school</source>
        <translation>Liceu</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="276"/>
        <source>University</source>
        <translation>Universitate</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="277"/>
        <source>Organised adult group</source>
        <translation>Grup organizat de adulți</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="278"/>
        <source>Tourist group</source>
        <translation>Grup de turiști</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="279"/>
        <source>Professionals and press</source>
        <translation>Profesioniști și presă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="280"/>
        <source>Community group or NGO</source>
        <translation>Grup comunitar sau ONG</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="281"/>
        <source>Group with disabilities</source>
        <translation>Grup de persoane cu dizabilități</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="282"/>
        <source>Seniors</source>
        <translation>Vârstnici</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="283"/>
        <source>Corporate group</source>
        <translation>Grup corporativ</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="284"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="285"/>
        <source>National</source>
        <translation>Național</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="286"/>
        <source>Foreign</source>
        <translation>Străin</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="287"/>
        <source>Full price</source>
        <translation>Preț întreg</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="288"/>
        <source>Reduced</source>
        <translation>Redus</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="289"/>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="290"/>
        <source>Free event</source>
        <translation>Eveniment gratuit</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="291"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="292"/>
        <source>Professional</source>
        <translation>Profesionist</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="293"/>
        <source>Wheelchair access</source>
        <translation>Acces cu scaun rulant</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="294"/>
        <source>Seating</source>
        <translation>Locuri de șezut</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="295"/>
        <source>Sign language</source>
        <translation>Limbaj mimico-gestual</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="296"/>
        <source>Audio description</source>
        <translation>Audiodescriere</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="297"/>
        <source>Tactile materials</source>
        <translation>Materiale tactile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="298"/>
        <source>Easy read</source>
        <translation>Text ușor de citit</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="299"/>
        <source>Sensory-friendly</source>
        <translation>Adaptat senzorial</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="300"/>
        <source>Induction loop</source>
        <translation>Buclă de inducție</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="301"/>
        <source>Children</source>
        <translation>Copii</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="302"/>
        <source>Youth</source>
        <translation>Tineri</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="303"/>
        <source>Families</source>
        <translation>Familii</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="304"/>
        <source>School pupils</source>
        <translation>Elevi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="305"/>
        <source>Students</source>
        <translation>Studenți</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="306"/>
        <source>People with disabilities</source>
        <translation>Persoane cu dizabilități</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="307"/>
        <source>Roma communities</source>
        <translation>Comunități de romi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="308"/>
        <source>Rural youth</source>
        <translation>Tineri din mediul rural</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="309"/>
        <source>Low income</source>
        <translation>Venituri mici</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="310"/>
        <source>Migrants</source>
        <translation>Migranți</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="311"/>
        <source>General public</source>
        <translation>Publicul larg</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="312"/>
        <source>Five smileys</source>
        <translation>Cinci fețe zâmbitoare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="313"/>
        <source>Likert scale (1–5)</source>
        <translation>Scală Likert (1–5)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="314"/>
        <source>Recommend (0–10)</source>
        <translation>Recomandare (0–10)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="315"/>
        <source>Yes / no</source>
        <translation>Da / nu</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="316"/>
        <source>One word</source>
        <translation>Un cuvânt</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="317"/>
        <source>Free text</source>
        <translation>Text liber</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="318"/>
        <source>Kiosk</source>
        <translation>Chioșc</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="319"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="320"/>
        <source>Paper card</source>
        <translation>Card tipărit</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="321"/>
        <source>Knowledge and understanding</source>
        <translation>Cunoaștere și înțelegere</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="322"/>
        <source>Skills</source>
        <translation>Abilități</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="323"/>
        <source>Attitudes and values</source>
        <translation>Atitudini și valori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="324"/>
        <source>Enjoyment, inspiration, creativity</source>
        <translation>Plăcere, inspirație, creativitate</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="325"/>
        <source>Activity, behaviour, progression</source>
        <translation>Activitate, comportament, progres</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="326"/>
        <source>Clicker</source>
        <translation>Contor manual</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="327"/>
        <source>Manual tally</source>
        <translation>Numărare pe hârtie</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="328"/>
        <source>Tickets</source>
        <translation>Bilete</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="329"/>
        <source>Sensor</source>
        <translation>Senzor</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="330"/>
        <source>Estimate</source>
        <translation>Estimare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="331"/>
        <source>Custodian</source>
        <translation>Custode</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="332"/>
        <source>Coordinator</source>
        <translation>Coordonator</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="333"/>
        <source>Volunteer</source>
        <translation>Voluntar</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="334"/>
        <source>Trainee</source>
        <translation>Stagiar</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="335"/>
        <source>Interpreter</source>
        <translation>Interpret</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="336"/>
        <source>Museum</source>
        <translation>Muzeu</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="337"/>
        <source>Exhibition hall</source>
        <translation>Sală de expoziții</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="338"/>
        <source>National pavilion</source>
        <translation>Pavilion național</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="339"/>
        <source>School</source>
        <translation>Școală</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="340"/>
        <source>Outdoor</source>
        <translation>În aer liber</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="341"/>
        <source>Community space</source>
        <translation>Spațiu comunitar</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="342"/>
        <source>Other</source>
        <translation>Altele</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="343"/>
        <source>Permanent</source>
        <translation>Permanentă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="344"/>
        <source>Temporary</source>
        <translation>Temporară</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="345"/>
        <source>Travelling</source>
        <translation>Itinerantă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="346"/>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="347"/>
        <source>Municipality</source>
        <translation>Primărie</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/enums.py" line="348"/>
        <source>Tour operator</source>
        <translation>Operator de turism</translation>
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
        <translation>Început planificat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="94"/>
        <source>Started</source>
        <translation>Început</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="94"/>
        <source>Ended</source>
        <translation>Încheiat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="95"/>
        <source>Exhibition</source>
        <translation>Expoziție</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="95"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="96"/>
        <source>Format (code)</source>
        <translation>Format (cod)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="97"/>
        <source>Languages</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="97"/>
        <source>Mediators</source>
        <translation>Mediatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="98"/>
        <source>Lead mediator</source>
        <translation>Mediator principal</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="99"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="99"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="100"/>
        <source>Status (code)</source>
        <translation>Stare (cod)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="101"/>
        <source>Booked</source>
        <translation>Rezervați</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="102"/>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="102"/>
        <source>Groups</source>
        <translation>Grupuri</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="103"/>
        <source>Tour id</source>
        <translation>Id tur</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="103"/>
        <source>Hour</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="104"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="105"/>
        <source>Admission</source>
        <translation>Tip de intrare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="106"/>
        <source>Method</source>
        <translation>Metodă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="106"/>
        <source>Method (code)</source>
        <translation>Metodă (cod)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="107"/>
        <source>Visitors</source>
        <translation>Vizitatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="107"/>
        <source>Time</source>
        <translation>Momentul</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="108"/>
        <source>Entry or exit</source>
        <translation>Intrare sau ieșire</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="108"/>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="109"/>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="109"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="110"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="110"/>
        <source>Undoes</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="111"/>
        <source>Rating</source>
        <translation>Evaluare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="111"/>
        <source>One word</source>
        <translation>Un cuvânt</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="112"/>
        <source>Comment</source>
        <translation>Comentariu</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="112"/>
        <source>Age band</source>
        <translation>Grupă de vârstă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="113"/>
        <source>First visit</source>
        <translation>Prima vizită</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="113"/>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="114"/>
        <source>Country</source>
        <translation>Țara</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="115"/>
        <source>Learning outcomes</source>
        <translation>Rezultate ale învățării</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="116"/>
        <source>Source</source>
        <translation>Sursa</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="116"/>
        <source>Source (code)</source>
        <translation>Sursa (cod)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="118"/>
        <source>%1 (code)</source>
        <translation>%1 (cod)</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="87"/>
        <source>Group type</source>
        <translation>Tip de grup</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="89"/>
        <source>Ages 0–5</source>
        <translation>Vârste 0–5</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="90"/>
        <source>Ages 6–10</source>
        <translation>Vârste 6–10</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="92"/>
        <source>Ages 11–14</source>
        <translation>Vârste 11–14</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="94"/>
        <source>Ages 15–18</source>
        <translation>Vârste 15–18</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="96"/>
        <source>Ages 19–25</source>
        <translation>Vârste 19–25</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="98"/>
        <source>Ages 26–64</source>
        <translation>Vârste 26–64</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="100"/>
        <source>Ages 65+</source>
        <translation>Vârste 65+</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="102"/>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="104"/>
        <source>Accompanying adults</source>
        <translation>Adulți însoțitori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="106"/>
        <source>First-time visitors</source>
        <translation>Vizitatori pentru prima dată</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="108"/>
        <source>Origin</source>
        <translation>Proveniență</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="110"/>
        <source>Country</source>
        <translation>Țara</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="111"/>
        <source>School level</source>
        <translation>Nivel școlar</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="113"/>
        <source>Partner</source>
        <translation>Partener</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="115"/>
        <source>Admission</source>
        <translation>Acces</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="117"/>
        <source>Target group</source>
        <translation>Grup țintă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="119"/>
        <source>How they heard of us</source>
        <translation>Cum au aflat de noi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="121"/>
        <source>Vouchers</source>
        <translation>Vouchere</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="123"/>
        <source>Access provisions</source>
        <translation>Facilități de acces</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="129"/>
        <source>Exhibition</source>
        <translation>Expoziția</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="131"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="132"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="134"/>
        <source>Planned start</source>
        <translation>Început planificat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="135"/>
        <source>Actual start</source>
        <translation>Început efectiv</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="136"/>
        <source>Actual end</source>
        <translation>Sfârșit efectiv</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="137"/>
        <source>Languages</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="138"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="140"/>
        <source>Booked size</source>
        <translation>Persoane rezervate</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="141"/>
        <source>Contact name</source>
        <translation>Nume contact</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="142"/>
        <source>Contact phone</source>
        <translation>Telefon contact</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="143"/>
        <source>Contact email</source>
        <translation>Email contact</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="144"/>
        <source>Delete contact after</source>
        <translation>Șterge contactul după</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="146"/>
        <source>Booked through</source>
        <translation>Rezervat prin</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="148"/>
        <source>Observations</source>
        <translation>Observații</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="149"/>
        <source>Reflection</source>
        <translation>Reflecție</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/fields.py" line="150"/>
        <source>Incidents</source>
        <translation>Incidente</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="14"/>
        <source>How did you like the exhibition?</source>
        <translation>Cum v-a plăcut expoziția?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="15"/>
        <source>Anything to add? One word is enough.</source>
        <translation>Mai adăugați ceva? Un cuvânt e de ajuns.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="16"/>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="17"/>
        <source>No, thanks</source>
        <translation>Nu, mulțumesc</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="18"/>
        <source>Please do not write your name, email or phone number.</source>
        <translation>Vă rugăm să nu scrieți numele, adresa de email sau numărul de telefon.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="19"/>
        <source>Thank you!</source>
        <translation>Vă mulțumim!</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="22"/>
        <source>Very bad</source>
        <translation>Foarte rău</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="22"/>
        <source>Bad</source>
        <translation>Rău</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="22"/>
        <source>OK</source>
        <translation>Așa și așa</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="23"/>
        <source>Good</source>
        <translation>Bine</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/kiosk_texts.py" line="23"/>
        <source>Very good</source>
        <translation>Foarte bine</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../mediator_desk/views/labels.py" line="20"/>
        <source>en</source>
        <comment>language code of this translation: en, ro or it</comment>
        <translation>ro</translation>
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
        <translation>%1 în %2 · %3</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/pickers.py" line="104"/>
        <source>Partners: %1</source>
        <translation>Parteneri: %1</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../mediator_desk/views/problems.py" line="56"/>
        <source>Save anyway?</source>
        <translation>Salvați oricum?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/problems.py" line="57"/>
        <source>Save anyway</source>
        <translation>Salvează oricum</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/problems.py" line="58"/>
        <source>Go back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/problems.py" line="62"/>
        <location filename="../../mediator_desk/views/problems.py" line="70"/>
        <source>Not saved</source>
        <translation>Nu s-a salvat</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="16"/>
        <source>lead</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="17"/>
        <source>Total visits (walk-in, counted)</source>
        <translation>Total vizite (vizitatori numărați)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="18"/>
        <source>Sum of walk-in count events (each +1 press, −1 undo, ± corrections with a note).</source>
        <translation>Suma evenimentelor de numărare (+1 la fiecare apăsare, −1 la anulare, ± corecții cu notă).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="19"/>
        <source>of which free admission</source>
        <translation>din care cu intrare gratuită</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="20"/>
        <source>Count categories mapped to free, free event or voucher admission.</source>
        <translation>Categoriile de numărare cu intrare gratuită, eveniment gratuit sau voucher.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="21"/>
        <source>Visitors in organised groups (tour participants)</source>
        <translation>Vizitatori în grupuri organizate (participanți la tururi)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="22"/>
        <source>Participants of held tours (sum of age bands of their groups).</source>
        <translation>Participanții la tururile ținute (suma grupelor de vârstă ale grupurilor).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="23"/>
        <source>of which foreign</source>
        <translation>din care străini</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="24"/>
        <source>Groups recorded with origin = foreign.</source>
        <translation>Grupuri înregistrate cu origine = străină.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="25"/>
        <source>of which school visits: groups / pupils</source>
        <translation>din care vizite școlare: grupuri / elevi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="26"/>
        <source>Groups of type preschool, primary, lower or upper secondary.</source>
        <translation>Grupuri de tip preșcolar, primar, gimnazial sau liceal.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="27"/>
        <source>of which ≤18 / 19+</source>
        <translation>din care ≤18 / 19+</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="28"/>
        <source>Age bands 0–5 … 15–18 vs 19–25 … 65+ of group participants.</source>
        <translation>Grupele de vârstă 0–5 … 15–18 față de 19–25 … 65+ ale participanților.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="29"/>
        <source>Guided tours: number / participants</source>
        <translation>Tururi ghidate: număr / participanți</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="30"/>
        <source>Formats guided, in-depth, thematic, accessible tour, drop-in mediation; status done or in progress.</source>
        <translation>Formatele tur ghidat, aprofundat, tematic, accesibil, mediere liberă; stare încheiat sau în desfășurare.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="31"/>
        <source>Educational activities: number / participants</source>
        <translation>Activități educative: număr / participanți</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="32"/>
        <source>Workshops, family and school sessions, science demos, training, outreach, online.</source>
        <translation>Ateliere, activități pentru familii și școli, demonstrații științifice, formare, activități în afara sediului, online.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="33"/>
        <source>Events: number / participants</source>
        <translation>Evenimente: număr / participanți</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="34"/>
        <source>Talks, screenings, performances, openings.</source>
        <translation>Discuții, proiecții, spectacole, vernisaje.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="35"/>
        <source>Opening days with visits</source>
        <translation>Zile de deschidere cu vizite</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="36"/>
        <source>Days with at least one counted visit.</source>
        <translation>Zile cu cel puțin o vizită numărată.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="37"/>
        <source>Opening hours with visits</source>
        <translation>Ore de deschidere cu vizite</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="38"/>
        <source>Hours within the venue&apos;s opening hours in which visits were counted.</source>
        <translation>Orele din programul de deschidere al spațiului în care s-au numărat vizite.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="39"/>
        <source>Walk-in visits, admission: {}</source>
        <translation>Vizite, tip de intrare: {}</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="40"/>
        <source>By count category.</source>
        <translation>După categoria de numărare.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="41"/>
        <source>Mediators: paid / volunteer</source>
        <translation>Mediatori: plătiți / voluntari</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="42"/>
        <source>Distinct mediators who led or co-led a held tour.</source>
        <translation>Mediatori distincți care au condus sau co-condus un tur ținut.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="43"/>
        <source>Walk-in visits are counted at the door with Mediator Desk: one key press per visitor, each stored as an append-only event with its time, category, method, device and mediator. Undo presses and corrections are further events, so every total is the sum of its events and can be audited. Counting methods in this period: {}. Tour participants are recorded per group by age band; groups of cancelled or no-show tours are excluded. Feedback is anonymous. Walk-in visitors and tour participants are separate counts: a visitor who joined a tour may also have been counted at the door.</source>
        <translation>Vizitatorii sunt numărați la intrare cu Mediator Desk: o apăsare de tastă pentru fiecare vizitator, păstrată ca eveniment care nu se mai modifică, cu ora, categoria, metoda, dispozitivul și mediatorul. Anulările și corecțiile sunt evenimente separate, astfel încât fiecare total este suma evenimentelor sale și poate fi verificat. Metode de numărare în această perioadă: {}. Participanții la tururi sunt înregistrați pe grupuri, pe grupe de vârstă; grupurile tururilor anulate sau neprezentate sunt excluse. Feedbackul este anonim. Vizitatorii numărați și participanții la tururi sunt numărați separat: un vizitator care a participat la un tur poate fi fost numărat și la intrare.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="44"/>
        <source>Daily report</source>
        <translation>Raport zilnic</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="45"/>
        <source>Period report</source>
        <translation>Raport pe perioadă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="46"/>
        <source>Statistics return</source>
        <translation>Raport statistic</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="47"/>
        <source>Voucher and funder report</source>
        <translation>Raport vouchere și finanțator</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="48"/>
        <source>Tour sheet</source>
        <translation>Fișa turului</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="49"/>
        <source>Venue</source>
        <translation>Spațiu</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="50"/>
        <source>Exhibition</source>
        <translation>Expoziție</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="51"/>
        <source>all exhibitions</source>
        <translation>toate expozițiile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="52"/>
        <source>Period</source>
        <translation>Perioada</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="53"/>
        <source>Generated</source>
        <translation>Generat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="54"/>
        <source>device</source>
        <translation>dispozitiv</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="55"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="56"/>
        <source>of</source>
        <translation>din</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="57"/>
        <source>No data for this period.</source>
        <translation>Nu există date pentru această perioadă.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="58"/>
        <source>Nothing was counted, no tour was held and no feedback was given between these dates.</source>
        <translation>Între aceste date nu s-a numărat nimic, nu a avut loc niciun tur și nu s-a dat feedback.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="59"/>
        <source>Walk-in visitors</source>
        <translation>Vizitatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="60"/>
        <source>Walk-in visitors (counted)</source>
        <translation>Vizitatori (numărați)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="61"/>
        <source>Tours and activities held</source>
        <translation>Tururi și activități ținute</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="62"/>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="63"/>
        <source>Feedback entries</source>
        <translation>Răspunsuri de feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="64"/>
        <source>Hour</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="65"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="66"/>
        <source>Walk-in visitors per hour</source>
        <translation>Vizitatori pe oră</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="67"/>
        <source>Counting method</source>
        <translation>Metoda de numărare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="68"/>
        <source>Mediators on shift</source>
        <translation>Mediatori în tură</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="69"/>
        <source>Tours and activities</source>
        <translation>Tururi și activități</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="70"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="71"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="72"/>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="73"/>
        <source>Languages</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="74"/>
        <source>Lead mediator</source>
        <translation>Mediator principal</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="75"/>
        <source>Mediators</source>
        <translation>Mediatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="76"/>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="77"/>
        <source>Booked</source>
        <translation>Rezervați</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="78"/>
        <source>Groups</source>
        <translation>Grupuri</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="79"/>
        <source>Group type</source>
        <translation>Tip de grup</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="80"/>
        <source>Incidents</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="81"/>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="82"/>
        <source>Rating</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="83"/>
        <source>Count</source>
        <translation>Număr</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="84"/>
        <source>Comparison with the previous period</source>
        <translation>Comparație cu perioada anterioară</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="85"/>
        <source>Previous period</source>
        <translation>Perioada anterioară</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="86"/>
        <source>This period</source>
        <translation>Perioada aceasta</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="87"/>
        <source>Change</source>
        <translation>Variație</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="88"/>
        <source>Visits per day</source>
        <translation>Vizite pe zi</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="89"/>
        <source>Average visits per weekday</source>
        <translation>Media vizitelor pe zi a săptămânii</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="90"/>
        <source>Peak hours (all days)</source>
        <translation>Orele de vârf (toate zilele)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="91"/>
        <source>Tours and activities by format</source>
        <translation>Tururi și activități pe format</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="92"/>
        <source>Participants by group type</source>
        <translation>Participanți pe tip de grup</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="93"/>
        <source>Tours by language</source>
        <translation>Tururi pe limbă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="94"/>
        <source>Foreign groups: participants by country</source>
        <translation>Grupuri străine: participanți pe țară</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="95"/>
        <source>Average group size</source>
        <translation>Mărimea medie a grupului</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="96"/>
        <source>First-time visitors (in groups)</source>
        <translation>Vizitatori pentru prima dată (în grupuri)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="97"/>
        <source>Feedback ratings</source>
        <translation>Evaluări</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="98"/>
        <source>Comments by learning outcome</source>
        <translation>Comentarii pe rezultate ale învățării</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="99"/>
        <source>Mediator hours (tours led or co-led)</source>
        <translation>Ore de mediere (tururi conduse sau co-conduse)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="100"/>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="101"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="102"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="103"/>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="104"/>
        <source>How it was counted</source>
        <translation>Cum s-a numărat</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="105"/>
        <source>Methodology</source>
        <translation>Metodologie</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="106"/>
        <source>Groups smaller than 5 are shown as “&lt;5” to protect privacy.</source>
        <translation>Grupurile mai mici de 5 apar ca „&lt;5”, pentru protecția vieții private.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="107"/>
        <source>Mediator&apos;s signature</source>
        <translation>Semnătura mediatorului</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="108"/>
        <source>Coordinator&apos;s signature</source>
        <translation>Semnătura coordonatorului</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="109"/>
        <source>Scan to give feedback on this tour</source>
        <translation>Scanați pentru a evalua acest tur</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="110"/>
        <source>Duration</source>
        <translation>Durată</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="111"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="112"/>
        <source>Access provisions</source>
        <translation>Facilități de acces</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="113"/>
        <source>Reflection</source>
        <translation>Reflecție</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="114"/>
        <source>Observations</source>
        <translation>Observații</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="115"/>
        <source>Feedback tally</source>
        <translation>Sinteza feedbackului</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="116"/>
        <source>Accompanying adults</source>
        <translation>Adulți însoțitori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="117"/>
        <source>Origin</source>
        <translation>Proveniență</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="118"/>
        <source>Admission</source>
        <translation>Acces</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="119"/>
        <source>Target group</source>
        <translation>Grup țintă</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="120"/>
        <source>Partner</source>
        <translation>Partener</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="121"/>
        <source>Vouchers issued</source>
        <translation>Vouchere emise</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="122"/>
        <source>Vouchers redeemed</source>
        <translation>Vouchere folosite</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="123"/>
        <source>Target-group reach (participants in groups)</source>
        <translation>Acoperirea grupurilor țintă (participanți în grupuri)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="124"/>
        <source>Partners</source>
        <translation>Parteneri</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="125"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="126"/>
        <source>How was it?</source>
        <translation>Cum a fost?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="127"/>
        <source>Scan the code and tell us in one minute.</source>
        <translation>Scanați codul și spuneți-ne într-un minut.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="128"/>
        <source>Feedback cards</source>
        <translation>Carduri de feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="129"/>
        <source>Adults accompanying groups</source>
        <translation>Adulți care însoțesc grupurile</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="130"/>
        <source>Teachers, carers and parents with the groups, counted apart from the participants&apos; age bands.</source>
        <translation>Profesori, însoțitori și părinți veniți cu grupurile, numărați separat de grupele de vârstă ale participanților.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="131"/>
        <source>control characters</source>
        <translation>caractere de control</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="132"/>
        <source>Chinese, Japanese or Korean characters</source>
        <translation>caractere chinezești, japoneze sau coreene</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="133"/>
        <source>emoji</source>
        <translation>emoji</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="134"/>
        <source>other characters</source>
        <translation>alte caractere</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="135"/>
        <source>Some characters cannot be printed with the report&apos;s font and are shown as □: {}.</source>
        <translation>Unele caractere nu pot fi tipărite cu fontul raportului și apar ca □: {}.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="136"/>
        <source>Previous period: {}</source>
        <translation>Perioada anterioară: {}</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="137"/>
        <source>What visitors wrote</source>
        <translation>Ce au scris vizitatorii</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="138"/>
        <source>… and {} more</source>
        <translation>… și încă {}</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="139"/>
        <source>School level</source>
        <translation>Nivel școlar</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="140"/>
        <source>Vouchers</source>
        <translation>Vouchere</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="141"/>
        <source>By partner</source>
        <translation>Pe parteneri</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="142"/>
        <source>(no partner)</source>
        <translation>(fără partener)</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/i18n.py" line="143"/>
        <source>accompanying adults (teachers, parents), apart</source>
        <translation>adulți însoțitori (profesori, părinți), separat</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="92"/>
        <source>Choose the exhibition.</source>
        <translation>Alegeți expoziția.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="94"/>
        <source>This group has no participants yet.</source>
        <translation>Acest grup nu are încă participanți.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="95"/>
        <source>It is {time}, outside the venue&apos;s opening hours today ({hours}).</source>
        <translation>Este ora {time}, în afara programului de azi al spațiului ({hours}).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="96"/>
        <source>Enter the planned start.</source>
        <translation>Introduceți începutul planificat.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="97"/>
        <source>Enter the actual start: the tour has an end.</source>
        <translation>Introduceți începutul efectiv: turul are un sfârșit.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="98"/>
        <source>The end is before the start.</source>
        <translation>Sfârșitul este înainte de început.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="99"/>
        <source>{day} is outside the exhibition&apos;s run ({first} – {last}).</source>
        <translation>{day} este în afara perioadei expoziției ({first} – {last}).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="100"/>
        <source>Choose the lead mediator.</source>
        <translation>Alegeți mediatorul principal.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="101"/>
        <source>The lead mediator must be one of the tour&apos;s mediators.</source>
        <translation>Mediatorul principal trebuie să fie unul dintre mediatorii turului.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="102"/>
        <source>“{code}” is not a two-letter language code (ISO 639-1, e.g. it, en, ro).</source>
        <translation>„{code}” nu este un cod de limbă din două litere (ISO 639-1, de ex. ro, it, en).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="103"/>
        <source>The booked size cannot be negative.</source>
        <translation>Numărul rezervat nu poate fi negativ.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="104"/>
        <source>{n} people booked: is that right?</source>
        <translation>{n} persoane rezervate: este corect?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="105"/>
        <source>A booking contact needs the date after which it is deleted.</source>
        <translation>Un contact de rezervare are nevoie de data după care se șterge.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="106"/>
        <source>This is not an email address.</source>
        <translation>Aceasta nu este o adresă de email.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="107"/>
        <source>A tour that took place needs its actual start.</source>
        <translation>Un tur care a avut loc are nevoie de începutul efectiv.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="108"/>
        <source>A count cannot be negative.</source>
        <translation>Un număr nu poate fi negativ.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="109"/>
        <source>{n} participants in one group: is that right?</source>
        <translation>{n} participanți într-un grup: este corect?</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="110"/>
        <source>More first-time visitors than participants.</source>
        <translation>Mai mulți vizitatori pentru prima dată decât participanți.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="111"/>
        <source>“{code}” is not a two-letter country code (e.g. IT, RO, DE).</source>
        <translation>„{code}” nu este un cod de țară din două litere (de ex. RO, IT, DE).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="112"/>
        <source>A foreign group without its country.</source>
        <translation>Un grup străin fără țara lui.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="113"/>
        <source>Voucher {code} is listed twice.</source>
        <translation>Voucherul {code} apare de două ori.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="114"/>
        <source>Voucher {code} is unknown.</source>
        <translation>Voucherul {code} nu este cunoscut.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="115"/>
        <source>Voucher {code} was already redeemed by another group.</source>
        <translation>Voucherul {code} a fost deja folosit de alt grup.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/tours.py" line="116"/>
        <source>The tour has not started yet.</source>
        <translation>Turul nu a început încă.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="108"/>
        <source>Choose the exhibition (or a tour of it).</source>
        <translation>Alegeți expoziția (sau un tur al ei).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="109"/>
        <source>Enter the day.</source>
        <translation>Introduceți ziua.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="110"/>
        <source>“{method}” is not a feedback method.</source>
        <translation>„{method}” nu este o metodă de feedback.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="111"/>
        <source>Give the rating.</source>
        <translation>Dați nota.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="112"/>
        <source>The rating must be between {low} and {high}.</source>
        <translation>Nota trebuie să fie între {low} și {high}.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="113"/>
        <source>Enter the word.</source>
        <translation>Introduceți cuvântul.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="114"/>
        <source>Enter the comment.</source>
        <translation>Introduceți comentariul.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="115"/>
        <source>One word (or a very short phrase), please.</source>
        <translation>Un cuvânt (sau o expresie foarte scurtă), vă rog.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="116"/>
        <source>“{band}” is not an age band.</source>
        <translation>„{band}” nu este o grupă de vârstă.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="117"/>
        <source>Use a two-letter language code (it, en, ro…).</source>
        <translation>Folosiți un cod de limbă din două litere (ro, it, en…).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="118"/>
        <source>Use a two-letter country code (IT, RO, DE…).</source>
        <translation>Folosiți un cod de țară din două litere (RO, IT, DE…).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="119"/>
        <source>Unknown learning outcome: {names}.</source>
        <translation>Rezultat al învățării necunoscut: {names}.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="120"/>
        <source>This looks like it holds an email address. Feedback must not hold contact data: remove it unless you are sure.</source>
        <translation>Pare să conțină o adresă de email. Feedbackul nu trebuie să conțină date de contact: ștergeți-o, dacă nu sunteți sigur.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="121"/>
        <source>This looks like it holds a phone number. Feedback must not hold contact data: remove it unless you are sure.</source>
        <translation>Pare să conțină un număr de telefon. Feedbackul nu trebuie să conțină date de contact: ștergeți-l, dacă nu sunteți sigur.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="122"/>
        <source>This looks like it holds an email address and a phone number. Feedback must not hold contact data: remove them unless you are sure.</source>
        <translation>Pare să conțină o adresă de email și un număr de telefon. Feedbackul nu trebuie să conțină date de contact: ștergeți-le, dacă nu sunteți sigur.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="123"/>
        <source>That tour is not part of this exhibition.</source>
        <translation>Acel tur nu face parte din această expoziție.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="124"/>
        <location filename="../../mediator_desk/services/tours.py" line="93"/>
        <source>This exhibition is no longer in this database: choose another.</source>
        <translation>Această expoziție nu mai există în baza de date: alegeți alta.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="125"/>
        <source>Print between 1 and {most} cards.</source>
        <translation>Tipăriți între 1 și {most} carduri.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/feedback.py" line="126"/>
        <source>That tour is no longer in this database.</source>
        <translation>Acel tur nu mai există în baza de date.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="117"/>
        <source>This field is required.</source>
        <translation>Acest câmp este obligatoriu.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="118"/>
        <source>“{value}” is not one of the choices.</source>
        <translation>„{value}” nu este una dintre opțiuni.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="119"/>
        <source>Use two-letter language codes (ISO 639-1), e.g. it, en, ro.</source>
        <translation>Folosiți coduri de limbă din două litere (ISO 639-1), de ex. ro, it, en.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="120"/>
        <source>Use a two-letter country code (ISO 3166), e.g. IT, RO.</source>
        <translation>Folosiți un cod de țară din două litere (ISO 3166), de ex. RO, IT.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="121"/>
        <source>“{value}” is not a known time zone (e.g. Europe/Rome).</source>
        <translation>„{value}” nu este un fus orar cunoscut (de ex. Europe/Bucharest).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="122"/>
        <source>The address must start with http:// or https://.</source>
        <translation>Adresa trebuie să înceapă cu http:// sau https://.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="123"/>
        <source>Put {{session}} or {{card}} in the address so answers come back to their tour.</source>
        <translation>Puneți {{session}} sau {{card}} în adresă, ca răspunsurile să revină la turul lor.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="124"/>
        <source>Opening hours for {day} are not readable.</source>
        <translation>Programul pentru {day} nu poate fi citit.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="125"/>
        <source>The end date is before the start date.</source>
        <translation>Data de sfârșit este înainte de data de început.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="126"/>
        <source>A voucher with the code {code} exists already.</source>
        <translation>Există deja un voucher cu codul {code}.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="127"/>
        <source>This venue has {n} exhibition(s): delete or move them first.</source>
        <translation>Acest spațiu are {n} expoziții: ștergeți-le sau mutați-le mai întâi.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reference.py" line="128"/>
        <source>“{title}” has {tours} tour(s), {visitors} counted visitor(s) and {answers} feedback answer(s). Deleting it removes it from every list and stops counting into it; what was recorded stays in the reports.</source>
        <translation>„{title}” are {tours} tur(uri), {visitors} vizitator(i) numărați și {answers} răspuns(uri) de feedback. Ștergerea o scoate din toate listele și oprește numărarea în ea; ce s-a înregistrat rămâne în rapoarte.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/pin.py" line="20"/>
        <source>The PIN must be {low} to 12 digits.</source>
        <translation>PIN-ul trebuie să aibă între {low} și 12 cifre.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/pin.py" line="23"/>
        <source>The two PINs differ.</source>
        <translation>Cele două PIN-uri diferă.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/pin.py" line="46"/>
        <source>The current PIN is wrong.</source>
        <translation>PIN-ul actual este greșit.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="240"/>
        <source>Enter a number of visitors to add or remove (not 0).</source>
        <translation>Introduceți un număr de vizitatori de adăugat sau de scăzut (nu 0).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="241"/>
        <source>A correction is limited to ±{limit} visitors.</source>
        <translation>O corecție este limitată la ±{limit} vizitatori.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="242"/>
        <source>Say why the count is corrected (for example: paper tally 14:00–15:00).</source>
        <translation>Spuneți de ce se corectează numărătoarea (de exemplu: numărare pe hârtie 14:00–15:00).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="243"/>
        <source>The hour must be between 0 and 23.</source>
        <translation>Ora trebuie să fie între 0 și 23.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="244"/>
        <source>A correction cannot be made for a day that has not happened yet.</source>
        <translation>Nu se poate face o corecție pentru o zi care nu a venit încă.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="245"/>
        <source>Keep at least one count category.</source>
        <translation>Păstrați cel puțin o categorie de numărare.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="246"/>
        <source>Row {row}: every category needs a name.</source>
        <translation>Rândul {row}: fiecare categorie are nevoie de un nume.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="247"/>
        <source>Row {row}: a category name is limited to 100 characters.</source>
        <translation>Rândul {row}: numele unei categorii are cel mult 100 de caractere.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="248"/>
        <source>Row {row}: the name “{name}” is used twice.</source>
        <translation>Rândul {row}: numele „{name}” este folosit de două ori.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="249"/>
        <source>Row {row}: {key} is kept for undoing the last press.</source>
        <translation>Rândul {row}: {key} este rezervată pentru anularea ultimei apăsări.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="250"/>
        <source>Row {row}: {key} is the “visitor left” key of occupancy mode.</source>
        <translation>Rândul {row}: {key} este tasta „vizitator ieșit” a modului de ocupare.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/counting.py" line="251"/>
        <source>Row {row}: the key {key} already counts “{other}”.</source>
        <translation>Rândul {row}: tasta {key} numără deja „{other}”.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="38"/>
        <source>“{text}” is not a day: type it like 2026-05-09 or 9.5.2026.</source>
        <translation>„{text}” nu este o zi: scrieți-o ca 2026-05-09 sau 9.5.2026.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="39"/>
        <source>“{text}” is not a time span like 10:00-18:00.</source>
        <translation>„{text}” nu este un interval orar de tipul 10:00-18:00.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/views/widgets/field_editors.py" line="40"/>
        <source>“{text}” is not a country (a code like IT or a name like Italia).</source>
        <translation>„{text}” nu este o țară (un cod ca IT sau un nume ca Italia).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="56"/>
        <source>Unknown export “{kind}”.</source>
        <translation>Export necunoscut „{kind}”.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="57"/>
        <source>The format must be CSV or XLSX.</source>
        <translation>Formatul trebuie să fie CSV sau XLSX.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="58"/>
        <source>{rows} rows do not fit in one XLSX sheet (at most 1,048,575): export a shorter period, hourly totals, or CSV.</source>
        <translation>{rows} rânduri nu încap într-o foaie XLSX (cel mult 1.048.575): exportați o perioadă mai scurtă, totaluri pe oră sau CSV.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/exports.py" line="60"/>
        <source>The separator must be a comma, a semicolon or a tab.</source>
        <translation>Separatorul trebuie să fie virgulă, punct și virgulă sau tab.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/build.py" line="50"/>
        <source>Unknown report “{kind}”.</source>
        <translation>Raport necunoscut „{kind}”.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/build.py" line="51"/>
        <source>The last day is before the first day.</source>
        <translation>Ultima zi este înaintea primei zile.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/build.py" line="52"/>
        <source>Choose the tour to print.</source>
        <translation>Alegeți turul de tipărit.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/build.py" line="53"/>
        <source>There is no tour with the id {id} in this database.</source>
        <translation>Nu există niciun tur cu id-ul {id} în această bază de date.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/cards.py" line="26"/>
        <source>Cards come 8 or 10 to a page.</source>
        <translation>Pe o pagină încap 8 sau 10 carduri.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/reports/cards.py" line="27"/>
        <source>The venue “{venue}” has no online survey address yet (Settings → Venues).</source>
        <translation>Spațiul „{venue}” nu are încă o adresă de chestionar online (Setări → Spații).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/setup.py" line="20"/>
        <source>Add at least one name (one per line).</source>
        <translation>Adăugați cel puțin un nume (câte unul pe rând).</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/setup.py" line="21"/>
        <source>Line {row} ({name}): {problem}</source>
        <translation>Rândul {row} ({name}): {problem}</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/setup.py" line="22"/>
        <source>Choose the coordinator&apos;s file or type the server&apos;s address.</source>
        <translation>Alegeți fișierul coordonatorului sau scrieți adresa serverului.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/setup.py" line="23"/>
        <source>There is no file {path}.</source>
        <translation>Nu există fișierul {path}.</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/setup.py" line="24"/>
        <source>The server&apos;s address starts with postgresql://</source>
        <translation>Adresa serverului începe cu postgresql://</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="22"/>
        <source>Venue</source>
        <translation>Locație</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="23"/>
        <source>Exhibition</source>
        <translation>Expoziție</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="24"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="25"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="26"/>
        <source>Partner</source>
        <translation>Partener</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="27"/>
        <source>Count category</source>
        <translation>Categorie de numărare</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="28"/>
        <source>Tour</source>
        <translation>Tur</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="29"/>
        <source>Tour team</source>
        <translation>Echipa turului</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="30"/>
        <source>Visitor group</source>
        <translation>Grup de vizitatori</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="31"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="32"/>
        <source>Feedback card</source>
        <translation>Card de feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="33"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../mediator_desk/services/team/conflicts.py" line="34"/>
        <source>Walk-in count</source>
        <translation>Numărare vizitatori</translation>
    </message>
</context>
</TS>
