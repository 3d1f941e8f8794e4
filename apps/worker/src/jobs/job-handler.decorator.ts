import { SetMetadata } from '@nestjs/common';
import type { JobName } from '@app/jobs';

export const JOB_HANDLER = Symbol('JOB_HANDLER');

/** Marks the method of a processor that handles one named job. */
export const JobHandler = (name: JobName): MethodDecorator => SetMetadata(JOB_HANDLER, name);
