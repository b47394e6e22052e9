import type { IndicatorTable } from './indicator-table';

/**
 * A campaign template: everything needed to set up one organisation's campaign — its
 * departments and groups, the indicator table and the phases — as one data file.
 */
export interface TemplateDepartment {
  name: string;
  fullName?: string;
  kind: string;
  tags: string[];
}

export interface TemplateGroup {
  name: string;
  description?: string;
  source?: string;
  members: string[];
}

export interface TemplatePhase {
  key: string;
  name: string;
  startsOn: string;
  endsOn: string;
  description?: string;
  steps?: { key: string; name: string; description?: string; startsOn?: string; endsOn?: string }[];
}

export interface CampaignTemplate {
  key: string;
  organisation: { code: string; name: string; shortName: string; leadOffice: string };
  departments: TemplateDepartment[];
  groups: TemplateGroup[];
  indicatorSystem: IndicatorTable;
  campaign: { name: string; taskPhase: string; state?: string; phases: TemplatePhase[] };
}
