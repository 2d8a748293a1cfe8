/* eslint-disable */
// GENERATED FILE - DO NOT EDIT. Made by `npm run generate:types` from schemas/*.schema.json;
// `npm test` fails when this file and the schemas drift apart.

/**
 * The vocabularies of vocabularies.schema.json by name, each with the union of its values.
 */
export interface Vocabularies {
  initiative_kind: 'pps' | 'civ' | 'coe' | 'cib' | 'regional_network';
  status: 'active' | 'in_development' | 'ended' | 'merged' | 'unknown';
  phase: 'starten' | 'ontwikkelen' | 'valideren' | 'uitbreiden' | 'onderhouden';
  education_level: 'vmbo' | 'mbo' | 'hbo' | 'wo';
  sector: 'agrifood-groen' | 'tuinbouw' | 'bouw-infra' | 'chemie-materialen' | 'creatieve-industrie' | 'energie' | 'gastvrijheid' | 'ict-digitaal' | 'leefomgeving' | 'life-sciences' | 'logistiek-mobiliteit' | 'luchtvaart' | 'maritiem' | 'onderwijsinnovatie' | 'techniek-maakindustrie' | 'water' | 'circulaire-economie' | 'zorg-welzijn' | 'arbeidsmarkt' | 'sectoroverstijgend';
  partner_role: 'co_lead' | 'founder' | 'education' | 'business' | 'government' | 'knowledge' | 'funder' | 'partner';
  new_organisation_role: 'lead' | 'partner';
  relation_type: 'merged_into' | 'part_of' | 'works_with' | 'related' | 'successor_of';
  funding_scheme: 'rif' | 'nationaal-groeifonds' | 'ocw-centres-of-expertise' | 'province' | 'municipality' | 'eu' | 'other';
  figure_measure: 'companies' | 'students' | 'teachers' | 'partners' | 'institutions';
  certainty: 'exact' | 'approximate' | 'uncertain';
  figure_qualifier: 'exact' | 'at_least' | 'approximately';
  factor_theme: 'trust_culture' | 'time_complexity' | 'focus_scale' | 'business_capacity' | 'labour_market_inflow' | 'governance_consortia' | 'knowledge_sharing' | 'physical_place' | 'continuity' | 'professional_skills';
  location_precision: 'address' | 'place' | 'area' | 'lead_organisation';
  scope: 'local' | 'regional' | 'provinces' | 'national';
  organisation_kind: 'vmbo_school' | 'mbo_institution' | 'university_of_applied_sciences' | 'university' | 'company' | 'government' | 'branch_organisation' | 'knowledge_institute' | 'other';
  verified_by: 'editors' | 'initiative' | 'organisation';
}
/**
 * The name of a vocabulary (`initiative_kind`, ...): what vocabulary() and label() accept.
 */
export type VocabularyName = keyof Vocabularies;

/**
 * Een bron: een webadres, een titel, of allebei.
 */
export type Source = {
  [k: string]: unknown;
} & {
  /**
   * Het adres van de bron.
   */
  url?: string;
  /**
   * Titel of beschrijving van de bron.
   */
  title?: string;
  /**
   * De datum die de bron zelf draagt (verschenen of bijgewerkt), zoals de pagina of haar gegevens die tonen: JJJJ-MM-DD, JJJJ-MM als alleen de maand er staat, of JJJJ als alleen het jaar er staat. Leeg laten als de bron geen datum toont; nooit een datum uitrekenen (uit een weekdag of een aangekondigde start). Zo ziet een lezer hoe oud een uitspraak is.
   */
  published?: string;
  /**
   * Wanneer de bron is bekeken.
   */
  consulted?: string;
};

/**
 * Eén regionale samenwerking tussen onderwijs, bedrijven en overheid. Eén bestand per initiatief: data/initiatives/<id>.yaml; de bestandsnaam is het id.
 */
