//! Page data as template values. Views build [`tera::Value`]s directly with
//! [`tv!`] (the syntax of `serde_json::json!`), so that a page's data is
//! built once and handed to the templates as is: no intermediate JSON tree
//! to build, convert and drop. Lists and maps in a `tera::Value` are shared
//! (`Arc`), so a touchpoint's card, built once, goes into every page that
//! shows it without being copied.

use serde::Serialize;
use tera::value::Key;

pub use tera::Value;

/// Builds a [`tera::Value`] with the syntax of `serde_json::json!`: objects
/// with string keys, arrays, `null`, `true`, `false`, and any expression
/// that implements `Serialize`. A `tera::Value` (or a list of them) inside
/// is shared, not copied. (The rules follow serde_json's `json!`.)
macro_rules! tv {
    // Arrays: munch the elements into a list of expressions.
    (@array [$($elems:expr,)*]) => { vec![$($elems,)*] };
    (@array [$($elems:expr),*]) => { vec![$($elems),*] };
    (@array [$($elems:expr,)*] null $($rest:tt)*) => {
        $crate::render::views::value::tv!(@array [$($elems,)* $crate::render::views::value::tv!(null)] $($rest)*)
    };
    (@array [$($elems:expr,)*] true $($rest:tt)*) => {
        $crate::render::views::value::tv!(@array [$($elems,)* $crate::render::views::value::tv!(true)] $($rest)*)
    };
    (@array [$($elems:expr,)*] false $($rest:tt)*) => {
        $crate::render::views::value::tv!(@array [$($elems,)* $crate::render::views::value::tv!(false)] $($rest)*)
    };
    (@array [$($elems:expr,)*] [$($array:tt)*] $($rest:tt)*) => {
        $crate::render::views::value::tv!(@array [$($elems,)* $crate::render::views::value::tv!([$($array)*])] $($rest)*)
    };
    (@array [$($elems:expr,)*] {$($map:tt)*} $($rest:tt)*) => {
        $crate::render::views::value::tv!(@array [$($elems,)* $crate::render::views::value::tv!({$($map)*})] $($rest)*)
    };
    (@array [$($elems:expr,)*] $next:expr, $($rest:tt)*) => {
        $crate::render::views::value::tv!(@array [$($elems,)* $crate::render::views::value::tv!($next),] $($rest)*)
    };
    (@array [$($elems:expr,)*] $last:expr) => {
        $crate::render::views::value::tv!(@array [$($elems,)* $crate::render::views::value::tv!($last)])
    };
    (@array [$($elems:expr),*] , $($rest:tt)*) => {
        $crate::render::views::value::tv!(@array [$($elems,)*] $($rest)*)
    };

    // Objects: munch `key: value` entries into the map `$object`.
    (@object $object:ident () () ()) => {};
    (@object $object:ident [$($key:tt)+] ($value:expr) , $($rest:tt)*) => {
        $object.insert(::tera::value::Key::from($($key)+), $value);
        $crate::render::views::value::tv!(@object $object () ($($rest)*) ($($rest)*));
    };
    (@object $object:ident [$($key:tt)+] ($value:expr)) => {
        $object.insert(::tera::value::Key::from($($key)+), $value);
    };
    (@object $object:ident ($($key:tt)+) (: null $($rest:tt)*) $copy:tt) => {
        $crate::render::views::value::tv!(@object $object [$($key)+] ($crate::render::views::value::tv!(null)) $($rest)*);
    };
    (@object $object:ident ($($key:tt)+) (: true $($rest:tt)*) $copy:tt) => {
        $crate::render::views::value::tv!(@object $object [$($key)+] ($crate::render::views::value::tv!(true)) $($rest)*);
    };
    (@object $object:ident ($($key:tt)+) (: false $($rest:tt)*) $copy:tt) => {
        $crate::render::views::value::tv!(@object $object [$($key)+] ($crate::render::views::value::tv!(false)) $($rest)*);
    };
    (@object $object:ident ($($key:tt)+) (: [$($array:tt)*] $($rest:tt)*) $copy:tt) => {
        $crate::render::views::value::tv!(@object $object [$($key)+] ($crate::render::views::value::tv!([$($array)*])) $($rest)*);
    };
    (@object $object:ident ($($key:tt)+) (: {$($map:tt)*} $($rest:tt)*) $copy:tt) => {
        $crate::render::views::value::tv!(@object $object [$($key)+] ($crate::render::views::value::tv!({$($map)*})) $($rest)*);
    };
    (@object $object:ident ($($key:tt)+) (: $value:expr , $($rest:tt)*) $copy:tt) => {
        $crate::render::views::value::tv!(@object $object [$($key)+] ($crate::render::views::value::tv!($value)) , $($rest)*);
    };
    (@object $object:ident ($($key:tt)+) (: $value:expr) $copy:tt) => {
        $crate::render::views::value::tv!(@object $object [$($key)+] ($crate::render::views::value::tv!($value)));
    };
    (@object $object:ident ($($key:tt)*) ($tt:tt $($rest:tt)*) $copy:tt) => {
        $crate::render::views::value::tv!(@object $object ($($key)* $tt) ($($rest)*) ($($rest)*));
    };

    (null) => { ::tera::Value::none() };
    (true) => { ::tera::Value::from(true) };
    (false) => { ::tera::Value::from(false) };
    ([]) => { ::tera::Value::from(Vec::<::tera::Value>::new()) };
    ([ $($tt:tt)+ ]) => {
        ::tera::Value::from($crate::render::views::value::tv!(@array [] $($tt)+))
    };
    ({}) => { ::tera::Value::from(::tera::Map::new()) };
    ({ $($tt:tt)+ }) => {{
        let mut object = ::tera::Map::new();
        $crate::render::views::value::tv!(@object object () ($($tt)+) ($($tt)+));
        ::tera::Value::from(object)
    }};
    ($other:expr) => { $crate::render::views::value::to_value(&$other) };
}

