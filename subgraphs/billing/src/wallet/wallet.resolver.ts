import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Payment } from '../payment/payment.entity';
import { PaymentProvider } from '../payment/payment.enums';
import { PaymentSession } from '../payment/payment.resolver';
import { Wallet, WalletMovement } from './wallet.entity';
import { myWallet, payOrderWithWallet, topUpWallet } from './wallet.service';

@Resolver(() => Wallet)
export class WalletResolver {
  @Query(() => Wallet, { description: 'Affiliates: your organisation’s prepaid wallet (portefeuille).' })
  myWallet(@Ctx() ctx: Context): Promise<Wallet> {
    return myWallet(ctx.em, ctx.actor);
  }

  @Mutation(() => PaymentSession, { description: 'Affiliate admin: top the wallet up through FedaPay or KKiaPay; credited when the provider confirms.' })
  async topUpWallet(@Arg('amount', () => Int) amount: number, @Arg('provider', () => PaymentProvider) provider: PaymentProvider, @Ctx() ctx: Context): Promise<PaymentSession> {
    const payment = await topUpWallet(ctx.em, ctx.actor, ctx.services.gateways, amount, provider);
    return { payment, redirectUrl: payment.redirectUrl! };
  }

  @Mutation(() => Payment, { description: 'Affiliate members: pay an order your affiliate filed from its wallet.' })
  async payOrderWithWallet(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: Context): Promise<Payment> {
    const p = await payOrderWithWallet(ctx.em, ctx.actor, orderId);
    return p;
  }

  @FieldResolver(() => [WalletMovement], { description: 'Ledger (grand livre), newest first.' })
  movements(@Root() wallet: Wallet, @Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 50 }) first: number): Promise<WalletMovement[]> {
    return ctx.em.find(WalletMovement, { walletId: wallet.id }, { orderBy: { id: 'desc' }, limit: Math.max(1, Math.min(first, 200)) });
  }
}
