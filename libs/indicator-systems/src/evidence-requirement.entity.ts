import { Entity, Index, Unique } from '@mikro-orm/core';
import { IndicatorLine } from './indicator-line.entity';

/** What evidence an indicator asks for (1-1 …); uploads are tagged with its code. */
@Entity({ tableName: 'evidence_requirement' })
@Unique({ properties: ['indicator', 'code'] })
@Index({ properties: ['indicator', 'sortOrder'] })
export class EvidenceRequirement extends IndicatorLine {}