pub(crate) use tv;

/// Any `Serialize` value as a template value; a `tera::Value` inside is
/// shared, not copied.
pub fn to_value<T: Serialize + ?Sized>(v: &T) -> Value {
    Value::from_serializable(v)
}

/// `v` (a map) with `key` set to `val`.
pub fn set(v: &mut Value, key: &'static str, val: impl Serialize) {
    let mut map = v.as_map().cloned().unwrap_or_default();
    map.insert(Key::from(key), to_value(&val));
    *v = Value::from(map);
}

/// The value at `key` of map `v`.
pub fn get<'v>(v: &'v Value, key: &'static str) -> Option<&'v Value> {
    v.as_map()?.get(&Key::from(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_what_json_builds() {
        let name = "Checkout";
        let list = vec![1u8, 2];
        let v = tv!({ "name": name, "n": 3, "neg": -2, "f": 1.5, "none": null, "yes": true,
            "list": list, "nested": { "a": [1, "b", null, { "c": false }] }, "opt": Option::<u8>::None });
        let from_json = Value::from_serializable(
            &serde_json::json!({ "name": name, "n": 3, "neg": -2,
            "f": 1.5, "none": null, "yes": true, "list": [1, 2], "nested": { "a": [1, "b", null, { "c": false }] },
            "opt": null }),
        );
        assert_eq!(v, from_json);
    }

    #[test]
    fn template_values_inside_are_shared() {
        let card = tv!({ "id": "x" });
        let v = tv!({ "cards": [card.clone(), card.clone()], "one": card });
        assert_eq!(get(&v, "one"), Some(&tv!({ "id": "x" })));
        let mut w = v.clone();
        set(&mut w, "extra", 1);
        assert_eq!(get(&w, "extra"), Some(&tv!(1)));
        assert_eq!(get(&v, "extra"), None);
    }
}
