import { computed } from 'vue';
import { useQuery } from '@urql/vue';
import { FilingServicesDocument } from '@simveb/clients/sdk/generated/graphql';

/** The documents each service asks for, from the graph's catalogue (admins change them; the apps follow). */
export function useRequiredDocuments() {
  const services = useQuery({ query: FilingServicesDocument });
  const byCode = computed(() => new Map((services.data.value?.services ?? []).map((s) => [s.code, s.requiredDocuments])));
  return (code: string) => byCode.value.get(code) ?? [];
}
