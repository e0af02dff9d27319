import { Hono, type Context } from 'hono';
import { mediatorInputSchema } from '../../shared/mediators/index.ts';
import type { AppEnv } from '../app-env.ts';
import { requirePartnerScope } from '../auth/guards.ts';
import { jsonError } from '../http/errors.ts';
import { readJson } from '../http/json-body.ts';
import {
  confirmMediator,
  eraseMediator,
  exportMediator,
  mediatorOwner,
  updateMediator,
} from '../mediators/mediators-repository.ts';

/** One contact: edit, confirm ("still correct"), export and erase on request (GDPR). */
const ownerOfMediator = (c: Context<AppEnv>) => mediatorOwner(c.get('db'), c.req.param('id')!);

const coordinatorsOnly = requirePartnerScope(ownerOfMediator);

export const mediatorRoutes = new Hono<AppEnv>()
  .patch('/:id', coordinatorsOnly, async (c) => {
    const body = await readJson(c, mediatorInputSchema);
    if (!body.ok) return body.response;
    const mediator = await updateMediator(c.get('db'), c.req.param('id'), body.data, c.get('user')!.id);
    return c.json({ mediator });
  })
  .post('/:id/confirm', coordinatorsOnly, async (c) =>
    c.json({ mediator: await confirmMediator(c.get('db'), c.req.param('id'), c.get('user')!.id) }),
  )
  .get('/:id/export', coordinatorsOnly, async (c) => {
    const data = await exportMediator(c.get('db'), c.req.param('id'));
    if (!data) return jsonError(c, 404, 'not_found', 'No such contact.');
    c.header('Content-Disposition', `attachment; filename="kontakt-${c.req.param('id')}.json"`);
    c.header('Cache-Control', 'private, no-store');
    return c.json(data);
  })
  .delete('/:id', coordinatorsOnly, async (c) => {
    await eraseMediator(c.get('db'), c.req.param('id'));
    return c.body(null, 204);
  });
