import { useSyncExternalStore } from 'react';

/**
 * What must not be interrupted by a new app version: a form with unsaved input, or a push on its
 * way. The update prompt waits for both (CONVENTIONS.md #12).
 */
const dirtyForms = new Set<string>();
let pushing = false;
const listeners = new Set<() => void>();
let snapshot = { dirty: false, pushing: false };

function changed() {
  snapshot = { dirty: dirtyForms.size > 0, pushing };
  for (const listener of listeners) listener();
}

export function setFormDirty(formId: string, dirty: boolean) {
  if (dirty === dirtyForms.has(formId)) return;
  if (dirty) dirtyForms.add(formId);
  else dirtyForms.delete(formId);
  changed();
}

export function setPushing(value: boolean) {
  if (value === pushing) return;
  pushing = value;
  changed();
}

export function getBusy() {
  return snapshot;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useBusy(): { dirty: boolean; pushing: boolean } {
  return useSyncExternalStore(subscribe, getBusy);
}

/** Resolves once no form is dirty and no push runs. */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!snapshot.dirty && !snapshot.pushing) {
        listeners.delete(check);
        resolve();
      }
    };
    listeners.add(check);
    check();
  });
}
