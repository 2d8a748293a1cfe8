/**
 * What a contributor reads speaks plain Dutch, without the developer words "pull request",
 * "branch", "workflow", "YAML" or "npm": the /bijdragen/ page (its source text), the issue
 * forms, the intake's answers, the prefilled mails and CONTRIBUTING.md up to its "Voor
 * beheerders" part. Developer material lives in that part and in the README.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { correctionMailLines, PROPOSAL_MAIL_LINES } from '../../src/lib/help-links';
import type { IssueForm } from '../../src/lib/intake/issue-form';
import { intakeReply } from '../../src/lib/intake/reply';
import { ROOT } from '../helpers/fixtures';

const DEVELOPER_WORDS = /pull[ -]?requests?|\bbranch(es)?\b|workflows?|\bya?ml\b|\bnpm\b/gi;
const read = (...p: string[]) => readFileSync(join(ROOT, ...p), 'utf8');
const wordsIn = (text: string) => text.match(DEVELOPER_WORDS) ?? [];

/** The visible text of an Astro page: no frontmatter, tags (with their attributes) or expressions. */
function visibleAstroText(source: string): string {
  return source
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ');
}

/** Markdown as read: link targets and HTML comments are not read. */
const readableMarkdown = (md: string) => md.replace(/\]\([^)]*\)/g, ']').replace(/<!--[\s\S]*?-->/g, '');

const form = (name: string) => load(read('.github', 'ISSUE_TEMPLATE', name)) as IssueForm & { description: string };

describe('contributor-facing texts have no developer words', () => {
  it('the /bijdragen/ page', () => {
    const text = visibleAstroText(read('src', 'pages', 'bijdragen.astro'));
    expect(text).toContain('GitHub-account');
    expect(wordsIn(text)).toEqual([]);
  });

  it("CONTRIBUTING.md's contributor part (up to 'Voor beheerders'), which explains a GitHub account", () => {
    const all = read('CONTRIBUTING.md');
    const cut = all.indexOf('\n## Voor beheerders');
    expect(cut).toBeGreaterThan(0);
    const part = readableMarkdown(all.slice(0, cut));
    expect(part).toContain('Wat is een GitHub-account?');
    expect(wordsIn(part)).toEqual([]);
    // The developer material is still there, for maintainers.
    expect(all.slice(cut)).toMatch(/pull request/);
  });

  it('the issue forms', () => {
    for (const name of ['aanmelden.yml', 'correctie.yml']) {
      const f = form(name);
      const strings = [
        f.description,
        ...f.body.flatMap((b) => Object.values(b.attributes).filter((v): v is string => typeof v === 'string')),
      ];
      expect(wordsIn(strings.join('\n')), name).toEqual([]);
    }
  });

  it("the intake's answers (issue and mail, done or not) and what the workflow adds to them", () => {
    const problems = [{ file: 'x', line: 1, column: 1, severity: 'error' as const, field: 'website', message: 'Geen webadres.' }];
    const answers = (['aanmelden', 'correctie', 'klopt-nog'] as const).flatMap((f) =>
      [true, false].flatMap((ok) =>
        [true, false].map((mail) => intakeReply({ ok, form: f, problems: ok ? [] : problems, formDefinition: form(`${f}.yml`), mail })),
      ),
    );
    // Lines of the intake workflow that append to the contributor's comment.
    const added = read('.github', 'workflows', 'intake.yml')
      .split('\n')
      .filter((l) => l.includes('>> "$out/comment"'))
      .map((l) => /printf '([^']*)'/.exec(l)?.[1] ?? '');
    expect(added.length).toBeGreaterThan(0);
    expect(wordsIn([...answers, ...added].join('\n'))).toEqual([]);
  });

  it('the prefilled mails', () => {
    expect(wordsIn([...PROPOSAL_MAIL_LINES, ...correctionMailLines('initiative', 'cew', 'CEW')].join('\n'))).toEqual([]);
  });

  it('the check itself catches the words (as the old texts had them)', () => {
    expect(wordsIn('wordt een pull request; de workflow intake.yml; YAML-bestanden; npm run validate; een branch')).toHaveLength(6);
    expect(wordsIn('Branche- of werkgeversorganisatie')).toEqual([]);
  });
});
