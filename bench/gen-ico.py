#!/usr/bin/env python3
"""Writes N rows in the UK ICO controller template's layout (contact block, header on row 9) to
standard output, as Excel's "CSV UTF-8" saves it: for the CSV import benchmark."""
import csv, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
headers = [l for l in open(sys.argv[2], encoding="utf-8").read().splitlines() if l and not l.startswith("#")]
out = csv.writer(sys.stdout, lineterminator="\r\n")
sys.stdout.write("\ufeff")
out.writerow(["", "Name", "Address", "Email", "Telephone"])
out.writerow(["Controller", "Bench Ltd", "1 Test Street, Leeds", "info@bench.example", "0113 000 0000"])
out.writerow(["Data Protection Officer", "Zoë Ellis", "1 Test Street, Leeds", "dpo@bench.example", "0113 000 0001"])
out.writerow(["Representative", "Bench EU – Dublin", "5 Quay St, Dublin", "rep@bench.example", "+353 1 000"])
for _ in range(4):
    out.writerow([])
out.writerow(headers)
functions = ["HR", "Finance", "Marketing", "Sales", "IT", "Legal", "Customer service", "Facilities"]
bases = ["Contract", "Legal obligation – Art. 6(1)(c)", "Legitimate interests", "Consent", "Public task"]
for i in range(n):
    f = functions[i % len(functions)]
    row = [""] * 30
    row[0] = f
    row[1] = f"{f} processing no. {i} – keeping “records” of staff and clients; costs in € and £, reviewed yearly"
    row[3] = "Employees\nContractors\nJob applicants"
    row[4] = "Contact details (name, e-mail, phone)\nBank details\nSalary and pension\nPerformance reviews"
    row[5] = "HMRC\nPension provider\nPayroll bureau"
    row[6] = f"https://intranet.example/contracts/{i}"
    row[7] = "United States" if i % 3 == 0 else ""
    row[8] = "Standard contractual clauses" if i % 3 == 0 else ""
    row[9] = "6 years after employment ends"
    row[10] = f"Encryption at rest\nRole-based access {i % 50}\nBackups"
    row[11] = bases[i % len(bases)]
    row[13] = "Running the business efficiently" if i % 5 == 2 else ""
    row[15] = "Access, rectification, erasure, portability"
    row[16] = "No"
    row[17] = "The data subject"
    row[19] = "UK, Leeds office" if i % 2 else "AWS, Ireland"
    row[20] = "No"
    row[27] = "https://intranet.example/retention"
    row[28] = "Yes"
    out.writerow(row)
