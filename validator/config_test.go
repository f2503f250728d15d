package validator

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
	"github.com/stretchr/testify/require"
)

// configEnv holds the paths a config test's files refer to.
type configEnv struct {
	dir, vk, programKey string
}

// testProgramKey is an SP1 program vkey below r (any such value loads).
const testProgramKey = "0x004a55ed3c7a07d0233a027278a8b7ff8681ffbd5d1ec4795c18966f6e693090"

// newConfigEnv writes the built-in v6.1.0 key to a file, so configs can name
// a key file; they need no fixtures.
func newConfigEnv(t *testing.T) configEnv {
	dir := t.TempDir()
	data, err := sp1Keys.ReadFile("sp1vk/v6.1.0.json")
	require.NoError(t, err)
	vk := filepath.Join(dir, "sp1-v6.1.0.json")
	require.NoError(t, os.WriteFile(vk, data, 0o600))
	return configEnv{dir: dir, vk: vk, programKey: testProgramKey}
}

// yamlConfig is a complete hybrid config: an SP1 prover, two attestation
// provers of one committee system, k = 2. extra is appended to the top
// level, proverExtra to the first prover.
func (e configEnv) yamlConfig(extra, proverExtra string) string {
	return fmt.Sprintf(`mode: hybrid
k: 2
reexec:
  gas_cap: 30000000
proof_timeout: 45s
on_disagreement: prefer-reexec
%s
provers:
  - id: sp1-reth
    kind: sp1-groth16
    system: sp1-reth
    verifying_key: %s
    program_key: "%s"
    source: https://prover.example/proofs
%s
  - id: committee-1
    kind: attestation
    system: tee-committee
    signers: ["0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"]
    source: %s
  - id: committee-2
    kind: attestation
    system: tee-committee
    signers: ["0x2c7536E3605D9C16a7a3D7b1898e529396a65c23", "0x00000000000000000000000000000000000000aa"]
    source: %s
`, extra, e.vk, e.programKey, proverExtra, e.dir, e.dir)
}

func (e configEnv) write(t *testing.T, name, body string) string {
	p := filepath.Join(e.dir, name)
	require.NoError(t, os.WriteFile(p, []byte(body), 0o600))
	return p
}

func TestLoadConfigYAML(t *testing.T) {
	e := newConfigEnv(t)
	cfg, err := LoadConfig(LoadOptions{File: e.write(t, "v.yaml", e.yamlConfig("", ""))})
	require.NoError(t, err)
	p := cfg.Policy
	require.Equal(t, ModeHybrid, p.Mode)
	require.Equal(t, 2, p.K)
	require.Equal(t, uint64(30_000_000), p.ReexecGasCap)
	require.Equal(t, 45*time.Second, p.ProofTimeout)
	require.Equal(t, DisagreePreferReexec, p.OnDisagreement)
	require.Len(t, p.Provers, 3)
	require.IsType(t, &SP1Checker{}, p.Provers[0].Checker)
	require.Len(t, p.Provers[2].Checker.(*AttestationChecker).Signers, 2)
	require.Equal(t, "tee-committee", p.Provers[1].System)
}

func TestLoadConfigTOML(t *testing.T) {
	e := newConfigEnv(t)
	body := fmt.Sprintf(`mode = "proofs"
k = 1
on_disagreement = "halt"

[[provers]]
id = "sp1"
kind = "sp1-groth16"
system = "sp1"
verifying_key = "sp1-v4.0.0-rc.3"
program_key = %q
source = %q
`, e.programKey, e.dir)
	cfg, err := LoadConfig(LoadOptions{File: e.write(t, "v.toml", body)})
	require.NoError(t, err)
	require.Equal(t, ModeProofs, cfg.Policy.Mode)
	require.Equal(t, uint64(DefaultReexecGasCap), cfg.Policy.ReexecGasCap)
	require.Equal(t, DefaultProofTimeout, cfg.Policy.ProofTimeout)
	require.Len(t, cfg.Policy.Provers, 1)
	require.Equal(t, "v4.0.0-rc.3", cfg.Policy.Provers[0].Checker.(*SP1Checker).Key.Version, "built-in key by name")
}

