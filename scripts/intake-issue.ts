/**
 * `npm run intake -- --form aanmelden|correctie|klopt-nog --issue <n> [--out result.json]`: turns a
 * submitted issue form into a data file (a new initiative, or a proposed change to the file
 * a correction or a confirmation names), validates the whole dataset with it, and writes it only when it is
 * valid. The issue body is read from the environment variable ISSUE_BODY (the workflow puts
 * it there; it never passes through a shell command line). `--out` receives what the
 * workflow needs: the branch, the pull request's title and body, and the comment for the issue.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { dataDir, loadDataset } from '../src/dataset.ts';
import { DataWriteRefused, removeDataFile, writeDataFile } from '../src/io/write-data-file.ts';
import { buildGazetteer } from '../src/lib/cms/gazetteer.ts';
import {
  intakeConfirmation,
  intakeCorrection,
  intakeProposal,
  parseIssueForm,
  type Intake,
  type IssueForm,
} from '../src/lib/intake/issue-form.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { boundedBody, boundedText, GITHUB_BODY_LIMIT, markdownText, reviewSummary } from '../src/lib/review/summary.ts';
import { ENTITY_FOLDERS } from '../src/lib/schema/schemas.ts';
import { loadDutchPlaces } from '../src/places.ts';
import { siteConfig } from '../src/site.config.ts';

const { values } = parseArgs({ options: { form: { type: 'string' }, issue: { type: 'string' }, out: { type: 'string' } } });
const issue = Number(values.issue);
if (!['aanmelden', 'correctie', 'klopt-nog'].includes(values.form ?? '') || !Number.isInteger(issue) || issue < 1) {
  console.error('Gebruik: ISSUE_BODY=... npm run intake -- --form aanmelden|correctie|klopt-nog --issue <nummer> [--out resultaat.json]');
  process.exit(2);
}
const form = load(readFileSync(resolve('.github', 'ISSUE_TEMPLATE', `${values.form}.yml`), 'utf8')) as IssueForm;
const answers = parseIssueForm(process.env.ISSUE_BODY ?? '', form);
const dir = dataDir();
const root = resolve(dir, '..');
const before = await loadDataset(dir);
const today = new Date().toISOString().slice(0, 10);

let result: Intake;
if (values.form === 'aanmelden') {
  const places = buildGazetteer(before, before.regionSets[0]!, siteConfig.map.bounds, 480, await loadDutchPlaces()).places;
  result = intakeProposal(
    answers,
    {
      organisations: before.organisations.map((o) => ({ id: o.id, name: o.data.name })),
      initiativeIds: new Set(before.initiatives.map((i) => i.id)),
      places,
      today,
    },
    issue,
  );
} else {
  const folder = answers.soort === 'organisatie' ? ENTITY_FOLDERS.organisation : ENTITY_FOLDERS.initiative;
  const id = typeof answers.id === 'string' && /^[a-z0-9-]{2,80}$/.test(answers.id) ? answers.id : '';
  const path = `data/${folder}/${id}.yaml`;
  let text: string | undefined;
  try {
    text = id ? readFileSync(join(root, path), 'utf8') : undefined;
  } catch {
    text = undefined;
  }
  const current = text === undefined ? undefined : { path, text };
  result =
    values.form === 'klopt-nog' ? intakeConfirmation(answers, current, issue, today) : intakeCorrection(answers, current, issue, today);
}

// Validate the dataset as it would be with the file; keep the file only when it holds.
let previous: string | undefined;
if (result.path && result.text) {
  const path = result.path;
  const target = join(root, result.path);
  try {
    previous = readFileSync(target, 'utf8');
  } catch {
    previous = undefined;
  }
  try {
    writeDataFile(dir, target, result.text, previous === undefined ? { absent: true } : { previous }, result.path);
    const after = await loadDataset(dir);
    const errors = after.problems.filter((p) => p.severity === 'error' && p.file === result.path);
    if (errors.length) {
      if (previous === undefined) removeDataFile(dir, target, result.text, result.path);
      else writeDataFile(dir, target, previous, { previous: result.text }, result.path);
      result = { title: result.title, problems: errors };
    }
  } catch (e) {
    if (!(e instanceof DataWriteRefused)) throw e;
    result = {
      title: result.title,
      problems: [{ file: path, line: 1, column: 1, field: '', severity: 'error', message: e.message }],
    };
  }
}

const ok = !result.problems.length && !!result.path;
// The branch is named for the content: an edited issue gives a new branch and a new pull
// request, never a force-push that swaps what a reviewer already read.
const branch = `invoer/issue-${issue}-${createHash('sha256')
  .update(`${result.path ?? ''}\n${result.text ?? ''}`)
  .digest('hex')
  .slice(0, 10)}`;
const summary = ok
  ? reviewSummary(
      [
        {
          path: result.path!,
          status: previous === undefined ? 'added' : 'modified',
          ...(previous !== undefined ? { before: previous } : {}),
          after: result.text!,
        },
      ],
      [],
    )
  : '';
const prBody = ok
  ? boundedBody(
      // GitHub's closing keywords are English only: "Closes #N" closes the issue on merge, "Sluit #N" does not.
      `Omgezet uit issue #${issue} (formulier "${values.form === 'aanmelden' ? 'Initiatief aanmelden' : 'Correctie doorgeven'}"). Het issue wordt gesloten bij het samenvoegen.\n\n` +
        'Gecontroleerd bij het omzetten: de hele dataset blijft geldig met dit bestand (dezelfde controle als `npm run validate`). ' +
        'GitHub start de gewone controles niet vanzelf voor een pull request die een workflow opent: sluit en heropen deze pull request om ze te starten.\n\n' +
        `Closes #${issue}\n\n`,
      summary,
    )
  : '';
const comment = ok
  ? `Bedankt! Uw ${values.form === 'aanmelden' ? 'aanmelding' : 'correctie'} is omgezet in een voorstel; een beheerder kijkt het na. U kunt het volgen in de pull request die hieronder aan dit issue gekoppeld wordt.`
  : boundedText(
      `Bedankt! Uw ${values.form === 'aanmelden' ? 'aanmelding' : 'correctie'} kon nog niet automatisch worden omgezet:\n\n${result.problems.map((p) => `- ${markdownText(p.message)}${p.hint ? ` ${markdownText(p.hint)}` : ''}`).join('\n')}\n\nPas het issue aan (de omzetting draait dan opnieuw), of wacht: een beheerder verwerkt het.`,
      GITHUB_BODY_LIMIT,
    );
for (const p of result.problems) console.log(formatProblem(p));
console.log(ok ? `${result.path} geschreven (${result.title}).` : 'Niets geschreven.');
if (values.out) {
  try {
    mkdirSync(dirname(resolve(values.out)), { recursive: true });
    writeFileSync(values.out, JSON.stringify({ ok, path: result.path, title: result.title, branch, prBody, comment }, null, 2));
  } catch (e) {
    console.error(`Kan ${values.out} niet schrijven: ${(e as Error).message}`);
    process.exit(2);
  }
}
process.exit(ok ? 0 : 1);
