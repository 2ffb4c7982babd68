"""Inference engines: load a model with the plan the memory estimate was made for, stream its replies, cancel."""
