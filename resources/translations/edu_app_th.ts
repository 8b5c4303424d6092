<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ActionPlanForm</name>
    <message>
        <location filename="../../edu_app/ui/action_plan_form.py" line="94"/>
        <location filename="../../edu_app/ui/action_plan_form.py" line="95"/>
        <source>Add an eczema action plan</source>
        <translation>เพิ่มแผนดูแลโรคผื่นภูมิแพ้ผิวหนัง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/action_plan_form.py" line="97"/>
        <source>Print a plan: what to use every day, what to do in a flare, when to get help</source>
        <translation>พิมพ์แผน: ใช้อะไรทุกวัน ทำอย่างไรเมื่อผื่นกำเริบ และเมื่อไรควรไปพบแพทย์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/action_plan_form.py" line="98"/>
        <source>Green, every day: use</source>
        <translation>สีเขียว ทุกวัน: ใช้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/action_plan_form.py" line="98"/>
        <source>Amber, a flare: use</source>
        <translation>สีเหลือง ผื่นกำเริบ: ใช้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/action_plan_form.py" line="99"/>
        <source>Where</source>
        <translation>บริเวณ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/action_plan_form.py" line="99"/>
        <source>How often</source>
        <translation>บ่อยแค่ไหน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/action_plan_form.py" line="100"/>
        <source>For how long</source>
        <translation>นานเท่าไร</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/action_plan_form.py" line="100"/>
        <source>Red, get help: notes</source>
        <translation>สีแดง ขอความช่วยเหลือ: หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/action_plan_form.py" line="107"/>
        <source>Pick a common entry or type your own</source>
        <translation>เลือกรายการที่ใช้บ่อยหรือพิมพ์เอง</translation>
    </message>
</context>
<context>
    <name>AttractView</name>
    <message>
        <location filename="../../edu_app/ui/kiosk/attract.py" line="111"/>
        <source>Eczema: what helps, and what is still being tested</source>
        <translation>โรคผื่นภูมิแพ้ผิวหนัง: อะไรช่วยได้ และอะไรยังอยู่ระหว่างการวิจัย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/attract.py" line="112"/>
        <source>Touch to start</source>
        <translation>แตะเพื่อเริ่ม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/attract.py" line="113"/>
        <source>Touch to learn about eczema</source>
        <translation>แตะเพื่อเรียนรู้เรื่องโรคผื่นภูมิแพ้ผิวหนัง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/attract.py" line="114"/>
        <source>Welcome screen</source>
        <translation>หน้าต้อนรับ</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../edu_app/ui/widgets.py" line="159"/>
        <source>Dismiss</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/widgets.py" line="160"/>
        <source>Dismiss this message</source>
        <translation>ปิดข้อความนี้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/widgets.py" line="171"/>
        <source>… and %1 more</source>
        <translation>… และอีก %1 รายการ</translation>
    </message>
</context>
<context>
    <name>BrokenCard</name>
    <message>
        <location filename="../../edu_app/ui/home_view.py" line="69"/>
        <source>This page could not be shown</source>
        <translation>แสดงหน้านี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/home_view.py" line="71"/>
        <source>Please ask a member of staff. The other pages work as usual.</source>
        <translation>โปรดแจ้งเจ้าหน้าที่ หน้าอื่นยังใช้งานได้ตามปกติ</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="162"/>
        <source>Sources: in the full handout and in Eczema Explained</source>
        <translation>แหล่งอ้างอิง: ดูได้ในเอกสารฉบับเต็ม และในโปรแกรมเข้าใจโรคผื่นภูมิแพ้ผิวหนัง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="164"/>
        <source>Scan to open our website</source>
        <translation>สแกนเพื่อเปิดเว็บไซต์ของเรา</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="17"/>
        <source>In short</source>
        <translation>สรุปสั้นๆ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="18"/>
        <source>Sources</source>
        <translation>แหล่งอ้างอิง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="20"/>
        <source>n.d.</source>
        <translation>ไม่ระบุปี</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="21"/>
        <source>Last updated {date}</source>
        <translation>ปรับปรุงล่าสุด {date}</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="23"/>
        <source>Draft: a clinician has not checked this page yet. Ask your doctor before you act on it.</source>
        <translation>ฉบับร่าง: แพทย์ยังไม่ได้ตรวจทานหน้านี้ โปรดปรึกษาแพทย์ก่อนนำไปปฏิบัติ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="25"/>
        <source>Checked by a clinician</source>
        <translation>ตรวจทานโดยแพทย์แล้ว</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="26"/>
        <source>Translation pending clinical review</source>
        <translation>คำแปลรอแพทย์ตรวจทาน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="29"/>
        <source>Reviewed for this clinic by {name} on {date}</source>
        <translation>ตรวจทานสำหรับคลินิกนี้โดย {name} เมื่อ {date}</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="31"/>
        <source>Changed since {name} reviewed it for this clinic on {date}; not yet reviewed again. Ask your doctor before you act on it.</source>
        <translation>เนื้อหาเปลี่ยนไปหลังจาก {name} ตรวจทานสำหรับคลินิกนี้เมื่อ {date} และยังไม่ได้ตรวจทานใหม่ โปรดถามแพทย์ของคุณก่อนทำตาม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="34"/>
        <source>Guideline</source>
        <translation>แนวทางเวชปฏิบัติ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="35"/>
        <source>Review of studies</source>
        <translation>การทบทวนงานวิจัย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="36"/>
        <source>Randomised trial</source>
        <translation>การทดลองแบบสุ่ม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="37"/>
        <source>Regulator</source>
        <translation>หน่วยงานกำกับดูแล</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="38"/>
        <source>Observational study</source>
        <translation>การศึกษาเชิงสังเกต</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="39"/>
        <source>Small study</source>
        <translation>การศึกษาขนาดเล็ก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="40"/>
        <source>Lab / animal studies only</source>
        <translation>ทดลองแค่ในแล็บหรือสัตว์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="41"/>
        <source>Company claim</source>
        <translation>คำกล่าวอ้างของบริษัท</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="42"/>
        <source>Not proven</source>
        <translation>ยังไม่ได้รับการพิสูจน์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="43"/>
        <source>Expert review</source>
        <translation>บทสรุปจากผู้เชี่ยวชาญ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="47"/>
        <source>A formal recommendation from experts</source>
        <translation>คำแนะนำอย่างเป็นทางการจากผู้เชี่ยวชาญ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="48"/>
        <source>A careful summary of many studies</source>
        <translation>การสรุปผลจากหลายงานวิจัยอย่างรอบคอบ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="49"/>
        <source>A fair test against a dummy or other treatment</source>
        <translation>การทดลองที่เป็นธรรม เทียบกับยาหลอกหรือการรักษาอื่น</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="50"/>
        <source>A decision or warning from a medicines agency</source>
        <translation>คำตัดสินหรือคำเตือนจากหน่วยงานกำกับดูแลยา</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="51"/>
        <source>People were watched, not treated</source>
        <translation>ติดตามดูผู้คน โดยไม่ได้ให้การรักษา</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="52"/>
        <source>Few people and no fair comparison group</source>
        <translation>มีคนน้อย และไม่มีกลุ่มเปรียบเทียบที่เป็นธรรม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="53"/>
        <source>Seen in mice or cells, not people</source>
        <translation>พบในหนูหรือในเซลล์ ไม่ใช่ในคน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="54"/>
        <source>Said by a company, not checked by experts</source>
        <translation>บริษัทบอกเอง ผู้เชี่ยวชาญยังไม่ได้ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="55"/>
        <source>No good evidence that this is true</source>
        <translation>ไม่มีหลักฐานที่ดีว่าเป็นจริง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="56"/>
        <source>Experts summing up what is known</source>
        <translation>ผู้เชี่ยวชาญสรุปสิ่งที่รู้ในขณะนี้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="59"/>
        <source>January</source>
        <translation>มกราคม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="60"/>
        <source>February</source>
        <translation>กุมภาพันธ์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="61"/>
        <source>March</source>
        <translation>มีนาคม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="62"/>
        <source>April</source>
        <translation>เมษายน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="63"/>
        <source>May</source>
        <translation>พฤษภาคม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="64"/>
        <source>June</source>
        <translation>มิถุนายน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="65"/>
        <source>July</source>
        <translation>กรกฎาคม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="66"/>
        <source>August</source>
        <translation>สิงหาคม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="67"/>
        <source>September</source>
        <translation>กันยายน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="68"/>
        <source>October</source>
        <translation>ตุลาคม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="69"/>
        <source>November</source>
        <translation>พฤศจิกายน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="70"/>
        <source>December</source>
        <translation>ธันวาคม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="74"/>
        <source>{year}</source>
        <translation>{be}</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <location filename="../../edu_app/ui/decision_view.py" line="281"/>
        <source>← Back</source>
        <translation>← กลับ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/decision_view.py" line="282"/>
        <source>Home</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/decision_view.py" line="287"/>
        <source>← Previous step</source>
        <translation>← ขั้นก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/decision_view.py" line="288"/>
        <source>Next step →</source>
        <translation>ขั้นต่อไป →</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/decision_view.py" line="289"/>
        <source>Print my page</source>
        <translation>พิมพ์หน้าของฉัน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/decision_view.py" line="290"/>
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/decision_view.py" line="291"/>
        <source>Start again</source>
        <translation>เริ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/decision_view.py" line="293"/>
        <source>Choose up to %1 questions. They go on your page.</source>
        <translation>เลือกได้ไม่เกิน %1 คำถาม คำถามที่เลือกจะอยู่ในหน้าสรุปของคุณ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/decision_output.py" line="50"/>
        <source>Printed: take your page from the printer.</source>
        <translation>พิมพ์แล้ว: รับกระดาษของคุณที่เครื่องพิมพ์</translation>
    </message>
