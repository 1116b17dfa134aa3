import { Topic, physicalTopic } from '@budgetflow/contracts';
import { KafkaPublisher } from '@budgetflow/messaging';
import { IntakeEventStory, TopicReader, expectEventually, publishToIntakeTopic, testKafka } from '@budgetflow/testing';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { NestExpressApplication } from '@nestjs/platform-express';
import { startWorkflowApp } from './workflow-app';

/** The workflow following intake's topic, a publisher to that topic, and a reader of the dead letters. */
export interface IntakeFollower {
  app: NestExpressApplication;
  db: WorkflowDatabase;
  publisher: KafkaPublisher;
  deadLetters: TopicReader;
}

/**
 * Starts the workflow before the file's tests (and stops it after), with the story's round created through intake's
 * topic and known to the workflow. The fields are set once its beforeAll has run.
 */
export function followIntakeEvents(story: IntakeEventStory): IntakeFollower {
  const follower = {} as IntakeFollower;
  beforeAll(async () => {
    follower.app = await startWorkflowApp();
    follower.db = follower.app.get(WorkflowDatabase);
    follower.publisher = new KafkaPublisher(testKafka());
    follower.deadLetters = new TopicReader(physicalTopic(Topic.DeadLetters, process.env['KAFKA_TOPIC_PREFIX']));
    await follower.deadLetters.start();
    await publishToIntakeTopic(follower.publisher, [story.roundCreated()]);
    await expectEventually(async () => expect(await follower.db.budgetRound.findUnique({ where: { id: story.roundId } })).not.toBeNull());
  }, 60_000);
  afterAll(async () => {
    await follower.deadLetters?.stop();
    await follower.publisher?.close();
    await follower.app?.close();
  });
  return follower;
}
