import { describeMessagingTables, testDatabaseUrl } from '@budgetflow/testing';
import { IntakeDatabase } from './intake-database';

describeMessagingTables('intake', () => new IntakeDatabase(testDatabaseUrl('INTAKE_DATABASE_URL')));
