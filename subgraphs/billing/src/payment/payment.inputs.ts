import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PaymentProvider } from './payment.enums';

@InputType()
export class InitiatePaymentInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => PaymentProvider, { description: 'FEDAPAY or KKIAPAY.' })
  provider!: PaymentProvider;
}

@InputType({ description: 'Back from the provider: ask it whether the payment went through.' })
export class ConfirmPaymentInput {
  @Field(() => ID)
  paymentId!: string;

  @Field(() => String, { nullable: true, description: 'KKiaPay: the transactionId the widget returned. Only a hint: the provider’s API is asked.' })
  @IsOptional()
  @MaxLength(80)
  providerTransactionId?: string;
}
