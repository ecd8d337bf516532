import type { Lang } from './index.ts';

/**
 * A name as a sentence uses it. French names of regions and legal names take an article
 * (« la Région de Durham », « le Canton de Brock »), which contracts with the preposition
 * before it (« membres de la Région », « du Canton », « au Regroupement »); English legal
 * names take "the" ("the Council of the City of Pickering"). The dictionary's sentences
 * write the preposition in the placeholder, `{de:region}`, and this file joins the two.
 */
export interface Named {
  name: string;
  article?: Article;
}

export const articles = ['the', 'le', 'la', "l'", 'les'] as const;
export type Article = (typeof articles)[number];

/** The article alone, as it stands before the name (`l’` joins it with no space). */
const bare: Record<Article, string> = { the: 'the ', le: 'le ', la: 'la ', "l'": 'l’', les: 'les ' };

/** French prepositions that contract with the article: de + le = du, à + les = aux. */
const contracted: Record<string, Partial<Record<Article, string>>> = {
  de: { le: 'du ', les: 'des ' },
  à: { le: 'au ', les: 'aux ' },
};

/** "Région de Durham", "the City of Pickering": the name with its article, if it takes one. */
export function withArticle(named: Named): string {
  return (named.article ? bare[named.article] : '') + named.name;
}

/**
 * The name after a preposition: `de` + « la Région de Durham » = « de la Région de Durham »,
 * `de` + « Ajax » = « d’Ajax », `à` + « le Regroupement » = « au Regroupement », and in
 * English `of` + "the City of Pickering" = "of the City of Pickering".
 */
export function withPreposition(preposition: string, named: Named, lang: Lang): string {
  if (lang === 'fr') {
    const contraction = named.article && contracted[preposition]?.[named.article];
    if (contraction) return contraction + named.name;
    const phrase = withArticle(named);
    if (preposition === 'de' && /^[aeiouyàâäéèêëîïôöùûüÿœæ]/i.test(phrase)) return `d’${phrase}`;
    return `${preposition} ${phrase}`;
  }
  return `${preposition} ${withArticle(named)}`;
}

/**
 * The article a French name takes when its content does not say: from the noun it starts
 * with (« Région de … » is feminine, « Regroupement … » masculine). A name that starts with
 * another word, such as a place name, takes none.
 */
const articleOfNoun: Record<string, Article> = {
  région: 'la',
  regroupement: 'le',
  coalition: 'la',
  mrc: 'la',
  municipalité: 'la',
  communauté: 'la',
  conférence: 'la',
  table: 'la',
  ville: 'la',
  comté: 'le',
  canton: 'le',
  conseil: 'le',
  réseau: 'le',
  groupe: 'le',
  partenariat: 'le',
  consortium: 'le',
  agglomération: "l'",
  alliance: "l'",
  association: "l'",
  entente: "l'",
  union: "l'",
};

export function frenchArticle(name: string): Article | undefined {
  const noun = /^[\p{L}]+/u.exec(name)?.[0]?.toLocaleLowerCase('fr');
  return noun ? articleOfNoun[noun] : undefined;
}
