//! The JSON the store writes: the entity's own JSON without the struct fields that hold nothing
//! (an empty text, an empty list, an absent value). Every model struct is `#[serde(default)]`
//! and its default for such a field is that same nothing, so reading the compact form gives the
//! entity back exactly (the property test of `tests/csv_roundtrip.rs` holds it to that). Half of a typical
//! activity's JSON is empty fields; leaving them out halves what an import writes and what an
//! export decodes.
//!
//! It is a serializer that wraps any other and drops those fields from every struct, at any
//! depth; the rest goes through unchanged. The model's own serde form, the one the desktop UI and
//! the CSV columns see, keeps every field.

use serde::ser::{self, Serialize, Serializer};

/// The compact JSON of `value`.
pub fn to_string<T: Serialize>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::with_capacity(1024);
    value.serialize(Compact(&mut serde_json::Serializer::new(&mut out)))?;
    // serde_json writes only valid UTF-8.
    String::from_utf8(out).map_err(|e| ser::Error::custom(e.to_string()))
}

/// Whether a field's value is one the compact form leaves out: `""`, `None` or `[]`. Asking
/// stops at the value's first call, so it costs nothing for the fields that are kept.
fn holds_nothing<T: Serialize + ?Sized>(value: &T) -> bool {
    value.serialize(Probe).is_ok()
}

/// `Ok` when the value holds nothing; any other value errs at once.
struct Probe;

#[derive(Debug)]
struct Kept;

impl std::fmt::Display for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("kept")
    }
}

impl std::error::Error for Kept {}

impl ser::Error for Kept {
    fn custom<M: std::fmt::Display>(_: M) -> Self {
        Kept
    }
}

impl ser::SerializeSeq for Probe {
    type Ok = ();
    type Error = Kept;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, _: &T) -> Result<(), Kept> {
        Err(Kept)
    }
    fn end(self) -> Result<(), Kept> {
        Ok(())
    }
}

macro_rules! kept {
    ($($name:ident($($arg:ty),*) -> $ok:ty;)*) => {
        $(fn $name(self, $(_: $arg),*) -> Result<$ok, Kept> { Err(Kept) })*
    };
}

impl Serializer for Probe {
    type Ok = ();
    type Error = Kept;
    type SerializeSeq = Probe;
    type SerializeTuple = ser::Impossible<(), Kept>;
    type SerializeTupleStruct = ser::Impossible<(), Kept>;
    type SerializeTupleVariant = ser::Impossible<(), Kept>;
    type SerializeMap = ser::Impossible<(), Kept>;
    type SerializeStruct = ser::Impossible<(), Kept>;
    type SerializeStructVariant = ser::Impossible<(), Kept>;

    fn serialize_str(self, v: &str) -> Result<(), Kept> {
        if v.is_empty() {
            Ok(())
        } else {
            Err(Kept)
        }
    }
    fn serialize_none(self) -> Result<(), Kept> {
        Ok(())
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Probe, Kept> {
        match len {
            Some(0) => Ok(Probe),
            _ => Err(Kept),
        }
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), Kept> {
        Err(Kept)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, _: &T) -> Result<(), Kept> {
        Err(Kept)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Kept> {
        Err(Kept)
    }
    kept! {
        serialize_bool(bool) -> ();
        serialize_i8(i8) -> ();
        serialize_i16(i16) -> ();
        serialize_i32(i32) -> ();
        serialize_i64(i64) -> ();
        serialize_u8(u8) -> ();
        serialize_u16(u16) -> ();
        serialize_u32(u32) -> ();
        serialize_u64(u64) -> ();
        serialize_f32(f32) -> ();
        serialize_f64(f64) -> ();
        serialize_char(char) -> ();
        serialize_bytes(&[u8]) -> ();
        serialize_unit() -> ();
        serialize_unit_struct(&'static str) -> ();
        serialize_unit_variant(&'static str, u32, &'static str) -> ();
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }
}

/// A serializer that leaves out the struct fields holding nothing, at every depth.
struct Compact<S>(S);

/// A value to serialize compactly, whatever serializer it is given.
struct Inner<'a, T: ?Sized>(&'a T);

impl<T: Serialize + ?Sized> Serialize for Inner<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(Compact(serializer))
    }
}

macro_rules! forward {
    ($($name:ident($($arg:ident: $ty:ty),*);)*) => {
        $(fn $name(self, $($arg: $ty),*) -> Result<S::Ok, S::Error> { self.0.$name($($arg),*) })*
    };
}

