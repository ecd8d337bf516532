import type { MemberPackages } from '../passages.ts';
import { fillPackage } from './fill-package.ts';

/**
 * A member's council package as a Word file, in the browser: the guideline's passages for each
 * member and its generic Word file, fetched from beside the package page, put together. Loaded
 * only when a clerk asks for a file (JSZip is 30 kB the other readers of the page need not fetch).
 */
export async function memberWordFile(
  membersUrl: string,
  id: string,
): Promise<{ file: string; bytes: Uint8Array }> {
  const packages = (await fetched(membersUrl).then((response) => response.json())) as MemberPackages;
  const member = packages.members.find((m) => m.id === id);
  if (!member) throw new Error(`${id} has nothing to sign in ${membersUrl}.`);
  const generic = await fetched(new URL(packages.template, new URL(membersUrl, location.href)).href);
  return { file: member.file, bytes: await fillPackage(await generic.arrayBuffer(), member.passages) };
}

async function fetched(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}
