import { DATABASE_URL, SQL_DATABASE } from '@budgetflow/messaging';
import { DynamicModule, Global, Module, Type } from '@nestjs/common';

/** Provides a service's Prisma client class, built from its URL, to the whole app (also as the messaging SQL_DATABASE, and its URL as DATABASE_URL). */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot<T>(client: Type<T>, url: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: client, useFactory: () => new client(url) },
        { provide: SQL_DATABASE, useExisting: client },
        { provide: DATABASE_URL, useValue: url },
      ],
      exports: [client, SQL_DATABASE, DATABASE_URL],
    };
  }
}
