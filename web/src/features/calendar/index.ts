// The interreligious calendar (issue 9). Everything that needs the calendar engine loads lazily.
export { calendarRoutes } from './routes.tsx';
export { UpcomingHolidays } from './UpcomingHolidays.tsx';
