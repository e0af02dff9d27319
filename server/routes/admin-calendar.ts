import { Hono, type Context } from 'hono';
import {
  FIRST_YEAR,
  LAST_YEAR,
  calendarOverrideInputSchema,
  findEntry,
  resolveOverrideInput,
  type CalendarOverride,
} from '../../shared/calendar/index.ts';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth/guards.ts';
import {
  createOverride,
  deleteOverride,
  listOverrides,
  updateOverride,
  type WriteResult,
} from '../db/calendar-repository.ts';
import { jsonError } from '../http/errors.ts';
import { readJson } from '../http/json-body.ts';

/**
 * Admin: corrections of computed holidays and entries of the admins' own (DESIGN.md §2: "curated calendar
 * entries"). Devices receive them through the `calendar` pull collection; the JSON and ICS endpoints apply
 * them at once. Only admins pass (`requireRole('admin')`, the one check, for every route here).
 */

function answer(c: Context<AppEnv>, result: WriteResult, status: 200 | 201 = 200) {
  if (result.ok) return c.json({ override: result.record, entry: entryOf(result.record) }, status);
  if (result.reason === 'not_found') return jsonError(c, 404, 'not_found', 'No such calendar override.');
  if (result.reason === 'conflict') {
    return c.json(
      {
        error: {
          code: 'conflict',
          message: 'Someone changed this override meanwhile; here is the current one.',
        },
        current: result.current,
      },
      409,
    );
  }
  return c.json(
    {
      error: {
        code: 'duplicate_correction',
        message: 'This holiday already has a correction; change that one instead.',
        fields: { holidayId: ['duplicate'] },
      },
      existingId: result.existingId,
    },
    409,
  );
}

/** The calendar entry as it now reads, so the admin sees the effect of the change. */
function entryOf(record: CalendarOverride) {
  return findEntry(record.holidayId ?? record.id, [record]);
}

async function validated(c: Context<AppEnv>) {
  const body = await readJson(c, calendarOverrideInputSchema);
  if (!body.ok) return { ok: false as const, response: body.response };
  const resolved = resolveOverrideInput(body.data);
  if (!resolved.ok) {
    return {
      ok: false as const,
      response: jsonError(c, 422, 'invalid_body', 'Some fields are not valid.', resolved.fields),
    };
  }
  return { ok: true as const, fields: resolved.fields, baseVersion: body.data.baseVersion };
}

function baseVersionOf(c: Context<AppEnv>): number | undefined | null {
  const raw = c.req.query('baseVersion');
  if (raw === undefined) return undefined;
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

export const adminCalendarRoutes = new Hono<AppEnv>()
  .use(requireRole('admin'))
  .get('/', async (c) => {
    const raw = c.req.query('year');
    if (raw === undefined) return c.json({ overrides: await listOverrides(c.get('db')) });
    const year = Number(raw);
    if (!/^\d{4}$/.test(raw) || year < FIRST_YEAR || year > LAST_YEAR) {
      return jsonError(c, 400, 'invalid_query', `The calendar covers the years ${FIRST_YEAR}–${LAST_YEAR}.`, {
        year: ['year_out_of_range'],
      });
    }
    return c.json({ overrides: await listOverrides(c.get('db'), { from: year, to: year }) });
  })
  .post('/', async (c) => {
    const input = await validated(c);
    if (!input.ok) return input.response;
    return answer(c, await createOverride(c.get('db'), input.fields, c.get('user')?.id ?? null), 201);
  })
  .put('/:id', async (c) => {
    const input = await validated(c);
    if (!input.ok) return input.response;
    const result = await updateOverride(
      c.get('db'),
      c.req.param('id'),
      input.fields,
      input.baseVersion,
      c.get('user')?.id ?? null,
    );
    return answer(c, result);
  })
  .delete('/:id', async (c) => {
    const baseVersion = baseVersionOf(c);
    if (baseVersion === null) {
      return jsonError(c, 400, 'invalid_query', '"baseVersion" must be a whole number.', {
        baseVersion: ['invalid'],
      });
    }
    const result = await deleteOverride(
      c.get('db'),
      c.req.param('id'),
      baseVersion,
      c.get('user')?.id ?? null,
    );
    if (!result.ok) return answer(c, result);
    return c.json({ deleted: result.record.id, version: result.record.version });
  });