// TestLoadConfigPrecedence: flags over NR_* over the file over defaults.
func TestLoadConfigPrecedence(t *testing.T) {
	e := newConfigEnv(t)
	file := e.write(t, "v.yaml", e.yamlConfig("", ""))
	t.Setenv("NR_REEXEC_GAS_CAP", "1000")
	t.Setenv("NR_ON_DISAGREEMENT", "halt")
	fs := pflag.NewFlagSet("validator", pflag.ContinueOnError)
	RegisterFlags(fs)
	require.NoError(t, fs.Parse([]string{"--on_disagreement=alert", "--k=1"}))
	cfg, err := LoadConfig(LoadOptions{File: file, Flags: fs})
	require.NoError(t, err)
	require.Equal(t, uint64(1000), cfg.Policy.ReexecGasCap, "env over file")
	require.Equal(t, DisagreeAlert, cfg.Policy.OnDisagreement, "flag over env")
	require.Equal(t, 1, cfg.Policy.K, "flag over file")
	require.Equal(t, 45*time.Second, cfg.Policy.ProofTimeout, "file over default")
	// No file at all: re-execution with defaults.
	os.Unsetenv("NR_REEXEC_GAS_CAP")
	t.Setenv("NR_ON_DISAGREEMENT", "alert")
	cfg, err = LoadConfig(LoadOptions{})
	require.NoError(t, err)
	require.Equal(t, ModeReexec, cfg.Policy.Mode)
	// Keys the daemon reads itself.
	cfg, err = LoadConfig(LoadOptions{File: e.write(t, "x.yaml", e.yamlConfig("l1:\n  rpc: http://127.0.0.1:8545", "")), ExtraKeys: []string{"l1.rpc"}})
	require.NoError(t, err)
	require.Equal(t, "http://127.0.0.1:8545", cfg.Viper.GetString("l1.rpc"))
}

