## Online-services catalogue and service pages.
