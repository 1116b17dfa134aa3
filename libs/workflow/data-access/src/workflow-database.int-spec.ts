import { describeMessagingTables, testDatabaseUrl } from '@budgetflow/testing';
import { WorkflowDatabase } from './workflow-database';

describeMessagingTables('workflow', () => new WorkflowDatabase(testDatabaseUrl('WORKFLOW_DATABASE_URL')));
