import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { confirmationFormUrl, correctionFormUrl, correctionMailLines, PROPOSAL_MAIL_LINES } from '../../src/lib/help-links';
import type { IssueForm } from '../../src/lib/intake/issue-form';
import { parseLabelledAnswers } from '../../src/lib/intake/mail';
import { vocabulary } from '../../src/lib/schema/schemas';
import { ROOT } from '../helpers/fixtures';

type Form = {
  body: { type: string; id?: string; attributes: { options?: (string | { label: string })[] }; validations?: { required?: boolean } }[];
};
const form = (name: string) => load(readFileSync(join(ROOT, '.github', 'ISSUE_TEMPLATE', name), 'utf8')) as Form;
const field = (f: Form, id: string) => f.body.find((b) => b.id === id);

describe('issue forms', () => {
  it('"Initiatief aanmelden" offers exactly the vocabulary of kinds and levels, and asks the essentials', () => {
    const f = form('aanmelden.yml');
    expect(field(f, 'soort')!.attributes.options).toEqual(Object.values(vocabulary('initiative_kind').labels));
    expect(field(f, 'niveaus')!.attributes.options!.map((o) => (o as { label: string }).label)).toEqual(
      vocabulary('education_level').values.map((v) => vocabulary('education_level').labels[v]),
    );
    // The schema's required fields (name, kind, summary, sources) plus a place are required here too.
    for (const id of ['naam', 'soort', 'samenvatting', 'plaats', 'bron']) expect(field(f, id)?.validations?.required, id).toBe(true);
  });

  it('"Bevestigen dat het klopt" offers who checked from the vocabulary, and has the fields the pages pre-fill', () => {
    const f = form('klopt-nog.yml');
    expect([...(field(f, 'wie')!.attributes.options as string[])].sort()).toEqual(Object.values(vocabulary('verified_by').labels).sort());
    const url = new URL(confirmationFormUrl('org/atlas', 'organisation', 'scalda', 'Scalda'));
    expect(url.searchParams.get('template')).toBe('klopt-nog.yml');
    for (const [param, value] of url.searchParams) {
      if (param === 'template' || param === 'title') continue;
      expect(field(f, param), param).toBeDefined();
      if (field(f, param)!.type === 'dropdown') expect(field(f, param)!.attributes.options).toContain(value);
    }
  });

  it('"Correctie doorgeven" has the fields the detail pages pre-fill', () => {
    const f = form('correctie.yml');
    const url = new URL(correctionFormUrl('org/atlas', 'initiative', 'civ-wind-op-zee', 'CIV Wind op Zee'));
    expect(url.searchParams.get('template')).toBe('correctie.yml');
    for (const [param, value] of url.searchParams) {
      if (param === 'template' || param === 'title') continue;
      expect(field(f, param), param).toBeDefined();
      if (field(f, param)!.type === 'dropdown') expect(field(f, param)!.attributes.options).toContain(value);
    }
  });

  it("the prefilled mails ask the forms' questions by their labels, so the intake reads every answer", () => {
    const answered = (lines: readonly string[]) =>
      lines.map((l) => (/:\s*$|\?\s*$/.test(l) && l.trim() ? `${l.trimEnd()} antwoord` : l)).join('\r\n');
    const aanmelden = form('aanmelden.yml') as unknown as IssueForm;
    const ids = aanmelden.body.filter((b) => b.id).map((b) => b.id);
    expect(Object.keys(parseLabelledAnswers(answered(PROPOSAL_MAIL_LINES), aanmelden))).toEqual(ids);
    const correctie = form('correctie.yml') as unknown as IssueForm;
    expect(parseLabelledAnswers(answered(correctionMailLines('initiative', 'cew', 'CEW')), correctie)).toEqual({
      soort: 'initiatief',
      id: 'cew',
      naam: 'CEW',
      correctie: 'antwoord',
      bron: 'antwoord',
    });
  });
});
