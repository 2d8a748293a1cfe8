import { describe, expect, it } from 'vitest';
import { atlasDutchPhrases, dutchOf } from '../../src/components/cms/locale-nl';
import { correctionHint, OUTSIDE_HINT } from '../../src/components/cms/validate-entry';
import { fileProblem } from '../../src/lib/problems';

type Tree = { [k: string]: string | Tree };
const at = (t: Tree, path: string) => path.split('.').reduce<string | Tree>((n, k) => (n as Tree)[k]!, t) as string;

describe('the CMS in Dutch', () => {
  const nl = atlasDutchPhrases() as Tree;

  it('names statuses, buttons and proposals as the atlas does, with no glyph a font may lack', () => {
    expect(at(nl, 'collection.collectionTop.newButton')).toBe('%{collectionLabel} toevoegen');
    expect(at(nl, 'editor.editor.onPublishingNotReady')).toContain('Goedgekeurd');
    expect(at(nl, 'editor.editor.onPublishingNotReady')).not.toContain('Voltooid');
    expect(at(nl, 'workflow.workflow.newPost')).toBe('Nieuw voorstel');
    expect(at(nl, 'app.header.workflow')).toBe('Voorstellen');
    expect(at(nl, 'editor.editorWidgets.markdown.link')).toBe('Koppeling');
    expect(at(nl, 'editor.editorWidgets.markdown.quote')).toBe('Citaat');
    expect(at(nl, 'editor.editorWidgets.markdown.richText')).not.toMatch(/Rijke/);
    expect(at(nl, 'editor.editorToolbar.changesSaved')).not.toMatch(/niet-opgeslagen/i);
    // Dates on the proposal cards in numbers (Decap's month names are English).
    expect(at(nl, 'workflow.workflow.dateFormat')).toBe('D-M-YYYY');
    expect(JSON.stringify(nl)).not.toMatch(/[\uFF01-\uFF5E]/);
  });

  it('the save notice has no "Error:" and says "Niet opgeslagen."', () => {
    expect(at(nl, 'ui.toast.onFailToPersist')).toBe('Niet opgeslagen. %{details}');
  });

  it('translates what react-select says to screen readers, and Decap’s first loading message', () => {
    expect(dutchOf('Loading configuration...')).toBe('Invoerscherm laden…');
    expect(dutchOf('Remove mbo')).toBe('mbo weghalen');
    expect(dutchOf('Select is focused ,type to refine list, press Down to open the menu,  press left to focus selected values')).toBe(
      'Keuzelijst: typ om te zoeken, pijl omlaag opent de lijst, pijl links gaat naar wat al gekozen is.',
    );
    expect(
      dutchOf(
        'option mbo, selected. 3 results available. Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu, press Tab to select the option and exit the menu.',
      ),
    ).toBe('mbo gekozen. 3 resultaten. Kies met pijl omhoog en omlaag, Enter kiest, Escape sluit de lijst.');
    expect(dutchOf('value hbo focused, 2 of 2.')).toBe('hbo (2 van 2).');
    expect(dutchOf('Al in het Nederlands.')).toBeUndefined();
  });

  it('names fields by their title in a save refusal, never by their key', () => {
    const hint = correctionHint('organisation', [
      fileProblem('data/organisations/x.yaml', 'Een telefoonnummer hoort hier niet.', {
        field: 'notes',
        hint: 'Verwijs naar de openbare contactpagina van de organisatie (veld contact_page) in plaats daarvan.',
      }),
    ]);
    expect(hint).toMatch(/^Verbeter eerst:\n• /);
    expect(hint).toContain('(veld "Contactpagina")');
    expect(hint).not.toContain('contact_page');
  });

  it('points outside the Netherlands are put right in the picker, not in coordinate boxes', () => {
    expect(OUTSIDE_HINT).not.toMatch(/breedtegraad|lengtegraad/);
    expect(OUTSIDE_HINT).toMatch(/plaatsnaam|kaart/);
  });
});