impl<S: Serializer> Serializer for Compact<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Compact<S::SerializeSeq>;
    type SerializeTuple = Compact<S::SerializeTuple>;
    type SerializeTupleStruct = Compact<S::SerializeTupleStruct>;
    type SerializeTupleVariant = Compact<S::SerializeTupleVariant>;
    type SerializeMap = Compact<S::SerializeMap>;
    type SerializeStruct = Compact<S::SerializeStruct>;
    type SerializeStructVariant = Compact<S::SerializeStructVariant>;

    forward! {
        serialize_bool(v: bool);
        serialize_i8(v: i8);
        serialize_i16(v: i16);
        serialize_i32(v: i32);
        serialize_i64(v: i64);
        serialize_u8(v: u8);
        serialize_u16(v: u16);
        serialize_u32(v: u32);
        serialize_u64(v: u64);
        serialize_f32(v: f32);
        serialize_f64(v: f64);
        serialize_char(v: char);
        serialize_str(v: &str);
        serialize_bytes(v: &[u8]);
        serialize_none();
        serialize_unit();
        serialize_unit_struct(name: &'static str);
        serialize_unit_variant(name: &'static str, index: u32, variant: &'static str);
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.0.serialize_some(&Inner(value))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, name: &'static str, value: &T) -> Result<S::Ok, S::Error> {
        self.0.serialize_newtype_struct(name, &Inner(value))
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0.serialize_newtype_variant(name, index, variant, &Inner(value))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        self.0.serialize_seq(len).map(Compact)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, S::Error> {
        self.0.serialize_tuple(len).map(Compact)
    }
    fn serialize_tuple_struct(self, name: &'static str, len: usize) -> Result<Self::SerializeTupleStruct, S::Error> {
        self.0.serialize_tuple_struct(name, len).map(Compact)
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        self.0.serialize_tuple_variant(name, index, variant, len).map(Compact)
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        self.0.serialize_map(len).map(Compact)
    }
    fn serialize_struct(self, name: &'static str, len: usize) -> Result<Self::SerializeStruct, S::Error> {
        self.0.serialize_struct(name, len).map(Compact)
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        self.0.serialize_struct_variant(name, index, variant, len).map(Compact)
    }
}

impl<S: ser::SerializeSeq> ser::SerializeSeq for Compact<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), S::Error> {
        self.0.serialize_element(&Inner(value))
    }
    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

impl<S: ser::SerializeTuple> ser::SerializeTuple for Compact<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), S::Error> {
        self.0.serialize_element(&Inner(value))
    }
    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

impl<S: ser::SerializeTupleStruct> ser::SerializeTupleStruct for Compact<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), S::Error> {
        self.0.serialize_field(&Inner(value))
    }
    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

impl<S: ser::SerializeTupleVariant> ser::SerializeTupleVariant for Compact<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), S::Error> {
        self.0.serialize_field(&Inner(value))
    }
    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

impl<S: ser::SerializeMap> ser::SerializeMap for Compact<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), S::Error> {
        self.0.serialize_key(key)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), S::Error> {
        self.0.serialize_value(&Inner(value))
    }
    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

impl<S: ser::SerializeStruct> ser::SerializeStruct for Compact<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), S::Error> {
        if holds_nothing(value) {
            return self.0.skip_field(key);
        }
        self.0.serialize_field(key, &Inner(value))
    }
    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

impl<S: ser::SerializeStructVariant> ser::SerializeStructVariant for Compact<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), S::Error> {
        self.0.serialize_field(key, &Inner(value))
    }
    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Activity, Contact, Organisation, Recipient, RecipientKind, Transfer};

    #[test]
    fn empty_fields_are_left_out_and_read_back_as_they_were() {
        let activity = Activity {
            id: 3,
            name: "Payroll".into(),
            purposes: vec!["Pay staff".into(), String::new()],
            recipients: vec![Recipient { kind: RecipientKind::Other(String::new()), ..Default::default() }],
            transfers: vec![Transfer { international_organisation: false, ..Default::default() }],
            automated_decisions: Some(false),
            ..Default::default()
        };
        let json = super::to_string(&activity).unwrap();
        assert!(!json.contains("\"description\"") && !json.contains("\"controller_ids\""), "{json}");
        // Items of a list are kept even when empty; so are `Some(false)` and enum values.
        assert!(json.contains(r#""purposes":["Pay staff",""]"#), "{json}");
        assert!(json.contains(r#""kind":{"other":""}"#) && json.contains(r#""automated_decisions":false"#));
        assert_eq!(serde_json::from_str::<Activity>(&json).unwrap(), activity);
        assert!(json.len() * 2 < serde_json::to_string(&activity).unwrap().len());

        let organisation = Organisation {
            name: "Agence".into(),
            dpo: Contact { name: "Léa".into(), ..Default::default() },
            ..Default::default()
        };
        let json = super::to_string(&organisation).unwrap();
        assert!(json.contains(r#""dpo":{"name":"Léa"}"#) && json.contains(r#""contact":{}"#), "{json}");
        assert_eq!(serde_json::from_str::<Organisation>(&json).unwrap(), organisation);
    }
}
