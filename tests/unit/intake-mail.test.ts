/** Reading a saved e-mail as mail programs write it: the text part, decoded, and its date. */
import { describe, expect, it } from 'vitest';
import { MailUnreadable, readMail } from '../../src/lib/intake/mail';

const crlf = (lines: string[]) => lines.join('\r\n');

describe('readMail', () => {
  it('joins quoted-printable soft line breaks and decodes UTF-8 bytes', () => {
    const m = readMail(
      crlf([
        'From: A <a@voorbeeld.nl>',
        'Date: Thu, 03 Dec 2026 23:30:00 -0200',
        'Content-Type: text/plain; charset="utf-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Samenvatting: Scholen en bedrijven in Cura=C3=A7ao werken sa=',
        'men op.',
      ]),
    );
    expect(m.text).toBe('Samenvatting: Scholen en bedrijven in Curaçao werken samen op.');
    // The date in UTC: 23:30 at -02:00 is the next day.
    expect(m.date).toBe('2026-12-04');
  });

  it('takes the text/plain part of a multipart/alternative mail, base64 and Latin-1 included', () => {
    const latin1 = btoa(String.fromCharCode(...[...'Plaats of gebied: Sint-Oedenrode, één plek'].map((c) => c.charCodeAt(0))));
    const m = readMail(
      crlf([
        'Content-Type: multipart/alternative; boundary="grens"',
        '',
        '--grens',
        'Content-Type: text/plain; charset=iso-8859-1',
        'Content-Transfer-Encoding: base64',
        '',
        latin1,
        '--grens',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>Plaats of gebied: HTML</p>',
        '--grens--',
      ]),
    );
    expect(m.text.trim()).toBe('Plaats of gebied: Sint-Oedenrode, één plek');
    expect(m.date).toBeUndefined();
  });

  it('reads an HTML-only mail as lines of text', () => {
    const m = readMail(
      crlf(['Content-Type: text/html; charset=utf-8', '', '<div>Naam van het initiatief: A &amp; B</div><div>Startjaar: 2020</div>']),
    );
    expect(m.text.split('\n').filter(Boolean)).toEqual(['Naam van het initiatief: A & B', 'Startjaar: 2020']);
  });

  it('says in Dutch that a damaged part cannot be read, instead of crashing (a review)', () => {
    expect(() => readMail(crlf(['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', 'abcde']))).toThrow(
      new MailUnreadable('een deel van het bericht is beschadigd (ongeldige base64-codering)'),
    );
  });
});
