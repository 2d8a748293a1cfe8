import { freeId } from '../ids';
import { samePlace } from '../cms/gazetteer';
import { fileProblem, topField, type Problem } from '../problems';
import { ENTITY_FOLDERS, ENTITY_SCHEMAS, schemaLabels, vocabulary, type VocabularyName } from '../schema/schemas';
import type { Initiative } from '../schema/types.generated';
import { organisationKindFromName } from '../import/reference-organisations';
import { placeNameCandidates } from '../text/place-aliases';
import { foldName } from '../text/unsafe-characters';
import { fundingFromText } from './funding-text';
import { yearFromText } from './year-text';
import { toCanonicalYaml } from '../yaml/canonical';
import { parseDataFile } from '../yaml/parse-data-file';

/** The parts of a GitHub issue form (.github/ISSUE_TEMPLATE/*.yml) the converter reads. */
export interface IssueForm {
  body: { type: string; id?: string; attributes: { label?: string; options?: (string | { label: string })[] } }[];
}

/** An answered form: text per field id, or the ticked labels of a checkboxes field. */
export type FormAnswers = Record<string, string | string[]>;

const NO_RESPONSE = '_No response_';

/**
 * Reads an issue body as GitHub renders a submitted issue form: for every field a
 * `### <label>` heading, a blank line and the answer (`_No response_` when left empty;
 * checkboxes as `- [X] label` lines). Headings are matched to the form's own labels, so a
 * contributor's text that happens to contain `###` cannot invent a field.
 */
export function parseIssueForm(body: string, form: IssueForm): FormAnswers {
  const fields = form.body.filter((b) => b.id && b.attributes.label);
  const byLabel = new Map(fields.map((f) => [f.attributes.label!.trim(), f]));
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const answers: FormAnswers = {};
  let current: (typeof fields)[number] | undefined;
  let buffer: string[] = [];
  const flush = () => {
    if (!current) return;
    const text = buffer.join('\n').trim();
    if (current.type === 'checkboxes') {
      answers[current.id!] = buffer.map((l) => /^- \[[xX]\] (.+)$/.exec(l.trim())?.[1]?.trim()).filter((x): x is string => !!x);
    } else if (text && text !== NO_RESPONSE) {
      answers[current.id!] = text;
    }
  };
  for (const line of lines) {
    const heading = /^### (.+)$/.exec(line);
    const field = heading ? byLabel.get(heading[1]!.trim()) : undefined;
    // A heading that is the next field of the form (in order) starts it; anything else is text.
    if (field && fields.indexOf(field) > (current ? fields.indexOf(current) : -1)) {
      flush();
      current = field;
      buffer = [];
    } else if (current) {
      buffer.push(line);
    }
  }
  flush();
  return answers;
}

/** What the atlas already holds, for matching names and places. */
export interface IntakeContext {
  organisations: readonly { id: string; name: string }[];
  initiativeIds: ReadonlySet<string>;
  places: readonly { name: string; latitude: number; longitude: number }[];
  /** ISO date the form was converted, recorded as the day the sources were consulted. */
  today: string;
}

/** The outcome: a file to propose, or what stops it, in Dutch. */
export interface Intake {
  path?: string;
  text?: string;
  title: string;
  problems: Problem[];
  /**
   * The file as far as it could be made, also when `problems` stop it: the converter validates
   * it too, so a contributor hears every problem in one answer, not one round at a time.
   */
  draft?: { path: string; text: string };
}

/** Where a proposal came from: an issue (its number) or an e-mail (the day it arrived). */
export type IntakeOrigin = number | { mailReceived: string };

const originLabel = (o: IntakeOrigin) => (typeof o === 'number' ? `issue #${o}` : 'e-mail');

/**
 * The kind of initiative from an answer: the form's label or code, the abbreviation in the
 * label's brackets ("CIV", "pps"), or the start of a label ("Regionaal netwerk"), as a mail
 * or a hurried contributor writes it.
 */
function initiativeKindOf(answer: string): Initiative['kind'] | undefined {
  const v = vocabulary('initiative_kind');
  const a = foldName(answer);
  if (!a) return undefined;
  const matches = (labels: Readonly<Record<string, string>>) =>
    v.values.find((x) => {
      const label = labels[x] ?? x;
      const abbr = /\(([^)]+)\)\s*$/.exec(label)?.[1];
      return (
        foldName(label) === a || x === answer.trim() || (abbr && foldName(abbr) === a) || (a.length >= 6 && foldName(label).startsWith(a))
      );
    });
  // The wording in use first; the schema's own only when that finds nothing (codeOf says why).
  return (matches(v.labels) ?? matches(schemaLabels('initiative_kind'))) as Initiative['kind'] | undefined;
}

