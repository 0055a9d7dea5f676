/**
 * The one Content-Security-Policy: sent as a header by the app:// protocol handler and written into
 * the built page as a meta tag, so the browser build used in tests runs under the same rules.
 * Nothing may come from anywhere but the app itself.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/** Browsers ignore frame-ancestors in a meta tag and warn about it, so it is left out there. */
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.filter(([k]) => k !== 'frame-ancestors')
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');
