import type { APIRoute, GetStaticPaths } from 'astro';
import { contentTypes, jsonSchemaText, type ContentType } from '../../schemas/json-schema.ts';

/** `/schemas/<name>.json`: the JSON Schema of each content type, generated at build time. */
export const getStaticPaths = (() =>
  contentTypes.map((type) => ({ params: { name: type.name }, props: { type } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ type: ContentType }> = ({ props }) =>
  new Response(jsonSchemaText(props.type), { headers: { 'Content-Type': 'application/schema+json' } });
