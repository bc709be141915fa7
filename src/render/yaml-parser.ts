/** The `yaml` package for the renderer's YAML (./yaml-text.ts): loaded where a text the build did not parse is read. */
import { parse } from 'yaml';
import { provideYamlParser } from './yaml-text.js';

provideYamlParser((text) => parse(text));
