/** Handlebars with its compiler for the renderer (./template.ts): loaded where a template the build did not compile is filled. */
import Handlebars from 'handlebars';
import { provideCompiler } from './template.js';

provideCompiler(Handlebars);
