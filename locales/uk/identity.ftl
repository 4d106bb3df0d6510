### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.
