"""Where Hearth keeps keys (the Hugging Face token, the local server's key, other computers' keys): `Secret`, a key
that never shows itself (`secret`); `KeyringSlot`, one key in the OS password store with its in-memory fallback
(`keyring_slot`); `KeyFile`, the file a key goes in only when the person chooses it (`key_file`). The key owners
(app/secrets.py, app/server/keys.py, app/providers/registry.py) compose these; none of them talks to `keyring`.
"""
