import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A module whose rows keep files in the evidence store besides evidence itself (campaign
 * documents, forms' files). The store's sweep asks each before it removes content that no
 * evidence refers to; the owners implement it (campaigns cannot import this library, so the port
 * is an interface the app wires by class: `EvidenceModule.forRoot(…, [CampaignDocumentContents, …])`).
 */
export interface ContentReferences {
  /** Whether any of the module's rows refer to the content; `em` is the sweep's transaction, holding the content's lock. */
  refersTo(sha256: string, em: EntityManager): Promise<boolean>;
}

/** Every module's ContentReferences (an array), as wired by the app. */
export const CONTENT_REFERENCES = Symbol('CONTENT_REFERENCES');
