import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/** A small history router: every screen has its own URL, the back button and deep links work. */
const NAVIGATE_EVENT = 'vielfalt:navigate';

function subscribe(listener: () => void) {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

const currentLocation = () => window.location.pathname + window.location.search;

export function useLocation(): { path: string; search: URLSearchParams } {
  const location = useSyncExternalStore(subscribe, currentLocation);
  const [path = '/', query = ''] = location.split('?');
  return { path, search: new URLSearchParams(query) };
}

export function navigate(to: string, { replace = false } = {}) {
  if (to === currentLocation()) return;
  if (replace) window.history.replaceState(null, '', to);
  else {
    // Remember where the reader was, so that "back" returns to the same place in a long list.
    window.history.replaceState({ ...(window.history.state as object | null), scrollY: window.scrollY }, '');
    window.history.pushState(null, '', to);
  }
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0;
    if (event.defaultPrevented || modified) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}

/** Matches "/partners/:id" style patterns; returns the decoded parameters or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const regex = new RegExp(
    '^' +
      pattern.replace(/:(\w+)/g, (_all, name: string) => {
        names.push(name);
        return '([^/]+)';
      }) +
      '/?$',
  );
  const match = regex.exec(path);
  if (!match) return null;
  const params: Record<string, string> = {};
  names.forEach((name, index) => {
    try {
      params[name] = decodeURIComponent(match[index + 1]!);
    } catch {
      params[name] = match[index + 1]!;
    }
  });
  return params;
}

/** The scroll position saved for the current history entry when the reader left it, if any. */
export function savedScrollPosition(): number | null {
  const state = window.history.state as { scrollY?: unknown } | null;
  return typeof state?.scrollY === 'number' ? state.scrollY : null;
}
