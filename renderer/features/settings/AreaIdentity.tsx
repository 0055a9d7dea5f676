import { logoDataUrl } from '../../../shared/domain/area-logo';
import { useAreaSettings, useAreaWords } from '../../data/hooks/useSettings';

/**
 * The area's name, logo and words at the top of every screen, e.g. "Leeds City Council ·
 * Team Around the Child (TAC) meetings for family help". Nothing extra until an area is set up,
 * apart from the words, which have defaults.
 */
export function AreaIdentity() {
  const area = useAreaSettings();
  const words = useAreaWords();
  return (
    <div className="app-header__area">
      {area.logo && (
        <span className="app-header__logo">
          <img src={logoDataUrl(area.logo)} alt={area.logo.alt} />
        </span>
      )}
      <span className="app-header__area-text">
        {area.areaName && (
          <span className="app-header__area-name">
            <bdi>{area.areaName}</bdi>
          </span>
        )}
        <span className="app-header__tagline">
          {words.meetingLong} ({words.meetingShort}) meetings for {words.service}
        </span>
      </span>
    </div>
  );
}
