### Catalogue: online-services catalogue, service pages, and editing services in the workspace.
