import { personLinkResolver } from '@accredit/identity';
import { EvidenceFileModel, EvidenceModel, EvidenceVersionModel } from './evidence.model';

// Who uploaded: whoever reads the evidence reads the uploader's name already; a Person adds only
// the organisation's name — not the User's e-mail, roles or lock state (liaisons and experts read
// evidence, they do not manage accounts).
export const EVIDENCE_PEOPLE = [
  personLinkResolver(EvidenceModel, (evidence) => evidence.createdById, { name: 'createdByPerson', description: '首次上传人（姓名和所属单位名称）' }),
  personLinkResolver(EvidenceVersionModel, (version) => version.createdById, { name: 'createdByPerson', description: '创建这个版本的人（姓名和所属单位名称）' }),
  personLinkResolver(EvidenceFileModel, (file) => file.uploadedById, { name: 'uploadedByPerson', description: '上传人（姓名和所属单位名称）' }),
];
