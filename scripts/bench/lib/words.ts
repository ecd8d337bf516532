import type { Random } from './random.ts';

/**
 * The words synthetic policies are written with, most frequent first: the generator draws
 * them by Zipf's law, so a few are everywhere and most are rare, as in real policy text,
 * which is what a search index's size and speed depend on.
 */
export interface Lexicon {
  nouns: string[];
  adjectives: string[];
  /** [infinitive, past participle] */
  verbs: [string, string][];
  /** Who acts in a clause: "the clerk", "each member municipality". */
  actors: string[];
  prepositions: string[];
  /** References to other instruments, with numbers: "under By-law 2019-117". */
  citations: ((random: Random) => string)[];
  /** Section headings of a policy, in order; `{n}` is the section number. */
  sections: {
    purpose: string;
    scope: string;
    definitions: string;
    principles: string;
    requirements: string;
    roles: string;
    review: string;
  };
  roleHeader: [string, string];
  kinds: Record<string, string>;
  /** Title patterns: `{region}`, `{topic}`, `{kind}`, `{qualifier}`. */
  titles: string[];
  qualifiers: string[];
}

const list = (text: string) => text.trim().split(/\s+/);

export const english: Lexicon = {
  nouns: list(`
    data information record service resident council staff department policy request system
    access privacy report review risk standard contract vendor project program decision
    assessment dataset agreement committee network camera notice partner budget schedule
    account software application platform website portal incident breach consent complaint
    appeal algorithm model tool training workshop library grant facility park road transit
    water waste permit inspection by-law meeting consultation survey feedback engagement
    equity accessibility language translation map boundary address parcel asset inventory
    catalogue metadata steward owner custodian backup encryption vulnerability patch supplier
    tender bid evaluation criterion threshold exception approval delegation authority
    province region municipality neighbourhood community business stakeholder youth senior
    volunteer footage retention archive disposal format licence publication procurement
    sensor device password credential firewall audit officer clerk manager director
    coordinator analyst contractor auditor councillor mayor ward district corridor
    infrastructure utility broadband connectivity literacy skill outreach newsletter
    signage kiosk terminal hotline registry ledger invoice payment fee levy subsidy rebate
    pilot prototype trial sandbox evaluation milestone deliverable objective outcome
    indicator measure target baseline benchmark dashboard statistic census survey sample
    classification label tag identifier schema field column table file folder repository
    copy version draft amendment revision annex appendix clause section paragraph article
    minute resolution motion hearing deputation petition notice bulletin
    watercourse shoreline wetland floodplain trail bridge culvert hydrant streetlight
    snowplough bus ferry depot arena pool cemetery landfill transfer-station
    emergency evacuation shelter warming-centre cooling-centre generator
  `),
  adjectives: list(`
    personal public open sensitive confidential regional municipal annual quarterly monthly
    reasonable necessary appropriate accessible secure accurate complete timely transparent
    accountable independent written electronic automated local shared common minimum
    maximum reliable current relevant proportionate lawful fair inclusive plain
    machine-readable interoperable standard documented designated authorized external
    internal temporary permanent critical essential optional preliminary final joint
    multilingual bilingual rural urban coastal northern seasonal historic emerging
  `),
  verbs: [
    ['collect', 'collected'],
    ['publish', 'published'],
    ['share', 'shared'],
    ['retain', 'retained'],
    ['review', 'reviewed'],
    ['approve', 'approved'],
    ['consult', 'consulted'],
    ['notify', 'notified'],
    ['assess', 'assessed'],
    ['document', 'documented'],
    ['monitor', 'monitored'],
    ['report', 'reported'],
    ['protect', 'protected'],
    ['encrypt', 'encrypted'],
    ['procure', 'procured'],
    ['evaluate', 'evaluated'],
    ['maintain', 'maintained'],
    ['update', 'updated'],
    ['disclose', 'disclosed'],
    ['store', 'stored'],
    ['transfer', 'transferred'],
    ['anonymize', 'anonymized'],
    ['aggregate', 'aggregated'],
    ['designate', 'designated'],
    ['coordinate', 'coordinated'],
    ['establish', 'established'],
    ['implement', 'implemented'],
    ['test', 'tested'],
    ['audit', 'audited'],
    ['dispose of', 'disposed of'],
    ['archive', 'archived'],
    ['renew', 'renewed'],
    ['terminate', 'terminated'],
    ['award', 'awarded'],
    ['inventory', 'inventoried'],
    ['catalogue', 'catalogued'],
    ['translate', 'translated'],
    ['verify', 'verified'],
    ['restrict', 'restricted'],
    ['escalate', 'escalated'],
  ],
  actors: [
    'the municipality',
    'each member municipality',
    'the clerk',
    'council',
    'the department head',
    'the privacy officer',
    'staff',
    'the records manager',
    'the chief administrative officer',
    'every vendor',
    'the project lead',
    'the data steward',
    'the region',
    'the information technology team',
    'the procurement office',
  ],
  prepositions: list('for with within under before after during across between through without'),
  citations: [
    (random) => `under By-law ${random.int(1995, 2026)}-${random.int(1, 250)}`,
    (random) => `as set out in Schedule ${random.pick(['A', 'B', 'C', 'D', 'E'])}-${random.int(1, 40)}`,
    (random) => `(see section ${random.int(1, 30)}.${random.int(1, 12)})`,
    (random) => `as required by Resolution ${random.int(2000, 2026)}-${random.int(1, 900)}`,
  ],
  sections: {
    purpose: 'Purpose',
    scope: 'Scope',
    definitions: 'Definitions',
    principles: 'Principles',
    requirements: 'Requirements',
    roles: 'Roles and responsibilities',
    review: 'Review and amendment',
  },
  roleHeader: ['Role', 'Responsibility'],
  kinds: {
    policy: 'Policy',
    guideline: 'Guideline',
    standard: 'Standard',
    template: 'Template',
    framework: 'Framework',
  },
  titles: [
    '{region} {topic} {kind}',
    '{topic} {kind} {qualifier}',
    '{region} {kind} {qualifier}',
    '{kind} on {topic} {qualifier}',
  ],
  qualifiers: [
    'for Public Spaces',
    'for Vendor Contracts',
    'for Shared Services',
    'for Council Meetings',
    'for Front-Line Staff',
    'for Small Municipalities',
    'for Emergency Response',
    'for Community Partners',
    'for Recreation Facilities',
    'for Transit Operations',
    'for Libraries',
    'for Water Utilities',
  ],
};

