<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>Okänd: ingen databas är öppen</source>
        <translation>Unknown: no database is open</translation>
    </message>
    <message>
        <source>Servern: dess säkerhetskopior sköts av den som ansvarar för servern</source>
        <translation>The server: its backups are up to whoever runs the server</translation>
    </message>
    <message>
        <source>Mappen bredvid databasen går inte att skriva i, så säkerhetskopiorna sparas i din användarmapp.</source>
        <translation>The folder beside the database cannot be written to, so the backups are saved in your user folder.</translation>
    </message>
    <message>
        <source>Säkerhetskopiorna sparas bredvid databasen.</source>
        <translation>The backups are saved beside the database.</translation>
    </message>
    <message>
        <source>Säkerhetskopiorna sparas i din användarmapp.</source>
        <translation>The backups are saved in your user folder.</translation>
    </message>
    <message>
        <source>Äldre säkerhetskopior finns också i {0}.</source>
        <translation>Older backups are also in {0}.</translation>
    </message>
    <message>
        <source>Välj plats under Arkiv › Inställningar för databasen…</source>
        <translation>Choose the place under File › Database settings…</translation>
    </message>
    <message>
        <source>Om Hållbar förändring</source>
        <translation>About Sustainable change</translation>
    </message>
    <message>
        <source>Om programmet</source>
        <translation>About the program</translation>
    </message>
    <message>
        <source>&amp;Om programmet</source>
        <translation>&amp;About the program</translation>
    </message>
    <message>
        <source>Hållbar förändring</source>
        <translation>Sustainable change</translation>
    </message>
    <message>
        <source>Stöd för workshoppar om förändringsberedskap när hållbarhet ska bli en del av det ordinarie arbetet. Bygger på Tillväxtverkets vägledning för hållbar regional utveckling. Det du skriver sparas direkt i databasen som står nedan.</source>
        <translation>Support for workshops on readiness for change when sustainability is to become part of everyday work. Based on the Swedish Agency for Economic and Regional Growth&apos;s guidance for sustainable regional development. What you enter is saved at once in the database named below.</translation>
    </message>
    <message>
        <source>Här sparas dina uppgifter</source>
        <translation>Where your data is kept</translation>
    </message>
    <message>
        <source>&amp;Databasen som är öppen</source>
        <translation>&amp;Database that is open</translation>
    </message>
    <message>
        <source>Databasen som är öppen</source>
        <translation>Database that is open</translation>
    </message>
    <message>
        <source>&amp;Säkerhetskopior av databasen</source>
        <translation>&amp;Backups of the database</translation>
    </message>
    <message>
        <source>Mappen med säkerhetskopior</source>
        <translation>Folder with backups</translation>
    </message>
    <message>
        <source>&amp;Programmets datamapp</source>
        <translation>&amp;Program&apos;s data folder</translation>
    </message>
    <message>
        <source>Programmets datamapp</source>
        <translation>Program&apos;s data folder</translation>
    </message>
    <message>
        <source>Öppna &amp;mappen</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Visar datamappen i filhanteraren, till exempel för att ta en egen kopia av databasen</source>
        <translation>Shows the data folder in the file manager, for example to take your own copy of the database</translation>
    </message>
    <message>
        <source>Programmets &amp;inställningar</source>
        <translation>The program&apos;s &amp;settings</translation>
    </message>
    <message>
        <source>Programmets inställningar</source>
        <translation>The program&apos;s settings</translation>
    </message>
    <message>
        <source>&amp;Felrapporter</source>
        <translation>&amp;Error reports</translation>
    </message>
    <message>
        <source>Mappen med felrapporter</source>
        <translation>The folder of error reports</translation>
    </message>
    <message>
        <source>Markera en sökväg och kopiera den med Ctrl+C. Programmet gör en säkerhetskopia av databasen första gången du öppnar den varje dag.</source>
        <translation>Select a path and copy it with Ctrl+C. The program makes a backup of the database the first time you open it each day.</translation>
    </message>
    <message>
        <source>&amp;Licenser</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>Programmet är byggt med de här typsnitten och biblioteken. Välj ett för att läsa dess licens.</source>
        <translation>The program is built with these fonts and libraries. Choose one to read its licence.</translation>
    </message>
    <message>
        <source>Typsnitt och bibliotek</source>
        <translation>Fonts and libraries</translation>
    </message>
    <message>
        <source>Ett typsnitt eller bibliotek per rad, med version och licens. Licenstexten för den valda raden står under tabellen.</source>
        <translation>One font or library per row, with version and licence. The licence text of the chosen row is below the table.</translation>
    </message>
    <message>
        <source>Licenstext</source>
        <translation>Licence text</translation>
    </message>
</context>
<context>
    <name>ActionRegisterModel</name>
    <message>
        <source>Inte försenad</source>
        <translation>Not overdue</translation>
    </message>
    <message>
        <source>Försenad, dagar: {0}</source>
        <translation>Overdue, days: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Klart senast passerades för %n dagar sedan och åtgärden är varken klar eller avbruten.</source>
        <translation>
            <numerusform>The due date passed %n day ago and the action is neither done nor cancelled.</numerusform>
            <numerusform>The due date passed %n days ago and the action is neither done nor cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ändra med F2 eller genom att dubbelklicka.</source>
        <translation>Change with F2 or by double-clicking.</translation>
    </message>
    <message>
        <source>Skriv hur det går: börja skriva, eller tryck F2.</source>
        <translation>Write how it is going: start typing, or press F2.</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>⚠ Saknas</source>
        <translation>⚠ Missing</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n dagar</source>
        <translation>
            <numerusform>⚠ %n day</numerusform>
            <numerusform>⚠ %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Åtgärden behöver en ansvarig.</source>
        <translation>The action needs an owner.</translation>
    </message>
    <message>
        <source>Åtgärden behöver ett datum för när den ska vara klar.</source>
        <translation>The action needs a due date.</translation>
    </message>
    <message numerus="yes">
        <source>Försenad: klart senast passerades för %n dagar sedan och åtgärden är inte klar.</source>
        <translation>
            <numerusform>Overdue: the due date passed %n day ago and the action is not done.</numerusform>
            <numerusform>Overdue: the due date passed %n days ago and the action is not done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Ny åtgärd</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Hantera beroendet: {0}</source>
        <translation>Handle the dependency: {0}</translation>
    </message>
    <message>
        <source>Gör till åtgärd</source>
        <translation>Make into action</translation>
    </message>
    <message>
        <source>Gör lapp till åtgärd</source>
        <translation>Make note into action</translation>
    </message>
    <message>
        <source>Inget område</source>
        <translation>No area</translation>
    </message>
    <message>
        <source>Ingen typ vald</source>
        <translation>No type chosen</translation>
    </message>
    <message>
        <source>Ändra åtgärdens namn</source>
        <translation>Change the action&apos;s name</translation>
    </message>
    <message>
        <source>Ändra beskrivning</source>
        <translation>Change description</translation>
    </message>
    <message>
        <source>Ändra ansvarig</source>
        <translation>Change owner</translation>
    </message>
    <message>
        <source>Ändra medverkande</source>
        <translation>Change contributors</translation>
    </message>
    <message>
        <source>Ändra beslut krävs av</source>
        <translation>Change decision needed from</translation>
    </message>
    <message>
        <source>Ändra hur vi vet att det är klart</source>
        <translation>Change how we know it is done</translation>
    </message>
    <message>
        <source>Ändra resursbehov</source>
        <translation>Change resources needed</translation>
    </message>
    <message>
        <source>Skriv senaste uppdatering</source>
        <translation>Write latest update</translation>
    </message>
    <message>
        <source>Ändra startdatum</source>
        <translation>Change start date</translation>
    </message>
    <message>
        <source>Ändra klart senast</source>
        <translation>Change due date</translation>
    </message>
    <message>
        <source>Ändra uppföljningsdatum</source>
        <translation>Change follow-up date</translation>
    </message>
    <message>
        <source>Ändra typ av åtgärd</source>
        <translation>Change type of action</translation>
    </message>
    <message>
        <source>Ändra status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Ändra prioritet</source>
        <translation>Change priority</translation>
    </message>
    <message>
        <source>Ändra prickar</source>
        <translation>Change dots</translation>
    </message>
    <message>
        <source>Dubbelklicka eller tryck Enter för att skapa en åtgärd.</source>
        <translation>Double-click or press Enter to create an action.</translation>
    </message>
    <message>
        <source>⚠ Försenad: klart senast ({0}) har passerat.</source>
        <translation>⚠ Overdue: the due date ({0}) has passed.</translation>
    </message>
    <message>
        <source>Uppdaterad {0}</source>
        <translation>Updated {0}</translation>
    </message>
    <message>
        <source>Ingen uppdatering skriven ännu.</source>
        <translation>No update written yet.</translation>
    </message>
    <message>
        <source>Workshoppen har inga beroenden ännu.</source>
        <translation>The workshop has no dependencies yet.</translation>
    </message>
    <message>
        <source>Ändra kopplat område</source>
        <translation>Change linked area</translation>
    </message>
    <message>
        <source>Ändra kopplade beroenden</source>
        <translation>Change linked dependencies</translation>
    </message>
    <message>
        <source>Lägg till åtgärd</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Ta bort åtgärd</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Varje högt prioriterat beroende ska ha minst en åtgärd med ansvarig och datum. Välj en åtgärd i tabellen och ändra den till höger; allt sparas direkt.</source>
        <translation>Every high-priority dependency should have at least one action with an owner and a date. Choose an action in the table and change it on the right; everything is saved at once.</translation>
    </message>
    <message>
        <source>Åtgärderna, viktigast först</source>
        <translation>The actions, most important first</translation>
    </message>
    <message>
        <source>En rad per åtgärd. Den markerade åtgärden visas i formuläret; Delete tar bort den och Ctrl+Z ångrar.</source>
        <translation>One row per action. The selected action is shown in the form; Delete removes it and Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Inga åtgärder ännu. Lägg till den första med Ctrl+Enter, skapa en från ett beroende nedan eller låt deltagarna föreslå åtgärder i inmatningsläget (F6).</source>
        <translation>No actions yet. Add the first with Ctrl+Enter, create one from a dependency below, or let the participants suggest actions in input mode (F6).</translation>
    </message>
    <message>
        <source>&amp;Lägg till åtgärd</source>
        <translation>&amp;Add action</translation>
    </message>
    <message>
        <source>Ctrl+Enter. Är ett beroende valt i listan nedan kopplas den nya åtgärden till det.</source>
        <translation>Ctrl+Enter. If a dependency is chosen in the list below, the new action is linked to it.</translation>
    </message>
    <message>
        <source>Delete i tabellen. Du kan ångra med Ctrl+Z.</source>
        <translation>Delete in the table. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Beroenden utan åtgärd</source>
        <translation>Dependencies without an action</translation>
    </message>
    <message>
        <source>Högt prioriterade beroenden som saknar en åtgärd med ansvarig och datum. Dubbelklicka eller tryck Enter för att skapa en kopplad åtgärd.</source>
        <translation>High-priority dependencies that lack an action with an owner and a date. Double-click or press Enter to create a linked action.</translation>
    </message>
    <message>
        <source>Beroenden som ännu saknar en åtgärd. Enter skapar en åtgärd kopplad till det markerade beroendet.</source>
        <translation>Dependencies that still lack an action. Enter creates an action linked to the selected dependency.</translation>
    </message>
    <message>
        <source>&amp;Skapa kopplad åtgärd</source>
        <translation>&amp;Create linked action</translation>
    </message>
    <message>
        <source>Skapar en åtgärd som är kopplad till det valda beroendet.</source>
        <translation>Creates an action linked to the chosen dependency.</translation>
    </message>
    <message>
        <source>✓ Alla högt prioriterade beroenden har en åtgärd med ansvarig och datum.</source>
        <translation>✓ Every high-priority dependency has an action with an owner and a date.</translation>
    </message>
    <message>
        <source>Vald åtgärd</source>
        <translation>Chosen action</translation>
    </message>
    <message>
        <source>Välj en åtgärd i tabellen för att ändra den, eller lägg till en ny med Ctrl+Enter.</source>
        <translation>Choose an action in the table to change it, or add a new one with Ctrl+Enter.</translation>
    </message>
    <message>
        <source>Åt&amp;gärd</source>
        <translation>Act&amp;ion</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Vad ska göras? Till exempel: Ta fram ett förslag till …</source>
        <translation>What needs to be done? For example: Draw up a proposal for …</translation>
    </message>
    <message>
        <source>Börja med ett verb, till exempel ”Ta fram …” eller ”Besluta om …”. Högst 120 tecken.</source>
        <translation>Start with a verb, for example “Draw up …” or “Decide on …”. At most 120 characters.</translation>
    </message>
    <message>
        <source>&amp;Beskrivning</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kopplat till be&amp;roende</source>
        <translation>Linked to &amp;dependency</translation>
    </message>
    <message>
        <source>Kopplat till beroende</source>
        <translation>Linked to dependency</translation>
    </message>
    <message>
        <source>Kryssa i de beroenden som åtgärden hanterar. En åtgärd kan höra till flera.</source>
        <translation>Tick the dependencies that the action deals with. An action can belong to several.</translation>
    </message>
    <message>
        <source>Kopplat till o&amp;mråde</source>
        <translation>Linked to a&amp;rea</translation>
    </message>
    <message>
        <source>Kopplat till område</source>
        <translation>Linked to area</translation>
    </message>
    <message>
        <source>T&amp;yp av åtgärd</source>
        <translation>T&amp;ype of action</translation>
    </message>
    <message>
        <source>Typ av åtgärd</source>
        <translation>Type of action</translation>
    </message>
    <message>
        <source>&amp;Ansvarig</source>
        <translation>O&amp;wner</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Namn eller roll</source>
        <translation>Name or role</translation>
    </message>
    <message>
        <source>Me&amp;dverkande</source>
        <translation>Co&amp;ntributors</translation>
    </message>
    <message>
        <source>Medverkande</source>
        <translation>Contributors</translation>
    </message>
    <message>
        <source>Beslut krä&amp;vs av</source>
        <translation>Decision needed &amp;from</translation>
    </message>
    <message>
        <source>Beslut krävs av</source>
        <translation>Decision needed from</translation>
    </message>
    <message>
        <source>Till exempel nämnden eller ledningsgruppen</source>
        <translation>For example the committee or the management team</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Klart senast</source>
        <translation>D&amp;ue by</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>&amp;Följs upp</source>
        <translation>Follo&amp;w-up on</translation>
    </message>
    <message>
        <source>Följs upp</source>
        <translation>Follow-up on</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Prioritet</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Pri&amp;ckar</source>
        <translation>Do&amp;ts</translation>
    </message>
    <message>
        <source>Prickar</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Gruppens prickar på åtgärden, om ni räknar dem på papper eller tavla</source>
        <translation>The group&apos;s dots on the action, if you count them on paper or a board</translation>
    </message>
    <message>
        <source>−1 prick</source>
        <translation>−1 dot</translation>
    </message>
    <message>
        <source>Ta bort en prick</source>
        <translation>Remove a dot</translation>
    </message>
    <message>
        <source>Minskar antalet prickar med en</source>
        <translation>Lowers the number of dots by one</translation>
    </message>
    <message>
        <source>+1 prick</source>
        <translation>+1 dot</translation>
    </message>
    <message>
        <source>Lägg till en prick</source>
        <translation>Add a dot</translation>
    </message>
    <message>
        <source>Ökar antalet prickar med en, medan gruppen röstar</source>
        <translation>Raises the number of dots by one while the group votes</translation>
    </message>
    <message>
        <source>&amp;Hur vet vi att det är klart?</source>
        <translation>&amp;How do we know it is done?</translation>
    </message>
    <message>
        <source>Hur vet vi att det är klart?</source>
        <translation>How do we know it is done?</translation>
    </message>
    <message>
        <source>R&amp;esursbehov</source>
        <translation>R&amp;esources needed</translation>
    </message>
    <message>
        <source>Resursbehov</source>
        <translation>Resources needed</translation>
    </message>
    <message>
        <source>Tid, kronor eller annat som behövs</source>
        <translation>Time, money or anything else that is needed</translation>
    </message>
    <message>
        <source>Se&amp;naste uppdatering</source>
        <translation>&amp;Latest update</translation>
    </message>
    <message>
        <source>Senaste uppdatering</source>
        <translation>Latest update</translation>
    </message>
    <message>
        <source>Vad har hänt sedan sist?</source>
        <translation>What has happened since last time?</translation>
    </message>
</context>
<context>
    <name>Alias</name>
    <message>
        <source>Deltagare</source>
        <translation>Participant</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Hållbar förändring</source>
        <translation>Sustainable change</translation>
    </message>
</context>
<context>
    <name>AreaGroup</name>
    <message>
        <source>Inga punkter för området. Skriv en egen punkt nedan.</source>
        <translation>No points for the area. Write a point of your own below.</translation>
    </message>
    <message>
        <source>Egen punkt för {0}</source>
        <translation>Own point for {0}</translation>
    </message>
    <message>
        <source>Ny punkt för {0}</source>
        <translation>New point for {0}</translation>
    </message>
    <message>
        <source>Lägg till punkt</source>
        <translation>Add point</translation>
    </message>
    <message>
        <source>Lägg till punkt för {0}</source>
        <translation>Add point for {0}</translation>
    </message>
    <message>
        <source>Inte bedömt ännu</source>
        <translation>Not assessed yet</translation>
    </message>
    <message numerus="yes">
        <source>inte bedömda %n</source>
        <translation>
            <numerusform>%n not assessed</numerusform>
            <numerusform>%n not assessed</numerusform>
        </translation>
    </message>
    <message>
        <source>Ljusen i området: {0}</source>
        <translation>The lights in the area: {0}</translation>
    </message>
