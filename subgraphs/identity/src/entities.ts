import { OutboxEvent } from '@simveb/platform/outbox/outbox.entity';
import { Company } from './company/company.entity';
import { Person } from './person/person.entity';

export const entities = [Person, Company, OutboxEvent];
