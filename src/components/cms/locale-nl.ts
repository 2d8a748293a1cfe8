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
  collection: {
    collectionTop: { viewAsList: 'Als lijst tonen', viewAsGrid: 'Als raster tonen' },
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
      // A new, untouched form has nothing saved yet; this reads true in both cases.
      changesSaved: 'Geen niet-opgeslagen wijzigingen',
      draft: 'Concept',
      inReview: 'Klaar voor beoordeling',
      ready: 'Goedgekeurd',
      statusInfoTooltipDraft:
        'Dit voorstel is een concept. Is het af? Zet de status op "Klaar voor beoordeling"; dan wordt het een voorstel dat een beheerder nakijkt.',
      statusInfoTooltipInReview: 'Een beheerder kijkt dit voorstel na. U kunt het intussen nog aanvullen.',
    },
    editorWidgets: {
      markdown: { strikethrough: 'Doorhalen', toggleMode: { rich: 'Naar opgemaakte tekst', markdown: 'Naar Markdown-tekst' } },
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
      onFailToPersist: 'Opslaan is niet gelukt: %{details}',
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
    workflowList: { inReviewHeader: 'Klaar voor beoordeling', readyHeader: 'Goedgekeurd' },
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
};

/** Replaces those strings in a node that was just added to the page (and below it). */
export function translateUntranslatable(node: Node): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const dutch = UNTRANSLATABLE[node.nodeValue?.trim() ?? ''];
    if (dutch) node.nodeValue = dutch;
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const dutch = UNTRANSLATABLE[t.nodeValue?.trim() ?? ''];
    if (dutch) t.nodeValue = dutch;
  }
}