const text = (a: FormAnswers, id: string) => (typeof a[id] === 'string' ? (a[id] as string).trim() : '');
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
/**
 * A vocabulary's code from a form's answer: the label in use, the code itself, or the schema's
 * own label. A fork with its own wording (vocabularyLabels) may still have the issue forms with
 * the original labels; their answers still count (a fork review found them refused).
 */
const codeOf = (vocab: VocabularyName, label: string) => {
  const v = vocabulary(vocab);
  // The wording in use and the codes first: a fork may give one code the original label of another.
  const original = schemaLabels(vocab);
  return v.values.find((x) => v.labels[x] === label || x === label) ?? v.values.find((x) => original[x] === label);
};

/** Sources from a free-text answer: one per line; a line that is a web address becomes a url. */
function sourcesOf(answer: string, today: string): NonNullable<Initiative['sources']> {
  return answer
    .split('\n')
    .map(oneLine)
    .filter(Boolean)
    .map((s) => (/^https?:\/\/\S+$/.test(s) ? { url: s, consulted: today } : { title: s.slice(0, 300), consulted: today }));
}

/**
 * Turns an answered "Initiatief aanmelden" form (or the same answers from a mail) into a new
 * initiative file in canonical form: labels become codes; the lead and partners become
 * references when the atlas has them (by folded name) and `new_organisations` otherwise, with
 * the kind their name says ("ROC", "Hogeschool", "Gemeente", "BV"; "other" when it says none,
 * for the maintainer to set); a place known to the gazetteer (also by an everyday name such as
 * "Den Bosch") gets its coordinates, marked as the centre of the place; "rond 2019" is 2019,
 * approximate; funding lines are read for scheme, year and amount and kept whole as their note.
 * The status is "unknown" until a maintainer knows better.
 */
export function intakeProposal(answers: FormAnswers, ctx: IntakeContext, origin: IntakeOrigin): Intake {
  const name = oneLine(text(answers, 'naam'));
  const problems: Problem[] = [];
  const file = `data/${ENTITY_FOLDERS.initiative}/`;
  const problem = (field: string, message: string, hint?: string) =>
    problems.push(fileProblem(originLabel(origin), message, { field, ...(hint ? { hint } : {}) }));
  const kind = initiativeKindOf(text(answers, 'soort'));
  if (!name) problem('name', 'De naam van het initiatief ontbreekt.');
  if (!text(answers, 'soort')) problem('kind', 'De soort samenwerking ontbreekt.');
  else if (!kind) problem('kind', `'${text(answers, 'soort')}' is geen soort samenwerking uit de lijst.`);
  const orgId = (n: string) => ctx.organisations.find((o) => foldName(o.name) === foldName(n) || o.id === n.trim())?.id;
  const data: Initiative & Record<string, unknown> = {
    name,
    kind: kind as Initiative['kind'],
    status: 'unknown',
    summary: oneLine(text(answers, 'samenvatting')),
    sources: sourcesOf(text(answers, 'bron'), ctx.today),
  };
  // A form gives ticked boxes; a mail gives "mbo, hbo" or "mbo en hbo".
  const levelAnswer = answers.niveaus;
  const levelWords = Array.isArray(levelAnswer) ? levelAnswer : (levelAnswer ?? '').split(/[,;/\n]|\s+en\s+|\s+/);
  const levels = levelWords.map((l) => codeOf('education_level', l.trim().toLowerCase())).filter((x): x is NonNullable<typeof x> => !!x);
  if (levels.length) data.levels = levels as NonNullable<Initiative['levels']>;
  const newOrgs: NonNullable<Initiative['new_organisations']> = [];
  const lead = oneLine(text(answers, 'penvoerder'));
  if (lead) {
    const id = orgId(lead);
    if (id) data.lead_organisation = id;
    else newOrgs.push({ name: lead.slice(0, 160), kind: organisationKindFromName(lead), role: 'lead' });
  }
  const partners = text(answers, 'partners')
    .split('\n')
    .map((l) => oneLine(l.replace(/^[-*•]\s*/, '')))
    .filter(Boolean);
  for (const p of partners) {
    const id = orgId(p);
    if (id && id !== data.lead_organisation) (data.partners ??= []).push({ organisation: id });
    else if (!id) newOrgs.push({ name: p.slice(0, 160), kind: organisationKindFromName(p), role: 'partner' });
  }
  if (newOrgs.length) data.new_organisations = newOrgs;
  const place = oneLine(text(answers, 'plaats'));
  if (place) {
    // "Den Bosch" is 's-Hertogenbosch: the typed name first, then its everyday other names.
    const hit = placeNameCandidates(place)
      .map((n) => ctx.places.find((p) => samePlace(p.name, n)))
      .find(Boolean);
    if (hit) data.locations = [{ place: hit.name, latitude: hit.latitude, longitude: hit.longitude, precision: 'place' }];
  }
  const year = text(answers, 'startjaar');
  if (year) {
    const y = yearFromText(year);
    if (y) {
      data.start_year = y.year;
      if (y.certainty) data.start_year_certainty = y.certainty;
      if (y.note) data.start_year_note = y.note;
    } else
      problem(
        'start_year',
        `'${year}' is geen jaartal.`,
        'Schrijf het startjaar als vier cijfers, bijvoorbeeld 2021; weet u het niet precies, schrijf dan "rond 2021".',
      );
  }
  const website = text(answers, 'website');
  if (website) data.website = website;
  // One funding a line, read the Dutch way ("RIF, 2023, EUR 450.000"); the line stays as its note.
  const funding = text(answers, 'financiering')
    .split('\n')
    .map((l) => oneLine(l.replace(/^[-*•]\s*/, '')))
    .filter(Boolean)
    .slice(0, 50)
    .map(fundingFromText);
  if (funding.length) data.funding = funding;
  const notes = [
    typeof origin === 'number'
      ? `Aangemeld via het formulier (issue #${origin}).`
      : `Aangemeld per e-mail (ontvangen ${origin.mailReceived}).`,
  ];
  if (place && !data.locations) notes.push(`Plaats volgens de aanmelding: ${place} (nog zonder coördinaten).`);
  if (newOrgs.some((o) => o.kind === 'other')) notes.push('Soort van de nieuwe organisaties nog na te gaan.');
  else if (newOrgs.length) notes.push('Soort van de nieuwe organisaties afgeleid uit hun naam.');
  data.notes = notes.join(' ');
  const id = freeId(name, new Set(ctx.initiativeIds), 'initiatief');
  const draft = { path: `${file}${id}.yaml`, text: toCanonicalYaml(data, ENTITY_SCHEMAS.initiative) };
  if (problems.length) return { title: `Aanmelding: ${name || 'zonder naam'}`, problems, draft };
  return { ...draft, title: `Aanmelding: ${name}`, problems };
}

