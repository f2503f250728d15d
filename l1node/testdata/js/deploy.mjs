// Deploys MyRollup with ethers v6 through nr geth's JSON-RPC and reads its head.
//
//   node deploy.mjs RPC_URL ARTIFACT_JSON PRIVATE_KEY GENESIS_HASH GENESIS_STATE_ROOT GENESIS_TIME
//
// Prints one JSON line: {"address", "chainId", "blockHash", "blockNumber", "stateRoot"}.
import { readFileSync } from "node:fs";
import { ContractFactory, JsonRpcProvider, Wallet } from "ethers";

const [url, artifactPath, key, genesisHash, genesisRoot, genesisTime] = process.argv.slice(2);
if (!genesisTime) {
  console.error("usage: node deploy.mjs RPC_URL ARTIFACT_JSON PRIVATE_KEY GENESIS_HASH GENESIS_STATE_ROOT GENESIS_TIME");
  process.exit(2);
}
const artifact = JSON.parse(readFileSync(artifactPath, "utf8"));
const provider = new JsonRpcProvider(url, undefined, { staticNetwork: true });
const wallet = new Wallet(key, provider);
const network = await provider.getNetwork();

// The sequencer is the deployer: any address will do for reading the head.
const factory = new ContractFactory(artifact.abi, artifact.bytecode, wallet);
const rollup = await factory.deploy(genesisHash, genesisRoot, BigInt(genesisTime), wallet.address);
await rollup.waitForDeployment();

console.log(JSON.stringify({
  address: await rollup.getAddress(),
  chainId: network.chainId.toString(),
  blockHash: await rollup.blockHash(),
  blockNumber: (await rollup.blockNumber()).toString(),
  stateRoot: await rollup.stateRoot(),
}));
provider.destroy();