export interface Initiative {
  /**
   * De volledige naam zoals het initiatief zichzelf noemt.
   */
  name: string;
  /**
   * Afkorting of roepnaam, als die veel gebruikt wordt.
   */
  short_name?: string;
  /**
   * Namen of werktitels die het initiatief eerder had.
   *
   * Items: Een naam of andere tekst van één regel: zonder regeleinden, tabs, stuurtekens en onzichtbare tekens die de leesrichting of woordgrenzen veranderen (U+200B–200F, U+2028–2029, U+202A–202E, U+2060–2064, U+2066–2069, U+FEFF) en zonder het vervangingsteken U+FFFD (daar ging een letter verloren). De validator van de atlas weigert dezelfde tekens; zo is een programma dat alleen dit schema kent het met de atlas eens.
   */
  former_names?: string[];
  /**
   * Wat voor samenwerking dit is. Een financieringsregeling (zoals RIF) is geen soort: die hoort bij Financiering.
   */
  kind: "pps" | "civ" | "coe" | "cib" | "regional_network";
  /**
   * Of het initiatief nu loopt. Kies 'Opgegaan in ander initiatief' samen met een relatie 'Opgegaan in'.
   */
  status: "active" | "in_development" | "ended" | "merged" | "unknown";
  status_source?: Source;
  /**
   * In één of twee zinnen wat de bron van de status zegt, zodat een lezer de status goed leest (een project dat is afgerond, niet mislukt; een regeling die tot en met 2026 loopt). Geen namen van personen.
   */
  status_note?: string;
  /**
   * Fase volgens het fasemodel voor publiek-private samenwerking. Leeg laten als onbekend.
   */
  phase?: "starten" | "ontwikkelen" | "valideren" | "uitbreiden" | "onderhouden";
  /**
   * Eén tot drie zinnen platte tekst: wat doet dit initiatief en met wie?
   */
  summary: string;
  /**
   * Langere toelichting, met kopjes, lijsten en koppelingen als u wilt (de knoppen boven het veld). Geen namen of contactgegevens van personen.
   */
  description?: string;
  /**
   * De onderwijsniveaus die meedoen.
   */
  levels?: ("vmbo" | "mbo" | "hbo" | "wo")[];
  /**
   * Een of meer sectoren of thema's uit de vaste lijst.
   */
  sectors?: (
    | "agrifood-groen"
    | "tuinbouw"
    | "bouw-infra"
    | "chemie-materialen"
    | "creatieve-industrie"
    | "energie"
    | "gastvrijheid"
    | "ict-digitaal"
    | "leefomgeving"
    | "life-sciences"
    | "logistiek-mobiliteit"
    | "luchtvaart"
    | "maritiem"
    | "onderwijsinnovatie"
    | "techniek-maakindustrie"
    | "water"
    | "circulaire-economie"
    | "zorg-welzijn"
    | "arbeidsmarkt"
    | "sectoroverstijgend"
  )[];
  /**
   * Het thema zoals de bron het noemt, als de vaste lijst het niet precies dekt.
   */
  theme?: string;
  /**
   * De organisatie die het initiatief trekt. Kies haar uit de lijst; staat ze er nog niet bij, vul haar dan in bij Nieuwe organisaties. Leeg laten als het niet bekend is.
   */
  lead_organisation?: string;
  /**
   * Bijvoorbeeld de naam waaronder de bron de penvoerder noemt, als die anders is dan nu (een naam van vóór een fusie).
   */
  lead_note?: string;
  /**
   * Organisaties die meedoen, elk met hun rol. De penvoerder hoort hier niet nog eens bij.
   */
  partners?: Partner[];
  /**
   * Organisaties die meedoen maar nog niet in de atlas staan (en dus niet in de keuzelijst bij Penvoerder of Partners). Vul naam en soort in, en wat u weet van plaats en website. Een beheerder maakt er bij het overnemen van het voorstel organisaties van.
   */
  new_organisations?: {
    /**
     * De officiële naam, zoals de organisatie zichzelf noemt.
     */
    name: string;
    /**
     * School, bedrijf, overheid of andere organisatie.
     */
    kind:
      | "vmbo_school"
      | "mbo_institution"
      | "university_of_applied_sciences"
      | "university"
      | "company"
      | "government"
      | "branch_organisation"
      | "knowledge_institute"
      | "other";
    /**
     * Is de nieuwe organisatie de penvoerder of een partner?
     */
    role: "lead" | "partner";
    /**
     * Alleen voor een partner: wat doet zij in de samenwerking?
     */
    partner_role?: "co_lead" | "founder" | "education" | "business" | "government" | "knowledge" | "funder" | "partner";
    /**
     * De plaats van de vestiging die meedoet. Kies de plaats uit de lijst, of zoek haar op de kaart en klik erop; de coördinaten worden dan ingevuld.
     */
    place?: string;
    /**
     * Noorderbreedte van de vestiging in graden (WGS84), ingevuld door de plaatskiezer. Staat er '(aangewezen op de kaart)' achter de plaats, dan is het punt aangeklikt; anders is het het midden van de gekozen plaats.
     */
    latitude?: number;
    /**
     * Oosterlengte van de vestiging in graden (WGS84), ingevuld door de plaatskiezer.
     */
    longitude?: number;
    /**
     * Een volledig webadres dat begint met https:// (of http://).
     */
    website?: string;
  }[];
  /**
   * Wat de bron verder over de partners zegt, bijvoorbeeld als ze maar deels bekend zijn of alleen als groep genoemd worden.
   */
  partners_note?: string;
  /**
   * Waar het initiatief zit. De provincie (en elke andere regio-indeling) wordt bij het bouwen uit de coördinaten afgeleid; die typt u dus niet in.
   */
  locations?: Location[];
  /**
   * Hoe groot het werkgebied is. 'Landelijk' voor initiatieven die in het hele land werken.
   */
  scope?: "local" | "regional" | "provinces" | "national";
  /**
   * De provincie(s) waar het initiatief werkt, zoals een bron ze noemt. Vooral voor een initiatief zonder vaste plek op de kaart: zo telt het toch mee in zijn provincie. Een initiatief met een locatie telt daarnaast mee in de provincie van die locatie.
   */
  working_area?: {
    /**
     * Ids van regio's in de eerste regio-indeling (de provincies), bijvoorbeeld noord-brabant. In het CMS kiest u de namen uit een lijst.
     *
     * @minItems 1
     *
     * Items: Kleine letters, cijfers en koppeltekens (kebab-case), zonder accenten. Verandert nooit meer nadat het bestand is aangemaakt.
     */
    regions: string[];
    /**
     * 'Zeker': de bron noemt de provincie. 'Ongeveer': afgeleid uit een plaats die de bron noemt.
     */
    certainty?: "exact" | "approximate" | "uncertain";
    /**
     * Wat de bron over het gebied zegt.
     */
    note?: string;
    source?: Source;
  };
  /**
   * Het jaar waarin de samenwerking begon.
   */
  start_year?: number;
  /**
   * Staat het startjaar zo in de bron, of is het afgeleid of onzeker?
   */
  start_year_certainty?: "exact" | "approximate" | "uncertain";
  /**
   * Wat de bron precies over de start zegt.
   */
  start_year_note?: string;
  /**
   * Het jaar waarin de samenwerking stopte of opging in een ander initiatief.
   */
  end_year?: number;
  /**
   * Subsidies en bijdragen, elk met regeling, jaar en bedrag als die bekend zijn.
   */
  funding?: Funding[];
  /**
   * Aantallen bedrijven, studenten, docenten enzovoort, elk met het jaar en de bron. Cijfers verschillen per bron en moment.
   */
  figures?: Figure[];
  /**
   * Wat de samenwerking volgens een bron laat werken: per uitspraak het thema, de uitspraak in gewone taal en de bron.
   */
  success_factors?: {
    /**
     * Waar een succesfactor of uitdaging over gaat. De lijst komt uit wat de bronnen van de atlas noemen (MBOin2030: succes- en faalfactoren van regionale samenwerking in kaart brengen).
     */
    theme:
      | "trust_culture"
      | "time_complexity"
      | "focus_scale"
      | "business_capacity"
      | "labour_market_inflow"
      | "governance_consortia"
      | "knowledge_sharing"
      | "physical_place"
      | "continuity"
      | "professional_skills";
    /**
     * De uitspraak in gewone Nederlandse woorden, zo dicht mogelijk bij de bron.
     */
    statement: string;
    source: Source;
  }[];
  /**
   * Wat de samenwerking volgens een bron lastig maakt: per uitspraak het thema, de uitspraak in gewone taal en de bron.
   */
  challenges?: {
    /**
     * Waar een succesfactor of uitdaging over gaat. De lijst komt uit wat de bronnen van de atlas noemen (MBOin2030: succes- en faalfactoren van regionale samenwerking in kaart brengen).
     */
    theme:
      | "trust_culture"
      | "time_complexity"
      | "focus_scale"
      | "business_capacity"
      | "labour_market_inflow"
      | "governance_consortia"
      | "knowledge_sharing"
      | "physical_place"
      | "continuity"
      | "professional_skills";
    /**
     * De uitspraak in gewone Nederlandse woorden, zo dicht mogelijk bij de bron.
     */
    statement: string;
    source: Source;
  }[];
  /**
   * Bijvoorbeeld: opgegaan in, onderdeel van, werkt samen met. Een relatie geldt in beide richtingen; noteer haar bij één van de twee.
   */
  relations?: Relation[];
  /**
   * De eigen website van het initiatief.
   */
  website?: string;
  /**
   * Waar de gegevens vandaan komen. Minstens één bron.
   *
   * @minItems 1
   */
  sources: Source[];
  /**
   * Wanneer iemand de gegevens voor het laatst controleerde. Alleen invullen wat iemand echt deed, samen met 'Gecontroleerd door'; nooit voor veel bestanden tegelijk.
   */
  last_verified?: string;
  /**
   * Wie de gegevens controleerde: de redactie (tegen een bron, die dan bij 'Gecontroleerd tegen' staat), het initiatief zelf of de organisatie zelf.
   */
  verified_by?: "editors" | "initiative" | "organisation";
  verified_source?: Source;
  /**
   * Ids van bestanden die in dit bestand zijn opgegaan, bijvoorbeeld een dubbel ingevoerd initiatief dat is samengevoegd: het oude adres op de site (en een link ernaar) verwijst dan hierheen. Alleen de redactie vult dit in, bij het samenvoegen; een id dat nog een eigen bestand heeft, kan hier niet staan.
   *
   * Items: Kleine letters, cijfers en koppeltekens (kebab-case), zonder accenten. Verandert nooit meer nadat het bestand is aangemaakt.
   */
  former_ids?: string[];
  /**
   * Redactionele opmerkingen, bijvoorbeeld over onzekerheden of twijfel in de bronnen.
   */
  notes?: string;
}
export interface Partner {
  /**
   * Kies de organisatie uit de lijst. Staat ze er nog niet bij, vul haar dan in bij Nieuwe organisaties.
   */
  organisation: string;
  /**
   * Wat deze partner in de samenwerking doet.
   */
  role?: "co_lead" | "founder" | "education" | "business" | "government" | "knowledge" | "funder" | "partner";
  /**
   * Bijvoorbeeld een bijdrage of een jaartal.
   */
  note?: string;
}
export interface Location {
  /**
   * Plaatsnaam, eventueel met campus of gebied.
   */
  place: string;
  /**
   * Noorderbreedte in graden (WGS84), bijvoorbeeld 53.2.
   */
  latitude: number;
  /**
   * Oosterlengte in graden (WGS84), bijvoorbeeld 5.8.
   */
  longitude: number;
  /**
   * Hoe precies de coördinaten zijn. Standaard: midden van de plaats.
   */
  precision?: "address" | "place" | "area" | "lead_organisation";
}
export interface Funding {
  /**
   * De regeling of bron van het geld.
   */
  scheme: "rif" | "nationaal-groeifonds" | "ocw-centres-of-expertise" | "province" | "municipality" | "eu" | "other";
  /**
   * Het jaar van toekenning.
   */
  year?: number;
  /**
   * Staat het jaar zo in de bron?
   */
  year_certainty?: "exact" | "approximate" | "uncertain";
  /**
   * Het toegekende bedrag in euro.
   */
  amount_eur?: number;
  /**
   * Wat de bron over deze financiering zegt.
   */
  note?: string;
  source?: Source;
}
export interface Figure {
  /**
   * Wat er geteld is.
   */
  measure: "companies" | "students" | "teachers" | "partners" | "institutions";
  /**
   * Het aantal.
   */
  value: number;
  /**
   * Precies, minstens ('150+') of ongeveer.
   */
  qualifier?: "exact" | "at_least" | "approximately";
  /**
   * Het jaar waarop het getal slaat.
   */
  year: number;
  source: Source;
}
export interface Relation {
  /**
   * Hoe dit initiatief zich tot het andere verhoudt.
   */
  type: "merged_into" | "part_of" | "works_with" | "related" | "successor_of";
  /**
   * Het id van het andere initiatief.
   */
  initiative: string;
  /**
   * Sinds wanneer de relatie geldt.
   */
  year?: number;
  /**
   * Korte toelichting.
   */
  note?: string;
}

