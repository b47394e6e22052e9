import { toElectiveModel, toVerdictScaleModel } from '../to-indicator-models';
import {
  IndicatorTemplateCheckModel,
  IndicatorTemplateModel,
  IndicatorTemplateTreeModel,
  IndicatorTemplateVersionModel,
  TemplateNodeModel,
  TemplateProblemModel,
  TemplateRuleModel,
} from './indicator-template.model';
import { toRuleScoringModel } from './to-rule-scoring-model';
import type { TemplateCheck, TemplateListing, TemplateVersionTree } from './indicator-templates.service';
import type { TemplateNode, TemplateProblem } from './template-tree';

const toNumber = (value: string | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

export function toVersionModel(entry: TemplateListing['versions'][number]): IndicatorTemplateVersionModel {
  const { system } = entry;
  return Object.assign(new IndicatorTemplateVersionModel(), {
    id: system.id,
    version: system.version,
    name: system.name,
    source: system.source ?? null,
    createdAt: system.createdAt,
    createdBy: system.createdBy ?? null,
    ownerName: entry.ownerName,
    own: entry.own,
    totalScore: toNumber(system.totalScore),
    scoringMode: system.scoringMode ?? 'points',
  });
}

export function toTemplateModel(listing: TemplateListing): IndicatorTemplateModel {
  return Object.assign(new IndicatorTemplateModel(), { key: listing.key, title: listing.title, versions: listing.versions.map(toVersionModel) });
}

function toNodeModel(node: TemplateNode): TemplateNodeModel {
  return Object.assign(new TemplateNodeModel(), {
    key: node.key,
    parentKey: node.parentKey ?? null,
    code: node.code,
    title: node.title,
    maxScore: node.maxScore ?? null,
    weight: node.weight ?? null,
    scoringMode: node.scoringMode ?? null,
    elective: toElectiveModel(node.elective),
    requirements: node.requirements ?? [],
    rules: (node.rules ?? []).map((rule) =>
      Object.assign(new TemplateRuleModel(), {
        text: rule.text,
        points: rule.points,
        scoring: toRuleScoringModel(rule.scoring),
        units: rule.units,
        effectiveUnits: rule.effectiveUnits ?? rule.units,
        note: rule.note ?? '',
        organisationOwned: rule.organisationOwned === true,
      }),
    ),
  });
}

export function toTreeModel({ system, tree, maxTotal }: TemplateVersionTree): IndicatorTemplateTreeModel {
  return Object.assign(new IndicatorTemplateTreeModel(), {
    id: system.id,
    key: tree.key,
    version: tree.version,
    name: tree.name,
    source: tree.source ?? null,
    totalScore: tree.totalScore,
    scoringMode: tree.scoringMode ?? 'points',
    // The scale the table declares, not the default it falls back to: a tree saved back as read is the same version.
    verdicts: tree.verdicts ? toVerdictScaleModel(tree.verdicts) : null,
    maxTotal,
    nodes: tree.nodes.map(toNodeModel),
  });
}

export function toProblemModel(problem: TemplateProblem): TemplateProblemModel {
  return Object.assign(new TemplateProblemModel(), {
    nodeKey: problem.nodeKey,
    ruleIndex: problem.ruleIndex,
    path: problem.path,
    message: problem.message,
    severity: problem.severity,
  });
}

export function toCheckModel(check: TemplateCheck): IndicatorTemplateCheckModel {
  return Object.assign(new IndicatorTemplateCheckModel(), {
    ok: !check.problems.some((problem) => problem.severity === 'error'),
    maxTotal: check.maxTotal,
    problems: check.problems.map(toProblemModel),
  });
}
