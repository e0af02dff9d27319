import { useSyncExternalStore } from 'react';
import { requestPersistentStorage } from '../data/index.ts';

/** Chrome's install prompt event (not in the DOM typings). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export interface InstallState {
  /** The browser offered its install prompt (Chrome, Edge, Samsung Internet on Android and desktop). */
  canPrompt: boolean;
  /** iOS/iPadOS: installing is done by hand through the share menu. */
  ios: boolean;
  /** The app already runs installed (from the home screen). */
  standalone: boolean;
}

let deferredPrompt: BeforeInstallPromptEvent | null = null;
let state: InstallState = { canPrompt: false, ios: false, standalone: false };
const listeners = new Set<() => void>();

function update(change: Partial<InstallState>) {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

const standaloneQuery = () => window.matchMedia?.('(display-mode: standalone)');
const isStandalone = () =>
  Boolean(standaloneQuery()?.matches) || (navigator as { standalone?: boolean }).standalone === true;

export function isIos(
  userAgent = navigator.userAgent,
  platform = navigator.platform,
  touchPoints = navigator.maxTouchPoints,
): boolean {
  // iPadOS reports itself as a Mac; its touch screen gives it away.
  return /iPhone|iPad|iPod/.test(userAgent) || (platform === 'MacIntel' && touchPoints > 1);
}

/** Registered before the first render: the browser may offer the prompt at any moment after load. */
export function startInstallListeners() {
  update({ ios: isIos(), standalone: isStandalone() });
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    deferredPrompt = event as BeforeInstallPromptEvent;
    update({ canPrompt: true });
  });
  window.addEventListener('appinstalled', () => {
    deferredPrompt = null;
    update({ canPrompt: false });
    // Installing is the moment the user says "keep this": ask for storage that is not evicted.
    void requestPersistentStorage('install');
  });
  standaloneQuery()?.addEventListener?.('change', () => update({ standalone: isStandalone() }));
}

export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = deferredPrompt;
  if (!event) return 'unavailable';
  deferredPrompt = null;
  update({ canPrompt: false });
  await event.prompt();
  return (await event.userChoice).outcome;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useInstallState(): InstallState {
  return useSyncExternalStore(subscribe, () => state);
}
