// The table-io specs' reader of exported documents (yauzl), shared with the black-box suites.
export { docxParagraphs, readZipEntry } from '@accredit/table-io/testing';
