"""Pull-request review: what a change between two Git refs does to the courses, as a report."""
