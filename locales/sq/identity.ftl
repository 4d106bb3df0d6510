### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

# unreviewed
code-attempts-exhausted = Shumë kode të gabuara: për siguri, hyrja u anulua. Shkruani përsëri email-in dhe fjalëkalimin.
