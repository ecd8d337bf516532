/**
 * The editor's form in French (/fr/admin/): each collection's names and description, and
 * each field's label and hint, keyed `<collection>` and `<collection>.<field>` (a list's
 * fields `<collection>.<list>.<field>`). The English lines are the schemas' descriptions
 * (src/schemas/), read by src/admin/fields.ts; src/admin/config.ts refuses to build a
 * French form with a field missing here, and tests/editor-site.test.ts lists them all.
 * Values of the content format (`co-signed`, `draft`, slugs, ids) stay as they are written.
 */
export interface FrenchCollection {
  label: string;
  label_singular: string;
  description?: string;
}

export interface FrenchField {
  label: string;
  hint: string;
}

export const editorCollectionsFr: Record<string, FrenchCollection> = {
  decisions: {
    label: 'Décisions des conseils',
    label_singular: 'Décision d’un conseil',
    description:
      'Inscrire ce qu’un conseil a décidé au sujet d’une version d’une politique : un fichier par décision, pour que deux greffiers ne modifient jamais le même fichier.',
  },
  policies: {
    label: 'Politiques et lignes directrices',
    label_singular: 'Politique',
    description:
      'Proposer une ligne directrice, ou en modifier les détails. Un texte publié ne se modifie jamais ici : publiez-en une nouvelle version avec « Réviser une ligne directrice ».',
  },
  revisions: {
    label: 'Réviser une ligne directrice',
    label_singular: 'Révision',
    description:
      'Publier une nouvelle version d’une ligne directrice : le texte que les conseils ont signé est conservé, tel qu’il a été signé, dans versions/, et la politique devient la nouvelle version, publiée aujourd’hui. Les conseils qui ont signé l’ancienne version sont invités à cosigner la nouvelle.',
  },
  municipalities: { label: 'Municipalités', label_singular: 'Municipalité' },
  regions: { label: 'Régions', label_singular: 'Région' },
  topics: { label: 'Thèmes', label_singular: 'Thème' },
};

const decision = (signed: string): Record<string, FrenchField> => ({
  municipality: { label: 'Municipalité', hint: 'La municipalité qui a décidé, par son identifiant.' },
  action: {
    label: 'Décision',
    hint: '`co-signed` (cosignée), `adopted` (adoptée), `adapted` (adaptée : expliquez les modifications locales dans les notes) ou `rescinded` (annulée).',
  },
  version: { label: 'Version', hint: 'La version exacte sur laquelle le conseil a décidé.' },
  date: { label: 'Date', hint: 'La date de la décision du conseil.' },
  body: {
    label: 'Instance',
    hint: 'L’instance qui a décidé, p. ex. « Comité général » ; `Council` (par défaut) s’affiche « Conseil » sur les pages françaises.',
  },
  instrument: {
    label: 'Résolution',
    hint: 'La référence de la résolution, de la motion ou du règlement, p. ex. « Résolution 2024-117 ».',
  },
  sourceUrl: { label: 'Adresse de la source', hint: 'Le procès-verbal ou la résolution en ligne.' },
  textHash: { label: 'Empreinte du texte', hint: signed },
  notes: {
    label: 'Notes',
    hint: 'Ce qu’un lecteur doit savoir, comme les modifications locales d’une adaptation.',
  },
  localPolicy: {
    label: 'Texte local',
    hint: 'Pour une décision `adapted` : le texte propre du conseil dans le registre, par son slug, une politique de cette municipalité dont `adaptationOf` nomme cette politique et cette version. Ses différences avec le texte régional sont publiées à `/policies/<slug>/differences/`.',
  },
});

const title: FrenchField = { label: 'Titre', hint: 'Le titre de la politique.' };

