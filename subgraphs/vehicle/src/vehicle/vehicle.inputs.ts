import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Energy, VehicleCategory } from '../catalogue/catalogue.enums';

@InputType({ description: 'A vehicle made or assembled in Benin (no customs clearance).' })
export class RegisterLocalVehicleInput {
  @Field(() => String)
  @MaxLength(30)
  vin!: string;

  @Field(() => ID)
  modelId!: string;

  @Field(() => Int)
  @Min(1950)
  @Max(2100)
  year!: number;

  @Field(() => Energy)
  energy!: Energy;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 40)
  color?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(120)
  seats?: number;
}

@InputType({ description: 'Characteristics that change (transformation); only the given ones.' })
export class TransformVehicleInput {
  @Field(() => ID)
  vehicleId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 40)
  color?: string;

  @Field(() => Energy, { nullable: true })
  energy?: Energy;

  @Field(() => VehicleCategory, { nullable: true })
  category?: VehicleCategory;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(120)
  seats?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(50)
  @Max(100_000)
  emptyWeightKg?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(50)
  @Max(100_000)
  grossWeightKg?: number;

  @Field(() => String, { description: 'Why (motif); kept in the technical history.' })
  @Length(3, 1000)
  reason!: string;
}

@InputType()
export class RegisterImportedVehicleInput {
  @Field(() => String, { description: 'Customs declaration number, e.g. C-2026-001234.' })
  @Matches(/^[A-Z]-\d{4}-\d{3,10}$/, { message: 'A customs reference looks like C-2026-001234.' })
  customsReference!: string;
}
