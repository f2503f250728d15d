package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/spf13/cobra"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/validator/l1calls"
	"github.com/nativerollup/nr/validator/proofsource"
	"github.com/nativerollup/nr/validator/prover"
)

var proverCmd = &cobra.Command{
	Use:   "prover",
	Short: "Attestation prover for the devnet: re-execute EXECUTE calls, sign the statement, serve the proofs",
	Long: `Follows an L1 node (--l1.rpc), re-executes every EXECUTE call it sees, signs
the EIP-8025 statement of the executed block (spec/validator.md, "Attestations")
with --key and serves the proof envelopes at GET http://ADDR/v1/proofs/<call id>,
the source a validator's prover table names (kind attestation, signers: the
address printed at start, source: the printed URL). --proofs.dir also writes
each envelope to DIR/<call id>.json (a directory source); --replay DIR serves
stored envelopes without following L1. --faulty signs wrong statements (another
post-state), to test a validator's k-of-n. For devnets: the key is a secret.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		s, err := newSettings(cmd)
		if err != nil {
			return err
		}
		var p parseErr
		setupLogging(cmd.ErrOrStderr(), s.integer(&p, "verbosity"))
		port, devKey, from := s.integer(&p, "http.port"), s.integer(&p, "dev.key"), s.uint(&p, "l1.from")
		faulty, maxResponse := s.boolean(&p, "faulty"), s.uint(&p, "l1.maxresponse")
		if p.err != nil {
			return p.err
		}
		key, err := proverKey(s.str("key"), devKey)
		if err != nil {
			return err
		}
		id := s.str("id")
		if id == "" {
			return errors.New("--id is empty: name the prover as the validator's config does (provers[].id)")
		}
		store := proofsource.NewStore(s.str("proofs.dir"))
		if dir := store.Dir; dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return fmt.Errorf("--proofs.dir %s: %w", dir, err)
			}
		}
		replay := s.str("replay")
		if replay != "" {
			n, err := store.LoadDir(replay)
			if err != nil {
				return fmt.Errorf("--replay %s: %w", replay, err)
			}
			log.Info("Replaying stored proofs", "dir", replay, "proofs", n)
		}
		ln, err := listen(net.JoinHostPort(s.str("http.addr"), strconv.Itoa(port)), "the prover", "http.port")
		if err != nil {
			return err
		}
		mux := http.NewServeMux()
		mux.Handle("GET /v1/proofs/", store)
		srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		go srv.Serve(ln)
		defer srv.Close()

		sig := make(chan os.Signal, 2)
		signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
		defer signal.Stop(sig)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		go func() { <-sig; cancel() }()
		out := cmd.OutOrStdout()
		fmt.Fprintf(out, "nr prover %s: signer %s%s\nproofs: http://%s/v1/proofs/<call id>\n", id, crypto.PubkeyToAddress(key.PublicKey), map[bool]string{true: " (FAULTY: signs wrong statements)"}[faulty], ln.Addr())
		if replay != "" {
			<-ctx.Done()
			return nil
		}
		c, err := l1calls.DialLimit(ctx, s.str("l1.rpc"), maxResponse)
		if err != nil {
			return err
		}
		defer c.Close()
		l1, err := l1ConfigFor(ctx, c)
		if err != nil {
			return fmt.Errorf("asking the L1 node for its chain id: %w (is --l1.rpc an Ethereum JSON-RPC endpoint?)", err)
		}
		return prover.New(id, key, l1, faulty, store).Follow(ctx, c, from, 500*time.Millisecond)
	},
}

// proverKey is --key (a hex secp256k1 key, or a file holding one) or dev key N.
func proverKey(key string, dev int) (*ecdsa.PrivateKey, error) {
	if key == "" {
		if dev < 0 {
			return nil, errors.New("no signing key: pass --key (hex or a file) or --dev.key N (a public dev key, devnets only)")
		}
		return l2.DevKey(dev), nil
	}
	raw := key
	if b, err := os.ReadFile(key); err == nil {
		raw = strings.TrimSpace(string(b))
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(raw, "0x"))
	if err != nil {
		return nil, fmt.Errorf("--key: want a secp256k1 private key in hex (64 digits) or a file holding one: %w", err)
	}
	return k, nil
}

func init() {
	f := proverCmd.Flags()
	f.String("id", "", "prover id, as in the validator's provers[].id")
	f.String("l1.rpc", "http://127.0.0.1:8545", "L1 node JSON-RPC endpoint serving eth and debug")
	f.Uint64("l1.from", 1, "first L1 block to attest")
	f.Uint64("l1.maxresponse", l1calls.DefaultMaxResponse, "bytes of one L1 JSON-RPC answer (a block trace included) read at most")
	f.String("key", "", "signing key: hex secp256k1 private key or a file holding it")
	f.Int("dev.key", -1, "sign with dev key N instead of --key (public key: devnets only)")
	f.String("http.addr", "127.0.0.1", "listen address")
	f.Int("http.port", 8548, "port (0: pick a free one)")
	f.String("proofs.dir", "", "also write every envelope to DIR/<call id>.json")
	f.String("replay", "", "serve the envelopes stored in DIR, without following L1")
	f.Bool("faulty", false, "sign wrong statements (for testing validators)")
	f.Int("verbosity", 3, "log level: 0 silent ... 5 trace")
	rootCmd.AddCommand(proverCmd)
}
