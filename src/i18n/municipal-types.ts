import type { Article } from './names.ts';

/**
 * The kinds of municipality a legal name starts with, in both languages, by Statistics
 * Canada's census subdivision type code (the gazetteer's `classification`). The gazetteer gives the English
 * legal name ("City of Pickering") outside Quebec and the French one ("Ville de
 * Trois-Rivières") for Quebec's villes; the other name is made from this table: « Ville de
 * Pickering », "City of Trois-Rivières", « Municipalité de Yamachiche ».
 */
export interface MunicipalType {
  en: string;
  fr: string;
  /** The article the French legal name takes: « la Ville de … », « le Canton de … ». */
  article: Article;
}

const city: MunicipalType = { en: 'City', fr: 'Ville', article: 'la' };
const town: MunicipalType = { en: 'Town', fr: 'Ville', article: 'la' };
const township: MunicipalType = { en: 'Township', fr: 'Canton', article: 'le' };
const municipality: MunicipalType = { en: 'Municipality', fr: 'Municipalité', article: 'la' };
const village: MunicipalType = { en: 'Village', fr: 'Village', article: 'le' };

export const municipalTypes: Record<string, MunicipalType> = {
  C: city,
  CY: city,
  CV: city,
  V: city,
  T: town,
  TV: town,
  TP: township,
  CT: township,
  CU: { en: 'United Townships', fr: 'Cantons unis', article: 'les' },
  M: municipality,
  MU: municipality,
  MÉ: municipality,
  PE: { en: 'Parish', fr: 'Paroisse', article: 'la' },
  VL: village,
  // A census subdivision's RM is a rural municipality (Manitoba, Saskatchewan).
  RM: { en: 'Rural Municipality', fr: 'Municipalité rurale', article: 'la' },
};
