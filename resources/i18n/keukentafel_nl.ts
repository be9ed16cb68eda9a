<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name>CasesPage</name>
    <message>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten van de zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gepland eind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statusverloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaaktype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientHeader</name>
    <message>
        <source>(naam onbekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRP-indicatie: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN {bsn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN, leeftijd en adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt wordt opgehaald…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens in onderzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geheimhouding: geen gegevens aan derden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onder curatele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleden {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geboortedatum onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen adres bekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} jaar (geboren {born})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientStates</name>
    <message>
        <source>afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: kies Oplossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mislukt: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wacht op verzending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientViewWidget</name>
    <message>
        <source>&amp;Documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tijdlijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen cliënt geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een cliënt in de zoekbalk of de werklijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klantbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdelen van het klantbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;aken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taak wordt afgerond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wordt opnieuw verstuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} wordt opgehaald…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>&amp;Aan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bijlage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlagen weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlagen: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collega of team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collega of team (overdragen)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen bijlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding bij het bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp van het nieuwe gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ uw bericht. Ctrl+Enter verstuurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versturen (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identificatie, bijv. wt-noord</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict oplossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze taak is op de server gewijzigd terwijl u hem ook wijzigde. Kies per veld welke waarde blijft. Er wordt niets verstuurd tot u kiest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen open conflict (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keuze opslaan of annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mijn wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op de server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mijn waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waarde op de server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inhoud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal tekens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collega of team voor de vervolgtaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept &amp;weggooien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept hersteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept weggooien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact is gelukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactmoment vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline van de vervolgtaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekoppelde zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gevraagde handeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhoud van het contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;nderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten, concept blijft bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand van het concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwelijk (interne notitie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervolgtaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervolgtaak voor een collega of team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code, bijvoorbeeld wt-noord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} van {limit} tekens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>&amp;Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand van het openen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>%1: bezig met testen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: de server antwoordt met een fout. Vraag IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: de server weigert dit geheim. Controleer het en probeer opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: geen verbinding met de server. Controleer het netwerk of vraag IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: verbinding gelukt, het geheim wordt geaccepteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API-sleutel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen beveiligde sleutelbos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geheim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geheim voor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT heeft Keukentafel ingesteld voor profiel “%1”. Voor deze diensten staat nog geen geheim in de sleutelbos van deze computer. Vul ze in (u krijgt ze van IT); ze worden alleen in de sleutelbos bewaard, nooit in een bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inloggen met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keukentafel bewaart de geheimen waarmee het inlogt bij de systemen van de gemeente alleen in de beveiligde sleutelbos van deze computer, nooit in een bestand. Die sleutelbos is er niet of is vergrendeld, dus Keukentafel kan nu niet starten.

Vraag IT of de servicedesk om een sleutelbos te installeren of te ontgrendelen (Windows Referentiebeheer, macOS-sleutelhanger, Secret Service of KWallet). Start Keukentafel daarna opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keukentafel instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test verbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welkom bij Keukentafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZGW-geheim (client %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Leden van het huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open zaken van alle domeinen (er is geen toegangsbeleid ingesteld).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke domeinen getoond worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woont op het adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen (in de cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medebewoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wordt gelezen…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Dat wachtwoord klopt niet. Probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keukentafel is vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendel Keukentafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw concepten zijn bewaard. Ontgrendel om verder te werken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voer het wachtwoord van de lokale gegevens in om verder te werken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord van de lokale gegevens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Beeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berichten tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliëntbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — fictieve gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keukentafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keukentafel — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een of meer cliënten in de werklijst of de zoekresultaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meenemen voor bezoek…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentatiemodus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentatiemodus — interne notities verborgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cliënt(en) meegenomen; ze worden nu bijgewerkt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagingPane</name>
    <message>
        <source>&amp;Nieuw gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle gesprekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen &amp;ongelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berichten in het gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berichten laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage {} openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen programma gevonden om {} te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen cliënt geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen verbinding: de berichten zijn van eerder. Probeer het later opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprekken van alle cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprekken van de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keukentafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een gesprek en een ontvanger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw gesprek beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen gesprekken met deze cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status van de berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegestane bestanden ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendeld. Ontgrendel om berichten te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} nieuw(e) bericht(en): {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Keukentafel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geselecteerd item opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in de uitbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wordt verzonden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Actieve voorzieningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste opening door u: hier staan wachtende en mislukte registraties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste contacten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw sinds uw vorige opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw sinds uw vorige opening op {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omvang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uiterlijk klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorziening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaaktype</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De BRP vond niemand met deze gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gevonden in de cache. Probeer “Zoek in BRP”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek een cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek in BRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek in de BRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek online in de BRP: op BSN, naam met geboortedatum of adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek op naam, BSN, postcode of geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in de BRP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoekresultaten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Bron en leeftijd van de gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhoud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwelijkheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarschuwing voor deze sectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {source} niet bijgewerkt: {error}. U ziet de laatst bewaarde gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTitles</name>
    <message>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorzieningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>BRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klantinteracties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objecten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache, {when}, niet bijgewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet opgehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet opgehaald, geen verbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>({count} mislukt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijgewerkt {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatst bijgewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet bijgewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitbox openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitbox: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beperkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet gebruikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Beperkt bereikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 Vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeAlongDialog</name>
    <message>
        <source>Meenemen tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meenemen voor bezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot en met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cliënt(en) blijven offline beschikbaar tot en met de gekozen dag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>&amp;Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collega of team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact waar de taak over gaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gevraagde handeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan of annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registreer eerst een contactmoment; een taak hoort bij een contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taak overdragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code, bijvoorbeeld wt-noord</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>&amp;Afronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict of fout oplossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;lossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over&amp;dragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taak afronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taak overdragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken van collega&apos;s zijn verborgen tijdens de presentatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>&amp;Kanaal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle kanalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mislukt contact opnieuw versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuswijzigingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <source>Bezoeken van vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënten met een huisbezoek vandaag meenemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geselecteerde cliënten meenemen voor bezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meenemen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werklijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mee tot {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} — te laat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Keukentafel wordt gestart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oefengemeente Voorbeeldstad wordt klaargezet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord van de lokale gegevens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Er ging iets mis in Keukentafel. Uw werk is bewaard. Start Keukentafel opnieuw als het venster niet meer goed werkt, en meld dit aan de servicedesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keukentafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keukentafel — fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source>gisteren {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messaging</name>
    <message>
        <source>Bijlage: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collega&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zorgaanbieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inwoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verzonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wacht op verzending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zorgaanbieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} ongelezen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source> uur per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Ingevoerd&apos; betekent: het bedrag is door de medewerker ingevuld, bijvoorbeeld uit een brief van de Belastingdienst. &apos;Onbekend&apos; betekent: dit bedrag is nog niet bekend en is niet geschat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {amount} meer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, geldt vanaf {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; datum of bron niet bevestigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesproken voorzieningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraken: wie doet wat, wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armoedeval tussen {low} en {high} uur: meer werken levert niets op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedrag om in te voeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedrag per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewerken en plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijstand (met vakantiegeld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijstand die u elke maand krijgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijstandsnorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De huidige situatie blijft altijd staan. Kies een scenario om te verwijderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel, in de woorden van de inwoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen bijdrage Wmo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen open Wmo- of Jeugdzaak om het plan bij op te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikte bedragen en bronnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen afspraken vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen grafiek: vul bij werk een uurloon in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen voorzieningen afgesproken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen scenario verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen situatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen situatie voor het plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen situatie: {name}. Bedragen per maand, berekend voor {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen voorziening verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen voorzieningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafiek: wat u overhoudt bij meer uren werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handmatig invoeren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handtekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het plan is ondertekend door inwoner en medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe het werk wordt opgegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidige situatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huurtoeslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingevoerd. Het bedrag is gemarkeerd als &apos;ingevoerd&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kale huur per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een bedrag in de tabel om te zien hoe het is berekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinderbijslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindgebonden budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosten voor de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loon dat u mag houden (vrijlating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maanden aan het werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medewerker van de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding van de planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de situatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netto loon per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netto uurloon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omvang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondersteuningsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondersteuningsplan {name}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontbrekend bedrag invoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontbrekend gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgesteld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouderbijdrage jeugdhulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peildatum van de berekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan als PDF opslaan bij de zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan ondertekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan opgeslagen bij de zaak. Wacht op verzending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan opslaan bij de zaak (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan wordt opgeslagen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel toevoegen aan: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel verwijderen uit: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situatie bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situatie en werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te vinden bij:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telt mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U bent hier: {hours} uur per week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg bij het gekozen bedrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren per week × uurloon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren werk per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw doelen, in uw eigen woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw geld per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergelijking van de huidige situatie en de scenario&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorziening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorziening toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorziening uit de tarieflijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorzieningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul bij werk een uurloon in, dan ziet u hier wat meer uren opleveren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar een bedrag onbekend is, heeft de lijn een onderbreking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom dit bedrag?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer (dd-mm-jjjj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat u overhoudt is nog onbekend. Vul de ontbrekende bedragen in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat u per maand overhoudt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke situatie u bewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie doet wat, en wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wij hebben dit plan samen besproken en zijn het erover eens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak waar het plan bij hoort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aanvrager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>armoedeval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berekend uit officiële bedragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. 153,38</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fictief tarief van de demogemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingevoerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medebewoner (kostendeler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modelwaarde uit een rekenmodel, niet officieel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet opgegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet van toepassing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officieel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend — handmatig invoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderbroken lijn: bedrag onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagina {page} van {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u bent hier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uren werk per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} (ingevoerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} (modelwaarde, niet officieel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} per {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: bedrag onbekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: bij {low} uur {low_amount}, bij {high} uur {high_amount} per maand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: geboortedatum onbekend, niet meegenomen. Vul de leeftijd in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product}: omvang &apos;{extent}&apos; niet herkend, niet meegenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{units} {unit} per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− {amount} minder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
