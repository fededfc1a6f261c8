//! The contact block above a register's header: the controller's, the DPO's and the
//! representative's details (Art. 30(1)(a)), as the ICO template lays them out (a row of labels,
//! a row per role), or as label–value pairs (the CNIL register: "Nom :" with the name in the cell
//! to its right, the role named in column A).

use crate::csv::read::Record;
use crate::model::Contact;
use crate::text::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactRole {
    Controller,
    Dpo,
    Representative,
}

impl ContactRole {
    /// Its name's id in the language files.
    pub fn word(self) -> &'static str {
        match self {
            ContactRole::Controller => "contact-role-controller",
            ContactRole::Dpo => "contact-role-dpo",
            ContactRole::Representative => "contact-role-representative",
        }
    }

    /// The role a label names, from its first line ("Coordonnées du responsable de l'organisme").
    pub fn recognise(label: &str) -> Option<ContactRole> {
        let key = fold(label.lines().next().unwrap_or(label));
        // German: "Angaben zur Person des Datenschutzbeauftragten", "Angaben zum Vertreter des
        // Verantwortlichen", "Angaben zum Verantwortlichen" (the DSK model register's cover sheet).
        if key.contains("protection officer")
            || key == "dpo"
            || key.starts_with("dpo ")
            || key.contains("delegue")
            || key.contains("datenschutzbeauftragte")
        {
            Some(ContactRole::Dpo)
        } else if key.contains("representative") || key.contains("representant") || key.contains("vertreter") {
            Some(ContactRole::Representative)
        } else if key.contains("controller")
            || key.contains("organisation")
            || key.contains("responsable")
            || key.contains("verantwortliche")
        {
            Some(ContactRole::Controller)
        } else {
            None
        }
    }
}

/// Contacts found, and the cells they were read from (row, 0-based column).
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub contacts: Vec<(ContactRole, Contact, usize)>,
    pub used: Vec<(usize, usize)>,
}

/// A part of a contact a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Name,
    FirstName,
    Company,
    Address,
    Postcode,
    City,
    Country,
    Email,
    Phone,
    Role,
}

fn part(label: &str) -> Option<Part> {
    // "Société (si DPO externe) :", "Company (if the DPO is external):": the words before the
    // bracket, without the colon. A label is short: "Société Lumière SAS" is a name.
    let text = label.trim().trim_end_matches([':', ' ', '\u{a0}']);
    let text = match text.find('(') {
        Some(open) if open > 0 => text[..open].trim(),
        _ => text,
    };
    let key = fold(text);
    Some(match key.as_str() {
        "nom" | "name" | "nom et prenom" | "full name" | "contact" | "contact name" | "last name" | "surname"
        | "family name" | "nom de famille" | "nachname" | "name, vorname" | "ansprechpartner" => Part::Name,
        "prenom" | "first name" | "given name" | "forename" | "vorname" => Part::FirstName,
        "societe" | "company" | "organisme" | "entreprise" | "raison sociale" | "company name" | "firma"
        | "unternehmen" => Part::Company,
        "adresse"
        | "address"
        | "adresse postale"
        | "postal address"
        | "anschrift"
        | "strasse"
        | "straße"
        | "straße, hausnummer"
        | "strasse, hausnummer" => Part::Address,
        "code postal" | "postcode" | "post code" | "zip" | "zip code" | "cp" | "postal code" | "plz"
        | "postleitzahl" => Part::Postcode,
        "ville" | "city" | "town" | "commune" | "ort" => Part::City,
        "pays" | "country" | "land" => Part::Country,
        "adresse mel"
        | "adresse mail"
        | "adresse e-mail"
        | "adresse electronique"
        | "email"
        | "e-mail"
        | "mail"
        | "courriel"
        | "mel"
        | "e-mail-adresse"
        | "e-mail adresse"
        | "email-adresse" => Part::Email,
        "telephone" | "tel" | "tel." | "phone" | "phone number" | "telephone number" | "telefon" | "telefonnummer" => {
            Part::Phone
        }
        "fonction" | "role" | "title" | "job title" | "position" | "funktion" => Part::Role,
        _ => return None,
    })
}

