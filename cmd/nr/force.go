package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"

	"github.com/nativerollup/nr/rollupnode"
)

var forceCmd = &cobra.Command{
	Use:   "force --host ADDRESS --to ADDRESS [--value ETH] [--data HEX]",
	Short: "Send an L2 transaction through L1 (forced inclusion), for when the sequencer leaves it out",
	Long: `Signs an ordinary L2 transaction (to --to, --value ETH, --data) and queues it on
L1 with queueForcedTransaction, paying the host's forced-inclusion fee, instead
of sending it to the L2 JSON-RPC. On MyRollup (a NativeRollup) the host holds the
queue: once it is due (the host's sequencerWindow after queueing) every L2 block
the host accepts must start with it, unless someone proves on L1 that it cannot
execute (spec/host.md). On an OptimisticNativeRollup the queue is the contract
its forcedQueue() names: once due (its forcedInclusionDelay) no proposal may
leave it behind, and a proposal's blocks skip it only if it cannot execute. Then it
waits for the transaction on L2 and prints the block that holds it. The nonce
and fees come from --l2.rpc (any node of the L2, or a follower: nr l2 --follow);
the same key signs on L2 and pays the fee on L1. --key (hex) or, if empty, dev
key --dev.key (public keys: devnet only).`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		s, err := newSettings(cmd)
		if err != nil {
			return err
		}
		var p parseErr
		key := bridgeKey(s, &p)
		host, to := address(s, &p, "host"), address(s, &p, "to")
		value := ethAmount(s, &p, "value")
		rawData, src := s.raw("data")
		data, err := hexutil.Decode("0x" + trim0x(rawData))
		if err != nil {
			p.fail(rawData, src, "hex call data (0x optional)")
		}
		gas := s.uint(&p, "gas")
		if p.err != nil {
			return p.err
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		l1rpc, l2rpc, err := dialChains(ctx, s)
		if err != nil {
			return err
		}
		defer l1rpc.Close()
		defer l2rpc.Close()
		l1, l2c := ethclient.NewClient(l1rpc), ethclient.NewClient(l2rpc)
		tx, err := signForced(ctx, l2c, key, to, value, data, gas)
		if err != nil {
			return err
		}
		raw, err := tx.MarshalBinary()
		if err != nil {
			return err
		}
		out := cmd.OutOrStdout()
		ev, err := rollupnode.QueueForcedTransaction(ctx, l1, host, key, raw)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "forced transaction %d: L2 tx %s (nonce %d) queued in L1 block %d, due at L1 time %s (%s); waiting for it on L2\n",
			ev.Index, tx.Hash(), tx.Nonce(), ev.Raw.BlockNumber, ev.DueAt, time.Unix(ev.DueAt.Int64(), 0).UTC().Format(time.RFC3339))
		r, err := rollupnode.WaitIncluded(ctx, l2c, tx.Hash(), 4*time.Minute)
		if err != nil {
			return fmt.Errorf("%w; it stays queued on L1, and once due anyone may include it (or prove it cannot execute)", err)
		}
		status := "succeeded"
		if r.Status != types.ReceiptStatusSuccessful {
			status = "reverted"
		}
		fmt.Fprintf(out, "L2 tx %s %s in L2 block %d (position %d)\n", tx.Hash(), status, r.BlockNumber, r.TransactionIndex)
		return nil
	},
}

// signForced signs key's next L2 transaction (its nonce at the L2 head, not
// the pool's: the pool is what the sequencer may be leaving out) with a fee
// cap of four times the head's base fee plus a 1 gwei tip, so it stays
// executable while it waits to be due; gas 0 estimates it.
func signForced(ctx context.Context, l2c *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte, gas uint64) (*types.Transaction, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	chainID, err := l2c.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("--l2.rpc: eth_chainId: %w", err)
	}
	nonce, err := l2c.NonceAt(ctx, from, nil)
	if err != nil {
		return nil, fmt.Errorf("--l2.rpc: the nonce of %s: %w", from, err)
	}
	head, err := l2c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("--l2.rpc: the L2 head: %w", err)
	}
	if gas == 0 {
		if gas, err = l2c.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data}); err != nil {
			return nil, fmt.Errorf("estimating the L2 transaction's gas: %w (pass --gas to send it anyway)", err)
		}
	}
	tip := big.NewInt(params.GWei)
	return types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip),
		Gas: gas, To: &to, Value: value, Data: data,
	})
}

func init() {
	d := rollupnode.DefaultDevnetConfig()
	f := forceCmd.Flags()
	f.String("l1.rpc", fmt.Sprintf("http://127.0.0.1:%d", d.L1.HTTPPort), "L1 JSON-RPC URL")
	f.String("l2.rpc", fmt.Sprintf("http://127.0.0.1:%d", d.L2HTTPPort), "L2 JSON-RPC URL (for the nonce, fees and to watch for the transaction)")
	f.String("host", "", "address of the host on L1, MyRollup or OptimisticNativeRollup (nr devnet prints it)")
	f.String("to", "", "the L2 transaction's recipient")
	f.String("value", "0", "ETH the L2 transaction sends (e.g. 1.5)")
	f.String("data", "", "the L2 transaction's call data in hex")
	f.Uint64("gas", 0, "the L2 transaction's gas (0: estimate)")
	f.String("key", "", "hex private key that signs, or a file holding it (default: --dev.key)")
	f.Int("dev.key", 2, "dev key that signs when --key is empty (keccak256(\"nr-l2-dev-<i>\"), devnet only)")
	rootCmd.AddCommand(forceCmd)
}
