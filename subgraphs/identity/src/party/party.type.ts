import { Directive, Field, ID, InterfaceType } from 'type-graphql';

/**
 * Anyone who can hold a vehicle or file a demand: a person (NPI) or a company
 * (IFU). Other subgraphs refer to it as an @interfaceObject and only know its id.
 */
@Directive('@key(fields: "id")')
@InterfaceType('Party', {
  description: 'A person or a company: a holder (titulaire) or an applicant (demandeur).',
  resolveType: (value: { partyType?: string }) => (value.partyType === 'COMPANY' ? 'Company' : 'Person'),
})
export abstract class Party {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Full name of a person, legal name of a company.' })
  displayName!: string;
}
