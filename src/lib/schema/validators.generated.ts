/* eslint-disable */
// @ts-nocheck
// GENERATED FILE - DO NOT EDIT. Made by `npm run generate:types` from schemas/*.schema.json and
// src/lib/schema/ajv-setup.ts (ajv's standalone code); `npm test` fails when they drift apart,
// and src/lib/schema/validator.ts compiles the schemas itself while this file is out of date.

import { fullFormats, equal, ucs2length } from './ajv-runtime';

/** What these validators were compiled from (ajv-setup.ts ajvSetupText()). */
export const GENERATED_FROM = "{\"options\":{\"allErrors\":true,\"strict\":true,\"strictRequired\":false,\"strictTuples\":false,\"verbose\":true},\"formats\":[\"date\",\"uri\",\"email\"],\"keywords\":[[\"x-enum-labels\",\"object\"],[\"x-enum-short-labels\",\"object\"],[\"x-enum-inverse-labels\",\"object\"],[\"x-multiline\",\"boolean\"],[\"x-widget\",\"string\"],[\"x-pattern-message\",\"string\"],[\"x-atlas-reference\",\"string\"]],\"schemas\":[{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\"https://samenwerkingsatlas.nl/schemas/vocabularies.schema.json\",\"title\":\"Vocabulaires\",\"description\":\"Alle vaste keuzelijsten van de atlas, elk één keer gedefinieerd. `x-enum-labels` geeft per waarde het Nederlandse label; een fork kan labels overschrijven in src/site.config.ts.\",\"$defs\":{\"id\":{\"type\":\"string\",\"title\":\"Id\",\"description\":\"Kleine letters, cijfers en koppeltekens (kebab-case), zonder accenten. Verandert nooit meer nadat het bestand is aangemaakt.\",\"pattern\":\"^[a-z0-9]+(?:-[a-z0-9]+)*$\",\"x-pattern-message\":\"Alleen kleine letters, cijfers en koppeltekens, bijvoorbeeld civ-wind-op-zee.\",\"minLength\":2,\"maxLength\":80,\"examples\":[\"civ-wind-op-zee\"]},\"year\":{\"type\":\"integer\",\"title\":\"Jaar\",\"minimum\":1900,\"maximum\":2100,\"examples\":[2019]},\"date\":{\"type\":\"string\",\"format\":\"date\",\"title\":\"Datum\",\"description\":\"Een datum als JJJJ-MM-DD.\",\"examples\":[\"2026-11-01\"]},\"date_or_month\":{\"type\":\"string\",\"pattern\":\"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$\",\"x-pattern-message\":\"Een datum als JJJJ-MM-DD, alleen jaar en maand als JJJJ-MM, of alleen het jaar als JJJJ, bijvoorbeeld 2023-10-19, 2023-10 of 2023.\",\"title\":\"Datum, maand of jaar\",\"description\":\"Een datum als JJJJ-MM-DD, JJJJ-MM als alleen de maand bekend is, of JJJJ als alleen het jaar bekend is (een jaarverslag, een tijdschrift met alleen een jaargang).\",\"examples\":[\"2023-10-19\",\"2023-10\",\"2023\"]},\"url\":{\"type\":\"string\",\"format\":\"uri\",\"pattern\":\"^https?://[^\\\\s/$.?#][^\\\\s]*$\",\"x-pattern-message\":\"Een webadres begint met https:// (of http://), bijvoorbeeld https://www.voorbeeld.nl/.\",\"maxLength\":500,\"title\":\"Webadres\",\"description\":\"Een volledig webadres dat begint met https:// (of http://).\",\"examples\":[\"https://www.voorbeeld.nl/\"]},\"one_line\":{\"type\":\"string\",\"pattern\":\"^[^\\\\u0000-\\\\u001F\\\\u007F-\\\\u009F\\\\u200B-\\\\u200F\\\\u2028\\\\u2029\\\\u202A-\\\\u202E\\\\u2060-\\\\u2064\\\\u2066-\\\\u2069\\\\uFEFF\\\\uFFFD]*$\",\"x-pattern-message\":\"Eén regel tekst: geen regeleinden, tabs, stuurtekens of onzichtbare tekens (zoals U+200B of tekens die de leesrichting omdraaien). Typ de tekst opnieuw of plak hem als platte tekst.\",\"title\":\"Tekst op één regel\",\"description\":\"Een naam of andere tekst van één regel: zonder regeleinden, tabs, stuurtekens en onzichtbare tekens die de leesrichting of woordgrenzen veranderen (U+200B–200F, U+2028–2029, U+202A–202E, U+2060–2064, U+2066–2069, U+FEFF) en zonder het vervangingsteken U+FFFD (daar ging een letter verloren). De validator van de atlas weigert dezelfde tekens; zo is een programma dat alleen dit schema kent het met de atlas eens.\"},\"initiative_kind\":{\"type\":\"string\",\"title\":\"Soort samenwerking\",\"enum\":[\"pps\",\"civ\",\"coe\",\"cib\",\"regional_network\"],\"x-enum-labels\":{\"pps\":\"Publiek-private samenwerking (PPS)\",\"civ\":\"Centrum voor Innovatief Vakmanschap (CIV)\",\"coe\":\"Centre of Expertise (CoE)\",\"cib\":\"Regionaal Centrum voor Innovatie en Beroepsonderwijs (CIB)\",\"regional_network\":\"Regionaal netwerk of pact\"},\"examples\":[\"civ\"]},\"status\":{\"type\":\"string\",\"title\":\"Status\",\"enum\":[\"active\",\"in_development\",\"ended\",\"merged\",\"unknown\"],\"x-enum-labels\":{\"active\":\"Actief\",\"in_development\":\"In ontwikkeling\",\"ended\":\"Beëindigd\",\"merged\":\"Opgegaan in ander initiatief\",\"unknown\":\"Onbekend\"},\"examples\":[\"active\"]},\"phase\":{\"type\":\"string\",\"title\":\"Fase\",\"enum\":[\"starten\",\"ontwikkelen\",\"valideren\",\"uitbreiden\",\"onderhouden\"],\"x-enum-labels\":{\"starten\":\"Starten\",\"ontwikkelen\":\"Ontwikkelen\",\"valideren\":\"Valideren\",\"uitbreiden\":\"Uitbreiden\",\"onderhouden\":\"Onderhouden\"},\"examples\":[\"ontwikkelen\"]},\"education_level\":{\"type\":\"string\",\"title\":\"Onderwijsniveau\",\"enum\":[\"vmbo\",\"mbo\",\"hbo\",\"wo\"],\"x-enum-labels\":{\"vmbo\":\"vmbo\",\"mbo\":\"mbo\",\"hbo\":\"hbo\",\"wo\":\"wo\"},\"examples\":[\"mbo\"]},\"sector\":{\"type\":\"string\",\"title\":\"Sector of thema\",\"enum\":[\"agrifood-groen\",\"tuinbouw\",\"bouw-infra\",\"chemie-materialen\",\"creatieve-industrie\",\"energie\",\"gastvrijheid\",\"ict-digitaal\",\"leefomgeving\",\"life-sciences\",\"logistiek-mobiliteit\",\"luchtvaart\",\"maritiem\",\"onderwijsinnovatie\",\"techniek-maakindustrie\",\"water\",\"circulaire-economie\",\"zorg-welzijn\",\"arbeidsmarkt\",\"sectoroverstijgend\"],\"x-enum-labels\":{\"agrifood-groen\":\"Agrifood en groen\",\"tuinbouw\":\"Tuinbouw\",\"bouw-infra\":\"Bouw en infra\",\"chemie-materialen\":\"Chemie en materialen\",\"creatieve-industrie\":\"Creatieve industrie\",\"energie\":\"Energie en energietransitie\",\"gastvrijheid\":\"Gastvrijheid en evenementen\",\"ict-digitaal\":\"ICT en digitalisering\",\"leefomgeving\":\"Leefomgeving en stad\",\"life-sciences\":\"Life sciences\",\"logistiek-mobiliteit\":\"Logistiek en mobiliteit\",\"luchtvaart\":\"Luchtvaart\",\"maritiem\":\"Maritiem\",\"onderwijsinnovatie\":\"Onderwijsinnovatie\",\"techniek-maakindustrie\":\"Techniek en maakindustrie\",\"water\":\"Water\",\"circulaire-economie\":\"Circulaire economie\",\"zorg-welzijn\":\"Zorg en welzijn\",\"arbeidsmarkt\":\"Arbeidsmarkt en inzetbaarheid\",\"sectoroverstijgend\":\"Sectoroverstijgend\"},\"examples\":[\"energie\"]},\"partner_role\":{\"type\":\"string\",\"title\":\"Rol\",\"enum\":[\"co_lead\",\"founder\",\"education\",\"business\",\"government\",\"knowledge\",\"funder\",\"partner\"],\"x-enum-labels\":{\"co_lead\":\"Mede-penvoerder\",\"founder\":\"Oprichter\",\"education\":\"Onderwijspartner\",\"business\":\"Bedrijfspartner\",\"government\":\"Overheidspartner\",\"knowledge\":\"Kennispartner\",\"funder\":\"Financier\",\"partner\":\"Partner\"},\"examples\":[\"business\"]},\"new_organisation_role\":{\"type\":\"string\",\"title\":\"Rol in dit initiatief\",\"description\":\"Is de nieuwe organisatie de penvoerder of een partner?\",\"enum\":[\"lead\",\"partner\"],\"x-enum-labels\":{\"lead\":\"Penvoerder\",\"partner\":\"Partner\"},\"examples\":[\"partner\"]},\"relation_type\":{\"type\":\"string\",\"title\":\"Soort relatie\",\"description\":\"Werkt samen met: de bron noemt samenwerking. Verwant aan: de bron noemt een verband (dezelfde school, dezelfde subsidie, 'verwant'), maar geen samenwerking.\",\"enum\":[\"merged_into\",\"part_of\",\"works_with\",\"related\",\"successor_of\"],\"x-enum-labels\":{\"merged_into\":\"Opgegaan in\",\"part_of\":\"Onderdeel van\",\"works_with\":\"Werkt samen met\",\"related\":\"Verwant aan\",\"successor_of\":\"Voortzetting van\"},\"x-enum-inverse-labels\":{\"merged_into\":\"Hierin opgegaan\",\"part_of\":\"Omvat\",\"works_with\":\"Werkt samen met\",\"related\":\"Verwant aan\",\"successor_of\":\"Voortgezet als\"},\"examples\":[\"works_with\"]},\"funding_scheme\":{\"type\":\"string\",\"title\":\"Regeling\",\"enum\":[\"rif\",\"nationaal-groeifonds\",\"ocw-centres-of-expertise\",\"province\",\"municipality\",\"eu\",\"other\"],\"x-enum-labels\":{\"rif\":\"Regionaal Investeringsfonds mbo (RIF)\",\"nationaal-groeifonds\":\"Nationaal Groeifonds\",\"ocw-centres-of-expertise\":\"OCW-bijdrage Centres of Expertise\",\"province\":\"Provincie\",\"municipality\":\"Gemeente\",\"eu\":\"Europese Unie\",\"other\":\"Andere bron\"},\"examples\":[\"rif\"]},\"figure_measure\":{\"type\":\"string\",\"title\":\"Wat is geteld\",\"enum\":[\"companies\",\"students\",\"teachers\",\"partners\",\"institutions\"],\"x-enum-labels\":{\"companies\":\"Bedrijven\",\"students\":\"Studenten\",\"teachers\":\"Docenten\",\"partners\":\"Partners\",\"institutions\":\"Onderwijsinstellingen\"},\"examples\":[\"companies\"]},\"certainty\":{\"type\":\"string\",\"title\":\"Zekerheid\",\"enum\":[\"exact\",\"approximate\",\"uncertain\"],\"x-enum-labels\":{\"exact\":\"Zeker (zo in de bron)\",\"approximate\":\"Ongeveer (afgeleid uit de bron)\",\"uncertain\":\"Onzeker\"},\"x-enum-short-labels\":{\"exact\":\"\",\"approximate\":\"ongeveer\",\"uncertain\":\"onzeker\"},\"examples\":[\"approximate\"]},\"figure_qualifier\":{\"type\":\"string\",\"title\":\"Soort getal\",\"description\":\"Precies, minstens ('150+') of ongeveer.\",\"enum\":[\"exact\",\"at_least\",\"approximately\"],\"x-enum-labels\":{\"exact\":\"Precies\",\"at_least\":\"Minstens\",\"approximately\":\"Ongeveer\"},\"x-enum-short-labels\":{\"exact\":\"\",\"at_least\":\"minstens\",\"approximately\":\"ongeveer\"},\"examples\":[\"at_least\"]},\"factor_theme\":{\"type\":\"string\",\"title\":\"Thema\",\"description\":\"Waar een succesfactor of uitdaging over gaat. De lijst komt uit wat de bronnen van de atlas noemen (MBOin2030: succes- en faalfactoren van regionale samenwerking in kaart brengen).\",\"enum\":[\"trust_culture\",\"time_complexity\",\"focus_scale\",\"business_capacity\",\"labour_market_inflow\",\"governance_consortia\",\"knowledge_sharing\",\"physical_place\",\"continuity\",\"professional_skills\"],\"x-enum-labels\":{\"trust_culture\":\"Vertrouwen en samenwerkingscultuur\",\"time_complexity\":\"Tijd en complexiteit van samenwerken\",\"focus_scale\":\"Focus en kritische massa\",\"business_capacity\":\"Betrokkenheid en draagkracht van bedrijven\",\"labour_market_inflow\":\"Arbeidsmarkt en instroom van studenten\",\"governance_consortia\":\"Organisatie, bestuur en consortia\",\"knowledge_sharing\":\"Kennisdeling tussen onderwijs en praktijk\",\"physical_place\":\"Een fysieke plek of campus\",\"continuity\":\"Continuïteit na de startfase\",\"professional_skills\":\"Vaardigheden van docenten en professionals\"},\"examples\":[\"trust_culture\"]},\"location_precision\":{\"type\":\"string\",\"title\":\"Nauwkeurigheid\",\"enum\":[\"address\",\"place\",\"area\",\"lead_organisation\"],\"x-enum-labels\":{\"address\":\"Adres of campus\",\"place\":\"Midden van de plaats\",\"area\":\"Midden van het gebied\",\"lead_organisation\":\"Vestiging van de penvoerder\"},\"examples\":[\"place\"]},\"scope\":{\"type\":\"string\",\"title\":\"Omvang van het werkgebied\",\"enum\":[\"local\",\"regional\",\"provinces\",\"national\"],\"x-enum-labels\":{\"local\":\"Lokaal\",\"regional\":\"Regionaal\",\"provinces\":\"Meerdere provincies\",\"national\":\"Landelijk\"},\"examples\":[\"regional\"]},\"organisation_kind\":{\"type\":\"string\",\"title\":\"Soort organisatie\",\"enum\":[\"vmbo_school\",\"mbo_institution\",\"university_of_applied_sciences\",\"university\",\"company\",\"government\",\"branch_organisation\",\"knowledge_institute\",\"other\"],\"x-enum-labels\":{\"vmbo_school\":\"Vmbo-school\",\"mbo_institution\":\"Mbo-instelling\",\"university_of_applied_sciences\":\"Hogeschool\",\"university\":\"Universiteit\",\"company\":\"Bedrijf\",\"government\":\"Overheid\",\"branch_organisation\":\"Branche- of werkgeversorganisatie\",\"knowledge_institute\":\"Kennisinstelling\",\"other\":\"Anders\"},\"examples\":[\"mbo_institution\"]},\"verified_by\":{\"type\":\"string\",\"title\":\"Gecontroleerd door\",\"description\":\"Wie de gegevens controleerde: de redactie (tegen een bron, die dan bij 'Gecontroleerd tegen' staat), het initiatief zelf of de organisatie zelf.\",\"enum\":[\"editors\",\"initiative\",\"organisation\"],\"x-enum-labels\":{\"editors\":\"De redactie\",\"initiative\":\"Het initiatief zelf\",\"organisation\":\"De organisatie zelf\"},\"examples\":[\"editors\"]}}},{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\"https://samenwerkingsatlas.nl/schemas/initiative.schema.json\",\"title\":\"Initiatief\",\"description\":\"Eén regionale samenwerking tussen onderwijs, bedrijven en overheid. Eén bestand per initiatief: data/initiatives/<id>.yaml; de bestandsnaam is het id.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"name\",\"kind\",\"status\",\"summary\",\"sources\"],\"properties\":{\"name\":{\"$ref\":\"vocabularies.schema.json#/$defs/one_line\",\"type\":\"string\",\"title\":\"Naam\",\"minLength\":2,\"maxLength\":160,\"description\":\"De volledige naam zoals het initiatief zichzelf noemt.\",\"examples\":[\"CIV Wind op Zee\"]},\"short_name\":{\"$ref\":\"vocabularies.schema.json#/$defs/one_line\",\"type\":\"string\",\"title\":\"Korte naam\",\"maxLength\":40,\"description\":\"Afkorting of roepnaam, als die veel gebruikt wordt.\",\"examples\":[\"CEW\"]},\"former_names\":{\"type\":\"array\",\"title\":\"Eerdere namen\",\"uniqueItems\":true,\"description\":\"Namen of werktitels die het initiatief eerder had.\",\"items\":{\"$ref\":\"vocabularies.schema.json#/$defs/one_line\",\"type\":\"string\",\"minLength\":2,\"maxLength\":160},\"examples\":[[\"CoE HTSM-oost (Echo)\"]]},\"kind\":{\"$ref\":\"vocabularies.schema.json#/$defs/initiative_kind\",\"description\":\"Wat voor samenwerking dit is. Een financieringsregeling (zoals RIF) is geen soort: die hoort bij Financiering.\"},\"status\":{\"$ref\":\"vocabularies.schema.json#/$defs/status\",\"description\":\"Of het initiatief nu loopt. Kies 'Opgegaan in ander initiatief' samen met een relatie 'Opgegaan in'.\"},\"status_source\":{\"$ref\":\"#/$defs/source\",\"title\":\"Bron van de status\",\"description\":\"De bron die zegt dat het initiatief loopt, in ontwikkeling is, gestopt is of opging in een ander, met de datum van die bron als die er staat: de pagina toont de status dan met die bron en datum, zodat een lezer ziet hoe oud de uitspraak is. Leeg bij status Onbekend.\"},\"status_note\":{\"$ref\":\"vocabularies.schema.json#/$defs/one_line\",\"type\":\"string\",\"title\":\"Wat de bron over de status zegt\",\"maxLength\":400,\"description\":\"In één of twee zinnen wat de bron van de status zegt, zodat een lezer de status goed leest (een project dat is afgerond, niet mislukt; een regeling die tot en met 2026 loopt). Geen namen van personen.\",\"examples\":[\"Het bericht meldt dat het project in 2021 is afgerond, met de behaalde resultaten.\"]},\"phase\":{\"$ref\":\"vocabularies.schema.json#/$defs/phase\",\"description\":\"Fase volgens het fasemodel voor publiek-private samenwerking. Leeg laten als onbekend.\"},\"summary\":{\"type\":\"string\",\"title\":\"Samenvatting\",\"minLength\":20,\"maxLength\":400,\"x-multiline\":true,\"description\":\"Eén tot drie zinnen platte tekst: wat doet dit initiatief en met wie?\",\"examples\":[\"Centrum voor Innovatief Vakmanschap voor offshore wind, met Scalda als penvoerder.\"]},\"description\":{\"type\":\"string\",\"title\":\"Beschrijving\",\"maxLength\":10000,\"x-multiline\":true,\"x-widget\":\"markdown\",\"description\":\"Langere toelichting, met kopjes, lijsten en koppelingen als u wilt (de knoppen boven het veld). Geen namen of contactgegevens van personen.\",\"examples\":[\"Het centrum verbindt **mbo-opleidingen** met bedrijven in de windsector.\"]},\"levels\":{\"type\":\"array\",\"title\":\"Onderwijsniveaus\",\"uniqueItems\":true,\"description\":\"De onderwijsniveaus die meedoen.\",\"items\":{\"$ref\":\"vocabularies.schema.json#/$defs/education_level\"},\"examples\":[[\"mbo\",\"hbo\"]]},\"sectors\":{\"type\":\"array\",\"title\":\"Sectoren en thema's\",\"uniqueItems\":true,\"description\":\"Een of meer sectoren of thema's uit de vaste lijst.\",\"items\":{\"$ref\":\"vocabularies.schema.json#/$defs/sector\"},\"examples\":[[\"energie\",\"maritiem\"]]},\"theme\":{\"type\":\"string\",\"title\":\"Thema in eigen woorden\",\"maxLength\":200,\"description\":\"Het thema zoals de bron het noemt, als de vaste lijst het niet precies dekt.\",\"examples\":[\"Offshore wind en energietransitie\"]},\"lead_organisation\":{\"$ref\":\"vocabularies.schema.json#/$defs/id\",\"x-atlas-reference\":\"organisation\",\"title\":\"Penvoerder\",\"description\":\"De organisatie die het initiatief trekt. Kies haar uit de lijst; staat ze er nog niet bij, vul haar dan in bij Nieuwe organisaties. Leeg laten als het niet bekend is.\"},\"lead_note\":{\"$ref\":\"vocabularies.schema.json#/$defs/one_line\",\"type\":\"string\",\"title\":\"Toelichting bij de penvoerder\",\"maxLength\":300,\"description\":\"Bijvoorbeeld de naam waaronder de bron de penvoerder noemt, als die anders is dan nu (een naam van vóór een fusie).\",\"examples\":[\"In de bron: Arcus College (een eerdere naam)\"]},\"partners\":{\"type\":\"array\",\"title\":\"Partners\",\"description\":\"Organisaties die meedoen, elk met hun rol. De penvoerder hoort hier niet nog eens bij.\",\"items\":{\"type\":\"object\",\"title\":\"Partner\",\"additionalProperties\":false,\"required\":[\"organisation\"],\"properties\":{\"organisation\":{\"$ref\":\"vocabularies.schema.json#/$defs/id\",\"x-atlas-reference\":\"organisation\",\"title\":\"Organisatie\",\"description\":\"Kies de organisatie uit de lijst. Staat ze er nog niet bij, vul haar dan in bij Nieuwe organisaties.\"},\"role\":{\"$ref\":\"vocabularies.schema.json#/$defs/partner_role\",\"description\":\"Wat deze partner in de samenwerking doet.\"},\"note\":{\"type\":\"string\",\"title\":\"Toelichting\",\"maxLength\":300,\"description\":\"Bijvoorbeeld een bijdrage of een jaartal.\",\"examples\":[\"Bijdrage EUR 3 miljoen\"]}}}},\"new_organisations\":{\"type\":\"array\",\"title\":\"Nieuwe organisaties\",\"description\":\"Organisaties die meedoen maar nog niet in de atlas staan (en dus niet in de keuzelijst bij Penvoerder of Partners). Vul naam en soort in, en wat u weet van plaats en website. Een beheerder maakt er bij het overnemen van het voorstel organisaties van.\",\"items\":{\"type\":\"object\",\"title\":\"Nieuwe organisatie\",\"additionalProperties\":false,\"required\":[\"name\",\"kind\",\"role\"],\"properties\":{\"name\":{\"$ref\":\"vocabularies.schema.json#/$defs/one_line\",\"type\":\"string\",\"title\":\"Naam\",\"minLength\":2,\"maxLength\":160,\"description\":\"De officiële naam, zoals de organisatie zichzelf noemt.\"},\"kind\":{\"$ref\":\"vocabularies.schema.json#/$defs/organisation_kind\",\"title\":\"Soort organisatie\",\"description\":\"School, bedrijf, overheid of andere organisatie.\"},\"role\":{\"$ref\":\"vocabularies.schema.json#/$defs/new_organisation_role\"},\"partner_role\":{\"$ref\":\"vocabularies.schema.json#/$defs/partner_role\",\"title\":\"Rol als partner\",\"description\":\"Alleen voor een partner: wat doet zij in de samenwerking?\"},\"place\":{\"type\":\"string\",\"title\":\"Plaats\",\"maxLength\":120,\"x-widget\":\"place\",\"description\":\"De plaats van de vestiging die meedoet. Kies de plaats uit de lijst, of zoek haar op de kaart en klik erop; de coördinaten worden dan ingevuld.\"},\"latitude\":{\"type\":\"number\",\"title\":\"Breedtegraad\",\"minimum\":50.7,\"maximum\":53.7,\"x-widget\":\"hidden\",\"description\":\"Noorderbreedte van de vestiging in graden (WGS84), ingevuld door de plaatskiezer. Staat er '(aangewezen op de kaart)' achter de plaats, dan is het punt aangeklikt; anders is het het midden van de gekozen plaats.\"},\"longitude\":{\"type\":\"number\",\"title\":\"Lengtegraad\",\"minimum\":3.3,\"maximum\":7.3,\"x-widget\":\"hidden\",\"description\":\"Oosterlengte van de vestiging in graden (WGS84), ingevuld door de plaatskiezer.\"},\"website\":{\"$ref\":\"vocabularies.schema.json#/$defs/url\",\"title\":\"Website\"}}}},\"partners_note\":{\"type\":\"string\",\"title\":\"Over de partners\",\"maxLength\":600,\"x-multiline\":true,\"description\":\"Wat de bron verder over de partners zegt, bijvoorbeeld als ze maar deels bekend zijn of alleen als groep genoemd worden.\",\"examples\":[\"Meer dan 150 bedrijven; niet allemaal bij naam bekend.\"]},\"locations\":{\"type\":\"array\",\"x-widget\":\"locations\",\"title\":\"Locaties\",\"description\":\"Waar het initiatief zit. De provincie (en elke andere regio-indeling) wordt bij het bouwen uit de coördinaten afgeleid; die typt u dus niet in.\",\"items\":{\"type\":\"object\",\"title\":\"Locatie\",\"additionalProperties\":false,\"required\":[\"place\",\"latitude\",\"longitude\"],\"properties\":{\"place\":{\"type\":\"string\",\"title\":\"Plaats\",\"minLength\":2,\"maxLength\":120,\"description\":\"Plaatsnaam, eventueel met campus of gebied.\",\"examples\":[\"Leeuwarden (WaterCampus)\"]},\"latitude\":{\"type\":\"number\",\"title\":\"Breedtegraad\",\"minimum\":50.7,\"maximum\":53.7,\"description\":\"Noorderbreedte in graden (WGS84), bijvoorbeeld 53.2.\",\"examples\":[53.2012]},\"longitude\":{\"type\":\"number\",\"title\":\"Lengtegraad\",\"minimum\":3.3,\"maximum\":7.3,\"description\":\"Oosterlengte in graden (WGS84), bijvoorbeeld 5.8.\",\"examples\":[5.7999]},\"precision\":{\"$ref\":\"vocabularies.schema.json#/$defs/location_precision\",\"description\":\"Hoe precies de coördinaten zijn. Standaard: midden van de plaats.\"}}}},\"scope\":{\"$ref\":\"vocabularies.schema.json#/$defs/scope\",\"description\":\"Hoe groot het werkgebied is. 'Landelijk' voor initiatieven die in het hele land werken.\"},\"working_area\":{\"type\":\"object\",\"title\":\"Werkgebied in provincies\",\"additionalProperties\":false,\"required\":[\"regions\"],\"description\":\"De provincie(s) waar het initiatief werkt, zoals een bron ze noemt. Vooral voor een initiatief zonder vaste plek op de kaart: zo telt het toch mee in zijn provincie. Een initiatief met een locatie telt daarnaast mee in de provincie van die locatie.\",\"properties\":{\"regions\":{\"type\":\"array\",\"title\":\"Provincies\",\"minItems\":1,\"uniqueItems\":true,\"items\":{\"$ref\":\"vocabularies.schema.json#/$defs/id\"},\"x-widget\":\"regions\",\"description\":\"Ids van regio's in de eerste regio-indeling (de provincies), bijvoorbeeld noord-brabant. In het CMS kiest u de namen uit een lijst.\",\"examples\":[[\"noord-brabant\",\"limburg\"]]},\"certainty\":{\"$ref\":\"vocabularies.schema.json#/$defs/certainty\",\"description\":\"'Zeker': de bron noemt de provincie. 'Ongeveer': afgeleid uit een plaats die de bron noemt.\"},\"note\":{\"type\":\"string\",\"title\":\"Toelichting\",\"maxLength\":300,\"description\":\"Wat de bron over het gebied zegt.\",\"examples\":[\"Midden-Brabant\"]},\"source\":{\"$ref\":\"#/$defs/source\",\"title\":\"Bron van het werkgebied\",\"description\":\"De pagina die het gebied noemt, als dat een andere is dan die onder Bronnen of als de redactie het later vond: de pagina toont het werkgebied dan met die bron en haar datum.\"}}},\"start_year\":{\"$ref\":\"vocabularies.schema.json#/$defs/year\",\"title\":\"Startjaar\",\"description\":\"Het jaar waarin de samenwerking begon.\"},\"start_year_certainty\":{\"$ref\":\"vocabularies.schema.json#/$defs/certainty\",\"title\":\"Zekerheid van het startjaar\",\"description\":\"Staat het startjaar zo in de bron, of is het afgeleid of onzeker?\"},\"start_year_note\":{\"type\":\"string\",\"title\":\"Toelichting bij het startjaar\",\"maxLength\":300,\"description\":\"Wat de bron precies over de start zegt.\",\"examples\":[\"Opening januari 2012\"]},\"end_year\":{\"$ref\":\"vocabularies.schema.json#/$defs/year\",\"title\":\"Eindjaar\",\"description\":\"Het jaar waarin de samenwerking stopte of opging in een ander initiatief.\"},\"funding\":{\"type\":\"array\",\"title\":\"Financieringen\",\"description\":\"Subsidies en bijdragen, elk met regeling, jaar en bedrag als die bekend zijn.\",\"items\":{\"type\":\"object\",\"title\":\"Financiering\",\"additionalProperties\":false,\"required\":[\"scheme\"],\"properties\":{\"scheme\":{\"$ref\":\"vocabularies.schema.json#/$defs/funding_scheme\",\"description\":\"De regeling of bron van het geld.\"},\"year\":{\"$ref\":\"vocabularies.schema.json#/$defs/year\",\"title\":\"Jaar van toekenning\",\"description\":\"Het jaar van toekenning.\"},\"year_certainty\":{\"$ref\":\"vocabularies.schema.json#/$defs/certainty\",\"title\":\"Zekerheid van het jaar\",\"description\":\"Staat het jaar zo in de bron?\"},\"amount_eur\":{\"type\":\"number\",\"title\":\"Bedrag (euro)\",\"minimum\":0,\"maximum\":10000000000,\"description\":\"Het toegekende bedrag in euro.\",\"examples\":[3400000]},\"note\":{\"type\":\"string\",\"title\":\"Toelichting\",\"maxLength\":300,\"description\":\"Wat de bron over deze financiering zegt.\",\"examples\":[\"Over vier jaar\"]},\"source\":{\"$ref\":\"#/$defs/source\"}}}},\"figures\":{\"type\":\"array\",\"title\":\"Cijfers\",\"description\":\"Aantallen bedrijven, studenten, docenten enzovoort, elk met het jaar en de bron. Cijfers verschillen per bron en moment.\",\"items\":{\"type\":\"object\",\"title\":\"Cijfer\",\"additionalProperties\":false,\"required\":[\"measure\",\"value\",\"year\",\"source\"],\"properties\":{\"measure\":{\"$ref\":\"vocabularies.schema.json#/$defs/figure_measure\",\"description\":\"Wat er geteld is.\"},\"value\":{\"type\":\"integer\",\"title\":\"Aantal\",\"minimum\":0,\"maximum\":10000000,\"description\":\"Het aantal.\",\"examples\":[150]},\"qualifier\":{\"$ref\":\"vocabularies.schema.json#/$defs/figure_qualifier\"},\"year\":{\"$ref\":\"vocabularies.schema.json#/$defs/year\",\"title\":\"Peiljaar\",\"description\":\"Het jaar waarop het getal slaat.\"},\"source\":{\"$ref\":\"#/$defs/source\"}}}},\"success_factors\":{\"type\":\"array\",\"title\":\"Succesfactoren\",\"description\":\"Wat de samenwerking volgens een bron laat werken: per uitspraak het thema, de uitspraak in gewone taal en de bron.\",\"items\":{\"$ref\":\"#/$defs/factor\"},\"examples\":[[{\"theme\":\"trust_culture\",\"statement\":\"Leden dragen actief bij en vertrouwen elkaar.\",\"source\":{\"url\":\"https://www.voorbeeld.nl/evaluatie\"}}]]},\"challenges\":{\"type\":\"array\",\"title\":\"Uitdagingen\",\"description\":\"Wat de samenwerking volgens een bron lastig maakt: per uitspraak het thema, de uitspraak in gewone taal en de bron.\",\"items\":{\"$ref\":\"#/$defs/factor\"},\"examples\":[[{\"theme\":\"continuity\",\"statement\":\"Financiering na afloop van de subsidie is onzeker.\",\"source\":{\"title\":\"Jaarverslag 2024\"}}]]},\"relations\":{\"type\":\"array\",\"title\":\"Relaties met andere initiatieven\",\"description\":\"Bijvoorbeeld: opgegaan in, onderdeel van, werkt samen met. Een relatie geldt in beide richtingen; noteer haar bij één van de twee.\",\"items\":{\"type\":\"object\",\"title\":\"Relatie\",\"additionalProperties\":false,\"required\":[\"type\",\"initiative\"],\"properties\":{\"type\":{\"$ref\":\"vocabularies.schema.json#/$defs/relation_type\",\"description\":\"Hoe dit initiatief zich tot het andere verhoudt.\"},\"initiative\":{\"$ref\":\"vocabularies.schema.json#/$defs/id\",\"x-atlas-reference\":\"initiative\",\"title\":\"Initiatief\",\"description\":\"Het id van het andere initiatief.\"},\"year\":{\"$ref\":\"vocabularies.schema.json#/$defs/year\",\"title\":\"Jaar\",\"description\":\"Sinds wanneer de relatie geldt.\"},\"note\":{\"type\":\"string\",\"title\":\"Toelichting\",\"maxLength\":300,\"description\":\"Korte toelichting.\"}}}},\"website\":{\"$ref\":\"vocabularies.schema.json#/$defs/url\",\"title\":\"Website\",\"description\":\"De eigen website van het initiatief.\"},\"sources\":{\"type\":\"array\",\"title\":\"Bronnen\",\"minItems\":1,\"description\":\"Waar de gegevens vandaan komen. Minstens één bron.\",\"items\":{\"$ref\":\"#/$defs/source\"}},\"last_verified\":{\"$ref\":\"vocabularies.schema.json#/$defs/date\",\"title\":\"Laatst gecontroleerd\",\"description\":\"Wanneer iemand de gegevens voor het laatst controleerde. Alleen invullen wat iemand echt deed, samen met 'Gecontroleerd door'; nooit voor veel bestanden tegelijk.\"},\"verified_by\":{\"$ref\":\"vocabularies.schema.json#/$defs/verified_by\"},\"verified_source\":{\"$ref\":\"#/$defs/source\",\"title\":\"Gecontroleerd tegen\",\"description\":\"De bron waartegen de redactie de gegevens controleerde (verplicht als de redactie controleerde).\"},\"former_ids\":{\"type\":\"array\",\"title\":\"Eerdere adressen (ids)\",\"uniqueItems\":true,\"description\":\"Ids van bestanden die in dit bestand zijn opgegaan, bijvoorbeeld een dubbel ingevoerd initiatief dat is samengevoegd: het oude adres op de site (en een link ernaar) verwijst dan hierheen. Alleen de redactie vult dit in, bij het samenvoegen; een id dat nog een eigen bestand heeft, kan hier niet staan.\",\"items\":{\"$ref\":\"vocabularies.schema.json#/$defs/id\"},\"examples\":[[\"coe-htsm-oost\"]]},\"notes\":{\"type\":\"string\",\"title\":\"Opmerkingen\",\"maxLength\":1000,\"x-multiline\":true,\"description\":\"Redactionele opmerkingen, bijvoorbeeld over onzekerheden of twijfel in de bronnen.\"}},\"$defs\":{\"factor\":{\"type\":\"object\",\"title\":\"Uitspraak\",\"additionalProperties\":false,\"required\":[\"theme\",\"statement\",\"source\"],\"properties\":{\"theme\":{\"$ref\":\"vocabularies.schema.json#/$defs/factor_theme\"},\"statement\":{\"type\":\"string\",\"title\":\"Uitspraak\",\"minLength\":10,\"maxLength\":300,\"description\":\"De uitspraak in gewone Nederlandse woorden, zo dicht mogelijk bij de bron.\"},\"source\":{\"$ref\":\"#/$defs/source\"}}},\"source\":{\"type\":\"object\",\"title\":\"Bron\",\"additionalProperties\":false,\"description\":\"Een bron: een webadres, een titel, of allebei.\",\"anyOf\":[{\"required\":[\"url\"]},{\"required\":[\"title\"]}],\"properties\":{\"url\":{\"$ref\":\"vocabularies.schema.json#/$defs/url\",\"title\":\"Webadres\",\"description\":\"Het adres van de bron.\"},\"title\":{\"type\":\"string\",\"title\":\"Titel\",\"minLength\":2,\"maxLength\":300,\"description\":\"Titel of beschrijving van de bron.\",\"examples\":[\"Rijksoverheid: bijna 15 miljoen euro voor samenwerking bedrijfsleven en mbo-scholen\"]},\"published\":{\"$ref\":\"vocabularies.schema.json#/$defs/date_or_month\",\"title\":\"Datum van de bron\",\"description\":\"De datum die de bron zelf draagt (verschenen of bijgewerkt), zoals de pagina of haar gegevens die tonen: JJJJ-MM-DD, JJJJ-MM als alleen de maand er staat, of JJJJ als alleen het jaar er staat. Leeg laten als de bron geen datum toont; nooit een datum uitrekenen (uit een weekdag of een aangekondigde start). Zo ziet een lezer hoe oud een uitspraak is.\"},\"consulted\":{\"$ref\":\"vocabularies.schema.json#/$defs/date\",\"title\":\"Geraadpleegd op\",\"description\":\"Wanneer de bron is bekeken.\"}}}}},{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\"https://samenwerkingsatlas.nl/schemas/organisation.schema.json\",\"title\":\"Organisatie\",\"description\":\"Een school, bedrijf, overheid of andere organisatie die aan initiatieven meedoet. Eén bestand per organisatie: data/organisations/<id>.yaml. Geen gegevens van personen.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"name\",\"kind\"],\"dependentRequired\":{\"latitude\":[\"longitude\"],\"longitude\":[\"latitude\"]},\"properties\":{\"name\":{\"$ref\":\"vocabularies.schema.json#/$defs/one_line\",\"type\":\"string\",\"title\":\"Naam\",\"minLength\":2,\"maxLength\":160,\"description\":\"De officiële of meest gebruikte naam.\",\"examples\":[\"Scalda\"]},\"short_name\":{\"$ref\":\"vocabularies.schema.json#/$defs/one_line\",\"type\":\"string\",\"title\":\"Korte naam\",\"maxLength\":40,\"description\":\"Afkorting, als die veel gebruikt wordt.\",\"examples\":[\"HAN\"]},\"former_names\":{\"type\":\"array\",\"title\":\"Eerdere namen\",\"uniqueItems\":true,\"description\":\"Namen die de organisatie eerder had, bijvoorbeeld voor een fusie.\",\"items\":{\"$ref\":\"vocabularies.schema.json#/$defs/one_line\",\"type\":\"string\",\"minLength\":2,\"maxLength\":160},\"examples\":[[\"Arcus College\"]]},\"kind\":{\"$ref\":\"vocabularies.schema.json#/$defs/organisation_kind\",\"description\":\"Wat voor organisatie dit is.\"},\"website\":{\"$ref\":\"vocabularies.schema.json#/$defs/url\",\"title\":\"Website\",\"description\":\"De website van de organisatie.\"},\"contact_page\":{\"$ref\":\"vocabularies.schema.json#/$defs/url\",\"title\":\"Contactpagina\",\"description\":\"De openbare contactpagina van de organisatie (geen persoonlijke e-mailadressen of telefoonnummers).\"},\"place\":{\"type\":\"string\",\"title\":\"Plaats\",\"minLength\":2,\"maxLength\":120,\"x-widget\":\"place\",\"description\":\"Vestigingsplaats (hoofdvestiging). Kies de plaats uit de lijst of klik op de kaart; de coördinaten worden dan ingevuld.\",\"examples\":[\"Vlissingen\"]},\"latitude\":{\"type\":\"number\",\"title\":\"Breedtegraad\",\"minimum\":50.7,\"maximum\":53.7,\"x-widget\":\"hidden\",\"description\":\"Noorderbreedte van de vestiging in graden (WGS84).\",\"examples\":[51.4427]},\"longitude\":{\"type\":\"number\",\"title\":\"Lengtegraad\",\"minimum\":3.3,\"maximum\":7.3,\"x-widget\":\"hidden\",\"description\":\"Oosterlengte van de vestiging in graden (WGS84).\",\"examples\":[3.5734]},\"kvk_number\":{\"type\":\"string\",\"title\":\"KvK-nummer\",\"pattern\":\"^[0-9]{8}$\",\"x-pattern-message\":\"Een KvK-nummer is 8 cijfers, bijvoorbeeld 12345678.\",\"description\":\"Het nummer in het Handelsregister van de Kamer van Koophandel (8 cijfers).\",\"examples\":[\"12345678\"]},\"brin_code\":{\"type\":\"string\",\"title\":\"BRIN-code\",\"pattern\":\"^[0-9]{2}[A-Z]{2}$\",\"x-pattern-message\":\"Een BRIN-code is 2 cijfers en 2 hoofdletters, bijvoorbeeld 25LX.\",\"description\":\"De code van een onderwijsinstelling bij DUO (2 cijfers en 2 hoofdletters).\",\"examples\":[\"25LX\"]},\"sources\":{\"type\":\"array\",\"title\":\"Bronnen\",\"description\":\"Waar de gegevens over deze organisatie vandaan komen.\",\"items\":{\"$ref\":\"initiative.schema.json#/$defs/source\"}},\"last_verified\":{\"$ref\":\"vocabularies.schema.json#/$defs/date\",\"title\":\"Laatst gecontroleerd\",\"description\":\"Wanneer iemand de gegevens voor het laatst controleerde. Alleen invullen wat iemand echt deed, samen met 'Gecontroleerd door'; nooit voor veel bestanden tegelijk.\"},\"verified_by\":{\"$ref\":\"vocabularies.schema.json#/$defs/verified_by\"},\"verified_source\":{\"$ref\":\"initiative.schema.json#/$defs/source\",\"title\":\"Gecontroleerd tegen\",\"description\":\"De bron waartegen de redactie de gegevens controleerde (verplicht als de redactie controleerde).\"},\"former_ids\":{\"type\":\"array\",\"title\":\"Eerdere adressen (ids)\",\"uniqueItems\":true,\"description\":\"Ids van bestanden die in dit bestand zijn opgegaan, bijvoorbeeld een dubbel ingevoerde organisatie die is samengevoegd: het oude adres op de site (en een link ernaar) verwijst dan hierheen. Alleen de redactie vult dit in, bij het samenvoegen; een id dat nog een eigen bestand heeft, kan hier niet staan.\",\"items\":{\"$ref\":\"vocabularies.schema.json#/$defs/id\"},\"examples\":[[\"roc-leeuwenborgh\"]]},\"notes\":{\"type\":\"string\",\"title\":\"Opmerkingen\",\"maxLength\":1000,\"x-multiline\":true,\"description\":\"Redactionele opmerkingen, bijvoorbeeld over fusies of naamswijzigingen.\"}}},{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\"https://samenwerkingsatlas.nl/schemas/site-config.schema.json\",\"title\":\"Siteconfiguratie\",\"description\":\"Alles wat een fork van de atlas aanpast: namen, taal, adressen, repository, invoerscherm, kaart, regio-indelingen, woorden en thema. Staat in src/site.config.ts; ATLAS_CONFIG=<bestand.json> legt er een JSON-bestand met dezelfde velden overheen. De build controleert elke waarde met dit schema.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"title\",\"tagline\",\"lang\",\"site\",\"base\",\"repository\",\"owner\",\"publisher\",\"coverage\",\"checks\",\"cms\",\"map\",\"theme\"],\"properties\":{\"title\":{\"type\":\"string\",\"title\":\"Naam van de site\",\"minLength\":1,\"pattern\":\"\\\\S\",\"description\":\"Staat in de kop en op het tabblad van de browser.\",\"examples\":[\"Samenwerkingsatlas\"]},\"tagline\":{\"type\":\"string\",\"title\":\"Ondertitel\",\"minLength\":1,\"pattern\":\"\\\\S\",\"description\":\"Eén regel onder de naam.\"},\"lang\":{\"type\":\"string\",\"title\":\"Taal\",\"pattern\":\"^[a-z]{2,3}(-[A-Za-z]{2,4})?$\",\"x-pattern-message\":\"Een taalcode (BCP 47), bijvoorbeeld 'nl'.\",\"description\":\"Taal van de pagina's, ook de taal waarin de zoekfunctie woorden herkent.\"},\"site\":{\"type\":\"string\",\"title\":\"Adres van de site\",\"pattern\":\"^https?://[^/\\\\s]+/?$\",\"x-pattern-message\":\"Een adres als https://voorbeeld.nl, zonder pad.\",\"description\":\"Openbaar adres van de site, zonder het basispad.\"},\"base\":{\"type\":\"string\",\"title\":\"Basispad\",\"pattern\":\"^/([^/\\\\s]+/)*$\",\"x-pattern-message\":\"Begint en eindigt met een /, bijvoorbeeld '/atlas/' (of alleen '/').\",\"description\":\"Het pad als de site in een submap staat (GitHub Pages-projectsite).\"},\"repository\":{\"type\":\"string\",\"title\":\"Repository\",\"pattern\":\"^[\\\\w.-]+/[\\\\w.-]+$\",\"x-pattern-message\":\"'eigenaar/naam' van de repository op GitHub.\",\"description\":\"Voor het invoerscherm, de formulieren en de bronlinks.\"},\"owner\":{\"type\":\"object\",\"title\":\"Beheerder\",\"description\":\"Wie de atlas beheert, met het openbare adres van de redactie (nooit dat van een persoon).\",\"additionalProperties\":false,\"required\":[\"name\",\"email\"],\"properties\":{\"name\":{\"type\":\"string\",\"title\":\"Naam van de beheerder\",\"minLength\":1,\"pattern\":\"\\\\S\"},\"email\":{\"type\":\"string\",\"title\":\"E-mailadres van de redactie\",\"format\":\"email\",\"description\":\"Het openbare adres van de redactie: de route om bij te dragen zonder account.\"}}},\"publisher\":{\"type\":\"object\",\"title\":\"Uitgever\",\"description\":\"De organisatie die de atlas uitgeeft en ervoor instaat (nooit een persoon). Staat in de kop, de voettekst en op /over/.\",\"additionalProperties\":false,\"required\":[\"name\",\"url\"],\"properties\":{\"name\":{\"type\":\"string\",\"title\":\"Naam van de organisatie\",\"minLength\":2,\"pattern\":\"\\\\S\",\"examples\":[\"Stichting Voorbeeld\"]},\"url\":{\"type\":\"string\",\"title\":\"Website van de organisatie\",\"pattern\":\"^https?://[^\\\\s/$.?#][^\\\\s]*$\",\"x-pattern-message\":\"Een webadres dat begint met https://, bijvoorbeeld https://www.voorbeeld.nl/.\",\"description\":\"Waar een lezer leest wie de organisatie is.\",\"examples\":[\"https://www.voorbeeld.nl/\"]}}},\"coverage\":{\"type\":\"object\",\"title\":\"Gebied en onderwerp van de data\",\"description\":\"Waar de atlas over gaat, voor de beschrijving van de open data (DCAT, Data Package, schema.org) en de lijst met plaatsen in het invoerscherm. Een fork over een ander land of veld zet hier het zijne.\",\"additionalProperties\":false,\"required\":[\"name\",\"country\",\"placesCountry\",\"keywords\"],\"properties\":{\"name\":{\"type\":\"string\",\"title\":\"Naam van het gebied\",\"minLength\":2,\"pattern\":\"\\\\S\",\"description\":\"Het gebied dat de data beslaat, in woorden (schema.org spatialCoverage).\",\"examples\":[\"Nederland\",\"Vlaanderen\"]},\"country\":{\"type\":\"string\",\"title\":\"Land (drie letters)\",\"pattern\":\"^[A-Z]{3}$\",\"x-pattern-message\":\"Drie hoofdletters uit ISO 3166-1 alpha-3, bijvoorbeeld NLD of BEL.\",\"description\":\"Het land van de data als code van de EU-lijst van landen (dct:spatial in de DCAT-catalogus).\",\"examples\":[\"NLD\",\"BEL\"]},\"placesCountry\":{\"type\":\"string\",\"title\":\"Land van de plaatsenlijst (twee letters)\",\"pattern\":\"^[A-Z]{2}$\",\"x-pattern-message\":\"Twee hoofdletters uit ISO 3166-1 alpha-2, bijvoorbeeld NL of BE.\",\"description\":\"Welke plaatsen van GeoNames het invoerscherm en npm run intake kennen (plaats naar coördinaten).\",\"examples\":[\"NL\",\"BE\"]},\"keywords\":{\"type\":\"array\",\"title\":\"Trefwoorden\",\"minItems\":1,\"uniqueItems\":true,\"items\":{\"type\":\"string\",\"minLength\":2,\"pattern\":\"\\\\S\"},\"description\":\"Trefwoorden van de open data (Data Package, schema.org); het gebied komt er in het Data Package vanzelf bij.\",\"examples\":[[\"beroepsonderwijs\",\"mbo\",\"hbo\"]]}}},\"checks\":{\"type\":\"object\",\"title\":\"Controles\",\"description\":\"Wanneer een controle van een initiatief of organisatie als oud geldt.\",\"additionalProperties\":false,\"required\":[\"maxAgeMonths\"],\"properties\":{\"maxAgeMonths\":{\"type\":\"integer\",\"title\":\"Maximale leeftijd van een controle (maanden)\",\"minimum\":1,\"maximum\":120,\"description\":\"Een controle die langer geleden is, staat op de pagina als 'langer dan ... geleden' en in de werklijst van de redactie.\",\"examples\":[12]}}},\"cms\":{\"type\":\"object\",\"title\":\"Invoerscherm\",\"additionalProperties\":false,\"required\":[\"branch\",\"localPort\"],\"properties\":{\"backend\":{\"type\":\"string\",\"title\":\"Forge\",\"enum\":[\"github\",\"forgejo\"],\"description\":\"Waar de repository staat en waar bijdragers inloggen: github (GitHub.com; inloggen via een OAuth-proxy, zie authBaseUrl) of forgejo (Codeberg of een eigen Forgejo; inloggen in de browser met PKCE, zonder proxy; vraagt apiRoot en appId). Leeg: github. Zie README, Het invoerscherm.\"},\"branch\":{\"type\":\"string\",\"title\":\"Branch\",\"minLength\":1,\"description\":\"De branch waar pull requests naartoe gaan.\"},\"authBaseUrl\":{\"type\":\"string\",\"title\":\"Inlogdienst\",\"pattern\":\"^https://\\\\S+$\",\"x-pattern-message\":\"Een adres dat met https:// begint.\",\"description\":\"De OAuth-proxy voor inloggen met GitHub: het ene externe onderdeel dat wie de atlas publiceert zelf regelt (GitHub kent geen inlogstroom alleen in de browser). Leeg: de standaard van Decap (Netlify), die alleen werkt voor sites die daar staan. Zie README, Het invoerscherm.\"},\"apiRoot\":{\"type\":\"string\",\"title\":\"API-adres van de Forgejo\",\"pattern\":\"^https://\\\\S+/api/v1$\",\"x-pattern-message\":\"Het API-adres van de Forgejo, met https:// en eindigend op /api/v1, bijvoorbeeld https://codeberg.org/api/v1.\",\"description\":\"Alleen bij backend forgejo: het API-adres, bijvoorbeeld https://codeberg.org/api/v1. Het inlogadres leidt Decap daaruit af (zonder /api/v1).\"},\"appId\":{\"type\":\"string\",\"title\":\"Client-ID van de OAuth2-toepassing\",\"minLength\":1,\"maxLength\":200,\"description\":\"Alleen bij backend forgejo: de Client ID van de OAuth2-toepassing die de beheerder op de Forgejo aanmaakt, met als redirect-URI het adres van /admin/ en zonder client secret (een publieke client, PKCE). Zie README, Het invoerscherm.\"},\"localPort\":{\"type\":\"integer\",\"title\":\"Poort van het lokale invoerscherm\",\"minimum\":1024,\"maximum\":65535,\"description\":\"Poort van npm run cms.\"},\"pdok\":{\"type\":\"boolean\",\"title\":\"Kaart en adreszoeker van PDOK in het invoerscherm\",\"default\":false,\"description\":\"Uit tenzij true. Aan: de plaatskiezer van het invoerscherm (alleen daar, niet de publieke site) toont de BRT-Achtergrondkaart van het Kadaster en een zoekveld voor adres of postcode. De browser van wie bijdraagt haalt dan kaarttegels bij service.pdok.nl (PDOK ziet welk stuk kaart wordt bekeken en het IP-adres) en stuurt wat in het zoekveld getypt wordt naar api.pdok.nl (de Locatieserver). De CSP van /admin/ laat die twee adressen dan toe. Bronvermelding: Kadaster / PDOK (CC BY 4.0).\"}}},\"map\":{\"type\":\"object\",\"title\":\"Kaart\",\"additionalProperties\":false,\"required\":[\"bounds\",\"aggregateAbove\"],\"properties\":{\"bounds\":{\"type\":\"object\",\"title\":\"Begingebied van de kaart\",\"description\":\"Wat de landelijke kaart eerst toont, in graden (WGS84).\",\"additionalProperties\":false,\"required\":[\"west\",\"south\",\"east\",\"north\"],\"properties\":{\"west\":{\"type\":\"number\",\"minimum\":-180,\"maximum\":180},\"south\":{\"type\":\"number\",\"minimum\":-90,\"maximum\":90},\"east\":{\"type\":\"number\",\"minimum\":-180,\"maximum\":180},\"north\":{\"type\":\"number\",\"minimum\":-90,\"maximum\":90}}},\"basemap\":{\"type\":\"object\",\"title\":\"Externe achtergrondkaart\",\"description\":\"Een externe achtergrondkaart onder de eigen lagen van de atlas. Uit tenzij ingevuld: dan halen browsers van lezers tegels bij een derde partij. Voorbeeld (Kadaster/PDOK, CC BY 4.0): tiles ['https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png'], attribution 'Kaartgegevens © Kadaster / PDOK'; de build zet de tegelhost zelf in img-src en connect-src van de CSP van de pagina's (src/lib/security/public-csp.ts).\",\"additionalProperties\":false,\"required\":[\"tiles\",\"attribution\"],\"properties\":{\"tiles\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"string\",\"pattern\":\"^https://[^\\\\s/{}]+/\\\\S*$\",\"x-pattern-message\":\"Een tegeladres dat met https:// begint, met {z}, {x} en {y} in het pad; de servernaam zelf zonder {…} (één vaste server: de CSP van de pagina's laat alleen die toe).\"}},\"attribution\":{\"type\":\"string\",\"minLength\":1,\"title\":\"Bronvermelding\"},\"tileSize\":{\"type\":\"integer\",\"minimum\":64,\"maximum\":1024},\"maxzoom\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":24}}},\"aggregateAbove\":{\"type\":\"integer\",\"title\":\"Samenvoegen boven\",\"minimum\":1,\"description\":\"Boven zoveel punten voegt de statische kaart punten dicht bij elkaar samen.\"}}},\"regionSets\":{\"type\":\"array\",\"title\":\"Regio-indelingen\",\"minItems\":1,\"uniqueItems\":true,\"description\":\"Regio-indelingen (region_set.id in data/regions/*.geojson), in volgorde; de eerste is de hoofdindeling. Weglaten: elke gevonden indeling.\",\"items\":{\"type\":\"string\",\"pattern\":\"^[a-z0-9]+(?:-[a-z0-9]+)*$\",\"x-pattern-message\":\"Een id in kleine letters met koppeltekens.\"}},\"vocabularyLabels\":{\"type\":\"object\",\"title\":\"Eigen woorden\",\"description\":\"Woorden die die van het schema vervangen, per vocabulaire en waarde.\",\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\",\"minLength\":1}}},\"theme\":{\"type\":\"string\",\"title\":\"Thema\",\"pattern\":\"\\\\.css$\",\"x-pattern-message\":\"Een pad naar een CSS-bestand, vanaf de map van het project, bijvoorbeeld src/styles/tokens.css.\",\"description\":\"Eén CSS-bestand met design tokens; een fork wijst hier haar eigen kopie aan.\"}}},{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\"https://samenwerkingsatlas.nl/schemas/region-set.schema.json\",\"title\":\"Regio-indeling\",\"description\":\"Een GeoJSON-bestand in data/regions/. Met een region_set-lid is het een regio-indeling (provincies, arbeidsmarktregio's, ...): elk gebied heeft dan properties.id en properties.name. Zonder is het een achtergrond die de kaart alleen tekent. Alleen (Multi)Polygonen met gesloten ringen.\",\"type\":\"object\",\"required\":[\"type\",\"features\"],\"properties\":{\"type\":{\"const\":\"FeatureCollection\",\"title\":\"GeoJSON-type\"},\"region_set\":{\"type\":\"object\",\"title\":\"Regio-indeling\",\"description\":\"Bijvoorbeeld {\\\"id\\\": \\\"provincie\\\", \\\"name\\\": \\\"Provincie\\\", \\\"name_plural\\\": \\\"Provincies\\\"}.\",\"required\":[\"id\",\"name\",\"name_plural\"],\"properties\":{\"id\":{\"type\":\"string\",\"title\":\"Id van de indeling\",\"pattern\":\"^[a-z0-9]+(?:-[a-z0-9]+)*$\",\"x-pattern-message\":\"Kleine letters, cijfers en koppeltekens, bijvoorbeeld \\\"arbeidsmarktregio\\\".\"},\"name\":{\"type\":\"string\",\"title\":\"Naam (enkelvoud)\",\"minLength\":1},\"name_plural\":{\"type\":\"string\",\"title\":\"Naam (meervoud)\",\"minLength\":1},\"primary\":{\"type\":\"boolean\",\"title\":\"Hoofdindeling\",\"description\":\"true bij de indeling die de atlas eerst gebruikt (kaartfilters, regiopagina's, witte vlekken) als src/site.config.ts geen regionSets noemt; hooguit één bestand. Zo hangt de hoofdindeling niet af van de namen van de bestanden: een nieuwe indeling (npm run add:regions) komt erachter.\"}}},\"features\":{\"type\":\"array\",\"title\":\"Gebieden\",\"items\":{\"$ref\":\"#/$defs/feature\"}}},\"if\":{\"required\":[\"region_set\"]},\"then\":{\"properties\":{\"features\":{\"items\":{\"properties\":{\"properties\":{\"type\":\"object\",\"required\":[\"id\",\"name\"],\"properties\":{\"id\":{\"type\":\"string\",\"title\":\"Id van het gebied\",\"pattern\":\"^[a-z0-9]+(?:-[a-z0-9]+)*$\",\"x-pattern-message\":\"Kleine letters, cijfers en koppeltekens: het wordt het adres van de regiopagina.\"},\"name\":{\"type\":\"string\",\"title\":\"Naam van het gebied\",\"minLength\":1},\"code\":{\"type\":\"string\",\"title\":\"Code\"}}}},\"required\":[\"properties\"],\"type\":\"object\"},\"type\":\"array\"}},\"type\":\"object\"},\"$defs\":{\"feature\":{\"type\":\"object\",\"title\":\"Gebied\",\"description\":\"Een GeoJSON Feature met \\\"type\\\": \\\"Feature\\\", properties en een geometry.\",\"required\":[\"type\",\"geometry\"],\"properties\":{\"type\":{\"const\":\"Feature\",\"title\":\"GeoJSON-type\"},\"geometry\":{\"$ref\":\"#/$defs/geometry\"}}},\"geometry\":{\"type\":\"object\",\"title\":\"Geometrie\",\"description\":\"Een Polygon of MultiPolygon. Exporteer de grenzen zo nodig opnieuw als geldige GeoJSON (bijvoorbeeld met mapshaper of QGIS).\",\"required\":[\"type\",\"coordinates\"],\"properties\":{\"type\":{\"enum\":[\"Polygon\",\"MultiPolygon\"],\"title\":\"Soort geometrie\"}},\"allOf\":[{\"if\":{\"properties\":{\"type\":{\"const\":\"Polygon\"}},\"type\":\"object\"},\"then\":{\"properties\":{\"coordinates\":{\"$ref\":\"#/$defs/polygon\"}},\"type\":\"object\"}},{\"if\":{\"properties\":{\"type\":{\"const\":\"MultiPolygon\"}},\"type\":\"object\"},\"then\":{\"properties\":{\"coordinates\":{\"type\":\"array\",\"title\":\"Polygonen\",\"minItems\":1,\"items\":{\"$ref\":\"#/$defs/polygon\"}}},\"type\":\"object\"}}]},\"polygon\":{\"type\":\"array\",\"title\":\"Ringen\",\"description\":\"Een lijst van ringen: de buitengrens, dan eventuele gaten.\",\"minItems\":1,\"items\":{\"$ref\":\"#/$defs/ring\"}},\"ring\":{\"type\":\"array\",\"title\":\"Ring\",\"description\":\"Minstens 4 punten, het eerste herhaald als laatste.\",\"minItems\":4,\"items\":{\"$ref\":\"#/$defs/position\"}},\"position\":{\"type\":\"array\",\"title\":\"Punt\",\"description\":\"Een punt is [lengtegraad, breedtegraad] in graden (WGS84).\",\"minItems\":2,\"maxItems\":3,\"prefixItems\":[{\"type\":\"number\",\"title\":\"Lengtegraad\",\"minimum\":-180,\"maximum\":180},{\"type\":\"number\",\"title\":\"Breedtegraad\",\"minimum\":-90,\"maximum\":90}],\"items\":{\"type\":\"number\"}}}}]}";

