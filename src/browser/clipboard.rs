//! The clipboard: copying a link or an embed snippet.

/// Copies text to the clipboard. Resolves to whether it worked.
pub async fn copy(text: String) -> bool {
    let clipboard = gloo::utils::window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
        .await
        .is_ok()
}
