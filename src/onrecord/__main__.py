"""``python -m onrecord ...`` runs the same command line as ``onrecord ...``."""

from .cli import main

if __name__ == "__main__":
    main()
