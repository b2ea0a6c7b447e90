//! The few things the shell asks of the browser, one module each: the address ([`url`]), the
//! clipboard ([`clipboard`]), downloads, PNG images and printing ([`download`]), the height
//! messages of an embed ([`embed`]), an element's width ([`width`]) and the crash page
//! ([`crash`]). Each fails quietly (returning `false` or `None`) rather than panicking. Work done
//! once typing pauses is `crate::pause`, on gloo-timers.

pub mod clipboard;
pub mod crash;
pub mod download;
pub mod embed;
pub mod url;
pub mod width;

pub use clipboard::copy;
pub use crash::show_crash;
pub use download::{download, download_png, fold_after_print, print, today, unfold_for_print};
pub use embed::watch_height;
pub use url::{base_url, full_link, push_query, query, replace_query, set_target_href};
pub use width::{watch_width, WidthWatch};
