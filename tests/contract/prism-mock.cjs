#!/usr/bin/env node
// Serves Kong's audit-log contracts the way Konnect lays them out on one host: /v2/... by the v2 contract,
// /v3/portals... by the Portal Management excerpt, every other /v3/... by the audit-logs v3 contract. One Prism mock
// server per spec runs in this process; a small front on the given loopback port routes each request to one of
// them, with the version (the base path of that spec's `servers`) stripped, because Prism matches `paths` only.
//
// Why one process: the test starts and kills one child, and nothing can be left behind. Why a front and not one
// client root per spec: one client call can cross contracts (the v3 reader falls back to v2), and the client sends
// every call to the one custom root, as it does in production with --base-url.
//
// - A request outside every route (no /v2 or /v3 prefix) is handed to the v2 Prism under a path no spec has, so it
//   gets 404 NO_PATH_MATCHED_ERROR and a logged error: the test sees it and fails.
// - Before each request the front logs one line: `prism-mock: route <spec> <METHOD> <full path> -> <Prism path>`
//   (path only, never headers or bodies), so that the test knows which contract judged it.
// - `PUT /__kaw-prefer?for=<METHOD> <path>&prefer=<value>` (answered here, never routed) adds
//   `Prefer: <value>` to the next request with that method and path (query ignored), once. Prism's `Prefer` picks a
//   documented answer; this lets the test make the real client's request meet, e.g., Kong's 409 without the client
//   knowing about Prism.
//
// Usage: node prism-mock.cjs <host> <port> v2=<spec> v3=<spec> portals=<spec>
'use strict';

const fs = require('fs');
const http = require('http');
const yaml = require('js-yaml');

const [host, portText, ...specArgs] = process.argv.slice(2);
const specs = {};
for (const arg of specArgs) {
    const at = arg.indexOf('=');
    specs[arg.slice(0, at)] = arg.slice(at + 1);
}
for (const name of ['v2', 'v3', 'portals']) {
    if (!specs[name] || !fs.existsSync(specs[name])) {
        console.error(`prism-mock: the ${name} spec does not exist: ${specs[name]}`);
        process.exit(2);
    }
}

function basePathOf(specFile) {
    const spec = (yaml.safeLoad || yaml.load)(fs.readFileSync(specFile, 'utf8'));
    const paths = new Set((spec.servers || []).map(server => new URL(server.url).pathname.replace(/\/+$/, '')));
    if (paths.size !== 1) {
        console.error(`prism-mock: ${specFile}: the servers need one base path, not ${[...paths].join(', ')}`);
        process.exit(2);
    }
    return [...paths][0];
}

// Most specific first. `under` is a prefix of the path after the base path.
const routes = [
    {name: 'v2', basePath: basePathOf(specs.v2), under: ''},
    {name: 'portals', basePath: basePathOf(specs.portals), under: '/portals'},
    {name: 'v3', basePath: basePathOf(specs.v3), under: ''},
];
const outsideBasePath = '/__outside-the-api-root__';

function startsWithSegment(url, prefix) {
    return url === prefix || url.startsWith(prefix + '/') || url.startsWith(prefix + '?');
}

function route(url) {
    for (const r of routes) {
        if (!startsWithSegment(url, r.basePath))
            continue;
        const rest = url.slice(r.basePath.length) || '/';
        if (!r.under || startsWithSegment(rest, r.under))
            return {name: r.name, url: rest};
    }
    return {name: 'v2', url: outsideBasePath + url};
}

// Each Prism creates its http.Server inside createSingleProcessPrism; catch it to hand it requests directly. The
// specs load one after the other, so the server created while loading spec X is X's.
const createServer = http.createServer;
const backends = {};
let loading = null;
http.createServer = function (...serverArgs) {
    const server = createServer.apply(this, serverArgs);
    if (loading)
        backends[loading] = server;
    return server;
};

const prefers = [];

function front(request, response) {
    const url = request.url || '/';
    if (startsWithSegment(url.split('?')[0], '/__kaw-prefer')) {
        const query = new URL(url, 'http://front').searchParams;
        prefers.push({for: query.get('for') || '', prefer: query.get('prefer') || ''});
        console.log(`prism-mock: prefer "${query.get('prefer')}" for ${query.get('for')}`);
        response.writeHead(204);
        response.end();
        return;
    }
    const target = route(url);
    const key = `${request.method} ${url.split('?')[0]}`;
    const i = prefers.findIndex(p => p.for === key);
    let note = '';
    if (i >= 0) {
        request.headers.prefer = prefers[i].prefer;
        note = ` (Prefer: ${prefers[i].prefer})`;
        prefers.splice(i, 1);
    }
    console.log(`prism-mock: route ${target.name} ${request.method} ${url.split('?')[0]} -> ${target.url.split('?')[0]}${note}`);
    request.url = target.url;
    backends[target.name].emit('request', request, response);
}

async function main() {
    const {createSingleProcessPrism} = require('@stoplight/prism-cli/dist/util/createServer');
    for (const name of ['v2', 'v3', 'portals']) {
        loading = name;
        await createSingleProcessPrism({
            cors: false,
            dynamic: false,
            port: 0, // listens on a port nobody uses: requests come from the front
            host: '127.0.0.1',
            document: specs[name],
            multiprocess: false,
            errors: true,
            verboseLevel: 'info',
            ignoreExamples: false,
            seed: null,
            jsonSchemaFakerFillProperties: undefined,
        });
        if (!backends[name]) {
            console.error(`prism-mock: Prism created no server for ${name}`);
            process.exit(2);
        }
    }
    loading = null;
    const server = createServer(front);
    server.on('error', error => {
        console.error(`prism-mock: ${error.code || error.message}`);
        process.exit(3);
    });
    server.listen(Number(portText), host, () => {
        // Prism's own log lines arrive through a stream; let them out before saying we are ready.
        setImmediate(() => console.log(`prism-mock: listening on http://${host}:${portText}`));
    });
}

main().catch(error => {
    console.error(`prism-mock: ${error && error.stack ? error.stack : error}`);
    process.exit(2);
});
