import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Text from the server (contact names, notes, pool rules) must never become markup. React renders
 * strings as text; this guards against the escape hatches. (In the browser, the CSP's Trusted
 * Types requirement refuses them as well.)
 */
const SINKS =
  /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(|\beval\(|new Function\(/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('no HTML sinks in the web app', () => {
  it('uses none of innerHTML, dangerouslySetInnerHTML, document.write, eval', () => {
    const offenders = files('web/src').filter((file) => SINKS.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
