import { EVIDENCE_KINDS as KINDS } from '@accredit/upload-contract';
import type { EvidenceKind } from '../graphql/generated/graphql';
import { tr } from '../plugins/i18n';

// The kinds of evidence (the schema's EvidenceKind), in the order a liaison picks them; the
// label is read in the interface language each time.

const kind = (value: EvidenceKind): { value: EvidenceKind; readonly label: string } => ({
  value,
  get label() {
    return tr(`domain.evidenceKind.${value}`);
  },
});

export const EVIDENCE_KINDS: ReadonlyArray<{ value: EvidenceKind; label: string }> = KINDS.map(kind);

export function evidenceKindLabel(value: string): string {
  return EVIDENCE_KINDS.find((k) => k.value === value)?.label ?? value;
}

/** A first guess from the file: photos are photos, PDFs usually sealed documents. */
export function guessEvidenceKind(fileName: string, mediaType: string): EvidenceKind {
  if (mediaType.startsWith('image/') || /\.(jpe?g|png|webp|heic)$/i.test(fileName)) return /截图|screenshot/i.test(fileName) ? 'SCREENSHOT' : 'PHOTO';
  if (mediaType === 'application/pdf' || /\.pdf$/i.test(fileName)) return 'SEALED_DOCUMENT';
  return 'OTHER';
}
