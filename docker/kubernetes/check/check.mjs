// Checks Kubernetes manifests against the Kubernetes API's schemas (types, enumerations,
// required fields), as the kubernetes-models package carries them, with no cluster:
//   npm ci && node check.mjs ../*.yaml
// Prints one line per object; exits 1 when any is invalid, 2 when a file cannot be read.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

let invalid = 0;
for (const file of process.argv.slice(2)) {
  let documents;
  try {
    documents = parseAllDocuments(readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`${file}: ${error.message}`);
    process.exit(2);
  }
  for (const document of documents) {
    const manifest = document.toJS();
    if (manifest === null) {
      continue;
    }
    const name = `${file}: ${manifest.kind} ${manifest.metadata?.name ?? "(no name)"}`;
    const problem = await check(manifest, document.errors);
    if (problem) {
      invalid++;
      console.log(`${name}: ${problem}`);
    } else {
      console.log(`${name}: valid`);
    }
  }
}
process.exit(invalid > 0 ? 1 : 0);

async function check(manifest, yamlErrors) {
  if (yamlErrors.length > 0) {
    return yamlErrors.map((error) => error.message).join("; ");
  }
  if (typeof manifest.apiVersion !== "string" || typeof manifest.kind !== "string") {
    return "apiVersion and kind are required";
  }
  const [group, version] = manifest.apiVersion.includes("/")
    ? manifest.apiVersion.split("/")
    : ["", manifest.apiVersion];
  let types;
  try {
    types = await import(`kubernetes-models/${group ? `${group}/` : ""}${version}`);
  } catch {
    return `unknown apiVersion ${manifest.apiVersion}`;
  }
  const Kind = types[manifest.kind];
  if (typeof Kind !== "function") {
    return `unknown kind ${manifest.kind} in ${manifest.apiVersion}`;
  }
  try {
    new Kind(manifest).validate();
    return null;
  } catch (error) {
    return error.message;
  }
}