#[derive(Default)]
struct Parts {
    name: String,
    first_name: String,
    company: String,
    address: String,
    postcode: String,
    city: String,
    country: String,
    email: String,
    phone: String,
    role: String,
}

impl Parts {
    fn set(&mut self, part: Part, value: &str) {
        // "N/A", "Néant": the block says there is no such contact.
        if crate::csv::fields::says_nothing(value) {
            return;
        }
        let slot = match part {
            Part::Name => &mut self.name,
            Part::FirstName => &mut self.first_name,
            Part::Company => &mut self.company,
            Part::Address => &mut self.address,
            Part::Postcode => &mut self.postcode,
            Part::City => &mut self.city,
            Part::Country => &mut self.country,
            Part::Email => &mut self.email,
            Part::Phone => &mut self.phone,
            Part::Role => &mut self.role,
        };
        if !slot.is_empty() {
            slot.push(' ');
        }
        slot.push_str(value.trim());
    }

    /// "Prénom Nom, Société"; "Adresse, CP Ville, Pays".
    fn contact(&self) -> Contact {
        let join = |parts: &[&str], sep: &str| {
            parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect::<Vec<_>>().join(sep)
        };
        let person = join(&[&self.first_name, &self.name], " ");
        let name = join(&[&person, &self.company], ", ");
        let town = join(&[&self.postcode, &self.city], " ");
        Contact {
            name,
            role: self.role.clone(),
            email: self.email.clone(),
            phone: self.phone.clone(),
            address: join(&[&self.address, &town, &self.country], ", "),
        }
    }
}

/// Whether a cell is a contact block's label ("Nom :", "Email", "Data Protection Officer").
pub fn is_label(text: &str) -> bool {
    let key = fold(text.trim_end_matches([':', ' ']));
    part(text).is_some()
        || matches!(
            key.as_str(),
            "controller"
                | "data controller"
                | "data protection officer"
                | "dpo"
                | "representative"
                | "responsable du traitement"
                | "delegue a la protection des donnees"
                | "representant"
                | "verantwortlicher"
                | "datenschutzbeauftragter"
                | "vertreter"
        )
}

/// Reads the contact block among the rows above a header.
pub fn read(preamble: &[Record]) -> Found {
    let table = table_style(preamble);
    if !table.contacts.is_empty() {
        return table;
    }
    label_style(preamble)
}

/// A row of labels (Name, Address, Email, Telephone) and a row per role below it.
fn table_style(preamble: &[Record]) -> Found {
    let mut found = Found::default();
    // Labels side by side, none ending in ":" (which would announce a value beside it).
    let label_row = preamble.iter().find(|r| {
        let parts: Vec<(usize, Part)> =
            r.cells.iter().enumerate().filter_map(|(i, c)| part(c).map(|p| (i, p))).collect();
        let adjacent = parts.windows(2).all(|w| w[1].0 == w[0].0 + 1);
        let colons = r.cells.iter().any(|c| part(c).is_some() && c.trim_end().ends_with(':'));
        parts.iter().any(|(_, p)| *p == Part::Name)
            && parts.iter().any(|(_, p)| *p == Part::Email)
            && adjacent
            && !colons
    });
    let Some(labels) = label_row else { return found };
    let slots: Vec<(usize, Part)> =
        labels.cells.iter().enumerate().filter_map(|(i, c)| part(c).map(|p| (i, p))).collect();
    for r in preamble.iter().filter(|r| r.row > labels.row) {
        let Some((role_column, role)) = r
            .cells
            .iter()
            .enumerate()
            .find(|(_, c)| !c.trim().is_empty())
            .and_then(|(i, c)| ContactRole::recognise(c).map(|role| (i, role)))
        else {
            continue;
        };
        let mut parts = Parts::default();
        let mut used = vec![(r.row, role_column)];
        for (i, p) in &slots {
            if let Some(value) = r.cells.get(*i).filter(|v| !v.trim().is_empty()) {
                parts.set(*p, value);
                used.push((r.row, *i));
            }
        }
        let contact = parts.contact();
        // A row that says there is no such contact ("N/A") is read too: as nothing.
        let says_none = used.iter().skip(1).all(|(_, i)| crate::csv::fields::says_nothing(&r.cells[*i]));
        if !contact.is_empty() || (used.len() > 1 && says_none) {
            if !contact.is_empty() {
                found.contacts.push((role, contact, r.row));
            }
            found.used.extend(used);
        }
    }
    if !found.contacts.is_empty() {
        found.used.extend(slots.iter().map(|(i, _)| (labels.row, *i)));
    }
    found
}

