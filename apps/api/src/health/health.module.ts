import { Module } from '@nestjs/common';
import { SearchModule } from '@app/search';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({ imports: [SearchModule], controllers: [HealthController], providers: [HealthService] })
export class HealthModule {}
