import { uuidv7 } from '../../../shared/sync/index.ts';
import { db } from './db.ts';

const KEY = 'deviceId';

/** A random id of this browser profile, sent with pushes so the server's log can tell devices apart. */
export async function deviceId(): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const stored = (await db.meta.get(KEY))?.value;
    if (typeof stored === 'string') return stored;
    const id = uuidv7();
    await db.meta.put({ key: KEY, value: id });
    return id;
  });
}