/**
 * Een school, bedrijf, overheid of andere organisatie die aan initiatieven meedoet. Eén bestand per organisatie: data/organisations/<id>.yaml. Geen gegevens van personen.
 */
export interface Organisation {
  /**
   * De officiële of meest gebruikte naam.
   */
  name: string;
  /**
   * Afkorting, als die veel gebruikt wordt.
   */
  short_name?: string;
  /**
   * Namen die de organisatie eerder had, bijvoorbeeld voor een fusie.
   *
   * Items: Een naam of andere tekst van één regel: zonder regeleinden, tabs, stuurtekens en onzichtbare tekens die de leesrichting of woordgrenzen veranderen (U+200B–200F, U+2028–2029, U+202A–202E, U+2060–2064, U+2066–2069, U+FEFF) en zonder het vervangingsteken U+FFFD (daar ging een letter verloren). De validator van de atlas weigert dezelfde tekens; zo is een programma dat alleen dit schema kent het met de atlas eens.
   */
  former_names?: string[];
  /**
   * Wat voor organisatie dit is.
   */
  kind:
    | "vmbo_school"
    | "mbo_institution"
    | "university_of_applied_sciences"
    | "university"
    | "company"
    | "government"
    | "branch_organisation"
    | "knowledge_institute"
    | "other";
  /**
   * De website van de organisatie.
   */
  website?: string;
  /**
   * De openbare contactpagina van de organisatie (geen persoonlijke e-mailadressen of telefoonnummers).
   */
  contact_page?: string;
  /**
   * Vestigingsplaats (hoofdvestiging). Kies de plaats uit de lijst of klik op de kaart; de coördinaten worden dan ingevuld.
   */
  place?: string;
  /**
   * Noorderbreedte van de vestiging in graden (WGS84).
   */
  latitude?: number;
  /**
   * Oosterlengte van de vestiging in graden (WGS84).
   */
  longitude?: number;
  /**
   * Het nummer in het Handelsregister van de Kamer van Koophandel (8 cijfers).
   */
  kvk_number?: string;
  /**
   * De code van een onderwijsinstelling bij DUO (2 cijfers en 2 hoofdletters).
   */
  brin_code?: string;
  /**
   * Waar de gegevens over deze organisatie vandaan komen.
   */
  sources?: Source[];
  /**
   * Wanneer iemand de gegevens voor het laatst controleerde. Alleen invullen wat iemand echt deed, samen met 'Gecontroleerd door'; nooit voor veel bestanden tegelijk.
   */
  last_verified?: string;
  /**
   * Wie de gegevens controleerde: de redactie (tegen een bron, die dan bij 'Gecontroleerd tegen' staat), het initiatief zelf of de organisatie zelf.
   */
  verified_by?: "editors" | "initiative" | "organisation";
  verified_source?: Source;
  /**
   * Ids van bestanden die in dit bestand zijn opgegaan, bijvoorbeeld een dubbel ingevoerde organisatie die is samengevoegd: het oude adres op de site (en een link ernaar) verwijst dan hierheen. Alleen de redactie vult dit in, bij het samenvoegen; een id dat nog een eigen bestand heeft, kan hier niet staan.
   *
   * Items: Kleine letters, cijfers en koppeltekens (kebab-case), zonder accenten. Verandert nooit meer nadat het bestand is aangemaakt.
   */
  former_ids?: string[];
  /**
   * Redactionele opmerkingen, bijvoorbeeld over fusies of naamswijzigingen.
   */
  notes?: string;
}