export const french: Lexicon = {
  nouns: list(`
    données renseignements dossier service résident conseil employé politique demande
    système accès confidentialité rapport examen risque norme contrat fournisseur projet
    programme décision évaluation entente comité réseau caméra avis partenaire budget
    calendrier compte logiciel application plateforme site portail incident atteinte
    consentement plainte appel algorithme modèle outil formation atelier bibliothèque
    subvention installation parc route transport eau déchet permis inspection règlement
    réunion consultation sondage rétroaction participation équité accessibilité langue
    traduction carte limite adresse lot actif inventaire catalogue métadonnée responsable
    propriétaire sauvegarde chiffrement vulnérabilité correctif appel-d’offres soumission
    critère seuil exception approbation délégation autorité province région municipalité
    quartier collectivité entreprise citoyen jeunesse aîné bénévole enregistrement
    conservation archive destruction format licence publication approvisionnement capteur
    appareil mot-de-passe pare-feu vérification greffier gestionnaire directeur analyste
    vérificateur conseiller maire district infrastructure connectivité littératie
    compétence affichage guichet registre facture paiement tarif projet-pilote prototype
    essai jalon objectif résultat indicateur cible tableau-de-bord statistique échantillon
    étiquette identifiant champ fichier dossier version ébauche modification annexe
    article procès-verbal résolution pétition bulletin rive sentier pont aréna piscine
    procédure sécurité vidéosurveillance conformité protection intégrité disponibilité
  `),
  adjectives: list(`
    personnels publics ouverts sensibles confidentiels régionaux municipaux annuels
    trimestriels raisonnables nécessaires appropriés accessibles sécurisés exacts complets
    transparents indépendants écrits électroniques automatisés locaux communs minimaux
    fiables pertinents proportionnés licites équitables inclusifs désignés autorisés
    externes internes temporaires permanents essentiels bilingues ruraux urbains
  `),
  verbs: [
    ['recueillir', 'recueillis'],
    ['publier', 'publiés'],
    ['partager', 'partagés'],
    ['conserver', 'conservés'],
    ['examiner', 'examinés'],
    ['approuver', 'approuvés'],
    ['consulter', 'consultés'],
    ['aviser', 'avisés'],
    ['évaluer', 'évalués'],
    ['documenter', 'documentés'],
    ['surveiller', 'surveillés'],
    ['protéger', 'protégés'],
    ['chiffrer', 'chiffrés'],
    ['acquérir', 'acquis'],
    ['mettre à jour', 'mis à jour'],
    ['divulguer', 'divulgués'],
    ['stocker', 'stockés'],
    ['transférer', 'transférés'],
    ['anonymiser', 'anonymisés'],
    ['désigner', 'désignés'],
    ['coordonner', 'coordonnés'],
    ['établir', 'établis'],
    ['vérifier', 'vérifiés'],
    ['archiver', 'archivés'],
    ['détruire', 'détruits'],
    ['renouveler', 'renouvelés'],
    ['traduire', 'traduits'],
    ['restreindre', 'restreints'],
  ],
  actors: [
    'la municipalité',
    'chaque municipalité membre',
    'le greffier',
    'le conseil',
    'le directeur du service',
    'le responsable de l’accès à l’information',
    'le personnel',
    'le gestionnaire des documents',
    'la direction générale',
    'chaque fournisseur',
    'le responsable du projet',
    'l’équipe des technologies de l’information',
  ],
  prepositions: list('pour avec dans selon avant après pendant entre sans envers'),
  citations: [
    (random) => `en vertu du règlement ${random.int(1995, 2026)}-${random.int(1, 250)}`,
    (random) => `selon l’annexe ${random.pick(['A', 'B', 'C', 'D', 'E'])}-${random.int(1, 40)}`,
    (random) => `(voir l’article ${random.int(1, 30)}.${random.int(1, 12)})`,
    (random) => `conformément à la résolution ${random.int(2000, 2026)}-${random.int(1, 900)}`,
  ],
  sections: {
    purpose: 'Objet',
    scope: 'Champ d’application',
    definitions: 'Définitions',
    principles: 'Principes',
    requirements: 'Exigences',
    roles: 'Rôles et responsabilités',
    review: 'Révision et modification',
  },
  roleHeader: ['Rôle', 'Responsabilité'],
  kinds: {
    policy: 'Politique',
    guideline: 'Ligne directrice',
    standard: 'Norme',
    template: 'Modèle',
    framework: 'Cadre',
  },
  titles: ['{kind} sur {topic} de {region}', '{kind} {qualifier} : {topic}', '{kind} régionale {qualifier}'],
  qualifiers: [
    'pour les espaces publics',
    'pour les contrats de fournisseurs',
    'pour les services partagés',
    'pour les séances du conseil',
    'pour le personnel de première ligne',
    'pour les petites municipalités',
    'pour les mesures d’urgence',
    'pour les bibliothèques',
  ],
};

