/**
 * The suites, in the order `npm run bench` runs them (whatever order they are named in). A new
 * suite (the incremental replay, the resolution quality) is a module exporting a Suite, added here.
 * Order matters where a suite reuses another's builds: query uses the builds that build and scale
 * keep; query-output keeps (or reuses) a stdlib build of its own.
 */
import type { Suite } from "../lib/suite.ts";
import { actionSuite } from "./action.ts";
import { actionGitSuite } from "./action-git.ts";
import { actionIoSuite } from "./action-io.ts";
import { buildSuite } from "./build.ts";
import { importRootsSuite } from "./import-roots.ts";
import { nativeSuite } from "./native.ts";
import { querySuite } from "./query.ts";
import { queryOutputSuite } from "./query-output.ts";
import { resolutionQualitySuite } from "./resolution-quality.ts";
import { scaleSuite } from "./scale.ts";
import { scaleCurveSuite } from "./scale-curve.ts";
import { scipSuite } from "./scip.ts";

export const SUITES: readonly Suite[] = [
  buildSuite,
  scaleSuite,
  querySuite,
  queryOutputSuite,
  resolutionQualitySuite,
  actionGitSuite,
  actionSuite,
  actionIoSuite,
  nativeSuite,
  importRootsSuite,
  scaleCurveSuite,
  scipSuite,
];
