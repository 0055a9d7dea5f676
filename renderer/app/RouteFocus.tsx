import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { requestHeadingFocus } from '../components/heading-focus';

/**
 * After each navigation inside the app, focus moves to the new page's heading, as it would
 * on a full page load, so keyboard and screen-reader users start at the top of the new page.
 */
export function RouteFocus() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const first = useRef(true);
  useEffect(() => {
    // The first page and redirects (replace) keep the browser's own focus start, so the skip link stays first.
    if (first.current || navigationType === 'REPLACE') {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    requestHeadingFocus();
  }, [location.pathname, navigationType]);
  return null;
}
