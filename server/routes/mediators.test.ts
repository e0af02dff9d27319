import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  mediatorSchema,
  poolSchema,
  type MediatorInput,
  type PoolInput,
} from '../../shared/mediators/index.ts';
import { pullResponseSchema } from '../../shared/sync/index.ts';
import { createApp } from '../app.ts';
import { applyDemoMediators } from '../seed/demo-mediators.ts';
import { loadPoolSeed, readPoolSeed } from '../seed/load-pools.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';
import { createTestUser, jsonRequest, signIn } from '../test-support/users.ts';

let testDb: TestDb;
let app: ReturnType<typeof createApp>;
const cookies: Record<'staff' | 'officerA' | 'officerB' | 'admin', string> = {} as never;
const PARTNER_A = 'kreis-lippe';
const PARTNER_B = 'jobcenter-dortmund';
const POOL_A = 'kreis-lippe-laiensprachmittlerpool';

beforeAll(async () => {
  testDb = await createTestDb();
  await loadSeed(testDb.db);
  await loadPoolSeed(testDb.db);
  app = createApp({ db: testDb.db, log: false });
  const users = {
    staff: await createTestUser(testDb.db, { role: 'staff', partnerId: PARTNER_B }),
    officerA: await createTestUser(testDb.db, { role: 'officer', partnerId: PARTNER_A }),
    officerB: await createTestUser(testDb.db, { role: 'officer', partnerId: PARTNER_B }),
    admin: await createTestUser(testDb.db, { role: 'admin' }),
  };
  for (const [key, user] of Object.entries(users)) {
    cookies[key as keyof typeof cookies] = await signIn(app, user.email, user.password);
  }
});
afterAll(() => testDb.dispose());

const contact = (overrides: Partial<MediatorInput> = {}): MediatorInput => ({
  name: 'Test Kontakt',
  languages: [{ code: 'ar', level: 'native' }],
  otherLanguages: '',
  modes: ['phone'],
  availability: [{ day: 1, from: '08:00', to: '12:00' }],
  region: 'detmold',
  area: 'Detmold',
  phone: '+49 5231 000000',
  email: 'kontakt@example.org',
  notes: '',
  active: true,
  ...overrides,
});

async function pull(collections: string, cookie?: string) {
  const response = await app.request(`/api/sync/pull?collections=${collections}`, {
    headers: cookie ? { Cookie: cookie } : {},
  });
  return { response, text: response.status === 200 ? await response.text() : '' };
}

