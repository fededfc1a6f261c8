# The record of processing activities (the PDF): its titles, labels and notes.

pdf-title-controller = Record of processing activities — Article 30(1) GDPR
pdf-title-processor = Record of all categories of processing activities carried out on behalf of a controller — Article 30(2) GDPR
pdf-title-both = Record of processing activities — Article 30(1) and (2) GDPR
pdf-title-extract = Extract of the record of processing activities carried out on behalf of the controller — Article 30(2) GDPR
pdf-running = Record of processing activities (GDPR Article 30)
pdf-fingerprint-note-extract = Two copies of this extract with the same fingerprint hold the same content.
pdf-all-measures = All the measures of Annex B
pdf-col-place = Country and place
pdf-part-for = Part concerning the controller:
pdf-roles = Acting as
pdf-role-controller = controller
pdf-role-processor = processor
pdf-address = Address
pdf-registration = Registration number
pdf-contact = Contact
pdf-dpo = Data protection officer
pdf-representative = Representative in the Union (Art. 27)
pdf-representative-not-required = Not required (established in the EU/EEA)
pdf-generated = Generated on
pdf-last-change = Register last changed on
pdf-completeness = { $percent }% of the Article 30 items recorded ({ $filled } of { $total }, over the activities in this document)
pdf-completeness-label = Completeness
pdf-fingerprint = Content fingerprint
pdf-fingerprint-note = Two copies with the same fingerprint hold the same register.
pdf-contents = Contents
pdf-page = Page
pdf-controller-record = Controller record — Article 30(1)
pdf-processor-record = Processor record — Article 30(2)
pdf-annexes = Annexes
pdf-annex-subprocessors = Annex A — Sub-processors by site or region
pdf-annex-processors = Annex A — Processors by site or region
pdf-processors = Processors
pdf-annex-measures = Annex B — Technical and organisational security measures
pdf-annex-transfers = Annex C — Transfers to third countries or international organisations
pdf-not-recorded = Not recorded
pdf-no-controller = Controller not recorded
pdf-a1-controller = (a) Name and contact details of the controller
pdf-a1-joint = (a) Joint controllers
pdf-b1-purposes = (b) Purposes of the processing
pdf-c1-subjects = (c) Categories of data subjects
pdf-c1-data = (c) Categories of personal data
pdf-d1-recipients = (d) Categories of recipients
pdf-e1-transfers = (e) Transfers to third countries or international organisations
pdf-f1-erasure = (f) Time limits for erasure
pdf-g1-security = (g) Technical and organisational security measures
pdf-a2-processor = (a) Name and contact details of the processor
pdf-a2-controller = (a) Controller on whose behalf the processor acts
pdf-b2-processing = (b) Categories of processing carried out on behalf of the controller
pdf-c2-transfers = (c) Transfers to third countries or international organisations
pdf-d2-security = (d) Technical and organisational security measures
pdf-other = Other information
pdf-legal-basis = Lawful basis (Art. 6(1))
pdf-special-basis = Condition for special-category data (Art. 9(2))
pdf-locations = Processing and storage locations
pdf-subprocessors = Sub-processors
pdf-dpia = Data protection impact assessment
pdf-dpia-not-required = not required
pdf-dpia-required = required
pdf-dpia-criteria = criteria met (WP248)
pdf-yes = Yes
pdf-no = No
pdf-status = Status
pdf-description = Description
pdf-created = Record created on
pdf-updated = Record last updated on
pdf-last-review = Last reviewed on
pdf-next-review = Next review due on
pdf-col-subprocessor = Sub-processor
pdf-col-site = Site or region
pdf-col-country = Country
pdf-col-purpose = Purpose
pdf-col-safeguard = Safeguard
pdf-col-measure = Measure
pdf-col-category = Category
pdf-col-description = Description
pdf-col-activity = Activity
pdf-col-recipient = Recipient
pdf-all-sites = All sites
pdf-no-safeguard = No safeguard recorded
pdf-no-transfers = None: no personal data go to a third country or an international organisation
pdf-special-flag = special category
pdf-criminal-flag = criminal offences
pdf-processor-basis = For the controller to decide (processor activity)
pdf-international-organisation = international organisation
pdf-scc-module = module
pdf-impact-assessment = transfer impact assessment

page-of = Page { $page } of { $pages }

# Words the files and the history share.

international-organisation = International organisation
period-days = { $n } { $n ->
        [one] day
       *[other] days
    }
period-weeks = { $n } { $n ->
        [one] week
       *[other] weeks
    }
period-months = { $n } { $n ->
        [one] month
       *[other] months
    }
period-years = { $n } { $n ->
        [one] year
       *[other] years
    }
retention-from = from
comment-on = Comment on { $on }: { $text }
not-applicable = Not applicable

