//! Words that introduce a person, and academic or honorary titles.

/// Person introducers, lower case ("đồng chí Kiểm", "ông Hải").
pub(crate) static HONORIFICS: &[&str] = &[
    "bà",
    "cố",
    "các đồng chí",
    "đ/c",
    "đồng chí",
    "ngài",
    "ông",
    "nữ đồng chí",
    "quý ông",
];

/// Academic, professional and honorary titles written before a name, as
/// written (case-sensitive), with their expansion.
pub(crate) static HONORS: &[(&str, &str)] = &[
    ("AHLĐ", "Anh hùng Lao động"),
    ("BS", "Bác sĩ"),
    ("GS", "Giáo sư"),
    ("GS.TS", "Giáo sư, Tiến sĩ"),
    ("GS.TSKH", "Giáo sư, Tiến sĩ khoa học"),
    ("KS", "Kỹ sư"),
    ("NGND", "Nhà giáo Nhân dân"),
    ("NGƯT", "Nhà giáo Ưu tú"),
    ("NSND", "Nghệ sĩ Nhân dân"),
    ("NSƯT", "Nghệ sĩ Ưu tú"),
    ("PGS", "Phó Giáo sư"),
    ("PGS.TS", "Phó Giáo sư, Tiến sĩ"),
    ("PGS.TSKH", "Phó Giáo sư, Tiến sĩ khoa học"),
    ("TS", "Tiến sĩ"),
    ("TSKH", "Tiến sĩ khoa học"),
    ("ThS", "Thạc sĩ"),
    ("TTND", "Thầy thuốc Nhân dân"),
    ("TTƯT", "Thầy thuốc Ưu tú"),
];
