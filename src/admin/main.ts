/**
 * The editor at /admin/: Decap CMS, bundled from npm with the site (src/integration/admin.ts),
 * nothing loaded from another origin. Decap reads its collections from `config.yml` beside
 * this page, which src/admin/config.ts generates from the content schemas.
 */
import './manual-init.ts';
import CMS from 'decap-cms-app';
import { fr } from 'decap-cms-locales';
import { pinDecision } from './pre-save.ts';
import { textHashWidget } from './text-hash-widget.ts';

CMS.registerLocale('fr', fr);
CMS.registerWidget('text-hash', textHashWidget);
CMS.registerEventListener({ name: 'preSave', handler: pinDecision as never });
CMS.init();
