### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

# unreviewed
code-attempts-exhausted = Prea multe coduri greșite: din motive de securitate, autentificarea a fost anulată. Introduceți din nou adresa de e-mail și parola.