</context>
<context>
    <name>AuditEntryTableModel</name>
    <message>
        <source>Posten går inte att lita på: loggen har ändrats utanför programmet.</source>
        <translation>This entry cannot be trusted: the log was changed outside the program.</translation>
    </message>
    <message>
        <source>(gallrat)</source>
        <translation>(purged)</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Ändringslogg – {0}</source>
        <translation>Change log – {0}</translation>
    </message>
    <message>
        <source>Ändringslogg</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Ändringar som gjorts i workshoppen sedan den markerades som genomförd: när, av vem och på vilken dator. Loggen kan inte ändras i programmet, och programmet märker om någon har ändrat den på annat sätt.</source>
        <translation>Changes made to the workshop since it was marked as held: when, by whom and on which computer. The log cannot be changed in the program, and the program notices if anyone has changed it some other way.</translation>
    </message>
    <message>
        <source>&amp;Ändringar</source>
        <translation>&amp;Changes</translation>
    </message>
    <message>
        <source>Inga ändringar ännu. Ändringar loggas från och med att workshoppen markeras som genomförd.</source>
        <translation>No changes yet. Changes are logged from the moment the workshop is marked as held.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Kan inte läsas</source>
        <translation>Cannot be read</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>Styrka att bygga vidare på</source>
        <translation>Strength to build on</translation>
    </message>
    <message>
        <source>Styrka att bygga vidare på: {0}</source>
        <translation>Strength to build on: {0}</translation>
    </message>
    <message>
        <source>Ta bort punkt</source>
        <translation>Remove point</translation>
    </message>
    <message>
        <source>Ta bort punkten {0}</source>
        <translation>Remove the point {0}</translation>
    </message>
    <message>
        <source>Anteckning: vad ser vi, vad saknas?</source>
        <translation>Note: what do we see, what is missing?</translation>
    </message>
    <message>
        <source>Anteckning: {0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <source>Ändra trafikljus</source>
        <translation>Change traffic light</translation>
    </message>
    <message>
        <source>Ändra anteckning</source>
        <translation>Change note</translation>
    </message>
    <message>
        <source>Ändra styrka att bygga vidare på</source>
        <translation>Change strength to build on</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Uthållighet</source>
        <translation>Endurance</translation>
    </message>
    <message>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Ej påbörjad</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Pausad</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Avbruten</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Styrdokument/riktlinje</source>
        <translation>Steering document/guideline</translation>
    </message>
    <message>
        <source>Organisering/arbetssätt</source>
        <translation>Organisation/ways of working</translation>
    </message>
    <message>
        <source>Kompetensutveckling</source>
        <translation>Competence development</translation>
    </message>
    <message>
        <source>Verktyg/metod</source>
        <translation>Tool/method</translation>
    </message>
    <message>
        <source>Uppföljning/lärande</source>
        <translation>Follow-up/learning</translation>
    </message>
    <message>
        <source>Finansiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Kommunikation/förankring</source>
        <translation>Communication/support</translation>
    </message>
    <message>
        <source>Hög</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medel</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Låg</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Daglig</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Gjord för hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Före uppgradering</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>Före återställning</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>Före import</source>
        <translation>Before import</translation>
    </message>
    <message>
        <source>Ledning och styrning</source>
        <translation>Leadership and governance</translation>
    </message>
    <message>
        <source>Genomförande</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Lärande</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>Röd</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Gul</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Grön</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Beslutsberoende</source>
        <translation>Decision dependency</translation>
    </message>
    <message>
        <source>Personberoende</source>
        <translation>Person dependency</translation>
    </message>
    <message>
        <source>Uthållighetsberoende</source>
        <translation>Endurance dependency</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Under hantering</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <source>Hanterad</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Kvarstår</source>
        <translation>Remains</translation>
    </message>
    <message>
        <source>&lt; 6 mån</source>
        <translation>&lt; 6 months</translation>
    </message>
    <message>
        <source>6–18 mån</source>
        <translation>6–18 months</translation>
    </message>
    <message>
        <source>&gt; 18 mån</source>
        <translation>&gt; 18 months</translation>
    </message>
    <message>
        <source>Inom vår rådighet</source>
        <translation>Within our control</translation>
    </message>
    <message>
        <source>Vi kan påverka</source>
        <translation>We can influence</translation>
    </message>
    <message>
        <source>Utanför vår påverkan</source>
        <translation>Outside our influence</translation>
    </message>
    <message>
        <source>Inom enheten</source>
        <translation>Within the unit</translation>
    </message>
    <message>
        <source>Inom regionorganisationen</source>
        <translation>Within the regional organisation</translation>
    </message>
    <message>
        <source>Politisk nivå</source>
        <translation>Political level</translation>
    </message>
    <message>
        <source>Länets aktörer (kommuner, länsstyrelse, lärosäten, näringsliv)</source>
        <translation>Actors in the county (municipalities, county administrative board, universities, business)</translation>
    </message>
    <message>
        <source>Nationell nivå</source>
        <translation>National level</translation>
    </message>
    <message>
        <source>EU-nivå</source>
        <translation>EU level</translation>
    </message>
    <message>
        <source>Företagsstöd</source>
        <translation>Business support</translation>
    </message>
    <message>
        <source>Projektmedel</source>
        <translation>Project funding</translation>
    </message>
    <message>
        <source>Kommersiell service</source>
        <translation>Commercial services</translation>
    </message>
    <message>
        <source>Sammanhållningspolitik/EU-program</source>
        <translation>Cohesion policy/EU programmes</translation>
    </message>
    <message>
        <source>RUS-genomförande</source>
        <translation>Regional development strategy (RUS) implementation</translation>
    </message>
    <message>
        <source>Intern styrning</source>
        <translation>Internal steering</translation>
    </message>
    <message>
        <source>Agera nu</source>
        <translation>Act now</translation>
    </message>
    <message>
        <source>Påverka och eskalera</source>
        <translation>Influence and escalate</translation>
    </message>
    <message>
        <source>Hantera löpande</source>
        <translation>Handle continuously</translation>
    </message>
    <message>
        <source>Bevaka</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Åtgärda</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Minska</source>
        <translation>Reduce</translation>
    </message>
    <message>
        <source>Acceptera</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Förberedelser</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Välkommen och syfte</source>
        <translation>Welcome and purpose</translation>
    </message>
    <message>
        <source>Nuläge och målbild</source>
        <translation>Current state and target picture</translation>
    </message>
    <message>
        <source>Individuell skattning</source>
        <translation>Individual rating</translation>
    </message>
    <message>
        <source>Resultat och samtal</source>
        <translation>Results and discussion</translation>
    </message>
    <message>
        <source>Beroenden</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <source>Förutsättningar och framgångsfaktorer</source>
        <translation>Prerequisites and success factors</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Sammanfattning och nästa steg</source>
        <translation>Summary and next steps</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Turvis inmatning på datorn</source>
        <translation>Taking turns at the computer</translation>
    </message>
    <message>
        <source>Handuppräckning, processledaren räknar</source>
        <translation>Show of hands, the facilitator counts</translation>
    </message>
    <message>
        <source>Pappersformulär som förs in efteråt</source>
        <translation>Paper forms entered afterwards</translation>
    </message>
    <message>
        <source>Halvdag</source>
        <translation>Half day</translation>
    </message>
    <message>
        <source>Kort (90 min)</source>
        <translation>Short (90 min)</translation>
    </message>
    <message>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Uppföljd</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Arkiverad</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Namn, roller och vem som skrev vad</source>
        <translation>Names, roles and who wrote what</translation>
    </message>
    <message>
        <source>Hela workshoppen</source>
        <translation>The whole workshop</translation>
    </message>
    <message>
        <source>Inga personuppgifter om deltagarna (alias som Deltagare 1…n)</source>
        <translation>No personal data about the participants (aliases such as Participant 1…n)</translation>
    </message>
    <message>
        <source>Deltagarnas alias, som någon har skrivit in och kan vara namn</source>
        <translation>The participants&apos; aliases, typed by someone, which may be names</translation>
    </message>
    <message>
        <source>Deltagarnas namn och roller</source>
        <translation>The participants&apos; names and roles</translation>
    </message>
    <message>
        <source>Mycket liten</source>
        <translation>Very small</translation>
    </message>
    <message>
        <source>Liten</source>
        <translation>Small</translation>
    </message>
    <message>
        <source>Måttlig</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Stor</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Mycket stor</source>
        <translation>Very large</translation>
    </message>
    <message>
        <source>Inte angiven</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Inte bedömd</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Mycket låg</source>
        <translation>Very low</translation>
    </message>
    <message>
        <source>Mycket hög</source>
        <translation>Very high</translation>
    </message>
</context>
<context>
    <name>CoordinatorView</name>
    <message>
        <source>Workshopparna kunde inte läsas: {0}</source>
        <translation>The workshops could not be read: {0}</translation>
    </message>
    <message>
        <source>Läser workshopparna…</source>
        <translation>Reading the workshops…</translation>
    </message>
    <message>
        <source>Alla organisationer</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Alla ursprung</source>
        <translation>All origins</translation>
    </message>
    <message>
        <source>Den här datorn</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Med konflikter</source>
        <translation>With conflicts</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Workshoppar: {0} · åtgärder: {1} · försenade: {2}</source>
        <translation>Workshops: {0} · actions: {1} · overdue: {2}</translation>
    </message>
    <message>
        <source>Ändra status på åtgärd</source>
        <translation>Change status of action</translation>
    </message>
    <message>
        <source>Ändra uppföljning av åtgärd</source>
        <translation>Change follow-up of action</translation>
    </message>
    <message>
        <source>Översikt för samordnare</source>
        <translation>Coordinator&apos;s overview</translation>
    </message>
    <message>
        <source>Läser workshopparna</source>
        <translation>Reading the workshops</translation>
    </message>
    <message>
        <source>Läser alla workshoppar på nytt, till exempel efter en import</source>
        <translation>Reads all workshops again, for example after an import</translation>
    </message>
    <message>
        <source>&amp;Läs in igen</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Visa bara en organisations workshoppar, åtgärder, beredskap och beroenden</source>
        <translation>Show only one organisation&apos;s workshops, actions, readiness and dependencies</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Visa bara workshoppar från en viss period</source>
        <translation>Show only workshops from a certain period</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Visa bara workshoppar med en viss status</source>
        <translation>Show only workshops with a certain status</translation>
    </message>
    <message>
        <source>Workshoppens status</source>
        <translation>Workshop status</translation>
    </message>
    <message>
        <source>&amp;Ursprung:</source>
        <translation>Or&amp;igin:</translation>
    </message>
    <message>
        <source>Visa bara workshoppar som gjorts här, som importerats från en viss dator eller som har konflikter kvar att välja i</source>
        <translation>Show only workshops made here, imported from a certain computer, or with conflicts left to choose in</translation>
    </message>
    <message>
        <source>Ursprung</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Delar av översikten</source>
        <translation>Parts of the overview</translation>
    </message>
    <message>
        <source>Workshoppar</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>En rad per workshop i urvalet. Enter öppnar den markerade workshoppen.</source>
        <translation>One row per workshop in the selection. Enter opens the selected workshop.</translation>
    </message>
    <message>
        <source>Workshoppar i urvalet</source>
        <translation>Workshops in the selection</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Sök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Sök bland åtgärderna</source>
        <translation>Search the actions</translation>
    </message>
    <message>
        <source>Åtgärd, ansvarig, workshop eller uppföljning</source>
        <translation>Action, owner, workshop or follow-up</translation>
    </message>
    <message>
        <source>&amp;Bara försenade</source>
        <translation>&amp;Only overdue</translation>
    </message>
    <message>
        <source>Status och uppföljning ändrar du direkt i tabellen (F2). Ctrl+Z ångrar.</source>
        <translation>You change status and follow-up directly in the table (F2). Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>En rad per åtgärd i urvalets workshoppar. Status och senaste uppföljning kan ändras i tabellen: skriv eller tryck F2. Ändringen sparas direkt och Ctrl+Z ångrar.</source>
        <translation>One row per action in the selected workshops. Status and latest follow-up can be changed in the table: type or press F2. The change is saved at once and Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Åtgärder i alla workshoppar i urvalet</source>
        <translation>Actions in all workshops in the selection</translation>
    </message>
    <message>
        <source>Beredskap över tid</source>
        <translation>Readiness over time</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Medelvärde 1–5 per workshop. En linje går från en workshop till dess uppföljning.</source>
        <translation>Mean 1–5 per workshop. A line goes from a workshop to its follow-up.</translation>
    </message>
    <message>
        <source>Beredskap över tid per organisation</source>
        <translation>Readiness over time per organisation</translation>
    </message>
    <message>
        <source>Beroenden</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <source>Vanligaste typerna av beroenden</source>
        <translation>Most common types of dependency</translation>
    </message>
    <message>
        <source>En rad per typ av beroende: hur många organisationer, workshoppar och beroenden den finns i, och hur många som inte är hanterade.</source>
        <translation>One row per type of dependency: how many organisations, workshops and dependencies it occurs in, and how many are not handled.</translation>
    </message>
    <message>
        <source>Typer av beroenden i urvalet</source>
        <translation>Types of dependency in the selection</translation>
    </message>
    <message>
        <source>De mest kritiska beroendena som inte är hanterade</source>
        <translation>The most critical dependencies that are not handled</translation>
    </message>
    <message>
        <source>En rad per beroende som inte är hanterat, det mest kritiska först, med den workshop det kommer från.</source>
        <translation>One row per dependency that is not handled, the most critical first, with the workshop it comes from.</translation>
    </message>
</context>
<context>
    <name>CriticalDependencyModel</name>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>⚠ Ingen åtgärd</source>
        <translation>⚠ No action</translation>
    </message>
</context>
<context>
    <name>CurrentTargetPage</name>
    <message>
        <source>Ändra förändringen i fokus</source>
        <translation>Change the change in focus</translation>
    </message>
    <message>
        <source>Ändra nuläget</source>
        <translation>Change the current state</translation>
    </message>
    <message>
        <source>Ändra målbilden</source>
        <translation>Change the target picture</translation>
    </message>
    <message>
        <source>Nuläge och målbild</source>
        <translation>Current state and target picture</translation>
    </message>
    <message>
        <source>&amp;Förändringen i fokus</source>
        <translation>&amp;Change in focus</translation>
    </message>
    <message>
        <source>Förändringen i fokus</source>
        <translation>Change in focus</translation>
    </message>
    <message>
        <source>Vilken förändring handlar workshoppen om, i en eller två meningar?</source>
        <translation>What change is the workshop about, in one or two sentences?</translation>
    </message>
    <message>
        <source>&amp;Nuläge – var står vi i dag?</source>
        <translation>C&amp;urrent state – where are we today?</translation>
    </message>
    <message>
        <source>Nuläge</source>
        <translation>Current state</translation>
    </message>
    <message>
        <source>Hur arbetar vi i dag? Vad fungerar, och vad saknas?</source>
        <translation>How do we work today? What works, and what is missing?</translation>
    </message>
    <message>
        <source>&amp;Målbild – var vill vi vara om ett till tre år?</source>
        <translation>&amp;Target picture – where do we want to be in one to three years?</translation>
    </message>
    <message>
        <source>Målbild</source>
        <translation>Target picture</translation>
    </message>
    <message>
        <source>Hur ser det ut när förändringen är en del av det ordinarie arbetet?</source>
        <translation>What does it look like when the change is part of everyday work?</translation>
    </message>
</context>
<context>
    <name>DataProblemTableModel</name>
    <message>
        <source>(utan titel)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>DataProblemsDialog</name>
    <message>
        <source>Öppna och rätta</source>
        <translation>Open and correct</translation>
    </message>
    <message>
        <source>Öppnar workshoppen på steget där fältet ändras.</source>
        <translation>Opens the workshop at the step where the field is changed.</translation>
    </message>
    <message>
        <source>Använd värdet som visas</source>
        <translation>Use the value shown</translation>
    </message>
    <message>
        <source>Sparar det värde som programmet visar i stället för det som inte går att använda, om det är det du vill ha.</source>
        <translation>Saves the value that the program shows instead of the one that cannot be used, if that is what you want.</translation>
    </message>
    <message>
        <source>Problem i databasen</source>
        <translation>Problems in the database</translation>
    </message>
    <message>
        <source>De här värdena i databasfilen kunde inte användas som de är. De kan komma från en annan version av programmet, ett workshoppaket eller en ändring i filen för hand. Värdena lämnas orörda i filen tills du ändrar fältet. Välj en rad och öppna workshoppen för att rätta värdet.</source>
        <translation>These values in the database file could not be used as they are. They may come from another version of the program, a workshop package or a change to the file by hand. The values are left untouched in the file until you change the field. Choose a row and open the workshop to correct the value.</translation>
    </message>
    <message>
        <source>&amp;Värden som inte kunde användas</source>
        <translation>&amp;Values that could not be used</translation>
    </message>
    <message>
        <source>Alla värden i databasen går att läsa.</source>
        <translation>All values in the database can be read.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Databasen är redan öppen</source>
        <translation>The database is already open</translation>
    </message>
    <message>
        <source>Workshoppen finns inte</source>
        <translation>The workshop does not exist</translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <source>Försök igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Det finns säkerhetskopior av databasen. Du kan välja en av dem och fortsätta därifrån; filen som den är nu sparas först.</source>
        <translation>There are backups of the database. You can choose one of them and continue from there; the file as it is now is kept first.</translation>
    </message>
    <message>
        <source>Återställ från säkerhetskopia…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>Databas: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>Databasen ligger på en server. Programmet gör inga egna säkerhetskopior av den: serverns säkerhetskopior och hur länge de sparas sköts av den som ansvarar för servern, oftast organisationens IT.</source>
        <translation>The database is on a server. The program makes no backups of its own of it: the server&apos;s backups, and how long they are kept, are up to whoever runs the server, usually the organisation&apos;s IT.</translation>
    </message>
    <message>
        <source>Mappen bredvid databasen går inte att skapa eller skriva i (minnet kan vara skrivskyddat), så säkerhetskopiorna sparas i din användarmapp tills det går.</source>
        <translation>The folder beside the database cannot be made or written to (the stick may be write-protected), so the backups are saved in your user folder until it can.</translation>
    </message>
    <message>
        <source>Säkerhetskopior som redan finns ligger kvar där de gjordes. Återställning och gallring hittar dem på båda ställena.</source>
        <translation>Backups already made stay where they were made. Restoring and purging find them in both places.</translation>
    </message>
    <message>
        <source>Databasen ligger på ett flyttbart minne eller en extern disk.</source>
        <translation>The database is on a removable stick or an external disk.</translation>
    </message>
    <message>
        <source>Databasen ligger på en nätverksenhet.</source>
        <translation>The database is on a network drive.</translation>
    </message>
    <message>
        <source>Databasen ligger på den här datorns disk.</source>
        <translation>The database is on this computer&apos;s disk.</translation>
    </message>
    <message>
        <source>Därför sparas säkerhetskopiorna bredvid den.</source>
        <translation>So the backups are saved beside it.</translation>
    </message>
    <message>
        <source>Därför sparas säkerhetskopiorna i din användarmapp.</source>
        <translation>So the backups are saved in your user folder.</translation>
    </message>
    <message>
        <source>Sparat {0:%H:%M}: nya säkerhetskopior sparas bredvid databasen.</source>
        <translation>Saved {0:%H:%M}: new backups are saved beside the database.</translation>
    </message>
    <message>
        <source>Sparat {0:%H:%M}: nya säkerhetskopior sparas i din användarmapp.</source>
        <translation>Saved {0:%H:%M}: new backups are saved in your user folder.</translation>
    </message>
    <message numerus="yes">
        <source>Sparat {0:%H:%M}: gallras %n månader efter workshoppen.</source>
        <translation>
            <numerusform>Saved {0:%H:%M}: purged %n month after the workshop.</numerusform>
            <numerusform>Saved {0:%H:%M}: purged %n months after the workshop.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ändringen sparades inte. {0}</source>
        <translation>The change was not saved. {0}</translation>
    </message>
    <message>
        <source>Inställningar för databasen</source>
        <translation>Database settings</translation>
    </message>
    <message>
        <source>Inställningarna sparas i databasen och följer med den till en annan dator. Varje ändring sparas direkt.</source>
        <translation>The settings are saved in the database and go with it to another computer. Every change is saved at once.</translation>
    </message>
    <message>
        <source>Var säkerhetskopiorna sparas</source>
        <translation>Where the backups are saved</translation>
    </message>
    <message>
        <source>&amp;Bredvid databasen</source>
        <translation>&amp;Beside the database</translation>
    </message>
    <message>
        <source>Kopiorna följer med databasen, till exempel på ett USB-minne, och hamnar inte på varje dator där den öppnas</source>
        <translation>The copies go with the database, on a USB stick for example, and are not left on every computer where it is opened</translation>
    </message>
    <message>
        <source>I din &amp;användarmapp på den här datorn</source>
        <translation>In your &amp;user folder on this computer</translation>
    </message>
    <message>
        <source>Kopiorna stannar på den här datorn även om databasen flyttas eller minnet tappas bort</source>
        <translation>The copies stay on this computer even if the database is moved or the stick is lost</translation>
    </message>
    <message>
        <source>Gallring av personuppgifter</source>
        <translation>Purging personal data</translation>
    </message>
    <message>
        <source>Antal &amp;månader efter workshoppen till gallring:</source>
        <translation>&amp;Months after the workshop until purging:</translation>
    </message>
    <message>
        <source>Månader efter workshoppen</source>
        <translation>Months after the workshop</translation>
    </message>
    <message>
        <source>Gäller de workshoppar som inte har ett eget datum under Förberedelser (Gallras efter). Biblioteket markerar dem som har passerat sitt datum och fortfarande har personuppgifter.</source>
        <translation>Applies to the workshops without a date of their own under Preparation (Delete after). The library marks those past their date that still hold personal data.</translation>
    </message>
</context>
<context>
    <name>DependenciesPage</name>
    <message>
        <source>Gör till beroende</source>
        <translation>Make into dependency</translation>
    </message>
    <message>
        <source>Gör lapp till beroende</source>
        <translation>Make note into dependency</translation>
    </message>
    <message>
        <source>Matrisen</source>
        <translation>The matrix</translation>
    </message>
    <message>
        <source>Lappar från deltagarna</source>
        <translation>Notes from the participants</translation>
    </message>
    <message>
        <source>Visa bara {0}</source>
        <translation>Show only {0}</translation>
    </message>
    <message>
        <source>Visa alla typer av beroenden</source>
        <translation>Show all types of dependency</translation>
    </message>
    <message>
        <source>Nej, den beräknade</source>
        <translation>No, the calculated one</translation>
    </message>
    <message>
        <source>Lappar från deltagarna ({0})</source>
        <translation>Notes from the participants ({0})</translation>
    </message>
    <message>
        <source>Alla ({0})</source>
        <translation>All ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%n beroenden</source>
        <translation>
            <numerusform>%n dependency</numerusform>
            <numerusform>%n dependencies</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} med hög prioritet, varav {1} utan åtgärd</source>
        <translation>{0} with high priority, of which {1} without an action</translation>
    </message>
    <message>
        <source>{0} med hög prioritet</source>
        <translation>{0} with high priority</translation>
    </message>
    <message numerus="yes">
        <source>%n inte placerade</source>
        <translation>
            <numerusform>%n not placed</numerusform>
            <numerusform>%n not placed</numerusform>
        </translation>
    </message>
    <message>
        <source>Välj ett beroende i tabellen eller matrisen för att ändra det.</source>
        <translation>Choose a dependency in the table or the matrix to change it.</translation>
    </message>
    <message>
        <source>Valt beroende: {0}. {1}</source>
        <translation>Chosen dependency: {0}. {1}</translation>
    </message>
    <message>
        <source>Inte placerad ännu: ange påverkan och påverkbarhet.</source>
        <translation>Not placed yet: give impact and influence.</translation>
    </message>
    <message>
        <source>{0} (beräknad)</source>
        <translation>{0} (calculated)</translation>
    </message>
    <message>
        <source>{0} (ändrad). {1}</source>
        <translation>{0} (changed). {1}</translation>
    </message>
    <message>
        <source>Ändra beroende</source>
        <translation>Change dependency</translation>
    </message>
    <message>
        <source>Ändra prickar</source>
        <translation>Change dots</translation>
    </message>
    <message>
        <source>Flytta beroende i matrisen</source>
        <translation>Move dependency in the matrix</translation>
    </message>
    <message>
        <source>Nytt beroende</source>
        <translation>New dependency</translation>
    </message>
    <message>
        <source>Lägg till beroende</source>
        <translation>Add dependency</translation>
    </message>
    <message>
        <source>Ta bort beroende</source>
        <translation>Remove dependency</translation>
    </message>
    <message>
        <source>Beroenden</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <source>Visa:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Uthållighet</source>
        <translation>Endurance</translation>
    </message>
    <message>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Ta &amp;bort beroende</source>
        <translation>Remove &amp;dependency</translation>
    </message>
    <message>
        <source>Tar bort det valda beroendet. Du kan ångra med Ctrl+Z.</source>
        <translation>Removes the chosen dependency. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Lägg till beroende</source>
        <translation>&amp;Add dependency</translation>
    </message>
    <message>
        <source>Lägger till ett nytt beroende (Ctrl+Enter) av den typ som visas</source>
        <translation>Adds a new dependency (Ctrl+Enter) of the type shown</translation>
    </message>
    <message>
        <source>Inga beroenden ännu. Lägg till det första med Ctrl+Enter eller låt deltagarna skriva i inmatningsläget (F6).</source>
        <translation>No dependencies yet. Add the first with Ctrl+Enter or let the participants write in input mode (F6).</translation>
    </message>
    <message>
        <source>En rad per beroende. Det markerade beroendet visas i formuläret och är markerat i matrisen.</source>
        <translation>One row per dependency. The selected dependency is shown in the form and marked in the matrix.</translation>
    </message>
    <message>
        <source>&amp;Typ av beroende</source>
        <translation>&amp;Type of dependency</translation>
    </message>
    <message>
        <source>Typ av beroende</source>
        <translation>Type of dependency</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rubri&amp;k</source>
        <translation>Tit&amp;le</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kort rubrik, högst 100 tecken</source>
        <translation>Short title, at most 100 characters</translation>
    </message>
    <message>
        <source>B&amp;eskrivning</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Vad består beroendet av, och varför spelar det roll?</source>
        <translation>What does the dependency consist of, and why does it matter?</translation>
    </message>
    <message>
        <source>Beskriv roller, inte personer.</source>
        <translation>Describe roles, not people.</translation>
    </message>
    <message>
        <source>Var &amp;finns beroendet?</source>
        <translation>W&amp;here is the dependency?</translation>
    </message>
    <message>
        <source>Var finns beroendet?</source>
        <translation>Where is the dependency?</translation>
    </message>
    <message>
        <source>Ti&amp;dshorisont</source>
        <translation>Time hori&amp;zon</translation>
    </message>
    <message>
        <source>Tidshorisont</source>
        <translation>Time horizon</translation>
    </message>
    <message>
        <source>&amp;Påverkan om det inte hanteras</source>
        <translation>&amp;Impact if not handled</translation>
    </message>
    <message>
        <source>Påverkan om det inte hanteras</source>
        <translation>Impact if not handled</translation>
    </message>
    <message>
        <source>Påverkbarhet / rådi&amp;ghet</source>
        <translation>Influence / co&amp;ntrol</translation>
    </message>
    <message>
        <source>Påverkbarhet och rådighet</source>
        <translation>Influence and control</translation>
    </message>
    <message>
        <source>&amp;Sannolikhet</source>
        <translation>Li&amp;kelihood</translation>
    </message>
    <message>
        <source>Sannolikhet</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Berört förutsättnings&amp;område</source>
        <translation>Prerequisite &amp;area affected</translation>
    </message>
    <message>
        <source>Berört förutsättningsområde</source>
        <translation>Prerequisite area affected</translation>
    </message>
    <message>
        <source>Berörda processer</source>
        <translation>Processes affected</translation>
    </message>
    <message>
        <source>Bevakas av</source>
        <translation>Monitored by</translation>
    </message>
    <message>
        <source>Roll, till exempel enhetschef</source>
        <translation>Role, for example head of unit</translation>
    </message>
    <message>
        <source>Hanteri&amp;ng</source>
        <translation>Handli&amp;ng</translation>
    </message>
    <message>
        <source>Hantering</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Hur hanterar &amp;vi det?</source>
        <translation>How do &amp;we handle it?</translation>
    </message>
    <message>
        <source>Hur hanterar vi det?</source>
        <translation>How do we handle it?</translation>
    </message>
    <message>
        <source>Vad gör vi för att minska eller bevaka beroendet?</source>
        <translation>What do we do to reduce or monitor the dependency?</translation>
    </message>
    <message>
        <source>Pri&amp;ckar</source>
        <translation>Do&amp;ts</translation>
    </message>
    <message>
        <source>Prickar</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>−1 prick</source>
        <translation>−1 dot</translation>
    </message>
    <message>
        <source>Ta bort en prick</source>
        <translation>Remove a dot</translation>
    </message>
    <message>
        <source>Minskar antalet prickar med en</source>
        <translation>Lowers the number of dots by one</translation>
    </message>
    <message>
        <source>+1 prick</source>
        <translation>+1 dot</translation>
    </message>
    <message>
        <source>Lägg till en prick</source>
        <translation>Add a dot</translation>
    </message>
    <message>
        <source>Ökar antalet prickar med en, medan gruppen röstar</source>
        <translation>Raises the number of dots by one while the group votes</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Ändra pr&amp;ioritet</source>
        <translation>Change pri&amp;ority</translation>
    </message>
    <message>
        <source>Ändra prioritet</source>
        <translation>Change priority</translation>
    </message>
</context>
<context>
    <name>DependencyTableModel</name>
    <message>
        <source>Dubbelklicka eller tryck F2 för att skriva in antalet prickar.</source>
        <translation>Double-click or press F2 to enter the number of dots.</translation>
    </message>
    <message>
        <source>Ändra antal prickar</source>
        <translation>Change number of dots</translation>
    </message>
    <message>
        <source>{0} (ändrad)</source>
        <translation>{0} (changed)</translation>
    </message>
    <message>
        <source>Inte placerad</source>
        <translation>Not placed</translation>
    </message>
</context>
<context>
    <name>DimensionBarsChart</name>
    <message>
        <source>Inga svar</source>
        <translation>No answers</translation>
    </message>
    <message>
        <source>{0} {1}
Medelvärde {2} · {3}
Median {4}, lägst {5}, högst {6} (deltagarnas egna medelvärden)</source>
        <translation>{0} {1}
Mean {2} · {3}
Median {4}, lowest {5}, highest {6} (the participants&apos; own means)</translation>
    </message>
    <message>
        <source>Stor spridning – diskutera</source>
        <translation>Wide spread – discuss</translation>
    </message>
    <message>
        <source>Gruppens skattning: {0}</source>
        <translation>The group&apos;s rating: {0}</translation>
    </message>
    <message>
        <source>{0} {1}: medelvärde {2}, lägst {3}, högst {4}, {5}</source>
        <translation>{0} {1}: mean {2}, lowest {3}, highest {4}, {5}</translation>
    </message>
    <message>
        <source>Inga svar ännu</source>
        <translation>No answers yet</translation>
    </message>
</context>
<context>
    <name>DimensionDiscussion</name>
    <message>
        <source> – riskprofil</source>
        <translation> – risk profile</translation>
    </message>
    <message>
        <source>Fördelning av svaren för {0}</source>
        <translation>Distribution of the answers for {0}</translation>
    </message>
    <message>
        <source>Gruppens skattning för {0}</source>
        <translation>The group&apos;s rating for {0}</translation>
    </message>
    <message>
        <source>Inte bestämd</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Kommentar för {0}</source>
        <translation>Comment for {0}</translation>
    </message>
    <message>
        <source>Vad kom ni fram till? Varför blev det den skattningen?</source>
        <translation>What did you conclude? Why did it become that rating?</translation>
    </message>
    <message>
        <source>Gruppens skattning:</source>
        <translation>The group&apos;s rating:</translation>
    </message>
    <message>
        <source>Gruppens skattning ({0}):</source>
        <translation>The group&apos;s rating ({0}):</translation>
    </message>
    <message>
        <source>Kommentar:</source>
        <translation>Comment:</translation>
    </message>
</context>
<context>
    <name>DimensionSummary</name>
    <message>
        <source>Inga svar ännu.</source>
        <translation>No answers yet.</translation>
    </message>
    <message>
        <source>Medelvärde {0}</source>
        <translation>Mean {0}</translation>
    </message>
    <message>
        <source>median {0}</source>
        <translation>median {0}</translation>
    </message>
    <message>
        <source>lägst {0}, högst {1}</source>
        <translation>lowest {0}, highest {1}</translation>
    </message>
    <message>
        <source>⚠ Stor spridning – diskutera</source>
        <translation>⚠ Wide spread – discuss</translation>
    </message>
</context>
<context>
    <name>DotVoteTurn</name>
    <message>
        <source>Vilka beroenden är viktigast att hantera?</source>
        <translation>Which dependencies are most important to handle?</translation>
    </message>
    <message>
        <source>Vilka åtgärder är viktigast att komma igång med?</source>
        <translation>Which actions are most important to get started with?</translation>
    </message>
    <message>
        <source>Du har {0} att fördela. Lägg dem med + och ta bort med −. Du kan lägga flera på samma. Prickarna är anonyma.</source>
        <translation>You have {0} to distribute. Add them with + and remove them with −. You can put several on the same one. The dots are anonymous.</translation>
    </message>
    <message>
        <source>Beroenden att rösta på</source>
        <translation>Dependencies to vote on</translation>
    </message>
    <message>
        <source>Åtgärder att rösta på</source>
        <translation>Actions to vote on</translation>
    </message>
    <message>
        <source>Ansvarig: {0}</source>
        <translation>Owner: {0}</translation>
    </message>
    <message>
        <source>Ta bort en prick från {0}</source>
        <translation>Remove a dot from {0}</translation>
    </message>
    <message>
        <source>Lägg en prick på {0}</source>
        <translation>Put a dot on {0}</translation>
    </message>
    <message>
        <source>Ta bort en prick</source>
        <translation>Remove a dot</translation>
    </message>
    <message>
        <source>Lägg en prick</source>
        <translation>Put a dot</translation>
    </message>
    <message numerus="yes">
        <source>%n prickar</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message>
        <source>Inga prickar kvar</source>
        <translation>No dots left</translation>
    </message>
    <message>
        <source>{0} kvar</source>
        <translation>{0} left</translation>
    </message>
    <message>
        <source>Prickar i inmatningsläget</source>
        <translation>Dots in input mode</translation>
    </message>
    <message>
        <source>Klar – lämna över</source>
        <translation>Done – hand over</translation>
    </message>
