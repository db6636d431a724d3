import { createRequire as __pycpgCreateRequire } from "node:module";
import { dirname as __pycpgDirname } from "node:path";
import { fileURLToPath as __pycpgFileURLToPath } from "node:url";
const require = __pycpgCreateRequire(import.meta.url);
const __pycpg_filename = __pycpgFileURLToPath(import.meta.url);
const __pycpg_dirname = __pycpgDirname(__pycpg_filename);
import {
  loadParquetWriter,
  rowsToParquet
} from "./chunk-AGFSHVMN.js";
import "./chunk-XXMEMUYA.js";
export {
  loadParquetWriter,
  rowsToParquet
};
