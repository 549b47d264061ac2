"""Speed figures of hallbar-desktop side by side with bare libraries: `python -m benchmarks`."""

# The key under which a module's measure() gives the figures it could not measure on this
# machine, each with why: {name: reason}. They are reported as not measured, not as missing.
NOT_MEASURED = "not_measured"
