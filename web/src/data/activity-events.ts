/**
 * Tells whoever listens that the device's entries or outbox changed: open screens refresh, and
 * after a local edit the sync engine schedules a push. Other tabs hear it through a BroadcastChannel.
 */
type Listener = (origin: 'local-edit' | 'sync' | 'other-tab') => void;

const listeners = new Set<Listener>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('vielfalt-activities');
if (channel) {
  channel.onmessage = () => emit('other-tab');
  // Node keeps a process alive for an open channel; a page never ends anyway.
  (channel as unknown as { unref?: () => void }).unref?.();
}

function emit(origin: Parameters<Listener>[0]) {
  for (const listener of listeners) listener(origin);
}

export function onActivitiesChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** After a user's edit on this device. */
export function notifyActivityWrite() {
  emit('local-edit');
  channel?.postMessage('changed');
}

/** After a push or pull changed the device's entries. */
export function notifyActivitySync() {
  emit('sync');
  channel?.postMessage('changed');
}
