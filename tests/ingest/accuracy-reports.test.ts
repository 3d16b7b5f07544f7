// Reports cited by title in lists and footnotes: real sentences -> expected Document keys.
import { describe, expect, it } from 'vitest';
import { findDocumentRefs } from '../../ingest/recognize/documents.js';

const keys = (text: string): string[] => findDocumentRefs(text, { body: 'General Assembly', symbol: 'A/RES/79/206' }).map((m) => m.key);

describe('the IPCC special reports, one Document each', () => {
  it('A/RES/79/206 footnote 21: three titles in one footnote', () => {
    const text =
      'Global Warming of 1.5°C, Climate Change and Land: An IPCC Special Report on Climate Change, Desertification, Land Degradation, Sustainable Land Management, Food Security, and Greenhouse Gas Fluxes in Terrestrial Ecosystems and The Ocean and Cryosphere in a Changing Climate.';
    expect(keys(text)).toEqual([
      'Document:global warming of 1.5°c',
      'Document:climate change and land',
      'Document:the ocean and cryosphere in a changing climate',
    ]);
  });
  it('A/RES/78/321 PP9: two titles after one "entitled" are two documents, not one', () => {
    const text =
      'Noting with concern the findings contained in the Sixth Assessment Report of the Intergovernmental Panel on Climate Change and its special reports entitled Global Warming of 1.5°C and The Ocean and Cryosphere in a Changing Climate,';
    expect(keys(text)).toEqual(['Document:global warming of 1.5°c', 'Document:the ocean and cryosphere in a changing climate']);
  });
  it('A/RES/78/69 OP201: "Special Report on the Ocean and Cryosphere in a Changing Climate" is the same report', () => {
    const text =
      'and in this regard refers in particular to its Special Report on the Ocean and Cryosphere in a Changing Climate, which was accepted by the Intergovernmental Panel at its fifty-first session on 23 September 2019,';
    expect(keys(text)).toEqual(['Document:the ocean and cryosphere in a changing climate']);
  });
  it('"Climate Change and Land Degradation ..." is not the report', () => {
    expect(keys('the report entitled Climate Change and Land Degradation in Drylands, and welcoming')).toEqual(['Document:climate change and land degradation in drylands']);
  });
});
