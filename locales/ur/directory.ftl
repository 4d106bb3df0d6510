### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.
