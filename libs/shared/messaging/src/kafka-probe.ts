import { Admin, Kafka } from 'kafkajs';

/** Answers "is the broker reachable right now?" quickly, for health checks. */
export class KafkaProbe {
  private admin: Admin | undefined;

  constructor(private readonly kafka: Kafka) {}

  /** Resolves when the cluster answers a metadata request within `timeoutMs`; rejects otherwise. */
  async check(timeoutMs = 2000): Promise<void> {
    try {
      await withTimeout(this.describe(), timeoutMs);
    } catch (error) {
      // A broken connection is dropped, so the next check starts afresh instead of waiting on retries.
      const stale = this.admin;
      this.admin = undefined;
      await stale?.disconnect().catch(() => undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.admin?.disconnect();
    this.admin = undefined;
  }

  private async describe(): Promise<void> {
    if (!this.admin) {
      this.admin = this.kafka.admin({ retry: { retries: 0 } });
      await this.admin.connect();
    }
    await this.admin.describeCluster();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Kafka did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
