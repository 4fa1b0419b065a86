// Module Notebook.
