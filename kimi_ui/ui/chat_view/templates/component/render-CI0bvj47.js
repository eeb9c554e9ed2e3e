const vr = 1, pr = 2, gr = 4, yr = 8, wr = 16, mr = 1, Er = 2, gt = {}, m = /* @__PURE__ */ Symbol("uninitialized"), nn = "http://www.w3.org/1999/xhtml", br = "http://www.w3.org/2000/svg", Tr = "http://www.w3.org/1998/Math/MathML", yt = !1;
var rn = Array.isArray, sn = Array.prototype.indexOf, Te = Array.prototype.includes, ln = Array.from, wt = Object.defineProperty, ye = Object.getOwnPropertyDescriptor, fn = Object.getOwnPropertyDescriptors, an = Object.prototype, un = Array.prototype, mt = Object.getPrototypeOf, ut = Object.isExtensible;
const on = () => {
};
function cn(e) {
  for (var t = 0; t < e.length; t++)
    e[t]();
}
function Et() {
  var e, t, n = new Promise((r, s) => {
    e = r, t = s;
  });
  return { promise: n, resolve: e, reject: t };
}
const x = 2, ue = 4, He = 8, bt = 1 << 24, N = 16, q = 32, W = 64, ze = 128, et = 256, F = 512, E = 1024, y = 2048, C = 4096, R = 8192, k = 16384, he = 32768, De = 1 << 25, xe = 65536, Pe = 1 << 17, hn = 1 << 18, _e = 1 << 19, _n = 1 << 20, xr = 1 << 25, Fe = 1 << 21, fe = 1 << 22, K = 1 << 23, we = /* @__PURE__ */ Symbol("$state"), Tt = /* @__PURE__ */ Symbol("component"), kr = /* @__PURE__ */ Symbol(""), dn = /* @__PURE__ */ Symbol("attributes"), vn = /* @__PURE__ */ Symbol("class"), pn = /* @__PURE__ */ Symbol("style"), $e = /* @__PURE__ */ Symbol("text"), Re = /* @__PURE__ */ Symbol("form reset"), Se = new class extends Error {
  name = "StaleReactionError";
  message = "The reaction that called `getAbortSignal()` was re-run or destroyed";
}(), Ar = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  !!globalThis.document?.contentType && /* @__PURE__ */ globalThis.document.contentType.includes("xml")
);
function gn() {
  console.warn("https://svelte.dev/e/derived_inert");
}
function yn() {
  console.warn("https://svelte.dev/e/svelte_boundary_reset_noop");
}
function xt(e) {
  return e === this.v;
}
function wn(e, t) {
  return e != e ? t == t : e !== t || e !== null && typeof e == "object" || typeof e == "function";
}
function kt(e) {
  return !wn(e, this.v);
}
function mn(e) {
  throw new Error("https://svelte.dev/e/lifecycle_outside_component");
}
function En() {
  throw new Error("https://svelte.dev/e/async_derived_orphan");
}
function Cr(e, t, n) {
  throw new Error("https://svelte.dev/e/each_key_duplicate");
}
function bn(e) {
  throw new Error("https://svelte.dev/e/effect_in_teardown");
}
function Tn() {
  throw new Error("https://svelte.dev/e/effect_in_unowned_derived");
}
function xn(e) {
  throw new Error("https://svelte.dev/e/effect_orphan");
}
function kn() {
  throw new Error("https://svelte.dev/e/effect_update_depth_exceeded");
}
function Sn() {
  throw new Error("https://svelte.dev/e/state_descriptors_fixed");
}
function An() {
  throw new Error("https://svelte.dev/e/state_prototype_fixed");
}
function Cn() {
  throw new Error("https://svelte.dev/e/state_unsafe_mutation");
}
function Mn() {
  throw new Error("https://svelte.dev/e/svelte_boundary_reset_onerror");
}
let Rn = !1;
function On(e) {
  let t = e.p;
  for (; t !== null && t.c === null; )
    t = t.p;
  return t?.c ?? null;
}
function St(e, t) {
  return e === null && mn(), e.c ??= new Map(On(e) || void 0);
}
let T = null;
function oe(e) {
  T = e;
}
function Mr(e) {
  return (
    /** @type {T} */
    St(T).get(e)
  );
}
function Rr(e, t) {
  return St(T).set(e, t), t;
}
function Nn(e, t = !1, n) {
  T = {
    p: T,
    i: !1,
    c: null,
    e: null,
    s: e,
    x: null,
    r: (
      /** @type {Effect} */
      g
    ),
    l: null
  };
}
function Dn(e) {
  var t = (
    /** @type {ComponentContext} */
    T
  ), n = t.e;
  if (n !== null) {
    t.e = null;
    for (var r of n)
      Vt(r);
  }
  return t.i = !0, T = t.p, At(e);
}
function At(e = {}) {
  return wt(e, Tt, { value: !0 }), e;
}
function Ct() {
  return !0;
}
let te = [];
function Mt() {
  var e = te;
  te = [], cn(e);
}
function $(e) {
  if (te.length === 0 && !me) {
    var t = te;
    queueMicrotask(() => {
      t === te && Mt();
    });
  }
  te.push(e);
}
function Pn() {
  for (; te.length > 0; )
    Mt();
}
const Fn = -7169;
function w(e, t) {
  e.f = e.f & Fn | t;
}
function tt(e) {
  (e.f & F) !== 0 || e.deps === null ? w(e, E) : w(e, C);
}
function Rt(e, t) {
  (e.f & y) !== 0 ? t.set(e, y) : (e.f & C) !== 0 && t.get(e) !== y && t.set(e, C), w(e, E);
}
let ot = !1;
function In() {
  ot || (ot = !0, document.addEventListener(
    "reset",
    (e) => {
      Promise.resolve().then(() => {
        if (!e.defaultPrevented)
          for (
            const t of
            /**@type {HTMLFormElement} */
            e.target.elements
          )
            t[Re]?.();
      });
    },
    // In the capture phase to guarantee we get noticed of it (no possibility of stopPropagation)
    { capture: !0 }
  ));
}
function de(e) {
  var t = v, n = g;
  O(null), B(null);
  try {
    return e();
  } finally {
    O(t), B(n);
  }
}
function Or(e, t, n, r = n) {
  e.addEventListener(t, () => de(n));
  const s = (
    /** @type {any} */
    e[Re]
  );
  s ? e[Re] = () => {
    s(), r(!0);
  } : e[Re] = () => r(!0), In();
}
function Ln(e, t, n, r) {
  const s = nt;
  var i = e.filter((c) => !c.settled), f = t.map(s);
  if (n.length === 0 && i.length === 0) {
    r(f);
    return;
  }
  var l = (
    /** @type {Effect} */
    g
  ), a = jn(), u = i.length === 1 ? i[0].promise : i.length > 1 ? Promise.all(i.map((c) => c.promise)) : null;
  function h(c) {
    if ((l.f & k) === 0) {
      a();
      try {
        r([...f, ...c]);
      } catch (d) {
        I(d, l);
      }
      Ie();
    }
  }
  var o = Ot();
  if (n.length === 0) {
    u.then(() => h([])).finally(o);
    return;
  }
  function _() {
    Promise.all(n.map((c) => /* @__PURE__ */ Hn(c))).then(h).catch((c) => I(c, l)).finally(o);
  }
  u ? u.then(() => {
    if ((l.f & k) !== 0) {
      o();
      return;
    }
    a(), _(), Ie();
  }) : _();
}
function jn() {
  var e = (
    /** @type {Effect} */
    g
  ), t = v, n = T, r = (
    /** @type {Batch} */
    p
  );
  return function(i = !0) {
    B(e), O(t), oe(n), i && (e.f & k) === 0 && (r?.activate(), r?.apply());
  };
}
function Ie(e = !0) {
  B(null), O(null), oe(null), e && p?.deactivate();
}
function Ot() {
  var e = (
    /** @type {Effect} */
    g
  ), t = e.b, n = (
    /** @type {Batch} */
    p
  ), r = !!t?.is_rendered();
  return t?.update_pending_count(1, n), n.increment(r, e), () => {
    t?.update_pending_count(-1, n), n.decrement(r, e);
  };
}
// @__NO_SIDE_EFFECTS__
function nt(e) {
  var t = x | y;
  return g !== null && (g.f |= _e), {
    ctx: T,
    deps: null,
    effects: null,
    equals: xt,
    f: t,
    fn: e,
    reactions: null,
    rv: 0,
    v: (
      /** @type {V} */
      m
    ),
    wv: 0,
    parent: g,
    ac: null
  };
}
const ve = /* @__PURE__ */ Symbol("obsolete");
// @__NO_SIDE_EFFECTS__
function Hn(e, t, n) {
  let r = (
    /** @type {Effect | null} */
    g
  );
  r === null && En();
  var s = (
    /** @type {Promise<V>} */
    /** @type {unknown} */
    void 0
  ), i = Ae(
    /** @type {V} */
    m
  ), f = !v, l = /* @__PURE__ */ new Set();
  return Jn(() => {
    var a = (
      /** @type {Effect} */
      g
    ), u = Et();
    s = u.promise;
    try {
      Promise.resolve(e()).then(u.resolve, (c) => {
        c !== Se && u.reject(c);
      }).finally(Ie);
    } catch (c) {
      u.reject(c), Ie();
    }
    var h = (
      /** @type {Batch} */
      p
    );
    if (f) {
      if ((a.f & he) !== 0)
        var o = Ot();
      if (
        // boundary can be null if the async derived is inside an $effect.root not connected to the component render tree
        r.b?.is_rendered()
      )
        h.async_deriveds.get(a)?.reject(ve);
      else
        for (const c of l.values())
          c.reject(ve);
      l.add(u), h.async_deriveds.set(a, u);
    }
    const _ = (c, d = void 0) => {
      o?.(), l.delete(u), d !== ve && (h.activate(), d ? (i.f |= K, je(i, d)) : ((i.f & K) !== 0 && (i.f ^= K), je(i, c)), h.deactivate());
    };
    u.promise.then(_, (c) => _(null, c || "unknown"));
  }), Yt(() => {
    for (const a of l)
      a.reject(ve);
  }), new Promise((a) => {
    function u(h) {
      function o() {
        h === s ? a(i) : u(s);
      }
      h.then(o, o);
    }
    u(s);
  });
}
// @__NO_SIDE_EFFECTS__
function Nr(e) {
  const t = /* @__PURE__ */ nt(e);
  return Kt(t), t;
}
// @__NO_SIDE_EFFECTS__
function Dr(e) {
  const t = /* @__PURE__ */ nt(e);
  return t.equals = kt, t;
}
function qn(e) {
  var t = e.effects;
  if (t !== null) {
    e.effects = null;
    for (var n = 0; n < t.length; n += 1)
      j(
        /** @type {Effect} */
        t[n]
      );
  }
}
function rt(e) {
  var t, n = g, r = e.parent;
  if (!Z && r !== null && e.v !== m && // if it was never evaluated before, it's guaranteed to fail downstream, so we try to execute instead
  (r.f & (k | R)) !== 0)
    return gn(), e.v;
  B(r);
  try {
    qn(e), t = Jt(e);
  } finally {
    B(n);
  }
  return t;
}
function Nt(e) {
  var t = rt(e);
  if (!e.equals(t) && (e.wv = Xt(), (!p?.is_fork || e.deps === null) && (p !== null ? (p.capture(e, t, !0), ae?.capture(e, t, !0)) : e.v = t, e.deps === null))) {
    w(e, E);
    return;
  }
  Z || (D !== null ? (ft() || p?.is_fork) && D.set(e, t) : tt(e));
}
function Bn(e) {
  if (e.effects !== null)
    for (const t of e.effects)
      (t.teardown || t.ac) && (t.teardown?.(), t.ac !== null && de(() => {
        t.ac.abort(Se), t.ac = null;
      }), t.fn !== null && (t.teardown = on), ke(t, 0), at(t));
}
function Dt(e) {
  if (e.effects !== null)
    for (const t of e.effects)
      t.teardown && t.fn !== null && ce(t);
}
let Ye = null, le = null, p = null, ae = null, D = null, Ke = null, me = !1, Ve = !1, Ee = null, Oe = null;
var ct = 0;
let Yn = 1;
class X {
  id = Yn++;
  /** True as soon as `#process` was called */
  started = !1;
  linked = !0;
  /** @type {Batch | null} */
  prev = null;
  /** @type {Batch | null} */
  next = null;
  /** @type {Map<Effect, ReturnType<typeof deferred<any>>>} */
  async_deriveds = /* @__PURE__ */ new Map();
  /**
   * The current values of any signals that are updated in this batch.
   * Tuple format: [value, is_derived] (note: is_derived is false for deriveds, too, if they were overridden via assignment)
   * The keys of this map are identical to `this.previous`
   * @type {Map<Value, [any, boolean]>}
   */
  current = /* @__PURE__ */ new Map();
  /**
   * The values of any signals (sources and deriveds) that are updated in this batch _before_ those updates took place.
   * The keys of this map are identical to `this.current`
   * @type {Map<Value, any>}
   */
  previous = /* @__PURE__ */ new Map();
  /**
   * When the batch is committed (and the DOM is updated), we need to remove old branches
   * and append new ones by calling the functions added inside (if/each/key/etc) blocks
   * @type {Set<(batch: Batch) => void>}
   */
  #i = /* @__PURE__ */ new Set();
  /**
   * If a fork is discarded, we need to destroy any effects that are no longer needed
   * @type {Set<(batch: Batch) => void>}
   */
  #p = /* @__PURE__ */ new Set();
  /**
   * The number of async effects that are currently in flight
   */
  #l = 0;
  /**
   * Async effects that are currently in flight, _not_ inside a pending boundary
   * @type {Map<Effect, number>}
   */
  #f = /* @__PURE__ */ new Map();
  /**
   * A deferred that resolves when the batch is committed, used with `settled()`
   * TODO replace with Promise.withResolvers once supported widely enough
   * @type {{ promise: Promise<void>, resolve: (value?: any) => void, reject: (reason: unknown) => void } | null}
   */
  #t = null;
  /**
   * Effects that were scheduled in this batch but not yet 'resolved' into the
   * root effects that need to be flushed. Resolving — the upwards traversal that
   * marks the path to each effect on the shared effect tree (see #resolve) — is
   * deferred until the batch is processed, so that the markers are created and
   * consumed within a single traversal. Scheduling into other batches (which can
   * happen concurrently, e.g. while a batch is committed) can therefore never
   * observe (and be confused by) this batch's markers.
   * May contain duplicates — deduplication happens during resolving
   * @type {Effect[]}
   */
  #n = [];
  /**
   * Effects created while this batch was active.
   * @type {Effect[]}
   */
  #r = [];
  /**
   * Deferred effects (which run after async work has completed) and their status (DIRTY or MAYBE_DIRTY)
   * @type {Map<Effect, number>}
   */
  #e = /* @__PURE__ */ new Map();
  /**
   * A map of branches that still exist, but will be destroyed when this batch
   * is committed — we skip over these during `process`.
   * The value contains child effects that were dirty/maybe_dirty before being reset,
   * so they can be rescheduled if the branch survives.
   * @type {Map<Effect, { d: Effect[], m: Effect[] }>}
   */
  #s = /* @__PURE__ */ new Map();
  /**
   * Inverse of #skipped_branches which we need to tell prior batches to unskip them when committing
   * @type {Set<Effect>}
   */
  #h = /* @__PURE__ */ new Set();
  is_fork = !1;
  #a = !1;
  constructor() {
    le === null ? Ye = le = this : (le.next = this, this.prev = le), le = this;
  }
  #_() {
    if (this.is_fork) return !0;
    for (const t of this.#f.keys())
      if (!this.#g(t))
        return !0;
    return !1;
  }
  /**
   * Whether `effect` is inside a branch that this batch skips
   * @param {Effect} effect
   */
  #g(t) {
    for (var n = (
      /** @type {Effect | null} */
      t
    ); n !== null; n = n.parent)
      if (this.#s.has(n)) return !0;
    return !1;
  }
  /**
   * Add an effect to the #skipped_branches map and reset its children
   * @param {Effect} effect
   */
  skip_effect(t) {
    this.#s.has(t) || this.#s.set(t, { d: [], m: [] }), this.#h.delete(t);
  }
  /**
   * Remove an effect from the #skipped_branches map and reschedule
   * any tracked dirty/maybe_dirty child effects
   * @param {Effect} effect
   * @param {(e: Effect) => void} callback
   */
  unskip_effect(t, n = (r) => this.schedule(r)) {
    var r = this.#s.get(t);
    if (r) {
      this.#s.delete(t);
      for (var s of r.d)
        w(s, y), n(s);
      for (s of r.m)
        w(s, C), n(s);
    }
    this.#h.add(t);
  }
  /**
   * Convert the effects that were scheduled in this batch into the root effects
   * that need to be traversed, marking the path to each effect (by clearing the
   * `CLEAN` flag on ancestor branches) so that the traversal can find them.
   * This happens right before traversal rather than at scheduling time, so that
   * the markers left on the (shared) effect tree are created and consumed within
   * a single traversal — scheduling into other batches can never observe them
   * @returns {Effect[]}
   */
  #u() {
    var t = [];
    for (const i of this.#n)
      if (!((i.f & k) !== 0 || (i.f & (y | C)) === 0)) {
        for (var n = i, r = !1; n.parent !== null; ) {
          n = n.parent;
          var s = n.f;
          if ((s & (W | q)) !== 0) {
            if ((s & E) === 0) {
              r = !0;
              break;
            }
            n.f ^= E;
          }
        }
        r || t.push(n);
      }
    return this.#n = [], t;
  }
  #d() {
    this.started = !0;
    for (const [l, a] of this.#e)
      w(l, a), this.schedule(l);
    this.apply();
    for (var t = Ee = [], n = [], r = Oe = []; this.#n.length > 0; ) {
      ct++ > 1e3 && (this.#c(), Un());
      for (const l of this.#u())
        try {
          this.#w(l, t, n);
        } catch (a) {
          throw It(l), this.#_() || this.discard(), a;
        }
    }
    if (p = null, r.length > 0) {
      var s = X.ensure();
      for (const l of r)
        s.schedule(l);
    }
    if (Ee = null, Oe = null, this.#_()) {
      this.#v(n), this.#v(t);
      for (const [l, a] of this.#s)
        Ft(l, a);
      r.length > 0 && /** @type {unknown} */
      p.#d();
      return;
    }
    const i = this.#b();
    if (i) {
      this.#v(n), this.#v(t), i.#o(this);
      return;
    }
    this.#e.clear();
    for (const l of this.#i) l(this);
    this.#i.clear(), ae = this, ht(n), ht(t), ae = null, this.#t?.resolve();
    var f = (
      /** @type {Batch | null} */
      /** @type {unknown} */
      p
    );
    this.#l === 0 && (this.#n.length === 0 || f !== null) && this.#c(), f !== null && (L.clear(), f.#d());
  }
  /**
   * Traverse the effect tree, executing effects or stashing
   * them for later execution as appropriate
   * @param {Effect} root
   * @param {Effect[]} effects
   * @param {Effect[]} render_effects
   */
  #w(t, n, r) {
    t.f ^= E;
    for (var s = t.first; s !== null; ) {
      var i = s.f, f = (i & (q | W)) !== 0, l = f && (i & E) !== 0, a = l || (i & R) !== 0 || this.#s.has(s);
      if (!a && s.fn !== null) {
        f ? s.f ^= E : (i & ue) !== 0 ? n.push(s) : Ce(s) && ((i & N) !== 0 && this.add_dirty_reaction(s, C), ce(s));
        var u = s.first;
        if (u !== null) {
          s = u;
          continue;
        }
      }
      for (; s !== null; ) {
        var h = s.next;
        if (h !== null) {
          s = h;
          break;
        }
        s = s.parent;
      }
    }
  }
  #b() {
    for (var t = this.prev; t !== null; t = t.prev)
      if (!t.is_fork && this.#y(t)) return t;
    return null;
  }
  /** @param {Batch} batch */
  #y(t) {
    for (const [n, [, r]] of this.current)
      if (!r && t.current.has(n))
        return !0;
    return !1;
  }
  /**
   * @param {Batch} batch
   */
  #o(t) {
    for (const [r, s] of t.current)
      !this.previous.has(r) && t.previous.has(r) && this.previous.set(r, t.previous.get(r)), this.current.set(r, s);
    for (const [r, s] of t.async_deriveds) {
      const i = this.async_deriveds.get(r);
      i && s.promise.then(i.resolve).catch(i.reject);
    }
    t.async_deriveds.clear(), this.transfer_reactions(t.#e);
    const n = (r) => {
      var s = r.reactions;
      if (s !== null && !((r.f & x) !== 0 && (r.f & (y | C)) === 0))
        for (const l of s) {
          var i = l.f;
          if ((i & x) !== 0)
            n(
              /** @type {Derived} */
              l
            );
          else {
            var f = (
              /** @type {Effect} */
              l
            );
            i & (fe | N) && !this.async_deriveds.has(f) && (this.#e.delete(f), w(f, y), this.schedule(f));
          }
        }
    };
    for (const r of this.current.keys())
      n(r);
    this.oncommit(() => t.discard()), t.#c(), p = this, this.#d();
  }
  /**
   * @param {Effect[]} effects
   */
  #v(t) {
    for (var n = 0; n < t.length; n += 1)
      Rt(t[n], this.#e);
  }
  /**
   * Associate a change to a given source with the current
   * batch, noting its previous and current values
   * @param {Value} source
   * @param {any} value
   * @param {boolean} [is_derived]
   */
  capture(t, n, r = !1) {
    t.v !== m && !this.previous.has(t) && this.previous.set(t, t.v), (t.f & K) === 0 && (this.current.set(t, [n, r]), D?.set(t, n)), this.is_fork || (t.v = n);
  }
  activate() {
    p = this;
  }
  deactivate() {
    p = null, D = null;
  }
  flush() {
    try {
      Ve = !0, p = this, this.#d();
    } finally {
      ct = 0, Ke = null, Ee = null, Oe = null, Ve = !1, p = null, D = null, L.clear();
    }
  }
  discard() {
    for (const t of this.#p) t(this);
    this.#p.clear();
    for (const t of this.async_deriveds.values())
      t.reject(ve);
    this.#c(), this.#t?.resolve();
  }
  /**
   * @param {Effect} effect
   */
  register_created_effect(t) {
    this.#r.push(t);
  }
  #m() {
    for (let o = Ye; o !== null; o = o.next) {
      var t = o.id < this.id, n = [];
      for (const [_, [c, d]] of this.current) {
        if (o.current.has(_)) {
          var r = (
            /** @type {[any, boolean]} */
            o.current.get(_)[0]
          );
          if (t && c !== r)
            o.current.set(_, [c, d]);
          else
            continue;
        }
        n.push(_);
      }
      if (t)
        for (const [_, c] of this.async_deriveds) {
          const d = o.async_deriveds.get(_);
          d && c.promise.then(d.resolve).catch(d.reject);
        }
      var s = [...o.current.keys()].filter(
        (_) => !/** @type {[any, boolean]} */
        o.current.get(_)[1]
      );
      if (!(!o.started || s.length === 0)) {
        var i = s.filter((_) => !this.current.has(_));
        if (i.length === 0)
          t && o.discard();
        else if (n.length > 0) {
          if (t)
            for (const _ of this.#h)
              o.unskip_effect(_, (c) => {
                (c.f & (N | fe)) !== 0 ? o.schedule(c) : o.#v([c]);
              });
          o.activate();
          var f = /* @__PURE__ */ new Set(), l = /* @__PURE__ */ new Map();
          for (var a of n)
            Pt(a, i, f, l);
          l = /* @__PURE__ */ new Map();
          var u = [...o.current].filter(([_, c]) => {
            const d = this.current.get(_);
            return d ? d[0] !== c[0] || d[1] !== c[1] : !0;
          }).map(([_]) => _);
          if (u.length > 0)
            for (const _ of this.#r)
              (_.f & (k | R | Pe)) === 0 && st(_, u, l) && ((_.f & (fe | N)) !== 0 ? (w(_, y), o.schedule(_)) : o.add_dirty_reaction(_, y));
          if (o.#n.length > 0 && !o.#a) {
            o.apply();
            for (var h of o.#u())
              o.#w(h, [], []);
          }
          o.deactivate();
        }
      }
    }
  }
  /**
   * @param {boolean} blocking
   * @param {Effect} effect
   */
  increment(t, n) {
    if (this.#l += 1, t) {
      let r = this.#f.get(n) ?? 0;
      this.#f.set(n, r + 1);
    }
  }
  /**
   * @param {boolean} blocking
   * @param {Effect} effect
   */
  decrement(t, n) {
    if (this.#l -= 1, t) {
      let r = this.#f.get(n) ?? 0;
      r === 1 ? this.#f.delete(n) : this.#f.set(n, r - 1);
    }
    this.#a || (this.#a = !0, $(() => {
      this.#a = !1, this.linked && this.flush();
    }));
  }
  /**
   * @param {Map<Effect, number>} dirty_reactions
   */
  transfer_reactions(t) {
    for (const [n, r] of t)
      this.add_dirty_reaction(n, r);
    t.clear();
  }
  /**
   * @param {Effect} effect
   * @param {number} status
   */
  add_dirty_reaction(t, n) {
    (n === y || this.#e.get(t) !== y) && this.#e.set(t, n);
  }
  /** @param {(batch: Batch) => void} fn */
  oncommit(t) {
    this.#i.add(t);
  }
  /** @param {(batch: Batch) => void} fn */
  ondiscard(t) {
    this.#p.add(t);
  }
  settled() {
    return (this.#t ??= Et()).promise;
  }
  static ensure() {
    if (p === null) {
      const t = p = new X();
      !Ve && !me && $(() => {
        t.started || t.flush();
      });
    }
    return p;
  }
  apply() {
    {
      D = null;
      return;
    }
  }
  /**
   *
   * @param {Effect} effect
   */
  schedule(t) {
    if (Ke = t, t.b?.is_pending && (t.f & (ue | He | bt)) !== 0 && (t.f & he) === 0) {
      t.b.defer_effect(t);
      return;
    }
    this.#n.push(t);
  }
  #c() {
    if (this.linked) {
      var t = this.prev, n = this.next;
      t === null ? Ye = n : t.next = n, n === null ? le = t : n.prev = t, this.linked = !1;
    }
  }
}
function Vn(e) {
  var t = me, n = ae;
  ae = null, me = !0;
  try {
    for (var r; ; ) {
      if (Pn(), p === null)
        return (
          /** @type {T} */
          r
        );
      p.flush();
    }
  } finally {
    me = t, ae = n;
  }
}
function Un() {
  try {
    kn();
  } catch (e) {
    I(e, Ke);
  }
}
let V = null;
function ht(e) {
  var t = e.length;
  if (t !== 0) {
    for (var n = 0; n < t; ) {
      var r = e[n++];
      if ((r.f & (k | R)) === 0 && Ce(r) && (V = /* @__PURE__ */ new Set(), ce(r), r.deps === null && r.first === null && r.nodes === null && r.teardown === null && r.ac === null && Gt(r), V?.size > 0)) {
        L.clear();
        for (const s of V) {
          if ((s.f & (k | R)) !== 0) continue;
          const i = [s];
          let f = s.parent;
          for (; f !== null; )
            V.has(f) && (V.delete(f), i.push(f)), f = f.parent;
          for (let l = i.length - 1; l >= 0; l--) {
            const a = i[l];
            (a.f & (k | R)) === 0 && ce(a);
          }
        }
        V.clear();
      }
    }
    V = null;
  }
}
function Pt(e, t, n, r) {
  if (!n.has(e) && (n.add(e), e.reactions !== null))
    for (const s of e.reactions) {
      const i = s.f;
      (i & x) !== 0 ? Pt(
        /** @type {Derived} */
        s,
        t,
        n,
        r
      ) : (i & (fe | N)) !== 0 && (i & y) === 0 && st(s, t, r) && (w(s, y), it(
        /** @type {Effect} */
        s
      ));
    }
}
function st(e, t, n) {
  const r = n.get(e);
  if (r !== void 0) return r;
  if (e.deps !== null)
    for (const s of e.deps) {
      if (Te.call(t, s))
        return !0;
      if ((s.f & x) !== 0 && st(
        /** @type {Derived} */
        s,
        t,
        n
      ))
        return n.set(
          /** @type {Derived} */
          s,
          !0
        ), !0;
    }
  return n.set(e, !1), !1;
}
function it(e) {
  p.schedule(e);
}
function Ft(e, t) {
  if (!((e.f & q) !== 0 && (e.f & E) !== 0)) {
    (e.f & y) !== 0 ? t.d.push(e) : (e.f & C) !== 0 && t.m.push(e), w(e, E);
    for (var n = e.first; n !== null; )
      Ft(n, t), n = n.next;
  }
}
function It(e) {
  w(e, E);
  for (var t = e.first; t !== null; )
    It(t), t = t.next;
}
let Le = /* @__PURE__ */ new Set();
const L = /* @__PURE__ */ new Map();
let Lt = !1;
function Ae(e, t) {
  var n = {
    f: 0,
    v: e,
    reactions: null,
    equals: xt,
    rv: 0,
    wv: 0
  };
  return n;
}
// @__NO_SIDE_EFFECTS__
function z(e, t) {
  const n = Ae(e);
  return Kt(n), n;
}
// @__NO_SIDE_EFFECTS__
function Pr(e, t = !1, n = !0) {
  const r = Ae(e);
  return t || (r.equals = kt), r;
}
function Q(e, t, n = !1) {
  v !== null && // since we are untracking the function inside `$inspect.with` we need to add this check
  // to ensure we error if state is set inside an inspect effect
  (!P || (v.f & Pe) !== 0) && Ct() && (v.f & (x | N | fe | Pe)) !== 0 && (H === null || !H.has(e)) && Cn();
  let r = n ? pe(t) : t;
  return je(e, r, Oe);
}
var ee = null, We = 0;
function je(e, t, n = null) {
  if (!e.equals(t)) {
    Z ? L.set(e, t) : L.has(e) || L.set(e, e.v);
    var r = X.ensure();
    if (r.capture(e, t), (e.f & x) !== 0) {
      const s = (
        /** @type {Derived} */
        e
      );
      (e.f & y) !== 0 && rt(s), D === null && tt(s);
    }
    e.wv = Xt(), ee = null, We = 0, jt(e, y, n), ee = null, g !== null && (g.f & E) !== 0 && (g.f & (q | W)) === 0 && (M === null ? sr([e]) : M.push(e)), !r.is_fork && Le.size > 0 && !Lt && Gn();
  }
  return t;
}
function Gn() {
  Lt = !1;
  for (const e of Le) {
    (e.f & E) !== 0 && w(e, C);
    let t;
    try {
      t = Ce(e);
    } catch {
      t = !0;
    }
    t && ce(e);
  }
  Le.clear();
}
function be(e) {
  Q(e, e.v + 1);
}
function jt(e, t, n) {
  var r = e.reactions;
  if (r !== null) {
    var s = r.length;
    if (We += s, We > 1e5 && ee === null && (ee = /* @__PURE__ */ new Set()), ee !== null) {
      if (ee.has(e)) return;
      ee.add(e);
    }
    for (var i = 0; i < s; i++) {
      var f = r[i], l = f.f, a = (l & y) === 0;
      if (a && w(f, t), (l & Pe) !== 0)
        Le.add(
          /** @type {Effect} */
          f
        );
      else if ((l & x) !== 0) {
        var u = (
          /** @type {Derived} */
          f
        );
        D?.delete(u), jt(u, C, n);
      } else if (a) {
        var h = (
          /** @type {Effect} */
          f
        );
        (l & N) !== 0 && V !== null && V.add(h), n !== null ? n.push(h) : it(h);
      }
    }
  }
}
function pe(e) {
  if (typeof e != "object" || e === null || we in e || Tt in e)
    return e;
  const t = mt(e);
  if (t !== an && t !== un)
    return e;
  var n = /* @__PURE__ */ new Map(), r = rn(e), s = /* @__PURE__ */ z(0), i = se, f = (l) => {
    if (se === i)
      return l();
    var a = v, u = se;
    O(null), vt(i);
    var h = l();
    return O(a), vt(u), h;
  };
  return r && n.set("length", /* @__PURE__ */ z(
    /** @type {any[]} */
    e.length
  )), new Proxy(
    /** @type {any} */
    e,
    {
      defineProperty(l, a, u) {
        (!("value" in u) || u.configurable === !1 || u.enumerable === !1 || u.writable === !1) && Sn();
        var h = n.get(a);
        return h === void 0 ? f(() => {
          var o = /* @__PURE__ */ z(u.value);
          return n.set(a, o), o;
        }) : Q(h, u.value, !0), !0;
      },
      deleteProperty(l, a) {
        var u = n.get(a);
        if (u === void 0) {
          if (a in l) {
            const h = f(() => /* @__PURE__ */ z(m));
            n.set(a, h), be(s);
          }
        } else
          Q(u, m), be(s);
        return !0;
      },
      get(l, a, u) {
        if (a === we)
          return e;
        var h = n.get(a), o = a in l;
        if (h === void 0 && (!o || ye(l, a)?.writable) && (h = f(() => {
          var c = pe(o ? l[a] : m), d = /* @__PURE__ */ z(c);
          return d;
        }), n.set(a, h)), h !== void 0) {
          var _ = re(h);
          return _ === m ? void 0 : _;
        }
        return Reflect.get(l, a, u);
      },
      getOwnPropertyDescriptor(l, a) {
        this.has?.(l, a);
        var u = Reflect.getOwnPropertyDescriptor(l, a), h = n.get(a);
        if (h !== void 0) {
          var o = re(h);
          if (o === m)
            return;
          if (u && "value" in u)
            u.value = o;
          else
            return {
              enumerable: !0,
              configurable: !0,
              value: o,
              writable: !0
            };
        }
        return u;
      },
      has(l, a) {
        if (a === we)
          return !0;
        var u = n.get(a), h = u !== void 0 && u.v !== m || Reflect.has(l, a);
        if (u !== void 0 || (g !== null || v !== null) && (!h || ye(l, a)?.writable)) {
          u === void 0 && (u = f(() => {
            var _ = h ? pe(l[a]) : m, c = /* @__PURE__ */ z(_);
            return c;
          }), n.set(a, u));
          var o = re(u);
          if (o === m)
            return !1;
        }
        return h;
      },
      set(l, a, u, h) {
        var o = n.get(a), _ = a in l;
        if (r && a === "length")
          for (var c = u; c < /** @type {Source<number>} */
          o.v; c += 1) {
            var d = n.get(c + "");
            d !== void 0 ? Q(d, m) : c in l && (d = f(() => /* @__PURE__ */ z(m)), n.set(c + "", d));
          }
        if (o === void 0)
          (!_ || ye(l, a)?.writable) && (o = f(() => /* @__PURE__ */ z(void 0)), Q(o, pe(u)), n.set(a, o));
        else {
          _ = o.v !== m;
          var b = f(() => pe(u));
          Q(o, b);
        }
        var G = Reflect.getOwnPropertyDescriptor(l, a);
        if (G?.set && G.set.call(h, u), !_) {
          if (r && typeof a == "string") {
            var Y = (
              /** @type {Source<number>} */
              n.get("length")
            ), ie = Number(a);
            Number.isInteger(ie) && ie >= Y.v && Q(Y, ie + 1);
          }
          be(s);
        }
        return !0;
      },
      ownKeys(l) {
        re(s);
        var a = Reflect.ownKeys(l).filter((o) => {
          var _ = n.get(o);
          return _ === void 0 || _.v !== m;
        });
        for (var [u, h] of n)
          h.v !== m && !(u in l) && a.push(u);
        return a;
      },
      setPrototypeOf() {
        An();
      }
    }
  );
}
var _t, zn, Ht, qt;
function $n() {
  if (_t === void 0) {
    _t = window, zn = /Firefox/.test(navigator.userAgent);
    var e = Element.prototype, t = Node.prototype, n = Text.prototype;
    Ht = ye(t, "firstChild").get, qt = ye(t, "nextSibling").get, ut(e) && (e[vn] = void 0, e[dn] = null, e[pn] = void 0, e.__e = void 0), ut(n) && (n[$e] = void 0);
  }
}
function Bt(e = "") {
  return document.createTextNode(e);
}
// @__NO_SIDE_EFFECTS__
function lt(e) {
  return (
    /** @type {TemplateNode | null} */
    Ht.call(e)
  );
}
// @__NO_SIDE_EFFECTS__
function qe(e) {
  return (
    /** @type {TemplateNode | null} */
    qt.call(e)
  );
}
function Fr(e, t) {
  return /* @__PURE__ */ lt(e);
}
function Ir(e, t = !1) {
  {
    var n = /* @__PURE__ */ lt(e);
    return n instanceof Comment && n.data === "" ? /* @__PURE__ */ qe(n) : n;
  }
}
function Lr(e, t = !1) {
  return /* @__PURE__ */ lt(e);
}
function jr(e, t = 1, n = !1) {
  let r = e;
  for (; t--; )
    r = /** @type {TemplateNode} */
    /* @__PURE__ */ qe(r);
  return r;
}
function Hr(e) {
  e.textContent = "";
}
function qr() {
  return !1;
}
function Br(e, t, n) {
  return t == null || t === nn ? (
    /** @type {T extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[T] : Element} */
    n ? document.createElement(e, { is: n }) : document.createElement(e)
  ) : (
    /** @type {T extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[T] : Element} */
    n ? document.createElementNS(t, e, { is: n }) : document.createElementNS(t, e)
  );
}
function Kn(e) {
  var t = g;
  if (t === null)
    return v.f |= K, e;
  if ((t.f & he) === 0 && (t.f & ue) === 0)
    throw e;
  I(e, t);
}
function I(e, t) {
  if (e === gt)
    throw e;
  if (!(t !== null && (t.f & k) !== 0)) {
    for (; t !== null; ) {
      if ((t.f & ze) !== 0 && (t.f & (k | De)) === 0) {
        if ((t.f & he) === 0)
          throw e;
        try {
          t.b.error(e);
          return;
        } catch (n) {
          e = n;
        }
      }
      t = t.parent;
    }
    throw e;
  }
}
function Wn(e) {
  g === null && (v === null && xn(), Tn()), Z && bn();
}
function Xn(e, t) {
  var n = t.last;
  n === null ? t.last = t.first = e : (n.next = e, e.prev = n, t.last = e);
}
function U(e, t) {
  var n = g;
  n !== null && (n.f & R) !== 0 && (e |= R);
  var r = {
    ctx: T,
    deps: null,
    nodes: null,
    f: e | y | F,
    first: null,
    fn: t,
    last: null,
    next: null,
    parent: n,
    b: n && n.b,
    prev: null,
    teardown: null,
    wv: 0,
    ac: null
  };
  p?.register_created_effect(r);
  var s = r;
  if ((e & ue) !== 0)
    Ee !== null ? Ee.push(r) : X.ensure().schedule(r);
  else if (t !== null) {
    try {
      ce(r);
    } catch (f) {
      throw j(r), f;
    }
    s.deps === null && s.teardown === null && s.nodes === null && s.first === s.last && // either `null`, or a singular child
    (s.f & _e) === 0 && (s = s.first, (e & N) !== 0 && (e & xe) !== 0 && s !== null && (s.f |= xe));
  }
  if (s !== null && (s.parent = n, n !== null && Xn(s, n), v !== null && (v.f & x) !== 0 && (e & W) === 0)) {
    var i = (
      /** @type {Derived} */
      v
    );
    (i.effects ??= []).push(s);
  }
  return r;
}
function ft() {
  return v !== null && !P;
}
function Yt(e) {
  const t = U(He, null);
  return w(t, E), t.teardown = e, t;
}
function Yr(e) {
  Wn();
  var t = (
    /** @type {Effect} */
    g.f
  ), n = !v && (t & q) !== 0 && T !== null && !T.i;
  if (n) {
    var r = (
      /** @type {ComponentContext} */
      T
    );
    (r.e ??= []).push(e);
  } else
    return Vt(e);
}
function Vt(e) {
  return U(ue | _n, e);
}
function Zn(e) {
  X.ensure();
  const t = U(W | _e, e);
  return (n = {}) => new Promise((r) => {
    n.outro ? Ne(t, () => {
      j(t), r(void 0);
    }) : (j(t), r(void 0));
  });
}
function Vr(e) {
  return U(ue, e);
}
function Jn(e) {
  return U(fe | _e, e);
}
function Qn(e, t = 0) {
  return U(He | t, e);
}
function Ur(e, t = [], n = [], r = []) {
  Ln(r, t, n, (s) => {
    U(He, () => {
      e(...s.map(re));
    });
  });
}
function er(e, t = 0) {
  var n = U(N | t, e);
  return n;
}
function J(e) {
  return U(q | _e, e);
}
function Ut(e) {
  var t = e.teardown;
  if (t !== null) {
    const n = Z, r = v;
    dt(!0), O(null);
    try {
      t.call(null);
    } catch (s) {
      I(s, e.parent);
    } finally {
      dt(n), O(r);
    }
  }
}
function at(e, t = !1) {
  var n = e.first;
  for (e.first = e.last = null; n !== null; ) {
    const s = n.ac;
    s !== null && de(() => {
      s.abort(Se);
    });
    var r = n.next;
    (n.f & W) !== 0 ? n.parent = null : j(n, t), n = r;
  }
}
function tr(e) {
  for (var t = e.first; t !== null; ) {
    var n = t.next;
    (t.f & q) === 0 && j(t), t = n;
  }
}
function j(e, t = !0) {
  var n = !1;
  (t || (e.f & hn) !== 0) && e.nodes !== null && e.nodes.end !== null && (nr(
    e.nodes.start,
    /** @type {TemplateNode} */
    e.nodes.end
  ), n = !0), e.f |= De, at(e, t && !n), ke(e, 0);
  var r = e.nodes && e.nodes.t;
  if (r !== null)
    for (const i of r)
      i.stop();
  Ut(e), e.f ^= De, e.f |= k;
  var s = e.parent;
  s !== null && s.first !== null && Gt(e), e.next = e.prev = e.teardown = e.ctx = e.deps = e.fn = e.nodes = e.ac = e.b = null;
}
function nr(e, t) {
  for (; e !== null; ) {
    var n = e === t ? null : /* @__PURE__ */ qe(e);
    e.remove(), e = n;
  }
}
function Gt(e) {
  var t = e.parent, n = e.prev, r = e.next;
  n !== null && (n.next = r), r !== null && (r.prev = n), t !== null && (t.first === e && (t.first = r), t.last === e && (t.last = n));
}
function Ne(e, t, n = !0) {
  var r = [];
  e.f |= et, zt(e, r, !0);
  var s = () => {
    n && j(e), t && t();
  }, i = r.length;
  if (i > 0) {
    var f = () => --i || s();
    for (var l of r)
      l.out(f);
  } else
    s();
}
function zt(e, t, n) {
  if ((e.f & R) === 0) {
    e.f ^= R;
    var r = e.nodes && e.nodes.t;
    if (r !== null)
      for (const l of r)
        (l.is_global || n) && t.push(l);
    for (var s = e.first; s !== null; ) {
      var i = s.next;
      if ((s.f & W) === 0) {
        var f = (s.f & xe) !== 0 || // If this is a branch effect without a block effect parent,
        // it means the parent block effect was pruned. In that case,
        // transparency information was transferred to the branch effect.
        (s.f & q) !== 0 && (e.f & N) !== 0;
        zt(s, t, f ? n : !1);
      }
      s = i;
    }
  }
}
function Gr(e) {
  e.f &= ~et, $t(e, !0);
}
function $t(e, t) {
  if ((e.f & et) === 0 && (e.f & R) !== 0) {
    e.f ^= R, (e.f & E) === 0 && (w(e, y), X.ensure().schedule(e));
    for (var n = e.first; n !== null; ) {
      var r = n.next, s = (n.f & xe) !== 0 || (n.f & q) !== 0;
      $t(n, s ? t : !1), n = r;
    }
    var i = e.nodes && e.nodes.t;
    if (i !== null)
      for (const f of i)
        (f.is_global || t) && f.in();
  }
}
function rr(e, t) {
  if (e.nodes)
    for (var n = e.nodes.start, r = e.nodes.end; n !== null; ) {
      var s = n === r ? null : /* @__PURE__ */ qe(n);
      t.append(n), n = s;
    }
}
let Z = !1;
function dt(e) {
  Z = e;
}
let v = null, P = !1;
function O(e) {
  v = e;
}
let g = null;
function B(e) {
  g = e;
}
let H = null;
function Kt(e) {
  v !== null && ((v.f & Fe) !== 0 || (v.f & x) !== 0) && (H ??= /* @__PURE__ */ new Set()).add(e);
}
let S = null, A = 0, M = null;
function sr(e) {
  M = e;
}
let Wt = 1, ne = 0, se = ne;
function vt(e) {
  se = e;
}
function Xt() {
  return ++Wt;
}
function Ce(e) {
  var t = e.f;
  if ((t & y) !== 0)
    return !0;
  if ((t & C) !== 0) {
    for (var n = (
      /** @type {Value[]} */
      e.deps
    ), r = n.length, s = 0; s < r; s++) {
      var i = n[s];
      if (Ce(
        /** @type {Derived} */
        i
      ) && Nt(
        /** @type {Derived} */
        i
      ), i.wv > e.wv)
        return !0;
    }
    (t & F) !== 0 && // During time traveling we don't want to reset the status so that
    // traversal of the graph in the other batches still happens
    D === null && w(e, E);
  }
  return !1;
}
function Zt(e, t, n = !0) {
  var r = e.reactions;
  if (r !== null && !(H !== null && H.has(e)))
    for (var s = 0; s < r.length; s++) {
      var i = r[s];
      (i.f & x) !== 0 ? Zt(
        /** @type {Derived} */
        i,
        t,
        !1
      ) : t === i && (n ? w(i, y) : (i.f & E) !== 0 && w(i, C), it(
        /** @type {Effect} */
        i
      ));
    }
}
function Jt(e) {
  var t = S, n = A, r = M, s = v, i = H, f = T, l = P, a = se, u = e.f;
  S = /** @type {null | Value[]} */
  null, A = 0, M = null, v = (u & (q | W)) === 0 ? e : null, H = null, oe(e.ctx), P = !1, se = ++ne, e.ac !== null && (de(() => {
    e.ac.abort(Se);
  }), e.ac = null);
  try {
    e.f |= Fe;
    var h = (
      /** @type {Function} */
      e.fn
    ), o = h();
    e.f |= he;
    var _ = pt(e);
    if (Ct() && M !== null && !P && _ !== null && (e.f & (x | C | y)) === 0)
      for (var c = 0; c < /** @type {Source[]} */
      M.length; c++)
        Zt(
          M[c],
          /** @type {Effect} */
          e
        );
    if (s !== null && s !== e) {
      if (ne++, s.deps !== null)
        for (let d = 0; d < n; d += 1)
          s.deps[d].rv = ne;
      if (t !== null)
        for (const d of t)
          d.rv = ne;
      M !== null && (r === null ? r = M : r.push(.../** @type {Source[]} */
      M));
    }
    return (e.f & K) !== 0 && (e.f ^= K), o;
  } catch (d) {
    return pt(e), Kn(d);
  } finally {
    e.f ^= Fe, S = t, A = n, M = r, v = s, H = i, oe(f), P = l, se = a;
  }
}
function pt(e) {
  var t = e.deps, n = p?.is_fork;
  if (S !== null) {
    var r;
    if (n || ke(e, A), t !== null && A > 0)
      for (t.length = A + S.length, r = 0; r < S.length; r++)
        t[A + r] = S[r];
    else
      e.deps = t = S;
    if (ft() && (e.f & F) !== 0)
      for (r = A; r < t.length; r++)
        (t[r].reactions ??= []).push(e);
  } else !n && t !== null && A < t.length && (ke(e, A), t.length = A);
  return t;
}
function ir(e, t) {
  let n = t.reactions;
  if (n !== null) {
    var r = sn.call(n, e);
    if (r !== -1) {
      var s = n.length - 1;
      s === 0 ? n = t.reactions = null : (n[r] = n[s], n.pop());
    }
  }
  if (n === null && (t.f & x) !== 0 && // Destroying a child effect while updating a parent effect can cause a dependency to appear
  // to be unused, when in fact it is used by the currently-updating parent. Checking `new_deps`
  // allows us to skip the expensive work of disconnecting and immediately reconnecting it
  (S === null || !Te.call(S, t))) {
    var i = (
      /** @type {Derived} */
      t
    );
    (i.f & F) !== 0 && (i.f ^= F), i.v !== m && tt(i), i.ac !== null && de(() => {
      i.ac.abort(Se), i.ac = null, w(i, y);
    }), Bn(i), ke(i, 0);
  }
}
function ke(e, t) {
  var n = e.deps;
  if (n !== null)
    for (var r = t; r < n.length; r++)
      ir(e, n[r]);
}
function ce(e) {
  var t = e.f;
  if ((t & k) === 0) {
    w(e, E);
    var n = g;
    g = e;
    try {
      (t & (N | bt)) !== 0 ? tr(e) : at(e), Ut(e);
      var r = Jt(e);
      e.teardown = typeof r == "function" ? r : null, e.wv = Wt;
      var s;
      yt && Rn && (e.f & y) !== 0 && e.deps;
    } finally {
      g = n;
    }
  }
}
async function zr() {
  await Promise.resolve(), Vn();
}
function re(e) {
  var t = e.f, n = (t & x) !== 0;
  if (v !== null && !P) {
    var r = g !== null && (g.f & k) !== 0;
    if (!r && (H === null || !H.has(e))) {
      var s = v.deps;
      if ((v.f & Fe) !== 0)
        e.rv < ne && (e.rv = ne, S === null && s !== null && s[A] === e ? A++ : S === null ? S = [e] : S.push(e));
      else {
        v.deps ??= [], Te.call(v.deps, e) || v.deps.push(e);
        var i = e.reactions;
        i === null ? e.reactions = [v] : Te.call(i, v) || i.push(v);
      }
    }
  }
  if (Z && L.has(e))
    return L.get(e);
  if (n) {
    var f = (
      /** @type {Derived} */
      e
    );
    if (Z) {
      var l = f.v;
      return ((f.f & E) === 0 && f.reactions !== null || en(f)) && (l = rt(f)), L.set(f, l), l;
    }
    var a = (f.f & F) === 0 && !P && v !== null && (v.f & F) !== 0, u = (f.f & he) === 0;
    Ce(f) && (a && (f.f |= F), Nt(f)), a && !u && (Dt(f), Qt(f));
  }
  if (D?.has(e))
    return D.get(e);
  if ((e.f & K) !== 0)
    throw e.v;
  return e.v;
}
function Qt(e) {
  if (e.f |= F, e.deps !== null)
    for (const n of e.deps) {
      var t = n.reactions;
      t === null ? n.reactions = [e] : Te.call(t, e) || t.push(e), (n.f & x) !== 0 && (n.f & F) === 0 && (Dt(
        /** @type {Derived} */
        n
      ), Qt(
        /** @type {Derived} */
        n
      ));
    }
}
function en(e) {
  if (e.v === m) return !0;
  if (e.deps === null) return !1;
  for (const t of e.deps)
    if (L.has(t) || (t.f & x) !== 0 && en(
      /** @type {Derived} */
      t
    ))
      return !0;
  return !1;
}
function lr(e) {
  var t = P;
  try {
    return P = !0, e();
  } finally {
    P = t;
  }
}
function $r(e) {
  if (!(typeof e != "object" || !e || e instanceof EventTarget)) {
    if (we in e)
      Xe(e);
    else if (!Array.isArray(e))
      for (let t in e) {
        const n = e[t];
        typeof n == "object" && n && we in n && Xe(n);
      }
  }
}
function Xe(e, t = /* @__PURE__ */ new Set()) {
  if (typeof e == "object" && e !== null && // We don't want to traverse DOM elements
  !(e instanceof EventTarget) && !t.has(e)) {
    t.add(e), e instanceof Date && e.getTime();
    for (let r in e)
      try {
        Xe(e[r], t);
      } catch {
      }
    const n = mt(e);
    if (n !== Object.prototype && n !== Array.prototype && n !== Map.prototype && n !== Set.prototype && n !== Date.prototype) {
      const r = fn(n);
      for (let s in r) {
        const i = r[s].get;
        if (i)
          try {
            i.call(e);
          } catch {
          }
      }
    }
  }
}
const ge = /* @__PURE__ */ Symbol("events"), tn = /* @__PURE__ */ new Set(), Ze = /* @__PURE__ */ new Set();
function fr(e, t, n, r = {}) {
  function s(i) {
    if (r.capture || Je.call(t, i), !i.cancelBubble)
      return de(() => n?.call(this, i));
  }
  return e.startsWith("pointer") || e.startsWith("touch") || e === "wheel" ? (s.__removed = !1, $(() => {
    s.__removed || t.addEventListener(e, s, r);
  })) : t.addEventListener(e, s, r), s;
}
function Kr(e, t, n, r, s) {
  var i = { capture: r, passive: s }, f = fr(e, t, n, i);
  (t === document.body || // @ts-ignore
  t === window || // @ts-ignore
  t === document || // Firefox has quirky behavior, it can happen that we still get "canplay" events when the element is already removed
  t instanceof HTMLMediaElement) && Yt(() => {
    f.__removed = !0, t.removeEventListener(e, f, i);
  });
}
function Wr(e, t, n) {
  (t[ge] ??= {})[e] = n;
}
function Xr(e) {
  for (var t = 0; t < e.length; t++)
    tn.add(e[t]);
  for (var n of Ze)
    n(e);
}
let Ue = null, Ge = !1;
function Je(e) {
  var t = this, n = (
    /** @type {Node} */
    t.ownerDocument
  ), r = e.type, s = e.composedPath?.() || [], i = (
    /** @type {null | Element} */
    s[0] || e.target
  );
  Ue = e, Ge || (Ge = !0, setTimeout(() => {
    Ge = !1, Ue = null;
  }));
  var f = 0, l = Ue === e && e[ge];
  if (l) {
    var a = s.indexOf(l);
    if (a !== -1 && (t === document || t === /** @type {any} */
    window)) {
      e[ge] = t;
      return;
    }
    var u = s.indexOf(t);
    if (u === -1)
      return;
    a <= u && (f = a);
  }
  if (i = /** @type {Element} */
  s[f] || e.target, i !== t) {
    wt(e, "currentTarget", {
      configurable: !0,
      get() {
        return i || n;
      }
    });
    var h = v, o = g;
    O(null), B(null);
    try {
      for (var _, c = []; i !== null && i !== t; ) {
        try {
          var d = i[ge]?.[r];
          d != null && (!/** @type {any} */
          i.disabled || // DOM could've been updated already by the time this is reached, so we check this as well
          // -> the target could not have been disabled because it emits the event in the first place
          e.target === i) && d.call(i, e);
        } catch (b) {
          _ ? c.push(b) : _ = b;
        }
        if (e.cancelBubble) break;
        f++, i = f < s.length ? (
          /** @type {Element} */
          s[f]
        ) : null;
      }
      if (_) {
        for (let b of c)
          queueMicrotask(() => {
            throw b;
          });
        throw _;
      }
    } finally {
      e[ge] = t, delete e.currentTarget, O(h), B(o);
    }
  }
}
const ar = ["touchstart", "touchmove"];
function ur(e) {
  return ar.includes(e);
}
function or(e) {
  let t = 0, n = Ae(0), r;
  return () => {
    ft() && (re(n), Qn(() => (t === 0 && (r = lr(() => e(() => be(n)))), t += 1, () => {
      $(() => {
        t -= 1, t === 0 && (r?.(), r = void 0, be(n));
      });
    })));
  };
}
var cr = xe | _e;
function hr(e, t, n, r) {
  new _r(e, t, n, r);
}
class _r {
  /** @type {Boundary | null} */
  parent;
  is_pending = !1;
  /**
   * API-level transformError transform function. Transforms errors before they reach the `failed` snippet.
   * Inherited from parent boundary, or defaults to identity.
   * @type {(error: unknown) => unknown}
   */
  transform_error;
  /** @type {TemplateNode} */
  #i;
  /** @type {TemplateNode | null} */
  #p = null;
  /** @type {BoundaryProps} */
  #l;
  /** @type {((anchor: Node) => void)} */
  #f;
  /** @type {Effect} */
  #t;
  /** @type {Effect | null} */
  #n = null;
  /** @type {Effect | null} */
  #r = null;
  /** @type {Effect | null} */
  #e = null;
  /** @type {DocumentFragment | null} */
  #s = null;
  #h = 0;
  #a = 0;
  #_ = !1;
  /** @type {Map<Effect, number>} */
  #g = /* @__PURE__ */ new Map();
  /**
   * A source containing the number of pending async deriveds/expressions.
   * Only created if `$effect.pending()` is used inside the boundary,
   * otherwise updating the source results in needless `Batch.ensure()`
   * calls followed by no-op flushes
   * @type {Source<number> | null}
   */
  #u = null;
  #d = or(() => (this.#u = Ae(this.#h), () => {
    this.#u = null;
  }));
  /**
   * @param {TemplateNode} node
   * @param {BoundaryProps} props
   * @param {((anchor: Node) => void)} children
   * @param {((error: unknown) => unknown) | undefined} [transform_error]
   */
  constructor(t, n, r, s) {
    this.#i = t, this.#l = n, this.#f = (i) => {
      var f = (
        /** @type {Effect} */
        g
      );
      f.b = this, f.f |= ze, r(i);
    }, this.parent = /** @type {Effect} */
    g.b, this.transform_error = s ?? this.parent?.transform_error ?? ((i) => i), this.#t = er(() => {
      this.#m();
    }, cr);
  }
  #w() {
    try {
      this.#n = J(() => this.#f(this.#i));
    } catch (t) {
      this.error(t);
    }
  }
  /**
   * @param {unknown} error The deserialized error from the server's hydration comment
   */
  #b(t) {
    const n = this.#l.failed, { reset: r, invoke_onerror: s } = this.#y(t);
    $(s), n && (this.#e = J(() => {
      n(
        this.#i,
        () => t,
        () => r
      );
    }));
  }
  /**
   * Creates the `reset` function for a failed boundary, along with a function
   * that invokes `onerror` with it (if provided)
   * @param {unknown} error
   * @returns {{ reset: () => void, invoke_onerror: () => void }}
   */
  #y(t) {
    var n = !1, r = !1;
    const s = () => {
      if (!this.#o()) {
        if (n) {
          yn();
          return;
        }
        n = !0, r && Mn(), this.#e !== null && Ne(this.#e, () => {
          this.#e = null;
        }), this.#E(() => {
          this.#m();
        });
      }
    };
    return { reset: s, invoke_onerror: () => {
      if (!this.#o())
        try {
          r = !0, this.#l.onerror?.(t, s), r = !1;
        } catch (f) {
          I(f, this.#t && this.#t.parent);
        }
    } };
  }
  #o() {
    return (this.#t.f & (k | De)) !== 0;
  }
  #v() {
    const t = this.#l.pending;
    t && (this.is_pending = !0, this.#r = J(() => t(this.#i)), $(() => {
      if (!this.#o()) {
        var n = this.#s = document.createDocumentFragment(), r = Bt(), s = !1;
        if (n.append(r), this.#n = this.#E(() => {
          try {
            return J(() => this.#f(r));
          } catch (i) {
            try {
              this.error(i), s = !0;
            } catch (f) {
              I(f, this.#t.parent);
            }
            return null;
          }
        }), this.#n === null) {
          this.#s = null, s && this.#c(
            /** @type {Batch} */
            p
          );
          return;
        }
        this.#a === 0 && (this.#i.before(n), this.#s = null, Ne(
          /** @type {Effect} */
          this.#r,
          () => {
            this.#r = null;
          }
        ), this.#c(
          /** @type {Batch} */
          p
        ));
      }
    }));
  }
  #m() {
    try {
      if (this.is_pending = this.has_pending_snippet(), this.#a = 0, this.#h = 0, this.#n = J(() => {
        this.#f(this.#i);
      }), this.#a > 0) {
        var t = this.#s = document.createDocumentFragment();
        rr(this.#n, t);
        const n = (
          /** @type {(anchor: Node) => void} */
          this.#l.pending
        );
        this.#r = J(() => n(this.#i));
      } else
        this.#c(
          /** @type {Batch} */
          p
        );
    } catch (n) {
      this.error(n);
    }
  }
  /**
   * @param {Batch} batch
   */
  #c(t) {
    this.is_pending = !1, t.transfer_reactions(this.#g);
  }
  /**
   * Defer an effect inside a pending boundary until the boundary resolves
   * @param {Effect} effect
   */
  defer_effect(t) {
    Rt(t, this.#g);
  }
  /**
   * Returns `false` if the effect exists inside a boundary whose pending snippet is shown
   * @returns {boolean}
   */
  is_rendered() {
    return !this.is_pending && (!this.parent || this.parent.is_rendered());
  }
  has_pending_snippet() {
    return !!this.#l.pending;
  }
  /**
   * @template T
   * @param {() => T} fn
   */
  #E(t) {
    var n = g, r = v, s = T;
    B(this.#t), O(this.#t), oe(this.#t.ctx);
    try {
      return X.ensure(), t();
    } finally {
      B(n), O(r), oe(s);
    }
  }
  /**
   * Updates the pending count associated with the currently visible pending snippet,
   * if any, such that we can replace the snippet with content once work is done
   * @param {1 | -1} d
   * @param {Batch} batch
   */
  #T(t, n) {
    if (!this.has_pending_snippet()) {
      this.parent && this.parent.#T(t, n);
      return;
    }
    this.#a += t, this.#a === 0 && (this.#c(n), this.#r && Ne(this.#r, () => {
      this.#r = null;
    }), this.#s && (this.#i.before(this.#s), this.#s = null));
  }
  /**
   * Update the source that powers `$effect.pending()` inside this boundary,
   * and controls when the current `pending` snippet (if any) is removed.
   * Do not call from inside the class
   * @param {1 | -1} d
   * @param {Batch} batch
   */
  update_pending_count(t, n) {
    this.#T(t, n), this.#h += t, !(!this.#u || this.#_) && (this.#_ = !0, $(() => {
      this.#_ = !1, this.#u && je(this.#u, this.#h);
    }));
  }
  get_effect_pending() {
    return this.#d(), re(
      /** @type {Source<number>} */
      this.#u
    );
  }
  /** @param {unknown} error */
  error(t) {
    if (t === gt || !this.#l.onerror && !this.#l.failed)
      throw t;
    p?.is_fork ? (this.#n && p.skip_effect(this.#n), this.#r && p.skip_effect(this.#r), this.#e && p.skip_effect(this.#e), p.oncommit(() => {
      this.#o() || this.#x(t);
    })) : this.#x(t);
  }
  /**
   * @param {unknown} error
   */
  #x(t) {
    this.#n && (j(this.#n), this.#n = null), this.#r && (j(this.#r), this.#r = null), this.#e && (j(this.#e), this.#e = null);
    let n = this.#l.failed;
    const r = (s) => {
      if (this.#o()) return;
      const { reset: i, invoke_onerror: f } = this.#y(s);
      f(), n && !this.#o() && (this.#e = this.#E(() => {
        try {
          return J(() => {
            var l = (
              /** @type {Effect} */
              g
            );
            l.b = this, l.f |= ze, n(
              this.#i,
              () => s,
              () => i
            );
          });
        } catch (l) {
          return I(
            l,
            /** @type {Effect} */
            this.#t.parent
          ), null;
        }
      }));
    };
    $(() => {
      if (!this.#o()) {
        var s;
        try {
          s = this.transform_error(t);
        } catch (i) {
          I(i, this.#t && this.#t.parent);
          return;
        }
        s !== null && typeof s == "object" && typeof /** @type {any} */
        s.then == "function" ? s.then(
          r,
          /** @param {unknown} e */
          (i) => I(i, this.#t && this.#t.parent)
        ) : r(s);
      }
    });
  }
}
function Zr(e, t) {
  var n = t == null ? "" : typeof t == "object" ? `${t}` : t;
  n !== /** @type {any} */
  (e[$e] ??= e.nodeValue) && (e[$e] = n, e.nodeValue = `${n}`);
}
function Jr(e, t) {
  return dr(e, t);
}
const Me = /* @__PURE__ */ new Map();
function dr(e, { target: t, anchor: n, props: r = {}, events: s, context: i, intro: f = !0, transformError: l }) {
  $n();
  var a = void 0, u = Zn(() => {
    var h = n ?? t.appendChild(Bt());
    hr(
      /** @type {TemplateNode} */
      h,
      {
        pending: () => {
        }
      },
      (c) => {
        Nn({});
        var d = (
          /** @type {ComponentContext} */
          T
        );
        i && (d.c = i), s && (r.$$events = s), a = e(c, r) || At(), Dn();
      },
      l
    );
    var o = /* @__PURE__ */ new Set(), _ = (c) => {
      for (var d = 0; d < c.length; d++) {
        var b = c[d];
        if (!o.has(b)) {
          o.add(b);
          var G = ur(b);
          for (const Be of [t, document]) {
            var Y = Me.get(Be);
            Y === void 0 && (Y = /* @__PURE__ */ new Map(), Me.set(Be, Y));
            var ie = Y.get(b);
            ie === void 0 ? (Be.addEventListener(b, Je, { passive: G }), Y.set(b, 1)) : Y.set(b, ie + 1);
          }
        }
      }
    };
    return _(ln(tn)), Ze.add(_), () => {
      for (var c of o)
        for (const G of [t, document]) {
          var d = (
            /** @type {Map<string, number>} */
            Me.get(G)
          ), b = (
            /** @type {number} */
            d.get(c)
          );
          --b == 0 ? (G.removeEventListener(c, Je), d.delete(c), d.size === 0 && Me.delete(G)) : d.set(c, b);
        }
      Ze.delete(_), h !== n && h.parentNode?.removeChild(h);
    };
  });
  return Qe.set(a, u), a;
}
let Qe = /* @__PURE__ */ new WeakMap();
function Qr(e, t) {
  const n = Qe.get(e);
  return n ? (Qe.delete(e), n(t)) : Promise.resolve();
}
export {
  Or as $,
  ln as A,
  xr as B,
  q as C,
  k as D,
  xe as E,
  Hr as F,
  $ as G,
  qe as H,
  R as I,
  gr as J,
  yr as K,
  Ur as L,
  nr as M,
  br as N,
  Tr as O,
  Vr as P,
  lr as Q,
  Qn as R,
  $r as S,
  mr as T,
  wn as U,
  vn as V,
  kr as W,
  dn as X,
  nn as Y,
  fn as Z,
  Ar as _,
  lt as a,
  zr as a0,
  T as a1,
  At as a2,
  De as a3,
  we as a4,
  on as a5,
  ft as a6,
  or as a7,
  z as a8,
  pe as a9,
  Q as aa,
  Yr as ab,
  Xr as ac,
  Nn as ad,
  Mr as ae,
  Ir as af,
  Dn as ag,
  Nr as ah,
  jr as ai,
  Zr as aj,
  Wr as ak,
  Fr as al,
  Lr as am,
  Rr as an,
  Kr as ao,
  Jr as ap,
  Qr as aq,
  zn as b,
  Br as c,
  Er as d,
  g as e,
  Bt as f,
  mt as g,
  j as h,
  rn as i,
  J as j,
  p as k,
  er as l,
  rr as m,
  re as n,
  an as o,
  Ne as p,
  je as q,
  Gr as r,
  qr as s,
  Cr as t,
  Dr as u,
  pr as v,
  Ae as w,
  vr as x,
  wr as y,
  Pr as z
};
