/** The admin's documents by operation name, each with the fragments it uses appended. */
export function adminDocuments(): Record<string, string>;
/** One file's operations (path relative to apps/admin/src/graphql) with the fragments they use appended. */
export function adminDocument(path: string): string;
/** Every .graphql file under apps/admin/src/graphql, relative to it. */
export function adminDocumentFiles(): string[];
/** A suite's own document with the admin's fragments it spreads appended. */
export function withAdminFragments(source: string): string;
