<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>CasesPage</name>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Betrokkenen</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Documenten van de zaak</source>
        <translation>Documents of the case</translation>
    </message>
    <message>
        <source>Gepland eind</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Ingang</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Statusverloop</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Verval</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Zaaktype</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>ClientHeader</name>
    <message>
        <source>(naam onbekend)</source>
        <translation>(name unknown)</translation>
    </message>
    <message>
        <source>BRP-indicatie: {text}</source>
        <translation>BRP flag: {text}</translation>
    </message>
    <message>
        <source>BSN {bsn}</source>
        <translation>BSN {bsn}</translation>
    </message>
    <message>
        <source>BSN, leeftijd en adres</source>
        <translation>BSN, age and address</translation>
    </message>
    <message>
        <source>Cliënt wordt opgehaald…</source>
        <translation>Loading client…</translation>
    </message>
    <message>
        <source>Gegevens in onderzoek</source>
        <translation>Data under investigation</translation>
    </message>
    <message>
        <source>Geheimhouding: geen gegevens aan derden</source>
        <translation>Confidential: no data to third parties</translation>
    </message>
    <message>
        <source>Naam van de cliënt</source>
        <translation>Client&apos;s name</translation>
    </message>
    <message>
        <source>Onder curatele</source>
        <translation>Under guardianship</translation>
    </message>
    <message>
        <source>Overleden</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Overleden {date}</source>
        <translation>Deceased {date}</translation>
    </message>
    <message>
        <source>geboortedatum onbekend</source>
        <translation>date of birth unknown</translation>
    </message>
    <message>
        <source>geen adres bekend</source>
        <translation>no known address</translation>
    </message>
    <message>
        <source>{age} jaar (geboren {born})</source>
        <translation>{age} years (born {born})</translation>
    </message>
</context>
<context>
    <name>ClientStates</name>
    <message>
        <source>afgerond</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>conflict: kies Oplossen</source>
        <translation>conflict: choose Resolve</translation>
    </message>
    <message>
        <source>mislukt: {error}</source>
        <translation>failed: {error}</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>wacht op verzending</source>
        <translation>waiting to be sent</translation>
    </message>
