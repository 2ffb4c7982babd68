"""Will this model run here? Memory per device for a load plan, and a verdict with its reason.

`shape` describes a model (from a GGUF header, or from the catalog before download), `estimate` turns a shape and
a load plan into bytes per device the way llama.cpp allocates them, `verdict` searches for the plan that fits a
HardwareProfile and says so in a sentence.
"""