describe(`mediator pools and contacts on ${TEST_DB_KIND}`, () => {
  it('gives everyone the seed pools, valid by the shared schema', async () => {
    const seed = await readPoolSeed();
    const { response, text } = await pull('pools');
    expect(response.status).toBe(200);
    const page = pullResponseSchema.parse(JSON.parse(text));
    const pools = page.changes.pools!.upserts.map((pool) => poolSchema.parse(pool));
    expect(pools.map((pool) => pool.id).sort()).toEqual(seed.map((pool) => pool.id).sort());
    const dortmund = pools.find((pool) => pool.id === 'jobcenter-dortmund-dolmetscherdienst')!;
    expect(dortmund.languages).toEqual(['ar', 'bg', 'ro']);
    expect(dortmund.officeHours).toContainEqual({ day: 3, from: '09:30', to: '13:00' });
  });

  it('gives contacts to staff and above only', async () => {
    await applyDemoMediators(testDb.db, { production: false });
    expect((await pull('mediators')).response.status).toBe(401);
    expect((await pull('pools,mediators')).response.status).toBe(401);
    const { response, text } = await pull('mediators', cookies.staff);
    expect(response.status).toBe(200);
    const upserts = pullResponseSchema.parse(JSON.parse(text)).changes.mediators!.upserts;
    expect(upserts.length).toBeGreaterThan(0);
    for (const record of upserts) expect(mediatorSchema.parse(record)).toMatchObject({ demo: true });
  });

  it('lets the pool’s coordinators and admins manage contacts, nobody else', async () => {
    const url = `/api/pools/${POOL_A}/mediators`;
    expect((await app.request(url, jsonRequest('POST', contact()))).status).toBe(401);
    expect((await app.request(url, jsonRequest('POST', contact(), cookies.staff))).status).toBe(403);
    expect((await app.request(url, jsonRequest('POST', contact(), cookies.officerB))).status).toBe(403);
    const created = await app.request(url, jsonRequest('POST', contact(), cookies.officerA));
    expect(created.status).toBe(201);
    const { mediator } = await created.json();
    expect(mediator).toMatchObject({ poolId: POOL_A, partnerId: PARTNER_A, active: true, demo: false });

    const edit = contact({ name: 'Geänderter Name', active: false });
    expect(
      (await app.request(`/api/mediators/${mediator.id}`, jsonRequest('PATCH', edit, cookies.officerB)))
        .status,
    ).toBe(403);
    const patched = await app.request(
      `/api/mediators/${mediator.id}`,
      jsonRequest('PATCH', edit, cookies.admin),
    );
    expect(await patched.json()).toMatchObject({
      mediator: { name: 'Geänderter Name', active: false, version: 2 },
    });
  });

  it('validates a contact with per-field codes', async () => {
    const bad = {
      ...contact(),
      name: '',
      languages: [{ code: 'not a code', level: 'native' }],
      email: 'x@',
      phone: 'call me',
    };
    const response = await app.request(
      `/api/pools/${POOL_A}/mediators`,
      jsonRequest('POST', bad, cookies.officerA),
    );
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.fields).toMatchObject({
      name: ['required'],
      'languages.0.code': ['invalid_language'],
      email: ['invalid_email'],
      phone: ['invalid_phone'],
    });
  });

  it('exports a contact and erases it on request; devices get a delete', async () => {
    const { mediator } = await (
      await app.request(
        `/api/pools/${POOL_A}/mediators`,
        jsonRequest('POST', contact({ name: 'Zu Löschen' }), cookies.officerA),
      )
    ).json();
    const before = JSON.parse((await pull('mediators', cookies.staff)).text).cursor;

    const exported = await app.request(`/api/mediators/${mediator.id}/export`, {
      headers: { Cookie: cookies.officerA },
    });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('Content-Disposition')).toMatch(/attachment/);
    expect(await exported.json()).toMatchObject({
      contact: { name: 'Zu Löschen', email: 'kontakt@example.org' },
      pool: expect.any(String),
    });
    expect(
      (await app.request(`/api/mediators/${mediator.id}/export`, { headers: { Cookie: cookies.staff } }))
        .status,
    ).toBe(403);

    const erased = await app.request(`/api/mediators/${mediator.id}`, {
      method: 'DELETE',
      headers: { Cookie: cookies.officerA },
    });
    expect(erased.status).toBe(204);
    const rows = await testDb.db.query('select name, phone, email, deleted from mediators where id = $1', [
      mediator.id,
    ]);
    expect(rows[0]).toEqual({ name: '', phone: null, email: null, deleted: true });
    const after = await app.request(`/api/sync/pull?collections=mediators&cursor=${before}`, {
      headers: { Cookie: cookies.staff },
    });
    const page = pullResponseSchema.parse(await after.json());
    expect(page.changes.mediators!.deletes).toEqual([mediator.id]);
    expect(
      (await app.request(`/api/mediators/${mediator.id}/export`, { headers: { Cookie: cookies.officerA } }))
        .status,
    ).toBe(404);
  });

  it('confirms a contact as still correct (today)', async () => {
    const { mediator } = await (
      await app.request(`/api/pools/${POOL_A}/mediators`, jsonRequest('POST', contact(), cookies.officerA))
    ).json();
    await testDb.db.query(`update mediators set confirmed_at = '2020-01-01' where id = $1`, [mediator.id]);
    const confirmed = await (
      await app.request(`/api/mediators/${mediator.id}/confirm`, {
        method: 'POST',
        headers: { Cookie: cookies.officerA },
      })
    ).json();
    expect(confirmed.mediator.confirmedAt).not.toBe('2020-01-01');
    expect(confirmed.mediator.confirmedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('previews a CSV import with per-row errors and imports only the confirmed valid rows', async () => {
    const csv = [
      'Name;Sprachen;Arten;Erreichbarkeit;Telefon;E-Mail;Aktiv',
      'Anna Beispiel;Arabisch (Muttersprache), tr:gut;Telefon, vor Ort;Mo-Fr 08:00-12:00;0521 000000;anna@example.org;ja',
      ';Russisch;Telefon;;;;',
      'Bert Beispiel;Klingonisch;Telefon;Mo 25:00-26:00;;keine-adresse;vielleicht',
      'Carla Beispiel;Gebärdensprache;Video;Sa 10:00-12:00;;carla@example.org;',
    ].join('\n');
    const previewUrl = `/api/pools/${POOL_A}/mediators/import/preview`;
    expect((await app.request(previewUrl, jsonRequest('POST', { csv }, cookies.officerB))).status).toBe(403);
    const preview = await (
      await app.request(previewUrl, jsonRequest('POST', { csv }, cookies.officerA))
    ).json();
    expect(preview).toMatchObject({ valid: 2, invalid: 2 });
    expect(preview.rows[0].input).toMatchObject({
      languages: [
        { code: 'ar', level: 'native' },
        { code: 'tr', level: 'good' },
      ],
      modes: ['phone', 'in-person'],
    });
    expect(preview.rows[0].input.availability).toHaveLength(5);
    expect(preview.rows[1]).toMatchObject({ line: 3, errors: { name: ['required'] } });
    expect(Object.keys(preview.rows[2].errors).sort()).toEqual([
      'active',
      'availability',
      'email',
      'languages',
    ]);
    expect(preview.rows[3].input.languages).toEqual([{ code: 'sgn-de', level: 'fluent' }]);

    const countBefore = await testDb.db.query<{ n: number }>('select count(*)::int as n from mediators');
    // A tampered confirmation (an invalid row) stores nothing at all.
    const tampered = [preview.rows[0].input, { ...preview.rows[3].input, email: 'not-an-address' }];
    const refused = await app.request(
      `/api/pools/${POOL_A}/mediators/import`,
      jsonRequest('POST', { rows: tampered }, cookies.officerA),
    );
    expect(refused.status).toBe(422);
    const valid = preview.rows
      .filter((row: { input: unknown }) => row.input)
      .map((row: { input: unknown }) => row.input);
    const imported = await app.request(
      `/api/pools/${POOL_A}/mediators/import`,
      jsonRequest('POST', { rows: valid }, cookies.officerA),
    );
    expect(await imported.json()).toEqual({ imported: 2 });
    const countAfter = await testDb.db.query<{ n: number }>('select count(*)::int as n from mediators');
    expect(countAfter[0]!.n - countBefore[0]!.n).toBe(2);
  });

  it('rejects files it cannot read', async () => {
    const url = `/api/pools/${POOL_A}/mediators/import/preview`;
    const noName = await app.request(url, jsonRequest('POST', { csv: 'foo;bar\n1;2' }, cookies.officerA));
    expect(await noName.json()).toMatchObject({
      error: { code: 'invalid_csv', fields: { csv: ['no_name_column'] } },
    });
  });

  it('lets coordinators edit and confirm their pools; a pool edit reaches devices', async () => {
    const { cursor } = JSON.parse((await pull('pools')).text);
    const seedPool = (await readPoolSeed()).find((pool) => pool.id === POOL_A)!;
    const { id: _id, source: _source, ...input } = seedPool;
    const edit: PoolInput = { ...input, leadTime: 'mindestens 5 Werktage', requestEmail: 'ki@example.org' };
    expect(
      (await app.request(`/api/pools/${POOL_A}`, jsonRequest('PATCH', edit, cookies.officerB))).status,
    ).toBe(403);
    const moved = { ...edit, partnerId: PARTNER_B };
    expect(
      (await app.request(`/api/pools/${POOL_A}`, jsonRequest('PATCH', moved, cookies.officerA))).status,
    ).toBe(403);
    const ok = await app.request(`/api/pools/${POOL_A}`, jsonRequest('PATCH', edit, cookies.officerA));
    expect(ok.status).toBe(200);
    const page = pullResponseSchema.parse(
      await (await app.request(`/api/sync/pull?collections=pools&cursor=${cursor}`)).json(),
    );
    expect(page.changes.pools!.upserts).toEqual([
      expect.objectContaining({ id: POOL_A, leadTime: 'mindestens 5 Werktage' }),
    ]);
    // A restart reloads the unchanged seed and keeps the coordinator's edit.
    await loadPoolSeed(testDb.db);
    const row = await testDb.db.query('select lead_time from pools where id = $1', [POOL_A]);
    expect(row[0]).toEqual({ lead_time: 'mindestens 5 Werktage' });
  });

  it('creates pools for the officer’s own partner only', async () => {
    const seedPool = (await readPoolSeed())[0]!;
    const { id: _id, source: _source, ...input } = seedPool;
    const own = { ...input, partnerId: PARTNER_B, name: 'Neuer Pool' };
    expect((await app.request('/api/pools', jsonRequest('POST', own, cookies.officerA))).status).toBe(403);
    expect((await app.request('/api/pools', jsonRequest('POST', own, cookies.staff))).status).toBe(403);
    const created = await app.request('/api/pools', jsonRequest('POST', own, cookies.officerB));
    expect(created.status).toBe(201);
    const { pool } = await created.json();
    expect(
      (
        await app.request(`/api/pools/${pool.id}`, {
          method: 'DELETE',
          headers: { Cookie: cookies.officerA },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await app.request(`/api/pools/${pool.id}`, {
          method: 'DELETE',
          headers: { Cookie: cookies.officerB },
        })
      ).status,
    ).toBe(204);
  });

  it('never keeps demo contacts in production', async () => {
    const erased = await applyDemoMediators(testDb.db, { production: true });
    expect(erased).toBeGreaterThan(0);
    const left = await testDb.db.query(`select 1 from mediators where demo and not deleted`);
    expect(left).toEqual([]);
  });
});