</context>
<context>
    <name>ExceptionReporter</name>
    <message>
        <source>Ett oväntat fel inträffade</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <source>En felrapport sparades i {0}.</source>
        <translation>An error report was saved in {0}.</translation>
    </message>
    <message>
        <source>Felrapporten kunde inte sparas.</source>
        <translation>The error report could not be saved.</translation>
    </message>
    <message>
        <source>Något gick fel i programmet. Det som visades som sparat finns i databasen, men det du gjorde precis när felet inträffade kan saknas: kontrollera det. Du kan fortsätta arbeta, eller starta om programmet om något ser konstigt ut.</source>
        <translation>Something went wrong in the program. What was shown as saved is in the database, but what you did just as the error occurred may be missing: check it. You can keep working, or restart the program if something looks strange.</translation>
    </message>
    <message>
        <source>Kopiera detaljer</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Till exempel C:\Users\du\Dokument</source>
        <translation>For example C:\Users\you\Documents</translation>
    </message>
    <message>
        <source>Utan filändelse</source>
        <translation>Without file extension</translation>
    </message>
    <message>
        <source>Exportera workshoppen</source>
        <translation>Export the workshop</translation>
    </message>
    <message>
        <source>Exportera workshoppar</source>
        <translation>Export workshops</translation>
    </message>
    <message>
        <source>&amp;Vald workshop: {0}</source>
        <translation>&amp;Chosen workshop: {0}</translation>
    </message>
    <message>
        <source>&amp;Vald workshop (ingen är vald i listan)</source>
        <translation>&amp;Chosen workshop (none is chosen in the list)</translation>
    </message>
    <message>
        <source>Från och med</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till och med</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Workshoppens egen arbetsbok och rapport.</source>
        <translation>The workshop&apos;s own workbook and report.</translation>
    </message>
    <message>
        <source>Inga workshoppar finns i urvalet.</source>
        <translation>There are no workshops in the selection.</translation>
    </message>
    <message numerus="yes">
        <source>%n workshoppar sammanställs med en jämförelse mellan dem.</source>
        <translation>
            <numerusform>%n workshop is compiled with a comparison between them.</numerusform>
            <numerusform>%n workshops are compiled with a comparison between them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop ingår i sammanställningen.</source>
        <translation>
            <numerusform>%n workshop is included in the compilation.</numerusform>
            <numerusform>%n workshops are included in the compilation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sammanställning {0} {1}</source>
        <translation>Compilation {0} {1}</translation>
    </message>
    <message>
        <source>Sammanställning {0}–{1}</source>
        <translation>Compilation {0}–{1}</translation>
    </message>
    <message>
        <source>Sammanställning alla workshoppar {0}</source>
        <translation>Compilation all workshops {0}</translation>
    </message>
    <message>
        <source>Filändelsen läggs till: {0}</source>
        <translation>The file extension is added: {0}</translation>
    </message>
    <message>
        <source> och </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Välj mapp för exporten</source>
        <translation>Choose a folder for the export</translation>
    </message>
    <message>
        <source>Välj minst ett format: Excel, PDF eller båda.</source>
        <translation>Choose at least one format: Excel, PDF or both.</translation>
    </message>
    <message>
        <source>Välj en mapp att spara filerna i.</source>
        <translation>Choose a folder to save the files in.</translation>
    </message>
    <message>
        <source>Skriv hela sökvägen till mappen, eller välj den med Välj mapp…</source>
        <translation>Write the whole path to the folder, or choose it with Choose folder…</translation>
    </message>
    <message>
        <source>Skriv ett filnamn.</source>
        <translation>Write a file name.</translation>
    </message>
    <message>
        <source>Filnamnet får inte innehålla något av tecknen \ / : * ? &quot; &lt; &gt; | och inte sluta med punkt.</source>
        <translation>The file name must not contain any of the characters \ / : * ? &quot; &lt; &gt; | and must not end with a full stop.</translation>
    </message>
    <message>
        <source>Skriv periodens datum som ÅÅÅÅ-MM-DD.</source>
        <translation>Write the period&apos;s dates as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Periodens första datum ligger efter det sista.</source>
        <translation>The period&apos;s first date is after its last.</translation>
    </message>
    <message>
        <source>Skriver filerna…</source>
        <translation>Writing the files…</translation>
    </message>
    <message>
        <source>Klart. Sparade i {0}:</source>
        <translation>Done. Saved in {0}:</translation>
    </message>
    <message numerus="yes">
        <source>%n tecken finns inte i programmets typsnitt och visas som � ({0}).</source>
        <translation>
            <numerusform>%n character is not in the program&apos;s font and is shown as � ({0}).</numerusform>
            <numerusform>%n characters are not in the program&apos;s font and are shown as � ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporten avbröts av ett oväntat fel.</source>
        <translation>The export was stopped by an unexpected error.</translation>
    </message>
    <message>
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Vad vill du exportera?</source>
        <translation>What do you want to export?</translation>
    </message>
    <message>
        <source>&amp;Vald workshop</source>
        <translation>&amp;Chosen workshop</translation>
    </message>
    <message>
        <source>&amp;Alla workshoppar, sammanställda</source>
        <translation>&amp;All workshops, compiled</translation>
    </message>
    <message>
        <source>Alla från en &amp;organisation</source>
        <translation>All from one &amp;organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Alla under en pe&amp;riod</source>
        <translation>All within a pe&amp;riod</translation>
    </message>
    <message>
        <source>till</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Excel-arbetsbok (.xlsx)</source>
        <translation>&amp;Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>Alla uppgifter i tabeller, för egen analys och för att följa upp åtgärderna</source>
        <translation>All the data in tables, for your own analysis and to follow up the actions</translation>
    </message>
    <message>
        <source>&amp;PDF-rapport</source>
        <translation>&amp;PDF report</translation>
    </message>
    <message>
        <source>En rapport med diagram att skicka till deltagarna eller ledningen</source>
        <translation>A report with charts to send to the participants or the management</translation>
    </message>
    <message>
        <source>Ta med &amp;personuppgifter: processledarens namn och alias som någon har skrivit in</source>
        <translation>Include &amp;personal data: the facilitator&apos;s name and aliases someone typed</translation>
    </message>
    <message>
        <source>Ta med deltagarnas &amp;namn och roller också</source>
        <translation>Also include the participants&apos; &amp;names and roles</translation>
    </message>
    <message>
        <source>Utan personuppgifter står deltagarna som Deltagare 1, 2 … och varken processledaren eller vem som skrev vad syns. Låt rutorna vara tomma om filen ska delas vidare. Svaren kopplas aldrig till namn.</source>
        <translation>Without personal data the participants appear as Participant 1, 2 … and neither the facilitator nor who wrote what is shown. Leave the boxes empty if the file is to be passed on. Answers are never linked to names.</translation>
    </message>
    <message>
        <source>Var ska filerna sparas?</source>
        <translation>Where should the files be saved?</translation>
    </message>
    <message>
        <source>&amp;Mapp</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <source>Väl&amp;j mapp…</source>
        <translation>Choo&amp;se folder…</translation>
    </message>
    <message>
        <source>&amp;Filnamn</source>
        <translation>&amp;File name</translation>
    </message>
    <message>
        <source>Öppna mappen efterå&amp;t</source>
        <translation>Open the folder af&amp;terwards</translation>
    </message>
    <message>
        <source>Exporten pågår</source>
        <translation>The export is in progress</translation>
    </message>
    <message>
        <source>&amp;Öppna mappen</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FactorRow</name>
    <message>
        <source>Framgångsfaktor</source>
        <translation>Success factor</translation>
    </message>
    <message>
        <source>Inget område</source>
        <translation>No area</translation>
    </message>
    <message>
        <source>Område för framgångsfaktorn</source>
        <translation>Area of the success factor</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ta bort framgångsfaktorn</source>
        <translation>Remove the success factor</translation>
    </message>
    <message>
        <source>Ändra framgångsfaktor</source>
        <translation>Change success factor</translation>
    </message>
    <message>
        <source>Ändra område för framgångsfaktor</source>
        <translation>Change area of success factor</translation>
    </message>
</context>
<context>
    <name>FileWait</name>
    <message>
        <source>Sluta vänta</source>
        <translation>Stop waiting</translation>
    </message>
    <message>
        <source>Väntar på att filen blir ledig…
Ett annat program (till exempel en synkronisering eller ett antivirus) använder databasfilen just nu. Din ändring sparas så snart filen är ledig.</source>
        <translation>Waiting for the file to become free…
Another program (for example a sync service or an antivirus) is using the database file right now. Your change is saved as soon as the file is free.</translation>
    </message>
    <message>
        <source>Väntar på filen</source>
        <translation>Waiting for the file</translation>
    </message>
    <message>
        <source>Väntar på att filen blir ledig…</source>
        <translation>Waiting for the file to become free…</translation>
    </message>
    <message>
        <source>Ändringen kunde inte sparas</source>
        <translation>The change could not be saved</translation>
    </message>
    <message>
        <source>Din ändring finns kvar i fönstret tills du väljer vad som ska hända.</source>
        <translation>Your change stays in the window until you choose what should happen.</translation>
    </message>
    <message>
        <source>Försök igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Senaste uppdatering</source>
        <translation>Latest update</translation>
    </message>
    <message>
        <source>Beroende</source>
        <translation>Dependency</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bara en uppföljningsworkshop kan kopplas till en tidigare workshop. Välj varianten Uppföljning när du skapar workshoppen.</source>
        <translation>Only a follow-up workshop can be linked to an earlier workshop. Choose the Follow-up variant when you create the workshop.</translation>
    </message>
    <message>
        <source>Ingen vald</source>
        <translation>None chosen</translation>
    </message>
    <message>
        <source>Klara åtgärder: {0} av {1}</source>
        <translation>Actions done: {0} of {1}</translation>
    </message>
    <message numerus="yes">
        <source>, %n försenade</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Saknas</source>
        <translation>⚠ Missing</translation>
    </message>
    <message numerus="yes">
        <source>⚠ försenad %n dagar</source>
        <translation>
            <numerusform>⚠ overdue by %n day</numerusform>
            <numerusform>⚠ overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>Vad har hänt sedan sist?</source>
        <translation>What has happened since last time?</translation>
    </message>
    <message>
        <source>Senaste uppdatering: {0}</source>
        <translation>Latest update: {0}</translation>
    </message>
    <message>
        <source>Ändra status i tidigare workshop</source>
        <translation>Change status in earlier workshop</translation>
    </message>
    <message>
        <source>Skriv uppdatering i tidigare workshop</source>
        <translation>Write update in earlier workshop</translation>
    </message>
    <message>
        <source>Den tidigare workshoppen har inga åtgärder.</source>
        <translation>The earlier workshop has no actions.</translation>
    </message>
    <message>
        <source>Den tidigare workshoppen har inga beroenden.</source>
        <translation>The earlier workshop has no dependencies.</translation>
    </message>
    <message>
        <source>Välj workshop att följa upp</source>
        <translation>Choose workshop to follow up</translation>
    </message>
    <message>
        <source>Ändra status för beroende i tidigare workshop</source>
        <translation>Change status of dependency in earlier workshop</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Gå igenom åtgärderna och beroendena från den tidigare workshoppen: vad är klart och vad kvarstår? Det du ändrar här sparas direkt i den tidigare workshoppen och kan ångras.</source>
        <translation>Go through the actions and dependencies from the earlier workshop: what is done and what remains? What you change here is saved at once in the earlier workshop and can be undone.</translation>
    </message>
    <message>
        <source>&amp;Workshop som följs upp</source>
        <translation>&amp;Workshop followed up</translation>
    </message>
    <message>
        <source>Workshop som följs upp</source>
        <translation>Workshop followed up</translation>
    </message>
    <message>
        <source>Åtgärder från den tidigare workshoppen</source>
        <translation>Actions from the earlier workshop</translation>
    </message>
    <message>
        <source>Beroenden från den tidigare workshoppen</source>
        <translation>Dependencies from the earlier workshop</translation>
    </message>
    <message>
        <source>Välj workshoppen som följs upp, så visas dess åtgärder och beroenden här.</source>
        <translation>Choose the workshop to follow up, and its actions and dependencies are shown here.</translation>
    </message>
</context>
<context>
    <name>GroupHeader</name>
    <message>
        <source>Gruppens namn</source>
        <translation>The group&apos;s name</translation>
    </message>
    <message>
        <source>Dubbelklicka eller tryck F2 för att byta namn på gruppen.</source>
        <translation>Double-click or press F2 to rename the group.</translation>
    </message>
</context>
<context>
    <name>HandbookText</name>
    <message>
        <source>Handledning för processledare</source>
        <translation>Facilitator&apos;s handbook</translation>
    </message>
    <message>
        <source>Hållbar förändring – workshoppar om förändringsberedskap</source>
        <translation>Sustainable change – workshops on readiness for change</translation>
    </message>
    <message>
        <source>För dig som leder en workshop om hur redo en organisation är för en förändring.</source>
        <translation>For you who lead a workshop on how ready an organisation is for a change.</translation>
    </message>
    <message>
        <source>Programversion {0}.</source>
        <translation>Program version {0}.</translation>
    </message>
    <message>
        <source>{0} · Hållbar förändring {1}</source>
        <translation>{0} · Sustainable change {1}</translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Om handledningen</source>
        <translation>About the handbook</translation>
    </message>
    <message>
        <source>Handledningen beskriver metoden bakom programmet och hur du leder workshoppen steg för steg. Läs den när du förbereder dig, och skriv gärna ut den och ha den med dig i rummet.</source>
        <translation>The handbook describes the method behind the program and how you lead the workshop step by step. Read it when you prepare, and feel free to print it and bring it into the room.</translation>
    </message>
    <message>
        <source>Texterna om varje steg är desamma som programmet visar i panelen Handledning till höger när du har en workshop öppen. Panelen visar bara steget du är på; här finns alla steg samlade, med föreslagen tid för varje variant av workshoppen.</source>
        <translation>The texts about each step are the same as the program shows in the Guidance panel on the right when you have a workshop open. The panel shows only the step you are on; here all the steps are gathered, with the suggested time for each variant of the workshop.</translation>
    </message>
    <message>
        <source>Metoden</source>
        <translation>The method</translation>
    </message>
    <message>
        <source>Workshoppen hjälper en grupp att se hur redo den är för en bestämd förändring, till exempel att hållbarhetsbedömning ska bli en del av besluten om projektmedel. Gruppen kommer fram till vad som finns på plats, vad som kan stoppa förändringen och vad som ska göras, av vem och när.</source>
        <translation>The workshop helps a group see how ready it is for a particular change, for example that sustainability assessment is to become part of the decisions on project funding. The group arrives at what is in place, what could stop the change and what needs to be done, by whom and when.</translation>
    </message>
    <message>
        <source>Varför förändringsberedskap?</source>
        <translation>Why readiness for change?</translation>
    </message>
    <message>
        <source>Att få in hållbarhet i det ordinarie arbetet är ett förändringsarbete. Erfarenheterna från regionernas arbete visar att resultat från projekt lätt försvinner när projektet tar slut, om inte grundläggande förutsättningar finns och om ingen hanterar det som arbetet är beroende av.</source>
        <translation>Bringing sustainability into everyday work is a change effort. Experience from the regions&apos; work shows that results from projects easily disappear when the project ends, unless basic prerequisites are in place and someone handles what the work depends on.</translation>
    </message>
    <message>
        <source>Beredskap för förändring handlar om två saker: att gruppen vill genomföra förändringen, och att den tror att den kan. Båda går att stärka, men först behöver ni se var ni står.</source>
        <translation>Readiness for change is about two things: that the group wants to carry out the change, and that it believes it can. Both can be strengthened, but first you need to see where you stand.</translation>
    </message>
    <message>
        <source>Ramverket</source>
        <translation>The framework</translation>
    </message>
    <message>
        <source>Metoden följer Tillväxtverkets vägledning för hållbar regional utveckling. Den har tre delar, och vägledningen rekommenderar att ni tar dem i den här ordningen.</source>
        <translation>The method follows the Swedish Agency for Economic and Regional Growth&apos;s guidance for sustainable regional development. It has three parts, and the guidance recommends that you take them in this order.</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Vad det handlar om</source>
        <translation>What it is about</translation>
    </message>
    <message>
        <source>Grundläggande förutsättningar</source>
        <translation>Basic prerequisites</translation>
    </message>
    <message>
        <source>Ledning och styrning, genomförande, lärande</source>
        <translation>Leadership and governance, implementation, learning</translation>
    </message>
    <message>
        <source>Det som måste finnas i organisationen för att förändringsarbetet ska kunna bära: stöd från ledningen, tid och resurser, kompetens och uppföljning.</source>
        <translation>What must be in place in the organisation for the change effort to hold: support from the management, time and resources, competence and follow-up.</translation>
    </message>
    <message>
        <source>Beroenden – hinder för förändring</source>
        <translation>Dependencies – obstacles to change</translation>
    </message>
    <message>
        <source>Beslutsberoende, personberoende, uthållighetsberoende</source>
        <translation>Decision dependency, person dependency, endurance dependency</translation>
    </message>
    <message>
        <source>Det som arbetet hänger på men som gruppen inte själv styr över. Ju tidigare ni ser dem, desto lättare är de att motverka.</source>
        <translation>What the work hangs on but the group does not control itself. The earlier you see them, the easier they are to counter.</translation>
    </message>
    <message>
        <source>Framgångsfaktorer</source>
        <translation>Success factors</translation>
    </message>
    <message>
        <source>Det som brukar hjälpa förändringen att lyckas, och styrkor som gruppen redan har och kan bygga vidare på.</source>
        <translation>What usually helps the change succeed, and strengths that the group already has and can build on.</translation>
    </message>
    <message>
        <source>Beslutsberoende: arbetet väntar på ett beslut, ett mandat eller ett styrdokument som någon annan bestämmer över, till exempel en nämnd, ledningsgruppen eller nationella regler.</source>
        <translation>Decision dependency: the work is waiting for a decision, a mandate or a steering document that someone else decides on, for example a committee, the management team or national rules.</translation>
    </message>
    <message>
        <source>Personberoende: arbetet hänger på enskilda personer, och kunskap och kontakter finns bara hos dem.</source>
        <translation>Person dependency: the work hangs on individual people, and knowledge and contacts exist only with them.</translation>
    </message>
    <message>
        <source>Uthållighetsberoende: arbetet behöver tid, pengar och uppmärksamhet som räcker längre än ett projekt eller en mandatperiod.</source>
        <translation>Endurance dependency: the work needs time, money and attention that last longer than a project or a term of office.</translation>
    </message>
    <message>
        <source>De tre slagen av beroenden</source>
        <translation>The three kinds of dependency</translation>
    </message>
    <message>
        <source>Skattning, samtal och prioritering</source>
        <translation>Rating, discussion and prioritisation</translation>
    </message>
    <message>
        <source>Först skattar var och en ett antal påståenden om förändringen på en skala från 1 (stämmer inte alls) till 5 (stämmer helt), eller svarar Vet ej. Svaren visas inte förrän alla är klara, så att ingen påverkas av de andra. Sedan använder ni spridningen i svaren som underlag för samtalet och enas om en gemensam bild.</source>
        <translation>First each person rates a number of statements about the change on a scale from 1 (not true at all) to 5 (entirely true), or answers Don&apos;t know. The answers are not shown until everyone is done, so that no one is influenced by the others. Then you use the spread of the answers as a basis for the discussion and agree on a shared picture.</translation>
    </message>
    <message>
        <source>Varje beroende bedöms efter hur stor påverkan det har på förändringen och hur mycket ni själva kan påverka det. Programmet placerar det i en matris med fyra rutor: Agera nu, Påverka och eskalera, Hantera löpande och Bevaka. Deltagarna kan också prioritera med prickar.</source>
        <translation>Each dependency is assessed by how much impact it has on the change and how much you can influence it yourselves. The program places it in a matrix with four cells: Act now, Influence and escalate, Handle continuously and Monitor. The participants can also prioritise with dots.</translation>
    </message>
    <message>
        <source>Till sist bestämmer ni åtgärder för de viktigaste beroendena och för de förutsättningar som fick rött. Varje åtgärd får en ansvarig och ett datum. Det är handlingsplanen, och den är workshoppens viktigaste resultat.</source>
        <translation>Finally you decide on actions for the most important dependencies and for the prerequisites that got red. Each action gets an owner and a date. That is the action plan, and it is the workshop&apos;s most important result.</translation>
    </message>
    <message>
        <source>Den fullständiga workshoppen. Passar när gruppen ska gå igenom alla delar och gå därifrån med en handlingsplan. Planera in en paus på ungefär en kvart.</source>
        <translation>The full workshop. Suits a group that is to go through all the parts and leave with an action plan. Plan a break of about a quarter of an hour.</translation>
    </message>
    <message>
        <source>När tiden är knapp. Skattning och samtal går fortare, och steget om förutsättningar och framgångsfaktorer ingår inte; ta upp styrkorna i samtalet om resultaten i stället.</source>
        <translation>When time is short. Rating and discussion go faster, and the step on prerequisites and success factors is not included; bring up the strengths in the discussion of the results instead.</translation>
    </message>
    <message>
        <source>Ett möte några månader efter workshoppen. Ni går igenom åtgärderna, ser vilka beroenden som är hanterade och skattar påståendena igen för att jämföra före och efter.</source>
        <translation>A meeting a few months after the workshop. You go through the actions, see which dependencies are handled and rate the statements again to compare before and after.</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>före workshoppen</source>
        <translation>before the workshop</translation>
    </message>
    <message>
        <source>Varianter</source>
        <translation>Variants</translation>
    </message>
    <message>
        <source>När du skapar en workshop väljer du variant. Varianten bestämmer vilka steg som ingår och hur lång tid programmet föreslår för varje steg. Tiderna är förslag: du ändrar stegets timer under workshoppen när samtalet behöver mer tid eller gruppen vill gå vidare.</source>
        <translation>When you create a workshop you choose a variant. The variant decides which steps are included and how much time the program suggests for each step. The times are suggestions: you change the step&apos;s timer during the workshop when the discussion needs more time or the group wants to move on.</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Föreslagen tid</source>
        <translation>Suggested time</translation>
    </message>
    <message>
        <source>Sammanlagt {0} min, utan paus.</source>
        <translation>In total {0} min, without a break.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Före workshoppen.</source>
        <translation>Before the workshop.</translation>
    </message>
    <message>
        <source>Ingår inte i: {0}.</source>
        <translation>Not included in: {0}.</translation>
    </message>
    <message>
        <source>Steg för steg</source>
        <translation>Step by step</translation>
    </message>
    <message>
        <source>Varje steg har ett syfte, förslag på hur du gör och frågor som du kan ställa till gruppen. Stegen står i den ordning de kommer i halvdagen; Uppföljning hör till uppföljningsmötet.</source>
        <translation>Each step has a purpose, suggestions for how you do it and questions you can ask the group. The steps are in the order they come in the half day; Follow-up belongs to the follow-up meeting.</translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Gör så här</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Frågor att ställa</source>
        <translation>Questions to ask</translation>
    </message>
    <message>
        <source>Deltagarvyn ({0})</source>
        <translation>The participant view ({0})</translation>
    </message>
    <message>
        <source>Deltagarvyn är det rummet ser på projektorn eller den stora skärmen. Du öppnar och stänger den med {0}. Finns det en andra skärm fyller vyn den skärmen; annars öppnas den i ett eget fönster. Ställ in datorn på utökat skrivbord, inte dubblerad skärm, så att rummet inte ser det du gör.</source>
        <translation>The participant view is what the room sees on the projector or the large screen. You open and close it with {0}. If there is a second screen the view fills that screen; otherwise it opens in a window of its own. Set the computer to an extended desktop, not a mirrored screen, so that the room does not see what you do.</translation>
    </message>
    <message>
        <source>Steget: vyn visar stegets namn, frågan till gruppen och timern. Medan deltagarna svarar visar den bara hur många som är klara.</source>
        <translation>The step: the view shows the step&apos;s name, the question to the group and the timer. While the participants answer it shows only how many are done.</translation>
    </message>
    <message>
        <source>Visa resultat: resultat och lappar är dolda, både hos dig och på deltagarvyn, tills du väljer att visa dem. Du kan dölja dem igen, och välja vilken del av resultaten rummet ser.</source>
        <translation>Show results: results and notes are hidden, both on your screen and on the participant view, until you choose to show them. You can hide them again, and choose which part of the results the room sees.</translation>
    </message>
    <message>
        <source>Paus: en lugn bild med timern, medan du förbereder nästa steg.</source>
        <translation>Break: a calm screen with the timer, while you prepare the next step.</translation>
    </message>
    <message>
        <source>Släckt: en svart skärm, när ni ska prata med varandra i stället.</source>
        <translation>Blank: a black screen, when you are to talk with each other instead.</translation>
    </message>
    <message>
        <source>Namn: deltagarvyn visar inga namn om du inte slår på det. Då syns namn på lappar och som ansvariga för åtgärder där de är ifyllda.</source>
        <translation>Names: the participant view shows no names unless you turn them on. Then names are shown on notes and as owners of actions where they are filled in.</translation>
    </message>
    <message>
        <source>Det här styr du i rutan Det rummet ser</source>
        <translation>You control this in the What the room sees box</translation>
    </message>
    <message>
        <source>Inmatningsläget ({0})</source>
        <translation>Input mode ({0})</translation>
    </message>
    <message>
        <source>I inmatningsläget turas deltagarna om vid din dator. Var och en ser bara sina egna svar, och skärmen töms innan nästa tar över. Du startar det med {0} och väljer vad deltagarna ska göra: skatta påståendena, skriva lappar om beroenden, förutsättningar eller åtgärder, eller fördela prickar.</source>
        <translation>In input mode the participants take turns at your computer. Each one sees only their own answers, and the screen is cleared before the next one takes over. You start it with {0} and choose what the participants should do: rate the statements, write notes about dependencies, prerequisites or actions, or distribute dots.</translation>
    </message>
    <message>
        <source>Alias: deltagaren trycker på sitt alias. Den som inte har något väljer Ny anonym deltagare. Alias räcker; namn behövs inte.</source>
        <translation>Alias: the participant taps their alias. Someone who has none chooses New anonymous participant. Aliases are enough; names are not needed.</translation>
    </message>
    <message>
        <source>Svaren: ett påstående i taget, med stora knappar för 1 till 5 och Vet ej. Lappar skriver var och en för sig, en sak per lapp.</source>
        <translation>The answers: one statement at a time, with large buttons for 1 to 5 and Don&apos;t know. Everyone writes notes on their own, one thing per note.</translation>
    </message>
    <message>
        <source>Lämna över: när deltagaren är klar går hen vidare till en skärm som bara visar hur många som är klara, och lämnar datorn till nästa.</source>
        <translation>Hand over: when the participant is done they move on to a screen that shows only how many are done, and hand the computer to the next one.</translation>
    </message>
    <message>
        <source>PIN-kod: du kan ange en PIN-kod när du startar. Du lämnar inmatningsläget med tangenterna {0} och PIN-koden. Deltagarna ser inte kombinationen, så ingen lämnar läget av misstag.</source>
        <translation>PIN: you can give a PIN when you start. You leave input mode with the keys {0} and the PIN. The participants do not see the combination, so no one leaves the mode by mistake.</translation>
    </message>
    <message>
        <source>Så går det till</source>
        <translation>How it works</translation>
    </message>
    <message>
        <source>Svaren sparas direkt. Lappar från inmatningsläget kan du sedan göra om till beroenden, framgångsfaktorer eller åtgärder på respektive steg.</source>
        <translation>The answers are saved at once. You can then turn notes from input mode into dependencies, success factors or actions on the step concerned.</translation>
    </message>
    <message>
        <source>Efter workshoppen</source>
        <translation>After the workshop</translation>
    </message>
    <message>
        <source>Exportera resultatet med Ctrl+E: en Excel-fil med alla tabeller, en PDF-rapport att skicka till deltagarna och ledningen, eller CSV-filer. Deltagarnas namn tas bara med om du väljer det.</source>
        <translation>Export the result with Ctrl+E: an Excel file with all the tables, a PDF report to send to the participants and the management, or CSV files. The participants&apos; names are included only if you choose so.</translation>
    </message>
    <message>
        <source>Dela workshoppen med samordnaren som en fil (Arkiv › Dela workshop…). Samordnaren läser in den och ser alla workshoppars åtgärder i sin översikt.</source>
        <translation>Share the workshop with the coordinator as a file (File › Share workshop…). The coordinator reads it in and sees all workshops&apos; actions in their overview.</translation>
    </message>
    <message>
        <source>Följ upp åtgärderna: ändra status när något är klart, så att det syns vilka åtgärder som är försenade.</source>
        <translation>Follow up the actions: change the status when something is done, so that it shows which actions are overdue.</translation>
    </message>
    <message>
        <source>Håll ett uppföljningsmöte om tre till sex månader. Skapa en ny workshop med varianten Uppföljning och välj vilken workshop den följer upp; då jämför rapporten före och efter.</source>
        <translation>Hold a follow-up meeting in three to six months. Create a new workshop with the Follow-up variant and choose which workshop it follows up; the report then compares before and after.</translation>
    </message>
    <message>
        <source>Allt sparas på din dator medan du arbetar, och programmet gör en säkerhetskopia av databasen varje dag du öppnar den. Under Hjälp › Om programmet ser du var filerna ligger.</source>
        <translation>Everything is saved on your computer while you work, and the program makes a backup of the database every day you open it. Under Help › About the program you see where the files are.</translation>
    </message>
    <message>
        <source>Källor</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Ramverket och stegen bygger på källorna nedan. Påståendena, frågorna och texterna i programmet är formulerade för programmet; de är inte citat.</source>
        <translation>The framework and the steps build on the sources below. The statements, questions and texts in the program are written for the program; they are not quotations.</translation>
    </message>
    <message>
        <source>Tillväxtverket (2023): Att utveckla och stärka regionernas arbete med hållbar utveckling inom det regionala utvecklingsarbetet. Slutrapport, publikation 0455.</source>
        <translation>Tillväxtverket (2023): Att utveckla och stärka regionernas arbete med hållbar utveckling inom det regionala utvecklingsarbetet (Developing and strengthening the regions&apos; work on sustainable development in regional development). Final report, publication 0455.</translation>
    </message>
    <message>
        <source>Tillväxtverket: Vägledning för hållbar regional utveckling (förutsättningar, beroenden och framgångsfaktorer).</source>
        <translation>Tillväxtverket: Vägledning för hållbar regional utveckling (Guidance for sustainable regional development: prerequisites, dependencies and success factors).</translation>
    </message>
    <message>
        <source>Tillväxtverket: seminarieserien Lärande vägar till hållbarhet, om gränsgångare och förutsättningsskapande ledarskap.</source>
        <translation>Tillväxtverket: the seminar series Lärande vägar till hållbarhet (Learning paths to sustainability), on boundary spanners and enabling leadership.</translation>
    </message>
    <message>
        <source>Riksrevisionen (2022): Den regionala utvecklingspolitiken – svaga förutsättningar för ett effektivt samlat statligt agerande.</source>
        <translation>Riksrevisionen, the Swedish National Audit Office (2022): Den regionala utvecklingspolitiken – svaga förutsättningar för ett effektivt samlat statligt agerande (Regional development policy – weak conditions for effective joint state action).</translation>
    </message>
    <message>
        <source>Weiner, B. J. (2009): A theory of organizational readiness for change. Implementation Science 4:67.</source>
        <translation>Weiner, B. J. (2009): A theory of organizational readiness for change. Implementation Science 4:67.</translation>
    </message>
    <message>
        <source>Shea, C. M. m.fl. (2014): Organizational readiness for implementing change (ORIC). Implementation Science 9:7.</source>
        <translation>Shea, C. M. et al. (2014): Organizational readiness for implementing change (ORIC). Implementation Science 9:7.</translation>
    </message>
    <message>
        <source>Ekonomistyrningsverket (2017): Att leda förändring i offentlig verksamhet (ESV 2017:70).</source>
        <translation>Ekonomistyrningsverket, the Swedish National Financial Management Authority (2017): Att leda förändring i offentlig verksamhet (Leading change in public administration, ESV 2017:70).</translation>
    </message>
    <message>
        <source>Region Jönköpings län, Qulturum: Hållbarhet i förbättrings- och utvecklingsarbete (röd, gul och grön bedömning och handlingsplan).</source>
        <translation>Region Jönköpings län, Qulturum: Hållbarhet i förbättrings- och utvecklingsarbete (Sustainability in improvement and development work: red, yellow and green assessment and action plan).</translation>
    </message>
    <message>
        <source>Kurt Lewin: kraftfältsanalys, drivande och hindrande krafter.</source>
        <translation>Kurt Lewin: force-field analysis, driving and restraining forces.</translation>
    </message>
    <message>
        <source>Elf, M. m.fl. (2018): S-NoMAD, svensk version av NoMAD. Implementation Science 13:146.</source>
        <translation>Elf, M. et al. (2018): S-NoMAD, the Swedish version of NoMAD. Implementation Science 13:146.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Typsnitt eller bibliotek</source>
        <translation>Font or library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licens</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Vad som händer</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Hittad</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Här</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>I paketet</source>
        <translation>In the package</translation>
    </message>
    <message>
        <source>Var</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Tangenter</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Försenad, dagar</source>
        <translation>Overdue, days</translation>
    </message>
    <message>
        <source>Senaste uppföljning</source>
        <translation>Latest follow-up</translation>
    </message>
    <message>
        <source>Uppföljd</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Beroende nr</source>
        <translation>Dependency no.</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Workshoppar</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Typ av beroende</source>
        <translation>Type of dependency</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Beroenden</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <source>Inte hanterade</source>
        <translation>Not handled</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Dator</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Beroende</source>
        <translation>Dependency</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Påverkan</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Prickar</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Värde i filen</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>Vad det betyder</source>
        <translation>What it means</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Påverkbarhet</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Bevakas av</source>
        <translation>Monitored by</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Namn (frivilligt)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>Roll (frivillig)</source>
        <translation>Role (optional)</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Påstående</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Vet ej</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Ursprung</source>
        <translation>Origin</translation>
    </message>
