// The response stage a timeline entry's wording places it in, alike in both languages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phaseOf } from '../../src/core/model/phase.js';

describe('phaseOf', () => {
  it('gives the start of an incident no stage, in English as in Korean', () => {
    assert.equal(phaseOf('Incident started'), null);
    assert.equal(phaseOf('장애 발생'), null);
    assert.equal(phaseOf('Incident declared as SEV2'), 'classification');
    assert.equal(phaseOf('장애 선언, 등급 SEV2'), 'classification');
  });
  it('reads customers reporting a problem as detection', () => {
    assert.equal(phaseOf('Customers reported failed payments'), 'detection');
    assert.equal(phaseOf('Users complained about slow search'), 'detection');
    assert.equal(phaseOf('고객 제보로 결제 실패를 인지'), 'detection');
    assert.equal(phaseOf('Customers were told the service is back'), 'propagation');
  });
});
