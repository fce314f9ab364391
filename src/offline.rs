//! Offline support in the page: registers the service worker (which precaches the whole build),
//! tracks online/offline, and offers "A new version is available — Reload" when a new build has
//! installed in the background. Reload activates it, then the page reloads once it has taken over.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// The worker script, beside index.html: its scope is the folder the app is served from.
const WORKER_URL: &str = "sw.js";

/// What the page knows about connectivity and updates.
#[derive(Clone, Copy)]
pub struct Offline {
    pub online: ReadSignal<bool>,
    /// Whether a worker controls the page: it takes over only once it has saved every file of
    /// the build, so only then may the page say the guide works offline.
    pub saved: ReadSignal<bool>,
    pub update_ready: ReadSignal<bool>,
    set_update_ready: WriteSignal<bool>,
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent on insecure origins (plain http other than localhost) and in some browsers.
    let has =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    has.then(|| navigator.service_worker())
}

fn on(target: &web_sys::EventTarget, event: &str, f: impl FnMut(web_sys::Event) + 'static) {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    // Listeners live as long as the page.
    closure.forget();
}

/// Marks the update ready once `worker` has installed while an older build controls the page.
fn watch_installing(worker: ServiceWorker, ready: WriteSignal<bool>) {
    let target = worker.clone();
    on(&target, "statechange", move |_| {
        let controlled = container().and_then(|c| c.controller()).is_some();
        if worker.state() == ServiceWorkerState::Installed && controlled {
            ready.set(true);
        }
    });
}

async fn register(ready: WriteSignal<bool>, saved: WriteSignal<bool>) -> Result<(), JsValue> {
    let Some(container) = container() else {
        return Ok(());
    };
    saved.set(container.controller().is_some());
    let options = web_sys::RegistrationOptions::new();
    options.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
    let registration: ServiceWorkerRegistration =
        JsFuture::from(container.register_with_options(WORKER_URL, &options))
            .await?
            .dyn_into()?;
    if registration.waiting().is_some() && container.controller().is_some() {
        ready.set(true);
    }
    if let Some(installing) = registration.installing() {
        watch_installing(installing, ready);
    }
    let reg = registration.clone();
    on(&registration, "updatefound", move |_| {
        if let Some(installing) = reg.installing() {
            watch_installing(installing, ready);
        }
    });
    // Reload once a new worker takes over after the reader chose Reload (not on first install).
    let had_controller = container.controller().is_some();
    on(&container, "controllerchange", move |_| {
        saved.set(true);
        if had_controller {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        }
    });
    // Look for a new build now (offline this fails quietly; the old build keeps working).
    let _ = JsFuture::from(registration.update()?).await;
    Ok(())
}

/// Starts offline support; call once from the app.
pub fn use_offline() -> Offline {
    let initially = web_sys::window()
        .map(|w| w.navigator().on_line())
        .unwrap_or(true);
    let (online, set_online) = signal(initially);
    let up = window_event_listener(leptos::ev::online, move |_| set_online.set(true));
    let down = window_event_listener(leptos::ev::offline, move |_| set_online.set(false));
    on_cleanup(move || {
        up.remove();
        down.remove();
    });
    let (update_ready, set_update_ready) = signal(false);
    let (saved, set_saved) = signal(false);
    leptos::task::spawn_local(async move {
        let _ = register(set_update_ready, set_saved).await;
    });
    Offline {
        online,
        saved,
        update_ready,
        set_update_ready,
    }
}

impl Offline {
    /// Activates the waiting build; the page reloads when it takes over.
    pub fn apply_update(&self) {
        let set = self.set_update_ready;
        leptos::task::spawn_local(async move {
            let Some(container) = container() else {
                return;
            };
            let Ok(reg) = JsFuture::from(container.get_registration()).await else {
                return;
            };
            let waiting = reg
                .dyn_into::<ServiceWorkerRegistration>()
                .ok()
                .and_then(|r| r.waiting());
            match waiting {
                Some(worker) => {
                    let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
                }
                None => {
                    set.set(false);
                    if let Some(window) = web_sys::window() {
                        let _ = window.location().reload();
                    }
                }
            }
        });
    }
}
