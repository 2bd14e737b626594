/**
 * Says loudly when a production build has no `SITE_URL`: every citation,
 * canonical link, Open Graph address and open-data URL would then name
 * http://localhost:4321/. The build goes on (a local build for testing is
 * fine); the warning says how to set the address (README, "Publish").
 */
import type { AstroIntegration } from 'astro';
import type { SiteAddress } from '../lib/site-address.ts';

export function siteAddressCheck(address: SiteAddress): AstroIntegration {
  return {
    name: 'qas:site-address',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        if (!address.local) {
          logger.info(`public address ${address.site} (base path ${address.base})`);
          return;
        }
        const rule = '!'.repeat(72);
        logger.warn(
          [
            rule,
            `SITE_URL is not set: citations, canonical links, Open Graph and open data`,
            `will say ${address.site} — fine for a local check, wrong for publishing.`,
            `Build for the web with the full public address, its path included:`,
            `  SITE_URL=https://example.org/qas/ npm run build`,
            `(README.md, "Publish").`,
            rule,
          ].join('\n'),
        );
      },
    },
  };
}
