import express, { Router } from 'express';
import { fileURLToPath } from 'node:url';

// The dashboard: static files from web/, public (they hold no data); every
// figure comes from the API with the read token the person enters. The CSP
// allows nothing but this origin's own scripts, styles and API, so a reply text
// that slipped past the escaping still could not run or load anything.

export const WEB_DIR = fileURLToPath(new URL('../../../web/', import.meta.url));

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export function dashboardRoutes() {
  const router = Router();
  router.use('/dashboard', (req, res, next) => {
    // Relative module paths need the trailing slash.
    if (req.originalUrl === '/dashboard' || req.originalUrl.startsWith('/dashboard?')) return void res.redirect(301, '/dashboard/');
    res.set(SECURITY_HEADERS);
    next();
  });
  router.use('/dashboard', express.static(WEB_DIR, { index: 'index.html', maxAge: '5m', fallthrough: true, dotfiles: 'ignore' }));
  return router;
}
