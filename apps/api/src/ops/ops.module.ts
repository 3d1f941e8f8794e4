import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { MetricsController } from './metrics.controller';
import { ApiMetrics } from './metrics.registry';

@Module({
  controllers: [MetricsController],
  providers: [ApiMetrics, HttpMetricsMiddleware],
  exports: [ApiMetrics],
})
export class OpsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
