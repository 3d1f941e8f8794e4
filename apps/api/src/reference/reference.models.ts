import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ComplexRole, ComplexType, ReferenceSource, ZoneCode } from '@app/domain';

registerEnumType(ZoneCode, {
  name: 'ZoneCode',
  description: 'The 5+2 regional economic zones (광역경제권)',
});
registerEnumType(ComplexType, {
  name: 'ComplexType',
  description: 'National, general, agro-industrial or urban high-tech complex',
});
registerEnumType(ComplexRole, {
  name: 'ComplexRole',
  description: 'Hub (거점단지) or linked (연계단지) complex',
});
registerEnumType(ReferenceSource, {
  name: 'ReferenceSource',
  description: 'PLAN: named by the 2010 plan; FILLED: filled in from public records',
});

@ObjectType({ description: 'A bilingual label' })
export class Label {
  @Field()
  ko!: string;

  @Field()
  en!: string;
}

@ObjectType({ description: 'A regional economic zone (광역경제권)' })
export class Zone {
  @Field(() => ZoneCode)
  code!: ZoneCode;

  @Field()
  nameKo!: string;

  @Field()
  nameEn!: string;

  @Field(() => [Label], { description: 'Provinces and metropolitan cities (시·도) of the zone' })
  regions!: Label[];

  @Field(() => [Label], { description: 'What the 2010 plan says the zone specialises in' })
  specialisations!: Label[];
}

@ObjectType({
  description: 'A hub-and-spoke cluster (거점·연계): one hub complex and its linked complexes',
})
export class Cluster {
  @Field(() => ID, { description: 'Equal to the code of its hub complex' })
  id!: string;

  @Field()
  code!: string;

  @Field()
  nameKo!: string;

  @Field()
  nameEn!: string;

  zoneCode!: ZoneCode;
  hubComplexCode!: string;
}

@ObjectType({ description: 'An industrial complex (산업단지)' })
export class Complex {
  @Field(() => ID)
  code!: string;

  @Field()
  nameKo!: string;

  @Field()
  nameEn!: string;

  @Field(() => ComplexType)
  type!: ComplexType;

  @Field(() => ComplexRole)
  role!: ComplexRole;

  @Field()
  cityKo!: string;

  @Field()
  cityEn!: string;

  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => [Label])
  mainIndustries!: Label[];

  @Field(() => ReferenceSource)
  source!: ReferenceSource;

  @Field(() => String, { nullable: true, description: 'Where the row comes from' })
  note!: string | null;

  zoneCode!: ZoneCode;
  clusterCode!: string;
}
