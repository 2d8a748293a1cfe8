import { freeId } from '../ids';
import { samePlace } from '../cms/gazetteer';
import { fileProblem, type Problem } from '../problems';
import { ENTITY_FOLDERS, ENTITY_SCHEMAS, vocabulary } from '../schema/schemas';
import type { Initiative } from '../schema/types.generated';
import { foldName } from '../text/unsafe-characters';
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
}

const text = (a: FormAnswers, id: string) => (typeof a[id] === 'string' ? (a[id] as string).trim() : '');
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const codeOf = (vocab: string, label: string) => {
  const v = vocabulary(vocab);
  return v.values.find((x) => v.labels[x] === label || x === label);
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
 * Turns an answered "Initiatief aanmelden" form into a new initiative file in canonical form:
 * labels become codes; the lead and partners become references when the atlas has them (by
 * folded name) and `new_organisations` otherwise (kind "other", for the maintainer to set); a
 * place known to the gazetteer gets its coordinates, marked as the centre of the place; the
 * status is "unknown" until a maintainer knows better. Nothing the contributor typed is dropped:
 * what has no field of its own (funding) goes into a field's note.
 */
export function intakeProposal(answers: FormAnswers, ctx: IntakeContext, issue: number): Intake {
  const name = oneLine(text(answers, 'naam'));
  const problems: Problem[] = [];
  const file = `data/${ENTITY_FOLDERS.initiative}/`;
  const problem = (field: string, message: string, hint?: string) =>
    problems.push(fileProblem(`issue #${issue}`, message, { field, ...(hint ? { hint } : {}) }));
  const kind = codeOf('initiative_kind', text(answers, 'soort'));
  if (!name) problem('name', 'De naam van het initiatief ontbreekt.');
  if (!kind) problem('kind', `'${text(answers, 'soort')}' is geen soort samenwerking uit de lijst.`);
  const orgId = (n: string) => ctx.organisations.find((o) => foldName(o.name) === foldName(n) || o.id === n.trim())?.id;
  const data: Initiative & Record<string, unknown> = {
    name,
    kind: kind as Initiative['kind'],
    status: 'unknown',
    summary: oneLine(text(answers, 'samenvatting')),
    sources: sourcesOf(text(answers, 'bron'), ctx.today),
  };
  const levels = ((answers.niveaus as string[] | undefined) ?? [])
    .map((l) => codeOf('education_level', l))
    .filter((x): x is NonNullable<typeof x> => !!x);
  if (levels.length) data.levels = levels as NonNullable<Initiative['levels']>;
  const newOrgs: NonNullable<Initiative['new_organisations']> = [];
  const lead = oneLine(text(answers, 'penvoerder'));
  if (lead) {
    const id = orgId(lead);
    if (id) data.lead_organisation = id;
    else newOrgs.push({ name: lead, kind: 'other', role: 'lead' });
  }
  const partners = text(answers, 'partners')
    .split('\n')
    .map((l) => oneLine(l.replace(/^[-*•]\s*/, '')))
    .filter(Boolean);
  for (const p of partners) {
    const id = orgId(p);
    if (id && id !== data.lead_organisation) (data.partners ??= []).push({ organisation: id });
    else if (!id) newOrgs.push({ name: p.slice(0, 160), kind: 'other', role: 'partner' });
  }
  if (newOrgs.length) data.new_organisations = newOrgs;
  const place = oneLine(text(answers, 'plaats'));
  if (place) {
    const hit = ctx.places.find((p) => samePlace(p.name, place));
    if (hit) data.locations = [{ place: hit.name, latitude: hit.latitude, longitude: hit.longitude, precision: 'place' }];
  }
  const year = text(answers, 'startjaar');
  if (year) {
    if (/^\d{4}$/.test(year)) data.start_year = Number(year);
    else problem('start_year', `'${year}' is geen jaartal.`, 'Schrijf het startjaar als vier cijfers, bijvoorbeeld 2021.');
  }
  const website = text(answers, 'website');
  if (website) data.website = website;
  const funding = oneLine(text(answers, 'financiering'));
  if (funding) data.funding = [{ scheme: 'other', note: funding.slice(0, 300) }];
  const notes = [`Aangemeld via het formulier (issue #${issue}).`];
  if (place && !data.locations) notes.push(`Plaats volgens de aanmelding: ${place} (nog zonder coördinaten).`);
  if (newOrgs.length) notes.push('Soort van de nieuwe organisaties nog na te gaan.');
  data.notes = notes.join(' ');
  if (problems.length) return { title: `Aanmelding: ${name || 'zonder naam'}`, problems };
  const id = freeId(name, new Set(ctx.initiativeIds), 'initiatief');
  return { path: `${file}${id}.yaml`, text: toCanonicalYaml(data, ENTITY_SCHEMAS.initiative), title: `Aanmelding: ${name}`, problems };
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
  issue: number,
  today: string,
): Intake {
  const kindWord = text(answers, 'soort') === 'organisatie' ? 'organisation' : 'initiative';
  const id = text(answers, 'id');
  const title = `Correctie: ${oneLine(text(answers, 'naam')) || id}`;
  const fail = (message: string, hint?: string): Intake => ({
    title,
    problems: [fileProblem(`issue #${issue}`, message, { field: 'id', ...(hint ? { hint } : {}) })],
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
  const reported = `Correctie gemeld (issue #${issue}, ${today}): ${oneLine(text(answers, 'correctie'))}`;
  const sources = sourcesOf(text(answers, 'bron'), today);
  // Organisations have no source list: their source goes into the note with the correction.
  const orgSource =
    kindWord === 'organisation' && sources.length ? ` Bron: ${sources.map((s) => ('url' in s ? s.url : s.title)).join('; ')}.` : '';
  const notes = [data.notes, reported + orgSource].filter(Boolean).join(' ');
  if (notes.length > 1000)
    return fail(
      'De correctie is te lang voor het veld Opmerkingen; een beheerder verwerkt haar met de hand.',
      'Uw tekst blijft in dit issue staan.',
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