/**
 * Turns an answered "Correctie doorgeven" form into a proposed change of the file it names:
 * the correction text is added to `notes` (marked as reported, with the issue number) and
 * the source to `sources`, so the pull request holds the contributor's words and source
 * exactly; the maintainer then moves the facts into their fields before merging.
 */
export function intakeCorrection(
  answers: FormAnswers,
  current: { path: string; text: string } | undefined,
  origin: IntakeOrigin,
  today: string,
): Intake {
  const kindWord = text(answers, 'soort') === 'organisatie' ? 'organisation' : 'initiative';
  const id = text(answers, 'id');
  const title = `Correctie: ${oneLine(text(answers, 'naam')) || id}`;
  const fail = (message: string, hint?: string, field = 'id'): Intake => ({
    title,
    problems: [fileProblem(originLabel(origin), message, { field, ...(hint ? { hint } : {}) })],
  });
  if (!current)
    return fail(
      `Er is geen ${kindWord === 'organisation' ? 'organisatie' : 'initiatief'} met id '${id}'.`,
      'Het id is het laatste deel van het webadres van de pagina.',
    );
  const parsed = parseDataFile(current.text, current.path);
  if (!parsed.value || parsed.problems.length)
    return fail(`${current.path} is nu niet leesbaar; een beheerder verwerkt deze correctie met de hand.`);
  const data = { ...(parsed.value as Record<string, unknown>) };
  const reported = `Correctie gemeld (${originLabel(origin)}, ${today}): ${oneLine(text(answers, 'correctie'))}`;
  const sources = sourcesOf(text(answers, 'bron'), today);
  // Organisations have no source list: their source goes into the note with the correction.
  const orgSource =
    kindWord === 'organisation' && sources.length ? ` Bron: ${sources.map((s) => ('url' in s ? s.url : s.title)).join('; ')}.` : '';
  const notes = [data.notes, reported + orgSource].filter(Boolean).join(' ');
  if (notes.length > 1000)
    return fail(
      'De correctie is te lang voor het veld Opmerkingen; een beheerder verwerkt haar met de hand.',
      typeof origin === 'number' ? 'Uw tekst blijft in dit issue staan.' : 'Uw bericht blijft bij de redactie.',
      'notes',
    );
  data.notes = notes;
  if (kindWord === 'initiative') data.sources = [...((data.sources as unknown[]) ?? []), ...sources];
  return { path: current.path, text: toCanonicalYaml(data, ENTITY_SCHEMAS[kindWord]), title, problems: [] };
}

