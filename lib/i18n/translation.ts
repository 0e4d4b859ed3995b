// The type of a subject file in any language but English: exactly the English file's keys, each a string, so a
// missing or stray key is a compile error where it is written.
export type Translation<English> = { readonly [Key in keyof English]: string };
