const path = require('path');
const { task, src, dest, parallel } = require('gulp');

// Icons and codex files are not TypeScript, so tsc leaves them behind; copy them next to the compiled code.
function copyIcons() {
	return src(['icons/**/*.svg'], { encoding: false }).pipe(dest(path.resolve('dist', 'icons')));
}

function copyNodeAssets() {
	return src(['nodes/**/*.{svg,png,json}'], { encoding: false }).pipe(dest(path.resolve('dist', 'nodes')));
}

task('build:icons', parallel(copyIcons, copyNodeAssets));
