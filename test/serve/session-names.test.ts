/**
 * Session files as the page names them: from the session's kind and date, in the workspace's `sessions/` folder (where
 * the page lists session files and a package's reference finds them); a name typed by the officer kept in that folder.
 * And the methodologies the page draws the session form from: each pack with a session gives its session file's schema.
 */
import { describe, expect, it } from 'vitest';
import { apiMethodologies } from '../../src/serve/api.js';
import { proposedSessionName, typedSessionName } from '../../src/serve/file-name.js';

describe('session file names', () => {
  it('are proposed from the kind and the date, under sessions/; none without a date', () => {
    expect(proposedSessionName({ kind: 'калибрлеу сессиясы', date: '2026-04-24' })).toBe('sessions/калибрлеу-сессиясы-2026-04-24.yaml');
    expect(proposedSessionName({ date: '2026-04-24' })).toBe('sessions/2026-04-24.yaml');
    expect(proposedSessionName({ kind: 'калибрлеу сессиясы' })).toBeUndefined();
    expect(proposedSessionName({ kind: 'калибрлеу сессиясы', date: '24.04.2026' })).toBeUndefined();
  });
  it('as typed: .yaml added, kept in a sessions/ folder', () => {
    expect(typedSessionName('комиссия-1')).toBe('sessions/комиссия-1.yaml');
    expect(typedSessionName('hr/комиссия-1.yml')).toBe('sessions/комиссия-1.yml');
    expect(typedSessionName('hr/sessions/a.json')).toBe('hr/sessions/a.json');
    expect(typedSessionName(' sessions/q1 ')).toBe('sessions/q1.yaml');
  });
});

describe('the session schema the page draws', () => {
  it('is given for each pack with a session, and for no other', () => {
    const ms = (apiMethodologies() as { methodologies: { id: string; sessionSchema?: { properties: Record<string, unknown> } }[] }).methodologies;
    const withSession = ms.filter((m) => m.sessionSchema).map((m) => m.id).sort();
    expect(withSession).toEqual(['almaty-maslikhat-2018', 'asa-a-corps', 'asa-b-model', 'mic-2018', 'sjc-apparatus']);
    for (const m of ms.filter((x) => x.sessionSchema)) expect(Object.keys(m.sessionSchema!.properties)).toEqual(expect.arrayContaining(['kind', 'date', 'members', 'decisions']));
  });
});