</context>
<context>
    <name>DrawingTools</name>
    <message>
        <location filename="../../edu_app/ui/clinician/tools.py" line="57"/>
        <source>Blue pen</source>
        <translation>ปากกาสีน้ำเงิน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/tools.py" line="57"/>
        <source>Red pen</source>
        <translation>ปากกาสีแดง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/tools.py" line="57"/>
        <source>Green pen</source>
        <translation>ปากกาสีเขียว</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/tools.py" line="58"/>
        <source>Highlighter</source>
        <translation>ปากกาเน้นข้อความ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/tools.py" line="58"/>
        <location filename="../../edu_app/ui/clinician/tools.py" line="64"/>
        <source>Eraser</source>
        <translation>ยางลบ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/tools.py" line="59"/>
        <source>Laser pointer</source>
        <translation>ตัวชี้เลเซอร์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/tools.py" line="65"/>
        <source>Highlight</source>
        <translation>เน้น</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/tools.py" line="66"/>
        <source>Laser</source>
        <translation>เลเซอร์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/tools.py" line="67"/>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/tools.py" line="68"/>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/tools.py" line="69"/>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/tools.py" line="70"/>
        <source>Clear the drawing</source>
        <translation>ล้างสิ่งที่วาด</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="133"/>
        <source>Finish visit</source>
        <translation>จบการพบแพทย์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="134"/>
        <source>‹ Back</source>
        <translation>‹ ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="135"/>
        <source>Next ›</source>
        <translation>ถัดไป ›</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="136"/>
        <source>For you (not shown to the patient)</source>
        <translation>สำหรับคุณ (ไม่แสดงให้ผู้ป่วยเห็น)</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="137"/>
        <source>Blank</source>
        <translation>ปิดภาพ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="138"/>
        <source>Blank the patient&apos;s screen</source>
        <translation>ปิดภาพบนจอของผู้ป่วย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="139"/>
        <source>Freeze</source>
        <translation>หยุดภาพ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="140"/>
        <source>Freeze the patient&apos;s screen</source>
        <translation>หยุดภาพบนจอของผู้ป่วย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="268"/>
        <source>✓ In the handout</source>
        <translation>✓ อยู่ในเอกสารแล้ว</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="269"/>
        <source>Update in handout</source>
        <translation>อัปเดตในเอกสาร</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="270"/>
        <source>Add to handout</source>
        <translation>เพิ่มลงในเอกสาร</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="141"/>
        <source>Picture to explain and draw on</source>
        <translation>ภาพสำหรับอธิบายและวาด</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="183"/>
        <source>Show on patient screen</source>
        <translation>แสดงบนจอของผู้ป่วย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="183"/>
        <source>Present</source>
        <translation>นำเสนอ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="228"/>
        <source>Next: %1</source>
        <translation>ถัดไป: %1</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="229"/>
        <source>This is the last step.</source>
        <translation>นี่คือขั้นตอนสุดท้าย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="232"/>
        <source>Topic %1 of %2 · %3 · step %4 of %5</source>
        <translation>หัวข้อ %1 จาก %2 · %3 · ขั้นตอน %4 จาก %5</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="276"/>
        <source>Added to the handout: %1</source>
        <translation>เพิ่มลงในเอกสารแล้ว: %1</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/explain_view.py" line="290"/>
        <source>Eczema Explained</source>
        <translation>เข้าใจโรคผื่นภูมิแพ้ผิวหนัง</translation>
    </message>
