"""Reading and writing conferences in other shapes: the JSON dump, imports, schedule files."""
