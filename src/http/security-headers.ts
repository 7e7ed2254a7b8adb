import helmet from 'helmet';

// helmet's headers on every answer: the API's JSON, its errors, CSV exports and
// the dashboard. The CSP is the dashboard's (web/ loads only its own module
// scripts and stylesheet and talks only to this origin's API); JSON answers get
// the same one, which forbids everything they would never need anyway.
// helmet's default directives are not used: their upgrade-insecure-requests
// would send a dashboard served over plain HTTP on a private network to https.

export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Nothing here is meant to be framed (the CSP says so too, for browsers that read only this).
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Browsers honour it only over https, i.e. behind the TLS proxy; other names under the same domain are not ours to bind.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
  });
}
