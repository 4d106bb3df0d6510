# Sportello — Simplified Chinese translation (machine draft, unreviewed). 简体中文机器翻译草稿：每一条都是草稿，等待熟悉中文的审校人员审核。Italian (locales/it) is the source.

### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Operators: sign-in and workspace (工作人员：登录和工作区)

# unreviewed
login-title = 工作人员登录
# unreviewed
login-intro = 仅供服务窗口网络的工作人员使用。
# unreviewed
login-email = 电子邮件地址
# unreviewed
login-password = 密码
# unreviewed
login-submit = 登录
# unreviewed
login-refused = 电子邮件或密码不正确，或者账户已被停用。
# unreviewed
login-throttled = 失败次数太多。请在 { $seconds } 秒后再试。
# unreviewed
workspace-welcome = 欢迎，{ $name }。
# unreviewed
workspace-roles-heading = 您的角色
# unreviewed
workspace-no-roles = 您还没有被分配角色：请询问网络的协调人员。
# unreviewed
workspace-nav-profile = 个人资料
# unreviewed
workspace-nav-audit = 操作记录
# unreviewed
profile-title = 您的个人资料
# unreviewed
profile-email = 电子邮件：
# unreviewed
profile-password-heading = 修改密码
# unreviewed
profile-current-password = 当前密码
# unreviewed
profile-new-password = 新密码（至少 12 个字符）
# unreviewed
profile-confirm-password = 再次输入新密码
# unreviewed
profile-password-submit = 修改密码
# unreviewed
profile-password-changed = 密码已修改。其他已打开的会话都已关闭。
# unreviewed
profile-password-wrong = 当前密码不正确。
# unreviewed
profile-password-mismatch = 两次输入的新密码不一致。
# unreviewed
profile-password-too-short = 新密码至少需要 12 个字符。
# unreviewed
role-admin = 管理
# unreviewed
role-coordinator = 大区协调
# unreviewed
role-hub_editor = 专题中心编辑
# unreviewed
role-l2_operator = 专业服务窗口工作人员
# unreviewed
role-l1_operator = 初次接待窗口工作人员
# unreviewed
role-translator = 翻译
# unreviewed
role-trainer = 培训
# unreviewed
role-viewer = 仅查看
# unreviewed
scope-network = 整个网络
# unreviewed
scope-organisation = 机构 { $target }
# unreviewed
scope-desk = 服务窗口 { $target }
# unreviewed
scope-theme = 主题 { $target }
# unreviewed
scope-language = 语言 { $target }

## Two-factor authentication (两步验证)

# unreviewed
workspace-nav-twofa = 两步验证
# unreviewed
code-title = 验证码
# unreviewed
code-intro = 请打开手机上的身份验证应用，输入 6 位数字验证码。如果手机不在身边，请使用一个恢复码。
# unreviewed
code-label = 验证码
# unreviewed
code-submit = 验证
# unreviewed
code-refused = 验证码无效或已经用过。请用新的验证码再试一次。
# unreviewed
code-attempts-exhausted = 错误的验证码次数过多：为安全起见，登录已取消。请重新输入电子邮件和密码。
# unreviewed
twofa-title = 两步验证
# unreviewed
twofa-intro = 开启两步验证后，登录时需要密码和一个验证码。验证码由手机上的应用生成，每 30 秒变化一次。
# unreviewed
twofa-required = 您的角色要求使用两步验证：请先开启，才能使用工作人员专区。
# unreviewed
twofa-start = 开启两步验证
# unreviewed
twofa-step-scan = 请用身份验证应用扫描这个二维码。
# unreviewed
twofa-qr-label = 身份验证应用的二维码
# unreviewed
twofa-step-link = 您也可以在手机上打开这个链接：
# unreviewed
twofa-step-key = 或者在应用中输入这个密钥：
# unreviewed
twofa-step-confirm = 请输入应用现在显示的验证码。
# unreviewed
twofa-confirm-submit = 确认并开启
# unreviewed
twofa-enabled-now = 两步验证已开启。
# unreviewed
twofa-recovery-heading = 恢复码
# unreviewed
twofa-recovery-intro = 请把这些恢复码保存在安全的地方：如果您丢了手机，可以用它们登录，每个恢复码只能用一次。以后您将无法再看到这些恢复码。
# unreviewed
twofa-active = 两步验证已开启。

## Password reset and mail (重置密码和邮件)

# unreviewed
login-forgot = 忘记密码了吗？
# unreviewed
reset-title = 重置密码
# unreviewed
reset-intro = 请输入您账户的电子邮件地址：我们会给您发送一个链接，用来设置新密码。
# unreviewed
reset-submit = 发送链接
# unreviewed
reset-sent = 如果这个地址属于一个有效账户，您很快会收到一封带链接的电子邮件。链接在 30 分钟内有效，只能使用一次。
# unreviewed
reset-new-title = 设置新密码
# unreviewed
reset-new-submit = 保存新密码
# unreviewed
reset-done = 密码已修改。现在您可以用新密码登录。
# unreviewed
reset-link-invalid = 这个链接已过期或已经用过。请重新申请一个。
# unreviewed
mail-reset-subject = 重置“外国居民信息服务窗口”（Sportello stranieri）的密码
# unreviewed
mail-reset-body = 您好：
    我们收到了重置您账户密码的请求。
    如需设置新密码，请在 { $minutes } 分钟内打开这个链接：
    { $link }
    如果您没有申请重置密码，请忽略这封邮件：您的密码不会改变。

## Accounts administration (账户管理)

# unreviewed
workspace-nav-users = 用户和角色
# unreviewed
users-title = 用户和角色
# unreviewed
users-intro = 为每个人分配所需的角色，并选择正确的范围。每次修改都会关闭此人已打开的会话，并会被记录下来。
# unreviewed
users-col-roles = 角色
# unreviewed
users-disabled = 账户已停用
# unreviewed
users-role = 角色
# unreviewed
users-scope-kind = 范围
# unreviewed
users-scope-target = 具体对象（代码）
# unreviewed
users-grant-submit = 添加角色
# unreviewed
users-revoke-submit = 移除
# unreviewed
users-disable-submit = 停用账户
# unreviewed
users-saved = 修改已保存。
# unreviewed
users-error = 修改没有保存：{ $reason }
# unreviewed
scope-kind-network = 整个网络
# unreviewed
scope-kind-organisation = 机构
# unreviewed
scope-kind-desk = 服务窗口
# unreviewed
scope-kind-theme = 主题
# unreviewed
scope-kind-language = 语言

## Workspace menu: desks, services and organisations (工作区菜单)

# unreviewed
workspace-nav-desks = 我的服务窗口

# unreviewed
workspace-nav-services = 服务
# unreviewed
workspace-nav-organisations = 机构
