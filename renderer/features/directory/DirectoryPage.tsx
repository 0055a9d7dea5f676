import { NavLink, useLocation } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { flashFrom } from '../../components/notices/FlashNotice';
import { PractitionersSection } from './PractitionersSection';
import { ServicesSection } from './ServicesSection';
import { paths } from '../../components/paths';

export type DirectorySection = 'practitioners' | 'services';

function SectionNav() {
  return (
    <nav className="directory-nav" aria-label="Directory sections">
      <ul className="directory-nav__list">
        <li>
          <NavLink end to={paths.directory()} className="directory-nav__link">
            Practitioners
          </NavLink>
        </li>
        <li>
          <NavLink end to={paths.services()} className="directory-nav__link">
            Local services
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}

/** The directory, shared by every family: the practitioners you work with and the local services families can use. */
export function DirectoryPage({ section }: { section: DirectorySection }) {
  const flash = flashFrom(useLocation().state);
  return (
    <>
      <PageHeading title={section === 'services' ? 'Local services – Directory' : 'Practitioners – Directory'}>Directory</PageHeading>
      <p className="lead">The people and services you work with, kept in one place and used for every family.</p>
      {flash && (
        <div className="notice notice--success" role="status">
          {flash}
        </div>
      )}
      <SectionNav />
      {section === 'services' ? <ServicesSection /> : <PractitionersSection />}
    </>
  );
}
