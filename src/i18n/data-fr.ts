/**
 * The French documentation of the open data: one line per dataset and per field, keyed
 * `dataset` and `dataset.field`. The English lines live beside the columns in
 * src/exports/open-data.ts; `dataDescription` refuses a field that has no French line.
 */
export const dataFr: Record<string, string> = {
  policies: 'Chaque politique, ligne directrice, norme, modèle et cadre publié, à sa version en vigueur.',
  'policies.id': 'L’identifiant permanent de la politique (son slug).',
  'policies.url': 'Sa page.',
  'policies.title': 'Son titre.',
  'policies.summary': 'Un paragraphe en langage clair.',
  'policies.kind': 'policy, guideline, standard, template ou framework.',
  'policies.status': 'proposed (ouverte à la cosignature), adopted, under-review, superseded ou withdrawn.',
  'policies.lang': 'La langue du texte : en ou fr.',
  'policies.region':
    'L’identifiant de la région qui la publie ; vide pour la politique propre d’une municipalité.',
  'policies.topics': 'Identifiants des thèmes (séparés par ; en CSV).',
  'policies.version': 'La version en vigueur, MAJEURE.MINEURE.',
  'policies.published': 'La date de publication de la version en vigueur (AAAA-MM-JJ).',
  'policies.reviewBy': 'La date de sa prochaine révision.',
  'policies.license': 'L’identifiant SPDX de la licence de réutilisation du texte.',
  'policies.supersededBy': 'L’identifiant de la politique qui la remplace.',
  'policies.translationOf': 'L’identifiant de la politique qu’elle traduit.',
  'policies.municipality':
    'L’identifiant de la municipalité dont c’est le texte propre (une adaptation locale, par exemple) ; vide pour celui d’une région.',
  'policies.adaptationOf': 'Pour une adaptation locale : l’identifiant du texte régional qu’elle adapte.',
  'policies.adaptationOfVersion': 'La version de ce texte régional qu’elle adapte.',
  'policies.differences': 'Pour une adaptation locale : la page de ses différences avec le texte régional.',
  'policies.textHash': 'Empreinte sha256: du texte en vigueur.',
  'policies.standingEndorsements':
    'Le nombre de municipalités qui appuient la ligne directrice, sur ce texte ou une traduction (dernière décision non annulée).',
  'policies.standingCurrent': 'Combien d’entre elles appuient la version en vigueur.',
  'policies.standingEarlier': 'Combien appuient une version antérieure (nouvel appui attendu).',
  'policies.standingAsIs': 'Combien des appuis en vigueur ont pris le texte tel quel (cosigné ou adopté).',
  'policies.standingAdapted':
    'Combien l’ont adapté (adopté avec des changements locaux), quelle que soit la version.',
  'policies.guideline':
    'L’identifiant du texte original : une traduction et son original sont une seule ligne directrice.',
  'policies.versions': 'Le nombre de ses versions.',
  versions: 'Chaque version de chaque politique : la version en vigueur et chaque texte antérieur, figé.',
  'versions.id': 'Identifiant de la politique, @, version : p. ex. durham-data-principles@1.1.',
  'versions.url': 'La page de la version figée.',
  'versions.policy': 'L’identifiant de la politique.',
  'versions.version': 'MAJEURE.MINEURE.',
  'versions.published': 'Sa date de publication.',
  'versions.current': 'Si elle est la version en vigueur de la politique.',
  'versions.changes': 'Ce qu’elle a changé par rapport à la version précédente.',
  'versions.textHash': 'Empreinte sha256: de son texte, telle que définie dans la conception du registre.',
  'versions.endorsements':
    'Le nombre de décisions de conseils qui nomment cette version, dans toute langue de la ligne directrice.',
  'versions.standing': 'Combien d’entre elles sont des décisions en vigueur.',
  endorsements:
    'Chaque décision d’un conseil sur une version d’une politique : cosignée, adoptée, adaptée ou annulée.',
  'endorsements.id':
    'politique/municipalité/action/version : unique, car un conseil n’inscrit une action qu’une fois par version.',
  'endorsements.url': 'Son adresse permanente sur la page de la politique.',
  'endorsements.policy': 'L’identifiant de la politique.',
  'endorsements.version': 'La version exacte visée par la décision.',
  'endorsements.municipality': 'L’identifiant de la municipalité.',
  'endorsements.action': 'co-signed, adopted, adapted (avec des changements locaux) ou rescinded.',
  'endorsements.date': 'La date de la décision du conseil.',
  'endorsements.body':
    'L’instance qui a décidé, telle qu’inscrite : le conseil par défaut, ou l’un de ses comités.',
  'endorsements.instrument': 'La référence de la résolution, de la motion ou du règlement.',
  'endorsements.sourceUrl': 'Le procès-verbal ou la résolution en ligne.',
  'endorsements.textHash':
    'Empreinte sha256: du texte signé : inscrite avec la décision, ou calculée à partir de la version.',
  'endorsements.textHashRecorded':
    'Si l’empreinte a été inscrite avec la décision (et vérifiée à la construction).',
  'endorsements.current': 'Si elle nomme la version en vigueur de la ligne directrice.',
  'endorsements.standing':
    'Si c’est la dernière décision de la municipalité sur la ligne directrice (dans l’une ou l’autre langue), et non une annulation.',
  'endorsements.lang': 'La langue du texte sur lequel le conseil s’est prononcé : en ou fr.',
  'endorsements.guideline':
    'L’identifiant du texte original : les décisions sur une traduction comptent pour lui.',
  'endorsements.followedBy':
    'L’identifiant de la décision suivante du même conseil sur la ligne directrice, qui a remplacé celle-ci.',
  'endorsements.notes': 'Notes, p. ex. les changements locaux d’une adaptation.',
  'endorsements.localPolicy':
    'Pour une adaptation : l’identifiant du texte propre du conseil (une politique de cette municipalité).',
  'endorsements.differences':
    'Pour une adaptation qui a son propre texte : la page de ses différences avec le texte régional.',
  municipalities: 'Chaque municipalité du registre, avec son identifiant de division Open Civic Data.',
  'municipalities.id': 'L’identifiant permanent de la municipalité.',
  'municipalities.url': 'Sa page.',
  'municipalities.name': 'Son nom usuel.',
  'municipalities.name_fr': 'Son nom en français.',
  'municipalities.ocdId': 'Son identifiant de division Open Civic Data.',
  'municipalities.province': 'L’identifiant OCD de sa province ou de son territoire.',
  'municipalities.censusDivision': 'L’identifiant OCD de sa division de recensement (palier supérieur).',
  'municipalities.website': 'Son site Web.',
  'municipalities.regions': 'Identifiants des régions dont elle est membre.',
  'municipalities.endorsements': 'Le nombre de décisions de son conseil inscrites.',
  regions: 'Chaque région : municipalités de palier supérieur, regroupements et coalitions.',
  'regions.id': 'L’identifiant permanent de la région.',
  'regions.url': 'Sa page.',
  'regions.name': 'Son nom.',
  'regions.name_fr': 'Son nom en français.',
  'regions.kind': 'upper-tier, cluster ou coalition.',
  'regions.ocdId': 'L’identifiant OCD d’une municipalité de palier supérieur.',
  'regions.website': 'Son site Web.',
  'regions.members': 'Identifiants des municipalités membres.',
  'regions.policies': 'Le nombre de politiques qu’elle publie.',
  topics: 'Les thèmes sous lesquels les politiques sont classées.',
  'topics.id': 'L’identifiant permanent du thème.',
  'topics.url': 'Sa page.',
  'topics.name': 'Son nom.',
  'topics.name_fr': 'Son nom en français.',
  'topics.description': 'Ce qu’il couvre.',
};
