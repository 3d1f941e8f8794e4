import { Global, Module } from '@nestjs/common';
import { Environment } from './environment';
import { loadConfig } from './load-config';

/**
 * Provides the validated Environment under its own class as the injection token.
 * Validation runs when the module is imported, i.e. before any other provider starts.
 */
@Global()
@Module({
  providers: [{ provide: Environment, useFactory: () => loadConfig() }],
  exports: [Environment],
})
export class ConfigModule {}
