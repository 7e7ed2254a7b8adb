import express, { Router } from 'express';
import { fileURLToPath } from 'node:url';

// The dashboard: static files from web/, public (they hold no data); every
// figure comes from the API with the read token the person enters. Its CSP
// (src/http/security-headers.ts, set on every answer) allows nothing but this
// origin's own scripts, styles and API, so a reply text that slipped past the
// escaping still could not run or load anything.

export const WEB_DIR = fileURLToPath(new URL('../../../web/', import.meta.url));

export function dashboardRoutes() {
  const router = Router();
  router.use('/dashboard', (req, res, next) => {
    // Relative module paths need the trailing slash.
    if (req.originalUrl === '/dashboard' || req.originalUrl.startsWith('/dashboard?')) return void res.redirect(301, '/dashboard/');
    next();
  });
  router.use('/dashboard', express.static(WEB_DIR, { index: 'index.html', maxAge: '5m', fallthrough: true, dotfiles: 'ignore' }));
  return router;
}
