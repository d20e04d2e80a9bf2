import { FieldResolver, Resolver, Root } from 'type-graphql';
import { PartyRef } from '../party/party.stubs';
import { Holding } from './holding.entity';

@Resolver(() => Holding)
export class HoldingResolver {
  @FieldResolver(() => PartyRef)
  holder(@Root() holding: Holding): PartyRef {
    return new PartyRef(holding.holderId);
  }
}
