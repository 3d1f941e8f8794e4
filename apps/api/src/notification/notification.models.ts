import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationKind, NotificationStatus } from '@app/domain';
import { Organization } from '../organization/organization.models';

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(NotificationStatus, {
  name: 'NotificationStatus',
  description: 'PENDING until the sender took it; FAILED is retried with backoff',
});

@ObjectType({ description: 'A message to one person, as recorded and sent' })
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => ID, { nullable: true })
  suggestionId!: string | null;

  @Field(() => Organization, { description: "The recipient's organization" })
  organization!: Organization;

  @Field()
  recipientEmail!: string;

  @Field()
  subject!: string;

  @Field()
  body!: string;

  @Field({ description: 'How it went out: LOG or SMTP' })
  channel!: string;

  @Field(() => NotificationStatus)
  status!: NotificationStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;
}