</context>
<context>
    <name>FaqCard</name>
    <message>
        <location filename="../../edu_app/ui/home_view.py" line="86"/>
        <source>Questions people ask</source>
        <translation>คำถามที่พบบ่อย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/home_view.py" line="88"/>
        <source>Short answers to %1 common questions.</source>
        <translation>คำตอบสั้นๆ สำหรับ %1 คำถามที่พบบ่อย</translation>
    </message>
</context>
<context>
    <name>FaqView</name>
    <message>
        <location filename="../../edu_app/ui/faq_view.py" line="144"/>
        <source>← Back</source>
        <translation>← กลับ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/faq_view.py" line="145"/>
        <source>Home</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/faq_view.py" line="146"/>
        <source>Questions people ask</source>
        <translation>คำถามที่พบบ่อย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/faq_view.py" line="147"/>
        <source>Open all</source>
        <translation>เปิดทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/faq_view.py" line="148"/>
        <source>Close all</source>
        <translation>ปิดทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/faq_view.py" line="149"/>
        <source>Type to find a question</source>
        <translation>พิมพ์เพื่อหาคำถาม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/faq_view.py" line="150"/>
        <source>Filter questions</source>
        <translation>กรองคำถาม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/faq_view.py" line="151"/>
        <source>No question matches. Try another word.</source>
        <translation>ไม่พบคำถามที่ตรงกัน ลองใช้คำอื่น</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/faq_view.py" line="167"/>
        <source>Other questions</source>
        <translation>คำถามอื่นๆ</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="84"/>
        <source>Eczema Explained</source>
        <translation>เข้าใจโรคผื่นภูมิแพ้ผิวหนัง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="85"/>
        <source>About your eczema</source>
        <translation>เรื่องโรคผื่นภูมิแพ้ผิวหนังของคุณ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="86"/>
        <source>Prepared for {name}</source>
        <translation>จัดทำสำหรับ {name}</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="87"/>
        <source>A note from your clinician</source>
        <translation>บันทึกจากแพทย์หรือพยาบาลของคุณ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="88"/>
        <source>Questions people ask</source>
        <translation>คำถามที่พบบ่อย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="89"/>
        <source>Your eczema action plan</source>
        <translation>แผนดูแลโรคผื่นภูมิแพ้ผิวหนังของคุณ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="90"/>
        <source>Drawn during your visit</source>
        <translation>ภาพที่วาดระหว่างการพบแพทย์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="92"/>
        <source>Green: skin under control</source>
        <translation>สีเขียว: ผิวควบคุมได้ดี</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="93"/>
        <source>Every day</source>
        <translation>ทุกวัน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="94"/>
        <source>Amber: a flare</source>
        <translation>สีเหลือง: ผื่นกำเริบ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="95"/>
        <source>When your skin gets worse</source>
        <translation>เมื่อผิวแย่ลง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="96"/>
        <source>Red: get help now</source>
        <translation>สีแดง: ขอความช่วยเหลือทันที</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="97"/>
        <source>See a doctor today if you notice</source>
        <translation>ไปพบแพทย์วันนี้ถ้าคุณสังเกตเห็น</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="100"/>
        <source>Use</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="101"/>
        <source>Where</source>
        <translation>บริเวณ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="102"/>
        <source>How often</source>
        <translation>บ่อยแค่ไหน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="103"/>
        <source>For how long</source>
        <translation>นานเท่าไร</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="104"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="106"/>
        <source>Clusters of small blisters or punched-out sores; fast-spreading painful eczema; fever or feeling very unwell; weeping skin with yellow crusts.</source>
        <translation>ตุ่มน้ำเล็กๆ ขึ้นเป็นกลุ่มหรือแผลตื้นเป็นหลุมกลม ผื่นเจ็บที่ลามเร็ว มีไข้หรือรู้สึกไม่สบายมาก ผิวมีน้ำเหลืองและสะเก็ดสีเหลือง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="111"/>
        <source>This sheet explains eczema. It does not replace advice from your own doctor.</source>
        <translation>เอกสารนี้อธิบายเรื่องโรคผื่นภูมิแพ้ผิวหนัง ไม่ได้ใช้แทนคำแนะนำจากแพทย์ของคุณ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="114"/>
        <source>Page {number} of {total}</source>
        <translation>หน้า {number} จาก {total}</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="115"/>
        <source>Printed {date}</source>
        <translation>พิมพ์เมื่อ {date}</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="116"/>
        <source>Content reviewed {date}</source>
        <translation>ทบทวนเนื้อหาเมื่อ {date}</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="118"/>
        <source>Words used on this page</source>
        <translation>คำศัพท์ที่ใช้ในหน้านี้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="120"/>
        <source>Scan to open {address}</source>
        <translation>สแกนเพื่อเปิด {address}</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="122"/>
        <source>What to know</source>
        <translation>สิ่งที่ควรรู้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="123"/>
        <source>What you can do</source>
        <translation>สิ่งที่คุณทำได้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="124"/>
        <source>Words to know</source>
        <translation>คำศัพท์ที่ควรรู้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="125"/>
        <source>Learn more: read “{title}” in Eczema Explained, or ask us for the full handout.</source>
        <translation>อ่านเพิ่มเติม: เรื่อง “{title}” ในโปรแกรมเข้าใจโรคผื่นภูมิแพ้ผิวหนัง หรือขอเอกสารฉบับเต็มจากเจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/texts.py" line="128"/>
        <source>Take your questions to your doctor or nurse.</source>
        <translation>นำคำถามของคุณไปถามแพทย์หรือพยาบาล</translation>
    </message>
