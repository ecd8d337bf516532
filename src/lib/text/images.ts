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
