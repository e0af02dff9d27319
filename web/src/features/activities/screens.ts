// The feature's screens: one chunk, loaded when an officer signs in (see routes.tsx).
export { BackupScreen } from './BackupScreen.tsx';
export { ConflictScreen } from './ConflictScreen.tsx';
export { EditEntryScreen } from './EditEntryScreen.tsx';
export { MyEntriesScreen } from './MyEntriesScreen.tsx';
export { QuickEntryScreen } from './QuickEntryScreen.tsx';
