<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>首个管理员</translation>
    </message>
    <message>
        <source>This account manages users, settings and backups.</source>
        <translation>此账号负责管理用户、设置和备份。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing the demo estate…</source>
        <translation>正在准备演示小区…</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The database file is damaged:
{problems}

</source>
        <translation>数据库文件已损坏：
{problems}

</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}. Please call support; do not delete the file.</source>
        <translation>在 {folder} 中没有找到可用的备份。请联系技术支持，不要删除该文件。</translation>
    </message>
    <message>
        <source>Restore the newest good backup from {when}? (The damaged file is kept as a backup.)</source>
        <translation>是否恢复 {when} 的最新可用备份？（损坏的文件会另存为备份。）</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>备份已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve filing {number}</source>
        <translation>审批备案 {number}</translation>
    </message>
    <message>
        <source>{unit}, {owner}; {contractor}; {start} to {end}.</source>
        <translation>{unit}，{owner}；{contractor}；{start} 至 {end}。</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>装修负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Printed on the permit for the owner and the contractor</source>
        <translation>打印在装修备案登记证上，供业主和装修单位查看</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>ArchiveCard</name>
    <message>
        <source>{area} m²</source>
        <translation>{area} 平方米</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>New building</source>
        <translation>新建楼栋</translation>
    </message>
    <message>
        <source>New entrance</source>
        <translation>新建单元</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新建房屋</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Choose a building, an entrance or a unit on the left.</source>
        <translation>请在左侧选择楼栋、单元或房屋。</translation>
    </message>
    <message>
        <source>Export the archive</source>
        <translation>导出档案</translation>
    </message>
    <message>
        <source>archive.xlsx</source>
        <translation>房屋档案.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported to {path}: buildings {buildings}, units {units}, people {people}.</source>
        <translation>已导出到 {path}：楼栋 {buildings} 栋，房屋 {units} 户，人员 {people} 人。</translation>
    </message>
    <message>
        <source>ID numbers are masked.</source>
        <translation>身份证号已脱敏。</translation>
    </message>
</context>
<context>
    <name>ArchiveTree</name>
    <message>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name}（已归档）</translation>
    </message>
    <message>
        <source>{unit} (archived)</source>
        <translation>{unit}（已归档）</translation>
    </message>
