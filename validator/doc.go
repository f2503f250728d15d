// Package validator decides EXECUTE calls independently.
package validator