/// A contact being read: its role, its parts, its first row, the cells read.
type Pending = (ContactRole, Parts, usize, Vec<(usize, usize)>);

/// "Nom :" and the value in the cell to its right; the role from a label such as "Coordonnées du
/// délégué à la protection des données (DPO)" or "Controller name", which holds until the next.
fn label_style(preamble: &[Record]) -> Found {
    let mut found = Found::default();
    let mut current: Option<Pending> = None;
    let finish = |current: Option<Pending>, found: &mut Found| {
        if let Some((role, parts, row, used)) = current {
            let contact = parts.contact();
            if !contact.is_empty() {
                found.contacts.push((role, contact, row));
                found.used.extend(used);
            }
        }
    };
    for r in preamble {
        let mut i = 0;
        while i < r.cells.len() {
            let text = r.cells[i].trim();
            // Empty, or one of the template's help links ("► Délégué à la protection des données").
            if text.is_empty() || text.starts_with('►') {
                i += 1;
                continue;
            }
            let next = r.cells.iter().enumerate().skip(i + 1).find(|(_, c)| !c.trim().is_empty());
            // "Controller name: Acme" in one cell.
            if let Some((label, value)) = text.split_once(':').filter(|(_, v)| !v.trim().is_empty()) {
                if let Some(role) = ContactRole::recognise(label) {
                    if current.as_ref().map(|c| c.0) != Some(role) {
                        finish(current.take(), &mut found);
                        current = Some((role, Parts::default(), r.row, Vec::new()));
                    }
                    if let Some((_, parts, _, used)) = current.as_mut() {
                        parts.set(part(label).unwrap_or(Part::Name), value);
                        used.push((r.row, i));
                    }
                    i += 1;
                    continue;
                }
            }
            match (part(text), ContactRole::recognise(text)) {
                (Some(p), _) => {
                    // A label: its value is in the cell to its right, unless that is a label too.
                    let beside =
                        r.cells.get(i + 1).map(|v| v.trim()).filter(|v| {
                            !v.is_empty() && part(v).is_none() && !crate::workbook::cnil::is_template_text(v)
                        });
                    if let Some((_, parts, _, used)) = current.as_mut() {
                        used.push((r.row, i));
                        if let Some(value) = beside {
                            parts.set(p, value);
                            used.push((r.row, i + 1));
                        }
                    }
                    i += if beside.is_some() { 2 } else { 1 };
                }
                (None, Some(role)) => {
                    // "Controller" / "Responsable du traitement", with the name beside it or not.
                    finish(current.take(), &mut found);
                    let mut parts = Parts::default();
                    let mut used = vec![(r.row, i)];
                    let label_with_value = text.contains(' ') && next.is_some_and(|(_, v)| part(v).is_none());
                    if let Some((j, value)) = next.filter(|_| label_with_value) {
                        parts.set(Part::Name, value);
                        used.push((r.row, j));
                        i = j + 1;
                    } else {
                        i += 1;
                    }
                    current = Some((role, parts, r.row, used));
                }
                (None, None) => i += 1,
            }
        }
    }
    finish(current, &mut found);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(row: usize, cells: &[&str]) -> Record {
        Record { row, cells: cells.iter().map(|c| c.to_string()).collect() }
    }

    #[test]
    fn the_cnil_register_block_reads_label_and_value_pairs() {
        let rows = [
            rec(
                1,
                &[
                    "Coordonnées du responsable de l’organisme\n(responsable de traitement ou son représentant)",
                    "Nom :",
                    "DUPONT",
                    "Prénom :",
                    "Louise",
                    "Adresse :",
                    "1 rue Rivoli",
                    "Adresse mél :",
                    "l.dupont@mairie.fr",
                ],
            ),
            rec(2, &["", "Code postal :", "75001", "Ville :", "Paris", "Téléphone :", "01 23 45 67 89"]),
            rec(
                5,
                &[
                    "Coordonnées du délégué à la protection des données (DPO)",
                    "Nom :",
                    "HENRI",
                    "Prénom :",
                    "Martin",
                    "Société (si DPO externe) :",
                    "DPO Conseil",
                    "Adresse :",
                    "",
                ],
            ),
            rec(6, &["", "Code postal :", "", "Ville :", "", "Téléphone :", "", "Adresse mél :", "dpo@conseil.fr"]),
        ];
        let found = read(&rows);
        assert_eq!(found.contacts.len(), 2, "{:?}", found.contacts);
        let (role, c, _) = &found.contacts[0];
        assert_eq!(*role, ContactRole::Controller);
        assert_eq!(c.name, "Louise DUPONT");
        assert_eq!(c.address, "1 rue Rivoli, 75001 Paris");
        assert_eq!((c.email.as_str(), c.phone.as_str()), ("l.dupont@mairie.fr", "01 23 45 67 89"));
        let (role, c, _) = &found.contacts[1];
        assert_eq!(*role, ContactRole::Dpo);
        assert_eq!((c.name.as_str(), c.email.as_str()), ("Martin HENRI, DPO Conseil", "dpo@conseil.fr"));
        assert!(found.used.contains(&(1, 2)) && found.used.contains(&(6, 8)));
    }

    #[test]
    fn the_dsk_model_cover_sheet_reads_its_german_labels() {
        let rows = [
            rec(1, &["Angaben zum Verantwortlichen"]),
            rec(2, &["Name:", "Muster GmbH"]),
            rec(3, &["Straße:", "Industriestraße 12"]),
            rec(4, &["PLZ:", "70565", "Ort:", "Stuttgart"]),
            rec(5, &["Telefon:", "0711 4711-0", "E-Mail-Adresse:", "info@muster.example"]),
            rec(6, &["Angaben zum Vertreter des Verantwortlichen"]),
            rec(7, &["Name:", "Entfällt"]),
            rec(8, &["Angaben zur Person des Datenschutzbeauftragten"]),
            rec(9, &["Name:", "Schulz", "Vorname:", "Petra"]),
            rec(10, &["Firma:", "DS-Beratung Schulz", "E-Mail:", "dsb@schulz.example"]),
        ];
        let found = read(&rows);
        let roles: Vec<ContactRole> = found.contacts.iter().map(|(r, ..)| *r).collect();
        assert_eq!(roles, [ContactRole::Controller, ContactRole::Dpo], "no representative: \"Entfällt\"");
        let c = &found.contacts[0].1;
        assert_eq!(c.name, "Muster GmbH");
        assert_eq!(c.address, "Industriestraße 12, 70565 Stuttgart");
        assert_eq!((c.phone.as_str(), c.email.as_str()), ("0711 4711-0", "info@muster.example"));
        let c = &found.contacts[1].1;
        assert_eq!((c.name.as_str(), c.email.as_str()), ("Petra Schulz, DS-Beratung Schulz", "dsb@schulz.example"));
    }

    #[test]
    fn the_ico_block_reads_a_row_per_role() {
        let rows = [
            rec(2, &["", "Name", "Address", "Email", "Telephone"]),
            rec(3, &["Controller", "Acme Ltd", "1 High St", "info@acme.test", "0123"]),
            rec(4, &["Data Protection Officer", "Jo Bloggs", "", "dpo@acme.test", ""]),
        ];
        let found = read(&rows);
        assert_eq!(found.contacts.len(), 2);
        assert_eq!(found.contacts[0].1.name, "Acme Ltd");
        assert_eq!(found.contacts[1].0, ContactRole::Dpo);
    }
}
