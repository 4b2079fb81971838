/** Joins the class names that apply (a CSS Module's class plus a caller's, conditions left false). */
export const classes = (...names: (string | false | null | undefined)[]) => names.filter(Boolean).join(' ');
