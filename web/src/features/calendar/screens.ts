// The lazily loaded part of the calendar feature (see routes.tsx).
import './texts.ts';
export { CalendarScreen } from './CalendarScreen.tsx';
export { HolidayDetailScreen } from './HolidayDetailScreen.tsx';
export { NewEntryScreen } from './NewEntryScreen.tsx';
