## Editing services and organisations in the workspace.
