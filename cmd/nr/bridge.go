package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"

	"github.com/nativerollup/nr/rollupnode"
)

var depositCmd = &cobra.Command{
	Use:   "deposit --host ADDRESS --to ADDRESS --value ETH",
	Short: "Deposit ETH from L1 into a MyRollup L2 (MyRollup.deposit)",
	Long: `Calls MyRollup.deposit(to, fee) on L1 with --value ETH. On L2, anyone can
claim it from L2Bridge with a proof of the host's storage; nr devnet's relayer
does within seconds and keeps --fee of it, so a recipient with no L2 ETH is
still paid. Signs with --key (hex) or, if empty, dev key --dev.key (public keys:
devnet only).`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		s, err := newSettings(cmd)
		if err != nil {
			return err
		}
		var p parseErr
		key := bridgeKey(s, &p)
		host, to := address(s, &p, "host"), address(s, &p, "to")
		value, fee := ethAmount(s, &p, "value"), ethAmount(s, &p, "fee")
		if p.err != nil {
			return p.err
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		l1, err := dial(ctx, s.str("l1.rpc"), "--l1.rpc")
		if err != nil {
			return err
		}
		defer l1.Close()
		ev, err := rollupnode.Deposit(ctx, ethclient.NewClient(l1), host, key, to, value, fee)
		if err != nil {
			return err
		}
		fmt.Fprintf(cmd.OutOrStdout(), "deposit %s: nonce %s, %s wei for %s on L2 (relayer fee %s wei), sent in L1 block %d by %s\n",
			common.Hash(ev.DepositHash), ev.Deposit.Nonce, ev.Deposit.Value, ev.Deposit.To, ev.Deposit.RelayerFee, ev.Raw.BlockNumber, ev.Deposit.From)
		fmt.Fprintln(cmd.OutOrStdout(), "a relayer (nr devnet runs one) claims it on L2 once an L2 block is anchored at or after that L1 block")
		return nil
	},
}

var withdrawCmd = &cobra.Command{
	Use:   "withdraw --host ADDRESS --to ADDRESS --value ETH",
	Short: "Withdraw ETH from a MyRollup L2 to L1: L2Bridge.withdraw, then MyRollup.finalizeWithdrawal once settled",
	Long: `Sends L2Bridge.withdraw(to) with --value ETH on L2, waits until the host on L1
has accepted the L2 block holding it, proves the withdrawal in L2Bridge's storage
(eth_getProof on L2 at the host's head) and calls MyRollup.finalizeWithdrawal on
L1, which pays --to. The same key signs both (it needs ETH on L2 and on L1);
--key (hex) or, if empty, dev key --dev.key (public keys: devnet only).`,
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
		if p.err != nil {
			return p.err
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		l1, l2rpc, err := dialChains(ctx, s)
		if err != nil {
			return err
		}
		defer l1.Close()
		defer l2rpc.Close()
		out := cmd.OutOrStdout()
		w, l2Block, err := rollupnode.Withdraw(ctx, ethclient.NewClient(l2rpc), key, to, value)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "withdrawal %s: %s wei for %s on L1, sent in L2 block %d; waiting for L1 to settle it\n", common.Hash(w.WithdrawalHash), w.Withdrawal.Value, to, l2Block)
		for {
			r, err := rollupnode.FinalizeWithdrawal(ctx, ethclient.NewClient(l1), l2rpc, host, key, w.Withdrawal, common.Hash(w.WithdrawalHash), l2Block)
			if err == nil {
				fmt.Fprintf(out, "withdrawal %s paid on L1 in block %d (tx %s)\n", common.Hash(w.WithdrawalHash), r.BlockNumber, r.TxHash)
				return nil
			}
			if ctx.Err() != nil {
				return fmt.Errorf("finalizing the withdrawal: %w (last: %v)", ctx.Err(), err)
			}
			select {
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
		}
	},
}

func init() {
	d := rollupnode.DefaultDevnetConfig()
	for _, c := range []*cobra.Command{depositCmd, withdrawCmd} {
		f := c.Flags()
		f.String("l1.rpc", fmt.Sprintf("http://127.0.0.1:%d", d.L1.HTTPPort), "L1 JSON-RPC URL")
		f.String("host", "", "address of the MyRollup host on L1 (nr devnet prints it)")
		f.String("to", "", "recipient address")
		f.String("value", "", "amount in ETH (e.g. 1.5)")
		f.String("key", "", "hex private key that signs, or a file holding it (default: --dev.key)")
		f.Int("dev.key", 2, "dev key that signs when --key is empty (keccak256(\"nr-l2-dev-<i>\"), devnet only)")
	}
	depositCmd.Flags().String("fee", "0", "relayer fee in ETH, paid out of the deposit to whoever claims it on L2")
	withdrawCmd.Flags().String("l2.rpc", fmt.Sprintf("http://127.0.0.1:%d", d.L2HTTPPort), "L2 JSON-RPC URL")
	rootCmd.AddCommand(depositCmd, withdrawCmd)
}

// bridgeKey is --key (hex, or a file holding it) or dev key --dev.key, as
// nr prover reads its key (proverKey).
func bridgeKey(s *settings, p *parseErr) *ecdsa.PrivateKey {
	key, src := s.raw("key")
	i := s.integer(p, "dev.key")
	if key == "" && i < 0 {
		p.fail(fmt.Sprint(i), "--dev.key", "0 or more")
		return nil
	}
	k, err := proverKey(key, i)
	if err != nil {
		p.fail(key, src, "a 64-hex-digit secp256k1 private key or a file holding one")
	}
	return k
}

func trim0x(s string) string {
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		return s[2:]
	}
	return s
}

func address(s *settings, p *parseErr, key string) common.Address {
	v, src := s.raw(key)
	if !common.IsHexAddress(v) {
		p.fail(v, src, "an address (0x and 40 hex digits)")
	}
	return common.HexToAddress(v)
}

// ethAmount parses a decimal ETH amount into wei.
func ethAmount(s *settings, p *parseErr, key string) *big.Int {
	v, src := s.raw(key)
	r, ok := new(big.Rat).SetString(v)
	if ok {
		r.Mul(r, new(big.Rat).SetInt64(params.Ether))
	}
	if !ok || r.Sign() < 0 || !r.IsInt() {
		p.fail(v, src, "an amount of ETH such as 1.5 (at most 18 decimals)")
		return new(big.Int)
	}
	return r.Num()
}

// dialChains dials --l1.rpc and --l2.rpc.
func dialChains(ctx context.Context, s *settings) (l1, l2 *rpc.Client, err error) {
	if l1, err = dial(ctx, s.str("l1.rpc"), "--l1.rpc"); err != nil {
		return nil, nil, err
	}
	if l2, err = dial(ctx, s.str("l2.rpc"), "--l2.rpc"); err != nil {
		l1.Close()
		return nil, nil, err
	}
	return l1, l2, nil
}

func dial(ctx context.Context, url, flag string) (*rpc.Client, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", flag, url, err)
	}
	var id string
	if err := c.CallContext(ctx, &id, "eth_chainId"); err != nil {
		c.Close()
		return nil, fmt.Errorf("%s %s does not answer eth_chainId: %w (is nr devnet running?)", flag, url, err)
	}
	return c, nil
}