</context>
<context>
    <name>HandoutView</name>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="192"/>
        <source>Home</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="193"/>
        <source>Make a handout</source>
        <translation>ทำเอกสารแจก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="194"/>
        <source>Topics</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="195"/>
        <location filename="../../edu_app/ui/handout_view.py" line="209"/>
        <source>Questions and answers</source>
        <translation>คำถามและคำตอบ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="197"/>
        <source>Patient&apos;s first name</source>
        <translation>ชื่อผู้ป่วย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="198"/>
        <source>Note from the clinician</source>
        <translation>บันทึกจากแพทย์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="199"/>
        <source>Paper</source>
        <translation>ขนาดกระดาษ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="199"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="211"/>
        <source>Printed only; never saved</source>
        <translation>พิมพ์เท่านั้น ไม่มีการบันทึก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="212"/>
        <source>Large print</source>
        <translation>ตัวอักษรใหญ่</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="207"/>
        <source>Also in</source>
        <translation>พิมพ์เป็นภาษาอื่นด้วย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="205"/>
        <source>The paper size the printer uses</source>
        <translation>ขนาดกระดาษที่เครื่องพิมพ์ใช้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="206"/>
        <source>The language of the handout</source>
        <translation>ภาษาของเอกสารแจก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="208"/>
        <source>A second language printed after each part</source>
        <translation>ภาษาที่สองที่พิมพ์ต่อท้ายแต่ละส่วน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="210"/>
        <source>Tick the questions to print</source>
        <translation>เลือกคำถามที่ต้องการพิมพ์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="214"/>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="215"/>
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="216"/>
        <source>Print preview</source>
        <translation>ตัวอย่างก่อนพิมพ์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="246"/>
        <source>Basics (one page)</source>
        <translation>ฉบับย่อ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="255"/>
        <source>Print this topic whole, as a summary, as its one-page basics, or not</source>
        <translation>พิมพ์เรื่องนี้ทั้งหน้า เฉพาะสรุป ฉบับย่อหน้าเดียว หรือไม่พิมพ์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="278"/>
        <source>Pictures drawn on during the visit that will be printed: %1.</source>
        <translation>ภาพที่วาดระหว่างการพบแพทย์ซึ่งจะพิมพ์ออกมา: %1 ภาพ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="245"/>
        <source>Leave out</source>
        <translation>ไม่ใส่</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="218"/>
        <source>Your handout will appear here. Choose “Whole page” or “Summary only” for a topic, or tick a question.</source>
        <translation>เอกสารของคุณจะแสดงที่นี่ เลือกพิมพ์ทั้งหน้าหรือเฉพาะสรุปให้หัวข้อใดก็ได้ หรือติ๊กเลือกคำถาม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="245"/>
        <source>Whole page</source>
        <translation>ทั้งหน้า</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_view.py" line="245"/>
        <source>Summary only</source>
        <translation>เฉพาะสรุป</translation>
    </message>
    <message>
        <source>Print this topic whole, as a summary, or not</source>
        <translation type="vanished">พิมพ์หัวข้อนี้ทั้งหมด พิมพ์เฉพาะสรุป หรือไม่พิมพ์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_output.py" line="57"/>
        <source>Choose at least one topic or question first.</source>
        <translation>กรุณาเลือกหัวข้อหรือคำถามอย่างน้อยหนึ่งข้อก่อน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_output.py" line="77"/>
        <source>This handout has %1 pages; this screen can print at most %2 now. Choose fewer topics, or ask at the desk.</source>
        <translation>เอกสารนี้มี %1 หน้า ตอนนี้เครื่องนี้พิมพ์ได้ไม่เกิน %2 หน้า กรุณาเลือกหัวข้อให้น้อยลง หรือติดต่อเจ้าหน้าที่ที่เคาน์เตอร์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_output.py" line="128"/>
        <source>This screen cannot print right now. Please ask at the desk: staff can print it for you.</source>
        <translation>ตอนนี้เครื่องนี้พิมพ์ไม่ได้ กรุณาติดต่อเคาน์เตอร์ เจ้าหน้าที่จะพิมพ์ให้คุณ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_output.py" line="91"/>
        <source>Sent to the printer: %1 page(s).</source>
        <translation>ส่งไปที่เครื่องพิมพ์แล้ว: %1 หน้า</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_output.py" line="116"/>
        <source>Printed: take your card from the printer.</source>
        <translation>พิมพ์แล้ว รับบัตรของคุณที่เครื่องพิมพ์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_output.py" line="139"/>
        <source>Prints left for you: %1. Prints left on this screen today: %2.</source>
        <translation>คุณพิมพ์ได้อีก %1 ชุด เครื่องนี้พิมพ์ได้อีก %2 ชุดในวันนี้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_output.py" line="144"/>
        <source>This screen cannot print any more handouts right now. Please ask at the desk: staff can print it for you.</source>
        <translation>ตอนนี้เครื่องนี้พิมพ์เอกสารเพิ่มไม่ได้แล้ว กรุณาติดต่อเจ้าหน้าที่ที่เคาน์เตอร์ เจ้าหน้าที่พิมพ์ให้คุณได้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_output.py" line="166"/>
        <source>Saved %1 (%2 pages).</source>
        <translation>บันทึกแล้ว %1 (%2 หน้า)</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/handout_output.py" line="171"/>
        <source>Save handout</source>
        <translation>บันทึกเอกสารแจก</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="112"/>
        <source>← Back</source>
        <translation>← กลับ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="113"/>
        <source>Home</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="114"/>
        <source>How to use this program</source>
        <translation>วิธีใช้โปรแกรมนี้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="116"/>
        <source>Read a topic</source>
        <translation>อ่านหัวข้อ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="117"/>
        <source>Tap a card on the home screen. ← Back goes back; Next › goes on to the next topic.</source>
        <translation>แตะการ์ดที่หน้าแรก ปุ่ม ← กลับ พาย้อนกลับ ปุ่ม ถัดไป › พาไปหัวข้อต่อไป</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="119"/>
        <source>What a word means</source>
        <translation>คำนี้แปลว่าอะไร</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="120"/>
        <source>Tap a word with a line under it to see what it means.</source>
        <translation>แตะคำที่มีเส้นขีดใต้ เพื่อดูว่าคำนั้นแปลว่าอะไร</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="121"/>
        <source>Compare two pictures</source>
        <translation>เทียบสองภาพ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="122"/>
        <source>Drag the line across the picture, or tap either side, to see healthy skin and skin with eczema.</source>
        <translation>ลากเส้นผ่านภาพ หรือแตะด้านใดด้านหนึ่ง เพื่อดูผิวปกติเทียบกับผิวที่เป็นผื่นภูมิแพ้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="124"/>
        <source>Bigger or smaller words</source>
        <translation>ตัวอักษรใหญ่ขึ้นหรือเล็กลง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="125"/>
        <source>Tap A+ for bigger words, A− for smaller ones.</source>
        <translation>แตะ A+ ให้ตัวอักษรใหญ่ขึ้น แตะ A− ให้เล็กลง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="126"/>
        <source>Easier to see</source>
        <translation>ดูง่ายขึ้น</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="127"/>
        <source>High contrast shows light words on a dark background.</source>
        <translation>ปุ่มความคมชัดสูงแสดงตัวอักษรสีอ่อนบนพื้นสีเข้ม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="128"/>
        <source>Find an answer</source>
        <translation>หาคำตอบ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="129"/>
        <source>Type a word or a question in the search box on the home screen, or open Questions people ask.</source>
        <translation>พิมพ์คำหรือคำถามในช่องค้นหาที่หน้าแรก หรือเปิดหน้าคำถามที่พบบ่อย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="131"/>
        <source>Take it home</source>
        <translation>พิมพ์กลับบ้าน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="132"/>
        <source>Print makes a handout of the page to take home.</source>
        <translation>ปุ่มพิมพ์ทำเอกสารของหน้านี้ให้นำกลับบ้านได้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="133"/>
        <source>Listen</source>
        <translation>ฟัง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="133"/>
        <source>Read aloud reads the page to you.</source>
        <translation>ปุ่มอ่านออกเสียงอ่านหน้านี้ให้คุณฟัง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="134"/>
        <source>Private</source>
        <translation>เป็นส่วนตัว</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="135"/>
        <source>When no one has touched the screen for a while, it starts again by itself. Nothing you type is kept.</source>
        <translation>เมื่อไม่มีใครแตะหน้าจอสักพัก หน้าจอจะเริ่มใหม่เอง สิ่งที่คุณพิมพ์จะไม่ถูกเก็บไว้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/help_view.py" line="140"/>
        <source>Keyboard shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../edu_app/ui/home_view.py" line="160"/>
        <source>Learn about eczema</source>
        <translation>เรียนรู้เรื่องโรคผื่นภูมิแพ้ผิวหนัง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/home_view.py" line="162"/>
        <source>Tap a topic to read about it, or search for a word.</source>
        <translation>แตะหัวข้อเพื่ออ่าน หรือค้นหาคำที่ต้องการ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/home_view.py" line="164"/>
        <source>Search, for example “steroid” or “stem cells”</source>
        <translation>ค้นหา เช่น “สเตียรอยด์” หรือ “สเต็มเซลล์”</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/home_view.py" line="165"/>
        <source>Search all topics and questions</source>
        <translation>ค้นหาทุกหัวข้อและคำถาม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/home_view.py" line="192"/>
        <source>Make a handout</source>
        <translation>ทำเอกสารแจก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/home_view.py" line="193"/>
        <source>Print or save the topics you read today.</source>
        <translation>พิมพ์หรือบันทึกหัวข้อที่คุณอ่านวันนี้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/home_view.py" line="197"/>
        <source>Explain to a patient</source>
        <translation>อธิบายให้ผู้ป่วยฟัง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/home_view.py" line="198"/>
        <source>For clinicians: step through pictures, draw on them and show them on a second screen.</source>
        <translation>สำหรับแพทย์และพยาบาล: อธิบายทีละภาพ วาดบนภาพ และแสดงบนจอที่สองได้</translation>
    </message>
