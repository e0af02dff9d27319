import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every response, with a strict Content-Security-Policy per kind of response:
 *
 * - HTML (the app shell): everything from this origin only (DESIGN.md §10: no third-party
 *   requests at all), no inline or eval'd script, no plugins, no framing, and Trusted Types, so no
 *   string can become HTML or script through a DOM sink (web/src/app/trusted-types.ts holds the
 *   one policy). Vite emits external scripts and stylesheets only; React sets `style` through the
 *   CSSOM, which style-src does not govern.
 * - JavaScript (relevant for the service worker, whose CSP is its script's): same-origin only but
 *   without Trusted Types — Workbox's loader calls importScripts() with plain strings, and a worker
 *   cannot be given a policy before that first call.
 * - Everything else (JSON, images, CSS): nothing may load at all.
 *
 * The e2e suite fails on any CSP violation the browser reports.
 */
const DOCUMENT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types default',
];
const SCRIPT_CSP = ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"];
const OTHER_CSP = ["default-src 'none'", "frame-ancestors 'none'"];

export function securityHeaders({ production }: { production: boolean }): MiddlewareHandler {
  const upgrade = production ? ['upgrade-insecure-requests'] : [];
  const policies = {
    document: [...DOCUMENT_CSP, ...upgrade].join('; '),
    script: SCRIPT_CSP.join('; '),
    other: OTHER_CSP.join('; '),
  };
  const others = secureHeaders({
    contentSecurityPolicy: undefined,
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginEmbedderPolicy: false,
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    strictTransportSecurity: production ? 'max-age=31536000; includeSubDomains' : false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
  });
  return async (c, next) => {
    await others(c, next);
    // A 304's headers update the cached response's: it must not swap the cached page's policy.
    if (c.res.status === 304) return;
    // A handler that set a policy of its own keeps it (generated report HTML: no script at all,
    // inline styles only, so that the saved file prints the same anywhere).
    if (c.res.headers.has('Content-Security-Policy')) return;
    const type = c.res.headers.get('content-type') ?? '';
    const policy = /^text\/html/i.test(type)
      ? policies.document
      : /javascript/i.test(type)
        ? policies.script
        : policies.other;
    c.res.headers.set('Content-Security-Policy', policy);
  };
}
