# The fields of an activity and the items of Article 30, in one file that the core (the files,
# the record, the history, `ropa show`) and the window (the editor's labels and groups) read.
# A field's label is its name everywhere; `item-…` name the Article 30 items, as the editor
# groups the fields and the checks count them (article30.rs).

field-id = ID
field-organisation = Organisation
field-reference = Reference
field-name = Name
field-description = Description
field-role = Role
field-status = Status
field-controllers = Controllers
field-joint-controllers = Joint controllers
field-purposes = Purposes
field-legal-bases = Legal bases
field-special-bases = Art. 9 conditions
field-criminal-basis = Basis for criminal-offence data (Art. 10)
field-data-subjects = Data subjects
field-data-categories = Data categories
field-source = Source of the data
field-recipients = Recipients
field-locations = Locations
field-transfers = Transfers
field-no-transfers = No transfers
field-retention = Retention
field-measures = Security measures
field-sub-processors = Sub-processors
field-dpia-required = DPIA required
field-dpia-status = DPIA status
field-dpia-criteria = DPIA criteria
field-dpia-reference = DPIA reference
field-automated-decisions = Automated decision-making, including profiling
field-automated-decisions-detail = Automated decisions: details
field-rights = Rights of data subjects
field-owner = Owner or business function
field-software = Software
field-created-on = Created
field-updated-on = Updated
field-last-review = Last review
field-next-review = Next review
field-notes = Notes
field-internal-recipients = Internal recipients
field-external-recipients = External recipients
field-processor-recipients = Processors
field-transfer-countries = Third countries
field-transfer-safeguards = Safeguards
field-special-data = Special-category data
field-legitimate-interest = Legitimate interests
field-legitimate-interest-assessment = Legitimate interests assessment
field-consent-record = Consent records

item-30-1-a = Identification and contacts — Art. 30(1)(a)
item-30-1-b = Purposes and legal bases — Art. 30(1)(b)
item-30-1-c = Data subjects and personal data — Art. 30(1)(c)
item-30-1-d = Recipients — Art. 30(1)(d)
item-30-1-e = Transfers outside the EU — Art. 30(1)(e)
item-30-1-f = Time limits for erasure — Art. 30(1)(f)
item-30-1-g = Security measures — Art. 30(1)(g)
item-30-2-a = Processing on behalf of controllers — Art. 30(2)(a)
item-30-2-b = Categories of processing — Art. 30(2)(b)
item-30-2-c = Transfers outside the EU — Art. 30(2)(c)
item-30-2-d = Security measures — Art. 30(2)(d)
