import type { CampaignIndicatorTreeQuery } from '../graphql/generated/graphql';
import type { IndicatorNode } from '../views/campaigns/indicator-tree/indicator-tree.model';

// Two indicators of the Shapingba table, cut down: rules of several kinds, a group unit,
// lead and support units, a note, a veto. 2 indicators · 5 requirements · 6 rules · 24 points.

export const indicatorsFixture: IndicatorNode[] = [
  {
    id: 'ind-1',
    code: '1',
    title: '党委和政府重视、制度健全',
    maxScore: 18,
    level: 1,
    electiveChoice: null,
    electiveChosen: null,
    children: [],
    requirements: [
      { id: 'req-1-1', code: '1-1', text: '县级党委（办）出台科协深化改革实施方案正式文件盖章版。' },
      { id: 'req-1-2', code: '1-2', text: '县级经济社会发展“十四五”规划中有科普工作内容。' },
      { id: 'req-1-3', code: '1-3', text: '建立科普工作协调机制及实施方案、工作要点等文件正式盖章版。' },
    ],
    scoringRules: [
      {
        id: 'rule-1-1',
        code: '1.1',
        text: '深化改革实施方案1分',
        points: 1,
        kind: 'fixed',
        note: null,
        responsibleUnits: [{ name: '区委办', isGroup: false, role: 'lead' }],
      },
      {
        id: 'rule-1-2',
        code: '1.2',
        text: '建立科普工作协调机制2分',
        points: 2,
        kind: 'fixed',
        note: null,
        responsibleUnits: [
          { name: '区政府办', isGroup: false, role: 'support' },
          { name: '区委办', isGroup: false, role: 'lead' },
        ],
      },
      {
        id: 'rule-1-3',
        code: '1.3',
        text: '2020年以来有表彰1分；2016年以来有表彰得0.5分',
        points: 1,
        kind: 'alternative',
        note: '以表彰文件为准',
        responsibleUnits: [{ name: '区科协', isGroup: false, role: 'lead' }],
      },
    ],
  },
  {
    id: 'ind-9',
    code: '9',
    title: '动员社会资源',
    maxScore: 6,
    level: 1,
    electiveChoice: null,
    electiveChosen: null,
    children: [],
    requirements: [
      { id: 'req-9-1', code: '9-1', text: '社会组织、企业等参与科普工作的有关材料。' },
      { id: 'req-9-2', code: '9-2', text: '近三年辖区内无恶劣影响的愚昧迷信、伪科学活动发生的说明。' },
    ],
    scoringRules: [
      {
        id: 'rule-9-1',
        code: '9.1',
        text: '每承担1项市级以上科普项目得2分，最高不超过4分',
        points: 4,
        kind: 'perItem',
        note: null,
        responsibleUnits: [
          { name: '各镇街', isGroup: true, role: 'lead' },
          { name: '区科技局', isGroup: false, role: 'support' },
        ],
      },
      {
        id: 'rule-9-2',
        code: '9.2',
        text: '视工作情况，得0-2分',
        points: 2,
        kind: 'range',
        note: null,
        responsibleUnits: [{ name: '区科协', isGroup: false, role: 'lead' }],
      },
      {
        id: 'rule-9-3',
        code: '9.3',
        text: '如辖区内近三年发生有恶劣影响的愚昧迷信、伪科学活动，取消创建资格',
        points: 0,
        kind: 'veto',
        note: '由区委政法委提供情况说明',
        responsibleUnits: [
          { name: '区委政法委', isGroup: false, role: 'lead' },
          { name: '各镇街', isGroup: true, role: 'support' },
        ],
      },
    ],
  },
];

/** Typed by the query the indicator tree reads them with, so a schema change shows here. */
export const phasesFixture: NonNullable<CampaignIndicatorTreeQuery['campaign']>['phases'] = [
  { key: 'preparation', name: '筹备阶段', startsOn: '2021-12-01', endsOn: '2022-03-31', description: '制定实施方案，动员部署', steps: [] },
  {
    key: 'creation',
    name: '创建阶段',
    startsOn: '2022-04-01',
    endsOn: '2022-11-30',
    description: '完善指标体系，形成佐证材料及自评报告',
    steps: [
      { key: 'creation.publicity', name: '宣传动员', startsOn: null, endsOn: null, description: '召开创建推进会、现场会' },
      { key: 'creation.city-assessment', name: '市科协评估检查', startsOn: '2022-10-01', endsOn: '2022-11-30', description: null },
    ],
  },
  { key: 'accreditation', name: '认定阶段', startsOn: '2022-12-01', endsOn: '2023-01-31', description: null, steps: [] },
];
