import type { IssueForm } from '../../src/lib/intake/issue-form';

/**
 * A submitted form's body as GitHub writes it: per field `### <label>`, a blank line, the
 * answer or `_No response_`; checkboxes as `- [X] label` / `- [ ] label`. Markdown blocks
 * of the form are not in the body.
 */
export function renderIssueBody(f: IssueForm, answers: Record<string, string | string[]>): string {
  return f.body
    .filter((b) => b.type !== 'markdown')
    .map((b) => {
      const a = answers[b.id!];
      let value: string;
      if (b.type === 'checkboxes')
        value = (b.attributes.options ?? [])
          .map((o) => (typeof o === 'string' ? o : o.label))
          .map((l) => `- [${(a as string[] | undefined)?.includes(l) ? 'X' : ' '}] ${l}`)
          .join('\n');
      else value = typeof a === 'string' && a.trim() ? a : '_No response_';
      return `### ${b.attributes.label}\n\n${value}`;
    })
    .join('\n\n');
}
