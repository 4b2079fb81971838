// Every provider case, both batches, for the tables that run them all.
import { providerCases } from './provider-cases';
import { providerCasesB } from './provider-cases-b';

export const allProviderCases = [...providerCases, ...providerCasesB];
