import { describeMessagingTables, testDatabaseUrl } from '@budgetflow/testing';
import { ReportingDatabase } from './reporting-database';

describeMessagingTables('reporting', () => new ReportingDatabase(testDatabaseUrl('REPORTING_DATABASE_URL')));
