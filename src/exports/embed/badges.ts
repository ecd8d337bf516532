import settings from 'virtual:common-ground/settings';
import { useTranslations, type Lang } from '../../i18n/index.ts';
import { formatList, formatNumber } from '../../lib/format.ts';
import { regionName } from '../../lib/names.ts';
import type { MunicipalityView, PolicyView, Registry } from '../../registry/index.ts';
import { coSigningProgress } from '../../registry/standing.ts';
import { xmlAttribute, xmlText } from '../xml.ts';

/**
 * The badges a council's website shows (docs/DESIGN.md, "Embeds"): small SVG files of the
 * registry's, each one line of words on two coloured boxes, in the manner of the badges
 * software projects show. They are pictures of words: each is an accessible image
 * (`role="img"` and a `<title>` with all its words), and every name in it is XML-escaped,
 * since names are data.
 */
export interface Badge {
  /** What the badge says, whole: its title, and the alt text of an `<img>` showing it. */
  title: string;
  svg: string;
  width: number;
  height: number;
}

/**
 * A municipality's standing decisions on each of its regions' guidelines: "Co-signed 6
 * Durham Region guidelines". Any standing decision counts (co-signed, adopted, adapted),
 * as the registry's counts do.
 */
export function municipalityBadgeText(
  municipality: MunicipalityView,
  registry: Registry,
  lang: Lang,
): string {
  const t = useTranslations(lang);
  const parts = (registry.regionsByMunicipality.get(municipality.id) ?? []).flatMap((region) => {
    const count = (registry.guidelinesByRegion.get(region.id) ?? []).filter((guideline) =>
      guideline.standing.has(municipality.id),
    ).length;
    if (!count) return [];
    const values = { count: formatNumber(count, lang), region: regionName(region, lang) };
    return [t(count === 1 ? 'embed.badge.guidelines.one' : 'embed.badge.guidelines', values)];
  });
  return parts.length ? t('embed.badge.cosigned', { list: formatList(parts, lang) }) : t('embed.badge.none');
}

/** A guideline's co-signing progress in its region: "5 of 8 Durham Region members". */
export function policyBadgeText(policy: PolicyView, registry: Registry, lang: Lang): string {
  const t = useTranslations(lang);
  const { guideline } = policy;
  const region = guideline.original.region ? registry.regions.get(guideline.original.region) : undefined;
  if (region) {
    return t('embed.badge.progress', {
      signed: formatNumber(coSigningProgress(guideline, region).signed.length, lang),
      total: formatNumber(region.members.length, lang),
      region: regionName(region, lang),
    });
  }
  // A local adaptation is adopted by its council's standing decision on the regional text.
  const count = policy.adaptation ? (policy.adaptation.decision?.standing ? 1 : 0) : guideline.standing.size;
  return t(count === 1 ? 'embed.badge.councils.one' : 'embed.badge.councils', {
    count: formatNumber(count, lang),
  });
}

const HEIGHT = 20;
/** About Verdana's average at 11px; `textLength` fits the words to the box in whatever font renders them. */
const CHAR_WIDTH = 6;
const PADDING = 6;

export function badge(message: string, lang: Lang): Badge {
  const label = settings.title;
  const title = `${label}: ${message}`;
  const labelWidth = Math.round([...label].length * CHAR_WIDTH + 2 * PADDING);
  const messageWidth = Math.round([...message].length * CHAR_WIDTH + 2 * PADDING);
  const width = labelWidth + messageWidth;
  const text = (x: number, length: number, words: string) =>
    `<text x="${x}" y="14" textLength="${length}" lengthAdjust="spacingAndGlyphs">${xmlText(words)}</text>`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${xmlAttribute(title)}" xml:lang="${lang}">`,
    `<title>${xmlText(title)}</title>`,
    // White on both boxes: contrast 12.6:1 on the grey, 6.4:1 on the green.
    `<rect width="${labelWidth}" height="${HEIGHT}" rx="3" fill="#333333"/>`,
    `<rect x="${labelWidth}" width="${messageWidth}" height="${HEIGHT}" rx="3" fill="#1e6b3f"/>`,
    `<rect x="${labelWidth}" width="4" height="${HEIGHT}" fill="#1e6b3f"/>`,
    `<g fill="#ffffff" font-family="Verdana, 'DejaVu Sans', sans-serif" font-size="11">`,
    text(PADDING, labelWidth - 2 * PADDING, label),
    text(labelWidth + PADDING, messageWidth - 2 * PADDING, message),
    `</g>`,
    `</svg>`,
  ].join('\n');
  return { title, svg: `${svg}\n`, width, height: HEIGHT };
}

export function municipalityBadge(municipality: MunicipalityView, registry: Registry, lang: Lang): Badge {
  return badge(municipalityBadgeText(municipality, registry, lang), lang);
}

export function policyBadge(policy: PolicyView, registry: Registry, lang: Lang): Badge {
  return badge(policyBadgeText(policy, registry, lang), lang);
}
