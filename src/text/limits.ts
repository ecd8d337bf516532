/**
 * How large and how deep a policy text may be. A real policy is tens of kilobytes and a few
 * levels deep; a text beyond these was written to exhaust the build machine, since parsing
 * cost grows with the square of nesting depth (100,000 nested quotes take minutes), and every
 * later step walks the tree.
 */
export const TEXT_LIMITS = {
  /** Bytes of one text (UTF-8): two megabytes, a hundred times a long policy. */
  maxBytes: 2 * 1024 * 1024,
  /** Nested blocks (quotes, lists, components) and nested inline elements, together. */
  maxDepth: 48,
} as const;
