//! Work done once typing pauses ([`Pause`]): the address written, the headline announced, the
//! simulation run again. Built on gloo-timers' `Timeout`, one timer per burst of edits: the
//! first edit of a burst sets it, and when it fires it runs the task if no edit came since, or
//! waits the rest of the delay. (Leptos's `debounce` clears and sets a timer on every call, a
//! JavaScript closure each time: with three tasks that cost about 0.15 ms of every edit by a CPU
//! profile, a tenth of the 1.5 ms the input path may take. On this design gloo's `Timeout` made
//! the Wasm 0.2 KB brotli smaller than Leptos's `set_timeout`.)

use std::rc::Rc;
use std::time::Duration;

use gloo::timers::callback::Timeout;
use leptos::prelude::*;

/// A task that runs once it has not been [armed](Pause::arm) for its delay. It goes with the
/// reactive owner it was made under (a view's tasks with the view).
#[derive(Clone, Copy)]
pub struct Pause(StoredValue<State, LocalStorage>);

struct State {
    /// How long edits must pause, in milliseconds.
    delay: f64,
    /// When the task was last armed (milliseconds of `Date.now()`).
    armed_at: f64,
    /// Whether the task is to run.
    waiting: bool,
    /// Whether a timer is set.
    timer: bool,
    task: Rc<dyn Fn()>,
}

/// A timer may fire up to this much early (timers and clocks differ by a fraction of a
/// millisecond); the task then runs.
const EARLY_MS: f64 = 1.0;

impl Pause {
    /// A task to run `delay` after it was last armed.
    pub fn new(delay: Duration, task: impl Fn() + 'static) -> Self {
        Pause(StoredValue::new_local(State {
            delay: delay.as_millis() as f64,
            armed_at: 0.0,
            waiting: false,
            timer: false,
            task: Rc::new(task),
        }))
    }

    /// Runs the task once `delay` has passed without another `arm`.
    pub fn arm(self) {
        let now = js_sys::Date::now();
        let set = self.0.try_update_value(|s| {
            s.armed_at = now;
            s.waiting = true;
            !std::mem::replace(&mut s.timer, true)
        });
        if let Some((true, delay)) = set.map(|set| (set, self.delay())) {
            self.wait(delay);
        }
    }

    /// Runs the task now if it is waiting to run.
    pub fn flush(self) {
        let task = self
            .0
            .try_update_value(|s| std::mem::take(&mut s.waiting).then(|| Rc::clone(&s.task)))
            .flatten();
        if let Some(task) = task {
            task();
        }
    }

    /// The task is not to run (until armed again).
    pub fn cancel(self) {
        self.0.try_update_value(|s| s.waiting = false);
    }

    fn delay(self) -> f64 {
        self.0.try_with_value(|s| s.delay).unwrap_or_default()
    }

    fn wait(self, ms: f64) {
        Timeout::new(ms.max(0.0).ceil() as u32, move || self.fired()).forget();
    }

    /// The timer fired: runs the task if it has waited its delay, or sets the timer again.
    fn fired(self) {
        let now = js_sys::Date::now();
        let again = self.0.try_update_value(|s| {
            let rest = s.armed_at + s.delay - now;
            if s.waiting && rest > EARLY_MS {
                Some(rest)
            } else {
                s.timer = false;
                None
            }
        });
        match again {
            Some(Some(rest)) => self.wait(rest),
            Some(None) => self.flush(),
            None => {}
        }
    }
}
