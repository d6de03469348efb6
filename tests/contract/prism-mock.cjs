#!/usr/bin/env node
// Runs `prism mock` so that it serves the spec's operations under the base path of the spec's servers, as Konnect
// does (https://us.api.konghq.com/v2/audit-log-webhook).
//
// Why: Prism matches request paths against the spec's `paths` only and ignores the path part of `servers`, so a
// plain `prism mock` answers /audit-log-webhook and 404s /v2/audit-log-webhook. Our client (rightly) insists on an
// API root ending in /v2. This launcher runs Prism's own CLI in this process and strips the base path from each
// request's URL before Prism sees it; a request outside the base path is sent to a path no spec has, so Prism
// answers 404 and logs NO_PATH_MATCHED, and a client that forgot /v2 is caught.
//
// Usage: node prism-mock.cjs <prism mock arguments...> <spec file>   (the spec is the last argument)
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');
const yaml = require('js-yaml');

const args = process.argv.slice(2);
const specFile = args[args.length - 1];
if (!specFile || !fs.existsSync(specFile)) {
    console.error(`prism-mock: the spec file (last argument) does not exist: ${specFile}`);
    process.exit(2);
}

const spec = (yaml.safeLoad || yaml.load)(fs.readFileSync(specFile, 'utf8'));
const basePaths = new Set(
    (spec.servers || []).map(server => new URL(server.url).pathname.replace(/\/+$/, '')));
if (basePaths.size > 1) {
    console.error(`prism-mock: the spec's servers have different base paths (${[...basePaths].join(', ')})`);
    process.exit(2);
}
const basePath = basePaths.size === 1 ? [...basePaths][0] : '';
const outsideBasePath = '/__outside-the-api-root__';

function stripBasePath(request) {
    if (!basePath)
        return;
    const url = request.url || '/';
    if (url === basePath || url.startsWith(basePath + '/') || url.startsWith(basePath + '?'))
        request.url = url.slice(basePath.length) || '/';
    else
        request.url = outsideBasePath + url;
}

const createServer = http.createServer;
http.createServer = function (...serverArgs) {
    const i = serverArgs.findIndex(arg => typeof arg === 'function');
    if (i >= 0) {
        const listener = serverArgs[i];
        serverArgs[i] = function (request, response) {
            stripBasePath(request);
            return listener.call(this, request, response);
        };
    }
    return createServer.apply(this, serverArgs);
};

console.log(`prism-mock: serving the operations under the base path "${basePath || '/'}"`);
const cli = require.resolve('@stoplight/prism-cli/dist/index.js');
process.argv = [process.argv[0], path.join(path.dirname(cli), 'index.js'), 'mock', ...args];
require(cli);
