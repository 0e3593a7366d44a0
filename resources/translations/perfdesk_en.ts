<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionDetailPane</name>
    <message>
        <source>Show in Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-day period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-day reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand (no meeting issue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · owner %2 · %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner chosen because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no part written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KPI linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: measured %3 against expected %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done; waiting for verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionFilter</name>
    <message>
        <source>No department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · 1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · 1 action · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 actions · %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>Improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why someone other than the rule&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done, by whom, how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no KPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-departments and their parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start and due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline → expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1 (the general manager, several departments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1 (the department&apos;s manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be improved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner is not the rule&apos;s; give the reason for the choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline and the expected result must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within a range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionReviewPanel</name>
    <message>
        <source>Review of last meeting&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of actions: up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of actions: after %1 up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Clear improvement: %1 departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ No improvement: %1 departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 — %2: overdue by %3 days (due %4), no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 — %2: done, result not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 — %2: %3 %4 → %5 (expected %6), %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline → expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-day reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its due date %1 and not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Improvement actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the actions with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement actions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible or co-department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the actions of this document&apos;s department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions under a header row per department or owner; Left and Right (or Enter) on a header collapse and expand it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the actions of every group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the group header rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action, unit or owner (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-Day Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed in review meetings are followed up here with their 10-day reports. Add one with New Action…; the demo company has actions in every state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company document has no department of its own: every action shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 actions are hidden by the status, the text or the unit filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the action returned for revision? The owner will see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the action cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-day report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActualGridModel</name>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period is closed: its values cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal is entered by 10-day period or week: its months add those up and cannot be typed into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month of the period in focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month in focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: folded, click to show its teams and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: click to fold its teams and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
/ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum over the teams and people of %1 (each team&apos;s own goal where it has one, so nothing is counted twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on target from %2, warning from %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One speaker per department with KPIs in the reviewed period, more minutes for more red, plus the review of last meeting&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking &amp;Lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked issues and items earlier meetings did not reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned %1 min of %2 min; the agenda ends at %3 (%4 min spare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned %1 min of %2 min (%3 min spare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda has no items yet: add some, or start from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has %2 minutes: give it more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speaks but is not among the attendees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is %1 min longer than the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parking lot is empty: nothing earlier is left over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add items from the parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item more than 0 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 10 % over the planned time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPane</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the alerts of one kind; the counts are per kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts for the months that have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an alert, or press Enter on it, to select its month in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off target twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red, no note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>File Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BacklogDialog</name>
    <message>
        <source>Parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked issue: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues parked and agenda items not reached in earlier meetings. The checked ones are added to this agenda as discussion items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the upgrade from version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the merge of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be restored: it is not a sound perfdesk document (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be restored: it belongs to another document (document id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sound perfdesk document (id %1), schema version %2. The damaged file no longer says which document it was, so check the date before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document (id %1), schema version %2; the check found no damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdesk copies the document beside it before every upgrade, import, merge and restore. Restoring one replaces the document with that copy; the document as it is now is copied first, so a restore can be undone here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups of each document; the oldest are deleted after a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this document yet. One is taken before every upgrade, import, merge and restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document goes back to this copy: every change made since it was taken is replaced. The document as it is now is copied first, so you can restore it again from this list. The undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is open read-only, so no backup can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it for editing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to the document; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was restored from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document as it was before is kept as %1 (Restore Backup puts it back). The undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadCellsDialog</name>
    <message>
        <source>Paste refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pasted: %1 of the %2 cells cannot be entered. Fix them in the spreadsheet and paste again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CascadeDialog</name>
    <message>
        <source>Decompose Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3: target %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units directly below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people of this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child &amp;holders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the shares in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By last year&apos;s actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of each new goal (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent&apos;s target is 0: set shares instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand; the others make up the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has one: skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has one: update it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be written until this is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of these already have a goal on this KPI: choose to update or skip each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has last year&apos;s actuals: shared evenly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year has negative actuals: shared evenly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is counted in these holders: shared evenly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additive KPI: the children&apos;s targets add up exactly to the parent&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decomposed %1 vs parent %2, difference %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate or a level: every child gets the parent&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each child: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decompose Goal (Two Levels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this document&apos;s value (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the package&apos;s value (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld: the evaluation stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: the appeal is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised: a corrected score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation>“%1” cannot be replaced.</translation>
    </message>
    <message>
        <source>It is open for editing or it is the company file itself. Choose another name.</source>
        <translation>It is open for editing or it is the company file itself. Choose another name.</translation>
    </message>
    <message>
        <source>“%1” is a department file; the unit is outside its own unit.</source>
        <translation>“%1” is a department file; the unit is outside its own unit.</translation>
    </message>
    <message>
        <source>A department file can start files only for units inside its own unit. Start this one from the company file.</source>
        <translation>A department file can start files only for units inside its own unit. Start this one from the company file.</translation>
    </message>
    <message>
        <source>“%1” is being saved by another program.</source>
        <translation>“%1” is being saved by another program.</translation>
    </message>
    <message>
        <source>Try again in a moment. Nothing was written.</source>
        <translation>Try again in a moment. Nothing was written.</translation>
    </message>
    <message>
        <source>The department file could not be made from “%1”.</source>
        <translation>The department file could not be made from “%1”.</translation>
    </message>
    <message>
        <source>Nothing was written. The details say why (in English).</source>
        <translation>Nothing was written. The details say why (in English).</translation>
    </message>
    <message>
        <source>New Department File</source>
        <translation>New Department File</translation>
    </message>
    <message>
        <source>A department file holds the organisation, the KPI library, the goals of the unit and everything below it (with the goals above them) and the meetings, issues and actions that name it. Ids stay the company&apos;s, so the files can be merged later. The company file is not changed.</source>
        <translation>A department file holds the organisation, the KPI library, the goals of the unit and everything below it (with the goals above them) and the meetings, issues and actions that name it. Ids stay the company&apos;s, so the files can be merged later. The company file is not changed.</translation>
    </message>
    <message>
        <source>Find a unit: name, pinyin, code</source>
        <translation>Find a unit: name, pinyin, code</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <source>Values and notes:</source>
        <translation>Values and notes:</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Meetings:</translation>
    </message>
    <message>
        <source>Issues and actions:</source>
        <translation>Issues and actions:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <source>Pick a unit.</source>
        <translation>Pick a unit.</translation>
    </message>
    <message>
        <source>Pick a department or a unit below the company.</source>
        <translation>Pick a department or a unit below the company.</translation>
    </message>
    <message>
        <source>%1 (%2 of the unit and below, %3 above them)</source>
        <translation>%1 (%2 of the unit and below, %3 above them)</translation>
    </message>
    <message>
        <source>%1 values, %2 deviation notes</source>
        <translation>%1 values, %2 deviation notes</translation>
    </message>
    <message>
        <source>%1 (%2 agenda items)</source>
        <translation>%1 (%2 agenda items)</translation>
    </message>
    <message>
        <source>%1 issues, %2 actions, %3 reports</source>
        <translation>%1 issues, %2 actions, %3 reports</translation>
    </message>
    <message>
        <source>%1 units, %2 people, %3 KPIs (all of them)</source>
        <translation>%1 units, %2 people, %3 KPIs (all of them)</translation>
    </message>
    <message>
        <source>The department file “%1” was written.</source>
        <translation>The department file “%1” was written.</translation>
    </message>
    <message>
        <source>%1 goals, %2 values, %3 meetings, %4 actions for %5.</source>
        <translation>%1 goals, %2 values, %3 meetings, %4 actions for %5.</translation>
    </message>
    <message>
        <source>Open It</source>
        <translation>Open It</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DeviationPanel</name>
    <message>
        <source>Deviation (quantified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement measures (internal causes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources needed (external causes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note of this month (one step: Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a month of a goal to see or write its note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off target: state the gap, split its causes into internal and external, then the measures for the internal ones and the resources the external ones need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not off target; a note is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual %1, %3 percentage points below the %2 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual %1, %3 percentage points above the %2 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual %1, %3 below the %2 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual %1, %3 above the %2 target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No document open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a department&apos;s or the company&apos;s perfdesk file, or look around in the demo company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no organisation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the company: Organisation → Add Unit… (Insert) enters it, then its departments and people below it. Or open a department&apos;s or the company&apos;s perfdesk file, or look around in the demo company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no goals for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals are set for each unit and person. Choose another one in the tree, or look one level up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndMeetingDialog</name>
    <message>
        <source>End Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End “%1” and lock its record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned %1, actual %2, overrun %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time reporting %1 %, questioning and solving %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issues raised, %2 of them with an improvement action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues per department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issues have no owner yet:
%2
End the meeting anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending locks the agenda, attendance and issues; corrections need an explicit, logged reopen. Clock steps cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>The text contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is %1 characters long; a value needs far fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulas are not taken; enter the number itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The separators in “%1” fit no way of writing numbers; write it as 1,234.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not match the KPI&apos;s unit (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percent sign does not fit this KPI&apos;s unit (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorState</name>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this document is damaged and this view cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other tabs may still work. Restore a backup copy; `perfdesk check FILE` shows what is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdesk hit an unexpected error. Your document is safe; the other tabs may still work. The details are in the error report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“%1” is a perfdesk package, not a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the document it belongs to, then choose File → Import Package… and pick this file. The package was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a perfdesk document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file with the .perfdesk extension. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of perfdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update perfdesk to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by an older version of perfdesk and must be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with write access to upgrade it; a backup copy is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was left in the middle of a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program writing it stopped before it finished. Open it once with write access and the unfinished change is undone; nothing saved before it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is being saved by another program right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it from a backup copy. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space for the backup copy of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs %1 free in %2; %3 is free there. Free some space and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy of “%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 refused it (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the open document is damaged and could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it and restore a backup copy; `perfdesk check FILE` shows what is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdesk hit an unexpected error. Your document is safe: every change is saved in a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please copy the details and send them to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationRulesDialog</name>
    <message>
        <source>Evaluation Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period&apos;s score below this is below target. 100 % means the goals were not met on balance (weighted achievement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most one goal&apos;s achievement counts for in a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive periods below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the ranking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below target under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal window after freezing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: %2 (saved %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None saved yet: the seeds&apos; defaults apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving makes a new version; evaluations already frozen keep the version they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: written warning for 2 periods, improvement plan for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Evaluation Rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>“%1” is not a perfdesk package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .pdpkg file made with File → Export Package. This document was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of perfdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update perfdesk to import it. This document was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged or incomplete and cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the sender to export the package again. This document was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document changed since the preview of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged. The preview has been made again: look at it and merge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be merged into this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document was not changed. The details say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it. This document was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written or read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details say why. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package written: %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds %1 rows:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1
Send this file to the recipient; they import it with File → Import Package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document was not changed. The details say why for each file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged: the packages held nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 rows; %2 rows were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 rows. Backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of the document before the import: %1
File → Undo Import puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup taken before the import is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import from %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has been changed since the import. Those later changes are lost too: the document goes back to the backup taken before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document goes back to the backup taken before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put back; the document is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import from %1 was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting clock events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting KPI snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action co-departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit of measure (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit of measure (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numerator KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denominator KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranked of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revised score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the sender&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal the company sets for the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target the company sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KPI definition: the company owns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of an ended meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KPI&apos;s definition differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid as shown: %1, every month of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One period for all units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook with formatting (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for any program, UTF-8 (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export; no file is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 goals to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportUnitDialog</name>
    <message>
        <source>Export Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;department or team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rows should the package hold?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message>
        <source>Show everything (clear the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be achieved, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper target (range KPIs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none (a top goal) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the current goal above, elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributes to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a description of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no description: say what is to be achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description only repeats the KPI&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a KPI and a target number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target is %1 times last year&apos;s actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target is %1 times last year&apos;s actual: check it can be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target is %1 times last year&apos;s actual: below what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actual of last year to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contributes to a goal above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a company goal: the top of the cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked to a goal above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is set for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual to date ÷ target to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual to date ÷ year target; compare it with the share of the year elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months up to the month in focus ÷ 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year target done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On target from %1 achievement, warning from %2, below target under %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>%1 · archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The targets of the goals below on the same KPI, added up, against the goal they contribute to. A difference is shown, never corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the breakdown vs the goal above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ adds up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ does not add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difference %3: %1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>&amp;Add Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Parent Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpand All Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Arc&amp;hived Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of %1 for %2, progress to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights add up to %1%, not 100%: %2 percentage points %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every breakdown checked adds up to its goal (%1 goals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: breakdown %2 vs goal %3, difference %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown does not add up — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal does not contribute to a goal above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal above is archived or gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a unit or person in the organisation tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a goal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal is archived already: Ctrl+Shift+R restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals contributing to it: %1 (they stay, still linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period targets and actuals: %1 (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement actions on it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation notes: %1 (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the goal “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Archiving hides the goal and keeps its history; nothing is deleted. Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an archived goal (Show Archived Goals, Ctrl+Alt+H) to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archived goal keeps its place: restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals are ordered among their holder&apos;s own goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights add up to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>perfdesk User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation. Reinstall perfdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pages of this guide open here; that link was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totals row, not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same cell as row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit or person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ambiguous: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no KPI “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no goal for %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no year: choose the year above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a quarter or a year: those are computed, not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit or person is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the KPI is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be found or read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the 50 MB an import reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Excel workbook, whatever its name says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Excel 97–2003 workbook, whatever its name says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a CSV text file, whatever its name says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected by a password: save it without one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook unpacks to far more than a sheet of actuals (over 200 MB); it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook declares XML entities, which a spreadsheet never needs; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor GBK/GB18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has more than 1,000,000 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has more than 500 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no such sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV, XLSX or XLS file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, code or employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the KPI&apos;s own unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元 (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亿元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fractions (0.125 = 12.5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit or person column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of periods without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading or importing; an import stopped changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.xls *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column per month (%1 months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 title lines above the header are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has two rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns chosen for this kind of file last time are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot map the columns: an import needs a column for the unit or person, the KPI, the period and the value (or one column per month), and the header has no %1 column. The file&apos;s columns are: %2. Choose the missing ones above and preview again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none with a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new values, %2 changed, %3 unchanged, %4 refused; %5 totals rows not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported until every refused row is fixed in the file (or its column mapping): an import is all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused rows remain; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 values. Backup: %2 (File → Undo Import puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueCapture</name>
    <message>
        <source>This document is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueCaptureDialog</name>
    <message>
        <source>Capture an issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the problem? (quantified where possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not decided yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several departments (cross-department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the department needs from others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an improvement action now (a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During &amp;item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Related departments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. &amp;Responsible department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   &amp;Solution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. &amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &amp;request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: the general manager owns a cross-department issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: the responsible department&apos;s manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager recorded: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the issue is before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who owns the issue before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an action from an issue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueLineModel</name>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Parked] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiDetail</name>
    <message>
        <source>Select a goal&apos;s row in the grid to see its year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the current run-rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By last year&apos;s shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actual yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ratio KPI is forecast from its numerator and denominator, not shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last year lacks months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every month has its actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: year end %2 against a target of %3, %4 achieved (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no forecast (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiLibraryDialog</name>
    <message>
        <source>KPI Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code or name (中文 / English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is measured (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is measured (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals (0–6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber below (% achieved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red below (% achieved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest allowed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest allowed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is open read-only: the library can be read, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shipped KPIs are not in this document yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a KPI —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New KPI: fill in the fields and Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by %1 goals and %2 actions; %3 ratio KPIs are built from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by any goal or action yet: it can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KPI in use can be archived, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over periods: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status (green, amber, red) and the achievement rate of every goal on this KPI are worked out anew, in every tab and report; stored targets and actuals stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a KPI in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is used by %2 goals. Change how it is judged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goals use it; they keep it and their history. An archived KPI is no longer offered for new goals and can be restored at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing uses it. Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add KPIs from the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <source>Include the goals of its teams and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every goal held inside the selected unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each month&apos;s target under its actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and enter each month&apos;s target instead of its actual (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open the Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the deviation note of the selected month beside the grid: the gap, its internal and external causes, measures and resources (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected goal&apos;s year beside the grid: actual against target, last year and a forecast to year end, with the numbers (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the alerts of the holder and everyone inside it: values out of bounds, missing actuals, two months off target, red months without a note (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a unit&apos;s row to fold its teams and people. Subtotals add up the KPIs whose values add up (amounts, counts, hours); rates, averages, period-end figures and ratios are not added, since their sum means nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste (Ctrl+V) actuals, or targets with Enter Targets, into the months of goals entered by month; Delete clears, Ctrl+Z undoes. Closed periods, quarters, years and subtotals are read-only. Notes (Ctrl+Shift+K) shows and edits the deviation note of the selected month; a corner mark shows months with a note; Detail (Ctrl+Shift+F) the selected goal&apos;s year with a forecast; Alerts (Ctrl+Shift+A) what needs attention. Import and export are in the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the month in focus for the goals shown: their values for it become read-only until it is reopened (Ctrl+Shift+L closes, Ctrl+Shift+O reopens; Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a month in the period bar to close or reopen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a deviation note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid does not list this goal&apos;s month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to clear: the selection holds no values that can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no cells to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the month cell where the block&apos;s top left goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block has %1 rows and %2 columns, but from this cell there are only %3 rows and %4 months; nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row takes no values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pasted: %1 cells cannot be entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actuals of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actuals of %1, %2 (the months of %3 are marked, judged to %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning and growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-year review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad hoc meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of last actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryChooser</name>
    <message>
        <source>Add from Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These KPIs ship with perfdesk and are not in this document yet. They get the same ids as in every other file, so packages between files match them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is marked as open for editing, but its lock file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it over only if you are sure nobody is editing it now; otherwise open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already open for editing in another perfdesk window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit it there, or open it here read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was opened for editing by %2 on this computer at %3, but that perfdesk is no longer running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can take it over and edit it (every change was saved when it was made), or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has been open for editing by %2 on computer %3 since %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a long time: perfdesk may have been left running. Take it over only if you are sure they are not editing it now; otherwise open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open for editing by %2 on computer %3 since %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open it read-only: the window shows their changes as they save them. To edit it, ask them to close it and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lock file can be made in its folder, so others could not see that you are editing it. Copy it to a folder you may write to in order to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or its folder is write-protected. Copy it to a folder you may write to in order to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>perfdesk documents (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdesk packages (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .perfdesk document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Department File…</source>
        <translation>New &amp;Department File…</translation>
    </message>
    <message>
        <source>Start a department&apos;s own file from this company file</source>
        <translation>Start a department&apos;s own file from this company file</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected cells as a table for Excel or LibreOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search or filter box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KPI Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the period in focus one month, quarter or year back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the period in focus one month, quarter or year on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture an issue in the selected meeting (I or Ctrl+I in the Meeting tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back one of the copies taken before upgrades, imports and merges (with no document open: of a document that cannot be opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report of the selected unit and month, action or meeting, in the language you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report of the selected unit and month, action or meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at a month, a quarter or a whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period in focus: progress is shown up to its end (only periods with data; a period still running, up to its last month with data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new organisation: its company, departments and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read how to run the monthly cycle in perfdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo company in your data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About perfdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a review meeting (also Ctrl+N inside the Meeting tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture &amp;Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rankings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and units by score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate Period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the scores, ranks and flags of the quarter in focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation R&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s scores, evaluations, appeals, issues and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a unit below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the selected unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected unit or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the fields of the selected unit or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who manages the selected unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the unit or person to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move what was cut into the selected unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected unit or person, keeping its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring an archived unit or person back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Arc&amp;hived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived units and people in the organisation tree, greyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KPI Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add and edit the KPIs of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start / Resume Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the meeting selected in the Review Meeting tab on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start / Resume Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a meeting in the Review Meeting tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decompose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the selected goal&apos;s target among the units or people below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split over Periods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the selected goal&apos;s target over its months, 10-day periods or weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a goal in the Goals tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal or its KPI no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split over Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decompose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rows this document sends to another file (.pdpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge packages into this document after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the backup taken before the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Actuals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import actuals from a CSV or Excel export of another system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export targets and actuals to Excel (.xlsx) or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is open. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be created:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different name: this is the open document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes saved to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period in focus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of perfdesk. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About perfdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;perfdesk %1&lt;/h3&gt;&lt;p&gt;Goals, KPI entry, review meetings and improvement actions for department heads.&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingTableModel</name>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly performance review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-03 or 2026-Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period re&amp;viewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secretary(-general):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minute-taker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEnd</name>
    <message>
        <source>Reopen Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does “%1” need to be reopened? (kept in the meeting&apos;s notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has ended and its record is locked, so the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the meeting to correct it; the reopening is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingFlow</name>
    <message>
        <source>Start Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start “%1” now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has ended; its record is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened, because: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is at item %1 of %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting “%1” is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume in Run Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>%1 expected, %2 present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingTab</name>
    <message>
        <source>&amp;New Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct an ended meeting: reopen it, with the reason logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture &amp;Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture an issue (I or Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Park / Unpark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has ended and its record is locked: the agenda, attendance, issues and minutes are shown as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has ended; its issues are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an action from an issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park an issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpark an issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting concerns %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review meetings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the first review meeting with Meeting → New Meeting (Ctrl+Shift+M): its attendees come from the committee roles, its agenda from a template or the prefill by the departments&apos; KPIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <source>Import Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this document&apos;s value in every conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the package&apos;s value in every conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newer Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In every conflict, keep the value changed last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new in this package: there is nothing to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new in these packages: there is nothing to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts are not decided: choose mine or theirs for each, or a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to merge %1 changed rows. A backup is made first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinuteModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Type the outcome of this item; it is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoGoals</name>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpErrors</name>
    <message>
        <source>unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numerator KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denominator KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deviation note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improvement measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes of an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>co-department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department&apos;s part of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason for the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of minute entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason for reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seasonal profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue follows from the due date and is never set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action already has this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a verified, not achieved or cancelled action is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft must be submitted and accepted before it opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a done action is verified or found not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an open action can be marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a submitted action can be returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a draft can be submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this change of status is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S: the improvement item is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S: the item only repeats the KPI&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S: no measures are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M: no KPI measures the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M: no expected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: the expected value does not improve on the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: the expected value is more than 1.5 times the baseline&apos;s level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R: linked to no meeting issue and no goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T: no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T: the due date is before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason for the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revised score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-day period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is too large (at most %2 either way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid period. Write it like 2026, 2026-Q3, 2026-10 or 2026-W41.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 no longer exists (it may have been removed meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is archived; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 is before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected result %1 is not an improvement on the baseline %2 for this KPI (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected result is the same as the baseline; an action must improve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked goal is on another KPI than the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner differs from the rule (a department&apos;s manager, the general manager across departments); say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action is %1; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action cannot go from %1 to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning an action needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action fails the SMART check and was not submitted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing an action needs the measured value of its KPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open action gets 10-day reports (this one is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company is the top of the tree and cannot have a parent unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department or team needs the unit it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a unit named “%1” at this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company is the top of the tree and cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot move into “%2”: that unit is inside it (or is it), so the tree would make a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit still has %1 active people and %2 active units; move or archive them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee number “%1” is already someone else&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals must be between 0 and 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The red threshold must be above 0 and not above the amber threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ratio KPI needs a numerator KPI and a denominator KPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KPI with the code “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower bound must not be above the upper bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ratio KPI cannot be divided by itself, nor by a KPI built from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KPI is used by %1 goals and %2 actions; archive it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent goal is for %1, this goal for %2: a goal contributes to a goal of the same year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is outside the KPI&apos;s allowed range %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper target must not be below the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another active KPI has the code “%1”; archive it or change its code before restoring this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal belongs to exactly one unit or one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are entered by month, 10-day period or week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That parent goal already depends on this goal; the link would make a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal&apos;s values are entered by %1, not as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies outside the goal&apos;s period %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 is outside the KPI&apos;s allowed range %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values for %1 are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no values to enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid date; write it like 2026-03-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid time; write it like 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting lasts more than 0 and at most 1,440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item %1 has %2 minutes; give it more than 0 and at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This issue already has an improvement action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting “%1” is running; end it before starting another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting “%1” has already been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting “%1” is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting “%1” has not ended, so there is nothing to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda has no items. Add at least one item before starting the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has ended and its record is locked, so the change was NOT saved. Reopen the meeting to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a seasonal profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal has no KPI (it may have been removed); there is nothing to split by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal has no target to split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 has more decimals than the KPI&apos;s %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 has more decimals than the KPI&apos;s %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 target cannot be split by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seasonal profile has 12 month weights, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1&apos;s weight is negative; weights are 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All month weights are zero; at least one must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unlocked periods all have a weight of zero, so %1 has nowhere to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locked parts add up to %1, more than the whole %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every period is locked; unlock at least one to take the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the periods being split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a split method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one holder to cascade to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share cannot be above 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares add up to %1 %, not 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares you set add up to %1 %, more than 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every share is set by hand; leave one to take the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These evaluation rules are not usable; check the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation rules are the same as the current version; nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations are made for a month, a quarter or a year, not for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been evaluated and frozen; view that evaluation instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has goals for %1; there is nothing to evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a frozen evaluation can be appealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evaluation already has an open appeal; decide it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal cannot be dated before the evaluation was frozen (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal window of %1 days after the evaluation was frozen ended on %2; the appeal cannot be filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appeal has already been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a decision (upheld, rejected or revised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revised evaluation needs the revised score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revised score is given only when the evaluation is revised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date %1 is before the appeal was filed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window or program is writing to this document, so the change was NOT saved. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change clashes with what is now in the document (another window or program may have changed it), so it was NOT saved. Reopen the document and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the change was NOT saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has become write-protected, so the change was NOT saved. Ask for write access, or save a copy elsewhere to keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written (a disk or network error), so the change was NOT saved. Check the drive or network share and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step cannot be undone: the %1 was changed by another window or program since. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step cannot be redone: the %1 was changed by another window or program since. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo history has been cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <source>This document is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgEditing</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a unit or person in the organisation tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is archived: restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished">Unit:</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is cut: select the unit to move it into and paste (Ctrl+V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to paste: cut a unit or person first (Ctrl+X).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions owned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions it is responsible for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings chaired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings attended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Archiving hides it and keeps all of its history; nothing is deleted. It can be restored at any time (Organisation → Show Archived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgModel</name>
    <message>
        <source>Archived: restore it to use it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgNavigator</name>
    <message>
        <source>Find: name, pinyin (xsb), title, staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, its pinyin initials or full pinyin, a title or a staff number. Enter or Down: next match; Shift+Enter or Up: previous; Esc: clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackagePage</name>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished">Unit:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 · Updated %2 · Deleted %3 · Conflicts %4 · Refused %5 · %6 rows the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new in this package: it was already imported on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new in this package: it was already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new in this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonArchiveDialog</name>
    <message>
        <source>Person Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks and flags are those frozen by an evaluation; scores are to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals in any period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations and appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues raised against the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issues raised against the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions owned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1, frozen %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revised to %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide Appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide Appeal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanAgendaModel</name>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights add up to %1, not 100: the score divides by their total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 goals have no value for the period: not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rankings</name>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1 %: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 periods below target: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingsDialog</name>
    <message>
        <source>Rankings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate and Freeze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze everyone&apos;s score, rank and flags for this period with the current rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished">Unit:</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document to see rankings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen on %1 with the rules “%2”, version %3; appeals are shown in the person archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live scores to date (values up to %1), not frozen; rules “%2”, version %3. Change is since %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not scored (values missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* weights do not add up to 100: normalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already evaluated; it is shown frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate and Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the scores, ranks and flags of %1 for everyone with the current rules? A frozen evaluation can be appealed but never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>A reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersBar</name>
    <message>
        <source>Reminders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without this 10-day report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportGrid</name>
    <message>
        <source>10-day reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports for %1: %2 of %3 open actions have none yet (listed first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report in this 10-day period yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value and the progress must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing typed yet: enter a progress or a note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report… %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1 (%2 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunMode</name>
    <message>
        <source>This document is open read-only, so the meeting cannot be run here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock starts and the KPI figures of the speaking departments are frozen into the meeting record. Clock steps cannot be undone: time passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the program was closed counts as meeting time unless the clock was paused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunWindow</name>
    <message>
        <source>Run Mode — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space pause/resume · → next · ← previous · + / − one minute · S skip · Ctrl+↑/↓ change what comes next · I issue · K KPIs · Ctrl+E end · Esc leave run mode (the meeting goes on) · clock steps cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — item %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: nothing (this is the last item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in total %1 · projected end %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+E to end the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is almost up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondLevel</name>
    <message>
        <source>Also decompose each one to its own &amp;units (two levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second level share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the shares typed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By last year&apos;s actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units below that already have a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has one: skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has one: update it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a unit&apos;s share or target to set it; the other units of the same holder make up the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s target is 0: type shares instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as it is: nothing below it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No units below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: takes no share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has closed periods: takes no share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a goal: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a goal: updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit, sum %2 vs %3, difference %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units, sum %2 vs %3, difference %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate or a level: every unit at both levels gets the parent&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 1: %1 vs parent %2, difference %3 · Level 2: %4 vs the level-1 targets it decomposes %5, difference %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerKpis</name>
    <message>
        <source>No department speaks in this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: red and amber KPIs (as at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No red or amber KPIs in the figures frozen at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — actual %3, target %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: %1 percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Deviation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Internal cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. External cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Improvement measures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Resources needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deviation note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split over Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evenly (months equal; 10-day periods and weeks by days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By a seasonal profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By last year&apos;s actual shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ved profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to save these weights under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Pro&amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month (quarters and the year add up from the months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-day period (旬: 1-10, 11-20, 21 to the month&apos;s end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO week (weeks at the year&apos;s edge count their days in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be written until this is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period is closed; its target stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additive KPI: the parts add up exactly to the whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the parts %1 = whole %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate: every period gets the same value, it does not add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stock (last value): every period gets the target level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year has no actuals (or only zeros), so the split is even.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year has negative actuals, which give no shape, so the split is even.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Seasonal Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Seasonal Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <source>%1: achievement ≥ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %3 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: below %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds of the KPIs shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On target from / warning from, per KPI shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: some months have no actual yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no actual or no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default thresholds; a KPI may set its own (see a cell&apos;s tooltip).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>Damaged document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged in places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views may fail where the damage is, and changes there may be lost. Restore the file from a backup copy, or save a copy of what you need first; `perfdesk check FILE` lists the damage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KPI&apos;s value after the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline → expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the measured value to get a proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 against the range %3 to %4 (baseline %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 against the expected %3 (baseline %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing an action needs the measured value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to perfdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals, KPI entry, review meetings and improvement actions for your department. Look around in the demo company, start a document of your own, open a file you were sent, or read the guide first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
