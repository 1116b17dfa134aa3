import { DynamicModule, Module } from '@nestjs/common';
import { RenderPool } from './rendering/render-pool';

/** The worker threads that render the bilag, so the event loop stays free. */
@Module({})
export class RenderingModule {
  static forRoot(workers: number): DynamicModule {
    return { module: RenderingModule, providers: [{ provide: RenderPool, useFactory: () => new RenderPool(workers) }], exports: [RenderPool] };
  }
}
