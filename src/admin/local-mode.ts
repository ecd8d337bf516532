/**
 * Local mode (`npm run admin`): is decap-server answering on this machine? Decap's own
 * `local_backend` would find it too, but it then switches to its stock proxy backend by
 * name, and the registry's (src/admin/backends.ts) freezes signed texts. So the editor asks
 * the same question Decap asks (`{"action":"info"}`, only when the editor itself is served
 * from this machine) and names its own backend. The proxy's address is in the page
 * (src/integration/admin.ts), as the Content-Security-Policy allows it.
 */
export async function localProxyUrl(): Promise<string | undefined> {
  const url = document.querySelector<HTMLMetaElement>('meta[name="common-ground-local-proxy"]')?.content;
  if (!url || !['localhost', '127.0.0.1'].includes(location.hostname)) return undefined;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    const info = (await response.json()) as { repo?: unknown; type?: unknown };
    return typeof info.repo === 'string' && typeof info.type === 'string' ? url : undefined;
  } catch {
    return undefined; // not running: the GitHub backend, as on the published site
  }
}
