import type { Language, PolicyKind } from '../schemas/index.ts';

export interface SkeletonOptions {
  title: string;
  kind: PolicyKind;
  topics: string[];
  region?: string;
  lang: Language;
  published: string;
}

/**
 * A new policy: valid as it stands (a draft, version 1.0), with the sections a municipal
 * policy usually has and an example of each element the text may use, to be replaced.
 */
export function policySkeleton({ title, kind, topics, region, lang, published }: SkeletonOptions): string {
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    'summary: "Replace with one plain-language paragraph: what the policy does, and for whom."',
    `kind: ${kind}`,
    '# draft: shown in `npm run dev` only. When the region opens it for co-signing, set it to',
    '# proposed and set published to that day.',
    'status: draft',
    `topics: [${topics.join(', ')}]`,
    ...(region ? [`region: ${region}`] : []),
    'version: "1.0"',
    `published: "${published}"`,
    '# Reuse terms; CC-BY-4.0 lets other municipalities adapt the text with credit.',
    'license: CC-BY-4.0',
    ...(lang === 'en' ? [] : [`lang: ${lang}`]),
    "# Councils' decisions are added with `npm run endorse`, once they are made.",
    'endorsements: []',
    '---',
  ];
  const body = lang === 'fr' ? frenchBody : englishBody;
  return `${frontmatter.join('\n')}\n\n${body}`;
}

const englishBody = `## Purpose

Why this policy exists and what it sets out to achieve.

## Scope

Who and what it applies to: departments, staff, contractors, data, services. Say what it does not cover.

## Definitions

<Definition term="Term">
What the term means in this policy.
</Definition>

## Policy statements

<Clause id="first-statement">
1. The first requirement, in one sentence that a council report can quote.
</Clause>

<Clause id="second-statement">
2. The next requirement. Each clause keeps its id for good: council reports cite it.
</Clause>

<Callout kind="note">
A transition period, an exception or a point of interpretation, if any.
</Callout>

## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| Council | Adopts or co-signs the policy |
| Clerk | Keeps the record of decisions |

## Review

Who reviews the policy, how often, and what triggers an earlier review.
`;

const frenchBody = `## Objet

Pourquoi cette politique existe et ce qu’elle vise.

## Portée

À qui et à quoi elle s’applique : services, personnel, contractuels, données. Préciser ce qu’elle ne couvre pas.

## Définitions

<Definition term="Terme">
Ce que le terme signifie dans cette politique.
</Definition>

## Énoncés de politique

<Clause id="premier-enonce">
1. La première exigence, en une phrase qu’un rapport au conseil peut citer.
</Clause>

<Callout kind="note">
Une période de transition, une exception ou une précision, le cas échéant.
</Callout>

## Rôles et responsabilités

| Rôle | Responsabilité |
| --- | --- |
| Conseil | Adopte ou cosigne la politique |
| Greffe | Tient le registre des décisions |

## Révision

Qui révise la politique, à quelle fréquence, et ce qui déclenche une révision anticipée.
`;
