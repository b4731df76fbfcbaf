// Validates JSON documents against a JSON Schema (draft 2020-12) with ajv, and prints one JSON line per document:
// {"file": ..., "valid": true|false, "errors": [...]}. Usage: node check.mjs <schema> <document>...
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, ...documents] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

for (const file of documents) {
  let text = readFileSync(file, "utf8");
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
  }

  let valid;
  let errors = [];
  try {
    valid = validate(JSON.parse(text));
    errors = (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
  } catch (e) {
    valid = false;
    errors = [`not JSON: ${e.message}`];
  }

  console.log(JSON.stringify({ file, valid, errors }));
}
