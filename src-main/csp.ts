// The pages' Content-Security-Policy, defined once. The renderer build injects CSP_META into
// every page as a <meta>; the main process sends CSP as a header with every limber:// page file
// (app-protocol.ts) and for anything served over http (security.ts). No electron import:
// vite.config.ts reads it too.

const PAGE_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' data: blob:",
  "connect-src 'none'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The policy as a page's <meta http-equiv> carries it. */
export const CSP_META = PAGE_DIRECTIVES.join('; ');

/** The same policy as a header, plus what only a header can say (frame-ancestors). */
export const CSP = [...PAGE_DIRECTIVES, "frame-ancestors 'none'", "object-src 'none'"].join('; ');
