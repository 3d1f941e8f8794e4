import { Module } from '@nestjs/common';
import { StatsResolver, UnmetNeedResolver } from './stats.resolver';

@Module({ providers: [StatsResolver, UnmetNeedResolver] })
export class StatsModule {}
