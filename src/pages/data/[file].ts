import type { APIRoute } from 'astro';
import settings from 'virtual:common-ground/settings';
import { toCsv } from '../../exports/csv.ts';
import { datasets, toRecords } from '../../exports/open-data.ts';
import { getRegistry } from '../../registry/index.ts';

/** `/data/<dataset>.json` and `.csv` for each dataset, and `/data/registry.json` with them all. */
export function getStaticPaths() {
  return [
    ...datasets(undefined).flatMap(({ name }) => [
      { params: { file: `${name}.json` } },
      { params: { file: `${name}.csv` } },
    ]),
    { params: { file: 'registry.json' } },
  ];
}

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const all = datasets(site);
  const [name, format] = params.file!.split('.') as [string, 'json' | 'csv'];
  if (name === 'registry') {
    const body = {
      license: settings.dataLicense,
      ...Object.fromEntries(all.map((d) => [d.name, toRecords(d, registry)])),
    };
    return json(body);
  }
  const dataset = all.find((d) => d.name === name)!;
  if (format === 'json') return json(toRecords(dataset, registry));
  const rows = dataset.rows(registry).map((row) =>
    Object.fromEntries(
      dataset.columns.map((c) => {
        const value = c.value(row as never);
        return [c.name, Array.isArray(value) ? value.join(';') : value];
      }),
    ),
  );
  return new Response(
    toCsv(
      dataset.columns.map((c) => c.name),
      rows,
    ),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
};

function json(body: unknown): Response {
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
}
