import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';
import {
  createFixtures,
  mediatorInput,
  PARTNER_A,
  poolInput,
  registeredApiRoutes,
  type Fixtures,
} from '../test-support/fixtures.ts';

/**
 * Property: whatever body arrives at a write route — wrong types, huge strings, deep nesting,
 * prototype-pollution keys, SQL and HTML — the answer is never a 5xx, always JSON (or empty),
 * never HTML, and nothing leaks into Object.prototype. What gets stored is only ever served as
 * JSON under `default-src 'none'` and rendered by React as text (see web-safety.test.ts).
 */
const HOSTILE_STRINGS = [
  "'; drop table users; --",
  "' or '1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '\u0000\u0007\u001b[31m',
  '\ud800',
  '../../etc/passwd',
  'x'.repeat(100_000),
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const deepNesting = fc.integer({ min: 50, max: 3000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
});

const pollution = fc.constantFrom(
  '{"__proto__":{"polluted":true,"role":"admin"}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"name":"x","__proto__":{"active":false},"languages":[{"__proto__":{"code":"ar"}}]}',
);

/** A valid body for the route with one field replaced by something hostile. */
function mutatedValid(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  return fc
    .tuple(
      fc.constantFrom(...(keys.length ? keys : ['x'])),
      fc.oneof(hostileString, fc.anything(), deepNesting),
    )
    .map(([key, value]) => JSON.stringify({ ...valid, [key]: value }));
}

const randomJson = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.anything().map((value) => JSON.stringify(value) ?? 'null'),
  deepNesting.map((value) => JSON.stringify(value)),
  hostileString.map((value) => JSON.stringify(value)),
  pollution,
  fc.constantFrom('', '{', '[1,2', 'null', '"', '{"a":1}}', '\u0000'),
);

function validBodyFor(route: string, f: Fixtures): Record<string, unknown> {
  if (route.includes('/mediators/import/preview')) return { csv: 'Name;Sprachen\nA;ar' };
  if (route.includes('/mediators/import')) return { rows: [mediatorInput()] };
  if (route.includes('/mediators')) return { ...mediatorInput() };
  if (route.includes('/pools')) return { ...poolInput(PARTNER_A) };
  if (route.includes('/invites/accept') || route.includes('/setup'))
    return {
      token: 'A'.repeat(43),
      email: f.uniqueEmail(),
      displayName: 'X',
      password: 'long enough password',
    };
  if (route.includes('/invites/preview')) return { token: 'A'.repeat(43) };
  if (route.includes('/invites')) return { role: 'staff', partnerId: PARTNER_A };
  if (route.includes('/admin/users')) return { role: 'staff', partnerId: PARTNER_A, displayName: 'X' };
  if (route.includes('/admin/partners')) return { name: 'X', website: 'https://example.org' };
  if (route.includes('/login')) return { email: 'fuzz@example.test', password: 'not the password' };
  return {};
}

let testDb: TestDb;
let app: ReturnType<typeof createApp>;
let fixtures: Fixtures;
let adminCookie: string;
let officerCookie: string;
let paramIds: Record<string, string>;

beforeAll(async () => {
  testDb = await createTestDb();
  app = createApp({ db: testDb.db, log: false });
  fixtures = await createFixtures(testDb.db);
  adminCookie = (await fixtures.cookie('admin'))!;
  officerCookie = (await fixtures.cookie('officerA'))!;
  const mediator = await fixtures.freshMediator();
  paramIds = {
    pool: fixtures.pool.id,
    mediator: mediator.id,
    user: fixtures.users.staff.id,
    partner: PARTNER_A,
  };
});
afterAll(() => testDb.dispose());

function concretePath(route: string): string {
  const path = route.split(' ')[1]!;
  return path
    .replace('/pools/:id', `/pools/${paramIds.pool}`)
    .replace('/mediators/:id', `/mediators/${paramIds.mediator}`)
    .replace('/admin/users/:id', `/admin/users/${paramIds.user}`)
    .replace('/admin/partners/:id', `/admin/partners/${paramIds.partner}`)
    .replace('/invites/:id', '/invites/no-such-invite');
}

describe(`hostile bodies on every write route (${TEST_DB_KIND})`, () => {
  // DELETE takes no body; sign-out routes would end the fuzzing sessions (covered elsewhere).
  const writeRoutes = () =>
    registeredApiRoutes(app).filter((route) => /^(POST|PATCH|PUT) /.test(route) && !/logout/.test(route));

  it('covers the write routes', () => {
    expect(writeRoutes().length).toBeGreaterThan(15);
  });

  it('never answers 5xx or HTML, never pollutes prototypes', async () => {
    for (const route of writeRoutes()) {
      const method = route.split(' ')[0]!;
      const path = concretePath(route);
      const valid = validBodyFor(route, fixtures);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(randomJson, mutatedValid(valid)),
          fc.constantFrom(adminCookie, officerCookie, ''),
          fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain'),
          async (body, cookie, type) => {
            const response = await app.request(path, {
              method,
              headers: { 'Content-Type': type, ...(cookie ? { Cookie: cookie } : {}) },
              body,
            });
            const contentType = response.headers.get('content-type') ?? '';
            const text = await response.text();
            expect(response.status, `${route} ${text.slice(0, 300)}`).toBeLessThan(500);
            expect(contentType).not.toMatch(/html/);
            if (text) expect(() => JSON.parse(text)).not.toThrow();
            expect(({} as Record<string, unknown>).polluted).toBeUndefined();
            expect(({} as Record<string, unknown>).role).toBeUndefined();
          },
        ),
        { numRuns: 25, seed: 20261125 },
      );
    }
  }, 240_000);

  it('never answers 5xx to hostile ids in the path', async () => {
    const routes = registeredApiRoutes(app).filter(
      (route) => route.includes(':id') && !route.includes('/import'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 200 }),
          fc.constantFrom('%00', 'a%00b', '..%2F..%2Fetc', "1'%20or%20'1'='1", '%E0%A4%A', 'x'.repeat(5000)),
        ),
        async (route, id) => {
          const [method, path] = route.split(' ') as [string, string];
          const url = path.replace(':id', /%/.test(id) ? id : encodeURIComponent(id));
          const response = await app.request(url, {
            method,
            headers: { 'Content-Type': 'application/json', Cookie: adminCookie },
            body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
          });
          expect(response.status, `${method} ${url}`).toBeLessThan(500);
        },
      ),
      { numRuns: 150, seed: 20261125 },
    );
  });

  it('stores hostile text only as data: served as JSON that forbids any rendering', async () => {
    const html = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const created = await app.request(`/api/pools/${paramIds.pool}/mediators`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: officerCookie },
      body: JSON.stringify(mediatorInput({ name: html, notes: html })),
    });
    expect(created.status).toBe(201);
    const pull = await app.request('/api/sync/pull?collections=mediators', {
      headers: { Cookie: officerCookie },
    });
    expect(pull.headers.get('content-type')).toMatch(/^application\/json/);
    expect(pull.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(pull.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await pull.json();
    expect(body.changes.mediators.upserts.some((m: { name: string }) => m.name === html)).toBe(true);
  });
});
