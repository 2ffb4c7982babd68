"""Test helpers: the local Hugging Face-protocol server, GGUF builders, keyring backends."""
