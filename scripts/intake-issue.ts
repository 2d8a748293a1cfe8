/**
 * `npm run intake -- --form aanmelden|correctie|klopt-nog --issue <n> [--out result.json]`: turns a
 * submitted issue form into a data file (a new initiative, or a proposed change to the file
 * a correction or a confirmation names), validates the whole dataset with it, and writes it only when it is
 * valid. The issue body is read from the environment variable ISSUE_BODY (the workflow puts
 * it there; it never passes through a shell command line). `--out` receives what the
 * workflow needs: the branch, the pull request's title and body, and the comment for the issue.
 *
 * The mail route, for the editor: `npm run intake -- --form aanmelden --mail bericht.eml` (a
 * saved e-mail) or `--body-file bericht.txt` (its text, pasted): the same labelled answers,
 * the same checks, the same data file. The sender's name and address are never read.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cliArgs } from './lib/args.ts';
import { load } from 'js-yaml';
import { dataDir, loadDataset } from '../src/io/dataset.ts';
import { DataWriteRefused, removeDataFile, writeDataFile } from '../src/io/write-data-file.ts';
import { buildGazetteer } from '../src/lib/cms/gazetteer.ts';
import {
  intakeConfirmation,
  intakeCorrection,
  intakeProposal,
  parseIssueForm,
  type Intake,
  type IntakeOrigin,
  type IssueForm,
} from '../src/lib/intake/issue-form.ts';
import { MailUnreadable, parseLabelledAnswers, readMail } from '../src/lib/intake/mail.ts';
import { FORM_WORDS, intakeReply, pullRequestTitle, type IntakeFormName } from '../src/lib/intake/reply.ts';
import { formatProblem, type Problem } from '../src/lib/problems.ts';
import { placeContext } from '../src/lib/review/place-context.ts';
import { boundedBody, boundedText, GITHUB_BODY_LIMIT, reviewSummary, type KnownEntry } from '../src/lib/review/summary.ts';
import { ENTITY_FOLDERS } from '../src/lib/schema/schemas.ts';
import { loadPlaces } from '../src/io/places.ts';
import { siteConfig } from '../src/site.config.ts';

const { values } = cliArgs(
  {
    form: { type: 'string' },
    issue: { type: 'string' },
    mail: { type: 'string' },
    'body-file': { type: 'string' },
    out: { type: 'string' },
  },
  'npm run intake -- --form aanmelden|correctie|klopt-nog (--issue <n> | --mail bericht.eml | --body-file bericht.txt) [--out resultaat.json]',
);
const issue = Number(values.issue);
const mailFile = values.mail ?? values['body-file'];
const routes = [values.issue !== undefined, values.mail !== undefined, values['body-file'] !== undefined].filter(Boolean).length;
if (
  !['aanmelden', 'correctie', 'klopt-nog'].includes(values.form ?? '') ||
  routes !== 1 ||
  (values.issue !== undefined && (!Number.isInteger(issue) || issue < 1)) ||
  (values.form === 'klopt-nog' && values.issue === undefined)
) {
  console.error(
    [
      'Gebruik: ISSUE_BODY=... npm run intake -- --form aanmelden|correctie|klopt-nog --issue <nummer> [--out resultaat.json]',
      '    of: npm run intake -- --form aanmelden|correctie --mail bericht.eml [--out resultaat.json]',
      '    of: npm run intake -- --form aanmelden|correctie --body-file bericht.txt [--out resultaat.json]',
    ].join('\n'),
  );
  process.exit(2);
}
const form = load(readFileSync(resolve('.github', 'ISSUE_TEMPLATE', `${values.form}.yml`), 'utf8')) as IssueForm;
const today = new Date().toISOString().slice(0, 10);
let answers;
let origin: IntakeOrigin = issue;
if (mailFile !== undefined) {
  let raw: string;
  try {
    // Relative to where the editor typed the command (npm runs scripts from the project root).
    raw = readFileSync(resolve(process.env.INIT_CWD ?? '.', mailFile), 'utf8');
  } catch (e) {
    console.error(`Kan ${mailFile} niet lezen: ${(e as Error).message}`);
    process.exit(2);
  }
  // A mail with these questions is a few kilobytes; a file of megabytes is not one.
  if (raw.length > 1_000_000) {
    console.error(`${mailFile} is groter dan 1 MB; dat is geen ingevuld bericht. Niets geschreven.`);
    process.exit(2);
  }
  let mail: ReturnType<typeof readMail> | { text: string };
  try {
    mail = values.mail !== undefined ? readMail(raw) : { text: raw };
  } catch (e) {
    if (!(e instanceof MailUnreadable)) throw e;
    console.error(`${e.message} Niets geschreven.`);
    process.exit(2);
  }
  answers = parseLabelledAnswers(mail.text, form);
  origin = { mailReceived: ('date' in mail && mail.date) || today };
} else answers = parseIssueForm(process.env.ISSUE_BODY ?? '', form);
const dir = dataDir();
const root = resolve(dir, '..');
const before = await loadDataset(dir);
const gazetteer = buildGazetteer(before, before.regionSets[0]!, siteConfig.map.bounds, 480, await loadPlaces()).places;

let result: Intake;
if (values.form === 'aanmelden') {
  result = intakeProposal(
    answers,
    {
      organisations: before.organisations.map((o) => ({ id: o.id, name: o.data.name })),
      initiativeIds: new Set(before.initiatives.map((i) => i.id)),
      places: gazetteer,
      today,
    },
    origin,
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
    values.form === 'klopt-nog' ? intakeConfirmation(answers, current, issue, today) : intakeCorrection(answers, current, origin, today);
}

// A form with problems is still checked as a whole (without keeping the file), so the
// contributor hears every problem in one answer instead of one round at a time.
const formProblems: Problem[] = result.problems;
if (formProblems.length && result.draft) result = { ...result, path: result.draft.path, text: result.draft.text };

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
    if (errors.length || formProblems.length) {
      if (previous === undefined) removeDataFile(dir, target, result.text, result.path);
      else writeDataFile(dir, target, previous, { previous: result.text }, result.path);
      result = { title: result.title, problems: [...formProblems, ...errors] };
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
const isMail = typeof origin !== 'number';
// The branch is named for the content: an edited issue gives a new branch and a new pull
// request, never a force-push that swaps what a reviewer already read.
const branch = `invoer/${isMail ? 'mail' : `issue-${issue}`}-${createHash('sha256')
  .update(`${result.path ?? ''}\n${result.text ?? ''}`)
  .digest('hex')
  .slice(0, 10)}`;
// Names, not ids, in the pull request: the dataset before the change names every organisation.
const known: KnownEntry[] = [
  ...before.initiatives.map((i) => ({ kind: 'initiative' as const, id: i.id, name: i.data.name, points: [] })),
  ...before.organisations.map((o) => ({ kind: 'organisation' as const, id: o.id, name: o.data.name, points: [] })),
];
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
      known,
      placeContext(gazetteer, before.regionSets[0]!),
    )
  : '';
const formTitle = FORM_WORDS[values.form as IntakeFormName].title;
const prBody = !ok
  ? ''
  : isMail
    ? boundedBody(
        `Omgezet uit een e-mail (ontvangen ${(origin as { mailReceived: string }).mailReceived}, vragen van het formulier "${formTitle}"). ` +
          'Naam en adres van de afzender staan niet in de data; antwoord de afzender vanuit de mailbox van de redactie.\n\n' +
          'Gecontroleerd bij het omzetten: de hele dataset blijft geldig met dit bestand (dezelfde controle als `npm run validate`).\n\n',
        summary,
      )
    : boundedBody(
        // GitHub's closing keywords are English only: "Closes #N" closes the issue on merge, "Sluit #N" does not.
        `Omgezet uit issue #${issue} (formulier "${formTitle}"). Het issue wordt gesloten bij het samenvoegen.\n\n` +
          'Gecontroleerd bij het omzetten: de hele dataset blijft geldig met dit bestand (dezelfde controle als `npm run validate`). ' +
          'GitHub start de gewone controles niet vanzelf voor een pull request die een workflow opent: sluit en heropen deze pull request om ze te starten.\n\n' +
          `Closes #${issue}\n\n`,
        summary,
      );
const comment = boundedText(
  intakeReply({ ok, form: values.form as IntakeFormName, problems: result.problems, formDefinition: form, mail: isMail }),
  GITHUB_BODY_LIMIT,
);
for (const p of result.problems) console.log(formatProblem(p));
console.log(ok ? `${result.path} geschreven (${result.title}).` : 'Niets geschreven.');
if (values.out) {
  try {
    mkdirSync(dirname(resolve(values.out)), { recursive: true });
    writeFileSync(
      values.out,
      JSON.stringify({ ok, path: result.path, title: pullRequestTitle(result.title), branch, prBody, comment }, null, 2),
    );
  } catch (e) {
    console.error(`Kan ${values.out} niet schrijven: ${(e as Error).message}`);
    process.exit(2);
  }
}
process.exit(ok ? 0 : 1);
