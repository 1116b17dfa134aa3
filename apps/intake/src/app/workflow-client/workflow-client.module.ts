import { DynamicModule, Global, Module } from '@nestjs/common';
import { WORKFLOW_URL, WorkflowClient } from './workflow-client';

/** The workflow service's API at WORKFLOW_URL, for the features that forward a request there. */
@Global()
@Module({})
export class WorkflowClientModule {
  static register(workflowUrl: string): DynamicModule {
    return {
      module: WorkflowClientModule,
      providers: [WorkflowClient, { provide: WORKFLOW_URL, useValue: workflowUrl }],
      exports: [WorkflowClient],
    };
  }
}
