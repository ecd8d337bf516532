import type { JudgeContext } from './judge.ts';

/**
 * Pictures in a policy text. A council signs the words and what they show, so a picture is
 * part of the signed text: it must come from the policy's own folder, where it is reviewed
 * with the text and kept with it. A remote picture is refused: it can change after the
 * council signed, and it tells another site who reads the policy.
 */

/** Picture formats a browser shows without running anything; SVG is left out, as it can hold scripts. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif'] as const;

const IMAGE_NAME = new RegExp(`^[a-z0-9][a-z0-9-]*\\.(?:${IMAGE_EXTENSIONS.join('|')})$`);

/** Whether a file in a policy folder is one of its pictures (a name the text can use). */
export function isImageName(name: string): boolean {
  return IMAGE_NAME.test(name);
}

/** What each format's file starts with: a file named `map.png` must be a PNG, not a page. */
const SIGNATURES: Record<(typeof IMAGE_EXTENSIONS)[number], (bytes: Uint8Array) => boolean> = {
  png: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte),
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  gif: (b) => String.fromCharCode(...b.subarray(0, 4)) === 'GIF8',
  webp: (b) =>
    String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' &&
    String.fromCharCode(...b.subarray(8, 12)) === 'WEBP',
  avif: (b) => String.fromCharCode(...b.subarray(4, 12)) === 'ftypavif',
};

/** The media type a picture is served with, by its name. */
export function imageMediaType(name: string): string {
  const extension = name.slice(name.lastIndexOf('.') + 1);
  return extension === 'jpg' ? 'image/jpeg' : `image/${extension}`;
}

/** Whether a picture's first bytes are those of the format its name says. */
export function isPictureOf(name: string, firstBytes: Uint8Array): boolean {
  const extension = name.slice(name.lastIndexOf('.') + 1) as keyof typeof SIGNATURES;
  return Object.hasOwn(SIGNATURES, extension) && SIGNATURES[extension](firstBytes);
}

/** The file name an image URL in a text names in its policy's folder: `./map.png` → `map.png`. */
export function imageFileName(url: string): string | undefined {
  const name = url.replace(/^\.\//, '');
  return isImageName(name) ? name : undefined;
}

/** What is wrong with an image in a text, or nothing. */
export function imageProblem(
  url: string | undefined,
  alt: string,
  context: JudgeContext,
): string | undefined {
  if (url === undefined)
    return 'refers to a link definition that does not exist; write ![what it shows](picture.png)';
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
    return 'remote images are refused: they can change after the council signed, and they tell another site who reads the policy; put the picture in the policy folder and write ![what it shows](picture.png)';
  }
  const name = imageFileName(url);
  if (!name) {
    return `"${url}" is not a picture in the policy folder: write its file name, e.g. ![what it shows](site-map.png) (lowercase, digits and hyphens; ${IMAGE_EXTENSIONS.join(', ')})`;
  }
  if (!context.imageExists(name))
    return `"${name}" does not exist in the policy folder; add the file beside index.mdx, or fix the name`;
  if (!alt.trim())
    return `needs alt text saying what the picture shows, for readers who cannot see it: ![what it shows](${name})`;
  return undefined;
}
