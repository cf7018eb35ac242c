//! The result as JSON text (cargo feature `json`): byte for byte what JavaScript's
//! `JSON.stringify` makes of the wasm build's result, so that the command line, the Python
//! package and the browser give the same bytes for the same texts and options
//! (`schema/comparison.v1.json` describes them).
//!
//! `serde_json` writes everything as JavaScript does (field order, string escapes) except numbers
//! with a fraction or none: `1.0` is `1` in JavaScript, `1e-7` is `1e-7` but `0.000001` is
//! `0.000001`. [`JsNumbers`] writes floats by ECMAScript's `Number::toString`.
use serde::Serialize;

/// `value` as one line of JSON, numbers written as JavaScript writes them.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::with_capacity(4096);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, JsNumbers);
    value
        .serialize(&mut ser)
        .expect("the core's results always serialize");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// A `serde_json` formatter that writes `f64`s as ECMAScript's `Number::toString` does.
pub struct JsNumbers;

impl serde_json::ser::Formatter for JsNumbers {
    fn write_f64<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: f64) -> std::io::Result<()> {
        w.write_all(js_number(v).as_bytes())
    }

    fn write_f32<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: f32) -> std::io::Result<()> {
        w.write_all(js_number(f64::from(v)).as_bytes())
    }
}

/// ECMAScript's `Number::toString(v)` (ECMA-262 §6.1.6.1.20), `null` for what JSON cannot hold.
pub fn js_number(v: f64) -> String {
    if !v.is_finite() {
        return "null".into(); // JSON.stringify(NaN) is "null"
    }
    if v == 0.0 {
        return "0".into(); // -0 too
    }
    // Rust's `{:e}` gives the shortest digits that read back as `v`, as ECMAScript asks:
    // "d.ddde±x" → digits "dddd" (k of them) and n = x + 1 (v = 0.digits × 10^n).
    let sci = format!("{:e}", v.abs());
    let (mantissa, exp) = sci.split_once('e').expect("{:e} has an exponent");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let k = digits.len() as i32;
    let n = exp.parse::<i32>().expect("a decimal exponent") + 1;
    let sign = if v < 0.0 { "-" } else { "" };
    let body = if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        let (int, frac) = digits.split_at(n as usize);
        format!("{int}.{frac}")
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let e = n - 1;
        let e = if e < 0 {
            format!("-{}", -e)
        } else {
            format!("+{e}")
        };
        let (first, rest) = digits.split_at(1);
        if rest.is_empty() {
            format!("{first}e{e}")
        } else {
            format!("{first}.{rest}e{e}")
        }
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_javascript_writes_them() {
        // Each right-hand side is what node prints for String(x).
        let cases: &[(f64, &str)] = &[
            (1.0, "1"),
            (0.0, "0"),
            (-0.0, "0"),
            (0.5, "0.5"),
            (0.973_214_285_714_285_7, "0.9732142857142857"),
            (2.0 / 3.0, "0.6666666666666666"),
            (123.456, "123.456"),
            (-1.5, "-1.5"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (123_456_789_012_345_680_000.0, "123456789012345680000"),
            (1e-6, "0.000001"),
            (1.5e-6, "0.0000015"),
            (1e-7, "1e-7"),
            (1.25e-7, "1.25e-7"),
            (5e-324, "5e-324"),
            (1.797_693_134_862_315_7e308, "1.7976931348623157e+308"),
            (f64::NAN, "null"),
            (f64::INFINITY, "null"),
        ];
        for &(v, want) in cases {
            assert_eq!(js_number(v), want, "{v:e}");
        }
    }

    #[test]
    fn objects_keep_their_field_order_and_escapes() {
        #[derive(Serialize)]
        struct S<'a> {
            b: f64,
            a: &'a str,
            n: u32,
        }
        let s = S {
            b: 1.0,
            a: "«\u{1}\n\"\u{2028}»",
            n: 7,
        };
        assert_eq!(
            to_json(&s),
            "{\"b\":1,\"a\":\"«\\u0001\\n\\\"\u{2028}»\",\"n\":7}"
        );
    }
}
