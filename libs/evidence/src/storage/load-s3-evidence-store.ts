/** The S3 adapter's module, loaded on first use: the AWS SDK is a fifth of a second of every start otherwise. */
export function loadS3EvidenceStore(): typeof import('./s3-evidence-store') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./s3-evidence-store') as typeof import('./s3-evidence-store');
}
