import { Hono } from 'hono';
import { accountRequestSchema } from '../../shared/auth/index.ts';
import type { AppEnv } from '../app-env.ts';
import { completeSetup } from '../auth/setup.ts';
import { readJson } from '../http/json-body.ts';
import { signInNewAccount, tokenProblem } from './account-answers.ts';

/** POST /api/auth/setup — the first admin, from the link printed on first start. */
export const setupRoutes = new Hono<AppEnv>().post('/', async (c) => {
  const body = await readJson(c, accountRequestSchema);
  if (!body.ok) return body.response;
  const { token, ...account } = body.data;
  const outcome = await completeSetup(c.get('db'), token, account);
  if (!outcome.ok) return tokenProblem(c, outcome.reason);
  return signInNewAccount(c, outcome.userId);
});
