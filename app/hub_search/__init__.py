"""Any GGUF model on Hugging Face (or a mirror): searched, its files grouped per quantization, and each judged for
this computer from its own header, read by HTTP ranges before a byte of the weights is downloaded."""
