### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

# unreviewed
code-attempts-exhausted = بہت زیادہ غلط کوڈ: حفاظت کے لیے سائن اِن منسوخ کر دیا گیا۔ اپنا ای میل اور پاس ورڈ دوبارہ درج کریں۔
