# Sportello — Simplified Chinese translation (machine draft, unreviewed). 简体中文机器翻译草稿：每一条都是草稿，等待熟悉中文的审校人员审核。Italian (locales/it) is the source.

### Audit: the audit log page.

## Operators: sign-in and workspace (工作人员：登录和工作区)

# unreviewed
audit-title = 操作记录
# unreviewed
audit-filter-action = 操作（开头文字）
# unreviewed
audit-filter-actor = 操作人（电子邮件）
# unreviewed
audit-filter-submit = 筛选
# unreviewed
audit-col-when = 时间
# unreviewed
audit-col-who = 操作人
# unreviewed
audit-col-action = 操作
# unreviewed
audit-col-object = 对象
# unreviewed
audit-col-ip = IP 地址
# unreviewed
audit-empty = 按这些筛选条件，没有找到任何操作记录。
