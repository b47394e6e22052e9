import type { DomainMessages } from '../zh-CN/domain';

const domain: DomainMessages = {
  date: {
    monthRange: '{from} – {to}',
    monthFrom: 'from {from}',
    monthTo: 'until {to}',
    unscheduled: 'dates to be set',
    none: '—',
  },
  phase: {
    done: 'Finished',
    current: 'In progress',
    upcoming: 'Not started',
    unscheduled: 'Dates to be set',
  },
  deadline: {
    done: 'Done',
    overdue: 'Overdue by {n} day | Overdue by {n} days',
    dueToday: 'Due today',
    daysLeft: '{n} day left | {n} days left',
    title: 'Due {date} · {status}',
  },
  role: {
    office_admin: 'Lead office admin',
    liaison: 'Department liaison',
    supervisor: 'Supervisor',
    expert: 'Review expert',
    system_admin: 'System administrator',
    separator: ', ',
  },
  elective: {
    chosenBy: '{text} · chosen by {who} on {when}',
    chosen: 'Chosen',
    unchosen: 'Not chosen',
  },
  evidenceKind: {
    SEALED_DOCUMENT: 'Official document (sealed)',
    SCREENSHOT: 'Screenshot',
    NEWS_ARTICLE: 'News article',
    PHOTO: 'Photo',
    OTHER: 'Other',
  },
  level: { national: 'National', province: 'Province', city: 'City', county: 'County / district' },
  ruleKind: {
    fixed: { label: 'Fixed points', hint: 'Full points when met, none otherwise' },
    range: {
      label: 'Points within a range',
      hint: 'The reviewer awards points within the range, by the quality of the work',
    },
    alternative: { label: 'One of several cases', hint: 'Points for the one case that applies' },
    tiered: {
      label: 'Ranked tiers',
      hint: 'Points by tier, by ranking among the participating units',
    },
    perItem: { label: 'Per item (capped)', hint: 'Points for each item done, up to the cap' },
    conditionalCap: {
      label: 'Capped unless met',
      hint: 'If the condition is not met, points cannot exceed the cap',
    },
    veto: { label: 'Veto', hint: 'Any of the listed cases disqualifies the district' },
    series: {
      label: 'Year-on-year growth',
      hint: 'Points only if the listed years grow year on year',
    },
    verdict: {
      label: 'Pass / fail verdict',
      hint: 'No points: judged by grade (e.g. met / mostly met / not met)',
    },
    unknown: { label: 'Unclassified', hint: 'A scoring method this system does not know' },
  },
};

export default domain;
