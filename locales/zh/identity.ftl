### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

# unreviewed
code-attempts-exhausted = 错误的验证码次数过多：为安全起见，登录已取消。请重新输入电子邮件和密码。
