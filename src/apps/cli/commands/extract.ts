/** `sitrep extract [FILE|-]`: print records without storing them. */
import { Command } from 'commander';
import { buildRecord } from '../../../core/build.js';
import type { SitrepRecord } from '../../../core/record.js';
import { readInputs } from '../../../ingest/index.js';
import { pipelineFor } from '../../../presets/default.js';
import { prettySections } from '../../format/sections.js';
import { formatPretty } from '../../format/pretty.js';
import { parseDate, parseFormat, parseMap } from '../options.js';
import { quietOnClosedPipe } from '../pipe.js';
import { INPUTS_FAILED, reportProblem } from '../report.js';

export function extractCommand(): Command {
  return new Command('extract')
    .description('print the record of each article in FILE (or standard input) without storing it')
    .argument('[file]', 'a file, directory or "-" for standard input', '-')
    .option('--date <date>', 'publication date for inputs that give none (YYYY-MM-DD)')
    .option('--format <format>', 'json, jsonl or pretty', 'json')
    .option('--map <mapping>', 'column mapping for JSONL/CSV, e.g. text=body,published=date')
    .option('--input-format <format>', 'read the input as this format instead of detecting it')
    .option(
      '--encoding <name>',
      'character encoding of the inputs, e.g. windows-1252 (default utf-8)',
    )
    .option('--preset <name>', 'which stages to run', 'default')
    .option(
      '--day-first',
      'read ambiguous row dates like 03/04/2022 day first (default month first)',
    )
    .addHelpText(
      'after',
      `\nExit status: 0 when every input was read, ${INPUTS_FAILED} when any input or row failed ` +
        '(the rest is printed), 1 when nothing could be read or for a bad option.\n' +
        '\nExample:\n  sitrep extract article.html --format json\n',
    )
    .action(async (file: string, opts) => {
      quietOnClosedPipe();
      const format = parseFormat(opts.format);
      const readOpts = {
        date: parseDate(opts.date, '--date'),
        map: parseMap(opts.map),
        format: opts.inputFormat ?? null,
        encoding: opts.encoding ?? null,
        dayFirst: Boolean(opts.dayFirst),
      };
      const pipeline = pipelineFor(opts.preset);
      const records: SitrepRecord[] = [];
      let failed = 0;
      let printed = 0;
      for await (const result of readInputs([file], readOpts)) {
        if ('problem' in result) {
          reportProblem(result.problem);
          if (result.problem.kind === 'failed') failed++;
          continue;
        }
        try {
          const record = buildRecord(result.article, pipeline);
          printed++;
          if (format === 'jsonl') process.stdout.write(JSON.stringify(record) + '\n');
          else records.push(record);
        } catch (err) {
          if (!(err instanceof Error) || err.name !== 'SitrepError') throw err;
          reportProblem({
            kind: 'failed',
            where: result.article.origin.path,
            message: err.message,
          });
          failed++;
        }
      }
      if (failed > 0) process.exitCode = printed === 0 ? 1 : INPUTS_FAILED;
      if (records.length === 0) return;
      if (format === 'json') {
        const out = records.length === 1 ? records[0] : records;
        process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      } else if (format === 'pretty') {
        process.stdout.write(
          records.map((r) => formatPretty(r, prettySections)).join('\n\n---\n\n') + '\n',
        );
      }
    });
}
