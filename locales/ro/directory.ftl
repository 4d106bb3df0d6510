## Desk finder, desk pages and opening hours (directory).
