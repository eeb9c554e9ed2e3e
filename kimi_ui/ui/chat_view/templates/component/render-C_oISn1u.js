const hr = 1, _r = 2, dr = 4, vr = 8, pr = 16, gr = 1, yr = 2, gt = {}, E = /* @__PURE__ */ Symbol("uninitialized"), tn = "http://www.w3.org/1999/xhtml", wr = "http://www.w3.org/2000/svg", Er = "http://www.w3.org/1998/Math/MathML", yt = !1;
var nn = Array.isArray, rn = Array.prototype.indexOf, Te = Array.prototype.includes, sn = Array.from, wt = Object.defineProperty, ye = Object.getOwnPropertyDescriptor, ln = Object.getOwnPropertyDescriptors, fn = Object.prototype, an = Array.prototype, Et = Object.getPrototypeOf, ut = Object.isExtensible;
const un = () => {
};
function on(e) {
  for (var t = 0; t < e.length; t++)
    e[t]();
}
function mt() {
  var e, t, n = new Promise((r, s) => {
    e = r, t = s;
  });
  return { promise: n, resolve: e, reject: t };
}
const T = 2, ue = 4, He = 8, bt = 1 << 24, N = 16, q = 32, W = 64, ze = 128, et = 256, F = 512, m = 1024, y = 2048, C = 4096, R = 8192, k = 16384, he = 32768, De = 1 << 25, ke = 65536, Pe = 1 << 17, cn = 1 << 18, _e = 1 << 19, hn = 1 << 20, mr = 1 << 25, Fe = 1 << 21, fe = 1 << 22, K = 1 << 23, we = /* @__PURE__ */ Symbol("$state"), Tt = /* @__PURE__ */ Symbol("component"), br = /* @__PURE__ */ Symbol(""), _n = /* @__PURE__ */ Symbol("attributes"), dn = /* @__PURE__ */ Symbol("class"), vn = /* @__PURE__ */ Symbol("style"), $e = /* @__PURE__ */ Symbol("text"), Re = /* @__PURE__ */ Symbol("form reset"), Se = new class extends Error {
  name = "StaleReactionError";
  message = "The reaction that called `getAbortSignal()` was re-run or destroyed";
}(), kr = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  !!globalThis.document?.contentType && /* @__PURE__ */ globalThis.document.contentType.includes("xml")
);
function pn() {
  console.warn("https://svelte.dev/e/derived_inert");
}
function gn() {
  console.warn("https://svelte.dev/e/svelte_boundary_reset_noop");
}
function kt(e) {
  return e === this.v;
}
function yn(e, t) {
  return e != e ? t == t : e !== t || e !== null && typeof e == "object" || typeof e == "function";
}
function xt(e) {
  return !yn(e, this.v);
}
function wn() {
  throw new Error("https://svelte.dev/e/async_derived_orphan");
}
function xr(e, t, n) {
  throw new Error("https://svelte.dev/e/each_key_duplicate");
}
function En(e) {
  throw new Error("https://svelte.dev/e/effect_in_teardown");
}
function mn() {
  throw new Error("https://svelte.dev/e/effect_in_unowned_derived");
}
function bn(e) {
  throw new Error("https://svelte.dev/e/effect_orphan");
}
function Tn() {
  throw new Error("https://svelte.dev/e/effect_update_depth_exceeded");
}
function kn() {
  throw new Error("https://svelte.dev/e/state_descriptors_fixed");
}
function xn() {
  throw new Error("https://svelte.dev/e/state_prototype_fixed");
}
function Sn() {
  throw new Error("https://svelte.dev/e/state_unsafe_mutation");
}
function An() {
  throw new Error("https://svelte.dev/e/svelte_boundary_reset_onerror");
}
let Cn = !1, S = null;
function oe(e) {
  S = e;
}
function Mn(e, t = !1, n) {
  S = {
    p: S,
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
function Rn(e) {
  var t = (
    /** @type {ComponentContext} */
    S
  ), n = t.e;
  if (n !== null) {
    t.e = null;
    for (var r of n)
      Yt(r);
  }
  return t.i = !0, S = t.p, St(e);
}
function St(e = {}) {
  return wt(e, Tt, { value: !0 }), e;
}
function At() {
  return !0;
}
let te = [];
function Ct() {
  var e = te;
  te = [], on(e);
}
function $(e) {
  if (te.length === 0 && !Ee) {
    var t = te;
    queueMicrotask(() => {
      t === te && Ct();
    });
  }
  te.push(e);
}
function On() {
  for (; te.length > 0; )
    Ct();
}
const Nn = -7169;
function w(e, t) {
  e.f = e.f & Nn | t;
}
function tt(e) {
  (e.f & F) !== 0 || e.deps === null ? w(e, m) : w(e, C);
}
function Mt(e, t) {
  (e.f & y) !== 0 ? t.set(e, y) : (e.f & C) !== 0 && t.get(e) !== y && t.set(e, C), w(e, m);
}
let ot = !1;
function Dn() {
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
function Sr(e, t, n, r = n) {
  e.addEventListener(t, () => de(n));
  const s = (
    /** @type {any} */
    e[Re]
  );
  s ? e[Re] = () => {
    s(), r(!0);
  } : e[Re] = () => r(!0), Dn();
}
function Pn(e, t, n, r) {
  const s = nt;
  var i = e.filter((c) => !c.settled), f = t.map(s);
  if (n.length === 0 && i.length === 0) {
    r(f);
    return;
  }
  var l = (
    /** @type {Effect} */
    g
  ), a = Fn(), u = i.length === 1 ? i[0].promise : i.length > 1 ? Promise.all(i.map((c) => c.promise)) : null;
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
  var o = Rt();
  if (n.length === 0) {
    u.then(() => h([])).finally(o);
    return;
  }
  function _() {
    Promise.all(n.map((c) => /* @__PURE__ */ In(c))).then(h).catch((c) => I(c, l)).finally(o);
  }
  u ? u.then(() => {
    if ((l.f & k) !== 0) {
      o();
      return;
    }
    a(), _(), Ie();
  }) : _();
}
function Fn() {
  var e = (
    /** @type {Effect} */
    g
  ), t = v, n = S, r = (
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
function Rt() {
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
  var t = T | y;
  return g !== null && (g.f |= _e), {
    ctx: S,
    deps: null,
    effects: null,
    equals: kt,
    f: t,
    fn: e,
    reactions: null,
    rv: 0,
    v: (
      /** @type {V} */
      E
    ),
    wv: 0,
    parent: g,
    ac: null
  };
}
const ve = /* @__PURE__ */ Symbol("obsolete");
// @__NO_SIDE_EFFECTS__
function In(e, t, n) {
  let r = (
    /** @type {Effect | null} */
    g
  );
  r === null && wn();
  var s = (
    /** @type {Promise<V>} */
    /** @type {unknown} */
    void 0
  ), i = Ae(
    /** @type {V} */
    E
  ), f = !v, l = /* @__PURE__ */ new Set();
  return Wn(() => {
    var a = (
      /** @type {Effect} */
      g
    ), u = mt();
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
        var o = Rt();
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
  }), Bt(() => {
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
function Ar(e) {
  const t = /* @__PURE__ */ nt(e);
  return $t(t), t;
}
// @__NO_SIDE_EFFECTS__
function Cr(e) {
  const t = /* @__PURE__ */ nt(e);
  return t.equals = xt, t;
}
function Ln(e) {
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
  if (!Z && r !== null && e.v !== E && // if it was never evaluated before, it's guaranteed to fail downstream, so we try to execute instead
  (r.f & (k | R)) !== 0)
    return pn(), e.v;
  B(r);
  try {
    Ln(e), t = Zt(e);
  } finally {
    B(n);
  }
  return t;
}
function Ot(e) {
  var t = rt(e);
  if (!e.equals(t) && (e.wv = Wt(), (!p?.is_fork || e.deps === null) && (p !== null ? (p.capture(e, t, !0), ae?.capture(e, t, !0)) : e.v = t, e.deps === null))) {
    w(e, m);
    return;
  }
  Z || (D !== null ? (ft() || p?.is_fork) && D.set(e, t) : tt(e));
}
function jn(e) {
  if (e.effects !== null)
    for (const t of e.effects)
      (t.teardown || t.ac) && (t.teardown?.(), t.ac !== null && de(() => {
        t.ac.abort(Se), t.ac = null;
      }), t.fn !== null && (t.teardown = un), xe(t, 0), at(t));
}
function Nt(e) {
  if (e.effects !== null)
    for (const t of e.effects)
      t.teardown && t.fn !== null && ce(t);
}
let Ye = null, le = null, p = null, ae = null, D = null, Ke = null, Ee = !1, Ve = !1, me = null, Oe = null;
var ct = 0;
let Hn = 1;
class X {
  id = Hn++;
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
            if ((s & m) === 0) {
              r = !0;
              break;
            }
            n.f ^= m;
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
    for (var t = me = [], n = [], r = Oe = []; this.#n.length > 0; ) {
      ct++ > 1e3 && (this.#c(), Bn());
      for (const l of this.#u())
        try {
          this.#w(l, t, n);
        } catch (a) {
          throw Ft(l), this.#_() || this.discard(), a;
        }
    }
    if (p = null, r.length > 0) {
      var s = X.ensure();
      for (const l of r)
        s.schedule(l);
    }
    if (me = null, Oe = null, this.#_()) {
      this.#v(n), this.#v(t);
      for (const [l, a] of this.#s)
        Pt(l, a);
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
    t.f ^= m;
    for (var s = t.first; s !== null; ) {
      var i = s.f, f = (i & (q | W)) !== 0, l = f && (i & m) !== 0, a = l || (i & R) !== 0 || this.#s.has(s);
      if (!a && s.fn !== null) {
        f ? s.f ^= m : (i & ue) !== 0 ? n.push(s) : Ce(s) && ((i & N) !== 0 && this.add_dirty_reaction(s, C), ce(s));
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
      if (s !== null && !((r.f & T) !== 0 && (r.f & (y | C)) === 0))
        for (const l of s) {
          var i = l.f;
          if ((i & T) !== 0)
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
      Mt(t[n], this.#e);
  }
  /**
   * Associate a change to a given source with the current
   * batch, noting its previous and current values
   * @param {Value} source
   * @param {any} value
   * @param {boolean} [is_derived]
   */
  capture(t, n, r = !1) {
    t.v !== E && !this.previous.has(t) && this.previous.set(t, t.v), (t.f & K) === 0 && (this.current.set(t, [n, r]), D?.set(t, n)), this.is_fork || (t.v = n);
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
      ct = 0, Ke = null, me = null, Oe = null, Ve = !1, p = null, D = null, L.clear();
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
  #E() {
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
            Dt(a, i, f, l);
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
    return (this.#t ??= mt()).promise;
  }
  static ensure() {
    if (p === null) {
      const t = p = new X();
      !Ve && !Ee && $(() => {
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
function qn(e) {
  var t = Ee, n = ae;
  ae = null, Ee = !0;
  try {
    for (var r; ; ) {
      if (On(), p === null)
        return (
          /** @type {T} */
          r
        );
      p.flush();
    }
  } finally {
    Ee = t, ae = n;
  }
}
function Bn() {
  try {
    Tn();
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
      if ((r.f & (k | R)) === 0 && Ce(r) && (V = /* @__PURE__ */ new Set(), ce(r), r.deps === null && r.first === null && r.nodes === null && r.teardown === null && r.ac === null && Ut(r), V?.size > 0)) {
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
function Dt(e, t, n, r) {
  if (!n.has(e) && (n.add(e), e.reactions !== null))
    for (const s of e.reactions) {
      const i = s.f;
      (i & T) !== 0 ? Dt(
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
      if ((s.f & T) !== 0 && st(
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
function Pt(e, t) {
  if (!((e.f & q) !== 0 && (e.f & m) !== 0)) {
    (e.f & y) !== 0 ? t.d.push(e) : (e.f & C) !== 0 && t.m.push(e), w(e, m);
    for (var n = e.first; n !== null; )
      Pt(n, t), n = n.next;
  }
}
function Ft(e) {
  w(e, m);
  for (var t = e.first; t !== null; )
    Ft(t), t = t.next;
}
let Le = /* @__PURE__ */ new Set();
const L = /* @__PURE__ */ new Map();
let It = !1;
function Ae(e, t) {
  var n = {
    f: 0,
    v: e,
    reactions: null,
    equals: kt,
    rv: 0,
    wv: 0
  };
  return n;
}
// @__NO_SIDE_EFFECTS__
function z(e, t) {
  const n = Ae(e);
  return $t(n), n;
}
// @__NO_SIDE_EFFECTS__
function Mr(e, t = !1, n = !0) {
  const r = Ae(e);
  return t || (r.equals = xt), r;
}
function Q(e, t, n = !1) {
  v !== null && // since we are untracking the function inside `$inspect.with` we need to add this check
  // to ensure we error if state is set inside an inspect effect
  (!P || (v.f & Pe) !== 0) && At() && (v.f & (T | N | fe | Pe)) !== 0 && (H === null || !H.has(e)) && Sn();
  let r = n ? pe(t) : t;
  return je(e, r, Oe);
}
var ee = null, We = 0;
function je(e, t, n = null) {
  if (!e.equals(t)) {
    Z ? L.set(e, t) : L.has(e) || L.set(e, e.v);
    var r = X.ensure();
    if (r.capture(e, t), (e.f & T) !== 0) {
      const s = (
        /** @type {Derived} */
        e
      );
      (e.f & y) !== 0 && rt(s), D === null && tt(s);
    }
    e.wv = Wt(), ee = null, We = 0, Lt(e, y, n), ee = null, g !== null && (g.f & m) !== 0 && (g.f & (q | W)) === 0 && (M === null ? tr([e]) : M.push(e)), !r.is_fork && Le.size > 0 && !It && Yn();
  }
  return t;
}
function Yn() {
  It = !1;
  for (const e of Le) {
    (e.f & m) !== 0 && w(e, C);
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
function Lt(e, t, n) {
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
      else if ((l & T) !== 0) {
        var u = (
          /** @type {Derived} */
          f
        );
        D?.delete(u), Lt(u, C, n);
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
  const t = Et(e);
  if (t !== fn && t !== an)
    return e;
  var n = /* @__PURE__ */ new Map(), r = nn(e), s = /* @__PURE__ */ z(0), i = se, f = (l) => {
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
        (!("value" in u) || u.configurable === !1 || u.enumerable === !1 || u.writable === !1) && kn();
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
            const h = f(() => /* @__PURE__ */ z(E));
            n.set(a, h), be(s);
          }
        } else
          Q(u, E), be(s);
        return !0;
      },
      get(l, a, u) {
        if (a === we)
          return e;
        var h = n.get(a), o = a in l;
        if (h === void 0 && (!o || ye(l, a)?.writable) && (h = f(() => {
          var c = pe(o ? l[a] : E), d = /* @__PURE__ */ z(c);
          return d;
        }), n.set(a, h)), h !== void 0) {
          var _ = re(h);
          return _ === E ? void 0 : _;
        }
        return Reflect.get(l, a, u);
      },
      getOwnPropertyDescriptor(l, a) {
        this.has?.(l, a);
        var u = Reflect.getOwnPropertyDescriptor(l, a), h = n.get(a);
        if (h !== void 0) {
          var o = re(h);
          if (o === E)
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
        var u = n.get(a), h = u !== void 0 && u.v !== E || Reflect.has(l, a);
        if (u !== void 0 || (g !== null || v !== null) && (!h || ye(l, a)?.writable)) {
          u === void 0 && (u = f(() => {
            var _ = h ? pe(l[a]) : E, c = /* @__PURE__ */ z(_);
            return c;
          }), n.set(a, u));
          var o = re(u);
          if (o === E)
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
            d !== void 0 ? Q(d, E) : c in l && (d = f(() => /* @__PURE__ */ z(E)), n.set(c + "", d));
          }
        if (o === void 0)
          (!_ || ye(l, a)?.writable) && (o = f(() => /* @__PURE__ */ z(void 0)), Q(o, pe(u)), n.set(a, o));
        else {
          _ = o.v !== E;
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
          return _ === void 0 || _.v !== E;
        });
        for (var [u, h] of n)
          h.v !== E && !(u in l) && a.push(u);
        return a;
      },
      setPrototypeOf() {
        xn();
      }
    }
  );
}
var _t, Vn, jt, Ht;
function Un() {
  if (_t === void 0) {
    _t = window, Vn = /Firefox/.test(navigator.userAgent);
    var e = Element.prototype, t = Node.prototype, n = Text.prototype;
    jt = ye(t, "firstChild").get, Ht = ye(t, "nextSibling").get, ut(e) && (e[dn] = void 0, e[_n] = null, e[vn] = void 0, e.__e = void 0), ut(n) && (n[$e] = void 0);
  }
}
function qt(e = "") {
  return document.createTextNode(e);
}
// @__NO_SIDE_EFFECTS__
function lt(e) {
  return (
    /** @type {TemplateNode | null} */
    jt.call(e)
  );
}
// @__NO_SIDE_EFFECTS__
function qe(e) {
  return (
    /** @type {TemplateNode | null} */
    Ht.call(e)
  );
}
function Rr(e, t) {
  return /* @__PURE__ */ lt(e);
}
function Or(e, t = !1) {
  {
    var n = /* @__PURE__ */ lt(e);
    return n instanceof Comment && n.data === "" ? /* @__PURE__ */ qe(n) : n;
  }
}
function Nr(e, t = !1) {
  return /* @__PURE__ */ lt(e);
}
function Dr(e, t = 1, n = !1) {
  let r = e;
  for (; t--; )
    r = /** @type {TemplateNode} */
    /* @__PURE__ */ qe(r);
  return r;
}
function Pr(e) {
  e.textContent = "";
}
function Fr() {
  return !1;
}
function Ir(e, t, n) {
  return t == null || t === tn ? (
    /** @type {T extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[T] : Element} */
    n ? document.createElement(e, { is: n }) : document.createElement(e)
  ) : (
    /** @type {T extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[T] : Element} */
    n ? document.createElementNS(t, e, { is: n }) : document.createElementNS(t, e)
  );
}
function Gn(e) {
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
function zn(e) {
  g === null && (v === null && bn(), mn()), Z && En();
}
function $n(e, t) {
  var n = t.last;
  n === null ? t.last = t.first = e : (n.next = e, e.prev = n, t.last = e);
}
function U(e, t) {
  var n = g;
  n !== null && (n.f & R) !== 0 && (e |= R);
  var r = {
    ctx: S,
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
    me !== null ? me.push(r) : X.ensure().schedule(r);
  else if (t !== null) {
    try {
      ce(r);
    } catch (f) {
      throw j(r), f;
    }
    s.deps === null && s.teardown === null && s.nodes === null && s.first === s.last && // either `null`, or a singular child
    (s.f & _e) === 0 && (s = s.first, (e & N) !== 0 && (e & ke) !== 0 && s !== null && (s.f |= ke));
  }
  if (s !== null && (s.parent = n, n !== null && $n(s, n), v !== null && (v.f & T) !== 0 && (e & W) === 0)) {
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
function Bt(e) {
  const t = U(He, null);
  return w(t, m), t.teardown = e, t;
}
function Lr(e) {
  zn();
  var t = (
    /** @type {Effect} */
    g.f
  ), n = !v && (t & q) !== 0 && S !== null && !S.i;
  if (n) {
    var r = (
      /** @type {ComponentContext} */
      S
    );
    (r.e ??= []).push(e);
  } else
    return Yt(e);
}
function Yt(e) {
  return U(ue | hn, e);
}
function Kn(e) {
  X.ensure();
  const t = U(W | _e, e);
  return (n = {}) => new Promise((r) => {
    n.outro ? Ne(t, () => {
      j(t), r(void 0);
    }) : (j(t), r(void 0));
  });
}
function jr(e) {
  return U(ue, e);
}
function Wn(e) {
  return U(fe | _e, e);
}
function Xn(e, t = 0) {
  return U(He | t, e);
}
function Hr(e, t = [], n = [], r = []) {
  Pn(r, t, n, (s) => {
    U(He, () => {
      e(...s.map(re));
    });
  });
}
function Zn(e, t = 0) {
  var n = U(N | t, e);
  return n;
}
function J(e) {
  return U(q | _e, e);
}
function Vt(e) {
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
function Jn(e) {
  for (var t = e.first; t !== null; ) {
    var n = t.next;
    (t.f & q) === 0 && j(t), t = n;
  }
}
function j(e, t = !0) {
  var n = !1;
  (t || (e.f & cn) !== 0) && e.nodes !== null && e.nodes.end !== null && (Qn(
    e.nodes.start,
    /** @type {TemplateNode} */
    e.nodes.end
  ), n = !0), e.f |= De, at(e, t && !n), xe(e, 0);
  var r = e.nodes && e.nodes.t;
  if (r !== null)
    for (const i of r)
      i.stop();
  Vt(e), e.f ^= De, e.f |= k;
  var s = e.parent;
  s !== null && s.first !== null && Ut(e), e.next = e.prev = e.teardown = e.ctx = e.deps = e.fn = e.nodes = e.ac = e.b = null;
}
function Qn(e, t) {
  for (; e !== null; ) {
    var n = e === t ? null : /* @__PURE__ */ qe(e);
    e.remove(), e = n;
  }
}
function Ut(e) {
  var t = e.parent, n = e.prev, r = e.next;
  n !== null && (n.next = r), r !== null && (r.prev = n), t !== null && (t.first === e && (t.first = r), t.last === e && (t.last = n));
}
function Ne(e, t, n = !0) {
  var r = [];
  e.f |= et, Gt(e, r, !0);
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
function Gt(e, t, n) {
  if ((e.f & R) === 0) {
    e.f ^= R;
    var r = e.nodes && e.nodes.t;
    if (r !== null)
      for (const l of r)
        (l.is_global || n) && t.push(l);
    for (var s = e.first; s !== null; ) {
      var i = s.next;
      if ((s.f & W) === 0) {
        var f = (s.f & ke) !== 0 || // If this is a branch effect without a block effect parent,
        // it means the parent block effect was pruned. In that case,
        // transparency information was transferred to the branch effect.
        (s.f & q) !== 0 && (e.f & N) !== 0;
        Gt(s, t, f ? n : !1);
      }
      s = i;
    }
  }
}
function qr(e) {
  e.f &= ~et, zt(e, !0);
}
function zt(e, t) {
  if ((e.f & et) === 0 && (e.f & R) !== 0) {
    e.f ^= R, (e.f & m) === 0 && (w(e, y), X.ensure().schedule(e));
    for (var n = e.first; n !== null; ) {
      var r = n.next, s = (n.f & ke) !== 0 || (n.f & q) !== 0;
      zt(n, s ? t : !1), n = r;
    }
    var i = e.nodes && e.nodes.t;
    if (i !== null)
      for (const f of i)
        (f.is_global || t) && f.in();
  }
}
function er(e, t) {
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
function $t(e) {
  v !== null && ((v.f & Fe) !== 0 || (v.f & T) !== 0) && (H ??= /* @__PURE__ */ new Set()).add(e);
}
let x = null, A = 0, M = null;
function tr(e) {
  M = e;
}
let Kt = 1, ne = 0, se = ne;
function vt(e) {
  se = e;
}
function Wt() {
  return ++Kt;
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
      ) && Ot(
        /** @type {Derived} */
        i
      ), i.wv > e.wv)
        return !0;
    }
    (t & F) !== 0 && // During time traveling we don't want to reset the status so that
    // traversal of the graph in the other batches still happens
    D === null && w(e, m);
  }
  return !1;
}
function Xt(e, t, n = !0) {
  var r = e.reactions;
  if (r !== null && !(H !== null && H.has(e)))
    for (var s = 0; s < r.length; s++) {
      var i = r[s];
      (i.f & T) !== 0 ? Xt(
        /** @type {Derived} */
        i,
        t,
        !1
      ) : t === i && (n ? w(i, y) : (i.f & m) !== 0 && w(i, C), it(
        /** @type {Effect} */
        i
      ));
    }
}
function Zt(e) {
  var t = x, n = A, r = M, s = v, i = H, f = S, l = P, a = se, u = e.f;
  x = /** @type {null | Value[]} */
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
    if (At() && M !== null && !P && _ !== null && (e.f & (T | C | y)) === 0)
      for (var c = 0; c < /** @type {Source[]} */
      M.length; c++)
        Xt(
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
    return pt(e), Gn(d);
  } finally {
    e.f ^= Fe, x = t, A = n, M = r, v = s, H = i, oe(f), P = l, se = a;
  }
}
function pt(e) {
  var t = e.deps, n = p?.is_fork;
  if (x !== null) {
    var r;
    if (n || xe(e, A), t !== null && A > 0)
      for (t.length = A + x.length, r = 0; r < x.length; r++)
        t[A + r] = x[r];
    else
      e.deps = t = x;
    if (ft() && (e.f & F) !== 0)
      for (r = A; r < t.length; r++)
        (t[r].reactions ??= []).push(e);
  } else !n && t !== null && A < t.length && (xe(e, A), t.length = A);
  return t;
}
function nr(e, t) {
  let n = t.reactions;
  if (n !== null) {
    var r = rn.call(n, e);
    if (r !== -1) {
      var s = n.length - 1;
      s === 0 ? n = t.reactions = null : (n[r] = n[s], n.pop());
    }
  }
  if (n === null && (t.f & T) !== 0 && // Destroying a child effect while updating a parent effect can cause a dependency to appear
  // to be unused, when in fact it is used by the currently-updating parent. Checking `new_deps`
  // allows us to skip the expensive work of disconnecting and immediately reconnecting it
  (x === null || !Te.call(x, t))) {
    var i = (
      /** @type {Derived} */
      t
    );
    (i.f & F) !== 0 && (i.f ^= F), i.v !== E && tt(i), i.ac !== null && de(() => {
      i.ac.abort(Se), i.ac = null, w(i, y);
    }), jn(i), xe(i, 0);
  }
}
function xe(e, t) {
  var n = e.deps;
  if (n !== null)
    for (var r = t; r < n.length; r++)
      nr(e, n[r]);
}
function ce(e) {
  var t = e.f;
  if ((t & k) === 0) {
    w(e, m);
    var n = g;
    g = e;
    try {
      (t & (N | bt)) !== 0 ? Jn(e) : at(e), Vt(e);
      var r = Zt(e);
      e.teardown = typeof r == "function" ? r : null, e.wv = Kt;
      var s;
      yt && Cn && (e.f & y) !== 0 && e.deps;
    } finally {
      g = n;
    }
  }
}
async function Br() {
  await Promise.resolve(), qn();
}
function re(e) {
  var t = e.f, n = (t & T) !== 0;
  if (v !== null && !P) {
    var r = g !== null && (g.f & k) !== 0;
    if (!r && (H === null || !H.has(e))) {
      var s = v.deps;
      if ((v.f & Fe) !== 0)
        e.rv < ne && (e.rv = ne, x === null && s !== null && s[A] === e ? A++ : x === null ? x = [e] : x.push(e));
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
      return ((f.f & m) === 0 && f.reactions !== null || Qt(f)) && (l = rt(f)), L.set(f, l), l;
    }
    var a = (f.f & F) === 0 && !P && v !== null && (v.f & F) !== 0, u = (f.f & he) === 0;
    Ce(f) && (a && (f.f |= F), Ot(f)), a && !u && (Nt(f), Jt(f));
  }
  if (D?.has(e))
    return D.get(e);
  if ((e.f & K) !== 0)
    throw e.v;
  return e.v;
}
function Jt(e) {
  if (e.f |= F, e.deps !== null)
    for (const n of e.deps) {
      var t = n.reactions;
      t === null ? n.reactions = [e] : Te.call(t, e) || t.push(e), (n.f & T) !== 0 && (n.f & F) === 0 && (Nt(
        /** @type {Derived} */
        n
      ), Jt(
        /** @type {Derived} */
        n
      ));
    }
}
function Qt(e) {
  if (e.v === E) return !0;
  if (e.deps === null) return !1;
  for (const t of e.deps)
    if (L.has(t) || (t.f & T) !== 0 && Qt(
      /** @type {Derived} */
      t
    ))
      return !0;
  return !1;
}
function rr(e) {
  var t = P;
  try {
    return P = !0, e();
  } finally {
    P = t;
  }
}
function Yr(e) {
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
    const n = Et(e);
    if (n !== Object.prototype && n !== Array.prototype && n !== Map.prototype && n !== Set.prototype && n !== Date.prototype) {
      const r = ln(n);
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
const ge = /* @__PURE__ */ Symbol("events"), en = /* @__PURE__ */ new Set(), Ze = /* @__PURE__ */ new Set();
function sr(e, t, n, r = {}) {
  function s(i) {
    if (r.capture || Je.call(t, i), !i.cancelBubble)
      return de(() => n?.call(this, i));
  }
  return e.startsWith("pointer") || e.startsWith("touch") || e === "wheel" ? (s.__removed = !1, $(() => {
    s.__removed || t.addEventListener(e, s, r);
  })) : t.addEventListener(e, s, r), s;
}
function Vr(e, t, n, r, s) {
  var i = { capture: r, passive: s }, f = sr(e, t, n, i);
  (t === document.body || // @ts-ignore
  t === window || // @ts-ignore
  t === document || // Firefox has quirky behavior, it can happen that we still get "canplay" events when the element is already removed
  t instanceof HTMLMediaElement) && Bt(() => {
    f.__removed = !0, t.removeEventListener(e, f, i);
  });
}
function Ur(e, t, n) {
  (t[ge] ??= {})[e] = n;
}
function Gr(e) {
  for (var t = 0; t < e.length; t++)
    en.add(e[t]);
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
const ir = ["touchstart", "touchmove"];
function lr(e) {
  return ir.includes(e);
}
function fr(e) {
  let t = 0, n = Ae(0), r;
  return () => {
    ft() && (re(n), Xn(() => (t === 0 && (r = rr(() => e(() => be(n)))), t += 1, () => {
      $(() => {
        t -= 1, t === 0 && (r?.(), r = void 0, be(n));
      });
    })));
  };
}
var ar = ke | _e;
function ur(e, t, n, r) {
  new or(e, t, n, r);
}
class or {
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
  #d = fr(() => (this.#u = Ae(this.#h), () => {
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
    g.b, this.transform_error = s ?? this.parent?.transform_error ?? ((i) => i), this.#t = Zn(() => {
      this.#E();
    }, ar);
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
          gn();
          return;
        }
        n = !0, r && An(), this.#e !== null && Ne(this.#e, () => {
          this.#e = null;
        }), this.#m(() => {
          this.#E();
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
        var n = this.#s = document.createDocumentFragment(), r = qt(), s = !1;
        if (n.append(r), this.#n = this.#m(() => {
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
  #E() {
    try {
      if (this.is_pending = this.has_pending_snippet(), this.#a = 0, this.#h = 0, this.#n = J(() => {
        this.#f(this.#i);
      }), this.#a > 0) {
        var t = this.#s = document.createDocumentFragment();
        er(this.#n, t);
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
    Mt(t, this.#g);
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
  #m(t) {
    var n = g, r = v, s = S;
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
      this.#o() || this.#k(t);
    })) : this.#k(t);
  }
  /**
   * @param {unknown} error
   */
  #k(t) {
    this.#n && (j(this.#n), this.#n = null), this.#r && (j(this.#r), this.#r = null), this.#e && (j(this.#e), this.#e = null);
    let n = this.#l.failed;
    const r = (s) => {
      if (this.#o()) return;
      const { reset: i, invoke_onerror: f } = this.#y(s);
      f(), n && !this.#o() && (this.#e = this.#m(() => {
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
function zr(e, t) {
  var n = t == null ? "" : typeof t == "object" ? `${t}` : t;
  n !== /** @type {any} */
  (e[$e] ??= e.nodeValue) && (e[$e] = n, e.nodeValue = `${n}`);
}
function $r(e, t) {
  return cr(e, t);
}
const Me = /* @__PURE__ */ new Map();
function cr(e, { target: t, anchor: n, props: r = {}, events: s, context: i, intro: f = !0, transformError: l }) {
  Un();
  var a = void 0, u = Kn(() => {
    var h = n ?? t.appendChild(qt());
    ur(
      /** @type {TemplateNode} */
      h,
      {
        pending: () => {
        }
      },
      (c) => {
        Mn({});
        var d = (
          /** @type {ComponentContext} */
          S
        );
        i && (d.c = i), s && (r.$$events = s), a = e(c, r) || St(), Rn();
      },
      l
    );
    var o = /* @__PURE__ */ new Set(), _ = (c) => {
      for (var d = 0; d < c.length; d++) {
        var b = c[d];
        if (!o.has(b)) {
          o.add(b);
          var G = lr(b);
          for (const Be of [t, document]) {
            var Y = Me.get(Be);
            Y === void 0 && (Y = /* @__PURE__ */ new Map(), Me.set(Be, Y));
            var ie = Y.get(b);
            ie === void 0 ? (Be.addEventListener(b, Je, { passive: G }), Y.set(b, 1)) : Y.set(b, ie + 1);
          }
        }
      }
    };
    return _(sn(en)), Ze.add(_), () => {
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
function Kr(e, t) {
  const n = Qe.get(e);
  return n ? (Qe.delete(e), n(t)) : Promise.resolve();
}
export {
  Sr as $,
  sn as A,
  mr as B,
  q as C,
  k as D,
  ke as E,
  Pr as F,
  $ as G,
  qe as H,
  R as I,
  dr as J,
  vr as K,
  Hr as L,
  Qn as M,
  wr as N,
  Er as O,
  jr as P,
  rr as Q,
  Xn as R,
  Yr as S,
  gr as T,
  yn as U,
  dn as V,
  br as W,
  _n as X,
  tn as Y,
  ln as Z,
  kr as _,
  lt as a,
  Br as a0,
  S as a1,
  St as a2,
  De as a3,
  we as a4,
  un as a5,
  ft as a6,
  fr as a7,
  z as a8,
  pe as a9,
  Q as aa,
  Lr as ab,
  Gr as ac,
  Mn as ad,
  Or as ae,
  Rn as af,
  Ar as ag,
  Dr as ah,
  zr as ai,
  Ur as aj,
  Rr as ak,
  Nr as al,
  Vr as am,
  $r as an,
  Kr as ao,
  Vn as b,
  Ir as c,
  yr as d,
  g as e,
  qt as f,
  Et as g,
  j as h,
  nn as i,
  J as j,
  p as k,
  Zn as l,
  er as m,
  re as n,
  fn as o,
  Ne as p,
  je as q,
  qr as r,
  Fr as s,
  xr as t,
  Cr as u,
  _r as v,
  Ae as w,
  hr as x,
  pr as y,
  Mr as z
};
