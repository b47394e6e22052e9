// The admin UI's own GraphQL documents by operation name, each with the fragments it uses: the one
// loader in tests/support, shared with the Jest suites.
export { adminDocuments } from '../../support/admin-documents.js';
