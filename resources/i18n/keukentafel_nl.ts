<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <location filename="../../ui/messaging/models.py" line="36"/>
        <source>inwoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="37"/>
        <source>zorgaanbieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="38"/>
        <source>medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="39"/>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="45"/>
        <location filename="../../ui/plan/pdf.py" line="219"/>
        <source>Inwoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="46"/>
        <source>Zorgaanbieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="47"/>
        <source>Collega&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="53"/>
        <source>ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="54"/>
        <source>wacht op verzending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="55"/>
        <source>verzonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="56"/>
        <location filename="../../ui/messaging/models.py" line="121"/>
        <source>mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/delegate.py" line="49"/>
        <location filename="../../ui/messaging/models.py" line="76"/>
        <source>Bijlage: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/delegate.py" line="54"/>
        <source>nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="92"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="92"/>
        <source>Gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="92"/>
        <source>Laatst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="92"/>
        <source>Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="123"/>
        <source>wacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="124"/>
        <location filename="../../ui/plan/editor.py" line="95"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="134"/>
        <source>{} ongelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/models.py" line="134"/>
        <source>gelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/chart.py" line="33"/>
        <source>Grafiek: wat u overhoudt bij meer uren werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/chart.py" line="56"/>
        <source>Geen grafiek: vul bij werk een uurloon in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/chart.py" line="59"/>
        <source>U bent hier: {hours} uur per week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/chart.py" line="62"/>
        <source>Armoedeval tussen {low} en {high} uur: meer werken levert niets op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/chart.py" line="67"/>
        <source>Waar een bedrag onbekend is, heeft de lijn een onderbreking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/chart.py" line="96"/>
        <source>Vul bij werk een uurloon in, dan ziet u hier wat meer uren opleveren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/chart.py" line="97"/>
        <source>Wat u overhoudt is nog onbekend. Vul de ontbrekende bedragen in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/chart.py" line="148"/>
        <source>armoedeval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/chart.py" line="169"/>
        <source>uren werk per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/chart.py" line="171"/>
        <source>per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/chart.py" line="202"/>
        <source>u bent hier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/chart.py" line="213"/>
        <source>onderbroken lijn: bedrag onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/chart.py" line="242"/>
        <source>{name}: bedrag onbekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/chart.py" line="244"/>
        <source>{name}: bij {low} uur {low_amount}, bij {high} uur {high_amount} per maand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="37"/>
        <source>aanvrager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="38"/>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="39"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="40"/>
        <source>medebewoner (kostendeler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="77"/>
        <source>Situatie en werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="80"/>
        <source>Naam van de situatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="82"/>
        <source>Geen werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="82"/>
        <source>Uren per week × uurloon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="82"/>
        <location filename="../../ui/plan/editor.py" line="90"/>
        <location filename="../../ui/plan/editor.py" line="101"/>
        <source>Netto loon per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="83"/>
        <source>Hoe het werk wordt opgegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="87"/>
        <source> uur per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="88"/>
        <source>Uren werk per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="89"/>
        <location filename="../../ui/plan/editor.py" line="100"/>
        <source>Netto uurloon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="93"/>
        <source>niet opgegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="94"/>
        <location filename="../../ui/plan/editor.py" line="102"/>
        <source>Maanden aan het werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="95"/>
        <location filename="../../ui/plan/editor.py" line="103"/>
        <source>Kale huur per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="97"/>
        <location filename="../../ui/plan/editor.py" line="119"/>
        <location filename="../../ui/plan/pdf.py" line="132"/>
        <location filename="../../ui/plan/pdf.py" line="209"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="98"/>
        <source>Werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="99"/>
        <source>Uren per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="115"/>
        <location filename="../../ui/plan/editor.py" line="126"/>
        <source>Huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="120"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="121"/>
        <source>Leeftijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="122"/>
        <source>Telt mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="132"/>
        <source>Voorzieningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="136"/>
        <location filename="../../ui/plan/pdf.py" line="177"/>
        <source>Voorziening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="137"/>
        <location filename="../../ui/plan/pdf.py" line="177"/>
        <source>Vorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="138"/>
        <source>Eenheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="139"/>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="143"/>
        <source>Gekozen voorzieningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="147"/>
        <source>Voorziening uit de tarieflijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="148"/>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="149"/>
        <source>Voorziening toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="150"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="151"/>
        <source>Gekozen voorziening verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/editor.py" line="167"/>
        <source>{amount} per {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="42"/>
        <source>Ondersteuningsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="76"/>
        <location filename="../../ui/plan/pdf.py" line="216"/>
        <source>Ondertekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="100"/>
        <source>pagina {page} van {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="106"/>
        <source>Ondersteuningsplan {name}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="133"/>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="134"/>
        <location filename="../../ui/plan/view.py" line="248"/>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="135"/>
        <location filename="../../ui/plan/pdf.py" line="209"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="136"/>
        <source>Opgesteld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="153"/>
        <source>Uw doelen, in uw eigen woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="167"/>
        <location filename="../../ui/plan/pdf.py" line="178"/>
        <source>Afgesproken voorzieningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="173"/>
        <source>{units} {unit} per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="177"/>
        <source>Omvang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="182"/>
        <source>Wie doet wat, en wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="186"/>
        <location filename="../../ui/plan/view.py" line="252"/>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="186"/>
        <location filename="../../ui/plan/pdf.py" line="198"/>
        <location filename="../../ui/plan/view.py" line="252"/>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="186"/>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="191"/>
        <source>Gekozen situatie: {name}. Bedragen per maand, berekend voor {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="195"/>
        <source>&apos;Ingevoerd&apos; betekent: het bedrag is door de medewerker ingevuld, bijvoorbeeld uit een brief van de Belastingdienst. &apos;Onbekend&apos; betekent: dit bedrag is nog niet bekend en is niet geschat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="198"/>
        <source>Bedrag per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="200"/>
        <source>Uw geld per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="214"/>
        <source>Wij hebben dit plan samen besproken en zijn het erover eens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/pdf.py" line="220"/>
        <source>Medewerker van de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="23"/>
        <source>Bijstandsnorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="24"/>
        <source>Bijstand (met vakantiegeld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="25"/>
        <source>Bijstand die u elke maand krijgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="26"/>
        <source>Loon dat u mag houden (vrijlating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="27"/>
        <source>Zorgtoeslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="28"/>
        <source>Kindgebonden budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="29"/>
        <source>Kinderbijslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="30"/>
        <source>Huurtoeslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="31"/>
        <source>Eigen bijdrage Wmo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="32"/>
        <source>Ouderbijdrage jeugdhulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="33"/>
        <location filename="../../ui/plan/view.py" line="135"/>
        <source>Wat u per maand overhoudt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="34"/>
        <source>Kosten voor de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="42"/>
        <source>niet van toepassing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="44"/>
        <source>onbekend — handmatig invoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="47"/>
        <source>{amount} (ingevoerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="49"/>
        <source>{amount} (modelwaarde, niet officieel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="57"/>
        <source>gelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="59"/>
        <source>+ {amount} meer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="60"/>
        <source>− {amount} minder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="94"/>
        <source>, geldt vanaf {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/texts.py" line="96"/>
        <source>; datum of bron niet bevestigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="86"/>
        <source>Vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="105"/>
        <source>Scenario 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="154"/>
        <source>Melding van de planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="166"/>
        <source>Peildatum van de berekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="167"/>
        <location filename="../../ui/plan/view.py" line="168"/>
        <source>Scenario toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="169"/>
        <source>Scenario verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="170"/>
        <source>Gekozen scenario verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="171"/>
        <source>Peildatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="187"/>
        <source>Vergelijking van de huidige situatie en de scenario&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="200"/>
        <source>Waarom dit bedrag?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="203"/>
        <source>Uitleg bij het gekozen bedrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="210"/>
        <source>Ontbrekend gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="212"/>
        <source>bijv. 153,38</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="213"/>
        <source>Bedrag om in te voeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="214"/>
        <source>Invoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="215"/>
        <source>Ontbrekend bedrag invoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="216"/>
        <source>Handmatig invoeren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="227"/>
        <source>Bewerken en plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="231"/>
        <source>Welke situatie u bewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="235"/>
        <source>Situatie bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="236"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="244"/>
        <source>Gekozen situatie voor het plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="246"/>
        <source>Zaak waar het plan bij hoort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="247"/>
        <source>Gekozen situatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="250"/>
        <source>Doel, in de woorden van de inwoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="252"/>
        <source>Wanneer (dd-mm-jjjj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="254"/>
        <source>Doelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="256"/>
        <source>Afspraken: wie doet wat, wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="258"/>
        <source>Het plan is ondertekend door inwoner en medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="259"/>
        <source>Plan ondertekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="261"/>
        <source>Plan opslaan bij de zaak (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="262"/>
        <source>Plan als PDF opslaan bij de zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="278"/>
        <source>Regel toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="278"/>
        <source>Regel verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="279"/>
        <source>Regel toevoegen aan: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="280"/>
        <source>Regel verwijderen uit: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="350"/>
        <source>Scenario {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="356"/>
        <source>De huidige situatie blijft altijd staan. Kies een scenario om te verwijderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="373"/>
        <source>Kies een bedrag in de tabel om te zien hoe het is berekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="396"/>
        <source>Ingevoerd. Het bedrag is gemarkeerd als &apos;ingevoerd&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="407"/>
        <source>Er is geen open Wmo- of Jeugdzaak om het plan bij op te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="438"/>
        <source>Plan wordt opgeslagen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/view.py" line="450"/>
        <source>Plan opgeslagen bij de zaak. Wacht op verzending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/client/pages.py" line="276"/>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="277"/>
        <source>Zaaktype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="278"/>
        <location filename="../../ui/client/pages.py" line="288"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="279"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="280"/>
        <source>Gepland eind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="281"/>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="287"/>
        <location filename="../../ui/client/pages.py" line="299"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="289"/>
        <location filename="../../ui/client/pages.py" line="302"/>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="294"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="294"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="298"/>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="300"/>
        <source>Ingang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="301"/>
        <source>Verval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="307"/>
        <source>Zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="320"/>
        <source>Statusverloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="321"/>
        <source>Betrokkenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="322"/>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="323"/>
        <source>Documenten van de zaak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientHeader</name>
    <message>
        <location filename="../../ui/client/header.py" line="21"/>
        <source>Naam van de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/header.py" line="27"/>
        <source>BSN, leeftijd en adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/header.py" line="41"/>
        <source>(naam onbekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/header.py" line="44"/>
        <location filename="../../ui/client/header.py" line="56"/>
        <source>BSN {bsn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/header.py" line="45"/>
        <source>{age} jaar (geboren {born})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/header.py" line="47"/>
        <source>geboortedatum onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/header.py" line="48"/>
        <source>geen adres bekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/header.py" line="55"/>
        <source>Cliënt wordt opgehaald…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/header.py" line="69"/>
        <source>Overleden {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/header.py" line="69"/>
        <source>Overleden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/header.py" line="72"/>
        <source>Geheimhouding: geen gegevens aan derden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/header.py" line="74"/>
        <source>Onder curatele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/header.py" line="76"/>
        <source>Gegevens in onderzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/header.py" line="86"/>
        <source>BRP-indicatie: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientViewWidget</name>
    <message>
        <location filename="../../ui/client/view.py" line="63"/>
        <source>Klantbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/view.py" line="88"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/view.py" line="90"/>
        <source>Onderdelen van het klantbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/view.py" line="100"/>
        <source>&amp;Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/view.py" line="101"/>
        <source>&amp;Huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/view.py" line="102"/>
        <source>&amp;Zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/view.py" line="103"/>
        <source>&amp;Tijdlijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/view.py" line="104"/>
        <source>&amp;Documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/view.py" line="105"/>
        <source>T&amp;aken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/view.py" line="113"/>
        <location filename="../../ui/client/view.py" line="174"/>
        <source>Kies een cliënt in de zoekbalk of de werklijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/view.py" line="114"/>
        <source>Geen cliënt geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/view.py" line="172"/>
        <source>Vergrendeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/view.py" line="286"/>
        <source>{title} wordt opgehaald…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/view.py" line="290"/>
        <source>{title} is geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/view.py" line="296"/>
        <source>Wordt opnieuw verstuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/view.py" line="321"/>
        <source>Taak wordt afgerond.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/messaging/composer.py" line="37"/>
        <source>Ontvanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="41"/>
        <source>Collega of team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="42"/>
        <source>identificatie, bijv. wt-noord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="45"/>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="46"/>
        <source>Onderwerp van het nieuwe gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="50"/>
        <source>Bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="51"/>
        <source>Typ uw bericht. Ctrl+Enter verstuurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="57"/>
        <source>Gekozen bijlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="59"/>
        <source>&amp;Bijlage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="60"/>
        <source>Bijlage toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="62"/>
        <source>Bijlagen weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="65"/>
        <source>&amp;Versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="66"/>
        <source>Bericht versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="67"/>
        <source>Versturen (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="72"/>
        <source>Melding bij het bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="86"/>
        <source>&amp;Aan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="114"/>
        <source>Collega of team (overdragen)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/composer.py" line="162"/>
        <source>Bijlagen: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/client/conflict_dialog.py" line="45"/>
        <source>Conflict oplossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/conflict_dialog.py" line="50"/>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/conflict_dialog.py" line="52"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/conflict_dialog.py" line="53"/>
        <source>&amp;Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/conflict_dialog.py" line="54"/>
        <source>Keuze opslaan of annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/conflict_dialog.py" line="59"/>
        <source>Deze taak is op de server gewijzigd terwijl u hem ook wijzigde. Kies per veld welke waarde blijft. Er wordt niets verstuurd tot u kiest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/conflict_dialog.py" line="77"/>
        <source>Veld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/conflict_dialog.py" line="77"/>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/conflict_dialog.py" line="77"/>
        <source>Mijn wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/conflict_dialog.py" line="77"/>
        <source>Op de server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/conflict_dialog.py" line="87"/>
        <source>mijn waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/conflict_dialog.py" line="87"/>
        <source>waarde op de server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/conflict_dialog.py" line="93"/>
        <source>Er is geen open conflict (meer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="77"/>
        <source>Contactmoment vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="93"/>
        <source>Geen zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="98"/>
        <location filename="../../ui/client/contact_dialog.py" line="175"/>
        <source>Contact is gelukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="100"/>
        <source>Vertrouwelijk (interne notitie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="101"/>
        <source>Vervolgtaak voor een collega of team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="105"/>
        <source>code, bijvoorbeeld wt-noord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="116"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="118"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="121"/>
        <source>Concept &amp;weggooien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="132"/>
        <source>&amp;Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="133"/>
        <source>O&amp;nderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="134"/>
        <source>&amp;Inhoud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="136"/>
        <source>&amp;Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="140"/>
        <source>&amp;Voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="141"/>
        <source>&amp;Gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="142"/>
        <source>&amp;Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="170"/>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="171"/>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="172"/>
        <source>Inhoud van het contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="173"/>
        <source>Aantal tekens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="174"/>
        <source>Gekoppelde zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="176"/>
        <source>Vertrouwelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="177"/>
        <source>Vervolgtaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="178"/>
        <source>Collega of team voor de vervolgtaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="179"/>
        <source>Gevraagde handeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="180"/>
        <source>Deadline van de vervolgtaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="181"/>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="182"/>
        <source>Stand van het concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="183"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="184"/>
        <source>Sluiten, concept blijft bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="185"/>
        <source>Concept weggooien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="211"/>
        <source>{used} van {limit} tekens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="246"/>
        <source>Concept hersteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/contact_dialog.py" line="259"/>
        <source>Concept bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/client/pages.py" line="501"/>
        <source>Documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="502"/>
        <source>&amp;Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="503"/>
        <source>Document openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="506"/>
        <source>Stand van het openen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../ui/client/pages.py" line="212"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="213"/>
        <source>Relatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="214"/>
        <source>Leeftijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="216"/>
        <source>Woont op het adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="217"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="217"/>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="219"/>
        <source>Open zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="224"/>
        <source>Open zaken van alle domeinen (er is geen toegangsbeleid ingesteld).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="226"/>
        <source>Welke domeinen getoond worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="229"/>
        <source>Leden van het huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="250"/>
        <source>cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="251"/>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="252"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="253"/>
        <source>ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="254"/>
        <source>medebewoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="260"/>
        <source>wordt gelezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="262"/>
        <source>geen (in de cache)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="53"/>
        <source>Keukentafel is vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="61"/>
        <source>Wachtwoord van de lokale gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="63"/>
        <source>Ontgrendel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="64"/>
        <source>Ontgrendel Keukentafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="79"/>
        <source>Voer het wachtwoord van de lokale gegevens in om verder te werken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="81"/>
        <source>Uw concepten zijn bewaard. Ontgrendel om verder te werken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="85"/>
        <source>Dat wachtwoord klopt niet. Probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Presentatiemodus — interne notities verborgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Keukentafel — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Keukentafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>DEMO — fictieve gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Cliëntbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Beeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>&amp;Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Presentatiemodus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Uitbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Nieuw contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Meenemen voor bezoek…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Berichten tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>Kies eerst een of meer cliënten in de werklijst of de zoekresultaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>{count} cliënt(en) meegenomen; ze worden nu bijgewerkt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagingPane</name>
    <message>
        <location filename="../../ui/messaging/pane.py" line="126"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="127"/>
        <source>Alle cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="128"/>
        <source>Berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="130"/>
        <source>Vergrendeld. Ontgrendel om berichten te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="150"/>
        <source>Status van de berichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="151"/>
        <source>&amp;Nieuw gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="152"/>
        <source>Nieuw gesprek beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="154"/>
        <source>Gesprekken van de cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="162"/>
        <source>Gekozen gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="166"/>
        <source>Berichten in het gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="221"/>
        <source>Alleen &amp;ongelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="224"/>
        <source>Soort gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="225"/>
        <source>Alle gesprekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="229"/>
        <source>Gesprekken van alle cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="252"/>
        <source>Geen cliënt geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="252"/>
        <source>Berichten laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="333"/>
        <source>Geen verbinding: de berichten zijn van eerder. Probeer het later opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="366"/>
        <source>Nog geen gesprekken met deze cliënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="439"/>
        <source>Keukentafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="439"/>
        <location filename="../../ui/messaging/pane.py" line="444"/>
        <source>Nieuw bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="443"/>
        <source>{} nieuw(e) bericht(en): {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="510"/>
        <source>Nieuw gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="548"/>
        <source>Kies een gesprek en een ontvanger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="574"/>
        <source>Bijlage kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="576"/>
        <source>Toegestane bestanden ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="641"/>
        <source>Open {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="642"/>
        <source>Bijlage {} openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="646"/>
        <source>Opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messaging/pane.py" line="661"/>
        <source>Er is geen programma gevonden om {} te openen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../ui/messaging/tray.py" line="24"/>
        <source>Keukentafel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../ui/status.py" line="131"/>
        <location filename="../../ui/status.py" line="132"/>
        <source>Uitbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="135"/>
        <source>wacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="136"/>
        <source>wordt verzonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="137"/>
        <source>mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="138"/>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="143"/>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="145"/>
        <source>Aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="149"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="153"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="159"/>
        <source>Items in de uitbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="162"/>
        <source>Opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="163"/>
        <source>Geselecteerd item opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/client/pages.py" line="112"/>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="113"/>
        <source>Zaaktype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="114"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="115"/>
        <source>Uiterlijk klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="117"/>
        <source>Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="126"/>
        <source>Voorziening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="127"/>
        <source>Vorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="128"/>
        <source>Omvang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="129"/>
        <source>Sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="130"/>
        <source>Tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="136"/>
        <source>Taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="137"/>
        <source>Voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="138"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="140"/>
        <location filename="../../ui/client/pages.py" line="153"/>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="149"/>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="150"/>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="151"/>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="162"/>
        <location filename="../../ui/client/pages.py" line="177"/>
        <source>Nieuw sinds uw vorige opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="165"/>
        <source>Open zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="166"/>
        <source>Actieve voorzieningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="167"/>
        <source>Open taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="168"/>
        <source>Laatste contacten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="191"/>
        <source>Nieuw sinds uw vorige opening op {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="193"/>
        <source>Eerste opening door u: hier staan wachtende en mislukte registraties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderClientView</name>
    <message>
        <location filename="../../ui/client_slot.py" line="56"/>
        <source>Kies een cliënt in de werklijst of zoek er een.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_slot.py" line="80"/>
        <source>Deze cliënt is nog niet opgehaald.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search.py" line="38"/>
        <source>Zoek op naam, BSN, postcode of geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="39"/>
        <source>Zoek een cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="43"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="44"/>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="45"/>
        <source>Geboren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="46"/>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="52"/>
        <source>Zoekresultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="61"/>
        <source>Zoek in BRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="62"/>
        <source>Zoek in de BRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="63"/>
        <source>Zoek online in de BRP: op BSN, naam met geboortedatum of adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="108"/>
        <source>Niet gevonden in de cache. Probeer “Zoek in BRP”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="115"/>
        <source>Zoeken in de BRP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="121"/>
        <source>De BRP vond niemand met deze gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../ui/client/section.py" line="81"/>
        <source>Bron en leeftijd van de gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/section.py" line="84"/>
        <source>Waarschuwing voor deze sectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/section.py" line="103"/>
        <source>⚠ {source} niet bijgewerkt: {error}. U ziet de laatst bewaarde gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTitles</name>
    <message>
        <location filename="../../ui/client/section.py" line="24"/>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/section.py" line="25"/>
        <source>Huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/section.py" line="26"/>
        <source>Zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/section.py" line="27"/>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/section.py" line="28"/>
        <source>Documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/section.py" line="29"/>
        <source>Contacten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/section.py" line="30"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/section.py" line="31"/>
        <source>Voorzieningen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../ui/status.py" line="48"/>
        <source>Verbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="50"/>
        <source>Laatst bijgewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="53"/>
        <source>Uitbox openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="55"/>
        <source>Vergrendeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="79"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="80"/>
        <source>● Beperkt bereikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="81"/>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="93"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="94"/>
        <source>beperkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="95"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="104"/>
        <source>Bijgewerkt {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="106"/>
        <source>Nog niet bijgewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="110"/>
        <source>Uitbox: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="112"/>
        <source>({count} mislukt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="116"/>
        <source>🔒 Vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="116"/>
        <source>Ontgrendeld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeAlongDialog</name>
    <message>
        <location filename="../../ui/take_along.py" line="15"/>
        <location filename="../../ui/take_along.py" line="16"/>
        <source>Meenemen voor bezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/take_along.py" line="18"/>
        <source>{count} cliënt(en) blijven offline beschikbaar tot en met de gekozen dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/take_along.py" line="29"/>
        <source>Meenemen tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/take_along.py" line="37"/>
        <source>Tot en met:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="55"/>
        <source>Taak overdragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="55"/>
        <source>Nieuwe taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="61"/>
        <source>code, bijvoorbeeld wt-noord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="72"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="73"/>
        <source>&amp;Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="81"/>
        <source>&amp;Over contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="82"/>
        <source>&amp;Voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="84"/>
        <source>&amp;Gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="85"/>
        <source>&amp;Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="86"/>
        <source>&amp;Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="88"/>
        <source>Contact waar de taak over gaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="89"/>
        <source>Collega of team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="90"/>
        <source>Gevraagde handeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="91"/>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="92"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="93"/>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="94"/>
        <source>Opslaan of annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/task_dialog.py" line="123"/>
        <source>Registreer eerst een contactmoment; een taak hoort bij een contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../ui/client/pages.py" line="556"/>
        <source>Taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="557"/>
        <source>Voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="558"/>
        <source>Toegewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="559"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="561"/>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="568"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="569"/>
        <source>Taken van collega&apos;s zijn verborgen tijdens de presentatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="572"/>
        <source>&amp;Nieuwe taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="572"/>
        <source>Nieuwe taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="573"/>
        <source>Over&amp;dragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="573"/>
        <source>Taak overdragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="574"/>
        <source>&amp;Afronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="574"/>
        <source>Taak afronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="575"/>
        <source>Op&amp;lossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="575"/>
        <source>Conflict of fout oplossen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../ui/client/pages.py" line="401"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="402"/>
        <source>Alle soorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="404"/>
        <source>Contacten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="405"/>
        <source>Statuswijzigingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="406"/>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="407"/>
        <source>Documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="411"/>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="412"/>
        <source>Alle kanalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="413"/>
        <source>Opnieuw versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="414"/>
        <source>Mislukt contact opnieuw versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="417"/>
        <source>&amp;Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="417"/>
        <source>&amp;Kanaal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="425"/>
        <source>Tijdlijn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <location filename="../../ui/worklist.py" line="40"/>
        <location filename="../../ui/worklist.py" line="52"/>
        <source>Werklijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="43"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="45"/>
        <source>Waarom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="46"/>
        <source>Taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="44"/>
        <source>Uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="59"/>
        <source>Meenemen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="60"/>
        <source>Geselecteerde cliënten meenemen voor bezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="61"/>
        <source>Bezoeken van vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="62"/>
        <source>Cliënten met een huisbezoek vandaag meenemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="86"/>
        <source>mee tot {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="87"/>
        <source>caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="87"/>
        <source>taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="93"/>
        <source>{date} — te laat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="147"/>
        <source>Oefengemeente Voorbeeldstad wordt klaargezet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="149"/>
        <source>Keukentafel wordt gestart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="165"/>
        <source>Wachtwoord van de lokale gegevens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <source>Keukentafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>Er ging iets mis in Keukentafel. Uw werk is bewaard. Start Keukentafel opnieuw als het venster niet meer goed werkt, en meld dit aan de servicedesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>Keukentafel — fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46"/>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../ui/client/pages.py" line="368"/>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="369"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="370"/>
        <source>besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="371"/>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="375"/>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="376"/>
        <location filename="../../ui/client/pages.py" line="487"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="377"/>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="378"/>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="379"/>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="380"/>
        <source>Inhoud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="381"/>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="485"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="486"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="488"/>
        <source>Grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client/pages.py" line="489"/>
        <source>Vertrouwelijkheid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../ui/plan/models.py" line="184"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan/models.py" line="184"/>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
