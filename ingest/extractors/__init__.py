"""Triple extractors behind one protocol (`base.Extractor`); `vote` combines several."""
