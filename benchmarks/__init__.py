"""Speed figures of hallbar-desktop side by side with bare libraries: `python -m benchmarks`."""
