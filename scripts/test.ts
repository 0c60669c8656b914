// The README's test command: lint, typecheck, then every vitest project, ending with the one
// summary line CI reads ("N passed, N failed"), counted from vitest's JSON report.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { z } from 'zod'

const reportFile = '.test-results/vitest.json'
const reportSchema = z.object({ numPassedTests: z.number(), numFailedTests: z.number() })

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit' })
  return result.status === 0
}

mkdirSync('.test-results', { recursive: true })
rmSync(reportFile, { force: true })

const checks = [
  { name: 'lint', ok: run('npx', ['biome', 'check', '.']) },
  { name: 'typecheck', ok: run('npx', ['tsc', '--noEmit']) },
]
const vitestOk = run('npx', [
  'vitest',
  'run',
  ...process.argv.slice(2),
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${reportFile}`,
])

let passed = 0
let failed = 0
try {
  const report = reportSchema.parse(JSON.parse(readFileSync(reportFile, 'utf8')))
  passed = report.numPassedTests
  failed = report.numFailedTests
} catch (error) {
  console.error(`No readable vitest report at ${reportFile}:`, error)
  failed += 1
}
for (const check of checks) {
  if (check.ok) passed += 1
  else {
    console.error(`${check.name} failed`)
    failed += 1
  }
}
if (!vitestOk && failed === 0) failed = 1

console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
