// An ethers v6 client on nr devnet: an L2 transfer, a contract deployment and a
// call through the L2 JSON-RPC, and a deposit on L1 into the rollup host.
//
//   node devnet.mjs L2_URL L1_URL HOST PRIVATE_KEY RECIPIENT
//
// Prints one JSON line: {"transfer", "transferBlock", "contract", "stored",
// "deposit", "depositBlock"}.
import { Contract, ContractFactory, JsonRpcProvider, Wallet, parseEther, zeroPadValue, toBeHex } from "ethers";

const [l2Url, l1Url, host, key, recipient] = process.argv.slice(2);
if (!recipient) {
  console.error("usage: node devnet.mjs L2_URL L1_URL HOST PRIVATE_KEY RECIPIENT");
  process.exit(2);
}
const l2 = new JsonRpcProvider(l2Url, undefined, { staticNetwork: true });
const l1 = new JsonRpcProvider(l1Url, undefined, { staticNetwork: true });
l2.pollingInterval = l1.pollingInterval = 200; // blocks come every second, not every 12
const onL2 = new Wallet(key, l2);
const onL1 = new Wallet(key, l1);

// L2: a transfer.
const transfer = await onL2.sendTransaction({ to: recipient, value: parseEther("0.5") });
const transferReceipt = await transfer.wait();

// L2: deploy a contract storing its first calldata word in slot 0, then call it.
// Init code: copy the 7-byte runtime and return it; runtime: PUSH1 0 CALLDATALOAD PUSH1 0 SSTORE STOP.
const factory = new ContractFactory([], "0x6007600c60003960076000f3" + "60003560005500", onL2);
const deployed = await factory.deploy();
await deployed.waitForDeployment();
const contract = await deployed.getAddress();
const call = await onL2.sendTransaction({ to: contract, data: zeroPadValue(toBeHex(4242), 32) });
await call.wait();
const stored = BigInt(await l2.getStorage(contract, 0));

// L1: deposit 1 ETH into the host for the recipient on L2, no relayer fee.
const rollup = new Contract(host, ["function deposit(address to, uint256 relayerFee) payable returns (bytes32)"], onL1);
const deposit = await rollup.deposit(recipient, 0n, { value: parseEther("1") });
const depositReceipt = await deposit.wait();

console.log(JSON.stringify({
  transfer: transfer.hash,
  transferBlock: transferReceipt.blockNumber,
  contract,
  stored: stored.toString(),
  deposit: deposit.hash,
  depositBlock: depositReceipt.blockNumber,
}));
l2.destroy();
l1.destroy();
