//! The few things the shell asks of the browser: the URL, the clipboard, downloads (text, and
//! charts read from the page and drawn onto a canvas as PNG) and the parent page of an embed. Each fails quietly (returning `false`) rather than panicking.

use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

/// The current query string, with its leading `?` (empty if none).
pub fn query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// Replaces the current history entry's query string (while typing).
pub fn replace_query(query: &str) {
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url_with(query)));
    }
}

/// Adds a history entry with a new query string (when the view changes), unless it is the same.
pub fn push_query(query: &str) {
    if query == self::query() {
        return;
    }
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url_with(query)));
    }
}

/// The page's path with a new query string (keeping the path, so any sub-path works).
fn url_with(query: &str) -> String {
    let path = gloo::utils::window()
        .location()
        .pathname()
        .unwrap_or_default();
    format!("{path}{query}")
}

/// The full calculator's address for a scenario: the same view and assumptions, never embedded.
pub fn full_link(s: &care_workforce::scenario::Scenario) -> String {
    let mut shared = s.clone();
    shared.embed = false;
    href_with(&shared.to_query())
}

/// The page's address with another query string.
pub fn href_with(query: &str) -> String {
    let loc = gloo::utils::window().location();
    let origin = loc.origin().unwrap_or_default();
    format!("{origin}{}", url_with(query))
}

/// The address of the folder the calculator is served from, ending in `/`.
pub fn base_url() -> String {
    // A pre-rendered page (rendered natively, docs/prerender.md) has no address yet.
    if cfg!(feature = "ssr") {
        return String::new();
    }
    let loc = gloo::utils::window().location();
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{origin}{folder}")
}

/// Copies text to the clipboard. Resolves to whether it worked.
pub async fn copy(text: String) -> bool {
    let clipboard = gloo::utils::window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
        .await
        .is_ok()
}

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

/// The message an embedded calculator sends its parent page when its height changes.
#[derive(Serialize)]
struct HeightMessage {
    #[serde(rename = "type")]
    kind: &'static str,
    height: f64,
}

/// The `type` of the height message.
pub const HEIGHT_MESSAGE: &str = "care-workforce-calculator:height";

/// Tells the parent page (if any) the document's height in CSS pixels.
fn post_height(height: f64) -> bool {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return false;
    };
    let message = HeightMessage {
        kind: HEIGHT_MESSAGE,
        height,
    };
    match serde_wasm_bindgen::to_value(&message) {
        Ok(value) => parent.post_message(&value, "*").is_ok(),
        Err(_) => false,
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Watches the page's height and tells the parent page whenever it changes (for embeds).
/// The observer lives as long as the page.
pub fn watch_height() {
    let Some(body) = gloo::utils::document().body() else {
        return;
    };
    let last = std::cell::Cell::new(-1.0);
    let callback =
        wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries| {
            let Some(body) = gloo::utils::document().body() else {
                return;
            };
            let height = body.get_bounding_client_rect().height().ceil();
            if height != last.get() && post_height(height) {
                last.set(height);
            }
        });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        callback.forget();
    }
}

/// Watches an element's content width: calls `changed` with the width and the size of one rem,
/// both in CSS pixels, once the browser has laid the element out and whenever either changes.
/// Watching stops when the returned value is dropped.
pub fn watch_width(
    element: &web_sys::Element,
    changed: impl Fn(f64, f64) + 'static,
) -> Option<WidthWatch> {
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
        move |entries: js_sys::Array| {
            let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() else {
                return;
            };
            changed(entry.content_rect().width(), rem());
        },
    );
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(WidthWatch {
        observer,
        _callback: callback,
    })
}

