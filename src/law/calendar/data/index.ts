/**
 * The bundled calendar data, 2018–2027 (five-day week), and the sources it cites.
 * Each year is a JSON file in the same format a user can pass with `--calendar`.
 */
import type { CalendarData, SourceData } from '../schema.js';
import sourcesFile from './sources.json' with { type: 'json' };
import y2018 from './2018.json' with { type: 'json' };
import y2019 from './2019.json' with { type: 'json' };
import y2020 from './2020.json' with { type: 'json' };
import y2021 from './2021.json' with { type: 'json' };
import y2022 from './2022.json' with { type: 'json' };
import y2023 from './2023.json' with { type: 'json' };
import y2024 from './2024.json' with { type: 'json' };
import y2025 from './2025.json' with { type: 'json' };
import y2026 from './2026.json' with { type: 'json' };
import y2027 from './2027.json' with { type: 'json' };

/** JSON imports widen literal strings; the schema test proves each file conforms. */
export const BUNDLED_YEARS: readonly CalendarData[] = [
  y2018, y2019, y2020, y2021, y2022, y2023, y2024, y2025, y2026, y2027,
] as unknown as CalendarData[];

export const BUNDLED_SOURCES: Readonly<Record<string, SourceData>> = (sourcesFile as unknown as {
  sources: Record<string, SourceData>;
}).sources;
