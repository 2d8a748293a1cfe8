import type { Problem } from '../problems';
import { markdownText } from '../review/summary';
import { problemsInFormWords, type IssueForm } from './issue-form';

/**
 * The answer a contributor reads under the issue (or the editor sends back by mail): thanks,
 * and either that a proposal was made or every problem at once, each under the form's own
 * label. Plain Dutch; no developer words (the test in tests/unit/contributor-words.test.ts).
 */
export function intakeReply(o: {
  ok: boolean;
  form: 'aanmelden' | 'correctie';
  problems: readonly Problem[];
  formDefinition: IssueForm;
  mail?: boolean;
}): string {
  const what = o.form === 'aanmelden' ? 'aanmelding' : 'correctie';
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
