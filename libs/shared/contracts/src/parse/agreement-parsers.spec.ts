import { aPackage } from '@budgetflow/domain/testing';
