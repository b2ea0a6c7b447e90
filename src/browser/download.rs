//! Taking the results away: text offered as a file download (the CSV, a chart's SVG), a chart
//! read from the page and drawn onto a canvas as a PNG download, and the print dialog.

use wasm_bindgen::{JsCast, JsValue};

/// Text as a blob of the given type.
fn text_blob(text: &str, mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// Offers text as a file download.
pub fn download(file_name: &str, text: &str, mime: &str) -> bool {
    text_blob(text, mime).is_some_and(|blob| download_blob(file_name, &blob))
}

/// Offers a blob as a file download.
fn download_blob(file_name: &str, blob: &web_sys::Blob) -> bool {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return false;
    };
    let document = gloo::utils::document();
    let done = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(file_name);
            a.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    done
}

/// Draws an SVG image onto a canvas at `scale` times its CSS size (`width` × `height`) and offers
/// it as a PNG download. The SVG is loaded from a `blob:` address (the page's
/// Content-Security-Policy allows `img-src blob:`). Resolves to whether the download started.
pub async fn download_png(file_name: &str, svg: &str, width: u32, height: u32, scale: u32) -> bool {
    match png(svg, width * scale, height * scale).await {
        Some(blob) => download_blob(file_name, &blob),
        None => false,
    }
}

/// The SVG drawn at `width` × `height` pixels, as a PNG blob.
async fn png(svg: &str, width: u32, height: u32) -> Option<web_sys::Blob> {
    let blob = text_blob(svg, "image/svg+xml")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let image = web_sys::HtmlImageElement::new().ok()?;
    image.set_src(&url);
    let loaded = wasm_bindgen_futures::JsFuture::from(image.decode()).await;
    let canvas = loaded.ok().and_then(|_| {
        let canvas = gloo::utils::document()
            .create_element("canvas")
            .ok()?
            .dyn_into::<web_sys::HtmlCanvasElement>()
            .ok()?;
        canvas.set_width(width);
        canvas.set_height(height);
        let context = canvas
            .get_context("2d")
            .ok()??
            .dyn_into::<web_sys::CanvasRenderingContext2d>()
            .ok()?;
        context
            .draw_image_with_html_image_element_and_dw_and_dh(
                &image,
                0.0,
                0.0,
                f64::from(width),
                f64::from(height),
            )
            .ok()?;
        Some(canvas)
    });
    let _ = web_sys::Url::revoke_object_url(&url);
    let canvas = canvas?;
    let made = js_sys::Promise::new(&mut |resolve, reject| {
        if canvas.to_blob(&resolve).is_err() {
            let _ = reject.call0(&JsValue::NULL);
        }
    });
    wasm_bindgen_futures::JsFuture::from(made)
        .await
        .ok()?
        .dyn_into::<web_sys::Blob>()
        .ok()
}

/// Opens the browser's print dialog.
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// What printing unfolds: the working under the headline and the sources' list.
const UNFOLDED_IN_PRINT: &str = "details.working:not([open]), .sources details:not([open])";

/// Marks what [`unfold_for_print`] opened, so [`fold_after_print`] closes only that.
const OPENED_FOR_PRINT: &str = "data-opened-for-print";

/// Opens the folded sections a print shows (browsers print a closed `<details>` closed).
pub fn unfold_for_print() {
    each(UNFOLDED_IN_PRINT, |details| {
        let _ = details.set_attribute(OPENED_FOR_PRINT, "");
        let _ = details.set_attribute("open", "");
    });
}

/// Folds again what [`unfold_for_print`] opened.
pub fn fold_after_print() {
    each(&format!("[{OPENED_FOR_PRINT}]"), |details| {
        let _ = details.remove_attribute(OPENED_FOR_PRINT);
        let _ = details.remove_attribute("open");
    });
}

fn each(selector: &str, mut f: impl FnMut(&web_sys::Element)) {
    let Ok(found) = gloo::utils::document().query_selector_all(selector) else {
        return;
    };
    for i in 0..found.length() {
        if let Some(e) = found
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            f(&e);
        }
    }
}

/// Today's date in the visitor's browser (UTC), YYYY-MM-DD: when a download was made.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}
