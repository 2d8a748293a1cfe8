import { parseIssueForm, type FormAnswers, type IssueForm } from './issue-form';

/** Headers of one message part, names lower-cased, folded lines joined. */
function headersOf(block: string): Map<string, string> {
  const h = new Map<string, string>();
  for (const line of block.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (m) h.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  return h;
}

const param = (header: string | undefined, name: string) =>
  header
    ? new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i')
        .exec(header)
        ?.slice(1)
        .find((x) => x !== undefined)
    : undefined;

/** A saved mail the intake cannot read; its message is Dutch, for the editor. */
export class MailUnreadable extends Error {
  constructor(reason: string) {
    super(`Het bericht is niet te lezen: ${reason}.`);
    this.name = 'MailUnreadable';
  }
}

function decode(body: string, encoding: string, charset: string): string {
  let bytes: Uint8Array;
  if (/quoted-printable/i.test(encoding)) {
    const joined = body.replace(/=\n/g, '');
    const out: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      const hex = /^=([0-9A-Fa-f]{2})/.exec(joined.slice(i, i + 3));
      if (hex) {
        out.push(parseInt(hex[1]!, 16));
        i += 2;
      } else out.push(...new TextEncoder().encode(joined[i]!));
    }
    bytes = Uint8Array.from(out);
  } else if (/base64/i.test(encoding)) {
    let decoded: string;
    try {
      decoded = atob(body.replace(/[^A-Za-z0-9+/=]/g, ''));
    } catch {
      // A damaged part (a review crashed the intake with a DOMException): said, not a stack trace.
      throw new MailUnreadable('een deel van het bericht is beschadigd (ongeldige base64-codering)');
    }
    bytes = Uint8Array.from(decoded, (c) => c.charCodeAt(0));
  } else return body;
  try {
    return new TextDecoder(charset, { fatal: false }).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** The plain text of one part (a multipart part recursively: its first text/plain, else text/html without tags). */
function textOf(part: string, depth = 0): string | undefined {
  const split = /\n\n/.exec(part);
  const head = split ? part.slice(0, split.index) : part;
  const body = split ? part.slice(split.index + 2) : '';
  const h = headersOf(head);
  const type = (h.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/') && depth < 5) {
    const boundary = param(h.get('content-type'), 'boundary');
    if (!boundary) return undefined;
    const parts = body
      .split(`--${boundary}`)
      .slice(1)
      .filter((p) => !p.startsWith('--'));
    const texts = parts.map((p) => ({ type: headersOf(p.replace(/^\n/, '').split('\n\n')[0]!).get('content-type') ?? 'text/plain', p }));
    const pick = texts.find((t) => /^text\/plain/i.test(t.type)) ?? texts.find((t) => /^(text\/html|multipart\/)/i.test(t.type));
    return pick ? textOf(pick.p.replace(/^\n/, ''), depth + 1) : undefined;
  }
  const text = decode(body, h.get('content-transfer-encoding') ?? '', param(h.get('content-type'), 'charset') ?? 'utf-8');
  if (type.startsWith('text/html'))
    return text
      .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
  return type.startsWith('text/') ? text : undefined;
}

/**
 * A saved e-mail (.eml, as any mail program saves or exports it): its plain text and the day it
 * was sent (ISO date, from the Date header). The sender's name and address are not read: they
 * are for the editor's reply only and never reach the dataset.
 */
export function readMail(raw: string): { text: string; date?: string } {
  const normal = raw.replace(/\r\n?/g, '\n');
  const head = normal.slice(0, Math.max(0, normal.indexOf('\n\n')));
  const sent = headersOf(head).get('date');
  const date = sent && !Number.isNaN(Date.parse(sent)) ? new Date(sent).toISOString().slice(0, 10) : undefined;
  return { text: (textOf(normal) ?? '').replace(/\r\n?/g, '\n'), ...(date ? { date } : {}) };
}

/** Where a mail's answers end: a signature delimiter or a closing greeting. */
const END = /^(--\s*|met vriendelijke groet(en)?\b.*|vriendelijke groet(en)?\b.*|hartelijke groet(en)?\b.*|groet(en|jes)?\b.*|mvg\b.*)$/i;

/**
 * The answers in a mail, in either form the atlas offers: the issue form's `### Label` blocks
 * (as GitHub writes them), or `Label: answer` lines as the prefilled mail has them, an answer
 * running on over the following lines until the next label. A hint in brackets after the label
 * ("Partners (een per regel):") is allowed; so is a label that is a question without a colon.
 * Quoting marks of a forwarded mail ("> ") are removed first.
 */
export function parseLabelledAnswers(text: string, form: IssueForm): FormAnswers {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/^(>\s?)+/, ''));
  const fields = form.body.filter((b) => b.id && b.attributes.label);
  if (lines.some((l) => fields.some((f) => l.trim() === `### ${f.attributes.label!.trim()}`)))
    return parseIssueForm(lines.join('\n'), form);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const matchers = fields.map((f) => {
    const label = escape(f.attributes.label!.trim());
    const sep = f.attributes.label!.trim().endsWith('?') ? '(?::|\\s|$)' : '\\s*:';
    return { f, re: new RegExp(`^\\s*(?:[-*•]\\s*)?\\**${label}\\**(?:\\s*\\([^)]*\\))?${sep}\\s*(.*)$`, 'i') };
  });
  const answers: FormAnswers = {};
  let current: (typeof fields)[number] | undefined;
  let buffer: string[] = [];
  const flush = () => {
    const value = buffer.join('\n').trim();
    if (current && value) answers[current.id!] = value;
  };
  for (const line of lines) {
    if (END.test(line.trim())) break;
    const hit = matchers.find((m) => m.re.test(line));
    if (hit) {
      flush();
      current = hit.f;
      buffer = [hit.re.exec(line)![1] ?? ''];
    } else if (current) buffer.push(line);
  }
  flush();
  return answers;
}
