import { parseCalendarTexts, registerCalendarTexts } from '../../../../shared/calendar/index.ts';
import { onHolidayTexts } from '../../i18n/index.ts';

// The holiday texts of the interface language reach the engine here, once this chunk has loaded: every
// language loaded so far at once, later ones as the language menu loads them (before the interface
// switches, so a calendar screen never renders the new language with German holiday names first).
// Imported for its effect by each entry of the lazy chunk (screens.ts, UpcomingList.tsx).
onHolidayTexts((language, texts) => registerCalendarTexts(language, parseCalendarTexts(texts)));