</context>
<context>
    <name>IllustrationPanel</name>
    <message>
        <location filename="../../edu_app/ui/illustration_panel.py" line="80"/>
        <source>Skin tone:</source>
        <translation>สีผิว:</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/illustration_panel.py" line="81"/>
        <source>Light</source>
        <translation>ขาว</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/illustration_panel.py" line="81"/>
        <source>Medium</source>
        <translation>สองสี</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/illustration_panel.py" line="81"/>
        <source>Dark</source>
        <translation>เข้ม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/illustration_panel.py" line="84"/>
        <source>Show %1 skin</source>
        <translation>แสดงผิว%1</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/illustration_panel.py" line="86"/>
        <source>Draw the pictures with %1 skin; eczema can look red, brown, purple or grey</source>
        <translation>แสดงภาพด้วยผิว%1 ผื่นภูมิแพ้ผิวหนังอาจดูเป็นสีแดง น้ำตาล ม่วง หรือเทา</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/illustration_panel.py" line="89"/>
        <source>Drag the line, or tap either side, to compare. Tap a label to learn more.</source>
        <translation>ลากเส้นหรือแตะด้านใดด้านหนึ่งเพื่อเปรียบเทียบ แตะป้ายชื่อเพื่อดูคำอธิบาย</translation>
    </message>
</context>
<context>
    <name>IllustrationView</name>
    <message>
        <location filename="../../edu_app/ui/illustration.py" line="66"/>
        <source>Illustration</source>
        <translation>ภาพประกอบ</translation>
    </message>
</context>
<context>
    <name>InfoPopup</name>
    <message>
        <location filename="../../edu_app/ui/widgets.py" line="254"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/widgets.py" line="259"/>
        <source>Meaning of %1</source>
        <translation>ความหมายของ %1</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/widgets.py" line="267"/>
        <location filename="../../edu_app/ui/widgets.py" line="271"/>
        <source>Read this on your phone</source>
        <translation>อ่านต่อบนโทรศัพท์ของคุณ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/widgets.py" line="268"/>
        <source>This web address is too long to show as a code. Ask at the desk for it:</source>
        <translation>ที่อยู่เว็บนี้ยาวเกินกว่าจะแสดงเป็นคิวอาร์โค้ดได้ กรุณาติดต่อเจ้าหน้าที่ที่เคาน์เตอร์เพื่อขอที่อยู่นี้:</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/widgets.py" line="272"/>
        <source>Point your phone&apos;s camera at the code to open:</source>
        <translation>หันกล้องโทรศัพท์ไปที่รหัสนี้เพื่อเปิด:</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/widgets.py" line="274"/>
        <source>QR code for %1</source>
        <translation>คิวอาร์โค้ดสำหรับ %1</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../edu_app/ui/kiosk/controller.py" line="113"/>
        <source>Back to the kiosk</source>
        <translation>กลับสู่หน้าจอบริการ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/controller.py" line="114"/>
        <source>Start over now</source>
        <translation>เริ่มใหม่ทันที</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/controller.py" line="115"/>
        <source>Close the program</source>
        <translation>ปิดโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/controller.py" line="117"/>
        <source>Prints today: %1 of %2.</source>
        <translation>พิมพ์วันนี้แล้ว %1 จาก %2 ชุด</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/controller.py" line="245"/>
        <source>The PIN could not be saved in %1, so it works only until the program closes. Set it with &apos;edu-app set-pin&apos; on this computer.</source>
        <translation>บันทึกรหัส PIN ลงใน %1 ไม่ได้ รหัสนี้จึงใช้ได้จนกว่าจะปิดโปรแกรมเท่านั้น ให้ตั้งรหัสด้วยคำสั่ง &apos;edu-app set-pin&apos; บนเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/controller.py" line="250"/>
        <source>The staff PIN is saved in %1.</source>
        <translation>บันทึกรหัส PIN ของเจ้าหน้าที่ไว้ใน %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../edu_app/ui/main_window.py" line="150"/>
        <source>Pages that could not be shown: %1. Run &apos;edu-app check-content&apos; for details.</source>
        <translation>หน้าที่แสดงไม่ได้: %1 หน้า ให้เรียกใช้ &apos;edu-app check-content&apos; เพื่อดูรายละเอียด</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/main_window.py" line="155"/>
        <source>For staff: please check the settings</source>
        <translation>สำหรับเจ้าหน้าที่: โปรดตรวจสอบการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/main_window.py" line="356"/>
        <source>Eczema Explained</source>
        <translation>เข้าใจโรคผื่นภูมิแพ้ผิวหนัง</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../edu_app/ui/keyboard.py" line="91"/>
        <source>Space</source>
        <translation>เว้นวรรค</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/keyboard.py" line="92"/>
        <source>Enter</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/keyboard.py" line="93"/>
        <source>Hide keyboard</source>
        <translation>ซ่อนแป้นพิมพ์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/keyboard.py" line="94"/>
        <source>Shift</source>
        <translation>แป้นยกแคร่</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/keyboard.py" line="95"/>
        <source>Delete the last letter</source>
        <translation>ลบตัวอักษรตัวสุดท้าย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/keyboard.py" line="97"/>
        <source>Other keyboard language</source>
        <translation>เปลี่ยนภาษาแป้นพิมพ์</translation>
    </message>
