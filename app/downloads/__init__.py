"""Downloads from Hugging Face that never leave a half file.

`plan` decides which files make a model (all shards, the mmproj companion, a whole faster-whisper folder);
`transfer` moves one file into a `.part` with its metadata beside it, resuming with HTTP Range across drops,
restarts and crashes, then verifies SHA-256 before the file takes its real name; `install` downloads a plan's
files, checks the GGUF headers and writes the install manifest last; `queue` keeps the list of downloads and
their states on disk. huggingface_hub supplies URLs, auth headers, redirects and file metadata; resume across
restarts is Hearth's own (hf_hub_download restarts a dropped file from its last 10 MB boundary at best and deletes
its `.incomplete` file on failure).
"""