</context>
<context>
    <name>ArrivedDialog</name>
    <message>
        <source>Arrived: {number}</source>
        <translation>到场：{number}</translation>
    </message>
    <message>
        <source>&amp;Arrived at:</source>
        <translation>到场时间(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Responsible person for {number}</source>
        <translation>落实责任人：{number}</translation>
    </message>
    <message>
        <source>Who handles it (from the list, or any name)</source>
        <translation>由谁处理（从列表选择，或直接输入姓名）</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>责任人(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>AuditBrowser</name>
    <message>
        <source>All record types</source>
        <translation>全部记录类型</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>记录类型(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>加载更多(&amp;L)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries</source>
        <translation>显示 {shown} 条，共 {total} 条</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The program backs up by itself at start-up and once a day. Back up by hand before a big change or before moving the computer.</source>
        <translation>程序在启动时和每天自动备份一次。进行重大修改或搬动电脑之前，请先手动备份。</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>None: backups stay on this computer only</source>
        <translation>未设置：备份只保存在本机</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>备份位置</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>No second copy</source>
        <translation>不要副本</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Second copy:</source>
        <translation>副本位置：</translation>
    </message>
    <message>
        <source>A USB stick or a network share: a second copy survives a broken or stolen computer.</source>
        <translation>U 盘或网络共享文件夹：电脑损坏或被盗时，副本仍然可用。</translation>
    </message>
    <message>
        <source>Keep daily backups for:</source>
        <translation>每日备份保留：</translation>
    </message>
    <message>
        <source>Keep monthly backups for:</source>
        <translation>每月备份保留：</translation>
    </message>
    <message>
        <source>Older backups are deleted automatically. Backups taken before a restore or an upgrade are always kept.</source>
        <translation>过期的备份会自动删除。恢复或升级前所做的备份始终保留。</translation>
    </message>
    <message>
        <source>Backups in this folder</source>
        <translation>此文件夹中的备份</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Last backup: {time}</source>
        <translation>最近备份：{time}</translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>此文件夹中还没有备份。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>备份已保存：{path}</translation>
    </message>
    <message>
        <source>Second copy: {path}</source>
        <translation>副本：{path}</translation>
    </message>
    <message>
        <source>The second copy could not be written ({reason}). The backup itself is fine; check that the USB stick or network share is connected.</source>
        <translation>副本未能写入（{reason}）。备份本身没有问题；请检查 U 盘或网络共享是否已连接。</translation>
    </message>
    <message>
        <source>Folder for the second copy</source>
        <translation>副本文件夹</translation>
    </message>
    <message>
        <source>Choose another place than the backup folder: a USB stick or a network share.</source>
        <translation>请选择备份文件夹以外的位置：U 盘或网络共享文件夹。</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored:</source>
        <translation>此备份已损坏，无法恢复：</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restore the backup of {time}?

A safety backup of the current data is made first, so nothing is lost. Then the data is replaced by the backup&apos;s: anything entered after {time} will not be shown.

The program closes the database and everyone must sign in again.</source>
        <translation>是否恢复 {time} 的备份？

系统会先为当前数据做一份安全备份，数据不会丢失。然后用该备份替换现有数据：{time} 之后录入的内容将不再显示。

程序将关闭数据库，所有人都需要重新登录。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>BadgePrinter</name>
    <message>
        <source>Visitor badge {number}</source>
        <translation>访客证 {number}</translation>
    </message>
    <message>
        <source>Badge {number} sent to {printer}.</source>
        <translation>访客证 {number} 已发送到 {printer}。</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <source>New building</source>
        <translation>新建楼栋</translation>
    </message>
    <message>
        <source>Edit building {name}</source>
        <translation>编辑楼栋 {name}</translation>
    </message>
    <message>
        <source>e.g. 3 or A</source>
        <translation>如 3 或 A</translation>
    </message>
    <message>
        <source>Blank: number + 栋</source>
        <translation>留空：编号 + 栋</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Statutory holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Your override: working</source>
        <translation>自定：上班</translation>
    </message>
    <message>
        <source>Your override: day off</source>
        <translation>自定：休息</translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation>所选日期</translation>
    </message>
    <message>
        <source>&amp;Working day</source>
        <translation>工作日(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Day off</source>
        <translation>休息日(&amp;D)</translation>
    </message>
    <message>
        <source>Use &amp;official data</source>
        <translation>采用官方安排(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. 2027 Spring Festival, State Council notice</source>
        <translation>如 2027 年春节，国务院通知</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save this day</source>
        <translation>保存该日(&amp;S)</translation>
    </message>
    <message>
        <source>Your overrides</source>
        <translation>自定日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>算作</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>No official holiday data for {year} yet: weekends only, plus your overrides. Enter the State Council&apos;s schedule when it is announced (usually November).</source>
        <translation>尚无 {year} 年的官方放假安排：目前只按周末休息，另加自定日期。国务院公布放假安排后（通常在 11 月），请录入。</translation>
    </message>
    <message>
        <source>No official holiday data for {year} yet. When the State Council announces the schedule (usually November), enter it in {year}&apos;s calendar.</source>
        <translation>尚无 {year} 年的官方放假安排。国务院公布后（通常在 11 月），请在 {year} 年的日历中录入。</translation>
    </message>
    <message>
        <source>Officially a working day.</source>
        <translation>官方安排：工作日。</translation>
    </message>
    <message>
        <source>Officially a day off (weekend or holiday).</source>
        <translation>官方安排：休息日（周末或节假日）。</translation>
    </message>
    <message>
        <source>Officially a day off: statutory holiday.</source>
        <translation>官方安排：法定节假日，休息。</translation>
    </message>
    <message>
        <source>Officially a make-up working day (a weekend day worked instead of a holiday).</source>
        <translation>官方安排：调休上班（周末上班，以补节假日）。</translation>
    </message>
    <message>
        <source>No official data for this year: counted as Monday–Friday.</source>
        <translation>本年度无官方安排：按周一至周五上班计算。</translation>
    </message>
    <message>
        <source>Your override: a working day.</source>
        <translation>自定：工作日。</translation>
    </message>
    <message>
        <source>Your override: a day off.</source>
        <translation>自定：休息日。</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>Record return visit — {number}</source>
        <translation>登记回访 — {number}</translation>
    </message>
    <message>
        <source>Work order:</source>
        <translation>工单：</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>报事内容：</translation>
    </message>
    <message>
        <source>Tried before:</source>
        <translation>此前回访：</translation>
    </message>
    <message>
        <source>{count} return visit(s) without reaching the customer</source>
        <translation>{count} 次未联系上客户</translation>
    </message>
    <message>
        <source>In 2 hours</source>
        <translation>2 小时后</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>明天 9:00</translation>
    </message>
    <message>
        <source>Ticked on the slip: {evaluation}</source>
        <translation>客户在回单上勾选：{evaluation}</translation>
    </message>
    <message>
        <source>Dissatisfied: the order goes back to {department} as rework (返工), and the customer-service supervisor is notified.</source>
        <translation>不满意：工单将退回{department}返工，并通知客服主管。</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Check the number with the archive or the reporter, correct it above and call again.</source>
        <translation>请与档案或报事人核对号码，在上方改正后重新拨打。</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户的意见和反馈</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>回访方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Number called:</source>
        <translation>拨打号码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>回访结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Call again at:</source>
        <translation>再次回访(&amp;C)：</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;evaluation:</source>
        <translation>客户评价(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <source>Save and send back for rework</source>
        <translation>保存并退回返工</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>CallbacksPage</name>
    <message>
        <source>(the first {shown} are listed)</source>
        <translation>（仅列出前 {shown} 条）</translation>
    </message>
    <message>
        <source>Return-visit rate this month (target 100 %)</source>
        <translation>本月回访率（目标 100%）</translation>
    </message>
    <message>
        <source>&amp;Record return visit…</source>
        <translation>登记回访(&amp;R)…</translation>
    </message>
    <message>
        <source>Or press Enter on a row</source>
        <translation>也可在列表中选中一行后按 Enter</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>已超时（{count}）</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>没有超时未回访的工单。</translation>
    </message>
    <message>
        <source>Due today ({count})</source>
        <translation>今日到期（{count}）</translation>
    </message>
    <message>
        <source>No return visits due today.</source>
        <translation>今日没有到期的回访。</translation>
    </message>
    <message>
        <source>Upcoming ({count})</source>
        <translation>即将到期（{count}）</translation>
    </message>
    <message>
        <source>Nothing waiting yet: slips that come back appear here.</source>
        <translation>暂无待回访工单：回单后的工单会显示在这里。</translation>
    </message>
    <message>
        <source>Dissatisfied — back in rework ({count})</source>
        <translation>回访不满意 — 已退回返工（{count}）</translation>
    </message>
    <message>
        <source>No order is back in rework after a dissatisfied return visit.</source>
        <translation>没有因回访不满意而退回返工的工单。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报事人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Slip returned</source>
        <translation>回单时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>未接通次数</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报事内容</translation>
    </message>
    <message>
        <source>{status} — overdue: {clocks}</source>
        <translation>{status} — 超时：{clocks}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返工次数</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>回访备注</translation>
    </message>
    <message>
        <source>{overdue} overdue · {today} due today · {upcoming} upcoming</source>
        <translation>已超时 {overdue} · 今日到期 {today} · 即将到期 {upcoming}</translation>
    </message>
    <message>
        <source>No slips have come back this month yet.</source>
        <translation>本月还没有回单。</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel filing {number}</source>
        <translation>取消备案 {number}</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>拍照(&amp;T)</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新建大类</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新建类别</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>编辑大类</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>编辑类别</translation>
    </message>
    <message>
        <source>(none: a top-level group)</source>
        <translation>（无：作为顶层大类）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>所属大类(&amp;U)：</translation>
    </message>
    <message>
        <source>Default &amp;department:</source>
        <translation>默认部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Default &amp;urgency:</source>
        <translation>默认紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Respond within (min):</source>
        <translation>响应时限（分钟）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Complete within (min):</source>
        <translation>完工时限（分钟）(&amp;C)：</translation>
    </message>
    <message>
        <source>Blank: {minutes} ({duration}, the urgency&apos;s deadline)</source>
        <translation>留空：{minutes}（{duration}，按紧急程度的时限）</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>Re&amp;peat new password:</source>
        <translation>确认新密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <source>Document</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>&amp;Attach scan/photo…</source>
        <translation>附加扫描件/照片(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;View file</source>
        <translation>查看文件(&amp;V)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> （选填）</translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message>
        <source>Cause: {cause}</source>
        <translation>原因：{cause}</translation>
    </message>
    <message>
        <source>Responsible: {name}</source>
        <translation>责任人：{name}</translation>
    </message>
    <message>
        <source>to {name}</source>
        <translation>对象：{name}</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>回复人：{name}</translation>
    </message>
    <message>
        <source>Valid complaint</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Invalid complaint</source>
        <translation>无效投诉</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailView</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print the handling form (客户投诉处理表) on the saved printer</source>
        <translation>在已设置的打印机上打印客户投诉处理表</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Preview the handling form (客户投诉处理表)</source>
        <translation>预览客户投诉处理表</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>受理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cause…</source>
        <translation>调查原因(&amp;C)…</translation>
    </message>
    <message>
        <source>Res&amp;ponsible…</source>
        <translation>责任人(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Solution…</source>
        <translation>处理方案(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>回复(&amp;R)…</translation>
    </message>
    <message>
        <source>Return &amp;visit…</source>
        <translation>回访(&amp;V)…</translation>
    </message>
    <message>
        <source>Su&amp;mmary…</source>
        <translation>总结评价(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Judge…</source>
        <translation>有效性判定(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>升级(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Complainant:</source>
        <translation>投诉人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>房号：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>登记时间：</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>受理人：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>程度：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>涉及部门：</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>涉及人员：</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <source>Judgement:</source>
        <translation>有效性：</translation>
    </message>
    <message>
        <source>Return visit:</source>
        <translation>回访：</translation>
    </message>
    <message>
        <source>Escalations:</source>
        <translation>升级次数：</translation>
    </message>
    <message>
        <source>Complainant&apos;s words:</source>
        <translation>投诉内容：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>投诉人要求：</translation>
    </message>
    <message>
        <source>Acknowledge by:</source>
        <translation>受理时限：</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>答复时限：</translation>
    </message>
    <message>
        <source>First reply:</source>
        <translation>首次回复：</translation>
    </message>
    <message>
        <source>Reply promised:</source>
        <translation>承诺答复：</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>关闭时间：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Choose a complaint, suggestion or praise in the list.</source>
        <translation>请在列表中选择一条投诉、建议或表扬。</translation>
    </message>
    <message>
        <source>Level {level}: {name}</source>
        <translation>第 {level} 级：{name}</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>Valid complaint</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Invalid complaint</source>
        <translation>无效投诉</translation>
    </message>
    <message>
        <source>{time} (overdue)</source>
        <translation>{time}（已超时）</translation>
    </message>
    <message>
        <source>Handling form {number}</source>
        <translation>处理表 {number}</translation>
    </message>
    <message>
        <source>Handling form {number} sent to {printer}.</source>
        <translation>处理表 {number} 已发送到 {printer}。</translation>
    </message>
</context>
<context>
    <name>ComplaintRegisterDialog</name>
    <message>
        <source>Register a complaint, suggestion or praise</source>
        <translation>登记投诉、建议或表扬</translation>
    </message>
    <message>
        <source>3-2-1102, or the complainant&apos;s name, pinyin or phone</source>
        <translation>3-2-1102，或投诉人的姓名、拼音、电话</translation>
    </message>
    <message>
        <source>A person of the unit, or any name</source>
        <translation>房屋的住户，或直接输入姓名</translation>
    </message>
    <message>
        <source>In the complainant&apos;s own words (Shift+Enter: new line)</source>
        <translation>按投诉人原话记录（Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>What they ask for</source>
        <translation>投诉人的要求</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>The reply time promised to the complainant</source>
        <translation>向投诉人承诺的答复时间</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>渠道(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>房号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Complainant:</source>
        <translation>投诉人(&amp;C)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>人员(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>内容(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>要求(&amp;R)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>程度(&amp;V)：</translation>
    </message>
    <message>
        <source>Reply &amp;promised:</source>
        <translation>承诺答复(&amp;P)：</translation>
    </message>
    <message>
        <source>Who is praised (a name from the list, or any name)</source>
        <translation>被表扬人（从列表选择，或直接输入姓名）</translation>
    </message>
    <message>
        <source>Staff involved, if any</source>
        <translation>涉及的人员（如有）</translation>
    </message>
</context>
<context>
    <name>ComplaintTextDialog</name>
    <message>
        <source>Cause of {number}</source>
        <translation>调查原因：{number}</translation>
    </message>
    <message>
        <source>Solution for {number}</source>
        <translation>处理方案：{number}</translation>
    </message>
    <message>
        <source>Escalate {number}</source>
        <translation>升级 {number}</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>原因(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Solution:</source>
        <translation>方案(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>What the investigation found</source>
        <translation>调查发现的原因</translation>
    </message>
    <message>
        <source>The official opinion: what will be done (replies may follow)</source>
        <translation>正式处理意见：将如何处理（之后方可回复）</translation>
    </message>
    <message>
        <source>Why it goes to the next level now</source>
        <translation>为什么现在升级到上一级</translation>
    </message>
    <message>
        <source>It goes one level up the chain, to level {level}.</source>
        <translation>将按升级链上报一级，至第 {level} 级。</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Overdue: {clocks}</source>
        <translation>超时：{clocks}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>程度</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答复时限</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Register a complaint, suggestion or praise (Ctrl+N)</source>
        <translation>登记投诉、建议或表扬 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Check escalations</source>
        <translation>检查升级</translation>
    </message>
    <message>
        <source>Escalate the complaints whose acknowledgement or answer deadline has passed</source>
        <translation>将超过受理或答复时限的投诉升级</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Check the deadlines and refresh (F5)</source>
        <translation>检查时限并刷新 (F5)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Number, complainant or words (Ctrl+F)</source>
        <translation>编号、投诉人或内容 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Escalated to me</source>
        <translation>升级给我</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{year}-{month:02d}: complaints {complaints}, suggestions {suggestions}, praise {praise}  ·  valid-complaint rate {valid}  ·  on-time replies {on_time}  ·  satisfaction {satisfaction}</source>
        <translation>{year}-{month:02d}：投诉 {complaints}，建议 {suggestions}，表扬 {praise}  ·  有效投诉率 {valid}  ·  及时回复率 {on_time}  ·  满意率 {satisfaction}</translation>
    </message>
    <message>
        <source>Escalated now: {count}.</source>
        <translation>本次升级：{count} 件。</translation>
    </message>
    <message>
        <source>No complaint is due for escalation.</source>
        <translation>没有需要升级的投诉。</translation>
    </message>
    <message>
        <source>Listed: {count}</source>
        <translation>共 {count} 件</translation>
    </message>
    <message>
        <source>{number} registered.</source>
        <translation>{number} 已登记。</translation>
    </message>
</context>
<context>
    <name>CompletedDialog</name>
    <message>
        <source>Completed: {number}</source>
        <translation>完工：{number}</translation>
    </message>
    <message>
        <source>Optional: what was done</source>
        <translation>选填：处理情况</translation>
    </message>
    <message>
        <source>&amp;Completed at:</source>
        <translation>完工时间(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Handling:</source>
        <translation>处理情况(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>ConditionsPanel</name>
    <message>
        <source>Refund conditions</source>
        <translation>退款条件</translation>
    </message>
    <message>
        <source>Scan or type the deposit receipt to check the conditions.</source>
        <translation>请扫描或输入保证金收据以核对退款条件。</translation>
    </message>
    <message>
        <source>The filing was approved.</source>
        <translation>备案已审批通过。</translation>
    </message>
    <message>
        <source>Part of the deposit is still held.</source>
        <translation>尚有保证金未退还。</translation>
    </message>
    <message>
        <source>The completion inspection passed.</source>
        <translation>完工核查已通过。</translation>
    </message>
    <message>
        <source>The waiting period after moving in has passed.</source>
        <translation>入住后的等待期已满。</translation>
    </message>
    <message>
        <source>The owner downstairs signed that there is no leak.</source>
        <translation>楼下业主已签字确认无渗漏。</translation>
    </message>
    <message>
        <source>Every temporary pass is returned or reported lost.</source>
        <translation>所有临时出入证均已交回或已挂失。</translation>
    </message>
    <message>
        <source>The original permit was presented.</source>
        <translation>已出示装修备案登记证原件。</translation>
    </message>
    <message>
        <source>The deposit receipt was presented.</source>
        <translation>已出示保证金收据。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>程序出错了</translation>
    </message>
    <message>
        <source>The program met an unexpected problem. The last record you saved is safe.
Please copy this report and send it to support.</source>
        <translation>程序遇到了意外问题。您最后保存的记录是安全的。
请复制这份报告，发给技术支持。</translation>
    </message>
    <message>
        <source>Saved to: {path}</source>
        <translation>已保存到：{path}</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新启动</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <source>Close the shift (日结)</source>
        <translation>日结交班</translation>
    </message>
    <message>
        <source>Receipts {receipts} · refunds {refunds} · voids {voids} · net {net}</source>
        <translation>收据 {receipts} · 退款 {refunds} · 作废 {voids} · 净额 {net}</translation>
    </message>
    <message>
        <source>The clerk taking over the desk</source>
        <translation>接班的前台人员</translation>
    </message>
    <message>
        <source>Blank: not counted</source>
        <translation>留空：未清点</translation>
    </message>
    <message>
        <source>This shift:</source>
        <translation>本班次：</translation>
    </message>
    <message>
        <source>Cash expected:</source>
        <translation>应有现金：</translation>
    </message>
    <message>
        <source>&amp;Handed to:</source>
        <translation>交接给(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Cash counted (¥):</source>
        <translation>实点现金（¥）(&amp;C)：</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>差额：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Close the shift</source>
        <translation>日结交班</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>账实相符</translation>
    </message>
    <message>
        <source>{amount} over</source>
        <translation>长款 {amount}</translation>
    </message>
    <message>
        <source>{amount} short</source>
        <translation>短款 {amount}</translation>
    </message>
</context>
<context>
    <name>DayCloseView</name>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>&amp;Close the shift…</source>
        <translation>日结交班(&amp;C)…</translation>
    </message>
    <message>
        <source>日结: lock this shift&apos;s money and hand over the desk</source>
        <translation>日结：锁定本班次款项并交接前台</translation>
    </message>
    <message>
        <source>&amp;Draft sheet</source>
        <translation>交班单草稿(&amp;D)</translation>
    </message>
    <message>
        <source>The handover sheet of the open shift, to check before closing</source>
        <translation>当前班次的交班单，日结前请核对</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>日结时间</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>&amp;Print handover sheet…</source>
        <translation>打印交班单(&amp;P)…</translation>
    </message>
    <message>
        <source>Past closes of this desk</source>
        <translation>本前台历次日结</translation>
    </message>
    <message>
        <source>the first receipt</source>
        <translation>首张收据</translation>
    </message>
    <message>
        <source>Open shift of {desk} since {since}</source>
        <translation>{desk} 当前班次，自 {since} 起</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Receipts {receipts} · refunds {refunds} · voided {voids} · opening float {float}</source>
        <translation>收据 {receipts} · 退款 {refunds} · 作废 {voids} · 期初备用金 {float}</translation>
    </message>
    <message>
        <source>Cash that should be in the drawer: {amount}</source>
        <translation>钱箱应有现金：{amount}</translation>
    </message>
    <message>
        <source>{number} closed: the shift&apos;s money is locked.</source>
        <translation>{number} 已日结：本班次款项已锁定。</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Handover sheet {number}</source>
        <translation>交班单 {number}</translation>
    </message>
    <message>
        <source>Handover sheet sent to {printer}.</source>
        <translation>交班单已发送至 {printer}。</translation>
    </message>
</context>
<context>
    <name>DeductionEditor</name>
    <message>
        <source>Damage to common areas (损坏公共设施)</source>
        <translation>损坏公共设施</translation>
    </message>
    <message>
        <source>Lost pass (出入证遗失)</source>
        <translation>出入证遗失</translation>
    </message>
    <message>
        <source>Renovation violation (违规装修)</source>
        <translation>违规装修</translation>
    </message>
    <message>
        <source>Garbage removal (垃圾清运)</source>
        <translation>垃圾清运</translation>
    </message>
    <message>
        <source>Other (其他)</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What the deduction is for (required for “Other”)</source>
        <translation>扣款事由（选“其他”时必填）</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the deduction (Enter in the amount)</source>
        <translation>添加该扣款（也可在金额框中按回车）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Delete removes the selected deduction</source>
        <translation>按 Delete 键移除所选扣款</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>New department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>编辑部门</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Who receives work from the desk. Double-click to rename; you can change them later in Settings.</source>
        <translation>接收前台派单的部门。双击可改名；以后也可以在“设置”中修改。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新部门</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>This desk</source>
        <translation>本前台</translation>
    </message>
    <message>
        <source>The short code is part of every document number this desk issues (e.g. BX-A1-2026-000123) and cannot be changed later.</source>
        <translation>前台代码是本前台所开单据编号的一部分（如 BX-A1-2026-000123），设置后不能修改。</translation>
    </message>
    <message>
        <source>Front desk 1</source>
        <translation>一号前台</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>前台名称</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>前台代码</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch {number}</source>
        <translation>派工 {number}</translation>
    </message>
    <message>
        <source>Who goes (a name from the list, or any name)</source>
        <translation>处理人（从列表中选择，或直接输入姓名）</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>处理人(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>&amp;Choose a scan or photo…</source>
        <translation>选择扫描件或照片(&amp;C)…</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>无文件</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>已收取(&amp;R)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose a file, or tick Received.</source>
        <translation>请选择文件，或勾选“已收取”。</translation>
    </message>
</context>
<context>
    <name>DownstairsDialog</name>
    <message>
        <source>Downstairs owner signed ({number})</source>
        <translation>楼下业主已签字（{number}）</translation>
    </message>
    <message>
        <source>Name and unit of the owner below</source>
        <translation>楼下业主的姓名及房号</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>签字人(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>EntranceDialog</name>
    <message>
        <source>New entrance</source>
        <translation>新建单元</translation>
    </message>
    <message>
        <source>Edit entrance {name}</source>
        <translation>编辑单元 {name}</translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation>如 2</translation>
    </message>
    <message>
        <source>Blank: number + 单元</source>
        <translation>留空：编号 + 单元</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected problem ({code}).</source>
        <translation>意外问题（{code}）。</translation>
    </message>
    <message>
        <source>Unexpected problem: {error}</source>
        <translation>意外问题：{error}</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <source>Enter the area in m², e.g. 89.5 (up to two decimals).</source>
        <translation>请输入面积（平方米），如 89.5（最多两位小数）。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Wrong user name or password. {remaining} more attempts before the account is locked.</source>
        <translation>用户名或密码错误。再错 {remaining} 次，账号将被锁定。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation>不能取消自己的管理员角色。</translation>
    </message>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>Too many wrong passwords. The account is locked until {until}.</source>
        <translation>密码错误次数过多，账号已锁定至 {until}。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The password needs at least {min} characters.</source>
        <translation>密码至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <source>User names have no spaces and at most 40 characters.</source>
        <translation>用户名不能含空格，最多 40 个字符。</translation>
    </message>
    <message>
        <source>The user name {username} is already taken.</source>
        <translation>用户名 {username} 已被占用。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Cannot write the backup to {path}: the folder is not writable or the disk is full.</source>
        <translation>无法将备份写入 {path}：文件夹不可写或磁盘已满。</translation>
    </message>
    <message>
        <source>Cannot read the backup folder {path}.</source>
        <translation>无法读取备份文件夹 {path}。</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>{path} 处没有可备份的数据库。</translation>
    </message>
    <message>
        <source>The database {path} cannot be read.</source>
        <translation>无法读取数据库 {path}。</translation>
    </message>
    <message>
        <source>The database is busy; try the backup again in a moment.</source>
        <translation>数据库正忙，请稍后再备份。</translation>
    </message>
    <message>
        <source>The database {path} is damaged; the backup was not kept. Restore a recent backup.</source>
        <translation>数据库 {path} 已损坏，本次备份未保留。请恢复最近的备份。</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored.</source>
        <translation>此备份已损坏，无法恢复。</translation>
    </message>
    <message>
        <source>This backup contains no data.</source>
        <translation>此备份不含任何数据。</translation>
    </message>
    <message>
        <source>Choose a backup, not the database in use.</source>
        <translation>请选择备份文件，而不是正在使用的数据库。</translation>
    </message>
    <message>
        <source>The database is still open; close other windows and programs and try again.</source>
        <translation>数据库仍在使用中，请关闭其他窗口和程序后重试。</translation>
    </message>
    <message>
        <source>The restore failed; the previous data is in the pre-restore backup.</source>
        <translation>恢复失败；原有数据在恢复前的备份中。</translation>
    </message>
    <message>
        <source>A building with this number already exists.</source>
        <translation>已有相同编号的楼栋。</translation>
    </message>
    <message>
        <source>Floors must be between 1 and 200.</source>
        <translation>层数必须在 1 到 200 之间。</translation>
    </message>
    <message>
        <source>This building still has {count} active units. Archive them first.</source>
        <translation>该楼栋还有 {count} 户未归档的房屋，请先将其归档。</translation>
    </message>
    <message>
        <source>The number of working days cannot be negative.</source>
        <translation>工作日天数不能为负数。</translation>
    </message>
    <message>
        <source>This building already has an entrance with this number.</source>
        <translation>该楼栋已有相同编号的单元。</translation>
    </message>
    <message>
        <source>A department with this name already exists.</source>
        <translation>已有同名部门。</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>此值无效。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Too long (at most {max} characters).</source>
        <translation>太长（最多 {max} 个字符）。</translation>
    </message>
    <message>
        <source>The birth date inside this ID number is not a real date.</source>
        <translation>身份证号中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <source>An ID number has 17 digits and a final digit or X.</source>
        <translation>身份证号由 17 位数字加 1 位数字或 X 组成。</translation>
    </message>
    <message>
        <source>The check digit of this ID number is wrong: please check for a typo.</source>
        <translation>身份证号校验位不正确，请检查是否输错。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters.</source>
        <translation>身份证号应为 18 位。</translation>
    </message>
    <message>
        <source>This ID number starts with an unknown region code.</source>
        <translation>身份证号开头的地区码不存在。</translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook (.xlsx).</source>
        <translation>{file} 无法作为 Excel 工作簿（.xlsx）读取。</translation>
    </message>
    <message>
        <source>Sheet {sheet} lacks the columns {missing}.</source>
        <translation>工作表 {sheet} 缺少以下列：{missing}。</translation>
    </message>
    <message>
        <source>Sheet {sheet} has more than {max} rows.</source>
        <translation>工作表 {sheet} 超过 {max} 行。</translation>
    </message>
    <message>
        <source>The file has {count} errors; nothing was imported.</source>
        <translation>文件中有 {count} 处错误，未导入任何数据。</translation>
    </message>
    <message>
        <source>This value is not one of the allowed ones.</source>
        <translation>此值不在允许的选项中。</translation>
    </message>
    <message>
        <source>Same as row {first_row}.</source>
        <translation>与第 {first_row} 行重复。</translation>
    </message>
    <message>
        <source>Building {building} is neither in the 楼栋 sheet nor in the archive.</source>
        <translation>楼栋 {building} 既不在“楼栋”工作表中，也不在档案中。</translation>
    </message>
    <message>
        <source>Unit {unit} is neither in the 房屋 sheet nor in the archive.</source>
        <translation>房屋 {unit} 既不在“房屋”工作表中，也不在档案中。</translation>
    </message>
    <message>
        <source>An archived record has this code; restore it in the archive instead of importing it.</source>
        <translation>已有使用此编号的归档记录，请在档案中恢复，不要重复导入。</translation>
    </message>
    <message>
        <source>{count} people have this name and mobile; add the ID number.</source>
        <translation>有 {count} 人的姓名和手机相同，请补充身份证号。</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>无法写入 {path}。</translation>
    </message>
    <message>
        <source>{path} is open in another program. Close it and try again.</source>
        <translation>{path} 已在其他程序中打开，请关闭后重试。</translation>
    </message>
    <message>
        <source>An amount must be exact (not a floating-point number).</source>
        <translation>金额必须是精确数值（不能是浮点数）。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多保留两位小数（到分）。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>{value} is not a document number.</source>
        <translation>{value} 不是单据编号。</translation>
    </message>
    <message>
        <source>This database is behind numbers already issued by this desk (series {series}); it was probably restored from a backup. An administrator must confirm the next free number ({next_free}) in Settings.</source>
        <translation>数据库中的编号落后于本前台已开出的单据编号（序列 {series}），可能是从备份恢复的。请管理员在“设置”中确认下一个可用编号（{next_free}）。</translation>
    </message>
    <message>
        <source>A number series can only move forward (it is already at {current}).</source>
        <translation>编号只能往后调（当前已到 {current}）。</translation>
    </message>
    <message>
        <source>This desk is not set up.</source>
        <translation>本前台尚未设置。</translation>
    </message>
    <message>
        <source>Enter a mobile number or a landline such as 020-12345678.</source>
        <translation>请输入手机号码或固定电话，如 020-12345678。</translation>
    </message>
    <message>
        <source>A mainland mobile number has 11 digits and starts with 13–19.</source>
        <translation>大陆手机号为 11 位，以 13–19 开头。</translation>
    </message>
    <message>
        <source>This is not a code printed by this program.</source>
        <translation>这不是本程序打印的二维码。</translation>
    </message>
    <message>
        <source>The code for {number} was not printed by this installation: check the paper.</source>
        <translation>{number} 的二维码不是本系统打印的，请核对单据。</translation>
    </message>
    <message>
        <source>Unknown document kind {kind}.</source>
        <translation>未知的单据类型 {kind}。</translation>
    </message>
    <message>
        <source>This step is not possible while the work order is {status}.</source>
        <translation>工单当前为“{status}”状态，不能执行此操作。</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Write what was followed up.</source>
        <translation>请填写跟进情况。</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s evaluation.</source>
        <translation>请选择客户评价。</translation>
    </message>
    <message>
        <source>The value of {field} is not valid.</source>
        <translation>{field} 的值无效。</translation>
    </message>
    <message>
        <source>The completion time is before the arrival time.</source>
        <translation>完成时间早于到场时间。</translation>
    </message>
    <message>
        <source>Choose the unit, or describe where in the public area.</source>
        <translation>请选择房屋，或说明公共区域的具体位置。</translation>
    </message>
    <message>
        <source>No work order {number}.</source>
        <translation>没有编号为 {number} 的工单。</translation>
    </message>
    <message>
        <source>Choose a category inside the group.</source>
        <translation>请选择该大类下的具体类别。</translation>
    </message>
    <message>
        <source>Enter a positive number of minutes.</source>
        <translation>请输入大于零的分钟数。</translation>
    </message>
    <message>
        <source>An offset of more than 30 mm means the wrong paper size is set, not a calibration.</source>
        <translation>偏移超过 30 毫米说明纸张尺寸设置有误，而不是需要校准。</translation>
    </message>
    <message>
        <source>The printout could not be prepared.</source>
        <translation>无法生成打印内容。</translation>
    </message>
    <message>
        <source>The printer {printer} is not available: check that it is on, connected and has paper.</source>
        <translation>打印机 {printer} 不可用：请检查是否已开机、已连接、有纸。</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Choose one in Settings → Printers, or use Print….</source>
        <translation>本机尚未设置打印机。请在“设置 → 打印机”中选择，或使用“打印…”。</translation>
    </message>
    <message>
        <source>The printer font cannot draw these characters: {chars}. Write them another way.</source>
        <translation>打印字体无法显示以下字符：{chars}。请换一种写法。</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>此记录已不存在。</translation>
    </message>
    <message>
        <source>{person} is already linked to {unit} this way.</source>
        <translation>{person} 已以此关系关联到 {unit}。</translation>
    </message>
    <message>
        <source>This setting does not accept that value.</source>
        <translation>此设置不接受该值。</translation>
    </message>
    <message>
        <source>Enter a value between {minimum} and {maximum}.</source>
        <translation>请输入 {minimum} 到 {maximum} 之间的值。</translation>
    </message>
    <message>
        <source>Unknown setting {key}.</source>
        <translation>未知设置项 {key}。</translation>
    </message>
    <message>
        <source>Department names must be filled in and different.</source>
        <translation>部门名称必须填写，且不能重复。</translation>
    </message>
    <message>
        <source>The desk code has 1–4 capital letters or digits (no I or O), e.g. A1.</source>
        <translation>前台代码为 1–4 位大写字母或数字（不用 I 和 O），如 A1。</translation>
    </message>
    <message>
        <source>A database already exists at {path}.</source>
        <translation>{path} 处已有数据库。</translation>
    </message>
    <message>
        <source>The database {path} has not been set up.</source>
        <translation>数据库 {path} 尚未初始化。</translation>
    </message>
    <message>
        <source>This unit already exists.</source>
        <translation>该房屋已存在。</translation>
    </message>
    <message>
        <source>The floor must be between -10 and 200.</source>
        <translation>楼层必须在 -10 到 200 之间。</translation>
    </message>
    <message>
        <source>Write the unit as building-entrance-room, e.g. 3-2-1102.</source>
        <translation>房号应按“楼栋-单元-房间”填写，如 3-2-1102。</translation>
    </message>
    <message>
        <source>Use letters and digits only.</source>
        <translation>只能使用字母和数字。</translation>
    </message>
    <message>
        <source>Invalid record identifier.</source>
        <translation>记录标识无效。</translation>
    </message>
    <message>
        <source>Some fields need correcting (marked in red).</source>
        <translation>部分内容需要修改（已用红色标出）。</translation>
    </message>
    <message>
        <source>No such unit in the archive: type it as 3-2-1102, or a name or phone to pick a person.</source>
        <translation>档案中没有此房屋：请按 3-2-1102 的格式输入房号，或输入姓名、电话查找人员。</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>请从列表中选择类别。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan, e.g. 35 or 35.50.</source>
        <translation>请输入金额（元），如 35 或 35.50。</translation>
    </message>
    <message>
        <source>Say when to call again.</source>
        <translation>请填写再次回访的时间。</translation>
    </message>
    <message>
        <source>The time to call again must be later than now.</source>
        <translation>再次回访的时间必须晚于现在。</translation>
    </message>
    <message>
        <source>This complaint is already at the top of the escalation chain; it cannot go higher.</source>
        <translation>该投诉已升级到最高一级，不能再升级。</translation>
    </message>
    <message>
        <source>The escalation chain is written as name=role;name=role with at least two levels ({value}).</source>
        <translation>升级链的格式为 名称=角色;名称=角色，至少两级（{value}）。</translation>
    </message>
    <message>
        <source>No complaint with the number {number}.</source>
        <translation>没有编号为 {number} 的投诉。</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Record the solution (the official opinion) before replying to the complainant.</source>
        <translation>请先登记处理方案（正式意见），再回复投诉人。</translation>
    </message>
    <message>
        <source>Fill in the {field}.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <source>This step is not possible while the complaint is {status}.</source>
        <translation>投诉当前状态为 {status}，不能执行此操作。</translation>
    </message>
    <message>
        <source>This visitor has already left (checked out).</source>
        <translation>该来访人已离开（已登记离开）。</translation>
    </message>
    <message>
        <source>This visit cannot be linked to that record.</source>
        <translation>该来访记录不能关联到此记录。</translation>
    </message>
    <message>
        <source>No visit with the number {number}.</source>
        <translation>没有编号为 {number} 的来访记录。</translation>
    </message>
    <message>
        <source>Type the cash counted in yuan, e.g. 1250.50.</source>
        <translation>请输入清点的现金金额（元），例如 1250.50。</translation>
    </message>
    <message>
        <source>Fee amounts cannot be negative.</source>
        <translation>费用金额不能为负数。</translation>
    </message>
    <message>
        <source>{fee} is charged by floor area, but the unit&apos;s area is not in the archive.</source>
        <translation>{fee}按建筑面积收费，但档案中没有该房屋的面积。</translation>
    </message>
    <message>
        <source>Choose how the fee is charged.</source>
        <translation>请选择该费用的计费方式。</translation>
    </message>
    <message>
        <source>Another fee already uses the code {fee_code}.</source>
        <translation>费用编码 {fee_code} 已被其他费用使用。</translation>
    </message>
    <message>
        <source>The fee needs a name.</source>
        <translation>请填写费用名称。</translation>
    </message>
    <message>
        <source>The desk&apos;s money up to {until} is closed (日结) and cannot change.</source>
        <translation>前台截至 {until} 的款项已日结，不能再更改。</translation>
    </message>
    <message>
        <source>This receipt is already void.</source>
        <translation>该收据已作废。</translation>
    </message>
    <message>
        <source>Each line needs an amount above zero.</source>
        <translation>每一行的金额都必须大于零。</translation>
    </message>
    <message>
        <source>The amount in the code of receipt {number} does not match the receipt on file: the paper may have been altered.</source>
        <translation>收据 {number} 二维码中的金额与系统中的收据不一致：纸质收据可能已被涂改。</translation>
    </message>
    <message>
        <source>{fee} is charged at the fee table&apos;s amount; only a supervisor may change it.</source>
        <translation>{fee}按收费标准金额收取，只有主管可以修改。</translation>
    </message>
    <message>
        <source>The amount is too large for a desk receipt.</source>
        <translation>金额过大，无法开具前台收据。</translation>
    </message>
    <message>
        <source>The fee {fee} is not in the fee table.</source>
        <translation>收费标准中没有费用“{fee}”。</translation>
    </message>
    <message>
        <source>A refund was paid against receipt {number}; it can no longer be voided.</source>
        <translation>收据 {number} 已办理退款，不能再作废。</translation>
    </message>
    <message>
        <source>Each line needs a name.</source>
        <translation>每一行都需要填写名称。</translation>
    </message>
    <message>
        <source>A line&apos;s name can be at most {max} characters.</source>
        <translation>每行名称最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Choose how the customer paid.</source>
        <translation>请选择客户的付款方式。</translation>
    </message>
    <message>
        <source>Add at least one fee to the receipt.</source>
        <translation>请至少向收据添加一项费用。</translation>
    </message>
    <message>
        <source>This code is not a receipt&apos;s.</source>
        <translation>该二维码不是收据二维码。</translation>
    </message>
    <message>
        <source>No receipt numbered {number}.</source>
        <translation>没有编号为 {number} 的收据。</translation>
    </message>
    <message>
        <source>Type the POS or bank-transfer reference number.</source>
        <translation>请输入POS刷卡或银行转账的流水号。</translation>
    </message>
    <message>
        <source>A receipt holds at most {max} lines.</source>
        <translation>一张收据最多 {max} 行。</translation>
    </message>
    <message>
        <source>{fee} depends on the unit: choose the unit first.</source>
        <translation>{fee}与房屋相关：请先选择房屋。</translation>
    </message>
    <message>
        <source>Give the reason for voiding.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <source>The pass&apos;s end date is before its start date.</source>
        <translation>出入证的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A pass cannot be valid beyond the end of its renovation filing ({end}).</source>
        <translation>出入证的有效期不能超过装修备案的截止日期（{end}）。</translation>
    </message>
    <message>
        <source>Passes are issued only under an approved renovation filing; {number} is not approved.</source>
        <translation>只有已审批的装修备案才能办理出入证；{number} 尚未审批。</translation>
    </message>
    <message>
        <source>Choose at least one worker to issue a pass to.</source>
        <translation>请至少选择一名需办理出入证的施工人员。</translation>
    </message>
    <message>
        <source>Already holding a pass of this filing: {names}. Take the old pass back first.</source>
        <translation>以下人员已持有本备案的出入证：{names}。请先收回旧证。</translation>
    </message>
    <message>
        <source>A visitor or outside-staff pass is valid for at most {days} days.</source>
        <translation>访客或外单位人员出入证的有效期最长 {days} 天。</translation>
    </message>
    <message>
        <source>The photo cannot be read. Choose a JPEG or PNG picture.</source>
        <translation>无法读取照片。请选择 JPEG 或 PNG 格式的图片。</translation>
    </message>
    <message>
        <source>There is no pass in use to print.</source>
        <translation>没有可打印的使用中出入证。</translation>
    </message>
    <message>
        <source>Pass {number} is no longer in use: it was already returned, reported lost or voided.</source>
        <translation>出入证 {number} 已不在使用中：已交回、已挂失或已作废。</translation>
    </message>
    <message>
        <source>Each deduction needs a reason and an amount above zero.</source>
        <translation>每项扣款都需要填写原因，且金额大于零。</translation>
    </message>
    <message>
        <source>Describe the deduction marked “Other”.</source>
        <translation>请说明标为“其他”的扣款内容。</translation>
    </message>
    <message>
        <source>The deductions ({deductions}) exceed what is left of the deposit ({available}).</source>
        <translation>扣款（{deductions}）超过保证金余额（{available}）。</translation>
    </message>
    <message>
        <source>Nothing is left of this deposit: it was refunded or kept as deductions in full.</source>
        <translation>该保证金已无余额：已全部退款或已全部扣款。</translation>
    </message>
    <message>
        <source>Type the amount to refund (or keep a deduction); it cannot be negative.</source>
        <translation>请输入退款金额（或保留为扣款）；金额不能为负数。</translation>
    </message>
    <message>
        <source>At most {most} can be refunded after the deductions; {amount} is too much.</source>
        <translation>扣款后最多可退 {most}；{amount} 超出了可退金额。</translation>
    </message>
    <message>
        <source>This refund is already void.</source>
        <translation>该退款已作废。</translation>
    </message>
    <message>
        <source>The deposit cannot be refunded yet: {count} conditions are not met (listed in the window).</source>
        <translation>保证金暂不能退还：有 {count} 项条件未满足（见窗口中的列表）。</translation>
    </message>
    <message>
        <source>Receipt {number} does not belong to a renovation filing; its deposit is not refunded here.</source>
        <translation>收据 {number} 不属于装修备案，其保证金不在此处退还。</translation>
    </message>
    <message>
        <source>Receipt {number} holds no deposit: only a deposit (装修保证金) is refunded.</source>
        <translation>收据 {number} 不含保证金：此处仅退还装修保证金。</translation>
    </message>
    <message>
        <source>That code is not a receipt&apos;s: scan the QR code of the deposit receipt.</source>
        <translation>该二维码不是收据二维码：请扫描保证金收据上的二维码。</translation>
    </message>
    <message>
        <source>The amount in the QR code does not match receipt {number} in the books: check the paper.</source>
        <translation>二维码中的金额与账上收据 {number} 不一致：请核对纸质收据。</translation>
    </message>
    <message>
        <source>There is no receipt numbered {number}.</source>
        <translation>没有编号为 {number} 的收据。</translation>
    </message>
    <message>
        <source>Scan the deposit receipt&apos;s QR code or type its number.</source>
        <translation>请扫描保证金收据的二维码或输入收据编号。</translation>
    </message>
    <message>
        <source>Give the reason for voiding the refund.</source>
        <translation>请填写作废该退款的原因。</translation>
    </message>
    <message>
        <source>The filing was never approved.</source>
        <translation>该备案从未通过审批。</translation>
    </message>
    <message>
        <source>The deposit has already been refunded.</source>
        <translation>保证金已经退还。</translation>
    </message>
    <message>
        <source>There is no completion inspection (装修核查) yet.</source>
        <translation>尚未进行完工核查。</translation>
    </message>
    <message>
        <source>The completion inspection did not pass; the works must be corrected and inspected again.</source>
        <translation>完工核查未通过；需整改后重新核查。</translation>
    </message>
    <message>
        <source>The owner&apos;s move-in date is not in the archive; the deposit is refunded {months} months after moving in.</source>
        <translation>档案中没有业主的入住日期；保证金须在入住 {months} 个月后退还。</translation>
    </message>
    <message>
        <source>The deposit is refunded {months} months after moving in: from {date}.</source>
        <translation>保证金在入住 {months} 个月后退还：自 {date} 起。</translation>
    </message>
    <message>
        <source>The owner downstairs has not signed that there is no leak.</source>
        <translation>楼下业主尚未签字确认无渗漏。</translation>
    </message>
    <message>
        <source>Temporary passes neither returned nor reported lost: {count}.</source>
        <translation>既未交回也未挂失的临时出入证：{count} 张。</translation>
    </message>
    <message>
        <source>The original renovation permit (装修备案登记证) has not been presented.</source>
        <translation>尚未出示装修备案登记证原件。</translation>
    </message>
    <message>
        <source>The deposit receipt has not been presented: scan its QR code, or tick that the paper was shown.</source>
        <translation>尚未出示保证金收据：请扫描其二维码，或勾选已出示纸质收据。</translation>
    </message>
    <message>
        <source>The deposit receipt was voided.</source>
        <translation>保证金收据已作废。</translation>
    </message>
    <message>
        <source>The gate has already confirmed this slip; its goods have left.</source>
        <translation>门岗已确认该放行单，物品已放行出门。</translation>
    </message>
    <message>
        <source>The gate&apos;s time must be after the slip was issued and not in the future.</source>
        <translation>门岗确认时间必须晚于放行单开具时间，且不能晚于当前时间。</translation>
    </message>
    <message>
        <source>A slip is for today or a day in the next {days} days.</source>
        <translation>放行单日期须为今天或此后 {days} 天内的某一天。</translation>
    </message>
    <message>
        <source>This slip is void; issue a new one.</source>
        <translation>该放行单已作废，请重新开具。</translation>
    </message>
    <message>
        <source>There is no release slip {number}.</source>
        <translation>没有编号为 {number} 的放行单。</translation>
    </message>
    <message>
        <source>The gate has confirmed this slip and the goods are out; it can no longer be voided.</source>
        <translation>门岗已确认该放行单且物品已出门，不能再作废。</translation>
    </message>
    <message>
        <source>Each item needs a name.</source>
        <translation>每件物品都需要填写名称。</translation>
    </message>
    <message>
        <source>List at least one item.</source>
        <translation>请至少列出一件物品。</translation>
    </message>
    <message>
        <source>Only the owner or a person the owner authorised (recorded in the archive) may take goods out.</source>
        <translation>只有业主本人或业主授权人（已在档案中登记）可以办理物品放行。</translation>
    </message>
    <message>
        <source>Quantities are whole numbers from 1 to 9999.</source>
        <translation>数量须为 1 至 9999 之间的整数。</translation>
    </message>
    <message>
        <source>A slip holds at most {max} items.</source>
        <translation>一张放行单最多 {max} 件物品。</translation>
    </message>
    <message>
        <source>Read the warnings for this unit and confirm before issuing the slip.</source>
        <translation>请阅读该房屋的提示信息并确认后再开具放行单。</translation>
    </message>
    <message>
        <source>The planned end is before the planned start.</source>
        <translation>计划完工日期早于计划开工日期。</translation>
    </message>
    <message>
        <source>A renovation filing covers at most {months} months: the end can be {limit} at the latest. Longer works need a new filing.</source>
        <translation>一次装修备案最长 {months} 个月：截止日期最晚为 {limit}。工期更长的须重新备案。</translation>
    </message>
    <message>
        <source>The new end must be after the current end ({end}).</source>
        <translation>新的截止日期必须晚于当前截止日期（{end}）。</translation>
    </message>
    <message>
        <source>An extension stays within {months} months of the original start, so {limit} at the latest. A longer period needs a new filing.</source>
        <translation>延期后的截止日期不能超过原开工日期起 {months} 个月，即最晚为 {limit}。需要更长工期的须重新备案。</translation>
    </message>
    <message>
        <source>Only a filing still being registered can be approved.</source>
        <translation>只有登记中的备案才能审批。</translation>
    </message>
    <message>
        <source>The filing cannot be approved while documents are missing: {documents}.</source>
        <translation>资料不齐，不能审批该备案：缺少{documents}。</translation>
    </message>
    <message>
        <source>This is not a valid unified social credit code (18 characters, as on the business licence).</source>
        <translation>统一社会信用代码无效（应为 18 位，与营业执照一致）。</translation>
    </message>
    <message>
        <source>This person is not an owner of the unit in the archive.</source>
        <translation>档案中此人不是该房屋的业主。</translation>
    </message>
    <message>
        <source>This person is not recorded as authorised by the owner for this unit. Add the authorisation to the unit in the archive first.</source>
        <translation>档案中没有此人获业主授权办理该房屋事务的记录。请先在档案中为该房屋添加授权。</translation>
    </message>
    <message>
        <source>Only a filing still being registered can be edited.</source>
        <translation>只有登记中的备案才能编辑。</translation>
    </message>
    <message>
        <source>Only a filing still being registered can be cancelled.</source>
        <translation>只有登记中的备案才能取消。</translation>
    </message>
    <message>
        <source>This can only be done for an approved filing.</source>
        <translation>此操作仅适用于已审批的备案。</translation>
    </message>
    <message>
        <source>This filing is closed and can no longer be changed.</source>
        <translation>该备案已关闭，不能再更改。</translation>
    </message>
    <message>
        <source>The filing is approved: a received document can no longer be unticked.</source>
        <translation>该备案已审批：已收资料不能再取消勾选。</translation>
    </message>
    <message>
        <source>A completion inspection is either passed or failed.</source>
        <translation>完工核查结果只能是通过或不通过。</translation>
    </message>
    <message>
        <source>At most {max} photos per inspection.</source>
        <translation>每次核查最多 {max} 张照片。</translation>
    </message>
    <message>
        <source>The signature cannot be dated in the future.</source>
        <translation>签字日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is too large: at most {max_mb} MB. Scan at a lower resolution or take a smaller photo.</source>
        <translation>文件过大：最大 {max_mb} MB。请降低扫描分辨率或拍摄较小的照片。</translation>
    </message>
    <message>
        <source>Only JPEG or PNG pictures and PDF files can be attached.</source>
        <translation>只能添加 JPEG、PNG 图片或 PDF 文件。</translation>
    </message>
    <message>
        <source>No document with the number {number} was issued here.</source>
        <translation>本处没有开出编号为 {number} 的单据。</translation>
    </message>
</context>
<context>
    <name>ExtensionForm</name>
    <message>
        <source>Extend filing {number}</source>
        <translation>备案 {number} 延期</translation>
    </message>
    <message>
        <source>Started {start}, now ending {end}. An extension may reach {limit} at the latest; a longer period needs a new filing. Every pass still out is extended too.</source>
        <translation>开工日期 {start}，现结束日期 {end}。延期最迟可至 {limit}；工期更长需重新备案。所有未交回的出入证将一并延期。</translation>
    </message>
    <message>
        <source>&amp;New end:</source>
        <translation>新结束日期(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>批准人(&amp;A)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <source>Edit fee</source>
        <translation>编辑费用</translation>
    </message>
    <message>
        <source>Add a fee</source>
        <translation>添加费用</translation>
    </message>
    <message>
        <source>as the amount</source>
        <translation>按固定金额</translation>
    </message>
    <message>
        <source>Charged when a renovation filing is opened</source>
        <translation>开立装修备案时收取</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Charged:</source>
        <translation>计费方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金额（¥）(&amp;A)：</translation>
    </message>
    <message>
        <source>By &amp;type (¥):</source>
        <translation>按类型（¥）(&amp;T)：</translation>
    </message>
    <message>
        <source>Renovation:</source>
        <translation>装修：</translation>
    </message>
    <message>
        <source>Refund &amp;condition:</source>
        <translation>退款条件(&amp;C)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Per m² (¥):</source>
        <translation>每平方米（¥）：</translation>
    </message>
    <message>
        <source>Per pass (¥):</source>
        <translation>每张出入证（¥）：</translation>
    </message>
    <message>
        <source>Other types (¥):</source>
        <translation>其他类型（¥）：</translation>
    </message>
</context>
<context>
    <name>FeeTablePage</name>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <source>Refund condition</source>
        <translation>退款条件</translation>
    </message>
    <message>
        <source>&amp;Add fee…</source>
        <translation>添加费用(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Fee table</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>What the desk charges. Renovation fees are computed for the unit when a filing is opened.</source>
        <translation>前台收取的费用。开立装修备案时，按房屋计算装修相关费用。</translation>
    </message>
    <message>
        <source>What the desk charges (read-only: a manager edits the fee table).</source>
        <translation>前台收取的费用（只读：收费标准由经理维护）。</translation>
    </message>
    <message>
        <source>other {amount}</source>
        <translation>其他 {amount}</translation>
    </message>
    <message>
        <source>/m²</source>
        <translation>/平方米</translation>
    </message>
    <message>
        <source>/pass</source>
        <translation>/张</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archive fee</source>
        <translation>归档费用</translation>
    </message>
    <message>
        <source>Archive {name}? It is no longer offered; old receipts keep it.</source>
        <translation>归档“{name}”？归档后不再提供该费用，原有收据不受影响。</translation>
    </message>
</context>
<context>
    <name>FilingDetailView</name>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>审批(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Notify owner…</source>
        <translation>通知业主(&amp;N)…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>延期(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Inspect…</source>
        <translation>核查(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Downstairs signed…</source>
        <translation>楼下业主签字(&amp;D)…</translation>
    </message>
    <message>
        <source>Take &amp;fees…</source>
        <translation>收费(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refund deposit…</source>
        <translation>退还保证金(&amp;R)…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel filing…</source>
        <translation>取消备案(&amp;N)…</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>房屋：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>业主：</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>工期：</translation>
    </message>
    <message>
        <source>Contractor:</source>
        <translation>装修单位：</translation>
    </message>
    <message>
        <source>Licence / qualification:</source>
        <translation>营业执照/资质：</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Waterproof layer:</source>
        <translation>防水层：</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>审批：</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>装修负责人：</translation>
    </message>
    <message>
        <source>Owner notified:</source>
        <translation>通知业主：</translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation>完工：</translation>
    </message>
    <message>
        <source>Downstairs signed:</source>
        <translation>楼下业主签字：</translation>
    </message>
    <message>
        <source>Receipts:</source>
        <translation>收据：</translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation>打印：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>装修范围：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>施工人员</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>出入证</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Choose a filing in the list, or open a new one (Ctrl+N).</source>
        <translation>请在列表中选择一项备案，或新建备案（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Passes are not available yet.</source>
        <translation>出入证功能暂未开放。</translation>
    </message>
    <message>
        <source>Extended to {end}</source>
        <translation>已延期至 {end}</translation>
    </message>
    <message>
        <source>Missing before approval: {documents}</source>
        <translation>审批前尚缺：{documents}</translation>
    </message>
    <message>
        <source>the owner in person</source>
        <translation>业主本人</translation>
    </message>
    <message>
        <source>{name} (authorised: {note})</source>
        <translation>{name}（授权：{note}）</translation>
    </message>
    <message>
        <source>first end {end}</source>
        <translation>原定结束 {end}</translation>
    </message>
    <message>
        <source>touched</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>not touched</source>
        <translation>不涉及</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>This is not available yet.</source>
        <translation>此功能暂未开放。</translation>
    </message>
</context>
<context>
    <name>FilingForm</name>
    <message>
        <source>Edit filing {number}</source>
        <translation>编辑备案 {number}</translation>
    </message>
    <message>
        <source>New renovation filing</source>
        <translation>新建装修备案</translation>
    </message>
    <message>
        <source>Unit code, owner name or phone, then Enter</source>
        <translation>房号、业主姓名或电话，按回车</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>房屋(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>业主(&amp;O)：</translation>
    </message>
    <message>
        <source>Appl&amp;icant:</source>
        <translation>申请人(&amp;I)：</translation>
    </message>
    <message>
        <source>Letter of authorisation: date, scope</source>
        <translation>授权委托书：日期、范围</translation>
    </message>
    <message>
        <source>Au&amp;thorisation:</source>
        <translation>授权(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Contractor:</source>
        <translation>装修单位(&amp;C)：</translation>
    </message>
    <message>
        <source>18 characters, optional</source>
        <translation>18 位，选填</translation>
    </message>
    <message>
        <source>&amp;Licence no.:</source>
        <translation>营业执照号(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Qualification no.:</source>
        <translation>资质证书号(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>负责人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;hoto from a file…</source>
        <translation>从文件选择照片(&amp;H)…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>I&amp;D number:</source>
        <translation>身份证号(&amp;D)：</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>Works and rooms concerned</source>
        <translation>施工项目及涉及房间</translation>
    </message>
    <message>
        <source>&amp;Scope of works:</source>
        <translation>施工范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开工日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>完工日期(&amp;E)：</translation>
    </message>
    <message>
        <source>The original &amp;waterproof layer is touched (owner&apos;s commitment needed)</source>
        <translation>涉及原防水层(&amp;W)（需业主承诺书）</translation>
    </message>
    <message>
        <source>The owner in person</source>
        <translation>业主本人</translation>
    </message>
    <message>
        <source>The archive has no owner for this unit.</source>
        <translation>档案中该房屋没有业主。</translation>
    </message>
    <message>
        <source>at most {months} months: until {limit}</source>
        <translation>最长 {months} 个月：至 {limit}</translation>
    </message>
    <message>
        <source>The responsible person&apos;s photo</source>
        <translation>负责人照片</translation>
    </message>
    <message>
        <source>Photo on file</source>
        <translation>已存照片</translation>
    </message>
    <message>
        <source>Choose the unit (type its code and press Enter).</source>
        <translation>请选择房屋（输入房号后按回车）。</translation>
    </message>
</context>
<context>
    <name>FilingListView</name>
    <message>
        <source>Open filings</source>
        <translation>未结备案</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Number, unit, owner or contractor</source>
        <translation>编号、房号、业主或装修单位</translation>
    </message>
    <message>
        <source>Ending within {days} days</source>
        <translation>{days} 天内到期</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>搜索(&amp;E)：</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>装修单位</translation>
    </message>
    <message>
        <source>(extended)</source>
        <translation>（已延期）</translation>
    </message>
</context>
<context>
    <name>FilingPrinter</name>
    <message>
        <source>Agreement (3 copies)…</source>
        <translation>装修管理服务协议书（一式三份）…</translation>
    </message>
    <message>
        <source>Permit: original for the owner…</source>
        <translation>装修备案登记证：业主正本…</translation>
    </message>
    <message>
        <source>Permit: copy for passes (办理出入证专用)…</source>
        <translation>装修备案登记证：办理出入证专用…</translation>
    </message>
    <message>
        <source>Permit: door copy…</source>
        <translation>装修备案登记证：门口张贴联…</translation>
    </message>
    <message>
        <source>Permits on A5 paper</source>
        <translation>登记证使用 A5 纸打印</translation>
    </message>
    <message>
        <source>Archive cover sheet…</source>
        <translation>档案封面…</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>装修管理服务协议书</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>装修备案登记证</translation>
    </message>
    <message>
        <source>Archive cover sheet</source>
        <translation>档案封面</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>已发送至 {printer}。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Number, reporter or words of the description</source>
        <translation>编号、报事人或报事内容关键词</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完结</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All urgencies</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看超时</translation>
    </message>
    <message>
        <source>Unit, e.g. 3-2-1102</source>
        <translation>房号，如 3-2-1102</translation>
    </message>
    <message>
        <source>Any clerk</source>
        <translation>全部登记人</translation>
    </message>
    <message>
        <source>Registered by me</source>
        <translation>我登记的</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>房号：</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up on {number}</source>
        <translation>跟进 {number}</translation>
    </message>
    <message>
        <source>Who you spoke to and what they said</source>
        <translation>联系了谁，对方怎么说</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>跟进情况(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>The two passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Work order</source>
        <translation>报事报修单</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Renovation filing</source>
        <translation>装修备案</translation>
    </message>
    <message>
        <source>Temporary pass</source>
        <translation>临时出入证</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款凭证</translation>
    </message>
    <message>
        <source>Goods-release slip</source>
        <translation>物品放行单</translation>
    </message>
    <message>
        <source>Day-close</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Still on site</source>
        <translation>尚未离开</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Search: unit 3-2-1102, name, pinyin zs, phone or its last 4 digits (Ctrl+F)</source>
        <translation>搜索：房号 3-2-1102、姓名、拼音首字母 zs、电话或尾号 4 位（Ctrl+F）</translation>
    </message>
    <message>
        <source>No unit or person found</source>
        <translation>未找到房屋或人员</translation>
    </message>
    <message>
        <source>Owner: {names}</source>
        <translation>业主：{names}</translation>
    </message>
    <message>
        <source>no owner on file</source>
        <translation>未登记业主</translation>
    </message>
</context>
<context>
    <name>GroupCardView</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name}（已归档）</translation>
    </message>
    <message>
        <source>Entrances: {entrances}, units: {units}</source>
        <translation>单元 {entrances} 个，房屋 {units} 户</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Units: {units}</source>
        <translation>房屋 {units} 户</translation>
    </message>
</context>
<context>
    <name>GuardConfirmDialog</name>
    <message>
        <source>Gate confirmed {number}</source>
        <translation>门岗确认 {number}</translation>
    </message>
    <message>
        <source>The guard&apos;s name as signed on the gate&apos;s copy</source>
        <translation>门岗联上签字的门岗人员姓名</translation>
    </message>
    <message>
        <source>&amp;Guard:</source>
        <translation>门岗(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Released at:</source>
        <translation>放行时间(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>{old} → {new}</source>
        <translation>由 {old} 改为 {new}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <source>History: {title}</source>
        <translation>历史记录：{title}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>暂无变更记录。</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>This file cannot be shown.</source>
        <translation>无法显示此文件。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the archive from Excel</source>
        <translation>从 Excel 导入档案</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose an Excel workbook (Ctrl+O)</source>
        <translation>选择 Excel 工作簿（Ctrl+O）</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <source>An empty workbook with the right columns and a help sheet</source>
        <translation>带有正确列名和说明页的空白工作簿</translation>
    </message>
    <message>
        <source>Only rows with errors</source>
        <translation>只看有错误的行</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a workbook</source>
        <translation>选择工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>archive import template.xlsx</source>
        <translation>档案导入模板.xlsx</translation>
    </message>
    <message>
        <source>Template saved to {path}.</source>
        <translation>模板已保存到 {path}。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>文件中没有可导入的行。</translation>
    </message>
    <message>
        <source>{total} rows: {ok} OK, {bad} with errors — fix them in Excel and load again; nothing has been written.</source>
        <translation>共 {total} 行：{ok} 行正确，{bad} 行有错误。请在 Excel 中改正后重新载入；尚未写入任何数据。</translation>
    </message>
    <message>
        <source>{total} rows, all OK: {new} new, {updated} updated, {unchanged} unchanged. Nothing has been written yet — press Import.</source>
        <translation>共 {total} 行，全部正确：新增 {new}，更新 {updated}，无变化 {unchanged}。尚未写入任何数据，请点击“导入”。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported. Buildings: {b_new} new, {b_upd} updated. Entrances: {e_new} new. Units: {u_new} new, {u_upd} updated. People: {p_new} new, {p_upd} updated. Links to units: {links}. Unchanged rows: {skipped}.</source>
        <translation>导入完成。楼栋：新增 {b_new}，更新 {b_upd}。单元：新增 {e_new}。房屋：新增 {u_new}，更新 {u_upd}。人员：新增 {p_new}，更新 {p_upd}。房屋关联：{links}。无变化的行：{skipped}。</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Inspection of {number}</source>
        <translation>备案 {number} 核查</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>核查情况(&amp;F)：</translation>
    </message>
    <message>
        <source>A &amp;violation was found</source>
        <translation>发现违规(&amp;V)</translation>
    </message>
    <message>
        <source>Vio&amp;lation:</source>
        <translation>违规内容(&amp;L)：</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>Inspection photos</source>
        <translation>核查照片</translation>
    </message>
    <message>
        <source>Describe the violation.</source>
        <translation>请描述违规情况。</translation>
    </message>
</context>
<context>
    <name>InspectionsWidget</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>核查情况</translation>
    </message>
</context>
<context>
    <name>IssuePassesDialog</name>
    <message>
        <source>Issue passes — {number}</source>
        <translation>办理出入证 — {number}</translation>
    </message>
    <message>
        <source>Unit {unit}; the filing runs until {end}.</source>
        <translation>房屋 {unit}；备案有效期至 {end}。</translation>
    </message>
    <message>
        <source>{worker} — holds {number}</source>
        <translation>{worker} — 持有 {number}</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>施工人员(&amp;W)：</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>有效期自(&amp;F)：</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>有效期至(&amp;U)：</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>发证</translation>
    </message>
</context>
<context>
    <name>JudgeDialog</name>
    <message>
        <source>Judge {number}</source>
        <translation>有效性判定：{number}</translation>
    </message>
    <message>
        <source>Valid complaint</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Invalid complaint</source>
        <translation>无效投诉</translation>
    </message>
    <message>
        <source>Why (the rules it was judged by)</source>
        <translation>判定理由（依据的规定）</translation>
    </message>
    <message>
        <source>&amp;Judgement:</source>
        <translation>判定(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Residence</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商铺</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>写字间</translation>
    </message>
    <message>
        <source>Parking space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Storage room</source>
        <translation>储藏室</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unsold</source>
        <translation>未售</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>Renovating</source>
        <translation>装修中</translation>
    </message>
    <message>
        <source>Rented out</source>
        <translation>已出租</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Authorised person</source>
        <translation>授权人</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Link ended</source>
        <translation>解除关联</translation>
    </message>
    <message>
        <source>ID number shown</source>
        <translation>查看身份证号</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Locked after wrong passwords</source>
        <translation>密码错误锁定</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Building number</source>
        <translation>楼栋编号</translation>
    </message>
    <message>
        <source>Entrance number</source>
        <translation>单元编号</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Fees owed</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Moving out</source>
        <translation>待搬离</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Second mobile</source>
        <translation>备用手机</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>具体关系</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>设置值</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Second copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Second folder problem</source>
        <translation>副本位置问题</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>下一编号</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <source>Entrances</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>房屋数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Links to units</source>
        <translation>房屋关联数</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>{relation} ({detail})</source>
        <translation>{relation}（{detail}）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <source>Renovation officer</source>
        <translation>装修负责人</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>工程维修</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>保洁</translation>
    </message>
    <message>
        <source>Greening</source>
        <translation>绿化</translation>
    </message>
    <message>
        <source>Security and order</source>
        <translation>秩序维护</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Number series</source>
        <translation>单据编号</translation>
    </message>
    <message>
        <source>Archive import</source>
        <translation>档案导入</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Keep daily backups (days)</source>
        <translation>每日备份保留天数</translation>
    </message>
    <message>
        <source>Keep monthly backups (months)</source>
        <translation>每月备份保留月数</translation>
    </message>
    <message>
        <source>Folder for the second backup copy</source>
        <translation>备份副本文件夹</translation>
    </message>
    <message>
        <source>Keep visitors&apos; ID numbers (days)</source>
        <translation>访客身份证号保留天数</translation>
    </message>
    <message>
        <source>Repeat-repair window (days)</source>
        <translation>返修判定期（天）</translation>
    </message>
    <message>
        <source>Return visit due within (working days)</source>
        <translation>回访时限（工作日）</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>At start-up</source>
        <translation>启动时</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Staff / inspection</source>
        <translation>物业人员/巡检</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Slip returned</source>
        <translation>已回单</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>On-site visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Arrived on site</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Sent back for rework</source>
        <translation>退回返工</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Linked to an incident</source>
        <translation>关联同一事件</translation>
    </message>
    <message>
        <source>Closed (customer unreachable)</source>
        <translation>关闭（联系不上客户）</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Work-order category</source>
        <translation>报事类别</translation>
    </message>
    <message>
        <source>Printer profile</source>
        <translation>打印机设置</translation>
    </message>
    <message>
        <source>Work-order slip</source>
        <translation>报事报修单</translation>
    </message>
    <message>
        <source>Plain paper</source>
        <translation>普通纸</translation>
    </message>
    <message>
        <source>Pre-printed carbonless form</source>
        <translation>无碳复写纸（预印联单）</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Renovation filing</source>
        <translation>装修办理</translation>
    </message>
    <message>
        <source>Goods release</source>
        <translation>物品放行</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Visiting someone</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Property service</source>
        <translation>物业服务</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动组织</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Return visit done</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Cause investigated</source>
        <translation>调查原因</translation>
    </message>
    <message>
        <source>Responsible person assigned</source>
        <translation>落实责任人</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Replied to the complainant</source>
        <translation>回复投诉人</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Summary and evaluation</source>
        <translation>总结评价</translation>
    </message>
    <message>
        <source>Judged valid / invalid</source>
        <translation>有效性判定</translation>
    </message>
    <message>
        <source>Not acknowledged in time</source>
        <translation>超时未受理，自动升级</translation>
    </message>
    <message>
        <source>Not answered in time</source>
        <translation>超时未答复，自动升级</translation>
    </message>
    <message>
        <source>Return visit: dissatisfied</source>
        <translation>回访不满意</translation>
    </message>
    <message>
        <source>Escalated by hand</source>
        <translation>手动升级</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Promised reply time</source>
        <translation>承诺答复时间</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>This choice is kept on this computer only.</source>
        <translation>此设置只对本机有效。</translation>
    </message>
    <message>
        <source>The new language applies the next time the program starts.</source>
        <translation>新的语言在下次启动程序时生效。</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
</context>
<context>
    <name>LinkIncidentDialog</name>
    <message>
        <source>Link {number} to an incident</source>
        <translation>将 {number} 关联到同一事件</translation>
    </message>
    <message>
        <source>Number of the first report, e.g. BX-A1-2026-000123</source>
        <translation>首次报事的单号，如 BX-A1-2026-000123</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>首报单号(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Log</source>
        <translation>运行日志</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>(nothing logged yet)</source>
        <translation>（暂无日志）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>LostPassDialog</name>
    <message>
        <source>Report pass {number} lost</source>
        <translation>挂失出入证 {number}</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation>挂失</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>运行日志</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Property service desk {version}
Database: {path}</source>
        <translation>物业服务前台 {version}
数据库：{path}</translation>
    </message>
    <message>
        <source>Desk: {name} ({code})</source>
        <translation>前台：{name}（{code}）</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>Last backup: none yet</source>
        <translation>最近备份：暂无</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>用户：{name}（{role}）</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>最近备份：{when}</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>POS card</source>
        <translation>POS刷卡</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Reprinted (补打)</source>
        <translation>已补打</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Deposit (refundable)</source>
        <translation>保证金（可退）</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <source>Per m² of floor area</source>
        <translation>按建筑面积每平方米</translation>
    </message>
    <message>
        <source>By unit type</source>
        <translation>按房屋类型</translation>
    </message>
    <message>
        <source>Per pass</source>
        <translation>按张</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <source>New receipt</source>
        <translation>新建收据</translation>
    </message>
    <message>
        <source>Take a payment and issue a receipt (Ctrl+N)</source>
        <translation>收款并开具收据（Ctrl+N）</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Preview, then print from there (Ctrl+Shift+P)</source>
        <translation>预览后再打印（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Void the chosen receipt, with a reason (Ctrl+Shift+V)</source>
        <translation>作废所选收据，需填写原因（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>Refund deposit…</source>
        <translation>退保证金…</translation>
    </message>
    <message>
        <source>Refund the deposit of the chosen receipt (Ctrl+Shift+R)</source>
        <translation>退还所选收据的保证金（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>&amp;Receipts</source>
        <translation>收据(&amp;R)</translation>
    </message>
    <message>
        <source>Refu&amp;nds</source>
        <translation>退款(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Day-close</source>
        <translation>日结(&amp;D)</translation>
    </message>
    <message>
        <source>Fee &amp;table</source>
        <translation>收费标准(&amp;T)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Print again, marked 补打 (Ctrl+P)</source>
        <translation>再次打印，并标注“补打”（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print the receipt (Ctrl+P)</source>
        <translation>打印收据（Ctrl+P）</translation>
    </message>
    <message>
        <source>{number} issued: {payer}.</source>
        <translation>{number} 已开具：{payer}。</translation>
    </message>
    <message>
        <source>{number} is void.</source>
        <translation>{number} 已作废。</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <source>Owner notified of {number}</source>
        <translation>已通知业主：{number}</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Who took the call, what was said</source>
        <translation>接听人及通知内容</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>&amp;Add department…</source>
        <translation>添加部门(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Add &amp;staff member…</source>
        <translation>添加员工(&amp;S)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Show archived staff</source>
        <translation>显示已归档员工</translation>
    </message>
    <message>
        <source>Staff of {department}</source>
        <translation>{department}员工</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Archive department</source>
        <translation>归档部门</translation>
    </message>
    <message>
        <source>Archive the department {name}? It is no longer offered for new work; its history is kept and it can be restored later.</source>
        <translation>是否归档部门“{name}”？归档后不再接收新的派单；历史记录保留，以后可以恢复。</translation>
    </message>
    <message>
        <source>Archive staff member</source>
        <translation>归档员工</translation>
    </message>
    <message>
        <source>Archive {name}? They are no longer offered for new work; their history is kept and they can be restored later.</source>
        <translation>是否归档员工 {name}？归档后不再接收新的派单；历史记录保留，以后可以恢复。</translation>
    </message>
</context>
<context>
    <name>PassActions</name>
    <message>
        <source>Pass {number} returned.</source>
        <translation>出入证 {number} 已交回。</translation>
    </message>
    <message>
        <source>The site charges {fee} for a lost pass; take it on the money screen.</source>
        <translation>本项目出入证遗失收费 {fee}，请在收费界面收取。</translation>
    </message>
    <message>
        <source>The site charges no fee for a lost pass.</source>
        <translation>本项目出入证遗失不收费。</translation>
    </message>
    <message>
        <source>Pass {number} reported lost.</source>
        <translation>出入证 {number} 已挂失。</translation>
    </message>
    <message>
        <source>Pass {number} voided.</source>
        <translation>出入证 {number} 已作废。</translation>
    </message>
    <message>
        <source>Temporary passes ({count})</source>
        <translation>临时出入证（{count}）</translation>
    </message>
    <message>
        <source>{count} passes sent to {printer}.</source>
        <translation>已将 {count} 张出入证发送至 {printer}。</translation>
    </message>
</context>
<context>
    <name>PassListView</name>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Number, name, company, unit or filing (Ctrl+F)</source>
        <translation>编号、姓名、单位、房号或备案号（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Visitor / outside-staff &amp;pass… (Ctrl+N)</source>
        <translation>访客/外单位人员出入证(&amp;P)…（Ctrl+N）</translation>
    </message>
    <message>
        <source>Prin&amp;t</source>
        <translation>打印(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Returned</source>
        <translation>已交回(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation>遗失(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Expiring in {days} days: {count}</source>
        <translation>{days} 天内到期：{count}</translation>
    </message>
    <message>
        <source>Expired and not returned: {count}</source>
        <translation>已过期未交回：{count}</translation>
    </message>
    <message>
        <source>Pass {number} issued to {name}.</source>
        <translation>出入证 {number} 已发给 {name}。</translation>
    </message>
</context>
<context>
    <name>Passes</name>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已交回</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>施工人员</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Outside staff</source>
        <translation>外单位人员</translation>
    </message>
    <message>
        <source>Expired, not returned</source>
        <translation>已过期未交回</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>{date} (extended)</source>
        <translation>{date}（已延期）</translation>
    </message>
    <message>
        <source>Cards (CR80)…</source>
        <translation>卡片（CR80）…</translation>
    </message>
    <message>
        <source>Sheet of 10 on A4…</source>
        <translation>A4纸每页10张…</translation>
    </message>
</context>
<context>
    <name>PassesPanel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Issue pa&amp;sses…</source>
        <translation>发放出入证(&amp;S)…</translation>
    </message>
    <message>
        <source>Prin&amp;t passes</source>
        <translation>打印出入证(&amp;T)</translation>
    </message>
    <message>
        <source>Ret&amp;urned</source>
        <translation>已交回(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation>遗失(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Passes are issued once the filing is approved.</source>
        <translation>备案审批通过后方可发放出入证。</translation>
    </message>
    <message>
        <source>{count} passes issued: {first} … {last}. Print them with Print.</source>
        <translation>已发放 {count} 张出入证：{first} … {last}。请点击“打印出入证”进行打印。</translation>
    </message>
</context>
<context>
    <name>PersonCardView</name>
    <message>
        <source>This person is archived.</source>
        <translation>此人员已归档。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the full ID number (this is logged)</source>
        <translation>显示完整身份证号（会记入操作日志）</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Second mobile</source>
        <translation>备用手机</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Units (click to open)</source>
        <translation>关联房屋（点击打开）</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>e.g. 020-12345678</source>
        <translation>如 020-12345678</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Second mobile</source>
        <translation>备用手机</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <source>From a &amp;file…</source>
        <translation>从文件选择(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>拍照(&amp;C)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Not a picture</source>
        <translation>不是图片文件</translation>
    </message>
</context>
<context>
    <name>PhraseDialog</name>
    <message>
        <source>New phrase</source>
        <translation>新建常用语</translation>
    </message>
    <message>
        <source>Edit phrase</source>
        <translation>编辑常用语</translation>
    </message>
    <message>
        <source>(every category)</source>
        <translation>（所有类别）</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>适用类别(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section is not built yet.</source>
        <translation>此功能尚在开发中。</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>PrintFallback</name>
    <message>
        <source>No printer</source>
        <translation>无可用打印机</translation>
    </message>
    <message>
        <source>Show the preview instead? From there you can print with the dialog.</source>
        <translation>改为显示预览吗？可在预览中通过打印对话框打印。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <source>Three copies on one A4 sheet, with cut lines</source>
        <translation>三联印在同一张 A4 纸上，带裁切线</translation>
    </message>
    <message>
        <source>Dot-matrix printer: black and white only, no grey</source>
        <translation>针式打印机：只打印黑白，不打印灰色</translation>
    </message>
    <message>
        <source>The printer&apos;s default (e.g. tractor, tray 2)</source>
        <translation>打印机默认（如：拖纸器、上纸盒）</translation>
    </message>
    <message>
        <source>Default labels</source>
        <translation>恢复默认名称</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Preview calibration page</source>
        <translation>预览校准页</translation>
    </message>
    <message>
        <source>Print calibration page</source>
        <translation>打印校准页</translation>
    </message>
    <message>
        <source>Preview a sample slip</source>
        <translation>预览样单</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>These settings belong to this desk&apos;s computer. Printing with Ctrl+P goes straight to the printer chosen here, without a dialog.</source>
        <translation>这些设置只对本前台的电脑有效。按 Ctrl+P 打印时，直接送到这里选定的打印机，不再弹出打印对话框。</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>单据：</translation>
    </message>
    <message>
        <source>Printer and paper</source>
        <translation>打印机和纸张</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>打印机(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>纸张(&amp;A)：</translation>
    </message>
    <message>
        <source>Every copy printed in full with its label (第一联 存根 …), all in one print job.</source>
        <translation>每一联都完整打印并注明联次（第一联 存根 …），一次打印完成。</translation>
    </message>
    <message>
        <source>One page with only the filled-in values, placed on the form&apos;s boxes; the carbonless paper makes the copies.</source>
        <translation>只打印一页填写的内容，对准预印联单的栏位；其余各联由无碳复写纸复写。</translation>
    </message>
    <message>
        <source>Copy mode:</source>
        <translation>联单方式：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>Paper &amp;source:</source>
        <translation>进纸方式(&amp;S)：</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Print the calibration page on the paper you use and measure crosshair A: its centre should be {mm} mm from the left edge and {mm} mm from the top. Enter the difference, {mm} mm minus what you measured, added to the current value (to the right and down is positive), then print the page again to check.</source>
        <translation>在实际使用的纸张上打印校准页，测量十字标记 A：其中心应距左边缘 {mm} 毫米、距上边缘 {mm} 毫米。用 {mm} 毫米减去实测值，将差值加到当前值上（向右、向下为正），然后再打印一次校准页核对。</translation>
    </message>
    <message>
        <source>Shift &amp;right (dx):</source>
        <translation>向右偏移 dx(&amp;R)：</translation>
    </message>
    <message>
        <source>Shift &amp;down (dy):</source>
        <translation>向下偏移 dy(&amp;D)：</translation>
    </message>
    <message>
        <source>Copies (联)</source>
        <translation>联次</translation>
    </message>
    <message>
        <source>&amp;Number of copies:</source>
        <translation>联数(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>各联名称(&amp;L)：</translation>
    </message>
    <message>
        <source>Double-click a label to change it. Carbonless forms print no labels.</source>
        <translation>双击联次名称可以修改。预印联单不打印联次名称。</translation>
    </message>
    <message>
        <source>(system default: {name})</source>
        <translation>（系统默认：{name}）</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>（系统默认）</translation>
    </message>
    <message>
        <source>{name} (not found)</source>
        <translation>{name}（未找到）</translation>
    </message>
    <message>
        <source>Copy {n}</source>
        <translation>第 {n} 联</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>校准页</translation>
    </message>
    <message>
        <source>Sample: {document}</source>
        <translation>样单：{document}</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>已发送到 {printer}。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Send {number} back for rework</source>
        <translation>退回返工：{number}</translation>
    </message>
    <message>
        <source>Suspend {number}</source>
        <translation>挂起 {number}</translation>
    </message>
    <message>
        <source>Void {number}</source>
        <translation>作废 {number}</translation>
    </message>
    <message>
        <source>Close {number} without a return visit</source>
        <translation>关闭 {number}（无法回访）</translation>
    </message>
    <message>
        <source>What is not right with the work</source>
        <translation>哪些地方不合格</translation>
    </message>
    <message>
        <source>Waiting for parts, owner away … (the deadlines pause)</source>
        <translation>等待配件、业主不在家 …（挂起期间时限暂停计算）</translation>
    </message>
    <message>
        <source>Why this order is void (the number stays, marked 作废)</source>
        <translation>作废原因（编号保留，标记为“作废”）</translation>
    </message>
    <message>
        <source>How often you tried to reach the customer</source>
        <translation>尝试联系客户的次数和时间</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ReceiptDetailPane</name>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Payer:</source>
        <translation>交款人：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>房号：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>大写：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>收款方式：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>事由：</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>收款人：</translation>
    </message>
    <message>
        <source>Refund condition:</source>
        <translation>退款条件：</translation>
    </message>
    <message>
        <source>Void:</source>
        <translation>作废：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Choose a receipt, or press Ctrl+N to take a payment.</source>
        <translation>请选择一张收据，或按 Ctrl+N 收款。</translation>
    </message>
    <message>
        <source>Refunded: {amount}</source>
        <translation>已退款：{amount}</translation>
    </message>
    <message>
        <source>Closed in a day-close (locked)</source>
        <translation>已日结（已锁定）</translation>
    </message>
    <message>
        <source>of which deposit {amount}</source>
        <translation>其中保证金 {amount}</translation>
    </message>
    <message>
        <source>printed {n}×</source>
        <translation>已打印 {n} 次</translation>
    </message>
    <message>
        <source>not printed yet</source>
        <translation>尚未打印</translation>
    </message>
</context>
<context>
    <name>ReceiptForm</name>
    <message>
        <source> passes</source>
        <translation> 张</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>3-2-1102, 3栋2单元1102, or the payer&apos;s name or phone</source>
        <translation>3-2-1102、3栋2单元1102，或交款人姓名、电话</translation>
    </message>
    <message>
        <source>Who pays (a person or a company)</source>
        <translation>交款人（个人或单位）</translation>
    </message>
    <message>
        <source>Fee (choose or type)</source>
        <translation>费用（选择或输入）</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <source>Printed as 事由; blank: the fee names</source>
        <translation>打印为事由；留空则使用费用名称</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>房屋(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>交款人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>明细(&amp;L)：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>收款方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>流水号(&amp;R)：</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>事由(&amp;S)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save and print</source>
        <translation>保存并打印</translation>
    </message>
    <message>
        <source>Save, then print the receipt on the saved printer (Ctrl+P)</source>
        <translation>保存后在已设置的打印机上打印收据（Ctrl+P）</translation>
    </message>
    <message>
        <source>Required: the POS slip or transfer reference</source>
        <translation>必填：POS签购单号或转账流水号</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需填写</translation>
    </message>
</context>
<context>
    <name>ReceiptListView</name>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>全部收款方式</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Number, payer, unit or reason</source>
        <translation>编号、交款人、房号或事由</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>自(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Receipts: {count}    Received: {total}</source>
        <translation>收据：{count} 张    实收：{total}</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Reprint no. {n} of {number} sent to {printer}.</source>
        <translation>{number} 第 {n} 次补打已发送至 {printer}。</translation>
    </message>
    <message>
        <source>{number} sent to {printer} ({copies} copies).</source>
        <translation>{number} 已发送至 {printer}（{copies} 份）。</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>收据 {number}</translation>
    </message>
</context>
<context>
    <name>RefundDetail</name>
    <message>
        <source>Original receipt:</source>
        <translation>原收据：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>房号：</translation>
    </message>
    <message>
        <source>Payee:</source>
        <translation>领款人：</translation>
    </message>
    <message>
        <source>Deposit held:</source>
        <translation>保证金原额：</translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation>退款金额：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>退款方式：</translation>
    </message>
    <message>
        <source>Clerk:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation>打印：</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣款事由</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>No refund chosen</source>
        <translation>未选择退款</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source>Deducted: {amount}</source>
        <translation>扣款：{amount}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund a renovation deposit</source>
        <translation>退还装修保证金</translation>
    </message>
    <message>
        <source>Scan the QR code, or type SJ-A1-2026-000123</source>
        <translation>扫描二维码，或输入 SJ-A1-2026-000123</translation>
    </message>
    <message>
        <source>The deposit &amp;receipt was presented</source>
        <translation>已出示保证金收据(&amp;R)</translation>
    </message>
    <message>
        <source>The original &amp;permit (装修备案登记证) was presented</source>
        <translation>已出示装修备案登记证原件(&amp;P)</translation>
    </message>
    <message>
        <source>Deposit receipt</source>
        <translation>保证金收据</translation>
    </message>
    <message>
        <source>Re&amp;ceipt:</source>
        <translation>收据(&amp;C)：</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Deposit paid:</source>
        <translation>已交保证金：</translation>
    </message>
    <message>
        <source>Earlier refunds and deductions:</source>
        <translation>此前退款及扣款：</translation>
    </message>
    <message>
        <source>Deducted now:</source>
        <translation>本次扣款：</translation>
    </message>
    <message>
        <source>Refunded now:</source>
        <translation>本次退款：</translation>
    </message>
    <message>
        <source>Left as deposit:</source>
        <translation>剩余保证金：</translation>
    </message>
    <message>
        <source>Everything left by default; type less for a partial refund</source>
        <translation>默认退还全部剩余金额；部分退款请输入较小金额</translation>
    </message>
    <message>
        <source>Bank transfer or POS reference</source>
        <translation>银行转账或POS刷卡流水号</translation>
    </message>
    <message>
        <source>&amp;Amount to refund (yuan):</source>
        <translation>退款金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>退款方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>流水号(&amp;F)：</translation>
    </message>
    <message>
        <source>Pa&amp;yee:</source>
        <translation>领款人(&amp;Y)：</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Refund and &amp;print</source>
        <translation>退款并打印(&amp;P)</translation>
    </message>
    <message>
        <source>Refund, then print the voucher on the saved printer (Ctrl+P)</source>
        <translation>退款后用已保存的打印机打印退款凭证（Ctrl+P）</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Cash (现金)</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer (银行转账)</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>WeChat (微信)</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Alipay (支付宝)</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>POS card (POS刷卡)</source>
        <translation>POS刷卡</translation>
    </message>
    <message>
        <source>{number} of {date} · filing {filing} · unit {unit} · owner {owner}</source>
        <translation>{number}（{date}）· 备案 {filing} · 房号 {unit} · 业主 {owner}</translation>
    </message>
    <message>
        <source>Only a supervisor can refund a deposit; the checks are shown for reference.</source>
        <translation>仅主管可办理保证金退款；以下核对结果仅供参考。</translation>
    </message>
    <message>
        <source>The deposit cannot be refunded until every condition above is met.</source>
        <translation>上述条件全部满足后方可退还保证金。</translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>再次打印(&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Refund {number} issued.</source>
        <translation>退款 {number} 已办理。</translation>
    </message>
</context>
<context>
    <name>RefundListView</name>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Number, receipt, unit or payee</source>
        <translation>编号、收据号、房号或领款人</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>原收据</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>领款人</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Re&amp;print</source>
        <translation>补打(&amp;P)</translation>
    </message>
    <message>
        <source>Print the voucher again, marked 补打 (Ctrl+P)</source>
        <translation>再次打印退款凭证，标注“补打”（Ctrl+P）</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Preview, then print from there (Ctrl+Shift+P)</source>
        <translation>先预览，再从预览打印（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;O)…</translation>
    </message>
    <message>
        <source>Void the refund, with a reason (Ctrl+Shift+V)</source>
        <translation>作废此退款，须填写原因（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>Refunds: {count}    Paid back: {total}</source>
        <translation>退款：{count} 笔    已退：{total}</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>{number} is void.</source>
        <translation>{number} 已作废。</translation>
    </message>
</context>
<context>
    <name>RefundPrinter</name>
    <message>
        <source>Reprint no. {n} of {number} sent to {printer}.</source>
        <translation>{number} 第 {n} 次补打已发送至 {printer}。</translation>
    </message>
    <message>
        <source>{number} sent to {printer} ({copies} copies).</source>
        <translation>{number} 已发送至 {printer}（{copies} 份）。</translation>
    </message>
    <message>
        <source>Refund voucher {number}</source>
        <translation>退款凭证 {number}</translation>
    </message>
</context>
<context>
    <name>RefundVoidDialog</name>
    <message>
        <source>Void refund {number}</source>
        <translation>作废退款 {number}</translation>
    </message>
    <message>
        <source>{number}  {payee}  {amount} ({method})</source>
        <translation>{number}  {payee}  {amount}（{method}）</translation>
    </message>
    <message>
        <source>The number is kept; the money counts as still held on receipt {receipt}. Take back every copy of the voucher.</source>
        <translation>编号保留；该笔款项视为仍在收据 {receipt} 名下。请收回退款凭证的全部各联。</translation>
    </message>
    <message>
        <source>Why, e.g. 扣款录入错误，已重开</source>
        <translation>原因，例如：扣款录入错误，已重开</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>退款：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register a work order</source>
        <translation>报事登记</translation>
    </message>
    <message>
        <source>3-2-1102, 3栋2单元1102, or the reporter&apos;s name or phone</source>
        <translation>3-2-1102、3栋2单元1102，或报事人姓名、电话</translation>
    </message>
    <message>
        <source>Public areas: where exactly, e.g. 3栋大堂, 地下车库B2</source>
        <translation>公共区域：具体位置，如 3栋大堂、地下车库B2</translation>
    </message>
    <message>
        <source>Name of the person reporting</source>
        <translation>报事人姓名</translation>
    </message>
    <message>
        <source>Type to find: 给排水, 电梯 …</source>
        <translation>输入查找：给排水、电梯 …</translation>
    </message>
    <message>
        <source>What is wrong (Shift+Enter: new line; Alt+A: phrases)</source>
        <translation>报事内容（Shift+Enter 换行；Alt+A 常用语）</translation>
    </message>
    <message>
        <source>Phr&amp;ases</source>
        <translation>常用语(&amp;A)</translation>
    </message>
    <message>
        <source>Insert a common phrase (Alt+A)</source>
        <translation>插入常用语（Alt+A）</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约上门</translation>
    </message>
    <message>
        <source>Paid service (the customer pays for it)</source>
        <translation>有偿服务（由客户付费）</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>房号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>位置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reporter:</source>
        <translation>报事人(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>报事方式(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Ur&amp;gency:</source>
        <translation>紧急程度(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>报事内容(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>预约时间(&amp;W)：</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>收费：</translation>
    </message>
    <message>
        <source>Save and print</source>
        <translation>保存并打印</translation>
    </message>
    <message>
        <source>Save, then print the slip on the saved printer (Ctrl+P)</source>
        <translation>保存后用设定的打印机打印派工单（Ctrl+P）</translation>
    </message>
    <message>
        <source>⚠ {unit} already reported {category} on {date} ({number}): this order will count as a repeat repair.</source>
        <translation>⚠ {unit} 已于 {date} 报过{category}（{number}），本单将计为返修。</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Add a person to {code}</source>
        <translation>为 {code} 添加人员</translation>
    </message>
    <message>
        <source>Name, pinyin initials or phone</source>
        <translation>姓名、拼音首字母或电话</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>关联房屋</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>新建人员…</translation>
    </message>
    <message>
        <source>Enter a person who is not in the archive yet (Ctrl+N)</source>
        <translation>登记档案中还没有的人员（Ctrl+N）</translation>
    </message>
    <message>
        <source>Primary contact of the unit</source>
        <translation>本户主要联系人</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>填写日期</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>具体关系</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Chosen: {name}</source>
        <translation>已选：{name}</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>尚未选择人员</translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <source>Issued, not back from the gate</source>
        <translation>已开单，门岗未回单</translation>
    </message>
    <message>
        <source>Released at the gate</source>
        <translation>门岗已放行</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已开单</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已放行</translation>
    </message>
    <message>
        <source>Renovation not finished</source>
        <translation>装修未完工</translation>
    </message>
    <message>
        <source>Moving out (待搬离)</source>
        <translation>待搬离</translation>
    </message>
    <message>
        <source>Fees owed</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Confirmed by the gate</source>
        <translation>门岗已确认</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>ReleaseDetailView</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print both copies (存根 / 门岗) on the saved printer (Ctrl+P)</source>
        <translation>用已保存的打印机打印两联（存根 / 门岗）（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Gate confirmed…</source>
        <translation>门岗已确认(&amp;G)…</translation>
    </message>
    <message>
        <source>V&amp;oid…</source>
        <translation>作废(&amp;O)…</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>房号：</translation>
    </message>
    <message>
        <source>Release date:</source>
        <translation>放行日期：</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation>车牌：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>开具人：</translation>
    </message>
    <message>
        <source>Issued at:</source>
        <translation>开具时间：</translation>
    </message>
    <message>
        <source>Prints:</source>
        <translation>打印次数：</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>物品：</translation>
    </message>
    <message>
        <source>Warned of:</source>
        <translation>警示事项：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Guard:</source>
        <translation>门岗：</translation>
    </message>
    <message>
        <source>Released at:</source>
        <translation>放行时间：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>At the gate</source>
        <translation>门岗放行</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Choose a release slip in the list, or issue a new one (Ctrl+N).</source>
        <translation>请在列表中选择放行单，或开具新的放行单（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source>The gate&apos;s copy has not come back since {day}.</source>
        <translation>门岗联自 {day} 起尚未交回。</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name}（{relation}）</translation>
    </message>
    <message>
        <source>Not printed yet</source>
        <translation>尚未打印</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{number}: released at the gate by {guard}.</source>
        <translation>{number}：已由门岗 {guard} 放行。</translation>
    </message>
    <message>
        <source>{number} voided.</source>
        <translation>{number} 已作废。</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>New goods-release slip</source>
        <translation>新建物品放行单</translation>
    </message>
    <message>
        <source>3-2-1102, or the owner&apos;s name, pinyin or phone</source>
        <translation>3-2-1102，或业主姓名、拼音、电话</translation>
    </message>
    <message>
        <source>Choose the unit first</source>
        <translation>请先选择房屋</translation>
    </message>
    <message>
        <source>I have told the applicant / checked with the supervisor</source>
        <translation>已告知申请人 / 已与主管核实</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>e.g. sofa, boxes, fridge</source>
        <translation>如：沙发、纸箱、冰箱</translation>
    </message>
    <message>
        <source>Enter after a quantity adds a row (at most {max}).</source>
        <translation>在数量后按回车可添加一行（最多 {max} 行）。</translation>
    </message>
    <message>
        <source>e.g. 粤A12345 (blank: carried out)</source>
        <translation>如：粤A12345（留空：人工搬出）</translation>
    </message>
    <message>
        <source>Optional: why, e.g. moving house</source>
        <translation>选填：事由，如搬家</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>房屋(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>申请人(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>物品(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>车牌(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Save &amp;&amp; &amp;print</source>
        <translation>保存并打印(&amp;P)</translation>
    </message>
    <message>
        <source>Save the slip and print its two copies (Ctrl+S)</source>
        <translation>保存放行单并打印一式两联（Ctrl+S）</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name}（{relation}）</translation>
    </message>
    <message>
        <source>{name} is not an owner or authorised person of {unit}.</source>
        <translation>{name} 不是 {unit} 的业主或授权人。</translation>
    </message>
    <message>
        <source>The archive has no owner or authorised person for {unit}.</source>
        <translation>档案中没有 {unit} 的业主或授权人。</translation>
    </message>
    <message>
        <source>Before issuing, note for {unit}:</source>
        <translation>开单前请注意 {unit} 的以下情况：</translation>
    </message>
</context>
<context>
    <name>ReleaseList</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Not back from the gate</source>
        <translation>门岗未回单</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Number, unit, name, phone, plate (Ctrl+F)</source>
        <translation>单号、房号、姓名、电话、车牌（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Listed: {count}</source>
        <translation>共 {count} 条</translation>
    </message>
</context>
<context>
    <name>ReleasePage</name>
    <message>
        <source>New slip</source>
        <translation>新建放行单</translation>
    </message>
    <message>
        <source>Issue a goods-release slip (Ctrl+N)</source>
        <translation>开具物品放行单（Ctrl+N）</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print or reprint the chosen slip (Ctrl+P)</source>
        <translation>打印或补打所选放行单（Ctrl+P）</translation>
    </message>
    <message>
        <source>Gate confirmed…</source>
        <translation>门岗已确认…</translation>
    </message>
    <message>
        <source>The gate&apos;s copy came back signed (Ctrl+G)</source>
        <translation>门岗联已签字交回（Ctrl+G）</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Void the chosen slip; its number stays taken</source>
        <translation>作废所选放行单；其编号不再重复使用</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>{number} issued.</source>
        <translation>{number} 已开具。</translation>
    </message>
</context>
<context>
    <name>ReleasePrinter</name>
    <message>
        <source>Reprint no. {n} of {number} sent to {printer}.</source>
        <translation>{number} 第 {n} 次补打已发送至 {printer}。</translation>
    </message>
    <message>
        <source>{number} sent to {printer} ({copies} copies).</source>
        <translation>{number} 已发送至 {printer}（{copies} 份）。</translation>
    </message>
    <message>
        <source>Release slip {number}</source>
        <translation>放行单 {number}</translation>
    </message>
</context>
<context>
    <name>RenovationForms</name>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>扫描件和照片 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
</context>
<context>
    <name>RenovationLabels</name>
    <message>
        <source>Registering</source>
        <translation>登记中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>已核查</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>保证金已退</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Renovation application</source>
        <translation>装修申请表</translation>
    </message>
    <message>
        <source>Renovation commitment</source>
        <translation>装修承诺书</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>房屋平面图</translation>
    </message>
    <message>
        <source>Business licence copy</source>
        <translation>营业执照复印件</translation>
    </message>
    <message>
        <source>Qualification certificate copy</source>
        <translation>资质证书复印件</translation>
    </message>
    <message>
        <source>Construction drawings and plan</source>
        <translation>施工图纸及方案</translation>
    </message>
    <message>
        <source>Responsible person&apos;s ID copy and photo</source>
        <translation>负责人身份证复印件及照片</translation>
    </message>
    <message>
        <source>Workers&apos; ID copies and photos</source>
        <translation>施工人员身份证复印件及照片</translation>
    </message>
    <message>
        <source>Owner–contractor contract copy</source>
        <translation>业主与装修单位合同复印件</translation>
    </message>
    <message>
        <source>Owner&apos;s commitment (waterproof layer touched)</source>
        <translation>业主承诺书（涉及防水层）</translation>
    </message>
    <message>
        <source>Owner&apos;s letter of authorisation</source>
        <translation>业主授权委托书</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>建档</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>施工人员</translation>
    </message>
    <message>
        <source>Owner notified</source>
        <translation>已通知业主</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Downstairs signed</source>
        <translation>楼下业主已签字</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Completion inspection</source>
        <translation>完工核查</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>装修备案登记证</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>装修管理服务协议书</translation>
    </message>
    <message>
        <source>Archive cover</source>
        <translation>档案封面</translation>
    </message>
    <message>
        <source>original</source>
        <translation>正本</translation>
    </message>
    <message>
        <source>copy for passes</source>
        <translation>办理出入证专用</translation>
    </message>
    <message>
        <source>door copy</source>
        <translation>门口张贴联</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>已修改：{fields}</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>已附文件</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Officer: {name} {phone}</source>
        <translation>装修负责人：{name} {phone}</translation>
    </message>
    <message>
        <source>{old} → {new}, approved by {name}</source>
        <translation>{old} → {new}，审批人：{name}</translation>
    </message>
    <message>
        <source>passes extended: {n}</source>
        <translation>出入证延期：{n} 张</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>违规</translation>
    </message>
</context>
<context>
    <name>RenovationPage</name>
    <message>
        <source>New filing</source>
        <translation>新建备案</translation>
    </message>
    <message>
        <source>Open a renovation filing (Ctrl+N)</source>
        <translation>新建装修备案（Ctrl+N）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>出入证</translation>
    </message>
    <message>
        <source>The passes list is not available yet.</source>
        <translation>出入证列表暂未开放。</translation>
    </message>
    <message>
        <source>Filings: {count}</source>
        <translation>共 {count} 项备案</translation>
    </message>
    <message>
        <source>Filing {number} opened.</source>
        <translation>备案 {number} 已新建。</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply to the complainant: {number}</source>
        <translation>回复投诉人：{number}</translation>
    </message>
    <message>
        <source>Reply to each complainant individually, never collectively.</source>
        <translation>须逐一回复每位投诉人，不得集体回复。</translation>
    </message>
    <message>
        <source>What was said to the complainant</source>
        <translation>向投诉人答复的内容</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>渠道(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>回复对象(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>内容(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>ReturnVisitDialog</name>
    <message>
        <source>Return visit: {number}</source>
        <translation>回访：{number}</translation>
    </message>
    <message>
        <source>What the complainant said</source>
        <translation>投诉人的意见</translation>
    </message>
    <message>
        <source>Dissatisfied: the complaint goes back to handling and is escalated one level up the chain.</source>
        <translation>不满意：投诉将退回重新处理，并升级一级。</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>评价(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Return visits due, overdue work orders, visitors still on site, permits and passes expiring, deposits ready for refund.</source>
        <translation>待回访、超时工单、在场访客、即将到期的装修证和出入卡、可退的保证金。</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>The visit log: walk-ins, visitors and contractors, in and out.</source>
        <translation>来访登记：来访业主、访客和装修人员的进出记录。</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>报事报修</translation>
    </message>
    <message>
        <source>Repair and service requests with triplicate slips, dispatch, follow-up and return visits.</source>
        <translation>报修和报事：一式三联派工单、派工、跟进和回访。</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉建议</translation>
    </message>
    <message>
        <source>Complaints, suggestions and praise, with escalation and replies.</source>
        <translation>投诉、建议和表扬，含逐级上报和答复。</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>装修管理</translation>
    </message>
    <message>
        <source>Renovation filings, documents, permits, worker passes, inspections and deposit refunds.</source>
        <translation>装修备案、资料、装修备案登记证、施工人员出入卡、装修核查和保证金退还。</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Deposits and fees at the desk, receipts, refunds and the day-close.</source>
        <translation>前台收取的保证金和各项费用、收据、退款和日结。</translation>
    </message>
    <message>
        <source>Goods release</source>
        <translation>物品放行</translation>
    </message>
    <message>
        <source>Goods-release slips checked against the archive.</source>
        <translation>物品放行通知单，与档案核对。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙管理</translation>
    </message>
    <message>
        <source>Keys handed over at move-in and keys held for owners.</source>
        <translation>入住时移交的钥匙和代管钥匙。</translation>
    </message>
    <message>
        <source>Return visits &amp; surveys</source>
        <translation>回访与调查</translation>
    </message>
    <message>
        <source>The return-visit queue and the twice-yearly satisfaction survey.</source>
        <translation>待回访列表和每半年一次的满意度调查。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Monthly KPIs, zone ranking and printable reports.</source>
        <translation>月度考核指标、片区排名和可打印的报表。</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Site</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <source>Departments and staff</source>
        <translation>部门与员工</translation>
    </message>
    <message>
        <source>Work-order categories</source>
        <translation>报事类别</translation>
    </message>
    <message>
        <source>Fee table</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up the service desk</source>
        <translation>设置服务前台</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Service centre &amp;name:</source>
        <translation>服务中心名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>This &amp;desk&apos;s name:</source>
        <translation>本前台名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Fixed at installation: the desk code is printed in every document number this desk issues, so it cannot be changed.</source>
        <translation>安装时已确定：前台代码印在本前台所开的每个单据编号中，因此不能修改。</translation>
    </message>
    <message>
        <source>Desk code:</source>
        <translation>前台代码：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Longer works need a new filing. Saved as soon as it is changed.</source>
        <translation>工期更长的须重新备案。修改后立即保存。</translation>
    </message>
    <message>
        <source>Longest &amp;renovation filing:</source>
        <translation>装修备案最长期限(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <source>Printed at the top of slips, receipts and permits.</source>
        <translation>打印在派工单、收据和证件的抬头。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <source>Printed on slips and receipts.</source>
        <translation>打印在派工单和收据上。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e.g. 阳光花园服务中心</source>
        <translation>如：阳光花园服务中心</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Reprint no. {n} of {number} sent to {printer}.</source>
        <translation>{number} 第 {n} 次补打已发送到 {printer}。</translation>
    </message>
    <message>
        <source>{number} sent to {printer} ({copies} copies).</source>
        <translation>{number} 已发送到 {printer}（{copies} 联）。</translation>
    </message>
    <message>
        <source>Slip {number}</source>
        <translation>派工单 {number}</translation>
    </message>
</context>
<context>
    <name>SlipReturnDialog</name>
    <message>
        <source>Slip returned: {number}</source>
        <translation>回单：{number}</translation>
    </message>
    <message>
        <source>Cause and what was done, as written on the slip</source>
        <translation>按回单填写：原因及处理情况</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>0.00 (blank: free)</source>
        <translation>0.00（留空：免费）</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <source>The customer signed the slip</source>
        <translation>客户已在回单上签字</translation>
    </message>
    <message>
        <source>Sta&amp;ff:</source>
        <translation>处理人(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Arrived at:</source>
        <translation>到场时间(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Completed at:</source>
        <translation>完工时间(&amp;C)：</translation>
    </message>
    <message>
        <source>Cause and &amp;handling:</source>
        <translation>原因及处理(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>使用材料(&amp;M)：</translation>
    </message>
    <message>
        <source>Cha&amp;rge (¥):</source>
        <translation>收费（元）(&amp;R)：</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;tick:</source>
        <translation>客户评价(&amp;T)：</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>客户签字(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>新建员工</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>职务(&amp;O)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Summary of {number}</source>
        <translation>总结评价：{number}</translation>
    </message>
    <message>
        <source>What happened and what was done</source>
        <translation>事件经过及处理情况</translation>
    </message>
    <message>
        <source>Optional: how well it was handled</source>
        <translation>可选：处理效果评价</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>总结(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>评价(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>UnitCardView</name>
    <message>
        <source>This unit is archived.</source>
        <translation>此房屋已归档。</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Fees owed</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Moving out</source>
        <translation>待搬离</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>编辑房屋</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <source>End relation</source>
        <translation>解除关系</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>People</source>
        <translation>住户及相关人员</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>{name} will no longer be listed as {relation} of {unit}. The history keeps it.</source>
        <translation>{name} 将不再作为 {unit} 的{relation}列出。历史记录中仍会保留。</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>New unit</source>
        <translation>新建房屋</translation>
    </message>
    <message>
        <source>Edit unit {code}</source>
        <translation>编辑房屋 {code}</translation>
    </message>
    <message>
        <source>e.g. 1102</source>
        <translation>如 1102</translation>
    </message>
    <message>
        <source>m², e.g. 89.5</source>
        <translation>平方米，如 89.5</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>Fees are owed</source>
        <translation>有欠费</translation>
    </message>
    <message>
        <source>Moving out (goods-release slips warn)</source>
        <translation>待搬离（开放行单时提示）</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation>搬离</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Blank: {floor} (from the room)</source>
        <translation>留空：{floor}（按房间号推算）</translation>
    </message>
    <message>
        <source>Blank: not set</source>
        <translation>留空：不设置</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Owner: {names}</source>
        <translation>业主：{names}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>D&amp;epartment:</source>
        <translation>部门(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>确认密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Leave blank to keep the current password</source>
        <translation>留空则保留当前密码</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Show disabled accounts</source>
        <translation>显示已停用账号</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Clerks handle the daily work; supervisors may also archive records, see full ID numbers and import data; managers may also read the audit trail; administrators may do everything.</source>
        <translation>前台处理日常工作；客服主管还可以归档记录、查看完整身份证号和导入数据；经理还可以查看操作日志；管理员可以执行所有操作。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable the account {username} ({name})? It can no longer sign in. Its history is kept and it can be enabled again.</source>
        <translation>是否停用账号 {username}（{name}）？停用后无法登录；历史记录保留，以后可以重新启用。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>VisitComplaintDialog</name>
    <message>
        <source>Complaint from visit {number}</source>
        <translation>由来访 {number} 登记投诉</translation>
    </message>
</context>
<context>
    <name>VisitWorkOrderDialog</name>
    <message>
        <source>Work order from visit {number}</source>
        <translation>由来访 {number} 登记工单</translation>
    </message>
</context>
<context>
    <name>VisitorPassDialog</name>
    <message>
        <source>Visitor / outside-staff pass</source>
        <translation>访客/外单位人员出入证</translation>
    </message>
    <message>
        <source>Outside staff</source>
        <translation>外单位人员</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>e.g. 3-2-1102 (optional)</source>
        <translation>如：3-2-1102（选填）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>房屋(&amp;U)：</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>有效期自(&amp;F)：</translation>
    </message>
    <message>
        <source>Valid un&amp;til:</source>
        <translation>有效期至(&amp;T)：</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>发证</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>In</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已生成</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Still on site from an earlier day</source>
        <translation>前日来访，尚未离开</translation>
    </message>
    <message>
        <source>Badge until</source>
        <translation>访客证有效至</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Walk-in</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Log a walk-in (Ctrl+N)</source>
        <translation>登记来访（Ctrl+N）</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签离</translation>
    </message>
    <message>
        <source>The chosen visitor left (Delete or Ctrl+O)</source>
        <translation>所选访客已离开（Delete 或 Ctrl+O）</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>访客证</translation>
    </message>
    <message>
        <source>Preview and print the visitor badge (Ctrl+P)</source>
        <translation>预览并打印访客证（Ctrl+P）</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>生成工单</translation>
    </message>
    <message>
        <source>Register a work order from the chosen visit (Ctrl+Shift+W)</source>
        <translation>由所选来访登记工单（Ctrl+Shift+W）</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Register a complaint, suggestion or praise from the chosen visit (Ctrl+Shift+K)</source>
        <translation>由所选来访登记投诉、建议或表扬（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The log as shown, as an Excel workbook (Ctrl+E)</source>
        <translation>将当前显示的来访记录导出为 Excel 工作簿（Ctrl+E）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>All purposes</source>
        <translation>全部事由</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Number, name, phone, company or plate</source>
        <translation>编号、姓名、电话、单位或车牌</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>来访记录</translation>
    </message>
    <message>
        <source>On site now: {count}</source>
        <translation>在场访客：{count}</translation>
    </message>
    <message>
        <source>from an earlier day: {count}</source>
        <translation>其中前日未离开：{count}</translation>
    </message>
    <message>
        <source>Visits: {count}</source>
        <translation>来访：{count}</translation>
    </message>
    <message>
        <source>{day}: {visits} visits, {people} people, {on_site} still on site</source>
        <translation>{day}：来访 {visits} 次，共 {people} 人，{on_site} 人仍在场</translation>
    </message>
    <message>
        <source>{number} logged: {name}.</source>
        <translation>{number} 已登记：{name}。</translation>
    </message>
    <message>
        <source>{name} checked out ({number}).</source>
        <translation>{name} 已签离（{number}）。</translation>
    </message>
    <message>
        <source>{number} already created a record.</source>
        <translation>{number} 已生成过记录。</translation>
    </message>
    <message>
        <source>{number} registered from the visit.</source>
        <translation>已由来访登记 {number}。</translation>
    </message>
    <message>
        <source>Work order {number} registered from the visit.</source>
        <translation>已由来访生成工单 {number}。</translation>
    </message>
    <message>
        <source>Export the visit log</source>
        <translation>导出来访记录</translation>
    </message>
    <message>
        <source>visits.xlsx</source>
        <translation>来访登记.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported to {path} (rows: {count}).</source>
        <translation>已导出到 {path}（共 {count} 行）。</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void receipt {number}</source>
        <translation>作废收据 {number}</translation>
    </message>
    <message>
        <source>{number}  {payer}  {amount} ({method})</source>
        <translation>{number}  {payer}  {amount}（{method}）</translation>
    </message>
    <message>
        <source>The number is kept; the receipt no longer counts as money taken. Take back every copy.</source>
        <translation>编号保留；该收据不再计入收款。请收回所有联。</translation>
    </message>
    <message>
        <source>Why, e.g. 金额录入错误，已重开</source>
        <translation>原因，例如：金额录入错误，已重开</translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation>收据：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>VoidPassDialog</name>
    <message>
        <source>Void pass {number}</source>
        <translation>作废出入证 {number}</translation>
    </message>
    <message>
        <source>The card is marked void and its number stays taken.</source>
        <translation>该证将标记为已作废，其编号不再重新使用。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>VoidReleaseDialog</name>
    <message>
        <source>Void {number}</source>
        <translation>作废 {number}</translation>
    </message>
    <message>
        <source>Why (kept with the slip)</source>
        <translation>作废原因（随放行单存档）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>作废(&amp;V)</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Log a walk-in</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Owner or tenant: unit, name, phone or pinyin initials</source>
        <translation>业主或租户：房号、姓名、电话或拼音首字母</translation>
    </message>
    <message>
        <source>Returning visitors: Enter fills the form</source>
        <translation>曾来访的访客：按回车自动填写</translation>
    </message>
    <message>
        <source>Shown masked once entered</source>
        <translation>输入后以掩码显示</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>Unit visited or represented, e.g. 3-2-1102</source>
        <translation>拜访或代表的房号，如 3-2-1102</translation>
    </message>
    <message>
        <source>What they came for (Shift+Enter: new line)</source>
        <translation>来访事由（Shift+回车换行）</translation>
    </message>
    <message>
        <source>Print a visitor &amp;badge</source>
        <translation>打印访客证(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Returning:</source>
        <translation>曾来访：</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>证件号码(&amp;I)：</translation>
    </message>
    <message>
        <source>Peop&amp;le:</source>
        <translation>人数(&amp;L)：</translation>
    </message>
    <message>
        <source>Pl&amp;ate:</source>
        <translation>车牌(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>房号(&amp;U)：</translation>
    </message>
    <message>
        <source>Pur&amp;pose:</source>
        <translation>事由(&amp;P)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Time in:</source>
        <translation>来访时间：</translation>
    </message>
    <message>
        <source>Badge:</source>
        <translation>访客证：</translation>
    </message>
    <message>
        <source>Save and create &amp;work order</source>
        <translation>保存并生成工单(&amp;W)</translation>
    </message>
    <message>
        <source>Save, then register the work order this visitor reports (Ctrl+W)</source>
        <translation>保存后为该来访人登记报修工单（Ctrl+W）</translation>
    </message>
    <message>
        <source>Save and create &amp;complaint</source>
        <translation>保存并登记投诉(&amp;C)</translation>
    </message>
    <message>
        <source>Save, then register the complaint, suggestion or praise this visitor brings (Alt+C)</source>
        <translation>保存后登记该来访人的投诉、建议或表扬（Alt+C）</translation>
    </message>
    <message>
        <source>Nobody in the archive matches; type the visitor in.</source>
        <translation>档案中没有匹配的人员，请直接录入访客信息。</translation>
    </message>
    <message>
        <source>On file: {masked}</source>
        <translation>已登记证件：{masked}</translation>
    </message>
    <message>
        <source>Owner: {names}</source>
        <translation>业主：{names}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>There is no database yet. Set up this service desk, or look around in a demo.</source>
        <translation>还没有数据库。请设置本服务前台，或先打开演示看看。</translation>
    </message>
    <message>
        <source>Set up a new service centre</source>
        <translation>设置新的服务中心</translation>
    </message>
    <message>
        <source>Open the demo (a sample estate with 3,000 units; nothing real)</source>
        <translation>打开演示（示例小区，3000 户，均为虚构数据）</translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>数据库文件：{path}</translation>
    </message>
</context>
<context>
    <name>WorkOrderCategoriesPage</name>
    <message>
        <source>Add &amp;group…</source>
        <translation>添加大类(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Add category…</source>
        <translation>添加类别(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>常用语</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用类别</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>常用语</translation>
    </message>
    <message>
        <source>Add &amp;phrase…</source>
        <translation>添加常用语(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit p&amp;hrase…</source>
        <translation>编辑常用语(&amp;H)…</translation>
    </message>
    <message>
        <source>Archive phrase</source>
        <translation>归档常用语</translation>
    </message>
    <message>
        <source>Work-order categories</source>
        <translation>报事类别</translation>
    </message>
    <message>
        <source>A category proposes the department and the urgency of a new work order. Its deadlines are the urgency&apos;s (in brackets) unless the category sets its own.</source>
        <translation>类别决定新工单默认的部门和紧急程度。时限默认按紧急程度计算（括号内所示），类别也可以单独设定。</translation>
    </message>
    <message>
        <source>Offered when a clerk types the description of a work order.</source>
        <translation>前台填写报事内容时可直接选用。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Complete within</source>
        <translation>完工时限</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name}（已归档）</translation>
    </message>
    <message>
        <source>The urgency&apos;s deadline</source>
        <translation>按紧急程度的时限</translation>
    </message>
    <message>
        <source>Phrases for every category</source>
        <translation>通用常用语</translation>
    </message>
    <message>
        <source>Phrases offered for {category}</source>
        <translation>{category} 的常用语</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archive category</source>
        <translation>归档类别</translation>
    </message>
    <message>
        <source>Archive {name}? It is no longer offered for new work orders (nor is anything inside it); existing orders keep it, and it can be restored later.</source>
        <translation>是否归档“{name}”？归档后新工单不能再选用它（其下的类别也一样）；已有工单保留原类别，以后可以恢复。</translation>
    </message>
    <message>
        <source>Archive the phrase “{text}”? It is no longer offered.</source>
        <translation>是否归档常用语“{text}”？归档后不再提供。</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetail</name>
    <message>
        <source>(by printing the slip)</source>
        <translation>（打印派工单时派工）</translation>
    </message>
    <message>
        <source>(the slip came back)</source>
        <translation>（回单时补记）</translation>
    </message>
    <message>
        <source>arrived {time}</source>
        <translation>{time} 到场</translation>
    </message>
    <message>
        <source>completed {time}</source>
        <translation>{time} 完工</translation>
    </message>
    <message>
        <source>Staff: {name}</source>
        <translation>处理人：{name}</translation>
    </message>
    <message>
        <source>on site {arrived} – {completed}</source>
        <translation>现场 {arrived} – {completed}</translation>
    </message>
    <message>
        <source>Materials: {materials}</source>
        <translation>材料：{materials}</translation>
    </message>
    <message>
        <source>Charge: ¥{amount}</source>
        <translation>收费：¥{amount}</translation>
    </message>
    <message>
        <source>Customer ticked: {evaluation}</source>
        <translation>客户勾选：{evaluation}</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>call again {time}</source>
        <translation>{time} 再次回访</translation>
    </message>
    <message>
        <source>incident {number}</source>
        <translation>同一事件 {number}</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetailView</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print the slip on the saved printer (Ctrl+P)</source>
        <translation>用设定的打印机打印派工单（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Dispatch…</source>
        <translation>派工(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Arrived…</source>
        <translation>到场(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Completed…</source>
        <translation>完工(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Slip returned…</source>
        <translation>回单(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Return visit…</source>
        <translation>回访(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;work…</source>
        <translation>返工(&amp;W)…</translation>
    </message>
    <message>
        <source>Sus&amp;pend…</source>
        <translation>挂起(&amp;P)…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>恢复处理(&amp;U)</translation>
    </message>
    <message>
        <source>F&amp;ollow-up…</source>
        <translation>跟进(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Link to incident…</source>
        <translation>关联事件(&amp;L)…</translation>
    </message>
    <message>
        <source>Close (u&amp;nreachable)…</source>
        <translation>关闭（联系不上）(&amp;N)…</translation>
    </message>
    <message>
        <source>Vo&amp;id…</source>
        <translation>作废(&amp;I)…</translation>
    </message>
    <message>
        <source>Unit / place:</source>
        <translation>房号/位置：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>登记时间：</translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation>报事人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>报事方式：</translation>
    </message>
    <message>
        <source>First contact:</source>
        <translation>首问责任人：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>处理人：</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>预约时间：</translation>
    </message>
    <message>
        <source>Paid service:</source>
        <translation>有偿服务：</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>评价：</translation>
    </message>
    <message>
        <source>Reworks:</source>
        <translation>返工次数：</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>同一事件：</translation>
    </message>
    <message>
        <source>Slips printed:</source>
        <translation>打印次数：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>报事内容：</translation>
    </message>
    <message>
        <source>Response due:</source>
        <translation>响应期限：</translation>
    </message>
    <message>
        <source>Completion due:</source>
        <translation>完工期限：</translation>
    </message>
    <message>
        <source>Follow-up due:</source>
        <translation>跟进期限：</translation>
    </message>
    <message>
        <source>Return visit due:</source>
        <translation>回访期限：</translation>
    </message>
    <message>
        <source>Slip returned:</source>
        <translation>回单时间：</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>关闭时间：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Choose a work order in the list, or scan a slip&apos;s QR code.</source>
        <translation>请在列表中选择工单，或扫描派工单上的二维码。</translation>
    </message>
    <message>
        <source>Repeat repair</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Overdue: {clocks}</source>
        <translation>超时：{clocks}</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未打印</translation>
    </message>
    <message>
        <source>{time} (overdue)</source>
        <translation>{time}（已超时）</translation>
    </message>
</context>
<context>
    <name>WorkOrders</name>
    <message>
        <source>Overdue: {clocks}</source>
        <translation>超时：{clocks}</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Rework ×{count}</source>
        <translation>返工×{count}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Unit / place</source>
        <translation>房号/位置</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报事人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急度</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>报事内容</translation>
    </message>
</context>
<context>
    <name>WorkOrdersPage</name>
    <message>
        <source>New work order</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Register a work order (Ctrl+N)</source>
        <translation>登记报事报修（Ctrl+N）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The filtered list as an Excel workbook (Ctrl+E)</source>
        <translation>将筛选后的列表导出为 Excel 工作簿（Ctrl+E）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Work orders: {count}</source>
        <translation>共 {count} 张工单</translation>
    </message>
    <message>
        <source>{number} registered.</source>
        <translation>{number} 已登记。</translation>
    </message>
    <message>
        <source>Export the work orders</source>
        <translation>导出工单</translation>
    </message>
    <message>
        <source>work-orders.xlsx</source>
        <translation>工单.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported to {path} (rows: {count}).</source>
        <translation>已导出到 {path}（共 {count} 行）。</translation>
    </message>
</context>
<context>
    <name>WorkerForm</name>
    <message>
        <source>Add a worker</source>
        <translation>添加施工人员</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Trade:</source>
        <translation>工种(&amp;T)：</translation>
    </message>
    <message>
        <source>P&amp;hoto from a file…</source>
        <translation>从文件选择照片(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>拍照(&amp;C)…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>The worker&apos;s photo</source>
        <translation>施工人员照片</translation>
    </message>
    <message>
        <source>Camera snapshot</source>
        <translation>拍照</translation>
    </message>
</context>
<context>
    <name>WorkersWidget</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>Add &amp;worker…</source>
        <translation>添加施工人员(&amp;W)…</translation>
    </message>
    <message>
        <source>Remove worker</source>
        <translation>移除施工人员</translation>
    </message>
</context>
</TS>
