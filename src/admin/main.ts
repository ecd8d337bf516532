/**
 * The editor at /admin/: Decap CMS, bundled from npm with the site (src/integration/admin.ts),
 * nothing loaded from another origin. Decap reads its collections from `config.yml` beside
 * this page, which src/admin/config.ts generates from the content schemas.
 */
import './manual-init.ts';
import CMS from 'decap-cms-app';
import { fr } from 'decap-cms-locales';
import { GITHUB_BACKEND, PROXY_BACKEND } from './backend-names.ts';
import { CommonGroundGitHub, CommonGroundProxy } from './backends.ts';
import { localProxyUrl } from './local-mode.ts';
import { gazetteerWidget } from './gazetteer-widget.ts';
import { beforeSave } from './pre-save.ts';
import { textHashWidget } from './text-hash-widget.ts';

CMS.registerLocale('fr', fr);
CMS.registerWidget('text-hash', textHashWidget);
CMS.registerWidget('gazetteer', gazetteerWidget);
CMS.registerBackend(GITHUB_BACKEND, CommonGroundGitHub as never);
CMS.registerBackend(PROXY_BACKEND, CommonGroundProxy as never);
CMS.registerEventListener({ name: 'preSave', handler: beforeSave as never });
// config.yml names the GitHub backend; on this machine, with decap-server running, the
// proxy instead (merged into config.yml by Decap).
void localProxyUrl().then((proxyUrl) =>
  CMS.init(
    proxyUrl ? ({ config: { backend: { name: PROXY_BACKEND, proxy_url: proxyUrl } } } as never) : undefined,
  ),
);