</context>
<context>
    <name>ImpactMatrix</name>
    <message>
        <source>Matris: påverkan och påverkbarhet</source>
        <translation>Matrix: impact and influence</translation>
    </message>
    <message>
        <source>Dra ett beroende till en annan ruta, eller välj det och använd piltangenterna: upp och ner ändrar påverkan, vänster och höger påverkbarheten.</source>
        <translation>Drag a dependency to another cell, or choose it and use the arrow keys: up and down change the impact, left and right the influence.</translation>
    </message>
    <message>
        <source>Inte placerade:</source>
        <translation>Not placed:</translation>
    </message>
    <message>
        <source>Påverkan: {0} {1}</source>
        <translation>Impact: {0} {1}</translation>
    </message>
    <message>
        <source>Påverkbarhet: {0}</source>
        <translation>Influence: {0}</translation>
    </message>
    <message>
        <source>Prickar: {0}</source>
        <translation>Dots: {0}</translation>
    </message>
    <message>
        <source>Påverkbarhet / rådighet →</source>
        <translation>Influence / control →</translation>
    </message>
    <message>
        <source>Påverkan om det inte hanteras →</source>
        <translation>Impact if not handled →</translation>
    </message>
    <message>
        <source>Påverkan →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>Större markering = fler prickar</source>
        <translation>Larger mark = more dots</translation>
    </message>
</context>
<context>
    <name>ImportConflictsDialog</name>
    <message>
        <source>Konflikter från import</source>
        <translation>Conflicts from import</translation>
    </message>
    <message>
        <source>De här posterna har ändrats både här och på datorn som paketet kom från, sedan förra importen därifrån. Versionen här gäller tills du väljer. Välj en rad, jämför och bestäm vilken version som ska gälla.</source>
        <translation>These records have been changed both here and on the computer the package came from, since the last import from there. The version here applies until you choose. Choose a row, compare and decide which version should apply.</translation>
    </message>
    <message>
        <source>&amp;Konflikter</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <source>&amp;Skillnader i den valda posten</source>
        <translation>&amp;Differences in the chosen record</translation>
    </message>
    <message>
        <source>Det finns inga fler konflikter att välja mellan. Allt från de importerade paketen gäller som det står i databasen.</source>
        <translation>There are no more conflicts to choose between. Everything from the imported packages applies as it stands in the database.</translation>
    </message>
    <message>
        <source>&amp;Behåll versionen här</source>
        <translation>&amp;Keep the version here</translation>
    </message>
    <message>
        <source>&amp;Ta versionen från paketet</source>
        <translation>&amp;Take the version from the package</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <source>Workshoppens uppgifter</source>
        <translation>The workshop&apos;s details</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Skattning</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Handräkning</source>
        <translation>Hand count</translation>
    </message>
    <message>
        <source>Gruppens skattning</source>
        <translation>The group&apos;s rating</translation>
    </message>
    <message>
        <source>Beroende</source>
        <translation>Dependency</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Förutsättning</source>
        <translation>Prerequisite</translation>
    </message>
    <message>
        <source>Framgångsfaktor</source>
        <translation>Success factor</translation>
    </message>
    <message>
        <source>Lapp</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>antal: {0}</source>
        <translation>count: {0}</translation>
    </message>
    <message>
        <source>(borttagen)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>Posten</source>
        <translation>The record</translation>
    </message>
    <message>
        <source>Mall för skattningen</source>
        <translation>Rating template</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Nya: {0} · Uppdateras: {1} · Redan aktuella: {2} · Konflikter: {3}</source>
        <translation>New: {0} · Updated: {1} · Already current: {2} · Conflicts: {3}</translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Importera workshoppar</source>
        <translation>Import workshops</translation>
    </message>
    <message>
        <source>Så här blir databasen om du importerar. Inget är skrivet ännu.</source>
        <translation>This is how the database will be if you import. Nothing is written yet.</translation>
    </message>
    <message>
        <source>&amp;Workshoppar i paketen</source>
        <translation>&amp;Workshops in the packages</translation>
    </message>
    <message>
        <source>Databasen säkerhetskopieras först, och allt skrivs på en gång: blir något fel skrivs ingenting. En post som har ändrats både här och i paketet blir en konflikt. Då behålls versionen här tills du väljer under Arkiv › Konflikter från import.</source>
        <translation>The database is backed up first, and everything is written at once: if something goes wrong, nothing is written. A record that has been changed both here and in the package becomes a conflict. The version here is then kept until you choose under File › Conflicts from import.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>{0}, packat {1}</source>
        <translation>{0}, packed {1}</translation>
    </message>
    <message>
        <source>okänd dator</source>
        <translation>unknown computer</translation>
    </message>
    <message>
        <source>Läggs till</source>
        <translation>Is added</translation>
    </message>
    <message>
        <source>Uppdateras (ändrade poster: {0})</source>
        <translation>Is updated (changed records: {0})</translation>
    </message>
    <message>
        <source>Redan aktuell</source>
        <translation>Already current</translation>
    </message>
    <message>
        <source>konflikter att välja: {0}</source>
        <translation>conflicts to choose: {0}</translation>
    </message>
    <message>
        <source>nya poster i ändringsloggen: {0}</source>
        <translation>new entries in the change log: {0}</translation>
    </message>
</context>
<context>
    <name>ImportWorkshops</name>
    <message>
        <source>Importera workshoppar</source>
        <translation>Import workshops</translation>
    </message>
    <message>
        <source>Workshoppaket (*.hallbar)</source>
        <translation>Workshop packages (*.hallbar)</translation>
    </message>
    <message>
        <source>Läser paketen…</source>
        <translation>Reading the packages…</translation>
    </message>
    <message>
        <source>Importerar…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>InputModeDialog</name>
    <message>
        <source>Skatta påståendena (individuell skattning)</source>
        <translation>Rate the statements (individual rating)</translation>
    </message>
    <message>
        <source>Skriva lappar om beroenden</source>
        <translation>Write notes about dependencies</translation>
    </message>
    <message>
        <source>Skriva lappar om förutsättningar och framgångsfaktorer</source>
        <translation>Write notes about prerequisites and success factors</translation>
    </message>
    <message>
        <source>Skriva lappar med förslag på åtgärder</source>
        <translation>Write notes with suggested actions</translation>
    </message>
    <message>
        <source>Prickrösta på beroendena</source>
        <translation>Dot vote on the dependencies</translation>
    </message>
    <message>
        <source>Prickrösta på åtgärderna</source>
        <translation>Dot vote on the actions</translation>
    </message>
    <message>
        <source>Du lämnar inmatningsläget med tangenterna {0}, och PIN-koden om du anger en. Deltagarna får inte se kombinationen, och den visas inte i inmatningsläget.</source>
        <translation>You leave input mode with the keys {0}, and the PIN if you give one. The participants must not see the combination, and it is not shown in input mode.</translation>
    </message>
    <message>
        <source>Starta inmatningsläget</source>
        <translation>Start input mode</translation>
    </message>
    <message>
        <source>&amp;Fortsätt omgången: {0} av {1} har redan tagit sin tur</source>
        <translation>&amp;Continue the round: {0} of {1} have already taken their turn</translation>
    </message>
    <message>
        <source>Det finns inga beroenden att rösta på ännu. Lägg till dem först, eller låt deltagarna skriva lappar om beroenden.</source>
        <translation>There are no dependencies to vote on yet. Add them first, or let the participants write notes about dependencies.</translation>
    </message>
    <message>
        <source>Det finns inga åtgärder att rösta på ännu. Lägg till dem först, eller låt deltagarna skriva lappar med förslag på åtgärder.</source>
        <translation>There are no actions to vote on yet. Add them first, or let the participants write notes with suggested actions.</translation>
    </message>
    <message>
        <source>PIN-koderna är olika. Skriv samma PIN-kod i båda fälten, eller töm båda.</source>
        <translation>The PINs differ. Write the same PIN in both fields, or empty both.</translation>
    </message>
    <message>
        <source>Deltagarna turas om vid den här datorn. Var och en ser bara sina egna svar, och skärmen töms innan nästa tar över.</source>
        <translation>The participants take turns at this computer. Each one sees only their own answers, and the screen is cleared before the next one takes over.</translation>
    </message>
    <message>
        <source>Kontrollera först att projektorn visar deltagarvyn och inte en kopia av din skärm (utökat skrivbord, inte dubblerad skärm). Annars ser hela rummet vad var och en svarar.</source>
        <translation>First check that the projector shows the participant view and not a copy of your screen (extended desktop, not a mirrored screen). Otherwise the whole room sees what each person answers.</translation>
    </message>
    <message>
        <source>&amp;Vad ska deltagarna göra?</source>
        <translation>&amp;What should the participants do?</translation>
    </message>
    <message>
        <source>Vad ska deltagarna göra?</source>
        <translation>What should the participants do?</translation>
    </message>
    <message>
        <source>&amp;Prickar per deltagare</source>
        <translation>&amp;Dots per participant</translation>
    </message>
    <message>
        <source>Prickar per deltagare</source>
        <translation>Dots per participant</translation>
    </message>
    <message>
        <source>P&amp;IN-kod för att lämna (valfri)</source>
        <translation>P&amp;IN to leave (optional)</translation>
    </message>
    <message>
        <source>PIN-kod för att lämna</source>
        <translation>PIN to leave</translation>
    </message>
    <message>
        <source>Ingen PIN-kod</source>
        <translation>No PIN</translation>
    </message>
    <message>
        <source>Skriv PIN-koden i&amp;gen</source>
        <translation>Write the PIN a&amp;gain</translation>
    </message>
    <message>
        <source>Skriv PIN-koden igen</source>
        <translation>Write the PIN again</translation>
    </message>
    <message>
        <source>&amp;Fortsätt omgången</source>
        <translation>&amp;Continue the round</translation>
    </message>
</context>
<context>
    <name>InputModeWindow</name>
    <message>
        <source>✓ {0} – klar</source>
        <translation>✓ {0} – done</translation>
    </message>
    <message>
        <source>{0}, klar</source>
        <translation>{0}, done</translation>
    </message>
    <message>
        <source>Jag är {0}</source>
        <translation>I am {0}</translation>
    </message>
    <message>
        <source>Du svarar på påståendena ett i taget.</source>
        <translation>You answer the statements one at a time.</translation>
    </message>
    <message>
        <source>Du skriver lappar som bara du ser tills du är klar.</source>
        <translation>You write notes that only you see until you are done.</translation>
    </message>
    <message>
        <source>Du fördelar dina prickar.</source>
        <translation>You distribute your dots.</translation>
    </message>
    <message>
        <source>Tryck på ditt namn.</source>
        <translation>Tap your name.</translation>
    </message>
    <message>
        <source>Tryck på ditt alias, eller på Ny anonym deltagare om du inte har något.</source>
        <translation>Tap your alias, or New anonymous participant if you have none.</translation>
    </message>
    <message>
        <source>Ingen annan ser dina svar.</source>
        <translation>No one else sees your answers.</translation>
    </message>
    <message>
        <source>Ny anonym deltagare i inmatningsläget</source>
        <translation>New anonymous participant in input mode</translation>
    </message>
    <message>
        <source>Inmatning: {0}</source>
        <translation>Input: {0}</translation>
    </message>
    <message>
        <source>{0} av {1} klara</source>
        <translation>{0} of {1} done</translation>
    </message>
    <message>
        <source>Alla är klara. Lämna tillbaka datorn till processledaren.</source>
        <translation>Everyone is done. Hand the computer back to the facilitator.</translation>
    </message>
    <message>
        <source>Tack! Lämna över datorn till nästa deltagare.</source>
        <translation>Thank you! Hand the computer over to the next participant.</translation>
    </message>
    <message>
        <source>Lämna inmatningsläget</source>
        <translation>Leave input mode</translation>
    </message>
    <message>
        <source>Skriv PIN-koden för att lämna inmatningsläget.</source>
        <translation>Write the PIN to leave input mode.</translation>
    </message>
    <message>
        <source>Lämna</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fel PIN-kod. Försök igen, eller välj Avbryt för att stanna kvar.</source>
        <translation>Wrong PIN. Try again, or choose Cancel to stay.</translation>
    </message>
    <message>
        <source>Inmatningsläge</source>
        <translation>Input mode</translation>
    </message>
    <message>
        <source>Vem är du?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Deltagare att välja mellan</source>
        <translation>Participants to choose from</translation>
    </message>
    <message>
        <source>Ny anonym deltagare</source>
        <translation>New anonymous participant</translation>
    </message>
    <message>
        <source>För dig som inte finns i listan: du får ett eget alias</source>
        <translation>For you who are not in the list: you get an alias of your own</translation>
    </message>
    <message>
        <source>Nästa deltagare</source>
        <translation>Next participant</translation>
    </message>
</context>
<context>
    <name>KeyMap</name>
    <message>
        <source>I biblioteket</source>
        <translation>In the library</translation>
    </message>
    <message>
        <source>I en workshop</source>
        <translation>In a workshop</translation>
    </message>
    <message>
        <source>I inmatningsläget</source>
        <translation>In input mode</translation>
    </message>
    <message>
        <source>I mallar för skattningen</source>
        <translation>In rating templates</translation>
    </message>
    <message>
        <source>I översikten för samordnare</source>
        <translation>In the coordinator&apos;s overview</translation>
    </message>
    <message>
        <source>I Resultat</source>
        <translation>In Results</translation>
    </message>
    <message>
        <source>Sök bland workshopparna</source>
        <translation>Search the workshops</translation>
    </message>
    <message>
        <source>Ta bort den valda workshoppen</source>
        <translation>Remove the chosen workshop</translation>
    </message>
    <message>
        <source>Lägg till en post i steget: deltagare, beroende, åtgärd eller framgångsfaktor</source>
        <translation>Add an item to the step: participant, dependency, action or success factor</translation>
    </message>
    <message>
        <source>Starta inmatningsläget: deltagarna turas om vid datorn</source>
        <translation>Start input mode: the participants take turns at the computer</translation>
    </message>
    <message>
        <source>Låt deltagarna svara i mobilen, via rummets nätverk</source>
        <translation>Let the participants answer on their phones, over the room&apos;s network</translation>
    </message>
    <message>
        <source>Öppna eller stäng deltagarvyn för projektorn</source>
        <translation>Open or close the participant view for the projector</translation>
    </message>
    <message>
        <source>Ta bort det valda beroendet eller den valda åtgärden (i tabellen)</source>
        <translation>Remove the chosen dependency or action (in the table)</translation>
    </message>
    <message>
        <source>Gå till gruppens skattning för dimension 1, 2, 3 … i ordning uppifrån</source>
        <translation>Go to the group&apos;s rating for dimension 1, 2, 3 … in order from the top</translation>
    </message>
    <message>
        <source>Lägg till lappen du skriver</source>
        <translation>Add the note you are writing</translation>
    </message>
    <message>
        <source>Lämna inmatningsläget (och dess PIN-kod)</source>
        <translation>Leave input mode (and its PIN)</translation>
    </message>
    <message>
        <source>Lägg till ett påstående, en punkt bland förutsättningarna eller (i listan) en dimension</source>
        <translation>Add a statement, a point among the prerequisites or (in the list) a dimension</translation>
    </message>
    <message>
        <source>Ändra status eller uppföljning för den valda åtgärden (börja skriva för uppföljning)</source>
        <translation>Change status or follow-up of the chosen action (start typing for follow-up)</translation>
    </message>
