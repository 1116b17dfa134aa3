import { DynamicModule, Module } from '@nestjs/common';
import { PublicationBuilder } from './publication-builder';
import { PublicPagesController } from './public-pages.controller';
import { PublicSiteRepository } from './public-site.repository';

/** The public site: each publication's snapshot built from the reports and stored, served by path without a token. */
@Module({})
export class PublicSiteModule {
  /** With the reports module the app has (its render workers are the ones the snapshots are rendered in). */
  static forRoot(reports: DynamicModule): DynamicModule {
    return {
      module: PublicSiteModule,
      imports: [reports],
      controllers: [PublicPagesController],
      providers: [PublicSiteRepository, PublicationBuilder],
      exports: [PublicationBuilder],
    };
  }
}