/** Topics a synthetic registry files policies under (English, French, a description). */
export const topics: [string, string, string][] = [
  [
    'Data governance',
    'Gouvernance des données',
    'Who decides how municipal data is collected, kept and used.',
  ],
  ['Privacy', 'Vie privée', 'Personal information held by municipalities.'],
  ['Open procurement', 'Approvisionnement ouvert', 'Buying goods and services in the open.'],
  ['Open data', 'Données ouvertes', 'Publishing municipal data for anyone to reuse.'],
  ['Digital literacy', 'Littératie numérique', 'Helping residents and staff use digital services.'],
  ['Public engagement', 'Participation publique', 'Involving residents in municipal decisions.'],
  ['Cybersecurity', 'Cybersécurité', 'Protecting municipal systems and information.'],
  ['Algorithms', 'Algorithmes', 'Automated decisions and the systems that make them.'],
  ['Public-private partnerships', 'Partenariats public-privé', 'Working with private partners.'],
  ['Pilot projects', 'Projets pilotes', 'Trying new services before adopting them.'],
  ['Video surveillance', 'Vidéosurveillance', 'Cameras in public spaces and municipal buildings.'],
  ['Records management', 'Gestion documentaire', 'Keeping and disposing of municipal records.'],
  ['Accessibility', 'Accessibilité', 'Services everyone can use.'],
  ['Climate adaptation', 'Adaptation climatique', 'Preparing for a changing climate.'],
  ['Emergency management', 'Gestion des urgences', 'Planning for and responding to emergencies.'],
  ['Asset management', 'Gestion des actifs', 'Looking after roads, pipes and buildings.'],
  ['Broadband', 'Large bande', 'Internet access across the region.'],
  ['Official languages', 'Langues officielles', 'Services in English and French.'],
  ['Shared services', 'Services partagés', 'Services municipalities run together.'],
  ['Artificial intelligence', 'Intelligence artificielle', 'Using AI tools in municipal work.'],
  ['Geospatial data', 'Données géospatiales', 'Maps, addresses and parcels.'],
  ['Smart cities', 'Villes intelligentes', 'Sensors and connected infrastructure.'],
  ['Vendor management', 'Gestion des fournisseurs', 'Contracts and oversight of suppliers.'],
  ['Council transparency', 'Transparence du conseil', 'Open meetings and published decisions.'],
];