</context>
<context>
    <name>KeyMapDialog</name>
    <message>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Allt i programmet går att göra med tangentbordet. Tab flyttar mellan fälten, och Alt med den understrukna bokstaven väljer en knapp eller meny. Det här är genvägarna.</source>
        <translation>Everything in the program can be done with the keyboard. Tab moves between the fields, and Alt with the underlined letter chooses a button or menu. These are the shortcuts.</translation>
    </message>
    <message>
        <source>En rad per kortkommando: tangenterna och vad de gör.</source>
        <translation>One row per shortcut: the keys and what they do.</translation>
    </message>
    <message>
        <source>Individuell skattning</source>
        <translation>Individual rating</translation>
    </message>
    <message>
        <source>Vet ej</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Svara {0}</source>
        <translation>Answer {0}</translation>
    </message>
    <message>
        <source>Ta bort svaret</source>
        <translation>Remove the answer</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Töm sökfältet</source>
        <translation>Clear the search field</translation>
    </message>
    <message>
        <source>Databasen kunde inte läsas: {0}</source>
        <translation>The database could not be read: {0}</translation>
    </message>
    <message>
        <source>Databasen har värden som inte kunde användas som de är (antal: {0}, i workshoppar: {1}). Workshopparna går att öppna, och värdena lämnas orörda i filen tills du rättar dem.</source>
        <translation>The database has values that could not be used as they are (count: {0}, in workshops: {1}). The workshops can be opened, and the values are left untouched in the file until you correct them.</translation>
    </message>
    <message>
        <source>Alla organisationer</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Alla ursprung</source>
        <translation>All origins</translation>
    </message>
    <message>
        <source>Den här datorn</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Med konflikter</source>
        <translation>With conflicts</translation>
    </message>
    <message>
        <source>Ingen workshop vald</source>
        <translation>No workshop chosen</translation>
    </message>
    <message>
        <source>Välj en workshop i listan för att se mer om den.</source>
        <translation>Choose a workshop in the list to see more about it.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Upplägg</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Skattningar</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Beroenden</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Försenade åtgärder</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <source>Ursprung</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Gallras efter</source>
        <translation>Delete after</translation>
    </message>
    <message>
        <source>Duplicera som mall</source>
        <translation>Duplicate as template</translation>
    </message>
    <message>
        <source>Titel på den nya workshoppen:</source>
        <translation>Title of the new workshop:</translation>
    </message>
    <message>
        <source>Kopia av {0}</source>
        <translation>Copy of {0}</translation>
    </message>
    <message>
        <source>Det gick inte att duplicera</source>
        <translation>The workshop could not be duplicated</translation>
    </message>
    <message>
        <source>Ta bort workshop</source>
        <translation>Remove workshop</translation>
    </message>
    <message>
        <source>Vill du ta bort workshoppen ”{0}” med {1}, {2} och {3}? Det går inte att ångra.</source>
        <translation>Do you want to remove the workshop “{0}” with {1}, {2} and {3}? This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>%n deltagare</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beroenden</source>
        <translation>
            <numerusform>%n dependency</numerusform>
            <numerusform>%n dependencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n åtgärder</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Det gick inte att ta bort</source>
        <translation>The workshop could not be removed</translation>
    </message>
    <message>
        <source>(passerat, personuppgifter finns kvar)</source>
        <translation>(passed, personal data remain)</translation>
    </message>
    <message>
        <source>Gallra workshop</source>
        <translation>Purge workshop</translation>
    </message>
    <message>
        <source>Vad ska tas bort ur workshoppen ”{0}”?</source>
        <translation>What should be removed from the workshop “{0}”?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Namn och roller:&lt;/b&gt; deltagarnas namn, roller och egna alias tas bort (antal deltagare: {0}), och anteckningarna visar inte längre vem som skrev dem. Skattningarna, anteckningarna och åtgärdsplanen finns kvar utan namn.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hela workshoppen:&lt;/b&gt; allt i workshoppen tas bort.&lt;/p&gt;&lt;p&gt;Gallringen går inte att ångra. Den når också programmets säkerhetskopior av databasen. Filer du har exporterat och paket du har skickat når den inte.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Names and roles:&lt;/b&gt; the participants&apos; names, roles and typed aliases are removed (participants: {0}), and the notes no longer show who wrote them. The ratings, the notes and the action plan stay, without names.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The whole workshop:&lt;/b&gt; everything in the workshop is removed.&lt;/p&gt;&lt;p&gt;A purge cannot be undone. It also reaches the program&apos;s backups of the database. It does not reach files you have exported or packages you have sent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ta bort namn och roller</source>
        <translation>Remove names and roles</translation>
    </message>
    <message>
        <source>Ta bort hela workshoppen</source>
        <translation>Remove the whole workshop</translation>
    </message>
    <message>
        <source>Det gick inte att gallra</source>
        <translation>The purge did not work</translation>
    </message>
    <message>
        <source>Gallringen är klar</source>
        <translation>The purge is done</translation>
    </message>
    <message>
        <source>”{0}” är borttagen.</source>
        <translation>“{0}” is removed.</translation>
    </message>
    <message>
        <source>Namn och roller är borttagna ur ”{0}” (deltagare: {1}, anteckningar: {2}).</source>
        <translation>Names and roles are removed from “{0}” (participants: {1}, notes: {2}).</translation>
    </message>
    <message>
        <source>Databasen ligger på en server: serverns egna säkerhetskopior gallras enligt organisationens rutin för servern.</source>
        <translation>The database is on a server: the server&apos;s own backups are purged by your organisation&apos;s routine for the server.</translation>
    </message>
    <message>
        <source>Tabellerna på servern skrevs inte om, så de borttagna uppgifterna kan finnas kvar i serverns filer. Be den som sköter servern att köra VACUUM FULL på dem.</source>
        <translation>The tables on the server were not rewritten, so the purged data may remain in the server&apos;s files. Ask whoever runs the server to run VACUUM FULL on them.</translation>
    </message>
    <message>
        <source>Säkerhetskopior som gallrades: {0}. Säkerhetskopior som togs bort för att de inte gick att gallra: {1}.</source>
        <translation>Backups purged: {0}. Backups removed because they could not be purged: {1}.</translation>
    </message>
    <message>
        <source>Kan inte gallras, ta bort den själv: {0}</source>
        <translation>Cannot be purged, remove it yourself: {0}</translation>
    </message>
    <message>
        <source>”{0}” lästes in från {1}: kopian där gallras inte härifrån.</source>
        <translation>“{0}” was imported from {1}: the copy there is not purged from here.</translation>
    </message>
    <message>
        <source>Filer som du har exporterat (Excel, PDF, CSV) och paket som du har skickat innehåller fortfarande det de innehöll: ta bort dem själv.</source>
        <translation>Files you have exported (Excel, PDF, CSV) and packages you have sent still hold what they held: remove them yourself.</translation>
    </message>
    <message>
        <source>Workshoppar</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Ny workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Visa problemen…</source>
        <translation>Show the problems…</translation>
    </message>
    <message>
        <source>Sök workshoppar</source>
        <translation>Search workshops</translation>
    </message>
    <message>
        <source>Sök på titel, organisation eller enhet</source>
        <translation>Search by title, organisation or unit</translation>
    </message>
    <message>
        <source>Visa bara workshoppar från en organisation</source>
        <translation>Show only workshops from one organisation</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Visa bara workshoppar från en viss period</source>
        <translation>Show only workshops from a certain period</translation>
    </message>
    <message>
        <source>Workshoppens status</source>
        <translation>Workshop status</translation>
    </message>
    <message>
        <source>Visa bara workshoppar med en viss status</source>
        <translation>Show only workshops with a certain status</translation>
    </message>
    <message>
        <source>&amp;Ursprung:</source>
        <translation>Or&amp;igin:</translation>
    </message>
    <message>
        <source>Visa bara workshoppar som gjorts här, som importerats från en viss dator eller som har konflikter kvar att välja i</source>
        <translation>Show only workshops made here, imported from a certain computer, or with conflicts left to choose in</translation>
    </message>
    <message>
        <source>Här samlar du dina workshoppar om förändringsberedskap. Programmet leder dig steg för steg från förberedelser till en handlingsplan med ansvariga och datum. Samordnar du? Importera de workshoppar som processledarna har delat med dig.</source>
        <translation>Here you gather your workshops on readiness for change. The program guides you step by step from preparation to an action plan with owners and dates. Are you a coordinator? Import the workshops that the facilitators have shared with you.</translation>
    </message>
    <message>
        <source>Öppna exempelworkshop</source>
        <translation>Open example workshop</translation>
    </message>
    <message>
        <source>Importera workshoppar…</source>
        <translation>Import workshops…</translation>
    </message>
    <message>
        <source>En rad per workshop. Den markerade visas i detaljerna bredvid; Enter öppnar den.</source>
        <translation>One row per workshop. The selected one is shown in the details beside it; Enter opens it.</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Exportera…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Som Excel och PDF, för den valda workshoppen eller en sammanställning av flera</source>
        <translation>As Excel and PDF, for the chosen workshop or a compilation of several</translation>
    </message>
    <message>
        <source>En ny workshop med samma uppgifter och deltagare, men utan svar och resultat</source>
        <translation>A new workshop with the same details and participants, but without answers and results</translation>
    </message>
    <message>
        <source>Ta bort…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Gallra…</source>
        <translation>Purge…</translation>
    </message>
    <message>
        <source>Ta bort deltagarnas namn och roller, eller hela workshoppen, när uppgifterna inte ska sparas längre</source>
        <translation>Remove the participants&apos; names and roles, or the whole workshop, when the data is no longer to be kept</translation>
    </message>
    <message>
        <source>Senast öppnade</source>
        <translation>Last opened</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Öppnar databasen…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Inställningar &amp;för databasen…</source>
        <translation>Database setti&amp;ngs…</translation>
    </message>
    <message>
        <source>Var säkerhetskopiorna sparas och hur länge personuppgifterna sparas</source>
        <translation>Where the backups are saved and how long the personal data is kept</translation>
    </message>
    <message>
        <source>&amp;Ljudsignal när tiden är slut</source>
        <translation>&amp;Sound when time is up</translation>
    </message>
    <message>
        <source>&amp;Ändringslogg…</source>
        <translation>Change &amp;log…</translation>
    </message>
    <message>
        <source>Vad som har ändrats i workshoppen sedan den markerades som genomförd.</source>
        <translation>What has been changed in the workshop since it was marked as held.</translation>
    </message>
    <message>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Handledning för processledare (PDF)</source>
        <translation>&amp;Facilitator&apos;s handbook (PDF)</translation>
    </message>
    <message>
        <source>Metoden och alla steg samlade i en PDF att läsa före workshoppen och skriva ut</source>
        <translation>The method and all the steps in one PDF to read before the workshop and print</translation>
    </message>
    <message>
        <source>&amp;Dela workshop…</source>
        <translation>&amp;Share workshop…</translation>
    </message>
    <message>
        <source>Sparar workshoppen som en fil som en samordnare kan läsa in.</source>
        <translation>Saves the workshop as a file that a coordinator can read in.</translation>
    </message>
    <message>
        <source>Öppna &amp;databas…</source>
        <translation>Open &amp;database…</translation>
    </message>
    <message>
        <source>Byter till en annan databasfil eller en gemensam databas på en server.</source>
        <translation>Switches to another database file or a shared database on a server.</translation>
    </message>
    <message>
        <source>&amp;Importera workshoppar…</source>
        <translation>&amp;Import workshops…</translation>
    </message>
    <message>
        <source>Läser in workshoppar från paket (.hallbar) som processledare har delat.</source>
        <translation>Reads in workshops from packages (.hallbar) that facilitators have shared.</translation>
    </message>
    <message>
        <source>&amp;Konflikter från import…</source>
        <translation>&amp;Conflicts from import…</translation>
    </message>
    <message>
        <source>&amp;Problem i databasen…</source>
        <translation>&amp;Problems in the database…</translation>
    </message>
    <message>
        <source>Re&amp;gisterförteckning för dataskyddsombudet…</source>
        <translation>Record of processin&amp;g for the data protection officer…</translation>
    </message>
    <message>
        <source>Sparar en förteckning över personuppgifterna i databasen som PDF eller Excel: vilka och hur många, hur länge de sparas, var de finns och vem som kommer åt dem.</source>
        <translation>Saves a record of the personal data in the database as PDF or Excel: which and how many, how long they are kept, where they are and who can reach them.</translation>
    </message>
    <message>
        <source>&amp;Mallar för skattningen…</source>
        <translation>Rating &amp;templates…</translation>
    </message>
    <message>
        <source>&amp;Biblioteket</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>Översikt för &amp;samordnare</source>
        <translation>&amp;Coordinator&apos;s overview</translation>
    </message>
    <message>
        <source>Alla workshoppars åtgärder, beredskap över tid och beroenden på en gång</source>
        <translation>All workshops&apos; actions, readiness over time and dependencies at once</translation>
    </message>
    <message>
        <source>Vy</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Bibliotek (Ctrl+1)</source>
        <translation>Library (Ctrl+1)</translation>
    </message>
    <message>
        <source>Översikt för samordnare (Ctrl+2)</source>
        <translation>Coordinator&apos;s overview (Ctrl+2)</translation>
    </message>
    <message>
        <source>Workshoppen kunde inte delas</source>
        <translation>The workshop could not be shared</translation>
    </message>
    <message>
        <source>Paketen kunde inte importeras</source>
        <translation>The packages could not be imported</translation>
    </message>
    <message>
        <source>Registerförteckningen kunde inte sparas</source>
        <translation>The record of processing could not be saved</translation>
    </message>
    <message>
        <source>Lösenord till databasservern</source>
        <translation>Database server password</translation>
    </message>
    <message>
        <source>Lösenord för {0} till databasen {1} på {2}. Programmet sparar det inte. Lämna fältet tomt om servern inte kräver lösenord eller om det står i din pgpass-fil.</source>
        <translation>Password for {0} to the database {1} on {2}. The program does not save it. Leave the field empty if the server needs no password or if it is in your pgpass file.</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Öppnar {0}…</source>
        <translation>Opening {0}…</translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <source>Mallen ”{0}” version {1} är sparad. Välj den när du skapar en ny workshop.</source>
        <translation>The template “{0}” version {1} is saved. Choose it when you create a new workshop.</translation>
    </message>
    <message>
        <source>Problemen kunde inte läsas</source>
        <translation>The problems could not be read</translation>
    </message>
    <message>
        <source>Ändringsloggen kunde inte läsas</source>
        <translation>The change log could not be read</translation>
    </message>
    <message>
        <source>Dela workshop</source>
        <translation>Share workshop</translation>
    </message>
    <message>
        <source>Välj först den workshop du vill dela i listan.</source>
        <translation>First choose the workshop you want to share in the list.</translation>
    </message>
    <message>
        <source>Registerförteckningen är sparad i {0}</source>
        <translation>The record of processing is saved in {0}</translation>
    </message>
    <message>
        <source>Workshoppen är sparad i {0}</source>
        <translation>The workshop is saved in {0}</translation>
    </message>
    <message>
        <source>Workshoppen är delad</source>
        <translation>The workshop is shared</translation>
    </message>
    <message>
        <source>Workshoppen är sparad i {0}. Filen kan skickas till den som samordnar workshopparna.</source>
        <translation>The workshop is saved in {0}. The file can be sent to the person who coordinates the workshops.</translation>
    </message>
    <message>
        <source>Allt i paketen fanns redan i databasen. Ingenting ändrades.</source>
        <translation>Everything in the packages was already in the database. Nothing was changed.</translation>
    </message>
    <message>
        <source>Importen är klar. Nya workshoppar: {0}. Uppdaterade: {1}. Nya konflikter: {2}.</source>
        <translation>The import is done. New workshops: {0}. Updated: {1}. New conflicts: {2}.</translation>
    </message>
    <message>
        <source>Importen är klar</source>
        <translation>The import is done</translation>
    </message>
    <message>
        <source>Databasen säkerhetskopierades först till {0}.</source>
        <translation>The database was first backed up to {0}.</translation>
    </message>
    <message>
        <source>&amp;Visa konflikter</source>
        <translation>&amp;Show conflicts</translation>
    </message>
    <message>
        <source>Konflikterna kunde inte läsas</source>
        <translation>The conflicts could not be read</translation>
    </message>
    <message>
        <source>Valet kunde inte sparas</source>
        <translation>The choice could not be saved</translation>
    </message>
    <message>
        <source>”{0}”: versionen från paketet gäller nu.</source>
        <translation>“{0}”: the version from the package now applies.</translation>
    </message>
    <message>
        <source>”{0}”: versionen här behålls.</source>
        <translation>“{0}”: the version here is kept.</translation>
    </message>
    <message>
        <source>Konflikter kvar att välja: {0}.</source>
        <translation>Conflicts left to choose: {0}.</translation>
    </message>
    <message>
        <source>Listan över workshoppar kunde inte läsas</source>
        <translation>The list of workshops could not be read</translation>
    </message>
    <message>
        <source>Använda värdet som visas?</source>
        <translation>Use the value shown?</translation>
    </message>
    <message>
        <source>{0}, {1}: i filen står {2}. Vill du spara {3} i stället? Det som står i filen nu tas då bort.</source>
        <translation>{0}, {1}: the file says {2}. Do you want to save {3} instead? What the file says now is then removed.</translation>
    </message>
    <message>
        <source>Det gick inte</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <source>Databasen är återställd till hur den var {0} klockan {1}.</source>
        <translation>The database is restored to how it was on {0} at {1}.</translation>
    </message>
    <message>
        <source>Databasen som den var innan finns kvar bland säkerhetskopiorna (slag: Före återställning), så du kan ångra genom att återställa den.</source>
        <translation>The database as it was before is kept among the backups (kind: Before restore), so you can undo by restoring it.</translation>
    </message>
    <message>
        <source>Filen som den var innan gick inte att läsa som databas. Den finns kvar oförändrad som {0}.</source>
        <translation>The file as it was before could not be read as a database. It is kept unchanged as {0}.</translation>
    </message>
    <message>
        <source>Databasen är återställd</source>
        <translation>The database is restored</translation>
    </message>
    <message>
        <source>Säkerhetskopian kunde inte göras</source>
        <translation>The backup could not be made</translation>
    </message>
    <message>
        <source>Workshoppar</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Databas: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>Översikt för samordnare</source>
        <translation>Coordinator&apos;s overview</translation>
    </message>
    <message>
        <source>Workshoppen kunde inte öppnas</source>
        <translation>The workshop could not be opened</translation>
    </message>
    <message>
        <source>Workshoppen har värden i filen som inte kunde användas som de är (antal: {0}): se Arkiv &gt; Problem i databasen…</source>
        <translation>The workshop has values in the file that could not be used as they are (count: {0}): see File &gt; Problems in the database…</translation>
    </message>
    <message>
        <source>Ändrad av någon annan</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Någon annan har ändrat det här medan du hade workshoppen öppen. Vilket ska gälla?</source>
        <translation>Someone else changed this while you had the workshop open. Which should apply?</translation>
    </message>
    <message>
        <source>Spara min ändring</source>
        <translation>Save my change</translation>
    </message>
    <message>
        <source>Behåll det som är sparat</source>
        <translation>Keep what is saved</translation>
    </message>
    <message>
        <source>Exemplet kunde inte skapas</source>
        <translation>The example could not be created</translation>
    </message>
    <message numerus="yes">
        <source>%n deltagare</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beroenden</source>
        <translation>
            <numerusform>%n dependency</numerusform>
            <numerusform>%n dependencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n åtgärder</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Sparat {0:%H:%M}</source>
        <translation>Saved {0:%H:%M}</translation>
    </message>
    <message>
        <source>Senaste ändringen sparades inte</source>
        <translation>The latest change was not saved</translation>
    </message>
    <message>
        <source>&amp;Ångra {0}</source>
        <translation>&amp;Undo {0}</translation>
    </message>
    <message>
        <source>&amp;Gör om {0}</source>
        <translation>&amp;Redo {0}</translation>
    </message>
    <message>
        <source>ändra </source>
        <translation>change </translation>
    </message>
    <message>
        <source>ändring av </source>
        <translation>change of </translation>
    </message>
    <message>
        <source>lägg till </source>
        <translation>add </translation>
    </message>
    <message>
        <source>tillägg av </source>
        <translation>adding of </translation>
    </message>
    <message>
        <source>ta bort </source>
        <translation>remove </translation>
    </message>
    <message>
        <source>borttagning av </source>
        <translation>removal of </translation>
    </message>
    <message>
        <source>&amp;Tema</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Följ systemet</source>
        <translation>&amp;Follow the system</translation>
    </message>
    <message>
        <source>&amp;Ljust</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Mörkt</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Hög kontrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>Te&amp;xtstorlek</source>
        <translation>Te&amp;xt size</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>S&amp;törre</source>
        <translation>&amp;Larger</translation>
    </message>
    <message>
        <source>Stö&amp;rst</source>
        <translation>La&amp;rgest</translation>
    </message>
    <message>
        <source>Hållbar förändring</source>
        <translation>Sustainable change</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Ny workshop…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Öppna workshop…</source>
        <translation>&amp;Open workshop…</translation>
    </message>
    <message>
        <source>Gå till listan med alla workshoppar</source>
        <translation>Go to the list of all workshops</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Exportera…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Spara workshoppen, eller en sammanställning av flera, som Excel och PDF</source>
        <translation>Save the workshop, or a compilation of several, as Excel and PDF</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Åte&amp;rställ från säkerhetskopia…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Gå tillbaka till en säkerhetskopia av databasen; den nuvarande sparas först, så du kan ångra</source>
        <translation>Go back to a backup of the database; the current one is kept first, so you can undo</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Föregående steg</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>&amp;Nästa steg</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Starta eller pausa &amp;timer</source>
        <translation>Start or pause &amp;timer</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Visa &amp;handledning</source>
        <translation>Show &amp;guidance</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Om programmet</source>
        <translation>&amp;About the program</translation>
    </message>
</context>
<context>
    <name>MissingWords</name>
    <message>
        <source>Ange organisation</source>
        <translation>Give the organisation</translation>
    </message>
    <message>
        <source>Ange förändringen i fokus</source>
        <translation>Give the change in focus</translation>
    </message>
    <message>
        <source>Ange datum</source>
        <translation>Give the date</translation>
    </message>
    <message>
        <source>Lägg till deltagare</source>
        <translation>Add participants</translation>
    </message>
    <message>
        <source>Beskriv nuläget</source>
        <translation>Describe the current state</translation>
    </message>
    <message>
        <source>Beskriv målbilden</source>
        <translation>Describe the target picture</translation>
    </message>
    <message numerus="yes">
        <source>%n påståenden saknar handuppräckning</source>
        <translation>
            <numerusform>%n statement lacks a show of hands</numerusform>
            <numerusform>%n statements lack a show of hands</numerusform>
        </translation>
    </message>
    <message>
        <source>Inga deltagare</source>
        <translation>No participants</translation>
    </message>
    <message>
        <source>{0} av {1} har inte skattat klart</source>
        <translation>{0} of {1} have not finished rating</translation>
    </message>
    <message numerus="yes">
        <source>Gruppens skattning saknas för %n områden</source>
        <translation>
            <numerusform>The group&apos;s rating is missing for %n dimension</numerusform>
            <numerusform>The group&apos;s rating is missing for %n dimensions</numerusform>
        </translation>
    </message>
    <message>
        <source>Inga beroenden ännu</source>
        <translation>No dependencies yet</translation>
    </message>
    <message numerus="yes">
        <source>%n beroenden saknar påverkan eller påverkbarhet</source>
        <translation>
            <numerusform>%n dependency lacks impact or influence</numerusform>
            <numerusform>%n dependencies lack impact or influence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n punkter saknar trafikljus</source>
        <translation>
            <numerusform>%n point lacks a traffic light</numerusform>
            <numerusform>%n points lack a traffic light</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n högt prioriterade beroenden saknar åtgärd</source>
        <translation>
            <numerusform>%n high-priority dependency lacks an action</numerusform>
            <numerusform>%n high-priority dependencies lack an action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n åtgärder saknar ansvarig eller datum</source>
        <translation>
            <numerusform>%n action lacks an owner or a date</numerusform>
            <numerusform>%n actions lack an owner or a date</numerusform>
        </translation>
    </message>
    <message>
        <source>Boka datum för uppföljning</source>
        <translation>Book a date for the follow-up</translation>
    </message>
    <message>
        <source>Välj workshoppen som följs upp</source>
        <translation>Choose the workshop that is followed up</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ingen (en ny workshop)</source>
        <translation>None (a new workshop)</translation>
    </message>
    <message>
        <source>utan datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Skapa workshop</source>
        <translation>Create workshop</translation>
    </message>
    <message>
        <source>egen</source>
        <translation>own</translation>
    </message>
    <message>
        <source>inbyggd</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>{0} ({1}, version {2})</source>
        <translation>{0} ({1}, version {2})</translation>
    </message>
    <message>
        <source>Ny workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Till exempel: Hållbarhet i projektmedel</source>
        <translation>For example: Sustainability in project funding</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Till exempel: Region Västernorrland</source>
        <translation>For example: Region Västernorrland</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Upplägg</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Antal de&amp;ltagare</source>
        <translation>Number of pa&amp;rticipants</translation>
    </message>
    <message>
        <source>&amp;Följer upp</source>
        <translation>F&amp;ollows up</translation>
    </message>
    <message>
        <source>&amp;Mall för skattningen</source>
        <translation>Rating &amp;template</translation>
    </message>
    <message>
        <source>Påståendena och skalan som workshoppen använder. Workshoppen behåller sin kopia av mallen, även om mallen ändras senare. Egna mallar gör du under Arkiv &gt; Mallar för skattningen.</source>
        <translation>The statements and the scale the workshop uses. The workshop keeps its copy of the template, even if the template is changed later. You make your own templates under File &gt; Rating templates.</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message numerus="yes">
        <source>%n prickar</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message>
        <source>Gruppera</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Gruppera: {0}</source>
        <translation>Group: {0}</translation>
    </message>
    <message>
        <source>Lägg lappen i en grupp eller slå ihop den med en likadan lapp. Du kan också dra lappen till en annan lapp eller grupp.</source>
        <translation>Put the note in a group or merge it with an identical note. You can also drag the note to another note or group.</translation>
    </message>
    <message>
        <source>Ta bort lapp</source>
        <translation>Remove note</translation>
    </message>
    <message>
        <source>Ta bort lappen: {0}</source>
        <translation>Remove the note: {0}</translation>
    </message>
    <message>
        <source>För en lapp som inte hör hit eller som redan finns. Ångra med Ctrl+Z.</source>
        <translation>For a note that does not belong here or that already exists. Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <source>%n lappar väntar. De visas när du visar resultatet.</source>
        <translation>
            <numerusform>%n note is waiting. It is shown when you show the result.</numerusform>
            <numerusform>%n notes are waiting. They are shown when you show the result.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lappar</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Dra en lapp till en annan lapp eller grupp för att gruppera, eller välj Gruppera. Ctrl+Z ångrar.</source>
        <translation>Drag a note to another note or group to group them, or choose Group. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Utan grupp</source>
        <translation>Without a group</translation>
    </message>
    <message>
        <source>prickar: {0}</source>
        <translation>dots: {0}</translation>
    </message>
    <message>
        <source>Dra hit en lapp för att ta den ur sin grupp.</source>
        <translation>Drag a note here to take it out of its group.</translation>
    </message>
    <message>
        <source>Lägg i grupp</source>
        <translation>Put in group</translation>
    </message>
    <message>
        <source>Ny grupp…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <source>Ta ur gruppen {0}</source>
        <translation>Take out of the group {0}</translation>
    </message>
    <message>
        <source>Byt namn på gruppen {0}…</source>
        <translation>Rename the group {0}…</translation>
    </message>
    <message>
        <source>Slå ihop med</source>
        <translation>Merge with</translation>
    </message>
    <message>
        <source>Den du väljer blir kvar med prickarna från båda</source>
        <translation>The one you choose stays, with the dots from both</translation>
    </message>
    <message>
        <source>Ta bort lapp</source>
        <translation>Remove note</translation>
    </message>
    <message>
        <source>Grupp {0}</source>
        <translation>Group {0}</translation>
    </message>
    <message>
        <source>Lägg lapp i grupp</source>
        <translation>Put note in group</translation>
    </message>
    <message>
        <source>Ta lapp ur grupp</source>
        <translation>Take note out of group</translation>
    </message>
    <message>
        <source>Lägg lappar i ny grupp</source>
        <translation>Put notes in new group</translation>
    </message>
    <message>
        <source>Lägg lapp i ny grupp</source>
        <translation>Put note in new group</translation>
    </message>
    <message>
        <source>Byt namn på grupp</source>
        <translation>Rename group</translation>
    </message>
    <message>
        <source>Slå ihop lappar</source>
        <translation>Merge notes</translation>
    </message>
    <message>
        <source>Lappar från deltagarna</source>
        <translation>Notes from the participants</translation>
    </message>
    <message>
        <source>Visa resultat</source>
        <translation>Show result</translation>
    </message>
    <message>
        <source>Visar lapparna här och på deltagarvyn, tillsammans med stegets resultat</source>
        <translation>Shows the notes here and on the participant view, together with the step&apos;s results</translation>
    </message>
    <message>
        <source>Lapparna i sina grupper</source>
        <translation>The notes in their groups</translation>
    </message>