export const validate_0 = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://samenwerkingsatlas.nl/schemas/vocabularies.schema.json","title":"Vocabulaires","description":"Alle vaste keuzelijsten van de atlas, elk één keer gedefinieerd. `x-enum-labels` geeft per waarde het Nederlandse label; een fork kan labels overschrijven in src/site.config.ts.","$defs":{"id":{"type":"string","title":"Id","description":"Kleine letters, cijfers en koppeltekens (kebab-case), zonder accenten. Verandert nooit meer nadat het bestand is aangemaakt.","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","x-pattern-message":"Alleen kleine letters, cijfers en koppeltekens, bijvoorbeeld civ-wind-op-zee.","minLength":2,"maxLength":80,"examples":["civ-wind-op-zee"]},"year":{"type":"integer","title":"Jaar","minimum":1900,"maximum":2100,"examples":[2019]},"date":{"type":"string","format":"date","title":"Datum","description":"Een datum als JJJJ-MM-DD.","examples":["2026-11-01"]},"date_or_month":{"type":"string","pattern":"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$","x-pattern-message":"Een datum als JJJJ-MM-DD, alleen jaar en maand als JJJJ-MM, of alleen het jaar als JJJJ, bijvoorbeeld 2023-10-19, 2023-10 of 2023.","title":"Datum, maand of jaar","description":"Een datum als JJJJ-MM-DD, JJJJ-MM als alleen de maand bekend is, of JJJJ als alleen het jaar bekend is (een jaarverslag, een tijdschrift met alleen een jaargang).","examples":["2023-10-19","2023-10","2023"]},"url":{"type":"string","format":"uri","pattern":"^https?://[^\\s/$.?#][^\\s]*$","x-pattern-message":"Een webadres begint met https:// (of http://), bijvoorbeeld https://www.voorbeeld.nl/.","maxLength":500,"title":"Webadres","description":"Een volledig webadres dat begint met https:// (of http://).","examples":["https://www.voorbeeld.nl/"]},"one_line":{"type":"string","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$","x-pattern-message":"Eén regel tekst: geen regeleinden, tabs, stuurtekens of onzichtbare tekens (zoals U+200B of tekens die de leesrichting omdraaien). Typ de tekst opnieuw of plak hem als platte tekst.","title":"Tekst op één regel","description":"Een naam of andere tekst van één regel: zonder regeleinden, tabs, stuurtekens en onzichtbare tekens die de leesrichting of woordgrenzen veranderen (U+200B–200F, U+2028–2029, U+202A–202E, U+2060–2064, U+2066–2069, U+FEFF) en zonder het vervangingsteken U+FFFD (daar ging een letter verloren). De validator van de atlas weigert dezelfde tekens; zo is een programma dat alleen dit schema kent het met de atlas eens."},"initiative_kind":{"type":"string","title":"Soort samenwerking","enum":["pps","civ","coe","cib","regional_network"],"x-enum-labels":{"pps":"Publiek-private samenwerking (PPS)","civ":"Centrum voor Innovatief Vakmanschap (CIV)","coe":"Centre of Expertise (CoE)","cib":"Regionaal Centrum voor Innovatie en Beroepsonderwijs (CIB)","regional_network":"Regionaal netwerk of pact"},"examples":["civ"]},"status":{"type":"string","title":"Status","enum":["active","in_development","ended","merged","unknown"],"x-enum-labels":{"active":"Actief","in_development":"In ontwikkeling","ended":"Beëindigd","merged":"Opgegaan in ander initiatief","unknown":"Onbekend"},"examples":["active"]},"phase":{"type":"string","title":"Fase","enum":["starten","ontwikkelen","valideren","uitbreiden","onderhouden"],"x-enum-labels":{"starten":"Starten","ontwikkelen":"Ontwikkelen","valideren":"Valideren","uitbreiden":"Uitbreiden","onderhouden":"Onderhouden"},"examples":["ontwikkelen"]},"education_level":{"type":"string","title":"Onderwijsniveau","enum":["vmbo","mbo","hbo","wo"],"x-enum-labels":{"vmbo":"vmbo","mbo":"mbo","hbo":"hbo","wo":"wo"},"examples":["mbo"]},"sector":{"type":"string","title":"Sector of thema","enum":["agrifood-groen","tuinbouw","bouw-infra","chemie-materialen","creatieve-industrie","energie","gastvrijheid","ict-digitaal","leefomgeving","life-sciences","logistiek-mobiliteit","luchtvaart","maritiem","onderwijsinnovatie","techniek-maakindustrie","water","circulaire-economie","zorg-welzijn","arbeidsmarkt","sectoroverstijgend"],"x-enum-labels":{"agrifood-groen":"Agrifood en groen","tuinbouw":"Tuinbouw","bouw-infra":"Bouw en infra","chemie-materialen":"Chemie en materialen","creatieve-industrie":"Creatieve industrie","energie":"Energie en energietransitie","gastvrijheid":"Gastvrijheid en evenementen","ict-digitaal":"ICT en digitalisering","leefomgeving":"Leefomgeving en stad","life-sciences":"Life sciences","logistiek-mobiliteit":"Logistiek en mobiliteit","luchtvaart":"Luchtvaart","maritiem":"Maritiem","onderwijsinnovatie":"Onderwijsinnovatie","techniek-maakindustrie":"Techniek en maakindustrie","water":"Water","circulaire-economie":"Circulaire economie","zorg-welzijn":"Zorg en welzijn","arbeidsmarkt":"Arbeidsmarkt en inzetbaarheid","sectoroverstijgend":"Sectoroverstijgend"},"examples":["energie"]},"partner_role":{"type":"string","title":"Rol","enum":["co_lead","founder","education","business","government","knowledge","funder","partner"],"x-enum-labels":{"co_lead":"Mede-penvoerder","founder":"Oprichter","education":"Onderwijspartner","business":"Bedrijfspartner","government":"Overheidspartner","knowledge":"Kennispartner","funder":"Financier","partner":"Partner"},"examples":["business"]},"new_organisation_role":{"type":"string","title":"Rol in dit initiatief","description":"Is de nieuwe organisatie de penvoerder of een partner?","enum":["lead","partner"],"x-enum-labels":{"lead":"Penvoerder","partner":"Partner"},"examples":["partner"]},"relation_type":{"type":"string","title":"Soort relatie","description":"Werkt samen met: de bron noemt samenwerking. Verwant aan: de bron noemt een verband (dezelfde school, dezelfde subsidie, 'verwant'), maar geen samenwerking.","enum":["merged_into","part_of","works_with","related","successor_of"],"x-enum-labels":{"merged_into":"Opgegaan in","part_of":"Onderdeel van","works_with":"Werkt samen met","related":"Verwant aan","successor_of":"Voortzetting van"},"x-enum-inverse-labels":{"merged_into":"Hierin opgegaan","part_of":"Omvat","works_with":"Werkt samen met","related":"Verwant aan","successor_of":"Voortgezet als"},"examples":["works_with"]},"funding_scheme":{"type":"string","title":"Regeling","enum":["rif","nationaal-groeifonds","ocw-centres-of-expertise","province","municipality","eu","other"],"x-enum-labels":{"rif":"Regionaal Investeringsfonds mbo (RIF)","nationaal-groeifonds":"Nationaal Groeifonds","ocw-centres-of-expertise":"OCW-bijdrage Centres of Expertise","province":"Provincie","municipality":"Gemeente","eu":"Europese Unie","other":"Andere bron"},"examples":["rif"]},"figure_measure":{"type":"string","title":"Wat is geteld","enum":["companies","students","teachers","partners","institutions"],"x-enum-labels":{"companies":"Bedrijven","students":"Studenten","teachers":"Docenten","partners":"Partners","institutions":"Onderwijsinstellingen"},"examples":["companies"]},"certainty":{"type":"string","title":"Zekerheid","enum":["exact","approximate","uncertain"],"x-enum-labels":{"exact":"Zeker (zo in de bron)","approximate":"Ongeveer (afgeleid uit de bron)","uncertain":"Onzeker"},"x-enum-short-labels":{"exact":"","approximate":"ongeveer","uncertain":"onzeker"},"examples":["approximate"]},"figure_qualifier":{"type":"string","title":"Soort getal","description":"Precies, minstens ('150+') of ongeveer.","enum":["exact","at_least","approximately"],"x-enum-labels":{"exact":"Precies","at_least":"Minstens","approximately":"Ongeveer"},"x-enum-short-labels":{"exact":"","at_least":"minstens","approximately":"ongeveer"},"examples":["at_least"]},"factor_theme":{"type":"string","title":"Thema","description":"Waar een succesfactor of uitdaging over gaat. De lijst komt uit wat de bronnen van de atlas noemen (MBOin2030: succes- en faalfactoren van regionale samenwerking in kaart brengen).","enum":["trust_culture","time_complexity","focus_scale","business_capacity","labour_market_inflow","governance_consortia","knowledge_sharing","physical_place","continuity","professional_skills"],"x-enum-labels":{"trust_culture":"Vertrouwen en samenwerkingscultuur","time_complexity":"Tijd en complexiteit van samenwerken","focus_scale":"Focus en kritische massa","business_capacity":"Betrokkenheid en draagkracht van bedrijven","labour_market_inflow":"Arbeidsmarkt en instroom van studenten","governance_consortia":"Organisatie, bestuur en consortia","knowledge_sharing":"Kennisdeling tussen onderwijs en praktijk","physical_place":"Een fysieke plek of campus","continuity":"Continuïteit na de startfase","professional_skills":"Vaardigheden van docenten en professionals"},"examples":["trust_culture"]},"location_precision":{"type":"string","title":"Nauwkeurigheid","enum":["address","place","area","lead_organisation"],"x-enum-labels":{"address":"Adres of campus","place":"Midden van de plaats","area":"Midden van het gebied","lead_organisation":"Vestiging van de penvoerder"},"examples":["place"]},"scope":{"type":"string","title":"Omvang van het werkgebied","enum":["local","regional","provinces","national"],"x-enum-labels":{"local":"Lokaal","regional":"Regionaal","provinces":"Meerdere provincies","national":"Landelijk"},"examples":["regional"]},"organisation_kind":{"type":"string","title":"Soort organisatie","enum":["vmbo_school","mbo_institution","university_of_applied_sciences","university","company","government","branch_organisation","knowledge_institute","other"],"x-enum-labels":{"vmbo_school":"Vmbo-school","mbo_institution":"Mbo-instelling","university_of_applied_sciences":"Hogeschool","university":"Universiteit","company":"Bedrijf","government":"Overheid","branch_organisation":"Branche- of werkgeversorganisatie","knowledge_institute":"Kennisinstelling","other":"Anders"},"examples":["mbo_institution"]},"verified_by":{"type":"string","title":"Gecontroleerd door","description":"Wie de gegevens controleerde: de redactie (tegen een bron, die dan bij 'Gecontroleerd tegen' staat), het initiatief zelf of de organisatie zelf.","enum":["editors","initiative","organisation"],"x-enum-labels":{"editors":"De redactie","initiative":"Het initiatief zelf","organisation":"De organisatie zelf"},"examples":["editors"]}}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://samenwerkingsatlas.nl/schemas/vocabularies.schema.json" */;
validate20.errors = null;
return true;
}
validate20.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validate_1 = validate21;
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://samenwerkingsatlas.nl/schemas/initiative.schema.json","title":"Initiatief","description":"Eén regionale samenwerking tussen onderwijs, bedrijven en overheid. Eén bestand per initiatief: data/initiatives/<id>.yaml; de bestandsnaam is het id.","type":"object","additionalProperties":false,"required":["name","kind","status","summary","sources"],"properties":{"name":{"$ref":"vocabularies.schema.json#/$defs/one_line","type":"string","title":"Naam","minLength":2,"maxLength":160,"description":"De volledige naam zoals het initiatief zichzelf noemt.","examples":["CIV Wind op Zee"]},"short_name":{"$ref":"vocabularies.schema.json#/$defs/one_line","type":"string","title":"Korte naam","maxLength":40,"description":"Afkorting of roepnaam, als die veel gebruikt wordt.","examples":["CEW"]},"former_names":{"type":"array","title":"Eerdere namen","uniqueItems":true,"description":"Namen of werktitels die het initiatief eerder had.","items":{"$ref":"vocabularies.schema.json#/$defs/one_line","type":"string","minLength":2,"maxLength":160},"examples":[["CoE HTSM-oost (Echo)"]]},"kind":{"$ref":"vocabularies.schema.json#/$defs/initiative_kind","description":"Wat voor samenwerking dit is. Een financieringsregeling (zoals RIF) is geen soort: die hoort bij Financiering."},"status":{"$ref":"vocabularies.schema.json#/$defs/status","description":"Of het initiatief nu loopt. Kies 'Opgegaan in ander initiatief' samen met een relatie 'Opgegaan in'."},"status_source":{"$ref":"#/$defs/source","title":"Bron van de status","description":"De bron die zegt dat het initiatief loopt, in ontwikkeling is, gestopt is of opging in een ander, met de datum van die bron als die er staat: de pagina toont de status dan met die bron en datum, zodat een lezer ziet hoe oud de uitspraak is. Leeg bij status Onbekend."},"status_note":{"$ref":"vocabularies.schema.json#/$defs/one_line","type":"string","title":"Wat de bron over de status zegt","maxLength":400,"description":"In één of twee zinnen wat de bron van de status zegt, zodat een lezer de status goed leest (een project dat is afgerond, niet mislukt; een regeling die tot en met 2026 loopt). Geen namen van personen.","examples":["Het bericht meldt dat het project in 2021 is afgerond, met de behaalde resultaten."]},"phase":{"$ref":"vocabularies.schema.json#/$defs/phase","description":"Fase volgens het fasemodel voor publiek-private samenwerking. Leeg laten als onbekend."},"summary":{"type":"string","title":"Samenvatting","minLength":20,"maxLength":400,"x-multiline":true,"description":"Eén tot drie zinnen platte tekst: wat doet dit initiatief en met wie?","examples":["Centrum voor Innovatief Vakmanschap voor offshore wind, met Scalda als penvoerder."]},"description":{"type":"string","title":"Beschrijving","maxLength":10000,"x-multiline":true,"x-widget":"markdown","description":"Langere toelichting, met kopjes, lijsten en koppelingen als u wilt (de knoppen boven het veld). Geen namen of contactgegevens van personen.","examples":["Het centrum verbindt **mbo-opleidingen** met bedrijven in de windsector."]},"levels":{"type":"array","title":"Onderwijsniveaus","uniqueItems":true,"description":"De onderwijsniveaus die meedoen.","items":{"$ref":"vocabularies.schema.json#/$defs/education_level"},"examples":[["mbo","hbo"]]},"sectors":{"type":"array","title":"Sectoren en thema's","uniqueItems":true,"description":"Een of meer sectoren of thema's uit de vaste lijst.","items":{"$ref":"vocabularies.schema.json#/$defs/sector"},"examples":[["energie","maritiem"]]},"theme":{"type":"string","title":"Thema in eigen woorden","maxLength":200,"description":"Het thema zoals de bron het noemt, als de vaste lijst het niet precies dekt.","examples":["Offshore wind en energietransitie"]},"lead_organisation":{"$ref":"vocabularies.schema.json#/$defs/id","x-atlas-reference":"organisation","title":"Penvoerder","description":"De organisatie die het initiatief trekt. Kies haar uit de lijst; staat ze er nog niet bij, vul haar dan in bij Nieuwe organisaties. Leeg laten als het niet bekend is."},"lead_note":{"$ref":"vocabularies.schema.json#/$defs/one_line","type":"string","title":"Toelichting bij de penvoerder","maxLength":300,"description":"Bijvoorbeeld de naam waaronder de bron de penvoerder noemt, als die anders is dan nu (een naam van vóór een fusie).","examples":["In de bron: Arcus College (een eerdere naam)"]},"partners":{"type":"array","title":"Partners","description":"Organisaties die meedoen, elk met hun rol. De penvoerder hoort hier niet nog eens bij.","items":{"type":"object","title":"Partner","additionalProperties":false,"required":["organisation"],"properties":{"organisation":{"$ref":"vocabularies.schema.json#/$defs/id","x-atlas-reference":"organisation","title":"Organisatie","description":"Kies de organisatie uit de lijst. Staat ze er nog niet bij, vul haar dan in bij Nieuwe organisaties."},"role":{"$ref":"vocabularies.schema.json#/$defs/partner_role","description":"Wat deze partner in de samenwerking doet."},"note":{"type":"string","title":"Toelichting","maxLength":300,"description":"Bijvoorbeeld een bijdrage of een jaartal.","examples":["Bijdrage EUR 3 miljoen"]}}}},"new_organisations":{"type":"array","title":"Nieuwe organisaties","description":"Organisaties die meedoen maar nog niet in de atlas staan (en dus niet in de keuzelijst bij Penvoerder of Partners). Vul naam en soort in, en wat u weet van plaats en website. Een beheerder maakt er bij het overnemen van het voorstel organisaties van.","items":{"type":"object","title":"Nieuwe organisatie","additionalProperties":false,"required":["name","kind","role"],"properties":{"name":{"$ref":"vocabularies.schema.json#/$defs/one_line","type":"string","title":"Naam","minLength":2,"maxLength":160,"description":"De officiële naam, zoals de organisatie zichzelf noemt."},"kind":{"$ref":"vocabularies.schema.json#/$defs/organisation_kind","title":"Soort organisatie","description":"School, bedrijf, overheid of andere organisatie."},"role":{"$ref":"vocabularies.schema.json#/$defs/new_organisation_role"},"partner_role":{"$ref":"vocabularies.schema.json#/$defs/partner_role","title":"Rol als partner","description":"Alleen voor een partner: wat doet zij in de samenwerking?"},"place":{"type":"string","title":"Plaats","maxLength":120,"x-widget":"place","description":"De plaats van de vestiging die meedoet. Kies de plaats uit de lijst, of zoek haar op de kaart en klik erop; de coördinaten worden dan ingevuld."},"latitude":{"type":"number","title":"Breedtegraad","minimum":50.7,"maximum":53.7,"x-widget":"hidden","description":"Noorderbreedte van de vestiging in graden (WGS84), ingevuld door de plaatskiezer. Staat er '(aangewezen op de kaart)' achter de plaats, dan is het punt aangeklikt; anders is het het midden van de gekozen plaats."},"longitude":{"type":"number","title":"Lengtegraad","minimum":3.3,"maximum":7.3,"x-widget":"hidden","description":"Oosterlengte van de vestiging in graden (WGS84), ingevuld door de plaatskiezer."},"website":{"$ref":"vocabularies.schema.json#/$defs/url","title":"Website"}}}},"partners_note":{"type":"string","title":"Over de partners","maxLength":600,"x-multiline":true,"description":"Wat de bron verder over de partners zegt, bijvoorbeeld als ze maar deels bekend zijn of alleen als groep genoemd worden.","examples":["Meer dan 150 bedrijven; niet allemaal bij naam bekend."]},"locations":{"type":"array","x-widget":"locations","title":"Locaties","description":"Waar het initiatief zit. De provincie (en elke andere regio-indeling) wordt bij het bouwen uit de coördinaten afgeleid; die typt u dus niet in.","items":{"type":"object","title":"Locatie","additionalProperties":false,"required":["place","latitude","longitude"],"properties":{"place":{"type":"string","title":"Plaats","minLength":2,"maxLength":120,"description":"Plaatsnaam, eventueel met campus of gebied.","examples":["Leeuwarden (WaterCampus)"]},"latitude":{"type":"number","title":"Breedtegraad","minimum":50.7,"maximum":53.7,"description":"Noorderbreedte in graden (WGS84), bijvoorbeeld 53.2.","examples":[53.2012]},"longitude":{"type":"number","title":"Lengtegraad","minimum":3.3,"maximum":7.3,"description":"Oosterlengte in graden (WGS84), bijvoorbeeld 5.8.","examples":[5.7999]},"precision":{"$ref":"vocabularies.schema.json#/$defs/location_precision","description":"Hoe precies de coördinaten zijn. Standaard: midden van de plaats."}}}},"scope":{"$ref":"vocabularies.schema.json#/$defs/scope","description":"Hoe groot het werkgebied is. 'Landelijk' voor initiatieven die in het hele land werken."},"working_area":{"type":"object","title":"Werkgebied in provincies","additionalProperties":false,"required":["regions"],"description":"De provincie(s) waar het initiatief werkt, zoals een bron ze noemt. Vooral voor een initiatief zonder vaste plek op de kaart: zo telt het toch mee in zijn provincie. Een initiatief met een locatie telt daarnaast mee in de provincie van die locatie.","properties":{"regions":{"type":"array","title":"Provincies","minItems":1,"uniqueItems":true,"items":{"$ref":"vocabularies.schema.json#/$defs/id"},"x-widget":"regions","description":"Ids van regio's in de eerste regio-indeling (de provincies), bijvoorbeeld noord-brabant. In het CMS kiest u de namen uit een lijst.","examples":[["noord-brabant","limburg"]]},"certainty":{"$ref":"vocabularies.schema.json#/$defs/certainty","description":"'Zeker': de bron noemt de provincie. 'Ongeveer': afgeleid uit een plaats die de bron noemt."},"note":{"type":"string","title":"Toelichting","maxLength":300,"description":"Wat de bron over het gebied zegt.","examples":["Midden-Brabant"]},"source":{"$ref":"#/$defs/source","title":"Bron van het werkgebied","description":"De pagina die het gebied noemt, als dat een andere is dan die onder Bronnen of als de redactie het later vond: de pagina toont het werkgebied dan met die bron en haar datum."}}},"start_year":{"$ref":"vocabularies.schema.json#/$defs/year","title":"Startjaar","description":"Het jaar waarin de samenwerking begon."},"start_year_certainty":{"$ref":"vocabularies.schema.json#/$defs/certainty","title":"Zekerheid van het startjaar","description":"Staat het startjaar zo in de bron, of is het afgeleid of onzeker?"},"start_year_note":{"type":"string","title":"Toelichting bij het startjaar","maxLength":300,"description":"Wat de bron precies over de start zegt.","examples":["Opening januari 2012"]},"end_year":{"$ref":"vocabularies.schema.json#/$defs/year","title":"Eindjaar","description":"Het jaar waarin de samenwerking stopte of opging in een ander initiatief."},"funding":{"type":"array","title":"Financieringen","description":"Subsidies en bijdragen, elk met regeling, jaar en bedrag als die bekend zijn.","items":{"type":"object","title":"Financiering","additionalProperties":false,"required":["scheme"],"properties":{"scheme":{"$ref":"vocabularies.schema.json#/$defs/funding_scheme","description":"De regeling of bron van het geld."},"year":{"$ref":"vocabularies.schema.json#/$defs/year","title":"Jaar van toekenning","description":"Het jaar van toekenning."},"year_certainty":{"$ref":"vocabularies.schema.json#/$defs/certainty","title":"Zekerheid van het jaar","description":"Staat het jaar zo in de bron?"},"amount_eur":{"type":"number","title":"Bedrag (euro)","minimum":0,"maximum":10000000000,"description":"Het toegekende bedrag in euro.","examples":[3400000]},"note":{"type":"string","title":"Toelichting","maxLength":300,"description":"Wat de bron over deze financiering zegt.","examples":["Over vier jaar"]},"source":{"$ref":"#/$defs/source"}}}},"figures":{"type":"array","title":"Cijfers","description":"Aantallen bedrijven, studenten, docenten enzovoort, elk met het jaar en de bron. Cijfers verschillen per bron en moment.","items":{"type":"object","title":"Cijfer","additionalProperties":false,"required":["measure","value","year","source"],"properties":{"measure":{"$ref":"vocabularies.schema.json#/$defs/figure_measure","description":"Wat er geteld is."},"value":{"type":"integer","title":"Aantal","minimum":0,"maximum":10000000,"description":"Het aantal.","examples":[150]},"qualifier":{"$ref":"vocabularies.schema.json#/$defs/figure_qualifier"},"year":{"$ref":"vocabularies.schema.json#/$defs/year","title":"Peiljaar","description":"Het jaar waarop het getal slaat."},"source":{"$ref":"#/$defs/source"}}}},"success_factors":{"type":"array","title":"Succesfactoren","description":"Wat de samenwerking volgens een bron laat werken: per uitspraak het thema, de uitspraak in gewone taal en de bron.","items":{"$ref":"#/$defs/factor"},"examples":[[{"theme":"trust_culture","statement":"Leden dragen actief bij en vertrouwen elkaar.","source":{"url":"https://www.voorbeeld.nl/evaluatie"}}]]},"challenges":{"type":"array","title":"Uitdagingen","description":"Wat de samenwerking volgens een bron lastig maakt: per uitspraak het thema, de uitspraak in gewone taal en de bron.","items":{"$ref":"#/$defs/factor"},"examples":[[{"theme":"continuity","statement":"Financiering na afloop van de subsidie is onzeker.","source":{"title":"Jaarverslag 2024"}}]]},"relations":{"type":"array","title":"Relaties met andere initiatieven","description":"Bijvoorbeeld: opgegaan in, onderdeel van, werkt samen met. Een relatie geldt in beide richtingen; noteer haar bij één van de twee.","items":{"type":"object","title":"Relatie","additionalProperties":false,"required":["type","initiative"],"properties":{"type":{"$ref":"vocabularies.schema.json#/$defs/relation_type","description":"Hoe dit initiatief zich tot het andere verhoudt."},"initiative":{"$ref":"vocabularies.schema.json#/$defs/id","x-atlas-reference":"initiative","title":"Initiatief","description":"Het id van het andere initiatief."},"year":{"$ref":"vocabularies.schema.json#/$defs/year","title":"Jaar","description":"Sinds wanneer de relatie geldt."},"note":{"type":"string","title":"Toelichting","maxLength":300,"description":"Korte toelichting."}}}},"website":{"$ref":"vocabularies.schema.json#/$defs/url","title":"Website","description":"De eigen website van het initiatief."},"sources":{"type":"array","title":"Bronnen","minItems":1,"description":"Waar de gegevens vandaan komen. Minstens één bron.","items":{"$ref":"#/$defs/source"}},"last_verified":{"$ref":"vocabularies.schema.json#/$defs/date","title":"Laatst gecontroleerd","description":"Wanneer iemand de gegevens voor het laatst controleerde. Alleen invullen wat iemand echt deed, samen met 'Gecontroleerd door'; nooit voor veel bestanden tegelijk."},"verified_by":{"$ref":"vocabularies.schema.json#/$defs/verified_by"},"verified_source":{"$ref":"#/$defs/source","title":"Gecontroleerd tegen","description":"De bron waartegen de redactie de gegevens controleerde (verplicht als de redactie controleerde)."},"former_ids":{"type":"array","title":"Eerdere adressen (ids)","uniqueItems":true,"description":"Ids van bestanden die in dit bestand zijn opgegaan, bijvoorbeeld een dubbel ingevoerd initiatief dat is samengevoegd: het oude adres op de site (en een link ernaar) verwijst dan hierheen. Alleen de redactie vult dit in, bij het samenvoegen; een id dat nog een eigen bestand heeft, kan hier niet staan.","items":{"$ref":"vocabularies.schema.json#/$defs/id"},"examples":[["coe-htsm-oost"]]},"notes":{"type":"string","title":"Opmerkingen","maxLength":1000,"x-multiline":true,"description":"Redactionele opmerkingen, bijvoorbeeld over onzekerheden of twijfel in de bronnen."}},"$defs":{"factor":{"type":"object","title":"Uitspraak","additionalProperties":false,"required":["theme","statement","source"],"properties":{"theme":{"$ref":"vocabularies.schema.json#/$defs/factor_theme"},"statement":{"type":"string","title":"Uitspraak","minLength":10,"maxLength":300,"description":"De uitspraak in gewone Nederlandse woorden, zo dicht mogelijk bij de bron."},"source":{"$ref":"#/$defs/source"}}},"source":{"type":"object","title":"Bron","additionalProperties":false,"description":"Een bron: een webadres, een titel, of allebei.","anyOf":[{"required":["url"]},{"required":["title"]}],"properties":{"url":{"$ref":"vocabularies.schema.json#/$defs/url","title":"Webadres","description":"Het adres van de bron."},"title":{"type":"string","title":"Titel","minLength":2,"maxLength":300,"description":"Titel of beschrijving van de bron.","examples":["Rijksoverheid: bijna 15 miljoen euro voor samenwerking bedrijfsleven en mbo-scholen"]},"published":{"$ref":"vocabularies.schema.json#/$defs/date_or_month","title":"Datum van de bron","description":"De datum die de bron zelf draagt (verschenen of bijgewerkt), zoals de pagina of haar gegevens die tonen: JJJJ-MM-DD, JJJJ-MM als alleen de maand er staat, of JJJJ als alleen het jaar er staat. Leeg laten als de bron geen datum toont; nooit een datum uitrekenen (uit een weekdag of een aangekondigde start). Zo ziet een lezer hoe oud een uitspraak is."},"consulted":{"$ref":"vocabularies.schema.json#/$defs/date","title":"Geraadpleegd op","description":"Wanneer de bron is bekeken."}}}}};
const schema33 = {"type":"string","pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$","x-pattern-message":"Eén regel tekst: geen regeleinden, tabs, stuurtekens of onzichtbare tekens (zoals U+200B of tekens die de leesrichting omdraaien). Typ de tekst opnieuw of plak hem als platte tekst.","title":"Tekst op één regel","description":"Een naam of andere tekst van één regel: zonder regeleinden, tabs, stuurtekens en onzichtbare tekens die de leesrichting of woordgrenzen veranderen (U+200B–200F, U+2028–2029, U+202A–202E, U+2060–2064, U+2066–2069, U+FEFF) en zonder het vervangingsteken U+FFFD (daar ging een letter verloren). De validator van de atlas weigert dezelfde tekens; zo is een programma dat alleen dit schema kent het met de atlas eens."};
const schema36 = {"type":"string","title":"Soort samenwerking","enum":["pps","civ","coe","cib","regional_network"],"x-enum-labels":{"pps":"Publiek-private samenwerking (PPS)","civ":"Centrum voor Innovatief Vakmanschap (CIV)","coe":"Centre of Expertise (CoE)","cib":"Regionaal Centrum voor Innovatie en Beroepsonderwijs (CIB)","regional_network":"Regionaal netwerk of pact"},"examples":["civ"]};
const schema37 = {"type":"string","title":"Status","enum":["active","in_development","ended","merged","unknown"],"x-enum-labels":{"active":"Actief","in_development":"In ontwikkeling","ended":"Beëindigd","merged":"Opgegaan in ander initiatief","unknown":"Onbekend"},"examples":["active"]};
const schema43 = {"type":"string","title":"Fase","enum":["starten","ontwikkelen","valideren","uitbreiden","onderhouden"],"x-enum-labels":{"starten":"Starten","ontwikkelen":"Ontwikkelen","valideren":"Valideren","uitbreiden":"Uitbreiden","onderhouden":"Onderhouden"},"examples":["ontwikkelen"]};
const schema44 = {"type":"string","title":"Onderwijsniveau","enum":["vmbo","mbo","hbo","wo"],"x-enum-labels":{"vmbo":"vmbo","mbo":"mbo","hbo":"hbo","wo":"wo"},"examples":["mbo"]};
const schema45 = {"type":"string","title":"Sector of thema","enum":["agrifood-groen","tuinbouw","bouw-infra","chemie-materialen","creatieve-industrie","energie","gastvrijheid","ict-digitaal","leefomgeving","life-sciences","logistiek-mobiliteit","luchtvaart","maritiem","onderwijsinnovatie","techniek-maakindustrie","water","circulaire-economie","zorg-welzijn","arbeidsmarkt","sectoroverstijgend"],"x-enum-labels":{"agrifood-groen":"Agrifood en groen","tuinbouw":"Tuinbouw","bouw-infra":"Bouw en infra","chemie-materialen":"Chemie en materialen","creatieve-industrie":"Creatieve industrie","energie":"Energie en energietransitie","gastvrijheid":"Gastvrijheid en evenementen","ict-digitaal":"ICT en digitalisering","leefomgeving":"Leefomgeving en stad","life-sciences":"Life sciences","logistiek-mobiliteit":"Logistiek en mobiliteit","luchtvaart":"Luchtvaart","maritiem":"Maritiem","onderwijsinnovatie":"Onderwijsinnovatie","techniek-maakindustrie":"Techniek en maakindustrie","water":"Water","circulaire-economie":"Circulaire economie","zorg-welzijn":"Zorg en welzijn","arbeidsmarkt":"Arbeidsmarkt en inzetbaarheid","sectoroverstijgend":"Sectoroverstijgend"},"examples":["energie"]};
const schema46 = {"type":"string","title":"Id","description":"Kleine letters, cijfers en koppeltekens (kebab-case), zonder accenten. Verandert nooit meer nadat het bestand is aangemaakt.","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","x-pattern-message":"Alleen kleine letters, cijfers en koppeltekens, bijvoorbeeld civ-wind-op-zee.","minLength":2,"maxLength":80,"examples":["civ-wind-op-zee"]};
const schema49 = {"type":"string","title":"Rol","enum":["co_lead","founder","education","business","government","knowledge","funder","partner"],"x-enum-labels":{"co_lead":"Mede-penvoerder","founder":"Oprichter","education":"Onderwijspartner","business":"Bedrijfspartner","government":"Overheidspartner","knowledge":"Kennispartner","funder":"Financier","partner":"Partner"},"examples":["business"]};
const schema51 = {"type":"string","title":"Soort organisatie","enum":["vmbo_school","mbo_institution","university_of_applied_sciences","university","company","government","branch_organisation","knowledge_institute","other"],"x-enum-labels":{"vmbo_school":"Vmbo-school","mbo_institution":"Mbo-instelling","university_of_applied_sciences":"Hogeschool","university":"Universiteit","company":"Bedrijf","government":"Overheid","branch_organisation":"Branche- of werkgeversorganisatie","knowledge_institute":"Kennisinstelling","other":"Anders"},"examples":["mbo_institution"]};
const schema52 = {"type":"string","title":"Rol in dit initiatief","description":"Is de nieuwe organisatie de penvoerder of een partner?","enum":["lead","partner"],"x-enum-labels":{"lead":"Penvoerder","partner":"Partner"},"examples":["partner"]};
const schema39 = {"type":"string","format":"uri","pattern":"^https?://[^\\s/$.?#][^\\s]*$","x-pattern-message":"Een webadres begint met https:// (of http://), bijvoorbeeld https://www.voorbeeld.nl/.","maxLength":500,"title":"Webadres","description":"Een volledig webadres dat begint met https:// (of http://).","examples":["https://www.voorbeeld.nl/"]};
const schema55 = {"type":"string","title":"Nauwkeurigheid","enum":["address","place","area","lead_organisation"],"x-enum-labels":{"address":"Adres of campus","place":"Midden van de plaats","area":"Midden van het gebied","lead_organisation":"Vestiging van de penvoerder"},"examples":["place"]};
const schema56 = {"type":"string","title":"Omvang van het werkgebied","enum":["local","regional","provinces","national"],"x-enum-labels":{"local":"Lokaal","regional":"Regionaal","provinces":"Meerdere provincies","national":"Landelijk"},"examples":["regional"]};
const schema58 = {"type":"string","title":"Zekerheid","enum":["exact","approximate","uncertain"],"x-enum-labels":{"exact":"Zeker (zo in de bron)","approximate":"Ongeveer (afgeleid uit de bron)","uncertain":"Onzeker"},"x-enum-short-labels":{"exact":"","approximate":"ongeveer","uncertain":"onzeker"},"examples":["approximate"]};
const schema59 = {"type":"integer","title":"Jaar","minimum":1900,"maximum":2100,"examples":[2019]};
const schema62 = {"type":"string","title":"Regeling","enum":["rif","nationaal-groeifonds","ocw-centres-of-expertise","province","municipality","eu","other"],"x-enum-labels":{"rif":"Regionaal Investeringsfonds mbo (RIF)","nationaal-groeifonds":"Nationaal Groeifonds","ocw-centres-of-expertise":"OCW-bijdrage Centres of Expertise","province":"Provincie","municipality":"Gemeente","eu":"Europese Unie","other":"Andere bron"},"examples":["rif"]};
const schema65 = {"type":"string","title":"Wat is geteld","enum":["companies","students","teachers","partners","institutions"],"x-enum-labels":{"companies":"Bedrijven","students":"Studenten","teachers":"Docenten","partners":"Partners","institutions":"Onderwijsinstellingen"},"examples":["companies"]};
const schema66 = {"type":"string","title":"Soort getal","description":"Precies, minstens ('150+') of ongeveer.","enum":["exact","at_least","approximately"],"x-enum-labels":{"exact":"Precies","at_least":"Minstens","approximately":"Ongeveer"},"x-enum-short-labels":{"exact":"","at_least":"minstens","approximately":"ongeveer"},"examples":["at_least"]};
const schema70 = {"type":"string","title":"Soort relatie","description":"Werkt samen met: de bron noemt samenwerking. Verwant aan: de bron noemt een verband (dezelfde school, dezelfde subsidie, 'verwant'), maar geen samenwerking.","enum":["merged_into","part_of","works_with","related","successor_of"],"x-enum-labels":{"merged_into":"Opgegaan in","part_of":"Onderdeel van","works_with":"Werkt samen met","related":"Verwant aan","successor_of":"Voortzetting van"},"x-enum-inverse-labels":{"merged_into":"Hierin opgegaan","part_of":"Omvat","works_with":"Werkt samen met","related":"Verwant aan","successor_of":"Voortgezet als"},"examples":["works_with"]};
const schema41 = {"type":"string","format":"date","title":"Datum","description":"Een datum als JJJJ-MM-DD.","examples":["2026-11-01"]};
const schema75 = {"type":"string","title":"Gecontroleerd door","description":"Wie de gegevens controleerde: de redactie (tegen een bron, die dan bij 'Gecontroleerd tegen' staat), het initiatief zelf of de organisatie zelf.","enum":["editors","initiative","organisation"],"x-enum-labels":{"editors":"De redactie","initiative":"Het initiatief zelf","organisation":"De organisatie zelf"},"examples":["editors"]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ucs2length;
const func0 = equal;
const pattern4 = new RegExp("^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$", "u");
const pattern10 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
const pattern7 = new RegExp("^https?://[^\\s/$.?#][^\\s]*$", "u");
const schema38 = {"type":"object","title":"Bron","additionalProperties":false,"description":"Een bron: een webadres, een titel, of allebei.","anyOf":[{"required":["url"]},{"required":["title"]}],"properties":{"url":{"$ref":"vocabularies.schema.json#/$defs/url","title":"Webadres","description":"Het adres van de bron."},"title":{"type":"string","title":"Titel","minLength":2,"maxLength":300,"description":"Titel of beschrijving van de bron.","examples":["Rijksoverheid: bijna 15 miljoen euro voor samenwerking bedrijfsleven en mbo-scholen"]},"published":{"$ref":"vocabularies.schema.json#/$defs/date_or_month","title":"Datum van de bron","description":"De datum die de bron zelf draagt (verschenen of bijgewerkt), zoals de pagina of haar gegevens die tonen: JJJJ-MM-DD, JJJJ-MM als alleen de maand er staat, of JJJJ als alleen het jaar er staat. Leeg laten als de bron geen datum toont; nooit een datum uitrekenen (uit een weekdag of een aangekondigde start). Zo ziet een lezer hoe oud een uitspraak is."},"consulted":{"$ref":"vocabularies.schema.json#/$defs/date","title":"Geraadpleegd op","description":"Wanneer de bron is bekeken."}}};
const schema40 = {"type":"string","pattern":"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$","x-pattern-message":"Een datum als JJJJ-MM-DD, alleen jaar en maand als JJJJ-MM, of alleen het jaar als JJJJ, bijvoorbeeld 2023-10-19, 2023-10 of 2023.","title":"Datum, maand of jaar","description":"Een datum als JJJJ-MM-DD, JJJJ-MM als alleen de maand bekend is, of JJJJ als alleen het jaar bekend is (een jaarverslag, een tijdschrift met alleen een jaargang).","examples":["2023-10-19","2023-10","2023"]};
const formats0 = fullFormats.uri;
const formats2 = fullFormats.date;
const pattern8 = new RegExp("^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema38.anyOf[0].required,parentSchema:schema38.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema38.anyOf[1].required,parentSchema:schema38.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema38.anyOf,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "url") || (key0 === "title")) || (key0 === "published")) || (key0 === "consulted"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err4 = {instancePath:instancePath+"/url",schemaPath:"vocabularies.schema.json#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern7.test(data0)){
const err5 = {instancePath:instancePath+"/url",schemaPath:"vocabularies.schema.json#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/$.?#][^\\s]*$"},message:"must match pattern \""+"^https?://[^\\s/$.?#][^\\s]*$"+"\"",schema:"^https?://[^\\s/$.?#][^\\s]*$",parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(formats0(data0))){
const err6 = {instancePath:instancePath+"/url",schemaPath:"vocabularies.schema.json#/$defs/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/url",schemaPath:"vocabularies.schema.json#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func2(data1) > 300){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema38.properties.title,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data1) < 2){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema38.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.title.type,parentSchema:schema38.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.published !== undefined){
let data2 = data.published;
if(typeof data2 === "string"){
if(!pattern8.test(data2)){
const err11 = {instancePath:instancePath+"/published",schemaPath:"vocabularies.schema.json#/$defs/date_or_month/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"},message:"must match pattern \""+"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"+"\"",schema:"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",parentSchema:schema40,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/published",schemaPath:"vocabularies.schema.json#/$defs/date_or_month/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.consulted !== undefined){
let data3 = data.consulted;
if(typeof data3 === "string"){
if(!(formats2.validate(data3))){
const err13 = {instancePath:instancePath+"/consulted",schemaPath:"vocabularies.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema41,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/consulted",schemaPath:"vocabularies.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema68 = {"type":"object","title":"Uitspraak","additionalProperties":false,"required":["theme","statement","source"],"properties":{"theme":{"$ref":"vocabularies.schema.json#/$defs/factor_theme"},"statement":{"type":"string","title":"Uitspraak","minLength":10,"maxLength":300,"description":"De uitspraak in gewone Nederlandse woorden, zo dicht mogelijk bij de bron."},"source":{"$ref":"#/$defs/source"}}};
const schema69 = {"type":"string","title":"Thema","description":"Waar een succesfactor of uitdaging over gaat. De lijst komt uit wat de bronnen van de atlas noemen (MBOin2030: succes- en faalfactoren van regionale samenwerking in kaart brengen).","enum":["trust_culture","time_complexity","focus_scale","business_capacity","labour_market_inflow","governance_consortia","knowledge_sharing","physical_place","continuity","professional_skills"],"x-enum-labels":{"trust_culture":"Vertrouwen en samenwerkingscultuur","time_complexity":"Tijd en complexiteit van samenwerken","focus_scale":"Focus en kritische massa","business_capacity":"Betrokkenheid en draagkracht van bedrijven","labour_market_inflow":"Arbeidsmarkt en instroom van studenten","governance_consortia":"Organisatie, bestuur en consortia","knowledge_sharing":"Kennisdeling tussen onderwijs en praktijk","physical_place":"Een fysieke plek of campus","continuity":"Continuïteit na de startfase","professional_skills":"Vaardigheden van docenten en professionals"},"examples":["trust_culture"]};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.theme === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "theme"},message:"must have required property '"+"theme"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.statement === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "statement"},message:"must have required property '"+"statement"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "theme") || (key0 === "statement")) || (key0 === "source"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.theme !== undefined){
let data0 = data.theme;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/theme",schemaPath:"vocabularies.schema.json#/$defs/factor_theme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((((((data0 === "trust_culture") || (data0 === "time_complexity")) || (data0 === "focus_scale")) || (data0 === "business_capacity")) || (data0 === "labour_market_inflow")) || (data0 === "governance_consortia")) || (data0 === "knowledge_sharing")) || (data0 === "physical_place")) || (data0 === "continuity")) || (data0 === "professional_skills"))){
const err5 = {instancePath:instancePath+"/theme",schemaPath:"vocabularies.schema.json#/$defs/factor_theme/enum",keyword:"enum",params:{allowedValues: schema69.enum},message:"must be equal to one of the allowed values",schema:schema69.enum,parentSchema:schema69,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.statement !== undefined){
let data1 = data.statement;
if(typeof data1 === "string"){
if(func2(data1) > 300){
const err6 = {instancePath:instancePath+"/statement",schemaPath:"#/properties/statement/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema68.properties.statement,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data1) < 10){
const err7 = {instancePath:instancePath+"/statement",schemaPath:"#/properties/statement/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters",schema:10,parentSchema:schema68.properties.statement,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/statement",schemaPath:"#/properties/statement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.statement.type,parentSchema:schema68.properties.statement,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate22(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://samenwerkingsatlas.nl/schemas/initiative.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.summary === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.sources === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema32.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"vocabularies.schema.json#/$defs/one_line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"vocabularies.schema.json#/$defs/one_line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data0 === "string"){
if(func2(data0) > 160){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 160},message:"must NOT have more than 160 characters",schema:160,parentSchema:schema32.properties.name,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data0) < 2){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema32.properties.name,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.name.type,parentSchema:schema32.properties.name,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.short_name !== undefined){
let data1 = data.short_name;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err11 = {instancePath:instancePath+"/short_name",schemaPath:"vocabularies.schema.json#/$defs/one_line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$",parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/short_name",schemaPath:"vocabularies.schema.json#/$defs/one_line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data1 === "string"){
if(func2(data1) > 40){
const err13 = {instancePath:instancePath+"/short_name",schemaPath:"#/properties/short_name/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema32.properties.short_name,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/short_name",schemaPath:"#/properties/short_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.short_name.type,parentSchema:schema32.properties.short_name,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.former_names !== undefined){
let data2 = data.former_names;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err15 = {instancePath:instancePath+"/former_names/" + i0,schemaPath:"vocabularies.schema.json#/$defs/one_line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$",parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/former_names/" + i0,schemaPath:"vocabularies.schema.json#/$defs/one_line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data3 === "string"){
if(func2(data3) > 160){
const err17 = {instancePath:instancePath+"/former_names/" + i0,schemaPath:"#/properties/former_names/items/maxLength",keyword:"maxLength",params:{limit: 160},message:"must NOT have more than 160 characters",schema:160,parentSchema:schema32.properties.former_names.items,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data3) < 2){
const err18 = {instancePath:instancePath+"/former_names/" + i0,schemaPath:"#/properties/former_names/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema32.properties.former_names.items,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/former_names/" + i0,schemaPath:"#/properties/former_names/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.former_names.items.type,parentSchema:schema32.properties.former_names.items,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err20 = {instancePath:instancePath+"/former_names",schemaPath:"#/properties/former_names/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema32.properties.former_names,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err21 = {instancePath:instancePath+"/former_names",schemaPath:"#/properties/former_names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.former_names.type,parentSchema:schema32.properties.former_names,data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.kind !== undefined){
let data4 = data.kind;
if(typeof data4 !== "string"){
const err22 = {instancePath:instancePath+"/kind",schemaPath:"vocabularies.schema.json#/$defs/initiative_kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((((data4 === "pps") || (data4 === "civ")) || (data4 === "coe")) || (data4 === "cib")) || (data4 === "regional_network"))){
const err23 = {instancePath:instancePath+"/kind",schemaPath:"vocabularies.schema.json#/$defs/initiative_kind/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.status !== undefined){
let data5 = data.status;
if(typeof data5 !== "string"){
const err24 = {instancePath:instancePath+"/status",schemaPath:"vocabularies.schema.json#/$defs/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((((data5 === "active") || (data5 === "in_development")) || (data5 === "ended")) || (data5 === "merged")) || (data5 === "unknown"))){
const err25 = {instancePath:instancePath+"/status",schemaPath:"vocabularies.schema.json#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.status_source !== undefined){
if(!(validate22(data.status_source, {instancePath:instancePath+"/status_source",parentData:data,parentDataProperty:"status_source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.status_note !== undefined){
let data7 = data.status_note;
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err26 = {instancePath:instancePath+"/status_note",schemaPath:"vocabularies.schema.json#/$defs/one_line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$",parentSchema:schema33,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/status_note",schemaPath:"vocabularies.schema.json#/$defs/one_line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(typeof data7 === "string"){
if(func2(data7) > 400){
const err28 = {instancePath:instancePath+"/status_note",schemaPath:"#/properties/status_note/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema32.properties.status_note,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/status_note",schemaPath:"#/properties/status_note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.status_note.type,parentSchema:schema32.properties.status_note,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.phase !== undefined){
let data8 = data.phase;
if(typeof data8 !== "string"){
const err30 = {instancePath:instancePath+"/phase",schemaPath:"vocabularies.schema.json#/$defs/phase/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!(((((data8 === "starten") || (data8 === "ontwikkelen")) || (data8 === "valideren")) || (data8 === "uitbreiden")) || (data8 === "onderhouden"))){
const err31 = {instancePath:instancePath+"/phase",schemaPath:"vocabularies.schema.json#/$defs/phase/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.summary !== undefined){
let data9 = data.summary;
if(typeof data9 === "string"){
if(func2(data9) > 400){
const err32 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema32.properties.summary,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func2(data9) < 20){
const err33 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 20},message:"must NOT have fewer than 20 characters",schema:20,parentSchema:schema32.properties.summary,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.summary.type,parentSchema:schema32.properties.summary,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.description !== undefined){
let data10 = data.description;
if(typeof data10 === "string"){
if(func2(data10) > 10000){
const err35 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema32.properties.description,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.description.type,parentSchema:schema32.properties.description,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.levels !== undefined){
let data11 = data.levels;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i2=0; i2<len1; i2++){
let data12 = data11[i2];
if(typeof data12 !== "string"){
const err37 = {instancePath:instancePath+"/levels/" + i2,schemaPath:"vocabularies.schema.json#/$defs/education_level/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!((((data12 === "vmbo") || (data12 === "mbo")) || (data12 === "hbo")) || (data12 === "wo"))){
const err38 = {instancePath:instancePath+"/levels/" + i2,schemaPath:"vocabularies.schema.json#/$defs/education_level/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values",schema:schema44.enum,parentSchema:schema44,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
let i3 = data11.length;
let j1;
if(i3 > 1){
outer0:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data11[i3], data11[j1])){
const err39 = {instancePath:instancePath+"/levels",schemaPath:"#/properties/levels/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema32.properties.levels,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err40 = {instancePath:instancePath+"/levels",schemaPath:"#/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.levels.type,parentSchema:schema32.properties.levels,data:data11};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.sectors !== undefined){
let data13 = data.sectors;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i4=0; i4<len2; i4++){
let data14 = data13[i4];
if(typeof data14 !== "string"){
const err41 = {instancePath:instancePath+"/sectors/" + i4,schemaPath:"vocabularies.schema.json#/$defs/sector/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!((((((((((((((((((((data14 === "agrifood-groen") || (data14 === "tuinbouw")) || (data14 === "bouw-infra")) || (data14 === "chemie-materialen")) || (data14 === "creatieve-industrie")) || (data14 === "energie")) || (data14 === "gastvrijheid")) || (data14 === "ict-digitaal")) || (data14 === "leefomgeving")) || (data14 === "life-sciences")) || (data14 === "logistiek-mobiliteit")) || (data14 === "luchtvaart")) || (data14 === "maritiem")) || (data14 === "onderwijsinnovatie")) || (data14 === "techniek-maakindustrie")) || (data14 === "water")) || (data14 === "circulaire-economie")) || (data14 === "zorg-welzijn")) || (data14 === "arbeidsmarkt")) || (data14 === "sectoroverstijgend"))){
const err42 = {instancePath:instancePath+"/sectors/" + i4,schemaPath:"vocabularies.schema.json#/$defs/sector/enum",keyword:"enum",params:{allowedValues: schema45.enum},message:"must be equal to one of the allowed values",schema:schema45.enum,parentSchema:schema45,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
let i5 = data13.length;
let j2;
if(i5 > 1){
outer1:
for(;i5--;){
for(j2 = i5; j2--;){
if(func0(data13[i5], data13[j2])){
const err43 = {instancePath:instancePath+"/sectors",schemaPath:"#/properties/sectors/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema32.properties.sectors,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err44 = {instancePath:instancePath+"/sectors",schemaPath:"#/properties/sectors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.sectors.type,parentSchema:schema32.properties.sectors,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.theme !== undefined){
let data15 = data.theme;
if(typeof data15 === "string"){
if(func2(data15) > 200){
const err45 = {instancePath:instancePath+"/theme",schemaPath:"#/properties/theme/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32.properties.theme,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/theme",schemaPath:"#/properties/theme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.theme.type,parentSchema:schema32.properties.theme,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.lead_organisation !== undefined){
let data16 = data.lead_organisation;
if(typeof data16 === "string"){
if(func2(data16) > 80){
const err47 = {instancePath:instancePath+"/lead_organisation",schemaPath:"vocabularies.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema46,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(func2(data16) < 2){
const err48 = {instancePath:instancePath+"/lead_organisation",schemaPath:"vocabularies.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema46,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!pattern10.test(data16)){
const err49 = {instancePath:instancePath+"/lead_organisation",schemaPath:"vocabularies.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema46,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/lead_organisation",schemaPath:"vocabularies.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.lead_note !== undefined){
let data17 = data.lead_note;
if(typeof data17 === "string"){
if(!pattern4.test(data17)){
const err51 = {instancePath:instancePath+"/lead_note",schemaPath:"vocabularies.schema.json#/$defs/one_line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$",parentSchema:schema33,data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/lead_note",schemaPath:"vocabularies.schema.json#/$defs/one_line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data17};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(typeof data17 === "string"){
if(func2(data17) > 300){
const err53 = {instancePath:instancePath+"/lead_note",schemaPath:"#/properties/lead_note/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.lead_note,data:data17};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/lead_note",schemaPath:"#/properties/lead_note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.lead_note.type,parentSchema:schema32.properties.lead_note,data:data17};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.partners !== undefined){
let data18 = data.partners;
if(Array.isArray(data18)){
const len3 = data18.length;
for(let i6=0; i6<len3; i6++){
let data19 = data18[i6];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.organisation === undefined){
const err55 = {instancePath:instancePath+"/partners/" + i6,schemaPath:"#/properties/partners/items/required",keyword:"required",params:{missingProperty: "organisation"},message:"must have required property '"+"organisation"+"'",schema:schema32.properties.partners.items.required,parentSchema:schema32.properties.partners.items,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key1 in data19){
if(!(((key1 === "organisation") || (key1 === "role")) || (key1 === "note"))){
const err56 = {instancePath:instancePath+"/partners/" + i6,schemaPath:"#/properties/partners/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.partners.items,data:data19};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data19.organisation !== undefined){
let data20 = data19.organisation;
if(typeof data20 === "string"){
if(func2(data20) > 80){
const err57 = {instancePath:instancePath+"/partners/" + i6+"/organisation",schemaPath:"vocabularies.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema46,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(func2(data20) < 2){
const err58 = {instancePath:instancePath+"/partners/" + i6+"/organisation",schemaPath:"vocabularies.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema46,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!pattern10.test(data20)){
const err59 = {instancePath:instancePath+"/partners/" + i6+"/organisation",schemaPath:"vocabularies.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema46,data:data20};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/partners/" + i6+"/organisation",schemaPath:"vocabularies.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data20};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data19.role !== undefined){
let data21 = data19.role;
if(typeof data21 !== "string"){
const err61 = {instancePath:instancePath+"/partners/" + i6+"/role",schemaPath:"vocabularies.schema.json#/$defs/partner_role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!((((((((data21 === "co_lead") || (data21 === "founder")) || (data21 === "education")) || (data21 === "business")) || (data21 === "government")) || (data21 === "knowledge")) || (data21 === "funder")) || (data21 === "partner"))){
const err62 = {instancePath:instancePath+"/partners/" + i6+"/role",schemaPath:"vocabularies.schema.json#/$defs/partner_role/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values",schema:schema49.enum,parentSchema:schema49,data:data21};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data19.note !== undefined){
let data22 = data19.note;
if(typeof data22 === "string"){
if(func2(data22) > 300){
const err63 = {instancePath:instancePath+"/partners/" + i6+"/note",schemaPath:"#/properties/partners/items/properties/note/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.partners.items.properties.note,data:data22};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/partners/" + i6+"/note",schemaPath:"#/properties/partners/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.partners.items.properties.note.type,parentSchema:schema32.properties.partners.items.properties.note,data:data22};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/partners/" + i6,schemaPath:"#/properties/partners/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.partners.items.type,parentSchema:schema32.properties.partners.items,data:data19};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/partners",schemaPath:"#/properties/partners/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.partners.type,parentSchema:schema32.properties.partners,data:data18};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.new_organisations !== undefined){
let data23 = data.new_organisations;
if(Array.isArray(data23)){
const len4 = data23.length;
for(let i7=0; i7<len4; i7++){
let data24 = data23[i7];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.name === undefined){
const err67 = {instancePath:instancePath+"/new_organisations/" + i7,schemaPath:"#/properties/new_organisations/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema32.properties.new_organisations.items.required,parentSchema:schema32.properties.new_organisations.items,data:data24};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data24.kind === undefined){
const err68 = {instancePath:instancePath+"/new_organisations/" + i7,schemaPath:"#/properties/new_organisations/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema32.properties.new_organisations.items.required,parentSchema:schema32.properties.new_organisations.items,data:data24};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data24.role === undefined){
const err69 = {instancePath:instancePath+"/new_organisations/" + i7,schemaPath:"#/properties/new_organisations/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema32.properties.new_organisations.items.required,parentSchema:schema32.properties.new_organisations.items,data:data24};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key2 in data24){
if(!((((((((key2 === "name") || (key2 === "kind")) || (key2 === "role")) || (key2 === "partner_role")) || (key2 === "place")) || (key2 === "latitude")) || (key2 === "longitude")) || (key2 === "website"))){
const err70 = {instancePath:instancePath+"/new_organisations/" + i7,schemaPath:"#/properties/new_organisations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.new_organisations.items,data:data24};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data24.name !== undefined){
let data25 = data24.name;
if(typeof data25 === "string"){
if(!pattern4.test(data25)){
const err71 = {instancePath:instancePath+"/new_organisations/" + i7+"/name",schemaPath:"vocabularies.schema.json#/$defs/one_line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$",parentSchema:schema33,data:data25};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/new_organisations/" + i7+"/name",schemaPath:"vocabularies.schema.json#/$defs/one_line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data25};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(typeof data25 === "string"){
if(func2(data25) > 160){
const err73 = {instancePath:instancePath+"/new_organisations/" + i7+"/name",schemaPath:"#/properties/new_organisations/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 160},message:"must NOT have more than 160 characters",schema:160,parentSchema:schema32.properties.new_organisations.items.properties.name,data:data25};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(func2(data25) < 2){
const err74 = {instancePath:instancePath+"/new_organisations/" + i7+"/name",schemaPath:"#/properties/new_organisations/items/properties/name/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema32.properties.new_organisations.items.properties.name,data:data25};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/new_organisations/" + i7+"/name",schemaPath:"#/properties/new_organisations/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.new_organisations.items.properties.name.type,parentSchema:schema32.properties.new_organisations.items.properties.name,data:data25};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data24.kind !== undefined){
let data26 = data24.kind;
if(typeof data26 !== "string"){
const err76 = {instancePath:instancePath+"/new_organisations/" + i7+"/kind",schemaPath:"vocabularies.schema.json#/$defs/organisation_kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data26};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(!(((((((((data26 === "vmbo_school") || (data26 === "mbo_institution")) || (data26 === "university_of_applied_sciences")) || (data26 === "university")) || (data26 === "company")) || (data26 === "government")) || (data26 === "branch_organisation")) || (data26 === "knowledge_institute")) || (data26 === "other"))){
const err77 = {instancePath:instancePath+"/new_organisations/" + i7+"/kind",schemaPath:"vocabularies.schema.json#/$defs/organisation_kind/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values",schema:schema51.enum,parentSchema:schema51,data:data26};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data24.role !== undefined){
let data27 = data24.role;
if(typeof data27 !== "string"){
const err78 = {instancePath:instancePath+"/new_organisations/" + i7+"/role",schemaPath:"vocabularies.schema.json#/$defs/new_organisation_role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data27};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!((data27 === "lead") || (data27 === "partner"))){
const err79 = {instancePath:instancePath+"/new_organisations/" + i7+"/role",schemaPath:"vocabularies.schema.json#/$defs/new_organisation_role/enum",keyword:"enum",params:{allowedValues: schema52.enum},message:"must be equal to one of the allowed values",schema:schema52.enum,parentSchema:schema52,data:data27};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data24.partner_role !== undefined){
let data28 = data24.partner_role;
if(typeof data28 !== "string"){
const err80 = {instancePath:instancePath+"/new_organisations/" + i7+"/partner_role",schemaPath:"vocabularies.schema.json#/$defs/partner_role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data28};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!((((((((data28 === "co_lead") || (data28 === "founder")) || (data28 === "education")) || (data28 === "business")) || (data28 === "government")) || (data28 === "knowledge")) || (data28 === "funder")) || (data28 === "partner"))){
const err81 = {instancePath:instancePath+"/new_organisations/" + i7+"/partner_role",schemaPath:"vocabularies.schema.json#/$defs/partner_role/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values",schema:schema49.enum,parentSchema:schema49,data:data28};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data24.place !== undefined){
let data29 = data24.place;
if(typeof data29 === "string"){
if(func2(data29) > 120){
const err82 = {instancePath:instancePath+"/new_organisations/" + i7+"/place",schemaPath:"#/properties/new_organisations/items/properties/place/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema32.properties.new_organisations.items.properties.place,data:data29};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/new_organisations/" + i7+"/place",schemaPath:"#/properties/new_organisations/items/properties/place/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.new_organisations.items.properties.place.type,parentSchema:schema32.properties.new_organisations.items.properties.place,data:data29};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data24.latitude !== undefined){
let data30 = data24.latitude;
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 53.7 || isNaN(data30)){
const err84 = {instancePath:instancePath+"/new_organisations/" + i7+"/latitude",schemaPath:"#/properties/new_organisations/items/properties/latitude/maximum",keyword:"maximum",params:{comparison: "<=", limit: 53.7},message:"must be <= 53.7",schema:53.7,parentSchema:schema32.properties.new_organisations.items.properties.latitude,data:data30};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data30 < 50.7 || isNaN(data30)){
const err85 = {instancePath:instancePath+"/new_organisations/" + i7+"/latitude",schemaPath:"#/properties/new_organisations/items/properties/latitude/minimum",keyword:"minimum",params:{comparison: ">=", limit: 50.7},message:"must be >= 50.7",schema:50.7,parentSchema:schema32.properties.new_organisations.items.properties.latitude,data:data30};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/new_organisations/" + i7+"/latitude",schemaPath:"#/properties/new_organisations/items/properties/latitude/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.new_organisations.items.properties.latitude.type,parentSchema:schema32.properties.new_organisations.items.properties.latitude,data:data30};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data24.longitude !== undefined){
let data31 = data24.longitude;
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 7.3 || isNaN(data31)){
const err87 = {instancePath:instancePath+"/new_organisations/" + i7+"/longitude",schemaPath:"#/properties/new_organisations/items/properties/longitude/maximum",keyword:"maximum",params:{comparison: "<=", limit: 7.3},message:"must be <= 7.3",schema:7.3,parentSchema:schema32.properties.new_organisations.items.properties.longitude,data:data31};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data31 < 3.3 || isNaN(data31)){
const err88 = {instancePath:instancePath+"/new_organisations/" + i7+"/longitude",schemaPath:"#/properties/new_organisations/items/properties/longitude/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3.3},message:"must be >= 3.3",schema:3.3,parentSchema:schema32.properties.new_organisations.items.properties.longitude,data:data31};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/new_organisations/" + i7+"/longitude",schemaPath:"#/properties/new_organisations/items/properties/longitude/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.new_organisations.items.properties.longitude.type,parentSchema:schema32.properties.new_organisations.items.properties.longitude,data:data31};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data24.website !== undefined){
let data32 = data24.website;
if(typeof data32 === "string"){
if(func2(data32) > 500){
const err90 = {instancePath:instancePath+"/new_organisations/" + i7+"/website",schemaPath:"vocabularies.schema.json#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema39,data:data32};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(!pattern7.test(data32)){
const err91 = {instancePath:instancePath+"/new_organisations/" + i7+"/website",schemaPath:"vocabularies.schema.json#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/$.?#][^\\s]*$"},message:"must match pattern \""+"^https?://[^\\s/$.?#][^\\s]*$"+"\"",schema:"^https?://[^\\s/$.?#][^\\s]*$",parentSchema:schema39,data:data32};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(!(formats0(data32))){
const err92 = {instancePath:instancePath+"/new_organisations/" + i7+"/website",schemaPath:"vocabularies.schema.json#/$defs/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema39,data:data32};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/new_organisations/" + i7+"/website",schemaPath:"vocabularies.schema.json#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data32};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/new_organisations/" + i7,schemaPath:"#/properties/new_organisations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.new_organisations.items.type,parentSchema:schema32.properties.new_organisations.items,data:data24};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/new_organisations",schemaPath:"#/properties/new_organisations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.new_organisations.type,parentSchema:schema32.properties.new_organisations,data:data23};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.partners_note !== undefined){
let data33 = data.partners_note;
if(typeof data33 === "string"){
if(func2(data33) > 600){
const err96 = {instancePath:instancePath+"/partners_note",schemaPath:"#/properties/partners_note/maxLength",keyword:"maxLength",params:{limit: 600},message:"must NOT have more than 600 characters",schema:600,parentSchema:schema32.properties.partners_note,data:data33};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/partners_note",schemaPath:"#/properties/partners_note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.partners_note.type,parentSchema:schema32.properties.partners_note,data:data33};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.locations !== undefined){
let data34 = data.locations;
if(Array.isArray(data34)){
const len5 = data34.length;
for(let i8=0; i8<len5; i8++){
let data35 = data34[i8];
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.place === undefined){
const err98 = {instancePath:instancePath+"/locations/" + i8,schemaPath:"#/properties/locations/items/required",keyword:"required",params:{missingProperty: "place"},message:"must have required property '"+"place"+"'",schema:schema32.properties.locations.items.required,parentSchema:schema32.properties.locations.items,data:data35};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data35.latitude === undefined){
const err99 = {instancePath:instancePath+"/locations/" + i8,schemaPath:"#/properties/locations/items/required",keyword:"required",params:{missingProperty: "latitude"},message:"must have required property '"+"latitude"+"'",schema:schema32.properties.locations.items.required,parentSchema:schema32.properties.locations.items,data:data35};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data35.longitude === undefined){
const err100 = {instancePath:instancePath+"/locations/" + i8,schemaPath:"#/properties/locations/items/required",keyword:"required",params:{missingProperty: "longitude"},message:"must have required property '"+"longitude"+"'",schema:schema32.properties.locations.items.required,parentSchema:schema32.properties.locations.items,data:data35};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
for(const key3 in data35){
if(!((((key3 === "place") || (key3 === "latitude")) || (key3 === "longitude")) || (key3 === "precision"))){
const err101 = {instancePath:instancePath+"/locations/" + i8,schemaPath:"#/properties/locations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.locations.items,data:data35};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data35.place !== undefined){
let data36 = data35.place;
if(typeof data36 === "string"){
if(func2(data36) > 120){
const err102 = {instancePath:instancePath+"/locations/" + i8+"/place",schemaPath:"#/properties/locations/items/properties/place/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema32.properties.locations.items.properties.place,data:data36};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(func2(data36) < 2){
const err103 = {instancePath:instancePath+"/locations/" + i8+"/place",schemaPath:"#/properties/locations/items/properties/place/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema32.properties.locations.items.properties.place,data:data36};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/locations/" + i8+"/place",schemaPath:"#/properties/locations/items/properties/place/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.locations.items.properties.place.type,parentSchema:schema32.properties.locations.items.properties.place,data:data36};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data35.latitude !== undefined){
let data37 = data35.latitude;
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 > 53.7 || isNaN(data37)){
const err105 = {instancePath:instancePath+"/locations/" + i8+"/latitude",schemaPath:"#/properties/locations/items/properties/latitude/maximum",keyword:"maximum",params:{comparison: "<=", limit: 53.7},message:"must be <= 53.7",schema:53.7,parentSchema:schema32.properties.locations.items.properties.latitude,data:data37};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data37 < 50.7 || isNaN(data37)){
const err106 = {instancePath:instancePath+"/locations/" + i8+"/latitude",schemaPath:"#/properties/locations/items/properties/latitude/minimum",keyword:"minimum",params:{comparison: ">=", limit: 50.7},message:"must be >= 50.7",schema:50.7,parentSchema:schema32.properties.locations.items.properties.latitude,data:data37};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/locations/" + i8+"/latitude",schemaPath:"#/properties/locations/items/properties/latitude/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.locations.items.properties.latitude.type,parentSchema:schema32.properties.locations.items.properties.latitude,data:data37};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data35.longitude !== undefined){
let data38 = data35.longitude;
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 > 7.3 || isNaN(data38)){
const err108 = {instancePath:instancePath+"/locations/" + i8+"/longitude",schemaPath:"#/properties/locations/items/properties/longitude/maximum",keyword:"maximum",params:{comparison: "<=", limit: 7.3},message:"must be <= 7.3",schema:7.3,parentSchema:schema32.properties.locations.items.properties.longitude,data:data38};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(data38 < 3.3 || isNaN(data38)){
const err109 = {instancePath:instancePath+"/locations/" + i8+"/longitude",schemaPath:"#/properties/locations/items/properties/longitude/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3.3},message:"must be >= 3.3",schema:3.3,parentSchema:schema32.properties.locations.items.properties.longitude,data:data38};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/locations/" + i8+"/longitude",schemaPath:"#/properties/locations/items/properties/longitude/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.locations.items.properties.longitude.type,parentSchema:schema32.properties.locations.items.properties.longitude,data:data38};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data35.precision !== undefined){
let data39 = data35.precision;
if(typeof data39 !== "string"){
const err111 = {instancePath:instancePath+"/locations/" + i8+"/precision",schemaPath:"vocabularies.schema.json#/$defs/location_precision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data39};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(!((((data39 === "address") || (data39 === "place")) || (data39 === "area")) || (data39 === "lead_organisation"))){
const err112 = {instancePath:instancePath+"/locations/" + i8+"/precision",schemaPath:"vocabularies.schema.json#/$defs/location_precision/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data39};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/locations/" + i8,schemaPath:"#/properties/locations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.locations.items.type,parentSchema:schema32.properties.locations.items,data:data35};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/locations",schemaPath:"#/properties/locations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.locations.type,parentSchema:schema32.properties.locations,data:data34};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.scope !== undefined){
let data40 = data.scope;
if(typeof data40 !== "string"){
const err115 = {instancePath:instancePath+"/scope",schemaPath:"vocabularies.schema.json#/$defs/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data40};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(!((((data40 === "local") || (data40 === "regional")) || (data40 === "provinces")) || (data40 === "national"))){
const err116 = {instancePath:instancePath+"/scope",schemaPath:"vocabularies.schema.json#/$defs/scope/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",schema:schema56.enum,parentSchema:schema56,data:data40};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data.working_area !== undefined){
let data41 = data.working_area;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.regions === undefined){
const err117 = {instancePath:instancePath+"/working_area",schemaPath:"#/properties/working_area/required",keyword:"required",params:{missingProperty: "regions"},message:"must have required property '"+"regions"+"'",schema:schema32.properties.working_area.required,parentSchema:schema32.properties.working_area,data:data41};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
for(const key4 in data41){
if(!((((key4 === "regions") || (key4 === "certainty")) || (key4 === "note")) || (key4 === "source"))){
const err118 = {instancePath:instancePath+"/working_area",schemaPath:"#/properties/working_area/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.working_area,data:data41};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data41.regions !== undefined){
let data42 = data41.regions;
if(Array.isArray(data42)){
if(data42.length < 1){
const err119 = {instancePath:instancePath+"/working_area/regions",schemaPath:"#/properties/working_area/properties/regions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.working_area.properties.regions,data:data42};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
const len6 = data42.length;
for(let i9=0; i9<len6; i9++){
let data43 = data42[i9];
if(typeof data43 === "string"){
if(func2(data43) > 80){
const err120 = {instancePath:instancePath+"/working_area/regions/" + i9,schemaPath:"vocabularies.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema46,data:data43};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(func2(data43) < 2){
const err121 = {instancePath:instancePath+"/working_area/regions/" + i9,schemaPath:"vocabularies.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema46,data:data43};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(!pattern10.test(data43)){
const err122 = {instancePath:instancePath+"/working_area/regions/" + i9,schemaPath:"vocabularies.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema46,data:data43};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/working_area/regions/" + i9,schemaPath:"vocabularies.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data43};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
let i10 = data42.length;
let j3;
if(i10 > 1){
outer2:
for(;i10--;){
for(j3 = i10; j3--;){
if(func0(data42[i10], data42[j3])){
const err124 = {instancePath:instancePath+"/working_area/regions",schemaPath:"#/properties/working_area/properties/regions/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i10+" are identical)",schema:true,parentSchema:schema32.properties.working_area.properties.regions,data:data42};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err125 = {instancePath:instancePath+"/working_area/regions",schemaPath:"#/properties/working_area/properties/regions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.working_area.properties.regions.type,parentSchema:schema32.properties.working_area.properties.regions,data:data42};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data41.certainty !== undefined){
let data44 = data41.certainty;
if(typeof data44 !== "string"){
const err126 = {instancePath:instancePath+"/working_area/certainty",schemaPath:"vocabularies.schema.json#/$defs/certainty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data44};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(!(((data44 === "exact") || (data44 === "approximate")) || (data44 === "uncertain"))){
const err127 = {instancePath:instancePath+"/working_area/certainty",schemaPath:"vocabularies.schema.json#/$defs/certainty/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values",schema:schema58.enum,parentSchema:schema58,data:data44};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data41.note !== undefined){
let data45 = data41.note;
if(typeof data45 === "string"){
if(func2(data45) > 300){
const err128 = {instancePath:instancePath+"/working_area/note",schemaPath:"#/properties/working_area/properties/note/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.working_area.properties.note,data:data45};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/working_area/note",schemaPath:"#/properties/working_area/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.working_area.properties.note.type,parentSchema:schema32.properties.working_area.properties.note,data:data45};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data41.source !== undefined){
if(!(validate22(data41.source, {instancePath:instancePath+"/working_area/source",parentData:data41,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err130 = {instancePath:instancePath+"/working_area",schemaPath:"#/properties/working_area/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.working_area.type,parentSchema:schema32.properties.working_area,data:data41};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data.start_year !== undefined){
let data47 = data.start_year;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
const err131 = {instancePath:instancePath+"/start_year",schemaPath:"vocabularies.schema.json#/$defs/year/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.type,parentSchema:schema59,data:data47};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 > 2100 || isNaN(data47)){
const err132 = {instancePath:instancePath+"/start_year",schemaPath:"vocabularies.schema.json#/$defs/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema59,data:data47};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data47 < 1900 || isNaN(data47)){
const err133 = {instancePath:instancePath+"/start_year",schemaPath:"vocabularies.schema.json#/$defs/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema59,data:data47};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
if(data.start_year_certainty !== undefined){
let data48 = data.start_year_certainty;
if(typeof data48 !== "string"){
const err134 = {instancePath:instancePath+"/start_year_certainty",schemaPath:"vocabularies.schema.json#/$defs/certainty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data48};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(!(((data48 === "exact") || (data48 === "approximate")) || (data48 === "uncertain"))){
const err135 = {instancePath:instancePath+"/start_year_certainty",schemaPath:"vocabularies.schema.json#/$defs/certainty/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values",schema:schema58.enum,parentSchema:schema58,data:data48};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data.start_year_note !== undefined){
let data49 = data.start_year_note;
if(typeof data49 === "string"){
if(func2(data49) > 300){
const err136 = {instancePath:instancePath+"/start_year_note",schemaPath:"#/properties/start_year_note/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.start_year_note,data:data49};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/start_year_note",schemaPath:"#/properties/start_year_note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.start_year_note.type,parentSchema:schema32.properties.start_year_note,data:data49};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data.end_year !== undefined){
let data50 = data.end_year;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err138 = {instancePath:instancePath+"/end_year",schemaPath:"vocabularies.schema.json#/$defs/year/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.type,parentSchema:schema59,data:data50};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 > 2100 || isNaN(data50)){
const err139 = {instancePath:instancePath+"/end_year",schemaPath:"vocabularies.schema.json#/$defs/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema59,data:data50};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(data50 < 1900 || isNaN(data50)){
const err140 = {instancePath:instancePath+"/end_year",schemaPath:"vocabularies.schema.json#/$defs/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema59,data:data50};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
if(data.funding !== undefined){
let data51 = data.funding;
if(Array.isArray(data51)){
const len7 = data51.length;
for(let i11=0; i11<len7; i11++){
let data52 = data51[i11];
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.scheme === undefined){
const err141 = {instancePath:instancePath+"/funding/" + i11,schemaPath:"#/properties/funding/items/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema32.properties.funding.items.required,parentSchema:schema32.properties.funding.items,data:data52};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
for(const key5 in data52){
if(!((((((key5 === "scheme") || (key5 === "year")) || (key5 === "year_certainty")) || (key5 === "amount_eur")) || (key5 === "note")) || (key5 === "source"))){
const err142 = {instancePath:instancePath+"/funding/" + i11,schemaPath:"#/properties/funding/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.funding.items,data:data52};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data52.scheme !== undefined){
let data53 = data52.scheme;
if(typeof data53 !== "string"){
const err143 = {instancePath:instancePath+"/funding/" + i11+"/scheme",schemaPath:"vocabularies.schema.json#/$defs/funding_scheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data53};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(!(((((((data53 === "rif") || (data53 === "nationaal-groeifonds")) || (data53 === "ocw-centres-of-expertise")) || (data53 === "province")) || (data53 === "municipality")) || (data53 === "eu")) || (data53 === "other"))){
const err144 = {instancePath:instancePath+"/funding/" + i11+"/scheme",schemaPath:"vocabularies.schema.json#/$defs/funding_scheme/enum",keyword:"enum",params:{allowedValues: schema62.enum},message:"must be equal to one of the allowed values",schema:schema62.enum,parentSchema:schema62,data:data53};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data52.year !== undefined){
let data54 = data52.year;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
const err145 = {instancePath:instancePath+"/funding/" + i11+"/year",schemaPath:"vocabularies.schema.json#/$defs/year/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.type,parentSchema:schema59,data:data54};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 > 2100 || isNaN(data54)){
const err146 = {instancePath:instancePath+"/funding/" + i11+"/year",schemaPath:"vocabularies.schema.json#/$defs/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema59,data:data54};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data54 < 1900 || isNaN(data54)){
const err147 = {instancePath:instancePath+"/funding/" + i11+"/year",schemaPath:"vocabularies.schema.json#/$defs/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema59,data:data54};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
if(data52.year_certainty !== undefined){
let data55 = data52.year_certainty;
if(typeof data55 !== "string"){
const err148 = {instancePath:instancePath+"/funding/" + i11+"/year_certainty",schemaPath:"vocabularies.schema.json#/$defs/certainty/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data55};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(!(((data55 === "exact") || (data55 === "approximate")) || (data55 === "uncertain"))){
const err149 = {instancePath:instancePath+"/funding/" + i11+"/year_certainty",schemaPath:"vocabularies.schema.json#/$defs/certainty/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values",schema:schema58.enum,parentSchema:schema58,data:data55};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data52.amount_eur !== undefined){
let data56 = data52.amount_eur;
if((typeof data56 == "number") && (isFinite(data56))){
if(data56 > 10000000000 || isNaN(data56)){
const err150 = {instancePath:instancePath+"/funding/" + i11+"/amount_eur",schemaPath:"#/properties/funding/items/properties/amount_eur/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000000},message:"must be <= 10000000000",schema:10000000000,parentSchema:schema32.properties.funding.items.properties.amount_eur,data:data56};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(data56 < 0 || isNaN(data56)){
const err151 = {instancePath:instancePath+"/funding/" + i11+"/amount_eur",schemaPath:"#/properties/funding/items/properties/amount_eur/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.funding.items.properties.amount_eur,data:data56};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/funding/" + i11+"/amount_eur",schemaPath:"#/properties/funding/items/properties/amount_eur/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.funding.items.properties.amount_eur.type,parentSchema:schema32.properties.funding.items.properties.amount_eur,data:data56};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data52.note !== undefined){
let data57 = data52.note;
if(typeof data57 === "string"){
if(func2(data57) > 300){
const err153 = {instancePath:instancePath+"/funding/" + i11+"/note",schemaPath:"#/properties/funding/items/properties/note/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.funding.items.properties.note,data:data57};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
else {
const err154 = {instancePath:instancePath+"/funding/" + i11+"/note",schemaPath:"#/properties/funding/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.funding.items.properties.note.type,parentSchema:schema32.properties.funding.items.properties.note,data:data57};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data52.source !== undefined){
if(!(validate22(data52.source, {instancePath:instancePath+"/funding/" + i11+"/source",parentData:data52,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err155 = {instancePath:instancePath+"/funding/" + i11,schemaPath:"#/properties/funding/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.funding.items.type,parentSchema:schema32.properties.funding.items,data:data52};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath:instancePath+"/funding",schemaPath:"#/properties/funding/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.funding.type,parentSchema:schema32.properties.funding,data:data51};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data.figures !== undefined){
let data59 = data.figures;
if(Array.isArray(data59)){
const len8 = data59.length;
for(let i12=0; i12<len8; i12++){
let data60 = data59[i12];
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.measure === undefined){
const err157 = {instancePath:instancePath+"/figures/" + i12,schemaPath:"#/properties/figures/items/required",keyword:"required",params:{missingProperty: "measure"},message:"must have required property '"+"measure"+"'",schema:schema32.properties.figures.items.required,parentSchema:schema32.properties.figures.items,data:data60};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(data60.value === undefined){
const err158 = {instancePath:instancePath+"/figures/" + i12,schemaPath:"#/properties/figures/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema32.properties.figures.items.required,parentSchema:schema32.properties.figures.items,data:data60};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(data60.year === undefined){
const err159 = {instancePath:instancePath+"/figures/" + i12,schemaPath:"#/properties/figures/items/required",keyword:"required",params:{missingProperty: "year"},message:"must have required property '"+"year"+"'",schema:schema32.properties.figures.items.required,parentSchema:schema32.properties.figures.items,data:data60};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(data60.source === undefined){
const err160 = {instancePath:instancePath+"/figures/" + i12,schemaPath:"#/properties/figures/items/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema32.properties.figures.items.required,parentSchema:schema32.properties.figures.items,data:data60};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
for(const key6 in data60){
if(!(((((key6 === "measure") || (key6 === "value")) || (key6 === "qualifier")) || (key6 === "year")) || (key6 === "source"))){
const err161 = {instancePath:instancePath+"/figures/" + i12,schemaPath:"#/properties/figures/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.figures.items,data:data60};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data60.measure !== undefined){
let data61 = data60.measure;
if(typeof data61 !== "string"){
const err162 = {instancePath:instancePath+"/figures/" + i12+"/measure",schemaPath:"vocabularies.schema.json#/$defs/figure_measure/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.type,parentSchema:schema65,data:data61};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(!(((((data61 === "companies") || (data61 === "students")) || (data61 === "teachers")) || (data61 === "partners")) || (data61 === "institutions"))){
const err163 = {instancePath:instancePath+"/figures/" + i12+"/measure",schemaPath:"vocabularies.schema.json#/$defs/figure_measure/enum",keyword:"enum",params:{allowedValues: schema65.enum},message:"must be equal to one of the allowed values",schema:schema65.enum,parentSchema:schema65,data:data61};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data60.value !== undefined){
let data62 = data60.value;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err164 = {instancePath:instancePath+"/figures/" + i12+"/value",schemaPath:"#/properties/figures/items/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.figures.items.properties.value.type,parentSchema:schema32.properties.figures.items.properties.value,data:data62};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 > 10000000 || isNaN(data62)){
const err165 = {instancePath:instancePath+"/figures/" + i12+"/value",schemaPath:"#/properties/figures/items/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000",schema:10000000,parentSchema:schema32.properties.figures.items.properties.value,data:data62};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(data62 < 0 || isNaN(data62)){
const err166 = {instancePath:instancePath+"/figures/" + i12+"/value",schemaPath:"#/properties/figures/items/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.figures.items.properties.value,data:data62};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
if(data60.qualifier !== undefined){
let data63 = data60.qualifier;
if(typeof data63 !== "string"){
const err167 = {instancePath:instancePath+"/figures/" + i12+"/qualifier",schemaPath:"vocabularies.schema.json#/$defs/figure_qualifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data63};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(!(((data63 === "exact") || (data63 === "at_least")) || (data63 === "approximately"))){
const err168 = {instancePath:instancePath+"/figures/" + i12+"/qualifier",schemaPath:"vocabularies.schema.json#/$defs/figure_qualifier/enum",keyword:"enum",params:{allowedValues: schema66.enum},message:"must be equal to one of the allowed values",schema:schema66.enum,parentSchema:schema66,data:data63};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data60.year !== undefined){
let data64 = data60.year;
if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){
const err169 = {instancePath:instancePath+"/figures/" + i12+"/year",schemaPath:"vocabularies.schema.json#/$defs/year/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.type,parentSchema:schema59,data:data64};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 > 2100 || isNaN(data64)){
const err170 = {instancePath:instancePath+"/figures/" + i12+"/year",schemaPath:"vocabularies.schema.json#/$defs/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema59,data:data64};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(data64 < 1900 || isNaN(data64)){
const err171 = {instancePath:instancePath+"/figures/" + i12+"/year",schemaPath:"vocabularies.schema.json#/$defs/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema59,data:data64};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
if(data60.source !== undefined){
if(!(validate22(data60.source, {instancePath:instancePath+"/figures/" + i12+"/source",parentData:data60,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err172 = {instancePath:instancePath+"/figures/" + i12,schemaPath:"#/properties/figures/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.figures.items.type,parentSchema:schema32.properties.figures.items,data:data60};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
else {
const err173 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.figures.type,parentSchema:schema32.properties.figures,data:data59};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data.success_factors !== undefined){
let data66 = data.success_factors;
if(Array.isArray(data66)){
const len9 = data66.length;
for(let i13=0; i13<len9; i13++){
if(!(validate27(data66[i13], {instancePath:instancePath+"/success_factors/" + i13,parentData:data66,parentDataProperty:i13,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err174 = {instancePath:instancePath+"/success_factors",schemaPath:"#/properties/success_factors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.success_factors.type,parentSchema:schema32.properties.success_factors,data:data66};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data.challenges !== undefined){
let data68 = data.challenges;
if(Array.isArray(data68)){
const len10 = data68.length;
for(let i14=0; i14<len10; i14++){
if(!(validate27(data68[i14], {instancePath:instancePath+"/challenges/" + i14,parentData:data68,parentDataProperty:i14,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err175 = {instancePath:instancePath+"/challenges",schemaPath:"#/properties/challenges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.challenges.type,parentSchema:schema32.properties.challenges,data:data68};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data.relations !== undefined){
let data70 = data.relations;
if(Array.isArray(data70)){
const len11 = data70.length;
for(let i15=0; i15<len11; i15++){
let data71 = data70[i15];
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
if(data71.type === undefined){
const err176 = {instancePath:instancePath+"/relations/" + i15,schemaPath:"#/properties/relations/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema32.properties.relations.items.required,parentSchema:schema32.properties.relations.items,data:data71};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(data71.initiative === undefined){
const err177 = {instancePath:instancePath+"/relations/" + i15,schemaPath:"#/properties/relations/items/required",keyword:"required",params:{missingProperty: "initiative"},message:"must have required property '"+"initiative"+"'",schema:schema32.properties.relations.items.required,parentSchema:schema32.properties.relations.items,data:data71};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
for(const key7 in data71){
if(!((((key7 === "type") || (key7 === "initiative")) || (key7 === "year")) || (key7 === "note"))){
const err178 = {instancePath:instancePath+"/relations/" + i15,schemaPath:"#/properties/relations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema32.properties.relations.items,data:data71};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data71.type !== undefined){
let data72 = data71.type;
if(typeof data72 !== "string"){
const err179 = {instancePath:instancePath+"/relations/" + i15+"/type",schemaPath:"vocabularies.schema.json#/$defs/relation_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data72};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(!(((((data72 === "merged_into") || (data72 === "part_of")) || (data72 === "works_with")) || (data72 === "related")) || (data72 === "successor_of"))){
const err180 = {instancePath:instancePath+"/relations/" + i15+"/type",schemaPath:"vocabularies.schema.json#/$defs/relation_type/enum",keyword:"enum",params:{allowedValues: schema70.enum},message:"must be equal to one of the allowed values",schema:schema70.enum,parentSchema:schema70,data:data72};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data71.initiative !== undefined){
let data73 = data71.initiative;
if(typeof data73 === "string"){
if(func2(data73) > 80){
const err181 = {instancePath:instancePath+"/relations/" + i15+"/initiative",schemaPath:"vocabularies.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema46,data:data73};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(func2(data73) < 2){
const err182 = {instancePath:instancePath+"/relations/" + i15+"/initiative",schemaPath:"vocabularies.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema46,data:data73};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if(!pattern10.test(data73)){
const err183 = {instancePath:instancePath+"/relations/" + i15+"/initiative",schemaPath:"vocabularies.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema46,data:data73};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/relations/" + i15+"/initiative",schemaPath:"vocabularies.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data73};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data71.year !== undefined){
let data74 = data71.year;
if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){
const err185 = {instancePath:instancePath+"/relations/" + i15+"/year",schemaPath:"vocabularies.schema.json#/$defs/year/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.type,parentSchema:schema59,data:data74};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 > 2100 || isNaN(data74)){
const err186 = {instancePath:instancePath+"/relations/" + i15+"/year",schemaPath:"vocabularies.schema.json#/$defs/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema59,data:data74};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(data74 < 1900 || isNaN(data74)){
const err187 = {instancePath:instancePath+"/relations/" + i15+"/year",schemaPath:"vocabularies.schema.json#/$defs/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema59,data:data74};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
}
if(data71.note !== undefined){
let data75 = data71.note;
if(typeof data75 === "string"){
if(func2(data75) > 300){
const err188 = {instancePath:instancePath+"/relations/" + i15+"/note",schemaPath:"#/properties/relations/items/properties/note/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema32.properties.relations.items.properties.note,data:data75};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
else {
const err189 = {instancePath:instancePath+"/relations/" + i15+"/note",schemaPath:"#/properties/relations/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.relations.items.properties.note.type,parentSchema:schema32.properties.relations.items.properties.note,data:data75};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
}
else {
const err190 = {instancePath:instancePath+"/relations/" + i15,schemaPath:"#/properties/relations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.relations.items.type,parentSchema:schema32.properties.relations.items,data:data71};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
else {
const err191 = {instancePath:instancePath+"/relations",schemaPath:"#/properties/relations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.relations.type,parentSchema:schema32.properties.relations,data:data70};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data.website !== undefined){
let data76 = data.website;
if(typeof data76 === "string"){
if(func2(data76) > 500){
const err192 = {instancePath:instancePath+"/website",schemaPath:"vocabularies.schema.json#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema39,data:data76};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if(!pattern7.test(data76)){
const err193 = {instancePath:instancePath+"/website",schemaPath:"vocabularies.schema.json#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/$.?#][^\\s]*$"},message:"must match pattern \""+"^https?://[^\\s/$.?#][^\\s]*$"+"\"",schema:"^https?://[^\\s/$.?#][^\\s]*$",parentSchema:schema39,data:data76};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
if(!(formats0(data76))){
const err194 = {instancePath:instancePath+"/website",schemaPath:"vocabularies.schema.json#/$defs/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema39,data:data76};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
else {
const err195 = {instancePath:instancePath+"/website",schemaPath:"vocabularies.schema.json#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data76};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data.sources !== undefined){
let data77 = data.sources;
if(Array.isArray(data77)){
if(data77.length < 1){
const err196 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema32.properties.sources,data:data77};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
const len12 = data77.length;
for(let i16=0; i16<len12; i16++){
if(!(validate22(data77[i16], {instancePath:instancePath+"/sources/" + i16,parentData:data77,parentDataProperty:i16,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err197 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.sources.type,parentSchema:schema32.properties.sources,data:data77};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data.last_verified !== undefined){
let data79 = data.last_verified;
if(typeof data79 === "string"){
if(!(formats2.validate(data79))){
const err198 = {instancePath:instancePath+"/last_verified",schemaPath:"vocabularies.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema41,data:data79};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/last_verified",schemaPath:"vocabularies.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data79};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data.verified_by !== undefined){
let data80 = data.verified_by;
if(typeof data80 !== "string"){
const err200 = {instancePath:instancePath+"/verified_by",schemaPath:"vocabularies.schema.json#/$defs/verified_by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data:data80};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(!(((data80 === "editors") || (data80 === "initiative")) || (data80 === "organisation"))){
const err201 = {instancePath:instancePath+"/verified_by",schemaPath:"vocabularies.schema.json#/$defs/verified_by/enum",keyword:"enum",params:{allowedValues: schema75.enum},message:"must be equal to one of the allowed values",schema:schema75.enum,parentSchema:schema75,data:data80};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data.verified_source !== undefined){
if(!(validate22(data.verified_source, {instancePath:instancePath+"/verified_source",parentData:data,parentDataProperty:"verified_source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.former_ids !== undefined){
let data82 = data.former_ids;
if(Array.isArray(data82)){
const len13 = data82.length;
for(let i17=0; i17<len13; i17++){
let data83 = data82[i17];
if(typeof data83 === "string"){
if(func2(data83) > 80){
const err202 = {instancePath:instancePath+"/former_ids/" + i17,schemaPath:"vocabularies.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema46,data:data83};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
if(func2(data83) < 2){
const err203 = {instancePath:instancePath+"/former_ids/" + i17,schemaPath:"vocabularies.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema46,data:data83};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if(!pattern10.test(data83)){
const err204 = {instancePath:instancePath+"/former_ids/" + i17,schemaPath:"vocabularies.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema46,data:data83};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
else {
const err205 = {instancePath:instancePath+"/former_ids/" + i17,schemaPath:"vocabularies.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data83};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
let i18 = data82.length;
let j4;
if(i18 > 1){
outer3:
for(;i18--;){
for(j4 = i18; j4--;){
if(func0(data82[i18], data82[j4])){
const err206 = {instancePath:instancePath+"/former_ids",schemaPath:"#/properties/former_ids/uniqueItems",keyword:"uniqueItems",params:{i: i18, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i18+" are identical)",schema:true,parentSchema:schema32.properties.former_ids,data:data82};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
break outer3;
}
}
}
}
}
else {
const err207 = {instancePath:instancePath+"/former_ids",schemaPath:"#/properties/former_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.former_ids.type,parentSchema:schema32.properties.former_ids,data:data82};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data.notes !== undefined){
let data84 = data.notes;
if(typeof data84 === "string"){
if(func2(data84) > 1000){
const err208 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32.properties.notes,data:data84};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
else {
const err209 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.notes.type,parentSchema:schema32.properties.notes,data:data84};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
}
else {
const err210 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validate_2 = validate33;
const schema77 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://samenwerkingsatlas.nl/schemas/organisation.schema.json","title":"Organisatie","description":"Een school, bedrijf, overheid of andere organisatie die aan initiatieven meedoet. Eén bestand per organisatie: data/organisations/<id>.yaml. Geen gegevens van personen.","type":"object","additionalProperties":false,"required":["name","kind"],"dependentRequired":{"latitude":["longitude"],"longitude":["latitude"]},"properties":{"name":{"$ref":"vocabularies.schema.json#/$defs/one_line","type":"string","title":"Naam","minLength":2,"maxLength":160,"description":"De officiële of meest gebruikte naam.","examples":["Scalda"]},"short_name":{"$ref":"vocabularies.schema.json#/$defs/one_line","type":"string","title":"Korte naam","maxLength":40,"description":"Afkorting, als die veel gebruikt wordt.","examples":["HAN"]},"former_names":{"type":"array","title":"Eerdere namen","uniqueItems":true,"description":"Namen die de organisatie eerder had, bijvoorbeeld voor een fusie.","items":{"$ref":"vocabularies.schema.json#/$defs/one_line","type":"string","minLength":2,"maxLength":160},"examples":[["Arcus College"]]},"kind":{"$ref":"vocabularies.schema.json#/$defs/organisation_kind","description":"Wat voor organisatie dit is."},"website":{"$ref":"vocabularies.schema.json#/$defs/url","title":"Website","description":"De website van de organisatie."},"contact_page":{"$ref":"vocabularies.schema.json#/$defs/url","title":"Contactpagina","description":"De openbare contactpagina van de organisatie (geen persoonlijke e-mailadressen of telefoonnummers)."},"place":{"type":"string","title":"Plaats","minLength":2,"maxLength":120,"x-widget":"place","description":"Vestigingsplaats (hoofdvestiging). Kies de plaats uit de lijst of klik op de kaart; de coördinaten worden dan ingevuld.","examples":["Vlissingen"]},"latitude":{"type":"number","title":"Breedtegraad","minimum":50.7,"maximum":53.7,"x-widget":"hidden","description":"Noorderbreedte van de vestiging in graden (WGS84).","examples":[51.4427]},"longitude":{"type":"number","title":"Lengtegraad","minimum":3.3,"maximum":7.3,"x-widget":"hidden","description":"Oosterlengte van de vestiging in graden (WGS84).","examples":[3.5734]},"kvk_number":{"type":"string","title":"KvK-nummer","pattern":"^[0-9]{8}$","x-pattern-message":"Een KvK-nummer is 8 cijfers, bijvoorbeeld 12345678.","description":"Het nummer in het Handelsregister van de Kamer van Koophandel (8 cijfers).","examples":["12345678"]},"brin_code":{"type":"string","title":"BRIN-code","pattern":"^[0-9]{2}[A-Z]{2}$","x-pattern-message":"Een BRIN-code is 2 cijfers en 2 hoofdletters, bijvoorbeeld 25LX.","description":"De code van een onderwijsinstelling bij DUO (2 cijfers en 2 hoofdletters).","examples":["25LX"]},"sources":{"type":"array","title":"Bronnen","description":"Waar de gegevens over deze organisatie vandaan komen.","items":{"$ref":"initiative.schema.json#/$defs/source"}},"last_verified":{"$ref":"vocabularies.schema.json#/$defs/date","title":"Laatst gecontroleerd","description":"Wanneer iemand de gegevens voor het laatst controleerde. Alleen invullen wat iemand echt deed, samen met 'Gecontroleerd door'; nooit voor veel bestanden tegelijk."},"verified_by":{"$ref":"vocabularies.schema.json#/$defs/verified_by"},"verified_source":{"$ref":"initiative.schema.json#/$defs/source","title":"Gecontroleerd tegen","description":"De bron waartegen de redactie de gegevens controleerde (verplicht als de redactie controleerde)."},"former_ids":{"type":"array","title":"Eerdere adressen (ids)","uniqueItems":true,"description":"Ids van bestanden die in dit bestand zijn opgegaan, bijvoorbeeld een dubbel ingevoerde organisatie die is samengevoegd: het oude adres op de site (en een link ernaar) verwijst dan hierheen. Alleen de redactie vult dit in, bij het samenvoegen; een id dat nog een eigen bestand heeft, kan hier niet staan.","items":{"$ref":"vocabularies.schema.json#/$defs/id"},"examples":[["roc-leeuwenborgh"]]},"notes":{"type":"string","title":"Opmerkingen","maxLength":1000,"x-multiline":true,"description":"Redactionele opmerkingen, bijvoorbeeld over fusies of naamswijzigingen."}}};
const pattern24 = new RegExp("^[0-9]{8}$", "u");
const pattern25 = new RegExp("^[0-9]{2}[A-Z]{2}$", "u");

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema38.anyOf[0].required,parentSchema:schema38.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema38.anyOf[1].required,parentSchema:schema38.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema38.anyOf,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "url") || (key0 === "title")) || (key0 === "published")) || (key0 === "consulted"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err4 = {instancePath:instancePath+"/url",schemaPath:"vocabularies.schema.json#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern7.test(data0)){
const err5 = {instancePath:instancePath+"/url",schemaPath:"vocabularies.schema.json#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/$.?#][^\\s]*$"},message:"must match pattern \""+"^https?://[^\\s/$.?#][^\\s]*$"+"\"",schema:"^https?://[^\\s/$.?#][^\\s]*$",parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(formats0(data0))){
const err6 = {instancePath:instancePath+"/url",schemaPath:"vocabularies.schema.json#/$defs/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/url",schemaPath:"vocabularies.schema.json#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func2(data1) > 300){
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema38.properties.title,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data1) < 2){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema38.properties.title,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.title.type,parentSchema:schema38.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.published !== undefined){
let data2 = data.published;
if(typeof data2 === "string"){
if(!pattern8.test(data2)){
const err11 = {instancePath:instancePath+"/published",schemaPath:"vocabularies.schema.json#/$defs/date_or_month/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"},message:"must match pattern \""+"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"+"\"",schema:"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",parentSchema:schema40,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/published",schemaPath:"vocabularies.schema.json#/$defs/date_or_month/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.consulted !== undefined){
let data3 = data.consulted;
if(typeof data3 === "string"){
if(!(formats2.validate(data3))){
const err13 = {instancePath:instancePath+"/consulted",schemaPath:"vocabularies.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema41,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/consulted",schemaPath:"vocabularies.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://samenwerkingsatlas.nl/schemas/organisation.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema77.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"vocabularies.schema.json#/$defs/one_line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"vocabularies.schema.json#/$defs/one_line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data0 === "string"){
if(func2(data0) > 160){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 160},message:"must NOT have more than 160 characters",schema:160,parentSchema:schema77.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 2){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema77.properties.name,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.name.type,parentSchema:schema77.properties.name,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.short_name !== undefined){
let data1 = data.short_name;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err8 = {instancePath:instancePath+"/short_name",schemaPath:"vocabularies.schema.json#/$defs/one_line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$",parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/short_name",schemaPath:"vocabularies.schema.json#/$defs/one_line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data1 === "string"){
if(func2(data1) > 40){
const err10 = {instancePath:instancePath+"/short_name",schemaPath:"#/properties/short_name/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema77.properties.short_name,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/short_name",schemaPath:"#/properties/short_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.short_name.type,parentSchema:schema77.properties.short_name,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.former_names !== undefined){
let data2 = data.former_names;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err12 = {instancePath:instancePath+"/former_names/" + i0,schemaPath:"vocabularies.schema.json#/$defs/one_line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]*$",parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/former_names/" + i0,schemaPath:"vocabularies.schema.json#/$defs/one_line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data3 === "string"){
if(func2(data3) > 160){
const err14 = {instancePath:instancePath+"/former_names/" + i0,schemaPath:"#/properties/former_names/items/maxLength",keyword:"maxLength",params:{limit: 160},message:"must NOT have more than 160 characters",schema:160,parentSchema:schema77.properties.former_names.items,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data3) < 2){
const err15 = {instancePath:instancePath+"/former_names/" + i0,schemaPath:"#/properties/former_names/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema77.properties.former_names.items,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/former_names/" + i0,schemaPath:"#/properties/former_names/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.former_names.items.type,parentSchema:schema77.properties.former_names.items,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err17 = {instancePath:instancePath+"/former_names",schemaPath:"#/properties/former_names/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema77.properties.former_names,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err18 = {instancePath:instancePath+"/former_names",schemaPath:"#/properties/former_names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema77.properties.former_names.type,parentSchema:schema77.properties.former_names,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.kind !== undefined){
let data4 = data.kind;
if(typeof data4 !== "string"){
const err19 = {instancePath:instancePath+"/kind",schemaPath:"vocabularies.schema.json#/$defs/organisation_kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((((((((data4 === "vmbo_school") || (data4 === "mbo_institution")) || (data4 === "university_of_applied_sciences")) || (data4 === "university")) || (data4 === "company")) || (data4 === "government")) || (data4 === "branch_organisation")) || (data4 === "knowledge_institute")) || (data4 === "other"))){
const err20 = {instancePath:instancePath+"/kind",schemaPath:"vocabularies.schema.json#/$defs/organisation_kind/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values",schema:schema51.enum,parentSchema:schema51,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.website !== undefined){
let data5 = data.website;
if(typeof data5 === "string"){
if(func2(data5) > 500){
const err21 = {instancePath:instancePath+"/website",schemaPath:"vocabularies.schema.json#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern7.test(data5)){
const err22 = {instancePath:instancePath+"/website",schemaPath:"vocabularies.schema.json#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/$.?#][^\\s]*$"},message:"must match pattern \""+"^https?://[^\\s/$.?#][^\\s]*$"+"\"",schema:"^https?://[^\\s/$.?#][^\\s]*$",parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(formats0(data5))){
const err23 = {instancePath:instancePath+"/website",schemaPath:"vocabularies.schema.json#/$defs/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/website",schemaPath:"vocabularies.schema.json#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.contact_page !== undefined){
let data6 = data.contact_page;
if(typeof data6 === "string"){
if(func2(data6) > 500){
const err25 = {instancePath:instancePath+"/contact_page",schemaPath:"vocabularies.schema.json#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern7.test(data6)){
const err26 = {instancePath:instancePath+"/contact_page",schemaPath:"vocabularies.schema.json#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/$.?#][^\\s]*$"},message:"must match pattern \""+"^https?://[^\\s/$.?#][^\\s]*$"+"\"",schema:"^https?://[^\\s/$.?#][^\\s]*$",parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(formats0(data6))){
const err27 = {instancePath:instancePath+"/contact_page",schemaPath:"vocabularies.schema.json#/$defs/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/contact_page",schemaPath:"vocabularies.schema.json#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.place !== undefined){
let data7 = data.place;
if(typeof data7 === "string"){
if(func2(data7) > 120){
const err29 = {instancePath:instancePath+"/place",schemaPath:"#/properties/place/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema77.properties.place,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func2(data7) < 2){
const err30 = {instancePath:instancePath+"/place",schemaPath:"#/properties/place/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema77.properties.place,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/place",schemaPath:"#/properties/place/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.place.type,parentSchema:schema77.properties.place,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.latitude !== undefined){
let data8 = data.latitude;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 53.7 || isNaN(data8)){
const err32 = {instancePath:instancePath+"/latitude",schemaPath:"#/properties/latitude/maximum",keyword:"maximum",params:{comparison: "<=", limit: 53.7},message:"must be <= 53.7",schema:53.7,parentSchema:schema77.properties.latitude,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data8 < 50.7 || isNaN(data8)){
const err33 = {instancePath:instancePath+"/latitude",schemaPath:"#/properties/latitude/minimum",keyword:"minimum",params:{comparison: ">=", limit: 50.7},message:"must be >= 50.7",schema:50.7,parentSchema:schema77.properties.latitude,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/latitude",schemaPath:"#/properties/latitude/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema77.properties.latitude.type,parentSchema:schema77.properties.latitude,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.longitude !== undefined){
let data9 = data.longitude;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 7.3 || isNaN(data9)){
const err35 = {instancePath:instancePath+"/longitude",schemaPath:"#/properties/longitude/maximum",keyword:"maximum",params:{comparison: "<=", limit: 7.3},message:"must be <= 7.3",schema:7.3,parentSchema:schema77.properties.longitude,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data9 < 3.3 || isNaN(data9)){
const err36 = {instancePath:instancePath+"/longitude",schemaPath:"#/properties/longitude/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3.3},message:"must be >= 3.3",schema:3.3,parentSchema:schema77.properties.longitude,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/longitude",schemaPath:"#/properties/longitude/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema77.properties.longitude.type,parentSchema:schema77.properties.longitude,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.kvk_number !== undefined){
let data10 = data.kvk_number;
if(typeof data10 === "string"){
if(!pattern24.test(data10)){
const err38 = {instancePath:instancePath+"/kvk_number",schemaPath:"#/properties/kvk_number/pattern",keyword:"pattern",params:{pattern: "^[0-9]{8}$"},message:"must match pattern \""+"^[0-9]{8}$"+"\"",schema:"^[0-9]{8}$",parentSchema:schema77.properties.kvk_number,data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/kvk_number",schemaPath:"#/properties/kvk_number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.kvk_number.type,parentSchema:schema77.properties.kvk_number,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.brin_code !== undefined){
let data11 = data.brin_code;
if(typeof data11 === "string"){
if(!pattern25.test(data11)){
const err40 = {instancePath:instancePath+"/brin_code",schemaPath:"#/properties/brin_code/pattern",keyword:"pattern",params:{pattern: "^[0-9]{2}[A-Z]{2}$"},message:"must match pattern \""+"^[0-9]{2}[A-Z]{2}$"+"\"",schema:"^[0-9]{2}[A-Z]{2}$",parentSchema:schema77.properties.brin_code,data:data11};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/brin_code",schemaPath:"#/properties/brin_code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.brin_code.type,parentSchema:schema77.properties.brin_code,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.sources !== undefined){
let data12 = data.sources;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i2=0; i2<len1; i2++){
if(!(validate34(data12[i2], {instancePath:instancePath+"/sources/" + i2,parentData:data12,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err42 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema77.properties.sources.type,parentSchema:schema77.properties.sources,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.last_verified !== undefined){
let data14 = data.last_verified;
if(typeof data14 === "string"){
if(!(formats2.validate(data14))){
const err43 = {instancePath:instancePath+"/last_verified",schemaPath:"vocabularies.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema41,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/last_verified",schemaPath:"vocabularies.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.verified_by !== undefined){
let data15 = data.verified_by;
if(typeof data15 !== "string"){
const err45 = {instancePath:instancePath+"/verified_by",schemaPath:"vocabularies.schema.json#/$defs/verified_by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!(((data15 === "editors") || (data15 === "initiative")) || (data15 === "organisation"))){
const err46 = {instancePath:instancePath+"/verified_by",schemaPath:"vocabularies.schema.json#/$defs/verified_by/enum",keyword:"enum",params:{allowedValues: schema75.enum},message:"must be equal to one of the allowed values",schema:schema75.enum,parentSchema:schema75,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.verified_source !== undefined){
if(!(validate34(data.verified_source, {instancePath:instancePath+"/verified_source",parentData:data,parentDataProperty:"verified_source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.former_ids !== undefined){
let data17 = data.former_ids;
if(Array.isArray(data17)){
const len2 = data17.length;
for(let i3=0; i3<len2; i3++){
let data18 = data17[i3];
if(typeof data18 === "string"){
if(func2(data18) > 80){
const err47 = {instancePath:instancePath+"/former_ids/" + i3,schemaPath:"vocabularies.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema46,data:data18};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(func2(data18) < 2){
const err48 = {instancePath:instancePath+"/former_ids/" + i3,schemaPath:"vocabularies.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema46,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!pattern10.test(data18)){
const err49 = {instancePath:instancePath+"/former_ids/" + i3,schemaPath:"vocabularies.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema46,data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/former_ids/" + i3,schemaPath:"vocabularies.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
let i4 = data17.length;
let j1;
if(i4 > 1){
outer0:
for(;i4--;){
for(j1 = i4; j1--;){
if(func0(data17[i4], data17[j1])){
const err51 = {instancePath:instancePath+"/former_ids",schemaPath:"#/properties/former_ids/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema77.properties.former_ids,data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err52 = {instancePath:instancePath+"/former_ids",schemaPath:"#/properties/former_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema77.properties.former_ids.type,parentSchema:schema77.properties.former_ids,data:data17};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.notes !== undefined){
let data19 = data.notes;
if(typeof data19 === "string"){
if(func2(data19) > 1000){
const err53 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema77.properties.notes,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.notes.type,parentSchema:schema77.properties.notes,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.latitude !== undefined){
if(data.longitude === undefined){
const err55 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "latitude",
    missingProperty: "longitude",
    depsCount: 1,
    deps: "longitude"},message:"must have property longitude when property latitude is present",schema:schema77.dependentRequired,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.longitude !== undefined){
if(data.latitude === undefined){
const err56 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "longitude",
    missingProperty: "latitude",
    depsCount: 1,
    deps: "latitude"},message:"must have property latitude when property longitude is present",schema:schema77.dependentRequired,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validate_3 = validate37;
const schema91 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://samenwerkingsatlas.nl/schemas/site-config.schema.json","title":"Siteconfiguratie","description":"Alles wat een fork van de atlas aanpast: namen, taal, adressen, repository, invoerscherm, kaart, regio-indelingen, woorden en thema. Staat in src/site.config.ts; ATLAS_CONFIG=<bestand.json> legt er een JSON-bestand met dezelfde velden overheen. De build controleert elke waarde met dit schema.","type":"object","additionalProperties":false,"required":["title","tagline","lang","site","base","repository","owner","publisher","coverage","checks","cms","map","theme"],"properties":{"title":{"type":"string","title":"Naam van de site","minLength":1,"pattern":"\\S","description":"Staat in de kop en op het tabblad van de browser.","examples":["Samenwerkingsatlas"]},"tagline":{"type":"string","title":"Ondertitel","minLength":1,"pattern":"\\S","description":"Eén regel onder de naam."},"lang":{"type":"string","title":"Taal","pattern":"^[a-z]{2,3}(-[A-Za-z]{2,4})?$","x-pattern-message":"Een taalcode (BCP 47), bijvoorbeeld 'nl'.","description":"Taal van de pagina's, ook de taal waarin de zoekfunctie woorden herkent."},"site":{"type":"string","title":"Adres van de site","pattern":"^https?://[^/\\s]+/?$","x-pattern-message":"Een adres als https://voorbeeld.nl, zonder pad.","description":"Openbaar adres van de site, zonder het basispad."},"base":{"type":"string","title":"Basispad","pattern":"^/([^/\\s]+/)*$","x-pattern-message":"Begint en eindigt met een /, bijvoorbeeld '/atlas/' (of alleen '/').","description":"Het pad als de site in een submap staat (GitHub Pages-projectsite)."},"repository":{"type":"string","title":"Repository","pattern":"^[\\w.-]+/[\\w.-]+$","x-pattern-message":"'eigenaar/naam' van de repository op GitHub.","description":"Voor het invoerscherm, de formulieren en de bronlinks."},"owner":{"type":"object","title":"Beheerder","description":"Wie de atlas beheert, met het openbare adres van de redactie (nooit dat van een persoon).","additionalProperties":false,"required":["name","email"],"properties":{"name":{"type":"string","title":"Naam van de beheerder","minLength":1,"pattern":"\\S"},"email":{"type":"string","title":"E-mailadres van de redactie","format":"email","description":"Het openbare adres van de redactie: de route om bij te dragen zonder account."}}},"publisher":{"type":"object","title":"Uitgever","description":"De organisatie die de atlas uitgeeft en ervoor instaat (nooit een persoon). Staat in de kop, de voettekst en op /over/.","additionalProperties":false,"required":["name","url"],"properties":{"name":{"type":"string","title":"Naam van de organisatie","minLength":2,"pattern":"\\S","examples":["Stichting Voorbeeld"]},"url":{"type":"string","title":"Website van de organisatie","pattern":"^https?://[^\\s/$.?#][^\\s]*$","x-pattern-message":"Een webadres dat begint met https://, bijvoorbeeld https://www.voorbeeld.nl/.","description":"Waar een lezer leest wie de organisatie is.","examples":["https://www.voorbeeld.nl/"]}}},"coverage":{"type":"object","title":"Gebied en onderwerp van de data","description":"Waar de atlas over gaat, voor de beschrijving van de open data (DCAT, Data Package, schema.org) en de lijst met plaatsen in het invoerscherm. Een fork over een ander land of veld zet hier het zijne.","additionalProperties":false,"required":["name","country","placesCountry","keywords"],"properties":{"name":{"type":"string","title":"Naam van het gebied","minLength":2,"pattern":"\\S","description":"Het gebied dat de data beslaat, in woorden (schema.org spatialCoverage).","examples":["Nederland","Vlaanderen"]},"country":{"type":"string","title":"Land (drie letters)","pattern":"^[A-Z]{3}$","x-pattern-message":"Drie hoofdletters uit ISO 3166-1 alpha-3, bijvoorbeeld NLD of BEL.","description":"Het land van de data als code van de EU-lijst van landen (dct:spatial in de DCAT-catalogus).","examples":["NLD","BEL"]},"placesCountry":{"type":"string","title":"Land van de plaatsenlijst (twee letters)","pattern":"^[A-Z]{2}$","x-pattern-message":"Twee hoofdletters uit ISO 3166-1 alpha-2, bijvoorbeeld NL of BE.","description":"Welke plaatsen van GeoNames het invoerscherm en npm run intake kennen (plaats naar coördinaten).","examples":["NL","BE"]},"keywords":{"type":"array","title":"Trefwoorden","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":2,"pattern":"\\S"},"description":"Trefwoorden van de open data (Data Package, schema.org); het gebied komt er in het Data Package vanzelf bij.","examples":[["beroepsonderwijs","mbo","hbo"]]}}},"checks":{"type":"object","title":"Controles","description":"Wanneer een controle van een initiatief of organisatie als oud geldt.","additionalProperties":false,"required":["maxAgeMonths"],"properties":{"maxAgeMonths":{"type":"integer","title":"Maximale leeftijd van een controle (maanden)","minimum":1,"maximum":120,"description":"Een controle die langer geleden is, staat op de pagina als 'langer dan ... geleden' en in de werklijst van de redactie.","examples":[12]}}},"cms":{"type":"object","title":"Invoerscherm","additionalProperties":false,"required":["branch","localPort"],"properties":{"backend":{"type":"string","title":"Forge","enum":["github","forgejo"],"description":"Waar de repository staat en waar bijdragers inloggen: github (GitHub.com; inloggen via een OAuth-proxy, zie authBaseUrl) of forgejo (Codeberg of een eigen Forgejo; inloggen in de browser met PKCE, zonder proxy; vraagt apiRoot en appId). Leeg: github. Zie README, Het invoerscherm."},"branch":{"type":"string","title":"Branch","minLength":1,"description":"De branch waar pull requests naartoe gaan."},"authBaseUrl":{"type":"string","title":"Inlogdienst","pattern":"^https://\\S+$","x-pattern-message":"Een adres dat met https:// begint.","description":"De OAuth-proxy voor inloggen met GitHub: het ene externe onderdeel dat wie de atlas publiceert zelf regelt (GitHub kent geen inlogstroom alleen in de browser). Leeg: de standaard van Decap (Netlify), die alleen werkt voor sites die daar staan. Zie README, Het invoerscherm."},"apiRoot":{"type":"string","title":"API-adres van de Forgejo","pattern":"^https://\\S+/api/v1$","x-pattern-message":"Het API-adres van de Forgejo, met https:// en eindigend op /api/v1, bijvoorbeeld https://codeberg.org/api/v1.","description":"Alleen bij backend forgejo: het API-adres, bijvoorbeeld https://codeberg.org/api/v1. Het inlogadres leidt Decap daaruit af (zonder /api/v1)."},"appId":{"type":"string","title":"Client-ID van de OAuth2-toepassing","minLength":1,"maxLength":200,"description":"Alleen bij backend forgejo: de Client ID van de OAuth2-toepassing die de beheerder op de Forgejo aanmaakt, met als redirect-URI het adres van /admin/ en zonder client secret (een publieke client, PKCE). Zie README, Het invoerscherm."},"localPort":{"type":"integer","title":"Poort van het lokale invoerscherm","minimum":1024,"maximum":65535,"description":"Poort van npm run cms."},"pdok":{"type":"boolean","title":"Kaart en adreszoeker van PDOK in het invoerscherm","default":false,"description":"Uit tenzij true. Aan: de plaatskiezer van het invoerscherm (alleen daar, niet de publieke site) toont de BRT-Achtergrondkaart van het Kadaster en een zoekveld voor adres of postcode. De browser van wie bijdraagt haalt dan kaarttegels bij service.pdok.nl (PDOK ziet welk stuk kaart wordt bekeken en het IP-adres) en stuurt wat in het zoekveld getypt wordt naar api.pdok.nl (de Locatieserver). De CSP van /admin/ laat die twee adressen dan toe. Bronvermelding: Kadaster / PDOK (CC BY 4.0)."}}},"map":{"type":"object","title":"Kaart","additionalProperties":false,"required":["bounds","aggregateAbove"],"properties":{"bounds":{"type":"object","title":"Begingebied van de kaart","description":"Wat de landelijke kaart eerst toont, in graden (WGS84).","additionalProperties":false,"required":["west","south","east","north"],"properties":{"west":{"type":"number","minimum":-180,"maximum":180},"south":{"type":"number","minimum":-90,"maximum":90},"east":{"type":"number","minimum":-180,"maximum":180},"north":{"type":"number","minimum":-90,"maximum":90}}},"basemap":{"type":"object","title":"Externe achtergrondkaart","description":"Een externe achtergrondkaart onder de eigen lagen van de atlas. Uit tenzij ingevuld: dan halen browsers van lezers tegels bij een derde partij. Voorbeeld (Kadaster/PDOK, CC BY 4.0): tiles ['https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png'], attribution 'Kaartgegevens © Kadaster / PDOK'; de build zet de tegelhost zelf in img-src en connect-src van de CSP van de pagina's (src/lib/security/public-csp.ts).","additionalProperties":false,"required":["tiles","attribution"],"properties":{"tiles":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^https://[^\\s/{}]+/\\S*$","x-pattern-message":"Een tegeladres dat met https:// begint, met {z}, {x} en {y} in het pad; de servernaam zelf zonder {…} (één vaste server: de CSP van de pagina's laat alleen die toe)."}},"attribution":{"type":"string","minLength":1,"title":"Bronvermelding"},"tileSize":{"type":"integer","minimum":64,"maximum":1024},"maxzoom":{"type":"integer","minimum":0,"maximum":24}}},"aggregateAbove":{"type":"integer","title":"Samenvoegen boven","minimum":1,"description":"Boven zoveel punten voegt de statische kaart punten dicht bij elkaar samen."}}},"regionSets":{"type":"array","title":"Regio-indelingen","minItems":1,"uniqueItems":true,"description":"Regio-indelingen (region_set.id in data/regions/*.geojson), in volgorde; de eerste is de hoofdindeling. Weglaten: elke gevonden indeling.","items":{"type":"string","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","x-pattern-message":"Een id in kleine letters met koppeltekens."}},"vocabularyLabels":{"type":"object","title":"Eigen woorden","description":"Woorden die die van het schema vervangen, per vocabulaire en waarde.","additionalProperties":{"type":"object","additionalProperties":{"type":"string","minLength":1}}},"theme":{"type":"string","title":"Thema","pattern":"\\.css$","x-pattern-message":"Een pad naar een CSS-bestand, vanaf de map van het project, bijvoorbeeld src/styles/tokens.css.","description":"Eén CSS-bestand met design tokens; een fork wijst hier haar eigen kopie aan."}}};
const pattern29 = new RegExp("\\S", "u");
const pattern31 = new RegExp("^[a-z]{2,3}(-[A-Za-z]{2,4})?$", "u");
const pattern32 = new RegExp("^https?://[^/\\s]+/?$", "u");
const pattern33 = new RegExp("^/([^/\\s]+/)*$", "u");
const pattern34 = new RegExp("^[\\w.-]+/[\\w.-]+$", "u");
const pattern39 = new RegExp("^[A-Z]{3}$", "u");
const pattern40 = new RegExp("^[A-Z]{2}$", "u");
const pattern42 = new RegExp("^https://\\S+$", "u");
const pattern43 = new RegExp("^https://\\S+/api/v1$", "u");
const pattern44 = new RegExp("^https://[^\\s/{}]+/\\S*$", "u");
const pattern46 = new RegExp("\\.css$", "u");
const formats20 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://samenwerkingsatlas.nl/schemas/site-config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.tagline === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tagline"},message:"must have required property '"+"tagline"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.lang === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lang"},message:"must have required property '"+"lang"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.site === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "site"},message:"must have required property '"+"site"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.base === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.repository === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.owner === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.publisher === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "publisher"},message:"must have required property '"+"publisher"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.coverage === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "coverage"},message:"must have required property '"+"coverage"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.checks === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checks"},message:"must have required property '"+"checks"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.cms === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cms"},message:"must have required property '"+"cms"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.map === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "map"},message:"must have required property '"+"map"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.theme === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "theme"},message:"must have required property '"+"theme"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema91.properties, key0))){
const err13 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema91.properties.title,data:data0};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern29.test(data0)){
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema91.properties.title,data:data0};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.title.type,parentSchema:schema91.properties.title,data:data0};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.tagline !== undefined){
let data1 = data.tagline;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err17 = {instancePath:instancePath+"/tagline",schemaPath:"#/properties/tagline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema91.properties.tagline,data:data1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern29.test(data1)){
const err18 = {instancePath:instancePath+"/tagline",schemaPath:"#/properties/tagline/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema91.properties.tagline,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/tagline",schemaPath:"#/properties/tagline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.tagline.type,parentSchema:schema91.properties.tagline,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.lang !== undefined){
let data2 = data.lang;
if(typeof data2 === "string"){
if(!pattern31.test(data2)){
const err20 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z]{2,4})?$"},message:"must match pattern \""+"^[a-z]{2,3}(-[A-Za-z]{2,4})?$"+"\"",schema:"^[a-z]{2,3}(-[A-Za-z]{2,4})?$",parentSchema:schema91.properties.lang,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.lang.type,parentSchema:schema91.properties.lang,data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.site !== undefined){
let data3 = data.site;
if(typeof data3 === "string"){
if(!pattern32.test(data3)){
const err22 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/pattern",keyword:"pattern",params:{pattern: "^https?://[^/\\s]+/?$"},message:"must match pattern \""+"^https?://[^/\\s]+/?$"+"\"",schema:"^https?://[^/\\s]+/?$",parentSchema:schema91.properties.site,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.site.type,parentSchema:schema91.properties.site,data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.base !== undefined){
let data4 = data.base;
if(typeof data4 === "string"){
if(!pattern33.test(data4)){
const err24 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/pattern",keyword:"pattern",params:{pattern: "^/([^/\\s]+/)*$"},message:"must match pattern \""+"^/([^/\\s]+/)*$"+"\"",schema:"^/([^/\\s]+/)*$",parentSchema:schema91.properties.base,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.base.type,parentSchema:schema91.properties.base,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.repository !== undefined){
let data5 = data.repository;
if(typeof data5 === "string"){
if(!pattern34.test(data5)){
const err26 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[\\w.-]+/[\\w.-]+$"},message:"must match pattern \""+"^[\\w.-]+/[\\w.-]+$"+"\"",schema:"^[\\w.-]+/[\\w.-]+$",parentSchema:schema91.properties.repository,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.repository.type,parentSchema:schema91.properties.repository,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.owner !== undefined){
let data6 = data.owner;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.name === undefined){
const err28 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema91.properties.owner.required,parentSchema:schema91.properties.owner,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data6.email === undefined){
const err29 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema91.properties.owner.required,parentSchema:schema91.properties.owner,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "name") || (key1 === "email"))){
const err30 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.owner,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.name !== undefined){
let data7 = data6.name;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err31 = {instancePath:instancePath+"/owner/name",schemaPath:"#/properties/owner/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema91.properties.owner.properties.name,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern29.test(data7)){
const err32 = {instancePath:instancePath+"/owner/name",schemaPath:"#/properties/owner/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema91.properties.owner.properties.name,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/owner/name",schemaPath:"#/properties/owner/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.owner.properties.name.type,parentSchema:schema91.properties.owner.properties.name,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data6.email !== undefined){
let data8 = data6.email;
if(typeof data8 === "string"){
if(!(formats20.test(data8))){
const err34 = {instancePath:instancePath+"/owner/email",schemaPath:"#/properties/owner/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema91.properties.owner.properties.email,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/owner/email",schemaPath:"#/properties/owner/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.owner.properties.email.type,parentSchema:schema91.properties.owner.properties.email,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.owner.type,parentSchema:schema91.properties.owner,data:data6};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.publisher !== undefined){
let data9 = data.publisher;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.name === undefined){
const err37 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema91.properties.publisher.required,parentSchema:schema91.properties.publisher,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data9.url === undefined){
const err38 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema91.properties.publisher.required,parentSchema:schema91.properties.publisher,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key2 in data9){
if(!((key2 === "name") || (key2 === "url"))){
const err39 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.publisher,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data9.name !== undefined){
let data10 = data9.name;
if(typeof data10 === "string"){
if(func2(data10) < 2){
const err40 = {instancePath:instancePath+"/publisher/name",schemaPath:"#/properties/publisher/properties/name/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema91.properties.publisher.properties.name,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!pattern29.test(data10)){
const err41 = {instancePath:instancePath+"/publisher/name",schemaPath:"#/properties/publisher/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema91.properties.publisher.properties.name,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/publisher/name",schemaPath:"#/properties/publisher/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.publisher.properties.name.type,parentSchema:schema91.properties.publisher.properties.name,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data9.url !== undefined){
let data11 = data9.url;
if(typeof data11 === "string"){
if(!pattern7.test(data11)){
const err43 = {instancePath:instancePath+"/publisher/url",schemaPath:"#/properties/publisher/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/$.?#][^\\s]*$"},message:"must match pattern \""+"^https?://[^\\s/$.?#][^\\s]*$"+"\"",schema:"^https?://[^\\s/$.?#][^\\s]*$",parentSchema:schema91.properties.publisher.properties.url,data:data11};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/publisher/url",schemaPath:"#/properties/publisher/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.publisher.properties.url.type,parentSchema:schema91.properties.publisher.properties.url,data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.publisher.type,parentSchema:schema91.properties.publisher,data:data9};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.coverage !== undefined){
let data12 = data.coverage;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.name === undefined){
const err46 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema91.properties.coverage.required,parentSchema:schema91.properties.coverage,data:data12};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data12.country === undefined){
const err47 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'",schema:schema91.properties.coverage.required,parentSchema:schema91.properties.coverage,data:data12};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data12.placesCountry === undefined){
const err48 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/required",keyword:"required",params:{missingProperty: "placesCountry"},message:"must have required property '"+"placesCountry"+"'",schema:schema91.properties.coverage.required,parentSchema:schema91.properties.coverage,data:data12};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data12.keywords === undefined){
const err49 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/required",keyword:"required",params:{missingProperty: "keywords"},message:"must have required property '"+"keywords"+"'",schema:schema91.properties.coverage.required,parentSchema:schema91.properties.coverage,data:data12};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key3 in data12){
if(!((((key3 === "name") || (key3 === "country")) || (key3 === "placesCountry")) || (key3 === "keywords"))){
const err50 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.coverage,data:data12};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data12.name !== undefined){
let data13 = data12.name;
if(typeof data13 === "string"){
if(func2(data13) < 2){
const err51 = {instancePath:instancePath+"/coverage/name",schemaPath:"#/properties/coverage/properties/name/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema91.properties.coverage.properties.name,data:data13};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!pattern29.test(data13)){
const err52 = {instancePath:instancePath+"/coverage/name",schemaPath:"#/properties/coverage/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema91.properties.coverage.properties.name,data:data13};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/coverage/name",schemaPath:"#/properties/coverage/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.coverage.properties.name.type,parentSchema:schema91.properties.coverage.properties.name,data:data13};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data12.country !== undefined){
let data14 = data12.country;
if(typeof data14 === "string"){
if(!pattern39.test(data14)){
const err54 = {instancePath:instancePath+"/coverage/country",schemaPath:"#/properties/coverage/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema91.properties.coverage.properties.country,data:data14};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/coverage/country",schemaPath:"#/properties/coverage/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.coverage.properties.country.type,parentSchema:schema91.properties.coverage.properties.country,data:data14};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data12.placesCountry !== undefined){
let data15 = data12.placesCountry;
if(typeof data15 === "string"){
if(!pattern40.test(data15)){
const err56 = {instancePath:instancePath+"/coverage/placesCountry",schemaPath:"#/properties/coverage/properties/placesCountry/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema91.properties.coverage.properties.placesCountry,data:data15};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/coverage/placesCountry",schemaPath:"#/properties/coverage/properties/placesCountry/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.coverage.properties.placesCountry.type,parentSchema:schema91.properties.coverage.properties.placesCountry,data:data15};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data12.keywords !== undefined){
let data16 = data12.keywords;
if(Array.isArray(data16)){
if(data16.length < 1){
const err58 = {instancePath:instancePath+"/coverage/keywords",schemaPath:"#/properties/coverage/properties/keywords/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema91.properties.coverage.properties.keywords,data:data16};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
if(typeof data17 === "string"){
if(func2(data17) < 2){
const err59 = {instancePath:instancePath+"/coverage/keywords/" + i0,schemaPath:"#/properties/coverage/properties/keywords/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema91.properties.coverage.properties.keywords.items,data:data17};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!pattern29.test(data17)){
const err60 = {instancePath:instancePath+"/coverage/keywords/" + i0,schemaPath:"#/properties/coverage/properties/keywords/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema91.properties.coverage.properties.keywords.items,data:data17};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/coverage/keywords/" + i0,schemaPath:"#/properties/coverage/properties/keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.coverage.properties.keywords.items.type,parentSchema:schema91.properties.coverage.properties.keywords.items,data:data17};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
let i1 = data16.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data16[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err62 = {instancePath:instancePath+"/coverage/keywords",schemaPath:"#/properties/coverage/properties/keywords/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema91.properties.coverage.properties.keywords,data:data16};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err63 = {instancePath:instancePath+"/coverage/keywords",schemaPath:"#/properties/coverage/properties/keywords/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.coverage.properties.keywords.type,parentSchema:schema91.properties.coverage.properties.keywords,data:data16};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.coverage.type,parentSchema:schema91.properties.coverage,data:data12};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.checks !== undefined){
let data18 = data.checks;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.maxAgeMonths === undefined){
const err65 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/required",keyword:"required",params:{missingProperty: "maxAgeMonths"},message:"must have required property '"+"maxAgeMonths"+"'",schema:schema91.properties.checks.required,parentSchema:schema91.properties.checks,data:data18};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key4 in data18){
if(!(key4 === "maxAgeMonths")){
const err66 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.checks,data:data18};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data18.maxAgeMonths !== undefined){
let data19 = data18.maxAgeMonths;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err67 = {instancePath:instancePath+"/checks/maxAgeMonths",schemaPath:"#/properties/checks/properties/maxAgeMonths/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema91.properties.checks.properties.maxAgeMonths.type,parentSchema:schema91.properties.checks.properties.maxAgeMonths,data:data19};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 120 || isNaN(data19)){
const err68 = {instancePath:instancePath+"/checks/maxAgeMonths",schemaPath:"#/properties/checks/properties/maxAgeMonths/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120},message:"must be <= 120",schema:120,parentSchema:schema91.properties.checks.properties.maxAgeMonths,data:data19};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data19 < 1 || isNaN(data19)){
const err69 = {instancePath:instancePath+"/checks/maxAgeMonths",schemaPath:"#/properties/checks/properties/maxAgeMonths/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema91.properties.checks.properties.maxAgeMonths,data:data19};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
}
else {
const err70 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.checks.type,parentSchema:schema91.properties.checks,data:data18};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.cms !== undefined){
let data20 = data.cms;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.branch === undefined){
const err71 = {instancePath:instancePath+"/cms",schemaPath:"#/properties/cms/required",keyword:"required",params:{missingProperty: "branch"},message:"must have required property '"+"branch"+"'",schema:schema91.properties.cms.required,parentSchema:schema91.properties.cms,data:data20};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data20.localPort === undefined){
const err72 = {instancePath:instancePath+"/cms",schemaPath:"#/properties/cms/required",keyword:"required",params:{missingProperty: "localPort"},message:"must have required property '"+"localPort"+"'",schema:schema91.properties.cms.required,parentSchema:schema91.properties.cms,data:data20};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key5 in data20){
if(!(((((((key5 === "backend") || (key5 === "branch")) || (key5 === "authBaseUrl")) || (key5 === "apiRoot")) || (key5 === "appId")) || (key5 === "localPort")) || (key5 === "pdok"))){
const err73 = {instancePath:instancePath+"/cms",schemaPath:"#/properties/cms/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.cms,data:data20};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data20.backend !== undefined){
let data21 = data20.backend;
if(typeof data21 !== "string"){
const err74 = {instancePath:instancePath+"/cms/backend",schemaPath:"#/properties/cms/properties/backend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.cms.properties.backend.type,parentSchema:schema91.properties.cms.properties.backend,data:data21};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(!((data21 === "github") || (data21 === "forgejo"))){
const err75 = {instancePath:instancePath+"/cms/backend",schemaPath:"#/properties/cms/properties/backend/enum",keyword:"enum",params:{allowedValues: schema91.properties.cms.properties.backend.enum},message:"must be equal to one of the allowed values",schema:schema91.properties.cms.properties.backend.enum,parentSchema:schema91.properties.cms.properties.backend,data:data21};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data20.branch !== undefined){
let data22 = data20.branch;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err76 = {instancePath:instancePath+"/cms/branch",schemaPath:"#/properties/cms/properties/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema91.properties.cms.properties.branch,data:data22};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/cms/branch",schemaPath:"#/properties/cms/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.cms.properties.branch.type,parentSchema:schema91.properties.cms.properties.branch,data:data22};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data20.authBaseUrl !== undefined){
let data23 = data20.authBaseUrl;
if(typeof data23 === "string"){
if(!pattern42.test(data23)){
const err78 = {instancePath:instancePath+"/cms/authBaseUrl",schemaPath:"#/properties/cms/properties/authBaseUrl/pattern",keyword:"pattern",params:{pattern: "^https://\\S+$"},message:"must match pattern \""+"^https://\\S+$"+"\"",schema:"^https://\\S+$",parentSchema:schema91.properties.cms.properties.authBaseUrl,data:data23};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/cms/authBaseUrl",schemaPath:"#/properties/cms/properties/authBaseUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.cms.properties.authBaseUrl.type,parentSchema:schema91.properties.cms.properties.authBaseUrl,data:data23};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data20.apiRoot !== undefined){
let data24 = data20.apiRoot;
if(typeof data24 === "string"){
if(!pattern43.test(data24)){
const err80 = {instancePath:instancePath+"/cms/apiRoot",schemaPath:"#/properties/cms/properties/apiRoot/pattern",keyword:"pattern",params:{pattern: "^https://\\S+/api/v1$"},message:"must match pattern \""+"^https://\\S+/api/v1$"+"\"",schema:"^https://\\S+/api/v1$",parentSchema:schema91.properties.cms.properties.apiRoot,data:data24};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/cms/apiRoot",schemaPath:"#/properties/cms/properties/apiRoot/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.cms.properties.apiRoot.type,parentSchema:schema91.properties.cms.properties.apiRoot,data:data24};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data20.appId !== undefined){
let data25 = data20.appId;
if(typeof data25 === "string"){
if(func2(data25) > 200){
const err82 = {instancePath:instancePath+"/cms/appId",schemaPath:"#/properties/cms/properties/appId/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema91.properties.cms.properties.appId,data:data25};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(func2(data25) < 1){
const err83 = {instancePath:instancePath+"/cms/appId",schemaPath:"#/properties/cms/properties/appId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema91.properties.cms.properties.appId,data:data25};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/cms/appId",schemaPath:"#/properties/cms/properties/appId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.cms.properties.appId.type,parentSchema:schema91.properties.cms.properties.appId,data:data25};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data20.localPort !== undefined){
let data26 = data20.localPort;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err85 = {instancePath:instancePath+"/cms/localPort",schemaPath:"#/properties/cms/properties/localPort/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema91.properties.cms.properties.localPort.type,parentSchema:schema91.properties.cms.properties.localPort,data:data26};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 65535 || isNaN(data26)){
const err86 = {instancePath:instancePath+"/cms/localPort",schemaPath:"#/properties/cms/properties/localPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema91.properties.cms.properties.localPort,data:data26};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data26 < 1024 || isNaN(data26)){
const err87 = {instancePath:instancePath+"/cms/localPort",schemaPath:"#/properties/cms/properties/localPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024",schema:1024,parentSchema:schema91.properties.cms.properties.localPort,data:data26};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
if(data20.pdok !== undefined){
let data27 = data20.pdok;
if(typeof data27 !== "boolean"){
const err88 = {instancePath:instancePath+"/cms/pdok",schemaPath:"#/properties/cms/properties/pdok/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema91.properties.cms.properties.pdok.type,parentSchema:schema91.properties.cms.properties.pdok,data:data27};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/cms",schemaPath:"#/properties/cms/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.cms.type,parentSchema:schema91.properties.cms,data:data20};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.map !== undefined){
let data28 = data.map;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.bounds === undefined){
const err90 = {instancePath:instancePath+"/map",schemaPath:"#/properties/map/required",keyword:"required",params:{missingProperty: "bounds"},message:"must have required property '"+"bounds"+"'",schema:schema91.properties.map.required,parentSchema:schema91.properties.map,data:data28};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data28.aggregateAbove === undefined){
const err91 = {instancePath:instancePath+"/map",schemaPath:"#/properties/map/required",keyword:"required",params:{missingProperty: "aggregateAbove"},message:"must have required property '"+"aggregateAbove"+"'",schema:schema91.properties.map.required,parentSchema:schema91.properties.map,data:data28};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
for(const key6 in data28){
if(!(((key6 === "bounds") || (key6 === "basemap")) || (key6 === "aggregateAbove"))){
const err92 = {instancePath:instancePath+"/map",schemaPath:"#/properties/map/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.map,data:data28};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data28.bounds !== undefined){
let data29 = data28.bounds;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.west === undefined){
const err93 = {instancePath:instancePath+"/map/bounds",schemaPath:"#/properties/map/properties/bounds/required",keyword:"required",params:{missingProperty: "west"},message:"must have required property '"+"west"+"'",schema:schema91.properties.map.properties.bounds.required,parentSchema:schema91.properties.map.properties.bounds,data:data29};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data29.south === undefined){
const err94 = {instancePath:instancePath+"/map/bounds",schemaPath:"#/properties/map/properties/bounds/required",keyword:"required",params:{missingProperty: "south"},message:"must have required property '"+"south"+"'",schema:schema91.properties.map.properties.bounds.required,parentSchema:schema91.properties.map.properties.bounds,data:data29};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data29.east === undefined){
const err95 = {instancePath:instancePath+"/map/bounds",schemaPath:"#/properties/map/properties/bounds/required",keyword:"required",params:{missingProperty: "east"},message:"must have required property '"+"east"+"'",schema:schema91.properties.map.properties.bounds.required,parentSchema:schema91.properties.map.properties.bounds,data:data29};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data29.north === undefined){
const err96 = {instancePath:instancePath+"/map/bounds",schemaPath:"#/properties/map/properties/bounds/required",keyword:"required",params:{missingProperty: "north"},message:"must have required property '"+"north"+"'",schema:schema91.properties.map.properties.bounds.required,parentSchema:schema91.properties.map.properties.bounds,data:data29};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
for(const key7 in data29){
if(!((((key7 === "west") || (key7 === "south")) || (key7 === "east")) || (key7 === "north"))){
const err97 = {instancePath:instancePath+"/map/bounds",schemaPath:"#/properties/map/properties/bounds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.map.properties.bounds,data:data29};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data29.west !== undefined){
let data30 = data29.west;
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 180 || isNaN(data30)){
const err98 = {instancePath:instancePath+"/map/bounds/west",schemaPath:"#/properties/map/properties/bounds/properties/west/maximum",keyword:"maximum",params:{comparison: "<=", limit: 180},message:"must be <= 180",schema:180,parentSchema:schema91.properties.map.properties.bounds.properties.west,data:data30};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data30 < -180 || isNaN(data30)){
const err99 = {instancePath:instancePath+"/map/bounds/west",schemaPath:"#/properties/map/properties/bounds/properties/west/minimum",keyword:"minimum",params:{comparison: ">=", limit: -180},message:"must be >= -180",schema:-180,parentSchema:schema91.properties.map.properties.bounds.properties.west,data:data30};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/map/bounds/west",schemaPath:"#/properties/map/properties/bounds/properties/west/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema91.properties.map.properties.bounds.properties.west.type,parentSchema:schema91.properties.map.properties.bounds.properties.west,data:data30};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data29.south !== undefined){
let data31 = data29.south;
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 90 || isNaN(data31)){
const err101 = {instancePath:instancePath+"/map/bounds/south",schemaPath:"#/properties/map/properties/bounds/properties/south/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90",schema:90,parentSchema:schema91.properties.map.properties.bounds.properties.south,data:data31};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data31 < -90 || isNaN(data31)){
const err102 = {instancePath:instancePath+"/map/bounds/south",schemaPath:"#/properties/map/properties/bounds/properties/south/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90",schema:-90,parentSchema:schema91.properties.map.properties.bounds.properties.south,data:data31};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/map/bounds/south",schemaPath:"#/properties/map/properties/bounds/properties/south/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema91.properties.map.properties.bounds.properties.south.type,parentSchema:schema91.properties.map.properties.bounds.properties.south,data:data31};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data29.east !== undefined){
let data32 = data29.east;
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 180 || isNaN(data32)){
const err104 = {instancePath:instancePath+"/map/bounds/east",schemaPath:"#/properties/map/properties/bounds/properties/east/maximum",keyword:"maximum",params:{comparison: "<=", limit: 180},message:"must be <= 180",schema:180,parentSchema:schema91.properties.map.properties.bounds.properties.east,data:data32};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data32 < -180 || isNaN(data32)){
const err105 = {instancePath:instancePath+"/map/bounds/east",schemaPath:"#/properties/map/properties/bounds/properties/east/minimum",keyword:"minimum",params:{comparison: ">=", limit: -180},message:"must be >= -180",schema:-180,parentSchema:schema91.properties.map.properties.bounds.properties.east,data:data32};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/map/bounds/east",schemaPath:"#/properties/map/properties/bounds/properties/east/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema91.properties.map.properties.bounds.properties.east.type,parentSchema:schema91.properties.map.properties.bounds.properties.east,data:data32};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data29.north !== undefined){
let data33 = data29.north;
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 90 || isNaN(data33)){
const err107 = {instancePath:instancePath+"/map/bounds/north",schemaPath:"#/properties/map/properties/bounds/properties/north/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90",schema:90,parentSchema:schema91.properties.map.properties.bounds.properties.north,data:data33};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data33 < -90 || isNaN(data33)){
const err108 = {instancePath:instancePath+"/map/bounds/north",schemaPath:"#/properties/map/properties/bounds/properties/north/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90",schema:-90,parentSchema:schema91.properties.map.properties.bounds.properties.north,data:data33};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/map/bounds/north",schemaPath:"#/properties/map/properties/bounds/properties/north/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema91.properties.map.properties.bounds.properties.north.type,parentSchema:schema91.properties.map.properties.bounds.properties.north,data:data33};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/map/bounds",schemaPath:"#/properties/map/properties/bounds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.map.properties.bounds.type,parentSchema:schema91.properties.map.properties.bounds,data:data29};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data28.basemap !== undefined){
let data34 = data28.basemap;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.tiles === undefined){
const err111 = {instancePath:instancePath+"/map/basemap",schemaPath:"#/properties/map/properties/basemap/required",keyword:"required",params:{missingProperty: "tiles"},message:"must have required property '"+"tiles"+"'",schema:schema91.properties.map.properties.basemap.required,parentSchema:schema91.properties.map.properties.basemap,data:data34};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data34.attribution === undefined){
const err112 = {instancePath:instancePath+"/map/basemap",schemaPath:"#/properties/map/properties/basemap/required",keyword:"required",params:{missingProperty: "attribution"},message:"must have required property '"+"attribution"+"'",schema:schema91.properties.map.properties.basemap.required,parentSchema:schema91.properties.map.properties.basemap,data:data34};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
for(const key8 in data34){
if(!((((key8 === "tiles") || (key8 === "attribution")) || (key8 === "tileSize")) || (key8 === "maxzoom"))){
const err113 = {instancePath:instancePath+"/map/basemap",schemaPath:"#/properties/map/properties/basemap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.map.properties.basemap,data:data34};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data34.tiles !== undefined){
let data35 = data34.tiles;
if(Array.isArray(data35)){
if(data35.length < 1){
const err114 = {instancePath:instancePath+"/map/basemap/tiles",schemaPath:"#/properties/map/properties/basemap/properties/tiles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema91.properties.map.properties.basemap.properties.tiles,data:data35};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
const len1 = data35.length;
for(let i2=0; i2<len1; i2++){
let data36 = data35[i2];
if(typeof data36 === "string"){
if(!pattern44.test(data36)){
const err115 = {instancePath:instancePath+"/map/basemap/tiles/" + i2,schemaPath:"#/properties/map/properties/basemap/properties/tiles/items/pattern",keyword:"pattern",params:{pattern: "^https://[^\\s/{}]+/\\S*$"},message:"must match pattern \""+"^https://[^\\s/{}]+/\\S*$"+"\"",schema:"^https://[^\\s/{}]+/\\S*$",parentSchema:schema91.properties.map.properties.basemap.properties.tiles.items,data:data36};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/map/basemap/tiles/" + i2,schemaPath:"#/properties/map/properties/basemap/properties/tiles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.map.properties.basemap.properties.tiles.items.type,parentSchema:schema91.properties.map.properties.basemap.properties.tiles.items,data:data36};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/map/basemap/tiles",schemaPath:"#/properties/map/properties/basemap/properties/tiles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.map.properties.basemap.properties.tiles.type,parentSchema:schema91.properties.map.properties.basemap.properties.tiles,data:data35};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data34.attribution !== undefined){
let data37 = data34.attribution;
if(typeof data37 === "string"){
if(func2(data37) < 1){
const err118 = {instancePath:instancePath+"/map/basemap/attribution",schemaPath:"#/properties/map/properties/basemap/properties/attribution/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema91.properties.map.properties.basemap.properties.attribution,data:data37};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/map/basemap/attribution",schemaPath:"#/properties/map/properties/basemap/properties/attribution/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.map.properties.basemap.properties.attribution.type,parentSchema:schema91.properties.map.properties.basemap.properties.attribution,data:data37};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data34.tileSize !== undefined){
let data38 = data34.tileSize;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err120 = {instancePath:instancePath+"/map/basemap/tileSize",schemaPath:"#/properties/map/properties/basemap/properties/tileSize/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema91.properties.map.properties.basemap.properties.tileSize.type,parentSchema:schema91.properties.map.properties.basemap.properties.tileSize,data:data38};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 > 1024 || isNaN(data38)){
const err121 = {instancePath:instancePath+"/map/basemap/tileSize",schemaPath:"#/properties/map/properties/basemap/properties/tileSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1024},message:"must be <= 1024",schema:1024,parentSchema:schema91.properties.map.properties.basemap.properties.tileSize,data:data38};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(data38 < 64 || isNaN(data38)){
const err122 = {instancePath:instancePath+"/map/basemap/tileSize",schemaPath:"#/properties/map/properties/basemap/properties/tileSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 64},message:"must be >= 64",schema:64,parentSchema:schema91.properties.map.properties.basemap.properties.tileSize,data:data38};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
if(data34.maxzoom !== undefined){
let data39 = data34.maxzoom;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err123 = {instancePath:instancePath+"/map/basemap/maxzoom",schemaPath:"#/properties/map/properties/basemap/properties/maxzoom/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema91.properties.map.properties.basemap.properties.maxzoom.type,parentSchema:schema91.properties.map.properties.basemap.properties.maxzoom,data:data39};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 > 24 || isNaN(data39)){
const err124 = {instancePath:instancePath+"/map/basemap/maxzoom",schemaPath:"#/properties/map/properties/basemap/properties/maxzoom/maximum",keyword:"maximum",params:{comparison: "<=", limit: 24},message:"must be <= 24",schema:24,parentSchema:schema91.properties.map.properties.basemap.properties.maxzoom,data:data39};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data39 < 0 || isNaN(data39)){
const err125 = {instancePath:instancePath+"/map/basemap/maxzoom",schemaPath:"#/properties/map/properties/basemap/properties/maxzoom/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema91.properties.map.properties.basemap.properties.maxzoom,data:data39};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
}
else {
const err126 = {instancePath:instancePath+"/map/basemap",schemaPath:"#/properties/map/properties/basemap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.map.properties.basemap.type,parentSchema:schema91.properties.map.properties.basemap,data:data34};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data28.aggregateAbove !== undefined){
let data40 = data28.aggregateAbove;
if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){
const err127 = {instancePath:instancePath+"/map/aggregateAbove",schemaPath:"#/properties/map/properties/aggregateAbove/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema91.properties.map.properties.aggregateAbove.type,parentSchema:schema91.properties.map.properties.aggregateAbove,data:data40};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 < 1 || isNaN(data40)){
const err128 = {instancePath:instancePath+"/map/aggregateAbove",schemaPath:"#/properties/map/properties/aggregateAbove/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema91.properties.map.properties.aggregateAbove,data:data40};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
}
else {
const err129 = {instancePath:instancePath+"/map",schemaPath:"#/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.map.type,parentSchema:schema91.properties.map,data:data28};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data.regionSets !== undefined){
let data41 = data.regionSets;
if(Array.isArray(data41)){
if(data41.length < 1){
const err130 = {instancePath:instancePath+"/regionSets",schemaPath:"#/properties/regionSets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema91.properties.regionSets,data:data41};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
const len2 = data41.length;
for(let i3=0; i3<len2; i3++){
let data42 = data41[i3];
if(typeof data42 === "string"){
if(!pattern10.test(data42)){
const err131 = {instancePath:instancePath+"/regionSets/" + i3,schemaPath:"#/properties/regionSets/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema91.properties.regionSets.items,data:data42};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/regionSets/" + i3,schemaPath:"#/properties/regionSets/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.regionSets.items.type,parentSchema:schema91.properties.regionSets.items,data:data42};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
let i4 = data41.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data41[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err133 = {instancePath:instancePath+"/regionSets",schemaPath:"#/properties/regionSets/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema91.properties.regionSets,data:data41};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err134 = {instancePath:instancePath+"/regionSets",schemaPath:"#/properties/regionSets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.regionSets.type,parentSchema:schema91.properties.regionSets,data:data41};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data.vocabularyLabels !== undefined){
let data43 = data.vocabularyLabels;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
for(const key9 in data43){
let data44 = data43[key9];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const key10 in data44){
let data45 = data44[key10];
if(typeof data45 === "string"){
if(func2(data45) < 1){
const err135 = {instancePath:instancePath+"/vocabularyLabels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vocabularyLabels/additionalProperties/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema91.properties.vocabularyLabels.additionalProperties.additionalProperties,data:data45};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/vocabularyLabels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vocabularyLabels/additionalProperties/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.vocabularyLabels.additionalProperties.additionalProperties.type,parentSchema:schema91.properties.vocabularyLabels.additionalProperties.additionalProperties,data:data45};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath:instancePath+"/vocabularyLabels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/vocabularyLabels/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.vocabularyLabels.additionalProperties.type,parentSchema:schema91.properties.vocabularyLabels.additionalProperties,data:data44};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/vocabularyLabels",schemaPath:"#/properties/vocabularyLabels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.vocabularyLabels.type,parentSchema:schema91.properties.vocabularyLabels,data:data43};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data.theme !== undefined){
let data46 = data.theme;
if(typeof data46 === "string"){
if(!pattern46.test(data46)){
const err139 = {instancePath:instancePath+"/theme",schemaPath:"#/properties/theme/pattern",keyword:"pattern",params:{pattern: "\\.css$"},message:"must match pattern \""+"\\.css$"+"\"",schema:"\\.css$",parentSchema:schema91.properties.theme,data:data46};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/theme",schemaPath:"#/properties/theme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.theme.type,parentSchema:schema91.properties.theme,data:data46};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.type,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validate_4 = validate38;
const schema92 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://samenwerkingsatlas.nl/schemas/region-set.schema.json","title":"Regio-indeling","description":"Een GeoJSON-bestand in data/regions/. Met een region_set-lid is het een regio-indeling (provincies, arbeidsmarktregio's, ...): elk gebied heeft dan properties.id en properties.name. Zonder is het een achtergrond die de kaart alleen tekent. Alleen (Multi)Polygonen met gesloten ringen.","type":"object","required":["type","features"],"properties":{"type":{"const":"FeatureCollection","title":"GeoJSON-type"},"region_set":{"type":"object","title":"Regio-indeling","description":"Bijvoorbeeld {\"id\": \"provincie\", \"name\": \"Provincie\", \"name_plural\": \"Provincies\"}.","required":["id","name","name_plural"],"properties":{"id":{"type":"string","title":"Id van de indeling","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","x-pattern-message":"Kleine letters, cijfers en koppeltekens, bijvoorbeeld \"arbeidsmarktregio\"."},"name":{"type":"string","title":"Naam (enkelvoud)","minLength":1},"name_plural":{"type":"string","title":"Naam (meervoud)","minLength":1},"primary":{"type":"boolean","title":"Hoofdindeling","description":"true bij de indeling die de atlas eerst gebruikt (kaartfilters, regiopagina's, witte vlekken) als src/site.config.ts geen regionSets noemt; hooguit één bestand. Zo hangt de hoofdindeling niet af van de namen van de bestanden: een nieuwe indeling (npm run add:regions) komt erachter."}}},"features":{"type":"array","title":"Gebieden","items":{"$ref":"#/$defs/feature"}}},"if":{"required":["region_set"]},"then":{"properties":{"features":{"items":{"properties":{"properties":{"type":"object","required":["id","name"],"properties":{"id":{"type":"string","title":"Id van het gebied","pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$","x-pattern-message":"Kleine letters, cijfers en koppeltekens: het wordt het adres van de regiopagina."},"name":{"type":"string","title":"Naam van het gebied","minLength":1},"code":{"type":"string","title":"Code"}}}},"required":["properties"],"type":"object"},"type":"array"}},"type":"object"},"$defs":{"feature":{"type":"object","title":"Gebied","description":"Een GeoJSON Feature met \"type\": \"Feature\", properties en een geometry.","required":["type","geometry"],"properties":{"type":{"const":"Feature","title":"GeoJSON-type"},"geometry":{"$ref":"#/$defs/geometry"}}},"geometry":{"type":"object","title":"Geometrie","description":"Een Polygon of MultiPolygon. Exporteer de grenzen zo nodig opnieuw als geldige GeoJSON (bijvoorbeeld met mapshaper of QGIS).","required":["type","coordinates"],"properties":{"type":{"enum":["Polygon","MultiPolygon"],"title":"Soort geometrie"}},"allOf":[{"if":{"properties":{"type":{"const":"Polygon"}},"type":"object"},"then":{"properties":{"coordinates":{"$ref":"#/$defs/polygon"}},"type":"object"}},{"if":{"properties":{"type":{"const":"MultiPolygon"}},"type":"object"},"then":{"properties":{"coordinates":{"type":"array","title":"Polygonen","minItems":1,"items":{"$ref":"#/$defs/polygon"}}},"type":"object"}}]},"polygon":{"type":"array","title":"Ringen","description":"Een lijst van ringen: de buitengrens, dan eventuele gaten.","minItems":1,"items":{"$ref":"#/$defs/ring"}},"ring":{"type":"array","title":"Ring","description":"Minstens 4 punten, het eerste herhaald als laatste.","minItems":4,"items":{"$ref":"#/$defs/position"}},"position":{"type":"array","title":"Punt","description":"Een punt is [lengtegraad, breedtegraad] in graden (WGS84).","minItems":2,"maxItems":3,"prefixItems":[{"type":"number","title":"Lengtegraad","minimum":-180,"maximum":180},{"type":"number","title":"Breedtegraad","minimum":-90,"maximum":90}],"items":{"type":"number"}}}};
const schema93 = {"type":"object","title":"Gebied","description":"Een GeoJSON Feature met \"type\": \"Feature\", properties en een geometry.","required":["type","geometry"],"properties":{"type":{"const":"Feature","title":"GeoJSON-type"},"geometry":{"$ref":"#/$defs/geometry"}}};
const schema94 = {"type":"object","title":"Geometrie","description":"Een Polygon of MultiPolygon. Exporteer de grenzen zo nodig opnieuw als geldige GeoJSON (bijvoorbeeld met mapshaper of QGIS).","required":["type","coordinates"],"properties":{"type":{"enum":["Polygon","MultiPolygon"],"title":"Soort geometrie"}},"allOf":[{"if":{"properties":{"type":{"const":"Polygon"}},"type":"object"},"then":{"properties":{"coordinates":{"$ref":"#/$defs/polygon"}},"type":"object"}},{"if":{"properties":{"type":{"const":"MultiPolygon"}},"type":"object"},"then":{"properties":{"coordinates":{"type":"array","title":"Polygonen","minItems":1,"items":{"$ref":"#/$defs/polygon"}}},"type":"object"}}]};
const schema95 = {"type":"array","title":"Ringen","description":"Een lijst van ringen: de buitengrens, dan eventuele gaten.","minItems":1,"items":{"$ref":"#/$defs/ring"}};
const schema96 = {"type":"array","title":"Ring","description":"Minstens 4 punten, het eerste herhaald als laatste.","minItems":4,"items":{"$ref":"#/$defs/position"}};
const schema97 = {"type":"array","title":"Punt","description":"Een punt is [lengtegraad, breedtegraad] in graden (WGS84).","minItems":2,"maxItems":3,"prefixItems":[{"type":"number","title":"Lengtegraad","minimum":-180,"maximum":180},{"type":"number","title":"Breedtegraad","minimum":-90,"maximum":90}],"items":{"type":"number"}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 4){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 4},message:"must NOT have fewer than 4 items",schema:4,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(Array.isArray(data0)){
if(data0.length > 3){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/position/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema97,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.length < 2){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/position/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema97,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len1 = data0.length;
if(len1 > 0){
let data1 = data0[0];
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 180 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/" + i0+"/0",schemaPath:"#/$defs/position/prefixItems/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 180},message:"must be <= 180",schema:180,parentSchema:schema97.prefixItems[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 < -180 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/" + i0+"/0",schemaPath:"#/$defs/position/prefixItems/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -180},message:"must be >= -180",schema:-180,parentSchema:schema97.prefixItems[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/" + i0+"/0",schemaPath:"#/$defs/position/prefixItems/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema97.prefixItems[0].type,parentSchema:schema97.prefixItems[0],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(len1 > 1){
let data2 = data0[1];
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 90 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/" + i0+"/1",schemaPath:"#/$defs/position/prefixItems/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90",schema:90,parentSchema:schema97.prefixItems[1],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2 < -90 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/" + i0+"/1",schemaPath:"#/$defs/position/prefixItems/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: -90},message:"must be >= -90",schema:-90,parentSchema:schema97.prefixItems[1],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/" + i0+"/1",schemaPath:"#/$defs/position/prefixItems/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema97.prefixItems[1].type,parentSchema:schema97.prefixItems[1],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
const len2 = data0.length;
var valid4 = len2 <= 2;
if(!valid4){
for(let i1=2; i1<len2; i1++){
let data3 = data0[i1];
const _errs8 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/" + i0+"/" + i1,schemaPath:"#/$defs/position/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema97.items.type,parentSchema:schema97.items,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid4 = _errs8 === errors;
}
}
}
else {
const err10 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/position/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema97.type,parentSchema:schema97,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema96.type,parentSchema:schema96,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate42(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema95.type,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("Polygon" !== data.type){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.coordinates !== undefined){
if(!(validate41(data.coordinates, {instancePath:instancePath+"/coordinates",parentData:data,parentDataProperty:"coordinates",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema94.allOf[0].then.type,parentSchema:schema94.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.coordinates = true;
props0.type = true;
}
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema94.allOf[0].if,parentSchema:schema94.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs10 = errors;
let valid4 = true;
const _errs11 = errors;
if(errors === _errs11){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("MultiPolygon" !== data.type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid1 = _errs11 === errors;
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.coordinates !== undefined){
let data3 = data.coordinates;
if(Array.isArray(data3)){
if(data3.length < 1){
const err6 = {instancePath:instancePath+"/coordinates",schemaPath:"#/allOf/1/then/properties/coordinates/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema94.allOf[1].then.properties.coordinates,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate41(data3[i0], {instancePath:instancePath+"/coordinates/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/coordinates",schemaPath:"#/allOf/1/then/properties/coordinates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema94.allOf[1].then.properties.coordinates.type,parentSchema:schema94.allOf[1].then.properties.coordinates,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema94.allOf[1].then.type,parentSchema:schema94.allOf[1].then,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.coordinates = true;
props1.type = true;
}
}
if(!valid4){
const err9 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema94.allOf[1].if,parentSchema:schema94.allOf[1],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema94.required,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.coordinates === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "coordinates"},message:"must have required property '"+"coordinates"+"'",schema:schema94.required,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data.type !== undefined){
let data5 = data.type;
if(!((data5 === "Polygon") || (data5 === "MultiPolygon"))){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema94.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema94.properties.type.enum,parentSchema:schema94.properties.type,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema94.type,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate40.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate40.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.geometry === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "geometry"},message:"must have required property '"+"geometry"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type !== undefined){
let data0 = data.type;
if("Feature" !== data0){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "Feature"},message:"must be equal to constant",schema:"Feature",parentSchema:schema93.properties.type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.geometry !== undefined){
if(!(validate40(data.geometry, {instancePath:instancePath+"/geometry",parentData:data,parentDataProperty:"geometry",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":{"type":true,"geometry":true},"dynamicProps":false,"dynamicItems":false};


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://samenwerkingsatlas.nl/schemas/region-set.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.region_set === undefined) && (missing0 = "region_set")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.features !== undefined){
let data0 = data.features;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.properties === undefined){
const err1 = {instancePath:instancePath+"/features/" + i0,schemaPath:"#/then/properties/features/items/required",keyword:"required",params:{missingProperty: "properties"},message:"must have required property '"+"properties"+"'",schema:schema92.then.properties.features.items.required,parentSchema:schema92.then.properties.features.items,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.properties !== undefined){
let data2 = data1.properties;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err2 = {instancePath:instancePath+"/features/" + i0+"/properties",schemaPath:"#/then/properties/features/items/properties/properties/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema92.then.properties.features.items.properties.properties.required,parentSchema:schema92.then.properties.features.items.properties.properties,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data2.name === undefined){
const err3 = {instancePath:instancePath+"/features/" + i0+"/properties",schemaPath:"#/then/properties/features/items/properties/properties/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema92.then.properties.features.items.properties.properties.required,parentSchema:schema92.then.properties.features.items.properties.properties,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern10.test(data3)){
const err4 = {instancePath:instancePath+"/features/" + i0+"/properties/id",schemaPath:"#/then/properties/features/items/properties/properties/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema92.then.properties.features.items.properties.properties.properties.id,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/features/" + i0+"/properties/id",schemaPath:"#/then/properties/features/items/properties/properties/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.then.properties.features.items.properties.properties.properties.id.type,parentSchema:schema92.then.properties.features.items.properties.properties.properties.id,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.name !== undefined){
let data4 = data2.name;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err6 = {instancePath:instancePath+"/features/" + i0+"/properties/name",schemaPath:"#/then/properties/features/items/properties/properties/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema92.then.properties.features.items.properties.properties.properties.name,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/features/" + i0+"/properties/name",schemaPath:"#/then/properties/features/items/properties/properties/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.then.properties.features.items.properties.properties.properties.name.type,parentSchema:schema92.then.properties.features.items.properties.properties.properties.name,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.code !== undefined){
let data5 = data2.code;
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/features/" + i0+"/properties/code",schemaPath:"#/then/properties/features/items/properties/properties/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.then.properties.features.items.properties.properties.properties.code.type,parentSchema:schema92.then.properties.features.items.properties.properties.properties.code,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/features/" + i0+"/properties",schemaPath:"#/then/properties/features/items/properties/properties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema92.then.properties.features.items.properties.properties.type,parentSchema:schema92.then.properties.features.items.properties.properties,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/features/" + i0,schemaPath:"#/then/properties/features/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema92.then.properties.features.items.type,parentSchema:schema92.then.properties.features.items,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/features",schemaPath:"#/then/properties/features/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.then.properties.features.type,parentSchema:schema92.then.properties.features,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema92.then.type,parentSchema:schema92.then,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.features = true;
}
}
if(!valid0){
const err13 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema92.if,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.features === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "features"},message:"must have required property '"+"features"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
props0.region_set = true;
props0.features = true;
}
if(data.type !== undefined){
let data6 = data.type;
if("FeatureCollection" !== data6){
const err16 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "FeatureCollection"},message:"must be equal to constant",schema:"FeatureCollection",parentSchema:schema92.properties.type,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.region_set !== undefined){
let data7 = data.region_set;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err17 = {instancePath:instancePath+"/region_set",schemaPath:"#/properties/region_set/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema92.properties.region_set.required,parentSchema:schema92.properties.region_set,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7.name === undefined){
const err18 = {instancePath:instancePath+"/region_set",schemaPath:"#/properties/region_set/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema92.properties.region_set.required,parentSchema:schema92.properties.region_set,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data7.name_plural === undefined){
const err19 = {instancePath:instancePath+"/region_set",schemaPath:"#/properties/region_set/required",keyword:"required",params:{missingProperty: "name_plural"},message:"must have required property '"+"name_plural"+"'",schema:schema92.properties.region_set.required,parentSchema:schema92.properties.region_set,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(!pattern10.test(data8)){
const err20 = {instancePath:instancePath+"/region_set/id",schemaPath:"#/properties/region_set/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(?:-[a-z0-9]+)*$",parentSchema:schema92.properties.region_set.properties.id,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/region_set/id",schemaPath:"#/properties/region_set/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.region_set.properties.id.type,parentSchema:schema92.properties.region_set.properties.id,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.name !== undefined){
let data9 = data7.name;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err22 = {instancePath:instancePath+"/region_set/name",schemaPath:"#/properties/region_set/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema92.properties.region_set.properties.name,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/region_set/name",schemaPath:"#/properties/region_set/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.region_set.properties.name.type,parentSchema:schema92.properties.region_set.properties.name,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.name_plural !== undefined){
let data10 = data7.name_plural;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err24 = {instancePath:instancePath+"/region_set/name_plural",schemaPath:"#/properties/region_set/properties/name_plural/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema92.properties.region_set.properties.name_plural,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/region_set/name_plural",schemaPath:"#/properties/region_set/properties/name_plural/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.region_set.properties.name_plural.type,parentSchema:schema92.properties.region_set.properties.name_plural,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.primary !== undefined){
let data11 = data7.primary;
if(typeof data11 !== "boolean"){
const err26 = {instancePath:instancePath+"/region_set/primary",schemaPath:"#/properties/region_set/properties/primary/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema92.properties.region_set.properties.primary.type,parentSchema:schema92.properties.region_set.properties.primary,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/region_set",schemaPath:"#/properties/region_set/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema92.properties.region_set.type,parentSchema:schema92.properties.region_set,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.features !== undefined){
let data12 = data.features;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(!(validate39(data12[i1], {instancePath:instancePath+"/features/" + i1,parentData:data12,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath:instancePath+"/features",schemaPath:"#/properties/features/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.properties.features.type,parentSchema:schema92.properties.features,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema92.type,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate38.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate38.evaluated = {"dynamicProps":true,"dynamicItems":false};


/** The validator of each schema, by its $id. */
export const VALIDATORS = {"https://samenwerkingsatlas.nl/schemas/vocabularies.schema.json": validate_0, "https://samenwerkingsatlas.nl/schemas/initiative.schema.json": validate_1, "https://samenwerkingsatlas.nl/schemas/organisation.schema.json": validate_2, "https://samenwerkingsatlas.nl/schemas/site-config.schema.json": validate_3, "https://samenwerkingsatlas.nl/schemas/region-set.schema.json": validate_4};
