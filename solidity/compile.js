// compile.js compiles every .sol file under src/ and test/ with the pinned solc-js
// (package.json) and writes one artifact per contract to <outDir>/<Name>.json
// (outDir is the first argument, artifacts/ by default):
// {"contractName", "sourceName", "abi", "bytecode", "deployedBytecode"}.
//
// The settings are pinned so rebuilds are byte-identical: optimizer on (200 runs),
// viaIR (the EXECUTE input has 15 fields), evmVersion cancun, and no metadata hash
// or CBOR trailer in the bytecode.
"use strict";
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const root = __dirname;
// Optional first argument: directory to write artifacts into (default artifacts/).
const outDir = path.resolve(process.argv[2] || path.join(root, "artifacts"));

function solFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...solFiles(rel));
    else if (entry.name.endsWith(".sol")) out.push(rel);
  }
  return out.sort();
}

const sources = {};
for (const dir of ["src", "test"]) {
  if (!fs.existsSync(path.join(root, dir))) continue;
  for (const file of solFiles(dir)) {
    sources[file] = { content: fs.readFileSync(path.join(root, file), "utf8") };
  }
}

const input = {
  language: "Solidity",
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    viaIR: true,
    evmVersion: "cancun",
    metadata: { bytecodeHash: "none", appendCBOR: false },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
  },
};

function findImports(importPath) {
  const file = path.join(root, importPath);
  if (fs.existsSync(file)) return { contents: fs.readFileSync(file, "utf8") };
  return { error: "import not found: " + importPath };
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (output.errors || []).filter((e) => e.severity === "error");
for (const e of output.errors || []) console.error(e.formattedMessage);
if (errors.length > 0) process.exit(1);

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir);
const names = new Set();
for (const sourceName of Object.keys(output.contracts).sort()) {
  for (const [name, c] of Object.entries(output.contracts[sourceName])) {
    // Interfaces and abstract contracts have no bytecode; the libraries here have
    // only internal functions (inlined into their users, whose ABIs list the
    // libraries' errors), so an ABI without functions or events needs no artifact.
    const callable = c.abi.some((e) => e.type === "function" || e.type === "event");
    if (c.evm.bytecode.object === "" || !callable) continue;
    if (names.has(name)) {
      console.error("duplicate contract name " + name + " (in " + sourceName + "); names must be unique");
      process.exit(1);
    }
    names.add(name);
    const artifact = {
      contractName: name,
      sourceName,
      compiler: "solc-js " + solc.version(),
      abi: c.abi,
      bytecode: "0x" + c.evm.bytecode.object,
      deployedBytecode: "0x" + c.evm.deployedBytecode.object,
    };
    fs.writeFileSync(path.join(outDir, name + ".json"), JSON.stringify(artifact, null, 2) + "\n");
  }
}
console.log("compiled " + names.size + " contracts with solc " + solc.version());