</context>
<context>
    <name>PatientWindow</name>
    <message>
        <location filename="../../edu_app/ui/clinician/patient_window.py" line="58"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../edu_app/ui/kiosk/pin_pad.py" line="109"/>
        <source>Staff only: enter the PIN</source>
        <translation>สำหรับเจ้าหน้าที่: ใส่รหัส PIN</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/pin_pad.py" line="100"/>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/pin_pad.py" line="101"/>
        <source>Delete last digit</source>
        <translation>ลบตัวเลขตัวสุดท้าย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/pin_pad.py" line="102"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/pin_pad.py" line="103"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/pin_pad.py" line="111"/>
        <source>Staff: choose a PIN of 4 to 8 digits</source>
        <translation>สำหรับเจ้าหน้าที่: ตั้งรหัส PIN เป็นตัวเลข 4 ถึง 8 หลัก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/pin_pad.py" line="113"/>
        <source>Enter the same PIN again</source>
        <translation>ใส่รหัส PIN เดิมอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/pin_pad.py" line="132"/>
        <source>The staff PIN in clinic.toml is damaged. Choose a new PIN here, or set one with &apos;edu-app set-pin&apos; on this computer.</source>
        <translation>รหัส PIN ของเจ้าหน้าที่ในไฟล์ clinic.toml เสียหาย ตั้งรหัสใหม่ได้ที่นี่ หรือตั้งด้วยคำสั่ง &apos;edu-app set-pin&apos; บนเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/pin_pad.py" line="134"/>
        <source>This kiosk has no staff PIN yet. Choose one now: it is needed to close the program.</source>
        <translation>เครื่องนี้ยังไม่มีรหัส PIN ของเจ้าหน้าที่ ตั้งรหัสตอนนี้เลย ต้องใช้รหัสนี้เพื่อปิดโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/pin_pad.py" line="159"/>
        <source>That PIN is not right. Try again.</source>
        <translation>รหัส PIN ไม่ถูกต้อง ลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/pin_pad.py" line="165"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>รหัส PIN ต้องเป็นตัวเลข 4 ถึง 8 หลัก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/pin_pad.py" line="171"/>
        <source>The two PINs differ. Choose a PIN again.</source>
        <translation>รหัสที่ใส่สองครั้งไม่ตรงกัน ตั้งรหัสใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/pin_pad.py" line="196"/>
        <source>Too many wrong PINs. Wait %1 seconds.</source>
        <translation>ใส่รหัสผิดหลายครั้งเกินไป รอ %1 วินาที</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/pin_pad.py" line="209"/>
        <source>%1 digits entered</source>
        <translation>ใส่แล้ว %1 หลัก</translation>
    </message>
