/**
 * Rules about who checked an entry and when, for initiatives and organisations alike: a check
 * date says what someone actually did, so it comes with who did it (and, for the editors, the
 * source they checked against), and it is never in the future. Single-file rules: the CMS
 * applies them before it saves, CI on every file.
 */
import type { Checked } from '../../checks';
import type { Problem } from '../../problems';
import { vocabulary } from '../../schema/schemas';
import type { CheckContext, RuleTarget } from '../records';
import { problemAt } from './problem-at';

/** The fields of a check, as both entity kinds spell them. */
export type Verification = Checked;

/** A check date and who checked go together; the editors name the source they checked against; no date in the future. */
export function verificationRules(t: RuleTarget, data: Verification, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const by = vocabulary('verified_by').labels;
  if (data.last_verified && !data.verified_by)
    out.push(
      problemAt(t, '/last_verified', 'verified_by', `Er staat een controledatum (${data.last_verified}), maar niet wie er controleerde.`, {
        hint: `Vul 'verified_by' in: editors (${by.editors}), initiative (${by.initiative}) of organisation (${by.organisation}).`,
      }),
    );
  if (data.verified_by && !data.last_verified)
    out.push(
      problemAt(t, '/verified_by', 'last_verified', 'Er staat wie er controleerde, maar niet wanneer.', {
        hint: "Vul 'last_verified' in met de datum van de controle (JJJJ-MM-DD), of maak 'verified_by' leeg.",
      }),
    );
  if (data.verified_by === 'editors' && !data.verified_source)
    out.push(
      problemAt(t, '/verified_by', 'verified_source', `${by.editors} controleerde, maar tegen welke bron staat er niet.`, {
        hint: "Vul 'verified_source' in met het webadres (url) of de titel (title) van de bron.",
      }),
    );
  if (data.verified_source && !data.verified_by)
    out.push(
      problemAt(t, '/verified_source', 'verified_by', 'Er staat een bron van de controle, maar niet wie er controleerde.', {
        hint: "Vul 'verified_by' in (editors) en 'last_verified' met de datum.",
      }),
    );
  if (data.last_verified && data.last_verified > ctx.today)
    out.push(problemAt(t, '/last_verified', 'last_verified', `De controledatum ${data.last_verified} ligt in de toekomst.`));
  return out;
}
