import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SafeguardingRoute } from '../../../renderer/features/safeguarding/SafeguardingRoute';

describe('the safeguarding route on the family page', () => {
  const html = renderToStaticMarkup(createElement(StaticRouter, { location: '/families/family-000001' }, createElement(SafeguardingRoute, { family: { id: 'family-000001' } })));

  it('asks the question, says consent is not needed, and links to the referral form', () => {
    expect(html).toContain('Worried a child is at risk of significant harm?');
    expect(html).toContain('Refer to children&#x27;s social care straight away. You do not need the family&#x27;s consent.');
    expect(html).toMatch(/<a href="\/families\/family-000001\/safeguarding"[^>]*>Record a referral to children&#x27;s social care<\/a>/);
  });

  it('is a labelled region, in the calm style rather than the problem style, and says nothing about earlier referrals', () => {
    expect(html).toMatch(/^<section class="safeguarding-route" aria-labelledby="safeguarding-route-heading">/);
    expect(html).not.toMatch(/problem|warning/);
    expect(html).not.toMatch(/referrals? (has|have) been|recorded on/i);
  });
});
