/**
 * The app's one Trusted Types policy (the server's CSP requires Trusted Types for script sinks and
 * allows only the policy named "default"). Strings may become script URLs only for same-origin
 * files — the service worker that workbox-window registers; turning strings into HTML or script
 * is refused outright, so no text from the network can ever run as markup in this app.
 */
interface TrustedTypePolicyFactoryLike {
  createPolicy(
    name: string,
    rules: {
      createHTML?: (input: string) => string;
      createScript?: (input: string) => string;
      createScriptURL?: (input: string) => string;
    },
  ): unknown;
}

export function installTrustedTypesPolicy(): void {
  const factory = (window as unknown as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return;
  try {
    factory.createPolicy('default', {
      createScriptURL(input) {
        const url = new URL(input, window.location.href);
        if (url.origin !== window.location.origin) throw new TypeError(`Blocked script URL ${url.origin}`);
        return url.href;
      },
    });
  } catch {
    // A second call (hot reload in development) finds the policy already there.
  }
}
