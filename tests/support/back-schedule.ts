/** The seeded standard's three phases planned back from a target day: a set-up or new cycle's schedule in the suites. */
export const BACK_SCHEDULE = {
  targetDate: '2027-01-31',
  phases: [
    { key: 'preparation', name: '筹备阶段', days: 121 },
    { key: 'creation', name: '创建阶段', days: 244 },
    { key: 'accreditation', name: '认定阶段', days: 62 },
  ],
};
