import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from '@app/domain';

/**
 * Expected failures go straight back to GraphQL (formatError maps their code) instead of
 * through Nest's default handler, which would log each bad request as a server error.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError): AppError {
    return error;
  }
}
