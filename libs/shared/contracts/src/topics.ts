// Kafka topics of Budgetflow. Each service publishes to its own topic; keys are proposal ids (or round ids
// for round-level events), so one aggregate's events stay in order on one partition.
export const Topic = {
  /** Everything committees do to proposals and the budget office does to rounds (published by intake). */
  IntakeEvents: 'budgetflow.intake.events',
  /** Budget office, FU and RR decisions (published by workflow). */
  WorkflowEvents: 'budgetflow.workflow.events',
  /** Reports rendered by the reporting service. */
  ReportingEvents: 'budgetflow.reporting.events',
  /** Messages a consumer can never process, with the reason (one topic for all consumers). */
  DeadLetters: 'budgetflow.dead-letters',
} as const;

export type TopicName = (typeof Topic)[keyof typeof Topic];

export const ALL_TOPICS: readonly TopicName[] = Object.values(Topic);

/** Partitions per topic: enough for ordering per key and parallelism on a small cluster. */
export const TOPIC_PARTITIONS = 3;

/** The physical topic name: a prefix lets tests and parallel environments share one broker without crosstalk. */
export function physicalTopic(topic: TopicName, prefix = ''): string {
  return `${prefix}${topic}`;
}
