<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ArticlePage</name>
    <message>
        <location filename="../hrb_desktop/ui/pages/article.py" line="49"/>
        <source>按实际情况回答；不清楚的可以先空着，相关项目会显示为“未填写完整”。</source>
        <translation>Answer as things stand. Anything you are unsure of can stay blank for now; the items it affects will show as &quot;Not answered&quot;.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/article.py" line="50"/>
        <source>显示或隐藏条文原文</source>
        <translation>Show or hide the original text of the article</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/article.py" line="51"/>
        <source>条文原文</source>
        <translation>Original text of the article (Chinese)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/article.py" line="54"/>
        <location filename="../hrb_desktop/ui/pages/article.py" line="60"/>
        <source>隐藏条文原文(&amp;S)</source>
        <translation>Hide original &amp;text</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/article.py" line="54"/>
        <location filename="../hrb_desktop/ui/pages/article.py" line="60"/>
        <source>显示条文原文(&amp;S)</source>
        <translation>Show original &amp;text (Chinese)</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <location filename="../hrb_desktop/ui/wizard.py" line="50"/>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/wizard.py" line="51"/>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/wizard.py" line="52"/>
        <source>保存并完成(&amp;V)</source>
        <translation>Sa&amp;ve and finish</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/wizard.py" line="59"/>
        <source>返回核对(&amp;K)</source>
        <translation>Bac&amp;k to Review</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/wizard.py" line="54"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/wizard.py" line="55"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/wizard.py" line="56"/>
        <source>保存并完成</source>
        <translation>Save and finish</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/wizard.py" line="60"/>
        <source>返回核对页，经过的每一页都会检查</source>
        <translation>Back to the review page, checking every page on the way</translation>
    </message>
