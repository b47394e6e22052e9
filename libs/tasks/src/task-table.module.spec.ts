import { Module, type Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { TASK_STATE_VOCABULARY, TaskStateVocabulary } from './task-state-vocabulary';
import { TasksService } from './tasks.service';

class FixedVocabulary extends TaskStateVocabulary {
  reviewQueueStates = async () => ['submitted'];
  taskDefinition = async () => {
    throw new Error('not used');
  };
}

const boot = (providers: Provider[]) => {
  @Module({ providers })
  class Probe {}
  return NestFactory.createApplicationContext(Probe, { logger: false, abortOnError: false });
};

describe('the task table’s workflow port', () => {
  it('refuses to start when nobody wires the state vocabulary, instead of answering the review queue with nothing', async () => {
    await expect(boot([TasksService, { provide: EntityManager, useValue: {} }])).rejects.toThrow(/TASK_STATE_VOCABULARY/);
  });

  it('starts once the app wires it', async () => {
    const app = await boot([TasksService, { provide: EntityManager, useValue: {} }, { provide: TASK_STATE_VOCABULARY, useClass: FixedVocabulary }]);
    expect(app.get(TasksService)).toBeInstanceOf(TasksService);
    await app.close();
  });
});