</context>
<context>
    <name>ClientViewWidget</name>
    <message>
        <source>&amp;Documenten</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Huishouden</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Tijdlijn</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>&amp;Zaken</source>
        <translation>Cas&amp;es</translation>
    </message>
    <message>
        <source>Geen cliënt geopend</source>
        <translation>No client open</translation>
    </message>
    <message>
        <source>Kies een cliënt in de zoekbalk of de werklijst.</source>
        <translation>Choose a client in the search bar or the worklist.</translation>
    </message>
    <message>
        <source>Klantbeeld</source>
        <translation>Client view</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Onderdelen van het klantbeeld</source>
        <translation>Parts of the client view</translation>
    </message>
    <message>
        <source>T&amp;aken</source>
        <translation>T&amp;asks</translation>
    </message>
    <message>
        <source>Taak wordt afgerond.</source>
        <translation>Completing the task.</translation>
    </message>
    <message>
        <source>Vergrendeld.</source>
        <translation>Locked.</translation>
    </message>
    <message>
        <source>Wordt opnieuw verstuurd.</source>
        <translation>Sending again.</translation>
    </message>
    <message>
        <source>{title} is geopend.</source>
        <translation>{title} is open.</translation>
    </message>
    <message>
        <source>{title} wordt opgehaald…</source>
        <translation>Loading {title}…</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>&amp;Aan:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <source>&amp;Bijlage…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Versturen</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Bericht</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Bericht versturen</source>
        <translation>Send message</translation>
    </message>
    <message>
        <source>Bijlage toevoegen</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>Bijlagen weghalen</source>
        <translation>Remove attachments</translation>
    </message>
    <message>
        <source>Bijlagen: {}</source>
        <translation>Attachments: {}</translation>
    </message>
    <message>
        <source>Collega of team</source>
        <translation>Colleague or team</translation>
    </message>
    <message>
        <source>Collega of team (overdragen)…</source>
        <translation>Colleague or team (reassign)…</translation>
    </message>
    <message>
        <source>Gekozen bijlagen</source>
        <translation>Chosen attachments</translation>
    </message>
    <message>
        <source>Melding bij het bericht</source>
        <translation>Notice about the message</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Onderwerp van het nieuwe gesprek</source>
        <translation>Subject of the new conversation</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Typ uw bericht. Ctrl+Enter verstuurt.</source>
        <translation>Type your message. Ctrl+Enter sends.</translation>
    </message>
    <message>
        <source>Versturen (Ctrl+Enter)</source>
        <translation>Send (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>identificatie, bijv. wt-noord</source>
        <translation>identifier, e.g. wt-noord</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Conflict oplossen</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <source>Deze taak is op de server gewijzigd terwijl u hem ook wijzigde. Kies per veld welke waarde blijft. Er wordt niets verstuurd tot u kiest.</source>
        <translation>This task was changed on the server while you were changing it too. For each field, choose which value to keep. Nothing is sent until you choose.</translation>
    </message>
    <message>
        <source>Er is geen open conflict (meer).</source>
        <translation>There is no open conflict (any more).</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Keuze opslaan of annuleren</source>
        <translation>Save or cancel the choice</translation>
    </message>
    <message>
        <source>Mijn wijziging</source>
        <translation>My change</translation>
    </message>
    <message>
        <source>Op de server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>mijn waarde</source>
        <translation>my value</translation>
    </message>
    <message>
        <source>waarde op de server</source>
        <translation>value on the server</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <source>&amp;Gevraagd</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Inhoud</source>
        <translation>C&amp;ontent</translation>
    </message>
    <message>
        <source>&amp;Kanaal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>&amp;Voor</source>
        <translation>&amp;For</translation>
    </message>
    <message>
        <source>&amp;Zaak</source>
        <translation>Cas&amp;e</translation>
    </message>
    <message>
        <source>Aantal tekens</source>
        <translation>Number of characters</translation>
    </message>
    <message>
        <source>Collega of team voor de vervolgtaak</source>
        <translation>Colleague or team for the follow-up task</translation>
    </message>
    <message>
        <source>Concept &amp;weggooien</source>
        <translation>Discard dra&amp;ft</translation>
    </message>
    <message>
        <source>Concept bewaard.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>Concept hersteld.</source>
        <translation>Draft restored.</translation>
    </message>
    <message>
        <source>Concept weggooien</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Contact is gelukt</source>
        <translation>Contact was made</translation>
    </message>
    <message>
        <source>Contactmoment vastleggen</source>
        <translation>Record contact moment</translation>
    </message>
    <message>
        <source>Deadline van de vervolgtaak</source>
        <translation>Deadline of the follow-up task</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Geen zaak</source>
        <translation>No case</translation>
    </message>
    <message>
        <source>Gekoppelde zaak</source>
        <translation>Linked case</translation>
    </message>
    <message>
        <source>Gevraagde handeling</source>
        <translation>Requested action</translation>
    </message>
    <message>
        <source>Inhoud van het contact</source>
        <translation>What the contact was about</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>O&amp;nderwerp</source>
        <translation>Su&amp;bject</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Sluiten, concept blijft bewaard</source>
        <translation>Close, the draft is kept</translation>
    </message>
    <message>
        <source>Stand van het concept</source>
        <translation>State of the draft</translation>
    </message>
    <message>
        <source>Vertrouwelijk</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Vertrouwelijk (interne notitie)</source>
        <translation>Confidential (internal note)</translation>
    </message>
    <message>
        <source>Vervolgtaak</source>
        <translation>Follow-up task</translation>
    </message>
    <message>
        <source>Vervolgtaak voor een collega of team</source>
        <translation>Follow-up task for a colleague or team</translation>
    </message>
    <message>
        <source>code, bijvoorbeeld wt-noord</source>
        <translation>code, for example wt-noord</translation>
    </message>
    <message>
        <source>{used} van {limit} tekens</source>
        <translation>{used} of {limit} characters</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Document openen</source>
        <translation>Open document</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Stand van het openen</source>
        <translation>Opening progress</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>%1: bezig met testen…</source>
        <translation>%1: testing…</translation>
    </message>
    <message>
        <source>%1: de server antwoordt met een fout. Vraag IT.</source>
        <translation>%1: the server answers with an error. Ask IT.</translation>
    </message>
    <message>
        <source>%1: de server weigert dit geheim. Controleer het en probeer opnieuw.</source>
        <translation>%1: the server refuses this secret. Check it and try again.</translation>
    </message>
    <message>
        <source>%1: geen verbinding met de server. Controleer het netwerk of vraag IT.</source>
        <translation>%1: no connection to the server. Check the network or ask IT.</translation>
    </message>
    <message>
        <source>%1: verbinding gelukt, het geheim wordt geaccepteerd.</source>
        <translation>%1: connected, the secret is accepted.</translation>
    </message>
    <message>
        <source>API-sleutel (%1)</source>
        <translation>API key (%1)</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Er is geen beveiligde sleutelbos</source>
        <translation>There is no secure keyring</translation>
    </message>
    <message>
        <source>Geheim</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Geheim voor %1</source>
        <translation>Secret for %1</translation>
    </message>
    <message>
        <source>IT heeft Keukentafel ingesteld voor profiel “%1”. Voor deze diensten staat nog geen geheim in de sleutelbos van deze computer. Vul ze in (u krijgt ze van IT); ze worden alleen in de sleutelbos bewaard, nooit in een bestand.</source>
        <translation>IT has set up Keukentafel for profile “%1”. The keyring of this computer has no secret yet for these services. Fill them in (IT gives them to you); they are kept only in the keyring, never in a file.</translation>
    </message>
    <message>
        <source>Inloggen met</source>
        <translation>Sign in with</translation>
    </message>
    <message>
        <source>Keukentafel bewaart de geheimen waarmee het inlogt bij de systemen van de gemeente alleen in de beveiligde sleutelbos van deze computer, nooit in een bestand. Die sleutelbos is er niet of is vergrendeld, dus Keukentafel kan nu niet starten.

Vraag IT of de servicedesk om een sleutelbos te installeren of te ontgrendelen (Windows Referentiebeheer, macOS-sleutelhanger, Secret Service of KWallet). Start Keukentafel daarna opnieuw.</source>
        <translation>Keukentafel keeps the secrets it uses to sign in to the municipality&apos;s systems only in the secure keyring of this computer, never in a file. That keyring is missing or locked, so Keukentafel cannot start now.

Ask IT or the service desk to install or unlock a keyring (Windows Credential Manager, macOS Keychain, Secret Service or KWallet). Then start Keukentafel again.</translation>
    </message>
    <message>
        <source>Keukentafel instellen</source>
        <translation>Set up Keukentafel</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Test verbinding</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Welkom bij Keukentafel</source>
        <translation>Welcome to Keukentafel</translation>
    </message>
    <message>
        <source>ZGW-geheim (client %1)</source>
        <translation>ZGW secret (client %1)</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Leden van het huishouden</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Open zaken</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Open zaken van alle domeinen (er is geen toegangsbeleid ingesteld).</source>
        <translation>Open cases of all domains (no access policy is set).</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Welke domeinen getoond worden</source>
        <translation>Which domains are shown</translation>
    </message>
    <message>
        <source>Woont op het adres</source>
        <translation>Lives at the address</translation>
    </message>
    <message>
        <source>cliënt</source>
        <translation>client</translation>
    </message>
    <message>
        <source>geen (in de cache)</source>
        <translation>none (in the cache)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <source>medebewoner</source>
        <translation>co-resident</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>wordt gelezen…</source>
        <translation>reading…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Dat wachtwoord klopt niet. Probeer het opnieuw.</source>
        <translation>That password is not right. Try again.</translation>
    </message>
    <message>
        <source>Keukentafel is vergrendeld</source>
        <translation>Keukentafel is locked</translation>
    </message>
    <message>
        <source>Ontgrendel</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Ontgrendel Keukentafel</source>
        <translation>Unlock Keukentafel</translation>
    </message>
    <message>
        <source>Uw concepten zijn bewaard. Ontgrendel om verder te werken.</source>
        <translation>Your drafts are saved. Unlock to continue.</translation>
    </message>
    <message>
        <source>Voer het wachtwoord van de lokale gegevens in om verder te werken.</source>
        <translation>Enter the password of the local data to continue.</translation>
    </message>
    <message>
        <source>Wachtwoord van de lokale gegevens</source>
        <translation>Password of the local data</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Beeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Cliënt</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Berichten tonen</source>
        <translation>Show messages</translation>
    </message>
    <message>
        <source>Cliëntbeeld</source>
        <translation>Client view</translation>
    </message>
    <message>
        <source>DEMO — fictieve gegevens</source>
        <translation>DEMO — fictional data</translation>
    </message>
    <message>
        <source>Keukentafel</source>
        <translation>Keukentafel</translation>
    </message>
    <message>
        <source>Keukentafel — DEMO</source>
        <translation>Keukentafel — DEMO</translation>
    </message>
    <message>
        <source>Kies eerst een of meer cliënten in de werklijst of de zoekresultaten.</source>
        <translation>First choose one or more clients in the worklist or the search results.</translation>
    </message>
    <message>
        <source>Meenemen voor bezoek…</source>
        <translation>Take along for visits…</translation>
    </message>
    <message>
        <source>Nieuw contact…</source>
        <translation>New contact…</translation>
    </message>
    <message>
        <source>Presentatiemodus</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <source>Presentatiemodus — interne notities verborgen</source>
        <translation>Presentation mode — internal notes hidden</translation>
    </message>
    <message>
        <source>Uitbox…</source>
        <translation>Outbox…</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>{count} cliënt(en) meegenomen; ze worden nu bijgewerkt.</source>
        <translation>{count} client(s) taken along; they are being updated now.</translation>
    </message>
</context>
<context>
    <name>MessagingPane</name>
    <message>
        <source>&amp;Nieuw gesprek</source>
        <translation>&amp;New conversation</translation>
    </message>
    <message>
        <source>Alle cliënten</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>Alle gesprekken</source>
        <translation>All conversations</translation>
    </message>
    <message>
        <source>Alleen &amp;ongelezen</source>
        <translation>&amp;Unread only</translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Berichten in het gesprek</source>
        <translation>Messages in the conversation</translation>
    </message>
    <message>
        <source>Berichten laden…</source>
        <translation>Loading messages…</translation>
    </message>
    <message>
        <source>Bijlage kiezen</source>
        <translation>Choose attachment</translation>
    </message>
    <message>
        <source>Bijlage {} openen</source>
        <translation>Open attachment {}</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Er is geen programma gevonden om {} te openen.</source>
        <translation>No program was found to open {}.</translation>
    </message>
    <message>
        <source>Geen cliënt geopend.</source>
        <translation>No client open.</translation>
    </message>
    <message>
        <source>Geen verbinding: de berichten zijn van eerder. Probeer het later opnieuw.</source>
        <translation>No connection: these messages are from earlier. Try again later.</translation>
    </message>
    <message>
        <source>Gekozen gesprek</source>
        <translation>Chosen conversation</translation>
    </message>
    <message>
        <source>Gesprekken van alle cliënten</source>
        <translation>Conversations of all clients</translation>
    </message>
    <message>
        <source>Gesprekken van de cliënt</source>
        <translation>Conversations of the client</translation>
    </message>
    <message>
        <source>Keukentafel</source>
        <translation>Keukentafel</translation>
    </message>
    <message>
        <source>Kies een gesprek en een ontvanger.</source>
        <translation>Choose a conversation and a recipient.</translation>
    </message>
    <message>
        <source>Nieuw bericht</source>
        <translation>New message</translation>
    </message>
    <message>
        <source>Nieuw gesprek</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Nieuw gesprek beginnen</source>
        <translation>Start a new conversation</translation>
    </message>
    <message>
        <source>Nog geen gesprekken met deze cliënt.</source>
        <translation>No conversations with this client yet.</translation>
    </message>
    <message>
        <source>Open {}</source>
        <translation>Open {}</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Soort gesprek</source>
        <translation>Type of conversation</translation>
    </message>
    <message>
        <source>Status van de berichten</source>
        <translation>Status of the messages</translation>
    </message>
    <message>
        <source>Toegestane bestanden ({})</source>
        <translation>Allowed files ({})</translation>
    </message>
    <message>
        <source>Vergrendeld. Ontgrendel om berichten te zien.</source>
        <translation>Locked. Unlock to see messages.</translation>
    </message>
    <message>
        <source>{} nieuw(e) bericht(en): {}</source>
        <translation>{} new message(s): {}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Keukentafel</source>
        <translation>Keukentafel</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Geselecteerd item opnieuw proberen</source>
        <translation>Try the selected item again</translation>
    </message>
    <message>
        <source>Items in de uitbox</source>
        <translation>Items in the outbox</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Uitbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>mislukt</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>wacht</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>wordt verzonden</source>
        <translation>sending</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Actieve voorzieningen</source>
        <translation>Active provisions</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Eerste opening door u: hier staan wachtende en mislukte registraties</source>
        <translation>First time you open this client: waiting and failed registrations show here</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Laatste contacten</source>
        <translation>Latest contacts</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Nieuw sinds uw vorige opening</source>
        <translation>New since you last opened this client</translation>
    </message>
    <message>
        <source>Nieuw sinds uw vorige opening op {moment}</source>
        <translation>New since you last opened this client on {moment}</translation>
    </message>
    <message>
        <source>Omvang</source>
        <translation>Extent</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Open taken</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <source>Open zaken</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Uiterlijk klaar</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Voorziening</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Zaaktype</source>
        <translation>Case type</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>De BRP vond niemand met deze gegevens.</source>
        <translation>The BRP found nobody with these details.</translation>
    </message>
    <message>
        <source>Geboren</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Niet gevonden in de cache. Probeer “Zoek in BRP”.</source>
        <translation>Not found in the cache. Try “Search BRP”.</translation>
    </message>
    <message>
        <source>Zoek een cliënt</source>
        <translation>Search for a client</translation>
    </message>
    <message>
        <source>Zoek in BRP</source>
        <translation>Search BRP</translation>
    </message>
    <message>
        <source>Zoek in de BRP</source>
        <translation>Search the BRP</translation>
    </message>
    <message>
        <source>Zoek online in de BRP: op BSN, naam met geboortedatum of adres</source>
        <translation>Search the BRP online: by BSN, name with date of birth, or address</translation>
    </message>
    <message>
        <source>Zoek op naam, BSN, postcode of geboortedatum</source>
        <translation>Search by name, BSN, postcode or date of birth</translation>
    </message>
    <message>
        <source>Zoeken in de BRP…</source>
        <translation>Searching the BRP…</translation>
    </message>
    <message>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Bron en leeftijd van de gegevens</source>
        <translation>Source and age of the data</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Inhoud</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Vertrouwelijkheid</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Waarschuwing voor deze sectie</source>
        <translation>Warning for this section</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>besluit</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>⚠ {source} niet bijgewerkt: {error}. U ziet de laatst bewaarde gegevens.</source>
        <translation>⚠ {source} not updated: {error}. You are seeing the last saved data.</translation>
    </message>
</context>
<context>
    <name>SectionTitles</name>
    <message>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Voorzieningen</source>
        <translation>Provisions</translation>
    </message>
    <message>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>BRP</source>
        <translation>BRP</translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation>Besluiten API</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documenten API</translation>
    </message>
    <message>
        <source>Klantinteracties</source>
        <translation>Klantinteracties API</translation>
    </message>
    <message>
        <source>Objecten</source>
        <translation>Objects API</translation>
    </message>
    <message>
        <source>Zaken</source>
        <translation>Zaken API</translation>
    </message>
    <message>
        <source>cache, {when}</source>
        <translation>cache, {when}</translation>
    </message>
    <message>
        <source>cache, {when}, niet bijgewerkt</source>
        <translation>cache, {when}, not updated</translation>
    </message>
    <message>
        <source>nog niet opgehaald</source>
        <translation>not fetched yet</translation>
    </message>
    <message>
        <source>nog niet opgehaald, geen verbinding</source>
        <translation>not fetched yet, no connection</translation>
    </message>
    <message>
        <source>{source}, {when}</source>
        <translation>{source}, {when}</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>({count} mislukt)</source>
        <translation>({count} failed)</translation>
    </message>
    <message>
        <source>Bijgewerkt {time}</source>
        <translation>Updated {time}</translation>
    </message>
    <message>
        <source>Laatst bijgewerkt</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>Nog niet bijgewerkt</source>
        <translation>Not updated yet</translation>
    </message>
    <message>
        <source>Ontgrendeld</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Uitbox openen</source>
        <translation>Open the outbox</translation>
    </message>
    <message>
        <source>Uitbox: {count}</source>
        <translation>Outbox: {count}</translation>
    </message>
    <message>
        <source>Verbinding</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Vergrendeling</source>
        <translation>Lock state</translation>
    </message>
    <message>
        <source>beperkt</source>
        <translation>partly reachable</translation>
    </message>
    <message>
        <source>nog niet gebruikt</source>
        <translation>not used yet</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>● Beperkt bereikbaar</source>
        <translation>● Partly reachable</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>🔒 Vergrendeld</source>
        <translation>🔒 Locked</translation>
    </message>
</context>
<context>
    <name>TakeAlongDialog</name>
    <message>
        <source>Meenemen tot en met</source>
        <translation>Take along up to and including</translation>
    </message>
    <message>
        <source>Meenemen voor bezoek</source>
        <translation>Take along for visits</translation>
    </message>
    <message>
        <source>Tot en met:</source>
        <translation>Up to and including:</translation>
    </message>
    <message>
        <source>{count} cliënt(en) blijven offline beschikbaar tot en met de gekozen dag.</source>
        <translation>{count} client(s) stay available offline up to and including the chosen day.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <source>&amp;Gevraagd</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Over contact</source>
        <translation>&amp;Regarding contact</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>&amp;Voor</source>
        <translation>&amp;For</translation>
    </message>
    <message>
        <source>Collega of team</source>
        <translation>Colleague or team</translation>
    </message>
    <message>
        <source>Contact waar de taak over gaat</source>
        <translation>Contact the task is about</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Gevraagde handeling</source>
        <translation>Requested action</translation>
    </message>
    <message>
        <source>Nieuwe taak</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Opslaan of annuleren</source>
        <translation>Save or cancel</translation>
    </message>
    <message>
        <source>Registreer eerst een contactmoment; een taak hoort bij een contact.</source>
        <translation>Record a contact moment first; a task belongs to a contact.</translation>
    </message>
    <message>
        <source>Taak overdragen</source>
        <translation>Reassign task</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>code, bijvoorbeeld wt-noord</source>
        <translation>code, for example wt-noord</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>&amp;Afronden</source>
        <translation>Co&amp;mplete</translation>
    </message>
    <message>
        <source>&amp;Nieuwe taak</source>
        <translation>Ne&amp;w task</translation>
    </message>
    <message>
        <source>Conflict of fout oplossen</source>
        <translation>Resolve conflict or error</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Nieuwe taak</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Op&amp;lossen</source>
        <translation>Reso&amp;lve</translation>
    </message>
    <message>
        <source>Over&amp;dragen</source>
        <translation>Reass&amp;ign</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Taak afronden</source>
        <translation>Complete task</translation>
    </message>
    <message>
        <source>Taak overdragen</source>
        <translation>Reassign task</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Taken van collega&apos;s zijn verborgen tijdens de presentatie.</source>
        <translation>Colleagues&apos; tasks are hidden while presenting.</translation>
    </message>
    <message>
        <source>Toegewezen</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>For</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>&amp;Kanaal:</source>
        <translation>Channe&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Alle kanalen</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Mislukt contact opnieuw versturen</source>
        <translation>Send failed contact again</translation>
    </message>
    <message>
        <source>Opnieuw versturen</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Statuswijzigingen</source>
        <translation>Status changes</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <source>Bezoeken van vandaag</source>
        <translation>Today&apos;s visits</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Cliënten met een huisbezoek vandaag meenemen</source>
        <translation>Take along the clients with a home visit today</translation>
    </message>
    <message>
        <source>Geselecteerde cliënten meenemen voor bezoek</source>
        <translation>Take the selected clients along for visits</translation>
    </message>
    <message>
        <source>Meenemen…</source>
        <translation>Take along…</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Werklijst</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <source>caseload</source>
        <translation>caseload</translation>
    </message>
    <message>
        <source>mee tot {date}</source>
        <translation>along until {date}</translation>
    </message>
    <message>
        <source>taak</source>
        <translation>task</translation>
    </message>
    <message>
        <source>{date} — te laat</source>
        <translation>{date} — late</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Keukentafel wordt gestart…</source>
        <translation>Starting Keukentafel…</translation>
    </message>
    <message>
        <source>Oefengemeente Voorbeeldstad wordt klaargezet…</source>
        <translation>Preparing the demo municipality Voorbeeldstad…</translation>
    </message>
    <message>
        <source>Wachtwoord van de lokale gegevens</source>
        <translation>Password of the local data</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Er ging iets mis in Keukentafel. Uw werk is bewaard. Start Keukentafel opnieuw als het venster niet meer goed werkt, en meld dit aan de servicedesk.</source>
        <translation>Something went wrong in Keukentafel. Your work is saved. Restart Keukentafel if the window no longer works properly, and report this to the service desk.</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Keukentafel</source>
        <translation>Keukentafel</translation>
    </message>
    <message>
        <source>Keukentafel — fout</source>
        <translation>Keukentafel — error</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source>gisteren {time}</source>
        <translation>yesterday {time}</translation>
    </message>
</context>
<context>
    <name>messaging</name>
    <message>
        <source>Bijlage: {}</source>
        <translation>Attachment: {}</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Collega&apos;s</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Laatst</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Zorgaanbieder</source>
        <translation>Care provider</translation>
    </message>
    <message>
        <source>gelezen</source>
        <translation>read</translation>
    </message>
    <message>
        <source>inwoner</source>
        <translation>resident</translation>
    </message>
    <message>
        <source>medewerker</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>mislukt</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>ontvangen</source>
        <translation>received</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>verzonden</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>wacht</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>wacht op verzending</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <source>zorgaanbieder</source>
        <translation>care provider</translation>
    </message>
    <message>
        <source>{} ongelezen</source>
        <translation>{} unread</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source> uur per week</source>
        <translation> hours per week</translation>
    </message>
    <message>
        <source>&apos;Ingevoerd&apos; betekent: het bedrag is door de medewerker ingevuld, bijvoorbeeld uit een brief van de Belastingdienst. &apos;Onbekend&apos; betekent: dit bedrag is nog niet bekend en is niet geschat.</source>
        <translation>&apos;Entered&apos; means: the caseworker filled in the amount, for example from a letter from the tax office (Belastingdienst). &apos;Unknown&apos; means: this amount is not known yet and has not been estimated.</translation>
    </message>
    <message>
        <source>+ {amount} meer</source>
        <translation>+ {amount} more</translation>
    </message>
    <message>
        <source>, geldt vanaf {day}</source>
        <translation>, applies from {day}</translation>
    </message>
    <message>
        <source>; datum of bron niet bevestigd</source>
        <translation>; date or source not confirmed</translation>
    </message>
    <message>
        <source>Afgesproken voorzieningen</source>
        <translation>Agreed provisions</translation>
    </message>
    <message>
        <source>Afspraken: wie doet wat, wanneer</source>
        <translation>Agreements: who does what, when</translation>
    </message>
    <message>
        <source>Armoedeval tussen {low} en {high} uur: meer werken levert niets op.</source>
        <translation>Poverty trap between {low} and {high} hours: working more gives you nothing extra.</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Bedrag om in te voeren</source>
        <translation>Amount to enter</translation>
    </message>
    <message>
        <source>Bedrag per maand</source>
        <translation>Amount per month</translation>
    </message>
    <message>
        <source>Bewerken en plan</source>
        <translation>Edit and plan</translation>
    </message>
    <message>
        <source>Bijstand (met vakantiegeld)</source>
        <translation>Assistance incl. holiday pay</translation>
    </message>
    <message>
        <source>Bijstand die u elke maand krijgt</source>
        <translation>Assistance you get each month</translation>
    </message>
    <message>
        <source>Bijstandsnorm</source>
        <translation>Assistance rate</translation>
    </message>
    <message>
        <source>Bron:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>De huidige situatie blijft altijd staan. Kies een scenario om te verwijderen.</source>
        <translation>The current situation always stays. Choose a scenario to remove.</translation>
    </message>
    <message>
        <source>Doel, in de woorden van de inwoner</source>
        <translation>Goal, in the resident&apos;s own words</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Eigen bijdrage Wmo</source>
        <translation>Wmo own contribution</translation>
    </message>
    <message>
        <source>Er is geen open Wmo- of Jeugdzaak om het plan bij op te slaan.</source>
        <translation>There is no open Wmo or Jeugdwet case to save the plan with.</translation>
    </message>
    <message>
        <source>Gebruikte bedragen en bronnen</source>
        <translation>Amounts and sources used</translation>
    </message>
    <message>
        <source>Geen afspraken vastgelegd.</source>
        <translation>No agreements recorded.</translation>
    </message>
    <message>
        <source>Geen grafiek: vul bij werk een uurloon in.</source>
        <translation>No chart: enter an hourly wage under work.</translation>
    </message>
    <message>
        <source>Geen voorzieningen afgesproken.</source>
        <translation>No provisions agreed.</translation>
    </message>
    <message>
        <source>Geen werk</source>
        <translation>No work</translation>
    </message>
    <message>
        <source>Gekozen scenario verwijderen</source>
        <translation>Remove the chosen scenario</translation>
    </message>
    <message>
        <source>Gekozen situatie</source>
        <translation>Chosen situation</translation>
    </message>
    <message>
        <source>Gekozen situatie voor het plan</source>
        <translation>Chosen situation for the plan</translation>
    </message>
    <message>
        <source>Gekozen situatie: {name}. Bedragen per maand, berekend voor {day}.</source>
        <translation>Chosen situation: {name}. Amounts per month, calculated for {day}.</translation>
    </message>
    <message>
        <source>Gekozen voorziening verwijderen</source>
        <translation>Remove the chosen provision</translation>
    </message>
    <message>
        <source>Gekozen voorzieningen</source>
        <translation>Chosen provisions</translation>
    </message>
    <message>
        <source>Grafiek: wat u overhoudt bij meer uren werk</source>
        <translation>Chart: what you have left if you work more hours</translation>
    </message>
    <message>
        <source>Handmatig invoeren:</source>
        <translation>Enter by hand:</translation>
    </message>
    <message>
        <source>Handtekening</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Het plan is ondertekend door inwoner en medewerker</source>
        <translation>The plan is signed by the resident and the caseworker</translation>
    </message>
    <message>
        <source>Hoe het werk wordt opgegeven</source>
        <translation>How work is entered</translation>
    </message>
    <message>
        <source>Huidige situatie</source>
        <translation>Current situation</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Huurtoeslag</source>
        <translation>Housing benefit</translation>
    </message>
    <message>
        <source>Ingevoerd. Het bedrag is gemarkeerd als &apos;ingevoerd&apos;.</source>
        <translation>Entered. The amount is marked as &apos;entered&apos;.</translation>
    </message>
    <message>
        <source>Invoeren</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Kale huur per maand</source>
        <translation>Basic rent per month</translation>
    </message>
    <message>
        <source>Kies een bedrag in de tabel om te zien hoe het is berekend.</source>
        <translation>Choose an amount in the table to see how it was calculated.</translation>
    </message>
    <message>
        <source>Kinderbijslag</source>
        <translation>Child benefit</translation>
    </message>
    <message>
        <source>Kindgebonden budget</source>
        <translation>Child budget</translation>
    </message>
    <message>
        <source>Kosten voor de gemeente</source>
        <translation>Cost to the municipality</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Loon dat u mag houden (vrijlating)</source>
        <translation>Wages you may keep (disregard)</translation>
    </message>
    <message>
        <source>Maanden aan het werk</source>
        <translation>Months in work</translation>
    </message>
    <message>
        <source>Medewerker van de gemeente</source>
        <translation>Municipal caseworker</translation>
    </message>
    <message>
        <source>Melding van de planner</source>
        <translation>Planner notice</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Naam van de situatie</source>
        <translation>Name of the situation</translation>
    </message>
    <message>
        <source>Netto loon per maand</source>
        <translation>Net wage per month</translation>
    </message>
    <message>
        <source>Netto uurloon</source>
        <translation>Net hourly wage</translation>
    </message>
    <message>
        <source>Omvang</source>
        <translation>Extent</translation>
    </message>
    <message>
        <source>Ondersteuningsplan</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <source>Ondersteuningsplan {name}, {day}</source>
        <translation>Support plan {name}, {day}</translation>
    </message>
    <message>
        <source>Ondertekening</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Ontbrekend bedrag invoeren</source>
        <translation>Enter missing amount</translation>
    </message>
    <message>
        <source>Ontbrekend gegeven</source>
        <translation>Missing information</translation>
    </message>
    <message>
        <source>Opgesteld door</source>
        <translation>Drawn up by</translation>
    </message>
    <message>
        <source>Ouderbijdrage jeugdhulp</source>
        <translation>Youth care parental fee</translation>
    </message>
    <message>
        <source>Peildatum</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Peildatum van de berekening</source>
        <translation>Reference date of the calculation</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan als PDF opslaan bij de zaak</source>
        <translation>Save the plan as a PDF with the case</translation>
    </message>
    <message>
        <source>Plan ondertekend</source>
        <translation>Plan signed</translation>
    </message>
    <message>
        <source>Plan opgeslagen bij de zaak. Wacht op verzending.</source>
        <translation>Plan saved with the case. Waiting to be sent.</translation>
    </message>
    <message>
        <source>Plan opslaan bij de zaak (PDF)</source>
        <translation>Save plan with the case (PDF)</translation>
    </message>
    <message>
        <source>Plan wordt opgeslagen…</source>
        <translation>Saving the plan…</translation>
    </message>
    <message>
        <source>Regel toevoegen</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Regel toevoegen aan: {title}</source>
        <translation>Add row to: {title}</translation>
    </message>
    <message>
        <source>Regel verwijderen</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Regel verwijderen uit: {title}</source>
        <translation>Remove row from: {title}</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Scenario 1</source>
        <translation>Scenario 1</translation>
    </message>
    <message>
        <source>Scenario toevoegen</source>
        <translation>Add scenario</translation>
    </message>
    <message>
        <source>Scenario verwijderen</source>
        <translation>Remove scenario</translation>
    </message>
    <message>
        <source>Scenario {n}</source>
        <translation>Scenario {n}</translation>
    </message>
    <message>
        <source>Situatie bewerken</source>
        <translation>Edit situation</translation>
    </message>
    <message>
        <source>Situatie en werk</source>
        <translation>Situation and work</translation>
    </message>
    <message>
        <source>Te vinden bij:</source>
        <translation>Where to find it:</translation>
    </message>
    <message>
        <source>Telt mee</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>U bent hier: {hours} uur per week.</source>
        <translation>You are here: {hours} hours per week.</translation>
    </message>
    <message>
        <source>Uitleg bij het gekozen bedrag</source>
        <translation>Explanation of the chosen amount</translation>
    </message>
    <message>
        <source>Uren per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Uren per week × uurloon</source>
        <translation>Hours per week × hourly wage</translation>
    </message>
    <message>
        <source>Uren werk per week</source>
        <translation>Hours of work per week</translation>
    </message>
    <message>
        <source>Uw doelen, in uw eigen woorden</source>
        <translation>Your goals, in your own words</translation>
    </message>
    <message>
        <source>Uw geld per maand</source>
        <translation>Your money per month</translation>
    </message>
    <message>
        <source>Vergelijking van de huidige situatie en de scenario&apos;s</source>
        <translation>Comparison of the current situation and the scenarios</translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Voorziening</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Voorziening toevoegen</source>
        <translation>Add provision</translation>
    </message>
    <message>
        <source>Voorziening uit de tarieflijst</source>
        <translation>Provision from the tariff list</translation>
    </message>
    <message>
        <source>Voorzieningen</source>
        <translation>Provisions</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Vul bij werk een uurloon in, dan ziet u hier wat meer uren opleveren.</source>
        <translation>Enter an hourly wage under work to see here what more hours bring in.</translation>
    </message>
    <message>
        <source>Waar een bedrag onbekend is, heeft de lijn een onderbreking.</source>
        <translation>Where an amount is unknown, the line has a gap.</translation>
    </message>
    <message>
        <source>Waarom dit bedrag?</source>
        <translation>Why this amount?</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wanneer (dd-mm-jjjj)</source>
        <translation>When (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wat ontbreekt</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>Wat u overhoudt is nog onbekend. Vul de ontbrekende bedragen in.</source>
        <translation>What you have left is not known yet. Fill in the missing amounts.</translation>
    </message>
    <message>
        <source>Wat u per maand overhoudt</source>
        <translation>Left to spend each month</translation>
    </message>
    <message>
        <source>Welke situatie u bewerkt</source>
        <translation>Which situation you are editing</translation>
    </message>
    <message>
        <source>Werk</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wie doet wat, en wanneer</source>
        <translation>Who does what, and when</translation>
    </message>
    <message>
        <source>Wij hebben dit plan samen besproken en zijn het erover eens.</source>
        <translation>We have discussed this plan together and agree to it.</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Zaak waar het plan bij hoort</source>
        <translation>Case the plan belongs to</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <translation>Healthcare allowance</translation>
    </message>
    <message>
        <source>aanvrager</source>
        <translation>applicant</translation>
    </message>
    <message>
        <source>armoedeval</source>
        <translation>poverty trap</translation>
    </message>
    <message>
        <source>berekend uit officiële bedragen</source>
        <translation>calculated from official amounts</translation>
    </message>
    <message>
        <source>bijv. 153,38</source>
        <translation>e.g. 153.38</translation>
    </message>
    <message>
        <source>fictief tarief van de demogemeente</source>
        <translation>fictional rate of the demo municipality</translation>
    </message>
    <message>
        <source>gelijk</source>
        <translation>same</translation>
    </message>
    <message>
        <source>ingevoerd</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <source>medebewoner (kostendeler)</source>
        <translation>co-resident (cost sharer)</translation>
    </message>
    <message>
        <source>modelwaarde uit een rekenmodel, niet officieel</source>
        <translation>model value from a calculation model, not official</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>niet opgegeven</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>niet van toepassing</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>officieel</source>
        <translation>official</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>onbekend — handmatig invoeren</source>
        <translation>unknown — enter by hand</translation>
    </message>
    <message>
        <source>onderbroken lijn: bedrag onbekend</source>
        <translation>broken line: amount unknown</translation>
    </message>
    <message>
        <source>pagina {page} van {pages}</source>
        <translation>page {page} of {pages}</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>per maand</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>u bent hier</source>
        <translation>you are here</translation>
    </message>
    <message>
        <source>uren werk per week</source>
        <translation>hours of work per week</translation>
    </message>
    <message>
        <source>{amount} (ingevoerd)</source>
        <translation>{amount} (entered)</translation>
    </message>
    <message>
        <source>{amount} (modelwaarde, niet officieel)</source>
        <translation>{amount} (model value, not official)</translation>
    </message>
    <message>
        <source>{amount} per {unit}</source>
        <translation>{amount} per {unit}</translation>
    </message>
    <message>
        <source>{name}: bedrag onbekend.</source>
        <translation>{name}: amount unknown.</translation>
    </message>
    <message>
        <source>{name}: bij {low} uur {low_amount}, bij {high} uur {high_amount} per maand.</source>
        <translation>{name}: at {low} hours {low_amount}, at {high} hours {high_amount} per month.</translation>
    </message>
    <message>
        <source>{name}: geboortedatum onbekend, niet meegenomen. Vul de leeftijd in.</source>
        <translation>{name}: date of birth unknown, left out. Fill in the age.</translation>
    </message>
    <message>
        <source>{product}: omvang &apos;{extent}&apos; niet herkend, niet meegenomen.</source>
        <translation>{product}: extent &apos;{extent}&apos; not recognised, left out.</translation>
    </message>
    <message>
        <source>{units} {unit} per week</source>
        <translation>{units} {unit} per week</translation>
    </message>
    <message>
        <source>− {amount} minder</source>
        <translation>− {amount} less</translation>
    </message>
</context>
</TS>
