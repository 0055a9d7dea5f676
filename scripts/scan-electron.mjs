#!/usr/bin/env node
// Static Electron security scan: runs Electronegativity offline on electron/ and fails on any
// HIGH finding that scripts/electronegativity-accepted.json does not accept.
//
//   node scripts/scan-electron.mjs [--input electron] [--accepted scripts/electronegativity-accepted.json] [--report <file.json>]
//
// Exit codes: 0 passed; 1 HIGH findings not accepted, or an acceptance that no longer matches;
// 2 the scan could not run properly (scanner error, a file it could not parse, a bad list).
// See docs/decisions/0008-electronegativity-findings.md.
//
// The scanner is called through its API, not its CLI: with `-o` the CLI drops parse errors
// silently (an unparsable file is simply not checked), its CSV writer can race its own header,
// and its SARIF has no severities. The JSON report written here is the machine-readable output.
import http from 'node:http';
import https from 'node:https';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];
const SCANNED_EXTENSIONS = /\.(js|jsx|ts|tsx|html|htm)$/i;

class ScanError extends Error {}

function repoPath(file) {
  if (file === 'N/A') return file;
  return path.relative(ROOT, file).split(path.sep).join('/');
}

/** Electronegativity fetches translations and Electron's release list; the scan must not depend on the network. */
function keepOffline() {
  const refuse = () => {
    throw new Error('The Electron security scan runs offline.');
  };
  for (const client of [http, https]) {
    client.request = refuse;
    client.get = refuse;
  }
}

async function loadAcceptedList(file) {
  let data;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ScanError(`The accepted-findings list ${repoPath(file)} could not be read: ${error.message}`);
  }
  if (typeof data !== 'object' || data === null) throw new ScanError(`The accepted-findings list ${repoPath(file)} is not a JSON object.`);
  const problems = [];
  const isCheck = (v) => typeof v === 'string' && /^[A-Z0-9_]+$/.test(v);
  const isReason = (v) => typeof v === 'string' && v.trim().length >= 20;
  const raise = Array.isArray(data.raiseToHigh) ? data.raiseToHigh : [];
  const accepted = Array.isArray(data.accepted) ? data.accepted : [];
  if (!Array.isArray(data.raiseToHigh) || !Array.isArray(data.accepted)) problems.push('it needs "raiseToHigh" and "accepted" arrays');
  raise.forEach((entry, i) => {
    if (!isCheck(entry?.check) || !isReason(entry?.reason)) problems.push(`raiseToHigh[${i}] needs a check id and a reason`);
  });
  const seen = new Set();
  accepted.forEach((entry, i) => {
    const valid =
      isCheck(entry?.check) && typeof entry?.file === 'string' && SEVERITIES.includes(entry?.severity) && Number.isSafeInteger(entry?.occurrences) && entry.occurrences >= 1 && isReason(entry?.reason);
    if (!valid) problems.push(`accepted[${i}] needs a check id, a file, a severity, occurrences (1 or more) and a reason of at least 20 characters`);
    const key = `${entry?.check} ${entry?.file}`;
    if (seen.has(key)) problems.push(`accepted[${i}] repeats ${key}`);
    seen.add(key);
  });
  if (problems.length > 0) throw new ScanError(`The accepted-findings list ${repoPath(file)} is not valid: ${problems.join('; ')}.`);
  return { raise: new Set(raise.map((e) => e.check)), accepted };
}

async function countScannableFiles(input) {
  const entries = await readdir(input, { recursive: true, withFileTypes: true }).catch(() => {
    throw new ScanError(`There is nothing to scan at ${repoPath(input)}.`);
  });
  return entries.filter((e) => e.isFile() && SCANNED_EXTENSIONS.test(e.name) && !path.join(e.parentPath, e.name).includes('node_modules')).length;
}

