#!/bin/sh
# Creates the Budgetflow topics on the compose Kafka broker (run by the one-shot `kafka-topics` service in
# docker-compose.yml with the kafka-topics.sh of the apache/kafka image). Safe to run again: --if-not-exists.
# The names and the partition count must match libs/shared/contracts/src/topics.ts (Topic, TOPIC_PARTITIONS).
set -eu

BOOTSTRAP="${BOOTSTRAP_SERVER:-kafka:9092}"
PREFIX="${KAFKA_TOPIC_PREFIX:-}"
PARTITIONS=3
KAFKA_TOPICS="${KAFKA_TOPICS_SH:-/opt/kafka/bin/kafka-topics.sh}"

for topic in \
  budgetflow.intake.events \
  budgetflow.workflow.events \
  budgetflow.reporting.events \
  budgetflow.dead-letters; do
  "$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "${PREFIX}${topic}" --partitions "$PARTITIONS" --replication-factor 1
done

"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --list
