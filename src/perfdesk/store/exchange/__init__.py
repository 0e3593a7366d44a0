"""Exchange between documents: department files forked from the company file, packages
and their merge (issue 17). Every file here reads and writes documents through SQL and
never imports Qt; the window and the command line only call them."""
