import { MESSAGES } from '@salesdash/shared/domain';
import { API_MESSAGE_TEXTS } from './api-messages.texts';

describe('API_MESSAGE_TEXTS', () => {
  it('has a text for every code of the API, in the catalogue’s order, and for nothing else', () => {
    expect(Object.keys(API_MESSAGE_TEXTS)).toEqual(Object.keys(MESSAGES));
  });

  it('says in English exactly what the API sends', () => {
    // Unit tests run the English source, so each $localize text is the English one.
    expect(API_MESSAGE_TEXTS).toEqual(MESSAGES);
  });
});