// TestLoadConfigRejects names every bad setting; each error wraps ErrConfig
// and its message holds the named key (and the nearest key for a typo).
func TestLoadConfigRejects(t *testing.T) {
	e := newConfigEnv(t)
	sub := func(old, new string) string { return strings.Replace(e.yamlConfig("", ""), old, new, 1) }
	cases := []struct {
		name, body string
		env        map[string]string
		want       []string
	}{
		{"unknown top-level key", e.yamlConfig("moed: proofs", ""), nil, []string{`unknown key "moed"`, `did you mean "mode"`}},
		{"unknown nested key", sub("gas_cap:", "gas_capp:"), nil, []string{`"reexec.gas_capp"`, `"reexec.gas_cap"`}},
		{"unknown prover key", e.yamlConfig("", "    singers: []"), nil, []string{`provers[0].singers`, `provers[0].signers`}},
		{"mode", sub("mode: hybrid", "mode: optimistic"), nil, []string{"mode", "optimistic", "reexec, proofs, hybrid"}},
		{"mode from env", e.yamlConfig("", ""), map[string]string{"NR_MODE": "both"}, []string{"mode", "both", "NR_MODE"}},
		{"k zero", sub("k: 2", "k: 0"), nil, []string{"k", "1 to 2"}},
		{"k above distinct systems", sub("k: 2", "k: 3"), nil, []string{"k", "distinct proof systems"}},
		{"k not an integer", sub("k: 2", "k: 2.5"), nil, []string{"k", "2.5", "non-negative integer"}},
		{"k a word", sub("k: 2", "k: two"), nil, []string{"k", "two"}},
		{"k negative", sub("k: 2", "k: -1"), nil, []string{"k", "-1"}},
		{"gas cap negative", sub("gas_cap: 30000000", "gas_cap: -5"), nil, []string{"reexec.gas_cap", "-5"}},
		{"gas cap zero with hybrid", sub("gas_cap: 30000000", "gas_cap: 0"), nil, []string{"reexec.gas_cap", "positive"}},
		{"gas cap float", sub("gas_cap: 30000000", "gas_cap: 3e7"), nil, []string{"reexec.gas_cap"}},
		{"timeout zero", sub("proof_timeout: 45s", "proof_timeout: 0s"), nil, []string{"proof_timeout", "positive duration"}},
		{"timeout without unit", sub("proof_timeout: 45s", "proof_timeout: 45"), nil, []string{"proof_timeout", "45"}},
		{"on_disagreement", sub("on_disagreement: prefer-reexec", "on_disagreement: panic"), nil, []string{"on_disagreement", "halt, alert, prefer-reexec"}},
		{"provers not a list", strings.Split(e.yamlConfig("", ""), "provers:")[0] + "provers: sp1", nil, []string{"provers", "list of tables"}},
		{"no provers in proofs mode", strings.Split(e.yamlConfig("", ""), "provers:")[0], nil, []string{"provers", "at least one prover"}},
		{"prover without id", sub("id: sp1-reth", "name: sp1-reth"), nil, []string{`provers[0].name`, `did you mean "provers[0].id"`}},
		{"prover id chars", sub("id: sp1-reth", "id: sp1 reth"), nil, []string{"provers[0].id", "sp1 reth"}},
		{"duplicate prover id", sub("id: committee-2", "id: committee-1"), nil, []string{"provers[2].id", "no other prover"}},
		{"prover ids one metric name", sub("id: committee-2", "id: committee.1"), nil, []string{"provers[2].id", "committee.1", "committee-1", "nr_validator_proof_latency_committee_1"}},
		{"prover ids one metric name by underscore", sub("id: committee-2", "id: committee_1"), nil, []string{"provers[2].id", "committee_1", "metric name"}},
		{"kind", sub("kind: sp1-groth16", "kind: groth16"), nil, []string{"provers[0].kind", "groth16", "sp1-groth16 or attestation"}},
		{"no system", sub("system: sp1-reth", "system: \"\""), nil, []string{"provers[0].system"}},
		{"verifying key missing file", sub("verifying_key: "+e.vk, "verifying_key: /nonexistent/vk.json"), nil, []string{"provers[0].verifying_key", "/nonexistent/vk.json", "sp1-v6.1.0"}},
		{"verifying key unknown built-in", sub("verifying_key: "+e.vk, "verifying_key: sp1-v9"), nil, []string{"provers[0].verifying_key", "sp1-v9", "sp1-v4.0.0-rc.3"}},
		{"verifying key not a key", sub("verifying_key: "+e.vk, "verifying_key: "+e.write(t, "bad.json", `{"verifier_hash": "0x00"}`)), nil, []string{"provers[0].verifying_key", "valid SP1 verifying key"}},
		{"program key short", sub(e.programKey, "0x1234"), nil, []string{"provers[0].program_key", "0x1234"}},
		{"program key above r", sub(e.programKey, "0x"+strings.Repeat("f", 64)), nil, []string{"provers[0].program_key", "modulus"}},
		{"signers on an sp1 prover", e.yamlConfig("", "    signers: [\"0x2c7536E3605D9C16a7a3D7b1898e529396a65c23\"]"), nil, []string{"provers[0].signers", "does not use"}},
		{"program key on an attestation prover", sub("kind: attestation", "kind: attestation\n    program_key: \"0x01\""), nil, []string{"provers[1].program_key", "does not use"}},
		{"signers empty", sub(`signers: ["0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"]`, "signers: []"), nil, []string{"provers[1].signers", "non-empty"}},
		{"signer not an address", sub(`signers: ["0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"]`, `signers: ["0x2c75"]`), nil, []string{"provers[1].signers[0]", "0x2c75"}},
		{"signer zero address", sub(`signers: ["0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"]`, `signers: ["0x0000000000000000000000000000000000000000"]`), nil, []string{"provers[1].signers[0]"}},
		{"source scheme", sub("source: https://prover.example/proofs", "source: ftp://prover.example"), nil, []string{"provers[0].source", "ftp://"}},
		{"source missing directory", sub("source: https://prover.example/proofs", "source: /nonexistent/proofs"), nil, []string{"provers[0].source", "existing directory"}},
		{"syntax", "mode: [", nil, []string{"reading", "syntax"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			_, err := LoadConfig(LoadOptions{File: e.write(t, "c.yaml", c.body)})
			require.ErrorIs(t, err, ErrConfig)
			for _, w := range c.want {
				require.Contains(t, err.Error(), w)
			}
		})
	}
	_, err := LoadConfig(LoadOptions{File: filepath.Join(e.dir, "missing.yaml")})
	require.ErrorIs(t, err, ErrConfig)
	fs := pflag.NewFlagSet("v", pflag.ContinueOnError)
	RegisterFlags(fs)
	require.NoError(t, fs.Parse([]string{"--mode=sometimes"}))
	_, err = LoadConfig(LoadOptions{Flags: fs})
	require.ErrorContains(t, err, "--mode")
}