</context>
<context>
    <name>AwardPanel</name>
    <message>
        <location filename="../hrb_desktop/ui/widgets/award_panel.py" line="114"/>
        <source>预计可获资金（估算）</source>
        <translation>Expected funding (estimate)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/award_panel.py" line="115"/>
        <source>估计合计</source>
        <translation>Estimated total</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/award_panel.py" line="116"/>
        <source>按条款的估计金额，选中项目后按回车查看计算说明</source>
        <translation>Estimated amounts by article; select an item and press Enter to see how it was calculated</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/award_panel.py" line="117"/>
        <source>列标题</source>
        <translation>Column headers</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/award_panel.py" line="119"/>
        <source>条款与项目</source>
        <translation>Article and item</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/award_panel.py" line="119"/>
        <source>估计（万元）</source>
        <translation>10k CNY</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/award_panel.py" line="120"/>
        <source>点击项目查看条款原文与计算过程。金额为申报前估算，不代表审批结论。</source>
        <translation>Click an item to see its clause and the calculation. Amounts are pre-application estimates, not an approval decision.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/award_panel.py" line="121"/>
        <source>还没有可估算的资金项目。回答各条款的问题后，符合条件的项目会逐条列在下面。</source>
        <translation>No award to estimate yet. As you answer each article&apos;s questions, the items that qualify are listed below.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/award_panel.py" line="190"/>
        <source>评估基准日不在政策有效期内，结果仅按原文测算。</source>
        <translation>The reference date is outside the policy&apos;s term; figures follow the original text only.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/award_panel.py" line="204"/>
        <source>不计入（{0}）</source>
        <translation>Not counted ({0})</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/award_panel.py" line="258"/>
        <source>另有 {0} 项属于筛选时未勾选的方面，未作评估。</source>
        <translation>{0} more items belong to areas left unticked on the screening page and were not assessed.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../hrb_desktop/ui/widgets/bar_chart.py" line="35"/>
        <source>尚无可计入合计的金额</source>
        <translation>Nothing counts towards the total yet</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/bar_chart.py" line="36"/>
        <source>按条款的估计金额柱状图</source>
        <translation>Bar chart of the estimated amounts by article</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/bar_chart.py" line="95"/>
        <location filename="../hrb_desktop/ui/widgets/bar_chart.py" line="96"/>
        <source>确定部分</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/bar_chart.py" line="98"/>
        <source>可能达到的上限</source>
        <translation>Possible maximum</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="60"/>
        <source>批量评估</source>
        <translation>Batch assessment</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="64"/>
        <source>填好的模板（.xlsx、.csv），或装有 .hrba / .json 评估文件的文件夹</source>
        <translation>A filled template (.xlsx, .csv), or a folder of .hrba / .json assessment files</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="67"/>
        <source>结果工作簿（.xlsx）</source>
        <translation>Result workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="68"/>
        <source>选择文件(&amp;I)…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="70"/>
        <source>选择文件夹(&amp;D)…</source>
        <translation>Choose fol&amp;der…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="72"/>
        <source>浏览(&amp;W)…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="74"/>
        <source>生成空白模板(&amp;T)…</source>
        <translation>Blank &amp;template…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="76"/>
        <source>同时为每个企业生成 PDF 报告(&amp;P)</source>
        <translation>Also write a &amp;PDF report for each enterprise</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="77"/>
        <source>同时为每个企业生成评估文件 .hrba(&amp;H)</source>
        <translation>Also write an assessment file (.&amp;hrba) for each enterprise</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="87"/>
        <source>输入：</source>
        <translation>Input:</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="91"/>
        <source>结果文件：</source>
        <translation>Result file:</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="99"/>
        <source>开始评估(&amp;S)</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="102"/>
        <source>取消(&amp;C)</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="134"/>
        <source>双击一行，即在向导中打开该企业。</source>
        <translation>Double-click a row to open that enterprise in the wizard.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="137"/>
        <source>打开结果文件(&amp;O)</source>
        <translation>&amp;Open the result</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="140"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="158"/>
        <source>选择填好的模板</source>
        <translation>Choose a filled template</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="158"/>
        <source>Excel 或 CSV 文件</source>
        <translation>Excel or CSV files</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="163"/>
        <source>选择装有评估文件的文件夹</source>
        <translation>Choose a folder of assessment files</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="168"/>
        <source>保存结果工作簿</source>
        <translation>Save the result workbook</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="168"/>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="176"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="176"/>
        <source>保存空白模板</source>
        <translation>Save a blank template</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="185"/>
        <source>已生成空白模板：{0}</source>
        <translation>Blank template written: {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="193"/>
        <source>-评估结果</source>
        <translation>-results</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="201"/>
        <source>-评估文件</source>
        <translation>-assessments</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="210"/>
        <source>PDF 报告保存到：{0}</source>
        <translation>PDF reports go to: {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="212"/>
        <source>评估文件保存到：{0}</source>
        <translation>Assessment files go to: {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="225"/>
        <source>请先选择输入和结果文件。</source>
        <translation>Choose the input and the result file first.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="243"/>
        <source>正在读取输入……</source>
        <translation>Reading the input…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="250"/>
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="268"/>
        <source>正在评估第 {0} / {1} 家企业……</source>
        <translation>Assessing enterprise {0} of {1}…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="270"/>
        <source>正在写入结果……</source>
        <translation>Writing the results…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="286"/>
        <source>已评估 {0} / {1} 家企业，结果已写入 {2}。</source>
        <translation>Assessed {0} of {1} enterprises; the results are in {2}.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="288"/>
        <source>{0} 行有错误未计算，详见结果文件的“问题”表。</source>
        <translation> {0} row(s) had errors and were not computed: see the Problems sheet of the result.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="307"/>
        <source>已取消，未留下任何文件。</source>
        <translation>Cancelled; no file was left behind.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_dialog.py" line="332"/>
        <source>这一行有错误，未计算，无法打开；请先修改输入文件。</source>
        <translation>This row has errors and was not computed, so it cannot be opened; correct the input file first.</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <location filename="../hrb_desktop/ui/batch_table.py" line="28"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_table.py" line="29"/>
        <source>企业（机构）名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_table.py" line="30"/>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_table.py" line="31"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_table.py" line="32"/>
        <source>计入下限（万元）</source>
        <translation>Low (10k CNY)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_table.py" line="33"/>
        <source>计入上限（万元）</source>
        <translation>High (10k CNY)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_table.py" line="34"/>
        <source>符合条件</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_table.py" line="35"/>
        <source>需部门核定</source>
        <translation>For the department</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_table.py" line="36"/>
        <source>提示与警告</source>
        <translation>Notes and warnings</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_table.py" line="38"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_table.py" line="39"/>
        <source>已计算</source>
        <translation>Computed</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/batch_table.py" line="40"/>
        <source>有错误，未计算</source>
        <translation>Not computed: errors</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../hrb_desktop/ui/widgets/fields.py" line="225"/>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
</context>
<context>
    <name>CreditCodeField</name>
    <message>
        <location filename="../hrb_desktop/ui/widgets/fields.py" line="274"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/fields.py" line="275"/>
        <source>18位，例如 91230100MA18Y5XB23</source>
        <translation>e.g. 91230100MA18Y5XB23</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/fields.py" line="286"/>
        <source>统一社会信用代码{0}</source>
        <translation>The credit code {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/fields.py" line="299"/>
        <source>✓ 校验位正确</source>
        <translation>✓ Check character is correct</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../hrb_desktop/ui/widgets/date_field.py" line="101"/>
        <source>例如 2023-12-31</source>
        <translation>e.g. 2023-12-31</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/date_field.py" line="102"/>
        <source>年月日，例如 2023-12-31 或 2023年12月31日；Alt+↓ 打开日历</source>
        <translation>Year, month, day, e.g. 2023-12-31; Alt+↓ opens the calendar</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/date_field.py" line="103"/>
        <source>日历(&amp;A)…</source>
        <translation>C&amp;alendar…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/date_field.py" line="104"/>
        <location filename="../hrb_desktop/ui/widgets/date_field.py" line="105"/>
        <source>从日历中选择日期（Alt+↓）</source>
        <translation>Pick the date from a calendar (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/date_field.py" line="107"/>
        <source>日历：方向键选日期，回车确定，Esc 取消</source>
        <translation>Calendar: arrow keys choose a day, Enter picks it, Esc cancels</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/date_field.py" line="124"/>
        <source>请填写日期</source>
        <translation>Enter a date</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/date_field.py" line="132"/>
        <source>日期应在 {0} 至 {1} 之间</source>
        <translation>The date must lie between {0} and {1}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="17"/>
        <source>评估文件 (*.hrba *.json)</source>
        <translation>Assessment files (*.hrba *.json)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="18"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="19"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="20"/>
        <source>政策数据文件 (*.yaml *.yml *.json)</source>
        <translation>Policy data files (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="36"/>
        <source>……另有 {0} 处问题</source>
        <translation>… and {0} more problems</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="38"/>
        <location filename="../hrb_desktop/ui/dialogs.py" line="47"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="68"/>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="69"/>
        <source>“{0}”有未保存的修改。要先保存吗？</source>
        <translation>&quot;{0}&quot; has unsaved changes. Save them first?</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="73"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="74"/>
        <source>不保存(&amp;D)</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="75"/>
        <location filename="../hrb_desktop/ui/dialogs.py" line="102"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="89"/>
        <source>文件已被修改</source>
        <translation>File changed on disk</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="91"/>
        <source>“{0}”在你打开或上次保存之后，已被其他程序、窗口或他人修改。

覆盖：用本窗口的内容替换磁盘上的版本（对方的修改将丢失）。
重新载入：放弃本窗口的修改，改用磁盘上的版本。
另存为：把本窗口的内容保存为另一个文件，两份都保留。</source>
        <translation>“{0}” was changed by another program, window or person after you opened or last saved it.

Overwrite: replace the version on disk with this window&apos;s (their changes are lost).
Reload: discard this window&apos;s changes and use the version on disk.
Save as: save this window&apos;s version as another file; both are kept.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="99"/>
        <source>覆盖(&amp;O)</source>
        <translation>&amp;Overwrite</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="100"/>
        <source>重新载入(&amp;L)</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="101"/>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="116"/>
        <source>评估已保存</source>
        <translation>Assessment saved</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="117"/>
        <source>评估已保存到：
{0}

可以接着导出 PDF 自评估报告（用于打印、签字和提交），或打开文件所在的文件夹。</source>
        <translation>The assessment is saved in:
{0}

You can now export the PDF self-assessment report (to print, sign and hand in), or open the folder that holds the file.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="121"/>
        <source>导出 PDF 报告(&amp;P)…</source>
        <translation>Export &amp;PDF report…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="122"/>
        <source>打开所在文件夹(&amp;O)</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="123"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="137"/>
        <source>打开评估文件</source>
        <translation>Open assessment file</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="142"/>
        <source>导入政策文件</source>
        <translation>Import policy file</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="145"/>
        <source>导出 PDF 报告</source>
        <translation>Export PDF report</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="145"/>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="146"/>
        <source>保存评估文件</source>
        <translation>Save assessment file</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="161"/>
        <source>查找范围(&amp;I)：</source>
        <translation>Look &amp;in:</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/dialogs.py" line="162"/>
        <source>文件类型(&amp;T)：</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>EditionsDialog</name>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="82"/>
        <source>政策版本</source>
        <translation>Policy editions</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="85"/>
        <source>本机已安装的政策版本。主管部门发布新版本或实施细则的数据文件后，可在此导入；请将显示的 SHA-256 指纹与主管部门公布的指纹核对。程序内置的版本不能删除。</source>
        <translation>The policy editions installed on this computer. When the department publishes a data file for a new edition or for implementing rules, import it here, and compare the SHA-256 fingerprint shown with the one the department publishes. Editions built into the program cannot be removed.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="89"/>
        <source>已安装的版本(&amp;V)：</source>
        <translation>Installed &amp;versions:</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="90"/>
        <source>政策文件</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="90"/>
        <source>有效期</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="90"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="91"/>
        <source>已安装的政策版本</source>
        <translation>Installed policy editions</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="92"/>
        <source>所选版本的详细信息</source>
        <translation>Details of the selected edition</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="93"/>
        <source>导入政策文件(&amp;I)…</source>
        <translation>&amp;Import policy file…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="94"/>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="179"/>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="95"/>
        <source>关闭(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="111"/>
        <source>内置</source>
        <translation>built in</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="111"/>
        <source>已导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="113"/>
        <source>已导入（替代内置版本）</source>
        <translation>imported (replaces the built-in edition)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="115"/>
        <source>，正在使用</source>
        <translation>, in use</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="127"/>
        <source>未能使用的文件：</source>
        <translation>Files that could not be used:</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="149"/>
        <source>发文机关：{0}&#x3000;模型版本：{1}</source>
        <translation>Issued by: {0}; model version: {1}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="150"/>
        <source>文件：{0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="159"/>
        <source>程序内置的版本不能删除。</source>
        <translation>Editions built into the program cannot be removed.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="161"/>
        <source>正在使用的版本不能删除：请先新建或打开其他版本的评估。</source>
        <translation>The edition in use cannot be removed: first start or open an assessment of another edition.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="163"/>
        <source>删除这个导入的版本</source>
        <translation>Remove this imported edition</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="178"/>
        <source>删除导入的政策版本“{0}”？
{1}</source>
        <translation>Remove the imported policy edition &apos;{0}&apos;?
{1}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="179"/>
        <source>删除政策版本</source>
        <translation>Remove policy edition</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="179"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/editions_dialog.py" line="184"/>
        <source>无法删除政策版本</source>
        <translation>Cannot remove the policy edition</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="28"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="29"/>
        <source>估计金额</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="30"/>
        <source>计入合计</source>
        <translation>Counted in the total</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="31"/>
        <source>条款原文</source>
        <translation>Clause (original text)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="32"/>
        <source>您填写的数据</source>
        <translation>Your figures</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="33"/>
        <source>本工具的理解</source>
        <translation>How this tool reads it</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="34"/>
        <source>通常需要的申报材料</source>
        <translation>Documents usually required</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="61"/>
        <source>（未填写）</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="69"/>
        <source>判断依据</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="70"/>
        <source>计算过程</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="71"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="72"/>
        <source>差一点就能多拿</source>
        <translation>Within reach of more</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="85"/>
        <source>{0}全文</source>
        <translation>Full text of {0} (Chinese original)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="113"/>
        <source>计算说明 — {0}</source>
        <translation>How it was calculated — {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="114"/>
        <source>计算说明</source>
        <translation>How it was calculated</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="117"/>
        <location filename="../hrb_desktop/ui/explain_dialog.py" line="118"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../hrb_desktop/ui/pages/export.py" line="47"/>
        <source>导出与保存</source>
        <translation>Export and save</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/export.py" line="48"/>
        <source>把评估保存为 .hrba 文件以便日后修改或转交，或导出 PDF 自评估报告。</source>
        <translation>Save the assessment as an .hrba file to edit or pass on later, or export the PDF self-assessment report.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/export.py" line="50"/>
        <source>导出 PDF 报告(&amp;P)…</source>
        <translation>Export &amp;PDF report…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/export.py" line="50"/>
        <source>申报前自评估报告：逐项列出条款、您的数据与计算过程。</source>
        <translation>The pre-application self-assessment report: each item with its clause, your figures and the calculation.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/export.py" line="51"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/export.py" line="51"/>
        <source>保存到当前文件；尚未保存过时会询问保存位置。</source>
        <translation>Save to the current file; if it has never been saved, you will be asked where.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/export.py" line="52"/>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/export.py" line="52"/>
        <source>保存为新的评估文件（.hrba）。</source>
        <translation>Save as a new assessment file (.hrba).</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/export.py" line="68"/>
        <source>当前评估尚未保存。</source>
        <translation>This assessment has not been saved yet.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/export.py" line="70"/>
        <source>文件：{0}（有未保存的修改）</source>
        <translation>File: {0} (unsaved changes)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/export.py" line="72"/>
        <source>已保存到：{0}</source>
        <translation>Saved to: {0}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="182"/>
        <location filename="../hrb_desktop/ui/help_guide.py" line="183"/>
        <source>使用指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="184"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>GuideText</name>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="63"/>
        <source>在本页的字段之间按顺序移动</source>
        <translation>Move through the fields of the page in order</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="64"/>
        <source>回车（Enter）</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="64"/>
        <source>下一步；本页还有需要改正的内容时不会翻页</source>
        <translation>Next; it does nothing while something on the page still needs fixing</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="65"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="66"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="67"/>
        <source>到左侧的步骤列表：上下键选择一步，回车前往</source>
        <translation>Go to the step list on the left: choose a step with the arrow keys, Enter goes there</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="68"/>
        <source>返回核对：从核对页点“修改…”后，一次回到核对页（途中需要改正的页会停下）</source>
        <translation>Back to review: after “Edit…” on the review page, one press returns there (it stops on any page on the way that needs fixing)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="69"/>
        <source>保存并完成（最后一页）</source>
        <translation>Save and finish (last page)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="70"/>
        <source>开始页：新建评估</source>
        <translation>Start page: new assessment</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="71"/>
        <source>开始页：选择政策版本</source>
        <translation>Start page: choose the policy edition</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="72"/>
        <source>Alt+带下划线的字母</source>
        <translation>Alt+underlined letter</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="72"/>
        <source>每个字段和按钮都有自己的字母：跳到该字段，或按下该按钮</source>
        <translation>Every field and button has a letter of its own: it jumps to the field or presses the button</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="73"/>
        <source>Alt+↓ 或 F4</source>
        <translation>Alt+↓ or F4</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="73"/>
        <source>在日期框中打开日历；方向键选日期，回车确定，Esc 取消</source>
        <translation>In a date box, opens the calendar; arrow keys choose a day, Enter takes it, Esc cancels</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="74"/>
        <source>空格</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="74"/>
        <source>勾选或选中当前的选项</source>
        <translation>Ticks or selects the option that has the focus</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="78"/>
        <source>新建评估</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="79"/>
        <source>打开评估文件</source>
        <translation>Open an assessment file</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="80"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="81"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="82"/>
        <source>导出 PDF 报告</source>
        <translation>Export the PDF report</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="83"/>
        <source>打开本指南</source>
        <translation>Open this guide</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="86"/>
        <source>使用指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="87"/>
        <source>每次修改后约一秒半，程序会把当前评估自动保存到“自动保存”文件夹；正常退出时删除。</source>
        <translation>About a second and a half after each change the assessment is saved to the autosave folder; a normal exit deletes it. </translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="88"/>
        <source>程序意外关闭后再次启动，会询问是否恢复，并回到您当时所在的那一页。</source>
        <translation>If the program closed unexpectedly, the next start offers to recover it and returns to the page you were on.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="92"/>
        <source>这个程序做什么</source>
        <translation>What this program does</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="93"/>
        <source>按哈政规〔2021〕10号的原文，估算企业申报前可以争取哪些奖补、大约多少钱。每个金额都注明依据的条款和计算过程。结果只是申报前的估算，不代表审批结论；程序完全离线运行，数据只保存在这台电脑上。</source>
        <translation>From the text of Harbin&apos;s policy Ha Zheng Gui [2021] No. 10 it estimates, before you apply, which awards an enterprise may claim and roughly how much. Every figure names its article and shows its arithmetic. The results are estimates, not an approval. The program works entirely offline and keeps its data on this computer only.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="96"/>
        <source>填写的顺序</source>
        <translation>The steps, in order</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="98"/>
        <source>开始：选择政策版本，新建评估，或打开以前保存的评估文件（.hrba）。打开的文件填写完整时，直接来到“核对”页。</source>
        <translation>Start: choose the policy edition, begin a new assessment, or open one saved earlier (.hrba). A complete file opens straight on the Review page.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="99"/>
        <source>企业信息：名称必填；评估基准日决定按哪一年度的情况估算。</source>
        <translation>Enterprise: the name is required; the reference date decides which year the estimate is for.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="100"/>
        <source>筛选：勾选与企业有关的方面。没有勾选的方面不提问，结果中单独列出，不算作漏填。</source>
        <translation>Screening: tick the areas that concern the enterprise. Areas left unticked are not asked about; the results list them apart, not as blanks.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="101"/>
        <source>各条款：按实际情况回答。不清楚的可以先空着，相关项目显示为“未填写完整”。</source>
        <translation>Articles: answer as things stand. Anything you are unsure of can stay blank; the items it affects show as “Not answered”.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="102"/>
        <source>项目（第十八条）：同一个项目同时符合几项奖补时，按从高原则只计一项，请在这里把它们归到一起。</source>
        <translation>Projects (Art. 18): when one project qualifies for several awards, only the highest counts; group them here.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="103"/>
        <source>核对：检查所有回答；点“修改…”回到那一页，改完按“返回核对”。</source>
        <translation>Review: check every answer; “Edit…” goes back to its page, and “Back to review” returns when you are done.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="104"/>
        <source>评估结果：合计、按条款的金额和每一项的理由；点项目名称查看计算过程。</source>
        <translation>Results: the total, the amounts by article and the reasons for each item; click an item&apos;s name for its calculation.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="105"/>
        <source>导出与保存：保存评估文件，导出可打印、签字的 PDF 报告。“保存并完成”会告诉您文件保存在哪里。</source>
        <translation>Export and save: save the assessment file and export the PDF report to print and sign. “Save and finish” tells you where the file is.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="108"/>
        <source>左侧的步骤列表</source>
        <translation>The step list on the left</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="109"/>
        <source>列出全部步骤：✓ 表示已完成，! 表示这一页有需要改正的内容，灰色的 – 表示按目前的回答跳过（未筛选或不适用）。点一步（或选中后按回车）就到那一页；往后跳时会经过中间各页，遇到需要改正的页会停在那里并说明原因。</source>
        <translation>It lists every step: ✓ means done, ! means the page has something to fix, a grey – means the step is skipped with the current answers (not screened or not applicable). Click a step (or choose it and press Enter) to go there; going forward passes through the pages in between and stops, saying why, on a page that needs fixing.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="112"/>
        <source>键盘</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="114"/>
        <source>状态的意思</source>
        <translation>What the statuses mean</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="116"/>
        <source>按您的回答可以申报，金额计入合计。</source>
        <translation>From your answers you may apply; the amount is in the total.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="117"/>
        <source>有条件没有满足，理由中写明是哪一条。</source>
        <translation>A condition is not met; the reason says which.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="118"/>
        <source>条文没有写具体金额，由主管部门决定，不计入合计。</source>
        <translation>The text sets no figure; the department decides, and it is not in the total.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="119"/>
        <source>用地、人才、融资渠道等支持，不是现金，不计入合计。</source>
        <translation>Support such as land, talent or financing channels: not cash, not in the total.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="120"/>
        <source>还缺少回答，无法判断；补上后会自动重新计算。</source>
        <translation>An answer is missing, so it cannot be judged yet; it is recalculated as soon as you fill it in.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="121"/>
        <source>属于筛选时没有勾选的方面，没有提问，也没有计算。</source>
        <translation>It belongs to an area left unticked on the screening page: not asked about, not calculated.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="122"/>
        <source>不计入（第十八条）</source>
        <translation>Not counted (Art. 18)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="123"/>
        <source>与更高的一项属于同一项目，或已享受省级同类支持，按第十八条不重复计入。</source>
        <translation>It concerns the same project as a higher award, or the same support is already received from the province, so under Art. 18 it is not counted twice.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="126"/>
        <source>金额和区间</source>
        <translation>Amounts and ranges</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="127"/>
        <source>金额以万元为单位，保留两位小数。条文只写“最高不超过”或“50—200万元”时，结果是一个区间，例如 0.00–500.00：前一个数是可以确定的部分，后一个数是最多可能得到的金额。合计也是区间。</source>
        <translation>Amounts are in 10k CNY with two decimals. Where the text only says “at most” or “500,000 to 2 million yuan”, the result is a range such as 0.00–500.00: the first figure is the part that is certain, the second the most you could receive. The total is a range too.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="131"/>
        <source>文件保存在哪里</source>
        <translation>Where the files are</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="132"/>
        <source>评估文件（.hrba）保存在您选择的位置，可以复制、发给同事，再用本程序打开。程序自带的示例只作模板：打开后保存时会请您另存为新文件，示例本身不会被改动。</source>
        <translation>An assessment file (.hrba) is saved where you choose; you can copy it, send it to a colleague and open it again here. The examples that come with the program are templates: saving one asks for a new file name, and the example itself is never changed.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="136"/>
        <source>程序数据文件夹</source>
        <translation>Program data folder</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="137"/>
        <source>自动保存</source>
        <translation>Autosaves</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="138"/>
        <source>设置（语言、最近打开的文件）</source>
        <translation>Settings (language, recent files)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="142"/>
        <source>在公用电脑上清除本机数据</source>
        <translation>Clearing your data from a shared computer</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/help_guide.py" line="143"/>
        <source>选择“文件 → 清除本机数据”：删除最近打开的文件列表、上次使用的文件夹和所有自动保存。已保存的评估文件和导出的 PDF 不受影响。也可以在退出程序后直接删除上面的程序数据文件夹。</source>
        <translation>Choose File → Clear local data: it deletes the list of recent files, the last folder used and every autosave. Saved assessment files and exported PDFs are not touched. You can also delete the program data folder above once the program is closed.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="50"/>
        <source>哈尔滨制造业政策申报自评估</source>
        <translation>Harbin Manufacturing Policy Self-Assessment</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="148"/>
        <source>自动保存失败：{0}</source>
        <translation>Autosave failed: {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="327"/>
        <source>恢复未保存的评估</source>
        <translation>Recover unsaved assessment</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="331"/>
        <source>恢复(&amp;R)</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="332"/>
        <source>不恢复(&amp;D)</source>
        <translation>&amp;Don&apos;t recover</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="343"/>
        <source>已恢复自动保存的评估，请及时保存。</source>
        <translation>The autosaved assessment was recovered; save it soon.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="320"/>
        <location filename="../hrb_desktop/ui/main_window.py" line="322"/>
        <location filename="../hrb_desktop/ui/main_window.py" line="347"/>
        <source>无法恢复</source>
        <translation>Cannot recover</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="322"/>
        <source>这份自动保存已损坏。要删除它吗？</source>
        <translation>This autosave is damaged. Delete it?</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="322"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="322"/>
        <source>保留</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="329"/>
        <source>上次程序没有正常关闭，发现一份自动保存的评估：

{0}

要恢复它吗？选择“不恢复”将删除这份自动保存。</source>
        <translation>The program did not close normally last time. An autosaved assessment was found:

{0}

Recover it? “Don&apos;t recover” deletes this autosave.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="352"/>
        <source>（未填写名称）</source>
        <translation>(no name entered)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="353"/>
        <source>尚未保存为文件</source>
        <translation>not yet saved to a file</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="357"/>
        <source>时间不详</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="360"/>
        <source>企业：{0}</source>
        <translation>Enterprise: {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="246"/>
        <location filename="../hrb_desktop/ui/main_window.py" line="360"/>
        <source>文件：{0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="220"/>
        <source>无法使用该政策版本</source>
        <translation>Cannot use this policy edition</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="220"/>
        <source>政策版本“{0}”无法载入。</source>
        <translation>The policy edition &apos;{0}&apos; cannot be loaded.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="224"/>
        <source>已切换到 {0}，并新建评估。</source>
        <translation>Switched to {0} with a new assessment.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="241"/>
        <source>要用该文件替代吗？</source>
        <translation>Replace it with this file?</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="242"/>
        <source>替代政策版本</source>
        <translation>Replace policy edition</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="242"/>
        <source>替代(&amp;R)</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="246"/>
        <source>无法导入政策文件</source>
        <translation>Cannot import the policy file</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="250"/>
        <source>已导入政策版本：</source>
        <translation>Imported the policy edition:</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="251"/>
        <source>已导入，并替代了原有的同名版本：</source>
        <translation>Imported, replacing the installed edition with the same id:</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="252"/>
        <source>该政策版本已安装，未作改动：</source>
        <translation>This policy edition is already installed; nothing changed:</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="255"/>
        <source>导入政策文件</source>
        <translation>Import policy file</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="261"/>
        <source>文件的 SHA-256 指纹：{0}</source>
        <translation>SHA-256 fingerprint of the file: {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="262"/>
        <source>请将此指纹与主管部门公布的指纹核对。</source>
        <translation>Compare this fingerprint with the one the department publishes.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="279"/>
        <source>当前评估仍按原数据计算</source>
        <translation>The current assessment keeps the previous data</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="280"/>
        <source>当前评估的回答与新数据不符，在重新打开或新建评估之前仍按原数据计算。</source>
        <translation>The current assessment&apos;s answers do not fit the new data; it is evaluated with the previous data until it is opened again or a new assessment is started.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="360"/>
        <source>自动保存于：{0}</source>
        <translation>Autosaved: {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="429"/>
        <source>评估向导</source>
        <translation>Assessment wizard</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="485"/>
        <source>请先改正“{0}”中的问题，才能继续往后。</source>
        <translation>Fix the problems on “{0}” first to go further.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="496"/>
        <source>{0}（示例）</source>
        <translation>{0} (example)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="502"/>
        <source>未命名评估</source>
        <translation>Untitled assessment</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="520"/>
        <source>已新建评估。</source>
        <translation>New assessment started.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="535"/>
        <location filename="../hrb_desktop/ui/main_window.py" line="648"/>
        <source>无法打开文件</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="536"/>
        <source>无法打开“{0}”：{1}</source>
        <translation>Cannot open “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="537"/>
        <source>文件未被改动：{0}</source>
        <translation>The file was not changed: {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="605"/>
        <source>评估</source>
        <translation>assessment</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="616"/>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="619"/>
        <source>已保存到 {0}</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="638"/>
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="639"/>
        <source>将丢弃本窗口中尚未保存的修改，载入磁盘上的版本“{0}”。确定吗？</source>
        <translation>This discards the unsaved changes in this window and loads the version of “{0}” on disk. Are you sure?</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="640"/>
        <source>丢弃我的修改并重新载入(&amp;L)</source>
        <translation>Discard my changes and re&amp;load</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="651"/>
        <source>已重新载入 {0}</source>
        <translation>Reloaded {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="658"/>
        <source>-自评估报告</source>
        <translation>-self-assessment</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="674"/>
        <location filename="../hrb_desktop/ui/main_window.py" line="679"/>
        <source>PDF 导出失败</source>
        <translation>PDF export failed</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="680"/>
        <source>PDF 报告未能生成，评估本身没有受到影响。</source>
        <translation>The PDF report could not be created; the assessment itself is unaffected.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="684"/>
        <source>PDF 报告已导出到 {0}</source>
        <translation>PDF report exported to {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="687"/>
        <source>PDF 已导出</source>
        <translation>PDF exported</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="688"/>
        <source>PDF 报告已导出，但其中有字符无法用程序自带的字体打印，已显示为“[U+编码]”：</source>
        <translation>The PDF report was exported, but some characters cannot be printed with the program&apos;s font; they appear as “[U+code]”:</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="702"/>
        <source>-评估结果</source>
        <translation>-results</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="713"/>
        <source>Excel 导出失败</source>
        <translation>Excel export failed</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="715"/>
        <source>Excel 已导出到 {0}</source>
        <translation>Excel exported to {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="747"/>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="750"/>
        <source>已从批量评估打开，尚未保存。</source>
        <translation>Opened from the batch; not saved yet.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="758"/>
        <source>清除本机数据</source>
        <translation>Clear data on this computer</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="760"/>
        <source>清除(&amp;C)</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="242"/>
        <location filename="../hrb_desktop/ui/main_window.py" line="641"/>
        <location filename="../hrb_desktop/ui/main_window.py" line="761"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="547"/>
        <source>已打开示例 {0}（模板：保存时需另存为新文件）</source>
        <translation>Opened example {0} (a template: saving asks for a new name)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="549"/>
        <source>请核对，按“下一步”查看结果。已打开 {0}</source>
        <translation>Check it here; Next shows the results. Opened {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="551"/>
        <source>请先改正本页的问题。已打开 {0}</source>
        <translation>Fix the problems on this page first. Opened {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="583"/>
        <source>无法打开文件夹</source>
        <translation>Cannot open the folder</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="583"/>
        <source>无法打开文件夹：{0}</source>
        <translation>The folder cannot be opened: {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="759"/>
        <source>将删除本机保存的最近文件列表、上次使用的文件夹和自动保存（仍在运行的其他窗口的除外）。
已保存的评估文件不受影响。继续吗？</source>
        <translation>This deletes the list of recent files, the last folder used and the autosaves kept on this computer (except those of other windows still running).
Saved assessment files are not affected. Continue?</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="766"/>
        <source>已清除本机数据。</source>
        <translation>Data on this computer cleared.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="787"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/main_window.py" line="788"/>
        <source>{0}
版本 {1}
离线运行，数据只保存在本机。结果为申报前估算，不代表审批结论。</source>
        <translation>{0}
Version {1}
Runs offline; your data stays on this computer. Results are pre-application estimates, not an approval decision.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="101"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="102"/>
        <source>最近打开(&amp;R)</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="103"/>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="104"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="107"/>
        <source>新建评估(&amp;N)</source>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="108"/>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="109"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="110"/>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="111"/>
        <source>导出 PDF 报告(&amp;P)…</source>
        <translation>Export &amp;PDF report…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="112"/>
        <source>导出 Excel(&amp;E)…</source>
        <translation>&amp;Export Excel…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="113"/>
        <source>批量评估(&amp;B)…</source>
        <translation>&amp;Batch assessment…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="114"/>
        <source>导入政策文件(&amp;I)…</source>
        <translation>&amp;Import policy file…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="115"/>
        <source>政策版本(&amp;D)…</source>
        <translation>Policy e&amp;ditions…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="116"/>
        <source>清除本机数据(&amp;C)…</source>
        <translation>&amp;Clear data on this computer…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="117"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="118"/>
        <source>使用指南(&amp;U)</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/menus.py" line="119"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../hrb_desktop/ui/pages/base.py" line="96"/>
        <location filename="../hrb_desktop/ui/pages/base.py" line="112"/>
        <source>需要先改正的内容</source>
        <translation>What to correct first</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/base.py" line="153"/>
        <source>……</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/base.py" line="154"/>
        <source>改正以下内容后才能继续：</source>
        <translation>Correct the following to continue: </translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="31"/>
        <source>通用设备制造业</source>
        <translation>General equipment manufacturing</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="32"/>
        <source>专用设备制造业</source>
        <translation>Special-purpose equipment manufacturing</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="33"/>
        <source>汽车制造业</source>
        <translation>Automobile manufacturing</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="34"/>
        <source>铁路、船舶、航空航天和其他运输设备制造业</source>
        <translation>Railway, ship, aerospace and other transport equipment manufacturing</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="35"/>
        <source>电气机械和器材制造业</source>
        <translation>Electrical machinery and equipment manufacturing</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="36"/>
        <source>计算机、通信和其他电子设备制造业</source>
        <translation>Computer, communication and other electronic equipment manufacturing</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="37"/>
        <source>仪器仪表制造业</source>
        <translation>Instrument manufacturing</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="38"/>
        <source>医药制造业</source>
        <translation>Pharmaceutical manufacturing</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="39"/>
        <source>农副食品加工业</source>
        <translation>Agricultural and sideline food processing</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="40"/>
        <source>食品制造业</source>
        <translation>Food manufacturing</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="41"/>
        <source>化学原料和化学制品制造业</source>
        <translation>Chemical raw materials and products manufacturing</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="42"/>
        <source>金属制品业</source>
        <translation>Metal products</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="43"/>
        <source>其他制造业</source>
        <translation>Other manufacturing</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="96"/>
        <source>企业（机构）名称(&amp;M) *</source>
        <translation>Na&amp;me of enterprise or body *</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="99"/>
        <source>统一社会信用代码(&amp;C)</source>
        <translation>Unified social &amp;credit code</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="100"/>
        <source>所在区、县（市）(&amp;D)</source>
        <translation>&amp;District or county</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="102"/>
        <source>所属行业(&amp;I)</source>
        <translation>&amp;Industry</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="104"/>
        <source>联系人及电话(&amp;P)</source>
        <translation>Contact and &amp;phone</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="164"/>
        <source>联系人及电话</source>
        <translation>Contact and phone</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="106"/>
        <source>申报主体类型(&amp;T)</source>
        <translation>Applicant &amp;type</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="107"/>
        <source>评估基准日(&amp;R)</source>
        <translation>&amp;Reference date</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="144"/>
        <source>企业信息</source>
        <translation>Enterprise profile</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="145"/>
        <source>先填写申报主体的基本情况；带 * 的为必填项。</source>
        <translation>Start with the applicant&apos;s basic details; fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="146"/>
        <source>申报主体</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="149"/>
        <source>企业（机构）名称</source>
        <translation>Name of enterprise or body</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="150"/>
        <source>与营业执照一致</source>
        <translation>As on the business licence</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="152"/>
        <source>所在区、县（市）</source>
        <translation>District or county</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="153"/>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="156"/>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="163"/>
        <source>选择或输入，例如 通用设备制造业</source>
        <translation>Choose or type</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="165"/>
        <source>申报主体类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="169"/>
        <source>评估基准日</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="170"/>
        <source>基本情况</source>
        <translation>Basic facts</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="246"/>
        <source>在政策有效期内。</source>
        <translation>Within the policy&apos;s term.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="250"/>
        <source>不在政策有效期（{0}至{1}）内：结果会带提示。按哪一年度的数据评估，就选该年度内的日期。</source>
        <translation>Outside the policy&apos;s term ({0} to {1}): the results will carry a warning. Pick a date in the year whose figures you are assessing.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="270"/>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="280"/>
        <source>请填写企业（机构）名称</source>
        <translation>Enter the name of the enterprise or body</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/profile.py" line="284"/>
        <source>评估基准日：{0}</source>
        <translation>Reference date: {0}</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="89"/>
        <source>项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="92"/>
        <source>同一投资项目符合多项奖补时，{0}规定“从高不重复”。请把属于同一项目的奖补项归为一组。</source>
        <translation>When one project qualifies for several awards, {0} counts only the higher. Group the awards of the same project.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="96"/>
        <source>例如：同一条生产线既申请固定资产投资补助，又申请智能制造补助，就新建一个项目并勾选这两项；合计中只计入金额较高的一项。没有这种情况可直接点击“下一步”。</source>
        <translation>For example, if one production line applies for both a fixed-asset investment subsidy and a smart-manufacturing subsidy, add a project and tick both; only the higher amount counts in the total. If nothing like this applies, just click &quot;Next&quot;.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="100"/>
        <source>项目列表</source>
        <translation>Project list</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="101"/>
        <source>项目(&amp;P)：</source>
        <translation>&amp;Projects:</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="102"/>
        <source>添加项目(&amp;A)</source>
        <translation>&amp;Add project</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="103"/>
        <source>添加项目</source>
        <translation>Add project</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="104"/>
        <source>最多 {0} 个项目</source>
        <translation>At most {0} projects</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="105"/>
        <source>删除项目(&amp;E)</source>
        <translation>R&amp;emove project</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="106"/>
        <source>删除所选项目</source>
        <translation>Remove the selected project</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="107"/>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="108"/>
        <source>例如 智能化铸锻车间建设项目</source>
        <translation>e.g. Smart forging workshop</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="109"/>
        <source>项目名称(&amp;M)：</source>
        <translation>Project na&amp;me:</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="110"/>
        <source>该项目涉及的奖补项，空格键勾选</source>
        <translation>Awards this project involves; Space ticks one</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="111"/>
        <source>该项目涉及的奖补项(&amp;I)：</source>
        <translation>Awards this project &amp;involves:</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="112"/>
        <source>还没有项目。</source>
        <translation>No projects yet.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="140"/>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="192"/>
        <source>（未命名项目 {0}）</source>
        <translation>(untitled project {0})</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="181"/>
        <source>（已属于“{0}”）</source>
        <translation> (already in &quot;{0}&quot;)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="213"/>
        <source>第{0}个项目还没有名称</source>
        <translation>Project {0} has no name yet</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/projects.py" line="215"/>
        <source>项目名称“{0}”重复</source>
        <translation>The project name &quot;{0}&quot; is used twice</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="65"/>
        <source>评估结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="66"/>
        <source>金额为按政策原文的申报前估算（万元），区间表示条文只规定了上限或幅度。点击项目名称查看计算说明。</source>
        <translation>Estimates in 10k CNY from the policy text; a range means it gives only a cap or a span. Click an item for the arithmetic.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="67"/>
        <source>估计合计</source>
        <translation>Estimated total</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="68"/>
        <source>逐项结果，Tab 键选择项目链接，回车查看计算说明</source>
        <translation>Results by item; Tab selects an item link, Enter shows how it was calculated</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="84"/>
        <source>估计合计：{0}</source>
        <translation>Estimated total: {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="102"/>
        <source>资金奖补（按条款）</source>
        <translation>Monetary awards (by article)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="119"/>
        <source>不计入（{0}）</source>
        <translation>Not counted ({0})</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="135"/>
        <source>{0} 从高不重复 / 省市不重复</source>
        <translation>{0}: the higher award only / no double provincial and municipal support</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="128"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="128"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="128"/>
        <source>估计金额</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="128"/>
        <source>计入合计</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="131"/>
        <source>按目前的回答，还没有符合条件的资金奖补项目。</source>
        <translation>With the answers so far, no monetary award is eligible yet.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="138"/>
        <source>需主管部门核定金额的项目（不计入合计）</source>
        <translation>Items whose amount the department decides (not in the total)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="139"/>
        <source>差一点就能多拿</source>
        <translation>Within reach of more</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="140"/>
        <source>非资金支持</source>
        <translation>Non-monetary support</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="141"/>
        <source>不符合条件</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="142"/>
        <source>尚未填写完整</source>
        <translation>Not fully answered yet</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="154"/>
        <source>筛选时未勾选、未作评估（{0} 项）</source>
        <translation>Left out on the screening page, not assessed ({0} items)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="158"/>
        <source>按政策版本 {0}（{1}，政策模型 {2}）计算。</source>
        <translation>Calculated with policy edition {0} ({1}, policy model {2}).</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/results.py" line="159"/>
        <source>本结果为申报前估算，不代表审批结论。</source>
        <translation>These results are pre-application estimates, not an approval decision.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="31"/>
        <source>核对</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="32"/>
        <source>请核对填写的内容。点击“修改”回到该页，其他答案都会保留。</source>
        <translation>Check your answers. &quot;Edit&quot; takes you back to that page; every other answer is kept.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="60"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="60"/>
        <location filename="../hrb_desktop/ui/pages/review.py" line="61"/>
        <location filename="../hrb_desktop/ui/pages/review.py" line="62"/>
        <location filename="../hrb_desktop/ui/pages/review.py" line="63"/>
        <location filename="../hrb_desktop/ui/pages/review.py" line="64"/>
        <location filename="../hrb_desktop/ui/pages/review.py" line="104"/>
        <source>（未填写）</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="61"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="62"/>
        <source>所在区、县（市）</source>
        <translation>District or county</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="63"/>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="64"/>
        <source>联系人及电话</source>
        <translation>Contact and phone</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="65"/>
        <source>申报主体类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="66"/>
        <source>评估基准日</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="69"/>
        <source>企业信息</source>
        <translation>Enterprise profile</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="72"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="73"/>
        <source>筛选</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="73"/>
        <source>涉及方面</source>
        <translation>Areas concerned</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="73"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="81"/>
        <source>（未勾选）</source>
        <translation>(none ticked)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="82"/>
        <source>项目（{0}）</source>
        <translation>Projects ({0})</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="83"/>
        <source>项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="83"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="116"/>
        <source>（本页没有需要回答的问题）</source>
        <translation>(no questions to answer on this page)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="84"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/review.py" line="124"/>
        <source>修改：{0}</source>
        <translation>Edit: {0}</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <location filename="../hrb_desktop/ui/pages/screening.py" line="52"/>
        <source>筛选</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/screening.py" line="53"/>
        <source>勾选与企业有关的方面，未勾选方面的条款将跳过（随时可以回来修改）。</source>
        <translation>Tick the areas that concern the enterprise; articles in unticked areas are skipped (you can come back at any time).</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/screening.py" line="54"/>
        <source>用地、人才、用能、企业服务等普惠条款不需要筛选，结果中会一并列出。</source>
        <translation>Articles open to all, such as land, talent, energy and enterprise services, need no screening; they are always listed in the results.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/screening.py" line="55"/>
        <source>政策涉及的方面</source>
        <translation>Areas the policy covers</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/screening.py" line="65"/>
        <source>涉及{0}</source>
        <translation>Concerns {0}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/screening.py" line="56"/>
        <source>全选(&amp;A)</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/screening.py" line="57"/>
        <source>全不选(&amp;U)</source>
        <translation>&amp;Unselect all</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/screening.py" line="68"/>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/screening.py" line="69"/>
        <source>全不选</source>
        <translation>Select none</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="102"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="103"/>
        <source>哈尔滨市制造业政策申报前自评估：看看企业可以申报哪些奖补，大约多少。</source>
        <translation>Pre-application self-assessment for Harbin&apos;s manufacturing policy: which awards an enterprise may claim, and roughly how much.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="104"/>
        <location filename="../hrb_desktop/ui/pages/start.py" line="105"/>
        <source>政策文本</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="106"/>
        <source>有效期提示</source>
        <translation>Validity notice</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="109"/>
        <source>本工具仅依据政策原文做申报前估算：金额多为区间，“一定金额”“一事一议”等由主管部门核定，结果不代表审批结论。数据只保存在本机，不会上传。</source>
        <translation>This tool estimates from the policy text alone, before you apply: most amounts are ranges, and sums such as &quot;a certain amount&quot; or &quot;case by case&quot; are set by the department; the results are not an approval decision. Your data stays on this computer and is never uploaded.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="114"/>
        <source>新建评估</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="115"/>
        <source>打开评估文件(&amp;O)…</source>
        <translation>&amp;Open assessment file…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="116"/>
        <source>打开评估文件</source>
        <translation>Open assessment file</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="117"/>
        <source>最近打开的文件(&amp;R)：</source>
        <translation>&amp;Recent files:</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="98"/>
        <location filename="../hrb_desktop/ui/pages/start.py" line="119"/>
        <source>最近打开的文件，按回车打开</source>
        <translation>Recent files; press Enter to open</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="113"/>
        <source>新建评估(&amp;W)</source>
        <translation>Ne&amp;w assessment</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="120"/>
        <source>当前评估已就绪：点击“下一步”填写企业信息。</source>
        <translation>The current assessment is ready: click &quot;Next&quot; to fill in the enterprise profile.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="122"/>
        <source>正在载入政策文本……</source>
        <translation>Loading the policy…</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="130"/>
        <source>&lt;b&gt;{doc}&lt;/b&gt;&lt;br&gt;《{title}》&lt;br&gt;{issuer}&#x3000;印发日期：{issued}&lt;br&gt;有效期：{start}至{end}（{years}年）</source>
        <translation>&lt;b&gt;{doc}&lt;/b&gt;&lt;br&gt;&lt;i&gt;{title}&lt;/i&gt;&lt;br&gt;{issuer}, issued {issued}&lt;br&gt;In force: {start} to {end} ({years} years)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="207"/>
        <source>政策版本(&amp;E)：</source>
        <translation>Policy &amp;edition:</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="208"/>
        <source>政策版本：新建评估所依据的政策文件</source>
        <translation>Policy edition: the policy a new assessment follows</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="228"/>
        <source>新建评估的评估基准日默认为今天（{0}），今天在本政策有效期内。</source>
        <translation>A new assessment&apos;s reference date is today ({0}), which is within this policy&apos;s term.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="230"/>
        <source>今天不在本政策有效期内，新建评估的评估基准日默认为{0}，即有效期内最后一个完整年度的年末，可在“企业信息”页修改。</source>
        <translation>Today is outside this policy&apos;s term, so a new assessment&apos;s reference date is {0}, the end of the last full year in force; you can change it on the &quot;Enterprise profile&quot; page.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="233"/>
        <source>今天不在本政策有效期内，新建评估的评估基准日默认为有效期的最后一天{0}，可在“企业信息”页修改。</source>
        <translation>Today is outside this policy&apos;s term, so a new assessment&apos;s reference date is its last day, {0}; you can change it on the &quot;Enterprise profile&quot; page.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="250"/>
        <source>评估基准日 {ref} 在政策有效期内（{start}至{end}）。</source>
        <translation>The reference date {ref} is within the policy&apos;s term ({start} to {end}).</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="256"/>
        <source>已于{end}到期</source>
        <translation>expired on {end}</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="256"/>
        <source>尚未施行</source>
        <translation>is not yet in force</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/pages/start.py" line="259"/>
        <source>&lt;b&gt;提示：评估基准日 {ref} 不在政策有效期内&lt;/b&gt;（{start}至{end}，本政策{state}）。&lt;br&gt;如果您按有效期内某一年度的数据自评，请在下一页“企业信息”中把&lt;b&gt;评估基准日&lt;/b&gt;设为该年度内的日期（例如 {example}）。申报前请向主管部门确认是否有延续或替代政策。</source>
        <translation>&lt;b&gt;Note: the reference date {ref} is outside the policy&apos;s term&lt;/b&gt; ({start} to {end}; the policy {state}).&lt;br&gt;If you are assessing figures from a year within the term, set the &lt;b&gt;reference date&lt;/b&gt; on the next page, &quot;Enterprise profile&quot;, to a date in that year (e.g. {example}). Before applying, ask the department whether a successor policy applies.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../hrb_desktop/ui/widgets/step_list.py" line="81"/>
        <source>步骤(&amp;G)</source>
        <translation>Steps (&amp;G)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/step_list.py" line="82"/>
        <source>全部步骤：上下键选择，回车前往</source>
        <translation>All steps: arrow keys to choose, Enter to go there</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/step_list.py" line="83"/>
        <source>✓ 已完成
! 需要改正
– 跳过</source>
        <translation>✓ done
! to fix
– skipped</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/step_list.py" line="84"/>
        <source>步骤标记说明</source>
        <translation>What the step marks mean</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../hrb_desktop/ui/steps.py" line="50"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/steps.py" line="51"/>
        <source>企业信息</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/steps.py" line="52"/>
        <source>筛选</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/steps.py" line="53"/>
        <source>项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/steps.py" line="54"/>
        <source>核对</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/steps.py" line="55"/>
        <source>评估结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/steps.py" line="56"/>
        <source>导出与保存</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/steps.py" line="59"/>
        <source>已完成</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/steps.py" line="60"/>
        <source>尚未查看</source>
        <translation>not yet seen</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/steps.py" line="61"/>
        <source>需要改正</source>
        <translation>needs fixing</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/steps.py" line="62"/>
        <source>未筛选，跳过</source>
        <translation>not screened, skipped</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/steps.py" line="63"/>
        <source>不适用，跳过</source>
        <translation>not applicable, skipped</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../hrb_desktop/ui/widgets/fields.py" line="142"/>
        <source>万元</source>
        <translation>(10k CNY)</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/fields.py" line="144"/>
        <source>例如 1,234.5</source>
        <translation>e.g. 1,234.5</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/fields.py" line="145"/>
        <source>例如 3.65</source>
        <translation>e.g. 3.65</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/fields.py" line="146"/>
        <source>例如 2</source>
        <translation>e.g. 2</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/fields.py" line="147"/>
        <source>例如 2022-11-18</source>
        <translation>e.g. 2022-11-18</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <location filename="../hrb_desktop/ui/widgets/fields.py" line="120"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/fields.py" line="121"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/fields.py" line="122"/>
        <source>{0}：是</source>
        <translation>{0}: yes</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/widgets/fields.py" line="123"/>
        <source>{0}：否</source>
        <translation>{0}: no</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../hrb_desktop/ui/app.py" line="111"/>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/app.py" line="112"/>
        <source>发生了意外错误，刚才的操作可能没有完成。</source>
        <translation>An unexpected error occurred; the last action may not have finished.</translation>
    </message>
    <message>
        <location filename="../hrb_desktop/ui/app.py" line="115"/>
        <source>您的评估会自动保存；建议先“另存为”一份，再继续。
错误：{0}</source>
        <translation>Your assessment is autosaved; we suggest you &quot;Save as&quot; a copy before you go on.
Error: {0}</translation>
    </message>
</context>
</TS>
