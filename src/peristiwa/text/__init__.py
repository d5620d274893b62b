"""Text stages: language, sentences, tokens, stems."""