/// An element's width being watched (see [`watch_width`]).
pub struct WidthWatch {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for WidthWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The size of one rem (the root element's font size) in CSS pixels; 16 if it cannot be read.
fn rem() -> f64 {
    let window = gloo::utils::window();
    gloo::utils::document()
        .document_element()
        .and_then(|root| window.get_computed_style(&root).ok().flatten())
        .and_then(|style| style.get_property_value("font-size").ok())
        .and_then(|size| size.trim_end_matches("px").parse::<f64>().ok())
        .filter(|px| px.is_finite() && *px > 0.0)
        .unwrap_or(16.0)
}

/// Replaces the page with a message and a reload link after a panic (the app has stopped).
/// Uses only static text, so it cannot fail in a way that matters.
pub fn show_crash() {
    let document = gloo::utils::document();
    let Some(body) = document.body() else {
        return;
    };
    body.set_inner_html(CRASH_PAGE);
    if let Some(link) = document.get_element_by_id("reload") {
        let _ = link.set_attribute(
            "href",
            &gloo::utils::window().location().href().unwrap_or_default(),
        );
        if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
            let _ = link.focus();
        }
    }
}

const CRASH_PAGE: &str = r#"<main id="main" class="page crash" role="alert">
<h1>Sorry, something went wrong</h1>
<p>The calculator has stopped because of an error. Your assumptions are kept in the page address, so reloading the page brings them back.</p>
<p><a id="reload" href=".">Reload the page</a></p>
</main>"#;

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export function cell_nodes(body) {
  return Array.from(body.querySelectorAll('td'), (td) => td.firstChild ?? td.appendChild(document.createTextNode('')));
}
export function write_cells(nodes, cells, texts) {
  const parts = texts.split('\u001f');
  for (let i = 0; i < cells.length; i++) {
    const node = nodes[cells[i]];
    if (node) node.data = parts[i];
  }
}
"#)]
extern "C" {
    /// The text nodes of every `<td>` in `body`, in document order, as a JavaScript array
    /// (a cell without one gets an empty one).
    #[wasm_bindgen::prelude::wasm_bindgen(js_name = cell_nodes)]
    fn js_cell_nodes(body: &web_sys::Element) -> JsValue;
    /// Writes `texts` (joined by U+001F) into the nodes at positions `cells` of `nodes`.
    #[wasm_bindgen::prelude::wasm_bindgen(js_name = write_cells)]
    fn js_write_cells(nodes: &JsValue, cells: &[u32], texts: &str);
}

/// The text nodes of a table body's cells, row by row, to write figures into with
/// [`write_cells`] (see [`care_workforce::report::CellChanges`]).
pub struct CellNodes(JsValue);

/// The text nodes of every `<td>` in `body` (a table body), row by row.
pub fn cell_nodes(body: &web_sys::Element) -> CellNodes {
    CellNodes(js_cell_nodes(body))
}

/// Writes the changed cells' texts into their nodes, in one call into the page.
pub fn write_cells(nodes: &CellNodes, changes: &care_workforce::report::CellChanges) {
    if !changes.is_empty() {
        js_write_cells(&nodes.0, &changes.cells, &changes.texts);
    }
}

/// Tasks that run once typing pauses, sharing one timer: arming a waiting task only moves its
/// deadline (see [`care_workforce::debounce`]), so a burst of edits sets one timer, not a timer
/// and a cleared one per edit and task.
#[derive(Default)]
struct Debouncer {
    deadlines: care_workforce::debounce::Deadlines<usize>,
    tasks: Vec<Option<std::rc::Rc<dyn Fn()>>>,
}

thread_local! {
    static DEBOUNCER: std::cell::RefCell<Debouncer> = std::cell::RefCell::default();
    static FIRE: wasm_bindgen::closure::Closure<dyn Fn()> =
        wasm_bindgen::closure::Closure::new(fire_debounced);
}

/// Sets the debouncer's timer for `delay` milliseconds.
fn set_debounce_timer(delay: f64) {
    FIRE.with(|f| {
        let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(
            f.as_ref().unchecked_ref(),
            delay.ceil() as i32,
        );
    });
}

/// The debouncer's timer fired: runs the tasks that are due.
fn fire_debounced() {
    let now = js_sys::Date::now();
    let (ready, again) = DEBOUNCER.with_borrow_mut(|d| d.deadlines.fired(now));
    if let Some(delay) = again {
        set_debounce_timer(delay);
    }
    for key in ready {
        let task = DEBOUNCER.with_borrow(|d| d.tasks.get(key).cloned().flatten());
        if let Some(task) = task {
            task();
        }
    }
}

/// A task that runs once it has not been [armed](Debounced::arm) for its delay. It is dropped
/// with the reactive owner it was made under (a view's tasks go with the view).
#[derive(Clone, Copy, Debug)]
pub struct Debounced {
    key: usize,
    delay: f64,
}

impl Debounced {
    /// A task to run `delay` after it was last armed.
    pub fn new(delay: std::time::Duration, task: impl Fn() + 'static) -> Self {
        let task: std::rc::Rc<dyn Fn()> = std::rc::Rc::new(task);
        let key = DEBOUNCER.with_borrow_mut(|d| match d.tasks.iter().position(Option::is_none) {
            Some(free) => {
                d.tasks[free] = Some(task);
                free
            }
            None => {
                d.tasks.push(Some(task));
                d.tasks.len() - 1
            }
        });
        let this = Debounced {
            key,
            delay: delay.as_secs_f64() * 1000.0,
        };
        leptos::prelude::on_cleanup(move || this.remove());
        this
    }

    /// Runs the task once `delay` has passed without another `arm`.
    pub fn arm(self) {
        let now = js_sys::Date::now();
        let timer = DEBOUNCER.with_borrow_mut(|d| d.deadlines.arm(self.key, now, self.delay));
        if let Some(delay) = timer {
            set_debounce_timer(delay);
        }
    }

    /// The task is not to run (until armed again).
    pub fn cancel(self) {
        DEBOUNCER.with_borrow_mut(|d| d.deadlines.cancel(self.key));
    }

    /// Runs the task now if it is waiting to run.
    pub fn flush(self) {
        let task = DEBOUNCER.with_borrow_mut(|d| {
            let waiting = d.deadlines.is_waiting(self.key);
            d.deadlines.cancel(self.key);
            waiting
                .then(|| d.tasks.get(self.key).cloned().flatten())
                .flatten()
        });
        if let Some(task) = task {
            task();
        }
    }

    fn remove(self) {
        DEBOUNCER.with_borrow_mut(|d| {
            d.deadlines.cancel(self.key);
            if let Some(slot) = d.tasks.get_mut(self.key) {
                *slot = None;
            }
        });
    }
}

/// Sets the `href` of the element an event is handled on (a link about to be followed).
pub fn set_target_href(event: &web_sys::Event, href: &str) {
    if let Some(link) = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = link.set_attribute("href", href);
    }
}
