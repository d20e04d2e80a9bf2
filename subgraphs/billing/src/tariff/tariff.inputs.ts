import { IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { TariffComponent, TariffCondition } from './tariff.enums';

@InputType({ description: 'A new fee line, in force from a date (past rows are kept).' })
export class SetTariffInput {
  @Field(() => String)
  @MaxLength(60)
  serviceCode!: string;

  @Field(() => TariffComponent)
  component!: TariffComponent;

  @Field(() => TariffCondition, { defaultValue: TariffCondition.ALWAYS })
  condition: TariffCondition = TariffCondition.ALWAYS;

  @Field(() => String)
  @MinLength(3)
  @MaxLength(160)
  label!: string;

  @Field(() => Int, { description: 'XOF; 0 stops charging it; negative only for SURCHARGE/PLATE reductions.' })
  @Min(-10_000_000)
  @Max(10_000_000)
  amount!: number;

  @Field(() => Date, { nullable: true, description: 'Default: now. Never in the past (past orders keep their price).' })
  @IsOptional()
  effectiveFrom?: Date;
}
