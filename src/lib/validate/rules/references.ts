/**
 * Rules about what an initiative names (organisations, other initiatives): that it exists
 * (between files), and that it is named once and sensibly (one file). Each is a small named
 * function over tiny inputs, unit-tested on its own; its scope is declared in ./table.ts.
 */
import { findCycles } from '../../graph';
import { closest, distance } from 'fastest-levenshtein';
import type { Problem } from '../../problems';
import { ENTITIES, everyNamedId, namedIds, vocabulary, type EntityReference } from '../../schema/schemas';
import type { Initiative } from '../../schema/types.generated';
import { similarNames } from '../../text/similar-names';
import { foldName } from '../../text/unsafe-characters';
import type { RuleTarget } from '../records';
import { problemAt } from './problem-at';

/**
 * The known id nearest to a wanted one, when it is plausibly a typo or a shortened name. A
 * shortened name comes first: 'avans' is 'avans-hogeschool', though 'aventus' is fewer edits
 * away (a newcomer review); of several ids that hold it as a word, the shortest.
 */
export function suggestId(wanted: string, ids: Iterable<string>): string | undefined {
  const all = [...ids];
  if (!all.length) return undefined;
  // Whole words of the id: 'avans' in 'avans-hogeschool', not 'roc' in 'rocva'.
  const asWord = all.filter((id) => id !== wanted && `-${id}-`.includes(`-${wanted}-`));
  if (asWord.length) return asWord.reduce((a, b) => (b.length < a.length ? b : a));
  const best = closest(wanted, all);
  return distance(wanted, best) <= Math.max(3, Math.floor(wanted.length / 3)) || best.includes(wanted) || wanted.includes(best)
    ? best
    : undefined;
}

/** The hint for an id that went into another file (its `former_ids` name it). */
const movedHint = (old: string, now: string) => `'${old}' is opgegaan in '${now}' (een eerder adres daarvan); gebruik '${now}'.`;

/**
 * Every organisation an initiative names (the lead, every partner: the fields its schema marks
 * `x-atlas-reference: organisation`) exists in data/organisations/. `references` is the
 * descriptor's; a test passes those of a schema copy.
 */
export function organisationReferences(
  t: RuleTarget,
  data: Initiative,
  organisationIds: ReadonlySet<string>,
  references: readonly EntityReference[] = ENTITIES.initiative.references,
  moved: ReadonlyMap<string, string> = new Map(),
): Problem[] {
  const folder = ENTITIES.organisation.folder;
  // Where each name stands is worked out only when one is missing (almost never).
  if (everyNamedId(data, references, 'organisation', (id) => organisationIds.has(id))) return [];
  return namedIds(data, references)
    .filter((r) => r.target === 'organisation' && !organisationIds.has(r.id))
    .map(({ id, pointer, field }) => {
      const now = moved.get(id);
      const s = suggestId(id, organisationIds);
      return problemAt(t, pointer, field, `Organisatie '${id}' bestaat niet.`, {
        hint: now
          ? movedHint(id, now)
          : s
            ? `Bedoelde u '${s}'? Of maak data/${folder}/${id}.yaml aan.`
            : `Maak eerst data/${folder}/${id}.yaml aan (npm run new -- organisation "Naam").`,
      });
    });
}

/** An organisation is a partner at most once, and not also the lead. */
export function partnersOnce(t: RuleTarget, data: Initiative): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  (data.partners ?? []).forEach((p, i) => {
    const pointer = `/partners/${i}/organisation`;
    const field = `partners[${i}].organisation`;
    if (p.organisation === data.lead_organisation)
      out.push(
        problemAt(t, pointer, field, `'${p.organisation}' is al penvoerder en hoort niet ook bij de partners.`, {
          hint: `Verwijder deze partnerregel; gebruik rol "${vocabulary('partner_role').labels.co_lead}" voor een tweede penvoerder.`,
        }),
      );
    else if (seen.has(p.organisation))
      out.push(
        problemAt(t, pointer, field, `'${p.organisation}' staat twee keer bij de partners.`, { hint: 'Verwijder één van de twee.' }),
      );
    seen.add(p.organisation);
  });
  return out;
}

/** No initiative is related to itself (its own id is its file name). */
export function relationToSelf(t: RuleTarget, data: Initiative): Problem[] {
  if (!t.id) return [];
  return (data.relations ?? []).flatMap((r, i) =>
    r.initiative === t.id
      ? [problemAt(t, `/relations/${i}/initiative`, `relations[${i}].initiative`, 'Een initiatief kan geen relatie met zichzelf hebben.')]
      : [],
  );
}

/**
 * Every initiative an initiative names (its relations: the fields its schema marks
 * `x-atlas-reference: initiative`) exists; a relation to itself is relationToSelf's to report.
 */