export const editorFieldsFr: Record<string, FrenchField> = {
  ...Object.fromEntries(
    Object.entries({
      policy: {
        label: 'Politique',
        hint: 'La politique sur laquelle le conseil a décidé, par son slug ; elle doit être celle du dossier du fichier.',
      },
      ...decision(
        '`sha256:` et l’empreinte hexadécimale de 64 chiffres du texte de la version décidée ; obligatoire dans un fichier de décision. L’éditeur la remplit d’après la politique et la version ; `npm run check` indique l’empreinte à écrire quand elle manque.',
      ),
    }).map(([name, field]) => [`decisions.${name}`, field]),
  ),

  'policies.title': title,
  'policies.summary': {
    label: 'Résumé',
    hint: 'Un paragraphe en langage clair qui dit ce que fait la politique.',
  },
  'policies.kind': {
    label: 'Genre',
    hint: '`policy` (politique), `guideline` (ligne directrice), `standard` (norme), `template` (modèle) ou `framework` (cadre).',
  },
  'policies.status': {
    label: 'Statut',
    hint: '`draft` (brouillon), `proposed` (ouverte à la cosignature), `adopted`, `under-review`, `superseded` ou `withdrawn`.',
  },
  'policies.topics': {
    label: 'Thèmes',
    hint: 'Les thèmes sous lesquels elle est classée, par identifiant ; au moins un.',
  },
  'policies.region': {
    label: 'Région',
    hint: 'La région qui la publie et en assure le suivi ; facultative pour la politique propre d’une seule municipalité.',
  },
  'policies.municipality': {
    label: 'Municipalité',
    hint: 'La municipalité dont c’est la politique propre, par identifiant : pour le texte propre d’un conseil, comme son adaptation locale d’une ligne directrice régionale. Une politique nomme une région ou une municipalité, pas les deux.',
  },
  'policies.adaptationOf': {
    label: 'Adaptation de',
    hint: 'Le texte régional que celui-ci adapte, et la version adaptée : `{ policy: <slug>, version: "1.1" }`. Une adaptation locale nomme sa `municipality`, et la décision `adapted` de ce conseil sur le texte régional la nomme en retour avec `localPolicy`.',
  },
  'policies.adaptationOf.policy': { label: 'Politique', hint: 'Le texte régional adapté, par son slug.' },
  'policies.adaptationOf.version': { label: 'Version', hint: 'La version que le conseil a adaptée.' },
  'policies.version': { label: 'Version', hint: 'La version du texte qui suit l’en-tête.' },
  'policies.published': { label: 'Publiée le', hint: 'La date de publication de cette version.' },
  'policies.changes': {
    label: 'Modifications',
    hint: 'Ce que cette version a changé par rapport à la précédente, en une phrase ou deux.',
  },
  'policies.reviewBy': { label: 'Révision prévue le', hint: 'La date de sa prochaine révision.' },
  'policies.supersededBy': {
    label: 'Remplacée par',
    hint: 'La politique qui la remplace ; obligatoire quand le statut est `superseded`.',
  },
  'policies.license': {
    label: 'Licence',
    hint: 'L’identifiant SPDX de la licence de réutilisation, p. ex. `CC-BY-4.0`.',
  },
  'policies.lang': { label: 'Langue', hint: 'La langue du texte : `en` ou `fr`.' },
  'policies.translationOf': {
    label: 'Traduction de',
    hint: 'La politique que ce document traduit, par son slug.',
  },
  'policies.formerSlugs': {
    label: 'Anciens slugs',
    hint: 'Les slugs sous lesquels cette politique a été publiée avant d’être renommée : chaque adresse sous `/policies/<ancien>/` redirige ici, pour que les citations restent valides.',
  },
  'policies.endorsements': {
    label: 'Décisions des conseils',
    hint: 'Les décisions des conseils au sujet de cette politique, dans n’importe quel ordre.',
  },
  ...Object.fromEntries(
    Object.entries(
      decision('`sha256:` et l’empreinte hexadécimale de 64 chiffres du texte de la version signée.'),
    ).map(([name, field]) => [`policies.endorsements.${name}`, field]),
  ),
  'policies.body': { label: 'Texte', hint: 'Le texte de la politique, en Markdown.' },

  'revisions.title': title,
  'revisions.version': {
    label: 'Version',
    hint: 'La nouvelle version, postérieure à la version en vigueur : « 1.1 » après « 1.0 », « 2.0 » pour une révision majeure. Le texte en vigueur est conservé, tel qu’il a été signé, dans versions/ sous sa propre version.',
  },
  'revisions.published': {
    label: 'Publiée le',
    hint: 'La date de publication de la nouvelle version. Laissée telle quelle : aujourd’hui.',
  },
  'revisions.changes': {
    label: 'Modifications',
    hint: 'Ce que la nouvelle version change par rapport à la précédente, en une phrase ou deux. Celles de la version en vigueur restent avec son texte figé.',
  },
  'revisions.body': { label: 'Texte', hint: 'Le texte de la nouvelle version, en Markdown.' },

  'municipalities.ocdId': {
    label: 'Identifiant Open Civic Data',
    hint: 'Tapez une partie du nom de la municipalité et choisissez-la dans le répertoire : son identifiant Open Civic Data est rempli. L’identifiant d’un autre pays peut être tapé en entier.',
  },
  'municipalities.name': {
    label: 'Nom',
    hint: 'Le nom usuel de la municipalité, p. ex. « Ajax ». Laissé vide : le nom du répertoire.',
  },
  'municipalities.name_fr': {
    label: 'Nom en français',
    hint: 'Son nom en français, quand il diffère de celui du répertoire.',
  },
  'municipalities.website': { label: 'Site Web', hint: 'Son site Web officiel.' },

  'regions.name': { label: 'Nom', hint: 'Le nom de la région en anglais, p. ex. « Durham Region ».' },
  'regions.name_fr': {
    label: 'Nom en français',
    hint: 'Son nom en français ; le nom anglais s’affiche quand il manque.',
  },
  'regions.article_fr': {
    label: 'Article en français',
    hint: "L’article que prend son nom dans une phrase française : `la` (« membres de la Région de Durham »), `le` (« du Regroupement … »), `l'`, `les` ou `none`. Quand il manque, il suit le premier mot du nom : Région, Coalition, MRC… prennent `la`, Regroupement `le` ; tout autre mot, aucun.",
  },
  'regions.kind': {
    label: 'Genre',
    hint: '`upper-tier` (municipalité régionale), `cluster` (regroupement géographique) ou `coalition`.',
  },
  'regions.members': {
    label: 'Membres',
    hint: 'Les municipalités membres, par identifiant ; la grille de cosignature les présente dans cet ordre.',
  },
  'regions.ocdId': {
    label: 'Identifiant Open Civic Data',
    hint: 'L’identifiant de division OCD d’une municipalité de palier supérieur, p. ex. `ocd-division/country:ca/cd:3518`.',
  },
  'regions.website': { label: 'Site Web', hint: 'Son site Web officiel.' },
  'regions.description': {
    label: 'Description',
    hint: 'Ce qu’est la région et comment ses membres travaillent ensemble.',
  },

  'topics.name': { label: 'Nom', hint: 'Le nom du thème en anglais, p. ex. « Data governance ».' },
  'topics.name_fr': {
    label: 'Nom en français',
    hint: 'Le nom du thème en français ; le nom anglais s’affiche quand il manque.',
  },
  'topics.description': { label: 'Description', hint: 'Une ou deux phrases sur ce que couvre le thème.' },
};
