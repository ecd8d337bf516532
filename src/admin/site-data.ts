/**
 * A JSON file the editor reads from the site it is served with: beside the editor's script
 * (`<base>admin/cms.js`, for /fr/admin/ too), so that a site served from a sub-path finds its
 * own data; `astro dev` (trailingSlash: 'always') answers a page's data only with a final
 * slash. Read once; a failure is tried again at the next use rather than never.
 */
const loaded = new Map<string, Promise<unknown>>();

export function siteData<T>(path: string): Promise<T> {
  const script = document.querySelector<HTMLScriptElement>('script[src$="admin/cms.js"]');
  const load = async (url: string) => {
    const response = await fetch(new URL(url, script?.src ?? document.baseURI));
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as T;
  };
  if (!loaded.has(path))
    loaded.set(
      path,
      load(path)
        .catch(() => load(`${path}/`))
        .catch((error: unknown) => {
          loaded.delete(path);
          throw error;
        }),
    );
  return loaded.get(path) as Promise<T>;
}
