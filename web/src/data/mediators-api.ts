import type { Mediator, MediatorInput, Pool, PoolInput } from '../../../shared/mediators/index.ts';
import { apiRequest, type ApiResult } from './api.ts';
import { pullMediatorData } from './mediators.ts';

/** Every change is followed by a pull, so this device shows it at once (others on their next pull). */
async function thenPull<T>(result: ApiResult<T>): Promise<ApiResult<T>> {
  if (result.ok) await pullMediatorData();
  return result;
}
const enc = encodeURIComponent;

export const createPool = async (input: PoolInput) =>
  thenPull(await apiRequest<{ pool: Pool }>('POST', '/api/pools', input));
export const updatePool = async (id: string, input: PoolInput) =>
  thenPull(await apiRequest<{ pool: Pool }>('PATCH', `/api/pools/${enc(id)}`, input));
export const confirmPool = async (id: string) =>
  thenPull(await apiRequest<{ pool: Pool }>('POST', `/api/pools/${enc(id)}/confirm`));
export const deletePool = async (id: string) => thenPull(await apiRequest<null>('DELETE', `/api/pools/${enc(id)}`));

export const createMediator = async (poolId: string, input: MediatorInput) =>
  thenPull(await apiRequest<{ mediator: Mediator }>('POST', `/api/pools/${enc(poolId)}/mediators`, input));
export const updateMediator = async (id: string, input: MediatorInput) =>
  thenPull(await apiRequest<{ mediator: Mediator }>('PATCH', `/api/mediators/${enc(id)}`, input));
export const confirmMediator = async (id: string) =>
  thenPull(await apiRequest<{ mediator: Mediator }>('POST', `/api/mediators/${enc(id)}/confirm`));
export const eraseMediator = async (id: string) =>
  thenPull(await apiRequest<null>('DELETE', `/api/mediators/${enc(id)}`));
export const exportMediator = (id: string) => apiRequest<unknown>('GET', `/api/mediators/${enc(id)}/export`);

export interface ImportRow {
  line: number;
  input: MediatorInput | null;
  errors: Record<string, string[]> | null;
  raw: Record<string, string>;
}
export interface ImportPreview {
  rows: ImportRow[];
  valid: number;
  invalid: number;
  unknownColumns: string[];
}

export const previewImport = (poolId: string, csv: string) =>
  apiRequest<ImportPreview>('POST', `/api/pools/${enc(poolId)}/mediators/import/preview`, { csv });
export const importMediators = async (poolId: string, rows: MediatorInput[]) =>
  thenPull(await apiRequest<{ imported: number }>('POST', `/api/pools/${enc(poolId)}/mediators/import`, { rows }));