/** Runs the scanner with its chatter (network notices) held back; shown only if it fails. */
async function runScanner(input, electronVersion) {
  const run = require('@doyensec/electronegativity');
  const held = [];
  const { log, warn } = console;
  console.log = (...args) => held.push(args.join(' '));
  console.warn = console.log;
  try {
    return await run({ input, electronVersionOverride: electronVersion, isRelative: false, customScan: [], excludeFromScan: [], parserPlugins: [] }, false);
  } catch (error) {
    throw new ScanError(`Electronegativity failed: ${error.message}\n${held.join('\n')}`);
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

function toFinding(issue, raise) {
  const scannerSeverity = issue.severity.name;
  const raised = raise.has(issue.id) && SEVERITIES.indexOf(scannerSeverity) < SEVERITIES.indexOf('HIGH');
  return {
    check: issue.id,
    severity: raised ? 'HIGH' : scannerSeverity,
    scannerSeverity,
    confidence: issue.confidence.name,
    file: repoPath(issue.file),
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    description: String(issue.description ?? '').replace(/\s+/g, ' ').trim(),
    reviewRequired: Boolean(issue.manualReview),
    accepted: false,
  };
}

/**
 * Marks the findings an entry accepts: same check, file and severity (so a finding that becomes
 * HIGH is no longer accepted as the MEDIUM it was), at most `occurrences` of them. Returns the
 * entries that match fewer findings than they say.
 */
function applyAcceptances(findings, accepted) {
  const stale = [];
  for (const entry of accepted) {
    const matching = findings.filter((f) => f.check === entry.check && f.file === entry.file && f.severity === entry.severity);
    matching.slice(0, entry.occurrences).forEach((f) => {
      f.accepted = true;
      f.reason = entry.reason;
    });
    if (matching.length < entry.occurrences) stale.push({ check: entry.check, file: entry.file, severity: entry.severity, expected: entry.occurrences, found: matching.length });
  }
  return stale;
}

function line(f) {
  const where = f.file === 'N/A' ? '(whole tree)' : `${f.file}:${f.line}:${f.column}`;
  return `  ${f.severity.padEnd(13)} ${f.check.padEnd(40)} ${where}  ${f.description}`;
}

function printSummary({ header, findings, stale, unreadable, reportFile, acceptedFile, failed }) {
  console.log(header);
  const blocking = findings.filter((f) => f.severity === 'HIGH' && !f.accepted);
  const accepted = findings.filter((f) => f.accepted);
  const others = findings.filter((f) => f.severity !== 'HIGH' && !f.accepted);
  if (blocking.length > 0) console.log(`\nHIGH findings not accepted (these fail the scan):\n${blocking.map(line).join('\n')}`);
  if (others.length > 0) console.log(`\nOther findings, not accepted (they do not fail the scan; review them):\n${others.map(line).join('\n')}`);
  if (accepted.length > 0) console.log(`\nAccepted after review:\n${accepted.map(line).join('\n')}`);
  if (stale.length > 0) {
    const lines = stale.map((s) => `  ${s.severity} ${s.check} in ${s.file}: accepts ${s.expected}, found ${s.found}`);
    console.log(`\nAcceptances that no longer match (update ${acceptedFile}):\n${lines.join('\n')}`);
  }
  if (unreadable.length > 0) console.log(`\nNot scanned, could not be parsed (fix the file or the scan):\n${unreadable.map((u) => `  ${u.file}: ${u.message}`).join('\n')}`);
  console.log(`\nReport: ${reportFile}`);
  console.log(failed ? `Result: FAILED (${blocking.length} HIGH not accepted, ${stale.length} stale, ${unreadable.length} unparsed).` : 'Result: passed.');
}

async function main() {
  const { values } = parseArgs({
    options: {
      input: { type: 'string' },
      accepted: { type: 'string' },
      report: { type: 'string' },
    },
  });
  // Paths given on the command line are relative to where it runs; the defaults, to the repository.
  const input = values.input ? path.resolve(values.input) : path.join(ROOT, 'electron');
  const acceptedFile = values.accepted ? path.resolve(values.accepted) : path.join(ROOT, 'scripts', 'electronegativity-accepted.json');
  const { raise, accepted } = await loadAcceptedList(acceptedFile);
  const files = await countScannableFiles(input);
  if (files === 0) throw new ScanError(`There are no source files to scan in ${repoPath(input)}.`);

  const electronVersion = require('electron/package.json').version;
  const scannerVersion = require('@doyensec/electronegativity/package.json').version;
  keepOffline();
  const result = await runScanner(input, electronVersion);
  if (!result || !Array.isArray(result.issues) || !(result.atomicChecks > 0)) throw new ScanError('Electronegativity ran no checks.');

  const unreadable = result.errors.filter((e) => !e.tolerable).map((e) => ({ file: repoPath(e.file), message: e.message }));
  const parserWarnings = result.errors.filter((e) => e.tolerable).map((e) => ({ file: repoPath(e.file), message: e.message }));
  const findings = result.issues
    .map((issue) => toFinding(issue, raise))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.check.localeCompare(b.check));
  const stale = applyAcceptances(findings, accepted);
  const blocking = findings.filter((f) => f.severity === 'HIGH' && !f.accepted);
  const failed = blocking.length > 0 || stale.length > 0 || unreadable.length > 0;

  const reportFile = values.report ? path.resolve(values.report) : path.join(await mkdtemp(path.join(os.tmpdir(), 'electronegativity-')), 'report.json');
  await mkdir(path.dirname(reportFile), { recursive: true });
  const report = { scanner: `electronegativity ${scannerVersion}`, electronVersion, input: repoPath(input), files, checks: result.atomicChecks + result.globalChecks, findings, stale, unreadable, parserWarnings, passed: !failed };
  await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`);

  const header = `Electronegativity ${scannerVersion}, offline, assuming Electron ${electronVersion}: ${files} files in ${repoPath(input)}/, ${report.checks} checks.`;
  printSummary({ header, findings, stale, unreadable, reportFile, acceptedFile: repoPath(acceptedFile), failed });
  // An unparsed file means part of the tree was not checked at all: that is the scan failing, not a finding.
  return unreadable.length > 0 ? 2 : failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof ScanError ? error.message : `The Electron security scan could not run: ${error.stack ?? error}`);
    process.exitCode = 2;
  },
);
