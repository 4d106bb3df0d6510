### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

# unreviewed
code-attempts-exhausted = Забагато неправильних кодів: з міркувань безпеки вхід скасовано. Введіть ще раз електронну пошту та пароль.