export function relationReferences(
  t: RuleTarget,
  data: Initiative,
  initiativeIds: ReadonlySet<string>,
  references: readonly EntityReference[] = ENTITIES.initiative.references,
  moved: ReadonlyMap<string, string> = new Map(),
): Problem[] {
  const folder = ENTITIES.initiative.folder;
  if (everyNamedId(data, references, 'initiative', (id) => id === t.id || initiativeIds.has(id))) return [];
  return namedIds(data, references)
    .filter((r) => r.target === 'initiative' && r.id !== t.id && !initiativeIds.has(r.id))
    .map(({ id, pointer, field }) => {
      const now = moved.get(id);
      const s = suggestId(id, initiativeIds);
      return problemAt(t, pointer, field, `Initiatief '${id}' bestaat niet.`, {
        hint: now
          ? movedHint(id, now)
          : s
            ? `Bedoelde u '${s}'?`
            : `Controleer het id: dat is de bestandsnaam in data/${folder}/ zonder .yaml.`,
      });
    });
}

/**
 * Organisations a contributor named inside an initiative because they are not in the atlas
 * yet (`new_organisations`). Never an error to propose one: a warning tells the maintainer to
 * adopt it (npm run adopt:organisations), and one that already exists by name is pointed out.
 * `existingByName`: folded organisation name -> id.
 */
export function newOrganisations(
  t: RuleTarget,
  data: Initiative,
  existingByName: ReadonlyMap<string, string>,
  existing: readonly { id: string; name: string }[] = [],
): Problem[] {
  return (data.new_organisations ?? []).map((o, i) => {
    const field = `new_organisations[${i}]`;
    const pick = `Kies haar bij ${o.role === 'lead' ? 'Penvoerder' : 'Partners'}`;
    const same = existingByName.get(foldName(o.name));
    if (same)
      return problemAt(t, `/new_organisations/${i}/name`, `${field}.name`, `'${o.name}' staat al in de atlas (${same}).`, {
        severity: 'warning',
        hint: `${pick}; npm run adopt:organisations doet dat ook.`,
      });
    // A near name is asked now, before adopt:organisations makes a second file of the same
    // organisation (a newcomer review: the review only flagged it once the file existed).
    const near = existing.find((e) => similarNames(e.name, o.name));
    if (near)
      return problemAt(
        t,
        `/new_organisations/${i}/name`,
        `${field}.name`,
        `'${o.name}' lijkt op ${near.name} (${near.id}), die al in de atlas staat.`,
        {
          severity: 'warning',
          hint: `Is het dezelfde, ${pick.charAt(0).toLowerCase()}${pick.slice(1)} en haal dit voorstel weg; anders maakt npm run adopt:organisations er een nieuwe organisatie van.`,
        },
      );
    return problemAt(t, `/new_organisations/${i}`, field, `Nieuwe organisatie '${o.name}' staat nog niet in de atlas.`, {
      severity: 'warning',
      hint: 'Beheerder: npm run adopt:organisations maakt er een organisatiebestand van en zet haar bij Penvoerder of Partners.',
    });
  });
}

/** Of the proposed organisations only one may be the lead, and none beside a chosen lead. */
export function proposedLeads(t: RuleTarget, data: Initiative): Problem[] {
  const out: Problem[] = [];
  const leads = (data.new_organisations ?? []).map((o, i) => [o, i] as const).filter(([o]) => o.role === 'lead');
  if (leads.length > 1)
    out.push(
      problemAt(
        t,
        `/new_organisations/${leads[1]![1]}/role`,
        `new_organisations[${leads[1]![1]}].role`,
        'Er kan maar één penvoerder zijn.',
        {
          hint: `Zet de andere op Partner (met rol ${vocabulary('partner_role').labels.co_lead}).`,
        },
      ),
    );
  if (leads.length && data.lead_organisation)
    out.push(
      problemAt(
        t,
        `/new_organisations/${leads[0]![1]}/role`,
        `new_organisations[${leads[0]![1]}].role`,
        'Er is al een penvoerder gekozen.',
        {
          hint: 'Zet deze nieuwe organisatie op Partner, of maak Penvoerder leeg.',
        },
      ),
    );
  return out;
}

/**
 * Merge and part-of chains end: a cycle would make "where did this go?" unanswerable. Each
 * cycle is reported once, at the relations of its first member.
 */
export function relationCycles(
  initiatives: ReadonlyMap<string, RuleTarget & { data: Pick<Initiative, 'relations'> }>,
  type: 'merged_into' | 'part_of',
): Problem[] {
  const out: Problem[] = [];
  // Only initiatives with such a relation: one without cannot be on a cycle, and leaving it out
  // changes neither the cycles found nor their order (a name without edges ends a search either
  // way). At 10,000 initiatives, nearly all without relations, this was a third of the rules.
  const next = new Map<string, string[]>();
  for (const [id, r] of initiatives) {
    // A relation to itself is relationToSelf's to tell (a one-file rule), not a cycle: the same
    // file with an error elsewhere would otherwise be told the one, and then the other (a code review).
    const to = r.data.relations?.filter((x) => x.type === type && x.initiative !== id).map((x) => x.initiative);
    if (to?.length) next.set(id, to);
  }
  const reported = new Set<string>();
  for (const cycle of findCycles(next)) {
    const first = cycle[0]!;
    if (reported.has(first)) continue;
    cycle.forEach((c) => reported.add(c));
    out.push(
      problemAt(initiatives.get(first)!, '/relations', 'relations', `Kringverwijzing in '${type}': ${cycle.join(' → ')}.`, {
        hint: 'Een initiatief kan niet (via andere) in zichzelf opgaan of onderdeel van zichzelf zijn. Haal één relatie weg.',
      }),
    );
  }
  return out;
}
