import { MIGRATIONS } from './migrations';
import { committedMigrationNames } from './run-migrations';

describe('committed migrations', () => {
  // The start-up check compares the migration files with the applied ones without loading the
  // migrator; the migrator runs the list in migrations/index.ts. Both must name the same set.
  it('the files and the list the migrator runs name the same migrations', () => {
    expect(committedMigrationNames().sort()).toEqual(MIGRATIONS.map((migration) => migration.name).sort());
  });
});
