package validator

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// TestConfigOneKeyOneSystem: one signing key listed under two systems (here
// "sgx" and "SGX", which are moreover one system: names compare
// case-insensitively) cannot count as two distinct systems toward k: the
// config is refused. Under one system it is accepted.
func TestConfigOneKeyOneSystem(t *testing.T) {
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey).Hex()
	other, _ := crypto.GenerateKey()
	addr2 := crypto.PubkeyToAddress(other.PublicKey).Hex()
	dir := t.TempDir()
	load := func(yaml string) (*Config, error) {
		file := filepath.Join(dir, "v.yaml")
		require.NoError(t, os.WriteFile(file, []byte(yaml), 0o644))
		return LoadConfig(LoadOptions{File: file})
	}
	_, err := load(`mode: proofs
k: 2
provers:
  - {id: a, kind: attestation, system: sgx, signers: ["` + addr + `"], source: ` + dir + `}
  - {id: b, kind: attestation, system: tdx, signers: ["` + addr + `"], source: ` + dir + `}
`)
	require.ErrorContains(t, err, "share signer")

	_, err = load(`mode: proofs
k: 2
provers:
  - {id: a, kind: attestation, system: sgx, signers: ["` + addr + `"], source: ` + dir + `}
  - {id: b, kind: attestation, system: SGX, signers: ["` + addr2 + `"], source: ` + dir + `}
`)
	require.Error(t, err, "sgx and SGX are one system: k = 2 is out of reach")

	cfg, err := load(`mode: proofs
k: 1
provers:
  - {id: a, kind: attestation, system: sgx, signers: ["` + addr + `"], source: ` + dir + `}
  - {id: b, kind: attestation, system: SGX, signers: ["` + addr + `"], source: ` + dir + `}
`)
	require.NoError(t, err)
	require.Equal(t, "sgx", cfg.Policy.Provers[1].System)
}
