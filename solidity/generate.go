package solidity

//go:generate ./build.sh
