"""Chat with documents, privately: extraction, chunks, one SQLite index per collection, indexing and answering."""
