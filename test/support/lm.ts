// Mocha setup (.mocharc.json "require"): every test analyses with the shipped language model, as
// the CLI and the language server do. Tests of the model-free path pass { lm: null } to analyze.
import { installLanguageModel } from '../../server/src/node/lm-file';

installLanguageModel();
