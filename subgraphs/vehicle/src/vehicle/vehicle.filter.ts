import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { VehicleCategory, VehicleOrigin } from '../catalogue/catalogue.enums';

@InputType({ description: 'All given criteria must match.' })
export class VehicleFilter {
  @Field(() => ID, { nullable: true })
  brandId?: string;

  @Field(() => ID, { nullable: true })
  modelId?: string;

  @Field(() => VehicleCategory, { nullable: true })
  category?: VehicleCategory;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  yearFrom?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  yearTo?: number;

  @Field(() => VehicleOrigin, { nullable: true })
  origin?: VehicleOrigin;
}
