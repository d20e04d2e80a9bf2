import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Prepaid balance of an affiliate (portefeuille), XOF; the database refuses a negative balance. */
@ObjectType('Wallet')
@Entity({ tableName: 'wallet' })
@Check({ name: 'wallet_balance_never_negative', expression: 'balance >= 0' })
export class Wallet {
  [OptionalProps]?: 'balance' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ID)
  @Unique()
  @Property({ type: 'uuid' })
  affiliateId!: string;

  @Field(() => Int, { description: 'XOF.' })
  @Property({ type: 'integer', default: 0 })
  balance: number = 0;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

export enum WalletMovementKind {
  TOP_UP = 'TOP_UP',
  DEBIT = 'DEBIT',
  REFUND = 'REFUND',
}
registerEnumType(WalletMovementKind, {
  name: 'WalletMovementKind',
  valuesConfig: { TOP_UP: { description: 'Recharge' }, DEBIT: { description: 'Paiement d’une commande' }, REFUND: { description: 'Remboursement' } },
});

/** One line of the wallet's ledger (grand livre): written in the transaction that moves the balance. */
@ObjectType('WalletMovement')
@Entity({ tableName: 'wallet_movement' })
@Index({ properties: ['walletId', 'id'] })
export class WalletMovement {
  [OptionalProps]?: 'at';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  walletId!: string;

  @Field(() => WalletMovementKind)
  @Enum({ items: () => WalletMovementKind, type: 'string' })
  kind!: WalletMovementKind;

  @Field(() => Int, { description: 'XOF: positive in, negative out.' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => Int, { description: 'Balance right after this movement.' })
  @Property({ type: 'integer' })
  balanceAfter!: number;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  orderId?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  paymentId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  actorAccountId?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();
}