/**
 * Alles wat een fork van de atlas aanpast: namen, taal, adressen, repository, invoerscherm, kaart, regio-indelingen, woorden en thema. Staat in src/site.config.ts; ATLAS_CONFIG=<bestand.json> legt er een JSON-bestand met dezelfde velden overheen. De build controleert elke waarde met dit schema.
 */
export interface SiteConfig {
  /**
   * Staat in de kop en op het tabblad van de browser.
   */
  title: string;
  /**
   * Eén regel onder de naam.
   */
  tagline: string;
  /**
   * Taal van de pagina's, ook de taal waarin de zoekfunctie woorden herkent.
   */
  lang: string;
  /**
   * Openbaar adres van de site, zonder het basispad.
   */
  site: string;
  /**
   * Het pad als de site in een submap staat (GitHub Pages-projectsite).
   */
  base: string;
  /**
   * Voor het invoerscherm, de formulieren en de bronlinks.
   */
  repository: string;
  /**
   * Wie de atlas beheert, met het openbare adres van de redactie (nooit dat van een persoon).
   */
  owner: {
    name: string;
    /**
     * Het openbare adres van de redactie: de route om bij te dragen zonder account.
     */
    email: string;
  };
  /**
   * De organisatie die de atlas uitgeeft en ervoor instaat (nooit een persoon). Staat in de kop, de voettekst en op /over/.
   */
  publisher: {
    name: string;
    /**
     * Waar een lezer leest wie de organisatie is.
     */
    url: string;
  };
  /**
   * Waar de atlas over gaat, voor de beschrijving van de open data (DCAT, Data Package, schema.org) en de lijst met plaatsen in het invoerscherm. Een fork over een ander land of veld zet hier het zijne.
   */
  coverage: {
    /**
     * Het gebied dat de data beslaat, in woorden (schema.org spatialCoverage).
     */
    name: string;
    /**
     * Het land van de data als code van de EU-lijst van landen (dct:spatial in de DCAT-catalogus).
     */
    country: string;
    /**
     * Welke plaatsen van GeoNames het invoerscherm en npm run intake kennen (plaats naar coördinaten).
     */
    placesCountry: string;
    /**
     * Trefwoorden van de open data (Data Package, schema.org); het gebied komt er in het Data Package vanzelf bij.
     *
     * @minItems 1
     */
    keywords: string[];
  };
  /**
   * Wanneer een controle van een initiatief of organisatie als oud geldt.
   */
  checks: {
    /**
     * Een controle die langer geleden is, staat op de pagina als 'langer dan ... geleden' en in de werklijst van de redactie.
     */
    maxAgeMonths: number;
  };
  cms: {
    /**
     * Waar de repository staat en waar bijdragers inloggen: github (GitHub.com; inloggen via een OAuth-proxy, zie authBaseUrl) of forgejo (Codeberg of een eigen Forgejo; inloggen in de browser met PKCE, zonder proxy; vraagt apiRoot en appId). Leeg: github. Zie README, Het invoerscherm.
     */
    backend?: "github" | "forgejo";
    /**
     * De branch waar pull requests naartoe gaan.
     */
    branch: string;
    /**
     * De OAuth-proxy voor inloggen met GitHub: het ene externe onderdeel dat wie de atlas publiceert zelf regelt (GitHub kent geen inlogstroom alleen in de browser). Leeg: de standaard van Decap (Netlify), die alleen werkt voor sites die daar staan. Zie README, Het invoerscherm.
     */
    authBaseUrl?: string;
    /**
     * Alleen bij backend forgejo: het API-adres, bijvoorbeeld https://codeberg.org/api/v1. Het inlogadres leidt Decap daaruit af (zonder /api/v1).
     */
    apiRoot?: string;
    /**
     * Alleen bij backend forgejo: de Client ID van de OAuth2-toepassing die de beheerder op de Forgejo aanmaakt, met als redirect-URI het adres van /admin/ en zonder client secret (een publieke client, PKCE). Zie README, Het invoerscherm.
     */
    appId?: string;
    /**
     * Poort van npm run cms.
     */
    localPort: number;
    /**
     * Uit tenzij true. Aan: de plaatskiezer van het invoerscherm (alleen daar, niet de publieke site) toont de BRT-Achtergrondkaart van het Kadaster en een zoekveld voor adres of postcode. De browser van wie bijdraagt haalt dan kaarttegels bij service.pdok.nl (PDOK ziet welk stuk kaart wordt bekeken en het IP-adres) en stuurt wat in het zoekveld getypt wordt naar api.pdok.nl (de Locatieserver). De CSP van /admin/ laat die twee adressen dan toe. Bronvermelding: Kadaster / PDOK (CC BY 4.0).
     */
    pdok?: boolean;
  };
  map: {
    /**
     * Wat de landelijke kaart eerst toont, in graden (WGS84).
     */
    bounds: {
      west: number;
      south: number;
      east: number;
      north: number;
    };
    /**
     * Een externe achtergrondkaart onder de eigen lagen van de atlas. Uit tenzij ingevuld: dan halen browsers van lezers tegels bij een derde partij. Voorbeeld (Kadaster/PDOK, CC BY 4.0): tiles ['https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png'], attribution 'Kaartgegevens © Kadaster / PDOK'; de build zet de tegelhost zelf in img-src en connect-src van de CSP van de pagina's (src/lib/security/public-csp.ts).
     */
    basemap?: {
      /**
       * @minItems 1
       */
      tiles: string[];
      attribution: string;
      tileSize?: number;
      maxzoom?: number;
    };
    /**
     * Boven zoveel punten voegt de statische kaart punten dicht bij elkaar samen.
     */
    aggregateAbove: number;
  };
  /**
   * Regio-indelingen (region_set.id in data/regions/*.geojson), in volgorde; de eerste is de hoofdindeling. Weglaten: elke gevonden indeling.
   *
   * @minItems 1
   */
  regionSets?: string[];
  /**
   * Woorden die die van het schema vervangen, per vocabulaire en waarde.
   */
  vocabularyLabels?: {
    [k: string]: {
      [k: string]: string;
    };
  };
  /**
   * Eén CSS-bestand met design tokens; een fork wijst hier haar eigen kopie aan.
   */
  theme: string;
}
