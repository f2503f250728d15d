package eest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// EnvCorpus names the environment variable that overrides the corpus directory.
const EnvCorpus = "NR_CORPUS"

// corpusHint tells a user how to get a corpus in place.
const corpusHint = "point --corpus (or " + EnvCorpus + ") at a directory holding manifest.json and the EEST " +
	"blockchain_tests fixtures it lists, e.g. the project's shared corpus at ../shared/corpus beside the repository"

// ResolveCorpus returns the corpus directory: $NR_CORPUS if set, otherwise
// ../shared/corpus relative to the root of the module containing the working
// directory. It returns ErrCorpusMissing when that directory has no manifest.json.
func ResolveCorpus() (string, error) {
	dir := os.Getenv(EnvCorpus)
	if dir == "" {
		root, err := moduleRoot()
		if err != nil {
			return "", err
		}
		dir = filepath.Join(root, "..", "shared", "corpus")
	}
	if _, err := os.Stat(filepath.Join(dir, ManifestFile)); err != nil {
		return "", fmt.Errorf("%w: no %s in %s; %s", ErrCorpusMissing, ManifestFile, dir, corpusHint)
	}
	return dir, nil
}

// moduleRoot walks up from the working directory to the directory holding go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("locating the repository root: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("locating the repository root: %w", err)
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", fmt.Errorf("%w: no go.mod above the working directory to find ../shared/corpus from; %s", ErrCorpusMissing, corpusHint)
		}
		dir = up
	}
}
