import { localName, useTranslations, type Lang, type Named } from '../i18n/index.ts';
import { municipalTypes } from '../i18n/municipal-types.ts';
import { frenchArticle } from '../i18n/names.ts';
import { defaultBody } from '../schemas/endorsement.ts';
import type { PlacedDivision } from '../registry/gazetteer/gazetteer.ts';
import type { Municipality } from '../schemas/municipality.ts';
import type { Region } from '../schemas/region.ts';

/**
 * The names councils, municipalities and regions go by in sentences and citations: a
 * municipality by its legal name from the gazetteer ("City of Pickering", « Ville de
 * Pickering »), its council as "Council of the City of Pickering", a committee as "General
 * Government Committee of the Council of the City of Pickering", the form Ontario minutes use.
 */
interface NamedMunicipality extends Pick<Municipality, 'name' | 'name_fr'> {
  division?: Pick<PlacedDivision, 'classification' | 'organizationName'>;
}

type NamedRegion = Pick<Region, 'name' | 'name_fr' | 'article_fr'>;

/** "City of Pickering" / « Ville de Pickering »; the usual name when the gazetteer has no type. */
export function legalName(municipality: NamedMunicipality, lang: Lang): Named {
  const { division } = municipality;
  const name = localName(municipality, lang);
  const type = division && municipalTypes[division.classification];
  const organization = division?.organizationName;
  // The gazetteer's own legal name, when it is in this language: English outside Quebec
  // ("Town of Ajax"), French for Quebec's villes (« Ville de Trois-Rivières »).
  if (organization && lang === 'en' && / of /.test(organization))
    return { name: organization, article: 'the' };
  if (organization && lang === 'fr' && type && organization.startsWith(`${type.fr} d`)) {
    return { name: organization.replace("'", '’'), article: type.article };
  }
  if (!type) return { name: (lang === 'en' && organization) || name };
  return {
    name: useTranslations(lang)('municipality.legalName', { type: type[lang], name }),
    article: lang === 'en' ? 'the' : type.article,
  };
}

/** « la Région de Durham »: the region's name in the page's language, with its French article. */
export function regionName(region: NamedRegion, lang: Lang): Named {
  const name = localName(region, lang);
  if (lang !== 'fr') return { name };
  const article = region.article_fr ?? frenchArticle(name);
  return article && article !== 'none' ? { name, article } : { name };
}

/** "Council of the City of Pickering" / « Conseil de la Ville de Pickering ». */
export function councilName(municipality: NamedMunicipality, lang: Lang): string {
  return useTranslations(lang)('decider.council', { municipality: legalName(municipality, lang) });
}

/**
 * Who took a decision: the council, or the committee that took it in the council's name
 * ("General Government Committee of the Council of the City of Pickering").
 */
export function deciderName(body: string, municipality: NamedMunicipality, lang: Lang): string {
  if (body === defaultBody) return councilName(municipality, lang);
  return useTranslations(lang)('decider.committee', { body, municipality: legalName(municipality, lang) });
}

/** The deciding body as a table shows it: the default, "Council", in the page's language. */
export function bodyName(body: string, lang: Lang): string {
  return body === defaultBody ? useTranslations(lang)('body.council') : body;
}
