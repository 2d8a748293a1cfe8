/**
 * Decap's Dutch locale, completed and adjusted for contributors who know no Git: the strings
 * the Dutch file lacks (Decap falls back to English for those: "Expand", "Strikethrough",
 * "%{widgetLabel} field" for screen readers), workflow statuses named as CONTRIBUTING.md and
 * /bijdragen/ name them, and messages without developer words. Merged over the shipped nl
 * phrases, so a Decap upgrade that adds strings still gets its own translations.
 */
import nl from 'decap-cms-locales/dist/esm/nl/index.js';

/** Our additions and changes, in Decap's phrase structure. */
export const ATLAS_NL = {
  auth: { loginWithForgejo: 'Inloggen met Forgejo' },
  app: {
    app: { loadingConfig: 'Invoerscherm laden…', waitingBackend: 'Wachten op de opslag…' },
    // "Workflow" is the word for what CONTRIBUTING and /bijdragen/ call proposals.
    header: { workflow: 'Voorstellen', media: 'Bestanden' },
  },
  collection: {
    collectionTop: {
      viewAsList: 'Als lijst tonen',
      viewAsGrid: 'Als raster tonen',
      // The shipped '＋ %{collectionLabel}' uses a fullwidth plus that many fonts lack.
      newButton: '%{collectionLabel} toevoegen',
      newButtonAriaLabel: '%{collectionLabel} toevoegen',
    },
    entries: { unpublishedHeader: 'Voorstellen die nog beoordeeld worden' },
  },
  editor: {
    editorControl: { field: { optional: 'niet verplicht', widgetLabel: 'invoerveld' } },
    editorControlPane: {
      widget: {
        required: '%{fieldLabel} is verplicht.',
        // The pattern's own message says what is right (schema-generated, in Dutch).
        regexPattern: '%{fieldLabel}: %{pattern}',
        invalidPath: "'%{path}' is geen geldig pad",
        pathExists: "Pad '%{path}' bestaat al",
      },
      i18n: {
        copyFromLocale: 'Overnemen uit een andere taal',
        copyFromLocaleConfirm: 'Gegevens uit %{locale} overnemen?\nAlles wat er nu staat wordt overschreven.',
      },
    },
    editor: {
      // The status is called "Goedgekeurd" everywhere else (editorToolbar.ready).
      onPublishingNotReady: 'Zet de status eerst op "Goedgekeurd"; pas dan kan het voorstel gepubliceerd worden.',
    },
    editorInterface: { toggleNotes: 'Notities tonen of verbergen' },
    editorNotesPane: {
      title: 'Notities',
      emptyState: 'Nog geen notities.',
      addNote: 'Notitie toevoegen',
      addPlaceholder: 'Schrijf een notitie…',
      editPlaceholder: 'Notitie bewerken…',
      save: 'Opslaan',
      cancel: 'Annuleren',
      edit: 'Bewerken',
      delete: 'Verwijderen',
      resolve: 'Afhandelen',
      unresolve: 'Weer openen',
      confirmDelete: 'Deze notitie verwijderen?',
      shortcut: 'Tip: Ctrl+Enter voegt de notitie meteen toe',
    },
    editorToolbar: {
      // Shown on a new, empty form as well as after a save: true in both cases, no double negative.
      changesSaved: 'Niets gewijzigd',
      unsavedChanges: 'Nog niet opgeslagen',
      draft: 'Concept',
      inReview: 'Klaar voor beoordeling',
      ready: 'Goedgekeurd',
      statusInfoTooltipDraft:
        'Dit voorstel is een concept. Is het af? Zet de status op "Klaar voor beoordeling"; dan wordt het een voorstel dat een beheerder nakijkt.',
      statusInfoTooltipInReview: 'Een beheerder kijkt dit voorstel na. U kunt het intussen nog aanvullen.',
    },
    editorWidgets: {
      markdown: {
        strikethrough: 'Doorhalen',
        link: 'Koppeling',
        linkPrompt: 'Webadres van de koppeling (begint met https://)',
        quote: 'Citaat',
        headings: 'Tussenkop',
        // The mode switch: "Opgemaakt" shows the text as readers see it, the other its typed marks.
        richText: 'Opgemaakt',
        markdown: 'Met opmaaktekens',
        toggleMode: { rich: 'Naar opgemaakte tekst', markdown: 'Naar tekst met opmaaktekens' },
      },
      headingOptions: { headingThree: 'Tussenkop' },
      image: { chooseMultiple: 'Afbeeldingen kiezen', addMore: 'Meer afbeeldingen toevoegen', removeAll: 'Alle afbeeldingen verwijderen' },
      file: { chooseMultiple: 'Bestanden kiezen', addMore: 'Meer bestanden toevoegen', removeAll: 'Alle bestanden verwijderen' },
      datetime: { setToNow: '%{fieldLabel} op nu zetten' },
      list: { addType: '%{item} toevoegen' },
      object: { expand: 'Openklappen', collapse: 'Inklappen' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Sluiten' } },
  ui: {
    settingsDropdown: { account: 'Accountmenu' },
    toast: {
      // Our refusals (SaveRefused) are whole sentences: "Niet opgeslagen. Verbeter eerst: …".
      onFailToPersist: 'Niet opgeslagen. %{details}',
      onFailToPublishEntry: 'Niet gepubliceerd. %{details}',
      noteAdded: 'Notitie toegevoegd',
      onFailToAddNote: 'Notitie toevoegen mislukt: %{details}',
      noteUpdated: 'Notitie bijgewerkt',
      onFailToUpdateNote: 'Notitie bijwerken mislukt: %{details}',
      noteDeleted: 'Notitie verwijderd',
      onFailToDeleteNote: 'Notitie verwijderen mislukt: %{details}',
      noteResolved: 'Notitie afgehandeld',
      noteReopened: 'Notitie weer geopend',
      onFailToToggleNote: 'Notitie wijzigen mislukt: %{details}',
    },
  },
  workflow: {
    workflow: {
      loading: 'Voorstellen laden',
      workflowHeading: 'Voorstellen',
      newPost: 'Nieuw voorstel',
      description:
        '%{smart_count} voorstel wacht op beoordeling, %{readyCount} goedgekeurd. |||| %{smart_count} voorstellen wachten op beoordeling, %{readyCount} goedgekeurd.',
      // Numbers, not month names: Decap formats with its English month names ("December 5").
      dateFormat: 'D-M-YYYY',
    },
    workflowList: {
      inReviewHeader: 'Klaar voor beoordeling',
      readyHeader: 'Goedgekeurd',
      onPublishingNotReadyEntry:
        'Alleen voorstellen met de status "Goedgekeurd" kunnen gepubliceerd worden. Sleep de kaart naar de kolom "Goedgekeurd".',
      currentEntries: '%{smart_count} voorstel |||| %{smart_count} voorstellen',
    },
  },
};

type Phrases = { [key: string]: string | Phrases };

/** Deep merge of phrase trees; `over` wins. New objects only: the imported locale is not changed. */
export function mergePhrases(base: Phrases, over: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = base[k];
    out[k] = typeof v === 'object' && typeof b === 'object' ? mergePhrases(b, v) : v;
  }
  return out;
}

/** The complete Dutch phrases to register as 'nl'. */
export function atlasDutchPhrases(): Phrases {
  return mergePhrases(nl as Phrases, ATLAS_NL as Phrases);
}

/** Strings rendered by libraries inside Decap that no locale reaches, and their Dutch. */
export const UNTRANSLATABLE: Record<string, string> = {
  'No options': 'Niets gevonden; staat de organisatie nog niet in de atlas? Vul haar in bij Nieuwe organisaties.',
  'Loading...': 'Laden…',
  'Select...': 'Kies…',
  // Shown before the configuration (and with it the locale) is loaded.
  'Loading configuration...': 'Invoerscherm laden…',
  'Waiting for backend...': 'Wachten op de opslag…',
};

/**
 * English inside longer texts: react-select's screen-reader messages (its live region and the
 * remove buttons' labels), which Decap gives no way to set. Applied in this order, each to
 * every occurrence; the captured label is kept.
 */
export const UNTRANSLATABLE_PATTERNS: [RegExp, string][] = [
  [
    /\bSelect is focused ?,?\s*type to refine list, press Down to open the menu, ?( press left to focus selected values)?/g,
    'Keuzelijst: typ om te zoeken, pijl omlaag opent de lijst$1.',
  ],
  [
    /(\S.*?) is focused ?,?\s*type to refine list, press Down to open the menu, ?( press left to focus selected values)?/g,
    'Keuzelijst $1: typ om te zoeken, pijl omlaag opent de lijst$2.',
  ],
  [/ press left to focus selected values/g, ', pijl links gaat naar wat al gekozen is'],
  [
    /Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu(, press Tab to select the option and exit the menu)?\./g,
    'Kies met pijl omhoog en omlaag, Enter kiest, Escape sluit de lijst.',
  ],
  [
    /Use left and right to toggle between focused values, press Backspace to remove the currently focused value/g,
    'Pijl links en rechts gaan langs wat gekozen is, Backspace haalt het weg.',
  ],
  [/All selected options have been cleared\./g, 'Alle keuzes zijn weggehaald.'],
  [/\boptions? (.*?), deselected\./g, '$1 weggehaald.'],
  [/\boptions? (.*?) is disabled\. Select another option\./g, '$1 kan niet gekozen worden. Kies iets anders.'],
  [/\boptions? (.*?), selected\./g, '$1 gekozen.'],
  [/\bvalue (.*?) focused, (\d+) of (\d+)\./g, '$1 ($2 van $3).'],
  [/(\d+) of (\d+)\./g, '$1 van $2.'],
  [/\b1 result available\b/g, '1 resultaat'],
  [/\b(\d+) results available\b/g, '$1 resultaten'],
  [/ for search term (.*?)\./g, ' voor "$1".'],
  [/^Remove (.+)$/g, '$1 weghalen'],
];

/** The Dutch of one string, or undefined when nothing in it needs translating. */
export function dutchOf(text: string): string | undefined {
  const whole = UNTRANSLATABLE[text.trim()];
  if (whole) return whole;
  let out = text;
  for (const [re, to] of UNTRANSLATABLE_PATTERNS) out = out.replace(re, to);
  return out === text ? undefined : out;
}

/** Labels read by screen readers that may hold such English. */
const TRANSLATED_ATTRIBUTES = ['aria-label'];

/** Replaces those strings in a node that was added or changed (and below it). */
export function translateUntranslatable(node: Node): void {
  const text = (t: Node) => {
    const dutch = dutchOf(t.nodeValue ?? '');
    if (dutch !== undefined) t.nodeValue = dutch;
  };
  const attributes = (el: Element) => {
    for (const a of TRANSLATED_ATTRIBUTES) {
      const v = el.getAttribute(a);
      const dutch = v === null ? undefined : dutchOf(v);
      if (dutch !== undefined) el.setAttribute(a, dutch);
    }
  };
  if (node.nodeType === Node.TEXT_NODE) return text(node);
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  attributes(node as Element);
  for (const el of (node as Element).querySelectorAll('[aria-label]')) attributes(el);
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) text(t);
}