</context>
<context>
    <name>QuestionItem</name>
    <message>
        <location filename="../../edu_app/ui/faq_view.py" line="67"/>
        <source>Read more: %1</source>
        <translation>อ่านเพิ่มเติม: %1</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/faq_view.py" line="87"/>
        <source>Expanded</source>
        <translation>ขยายอยู่</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/faq_view.py" line="87"/>
        <source>Collapsed</source>
        <translation>ย่ออยู่</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../edu_app/ui/speech.py" line="248"/>
        <source>Speed: slow</source>
        <translation>ความเร็ว: ช้า</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/speech.py" line="248"/>
        <source>Speed: normal</source>
        <translation>ความเร็ว: ปกติ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/speech.py" line="249"/>
        <source>Speed: fast</source>
        <translation>ความเร็ว: เร็ว</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/speech.py" line="251"/>
        <source>Reading speed</source>
        <translation>ความเร็วในการอ่าน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/speech.py" line="252"/>
        <source>How fast the page is read aloud</source>
        <translation>ความเร็วที่ใช้อ่านหน้านี้ออกเสียง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/speech.py" line="253"/>
        <source>Read this page aloud, or stop reading</source>
        <translation>อ่านหน้านี้ออกเสียง หรือหยุดอ่าน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/speech.py" line="298"/>
        <source>Stop reading</source>
        <translation>หยุดอ่าน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/speech.py" line="298"/>
        <source>Read aloud</source>
        <translation>อ่านออกเสียง</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../edu_app/ui/search_view.py" line="105"/>
        <source>← Back</source>
        <translation>← กลับ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/search_view.py" line="106"/>
        <source>Home</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/search_view.py" line="107"/>
        <source>Type a word to search</source>
        <translation>พิมพ์คำเพื่อค้นหา</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/search_view.py" line="108"/>
        <source>Search all topics and questions</source>
        <translation>ค้นหาทุกหัวข้อและคำถาม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/search_view.py" line="109"/>
        <source>Clear</source>
        <translation>ล้างคำค้น</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/search_view.py" line="110"/>
        <source>Clear the search</source>
        <translation>ล้างคำที่ค้นหา</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/search_view.py" line="120"/>
        <source>Topic</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/search_view.py" line="121"/>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/search_view.py" line="122"/>
        <source>Word meaning</source>
        <translation>ความหมายของคำ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/search_view.py" line="156"/>
        <source>Type a word, for example “itch” or “cord blood”.</source>
        <translation>พิมพ์คำ เช่น “คัน” หรือ “เลือดจากสายสะดือ”</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/search_view.py" line="158"/>
        <source>No page talks about “%1”. Try one word, or open a topic:</source>
        <translation>ไม่มีหน้าที่พูดถึง %1 ลองพิมพ์คำเดียว หรือเลือกหัวข้อด้านล่าง:</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/search_view.py" line="161"/>
        <source>The best %1 of %2 results.</source>
        <translation>%1 รายการที่ตรงที่สุด จากทั้งหมด %2 รายการ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/search_view.py" line="164"/>
        <source>Results: %1</source>
        <translation>ผลการค้นหา: %1</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/search_view.py" line="166"/>
        <source>Showing results for “%1”.</source>
        <translation>แสดงผลสำหรับคำว่า %1</translation>
    </message>
    <message>
        <source>Nothing found. Check the spelling or try another word.</source>
        <translation type="vanished">ไม่พบผลลัพธ์ ตรวจการสะกดหรือลองใช้คำอื่น</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="77"/>
        <source>Back to the previous screen</source>
        <translation>กลับไปหน้าก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="77"/>
        <source>Home</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="78"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="78"/>
        <source>Make a handout</source>
        <translation>ทำเอกสารแจก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="79"/>
        <source>Larger text</source>
        <translation>ตัวอักษรใหญ่ขึ้น</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="79"/>
        <source>Smaller text</source>
        <translation>ตัวอักษรเล็กลง</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation type="vanished">รายการปุ่มลัดนี้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="80"/>
        <source>How to use this program, with this list</source>
        <translation>วิธีใช้โปรแกรมนี้ พร้อมรายการนี้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="85"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="85"/>
        <source>Move to the next or previous control</source>
        <translation>ไปยังปุ่มหรือช่องถัดไปหรือก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="86"/>
        <source>Enter, Space</source>
        <translation>Enter, Space</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="86"/>
        <source>Open the card or press the button</source>
        <translation>เปิดการ์ดหรือกดปุ่ม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="89"/>
        <source>Left, Right, Home, End</source>
        <translation>ซ้าย ขวา Home End</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="89"/>
        <source>Move the line between two pictures</source>
        <translation>เลื่อนเส้นแบ่งระหว่างภาพสองภาพ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="90"/>
        <source>Right, Left, PageDown, PageUp, Space</source>
        <translation>ขวา ซ้าย PageDown PageUp Space</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="91"/>
        <source>Explaining: next or previous step (a presentation clicker works too)</source>
        <translation>ขณะอธิบาย: ขั้นตอนถัดไปหรือก่อนหน้า (ใช้รีโมตนำเสนอได้)</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="92"/>
        <source>B, F</source>
        <translation>B, F</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/shortcuts.py" line="92"/>
        <source>Explaining: blank or freeze the patient&apos;s screen</source>
        <translation>ขณะอธิบาย: ปิดภาพหรือหยุดภาพบนจอของผู้ป่วย</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="vanished">ปุ่มลัดแป้นพิมพ์</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../../edu_app/ui/kiosk/overlays.py" line="164"/>
        <source>Staff menu</source>
        <translation>เมนูเจ้าหน้าที่</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../edu_app/ui/app.py" line="80"/>
        <source>For staff: the program started without some of the clinic&apos;s settings</source>
        <translation>สำหรับเจ้าหน้าที่: โปรแกรมเริ่มทำงานโดยไม่ใช้การตั้งค่าบางส่วนของคลินิก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/app.py" line="105"/>
        <source>The program could not start with the clinic&apos;s logo and extra pages, so it started without them. Please check clinic.toml and the clinic&apos;s files; the log in %1 says where it failed.</source>
        <translation>โปรแกรมเริ่มทำงานพร้อมโลโก้และหน้าเพิ่มเติมของคลินิกไม่ได้ จึงเริ่มทำงานโดยไม่มีสิ่งเหล่านี้ โปรดตรวจสอบ clinic.toml และไฟล์ของคลินิก บันทึกการทำงาน (log) ใน %1 บอกว่าเกิดปัญหาที่จุดใด</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/app.py" line="110"/>
        <source>The program could not start with the clinic&apos;s settings, so it started on the default settings; the kiosk lock, staff PIN and print limits are kept. Please check clinic.toml; the log in %1 says where it failed.</source>
        <translation>โปรแกรมเริ่มทำงานด้วยการตั้งค่าของคลินิกไม่ได้ จึงเริ่มทำงานด้วยการตั้งค่าเริ่มต้น โดยยังคงการล็อกหน้าจอบริการ PIN ของเจ้าหน้าที่ และขีดจำกัดการพิมพ์ไว้ตามเดิม โปรดตรวจสอบ clinic.toml บันทึกการทำงาน (log) ใน %1 บอกว่าเกิดปัญหาที่จุดใด</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/app.py" line="124"/>
        <source>For staff: started without some of the clinic&apos;s settings (see the staff menu)</source>
        <translation>สำหรับเจ้าหน้าที่: เริ่มทำงานโดยไม่ใช้การตั้งค่าบางส่วนของคลินิก (ดูที่เมนูเจ้าหน้าที่)</translation>
    </message>
</context>
<context>
    <name>StillReading</name>
    <message>
        <location filename="../../edu_app/ui/kiosk/overlays.py" line="93"/>
        <source>Still reading?</source>
        <translation>ยังอ่านอยู่ไหม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/overlays.py" line="94"/>
        <source>Touch the screen to keep reading. Otherwise this screen starts over for the next person, and what you chose is cleared.</source>
        <translation>แตะหน้าจอเพื่ออ่านต่อ ถ้าไม่แตะ หน้าจอนี้จะเริ่มใหม่สำหรับคนถัดไป และสิ่งที่คุณเลือกไว้จะถูกล้าง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/overlays.py" line="96"/>
        <source>Keep reading</source>
        <translation>อ่านต่อ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/kiosk/overlays.py" line="100"/>
        <source>Starting over in %1 s</source>
        <translation>จะเริ่มใหม่ใน %1 วินาที</translation>
    </message>
