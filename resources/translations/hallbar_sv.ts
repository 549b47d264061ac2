<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okänd: ingen databas är öppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servern: dess säkerhetskopior sköts av den som ansvarar för servern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappen bredvid databasen går inte att skriva i, så säkerhetskopiorna sparas i din användarmapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopiorna sparas bredvid databasen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopiorna sparas i din användarmapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Äldre säkerhetskopior finns också i {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj plats under Arkiv › Inställningar för databasen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om Hållbar förändring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om programmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Om programmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hållbar förändring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stöd för workshoppar om förändringsberedskap när hållbarhet ska bli en del av det ordinarie arbetet. Bygger på Tillväxtverkets vägledning för hållbar regional utveckling. Det du skriver sparas direkt i databasen som står nedan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Här sparas dina uppgifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Databasen som är öppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen som är öppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Säkerhetskopior av databasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappen med säkerhetskopior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programmets datamapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmets datamapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna &amp;mappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visar datamappen i filhanteraren, till exempel för att ta en egen kopia av databasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmets &amp;inställningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmets inställningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Felrapporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappen med felrapporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markera en sökväg och kopiera den med Ctrl+C. Programmet gör en säkerhetskopia av databasen första gången du öppnar den varje dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licenser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet är byggt med de här typsnitten och biblioteken. Välj ett för att läsa dess licens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typsnitt och bibliotek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett typsnitt eller bibliotek per rad, med version och licens. Licenstexten för den valda raden står under tabellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenstext</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRegisterModel</name>
    <message>
        <source>Inte försenad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försenad, dagar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Klart senast passerades för %n dagar sedan och åtgärden är varken klar eller avbruten.</source>
        <translation>
            <numerusform>Klart senast passerades för %n dag sedan och åtgärden är varken klar eller avbruten.</numerusform>
            <numerusform>Klart senast passerades för %n dagar sedan och åtgärden är varken klar eller avbruten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ändra med F2 eller genom att dubbelklicka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hur det går: börja skriva, eller tryck F2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>⚠ Saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n dagar</source>
        <translation>
            <numerusform>⚠ %n dag</numerusform>
            <numerusform>⚠ %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Åtgärden behöver en ansvarig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärden behöver ett datum för när den ska vara klar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Försenad: klart senast passerades för %n dagar sedan och åtgärden är inte klar.</source>
        <translation>
            <numerusform>Försenad: klart senast passerades för %n dag sedan och åtgärden är inte klar.</numerusform>
            <numerusform>Försenad: klart senast passerades för %n dagar sedan och åtgärden är inte klar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Ny åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hantera beroendet: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gör till åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gör lapp till åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inget område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen typ vald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra åtgärdens namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra beskrivning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra ansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra medverkande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra beslut krävs av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra hur vi vet att det är klart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra resursbehov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv senaste uppdatering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra startdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra klart senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra uppföljningsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra typ av åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra prioritet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra prickar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubbelklicka eller tryck Enter för att skapa en åtgärd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Försenad: klart senast ({0}) har passerat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppdaterad {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen uppdatering skriven ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppen har inga beroenden ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra kopplat område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra kopplade beroenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varje högt prioriterat beroende ska ha minst en åtgärd med ansvarig och datum. Välj en åtgärd i tabellen och ändra den till höger; allt sparas direkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärderna, viktigast först</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rad per åtgärd. Den markerade åtgärden visas i formuläret; Delete tar bort den och Ctrl+Z ångrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga åtgärder ännu. Lägg till den första med Ctrl+Enter, skapa en från ett beroende nedan eller låt deltagarna föreslå åtgärder i inmatningsläget (F6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lägg till åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter. Är ett beroende valt i listan nedan kopplas den nya åtgärden till det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete i tabellen. Du kan ångra med Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroenden utan åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Högt prioriterade beroenden som saknar en åtgärd med ansvarig och datum. Dubbelklicka eller tryck Enter för att skapa en kopplad åtgärd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroenden som ännu saknar en åtgärd. Enter skapar en åtgärd kopplad till det markerade beroendet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skapa kopplad åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapar en åtgärd som är kopplad till det valda beroendet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Alla högt prioriterade beroenden har en åtgärd med ansvarig och datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vald åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en åtgärd i tabellen för att ändra den, eller lägg till en ny med Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åt&amp;gärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad ska göras? Till exempel: Ta fram ett förslag till …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Börja med ett verb, till exempel ”Ta fram …” eller ”Besluta om …”. Högst 120 tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beskrivning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopplat till be&amp;roende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopplat till beroende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kryssa i de beroenden som åtgärden hanterar. En åtgärd kan höra till flera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopplat till o&amp;mråde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopplat till område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;yp av åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ av åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn eller roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;dverkande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medverkande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslut krä&amp;vs av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslut krävs av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till exempel nämnden eller ledningsgruppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Klart senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Följs upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Följs upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prioritet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;ckar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prickar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppens prickar på åtgärden, om ni räknar dem på papper eller tavla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 prick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort en prick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minskar antalet prickar med en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 prick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till en prick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ökar antalet prickar med en, medan gruppen röstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hur vet vi att det är klart?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hur vet vi att det är klart?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esursbehov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resursbehov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid, kronor eller annat som behövs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;naste uppdatering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senaste uppdatering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad har hänt sedan sist?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alias</name>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Hållbar förändring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaGroup</name>
    <message>
        <source>Inga punkter för området. Skriv en egen punkt nedan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egen punkt för {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny punkt för {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till punkt för {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte bedömt ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>inte bedömda %n</source>
        <translation>
            <numerusform>inte bedömd %n</numerusform>
            <numerusform>inte bedömda %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Ljusen i området: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEntryTableModel</name>
    <message>
        <source>Posten går inte att lita på: loggen har ändrats utanför programmet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(gallrat)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Ändringslogg – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändringslogg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändringar som gjorts i workshoppen sedan den markerades som genomförd: när, av vem och på vilken dator. Loggen kan inte ändras i programmet, och programmet märker om någon har ändrat den på annat sätt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ändringar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga ändringar ännu. Ändringar loggas från och med att workshoppen markeras som genomförd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Kan inte läsas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>Styrka att bygga vidare på</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Styrka att bygga vidare på: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort punkten {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckning: vad ser vi, vad saknas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckning: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra trafikljus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra styrka att bygga vidare på</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Ej påbörjad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbruten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Styrdokument/riktlinje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisering/arbetssätt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kompetensutveckling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verktyg/metod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppföljning/lärande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finansiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunikation/förankring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hög</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Låg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daglig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjord för hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Före uppgradering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Före återställning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Före import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledning och styrning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genomförande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lärande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Röd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grön</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslutsberoende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personberoende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uthållighetsberoende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uthållighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under hantering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanterad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kvarstår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 6 mån</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6–18 mån</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 18 mån</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inom vår rådighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi kan påverka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utanför vår påverkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inom enheten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inom regionorganisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politisk nivå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Länets aktörer (kommuner, länsstyrelse, lärosäten, näringsliv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationell nivå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU-nivå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Företagsstöd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projektmedel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommersiell service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanhållningspolitik/EU-program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUS-genomförande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern styrning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agera nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påverka och eskalera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hantera löpande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevaka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förberedelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välkommen och syfte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuläge och målbild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuell skattning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultat och samtal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förutsättningar och framgångsfaktorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanfattning och nästa steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turvis inmatning på datorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handuppräckning, processledaren räknar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pappersformulär som förs in efteråt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halvdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kort (90 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppföljd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkiverad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn, roller och vem som skrev vad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hela workshoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga personuppgifter om deltagarna (alias som Deltagare 1…n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarnas alias, som någon har skrivit in och kan vara namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarnas namn och roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mycket liten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Måttlig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mycket stor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte angiven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte bedömd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mycket låg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mycket hög</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorView</name>
    <message>
        <source>Översikt för samordnare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshopparna kunde inte läsas: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läser workshopparna…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla organisationer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla ursprung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den här datorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med konflikter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppar: {0} · åtgärder: {1} · försenade: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra status på åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra uppföljning av åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läser workshopparna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läser alla workshoppar på nytt, till exempel efter en import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Läs in igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa bara en organisations workshoppar, åtgärder, beredskap och beroenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa bara workshoppar från en viss period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa bara workshoppar med en viss status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppens status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ursprung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa bara workshoppar som gjorts här, som importerats från en viss dator eller som har konflikter kvar att välja i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ursprung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delar av översikten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rad per workshop i urvalet. Enter öppnar den markerade workshoppen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppar i urvalet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sök:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sök bland åtgärderna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärd, ansvarig, workshop eller uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bara försenade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status och uppföljning ändrar du direkt i tabellen (F2). Ctrl+Z ångrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rad per åtgärd i urvalets workshoppar. Status och senaste uppföljning kan ändras i tabellen: skriv eller tryck F2. Ändringen sparas direkt och Ctrl+Z ångrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder i alla workshoppar i urvalet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beredskap över tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medelvärde 1–5 per workshop. En linje går från en workshop till dess uppföljning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beredskap över tid per organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanligaste typerna av beroenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rad per typ av beroende: hur många organisationer, workshoppar och beroenden den finns i, och hur många som inte är hanterade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typer av beroenden i urvalet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De mest kritiska beroendena som inte är hanterade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rad per beroende som inte är hanterat, det mest kritiska först, med den workshop det kommer från.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriticalDependencyModel</name>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Ingen åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentTargetPage</name>
    <message>
        <source>Ändra förändringen i fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra nuläget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra målbilden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuläge och målbild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Förändringen i fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förändringen i fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vilken förändring handlar workshoppen om, i en eller två meningar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nuläge – var står vi i dag?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuläge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hur arbetar vi i dag? Vad fungerar, och vad saknas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Målbild – var vill vi vara om ett till tre år?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målbild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hur ser det ut när förändringen är en del av det ordinarie arbetet?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataProblemTableModel</name>
    <message>
        <source>(utan titel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataProblemsDialog</name>
    <message>
        <source>Öppna och rätta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppnar workshoppen på steget där fältet ändras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Använd värdet som visas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparar det värde som programmet visar i stället för det som inte går att använda, om det är det du vill ha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem i databasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De här värdena i databasfilen kunde inte användas som de är. De kan komma från en annan version av programmet, ett workshoppaket eller en ändring i filen för hand. Värdena lämnas orörda i filen tills du ändrar fältet. Välj en rad och öppna workshoppen för att rätta värdet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Värden som inte kunde användas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla värden i databasen går att läsa.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Databasen är redan öppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppen finns inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försök igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finns säkerhetskopior av databasen. Du kan välja en av dem och fortsätta därifrån; filen som den är nu sparas först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställ från säkerhetskopia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>Databas: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen ligger på en server. Programmet gör inga egna säkerhetskopior av den: serverns säkerhetskopior och hur länge de sparas sköts av den som ansvarar för servern, oftast organisationens IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappen bredvid databasen går inte att skapa eller skriva i (minnet kan vara skrivskyddat), så säkerhetskopiorna sparas i din användarmapp tills det går.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopior som redan finns ligger kvar där de gjordes. Återställning och gallring hittar dem på båda ställena.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen ligger på ett flyttbart minne eller en extern disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen ligger på en nätverksenhet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen ligger på den här datorns disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Därför sparas säkerhetskopiorna bredvid den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Därför sparas säkerhetskopiorna i din användarmapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparat {0:%H:%M}: nya säkerhetskopior sparas bredvid databasen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparat {0:%H:%M}: nya säkerhetskopior sparas i din användarmapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sparat {0:%H:%M}: gallras %n månader efter workshoppen.</source>
        <translation>
            <numerusform>Sparat {0:%H:%M}: gallras %n månad efter workshoppen.</numerusform>
            <numerusform>Sparat {0:%H:%M}: gallras %n månader efter workshoppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ändringen sparades inte. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inställningar för databasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inställningarna sparas i databasen och följer med den till en annan dator. Varje ändring sparas direkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Var säkerhetskopiorna sparas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bredvid databasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiorna följer med databasen, till exempel på ett USB-minne, och hamnar inte på varje dator där den öppnas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I din &amp;användarmapp på den här datorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiorna stannar på den här datorn även om databasen flyttas eller minnet tappas bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallring av personuppgifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antal &amp;månader efter workshoppen till gallring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Månader efter workshoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gäller de workshoppar som inte har ett eget datum under Förberedelser (Gallras efter). Biblioteket markerar dem som har passerat sitt datum och fortfarande har personuppgifter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DependenciesPage</name>
    <message>
        <source>Gör till beroende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gör lapp till beroende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrisen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lappar från deltagarna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa bara {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa alla typer av beroenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lappar från deltagarna ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} med hög prioritet, varav {1} utan åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} med hög prioritet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n beroenden</source>
        <translation>
            <numerusform>%n beroende</numerusform>
            <numerusform>%n beroenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nej, den beräknade</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n inte placerade</source>
        <translation>
            <numerusform>%n inte placerat</numerusform>
            <numerusform>%n inte placerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Välj ett beroende i tabellen eller matrisen för att ändra det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valt beroende: {0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte placerad ännu: ange påverkan och påverkbarhet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (beräknad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (ändrad). {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra beroende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra prickar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta beroende i matrisen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt beroende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till beroende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort beroende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uthållighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta &amp;bort beroende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar bort det valda beroendet. Du kan ångra med Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lägg till beroende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägger till ett nytt beroende (Ctrl+Enter) av den typ som visas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga beroenden ännu. Lägg till det första med Ctrl+Enter eller låt deltagarna skriva i inmatningsläget (F6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rad per beroende. Det markerade beroendet visas i formuläret och är markerat i matrisen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typ av beroende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ av beroende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubri&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kort rubrik, högst 100 tecken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;eskrivning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad består beroendet av, och varför spelar det roll?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskriv roller, inte personer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Var &amp;finns beroendet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Var finns beroendet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;dshorisont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidshorisont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Påverkan om det inte hanteras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påverkan om det inte hanteras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påverkbarhet / rådi&amp;ghet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påverkbarhet och rådighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sannolikhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sannolikhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berört förutsättnings&amp;område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berört förutsättningsområde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berörda processer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevakas av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll, till exempel enhetschef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanteri&amp;ng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hantering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hur hanterar &amp;vi det?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hur hanterar vi det?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad gör vi för att minska eller bevaka beroendet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;ckar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prickar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 prick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort en prick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minskar antalet prickar med en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 prick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till en prick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ökar antalet prickar med en, medan gruppen röstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra pr&amp;ioritet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra prioritet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DependencyTableModel</name>
    <message>
        <source>Dubbelklicka eller tryck F2 för att skriva in antalet prickar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra antal prickar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (ändrad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte placerad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionBarsChart</name>
    <message>
        <source>Inga svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}
Medelvärde {2} · {3}
Median {4}, lägst {5}, högst {6} (deltagarnas egna medelvärden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stor spridning – diskutera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppens skattning: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}: medelvärde {2}, lägst {3}, högst {4}, {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga svar ännu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionDiscussion</name>
    <message>
        <source> – riskprofil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fördelning av svaren för {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppens skattning för {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte bestämd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar för {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad kom ni fram till? Varför blev det den skattningen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppens skattning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppens skattning ({0}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionSummary</name>
    <message>
        <source>Inga svar ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medelvärde {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lägst {0}, högst {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stor spridning – diskutera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DotVoteTurn</name>
    <message>
        <source>Vilka beroenden är viktigast att hantera?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vilka åtgärder är viktigast att komma igång med?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du har {0} att fördela. Lägg dem med + och ta bort med −. Du kan lägga flera på samma. Prickarna är anonyma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroenden att rösta på</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder att rösta på</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort en prick från {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg en prick på {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort en prick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg en prick</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prickar</source>
        <translation>
            <numerusform>%n prick</numerusform>
            <numerusform>%n prickar</numerusform>
        </translation>
    </message>
    <message>
        <source>Inga prickar kvar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} kvar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prickar i inmatningsläget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klar – lämna över</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionReporter</name>
    <message>
        <source>Ett oväntat fel inträffade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En felrapport sparades i {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felrapporten kunde inte sparas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Något gick fel i programmet. Det som visades som sparat finns i databasen, men det du gjorde precis när felet inträffade kan saknas: kontrollera det. Du kan fortsätta arbeta, eller starta om programmet om något ser konstigt ut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiera detaljer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Till exempel C:\Users\du\Dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utan filändelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera workshoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera workshoppar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vald workshop: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vald workshop (ingen är vald i listan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppens egen arbetsbok och rapport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga workshoppar finns i urvalet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workshoppar sammanställs med en jämförelse mellan dem.</source>
        <translation>
            <numerusform>%n workshop sammanställs.</numerusform>
            <numerusform>%n workshoppar sammanställs med en jämförelse mellan dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop ingår i sammanställningen.</source>
        <translation>
            <numerusform>%n workshop ingår i sammanställningen.</numerusform>
            <numerusform>%n workshoppar ingår i sammanställningen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sammanställning {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanställning {0}–{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanställning alla workshoppar {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filändelsen läggs till: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> och </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj mapp för exporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj minst ett format: Excel, PDF eller båda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en mapp att spara filerna i.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hela sökvägen till mappen, eller välj den med Välj mapp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ett filnamn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filnamnet får inte innehålla något av tecknen \ / : * ? &quot; &lt; &gt; | och inte sluta med punkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv periodens datum som ÅÅÅÅ-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodens första datum ligger efter det sista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriver filerna…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klart. Sparade i {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tecken finns inte i programmets typsnitt och visas som � ({0}).</source>
        <translation>
            <numerusform>%n tecken finns inte i programmets typsnitt och visas som � ({0}).</numerusform>
            <numerusform>%n tecken finns inte i programmets typsnitt och visas som � ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporten avbröts av ett oväntat fel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad vill du exportera?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vald workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alla workshoppar, sammanställda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla från en &amp;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla under en pe&amp;riod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Från och med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till och med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel-arbetsbok (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla uppgifter i tabeller, för egen analys och för att följa upp åtgärderna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF-rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rapport med diagram att skicka till deltagarna eller ledningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta med &amp;personuppgifter: processledarens namn och alias som någon har skrivit in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta med deltagarnas &amp;namn och roller också</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utan personuppgifter står deltagarna som Deltagare 1, 2 … och varken processledaren eller vem som skrev vad syns. Låt rutorna vara tomma om filen ska delas vidare. Svaren kopplas aldrig till namn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Var ska filerna sparas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Väl&amp;j mapp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna mappen efterå&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporten pågår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Öppna mappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorRow</name>
    <message>
        <source>Framgångsfaktor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inget område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Område för framgångsfaktorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort framgångsfaktorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra framgångsfaktor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra område för framgångsfaktor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWait</name>
    <message>
        <source>Sluta vänta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Väntar på att filen blir ledig…
Ett annat program (till exempel en synkronisering eller ett antivirus) använder databasfilen just nu. Din ändring sparas så snart filen är ledig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Väntar på filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Väntar på att filen blir ledig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändringen kunde inte sparas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Din ändring finns kvar i fönstret tills du väljer vad som ska hända.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försök igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Bara en uppföljningsworkshop kan kopplas till en tidigare workshop. Välj varianten Uppföljning när du skapar workshoppen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen vald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klara åtgärder: {0} av {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senaste uppdatering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n försenade</source>
        <translation>
            <numerusform>, %n försenad</numerusform>
            <numerusform>, %n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ försenad %n dagar</source>
        <translation>
            <numerusform>⚠ försenad %n dag</numerusform>
            <numerusform>⚠ försenad %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad har hänt sedan sist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senaste uppdatering: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra status i tidigare workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv uppdatering i tidigare workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den tidigare workshoppen har inga åtgärder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den tidigare workshoppen har inga beroenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj workshop att följa upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra status för beroende i tidigare workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gå igenom åtgärderna och beroendena från den tidigare workshoppen: vad är klart och vad kvarstår? Det du ändrar här sparas direkt i den tidigare workshoppen och kan ångras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop som följs upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop som följs upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder från den tidigare workshoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroenden från den tidigare workshoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj workshoppen som följs upp, så visas dess åtgärder och beroenden här.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupHeader</name>
    <message>
        <source>Gruppens namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubbelklicka eller tryck F2 för att byta namn på gruppen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandbookText</name>
    <message>
        <source>Handledning för processledare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hållbar förändring – workshoppar om förändringsberedskap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>För dig som leder en workshop om hur redo en organisation är för en förändring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programversion {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · Hållbar förändring {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om handledningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handledningen beskriver metoden bakom programmet och hur du leder workshoppen steg för steg. Läs den när du förbereder dig, och skriv gärna ut den och ha den med dig i rummet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texterna om varje steg är desamma som programmet visar i panelen Handledning till höger när du har en workshop öppen. Panelen visar bara steget du är på; här finns alla steg samlade, med föreslagen tid för varje variant av workshoppen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metoden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppen hjälper en grupp att se hur redo den är för en bestämd förändring, till exempel att hållbarhetsbedömning ska bli en del av besluten om projektmedel. Gruppen kommer fram till vad som finns på plats, vad som kan stoppa förändringen och vad som ska göras, av vem och när.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varför förändringsberedskap?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Att få in hållbarhet i det ordinarie arbetet är ett förändringsarbete. Erfarenheterna från regionernas arbete visar att resultat från projekt lätt försvinner när projektet tar slut, om inte grundläggande förutsättningar finns och om ingen hanterar det som arbetet är beroende av.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beredskap för förändring handlar om två saker: att gruppen vill genomföra förändringen, och att den tror att den kan. Båda går att stärka, men först behöver ni se var ni står.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ramverket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metoden följer Tillväxtverkets vägledning för hållbar regional utveckling. Den har tre delar, och vägledningen rekommenderar att ni tar dem i den här ordningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Områden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad det handlar om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grundläggande förutsättningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledning och styrning, genomförande, lärande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det som måste finnas i organisationen för att förändringsarbetet ska kunna bära: stöd från ledningen, tid och resurser, kompetens och uppföljning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroenden – hinder för förändring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslutsberoende, personberoende, uthållighetsberoende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det som arbetet hänger på men som gruppen inte själv styr över. Ju tidigare ni ser dem, desto lättare är de att motverka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framgångsfaktorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det som brukar hjälpa förändringen att lyckas, och styrkor som gruppen redan har och kan bygga vidare på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslutsberoende: arbetet väntar på ett beslut, ett mandat eller ett styrdokument som någon annan bestämmer över, till exempel en nämnd, ledningsgruppen eller nationella regler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personberoende: arbetet hänger på enskilda personer, och kunskap och kontakter finns bara hos dem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uthållighetsberoende: arbetet behöver tid, pengar och uppmärksamhet som räcker längre än ett projekt eller en mandatperiod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De tre slagen av beroenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skattning, samtal och prioritering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Först skattar var och en ett antal påståenden om förändringen på en skala från 1 (stämmer inte alls) till 5 (stämmer helt), eller svarar Vet ej. Svaren visas inte förrän alla är klara, så att ingen påverkas av de andra. Sedan använder ni spridningen i svaren som underlag för samtalet och enas om en gemensam bild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varje beroende bedöms efter hur stor påverkan det har på förändringen och hur mycket ni själva kan påverka det. Programmet placerar det i en matris med fyra rutor: Agera nu, Påverka och eskalera, Hantera löpande och Bevaka. Deltagarna kan också prioritera med prickar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till sist bestämmer ni åtgärder för de viktigaste beroendena och för de förutsättningar som fick rött. Varje åtgärd får en ansvarig och ett datum. Det är handlingsplanen, och den är workshoppens viktigaste resultat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den fullständiga workshoppen. Passar när gruppen ska gå igenom alla delar och gå därifrån med en handlingsplan. Planera in en paus på ungefär en kvart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>När tiden är knapp. Skattning och samtal går fortare, och steget om förutsättningar och framgångsfaktorer ingår inte; ta upp styrkorna i samtalet om resultaten i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett möte några månader efter workshoppen. Ni går igenom åtgärderna, ser vilka beroenden som är hanterade och skattar påståendena igen för att jämföra före och efter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>före workshoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varianter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>När du skapar en workshop väljer du variant. Varianten bestämmer vilka steg som ingår och hur lång tid programmet föreslår för varje steg. Tiderna är förslag: du ändrar stegets timer under workshoppen när samtalet behöver mer tid eller gruppen vill gå vidare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Föreslagen tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanlagt {0} min, utan paus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Före workshoppen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingår inte i: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steg för steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varje steg har ett syfte, förslag på hur du gör och frågor som du kan ställa till gruppen. Stegen står i den ordning de kommer i halvdagen; Uppföljning hör till uppföljningsmötet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gör så här</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frågor att ställa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarvyn ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarvyn är det rummet ser på projektorn eller den stora skärmen. Du öppnar och stänger den med {0}. Finns det en andra skärm fyller vyn den skärmen; annars öppnas den i ett eget fönster. Ställ in datorn på utökat skrivbord, inte dubblerad skärm, så att rummet inte ser det du gör.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steget: vyn visar stegets namn, frågan till gruppen och timern. Medan deltagarna svarar visar den bara hur många som är klara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa resultat: resultat och lappar är dolda, både hos dig och på deltagarvyn, tills du väljer att visa dem. Du kan dölja dem igen, och välja vilken del av resultaten rummet ser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paus: en lugn bild med timern, medan du förbereder nästa steg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Släckt: en svart skärm, när ni ska prata med varandra i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn: deltagarvyn visar inga namn om du inte slår på det. Då syns namn på lappar och som ansvariga för åtgärder där de är ifyllda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det här styr du i rutan Det rummet ser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inmatningsläget ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I inmatningsläget turas deltagarna om vid din dator. Var och en ser bara sina egna svar, och skärmen töms innan nästa tar över. Du startar det med {0} och väljer vad deltagarna ska göra: skatta påståendena, skriva lappar om beroenden, förutsättningar eller åtgärder, eller fördela prickar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias: deltagaren trycker på sitt alias. Den som inte har något väljer Ny anonym deltagare. Alias räcker; namn behövs inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svaren: ett påstående i taget, med stora knappar för 1 till 5 och Vet ej. Lappar skriver var och en för sig, en sak per lapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lämna över: när deltagaren är klar går hen vidare till en skärm som bara visar hur många som är klara, och lämnar datorn till nästa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN-kod: du kan ange en PIN-kod när du startar. Du lämnar inmatningsläget med tangenterna {0} och PIN-koden. Deltagarna ser inte kombinationen, så ingen lämnar läget av misstag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Så går det till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svaren sparas direkt. Lappar från inmatningsläget kan du sedan göra om till beroenden, framgångsfaktorer eller åtgärder på respektive steg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efter workshoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera resultatet med Ctrl+E: en Excel-fil med alla tabeller, en PDF-rapport att skicka till deltagarna och ledningen, eller CSV-filer. Deltagarnas namn tas bara med om du väljer det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dela workshoppen med samordnaren som en fil (Arkiv › Dela workshop…). Samordnaren läser in den och ser alla workshoppars åtgärder i sin översikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Följ upp åtgärderna: ändra status när något är klart, så att det syns vilka åtgärder som är försenade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Håll ett uppföljningsmöte om tre till sex månader. Skapa en ny workshop med varianten Uppföljning och välj vilken workshop den följer upp; då jämför rapporten före och efter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allt sparas på din dator medan du arbetar, och programmet gör en säkerhetskopia av databasen varje dag du öppnar den. Under Hjälp › Om programmet ser du var filerna ligger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Källor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ramverket och stegen bygger på källorna nedan. Påståendena, frågorna och texterna i programmet är formulerade för programmet; de är inte citat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillväxtverket (2023): Att utveckla och stärka regionernas arbete med hållbar utveckling inom det regionala utvecklingsarbetet. Slutrapport, publikation 0455.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillväxtverket: Vägledning för hållbar regional utveckling (förutsättningar, beroenden och framgångsfaktorer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillväxtverket: seminarieserien Lärande vägar till hållbarhet, om gränsgångare och förutsättningsskapande ledarskap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riksrevisionen (2022): Den regionala utvecklingspolitiken – svaga förutsättningar för ett effektivt samlat statligt agerande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weiner, B. J. (2009): A theory of organizational readiness for change. Implementation Science 4:67.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shea, C. M. m.fl. (2014): Organizational readiness for implementing change (ORIC). Implementation Science 9:7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekonomistyrningsverket (2017): Att leda förändring i offentlig verksamhet (ESV 2017:70).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region Jönköpings län, Qulturum: Hållbarhet i förbättrings- och utvecklingsarbete (röd, gul och grön bedömning och handlingsplan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurt Lewin: kraftfältsanalys, drivande och hindrande krafter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elf, M. m.fl. (2018): S-NoMAD, svensk version av NoMAD. Implementation Science 13:146.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Typsnitt eller bibliotek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Från</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad som händer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hittad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fält</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Här</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I paketet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Var</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tangenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försenad, dagar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senaste uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppföljd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroende nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ av beroende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte hanterade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>När</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påverkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prickar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Värde i filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad det betyder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påverkbarhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevakas av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn (frivilligt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll (frivillig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påstående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vet ej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ursprung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactMatrix</name>
    <message>
        <source>Matris: påverkan och påverkbarhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dra ett beroende till en annan ruta, eller välj det och använd piltangenterna: upp och ner ändrar påverkan, vänster och höger påverkbarheten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte placerade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påverkan: {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påverkbarhet: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prickar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påverkbarhet / rådighet →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påverkan om det inte hanteras →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påverkan →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Större markering = fler prickar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportConflictsDialog</name>
    <message>
        <source>Konflikter från import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De här posterna har ändrats både här och på datorn som paketet kom från, sedan förra importen därifrån. Versionen här gäller tills du väljer. Välj en rad, jämför och bestäm vilken version som ska gälla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Konflikter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skillnader i den valda posten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finns inga fler konflikter att välja mellan. Allt från de importerade paketen gäller som det står i databasen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Behåll versionen här</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ta versionen från paketet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <source>Workshoppens uppgifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skattning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handräkning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppens skattning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förutsättning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framgångsfaktor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>(tomt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>antal: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(borttagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mall för skattningen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Nya: {0} · Uppdateras: {1} · Redan aktuella: {2} · Konflikter: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importera workshoppar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Så här blir databasen om du importerar. Inget är skrivet ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshoppar i paketen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen säkerhetskopieras först, och allt skrivs på en gång: blir något fel skrivs ingenting. En post som har ändrats både här och i paketet blir en konflikt. Då behålls versionen här tills du väljer under Arkiv › Konflikter från import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>{0}, packat {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänd dator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läggs till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppdateras (ändrade poster: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redan aktuell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>konflikter att välja: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nya poster i ändringsloggen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWorkshops</name>
    <message>
        <source>Importera workshoppar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppaket (*.hallbar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läser paketen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importerar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputModeDialog</name>
    <message>
        <source>Skatta påståendena (individuell skattning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriva lappar om beroenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriva lappar om förutsättningar och framgångsfaktorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriva lappar med förslag på åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prickrösta på beroendena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prickrösta på åtgärderna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du lämnar inmatningsläget med tangenterna {0}, och PIN-koden om du anger en. Deltagarna får inte se kombinationen, och den visas inte i inmatningsläget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starta inmatningsläget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fortsätt omgången: {0} av {1} har redan tagit sin tur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finns inga beroenden att rösta på ännu. Lägg till dem först, eller låt deltagarna skriva lappar om beroenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finns inga åtgärder att rösta på ännu. Lägg till dem först, eller låt deltagarna skriva lappar med förslag på åtgärder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN-koderna är olika. Skriv samma PIN-kod i båda fälten, eller töm båda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarna turas om vid den här datorn. Var och en ser bara sina egna svar, och skärmen töms innan nästa tar över.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollera först att projektorn visar deltagarvyn och inte en kopia av din skärm (utökat skrivbord, inte dubblerad skärm). Annars ser hela rummet vad var och en svarar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vad ska deltagarna göra?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad ska deltagarna göra?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prickar per deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prickar per deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;IN-kod för att lämna (valfri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN-kod för att lämna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen PIN-kod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv PIN-koden i&amp;gen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv PIN-koden igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fortsätt omgången</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputModeWindow</name>
    <message>
        <source>✓ {0} – klar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, klar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jag är {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du svarar på påståendena ett i taget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du skriver lappar som bara du ser tills du är klar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du fördelar dina prickar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryck på ditt namn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryck på ditt alias, eller på Ny anonym deltagare om du inte har något.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen annan ser dina svar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny anonym deltagare i inmatningsläget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inmatning: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} av {1} klara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla är klara. Lämna tillbaka datorn till processledaren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tack! Lämna över datorn till nästa deltagare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lämna inmatningsläget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv PIN-koden för att lämna inmatningsläget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lämna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fel PIN-kod. Försök igen, eller välj Avbryt för att stanna kvar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inmatningsläge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vem är du?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagare att välja mellan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny anonym deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>För dig som inte finns i listan: du får ett eget alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nästa deltagare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyMap</name>
    <message>
        <source>I biblioteket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I en workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I inmatningsläget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I mallar för skattningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I översikten för samordnare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I Resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sök bland workshopparna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort den valda workshoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till en post i steget: deltagare, beroende, åtgärd eller framgångsfaktor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starta inmatningsläget: deltagarna turas om vid datorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Låt deltagarna svara i mobilen, via rummets nätverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna eller stäng deltagarvyn för projektorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort det valda beroendet eller den valda åtgärden (i tabellen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gå till gruppens skattning för dimension 1, 2, 3 … i ordning uppifrån</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till lappen du skriver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lämna inmatningsläget (och dess PIN-kod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till ett påstående, en punkt bland förutsättningarna eller (i listan) en dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra status eller uppföljning för den valda åtgärden (börja skriva för uppföljning)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyMapDialog</name>
    <message>
        <source>Kortkommandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allt i programmet går att göra med tangentbordet. Tab flyttar mellan fälten, och Alt med den understrukna bokstaven väljer en knapp eller meny. Det här är genvägarna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rad per kortkommando: tangenterna och vad de gör.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuell skattning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vet ej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svara {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort svaret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Töm sökfältet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen kunde inte läsas: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen har värden som inte kunde användas som de är (antal: {0}, i workshoppar: {1}). Workshopparna går att öppna, och värdena lämnas orörda i filen tills du rättar dem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla organisationer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla ursprung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den här datorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med konflikter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen workshop vald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en workshop i listan för att se mer om den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förändring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upplägg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skattningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försenade åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ursprung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallras efter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicera som mall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel på den nya workshoppen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopia av {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det gick inte att duplicera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vill du ta bort workshoppen ”{0}” med {1}, {2} och {3}? Det går inte att ångra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deltagare</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beroenden</source>
        <translation>
            <numerusform>%n beroende</numerusform>
            <numerusform>%n beroenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n åtgärder</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det gick inte att ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(passerat, personuppgifter finns kvar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallra workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad ska tas bort ur workshoppen ”{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Namn och roller:&lt;/b&gt; deltagarnas namn, roller och egna alias tas bort (antal deltagare: {0}), och anteckningarna visar inte längre vem som skrev dem. Skattningarna, anteckningarna och åtgärdsplanen finns kvar utan namn.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hela workshoppen:&lt;/b&gt; allt i workshoppen tas bort.&lt;/p&gt;&lt;p&gt;Gallringen går inte att ångra. Den når också programmets säkerhetskopior av databasen. Filer du har exporterat och paket du har skickat når den inte.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort namn och roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort hela workshoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det gick inte att gallra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallringen är klar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>”{0}” är borttagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn och roller är borttagna ur ”{0}” (deltagare: {1}, anteckningar: {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen ligger på en server: serverns egna säkerhetskopior gallras enligt organisationens rutin för servern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabellerna på servern skrevs inte om, så de borttagna uppgifterna kan finnas kvar i serverns filer. Be den som sköter servern att köra VACUUM FULL på dem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopior som gallrades: {0}. Säkerhetskopior som togs bort för att de inte gick att gallra: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan inte gallras, ta bort den själv: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>”{0}” lästes in från {1}: kopian där gallras inte härifrån.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filer som du har exporterat (Excel, PDF, CSV) och paket som du har skickat innehåller fortfarande det de innehöll: ta bort dem själv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa problemen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sök workshoppar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sök på titel, organisation eller enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa bara workshoppar från en organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa bara workshoppar från en viss period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppens status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa bara workshoppar med en viss status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ursprung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa bara workshoppar som gjorts här, som importerats från en viss dator eller som har konflikter kvar att välja i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Här samlar du dina workshoppar om förändringsberedskap. Programmet leder dig steg för steg från förberedelser till en handlingsplan med ansvariga och datum. Samordnar du? Importera de workshoppar som processledarna har delat med dig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna exempelworkshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importera workshoppar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rad per workshop. Den markerade visas i detaljerna bredvid; Enter öppnar den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Som Excel och PDF, för den valda workshoppen eller en sammanställning av flera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En ny workshop med samma uppgifter och deltagare, men utan svar och resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort deltagarnas namn och roller, eller hela workshoppen, när uppgifterna inte ska sparas längre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senast öppnade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Öppnar databasen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ångra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gör om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inställningar &amp;för databasen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Var säkerhetskopiorna sparas och hur länge personuppgifterna sparas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ljudsignal när tiden är slut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ändringslogg…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad som har ändrats i workshoppen sedan den markerades som genomförd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kortkommandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handledning för processledare (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metoden och alla steg samlade i en PDF att läsa före workshoppen och skriva ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dela workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparar workshoppen som en fil som en samordnare kan läsa in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna &amp;databas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byter till en annan databasfil eller en gemensam databas på en server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importera workshoppar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läser in workshoppar från paket (.hallbar) som processledare har delat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Konflikter från import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem i databasen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gisterförteckning för dataskyddsombudet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparar en förteckning över personuppgifterna i databasen som PDF eller Excel: vilka och hur många, hur länge de sparas, var de finns och vem som kommer åt dem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mallar för skattningen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Biblioteket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Översikt för &amp;samordnare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla workshoppars åtgärder, beredskap över tid och beroenden på en gång</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliotek (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Översikt för samordnare (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppen kunde inte delas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paketen kunde inte importeras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registerförteckningen kunde inte sparas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lösenord till databasservern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lösenord för {0} till databasen {1} på {2}. Programmet sparar det inte. Lämna fältet tomt om servern inte kräver lösenord eller om det står i din pgpass-fil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppnar {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mallen ”{0}” version {1} är sparad. Välj den när du skapar en ny workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problemen kunde inte läsas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändringsloggen kunde inte läsas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dela workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj först den workshop du vill dela i listan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registerförteckningen är sparad i {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppen är sparad i {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppen är delad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppen är sparad i {0}. Filen kan skickas till den som samordnar workshopparna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allt i paketen fanns redan i databasen. Ingenting ändrades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importen är klar. Nya workshoppar: {0}. Uppdaterade: {1}. Nya konflikter: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importen är klar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen säkerhetskopierades först till {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visa konflikter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konflikterna kunde inte läsas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valet kunde inte sparas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>”{0}”: versionen från paketet gäller nu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>”{0}”: versionen här behålls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konflikter kvar att välja: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listan över workshoppar kunde inte läsas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Använda värdet som visas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}: i filen står {2}. Vill du spara {3} i stället? Det som står i filen nu tas då bort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det gick inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen är återställd till hur den var {0} klockan {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen som den var innan finns kvar bland säkerhetskopiorna (slag: Före återställning), så du kan ångra genom att återställa den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen som den var innan gick inte att läsa som databas. Den finns kvar oförändrad som {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen är återställd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopian kunde inte göras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databas: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Översikt för samordnare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppen kunde inte öppnas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppen har värden i filen som inte kunde användas som de är (antal: {0}): se Arkiv &gt; Problem i databasen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändrad av någon annan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Någon annan har ändrat det här medan du hade workshoppen öppen. Vilket ska gälla?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara min ändring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behåll det som är sparat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplet kunde inte skapas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deltagare</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beroenden</source>
        <translation>
            <numerusform>%n beroende</numerusform>
            <numerusform>%n beroenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n åtgärder</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <source>Sparat {0:%H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senaste ändringen sparades inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ångra {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gör om {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ändra </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ändring av </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lägg till </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tillägg av </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ta bort </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borttagning av </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Följ systemet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ljust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mörkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hög kontrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xtstorlek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;törre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stö&amp;rst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hållbar förändring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Öppna workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gå till listan med alla workshoppar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exportera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara workshoppen, eller en sammanställning av flera, som Excel och PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åte&amp;rställ från säkerhetskopia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gå tillbaka till en säkerhetskopia av databasen; den nuvarande sparas först, så du kan ångra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Föregående steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nästa steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starta eller pausa &amp;timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa &amp;handledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Om programmet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingWords</name>
    <message>
        <source>Ange organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ange förändringen i fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ange datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskriv nuläget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskriv målbilden</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n påståenden saknar handuppräckning</source>
        <translation>
            <numerusform>%n påstående saknar handuppräckning</numerusform>
            <numerusform>%n påståenden saknar handuppräckning</numerusform>
        </translation>
    </message>
    <message>
        <source>Inga deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} av {1} har inte skattat klart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gruppens skattning saknas för %n områden</source>
        <translation>
            <numerusform>Gruppens skattning saknas för %n område</numerusform>
            <numerusform>Gruppens skattning saknas för %n områden</numerusform>
        </translation>
    </message>
    <message>
        <source>Inga beroenden ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n beroenden saknar påverkan eller påverkbarhet</source>
        <translation>
            <numerusform>%n beroende saknar påverkan eller påverkbarhet</numerusform>
            <numerusform>%n beroenden saknar påverkan eller påverkbarhet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n punkter saknar trafikljus</source>
        <translation>
            <numerusform>%n punkt saknar trafikljus</numerusform>
            <numerusform>%n punkter saknar trafikljus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n högt prioriterade beroenden saknar åtgärd</source>
        <translation>
            <numerusform>%n högt prioriterat beroende saknar åtgärd</numerusform>
            <numerusform>%n högt prioriterade beroenden saknar åtgärd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n åtgärder saknar ansvarig eller datum</source>
        <translation>
            <numerusform>%n åtgärd saknar ansvarig eller datum</numerusform>
            <numerusform>%n åtgärder saknar ansvarig eller datum</numerusform>
        </translation>
    </message>
    <message>
        <source>Boka datum för uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj workshoppen som följs upp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen (en ny workshop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utan datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapa workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbyggd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}, version {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till exempel: Hållbarhet i projektmedel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till exempel: Region Västernorrland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antal de&amp;ltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Följer upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upplägg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mall för skattningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påståendena och skalan som workshoppen använder. Workshoppen behåller sin kopia av mallen, även om mallen ändras senare. Egna mallar gör du under Arkiv &gt; Mallar för skattningen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message numerus="yes">
        <source>%n prickar</source>
        <translation>
            <numerusform>%n prick</numerusform>
            <numerusform>%n prickar</numerusform>
        </translation>
    </message>
    <message>
        <source>Gruppera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppera: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg lappen i en grupp eller slå ihop den med en likadan lapp. Du kan också dra lappen till en annan lapp eller grupp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort lapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort lappen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>För en lapp som inte hör hit eller som redan finns. Ångra med Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <source>%n lappar väntar. De visas när du visar resultatet.</source>
        <translation>
            <numerusform>%n lapp väntar. Den visas när du visar resultatet.</numerusform>
            <numerusform>%n lappar väntar. De visas när du visar resultatet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lappar</source>
        <translation>
            <numerusform>%n lapp</numerusform>
            <numerusform>%n lappar</numerusform>
        </translation>
    </message>
    <message>
        <source>Dra en lapp till en annan lapp eller grupp för att gruppera, eller välj Gruppera. Ctrl+Z ångrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utan grupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prickar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dra hit en lapp för att ta den ur sin grupp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg i grupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny grupp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta ur gruppen {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byt namn på gruppen {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slå ihop med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den du väljer blir kvar med prickarna från båda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort lapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grupp {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg lapp i grupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta lapp ur grupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg lappar i ny grupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg lapp i ny grupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byt namn på grupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slå ihop lappar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lappar från deltagarna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visar lapparna här och på deltagarvyn, tillsammans med stegets resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapparna i sina grupper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTurn</name>
    <message>
        <source>Lapparna visas med ditt namn, {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapparna är anonyma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv en sak per lapp och välj vilken typ den är. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskriv roller, inte personer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till lappen ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad kan hindra förändringen? Vad är den beroende av?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vilka förutsättningar och framgångsfaktorer finns, eller saknas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vilka åtgärder föreslår du?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny lapp i inmatningsläget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort lapp i inmatningsläget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dina lappar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort lappen {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ av lapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lappens text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv din lapp här…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till lappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dina lappar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klar – lämna över</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Om servern erbjuder det</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alltid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alltid, och serverns certifikat kontrolleras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aldrig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu öppen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv vilken databasfil du vill öppna, eller välj den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen {0} finns inte. Kontrollera namnet och mappen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serverns namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>databas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>användarnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fyll i det som saknas: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj databasfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasfiler (*.sqlite3 *.sqlite *.db);;Alla filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna databas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Senast öppnade databaser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En databasfil på den här datorn eller en delad mapp. Den kan bara vara öppen i ett fönster åt gången.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Välj fil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En gemensam databas på en PostgreSQL-server, som flera kan använda samtidigt. Uppgifterna får du av den som sköter servern. Lösenordet frågar programmet efter när du öppnar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serv&amp;erns namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till exempel db.region.se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Databas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till exempel hallbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Användarnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kryptering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenHandbook</name>
    <message>
        <source>Handledning för processledare {0}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapar handledningen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handledningen sparades som {0}, men inget program på datorn kunde öppna den. Öppna filen i ett program för PDF-filer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handledningen kunde inte öppnas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenWorkshop</name>
    <message>
        <source>Vänta tills den förra ändringen har sparats och gör sedan om den här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det du ändrar finns inte längre i workshoppen. Ladda om sidan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateField</name>
    <message>
        <source>v. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv datumet som ÅÅÅÅ-MM-DD, eller välj det i kalendern med Alt+↓.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum som ÅÅÅÅ-MM-DD. Alt+pil ned öppnar kalendern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj i kalendern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj datumet i kalendern (Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet lämnas tomt tills du väljer ett nytt datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort datum: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datumet {0} finns inte och har inte sparats. Skriv ett annat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det här är inget datum och har inte sparats. Skriv det som ÅÅÅÅ-MM-DD, till exempel {0}, eller tryck Esc för att ångra.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantRatingWidget</name>
    <message>
        <source>Påståenden och svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rad per påstående med deltagarens svar. Tryck 1–5 för att svara, 0 eller V för Vet ej och Delete för att ta bort svaret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 eller V  Vet ej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete  Rensa svaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort svaret på påståendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tangenter: 1–5 sparar svaret och går till nästa påstående, 0 eller V betyder Vet ej, Delete rensar, piltangenterna flyttar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen deltagare vald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en deltagare för att skriva in svar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svar från {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påstående {0} av {1} · {2} besvarade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inget svar ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. {1}
Svar: {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Så syns deltagaren i rummet och i exporterna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn är personuppgifter. Fyll bara i dem om ni behöver dem; de visas bara när du slår på ”Visa deltagarnas namn”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till exempel handläggare eller enhetschef. Beskriv roller, inte personer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hur många av påståendena deltagaren har svarat på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} av {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra deltagare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantView</name>
    <message>
        <source>Deltagarvy – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svara i mobilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR-kod till deltagarsidan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kod: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snart börjar vi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaten visas snart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuläge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målbild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förändringen i fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte skrivet ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla är klara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} av {1} klara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiden är slut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid kvar {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarvy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid kvar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi fortsätter strax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Släckt skärm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Alla datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senaste 12 månaderna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förra året</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneAnswers</name>
    <message>
        <source>Skattning i mobilen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapp från mobilen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapp borttagen i mobilen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prickar i mobilen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneAnswersWindow</name>
    <message>
        <source>Vänta på nästa steg (inget öppet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skatta påståendena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriva lappar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fördela prickar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datorn är inte ansluten till något lokalt nätverk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarsidan kunde inte startas: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarsidan är stängd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gå till {0}
Kod: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anslutna: {0} · klara: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR-kod till deltagarsidan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Väljer vem den är …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Låt deltagarna svara i mobilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarna svarar i sina egna mobiler via rummets nätverk, utan internet. Mobilerna och datorn ska vara anslutna till samma wifi, till exempel datorns egen surfzon eller en reserouter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nätverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nätverk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vad deltagarna gör</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad deltagarna gör</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anslutna mobiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anslutna mobiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ta bort mobilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobilen kopplas bort och måste gå med igen med koden. Det den har skickat finns kvar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stoppa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarsidan stängs och alla mobiler kopplas bort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <source>Ändra titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra förändringen i fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra plats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra processledare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra datum för uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra gallringsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra inmatning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dölj namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upplägget går inte att ändra när något redan är registrerat i workshoppen, eftersom den bestämmer vilka steg som finns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upplägget bestämmer vilka steg workshoppen har och hur lång den är.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta deltagare upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta deltagare ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förberedelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fyll i det du vet före workshoppen. Varje fält sparas när du lämnar det, och Ctrl+Z ångrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om workshoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad heter workshoppen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation eller region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation eller region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till exempel Region Exempelland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förvaltning, avdelning eller enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Förändringen i fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förändringen i fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vilken förändring handlar workshoppen om, i en eller två meningar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokal eller länk till mötet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;cessledare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processledare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn eller roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upplägg och datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum för workshoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upplägg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upplägg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inmatning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Så svarar deltagarna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa deltagarnas na&amp;mn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Av: deltagarna syns med alias i rummet och på skärmen. På: namn visas där de är ifyllda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn är personuppgifter och är frivilliga. Beskriv roller, inte personer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppföl&amp;jning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum för uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gallras efter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallras efter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarna syns med alias. Namn och roll är frivilliga; namn är personuppgifter, så fyll bara i dem om ni behöver dem. Dubbelklicka eller tryck F2 för att ändra en cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rad per deltagare. Skriv i en cell eller tryck F2 för att ändra den; ändringen sparas direkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga deltagare ännu. Lägg till den första med Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lägg till deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny deltagare sist i listan, med nästa lediga alias. Kortkommando: Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta &amp;bort deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarens svar tas också bort. Ctrl+Z ångrar och tar tillbaka svaren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fl&amp;ytta upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta &amp;ned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>Inget område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gör till framgångsfaktor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gör lapp till framgångsfaktor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till framgångsfaktor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort framgångsfaktor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förutsättningar och framgångsfaktorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge varje punkt ett trafikljus och skriv en kort anteckning. Med tangentbordet: Tab till punkten, piltangenterna till ljuset och Mellanslag för att välja det. Rubriken för varje område visar hur punkterna fördelar sig på ljusen. Markera det som fungerar som en styrka att bygga vidare på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklista per område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framgångsfaktorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drivkrafter som gruppen kan bygga vidare på. I rapporten står de mot beroendena.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga framgångsfaktorer ännu. Skriv den första nedan och tryck Ctrl+Enter, eller låt deltagarna skriva lappar i inmatningsläget (F6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny framgångsfaktor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny framgångsfaktor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad fungerar redan och hjälper förändringen framåt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;mråde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Område för den nya framgångsfaktorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lägg till framgångsfaktor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter eller Enter i textfältet gör samma sak.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankedVotesChart</name>
    <message numerus="yes">
        <source>%n prickar</source>
        <translation>
            <numerusform>%n prick</numerusform>
            <numerusform>%n prickar</numerusform>
        </translation>
    </message>
    <message>
        <source>nr {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <source>{0} av {1} klara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} handuppräknade svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>För in ett pappersformulär i taget: Nytt pappersformulär lägger till en anonym deltagare, och tangenterna 1–5, 0 eller V skriver in svaren. Svaren visas inte för gruppen förrän ni går vidare till resultaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ytt pappersformulär</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En anonym deltagare för nästa formulär, redo för svaren (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Räkna händerna för varje påstående och skriv in antalen. Svaren visas inte för gruppen förrän ni går vidare till resultaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarna svarar själva i inmatningsläget (F6), eller så skriver du in varje deltagares svar här. Svaren visas inte för gruppen förrän ni går vidare till resultaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lä&amp;gg till deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om någon kommer sent eller saknades i listan (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>klar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} · {2} av {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} av {1} besvarade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inte påbörjad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuell skattning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv in varje deltagares svar. Svaren visas inte för gruppen förrän ni går vidare till resultaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sätt att föra in svaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj den deltagare vars svar du skriver in. Enter går till påståendena.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 av 0 klara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga deltagare ännu. Lägg till den första med Ctrl+Enter eller knappen Lägg till deltagare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handuppräckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läs upp ett påstående i taget och räkna händerna för varje värde. Skriv antalet i rutan, till exempel 3 under 4 om tre svarade 4. Tab går till nästa ruta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Antal svar per påstående och värde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handuppräckning per påstående</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingTableModel</name>
    <message>
        <source>Vet ej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, påstående {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rensa skattning: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skattning: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingTurn</name>
    <message>
        <source>Du svarar som {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vet ej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påstående {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påstående {0} av {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} av {1} besvarade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svara på alla påståenden först. Vet ej går också bra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svar från {0} i inmatningsläget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I vilken grad stämmer det?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gå till påstående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◂ Föregående påstående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nästa påstående ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klar – lämna över</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessOverTimeChart</name>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga skattningar i urvalet för {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… och fler (se tabellen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
{1}, {2}
{3}: {4}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Återställ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databas: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopiorna ligger i {0} och i {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopiorna ligger i {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den här säkerhetskopian går inte att läsa, så den kan inte återställas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vill du återställa databasen till hur den var {0} klockan {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workshoppar</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshoppar</numerusform>
        </translation>
    </message>
    <message>
        <source>Säkerhetskopian innehåller {0}. Det du har ändrat efter den tiden försvinner ur databasen, men databasen som den är nu sparas först som en ny säkerhetskopia, så du kan ångra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet sparar en säkerhetskopia av databasen första gången du öppnar den varje dag och före varje uppgradering. Välj den kopia du vill gå tillbaka till. Databasen som den ser ut nu sparas först som en ny säkerhetskopia, så du kan ångra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Säkerhetskopior, den senaste först</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finns inga säkerhetskopior av den här databasen ännu. Programmet gör en första gången du öppnar databasen varje dag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Vet ej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siffrorna i staplarna är antal svar. Håll muspekaren över en rad för alla siffror. I riskprofilen är färgerna omvända.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} av {1} deltagare har svarat, {2} på alla påståenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} handuppräknade svar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dessutom {0} handuppräknade svar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förändringsberedskap per dimension – medelvärde {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förändringsberedskap per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppens skattning: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultat och samtal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dölj resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dölj resultaten här och på deltagarvyn, till exempel innan datorn går runt igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen har skattat ännu. Skriv in deltagarnas svar i steget Individuell skattning, så visas fördelningen här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaten är dolda, här och på deltagarvyn, så att ingen ser de andras svar medan datorn går runt. Visa dem när alla är klara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa fördelningarna här och på deltagarvyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stapeln är dimensionens medelvärde på skalan 1–5. Linjen går från den lägsta till den högsta deltagarens medelvärde. Vet ej räknas inte med. Röd: median högst 2, Gul: 3, Grön: minst 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riskprofil: sårbarhet för beroenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Här betyder ett högt värde att arbetet är mer sårbart, så färgerna är omvända: högt är rött. Riskprofilen ingår inte i förändringsberedskapen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påståenden och gruppens skattning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealedContent</name>
    <message>
        <source>Förändringsberedskap per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förändringsberedskap per dimension – medelvärde {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sårbarhet för beroenden – högt värde betyder mer risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} av {1} har svarat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stapeln är medelvärdet. Strecket går från den lägsta till den högsta deltagarens eget medelvärde: ju längre streck, desto mer skiljer sig svaren. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} handuppräknade svar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dessutom {0} handuppräknade svar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stapeln är medelvärdet. Strecket går från det lägsta till det högsta värdet, där varje handuppräknat svar räknas för sig: ju längre streck, desto mer skiljer sig svaren. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – medelvärde {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vet ej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siffrorna i staplarna är antal svar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga beroenden ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… och {0} till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga åtgärder ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga prickar ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prickar per punkt, flest först</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} prickar sammanlagt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} till med färre prickar visas inte här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga lappar ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utan grupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prickar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {0} lappar till</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomControls</name>
    <message>
        <source>Visa namn på deltagarvyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dölj namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dölj resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarvyn är släckt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarvyn visar paus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarvyn visar {0} av {1} klara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allt visas: workshoppen är {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rummet ser: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaten är dolda för rummet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det rummet ser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarvyn visar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarvyn visar steget du är på och det du har visat av resultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En lugn pausbild med timern, medan du förbereder nästa steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Släckt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En svart skärm, så att rummet kan titta på varandra i stället</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultat och lappar är dolda, här och på deltagarvyn, tills du visar dem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa del:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del av resultaten som visas på deltagarvyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Av: deltagarvyn visar inga namn, varken på lappar eller som ansvariga för åtgärder. På: namn visas där de är ifyllda. Samma val som under Förberedelser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomViews</name>
    <message>
        <source>Översikt per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrisen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prickröstning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lappar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad behöver du för att kunna säga vad du tycker i dag?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finns inga rätta svar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det som sägs här stannar i rummet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi pratar om roller och arbetssätt, inte om personer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Var står vi i dag, och hur märks förändringen om två år?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svara utifrån hur det är i dag, inte hur det borde vara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skatta varje påstående från 1 till 5, eller välj Vet ej.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen ser dina svar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaten visas när alla är klara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad ser du som inte de andra ser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi börjar med de lägsta värdena och där svaren skiljer sig mest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad skulle behöva hända för att värdet blev ett steg högre?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaten visas snart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad kan stoppa förändringen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslutsberoende: ett beslut eller mandat som vi inte själva rår över.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personberoende: arbetet hänger på en eller ett par personer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uthållighetsberoende: tid, pengar och uppmärksamhet som måste räcka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förslagen och matrisen visas när alla har skrivit klart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad har fungerat tidigare när vi lyckats förändra något?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledning och styrning: mandat, styrdokument och tydligt ansvar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genomförande: tid, resurser och arbetssätt i det vanliga arbetet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lärande: kompetens, uppföljning och att dela erfarenheter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapparna visas när alla har skrivit klart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad ska göras, av vem och när?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Börja med det som påverkar mest och som vi själva kan göra något åt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varje åtgärd behöver en ansvarig och ett datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rösterna visas när alla har lagt sina prickar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad tar du med dig härifrån?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad har hänt sedan sist, och vad har inte hänt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi går igenom åtgärderna och beroendena från förra gången.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svaren visas när alla är klara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg dina prickar på det du tycker är viktigast.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveProcessingRecord</name>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara registerförteckningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registerförteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareWorkshop</name>
    <message>
        <source>Dela workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppaket (*.hallbar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta med personuppgifterna?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ska personuppgifterna följa med i paketet: deltagarnas namn, roller och alias, processledarens namn och vem som skrev vad? Svarar du nej står deltagarna som Deltagare 1, 2 … och allt annat i workshoppen följer med. Där paketet läses in tas inga namn bort.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Säkerhetskopian kunde inte återställas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En felrapport sparades i {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet kunde inte starta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas på grund av ett oväntat fel. {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementDistributionChart</name>
    <message>
        <source>Inga svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bara Vet ej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stor spridning – diskutera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}
Svar: {2}, Vet ej: {3} st
Median {4}, medelvärde {5}, lägst {6}, högst {7}, spridning {8}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stor spridning – diskutera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vet ej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga svar ännu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusSuggestionBar</name>
    <message>
        <source>Workshoppen har börjat men har fortfarande status {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markera som pågående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Då syns det i biblioteket att workshoppen pågår. Du kan ångra med Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det här är sista steget. Markera workshoppen som genomförd när ni är klara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markera som genomförd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En genomförd workshop visar alla resultat i deltagarvyn utan att du visar dem, och syns som genomförd i biblioteket. Du kan ångra med Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det gick inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {0}. Du kan ångra med Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förslag om workshoppens status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nej tack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du får inte frågan igen för den här workshoppen. Status ändrar du alltid under Förberedelser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepGuidance</name>
    <message>
        <source>Se till att workshoppen handlar om en tydligt avgränsad förändring och att rätt personer är inbjudna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fyll i organisation, enhet och vilken förändring workshoppen gäller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till deltagarna. Alias räcker; namn behövs inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestäm hur deltagarna ska svara: turvis vid datorn, handuppräckning eller papper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vilken förändring ska vi prata om, i en mening?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vilka behöver vara med för att besluten ska hålla?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapa trygghet och förklara varför ni ses och hur workshoppen går till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berätta syftet och vad som händer med resultatet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gå igenom spelreglerna: det finns inga rätta svar, och det som sägs stannar i rummet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa modellen kort: tre förutsättningar och tre slags beroenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad behöver du för att kunna säga vad du tycker i dag?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bli överens om var ni står i dag och vart ni vill om ett till tre år.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Låt gruppen beskriva nuläget med egna ord och skriv ner det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulera en målbild som går att känna igen när den är nådd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppla gärna till den regionala utvecklingsstrategin och till styrdokumenten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hur märks förändringen i vardagen om två år?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad gör vi redan i dag som pekar åt rätt håll?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Få allas egen bild innan gruppen pratar, så att ingen påverkas av de andras svar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varje deltagare skattar påståendena från 1 till 5, eller Vet ej.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryck F6 för inmatningsläget: deltagarna svarar i tur och ordning vid datorn utan att se varandras svar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Räknar ni händer i stället, skriv antalen per värde under fliken Handuppräckning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaten visas inte förrän alla är klara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv in svaren deltagare för deltagare; tangenterna 1–5 och 0 för Vet ej går snabbast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svara utifrån hur det är i dag, inte hur det borde vara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Använd spridningen som samtalsstöd och kom fram till en gemensam bild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Börja med de lägsta värdena och de påståenden där spridningen är stor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Låt dem som svarat högt och lågt berätta hur de tänkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enas om en gruppskattning per dimension och skriv en kort kommentar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad ser du som inte de andra ser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad skulle behöva hända för att värdet blev ett steg högre?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hitta det som kan stoppa förändringen: beslut som saknas, personer arbetet hänger på och uthållighet som tryter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta en typ av beroende i taget och låt alla skriva förslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med inmatningsläget (F6) skriver var och en sina lappar; när du visar resultatet kan du göra om lapparna till beroenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedöm påverkan och hur mycket ni själva kan påverka, och placera beroendet i matrisen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Låt deltagarna prioritera med prickar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskriv roller, inte personer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vilka beslut – politiska, i ledningen eller nationellt – måste fattas för att förändringen ska bli verklighet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad händer om de som driver arbetet i dag slutar eller byter uppdrag?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad krävs för att arbetet ska leva vidare när projektpengarna tar slut?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se vilka grundläggande förutsättningar som finns och vilka styrkor ni kan bygga vidare på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge varje punkt rött, gult eller grönt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markera styrkor och skriv ner framgångsfaktorer som driver arbetet framåt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarnas lappar från inmatningsläget (F6) kan du göra om till framgångsfaktorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad har fungerat tidigare när vi lyckats förändra något?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestäm vad som ska göras, av vem och när, för de viktigaste beroendena.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Börja med beroendena i Agera nu och Påverka och eskalera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varje åtgärd behöver en ansvarig och ett datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarnas förslag från inmatningsläget (F6) kan du göra om till åtgärder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulera åtgärden med ett verb: Ta fram, Besluta om, Utbilda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hur vet vi att åtgärden är klar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vem behöver fatta beslut för att den ska bli av?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsluta med en gemensam bild av vad ni kommit fram till och vad som händer härnäst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läs upp de största riskerna och åtgärderna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boka ett uppföljningsmöte om tre till sex månader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad tar du med dig härifrån?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se hur långt ni kommit sedan förra workshoppen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gå igenom åtgärderna och uppdatera deras status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markera vilka beroenden som är hanterade och vilka som kvarstår.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skatta påståendena igen för att jämföra före och efter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad har hänt sedan sist, och vad har inte hänt?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Det gick inte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ändra datum för uppföljningsmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra nästa steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} av 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>förändringsberedskap, medelvärde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deltagare, {0} har skattat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (högre värde = mer sårbart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medelvärden på skalan 1–5. Trafikljuset följer medianen: 2 eller lägre Röd, 3 Gul, 4 eller högre Grön. Vet ej räknas inte med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga skattningar ännu. Resultaten visas här när deltagarna har svarat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga skattningar ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga högt prioriterade beroenden. De visas här när de har placerats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nr {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>påverkan {0} · prickar: {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saknar en åtgärd med ansvarig och datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Alla högt prioriterade beroenden har en åtgärd med ansvarig och datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen checklista för förutsättningarna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siffrorna är antal punkter med varje ljus: ett rött ljus gör inte hela området rött.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (styrka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>beroenden</source>
        <translation>
            <numerusform>beroende</numerusform>
            <numerusform>beroenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>varav %n högt prioriterade</source>
        <translation>
            <numerusform>varav %n högt prioriterat</numerusform>
            <numerusform>varav %n högt prioriterade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>åtgärder</source>
        <translation>
            <numerusform>åtgärd</numerusform>
            <numerusform>åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>varav %n försenade</source>
        <translation>
            <numerusform>varav %n försenad</numerusform>
            <numerusform>varav %n försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>inte bedömda: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga framgångsfaktorer ännu. Lägg till dem i steget Förutsättningar och framgångsfaktorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga öppna åtgärder ännu. Lägg till dem i steget Åtgärder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen ansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ försenad %n dagar</source>
        <translation>
            <numerusform>⚠ försenad %n dag</numerusform>
            <numerusform>⚠ försenad %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har skattat klart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroenden per typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanfattning och nästa steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förändringsberedskap per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Styrkor att bygga vidare på</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De mest kritiska beroendena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Högt prioriterade beroenden utan åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förutsättningar per område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framgångsfaktorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De viktigaste åtgärderna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uppföljningsmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum för uppföljningsmöte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nästa steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vem gör vad efter i dag? Till exempel vem som skickar ut handlingsplanen och när.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyTableModel</name>
    <message>
        <source>Hur många som svarade {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv antalet som en siffra, till exempel 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handuppräckning: påstående {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Ångra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z. Tar tillbaka den senaste ändringen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spara som organisationens mall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparar mallen som en ny version. Nya workshoppar kan sedan använda den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påstående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Värde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etikett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betydelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markera alla celler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>”Vet ej”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (egen, version {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (inbyggd, version {1}) – sparas som en ny mall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopia av {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopia {0} av {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändring av {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla dimensioner utan en egen skala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Här finns något att rätta innan mallen kan sparas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rätta det som är markerat innan du sparar (antal: {0}). Först: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tillägg av dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borttagning av dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordning av dimensioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>påstående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tillägg av påstående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borttagning av påstående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordning av påståenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egen skala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>förutsättning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tillägg av förutsättning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borttagning av förutsättning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordning av förutsättningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>källor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mallen är inte sparad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du har ändrat i mallen utan att spara. Vill du lämna ändringarna?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lämna ändringarna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortsätt redigera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mallar för skattningen[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gör en egen version av påståendena och skalan. Den sparas som organisationens mall och kan väljas när du skapar en ny workshop. Workshoppar som redan finns behåller den mall de skapades med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utgå från</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den inbyggda mallen sparas som en ny, egen mall. En egen mall sparas som en ny version av sig själv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporterna skriver ut mallens namn och version, så att det syns vilka påståenden som användes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dimensioner och påståenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mallens dimensioner. Välj en för att se och ändra dess påståenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta dimensionen upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta dimensionen ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;od</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En kort kod, till exempel A. Den står i exporternas kolumner och på projektorn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;amn på dimensionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beskrivning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Räknas in i be&amp;redskapen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beredskapen är medelvärdet av de här dimensionerna. Stäng av för ett block som beskriver något annat, till exempel sårbarhet för beroenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Högt värde är en r&amp;isk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trafikljusen vänds: ett högt värde blir rött. För ett block som mäter risk, inte beredskap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Påståenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rad per påstående i den valda dimensionen. Skriv i en cell eller tryck F2 för att ändra den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påståenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg &amp;till påstående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort påstående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta påståendet upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta påståendet ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skalan &amp;gäller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;imensionen har en egen skala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>För påståenden där den allmänna skalans ord skulle vilseleda, till exempel när ett högt värde är en risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skalans förankringar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rad per värde på skalan, med dess etikett och betydelse. Skriv i en cell eller tryck F2 för att ändra etiketten eller betydelsen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svaret ”&amp;Vet ej” heter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Förutsättningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punkterna i checklistan över grundläggande förutsättningar som en ny workshop börjar med.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förutsättningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rad per punkt i checklistan för förutsättningar, med dess område. Skriv i en cell eller tryck F2 för att ändra den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta punkten upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta punkten ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Käl&amp;lor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Källor och förbehåll som exporterna skriver ut, en per rad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Källor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerControls</name>
    <message>
        <source>Pausens längd och tid kvar. Pausen börjar när deltagarvyn visar Paus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid kvar av den tid som är planerad för steget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausa timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortsätt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starta timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausens längd i minuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stegets längd i minuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timern för {0} går vidare medan du tittar på ett annat steg. Klicka för att gå tillbaka dit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timern för {0} står still under pausen och går vidare när deltagarvyn visar steget igen. Klicka för att gå till steget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiden är slut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} kvar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen planerad tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paus: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausen är slut ({0} över {1} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiden är slut ({0} över {1} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paus: {0} kvar av {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planerad tid: {0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stoppad: {0} kvar av {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} kvar av {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timern för steget som pågår går vidare medan du tittar på ett annat steg. Klicka för att gå tillbaka dit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nollställ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timern börjar om från noll, med samma längd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fem minuter kortare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kortar tiden med fem minuter, när gruppen behöver gå vidare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Längd i minuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hur många minuter steget ska få och tryck Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fem minuter längre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ger steget fem minuter till, när samtalet behöver det</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficLightChooser</name>
    <message>
        <source>Trafikljus: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Förändringen i fokus är inte beskriven än. Skriv in den under Förberedelser eller Nuläge och målbild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (nu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanlagt {0} ({1} min), pauser tillkommer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 / V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Räknas inte med i medelvärdena.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förändringsberedskap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välkommen och syfte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stegets text att läsa upp. PgDown och piltangenterna bläddrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välkommen!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagens program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modellen i korthet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grundläggande förutsättningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ledning och styrning&lt;/b&gt; – ledningen och politiken står bakom förändringen, den finns i styrdokumenten och någon har mandat och ansvar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Genomförande&lt;/b&gt; – det finns tid, resurser, verktyg och samverkan i det ordinarie arbetet, inte bara i projekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lärande&lt;/b&gt; – vi har den kompetens som behövs, följer upp och använder det vi lär oss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beroenden – hinder för förändring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Beslutsberoende&lt;/b&gt; – arbetet väntar på ett beslut eller mandat som vi inte råder över själva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Personberoende&lt;/b&gt; – arbetet hänger på enskilda personer och kunskap som bara de har.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Uthållighetsberoende&lt;/b&gt; – arbetet måste leva vidare när projektpengar, tid och uppmärksamhet tar slut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efter Tillväxtverkets vägledning för hållbar regional utveckling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelregler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ul style=&quot;margin-left: 0px;&quot;&gt;&lt;li&gt;Det finns inga rätta eller felaktiga svar. Vi vill höra hur just du ser på det.&lt;/li&gt;&lt;li&gt;Det som sägs i rummet stannar i rummet.&lt;/li&gt;&lt;li&gt;Svaren i skattningen är anonyma. Ingen ser vem som har svarat vad.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skalan i skattningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I vilken grad stämmer påståendet? Svara med en siffra från 1 till 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopFilter</name>
    <message>
        <source>Alla statusar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopLibraryTableModel</name>
    <message>
        <source>Gallringsdatumet {0} har passerat och workshoppen har fortfarande personuppgifter (namn, roller, inskrivna alias eller vem som skrev eller ändrade något). Välj Gallra… för att ta bort dem eller hela workshoppen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, gallringsdatumet har passerat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänd dator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den här datorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, importerad {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – konflikter att välja: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapad i den här databasen och aldrig importerad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installations-id: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n försenade)</source>
        <translation>
            <numerusform>{0} (%n försenad)</numerusform>
            <numerusform>{0} (%n försenade)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Klart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kvar i det här steget: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Överhoppat med saker kvar: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gör så här</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frågor att ställa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Föreslagen tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inmatningsläge (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarna turas om vid datorn och svarar utan att se varandras svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobiler (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Låt deltagarna svara i mobilen, via rummets nätverk utan internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltagarvy (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna eller stäng deltagarvyn: stegets fråga, timern och det du visar, i stor text för projektorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshoppens steg i ordning, med ✓ för klart, ● för pågår och ○ för inte påbörjat. Piltangenterna byter steg och Tab går till stegets sida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◂ Föregående steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nästa steg ▸</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CalendarPopup</name>
    <message>
        <source>v.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_StatusDelegate</name>
    <message>
        <source>Åtgärdens status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