</context>
<context>
    <name>NotesTurn</name>
    <message>
        <source>Lapparna visas med ditt namn, {0}.</source>
        <translation>The notes are shown with your name, {0}.</translation>
    </message>
    <message>
        <source>Lapparna är anonyma.</source>
        <translation>The notes are anonymous.</translation>
    </message>
    <message>
        <source>Skriv en sak per lapp och välj vilken typ den är. {0}</source>
        <translation>Write one thing per note and choose which type it is. {0}</translation>
    </message>
    <message>
        <source>Beskriv roller, inte personer.</source>
        <translation>Describe roles, not people.</translation>
    </message>
    <message>
        <source>Lägg till lappen ({0})</source>
        <translation>Add the note ({0})</translation>
    </message>
    <message>
        <source>Vad kan hindra förändringen? Vad är den beroende av?</source>
        <translation>What could hinder the change? What does it depend on?</translation>
    </message>
    <message>
        <source>Vilka förutsättningar och framgångsfaktorer finns, eller saknas?</source>
        <translation>Which prerequisites and success factors are there, or are missing?</translation>
    </message>
    <message>
        <source>Vilka åtgärder föreslår du?</source>
        <translation>Which actions do you suggest?</translation>
    </message>
    <message>
        <source>Ny lapp i inmatningsläget</source>
        <translation>New note in input mode</translation>
    </message>
    <message>
        <source>Ta bort lapp i inmatningsläget</source>
        <translation>Remove note in input mode</translation>
    </message>
    <message>
        <source>Dina lappar: {0}</source>
        <translation>Your notes: {0}</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ta bort lappen {0}</source>
        <translation>Remove the note {0}</translation>
    </message>
    <message>
        <source>Typ av lapp</source>
        <translation>Type of note</translation>
    </message>
    <message>
        <source>Lappens text</source>
        <translation>The note&apos;s text</translation>
    </message>
    <message>
        <source>Skriv din lapp här…</source>
        <translation>Write your note here…</translation>
    </message>
    <message>
        <source>Lägg till lappen</source>
        <translation>Add the note</translation>
    </message>
    <message>
        <source>Dina lappar</source>
        <translation>Your notes</translation>
    </message>
    <message>
        <source>Klar – lämna över</source>
        <translation>Done – hand over</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Om servern erbjuder det</source>
        <translation>If the server offers it</translation>
    </message>
    <message>
        <source>Alltid</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Alltid, och serverns certifikat kontrolleras</source>
        <translation>Always, and the server&apos;s certificate is checked</translation>
    </message>
    <message>
        <source>Aldrig</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Nu öppen: {0}</source>
        <translation>Open now: {0}</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Skriv vilken databasfil du vill öppna, eller välj den.</source>
        <translation>Type which database file you want to open, or choose it.</translation>
    </message>
    <message>
        <source>Filen {0} finns inte. Kontrollera namnet och mappen.</source>
        <translation>The file {0} does not exist. Check the name and the folder.</translation>
    </message>
    <message>
        <source>serverns namn</source>
        <translation>server name</translation>
    </message>
    <message>
        <source>databas</source>
        <translation>database</translation>
    </message>
    <message>
        <source>användarnamn</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>Fyll i det som saknas: {0}.</source>
        <translation>Fill in what is missing: {0}.</translation>
    </message>
    <message>
        <source>Välj databasfil</source>
        <translation>Choose database file</translation>
    </message>
    <message>
        <source>Databasfiler (*.sqlite3 *.sqlite *.db);;Alla filer (*)</source>
        <translation>Database files (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Öppna databas</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>&amp;Senast öppnade databaser</source>
        <translation>&amp;Recently opened databases</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>En databasfil på den här datorn eller en delad mapp. Den kan bara vara öppen i ett fönster åt gången.</source>
        <translation>A database file on this computer or in a shared folder. It can be open in only one window at a time.</translation>
    </message>
    <message>
        <source>Fi&amp;l</source>
        <translation>Fi&amp;le</translation>
    </message>
    <message>
        <source>&amp;Välj fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>En gemensam databas på en PostgreSQL-server, som flera kan använda samtidigt. Uppgifterna får du av den som sköter servern. Lösenordet frågar programmet efter när du öppnar.</source>
        <translation>A shared database on a PostgreSQL server, which several people can use at once. The person who runs the server gives you these details. The program asks for the password when you open it.</translation>
    </message>
    <message>
        <source>Serv&amp;erns namn</source>
        <translation>Serv&amp;er name</translation>
    </message>
    <message>
        <source>till exempel db.region.se</source>
        <translation>for example db.region.se</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Databas</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>till exempel hallbar</source>
        <translation>for example hallbar</translation>
    </message>
    <message>
        <source>&amp;Användarnamn</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Kryptering</source>
        <translation>&amp;Encryption</translation>
    </message>
</context>
<context>
    <name>OpenHandbook</name>
    <message>
        <source>Handledning för processledare {0}.pdf</source>
        <translation>Facilitator&apos;s handbook {0}.pdf</translation>
    </message>
    <message>
        <source>Skapar handledningen…</source>
        <translation>Creating the handbook…</translation>
    </message>
    <message>
        <source>Handledningen sparades som {0}, men inget program på datorn kunde öppna den. Öppna filen i ett program för PDF-filer.</source>
        <translation>The handbook was saved as {0}, but no program on the computer could open it. Open the file in a program for PDF files.</translation>
    </message>
    <message>
        <source>Handledningen kunde inte öppnas</source>
        <translation>The handbook could not be opened</translation>
    </message>
</context>
<context>
    <name>OpenWorkshop</name>
    <message>
        <source>Vänta tills den förra ändringen har sparats och gör sedan om den här.</source>
        <translation>Wait until the previous change has been saved, then make this one again.</translation>
    </message>
    <message>
        <source>Det du ändrar finns inte längre i workshoppen. Ladda om sidan.</source>
        <translation>What you are changing is no longer in the workshop. Reload the page.</translation>
    </message>
</context>
<context>
    <name>OptionalDateField</name>
    <message>
        <source>v. {0}</source>
        <translation>wk {0}</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Skriv datumet som ÅÅÅÅ-MM-DD, eller välj det i kalendern med Alt+↓.</source>
        <translation>Write the date as YYYY-MM-DD, or choose it in the calendar with Alt+↓.</translation>
    </message>
    <message>
        <source>Datum som ÅÅÅÅ-MM-DD. Alt+pil ned öppnar kalendern.</source>
        <translation>Date as YYYY-MM-DD. Alt+down arrow opens the calendar.</translation>
    </message>
    <message>
        <source>Välj i kalendern</source>
        <translation>Choose in the calendar</translation>
    </message>
    <message>
        <source>Välj datumet i kalendern (Alt+↓)</source>
        <translation>Choose the date in the calendar (Alt+↓)</translation>
    </message>
    <message>
        <source>Ta bort datum</source>
        <translation>Remove date</translation>
    </message>
    <message>
        <source>Fältet lämnas tomt tills du väljer ett nytt datum.</source>
        <translation>The field is left empty until you choose a new date.</translation>
    </message>
    <message>
        <source>Ta bort datum: {0}</source>
        <translation>Remove date: {0}</translation>
    </message>
    <message>
        <source>Kalender: {0}</source>
        <translation>Calendar: {0}</translation>
    </message>
    <message>
        <source>Datumet {0} finns inte och har inte sparats. Skriv ett annat.</source>
        <translation>The date {0} does not exist and has not been saved. Write another one.</translation>
    </message>
    <message>
        <source>Det här är inget datum och har inte sparats. Skriv det som ÅÅÅÅ-MM-DD, till exempel {0}, eller tryck Esc för att ångra.</source>
        <translation>This is not a date and has not been saved. Write it as YYYY-MM-DD, for example {0}, or press Esc to undo.</translation>
    </message>
</context>
<context>
    <name>ParticipantRatingWidget</name>
    <message>
        <source>Påståenden och svar</source>
        <translation>Statements and answers</translation>
    </message>
    <message>
        <source>En rad per påstående med deltagarens svar. Tryck 1–5 för att svara, 0 eller V för Vet ej och Delete för att ta bort svaret.</source>
        <translation>One row per statement with the participant&apos;s answer. Press 1–5 to answer, 0 or V for Don&apos;t know and Delete to remove the answer.</translation>
    </message>
    <message>
        <source>0 eller V  Vet ej</source>
        <translation>0 or V  Don&apos;t know</translation>
    </message>
    <message>
        <source>Delete  Rensa svaret</source>
        <translation>Delete  Clear the answer</translation>
    </message>
    <message>
        <source>Ta bort svaret på påståendet</source>
        <translation>Remove the answer to the statement</translation>
    </message>
    <message>
        <source>Tangenter: 1–5 sparar svaret och går till nästa påstående, 0 eller V betyder Vet ej, Delete rensar, piltangenterna flyttar.</source>
        <translation>Keys: 1–5 saves the answer and goes to the next statement, 0 or V means Don&apos;t know, Delete clears, the arrow keys move.</translation>
    </message>
    <message>
        <source>Ingen deltagare vald</source>
        <translation>No participant chosen</translation>
    </message>
    <message>
        <source>Välj en deltagare för att skriva in svar.</source>
        <translation>Choose a participant to enter answers.</translation>
    </message>
    <message>
        <source>Svar från {0}</source>
        <translation>Answers from {0}</translation>
    </message>
    <message>
        <source>Påstående {0} av {1} · {2} besvarade</source>
        <translation>Statement {0} of {1} · {2} answered</translation>
    </message>
    <message>
        <source>inget svar ännu</source>
        <translation>no answer yet</translation>
    </message>
    <message>
        <source>{0}. {1}
Svar: {2}</source>
        <translation>{0}. {1}
Answer: {2}</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Så syns deltagaren i rummet och i exporterna.</source>
        <translation>How the participant is shown in the room and in the exports.</translation>
    </message>
    <message>
        <source>Namn är personuppgifter. Fyll bara i dem om ni behöver dem; de visas bara när du slår på ”Visa deltagarnas namn”.</source>
        <translation>Names are personal data. Only fill them in if you need them; they are shown only when you turn on “Show the participants&apos; names”.</translation>
    </message>
    <message>
        <source>Till exempel handläggare eller enhetschef. Beskriv roller, inte personer.</source>
        <translation>For example case officer or head of unit. Describe roles, not people.</translation>
    </message>
    <message>
        <source>Hur många av påståendena deltagaren har svarat på.</source>
        <translation>How many of the statements the participant has answered.</translation>
    </message>
    <message>
        <source>{0} av {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <source>Ändra deltagare</source>
        <translation>Change participant</translation>
    </message>
</context>
<context>
    <name>ParticipantView</name>
    <message>
        <source>Deltagarvy – {0}</source>
        <translation>Participant view – {0}</translation>
    </message>
    <message>
        <source>Snart börjar vi</source>
        <translation>We will start soon</translation>
    </message>
    <message>
        <source>Resultaten visas snart.</source>
        <translation>The results are shown soon.</translation>
    </message>
    <message>
        <source>Nuläge</source>
        <translation>Current state</translation>
    </message>
    <message>
        <source>Målbild</source>
        <translation>Target picture</translation>
    </message>
    <message>
        <source>Förändringen i fokus</source>
        <translation>Change in focus</translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Inte skrivet ännu.</source>
        <translation>Not written yet.</translation>
    </message>
    <message>
        <source>Alla är klara.</source>
        <translation>Everyone is done.</translation>
    </message>
    <message>
        <source>{0} av {1} klara</source>
        <translation>{0} of {1} done</translation>
    </message>
    <message>
        <source>Tiden är slut</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Tid kvar {0}</source>
        <translation>Time left {0}</translation>
    </message>
    <message>
        <source>Deltagarvy</source>
        <translation>Participant view</translation>
    </message>
    <message>
        <source>Tid kvar</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Paus</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Vi fortsätter strax.</source>
        <translation>We will continue shortly.</translation>
    </message>
    <message>
        <source>Släckt skärm</source>
        <translation>Blank screen</translation>
    </message>
    <message>
        <source>Svara i mobilen</source>
        <translation>Answer on your phone</translation>
    </message>
    <message>
        <source>QR-kod till deltagarsidan</source>
        <translation>QR code to the participant page</translation>
    </message>
    <message>
        <source>Kod: {0}</source>
        <translation>Code: {0}</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Alla datum</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Kommande</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Senaste 12 månaderna</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Förra året</source>
        <translation>Last year</translation>
    </message>
</context>
<context>
    <name>PhoneAnswers</name>
    <message>
        <source>Skattning i mobilen: {0}</source>
        <translation>Rating on a phone: {0}</translation>
    </message>
    <message>
        <source>Lapp från mobilen: {0}</source>
        <translation>Note from a phone: {0}</translation>
    </message>
    <message>
        <source>Lapp borttagen i mobilen: {0}</source>
        <translation>Note removed on a phone: {0}</translation>
    </message>
    <message>
        <source>Prickar i mobilen: {0}</source>
        <translation>Dots on a phone: {0}</translation>
    </message>
</context>
<context>
    <name>PhoneAnswersWindow</name>
    <message>
        <source>Vänta på nästa steg (inget öppet)</source>
        <translation>Wait for the next step (nothing open)</translation>
    </message>
    <message>
        <source>Skatta påståendena</source>
        <translation>Rate the statements</translation>
    </message>
    <message>
        <source>Skriva lappar: {0}</source>
        <translation>Write notes: {0}</translation>
    </message>
    <message>
        <source>Fördela prickar: {0}</source>
        <translation>Give out dots: {0}</translation>
    </message>
    <message>
        <source>Datorn är inte ansluten till något lokalt nätverk.</source>
        <translation>The computer is not connected to any local network.</translation>
    </message>
    <message>
        <source>Deltagarsidan kunde inte startas: {0}</source>
        <translation>The participant page could not be started: {0}</translation>
    </message>
    <message>
        <source>Deltagarsidan är stängd.</source>
        <translation>The participant page is closed.</translation>
    </message>
    <message>
        <source>Gå till {0}
Kod: {1}</source>
        <translation>Go to {0}
Code: {1}</translation>
    </message>
    <message>
        <source>Anslutna: {0} · klara: {1}</source>
        <translation>Connected: {0} · done: {1}</translation>
    </message>
    <message>
        <source>QR-kod till deltagarsidan</source>
        <translation>QR code to the participant page</translation>
    </message>
    <message>
        <source>Väljer vem den är …</source>
        <translation>Choosing who they are …</translation>
    </message>
    <message>
        <source>Låt deltagarna svara i mobilen</source>
        <translation>Let the participants answer on their phones</translation>
    </message>
    <message>
        <source>Deltagarna svarar i sina egna mobiler via rummets nätverk, utan internet. Mobilerna och datorn ska vara anslutna till samma wifi, till exempel datorns egen surfzon eller en reserouter.</source>
        <translation>The participants answer on their own phones over the room&apos;s network, without internet. The phones and the computer must be on the same Wi-Fi, for example the computer&apos;s own hotspot or a pocket router.</translation>
    </message>
    <message>
        <source>&amp;Nätverk</source>
        <translation>&amp;Network</translation>
    </message>
    <message>
        <source>Nätverk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>&amp;Vad deltagarna gör</source>
        <translation>&amp;What the participants do</translation>
    </message>
    <message>
        <source>Vad deltagarna gör</source>
        <translation>What the participants do</translation>
    </message>
    <message>
        <source>&amp;Anslutna mobiler</source>
        <translation>&amp;Connected phones</translation>
    </message>
    <message>
        <source>Anslutna mobiler</source>
        <translation>Connected phones</translation>
    </message>
    <message>
        <source>&amp;Ta bort mobilen</source>
        <translation>&amp;Remove the phone</translation>
    </message>
    <message>
        <source>Mobilen kopplas bort och måste gå med igen med koden. Det den har skickat finns kvar.</source>
        <translation>The phone is disconnected and must join again with the code. What it has sent stays.</translation>
    </message>
    <message>
        <source>&amp;Starta</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>&amp;Stoppa</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <source>Deltagarsidan stängs och alla mobiler kopplas bort</source>
        <translation>The participant page closes and every phone is disconnected</translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <source>Ändra titel</source>
        <translation>Change title</translation>
    </message>
    <message>
        <source>Ändra organisation</source>
        <translation>Change organisation</translation>
    </message>
    <message>
        <source>Ändra enhet</source>
        <translation>Change unit</translation>
    </message>
    <message>
        <source>Ändra förändringen i fokus</source>
        <translation>Change the change in focus</translation>
    </message>
    <message>
        <source>Ändra plats</source>
        <translation>Change place</translation>
    </message>
    <message>
        <source>Ändra processledare</source>
        <translation>Change facilitator</translation>
    </message>
    <message>
        <source>Ändra datum</source>
        <translation>Change date</translation>
    </message>
    <message>
        <source>Ändra datum för uppföljning</source>
        <translation>Change follow-up date</translation>
    </message>
    <message>
        <source>Ändra gallringsdatum</source>
        <translation>Change deletion date</translation>
    </message>
    <message>
        <source>Ändra variant</source>
        <translation>Change variant</translation>
    </message>
    <message>
        <source>Ändra status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Ändra inmatning</source>
        <translation>Change input</translation>
    </message>
    <message>
        <source>Visa namn</source>
        <translation>Show names</translation>
    </message>
    <message>
        <source>Dölj namn</source>
        <translation>Hide names</translation>
    </message>
    <message>
        <source>Upplägget går inte att ändra när något redan är registrerat i workshoppen, eftersom den bestämmer vilka steg som finns.</source>
        <translation>The format cannot be changed once something is recorded in the workshop, since it decides which steps there are.</translation>
    </message>
    <message>
        <source>Upplägget bestämmer vilka steg workshoppen har och hur lång den är.</source>
        <translation>The format decides which steps the workshop has and how long it is.</translation>
    </message>
    <message>
        <source>Lägg till deltagare</source>
        <translation>Add participants</translation>
    </message>
    <message>
        <source>Ta bort deltagare</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Flytta deltagare upp</source>
        <translation>Move participant up</translation>
    </message>
    <message>
        <source>Flytta deltagare ned</source>
        <translation>Move participant down</translation>
    </message>
    <message>
        <source>Förberedelser</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Fyll i det du vet före workshoppen. Varje fält sparas när du lämnar det, och Ctrl+Z ångrar.</source>
        <translation>Fill in what you know before the workshop. Each field is saved when you leave it, and Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Om workshoppen</source>
        <translation>About the workshop</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Vad heter workshoppen?</source>
        <translation>What is the workshop called?</translation>
    </message>
    <message>
        <source>&amp;Organisation eller region</source>
        <translation>&amp;Organisation or region</translation>
    </message>
    <message>
        <source>Organisation eller region</source>
        <translation>Organisation or region</translation>
    </message>
    <message>
        <source>Till exempel Region Exempelland</source>
        <translation>For example Region Exampleland</translation>
    </message>
    <message>
        <source>&amp;Enhet</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Förvaltning, avdelning eller enhet</source>
        <translation>Administration, department or unit</translation>
    </message>
    <message>
        <source>&amp;Förändringen i fokus</source>
        <translation>&amp;Change in focus</translation>
    </message>
    <message>
        <source>Förändringen i fokus</source>
        <translation>Change in focus</translation>
    </message>
    <message>
        <source>Vilken förändring handlar workshoppen om, i en eller två meningar?</source>
        <translation>What change is the workshop about, in one or two sentences?</translation>
    </message>
    <message>
        <source>&amp;Plats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Lokal eller länk till mötet</source>
        <translation>Room or link to the meeting</translation>
    </message>
    <message>
        <source>Pro&amp;cessledare</source>
        <translation>Fa&amp;cilitator</translation>
    </message>
    <message>
        <source>Processledare</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Namn eller roll</source>
        <translation>Name or role</translation>
    </message>
    <message>
        <source>Upplägg och datum</source>
        <translation>Format and date</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Datum för workshoppen</source>
        <translation>Date of the workshop</translation>
    </message>
    <message>
        <source>&amp;Upplägg</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Upplägg</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Inmatning</source>
        <translation>&amp;Input</translation>
    </message>
    <message>
        <source>Så svarar deltagarna</source>
        <translation>How the participants answer</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Visa deltagarnas na&amp;mn</source>
        <translation>Show the participants&apos; na&amp;mes</translation>
    </message>
    <message>
        <source>Av: deltagarna syns med alias i rummet och på skärmen. På: namn visas där de är ifyllda.</source>
        <translation>Off: the participants are shown by alias in the room and on screen. On: names are shown where they are filled in.</translation>
    </message>
    <message>
        <source>Namn är personuppgifter och är frivilliga. Beskriv roller, inte personer.</source>
        <translation>Names are personal data and optional. Describe roles, not people.</translation>
    </message>
    <message>
        <source>Uppföl&amp;jning</source>
        <translation>Follow-&amp;up</translation>
    </message>
    <message>
        <source>Datum för uppföljning</source>
        <translation>Date of follow-up</translation>
    </message>
    <message>
        <source>&amp;Gallras efter</source>
        <translation>&amp;Delete after</translation>
    </message>
    <message>
        <source>Gallras efter</source>
        <translation>Delete after</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Deltagarna syns med alias. Namn och roll är frivilliga; namn är personuppgifter, så fyll bara i dem om ni behöver dem. Dubbelklicka eller tryck F2 för att ändra en cell.</source>
        <translation>The participants are shown by alias. Name and role are optional; names are personal data, so only fill them in if you need them. Double-click or press F2 to change a cell.</translation>
    </message>
    <message>
        <source>En rad per deltagare. Skriv i en cell eller tryck F2 för att ändra den; ändringen sparas direkt.</source>
        <translation>One row per participant. Type in a cell or press F2 to change it; the change is saved at once.</translation>
    </message>
    <message>
        <source>Inga deltagare ännu. Lägg till den första med Ctrl+Enter.</source>
        <translation>No participants yet. Add the first with Ctrl+Enter.</translation>
    </message>
    <message>
        <source>&amp;Lägg till deltagare</source>
        <translation>&amp;Add participant</translation>
    </message>
    <message>
        <source>Ny deltagare sist i listan, med nästa lediga alias. Kortkommando: Ctrl+Enter.</source>
        <translation>New participant last in the list, with the next free alias. Shortcut: Ctrl+Enter.</translation>
    </message>
    <message>
        <source>Ta &amp;bort deltagare</source>
        <translation>Re&amp;move participant</translation>
    </message>
    <message>
        <source>Deltagarens svar tas också bort. Ctrl+Z ångrar och tar tillbaka svaren.</source>
        <translation>The participant&apos;s answers are removed too. Ctrl+Z undoes and brings the answers back.</translation>
    </message>
    <message>
        <source>Fl&amp;ytta upp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Flytta &amp;ned</source>
        <translation>Move do&amp;wn</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>Inget område</source>
        <translation>No area</translation>
    </message>
    <message>
        <source>Gör till framgångsfaktor</source>
        <translation>Make into success factor</translation>
    </message>
    <message>
        <source>Gör lapp till framgångsfaktor</source>
        <translation>Make note into success factor</translation>
    </message>
    <message>
        <source>Ta bort punkt</source>
        <translation>Remove point</translation>
    </message>
    <message>
        <source>Lägg till punkt</source>
        <translation>Add point</translation>
    </message>
    <message>
        <source>Lägg till framgångsfaktor</source>
        <translation>Add success factor</translation>
    </message>
    <message>
        <source>Ta bort framgångsfaktor</source>
        <translation>Remove success factor</translation>
    </message>
    <message>
        <source>Förutsättningar och framgångsfaktorer</source>
        <translation>Prerequisites and success factors</translation>
    </message>
    <message>
        <source>Ge varje punkt ett trafikljus och skriv en kort anteckning. Med tangentbordet: Tab till punkten, piltangenterna till ljuset och Mellanslag för att välja det. Rubriken för varje område visar hur punkterna fördelar sig på ljusen. Markera det som fungerar som en styrka att bygga vidare på.</source>
        <translation>Give each point a traffic light and write a short note. With the keyboard: Tab to the point, the arrow keys to the light and Space to choose it. The heading of each area shows how the points are spread over the lights. Mark what works as a strength to build on.</translation>
    </message>
    <message>
        <source>Checklista per område</source>
        <translation>Checklist per area</translation>
    </message>
    <message>
        <source>Framgångsfaktorer</source>
        <translation>Success factors</translation>
    </message>
    <message>
        <source>Drivkrafter som gruppen kan bygga vidare på. I rapporten står de mot beroendena.</source>
        <translation>Driving forces that the group can build on. In the report they are set against the dependencies.</translation>
    </message>
    <message>
        <source>Inga framgångsfaktorer ännu. Skriv den första nedan och tryck Ctrl+Enter, eller låt deltagarna skriva lappar i inmatningsläget (F6).</source>
        <translation>No success factors yet. Write the first below and press Ctrl+Enter, or let the participants write notes in input mode (F6).</translation>
    </message>
    <message>
        <source>&amp;Ny framgångsfaktor</source>
        <translation>&amp;New success factor</translation>
    </message>
    <message>
        <source>Ny framgångsfaktor</source>
        <translation>New success factor</translation>
    </message>
    <message>
        <source>Vad fungerar redan och hjälper förändringen framåt?</source>
        <translation>What already works and helps the change forward?</translation>
    </message>
    <message>
        <source>O&amp;mråde</source>
        <translation>A&amp;rea</translation>
    </message>
    <message>
        <source>Område för den nya framgångsfaktorn</source>
        <translation>Area of the new success factor</translation>
    </message>
    <message>
        <source>&amp;Lägg till framgångsfaktor</source>
        <translation>&amp;Add success factor</translation>
    </message>
    <message>
        <source>Ctrl+Enter eller Enter i textfältet gör samma sak.</source>
        <translation>Ctrl+Enter or Enter in the text field does the same.</translation>
    </message>
</context>
<context>
    <name>RankedVotesChart</name>
    <message numerus="yes">
        <source>%n prickar</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message>
        <source>nr {0}</source>
        <translation>no. {0}</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <source>{0} av {1} klara</source>
        <translation>{0} of {1} done</translation>
    </message>
    <message>
        <source>{0} handuppräknade svar</source>
        <translation>{0} answers counted by hand</translation>
    </message>
    <message>
        <source>För in ett pappersformulär i taget: Nytt pappersformulär lägger till en anonym deltagare, och tangenterna 1–5, 0 eller V skriver in svaren. Svaren visas inte för gruppen förrän ni går vidare till resultaten.</source>
        <translation>Enter one paper form at a time: New paper form adds an anonymous participant, and the keys 1–5, 0 or V enter the answers. The answers are not shown to the group until you move on to the results.</translation>
    </message>
    <message>
        <source>N&amp;ytt pappersformulär</source>
        <translation>New pa&amp;per form</translation>
    </message>
    <message>
        <source>En anonym deltagare för nästa formulär, redo för svaren (Ctrl+Enter)</source>
        <translation>An anonymous participant for the next form, ready for the answers (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Räkna händerna för varje påstående och skriv in antalen. Svaren visas inte för gruppen förrän ni går vidare till resultaten.</source>
        <translation>Count the hands for each statement and enter the numbers. The answers are not shown to the group until you move on to the results.</translation>
    </message>
    <message>
        <source>Deltagarna svarar själva i inmatningsläget (F6), eller så skriver du in varje deltagares svar här. Svaren visas inte för gruppen förrän ni går vidare till resultaten.</source>
        <translation>The participants answer themselves in input mode (F6), or you enter each participant&apos;s answers here. The answers are not shown to the group until you move on to the results.</translation>
    </message>
    <message>
        <source>Lä&amp;gg till deltagare</source>
        <translation>A&amp;dd participant</translation>
    </message>
    <message>
        <source>Om någon kommer sent eller saknades i listan (Ctrl+Enter)</source>
        <translation>If someone arrives late or was missing from the list (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>klar</source>
        <translation>done</translation>
    </message>
    <message>
        <source>{0} {1} · {2} av {3}</source>
        <translation>{0} {1} · {2} of {3}</translation>
    </message>
    <message>
        <source>{0} av {1} besvarade</source>
        <translation>{0} of {1} answered</translation>
    </message>
    <message>
        <source>inte påbörjad</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>Lägg till deltagare</source>
        <translation>Add participants</translation>
    </message>
    <message>
        <source>Individuell skattning</source>
        <translation>Individual rating</translation>
    </message>
    <message>
        <source>Skriv in varje deltagares svar. Svaren visas inte för gruppen förrän ni går vidare till resultaten.</source>
        <translation>Enter each participant&apos;s answers. The answers are not shown to the group until you move on to the results.</translation>
    </message>
    <message>
        <source>Sätt att föra in svaren</source>
        <translation>Way of entering the answers</translation>
    </message>
    <message>
        <source>Per deltagare</source>
        <translation>Per participant</translation>
    </message>
    <message>
        <source>&amp;Deltagare</source>
        <translation>&amp;Participant</translation>
    </message>
    <message>
        <source>Välj den deltagare vars svar du skriver in. Enter går till påståendena.</source>
        <translation>Choose the participant whose answers you are entering. Enter goes to the statements.</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>0 av 0 klara</source>
        <translation>0 of 0 done</translation>
    </message>
    <message>
        <source>Inga deltagare ännu. Lägg till den första med Ctrl+Enter eller knappen Lägg till deltagare.</source>
        <translation>No participants yet. Add the first with Ctrl+Enter or the Add participant button.</translation>
    </message>
    <message>
        <source>Handuppräckning</source>
        <translation>Show of hands</translation>
    </message>
    <message>
        <source>Läs upp ett påstående i taget och räkna händerna för varje värde. Skriv antalet i rutan, till exempel 3 under 4 om tre svarade 4. Tab går till nästa ruta.</source>
        <translation>Read out one statement at a time and count the hands for each value. Write the number in the box, for example 3 under 4 if three answered 4. Tab goes to the next box.</translation>
    </message>
    <message>
        <source>&amp;Antal svar per påstående och värde</source>
        <translation>&amp;Number of answers per statement and value</translation>
    </message>
    <message>
        <source>Handuppräckning per påstående</source>
        <translation>Show of hands per statement</translation>
    </message>
</context>
<context>
    <name>RatingTableModel</name>
    <message>
        <source>Vet ej</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>{0}, påstående {1}</source>
        <translation>{0}, statement {1}</translation>
    </message>
    <message>
        <source>Rensa skattning: {0}</source>
        <translation>Clear rating: {0}</translation>
    </message>
    <message>
        <source>Skattning: {0}</source>
        <translation>Rating: {0}</translation>
    </message>
</context>
<context>
    <name>RatingTurn</name>
    <message>
        <source>Du svarar som {0}</source>
        <translation>You are answering as {0}</translation>
    </message>
    <message>
        <source>Vet ej</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Påstående {0}</source>
        <translation>Statement {0}</translation>
    </message>
    <message>
        <source>Påstående {0} av {1}</source>
        <translation>Statement {0} of {1}</translation>
    </message>
    <message>
        <source>{0} av {1} besvarade</source>
        <translation>{0} of {1} answered</translation>
    </message>
    <message>
        <source>Svara på alla påståenden först. Vet ej går också bra.</source>
        <translation>Answer all the statements first. Don&apos;t know is fine too.</translation>
    </message>
    <message>
        <source>Svar från {0} i inmatningsläget</source>
        <translation>Answers from {0} in input mode</translation>
    </message>
    <message>
        <source>I vilken grad stämmer det?</source>
        <translation>To what extent is this true?</translation>
    </message>
    <message>
        <source>Gå till påstående</source>
        <translation>Go to statement</translation>
    </message>
    <message>
        <source>◂ Föregående påstående</source>
        <translation>◂ Previous statement</translation>
    </message>
    <message>
        <source>Nästa påstående ▸</source>
        <translation>Next statement ▸</translation>
    </message>
    <message>
        <source>Klar – lämna över</source>
        <translation>Done – hand over</translation>
    </message>
</context>
<context>
    <name>ReadinessOverTimeChart</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Inga skattningar i urvalet för {0}.</source>
        <translation>No ratings in the selection for {0}.</translation>
    </message>
    <message>
        <source>… och fler (se tabellen)</source>
        <translation>… and more (see the table)</translation>
    </message>
    <message>
        <source>{0}
{1}, {2}
{3}: {4}</source>
        <translation>{0}
{1}, {2}
{3}: {4}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Återställ…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Databas: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>Säkerhetskopiorna ligger i {0} och i {1}.</source>
        <translation>The backups are in {0} and in {1}.</translation>
    </message>
    <message>
        <source>Säkerhetskopiorna ligger i {0}.</source>
        <translation>The backups are in {0}.</translation>
    </message>
    <message>
        <source>Den här säkerhetskopian går inte att läsa, så den kan inte återställas.</source>
        <translation>This backup cannot be read, so it cannot be restored.</translation>
    </message>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Vill du återställa databasen till hur den var {0} klockan {1}?</source>
        <translation>Do you want to restore the database to how it was on {0} at {1}?</translation>
    </message>
    <message numerus="yes">
        <source>%n workshoppar</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message>
        <source>Säkerhetskopian innehåller {0}. Det du har ändrat efter den tiden försvinner ur databasen, men databasen som den är nu sparas först som en ny säkerhetskopia, så du kan ångra.</source>
        <translation>The backup holds {0}. What you have changed since then disappears from the database, but the database as it is now is first kept as a new backup, so you can undo.</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Programmet sparar en säkerhetskopia av databasen första gången du öppnar den varje dag och före varje uppgradering. Välj den kopia du vill gå tillbaka till. Databasen som den ser ut nu sparas först som en ny säkerhetskopia, så du kan ångra.</source>
        <translation>The program keeps a backup of the database the first time you open it each day and before every upgrade. Choose the copy you want to go back to. The database as it is now is first kept as a new backup, so you can undo.</translation>
    </message>
    <message>
        <source>&amp;Säkerhetskopior, den senaste först</source>
        <translation>&amp;Backups, the latest first</translation>
    </message>
    <message>
        <source>Det finns inga säkerhetskopior av den här databasen ännu. Programmet gör en första gången du öppnar databasen varje dag.</source>
        <translation>There are no backups of this database yet. The program makes one the first time you open the database each day.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Vet ej</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Siffrorna i staplarna är antal svar. Håll muspekaren över en rad för alla siffror. I riskprofilen är färgerna omvända.</source>
        <translation>The numbers in the bars are numbers of answers. Hold the mouse pointer over a row for all the figures. In the risk profile the colours are reversed.</translation>
    </message>
    <message>
        <source>{0} av {1} deltagare har svarat, {2} på alla påståenden.</source>
        <translation>{0} of {1} participants have answered, {2} all the statements.</translation>
    </message>
    <message>
        <source>{0} handuppräknade svar.</source>
        <translation>{0} answers counted by hand.</translation>
    </message>
    <message>
        <source>Dessutom {0} handuppräknade svar.</source>
        <translation>Also {0} answers counted by hand.</translation>
    </message>
    <message>
        <source>Förändringsberedskap per dimension – medelvärde {0}</source>
        <translation>Readiness for change per dimension – mean {0}</translation>
    </message>
    <message>
        <source>Förändringsberedskap per dimension</source>
        <translation>Readiness for change per dimension</translation>
    </message>
    <message>
        <source>Gruppens skattning: {0}</source>
        <translation>The group&apos;s rating: {0}</translation>
    </message>
    <message>
        <source>Kommentar: {0}</source>
        <translation>Comment: {0}</translation>
    </message>
    <message>
        <source>Resultat och samtal</source>
        <translation>Results and discussion</translation>
    </message>
    <message>
        <source>Dölj resultat</source>
        <translation>Hide results</translation>
    </message>
    <message>
        <source>Dölj resultaten här och på deltagarvyn, till exempel innan datorn går runt igen</source>
        <translation>Hide the results here and on the participant view, for example before the computer goes round again</translation>
    </message>
    <message>
        <source>Ingen har skattat ännu. Skriv in deltagarnas svar i steget Individuell skattning, så visas fördelningen här.</source>
        <translation>No one has rated yet. Enter the participants&apos; answers in the Individual rating step, and the distribution is shown here.</translation>
    </message>
    <message>
        <source>Resultaten är dolda, här och på deltagarvyn, så att ingen ser de andras svar medan datorn går runt. Visa dem när alla är klara.</source>
        <translation>The results are hidden, here and on the participant view, so that no one sees the others&apos; answers while the computer goes round. Show them when everyone is done.</translation>
    </message>
    <message>
        <source>Visa resultat</source>
        <translation>Show result</translation>
    </message>
    <message>
        <source>Visa fördelningarna här och på deltagarvyn</source>
        <translation>Show the distributions here and on the participant view</translation>
    </message>
    <message>
        <source>Stapeln är dimensionens medelvärde på skalan 1–5. Linjen går från den lägsta till den högsta deltagarens medelvärde. Vet ej räknas inte med. Röd: median högst 2, Gul: 3, Grön: minst 4.</source>
        <translation>The bar is the dimension&apos;s mean on the scale 1–5. The line goes from the lowest to the highest participant&apos;s mean. Don&apos;t know is not counted. Red: median at most 2, Yellow: 3, Green: at least 4.</translation>
    </message>
    <message>
        <source>Riskprofil: sårbarhet för beroenden</source>
        <translation>Risk profile: vulnerability to dependencies</translation>
    </message>
    <message>
        <source>Här betyder ett högt värde att arbetet är mer sårbart, så färgerna är omvända: högt är rött. Riskprofilen ingår inte i förändringsberedskapen.</source>
        <translation>Here a high value means that the work is more vulnerable, so the colours are reversed: high is red. The risk profile is not part of the readiness for change.</translation>
    </message>
    <message>
        <source>Påståenden och gruppens skattning</source>
        <translation>Statements and the group&apos;s rating</translation>
    </message>
</context>
<context>
    <name>RevealedContent</name>
    <message>
        <source>Förändringsberedskap per dimension</source>
        <translation>Readiness for change per dimension</translation>
    </message>
    <message>
        <source>Förändringsberedskap per dimension – medelvärde {0}</source>
        <translation>Readiness for change per dimension – mean {0}</translation>
    </message>
    <message>
        <source>Sårbarhet för beroenden – högt värde betyder mer risk</source>
        <translation>Vulnerability to dependencies – a high value means more risk</translation>
    </message>
    <message>
        <source>{0} av {1} har svarat.</source>
        <translation>{0} of {1} have answered.</translation>
    </message>
    <message>
        <source>Stapeln är medelvärdet. Strecket går från den lägsta till den högsta deltagarens eget medelvärde: ju längre streck, desto mer skiljer sig svaren. {0}</source>
        <translation>The bar is the mean. The line goes from the lowest to the highest participant&apos;s own mean: the longer the line, the more the answers differ. {0}</translation>
    </message>
    <message>
        <source>{0} handuppräknade svar.</source>
        <translation>{0} answers counted by hand.</translation>
    </message>
    <message>
        <source>Dessutom {0} handuppräknade svar.</source>
        <translation>Also {0} answers counted by hand.</translation>
    </message>
    <message>
        <source>Stapeln är medelvärdet. Strecket går från det lägsta till det högsta värdet, där varje handuppräknat svar räknas för sig: ju längre streck, desto mer skiljer sig svaren. {0}</source>
        <translation>The bar is the mean. The line goes from the lowest to the highest value, where each answer counted by hand counts on its own: the longer the line, the more the answers differ. {0}</translation>
    </message>
    <message>
        <source> – medelvärde {0}</source>
        <translation> – mean {0}</translation>
    </message>
    <message>
        <source>Vet ej</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Siffrorna i staplarna är antal svar.</source>
        <translation>The numbers in the bars are numbers of answers.</translation>
    </message>
    <message>
        <source>Inga beroenden ännu.</source>
        <translation>No dependencies yet.</translation>
    </message>
    <message>
        <source>… och {0} till</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <source>Inga åtgärder ännu.</source>
        <translation>No actions yet.</translation>
    </message>
    <message>
        <source>Inga prickar ännu.</source>
        <translation>No dots yet.</translation>
    </message>
    <message>
        <source>Prickar per punkt, flest först</source>
        <translation>Dots per item, most first</translation>
    </message>
    <message>
        <source>{0} prickar sammanlagt.</source>
        <translation>{0} dots in total.</translation>
    </message>
    <message>
        <source>{0} till med färre prickar visas inte här.</source>
        <translation>{0} more with fewer dots are not shown here.</translation>
    </message>
    <message>
        <source>Inga lappar ännu.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Utan grupp</source>
        <translation>Without a group</translation>
    </message>
    <message>
        <source>prickar: {0}</source>
        <translation>dots: {0}</translation>
    </message>
    <message>
        <source>+ {0} lappar till</source>
        <translation>+ {0} more notes</translation>
    </message>
</context>
<context>
    <name>RoomControls</name>
    <message>
        <source>Visa namn på deltagarvyn</source>
        <translation>Show names on the participant view</translation>
    </message>
    <message>
        <source>Dölj namn</source>
        <translation>Hide names</translation>
    </message>
    <message>
        <source>Dölj resultat</source>
        <translation>Hide results</translation>
    </message>
    <message>
        <source>Visa resultat</source>
        <translation>Show result</translation>
    </message>
    <message>
        <source>Deltagarvyn är släckt.</source>
        <translation>The participant view is blank.</translation>
    </message>
    <message>
        <source>Deltagarvyn visar paus.</source>
        <translation>The participant view shows a break.</translation>
    </message>
    <message>
        <source>Deltagarvyn visar {0} av {1} klara.</source>
        <translation>The participant view shows {0} of {1} done.</translation>
    </message>
    <message>
        <source>Allt visas: workshoppen är {0}.</source>
        <translation>Everything is shown: the workshop is {0}.</translation>
    </message>
    <message>
        <source>Rummet ser: {0}.</source>
        <translation>The room sees: {0}.</translation>
    </message>
    <message>
        <source>Resultaten är dolda för rummet.</source>
        <translation>The results are hidden from the room.</translation>
    </message>
    <message>
        <source>Det rummet ser</source>
        <translation>What the room sees</translation>
    </message>
    <message>
        <source>Deltagarvyn visar:</source>
        <translation>The participant view shows:</translation>
    </message>
    <message>
        <source>Steget</source>
        <translation>The step</translation>
    </message>
    <message>
        <source>Deltagarvyn visar steget du är på och det du har visat av resultaten</source>
        <translation>The participant view shows the step you are on and what you have shown of the results</translation>
    </message>
    <message>
        <source>Paus</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>En lugn pausbild med timern, medan du förbereder nästa steg</source>
        <translation>A calm break screen with the timer, while you prepare the next step</translation>
    </message>
    <message>
        <source>Släckt</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>En svart skärm, så att rummet kan titta på varandra i stället</source>
        <translation>A black screen, so that the room can look at each other instead</translation>
    </message>
    <message>
        <source>Resultat och lappar är dolda, här och på deltagarvyn, tills du visar dem</source>
        <translation>Results and notes are hidden, here and on the participant view, until you show them</translation>
    </message>
    <message>
        <source>Visa del:</source>
        <translation>Show part:</translation>
    </message>
    <message>
        <source>Del av resultaten som visas på deltagarvyn</source>
        <translation>Part of the results shown on the participant view</translation>
    </message>
    <message>
        <source>Av: deltagarvyn visar inga namn, varken på lappar eller som ansvariga för åtgärder. På: namn visas där de är ifyllda. Samma val som under Förberedelser.</source>
        <translation>Off: the participant view shows no names, neither on notes nor as owners of actions. On: names are shown where they are filled in. The same choice as under Preparation.</translation>
    </message>
</context>
<context>
    <name>RoomViews</name>
    <message>
        <source>Översikt per dimension</source>
        <translation>Overview per dimension</translation>
    </message>
    <message>
        <source>Matrisen</source>
        <translation>The matrix</translation>
    </message>
    <message>
        <source>Prickröstning</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <source>Lappar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Vad behöver du för att kunna säga vad du tycker i dag?</source>
        <translation>What do you need to be able to say what you think today?</translation>
    </message>
    <message>
        <source>Det finns inga rätta svar.</source>
        <translation>There are no right answers.</translation>
    </message>
    <message>
        <source>Det som sägs här stannar i rummet.</source>
        <translation>What is said here stays in the room.</translation>
    </message>
    <message>
        <source>Vi pratar om roller och arbetssätt, inte om personer.</source>
        <translation>We talk about roles and ways of working, not about people.</translation>
    </message>
    <message>
        <source>Var står vi i dag, och hur märks förändringen om två år?</source>
        <translation>Where are we today, and how will the change show in two years?</translation>
    </message>
    <message>
        <source>Svara utifrån hur det är i dag, inte hur det borde vara.</source>
        <translation>Answer from how things are today, not how they ought to be.</translation>
    </message>
    <message>
        <source>Skatta varje påstående från 1 till 5, eller välj Vet ej.</source>
        <translation>Rate each statement from 1 to 5, or choose Don&apos;t know.</translation>
    </message>
    <message>
        <source>Ingen ser dina svar.</source>
        <translation>No one sees your answers.</translation>
    </message>
    <message>
        <source>Resultaten visas när alla är klara.</source>
        <translation>The results are shown when everyone is done.</translation>
    </message>
    <message>
        <source>Vad ser du som inte de andra ser?</source>
        <translation>What do you see that the others do not?</translation>
    </message>
    <message>
        <source>Vi börjar med de lägsta värdena och där svaren skiljer sig mest.</source>
        <translation>We start with the lowest values and where the answers differ most.</translation>
    </message>
    <message>
        <source>Vad skulle behöva hända för att värdet blev ett steg högre?</source>
        <translation>What would need to happen for the value to be one step higher?</translation>
    </message>
    <message>
        <source>Resultaten visas snart.</source>
        <translation>The results are shown soon.</translation>
    </message>
    <message>
        <source>Vad kan stoppa förändringen?</source>
        <translation>What could stop the change?</translation>
    </message>
    <message>
        <source>Beslutsberoende: ett beslut eller mandat som vi inte själva rår över.</source>
        <translation>Decision dependency: a decision or mandate that we do not control ourselves.</translation>
    </message>
    <message>
        <source>Personberoende: arbetet hänger på en eller ett par personer.</source>
        <translation>Person dependency: the work hangs on one or two people.</translation>
    </message>
    <message>
        <source>Uthållighetsberoende: tid, pengar och uppmärksamhet som måste räcka.</source>
        <translation>Endurance dependency: time, money and attention that must last.</translation>
    </message>
    <message>
        <source>Förslagen och matrisen visas när alla har skrivit klart.</source>
        <translation>The suggestions and the matrix are shown when everyone has finished writing.</translation>
    </message>
    <message>
        <source>Vad har fungerat tidigare när vi lyckats förändra något?</source>
        <translation>What has worked before when we have managed to change something?</translation>
    </message>
    <message>
        <source>Ledning och styrning: mandat, styrdokument och tydligt ansvar.</source>
        <translation>Leadership and governance: mandate, steering documents and clear responsibility.</translation>
    </message>
    <message>
        <source>Genomförande: tid, resurser och arbetssätt i det vanliga arbetet.</source>
        <translation>Implementation: time, resources and ways of working in everyday work.</translation>
    </message>
    <message>
        <source>Lärande: kompetens, uppföljning och att dela erfarenheter.</source>
        <translation>Learning: competence, follow-up and sharing experience.</translation>
    </message>
    <message>
        <source>Lapparna visas när alla har skrivit klart.</source>
        <translation>The notes are shown when everyone has finished writing.</translation>
    </message>
    <message>
        <source>Vad ska göras, av vem och när?</source>
        <translation>What needs to be done, by whom and when?</translation>
    </message>
    <message>
        <source>Börja med det som påverkar mest och som vi själva kan göra något åt.</source>
        <translation>Start with what has the most impact and what we ourselves can do something about.</translation>
    </message>
    <message>
        <source>Varje åtgärd behöver en ansvarig och ett datum.</source>
        <translation>Every action needs an owner and a date.</translation>
    </message>
    <message>
        <source>Rösterna visas när alla har lagt sina prickar.</source>
        <translation>The votes are shown when everyone has placed their dots.</translation>
    </message>
    <message>
        <source>Vad tar du med dig härifrån?</source>
        <translation>What will you take with you from here?</translation>
    </message>
    <message>
        <source>Vad har hänt sedan sist, och vad har inte hänt?</source>
        <translation>What has happened since last time, and what has not happened?</translation>
    </message>
    <message>
        <source>Vi går igenom åtgärderna och beroendena från förra gången.</source>
        <translation>We go through the actions and dependencies from last time.</translation>
    </message>
    <message>
        <source>Svaren visas när alla är klara.</source>
        <translation>The answers are shown when everyone is done.</translation>
    </message>
    <message>
        <source>Lägg dina prickar på det du tycker är viktigast.</source>
        <translation>Put your dots on what you think is most important.</translation>
    </message>
</context>
<context>
    <name>SaveProcessingRecord</name>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Spara registerförteckningen</source>
        <translation>Save the record of processing</translation>
    </message>
    <message>
        <source>Registerförteckning</source>
        <translation>Record of processing</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ShareWorkshop</name>
    <message>
        <source>Dela workshop</source>
        <translation>Share workshop</translation>
    </message>
    <message>
        <source>Workshoppaket (*.hallbar)</source>
        <translation>Workshop packages (*.hallbar)</translation>
    </message>
    <message>
        <source>Ta med personuppgifterna?</source>
        <translation>Include the personal data?</translation>
    </message>
    <message>
        <source>Ska personuppgifterna följa med i paketet: deltagarnas namn, roller och alias, processledarens namn och vem som skrev vad? Svarar du nej står deltagarna som Deltagare 1, 2 … och allt annat i workshoppen följer med. Där paketet läses in tas inga namn bort.</source>
        <translation>Should the personal data go in the package: the participants&apos; names, roles and aliases, the facilitator&apos;s name and who wrote what? If you answer no, the participants appear as Participant 1, 2 … and everything else in the workshop goes along. Where the package is imported, no names are removed.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Säkerhetskopian kunde inte återställas</source>
        <translation>The backup could not be restored</translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <source>En felrapport sparades i {0}.</source>
        <translation>An error report was saved in {0}.</translation>
    </message>
    <message>
        <source>Programmet kunde inte starta</source>
        <translation>The program could not start</translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas på grund av ett oväntat fel. {0}</source>
        <translation>The database could not be opened because of an unexpected error. {0}</translation>
    </message>
</context>
<context>
    <name>StatementDistributionChart</name>
    <message>
        <source>Inga svar</source>
        <translation>No answers</translation>
    </message>
    <message>
        <source>Bara Vet ej</source>
        <translation>Only Don&apos;t know</translation>
    </message>
    <message>
        <source>Median {0}{1}</source>
        <translation>Median {0}{1}</translation>
    </message>
    <message>
        <source>⚠ Stor spridning – diskutera</source>
        <translation>⚠ Wide spread – discuss</translation>
    </message>
    <message>
        <source>{0}: {1} st</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} {1}
Svar: {2}, Vet ej: {3} st
Median {4}, medelvärde {5}, lägst {6}, högst {7}, spridning {8}</source>
        <translation>{0} {1}
Answers: {2}, Don&apos;t know: {3}
Median {4}, mean {5}, lowest {6}, highest {7}, spread {8}</translation>
    </message>
    <message>
        <source>Stor spridning – diskutera</source>
        <translation>Wide spread – discuss</translation>
    </message>
    <message>
        <source>Vet ej</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Inga svar ännu</source>
        <translation>No answers yet</translation>
    </message>
</context>
<context>
    <name>StatusSuggestionBar</name>
    <message>
        <source>Workshoppen har börjat men har fortfarande status {0}.</source>
        <translation>The workshop has started but still has the status {0}.</translation>
    </message>
    <message>
        <source>Markera som pågående</source>
        <translation>Mark as in progress</translation>
    </message>
    <message>
        <source>Då syns det i biblioteket att workshoppen pågår. Du kan ångra med Ctrl+Z.</source>
        <translation>Then the library shows that the workshop is in progress. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Det här är sista steget. Markera workshoppen som genomförd när ni är klara.</source>
        <translation>This is the last step. Mark the workshop as held when you are done.</translation>
    </message>
    <message>
        <source>Markera som genomförd</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <source>En genomförd workshop visar alla resultat i deltagarvyn utan att du visar dem, och syns som genomförd i biblioteket. Du kan ångra med Ctrl+Z.</source>
        <translation>A held workshop shows all results in the participant view without you showing them, and is shown as held in the library. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Det gick inte</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <source>Status: {0}. Du kan ångra med Ctrl+Z.</source>
        <translation>Status: {0}. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Förslag om workshoppens status</source>
        <translation>Suggestion about the workshop&apos;s status</translation>
    </message>
    <message>
        <source>Nej tack</source>
        <translation>No thanks</translation>
    </message>
    <message>
        <source>Du får inte frågan igen för den här workshoppen. Status ändrar du alltid under Förberedelser.</source>
        <translation>You will not be asked again for this workshop. You can always change the status under Preparation.</translation>
    </message>
</context>
<context>
    <name>StepGuidance</name>
    <message>
        <source>Se till att workshoppen handlar om en tydligt avgränsad förändring och att rätt personer är inbjudna.</source>
        <translation>Make sure that the workshop is about a clearly defined change and that the right people are invited.</translation>
    </message>
    <message>
        <source>Fyll i organisation, enhet och vilken förändring workshoppen gäller.</source>
        <translation>Fill in the organisation, the unit and which change the workshop is about.</translation>
    </message>
    <message>
        <source>Lägg till deltagarna. Alias räcker; namn behövs inte.</source>
        <translation>Add the participants. Aliases are enough; names are not needed.</translation>
    </message>
    <message>
        <source>Bestäm hur deltagarna ska svara: turvis vid datorn, handuppräckning eller papper.</source>
        <translation>Decide how the participants will answer: taking turns at the computer, show of hands or paper.</translation>
    </message>
    <message>
        <source>Vilken förändring ska vi prata om, i en mening?</source>
        <translation>Which change are we going to talk about, in one sentence?</translation>
    </message>
    <message>
        <source>Vilka behöver vara med för att besluten ska hålla?</source>
        <translation>Who needs to take part for the decisions to hold?</translation>
    </message>
    <message>
        <source>Skapa trygghet och förklara varför ni ses och hur workshoppen går till.</source>
        <translation>Create a sense of safety and explain why you are meeting and how the workshop works.</translation>
    </message>
    <message>
        <source>Berätta syftet och vad som händer med resultatet.</source>
        <translation>Tell them the purpose and what happens with the result.</translation>
    </message>
    <message>
        <source>Gå igenom spelreglerna: det finns inga rätta svar, och det som sägs stannar i rummet.</source>
        <translation>Go through the ground rules: there are no right answers, and what is said stays in the room.</translation>
    </message>
    <message>
        <source>Visa modellen kort: tre förutsättningar och tre slags beroenden.</source>
        <translation>Show the model briefly: three prerequisites and three kinds of dependency.</translation>
    </message>
    <message>
        <source>Vad behöver du för att kunna säga vad du tycker i dag?</source>
        <translation>What do you need to be able to say what you think today?</translation>
    </message>
    <message>
        <source>Bli överens om var ni står i dag och vart ni vill om ett till tre år.</source>
        <translation>Agree on where you stand today and where you want to be in one to three years.</translation>
    </message>
    <message>
        <source>Låt gruppen beskriva nuläget med egna ord och skriv ner det.</source>
        <translation>Let the group describe the current state in their own words and write it down.</translation>
    </message>
    <message>
        <source>Formulera en målbild som går att känna igen när den är nådd.</source>
        <translation>Formulate a target picture that can be recognised when it has been reached.</translation>
    </message>
    <message>
        <source>Koppla gärna till den regionala utvecklingsstrategin och till styrdokumenten.</source>
        <translation>Link it to the regional development strategy and the steering documents if you can.</translation>
    </message>
    <message>
        <source>Hur märks förändringen i vardagen om två år?</source>
        <translation>How will the change show in everyday work in two years?</translation>
    </message>
    <message>
        <source>Vad gör vi redan i dag som pekar åt rätt håll?</source>
        <translation>What do we already do today that points in the right direction?</translation>
    </message>
    <message>
        <source>Få allas egen bild innan gruppen pratar, så att ingen påverkas av de andras svar.</source>
        <translation>Get everyone&apos;s own picture before the group talks, so that no one is influenced by the others&apos; answers.</translation>
    </message>
    <message>
        <source>Varje deltagare skattar påståendena från 1 till 5, eller Vet ej.</source>
        <translation>Each participant rates the statements from 1 to 5, or Don&apos;t know.</translation>
    </message>
    <message>
        <source>Tryck F6 för inmatningsläget: deltagarna svarar i tur och ordning vid datorn utan att se varandras svar.</source>
        <translation>Press F6 for input mode: the participants answer in turn at the computer without seeing each other&apos;s answers.</translation>
    </message>
    <message>
        <source>Räknar ni händer i stället, skriv antalen per värde under fliken Handuppräckning.</source>
        <translation>If you count hands instead, enter the numbers per value under the Show of hands tab.</translation>
    </message>
    <message>
        <source>Resultaten visas inte förrän alla är klara.</source>
        <translation>The results are not shown until everyone is done.</translation>
    </message>
    <message>
        <source>Skriv in svaren deltagare för deltagare; tangenterna 1–5 och 0 för Vet ej går snabbast.</source>
        <translation>Enter the answers participant by participant; the keys 1–5 and 0 for Don&apos;t know are quickest.</translation>
    </message>
    <message>
        <source>Svara utifrån hur det är i dag, inte hur det borde vara.</source>
        <translation>Answer from how things are today, not how they ought to be.</translation>
    </message>
    <message>
        <source>Använd spridningen som samtalsstöd och kom fram till en gemensam bild.</source>
        <translation>Use the spread to support the discussion and arrive at a shared picture.</translation>
    </message>
    <message>
        <source>Börja med de lägsta värdena och de påståenden där spridningen är stor.</source>
        <translation>Start with the lowest values and the statements where the spread is wide.</translation>
    </message>
    <message>
        <source>Låt dem som svarat högt och lågt berätta hur de tänkt.</source>
        <translation>Let those who answered high and low tell how they were thinking.</translation>
    </message>
    <message>
        <source>Enas om en gruppskattning per dimension och skriv en kort kommentar.</source>
        <translation>Agree on a group rating per dimension and write a short comment.</translation>
    </message>
    <message>
        <source>Vad ser du som inte de andra ser?</source>
        <translation>What do you see that the others do not?</translation>
    </message>
    <message>
        <source>Vad skulle behöva hända för att värdet blev ett steg högre?</source>
        <translation>What would need to happen for the value to be one step higher?</translation>
    </message>
    <message>
        <source>Hitta det som kan stoppa förändringen: beslut som saknas, personer arbetet hänger på och uthållighet som tryter.</source>
        <translation>Find what could stop the change: decisions that are missing, people the work depends on and endurance that runs out.</translation>
    </message>
    <message>
        <source>Ta en typ av beroende i taget och låt alla skriva förslag.</source>
        <translation>Take one type of dependency at a time and let everyone write suggestions.</translation>
    </message>
    <message>
        <source>Med inmatningsläget (F6) skriver var och en sina lappar; när du visar resultatet kan du göra om lapparna till beroenden.</source>
        <translation>With input mode (F6) everyone writes their own notes; when you show the result you can turn the notes into dependencies.</translation>
    </message>
    <message>
        <source>Bedöm påverkan och hur mycket ni själva kan påverka, och placera beroendet i matrisen.</source>
        <translation>Assess the impact and how much you can influence it yourselves, and place the dependency in the matrix.</translation>
    </message>
    <message>
        <source>Låt deltagarna prioritera med prickar.</source>
        <translation>Let the participants prioritise with dots.</translation>
    </message>
    <message>
        <source>Beskriv roller, inte personer.</source>
        <translation>Describe roles, not people.</translation>
    </message>
    <message>
        <source>Vilka beslut – politiska, i ledningen eller nationellt – måste fattas för att förändringen ska bli verklighet?</source>
        <translation>Which decisions – political, by management or national – must be taken for the change to become reality?</translation>
    </message>
    <message>
        <source>Vad händer om de som driver arbetet i dag slutar eller byter uppdrag?</source>
        <translation>What happens if those who drive the work today leave or change roles?</translation>
    </message>
    <message>
        <source>Vad krävs för att arbetet ska leva vidare när projektpengarna tar slut?</source>
        <translation>What is needed for the work to live on when the project money runs out?</translation>
    </message>
    <message>
        <source>Se vilka grundläggande förutsättningar som finns och vilka styrkor ni kan bygga vidare på.</source>
        <translation>See which basic prerequisites are in place and which strengths you can build on.</translation>
    </message>
    <message>
        <source>Ge varje punkt rött, gult eller grönt.</source>
        <translation>Give each point red, yellow or green.</translation>
    </message>
    <message>
        <source>Markera styrkor och skriv ner framgångsfaktorer som driver arbetet framåt.</source>
        <translation>Mark strengths and write down success factors that drive the work forward.</translation>
    </message>
    <message>
        <source>Deltagarnas lappar från inmatningsläget (F6) kan du göra om till framgångsfaktorer.</source>
        <translation>You can turn the participants&apos; notes from input mode (F6) into success factors.</translation>
    </message>
    <message>
        <source>Vad har fungerat tidigare när vi lyckats förändra något?</source>
        <translation>What has worked before when we have managed to change something?</translation>
    </message>
    <message>
        <source>Bestäm vad som ska göras, av vem och när, för de viktigaste beroendena.</source>
        <translation>Decide what needs to be done, by whom and when, for the most important dependencies.</translation>
    </message>
    <message>
        <source>Börja med beroendena i Agera nu och Påverka och eskalera.</source>
        <translation>Start with the dependencies in Act now and Influence and escalate.</translation>
    </message>
    <message>
        <source>Varje åtgärd behöver en ansvarig och ett datum.</source>
        <translation>Every action needs an owner and a date.</translation>
    </message>
    <message>
        <source>Deltagarnas förslag från inmatningsläget (F6) kan du göra om till åtgärder.</source>
        <translation>You can turn the participants&apos; suggestions from input mode (F6) into actions.</translation>
    </message>
    <message>
        <source>Formulera åtgärden med ett verb: Ta fram, Besluta om, Utbilda.</source>
        <translation>Phrase the action with a verb: Draw up, Decide on, Train.</translation>
    </message>
    <message>
        <source>Hur vet vi att åtgärden är klar?</source>
        <translation>How do we know the action is done?</translation>
    </message>
    <message>
        <source>Vem behöver fatta beslut för att den ska bli av?</source>
        <translation>Who needs to decide for it to happen?</translation>
    </message>
    <message>
        <source>Avsluta med en gemensam bild av vad ni kommit fram till och vad som händer härnäst.</source>
        <translation>End with a shared picture of what you have arrived at and what happens next.</translation>
    </message>
    <message>
        <source>Läs upp de största riskerna och åtgärderna.</source>
        <translation>Read out the biggest risks and the actions.</translation>
    </message>
    <message>
        <source>Boka ett uppföljningsmöte om tre till sex månader.</source>
        <translation>Book a follow-up meeting in three to six months.</translation>
    </message>
    <message>
        <source>Vad tar du med dig härifrån?</source>
        <translation>What will you take with you from here?</translation>
    </message>
    <message>
        <source>Se hur långt ni kommit sedan förra workshoppen.</source>
        <translation>See how far you have come since the last workshop.</translation>
    </message>
    <message>
        <source>Gå igenom åtgärderna och uppdatera deras status.</source>
        <translation>Go through the actions and update their status.</translation>
    </message>
    <message>
        <source>Markera vilka beroenden som är hanterade och vilka som kvarstår.</source>
        <translation>Mark which dependencies are handled and which remain.</translation>
    </message>
    <message>
        <source>Skatta påståendena igen för att jämföra före och efter.</source>
        <translation>Rate the statements again to compare before and after.</translation>
    </message>
    <message>
        <source>Vad har hänt sedan sist, och vad har inte hänt?</source>
        <translation>What has happened since last time, and what has not happened?</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Det gick inte</source>
        <translation>That did not work</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ändra datum för uppföljningsmöte</source>
        <translation>Change date of follow-up meeting</translation>
    </message>
    <message>
        <source>Ändra nästa steg</source>
        <translation>Change next steps</translation>
    </message>
    <message>
        <source>{0} av 5</source>
        <translation>{0} of 5</translation>
    </message>
    <message>
        <source>förändringsberedskap, medelvärde</source>
        <translation>readiness for change, mean</translation>
    </message>
    <message>
        <source>deltagare, {0} har skattat</source>
        <translation>participants, {0} have rated</translation>
    </message>
    <message numerus="yes">
        <source>beroenden</source>
        <translation>
            <numerusform>dependency</numerusform>
            <numerusform>dependencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>varav %n högt prioriterade</source>
        <translation>
            <numerusform>of which %n has high priority</numerusform>
            <numerusform>of which %n have high priority</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>åtgärder</source>
        <translation>
            <numerusform>action</numerusform>
            <numerusform>actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>varav %n försenade</source>
        <translation>
            <numerusform>of which %n is overdue</numerusform>
            <numerusform>of which %n are overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (högre värde = mer sårbart)</source>
        <translation>{0} (higher value = more vulnerable)</translation>
    </message>
    <message>
        <source>Medelvärden på skalan 1–5. Trafikljuset följer medianen: 2 eller lägre Röd, 3 Gul, 4 eller högre Grön. Vet ej räknas inte med.</source>
        <translation>Means on the scale 1–5. The traffic light follows the median: 2 or lower Red, 3 Yellow, 4 or higher Green. Don&apos;t know is not counted.</translation>
    </message>
    <message>
        <source>Inga skattningar ännu. Resultaten visas här när deltagarna har svarat.</source>
        <translation>No ratings yet. The results are shown here when the participants have answered.</translation>
    </message>
    <message>
        <source>Inga skattningar ännu.</source>
        <translation>No ratings yet.</translation>
    </message>
    <message>
        <source>Inga högt prioriterade beroenden. De visas här när de har placerats.</source>
        <translation>No high-priority dependencies. They are shown here once they have been placed.</translation>
    </message>
    <message>
        <source>nr {0}</source>
        <translation>no. {0}</translation>
    </message>
    <message>
        <source>påverkan {0} · prickar: {1} · {2}</source>
        <translation>impact {0} · dots: {1} · {2}</translation>
    </message>
    <message>
        <source>Saknar en åtgärd med ansvarig och datum:</source>
        <translation>Lacks an action with an owner and a date:</translation>
    </message>
    <message>
        <source>✓ Alla högt prioriterade beroenden har en åtgärd med ansvarig och datum.</source>
        <translation>✓ Every high-priority dependency has an action with an owner and a date.</translation>
    </message>
    <message>
        <source>Ingen checklista för förutsättningarna.</source>
        <translation>No checklist for the prerequisites.</translation>
    </message>
    <message>
        <source> (styrka)</source>
        <translation> (strength)</translation>
    </message>
    <message>
        <source>Siffrorna är antal punkter med varje ljus: ett rött ljus gör inte hela området rött.</source>
        <translation>The numbers are the number of points with each light: one red light does not make the whole area red.</translation>
    </message>
    <message>
        <source>inte bedömda: {0}</source>
        <translation>not assessed: {0}</translation>
    </message>
    <message>
        <source>Inga framgångsfaktorer ännu. Lägg till dem i steget Förutsättningar och framgångsfaktorer.</source>
        <translation>No success factors yet. Add them in the Prerequisites and success factors step.</translation>
    </message>
    <message>
        <source>Inga öppna åtgärder ännu. Lägg till dem i steget Åtgärder.</source>
        <translation>No open actions yet. Add them in the Actions step.</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ingen ansvarig</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>Datum saknas</source>
        <translation>Date missing</translation>
    </message>
    <message numerus="yes">
        <source>⚠ försenad %n dagar</source>
        <translation>
            <numerusform>⚠ overdue by %n day</numerusform>
            <numerusform>⚠ overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Har skattat klart</source>
        <translation>Has finished rating</translation>
    </message>
    <message>
        <source>Beroenden per typ</source>
        <translation>Dependencies per type</translation>
    </message>
    <message>
        <source>Åtgärder per status</source>
        <translation>Actions per status</translation>
    </message>
    <message>
        <source>Sammanfattning och nästa steg</source>
        <translation>Summary and next steps</translation>
    </message>
    <message>
        <source>Förändringsberedskap per dimension</source>
        <translation>Readiness for change per dimension</translation>
    </message>
    <message>
        <source>Styrkor att bygga vidare på</source>
        <translation>Strengths to build on</translation>
    </message>
    <message>
        <source>De mest kritiska beroendena</source>
        <translation>The most critical dependencies</translation>
    </message>
    <message>
        <source>Högt prioriterade beroenden utan åtgärd</source>
        <translation>High-priority dependencies without an action</translation>
    </message>
    <message>
        <source>Förutsättningar per område</source>
        <translation>Prerequisites per area</translation>
    </message>
    <message>
        <source>Framgångsfaktorer</source>
        <translation>Success factors</translation>
    </message>
    <message>
        <source>De viktigaste åtgärderna</source>
        <translation>The most important actions</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>&amp;Uppföljningsmöte</source>
        <translation>&amp;Follow-up meeting</translation>
    </message>
    <message>
        <source>Datum för uppföljningsmöte</source>
        <translation>Date of follow-up meeting</translation>
    </message>
    <message>
        <source>&amp;Nästa steg</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>Vem gör vad efter i dag? Till exempel vem som skickar ut handlingsplanen och när.</source>
        <translation>Who does what after today? For example who sends out the action plan and when.</translation>
    </message>
</context>
<context>
    <name>TallyTableModel</name>
    <message>
        <source>Hur många som svarade {0}</source>
        <translation>How many answered {0}</translation>
    </message>
    <message>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
    <message>
        <source>Skriv antalet som en siffra, till exempel 3.</source>
        <translation>Write the number as digits, for example 3.</translation>
    </message>
    <message>
        <source>Handuppräckning: påstående {0}</source>
        <translation>Show of hands: statement {0}</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Ctrl+Z. Tar tillbaka den senaste ändringen.</source>
        <translation>Ctrl+Z. Takes back the latest change.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Spara som organisationens mall</source>
        <translation>&amp;Save as the organisation&apos;s template</translation>
    </message>
    <message>
        <source>Sparar mallen som en ny version. Nya workshoppar kan sedan använda den.</source>
        <translation>Saves the template as a new version. New workshops can then use it.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Påstående</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Etikett</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Betydelse</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Markera alla celler</source>
        <translation>Select all cells</translation>
    </message>
    <message>
        <source>namn</source>
        <translation>name</translation>
    </message>
    <message>
        <source>”Vet ej”</source>
        <translation>“Don&apos;t know”</translation>
    </message>
    <message>
        <source>{0} (egen, version {1})</source>
        <translation>{0} (own, version {1})</translation>
    </message>
    <message>
        <source>{0} (inbyggd, version {1}) – sparas som en ny mall</source>
        <translation>{0} (built-in, version {1}) – saved as a new template</translation>
    </message>
    <message>
        <source>Kopia av {0}</source>
        <translation>Copy of {0}</translation>
    </message>
    <message>
        <source>Kopia {0} av {1}</source>
        <translation>Copy {0} of {1}</translation>
    </message>
    <message>
        <source>Ändring av {0}</source>
        <translation>Change of {0}</translation>
    </message>
    <message>
        <source>Alla dimensioner utan en egen skala</source>
        <translation>All dimensions without a scale of their own</translation>
    </message>
    <message>
        <source>Dimension {0} {1}</source>
        <translation>Dimension {0} {1}</translation>
    </message>
    <message>
        <source>Här finns något att rätta innan mallen kan sparas.</source>
        <translation>There is something to correct here before the template can be saved.</translation>
    </message>
    <message>
        <source>Rätta det som är markerat innan du sparar (antal: {0}). Först: {1}</source>
        <translation>Correct what is marked before you save (count: {0}). First: {1}</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>dimension</translation>
    </message>
    <message>
        <source>Ny dimension</source>
        <translation>New dimension</translation>
    </message>
    <message>
        <source>tillägg av dimension</source>
        <translation>adding of dimension</translation>
    </message>
    <message>
        <source>borttagning av dimension</source>
        <translation>removal of dimension</translation>
    </message>
    <message>
        <source>ordning av dimensioner</source>
        <translation>order of dimensions</translation>
    </message>
    <message>
        <source>påstående</source>
        <translation>statement</translation>
    </message>
    <message>
        <source>tillägg av påstående</source>
        <translation>adding of statement</translation>
    </message>
    <message>
        <source>borttagning av påstående</source>
        <translation>removal of statement</translation>
    </message>
    <message>
        <source>ordning av påståenden</source>
        <translation>order of statements</translation>
    </message>
    <message>
        <source>skala</source>
        <translation>scale</translation>
    </message>
    <message>
        <source>egen skala</source>
        <translation>own scale</translation>
    </message>
    <message>
        <source>förutsättning</source>
        <translation>prerequisite</translation>
    </message>
    <message>
        <source>tillägg av förutsättning</source>
        <translation>adding of prerequisite</translation>
    </message>
    <message>
        <source>borttagning av förutsättning</source>
        <translation>removal of prerequisite</translation>
    </message>
    <message>
        <source>ordning av förutsättningar</source>
        <translation>order of prerequisites</translation>
    </message>
    <message>
        <source>källor</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>Mallen är inte sparad</source>
        <translation>The template is not saved</translation>
    </message>
    <message>
        <source>Du har ändrat i mallen utan att spara. Vill du lämna ändringarna?</source>
        <translation>You have changed the template without saving. Do you want to leave the changes?</translation>
    </message>
    <message>
        <source>Lämna ändringarna</source>
        <translation>Leave the changes</translation>
    </message>
    <message>
        <source>Fortsätt redigera</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Mallar för skattningen[*]</source>
        <translation>Rating templates[*]</translation>
    </message>
    <message>
        <source>Gör en egen version av påståendena och skalan. Den sparas som organisationens mall och kan väljas när du skapar en ny workshop. Workshoppar som redan finns behåller den mall de skapades med.</source>
        <translation>Make your own version of the statements and the scale. It is saved as the organisation&apos;s template and can be chosen when you create a new workshop. Workshops that already exist keep the template they were created with.</translation>
    </message>
    <message>
        <source>&amp;Utgå från</source>
        <translation>&amp;Start from</translation>
    </message>
    <message>
        <source>Den inbyggda mallen sparas som en ny, egen mall. En egen mall sparas som en ny version av sig själv.</source>
        <translation>The built-in template is saved as a new template of your own. A template of your own is saved as a new version of itself.</translation>
    </message>
    <message>
        <source>&amp;Namn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Exporterna skriver ut mallens namn och version, så att det syns vilka påståenden som användes.</source>
        <translation>The exports print the template&apos;s name and version, so that it shows which statements were used.</translation>
    </message>
    <message>
        <source>&amp;Dimensioner och påståenden</source>
        <translation>&amp;Dimensions and statements</translation>
    </message>
    <message>
        <source>Dimensioner</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Mallens dimensioner. Välj en för att se och ändra dess påståenden.</source>
        <translation>The template&apos;s dimensions. Choose one to see and change its statements.</translation>
    </message>
    <message>
        <source>Lägg till dimension</source>
        <translation>Add dimension</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ta bort dimension</source>
        <translation>Remove dimension</translation>
    </message>
    <message>
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Flytta dimensionen upp</source>
        <translation>Move the dimension up</translation>
    </message>
    <message>
        <source>Flytta ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Flytta dimensionen ned</source>
        <translation>Move the dimension down</translation>
    </message>
    <message>
        <source>K&amp;od</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>En kort kod, till exempel A. Den står i exporternas kolumner och på projektorn.</source>
        <translation>A short code, for example A. It appears in the exports&apos; columns and on the projector.</translation>
    </message>
    <message>
        <source>N&amp;amn på dimensionen</source>
        <translation>N&amp;ame of the dimension</translation>
    </message>
    <message>
        <source>&amp;Beskrivning</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Räknas in i be&amp;redskapen</source>
        <translation>Counts towards &amp;readiness</translation>
    </message>
    <message>
        <source>Beredskapen är medelvärdet av de här dimensionerna. Stäng av för ett block som beskriver något annat, till exempel sårbarhet för beroenden.</source>
        <translation>Readiness is the mean of these dimensions. Turn off for a block that describes something else, for example vulnerability to dependencies.</translation>
    </message>
    <message>
        <source>Högt värde är en r&amp;isk</source>
        <translation>A high value is a r&amp;isk</translation>
    </message>
    <message>
        <source>Trafikljusen vänds: ett högt värde blir rött. För ett block som mäter risk, inte beredskap.</source>
        <translation>The traffic lights are reversed: a high value becomes red. For a block that measures risk, not readiness.</translation>
    </message>
    <message>
        <source>&amp;Påståenden</source>
        <translation>&amp;Statements</translation>
    </message>
    <message>
        <source>En rad per påstående i den valda dimensionen. Skriv i en cell eller tryck F2 för att ändra den.</source>
        <translation>One row per statement in the chosen dimension. Type in a cell or press F2 to change it.</translation>
    </message>
    <message>
        <source>Påståenden</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Lägg &amp;till påstående</source>
        <translation>Add s&amp;tatement</translation>
    </message>
    <message>
        <source>Ta bort påstående</source>
        <translation>Remove statement</translation>
    </message>
    <message>
        <source>Flytta påståendet upp</source>
        <translation>Move the statement up</translation>
    </message>
    <message>
        <source>Flytta påståendet ned</source>
        <translation>Move the statement down</translation>
    </message>
    <message>
        <source>S&amp;kala</source>
        <translation>S&amp;cale</translation>
    </message>
    <message>
        <source>Skalan &amp;gäller</source>
        <translation>The scale &amp;applies to</translation>
    </message>
    <message>
        <source>D&amp;imensionen har en egen skala</source>
        <translation>The d&amp;imension has a scale of its own</translation>
    </message>
    <message>
        <source>För påståenden där den allmänna skalans ord skulle vilseleda, till exempel när ett högt värde är en risk.</source>
        <translation>For statements where the general scale&apos;s words would mislead, for example when a high value is a risk.</translation>
    </message>
    <message>
        <source>Skalans förankringar</source>
        <translation>The scale&apos;s anchors</translation>
    </message>
    <message>
        <source>En rad per värde på skalan, med dess etikett och betydelse. Skriv i en cell eller tryck F2 för att ändra etiketten eller betydelsen.</source>
        <translation>One row per value on the scale, with its label and meaning. Type in a cell or press F2 to change the label or the meaning.</translation>
    </message>
    <message>
        <source>Svaret ”&amp;Vet ej” heter</source>
        <translation>The answer “&amp;Don&apos;t know” is called</translation>
    </message>
    <message>
        <source>&amp;Förutsättningar</source>
        <translation>&amp;Prerequisites</translation>
    </message>
    <message>
        <source>Punkterna i checklistan över grundläggande förutsättningar som en ny workshop börjar med.</source>
        <translation>The points in the checklist of basic prerequisites that a new workshop starts with.</translation>
    </message>
    <message>
        <source>Förutsättningar</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <source>En rad per punkt i checklistan för förutsättningar, med dess område. Skriv i en cell eller tryck F2 för att ändra den.</source>
        <translation>One row per point in the checklist of prerequisites, with its area. Type in a cell or press F2 to change it.</translation>
    </message>
    <message>
        <source>Lägg till punkt</source>
        <translation>Add point</translation>
    </message>
    <message>
        <source>Ta bort punkt</source>
        <translation>Remove point</translation>
    </message>
    <message>
        <source>Flytta punkten upp</source>
        <translation>Move the point up</translation>
    </message>
    <message>
        <source>Flytta punkten ned</source>
        <translation>Move the point down</translation>
    </message>
    <message>
        <source>Käl&amp;lor</source>
        <translation>Sour&amp;ces</translation>
    </message>
    <message>
        <source>Källor och förbehåll som exporterna skriver ut, en per rad.</source>
        <translation>Sources and reservations that the exports print, one per line.</translation>
    </message>
    <message>
        <source>Källor</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>TimerControls</name>
    <message>
        <source>Pausens längd och tid kvar. Pausen börjar när deltagarvyn visar Paus.</source>
        <translation>The length of the break and the time left. The break starts when the participant view shows Break.</translation>
    </message>
    <message>
        <source>Tid kvar av den tid som är planerad för steget</source>
        <translation>Time left of the time planned for the step</translation>
    </message>
    <message>
        <source>Pausa timer</source>
        <translation>Pause timer</translation>
    </message>
    <message>
        <source>Fortsätt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Starta timer</source>
        <translation>Start timer</translation>
    </message>
    <message>
        <source>Pausens längd i minuter</source>
        <translation>Length of the break in minutes</translation>
    </message>
    <message>
        <source>Stegets längd i minuter</source>
        <translation>Length of the step in minutes</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Timern för {0} går vidare medan du tittar på ett annat steg. Klicka för att gå tillbaka dit.</source>
        <translation>The timer for {0} keeps running while you look at another step. Click to go back there.</translation>
    </message>
    <message>
        <source>Timern för {0} står still under pausen och går vidare när deltagarvyn visar steget igen. Klicka för att gå till steget.</source>
        <translation>The timer for {0} stands still during the break and continues when the participant view shows the step again. Click to go to the step.</translation>
    </message>
    <message>
        <source>tiden är slut</source>
        <translation>time is up</translation>
    </message>
    <message>
        <source>{0} kvar</source>
        <translation>{0} left</translation>
    </message>
    <message>
        <source>Tid: {0}</source>
        <translation>Time: {0}</translation>
    </message>
    <message>
        <source>Ingen planerad tid</source>
        <translation>No planned time</translation>
    </message>
    <message>
        <source>Paus: {0}</source>
        <translation>Break: {0}</translation>
    </message>
    <message>
        <source>Pausen är slut ({0} över {1} min)</source>
        <translation>The break is over ({0} over {1} min)</translation>
    </message>
    <message>
        <source>Tiden är slut ({0} över {1} min)</source>
        <translation>Time is up ({0} over {1} min)</translation>
    </message>
    <message>
        <source>Paus: {0} kvar av {1} min</source>
        <translation>Break: {0} left of {1} min</translation>
    </message>
    <message>
        <source>Planerad tid: {0} min</source>
        <translation>Planned time: {0} min</translation>
    </message>
    <message>
        <source>Stoppad: {0} kvar av {1} min</source>
        <translation>Stopped: {0} left of {1} min</translation>
    </message>
    <message>
        <source>{0} kvar av {1} min</source>
        <translation>{0} left of {1} min</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Timern för steget som pågår går vidare medan du tittar på ett annat steg. Klicka för att gå tillbaka dit.</source>
        <translation>The timer for the step in progress keeps running while you look at another step. Click to go back there.</translation>
    </message>
    <message>
        <source>Nollställ</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Timern börjar om från noll, med samma längd</source>
        <translation>The timer starts again from zero, with the same length</translation>
    </message>
    <message>
        <source>−5 min</source>
        <translation>−5 min</translation>
    </message>
    <message>
        <source>Fem minuter kortare</source>
        <translation>Five minutes shorter</translation>
    </message>
    <message>
        <source>Kortar tiden med fem minuter, när gruppen behöver gå vidare</source>
        <translation>Shortens the time by five minutes, when the group needs to move on</translation>
    </message>
    <message>
        <source>Längd i minuter</source>
        <translation>Length in minutes</translation>
    </message>
    <message>
        <source>Skriv hur många minuter steget ska få och tryck Enter</source>
        <translation>Write how many minutes the step should get and press Enter</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Fem minuter längre</source>
        <translation>Five minutes longer</translation>
    </message>
    <message>
        <source>Ger steget fem minuter till, när samtalet behöver det</source>
        <translation>Gives the step five more minutes, when the discussion needs it</translation>
    </message>
</context>
<context>
    <name>TrafficLightChooser</name>
    <message>
        <source>Trafikljus: {0}</source>
        <translation>Traffic light: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Förändringen i fokus är inte beskriven än. Skriv in den under Förberedelser eller Nuläge och målbild.</source>
        <translation>The change in focus is not described yet. Write it under Preparation or Current state and target picture.</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} (nu)</source>
        <translation>{0} (now)</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>Sammanlagt {0} ({1} min), pauser tillkommer.</source>
        <translation>In total {0} ({1} min), plus breaks.</translation>
    </message>
    <message>
        <source>0 / V</source>
        <translation>0 / V</translation>
    </message>
    <message>
        <source>Räknas inte med i medelvärdena.</source>
        <translation>Not counted in the means.</translation>
    </message>
    <message>
        <source>Förändringsberedskap</source>
        <translation>Readiness for change</translation>
    </message>
    <message>
        <source>Välkommen och syfte</source>
        <translation>Welcome and purpose</translation>
    </message>
    <message>
        <source>Stegets text att läsa upp. PgDown och piltangenterna bläddrar.</source>
        <translation>The step&apos;s text to read out. PgDown and the arrow keys scroll.</translation>
    </message>
    <message>
        <source>Välkommen!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <source>Dagens program</source>
        <translation>Today&apos;s programme</translation>
    </message>
    <message>
        <source>Modellen i korthet</source>
        <translation>The model in brief</translation>
    </message>
    <message>
        <source>Grundläggande förutsättningar</source>
        <translation>Basic prerequisites</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ledning och styrning&lt;/b&gt; – ledningen och politiken står bakom förändringen, den finns i styrdokumenten och någon har mandat och ansvar.</source>
        <translation>&lt;b&gt;Leadership and governance&lt;/b&gt; – the management and the politicians stand behind the change, it is in the steering documents and someone has the mandate and responsibility.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Genomförande&lt;/b&gt; – det finns tid, resurser, verktyg och samverkan i det ordinarie arbetet, inte bara i projekt.</source>
        <translation>&lt;b&gt;Implementation&lt;/b&gt; – there is time, resources, tools and cooperation in everyday work, not only in projects.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lärande&lt;/b&gt; – vi har den kompetens som behövs, följer upp och använder det vi lär oss.</source>
        <translation>&lt;b&gt;Learning&lt;/b&gt; – we have the competence needed, we follow up and we use what we learn.</translation>
    </message>
    <message>
        <source>Beroenden – hinder för förändring</source>
        <translation>Dependencies – obstacles to change</translation>
    </message>
    <message>
        <source>&lt;b&gt;Beslutsberoende&lt;/b&gt; – arbetet väntar på ett beslut eller mandat som vi inte råder över själva.</source>
        <translation>&lt;b&gt;Decision dependency&lt;/b&gt; – the work is waiting for a decision or mandate that we do not control ourselves.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Personberoende&lt;/b&gt; – arbetet hänger på enskilda personer och kunskap som bara de har.</source>
        <translation>&lt;b&gt;Person dependency&lt;/b&gt; – the work hangs on individual people and knowledge that only they have.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Uthållighetsberoende&lt;/b&gt; – arbetet måste leva vidare när projektpengar, tid och uppmärksamhet tar slut.</source>
        <translation>&lt;b&gt;Endurance dependency&lt;/b&gt; – the work must live on when project money, time and attention run out.</translation>
    </message>
    <message>
        <source>Efter Tillväxtverkets vägledning för hållbar regional utveckling.</source>
        <translation>After the Swedish Agency for Economic and Regional Growth&apos;s guidance for sustainable regional development.</translation>
    </message>
    <message>
        <source>Spelregler</source>
        <translation>Ground rules</translation>
    </message>
    <message>
        <source>&lt;ul style=&quot;margin-left: 0px;&quot;&gt;&lt;li&gt;Det finns inga rätta eller felaktiga svar. Vi vill höra hur just du ser på det.&lt;/li&gt;&lt;li&gt;Det som sägs i rummet stannar i rummet.&lt;/li&gt;&lt;li&gt;Svaren i skattningen är anonyma. Ingen ser vem som har svarat vad.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul style=&quot;margin-left: 0px;&quot;&gt;&lt;li&gt;There are no right or wrong answers. We want to hear how you see it.&lt;/li&gt;&lt;li&gt;What is said in the room stays in the room.&lt;/li&gt;&lt;li&gt;The answers in the rating are anonymous. No one sees who answered what.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Skalan i skattningen</source>
        <translation>The scale in the rating</translation>
    </message>
    <message>
        <source>I vilken grad stämmer påståendet? Svara med en siffra från 1 till 5.</source>
        <translation>To what extent is the statement true? Answer with a number from 1 to 5.</translation>
    </message>
</context>
<context>
    <name>WorkshopFilter</name>
    <message>
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>WorkshopLibraryTableModel</name>
    <message>
        <source>Gallringsdatumet {0} har passerat och workshoppen har fortfarande personuppgifter (namn, roller, inskrivna alias eller vem som skrev eller ändrade något). Välj Gallra… för att ta bort dem eller hela workshoppen.</source>
        <translation>The purge date {0} has passed and the workshop still holds personal data (names, roles, typed aliases or who wrote or changed something). Choose Purge… to remove them or the whole workshop.</translation>
    </message>
    <message>
        <source>{0}, gallringsdatumet har passerat</source>
        <translation>{0}, the purge date has passed</translation>
    </message>
    <message>
        <source>okänd dator</source>
        <translation>unknown computer</translation>
    </message>
    <message>
        <source>Den här datorn</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>{0}, importerad {1}</source>
        <translation>{0}, imported {1}</translation>
    </message>
    <message>
        <source> – konflikter att välja: {0}</source>
        <translation> – conflicts to choose: {0}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Skapad i den här databasen och aldrig importerad.</source>
        <translation>Created in this database and never imported.</translation>
    </message>
    <message>
        <source>Installations-id: {0}</source>
        <translation>Installation id: {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n försenade)</source>
        <translation>
            <numerusform>{0} (%n overdue)</numerusform>
            <numerusform>{0} (%n overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Klart</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Kvar i det här steget: {0}.</source>
        <translation>Left in this step: {0}.</translation>
    </message>
    <message>
        <source>Överhoppat med saker kvar: {0}.</source>
        <translation>Skipped with things left: {0}.</translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Gör så här</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Frågor att ställa</source>
        <translation>Questions to ask</translation>
    </message>
    <message>
        <source>Föreslagen tid</source>
        <translation>Suggested time</translation>
    </message>
    <message>
        <source>Inmatningsläge (F6)</source>
        <translation>Input mode (F6)</translation>
    </message>
    <message>
        <source>Deltagarna turas om vid datorn och svarar utan att se varandras svar</source>
        <translation>The participants take turns at the computer and answer without seeing each other&apos;s answers</translation>
    </message>
    <message>
        <source>Mobiler (F7)</source>
        <translation>Phones (F7)</translation>
    </message>
    <message>
        <source>Låt deltagarna svara i mobilen, via rummets nätverk utan internet</source>
        <translation>Let the participants answer on their phones, over the room&apos;s network without internet</translation>
    </message>
    <message>
        <source>Deltagarvy (F5)</source>
        <translation>Participant view (F5)</translation>
    </message>
    <message>
        <source>Öppna eller stäng deltagarvyn: stegets fråga, timern och det du visar, i stor text för projektorn</source>
        <translation>Open or close the participant view: the step&apos;s question, the timer and what you show, in large text for the projector</translation>
    </message>
    <message>
        <source>Workshoppens steg i ordning, med ✓ för klart, ● för pågår och ○ för inte påbörjat. Piltangenterna byter steg och Tab går till stegets sida.</source>
        <translation>The workshop&apos;s steps in order, with ✓ for done, ● for in progress and ○ for not started. The arrow keys change step and Tab goes to the step&apos;s page.</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Handledning</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>◂ Föregående steg</source>
        <translation>◂ Previous step</translation>
    </message>
    <message>
        <source>Nästa steg ▸</source>
        <translation>Next step ▸</translation>
    </message>
</context>
<context>
    <name>_CalendarPopup</name>
    <message>
        <source>v.</source>
        <translation>wk</translation>
    </message>
</context>
<context>
    <name>_StatusDelegate</name>
    <message>
        <source>Åtgärdens status</source>
        <translation>The action&apos;s status</translation>
    </message>
</context>
</TS>