</context>
<context>
    <name>TeachBackView</name>
    <message>
        <location filename="../../edu_app/ui/clinician/teach_back.py" line="66"/>
        <source>Tell me in your own words…</source>
        <translation>ลองเล่าด้วยคำพูดของคุณเอง…</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/teach_back.py" line="68"/>
        <source>Ask the patient to explain each topic back to you, in their own words. Check the points below, and explain again any they miss.</source>
        <translation>ให้ผู้ป่วยเล่าแต่ละหัวข้อกลับมาด้วยคำพูดของตนเอง ตรวจดูประเด็นด้านล่าง และอธิบายอีกครั้งในข้อที่ยังขาด</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/teach_back.py" line="70"/>
        <source>‹ Back to the steps</source>
        <translation>‹ กลับไปที่ขั้นตอน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/teach_back.py" line="71"/>
        <source>Make the handout</source>
        <translation>ทำเอกสารแจก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/teach_back.py" line="72"/>
        <source>End visit</source>
        <translation>จบการพบแพทย์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/teach_back.py" line="73"/>
        <source>Compare choices</source>
        <translation>เทียบทางเลือก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/teach_back.py" line="90"/>
        <source>Tick what they can explain:</source>
        <translation>ติ๊กเรื่องที่ผู้ป่วยอธิบายได้:</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/teach_back.py" line="96"/>
        <source>Planned, but not shown yet</source>
        <translation>วางแผนไว้ แต่ยังไม่ได้อธิบาย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/teach_back.py" line="98"/>
        <source>These topics were in the plan for this visit. Explain them now, or leave them for the handout.</source>
        <translation>หัวข้อเหล่านี้อยู่ในแผนของการพบแพทย์ครั้งนี้ อธิบายตอนนี้เลย หรือให้อ่านในเอกสารแทน</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/teach_back.py" line="106"/>
        <source>Explain this topic</source>
        <translation>อธิบายหัวข้อนี้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/teach_back.py" line="107"/>
        <source>Explain %1</source>
        <translation>อธิบาย %1</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="124"/>
        <source>Eczema Explained</source>
        <translation>เข้าใจโรคผื่นภูมิแพ้ผิวหนัง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="126"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="127"/>
        <source>The language of the whole program</source>
        <translation>ภาษาของทั้งโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="129"/>
        <source>Language: %1</source>
        <translation>ภาษา: %1</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="131"/>
        <source>Show the whole program in %1</source>
        <translation>แสดงทั้งโปรแกรมเป็นภาษา %1</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="132"/>
        <source>Smaller text</source>
        <translation>ตัวอักษรเล็กลง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="133"/>
        <source>Larger text</source>
        <translation>ตัวอักษรใหญ่ขึ้น</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="134"/>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>ตัวอักษรเล็กลง (Ctrl+ลบ)</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="135"/>
        <source>Larger text (Ctrl+Plus)</source>
        <translation>ตัวอักษรใหญ่ขึ้น (Ctrl+บวก)</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="136"/>
        <source>Make all text smaller</source>
        <translation>ทำให้ตัวอักษรทั้งหมดเล็กลง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="137"/>
        <source>Make all text larger, up to twice the size</source>
        <translation>ทำให้ตัวอักษรทั้งหมดใหญ่ขึ้น ได้ถึงสองเท่า</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="138"/>
        <source>High contrast</source>
        <translation>ความคมชัดสูง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="140"/>
        <source>Light text on a black background, with stronger colours, easier to read</source>
        <translation>ตัวอักษรสีสว่างบนพื้นดำ สีเข้มชัดขึ้น อ่านง่ายขึ้น</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="141"/>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="142"/>
        <source>How to use this program, in pictures (F1)</source>
        <translation>วิธีใช้โปรแกรมนี้ แบบมีภาพ (F1)</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="143"/>
        <source>How to use this program (F1)</source>
        <translation>วิธีใช้โปรแกรมนี้ (F1)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="vanished">ปุ่มลัดแป้นพิมพ์</translation>
    </message>
    <message>
        <source>Show the keys that work in this program (F1)</source>
        <translation type="vanished">แสดงปุ่มที่ใช้ได้ในโปรแกรมนี้ (F1)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation type="vanished">ปุ่มลัดแป้นพิมพ์ (F1)</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/top_bar.py" line="154"/>
        <source>Text size %1 percent</source>
        <translation>ขนาดตัวอักษร %1 เปอร์เซ็นต์</translation>
    </message>
</context>
<context>
    <name>TopicCard</name>
    <message>
        <location filename="../../edu_app/ui/home_view.py" line="51"/>
        <source>FROM YOUR CLINIC</source>
        <translation>จากคลินิกของคุณ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/home_view.py" line="53"/>
        <source>NOT YET TRANSLATED: SHOWN IN ENGLISH</source>
        <translation>ยังไม่ได้แปล: แสดงเป็นภาษาอังกฤษ</translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <location filename="../../edu_app/ui/topic_view.py" line="100"/>
        <source>← Back</source>
        <translation>← กลับ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/topic_view.py" line="101"/>
        <source>Home</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/topic_view.py" line="102"/>
        <source>‹ Previous</source>
        <translation>‹ ก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/topic_view.py" line="103"/>
        <source>Next ›</source>
        <translation>ถัดไป ›</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/topic_view.py" line="104"/>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/topic_view.py" line="105"/>
        <source>Make a handout of this page</source>
        <translation>ทำเอกสารแจกจากหน้านี้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/topic_view.py" line="106"/>
        <source>Previous topic</source>
        <translation>หัวข้อก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/topic_view.py" line="107"/>
        <source>Next topic</source>
        <translation>หัวข้อถัดไป</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/topic_view.py" line="108"/>
        <source>Page text</source>
        <translation>เนื้อหาของหน้า</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/topic_view.py" line="109"/>
        <location filename="../../edu_app/ui/topic_view.py" line="220"/>
        <source>FROM YOUR CLINIC</source>
        <translation>จากคลินิกของคุณ</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/topic_view.py" line="219"/>
        <source>NOT YET TRANSLATED: SHOWN IN ENGLISH</source>
        <translation>ยังไม่ได้แปล: แสดงเป็นภาษาอังกฤษ</translation>
    </message>
</context>
<context>
    <name>VisitPlanner</name>
    <message>
        <location filename="../../edu_app/ui/clinician/planner.py" line="43"/>
        <source>Home</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/planner.py" line="44"/>
        <source>Explain to a patient</source>
        <translation>อธิบายให้ผู้ป่วยฟัง</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/planner.py" line="46"/>
        <source>Choose the topics for this visit. Each one is a few pictures with key points. You can draw on them, show them on a second screen, and add them to the handout. Nothing is saved: all of it is cleared when the visit ends.</source>
        <translation>เลือกหัวข้อสำหรับการพบแพทย์ครั้งนี้ แต่ละหัวข้อมีภาพไม่กี่ภาพพร้อมประเด็นสำคัญ คุณวาดบนภาพ แสดงบนจอที่สอง และเพิ่มลงในเอกสารได้ ไม่มีสิ่งใดถูกบันทึก ทุกอย่างจะถูกล้างเมื่อจบการพบแพทย์</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/planner.py" line="49"/>
        <source>Start explaining</source>
        <translation>เริ่มอธิบาย</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/planner.py" line="50"/>
        <source>Topics for this visit</source>
        <translation>หัวข้อสำหรับการพบแพทย์ครั้งนี้</translation>
    </message>
    <message>
        <location filename="../../edu_app/ui/clinician/planner.py" line="58"/>
        <source>steps: %1</source>
        <translation>ขั้นตอน: %1</translation>
    </message>
</context>
</TS>
