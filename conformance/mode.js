// The mode of every oracle script (generate.js, oracle.js, applications/index.js, summaries.js,
// roundtrip.js, functional-goldens.js), as the oracle profile passes it (conformance/pom.xml, -Doracle.mode=check|write):
// --check regenerates in memory and fails if a committed file differs; --write, or no flag,
// rewrites the committed files. Any other flag is a mistake, never taken for a write.
'use strict';

/** Whether the script runs with --check; exits with a usage message on any other flag. */
module.exports = function isCheck() {
  const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
  if (flags.length > 1 || flags.some((f) => f !== '--check' && f !== '--write')) {
    console.error(`${flags.join(' ')}: the mode is --check or --write (the default)`);
    process.exit(2);
  }
  return flags[0] === '--check';
};