/**
 * Turns an answered "Bevestigen dat het klopt" form into a proposed check of the file it names:
 * last_verified is the day of the conversion, verified_by who confirmed (a vocabulary label in the
 * form), and for the editors the source they checked against (required). Nothing else changes;
 * a maintainer reviews the pull request, as every check records what someone actually did.
 */
export function intakeConfirmation(
  answers: FormAnswers,
  current: { path: string; text: string } | undefined,
  issue: number,
  today: string,
): Intake {
  const kindWord = text(answers, 'soort') === 'organisatie' ? 'organisation' : 'initiative';
  const id = text(answers, 'id');
  const title = `Klopt nog: ${oneLine(text(answers, 'naam')) || id}`;
  const fail = (field: string, message: string, hint?: string): Intake => ({
    title,
    problems: [fileProblem(`issue #${issue}`, message, { field, ...(hint ? { hint } : {}) })],
  });
  if (!current)
    return fail(
      'id',
      `Er is geen ${kindWord === 'organisation' ? 'organisatie' : 'initiatief'} met id '${id}'.`,
      'Het id is het laatste deel van het webadres van de pagina.',
    );
  if (!((answers.bevestiging as string[] | undefined) ?? []).length)
    return fail(
      'bevestiging',
      'De bevestiging is niet aangevinkt: er is niets vastgelegd.',
      'Klopt er iets niet? Gebruik "Correctie doorgeven".',
    );
  const by = codeOf('verified_by', text(answers, 'wie'));
  if (!by) return fail('wie', 'Er staat niet wie er controleerde.');
  const source = sourcesOf(text(answers, 'bron'), today)[0];
  if (by === 'editors' && !source)
    return fail('bron', 'De redactie controleerde, maar tegen welke bron staat er niet.', 'Vul bij Bron het webadres of de titel in.');
  const parsed = parseDataFile(current.text, current.path);
  if (!parsed.value || parsed.problems.length)
    return fail('id', `${current.path} is nu niet leesbaar; een beheerder verwerkt deze bevestiging met de hand.`);
  const data = { ...(parsed.value as Record<string, unknown>) };
  data.last_verified = today;
  data.verified_by = by;
  delete data.verified_source;
  if (by === 'editors' && source) {
    const { consulted: _date, ...where } = source;
    data.verified_source = where;
  }
  return { path: current.path, text: toCanonicalYaml(data, ENTITY_SCHEMAS[kindWord]), title, problems: [] };
}

/** The form field (by id) that holds each data field, so a problem names the label the contributor saw. */
const FORM_FIELD_OF: Record<string, string> = {
  name: 'naam',
  kind: 'soort',
  summary: 'samenvatting',
  locations: 'plaats',
  levels: 'niveaus',
  lead_organisation: 'penvoerder',
  partners: 'partners',
  new_organisations: 'partners',
  start_year: 'startjaar',
  start_year_certainty: 'startjaar',
  start_year_note: 'startjaar',
  funding: 'financiering',
  website: 'website',
  sources: 'bron',
  notes: 'correctie',
  id: 'id',
};

/**
 * Problems as the contributor's answer lists them: under the form's own label ("Website", not
 * the schema's "Webadres"), one per field (two rules failing on one web address are one thing
 * to fix), with the schema title in brackets left out. Problems of fields the form does not
 * have come last, without a label.
 */
export function problemsInFormWords(problems: readonly Problem[], form: IssueForm): { label?: string; message: string; hint?: string }[] {
  const labels = new Map(form.body.filter((b) => b.id && b.attributes.label).map((b) => [b.id!, b.attributes.label!.trim()]));
  const seen = new Set<string>();
  const out: { label?: string; message: string; hint?: string; order: number }[] = [];
  const ids = form.body.map((b) => b.id);
  for (const p of problems) {
    const top = topField(p.field);
    const formId = FORM_FIELD_OF[top];
    // One line per form field (per item of a list); the first rule that fails says it.
    const fieldKey =
      formId && labels.has(formId) ? formId + p.field.slice(top.length).replace(/^([^.]*)\..*$/, '$1') : p.field || p.message;
    if (seen.has(fieldKey)) continue;
    seen.add(fieldKey);
    const message = p.message.replace(/ \((?:[A-Z][^()'"]{1,60})\)(?=[:.]|$)/, '');
    out.push({
      ...(formId && labels.has(formId) ? { label: labels.get(formId)! } : {}),
      message: message.charAt(0).toUpperCase() + message.slice(1),
      ...(p.hint ? { hint: p.hint } : {}),
      order: formId ? ids.indexOf(formId) : Number.MAX_SAFE_INTEGER,
    });
  }
  return out.sort((a, b) => a.order - b.order).map(({ order: _order, ...rest }) => rest);
}
