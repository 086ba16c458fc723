from kzmil.cli import main

main()
