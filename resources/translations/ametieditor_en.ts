<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="et">
<context>
    <name>AddToLibraryDialog</name>
    <message>
        <source>Muuda tüüpsõnastust</source>
        <translation>Edit standard wording</translation>
    </message>
    <message>
        <source>Lisa tüüpsõnastusse</source>
        <translation>Add to standard wording</translation>
    </message>
    <message>
        <source>nt Haridus, Keeleoskus</source>
        <translation>e.g. Education, Language skills</translation>
    </message>
    <message>
        <source>nt ametnik, töötaja, juht</source>
        <translation>e.g. official, employee, manager</translation>
    </message>
    <message>
        <source>Iga rida on loetelupunkt</source>
        <translation>Each line is a bullet item</translation>
    </message>
    <message>
        <source>Liik:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Lühinimi:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>Nõude nimetus:</source>
        <translation>Requirement label:</translation>
    </message>
    <message>
        <source>Sildid:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Tekst:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Salvesta</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Loobu</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lühinimi ja tekst on kohustuslikud.</source>
        <translation>Short name and text are required.</translation>
    </message>
    <message>
        <source>Sama tekst on tüüpsõnastuses juba olemas: „{name}”.</source>
        <translation>The same text is already in the standard wording: &quot;{name}&quot;.</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Kontrolli tulemused</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>Probleeme ei leitud.</source>
        <extracomment>Found elsewhere, in the background (spelling): listed after the document&apos;s own.</extracomment>
        <translation>No problems found.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Redaktsioonide võrdlus</source>
        <translation>Comparison of revisions</translation>
    </message>
    <message>
        <source>&amp;Sulge</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Näita ainult muudatusi</source>
        <extracomment>A path into the model (see ametieditor.model.checks.Location). Index of the change now shown (-1 when none). File name, revision number and dates of each side (None: not known).</extracomment>
        <translation>Show changes only</translation>
    </message>
    <message>
        <source>◀ Eelmine</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Eelmine muudatus (Shift+F8)</source>
        <translation>Previous change (Shift+F8)</translation>
    </message>
    <message>
        <source>Järgmine ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Järgmine muudatus (F8)</source>
        <translation>Next change (F8)</translation>
    </message>
    <message>
        <source>Muudatused</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Võrdlus kõrvuti</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>Erinevusi ei ole.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>Muudatusi: %1, neist sisulisi (⚠): %2</source>
        <translation>Changes: %1, substantive (⚠): %2</translation>
    </message>
    <message>
        <source>Sisuline muudatus: võib vajada ametniku nõusolekut</source>
        <translation>Substantive change: may need the official&apos;s consent</translation>
    </message>
    <message>
        <source>Varasem</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Uus</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>Containers</name>
    <message>
        <source>Konteineri allkirjad</source>
        <extracomment>The container and member opened last (set by :meth:`load`).</extracomment>
        <translation>Container signatures</translation>
    </message>
    <message>
        <source>Vali avatav fail</source>
        <translation>Choose the file to open</translation>
    </message>
    <message>
        <source>Konteineris {name} on mitu faili. Millist neist avada?</source>
        <translation>The container {name} holds several files. Which one should be opened?</translation>
    </message>
    <message>
        <source>Ava</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Loobu</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Nimetu</source>
        <extracomment>Open read-only (the file is locked by someone else): Save becomes Save As.</extracomment>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Uut dokumenti ei saanud luua</source>
        <translation>Could not create a new document</translation>
    </message>
    <message>
        <source>Ava ametijuhend</source>
        <translation>Open job description</translation>
    </message>
    <message>
        <source>Kõik toetatud failid ({patterns})</source>
        <translation>All supported files ({patterns})</translation>
    </message>
    <message>
        <source>Kõik failid (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Faili ei saanud avada</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <source>Teade</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>ametijuhend</source>
        <translation>job-description</translation>
    </message>
    <message>
        <source>Salvesta ametijuhend</source>
        <translation>Save job description</translation>
    </message>
    <message>
        <source>Ametijuhend (*.ametijuhend)</source>
        <translation>Job description (*.ametijuhend)</translation>
    </message>
    <message>
        <source>Kirjutuskaitstud fail</source>
        <translation>Read-only file</translation>
    </message>
    <message>
        <source>Fail {name} on kirjutuskaitstud.

Kas asendada see ikkagi?</source>
        <translation>The file {name} is read-only.

Replace it anyway?</translation>
    </message>
    <message>
        <source>Fail on avatud</source>
        <translation>File in use</translation>
    </message>
    <message>
        <source>Fail {name} on avatud: {holder}.

Kas asendada see ikkagi?</source>
        <translation>The file {name} is open: {holder}.

Replace it anyway?</translation>
    </message>
    <message>
        <source>Salvestamine ebaõnnestus</source>
        <extracomment>Reads a file into a LoadResult (None: the user cancelled). Writes the open document to a path (see DocumentFiles.use_writer). After a file was opened: its Path and the registry&apos;s LoadResult (report, signatures). After Save / Save As wrote the document: its Path. The window is closing and the user agreed (nothing unsaved is lost). News about the file just opened that needs no answer (shown in the info bar). False for a file imported from another format: Save must ask for a new name. Shown and offered as the file name while there is no file (e.g. a new revision).</extracomment>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Ekspordi {kind}</source>
        <translation>Export {kind}</translation>
    </message>
    <message>
        <source>Eksportimine ebaõnnestus</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>{name} (kirjutuskaitstud)</source>
        <translation>{name} (read-only)</translation>
    </message>
</context>
<context>
    <name>DutiesPane</name>
    <message>
        <source>Osa sisse/välja</source>
        <translation>Part on/off</translation>
    </message>
    <message>
        <source>Muuda pealkirja</source>
        <translation>Edit heading</translation>
    </message>
    <message>
        <source>Põhiülesanne (loetelu ette „sh:”)</source>
        <translation>The main task (&quot;sh:&quot; before a list)</translation>
    </message>
    <message>
        <source>Oodatavad tulemused (lause või loetelu)</source>
        <translation>Expected results (a sentence or a list)</translation>
    </message>
    <message>
        <source>Lisa rida &amp;allapoole</source>
        <translation>Add row &amp;below</translation>
    </message>
    <message>
        <source>Lisa rida &amp;ülespoole</source>
        <translation>Add row &amp;above</translation>
    </message>
    <message>
        <source>Tee reast &amp;koopia</source>
        <translation>&amp;Duplicate row</translation>
    </message>
    <message>
        <source>Kustuta &amp;rida</source>
        <translation>De&amp;lete row</translation>
    </message>
    <message>
        <source>&amp;Tõsta rida üles</source>
        <translation>Move row &amp;up</translation>
    </message>
    <message>
        <source>Tõsta rida a&amp;lla</source>
        <translation>Move row do&amp;wn</translation>
    </message>
    <message>
        <source>Põhi&amp;ülesanne {number}</source>
        <translation>&amp;Main task {number}</translation>
    </message>
    <message>
        <source>&amp;Oodatavad tulemused {number}</source>
        <translation>E&amp;xpected results {number}</translation>
    </message>
    <message>
        <source>Muuda ülesannet</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>Muuda tulemusi</source>
        <translation>Edit results</translation>
    </message>
    <message>
        <source>Lisa rida</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Tee reast koopia</source>
        <translation>Duplicate row</translation>
    </message>
    <message>
        <source>Kustuta rida</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <source>Liiguta rida</source>
        <translation>Move row</translation>
    </message>
    <message>
        <source>Pealkiri</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Osa on dokumendis</source>
        <translation>Part is in the document</translation>
    </message>
    <message>
        <source>Kui osa on välja lülitatud, jääb see dokumendist välja ja järgmiste osade numbrid nihkuvad.</source>
        <translation>When a part is switched off it is left out of the document and the later sections are renumbered.</translation>
    </message>
    <message>
        <source>&amp;Pealkiri</source>
        <translation>Hea&amp;ding</translation>
    </message>
    <message>
        <source>Osa pealkiri</source>
        <translation>Section heading</translation>
    </message>
    <message>
        <source>Lisa uus rida valitud rea alla (Ctrl+Enter)</source>
        <translation>Add a new row below the selected one (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Lisa üles</source>
        <translation>Add above</translation>
    </message>
    <message>
        <source>Lisa uus rida valitud rea kohale (Ctrl+Shift+Enter)</source>
        <translation>Add a new row above the selected one (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Tee koopia</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Tee valitud reast koopia (Ctrl+Shift+D)</source>
        <translation>Duplicate the selected row (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Kustuta</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Kustuta valitud rida (Ctrl+Shift+Delete)</source>
        <translation>Delete the selected row (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Üles</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Vii rida üles (Ctrl+Shift+↑)</source>
        <translation>Move the row up (Ctrl+Shift+↑)</translation>
    </message>
    <message>
        <source>Rida üles</source>
        <translation>Row up</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Vii rida alla (Ctrl+Shift+↓)</source>
        <translation>Move the row down (Ctrl+Shift+↓)</translation>
    </message>
    <message>
        <source>Rida alla</source>
        <translation>Row down</translation>
    </message>
    <message>
        <source>Ülesannete tabel</source>
        <translation>Duty table</translation>
    </message>
    <message>
        <source>Põhi&amp;ülesanne</source>
        <translation>&amp;Main task</translation>
    </message>
    <message>
        <source>&amp;Oodatavad tulemused</source>
        <translation>E&amp;xpected results</translation>
    </message>
    <message>
        <source>Põhiülesanne</source>
        <translation>Main task</translation>
    </message>
    <message>
        <source>Ülesanne; „sh:” järel loetelupunktid (Ctrl+Shift+L)</source>
        <translation>The task; after &quot;sh:&quot; (including) bullet items (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Oodatavad tulemused</source>
        <translation>Expected results</translation>
    </message>
    <message>
        <source>Iga rida on üks lõik. Loetelupunkt: alusta rida „- ” või vajuta Ctrl+Shift+L. Rida üles/alla: Alt+↑/↓.</source>
        <translation>Each line is one paragraph. Bullet: start the line with &quot;- &quot; or press Ctrl+Shift+L. Line up/down: Alt+↑/↓.</translation>
    </message>
</context>
<context>
    <name>DutyTableModel</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Põhiülesanne</source>
        <translation>Main task</translation>
    </message>
    <message>
        <source>Oodatavad tulemused</source>
        <translation>Expected results</translation>
    </message>
</context>
<context>
    <name>ExportAuthor</name>
    <message>
        <source>Autori nimi</source>
        <translation>Author name</translation>
    </message>
    <message>
        <source>Nimi, mis kirjutatakse eksporditud dokumentide omadustesse autoriks, näiteks teie nimi või „Personaliosakond”. Võib jätta tühjaks. Arvuti kasutajanime ei kasutata. Muuta saab menüüs Seaded › Autori nimi…</source>
        <translation>The name written into exported documents&apos; properties as their author, for example your name or “HR department”. May be left empty. The computer&apos;s login name is never used. You can change it in Settings › Author name…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Loobu</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Seadet ei saanud salvestada</source>
        <translation>The setting could not be saved</translation>
    </message>
    <message>
        <source>&amp;Autori nimi…</source>
        <translation>&amp;Author name…</translation>
    </message>
    <message>
        <source>Nimi, mis kirjutatakse eksporditud dokumentidesse autoriks</source>
        <translation>The name written into exported documents as their author</translation>
    </message>
</context>
<context>
    <name>ExtraSectionsPane</name>
    <message>
        <source>(pealkirjata)</source>
        <translation>(no heading)</translation>
    </message>
    <message>
        <source>Lisa lisaosa</source>
        <translation>Add extra section</translation>
    </message>
    <message>
        <source>Eemalda lisaosa</source>
        <translation>Remove extra section</translation>
    </message>
    <message>
        <source>Liiguta lisaosa</source>
        <translation>Move extra section</translation>
    </message>
    <message>
        <source>Muuda lisaosa pealkirja</source>
        <translation>Edit extra section heading</translation>
    </message>
    <message>
        <source>Muuda lisaosa teksti</source>
        <translation>Edit extra section text</translation>
    </message>
    <message>
        <source>Lisaosad</source>
        <translation>Extra sections</translation>
    </message>
    <message>
        <source>Ametlike osade järel võib dokumendis olla nummerdatud lisaosi, nt „LISAD”. Need nummerdatakse viimase ametliku osa järel.</source>
        <translation>After the official parts a document may have numbered extra sections, e.g. “LISAD” (annexes). They are numbered after the last official part.</translation>
    </message>
    <message>
        <source>+ Lisa osa</source>
        <translation>+ Add section</translation>
    </message>
    <message>
        <source>Lisa osa</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Eemalda osa</source>
        <translation>Remove section</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Tõsta osa ettepoole</source>
        <translation>Move the section up</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Tõsta osa tahapoole</source>
        <translation>Move the section down</translation>
    </message>
    <message>
        <source>&amp;Pealkiri:</source>
        <translation>Headin&amp;g:</translation>
    </message>
    <message>
        <source>Lisaosa pealkiri</source>
        <translation>Extra section heading</translation>
    </message>
    <message>
        <source>Nt LISAD</source>
        <translation>E.g. LISAD</translation>
    </message>
    <message>
        <source>Iga rida on üks lõik. Loetelupunkt: alusta rida „- ” või vajuta Ctrl+Shift+L.</source>
        <translation>Each line is a paragraph. Bullet: start the line with “- ” or press Ctrl+Shift+L.</translation>
    </message>
    <message>
        <source>Lisaosa tekst</source>
        <translation>Extra section text</translation>
    </message>
    <message>
        <source>• Loetelupunkt</source>
        <translation>• Bullet</translation>
    </message>
    <message>
        <source>Muuda rida loetelupunktiks või tagasi lõiguks (Ctrl+Shift+L)</source>
        <translation>Turn the line into a bullet or back into a paragraph (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Otsitav tekst</source>
        <extracomment>The text editor whose matches are marked (cleared when the marks go stale).</extracomment>
        <translation>Text to find</translation>
    </message>
    <message>
        <source>Asendustekst</source>
        <translation>Replacement text</translation>
    </message>
    <message>
        <source>&amp;Erista suur- ja väiketähti</source>
        <translation>Match &amp;case</translation>
    </message>
    <message>
        <source>Ära erista &amp;täpitähti (o = õ)</source>
        <translation>Ignore &amp;diacritics (o = õ)</translation>
    </message>
    <message>
        <source>&amp;Eelmine</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Järgmine</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Asenda</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Asenda &amp;kõik</source>
        <translation>Replace &amp;all</translation>
    </message>
    <message>
        <source>Leitud kohad</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>&amp;Otsi:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Asenda &amp;millega:</source>
        <translation>Replace &amp;with:</translation>
    </message>
    <message>
        <source>Asendati 1 vaste.</source>
        <translation>Replaced 1 match.</translation>
    </message>
    <message>
        <source>Asendati {count} vastet.</source>
        <translation>Replaced {count} matches.</translation>
    </message>
    <message>
        <source>Ei leitud.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <source>1 vaste</source>
        <translation>1 match</translation>
    </message>
    <message>
        <source>{count} vastet</source>
        <translation>{count} matches</translation>
    </message>
    <message>
        <source>Asenda „{found}”</source>
        <translation>Replace “{found}”</translation>
    </message>
    <message>
        <source>Asenda kõik: „{found}” → „{replacement}”</source>
        <translation>Replace all: “{found}” → “{replacement}”</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <source>Otsi ja asenda</source>
        <translation>Find and replace</translation>
    </message>
    <message>
        <source>&amp;Otsi…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Otsi ja &amp;asenda…</source>
        <translation>Find and re&amp;place…</translation>
    </message>
    <message>
        <source>Otsi &amp;järgmine</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <source>Otsi &amp;eelmine</source>
        <translation>Find pre&amp;vious</translation>
    </message>
</context>
<context>
    <name>FolderCheck</name>
    <message>
        <source>Kausta kontrolli tulemused</source>
        <translation>Folder check results</translation>
    </message>
    <message>
        <source>Kaustas {folder} ({n} fail) probleeme ei leitud.</source>
        <translation>No problems found in {folder} ({n} file).</translation>
    </message>
    <message>
        <source>Kaustas {folder} ({n} faili) probleeme ei leitud.</source>
        <translation>No problems found in {folder} ({n} files).</translation>
    </message>
    <message>
        <source>K&amp;ontrolli kausta…</source>
        <translation>Check &amp;folder…</translation>
    </message>
    <message>
        <source>Kontrolli kausta</source>
        <translation>Check folder</translation>
    </message>
    <message>
        <source>Kausta kontroll</source>
        <translation>Folder check</translation>
    </message>
    <message>
        <source>Kausta kontroll ({count})</source>
        <translation>Folder check ({count})</translation>
    </message>
</context>
<context>
    <name>FolderOverview</name>
    <message>
        <source>Kausta &amp;ülevaade…</source>
        <translation>Fo&amp;lder overview…</translation>
    </message>
    <message>
        <source>Kausta ametijuhendid tabelina: kinnitamine, redaktsioon, ülevaatus, probleemid</source>
        <translation>The folder&apos;s job descriptions as a table: approval, revision, review, problems</translation>
    </message>
    <message>
        <source>Kausta ülevaade</source>
        <translation>Folder overview</translation>
    </message>
</context>
<context>
    <name>FolderReading</name>
    <message>
        <source>Kausta lugemine</source>
        <extracomment>The progress dialog appears only when reading takes longer than this (milliseconds). The :class:`FolderReading`, or None when stopped.</extracomment>
        <translation>Reading the folder</translation>
    </message>
    <message>
        <source>Otsin faile kaustast {folder}…</source>
        <translation>Looking for files in {folder}…</translation>
    </message>
    <message>
        <source>Katkesta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Loen faile {done}/{total}</source>
        <translation>Reading files {done}/{total}</translation>
    </message>
    <message>
        <source>Võrdlen faile…</source>
        <translation>Comparing files…</translation>
    </message>
    <message>
        <source>Kausta ei saanud lugeda</source>
        <translation>Could not read the folder</translation>
    </message>
</context>
<context>
    <name>GeneralPane</name>
    <message>
        <source>Muuda: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <source>(märkimata)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Kinnitusmärge sisse/välja</source>
        <translation>Approval note on/off</translation>
    </message>
    <message>
        <source>Muuda kinnitajat</source>
        <translation>Edit approver</translation>
    </message>
    <message>
        <source>Muuda käskkirja numbrit</source>
        <translation>Edit directive number</translation>
    </message>
    <message>
        <source>Muuda töötaja gruppi</source>
        <translation>Edit employee group</translation>
    </message>
    <message>
        <source>Muuda kinnitamise kuupäeva</source>
        <translation>Edit approval date</translation>
    </message>
    <message>
        <source>Ametinimetus</source>
        <translation>Post title</translation>
    </message>
    <message>
        <source>Struktuuriüksus</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Vahetu juht</source>
        <translation>Line manager</translation>
    </message>
    <message>
        <source>Kes asendab</source>
        <translation>Substituted by</translation>
    </message>
    <message>
        <source>1.5 Keda as&amp;endab</source>
        <translation>1.5 Substitutes f&amp;or</translation>
    </message>
    <message>
        <source>Keda asendab</source>
        <translation>Substitutes for</translation>
    </message>
    <message>
        <source>Töötaja grupp</source>
        <translation>Employee group</translation>
    </message>
    <message>
        <source>Kinnitusmärge (KINNITATUD)</source>
        <translation>Approval note (KINNITATUD)</translation>
    </message>
    <message>
        <source>Kinnitusmärge</source>
        <translation>Approval note</translation>
    </message>
    <message>
        <source>1.1 Ameti&amp;nimetus</source>
        <translation>1.1 Post &amp;title</translation>
    </message>
    <message>
        <source>1.2 S&amp;truktuuriüksus</source>
        <translation>1.2 &amp;Unit</translation>
    </message>
    <message>
        <source>1.3 Vahetu &amp;juht</source>
        <translation>1.3 Line &amp;manager</translation>
    </message>
    <message>
        <source>1.4 &amp;Kes asendab</source>
        <translation>1.4 Su&amp;bstituted by</translation>
    </message>
    <message>
        <source>1.6 Töötaja &amp;grupp</source>
        <translation>1.6 Em&amp;ployee group</translation>
    </message>
    <message>
        <source>K&amp;innitaja</source>
        <translation>&amp;Approver</translation>
    </message>
    <message>
        <source>Kinnitaja</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>nt Sotsiaalkindlustusameti peadirektori</source>
        <translation>e.g. Sotsiaalkindlustusameti peadirektori</translation>
    </message>
    <message>
        <source>K&amp;uupäev</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Kinnitamise kuupäev</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <source>jääb tü&amp;hjaks (täidab dokumendihaldussüsteem)</source>
        <translation>&amp;leave empty (the document system fills it in)</translation>
    </message>
    <message>
        <source>Käskki&amp;rja nr</source>
        <translation>Directive &amp;no.</translation>
    </message>
    <message>
        <source>Kuupäev jääb tühjaks</source>
        <translation>Date left empty</translation>
    </message>
    <message>
        <source>Käskkirja number</source>
        <translation>Directive number</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Ametieditori kasutusjuhend</source>
        <translation>Ametieditor user guide (in Estonian)</translation>
    </message>
    <message>
        <source>Kasutusjuhend</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>&amp;Sulge</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;Kasutusjuhend</source>
        <translation>&amp;User guide (Estonian)</translation>
    </message>
    <message>
        <source>Kasutusjuhend</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Kasutusjuhendi faili {name} ei leitud.</source>
        <translation>The user guide file {name} was not found.</translation>
    </message>
</context>
<context>
    <name>ImportDocks</name>
    <message>
        <source>Impordi aruanne</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Paigutamata tekst</source>
        <translation>Unplaced text</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>Impordi aruanne</source>
        <extracomment>Where each part key of the import report lives in the model.</extracomment>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Avatud fail ei ole imporditud; aruannet ei ole.</source>
        <translation>The open file was not imported; there is no report.</translation>
    </message>
    <message>
        <source>Imporditud failist %1 (%2).</source>
        <translation>Imported from %1 (%2).</translation>
    </message>
    <message>
        <source>Imporditud %2-failist.</source>
        <translation>Imported from a %2 file.</translation>
    </message>
    <message>
        <source>Kõik tekst leidis koha, oletusi ei tehtud.</source>
        <translation>All text found its place; no guesses were made.</translation>
    </message>
    <message>
        <source>Vaadake üle oletused ja paigutamata tekst.</source>
        <translation>Review the guesses and the unplaced text.</translation>
    </message>
    <message>
        <source>väli</source>
        <translation>field</translation>
    </message>
    <message>
        <source>välja</source>
        <translation>fields</translation>
    </message>
    <message>
        <source>põhiülesanne</source>
        <translation>duty</translation>
    </message>
    <message>
        <source>põhiülesannet</source>
        <translation>duties</translation>
    </message>
    <message>
        <source>nõue</source>
        <translation>requirement</translation>
    </message>
    <message>
        <source>nõuet</source>
        <translation>requirements</translation>
    </message>
    <message>
        <source>kompetents</source>
        <translation>competency</translation>
    </message>
    <message>
        <source>kompetentsi</source>
        <translation>competencies</translation>
    </message>
    <message>
        <source>lõik</source>
        <translation>paragraph</translation>
    </message>
    <message>
        <source>lõiku</source>
        <translation>paragraphs</translation>
    </message>
    <message>
        <source>lõik lisaosas</source>
        <translation>paragraph in an extra section</translation>
    </message>
    <message>
        <source>lõiku lisaosas</source>
        <translation>paragraphs in an extra section</translation>
    </message>
    <message>
        <source>punkt</source>
        <translation>item</translation>
    </message>
    <message>
        <source>punkti</source>
        <translation>items</translation>
    </message>
    <message>
        <source>Pealkiri</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Kompetentsid</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <source>Täiendavad kompetentsid</source>
        <translation>Additional competencies</translation>
    </message>
    <message>
        <source>Leitud osad</source>
        <translation>Parts found</translation>
    </message>
    <message>
        <source>rida %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>Oletused</source>
        <translation>Guesses</translation>
    </message>
    <message>
        <source>rida %1: </source>
        <translation>line %1: </translation>
    </message>
    <message>
        <source>Paigutamata tekst</source>
        <translation>Unplaced text</translation>
    </message>
    <message>
        <source>Ei leitud</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Sulge teade</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>IntroListPane</name>
    <message>
        <source>Osa sisse/välja</source>
        <translation>Part on/off</translation>
    </message>
    <message>
        <source>Muuda sissejuhatust</source>
        <translation>Edit intro</translation>
    </message>
    <message>
        <source>Üks punkt rea kohta. Tüüpsõnastus: F4</source>
        <translation>One item per line. Standard wording: F4</translation>
    </message>
    <message>
        <source>Muuda punkte</source>
        <translation>Edit items</translation>
    </message>
    <message>
        <source>Pealkiri</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Osa on dokumendis</source>
        <translation>Part is in the document</translation>
    </message>
    <message>
        <source>Kui osa on välja lülitatud, jääb see dokumendist välja ja järgmiste osade numbrid nihkuvad.</source>
        <translation>When a part is switched off it is left out of the document and the later sections are renumbered.</translation>
    </message>
    <message>
        <source>Sisse&amp;juhatus</source>
        <translation>&amp;Intro</translation>
    </message>
    <message>
        <source>Sissejuhatus</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>&amp;Punktid</source>
        <translation>I&amp;tems</translation>
    </message>
    <message>
        <source>Iga rida on üks lõik. Loetelupunkt: alusta rida „- ” või vajuta Ctrl+Shift+L. Rida üles/alla: Alt+↑/↓.</source>
        <translation>Each line is one paragraph. Bullet: start the line with &quot;- &quot; or press Ctrl+Shift+L. Line up/down: Alt+↑/↓.</translation>
    </message>
    <message>
        <source>Punktid</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Lisa punkt</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Kustuta rida</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <source>Üles</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Vii rida üles (Alt+↑)</source>
        <translation>Move the line up (Alt+↑)</translation>
    </message>
    <message>
        <source>Rida üles</source>
        <translation>Row up</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Vii rida alla (Alt+↓)</source>
        <translation>Move the line down (Alt+↓)</translation>
    </message>
    <message>
        <source>Rida alla</source>
        <translation>Row down</translation>
    </message>
    <message>
        <source>• Loetelupunkt</source>
        <translation>• Bullet</translation>
    </message>
    <message>
        <source>Muuda rida loetelupunktiks või tagasi lõiguks (Ctrl+Shift+L)</source>
        <translation>Turn the line into a bullet or back into a paragraph (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>LibraryManagerDialog</name>
    <message>
        <source>Tüüpsõnastus</source>
        <translation>Standard wording</translation>
    </message>
    <message>
        <source>Uus…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Muuda…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Kustuta</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Tee koopia</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Impordi…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Ekspordi…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Sulge</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kaasa tulnud teksti ei saa muuta ega kustutada: tee sellest koopia ja muuda koopiat.</source>
        <translation>Bundled text cannot be edited or deleted: copy it and edit the copy.</translation>
    </message>
    <message>
        <source>Eksportida saab oma tüüpsõnastust; seda veel ei ole (Uus… või Tee koopia).</source>
        <translation>Only your own standard wording is exported, and there is none yet (New… or Copy).</translation>
    </message>
    <message>
        <source>Kustuta tüüpsõnastusest</source>
        <translation>Delete from standard wording</translation>
    </message>
    <message>
        <source>Impordi tüüpsõnastus</source>
        <translation>Import standard wording</translation>
    </message>
    <message>
        <source>Tüüpsõnastuse failid (*.xml)</source>
        <translation>Standard wording files (*.xml)</translation>
    </message>
    <message>
        <source>Ekspordi minu tüüpsõnastus</source>
        <translation>Export my standard wording</translation>
    </message>
    <message>
        <source>Kas kustutada „{name}”?</source>
        <translation>Delete &quot;{name}&quot;?</translation>
    </message>
    <message>
        <source>„{name}” kustutati.</source>
        <translation>&quot;{name}&quot; was deleted.</translation>
    </message>
    <message>
        <source>Koopia tehtud; seda saab muuta.</source>
        <translation>Copy made; it can be edited.</translation>
    </message>
    <message>
        <source>Lisati {added}, juba olemas {duplicates}.</source>
        <translation>Added {added}, already present {duplicates}.</translation>
    </message>
    <message>
        <source>Eksporditi {n} kirje faili {file}.</source>
        <translation>Exported {n} entry to {file}.</translation>
    </message>
    <message>
        <source>Eksporditi {n} kirjet faili {file}.</source>
        <translation>Exported {n} entries to {file}.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Fail on kasutusel</source>
        <translation>File in use</translation>
    </message>
    <message>
        <source>Fail on avatud: {name} (arvuti {host}) alates {since}</source>
        <translation>The file is open: {name} (computer {host}) since {since}</translation>
    </message>
    <message>
        <source>Lukk on vana: võib-olla suleti programm teises arvutis ootamatult. Kui olete kindel, et keegi faili ei muuda, võite selle ikkagi avada.</source>
        <translation>The lock is old: perhaps the program closed unexpectedly on the other computer. If you are sure nobody is changing the file, you can open it anyway.</translation>
    </message>
    <message>
        <source>Saate faili avada kirjutuskaitstuna ja muudatused teise nimega salvestada.</source>
        <translation>You can open the file read-only and save your changes under another name.</translation>
    </message>
    <message>
        <source>Ava kirjutuskaitstuna</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Loobu</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ava ikkagi</source>
        <translation>Open anyway</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kontroll</source>
        <extracomment>Where a check problem&apos;s location leads: the first step of the path -&gt; pane key. The features the window owns (see ametieditor.gui.feature_set). The menus by key: file, edit, view, settings, help (once the menu bar is made). True once install_features has run. The panes made so far; ``self.panes[key]`` makes one on first use, so the window appears without building the eight panes the user has not opened yet. Where docks open and when (see ametieditor.gui.docks).</extracomment>
        <translation>Check</translation>
    </message>
    <message>
        <source>&lt;algne&gt;</source>
        <translation>&lt;original&gt;</translation>
    </message>
    <message>
        <source>Muudatuste ajalugu</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <source>{name} (osa on dokumendist väljas)</source>
        <translation>{name} (part left out of the document)</translation>
    </message>
    <message>
        <source>Kontroll ({count})</source>
        <translation>Check ({count})</translation>
    </message>
    <message>
        <source>Taaskäivitamine ebaõnnestus</source>
        <translation>Restart failed</translation>
    </message>
    <message>
        <source>Ametieditori ei õnnestunud uuesti käivitada:
{command}

Keel vahetub, kui käivitad programmi ise uuesti.</source>
        <translation>Ametieditor could not be started again:
{command}

The language changes when you start the program again yourself.</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <source>&amp;Fail</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Muuda</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Vaade</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Seaded</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Abi</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Teave</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Uus</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Ametniku ametijuhend</source>
        <translation>&amp;Civil servant job description</translation>
    </message>
    <message>
        <source>&amp;Töötaja ametijuhend</source>
        <translation>&amp;Employee job description</translation>
    </message>
    <message>
        <source>&amp;Ava…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>V&amp;iimati avatud</source>
        <translation>Recent f&amp;iles</translation>
    </message>
    <message>
        <source>&amp;Salvesta</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Salvesta &amp;kui…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Ekspordi &amp;DOCX…</source>
        <translation>Export &amp;DOCX…</translation>
    </message>
    <message>
        <source>Ekspordi &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Väl&amp;ju</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Võta tagasi</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Tee uuesti</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Eelvaade</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Keel / Language</source>
        <translation>&amp;Language / Keel</translation>
    </message>
    <message>
        <source>Ekspordi PDF… (vajab LibreOffice&apos;i)</source>
        <translation>Export PDF… (needs LibreOffice)</translation>
    </message>
    <message>
        <source>PDF-i tegemiseks on vaja LibreOffice&apos;i, seda ei leitud.</source>
        <translation>PDF export needs LibreOffice, which was not found.</translation>
    </message>
    <message>
        <source>&amp;Põhiülesanded</source>
        <translation>&amp;Duties</translation>
    </message>
    <message>
        <source>Ridu saab lisada ja muuta osas „Ülesanded ja tulemused”.</source>
        <translation>Rows are added and changed in the part &quot;Duties and results&quot;.</translation>
    </message>
    <message>
        <source>Osa „Ülesanded ja tulemused” on dokumendist välja lülitatud.</source>
        <translation>The part &quot;Duties and results&quot; is switched off in this document.</translation>
    </message>
    <message>
        <source>Ametieditor</source>
        <translation>Ametieditor</translation>
    </message>
    <message>
        <source>Ametieditor {version}
Ametijuhendite koostamise ja muutmise tööriist.</source>
        <translation>Ametieditor {version}
A tool for writing and revising job descriptions.</translation>
    </message>
</context>
<context>
    <name>MoveNoteDialog</name>
    <message>
        <source>Lisa osasse</source>
        <translation>Add to part</translation>
    </message>
    <message>
        <source>Tekst: „{text}”</source>
        <translation>Text: “{text}”</translation>
    </message>
    <message>
        <source>Osa, kuhu tekst lisatakse</source>
        <translation>Part the text is added to</translation>
    </message>
    <message>
        <source>lõiguna</source>
        <translation>as a paragraph</translation>
    </message>
    <message>
        <source>loetelu punktina</source>
        <translation>as a bullet item</translation>
    </message>
    <message>
        <source>Lisa:</source>
        <translation>Add:</translation>
    </message>
    <message>
        <source>Lisa</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Loobu</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kuhu tekst lisada?</source>
        <translation>Where should the text go?</translation>
    </message>
</context>
<context>
    <name>NamedItemsEditor</name>
    <message>
        <source>loend</source>
        <translation>list</translation>
    </message>
    <message>
        <source>nimetus</source>
        <translation>name</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>(nimetu)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Muuda nimetust</source>
        <translation>Edit name</translation>
    </message>
    <message>
        <source>Muuda teksti</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>Lisa</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Kustuta</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Liiguta</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>NamedItemsForm</name>
    <message>
        <source>Loend</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Lisa</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Kustuta</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Üles</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>&amp;Nimetus</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Nimetus</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Tekst</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Dokumendi osad</source>
        <translation>Parts of the document</translation>
    </message>
    <message>
        <source>{number}. {name} (tühi)</source>
        <translation>{number}. {name} (empty)</translation>
    </message>
    <message>
        <source>{name} (väljas)</source>
        <translation>{name} (off)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Paigutamata tekst</source>
        <extracomment>Where the last moved note went (for the window to put the cursor there).</extracomment>
        <translation>Unplaced text</translation>
    </message>
    <message>
        <source>Lisa osasse…</source>
        <translation>Add to part…</translation>
    </message>
    <message>
        <source>Lisa tekst valitud osasse ja eemalda siit</source>
        <translation>Add the text to the chosen part and remove it here</translation>
    </message>
    <message>
        <source>Kustuta</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Kustuta see tekst (Delete)</source>
        <translation>Delete this text (Delete)</translation>
    </message>
    <message>
        <source>Seda teksti ei osatud dokumendis paigutada ({count}). Lisage see sobivasse osasse või kustutage.</source>
        <translation>This text could not be placed in the document ({count}). Add it to a suitable part or delete it.</translation>
    </message>
    <message>
        <source>Paigutamata teksti ei ole.</source>
        <translation>No unplaced text.</translation>
    </message>
</context>
<context>
    <name>OfficeView</name>
    <message>
        <source>Lehti ei saanud joonistada: {0}</source>
        <translation>The pages could not be drawn: {0}</translation>
    </message>
    <message>
        <source>LibreOffice&apos;i lehed</source>
        <translation>LibreOffice pages</translation>
    </message>
    <message>
        <source>LibreOffice&apos;i lehti veel pole</source>
        <translation>No LibreOffice pages yet</translation>
    </message>
    <message>
        <source>LibreOffice teeb lehti…</source>
        <translation>LibreOffice is making the pages…</translation>
    </message>
    <message>
        <source>LibreOffice&apos;i lehti ei saanud teha: {0}</source>
        <translation>LibreOffice could not make the pages: {0}</translation>
    </message>
    <message>
        <source>LibreOffice&apos;i järgi, seisuga {0}</source>
        <translation>As LibreOffice lays it out, as of {0}</translation>
    </message>
    <message>
        <source>Lehekülg {0}</source>
        <translation>Page {0}</translation>
    </message>
    <message>
        <source>Näitab eksporditud DOCX-i lehti nii, nagu LibreOffice need teeb</source>
        <translation>Shows the exported DOCX&apos;s pages as LibreOffice makes them</translation>
    </message>
    <message>
        <source>Vajab LibreOffice&apos;i, mida ei leitud; eelvaade töötab ka ilma selleta</source>
        <translation>Needs LibreOffice, which was not found; the preview works without it</translation>
    </message>
    <message>
        <source>Vajab programmi pdftoppm (poppler-utils), mida ei leitud</source>
        <translation>Needs the program pdftoppm (poppler-utils), which was not found</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>ametinimetus, üksus, juht, probleem…</source>
        <translation>job title, unit, manager, problem…</translation>
    </message>
    <message>
        <source>Otsi tabelist</source>
        <translation>Search the table</translation>
    </message>
    <message>
        <source>&amp;Otsi:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Kausta ametijuhendid</source>
        <translation>Job descriptions of the folder</translation>
    </message>
    <message>
        <source>Valitud ametijuhendi probleemid</source>
        <translation>Problems of the selected job description</translation>
    </message>
    <message>
        <source>Vali tabelist rida, et näha selle probleeme.</source>
        <translation>Select a row in the table to see its problems.</translation>
    </message>
    <message>
        <source>Failid, mida ei saanud lugeda</source>
        <translation>Files that could not be read</translation>
    </message>
    <message>
        <source>Neid faile ei saanud lugeda:</source>
        <translation>These files could not be read:</translation>
    </message>
    <message>
        <source>&amp;Probleemid:</source>
        <translation>&amp;Problems:</translation>
    </message>
    <message>
        <source>&amp;Ekspordi CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Värskenda</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Sul&amp;ge</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Kausta ülevaade – {folder}</source>
        <translation>Folder overview – {folder}</translation>
    </message>
    <message>
        <source>{n} ametijuhend</source>
        <translation>{n} job description</translation>
    </message>
    <message>
        <source>{n} ametijuhendit</source>
        <translation>{n} job descriptions</translation>
    </message>
    <message>
        <source>{n} probleemiga</source>
        <translation>{n} with problems</translation>
    </message>
    <message>
        <source>{n} faili ei saanud lugeda</source>
        <comment>one file</comment>
        <translation>{n} file could not be read</translation>
    </message>
    <message>
        <source>{n} faili ei saanud lugeda</source>
        <comment>several files</comment>
        <translation>{n} files could not be read</translation>
    </message>
    <message>
        <source>näidatud {shown}</source>
        <translation>{shown} shown</translation>
    </message>
    <message>
        <source>Probleeme ei leitud.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>ülevaade.csv</source>
        <translation>overview.csv</translation>
    </message>
    <message>
        <source>Ekspordi CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV-failid (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Eksport ebaõnnestus</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>{path}: see on üks ülevaate ametijuhenditest, seda ei kirjutata üle</source>
        <translation>{path}: this is one of the job descriptions of the overview; it is not overwritten</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Eelvaade</source>
        <extracomment>The preview is never narrower than this many average characters.</extracomment>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Ametijuhend</source>
        <translation>Job description</translation>
    </message>
    <message>
        <source>Pri&amp;ndi…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Prindi</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Dokumentide taastamine</source>
        <translation>Document recovery</translation>
    </message>
    <message>
        <source>Ametieditor suleti eelmisel korral ootamatult. Nendes dokumentides oli salvestamata muudatusi; märkige need, mida soovite taastada.</source>
        <translation>Ametieditor closed unexpectedly last time. These documents had unsaved changes; tick the ones you want to recover.</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Viimati salvestatud</source>
        <translation>Last saved</translation>
    </message>
    <message>
        <source>Automaatselt salvestatud</source>
        <translation>Autosaved</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>File</translation>
    </message>
    <message>
        <source>(ametinimetuseta)</source>
        <translation>(no post title)</translation>
    </message>
    <message>
        <source>salvestamata</source>
        <translation>never saved</translation>
    </message>
    <message>
        <source>uus dokument</source>
        <translation>new document</translation>
    </message>
    <message>
        <source>Märkimata dokumentide taastefailid kustutatakse. „Hiljem” jätab kõik alles järgmise käivituseni.</source>
        <translation>The recovery files of unticked documents are deleted. “Later” keeps everything until the next start.</translation>
    </message>
    <message>
        <source>Taasta valitud</source>
        <translation>Recover selected</translation>
    </message>
    <message>
        <source>Hiljem</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Kustuta kõik</source>
        <translation>Delete all</translation>
    </message>
</context>
<context>
    <name>RequirementsPane</name>
    <message>
        <source>Osa sisse/välja</source>
        <translation>Part on/off</translation>
    </message>
    <message>
        <source>&amp;Nõue</source>
        <translation>&amp;Requirement</translation>
    </message>
    <message>
        <source>&amp;Kompetents</source>
        <translation>&amp;Competency</translation>
    </message>
    <message>
        <source>Kompetentsid sisse/välja</source>
        <translation>Competencies on/off</translation>
    </message>
    <message>
        <source>Täiendavad kompetentsid sisse/välja</source>
        <translation>Additional competencies on/off</translation>
    </message>
    <message>
        <source>Märkus sisse/välja</source>
        <translation>Note on/off</translation>
    </message>
    <message>
        <source>Muuda pealkirja</source>
        <translation>Edit heading</translation>
    </message>
    <message>
        <source>Muuda märkust</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Pealkiri</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Osa on dokumendis</source>
        <translation>Part is in the document</translation>
    </message>
    <message>
        <source>Kui osa on välja lülitatud, jääb see dokumendist välja ja järgmiste osade numbrid nihkuvad.</source>
        <translation>When a part is switched off it is left out of the document and the later sections are renumbered.</translation>
    </message>
    <message>
        <source>Nõuete osad</source>
        <translation>Parts of the requirements</translation>
    </message>
    <message>
        <source>Nõuded</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Nõuded nimetuse kaupa (Haridus, Töökogemus, Keeleoskus …).</source>
        <translation>Requirements by label (Haridus, Töökogemus, Keeleoskus …).</translation>
    </message>
    <message>
        <source>Kompetentsid</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <source>Tööks vajalikud kompetentsid on dokumendis</source>
        <translation>Competencies needed for the work are in the document</translation>
    </message>
    <message>
        <source>Kompetentsid on dokumendis</source>
        <translation>Competencies are in the document</translation>
    </message>
    <message>
        <source>&amp;Pealkiri</source>
        <translation>Hea&amp;ding</translation>
    </message>
    <message>
        <source>Kompetentside pealkiri</source>
        <translation>Competencies heading</translation>
    </message>
    <message>
        <source>Täiendavad kompetentsid</source>
        <translation>Additional competencies</translation>
    </message>
    <message>
        <source>Täiendavad kompetentsid on dokumendis</source>
        <translation>Additional competencies are in the document</translation>
    </message>
    <message>
        <source>P&amp;ealkiri</source>
        <translation>Headin&amp;g</translation>
    </message>
    <message>
        <source>Täiendavate kompetentside pealkiri</source>
        <translation>Additional competencies heading</translation>
    </message>
    <message>
        <source>Märkus</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lõpulause on dokumendis</source>
        <translation>A closing note is in the document</translation>
    </message>
    <message>
        <source>Märkus on dokumendis</source>
        <translation>Note is in the document</translation>
    </message>
</context>
<context>
    <name>ReviewFeature</name>
    <message>
        <source>Ülevaatus</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Ekspordi ülevaa&amp;tamiseks…</source>
        <translation>E&amp;xport for review…</translation>
    </message>
    <message>
        <source>DOCX, milles Word ja LibreOffice jälgivad muudatusi: saada see juhile või juristile ja loe vastus sisse</source>
        <translation>A DOCX in which Word and LibreOffice track changes: send it to the manager or the lawyer and read their answer back in</translation>
    </message>
    <message>
        <source>&amp;Loe ülevaatus sisse…</source>
        <translation>Read &amp;back a review…</translation>
    </message>
    <message>
        <source>ametijuhend</source>
        <translation>job-description</translation>
    </message>
    <message>
        <source>_ülevaatamiseks</source>
        <translation>_for_review</translation>
    </message>
    <message>
        <source>Ekspordi ülevaatamiseks</source>
        <translation>Export for review</translation>
    </message>
    <message>
        <source>Eksportimine ebaõnnestus</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Salvestatud %1: muudatuste jälgimine on sees. Kui fail tuleb tagasi, vali Fail › Loe ülevaatus sisse…</source>
        <translation>Saved %1 with change tracking on. When the file comes back, choose File › Read back a review…</translation>
    </message>
    <message>
        <source>Loe ülevaatus sisse</source>
        <translation>Read back a review</translation>
    </message>
    <message>
        <source>Wordi dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Ülevaatust ei saa lugeda</source>
        <translation>The review cannot be read</translation>
    </message>
    <message>
        <source>Ülevaatusest: muudatusettepanekuid %1, märkusi %2, paigutamata %3</source>
        <translation>From the review: %1 proposed changes, %2 comments, %3 not placed</translation>
    </message>
    <message>
        <source>Ülevaatuse paigutamata tekst</source>
        <translation>Unplaced text of the review</translation>
    </message>
</context>
<context>
    <name>ReviewInterval</name>
    <message>
        <source>Ülevaatuse &amp;intervall…</source>
        <translation>Review &amp;interval…</translation>
    </message>
    <message>
        <source>Ülevaatuse intervall</source>
        <translation>Review interval</translation>
    </message>
    <message>
        <source>Mitu kuud pärast kinnitamist tuleb ametijuhend üle vaadata. Kausta ülevaate veerg „Ülevaatus” on kinnitamise kuupäev pluss see arv kuid; kui intervall pole määratud, jääb veerg tühjaks.</source>
        <translation>How many months after approval a job description is due for review. The folder overview&apos;s “Review due” column is the approval date plus this many months; while no interval is set, the column stays empty.</translation>
    </message>
    <message>
        <source>pole määratud</source>
        <translation>not set</translation>
    </message>
    <message>
        <source> kuu</source>
        <translation> month</translation>
    </message>
    <message>
        <source> kuud</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Ülevaatuse intervall kuudes</source>
        <translation>Review interval in months</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Loobu</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Seadet ei saanud salvestada</source>
        <translation>The setting could not be saved</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Ülevaatuse ettepanekud ja märkused</source>
        <translation>Proposals and comments of the review</translation>
    </message>
    <message>
        <source>&amp;Võta vastu</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Lükka tagasi</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Võta &amp;kõik vastu</source>
        <translation>Accept a&amp;ll</translation>
    </message>
    <message>
        <source>Lükka kõik &amp;tagasi</source>
        <translation>Reject all</translation>
    </message>
    <message>
        <source>✓ vastu võetud</source>
        <translation>✓ accepted</translation>
    </message>
    <message>
        <source>⚠ tekst on vahepeal muutunud</source>
        <translation>⚠ the text has changed since</translation>
    </message>
    <message>
        <source>✗ tagasi lükatud</source>
        <translation>✗ rejected</translation>
    </message>
    <message>
        <source>„%1” → „%2”</source>
        <translation>“%1” → “%2”</translation>
    </message>
    <message>
        <source>(kustutatud)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Ülevaatus failist %1</source>
        <translation>Review from %1</translation>
    </message>
    <message>
        <source>NB! Ülevaadatud on teist dokumenti; muudatusi, mida selles dokumendis teha ei saa, näitab märk ⚠.</source>
        <translation>Note: another document was reviewed; changes that cannot be made in this document are marked ⚠.</translation>
    </message>
    <message>
        <source>Muudatusettepanekud (%1)</source>
        <translation>Proposed changes (%1)</translation>
    </message>
    <message>
        <source>Märkused (%1)</source>
        <translation>Comments (%1)</translation>
    </message>
    <message>
        <source>Oli: %1
On: %2</source>
        <translation>Was: %1
Now: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3
Tekst: „%4”</source>
        <translation>%1 (%2): %3
Text: “%4”</translation>
    </message>
    <message>
        <source>Ülevaatus: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <source>Ülevaatus: kõik ettepanekud vastu võetud</source>
        <translation>Review: all proposals accepted</translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <source>Uus &amp;redaktsioon</source>
        <extracomment>The document a new revision was made from in this session, and its name.</extracomment>
        <translation>New &amp;revision</translation>
    </message>
    <message>
        <source>Järgmise aasta redaktsioon: uus id, redaktsiooni number +1, kinnitamise kuupäev ja käskkiri tühjaks; vana fail jääb muutmata</source>
        <translation>Next year&apos;s revision: new id, revision number +1, approval date and decree cleared; the old file stays unchanged</translation>
    </message>
    <message>
        <source>&amp;Võrdle…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <source>Võrdle &amp;eelmise redaktsiooniga</source>
        <translation>Compare &amp;with the previous revision</translation>
    </message>
    <message>
        <source>Uus redaktsioon</source>
        <translation>New revision</translation>
    </message>
    <message>
        <source>ametijuhend</source>
        <translation>job description</translation>
    </message>
    <message>
        <source>{name} (redaktsioon {number})</source>
        <translation>{name} (revision {number})</translation>
    </message>
    <message>
        <source>Tehti redaktsioon {number}. Salvestage see uue failina; {old} jääb muutmata.</source>
        <translation>Revision {number} was made. Save it as a new file; {old} stays unchanged.</translation>
    </message>
    <message>
        <source>Võrdle failiga</source>
        <translation>Compare with file</translation>
    </message>
    <message>
        <source>Faili ei saanud avada</source>
        <translation>The file could not be opened</translation>
    </message>
    <message>
        <source>See osa on ainult varasemas dokumendis.</source>
        <translation>This part is only in the earlier document.</translation>
    </message>
</context>
<context>
    <name>RichPartPane</name>
    <message>
        <source>Muuda: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <source>Osa sisse/välja</source>
        <translation>Part on/off</translation>
    </message>
    <message>
        <source>Milleks ametikoht on olemas: „Ametikoha eesmärk on …”</source>
        <translation>Why the post exists: &quot;Ametikoha eesmärk on …&quot;</translation>
    </message>
    <message>
        <source>Nt „Töövahenditeks on sülearvuti ja telefon.” Tüüpsõnastus: F4</source>
        <translation>E.g. &quot;Töövahenditeks on sülearvuti ja telefon.&quot; Standard wording: F4</translation>
    </message>
    <message>
        <source>Kuidas ja millal juhendit muudetakse. Tüüpsõnastus: F4</source>
        <translation>How and when the job description changes. Standard wording: F4</translation>
    </message>
    <message>
        <source>Pealkiri</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Osa on dokumendis</source>
        <translation>Part is in the document</translation>
    </message>
    <message>
        <source>Kui osa on välja lülitatud, jääb see dokumendist välja ja järgmiste osade numbrid nihkuvad.</source>
        <translation>When a part is switched off it is left out of the document and the later sections are renumbered.</translation>
    </message>
    <message>
        <source>Iga rida on üks lõik. Loetelupunkt: alusta rida „- ” või vajuta Ctrl+Shift+L. Rida üles/alla: Alt+↑/↓.</source>
        <translation>Each line is one paragraph. Bullet: start the line with &quot;- &quot; or press Ctrl+Shift+L. Line up/down: Alt+↑/↓.</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>• Loetelupunkt</source>
        <translation>• Bullet</translation>
    </message>
    <message>
        <source>Muuda rida loetelupunktiks või tagasi lõiguks (Ctrl+Shift+L)</source>
        <translation>Turn the line into a bullet or back into a paragraph (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>Loetelupunkt sisse/välja</source>
        <translation>Bullet on/off</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Kirjutuskaitstud: salvestamine ainult uue nimega</source>
        <translation>Read-only: save under a new name only</translation>
    </message>
    <message>
        <source>&amp;Varukoopiad…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Mitu eelmist versiooni igast failist salvestamisel alles hoida</source>
        <translation>How many earlier versions of each file to keep when saving</translation>
    </message>
    <message>
        <source>Varukoopiad</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Mitu eelmist versiooni igast failist alles hoida
(0: varukoopiaid ei tehta):</source>
        <translation>How many earlier versions of each file to keep
(0: no backups):</translation>
    </message>
    <message>
        <source>Teade</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Salvestamine ebaõnnestus</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Kettal olevat faili ei muudetud.</source>
        <translation>The file on disk was not changed.</translation>
    </message>
    <message>
        <source>Salvesta &amp;kui…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Loobu</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Salvesta &amp;ilma varukoopiata</source>
        <translation>Save &amp;without a backup</translation>
    </message>
    <message>
        <source>Automaatne salvestamine ebaõnnestus: {error}</source>
        <translation>Autosave failed: {error}</translation>
    </message>
    <message>
        <source>Taastamine</source>
        <translation>Recovery</translation>
    </message>
</context>
<context>
    <name>SignatureBar</name>
    <message>
        <source>Üksikasjad</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sulge allkirjade riba</source>
        <translation>Close the signatures bar</translation>
    </message>
    <message>
        <source>Konteiner {container}, avatud fail {member}.</source>
        <translation>Container {container}, opened file {member}.</translation>
    </message>
    <message>
        <source>Allkirjastatud konteiner {name} — allkirju kontrollitakse…</source>
        <translation>Signed container {name} — checking the signatures…</translation>
    </message>
    <message>
        <source>Allkirju kontrollitakse.</source>
        <translation>Checking the signatures.</translation>
    </message>
    <message>
        <source>Allkirju ei saanud kontrollida: {problem}</source>
        <translation>The signatures could not be checked: {problem}</translation>
    </message>
    <message>
        <source>Konteineris ei ole ühtegi loetavat allkirja.</source>
        <translation>The container holds no readable signature.</translation>
    </message>
    <message>
        <source>Allkirjastatud: {signatures}</source>
        <translation>Signed: {signatures}</translation>
    </message>
    <message>
        <source>Peida üksikasjad</source>
        <translation>Hide details</translation>
    </message>
</context>
<context>
    <name>SignaturesPane</name>
    <message>
        <source>Allkirjad sisse/välja</source>
        <translation>Signatures on/off</translation>
    </message>
    <message>
        <source>Kinnitaja allkiri sisse/välja</source>
        <translation>Approver&apos;s signature on/off</translation>
    </message>
    <message>
        <source>Tutvumine sisse/välja</source>
        <translation>Acknowledgement on/off</translation>
    </message>
    <message>
        <source>Muuda kinnitaja nime</source>
        <translation>Edit approver&apos;s name</translation>
    </message>
    <message>
        <source>Muuda kinnitaja ametinimetust</source>
        <translation>Edit approver&apos;s title</translation>
    </message>
    <message>
        <source>Muuda pealkirja</source>
        <translation>Edit heading</translation>
    </message>
    <message>
        <source>Muuda tutvujaid</source>
        <translation>Edit signers</translation>
    </message>
    <message>
        <source>Pealkiri</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Osa on dokumendis</source>
        <translation>Part is in the document</translation>
    </message>
    <message>
        <source>Kui osa on välja lülitatud, jääb see dokumendist välja ja järgmiste osade numbrid nihkuvad.</source>
        <translation>When a part is switched off it is left out of the document and the later sections are renumbered.</translation>
    </message>
    <message>
        <source>Kinnitaja allkiri</source>
        <translation>Approver&apos;s signature</translation>
    </message>
    <message>
        <source>&amp;Nimi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Kinnitaja nimi</source>
        <translation>Approver&apos;s name</translation>
    </message>
    <message>
        <source>Ame&amp;tinimetus</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>T&amp;utvujad</source>
        <translation>Si&amp;gners</translation>
    </message>
    <message>
        <source>Kinnitaja ametinimetus</source>
        <translation>Approver&apos;s title</translation>
    </message>
    <message>
        <source>nt peadirektor</source>
        <translation>e.g. peadirektor</translation>
    </message>
    <message>
        <source>Tutvumine</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <source>&amp;Pealkiri</source>
        <translation>Hea&amp;ding</translation>
    </message>
    <message>
        <source>Tutvumise pealkiri</source>
        <translation>Acknowledgement heading</translation>
    </message>
    <message>
        <source>Tutvujad</source>
        <translation>Signers</translation>
    </message>
    <message>
        <source>üks roll rea kohta, nt vahetu juht</source>
        <translation>one role per line, e.g. vahetu juht</translation>
    </message>
    <message>
        <source>Iga rida on üks allkirjastaja roll; dokumendis järgneb igale reale „(allkirjastatud digitaalselt)”.</source>
        <translation>Each line is one signer role; in the document each line is followed by &quot;(allkirjastatud digitaalselt)&quot;.</translation>
    </message>
</context>
<context>
    <name>SigningCheck</name>
    <message>
        <source>… ja veel {n}</source>
        <extracomment>At most this many problems are listed in the question; the rest are counted.</extracomment>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>Kontrolli allkirjastamiseks</source>
        <translation>Check for signing</translation>
    </message>
    <message>
        <source>Enne allkirjastamist tuleks parandada:

{problems}

Eksportida ikkagi?</source>
        <translation>Before signing, these should be fixed:

{problems}

Export anyway?</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <source>&amp;Võta tagasi</source>
        <extracomment>Pause in typing after which new words are checked. New answers are in the cache: highlighters re-highlight what waited. A word was added to the user&apos;s dictionary: everything is re-highlighted. Answer to :meth:`check_document`: a list of spelling ``Problem``s. Set by :meth:`shutdown`: the worker stops at the next batch and emits nothing. Adds the editor&apos;s own actions (e.g. the wording library&apos;s) to the built menu.</extracomment>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Tee uuesti</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Lõika</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Kopeeri</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Kl&amp;eebi</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>V&amp;ali kõik</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>Kustuta</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>(soovitusi pole)</source>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <source>Lisa minu sõnastikku</source>
        <translation>Add to my dictionary</translation>
    </message>
</context>
<context>
    <name>SpellingSupport</name>
    <message>
        <source>Õigekirja ei kontrollita: {reason}</source>
        <extracomment>Pause in editing after which the whole document is spell-checked for the check panel. The speller starts this long after the window is made: loading Vabamorf in the worker holds Python&apos;s GIL for a few hundred ms, which would delay the first paint. Whether the document lost its diacritics: on opening, then after each check. ``extender(editor, menu)``: more actions for the text fields&apos; context menus.</extracomment>
        <translation>Spelling is not checked: {reason}</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>Minu mallid</source>
        <translation>My templates</translation>
    </message>
    <message>
        <source>Kustuta</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Sulge</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Oma mallid, millest saab teha uue ametijuhendi:</source>
        <translation>Your templates for new job descriptions:</translation>
    </message>
    <message>
        <source>(oma malle pole – Fail › Salvesta mallina…)</source>
        <translation>(no templates of your own – File › Save as template…)</translation>
    </message>
    <message>
        <source>Kustuta mall</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <source>Kas kustutada mall „{name}”?</source>
        <translation>Delete the template &quot;{name}&quot;?</translation>
    </message>
    <message>
        <source>Malli ei saanud kustutada</source>
        <translation>The template could not be deleted</translation>
    </message>
    <message>
        <source>Salvesta &amp;mallina…</source>
        <translation>Save as &amp;template…</translation>
    </message>
    <message>
        <source>Salvesta mallina</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Malli nimi (mallis jäävad alles kinnitaja, struktuuriüksus, juht, õigused, vastutus, töövahendid, nõuded ja allkirjad; ametikoha nimetus, eesmärk ja ülesanded tühjendatakse):</source>
        <translation>Template name (the template keeps the approver, unit, manager, rights, responsibilities, work tools, requirements and signatures; the post title, purpose and duties are emptied):</translation>
    </message>
    <message>
        <source>Salvesta</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Loobu</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Halda malle…</source>
        <translation>&amp;Manage templates…</translation>
    </message>
    <message>
        <source>Malli ei saanud salvestada</source>
        <translation>The template could not be saved</translation>
    </message>
    <message>
        <source>Mall „{name}” on juba olemas. Kas asendada?</source>
        <translation>The template &quot;{name}&quot; already exists. Replace it?</translation>
    </message>
    <message>
        <source>Mall „{name}” salvestati; see on menüüs Fail › Uus.</source>
        <translation>Template &quot;{name}&quot; saved; it is in File › New.</translation>
    </message>
</context>
<context>
    <name>WordingActions</name>
    <message>
        <source>Lisa tüüpsõnastusest: {name}</source>
        <extracomment>A rich-text part: the editor and the model path of its blocks. A list of named items (requirements, groups): its path, current row, item maker. Search text the picker starts with (a requirement&apos;s label). Typing in a named item&apos;s text: where its name is (filled from the entry when blank).</extracomment>
        <translation>Insert standard wording: {name}</translation>
    </message>
    <message>
        <source>Vali tüüp&amp;sõnastusest…</source>
        <translation>&amp;Insert standard wording…</translation>
    </message>
    <message>
        <source>L&amp;isa tüüpsõnastusse…</source>
        <translation>Add to standard &amp;wording…</translation>
    </message>
    <message>
        <source>&amp;Tüüpsõnastus…</source>
        <translation>&amp;Standard wording…</translation>
    </message>
    <message>
        <source>Selles osas tüüpsõnastust ei kasutata.</source>
        <translation>This part takes no standard wording.</translation>
    </message>
    <message>
        <source>Tüüpsõnastust ei saanud lisada: see osa on välja lülitatud või rida on valimata.</source>
        <translation>The wording could not be inserted: the part is switched off or no row is selected.</translation>
    </message>
    <message>
        <source>Vali kõigepealt loendist rida.</source>
        <translation>Select a row in the list first.</translation>
    </message>
    <message>
        <source>Vali kõigepealt tekst, mida tüüpsõnastusse lisada.</source>
        <translation>Select the text to add to the standard wording first.</translation>
    </message>
    <message>
        <source>„{name}” lisati tüüpsõnastusse.</source>
        <translation>&quot;{name}&quot; was added to the standard wording.</translation>
    </message>
</context>
<context>
    <name>WordingPicker</name>
    <message>
        <source>Kõik liigid</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Vali tüüpsõnastusest</source>
        <translation>Insert standard wording</translation>
    </message>
    <message>
        <source>Lisa dokumenti</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Loobu</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_EntryBrowser</name>
    <message>
        <source>Otsi tüüpsõnastusest (nt „õigus”, „kliendi”)…</source>
        <extracomment>The document&apos;s kind (``ametnik``/``töötaja``): its entries are listed first.</extracomment>
        <translation>Search standard wording (e.g. &quot;right&quot;, &quot;client&quot;)…</translation>
    </message>
    <message>
        <source>Sobivat sõnastust ei leitud.</source>
        <translation>No matching wording found.</translation>
    </message>
    <message>
        <source>{n} vaste</source>
        <translation>{n} match</translation>
    </message>
    <message>
        <source>{n} vastet</source>
        <translation>{n} matches</translation>
    </message>
    <message>
        <source>, valitud {n}</source>
        <translation>, {n} chosen</translation>
    </message>
    <message>
        <source>kaasa tulnud</source>
        <translation>bundled</translation>
    </message>
    <message>
        <source>minu oma</source>
        <translation>my own</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Muuda</source>
        <extracomment>``QUndoCommand.id()`` of commands that merge: typing in one field is one command.</extracomment>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Lisa</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Tee koopia</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Kustuta</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Liiguta</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Lülita osa</source>
        <translation>Switch part</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Salvestamata muudatused</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Dokumendis „{name}” on salvestamata muudatusi. Kas salvestada need?</source>
        <translation>The document &quot;{name}&quot; has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>&amp;Salvesta</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Ära salvesta</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <source>&amp;Loobu</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Ootamatu viga</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Tekkis ootamatu viga: {error}

Töö jätkub; salvesta dokument igaks juhuks uue nimega.</source>
        <translation>An unexpected error occurred: {error}

You can go on working; to be safe, save the document under a new name.</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>Ametikoha eesmärk</source>
        <extracomment>For a part the document does not have yet: its path and how to make it.</extracomment>
        <translation>Purpose of the post</translation>
    </message>
    <message>
        <source>Õigused</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Vastutus</source>
        <translation>Responsibilities</translation>
    </message>
    <message>
        <source>Töövahendid</source>
        <translation>Work tools</translation>
    </message>
    <message>
        <source>Ametijuhendi muutmine</source>
        <translation>Amending the job description</translation>
    </message>
    <message>
        <source>{part} (osa lisatakse)</source>
        <translation>{part} (the part is added)</translation>
    </message>
    <message>
        <source>{number} ülesanne: {text}</source>
        <translation>{number} task: {text}</translation>
    </message>
    <message>
        <source>{number} tulemused</source>
        <translation>{number} results</translation>
    </message>
    <message>
        <source>{heading}: märkus</source>
        <translation>{heading}: note</translation>
    </message>
    <message>
        <source>Paiguta tekst osasse</source>
        <translation>Place text in a part</translation>
    </message>
    <message>
        <source>Kustuta paigutamata tekst</source>
        <translation>Delete unplaced text</translation>
    </message>
</context>
<context>
    <name>replace</name>
    <message>
        <source>Asenda</source>
        <translation>Replace</translation>
    </message>
</context>
<context>
    <name>restart</name>
    <message>
        <source>Keel / Language</source>
        <translation>Language / Keel</translation>
    </message>
    <message>
        <source>Keel vahetub pärast Ametieditori taaskäivitamist.
The language changes when Ametieditor restarts.</source>
        <translation>The language changes when Ametieditor restarts.
Keel vahetub pärast Ametieditori taaskäivitamist.</translation>
    </message>
    <message>
        <source>Salvestamata muudatuste kohta küsitakse enne.
You will be asked about unsaved changes first.</source>
        <translation>You will be asked about unsaved changes first.
Salvestamata muudatuste kohta küsitakse enne.</translation>
    </message>
    <message>
        <source>&amp;Taaskäivita kohe / Restart now</source>
        <translation>&amp;Restart now / Taaskäivita kohe</translation>
    </message>
    <message>
        <source>&amp;Hiljem / Later</source>
        <translation>&amp;Later / Hiljem</translation>
    </message>
</context>
</TS>
