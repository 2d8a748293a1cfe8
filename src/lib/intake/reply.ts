import { trimSubject } from '../history';
import type { Problem } from '../problems';
import { markdownText } from '../review/summary';
import { problemsInFormWords, type IssueForm } from './issue-form';

/** The three forms the intake converts (their file names without .yml). */
export type IntakeFormName = 'aanmelden' | 'correctie' | 'klopt-nog';

/** Each form's title (as the form shows it) and what the contributor sent, in a sentence ("Uw bevestiging"). */
export const FORM_WORDS: Record<IntakeFormName, { title: string; what: string }> = {
  aanmelden: { title: 'Initiatief aanmelden', what: 'aanmelding' },
  correctie: { title: 'Correctie doorgeven', what: 'correctie' },
  // A review found a confirmation answered as a correction.
  'klopt-nog': { title: 'Bevestigen dat het klopt', what: 'bevestiging' },
};

/**
 * The answer a contributor reads under the issue (or the editor sends back by mail): thanks,
 * and either that a proposal was made or every problem at once, each under the form's own
 * label. Plain Dutch; no developer words (the test in tests/unit/contributor-words.test.ts).
 */
export function intakeReply(o: {
  ok: boolean;
  form: IntakeFormName;
  problems: readonly Problem[];
  formDefinition: IssueForm;
  mail?: boolean;
}): string {
  const what = FORM_WORDS[o.form].what;
  if (o.ok)
    return o.mail
      ? `Bedankt! Uw ${what} is omgezet in een voorstel voor de atlas. Een beheerder kijkt het na en de bronnen; daarna staat het op de site.`
      : `Bedankt! Uw ${what} is omgezet in een voorstel voor de atlas; een beheerder kijkt het na. De link naar het voorstel staat hieronder; daar ziet u wat er met uw ${what} gebeurt.`;
  const items = problemsInFormWords(o.problems, o.formDefinition).map(
    (p) => `- ${p.label ? `**${markdownText(p.label)}**: ` : ''}${markdownText(p.message)}${p.hint ? ` ${markdownText(p.hint)}` : ''}`,
  );
  const next = o.mail
    ? 'Wilt u die punten aanvullen en het bericht opnieuw sturen? Het mag ook zonder: een beheerder verwerkt het dan met de hand.'
    : 'Pas het formulier aan met "Edit" bij uw tekst (de omzetting draait dan opnieuw), of wacht: een beheerder verwerkt het met de hand.';
  return `Bedankt! Uw ${what} kon nog niet automatisch worden omgezet. ${items.length === 1 ? 'Dit punt klopt' : `Deze ${items.length} punten kloppen`} nog niet:\n\n${items.join('\n')}\n\n${next}`;
}

/** GitHub refuses a pull-request title over 256 characters; the intake stays well below. */
export const PULL_REQUEST_TITLE_MAX = 200;

/**
 * The title of the proposal's pull request (and its commit): the converted title, cut at a word
 * with an ellipsis when it is long. A review found a 2,000-character name in a correction make
 * `gh pr create` fail after the branch was pushed, so the contributor heard nothing.
 */
export function pullRequestTitle(title: string): string {
  return trimSubject(title, PULL_REQUEST_TITLE_MAX);
}
