import { Arg, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { audit } from '@simveb/platform/audit/audit-entry.entity';
import { requireRole } from '@simveb/platform/auth/actor';
import { BadInput, NotFound } from '@simveb/platform/errors';
import type { Context } from '../context';
import { DemandStatus } from '../demand/demand.enums';
import { DOCUMENT_TYPES } from './service.catalogue';
import { Service } from './service.entity';
import { isServiceCode } from './service-policy';

@InputType()
class UpdateServiceInput {
  @Field(() => Boolean, { nullable: true }) active?: boolean;
  @Field(() => [String], { nullable: true }) requiredDocuments?: string[];
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Hours per status, e.g. { "VERIFIED": 24 }.' }) targetHours?: Record<string, unknown>;
}

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => [Service], { description: 'The service catalogue: documents, steps, target times.' })
  services(@Ctx() ctx: Context): Promise<Service[]> {
    return ctx.em.find(Service, {}, { orderBy: { code: 'asc' } });
  }

  @Mutation(() => Service, { description: 'Change a service’s documents, target times or availability (admins; audited).' })
  async updateService(@Arg('code', () => String) code: string, @Arg('input', () => UpdateServiceInput) input: UpdateServiceInput, @Ctx() ctx: Context): Promise<Service> {
    requireRole(ctx.actor, ['ADMIN'], 'configure services');
    const service = isServiceCode(code) ? await ctx.em.findOne(Service, { code }) : null;
    if (!service) throw new NotFound('Service', code);
    const before = { active: service.active, requiredDocuments: service.requiredDocuments, targetHours: service.targetHours };
    if (input.requiredDocuments) {
      const bad = input.requiredDocuments.filter((d) => !DOCUMENT_TYPES[d]);
      if (bad.length) throw BadInput.field('requiredDocuments', `Unknown document types: ${bad.join(', ')}.`);
      service.requiredDocuments = input.requiredDocuments;
    }
    if (input.targetHours) {
      const entries = Object.entries(input.targetHours);
      const bad = entries.filter(([k, v]) => !(k in DemandStatus) || typeof v !== 'number' || !Number.isInteger(v) || v <= 0 || v > 24 * 365);
      if (bad.length) throw BadInput.field('targetHours', 'Give whole hours (1 to 8760) per demand status.');
      service.targetHours = Object.fromEntries(entries) as Record<string, number>;
    }
    if (input.active !== undefined) service.active = input.active;
    audit(ctx.em, ctx.actor.accountId, 'service.update', code, { before, after: input });
    await ctx.em.flush();
    return service;
  }
}

export { Int };
