import { i as ut, g as vt, o as At, c as _t, a as le, b as Ct, T as ht, d as Mt, e as Qe, f as be, r as ze, h as Ne, p as Ze, j as Te, k as pe, m as mt, s as gt, l as pt, E as Lt, n, q as rt, t as Rt, u as It, v as Nt, w as nt, x as Ot, y as zt, z as Ht, A as $e, B as de, D as qt, I as Be, C as Dt, F as Ft, G as Bt, H as Gt, J as bt, K as Pt, L as O, M as Ut, N as Vt, O as Wt, P as kt, Q as ye, R as et, S as Kt, U as Yt, V as it, W as jt, X as Jt, Y as Xt, Z as Qt, _ as Zt, $ as $t, a0 as yt, a1 as ea, a2 as ta, a3 as aa, a4 as ra, a5 as na, a6 as ia, a7 as sa, a8 as ne, a9 as st, aa as K, ab as _e, ac as Ce, ad as Me, ae as qe, af as ue, ag as Le, ah as ce, ai as N, aj as q, ak as Z, al as F, am as D, an as oa, ao as Ge } from "./render-CI0bvj47.js";
const la = [];
function ca(t, e = !1, i = !1) {
  return Oe(t, /* @__PURE__ */ new Map(), "", la, null, i);
}
function Oe(t, e, i, a, r = null, s = !1) {
  if (typeof t == "object" && t !== null) {
    var o = e.get(t);
    if (o !== void 0) return o;
    if (t instanceof Map) return (
      /** @type {Snapshot<T>} */
      new Map(t)
    );
    if (t instanceof Set) return (
      /** @type {Snapshot<T>} */
      new Set(t)
    );
    if (ut(t)) {
      var c = (
        /** @type {Snapshot<any>} */
        Array(t.length)
      );
      e.set(t, c), r !== null && e.set(r, c);
      for (var l = 0; l < t.length; l += 1) {
        var d = t[l];
        l in t && (c[l] = Oe(d, e, i, a, null, s));
      }
      return c;
    }
    if (vt(t) === At) {
      c = {}, e.set(t, c), r !== null && e.set(r, c);
      for (var u of Object.keys(t))
        c[u] = Oe(
          // @ts-expect-error
          t[u],
          e,
          i,
          a,
          null,
          s
        );
      return c;
    }
    if (t instanceof Date)
      return t.getTime(), /** @type {Snapshot<T>} */
      structuredClone(t);
    if (typeof /** @type {T & { toJSON?: any } } */
    t.toJSON == "function" && !s)
      return Oe(
        /** @type {T & { toJSON(): any } } */
        t.toJSON(),
        e,
        i,
        a,
        // Associate the instance with the toJSON clone
        t
      );
  }
  if (t instanceof EventTarget)
    return (
      /** @type {Snapshot<T>} */
      t
    );
  try {
    return (
      /** @type {Snapshot<T>} */
      structuredClone(t)
    );
  } catch {
    return (
      /** @type {Snapshot<T>} */
      t
    );
  }
}
const fa = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", {
    /** @param {string} html */
    createHTML: (t) => t
  })
);
function da(t) {
  return (
    /** @type {string} */
    fa?.createHTML(t) ?? t
  );
}
function wt(t) {
  var e = _t("template");
  return e.innerHTML = da(t.replaceAll("<!>", "<!---->")), e.content;
}
function ge(t, e) {
  var i = (
    /** @type {Effect} */
    Qe
  );
  i.nodes === null && (i.nodes = { start: t, end: e, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function L(t, e) {
  var i = (e & ht) !== 0, a = (e & Mt) !== 0, r, s = !t.startsWith("<!>");
  return () => {
    r === void 0 && (r = wt(s ? t : "<!>" + t), i || (r = /** @type {TemplateNode} */
    le(r)));
    var o = (
      /** @type {TemplateNode} */
      a || Ct ? document.importNode(r, !0) : r.cloneNode(!0)
    );
    if (i) {
      var c = (
        /** @type {TemplateNode} */
        le(o)
      ), l = (
        /** @type {TemplateNode} */
        o.lastChild
      );
      ge(c, l);
    } else
      ge(o, o);
    return o;
  };
}
// @__NO_SIDE_EFFECTS__
function ua(t, e, i = "svg") {
  var a = !t.startsWith("<!>"), r = (e & ht) !== 0, s = `<${i}>${a ? t : "<!>" + t}</${i}>`, o;
  return () => {
    if (!o) {
      var c = (
        /** @type {DocumentFragment} */
        wt(s)
      ), l = (
        /** @type {Element} */
        le(c)
      );
      if (r)
        for (o = document.createDocumentFragment(); le(l); )
          o.appendChild(
            /** @type {TemplateNode} */
            le(l)
          );
      else
        o = /** @type {Element} */
        le(l);
    }
    var d = (
      /** @type {TemplateNode} */
      o.cloneNode(!0)
    );
    if (r) {
      var u = (
        /** @type {TemplateNode} */
        le(d)
      ), w = (
        /** @type {TemplateNode} */
        d.lastChild
      );
      ge(u, w);
    } else
      ge(d, d);
    return d;
  };
}
// @__NO_SIDE_EFFECTS__
function Re(t, e) {
  return /* @__PURE__ */ ua(t, e, "svg");
}
function va(t = "") {
  {
    var e = be(t + "");
    return ge(e, e), e;
  }
}
function De() {
  var t = document.createDocumentFragment(), e = document.createComment(""), i = be();
  return t.append(e, i), ge(e, i), t;
}
function y(t, e) {
  t !== null && t.before(
    /** @type {Node} */
    e
  );
}
class _a {
  /** @type {TemplateNode} */
  anchor;
  /** @type {Map<Batch, Key>} */
  #t = /* @__PURE__ */ new Map();
  /**
   * Map of keys to effects that are currently rendered in the DOM.
   * These effects are visible and actively part of the document tree.
   * Example:
   * ```
   * {#if condition}
   * 	foo
   * {:else}
   * 	bar
   * {/if}
   * ```
   * Can result in the entries `true->Effect` and `false->Effect`
   * @type {Map<Key, Effect>}
   */
  #a = /* @__PURE__ */ new Map();
  /**
   * Similar to #onscreen with respect to the keys, but contains branches that are not yet
   * in the DOM, because their insertion is deferred.
   * @type {Map<Key, Branch>}
   */
  #e = /* @__PURE__ */ new Map();
  /**
   * Keys of effects that are currently outroing
   * @type {Set<Key>}
   */
  #r = /* @__PURE__ */ new Set();
  /**
   * Whether to pause (i.e. outro) on change, or destroy immediately.
   * This is necessary for `<svelte:element>`
   */
  #n = !0;
  /**
   * @param {TemplateNode} anchor
   * @param {boolean} transition
   */
  constructor(e, i = !0) {
    this.anchor = e, this.#n = i;
  }
  /**
   * @param {Batch} batch
   */
  #i = (e) => {
    if (this.#t.has(e)) {
      var i = (
        /** @type {Key} */
        this.#t.get(e)
      ), a = this.#a.get(i);
      if (a)
        ze(a), this.#r.delete(i);
      else {
        var r = this.#e.get(i);
        r && (ze(r.effect), this.#a.set(i, r.effect), this.#e.delete(i), r.fragment.lastChild.remove(), this.anchor.before(r.fragment), a = r.effect);
      }
      for (const [s, o] of this.#t) {
        if (this.#t.delete(s), s === e)
          break;
        const c = this.#e.get(o);
        c && (Ne(c.effect), this.#e.delete(o));
      }
      for (const [s, o] of this.#a) {
        if (s === i || this.#r.has(s)) continue;
        const c = () => {
          if (Array.from(this.#t.values()).includes(s)) {
            var d = document.createDocumentFragment();
            mt(o, d), d.append(be()), this.#e.set(s, { effect: o, fragment: d });
          } else
            Ne(o);
          this.#r.delete(s), this.#a.delete(s);
        };
        this.#n || !a ? (this.#r.add(s), Ze(o, c, !1)) : c();
      }
    }
  };
  /**
   * @param {Batch} batch
   */
  #s = (e) => {
    this.#t.delete(e);
    const i = Array.from(this.#t.values());
    for (const [a, r] of this.#e)
      i.includes(a) || (Ne(r.effect), this.#e.delete(a));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(e, i) {
    var a = (
      /** @type {Batch} */
      pe
    ), r = gt();
    if (i && !this.#a.has(e) && !this.#e.has(e))
      if (r) {
        var s = document.createDocumentFragment(), o = be();
        s.append(o), this.#e.set(e, {
          effect: Te(() => i(o)),
          fragment: s
        });
      } else
        this.#a.set(
          e,
          Te(() => i(this.anchor))
        );
    if (this.#t.set(a, e), r) {
      for (const [c, l] of this.#a)
        c === e ? a.unskip_effect(l) : a.skip_effect(l);
      for (const [c, l] of this.#e)
        c === e ? a.unskip_effect(l.effect) : a.skip_effect(l.effect);
      a.oncommit(this.#i), a.ondiscard(this.#s);
    } else
      this.#i(a);
  }
}
function W(t, e, i = !1) {
  var a = new _a(t), r = i ? Lt : 0;
  function s(o, c) {
    a.ensure(o, c);
  }
  pt(() => {
    var o = !1;
    e((c, l = 0) => {
      o = !0, s(l, c);
    }), o || s(-1, null);
  }, r);
}
function Ye(t, e) {
  return e;
}
function ha(t, e, i) {
  for (var a = [], r = e.length, s, o = e.length, c = 0; c < r; c++) {
    let w = e[c];
    Ze(
      w,
      () => {
        if (s) {
          if (s.pending.delete(w), s.done.add(w), s.pending.size === 0) {
            var A = (
              /** @type {Set<EachOutroGroup>} */
              t.outrogroups
            );
            je(t, $e(s.done)), A.delete(s), A.size === 0 && (t.outrogroups = null);
          }
        } else
          o -= 1;
      },
      !1
    );
  }
  if (o === 0) {
    var l = a.length === 0 && i !== null && t.pending.size === 0;
    if (l) {
      var d = (
        /** @type {Element} */
        i
      ), u = (
        /** @type {Element} */
        d.parentNode
      );
      Ft(u), u.append(d), t.items.clear();
    }
    je(t, e, !l);
  } else
    s = {
      pending: new Set(e),
      done: /* @__PURE__ */ new Set()
    }, (t.outrogroups ??= /* @__PURE__ */ new Set()).add(s);
}
function je(t, e, i = !0) {
  var a;
  if (t.pending.size > 0) {
    a = /* @__PURE__ */ new Set();
    for (const o of t.pending.values())
      for (const c of o)
        a.add(
          /** @type {EachItem} */
          t.items.get(c).e
        );
  }
  for (var r = 0; r < e.length; r++) {
    var s = e[r];
    if (a?.has(s)) {
      s.f |= de;
      const o = document.createDocumentFragment();
      mt(s, o);
    } else
      Ne(e[r], i);
  }
}
var ot;
function He(t, e, i, a, r, s = null) {
  var o = t, c = /* @__PURE__ */ new Map(), l = (e & bt) !== 0;
  if (l) {
    var d = (
      /** @type {Element} */
      t
    );
    o = d.appendChild(be());
  }
  var u = null, w = It(() => {
    var Y = i();
    return (
      /** @type {V[]} */
      ut(Y) ? Y : Y == null ? [] : $e(Y)
    );
  }), A = /* @__PURE__ */ new Map(), z = !0;
  function M(Y) {
    if ((p.effect.f & qt) === 0) {
      p.pending.delete(Y);
      var U = n(w);
      p.fallback = u, ma(p, U, o, e, a), u !== null && (U.length === 0 ? (u.f & de) === 0 ? ze(u) : (u.f ^= de, Ee(u, null, o)) : Ze(u, () => {
        u = null;
      }));
    }
  }
  function v(Y) {
    p.pending.delete(Y);
  }
  var f = pt(() => {
    for (var Y = (
      /** @type {V[]} */
      n(w)
    ), U = Y.length, R = /* @__PURE__ */ new Set(), V = (
      /** @type {Batch} */
      pe
    ), S = gt(), E = 0; E < U; E += 1) {
      var m = Y[E], _ = a(m, E), k = z ? null : c.get(_);
      k ? (k.v && rt(k.v, m), k.i && rt(k.i, E), S && V.unskip_effect(k.e)) : (k = ga(
        c,
        z ? o : ot ??= be(),
        m,
        _,
        E,
        r,
        e,
        i
      ), z || (k.e.f |= de), c.set(_, k)), R.add(_);
    }
    if (U === 0 && s && !u && (z ? u = Te(() => s(o)) : (u = Te(() => s(ot ??= be())), u.f |= de)), U > R.size && Rt(), !z)
      if (A.set(V, R), S) {
        for (const [x, b] of c)
          R.has(x) || V.skip_effect(b.e);
        V.oncommit(M), V.ondiscard(v);
      } else
        M(V);
    n(w);
  }), p = { effect: f, items: c, pending: A, outrogroups: null, fallback: u };
  z = !1;
}
function Se(t) {
  for (; t !== null && (t.f & Dt) === 0; )
    t = t.next;
  return t;
}
function ma(t, e, i, a, r) {
  var s = (a & Pt) !== 0, o = e.length, c = t.items, l = Se(t.effect.first), d, u = null, w, A = [], z = [], M, v, f, p;
  if (s)
    for (p = 0; p < o; p += 1)
      M = e[p], v = r(M, p), f = /** @type {EachItem} */
      c.get(v).e, (f.f & de) === 0 && (f.nodes?.a?.measure(), (w ??= /* @__PURE__ */ new Set()).add(f));
  for (p = 0; p < o; p += 1) {
    if (M = e[p], v = r(M, p), f = /** @type {EachItem} */
    c.get(v).e, t.outrogroups !== null)
      for (const k of t.outrogroups)
        k.pending.delete(f), k.done.delete(f);
    if ((f.f & Be) !== 0 && (ze(f), s && (f.nodes?.a?.unfix(), (w ??= /* @__PURE__ */ new Set()).delete(f))), (f.f & de) !== 0)
      if (f.f ^= de, f === l)
        Ee(f, null, i);
      else {
        var Y = u ? u.next : l;
        f === t.effect.last && (t.effect.last = f.prev), f.prev && (f.prev.next = f.next), f.next && (f.next.prev = f.prev), me(t, u, f), me(t, f, Y), Ee(f, Y, i), u = f, A = [], z = [], l = Se(u.next);
        continue;
      }
    if (f !== l) {
      if (d !== void 0 && d.has(f)) {
        if (A.length < z.length) {
          var U = z[0], R;
          u = U.prev;
          var V = A[0], S = A[A.length - 1];
          for (R = 0; R < A.length; R += 1)
            Ee(A[R], U, i);
          for (R = 0; R < z.length; R += 1)
            d.delete(z[R]);
          me(t, V.prev, S.next), me(t, u, V), me(t, S, U), l = U, u = S, p -= 1, A = [], z = [];
        } else
          d.delete(f), Ee(f, l, i), me(t, f.prev, f.next), me(t, f, u === null ? t.effect.first : u.next), me(t, u, f), u = f;
        continue;
      }
      for (A = [], z = []; l !== null && l !== f; )
        (d ??= /* @__PURE__ */ new Set()).add(l), z.push(l), l = Se(l.next);
      if (l === null)
        continue;
    }
    (f.f & de) === 0 && A.push(f), u = f, l = Se(f.next);
  }
  if (t.outrogroups !== null) {
    for (const k of t.outrogroups)
      k.pending.size === 0 && (je(t, $e(k.done)), t.outrogroups?.delete(k));
    t.outrogroups.size === 0 && (t.outrogroups = null);
  }
  if (l !== null || d !== void 0) {
    var E = [];
    if (d !== void 0)
      for (f of d)
        (f.f & Be) === 0 && E.push(f);
    for (; l !== null; )
      (l.f & Be) === 0 && l !== t.fallback && E.push(l), l = Se(l.next);
    var m = E.length;
    if (m > 0) {
      var _ = (a & bt) !== 0 && o === 0 ? i : null;
      if (s) {
        for (p = 0; p < m; p += 1)
          E[p].nodes?.a?.measure();
        for (p = 0; p < m; p += 1)
          E[p].nodes?.a?.fix();
      }
      ha(t, E, _);
    }
  }
  s && Bt(() => {
    if (w !== void 0)
      for (f of w)
        f.nodes?.a?.apply();
  });
}
function ga(t, e, i, a, r, s, o, c) {
  var l = (o & Ot) !== 0 ? (o & zt) === 0 ? Ht(i, !1, !1) : nt(i) : null, d = (o & Nt) !== 0 ? nt(r) : null;
  return {
    v: l,
    i: d,
    e: Te(() => (s(e, l ?? i, d ?? r, c), () => {
      t.delete(a);
    }))
  };
}
function Ee(t, e, i) {
  if (t.nodes)
    for (var a = t.nodes.start, r = t.nodes.end, s = e && (e.f & de) === 0 ? (
      /** @type {EffectNodes} */
      e.nodes.start
    ) : i; a !== null; ) {
      var o = (
        /** @type {TemplateNode} */
        Gt(a)
      );
      if (s.before(a), a === r)
        return;
      a = o;
    }
}
function me(t, e, i) {
  e === null ? t.effect.first = i : e.next = i, i === null ? t.effect.last = e : i.prev = e;
}
function Pe(t, e, i = !1, a = !1, r = !1, s = !1) {
  var o = t, c = "";
  if (i)
    var l = (
      /** @type {Element} */
      t
    );
  O(() => {
    var d = (
      /** @type {Effect} */
      Qe
    );
    if (c !== (c = e() ?? "")) {
      if (i) {
        d.nodes = null, l.innerHTML = /** @type {string} */
        c, c !== "" && ge(
          /** @type {TemplateNode} */
          le(l),
          /** @type {TemplateNode} */
          l.lastChild
        );
        return;
      }
      if (d.nodes !== null && (Ut(
        d.nodes.start,
        /** @type {TemplateNode} */
        d.nodes.end
      ), d.nodes = null), c !== "") {
        var u = a ? Vt : r ? Wt : void 0, w = (
          /** @type {HTMLTemplateElement | SVGElement | MathMLElement} */
          _t(a ? "svg" : r ? "math" : "template", u)
        );
        w.innerHTML = /** @type {any} */
        c;
        var A = a || r ? w : (
          /** @type {HTMLTemplateElement} */
          w.content
        );
        if (ge(
          /** @type {TemplateNode} */
          le(A),
          /** @type {TemplateNode} */
          A.lastChild
        ), a || r)
          for (; le(A); )
            o.before(
              /** @type {TemplateNode} */
              le(A)
            );
        else
          o.before(A);
      }
    }
  });
}
function pa(t, e, i) {
  kt(() => {
    var a = ye(() => e(t, i?.()) || {});
    if (i && a?.update) {
      var r = !1, s = (
        /** @type {any} */
        {}
      );
      et(() => {
        var o = i();
        Kt(o), r && Yt(s, o) && (s = o, a.update(o));
      }), r = !0;
    }
    if (a?.destroy)
      return () => (
        /** @type {Function} */
        a.destroy()
      );
  });
}
const lt = [...` 	
\r\f \v\uFEFF`];
function ba(t, e, i) {
  var a = t == null ? "" : "" + t;
  if (e && (a = a ? a + " " + e : e), i) {
    for (var r of Object.keys(i))
      if (i[r])
        a = a ? a + " " + r : r;
      else if (a.length)
        for (var s = r.length, o = 0; (o = a.indexOf(r, o)) >= 0; ) {
          var c = o + s;
          (o === 0 || lt.includes(a[o - 1])) && (c === a.length || lt.includes(a[c])) ? a = (o === 0 ? "" : a.substring(0, o)) + a.substring(c + 1) : o = c;
        }
  }
  return a === "" ? null : a;
}
function Ae(t, e, i, a, r, s) {
  var o = (
    /** @type {any} */
    t[it]
  );
  if (o !== i || o === void 0) {
    var c = ba(i, a, s);
    c == null ? t.removeAttribute("class") : t.className = c, t[it] = i;
  } else if (s && r !== s)
    for (var l in s) {
      var d = !!s[l];
      (r == null || d !== !!r[l]) && t.classList.toggle(l, d);
    }
  return s;
}
const ka = /* @__PURE__ */ Symbol("is custom element"), ya = /* @__PURE__ */ Symbol("is html"), wa = Zt ? "progress" : "PROGRESS";
function xa(t, e) {
  var i = xt(t);
  i.value === (i.value = // treat null and undefined the same for the initial value
  e ?? void 0) || // @ts-expect-error
  // `progress` elements always need their value set when it's `0`
  t.value === e && (e !== 0 || t.nodeName !== wa) || (t.value = e ?? "");
}
function B(t, e, i, a) {
  var r = xt(t), s = r[e];
  s !== (r[e] = i) && (e === "loading" && (t[jt] = i), i == null ? t.removeAttribute(e) : typeof i != "string" && Sa(t).has(e) ? t[e] = i : t.setAttribute(e, i));
}
function xt(t) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    t[Jt] ??= {
      [ka]: t.nodeName.includes("-"),
      [ya]: t.namespaceURI === Xt
    }
  );
}
var ct = /* @__PURE__ */ new Map();
function Sa(t) {
  var e = t.getAttribute("is") || t.nodeName, i = ct.get(e);
  if (i) return i;
  ct.set(e, i = /* @__PURE__ */ new Set());
  for (var a, r = t, s = Element.prototype; s !== r; ) {
    a = Qt(r);
    for (var o in a)
      a[o].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      o !== "innerHTML" && o !== "textContent" && o !== "innerText" && i.add(o);
    r = vt(r);
  }
  return i;
}
function Ea(t, e, i = e) {
  var a = /* @__PURE__ */ new WeakSet();
  $t(t, "input", async (r) => {
    var s = r ? t.defaultValue : t.value;
    if (s = Ue(t) ? Ve(s) : s, i(s), pe !== null && a.add(pe), await yt(), s !== (s = e())) {
      var o = t.selectionStart, c = t.selectionEnd, l = t.value.length;
      if (t.value = s ?? "", c !== null) {
        var d = t.value.length;
        o === c && c === l && d > l ? (t.selectionStart = d, t.selectionEnd = d) : (t.selectionStart = o, t.selectionEnd = Math.min(c, d));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  ye(e) == null && t.value && (i(Ue(t) ? Ve(t.value) : t.value), pe !== null && a.add(pe)), et(() => {
    var r = e();
    if (t === document.activeElement) {
      var s = (
        /** @type {Batch} */
        pe
      );
      if (a.has(s))
        return;
    }
    Ue(t) && r === Ve(t.value) || t.type === "date" && !r && !t.value || r !== t.value && (t.value = r ?? "");
  });
}
function Ue(t) {
  var e = t.type;
  return e === "number" || e === "range";
}
function Ve(t) {
  return t === "" ? null : +t;
}
function We(t, e) {
  return t === e || t?.[ra] === e;
}
function Je(t = ta(), e, i, a) {
  var r = (
    /** @type {ComponentContext} */
    ea.r
  ), s = (
    /** @type {Effect} */
    Qe
  );
  return kt(() => {
    var o, c;
    return et(() => {
      o = c, c = [], ye(() => {
        We(i(...c), t) || (e(t, ...c), o && We(i(...o), t) && e(null, ...o));
      });
    }), () => {
      let l = s;
      for (; l !== r && l.parent !== null && l.parent.f & aa; )
        l = l.parent;
      const d = () => {
        c && We(i(...c), t) && e(null, ...c);
      }, u = l.teardown;
      l.teardown = () => {
        d(), u?.();
      };
    };
  }), t;
}
function Ta(t, e, i) {
  if (t == null)
    return e(void 0), na;
  const a = ye(
    () => t.subscribe(
      e,
      // @ts-expect-error
      i
    )
  );
  return a.unsubscribe ? () => a.unsubscribe() : a;
}
function Aa(t) {
  let e;
  return Ta(t, (i) => e = i)(), e;
}
const Ca = {
  get(t, e) {
    if (!t.exclude.has(e))
      return t.props[e];
  },
  set(t, e) {
    return !1;
  },
  getOwnPropertyDescriptor(t, e) {
    if (!t.exclude.has(e) && e in t.props)
      return {
        enumerable: !0,
        configurable: !0,
        value: t.props[e]
      };
  },
  has(t, e) {
    return t.exclude.has(e) ? !1 : e in t.props;
  },
  ownKeys(t) {
    return Reflect.ownKeys(t.props).filter((e) => !t.exclude.has(e));
  }
};
// @__NO_SIDE_EFFECTS__
function Ma(t, e, i) {
  return new Proxy({ props: t, exclude: e }, Ca);
}
const La = [
  { color: "red", primary: 600, secondary: 100 },
  { color: "green", primary: 600, secondary: 100 },
  { color: "blue", primary: 600, secondary: 100 },
  { color: "yellow", primary: 500, secondary: 100 },
  { color: "purple", primary: 600, secondary: 100 },
  { color: "teal", primary: 600, secondary: 100 },
  { color: "orange", primary: 600, secondary: 100 },
  { color: "cyan", primary: 600, secondary: 100 },
  { color: "lime", primary: 500, secondary: 100 },
  { color: "pink", primary: 600, secondary: 100 }
], ft = {
  inherit: "inherit",
  current: "currentColor",
  transparent: "transparent",
  black: "#000",
  white: "#fff",
  slate: {
    50: "#f8fafc",
    100: "#f1f5f9",
    200: "#e2e8f0",
    300: "#cbd5e1",
    400: "#94a3b8",
    500: "#64748b",
    600: "#475569",
    700: "#334155",
    800: "#1e293b",
    900: "#0f172a",
    950: "#020617"
  },
  gray: {
    50: "#f9fafb",
    100: "#f3f4f6",
    200: "#e5e7eb",
    300: "#d1d5db",
    400: "#9ca3af",
    500: "#6b7280",
    600: "#4b5563",
    700: "#374151",
    800: "#1f2937",
    900: "#111827",
    950: "#030712"
  },
  zinc: {
    50: "#fafafa",
    100: "#f4f4f5",
    200: "#e4e4e7",
    300: "#d4d4d8",
    400: "#a1a1aa",
    500: "#71717a",
    600: "#52525b",
    700: "#3f3f46",
    800: "#27272a",
    900: "#18181b",
    950: "#09090b"
  },
  neutral: {
    50: "#fafafa",
    100: "#f5f5f5",
    200: "#e5e5e5",
    300: "#d4d4d4",
    400: "#a3a3a3",
    500: "#737373",
    600: "#525252",
    700: "#404040",
    800: "#262626",
    900: "#171717",
    950: "#0a0a0a"
  },
  stone: {
    50: "#fafaf9",
    100: "#f5f5f4",
    200: "#e7e5e4",
    300: "#d6d3d1",
    400: "#a8a29e",
    500: "#78716c",
    600: "#57534e",
    700: "#44403c",
    800: "#292524",
    900: "#1c1917",
    950: "#0c0a09"
  },
  red: {
    50: "#fef2f2",
    100: "#fee2e2",
    200: "#fecaca",
    300: "#fca5a5",
    400: "#f87171",
    500: "#ef4444",
    600: "#dc2626",
    700: "#b91c1c",
    800: "#991b1b",
    900: "#7f1d1d",
    950: "#450a0a"
  },
  orange: {
    50: "#fff7ed",
    100: "#ffedd5",
    200: "#fed7aa",
    300: "#fdba74",
    400: "#fb923c",
    500: "#f97316",
    600: "#ea580c",
    700: "#c2410c",
    800: "#9a3412",
    900: "#7c2d12",
    950: "#431407"
  },
  amber: {
    50: "#fffbeb",
    100: "#fef3c7",
    200: "#fde68a",
    300: "#fcd34d",
    400: "#fbbf24",
    500: "#f59e0b",
    600: "#d97706",
    700: "#b45309",
    800: "#92400e",
    900: "#78350f",
    950: "#451a03"
  },
  yellow: {
    50: "#fefce8",
    100: "#fef9c3",
    200: "#fef08a",
    300: "#fde047",
    400: "#facc15",
    500: "#eab308",
    600: "#ca8a04",
    700: "#a16207",
    800: "#854d0e",
    900: "#713f12",
    950: "#422006"
  },
  lime: {
    50: "#f7fee7",
    100: "#ecfccb",
    200: "#d9f99d",
    300: "#bef264",
    400: "#a3e635",
    500: "#84cc16",
    600: "#65a30d",
    700: "#4d7c0f",
    800: "#3f6212",
    900: "#365314",
    950: "#1a2e05"
  },
  green: {
    50: "#f0fdf4",
    100: "#dcfce7",
    200: "#bbf7d0",
    300: "#86efac",
    400: "#4ade80",
    500: "#22c55e",
    600: "#16a34a",
    700: "#15803d",
    800: "#166534",
    900: "#14532d",
    950: "#052e16"
  },
  emerald: {
    50: "#ecfdf5",
    100: "#d1fae5",
    200: "#a7f3d0",
    300: "#6ee7b7",
    400: "#34d399",
    500: "#10b981",
    600: "#059669",
    700: "#047857",
    800: "#065f46",
    900: "#064e3b",
    950: "#022c22"
  },
  teal: {
    50: "#f0fdfa",
    100: "#ccfbf1",
    200: "#99f6e4",
    300: "#5eead4",
    400: "#2dd4bf",
    500: "#14b8a6",
    600: "#0d9488",
    700: "#0f766e",
    800: "#115e59",
    900: "#134e4a",
    950: "#042f2e"
  },
  cyan: {
    50: "#ecfeff",
    100: "#cffafe",
    200: "#a5f3fc",
    300: "#67e8f9",
    400: "#22d3ee",
    500: "#06b6d4",
    600: "#0891b2",
    700: "#0e7490",
    800: "#155e75",
    900: "#164e63",
    950: "#083344"
  },
  sky: {
    50: "#f0f9ff",
    100: "#e0f2fe",
    200: "#bae6fd",
    300: "#7dd3fc",
    400: "#38bdf8",
    500: "#0ea5e9",
    600: "#0284c7",
    700: "#0369a1",
    800: "#075985",
    900: "#0c4a6e",
    950: "#082f49"
  },
  blue: {
    50: "#eff6ff",
    100: "#dbeafe",
    200: "#bfdbfe",
    300: "#93c5fd",
    400: "#60a5fa",
    500: "#3b82f6",
    600: "#2563eb",
    700: "#1d4ed8",
    800: "#1e40af",
    900: "#1e3a8a",
    950: "#172554"
  },
  indigo: {
    50: "#eef2ff",
    100: "#e0e7ff",
    200: "#c7d2fe",
    300: "#a5b4fc",
    400: "#818cf8",
    500: "#6366f1",
    600: "#4f46e5",
    700: "#4338ca",
    800: "#3730a3",
    900: "#312e81",
    950: "#1e1b4b"
  },
  violet: {
    50: "#f5f3ff",
    100: "#ede9fe",
    200: "#ddd6fe",
    300: "#c4b5fd",
    400: "#a78bfa",
    500: "#8b5cf6",
    600: "#7c3aed",
    700: "#6d28d9",
    800: "#5b21b6",
    900: "#4c1d95",
    950: "#2e1065"
  },
  purple: {
    50: "#faf5ff",
    100: "#f3e8ff",
    200: "#e9d5ff",
    300: "#d8b4fe",
    400: "#c084fc",
    500: "#a855f7",
    600: "#9333ea",
    700: "#7e22ce",
    800: "#6b21a8",
    900: "#581c87",
    950: "#3b0764"
  },
  fuchsia: {
    50: "#fdf4ff",
    100: "#fae8ff",
    200: "#f5d0fe",
    300: "#f0abfc",
    400: "#e879f9",
    500: "#d946ef",
    600: "#c026d3",
    700: "#a21caf",
    800: "#86198f",
    900: "#701a75",
    950: "#4a044e"
  },
  pink: {
    50: "#fdf2f8",
    100: "#fce7f3",
    200: "#fbcfe8",
    300: "#f9a8d4",
    400: "#f472b6",
    500: "#ec4899",
    600: "#db2777",
    700: "#be185d",
    800: "#9d174d",
    900: "#831843",
    950: "#500724"
  },
  rose: {
    50: "#fff1f2",
    100: "#ffe4e6",
    200: "#fecdd3",
    300: "#fda4af",
    400: "#fb7185",
    500: "#f43f5e",
    600: "#e11d48",
    700: "#be123c",
    800: "#9f1239",
    900: "#881337",
    950: "#4c0519"
  }
};
La.reduce((t, { color: e, primary: i, secondary: a }) => ({
  ...t,
  [e]: {
    primary: ft[e][i],
    secondary: ft[e][a]
  }
}), {});
function Ra(t) {
  let e;
  const i = sa((r) => {
    let s = !1;
    const o = t.subscribe((c) => {
      e = c, s && r();
    });
    return s = !0, o;
  });
  function a() {
    return ia() ? (i(), e) : Aa(t);
  }
  return "set" in t ? {
    get current() {
      return a();
    },
    set current(r) {
      t.set(r);
    }
  } : {
    get current() {
      return a();
    }
  };
}
const Ia = "__i18n__", Na = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], Oa = [
  "elem_id",
  "elem_classes",
  "visible",
  "interactive",
  "server_fns",
  "server",
  "id",
  "target",
  "theme_mode",
  "version",
  "root",
  "autoscroll",
  "max_file_size",
  "formatter",
  "client",
  "load_component",
  "scale",
  "min_width",
  "theme",
  "padding",
  "loading_status",
  "label",
  "show_label",
  "validation_error",
  "show_progress",
  "api_prefix",
  "container",
  "attached_events",
  "register_component",
  "unregister_component",
  "dispatcher"
];
function za(t) {
  return typeof t == "string" && t.includes(Ia);
}
class Ha {
  load_component;
  #t = ne(st({}));
  get shared() {
    return n(this.#t);
  }
  set shared(e) {
    K(this.#t, e, !0);
  }
  #a = ne(st({}));
  get props() {
    return n(this.#a);
  }
  set props(e) {
    K(this.#a, e, !0);
  }
  #e = ne((e) => e);
  get i18n() {
    return n(this.#e);
  }
  set i18n(e) {
    K(this.#e, e, !0);
  }
  i18n_store;
  _i18n_from_store;
  translatable_props = {};
  dispatcher;
  last_update = null;
  shared_props = Oa;
  mounted = !1;
  old_value;
  register_component;
  unregister_component;
  set_data_callback;
  get_data_callback;
  registered_id = null;
  last_shared_props;
  last_props;
  constructor(e, i) {
    for (const a in e.shared_props)
      this.shared[a] = e.shared_props[a];
    for (const a in e.props)
      a !== "i18n_store" && (this.props[a] = e.props[a]);
    if (i)
      for (const a in i)
        this.props[a] === void 0 && (this.props[a] = i[a]);
    this.i18n = this.props.i18n ?? ((a) => a), this.i18n_store = e.props.i18n_store, this._i18n_from_store = this.i18n_store ? Ra(this.i18n_store) : void 0;
    for (const a of Na)
      this.shared[a] = this._translate_and_store(
        "shared",
        a,
        // @ts-ignore
        e.shared_props[a]
      ), this.props[a] = this._translate_and_store(
        "props",
        a,
        // @ts-ignore
        e.props[a]
      );
    this.load_component = this.shared.load_component, this.register_component = this.shared.register_component || (() => {
    }), this.unregister_component = this.shared.unregister_component || (() => {
    }), this.dispatcher = this.shared.dispatcher || (() => {
    }), this.set_data_callback = this.set_data.bind(this), this.get_data_callback = this.get_data.bind(this), this.register_component(
      this.shared.id,
      // @ts-ignore
      this.set_data_callback,
      this.get_data_callback
    ), this.registered_id = this.shared.id, this.last_shared_props = e.shared_props, this.last_props = e.props, _e(() => {
      const a = e.shared_props.id;
      if (this.last_shared_props !== e.shared_props) {
        for (const r in e.shared_props) {
          const s = e.shared_props[r];
          s !== void 0 && (this._is_i18n_managed(`shared.${r}`, s) || (this.shared[r] = s));
        }
        this.last_shared_props = e.shared_props;
      }
      if (this.last_props !== e.props) {
        for (const r in e.props) {
          if (r === "i18n_store") continue;
          const s = e.props[r];
          s !== void 0 && (this._is_i18n_managed(`props.${r}`, s) || (this.props[r] = s));
        }
        this.last_props = e.props;
      }
      this.registered_id !== null && this.registered_id !== a && this.unregister_component(this.registered_id, this.set_data_callback), this.register_component(
        a,
        // @ts-ignore
        this.set_data_callback,
        this.get_data_callback
      ), this.registered_id = a, ye(() => {
        this.shared.id = a;
      });
    }), _e(() => () => {
      this.registered_id !== null && this.unregister_component(this.registered_id, this.set_data_callback);
    }), _e(() => this.i18n_store ? this.i18n_store.subscribe(() => {
      for (const [r, s] of Object.entries(this.translatable_props)) {
        const [o, c] = r.split("."), l = this.i18n(s);
        o === "shared" ? this.shared[c] = l : this.props[c] = l;
      }
    }) : void 0);
  }
  // check if props are translatable
  _is_i18n_managed(e, i) {
    const a = this.translatable_props[e];
    return a ? i === a ? !0 : (delete this.translatable_props[e], !1) : !1;
  }
  _translate_and_store(e, i, a) {
    if (typeof a != "string") return a;
    const r = this.i18n(a);
    return r !== a && (this.translatable_props[`${e}.${i}`] = a), r;
  }
  // Reactive variant of `i18n`. Reading it inside a derived or template
  // subscribes to the live locale store (via Svelte's createSubscriber), so
  // the caller re-runs when the locale changes at runtime. The store is only
  // the reactivity trigger; translation always goes through `this.i18n` so a
  // custom formatter passed via props keeps taking effect.
  live_i18n = (e) => (this._i18n_from_store?.current, this.i18n(e));
  dispatch(e, i) {
    this.dispatcher(this.shared.id, e, i);
  }
  async get_data() {
    return ca(this.props);
  }
  update(e) {
    this.set_data(e);
  }
  set_data(e) {
    for (const i in e) {
      const a = e[i], r = za(a) ? this._translate_and_store(this.shared_props.includes(i) ? "shared" : "props", i, a) : a;
      if (this.shared_props.includes(i)) {
        const s = i;
        this.shared[s] = r;
        continue;
      }
      this.props[i] = r;
    }
  }
  watch_for_change() {
    _e(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
var qa = /* @__PURE__ */ L('<span class="kimi-versions" role="group"><button type="button" class="kimi-icon">‹</button> <span class="kimi-versions-pos"> </span> <button type="button" class="kimi-icon">›</button></span>');
function St(t, e) {
  Me(e, !0);
  const i = qe("say");
  let a = ce(() => e.message.versions ? e.message.versions[0] : 1), r = ce(() => e.message.versions ? e.message.versions[1] : 1);
  var s = De(), o = ue(s);
  {
    var c = (l) => {
      var d = qa(), u = F(d), w = N(u, 2), A = D(w), z = N(w, 2);
      O(
        (M, v, f) => {
          B(d, "aria-label", M), B(u, "aria-label", v), u.disabled = n(a) <= 1, q(A, `${n(a) ?? ""}/${n(r) ?? ""}`), B(z, "aria-label", f), z.disabled = n(a) >= n(r);
        },
        [
          () => i("versions"),
          () => i("previous"),
          () => i("next")
        ]
      ), Z("click", u, () => e.act("version", { id: e.message.id, step: -1 })), Z("click", z, () => e.act("version", { id: e.message.id, step: 1 })), y(l, d);
    };
    W(o, (l) => {
      n(r) > 1 && l(c);
    });
  }
  y(t, s), Le();
}
Ce(["click"]);
var Da = /* @__PURE__ */ Re('<rect x="9" y="9" width="12" height="12" rx="2"></rect><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"></path>', 1), Fa = /* @__PURE__ */ Re('<path d="M5 12l5 5L20 7"></path>'), Ba = /* @__PURE__ */ Re('<path d="M12 20h9"></path><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"></path>', 1), Ga = /* @__PURE__ */ Re('<path d="M21 12a9 9 0 1 1-3-6.7L21 8"></path><path d="M21 3v5h-5"></path>', 1), Pa = /* @__PURE__ */ Re('<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><!></svg>');
function tt(t, e) {
  var i = Pa(), a = F(i);
  {
    var r = (l) => {
      var d = Da();
      y(l, d);
    }, s = (l) => {
      var d = Fa();
      y(l, d);
    }, o = (l) => {
      var d = Ba();
      y(l, d);
    }, c = (l) => {
      var d = Ga();
      y(l, d);
    };
    W(a, (l) => {
      e.name === "copy" ? l(r) : e.name === "done" ? l(s, 1) : e.name === "edit" ? l(o, 2) : e.name === "retry" && l(c, 3);
    });
  }
  y(t, i);
}
var Ua = /* @__PURE__ */ L('<span class="kimi-copy"><button type="button" class="kimi-icon"><!></button> <span role="status" aria-live="polite"> </span></span>');
function Et(t, e) {
  Me(e, !0);
  const i = qe("say");
  var a = Ua(), r = F(a), s = F(r);
  {
    let d = ce(() => e.copied ? "done" : "copy");
    tt(s, {
      get name() {
        return n(d);
      }
    });
  }
  var o = N(r, 2);
  let c;
  var l = D(o, !0);
  O(
    (d, u, w) => {
      B(r, "aria-label", d), B(r, "title", u), c = Ae(o, 1, "kimi-copied", null, c, { shown: e.copied }), q(l, w);
    },
    [
      () => e.copied ? i("copied") : e.label,
      () => i("copy"),
      () => e.copied ? i("copied") : ""
    ]
  ), Z("click", r, function(...d) {
    e.onclick?.apply(this, d);
  }), y(t, a), Le();
}
Ce(["click"]);
const dt = { $$: "$$", $: "$", "\\(": "\\)", "\\[": "\\]" };
async function Va(t, e) {
  const i = [...t.querySelectorAll(".kimi-math:not([data-tex]), .kimi-math-display:not([data-tex])")];
  if (!i.length) return;
  if (!document.getElementById("kimi-katex-css")) {
    const r = document.createElement("link");
    r.id = "kimi-katex-css", r.rel = "stylesheet", r.href = e.replace(/\/$/, "") + "/kimi-assets/katex/katex.min.css", document.head.appendChild(r);
  }
  const a = (await import("./katex-bqqIAMXL.js")).default;
  for (const r of i) {
    const s = r.textContent || "", o = ["$$", "\\[", "\\(", "$"].find((l) => s.startsWith(l) && s.endsWith(dt[l]));
    if (!o) continue;
    const c = s.slice(o.length, s.length - dt[o].length);
    r.dataset.tex = s;
    try {
      a.render(c, r, {
        displayMode: r.classList.contains("kimi-math-display"),
        throwOnError: !1,
        output: "htmlAndMathml"
      });
    } catch {
      r.textContent = s;
    }
  }
}
async function at(t) {
  if (navigator.clipboard && window.isSecureContext)
    try {
      return await navigator.clipboard.writeText(t), !0;
    } catch {
    }
  const e = document.createElement("textarea");
  e.value = t, e.setAttribute("readonly", ""), e.style.position = "fixed", e.style.opacity = "0", document.body.appendChild(e), e.select();
  let i = !1;
  try {
    i = document.execCommand("copy");
  } catch {
    i = !1;
  }
  return e.remove(), i;
}
function Xe(t) {
  return (t.parts || []).filter((e) => e.type === "text").map((e) => e.source || "").join(`

`);
}
function Wa(t, e) {
  return t.map(
    (i) => i.role === "user" ? `**${e("you")}:**

${i.source || ""}` : `**${e("kimi")}:**

${Xe(i)}`
  ).join(`

---

`);
}
function Ka(t) {
  const e = t || {}, i = e.lang || "en";
  return (a, r = {}) => {
    const s = r.count;
    return ((typeof s == "number" ? e[`${a}.${s === 1 ? "one" : "other"}`] : void 0) ?? e[a] ?? a).replace(/\{(\w+)\}/g, (l, d) => {
      const u = r[d];
      return u == null ? l : typeof u == "number" ? u.toLocaleString(i) : String(u);
    });
  };
}
function Ke(t, e, i) {
  return t.toLocaleString(i, { minimumFractionDigits: e, maximumFractionDigits: e });
}
function Ya(t, e = "en") {
  return t == null ? "" : t < 1 ? `${Ke(t, 2, e)} ms` : t < 1e3 ? `${t < 10 ? Ke(t, 1, e) : Math.round(t)} ms` : `${Ke(t / 1e3, t < 1e4 ? 1 : 0, e)} s`;
}
function ja(t) {
  return t ? t < 60 ? `${Math.max(1, Math.round(t))} s` : `${Math.floor(t / 60)} min ${Math.round(t % 60)} s` : "";
}
var Ja = /* @__PURE__ */ L('<span class="kimi-spinner" aria-hidden="true"></span> ', 1), Xa = /* @__PURE__ */ L('<details class="kimi-reasoning"><summary><!></summary> <div class="kimi-reasoning-body"></div></details>'), Qa = /* @__PURE__ */ L('<span class="kimi-tool-args"> </span>'), Za = /* @__PURE__ */ L('<span class="kimi-tool-status"> </span>'), $a = /* @__PURE__ */ L('<span class="kimi-tool-ms"> </span>'), er = /* @__PURE__ */ L('<div class="kimi-tool-more"> </div>'), tr = /* @__PURE__ */ L('<div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!>', 1), ar = /* @__PURE__ */ L('<details class="kimi-tool"><summary><span class="kimi-tool-name"> </span> <!> <!> <!></summary> <div class="kimi-tool-body"><div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!></div></details>'), rr = /* @__PURE__ */ L('<div class="kimi-text"></div>'), nr = /* @__PURE__ */ L('<div><span aria-hidden="true"> </span> <div></div></div>'), ir = /* @__PURE__ */ L('<div class="kimi-waiting-detail"> </div>'), sr = /* @__PURE__ */ L('<div class="kimi-waiting" role="status"><span class="kimi-spinner" aria-hidden="true"></span> <span> </span> <!></div>'), or = /* @__PURE__ */ L('<div class="kimi-waiting" role="status"><span> </span> <progress></progress> <span class="kimi-waiting-detail"> </span></div>'), lr = /* @__PURE__ */ L('<span class="kimi-stats"> </span>'), cr = /* @__PURE__ */ L('<button type="button" class="kimi-icon"><!></button>'), fr = /* @__PURE__ */ L('<button type="button" class="kimi-button kimi-continue"> </button>'), dr = /* @__PURE__ */ L('<div class="kimi-footer"><!> <span class="kimi-footer-actions"><!> <!> <!> <!></span></div>'), ur = /* @__PURE__ */ L("<article><!> <!></article>");
function vr(t, e) {
  Me(e, !0);
  var i = this && this.__awaiter || function(M, v, f, p) {
    function Y(U) {
      return U instanceof f ? U : new f(function(R) {
        R(U);
      });
    }
    return new (f || (f = Promise))(function(U, R) {
      function V(m) {
        try {
          E(p.next(m));
        } catch (_) {
          R(_);
        }
      }
      function S(m) {
        try {
          E(p.throw(m));
        } catch (_) {
          R(_);
        }
      }
      function E(m) {
        m.done ? U(m.value) : Y(m.value).then(V, S);
      }
      E((p = p.apply(M, v || [])).next());
    });
  };
  let a = ne(!1);
  const r = qe("say"), s = ["pending", "running", "error", "timeout", "cancelled"], o = (M) => s.includes(M) ? r("tool_" + M) : "";
  function c(M, v) {
    M.open = !!v;
    let f = !!v;
    return {
      update(p) {
        !!p !== f && (M.open = f = !!p);
      }
    };
  }
  function l() {
    return i(this, void 0, void 0, function* () {
      K(a, yield at(Xe(e.message)), !0), setTimeout(() => K(a, !1), 1500);
    });
  }
  var d = ur();
  let u;
  var w = F(d);
  He(w, 17, () => e.message.parts || [], Ye, (M, v) => {
    var f = De(), p = ue(f);
    {
      var Y = (m) => {
        var _ = Xa(), k = F(_), x = F(k);
        {
          var b = (I) => {
            var T = Ja(), G = N(ue(T), 1, !0);
            O((J) => q(G, J), [() => r("thinking")]), y(I, T);
          }, j = (I) => {
            var T = va();
            O((G) => q(T, G), [
              () => n(v).seconds ? r("thought_for", { time: ja(n(v).seconds) }) : r("thought")
            ]), y(I, T);
          };
          W(x, (I) => {
            n(v).live ? I(b) : I(j, -1);
          });
        }
        var P = N(k, 2);
        Pe(P, () => n(v).html, !0), pa(_, (I, T) => c?.(I, T), () => n(v).live), y(m, _);
      }, U = (m) => {
        var _ = ar(), k = F(_), x = F(k), b = D(x), j = N(x, 2);
        {
          var P = (g) => {
            var H = Qa(), X = D(H, !0);
            O(() => q(X, n(v).brief)), y(g, H);
          };
          W(j, (g) => {
            n(v).brief && g(P);
          });
        }
        var I = N(j, 2);
        {
          var T = (g) => {
            var H = Za(), X = D(H, !0);
            O((Q) => q(X, Q), [() => o(n(v).status)]), y(g, H);
          }, G = ce(() => o(n(v).status));
          W(I, (g) => {
            n(G) && g(T);
          });
        }
        var J = N(I, 2);
        {
          var fe = (g) => {
            var H = $a(), X = D(H, !0);
            O((Q) => q(X, Q), [() => Ya(n(v).ms, r("lang"))]), y(g, H);
          };
          W(J, (g) => {
            n(v).ms !== null && n(v).ms !== void 0 && g(fe);
          });
        }
        var oe = N(k, 2), $ = F(oe), ve = D($, !0), ee = N($, 2), ke = F(ee), we = D(ke, !0), h = N(ee, 2);
        {
          var C = (g) => {
            var H = tr(), X = ue(H), Q = D(X, !0), ae = N(X, 2), xe = F(ae), ie = D(xe, !0), te = N(ae, 2);
            {
              var re = (se) => {
                var Ie = er(), Fe = D(Ie, !0);
                O((he) => q(Fe, he), [() => r("more", { count: n(v).more })]), y(se, Ie);
              };
              W(te, (se) => {
                n(v).more && se(re);
              });
            }
            O(
              (se) => {
                q(Q, se), q(ie, n(v).result);
              },
              [() => n(v).cut ? r("result_cut") : r("result")]
            ), y(g, H);
          };
          W(h, (g) => {
            n(v).result !== null && n(v).result !== void 0 && g(C);
          });
        }
        O(
          (g) => {
            B(_, "data-status", n(v).status), q(b, `🛠 ${n(v).name ?? ""}`), q(ve, g), q(we, n(v).args || "{}");
          },
          [() => r("arguments")]
        ), y(m, _);
      }, R = (m) => {
        var _ = rr();
        Pe(_, () => n(v).html, !0), y(m, _);
      }, V = (m) => {
        var _ = nr(), k = F(_), x = D(k, !0), b = N(k, 2);
        Pe(b, () => n(v).html, !0), O(() => {
          Ae(_, 1, `kimi-notice kimi-notice-${n(v).kind ?? ""}`), B(_, "role", n(v).kind === "error" ? "alert" : null), q(x, n(v).kind === "error" ? "⚠️" : "ℹ️");
        }), y(m, _);
      }, S = (m) => {
        var _ = sr(), k = N(F(_), 2), x = D(k, !0), b = N(k, 2);
        {
          var j = (P) => {
            var I = ir(), T = D(I, !0);
            O(() => q(T, n(v).detail)), y(P, I);
          };
          W(b, (P) => {
            n(v).detail && P(j);
          });
        }
        O(() => q(x, n(v).title)), y(m, _);
      }, E = (m) => {
        var _ = or(), k = F(_), x = D(k, !0), b = N(k, 2), j = N(b, 2), P = D(j);
        O(() => {
          q(x, n(v).title), B(b, "max", n(v).total || 1), xa(b, n(v).done || 0), B(b, "aria-label", n(v).title), q(P, `${n(v).done ?? ""}/${n(v).total ?? ""}`);
        }), y(m, _);
      };
      W(p, (m) => {
        n(v).type === "reasoning" ? m(Y) : n(v).type === "tool" ? m(U, 1) : n(v).type === "text" ? m(R, 2) : n(v).type === "notice" ? m(V, 3) : n(v).type === "waiting" ? m(S, 4) : n(v).type === "progress" && m(E, 5);
      });
    }
    y(M, f);
  });
  var A = N(w, 2);
  {
    var z = (M) => {
      var v = dr(), f = F(v);
      {
        var p = (x) => {
          var b = lr(), j = D(b, !0);
          O(() => q(j, e.message.stats)), y(x, b);
        };
        W(f, (x) => {
          e.message.stats && x(p);
        });
      }
      var Y = N(f, 2), U = F(Y);
      {
        var R = (x) => {
          {
            let b = ce(() => r("copy_answer"));
            Et(x, {
              get label() {
                return n(b);
              },
              get copied() {
                return n(a);
              },
              onclick: l
            });
          }
        }, V = ce(() => Xe(e.message));
        W(U, (x) => {
          n(V) && x(R);
        });
      }
      var S = N(U, 2);
      {
        var E = (x) => {
          var b = cr(), j = F(b);
          tt(j, { name: "retry" }), O(
            (P, I) => {
              B(b, "aria-label", P), B(b, "title", I);
            },
            [() => r("retry"), () => r("retry")]
          ), Z("click", b, () => e.act("retry", { id: e.message.id })), y(x, b);
        };
        W(S, (x) => {
          e.message.can_retry && e.message.id && x(E);
        });
      }
      var m = N(S, 2);
      St(m, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      });
      var _ = N(m, 2);
      {
        var k = (x) => {
          var b = fr(), j = D(b, !0);
          O((P) => q(j, P), [() => r("continue")]), Z("click", b, () => e.act("resume", { id: e.message.id })), y(x, b);
        };
        W(_, (x) => {
          e.message.can_continue && x(k);
        });
      }
      y(M, v);
    };
    W(A, (M) => {
      e.message.live || M(z);
    });
  }
  O(
    (M) => {
      u = Ae(d, 1, "kimi-msg kimi-answer", null, u, { "kimi-live": e.message.live }), B(d, "data-id", e.message.id), B(d, "aria-label", M);
    },
    [() => r("answer")]
  ), y(t, d), Le();
}
Ce(["click"]);
var _r = /* @__PURE__ */ L("<figcaption> </figcaption>"), hr = /* @__PURE__ */ L('<figure class="kimi-file-image"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <!></figure>'), mr = /* @__PURE__ */ L('<figure role="listitem"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <figcaption> </figcaption></figure>'), gr = /* @__PURE__ */ L('<div class="kimi-video"><div class="kimi-video-title"> </div> <div class="kimi-strip" role="list"></div></div>'), pr = /* @__PURE__ */ L('<div class="kimi-doc"> </div>'), br = /* @__PURE__ */ L('<div class="kimi-files"></div>'), kr = /* @__PURE__ */ L('<textarea class="kimi-edit-box" rows="4"></textarea> <div class="kimi-edit-actions"><button type="button" class="kimi-button"> </button> <button type="button" class="kimi-button kimi-primary"> </button></div>', 1), yr = /* @__PURE__ */ L('<div class="kimi-user-text"> </div>'), wr = /* @__PURE__ */ L('<button type="button" class="kimi-icon"><!></button>'), xr = /* @__PURE__ */ L("<!> <!>", 1), Sr = /* @__PURE__ */ L('<div class="kimi-msg-tools"><!> <!></div>'), Er = /* @__PURE__ */ L('<article class="kimi-msg kimi-user"><div><!> <!></div> <!></article>');
function Tr(t, e) {
  Me(e, !0);
  var i = this && this.__awaiter || function(S, E, m, _) {
    function k(x) {
      return x instanceof m ? x : new m(function(b) {
        b(x);
      });
    }
    return new (m || (m = Promise))(function(x, b) {
      function j(T) {
        try {
          I(_.next(T));
        } catch (G) {
          b(G);
        }
      }
      function P(T) {
        try {
          I(_.throw(T));
        } catch (G) {
          b(G);
        }
      }
      function I(T) {
        T.done ? x(T.value) : k(T.value).then(j, P);
      }
      I((_ = _.apply(S, E || [])).next());
    });
  };
  const a = qe("say");
  let r = ne(!1), s = ne(""), o = ne(!1), c = ne(void 0);
  function l() {
    return i(this, void 0, void 0, function* () {
      K(s, e.message.source || "", !0), K(r, !0), yield yt(), n(c) === null || n(c) === void 0 || n(c).focus();
    });
  }
  function d() {
    n(s).trim() && (K(r, !1), e.act("edit", { id: e.message.id, text: n(s) }));
  }
  function u(S) {
    S.key === "Escape" ? (S.preventDefault(), S.stopPropagation(), K(r, !1)) : S.key === "Enter" && !S.shiftKey && !S.isComposing && (S.preventDefault(), d());
  }
  function w() {
    return i(this, void 0, void 0, function* () {
      K(o, yield at(e.message.source || ""), !0), setTimeout(() => K(o, !1), 1500);
    });
  }
  var A = Er(), z = F(A);
  let M;
  var v = F(z);
  {
    var f = (S) => {
      var E = br();
      He(E, 21, () => e.message.files, Ye, (m, _) => {
        var k = De(), x = ue(k);
        {
          var b = (I) => {
            var T = hr(), G = F(T), J = D(G), fe = N(G, 2);
            {
              var oe = ($) => {
                var ve = _r(), ee = D(ve, !0);
                O(() => q(ee, n(_).note)), y($, ve);
              };
              W(fe, ($) => {
                n(_).note && $(oe);
              });
            }
            O(
              ($) => {
                B(G, "aria-label", $), B(J, "src", n(_).url), B(J, "alt", n(_).name);
              },
              [() => a("enlarge", { name: n(_).name })]
            ), Z("click", G, () => e.open_image(n(_))), y(I, T);
          }, j = (I) => {
            var T = gr(), G = F(T), J = D(G), fe = N(G, 2);
            He(fe, 21, () => n(_).frames || [], Ye, (oe, $) => {
              var ve = mr(), ee = F(ve), ke = D(ee), we = N(ee, 2), h = D(we, !0);
              O(
                (C, g) => {
                  B(ee, "aria-label", C), B(ke, "src", n($).url), B(ke, "alt", g), q(h, n($).at);
                },
                [
                  () => a("enlarge_frame", { at: n($).at }),
                  () => a("frame_at", { name: n(_).name, at: n($).at })
                ]
              ), Z("click", ee, () => e.open_image({
                url: n($).url,
                name: a("frame_at", { name: n(_).name, at: n($).at })
              })), y(oe, ve);
            }), O(
              (oe) => {
                q(J, `🎞 ${n(_).name ?? ""}`), B(fe, "aria-label", oe);
              },
              [() => a("frames", { name: n(_).name })]
            ), y(I, T);
          }, P = (I) => {
            var T = pr(), G = D(T);
            O(() => q(G, `📄 ${n(_).name ?? ""}${n(_).note ? " · " + n(_).note : ""}`)), y(I, T);
          };
          W(x, (I) => {
            n(_).kind === "image" ? I(b) : n(_).kind === "video" ? I(j, 1) : I(P, -1);
          });
        }
        y(m, k);
      }), y(S, E);
    };
    W(v, (S) => {
      e.message.files && e.message.files.length && S(f);
    });
  }
  var p = N(v, 2);
  {
    var Y = (S) => {
      var E = kr(), m = ue(E);
      Je(m, (P) => K(c, P), () => n(c));
      var _ = N(m, 2), k = F(_), x = D(k, !0), b = N(k, 2), j = D(b, !0);
      O(
        (P, I, T, G) => {
          B(m, "aria-label", P), q(x, I), b.disabled = T, q(j, G);
        },
        [
          () => a("edit_box"),
          () => a("cancel"),
          () => !n(s).trim(),
          () => a("send")
        ]
      ), Z("keydown", m, u), Ea(m, () => n(s), (P) => K(s, P)), Z("click", k, () => K(r, !1)), Z("click", b, d), y(S, E);
    }, U = (S) => {
      var E = yr(), m = D(E, !0);
      O(() => q(m, e.message.source)), y(S, E);
    };
    W(p, (S) => {
      n(r) ? S(Y) : e.message.source && S(U, 1);
    });
  }
  var R = N(z, 2);
  {
    var V = (S) => {
      var E = Sr(), m = F(E);
      {
        var _ = (x) => {
          var b = xr(), j = ue(b);
          {
            let T = ce(() => a("copy_message"));
            Et(j, {
              get label() {
                return n(T);
              },
              get copied() {
                return n(o);
              },
              onclick: w
            });
          }
          var P = N(j, 2);
          {
            var I = (T) => {
              var G = wr(), J = F(G);
              tt(J, { name: "edit" }), O(
                (fe, oe) => {
                  B(G, "aria-label", fe), B(G, "title", oe);
                },
                [() => a("edit_message"), () => a("edit")]
              ), Z("click", G, l), y(T, G);
            };
            W(P, (T) => {
              e.message.id && T(I);
            });
          }
          y(x, b);
        };
        W(m, (x) => {
          e.message.source && x(_);
        });
      }
      var k = N(m, 2);
      St(k, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      }), y(S, E);
    };
    W(R, (S) => {
      n(r) || S(V);
    });
  }
  O(
    (S) => {
      B(A, "data-id", e.message.id), B(A, "aria-label", S), M = Ae(z, 1, "kimi-bubble", null, M, { "kimi-editing": n(r) });
    },
    [() => a("question")]
  ), y(t, A), Le();
}
Ce(["click", "keydown"]);
const Ar = (t) => requestAnimationFrame(() => setTimeout(t, 0)), Cr = (t) => !t.live || (t.parts || []).some((e) => e.type !== "waiting" && e.type !== "progress");
function Mr(t, e, i) {
  const a = window.kimiSide || {}, r = a[e];
  delete a[e];
  const s = r ? r.control : new AbortController();
  let o = r && r.painted;
  const c = () => {
    o && Ar(o), o = void 0;
  }, l = encodeURIComponent(document.documentElement.lang || "en"), d = t.replace(/\/$/, "") + "/live/" + encodeURIComponent(e) + "?lang=" + l;
  return (async () => {
    try {
      const u = await (r ? r.response : fetch(d, { signal: s.signal, credentials: "same-origin", cache: "no-store" }));
      if (!u.ok || !u.body) return c();
      const w = u.body.pipeThrough(new TextDecoderStream()).getReader();
      let A = "";
      for (; ; ) {
        const { done: z, value: M } = await w.read();
        if (z) return c();
        A += M;
        const v = A.lastIndexOf(`
`);
        if (v < 0) continue;
        const f = A.slice(0, v);
        A = A.slice(v + 1);
        const p = JSON.parse(f.slice(f.lastIndexOf(`
`) + 1));
        i(p), Cr(p) && c();
      }
    } catch {
      c();
    }
  })(), () => s.abort();
}
var Lr = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]), Rr = /* @__PURE__ */ L('<p class="kimi-empty svelte-49zqag"> </p>'), Ir = /* @__PURE__ */ L('<button type="button" class="kimi-earlier svelte-49zqag"> </button>'), Nr = /* @__PURE__ */ L('<div class="kimi-chat-tools svelte-49zqag"><!> <button type="button" class="kimi-copy-all svelte-49zqag" aria-live="polite"> </button></div> <!>', 1), Or = /* @__PURE__ */ L('<img class="svelte-49zqag"/> <button type="button" class="kimi-lightbox-close svelte-49zqag"> </button>', 1), zr = /* @__PURE__ */ L('<div><div class="kimi-scroll svelte-49zqag" role="log" tabindex="-1"><div class="kimi-column svelte-49zqag"><!></div></div> <dialog class="kimi-lightbox svelte-49zqag"><!></dialog></div>');
function qr(t, e) {
  Me(e, !0);
  var i = this && this.__awaiter || function(h, C, g, H) {
    function X(Q) {
      return Q instanceof g ? Q : new g(function(ae) {
        ae(Q);
      });
    }
    return new (g || (g = Promise))(function(Q, ae) {
      function xe(re) {
        try {
          te(H.next(re));
        } catch (se) {
          ae(se);
        }
      }
      function ie(re) {
        try {
          te(H.throw(re));
        } catch (se) {
          ae(se);
        }
      }
      function te(re) {
        re.done ? Q(re.value) : X(re.value).then(xe, ie);
      }
      te((H = H.apply(h, C || [])).next());
    });
  };
  let a = /* @__PURE__ */ Ma(e, Lr);
  const r = new Ha(a);
  let s = ce(() => Ka(r.props.words));
  const o = (h, C) => n(s)(h, C);
  oa("say", o);
  let c = -1, l = { messages: [] }, d = ne(null);
  _e(() => {
    const h = (C) => {
      K(d, { base: ye(() => r.props.value), value: C.detail }, !0), p = !0;
    };
    return window.addEventListener("kimi-sending", h), () => window.removeEventListener("kimi-sending", h);
  });
  let u = ce(() => {
    const h = r.props.value, C = (n(d) && n(d).base === h ? n(d).value : h) || { messages: [] }, g = typeof C.opening == "number" ? C.opening : null;
    return g !== null && g < c ? l : (g !== null && (c = g), l = C, C);
  }), w = ne(null), A = "", z = () => {
  };
  _e(() => {
    const h = n(u).live_key;
    !h || h === A || (A = h, p = !0, z(), K(w, { key: h, opening: n(u).opening, item: null }, !0), z = Mr(r.shared.root || "", h, (C) => {
      n(w) && n(w).key === h && K(w, Object.assign(Object.assign({}, n(w)), { item: C }), !0);
    }));
  }), _e(() => {
    if (!n(w)) return;
    const h = n(u).messages || [], C = h[h.length - 1];
    (n(u).opening !== n(w).opening || !C || !C.live && n(u).live_key !== n(w).key) && (z(), K(
      w,
      null
      // the stored chat has come, or the page opened something else
    ));
  });
  let M = ce(() => {
    const h = n(u).messages || [], C = h[h.length - 1];
    if (!n(w) || !n(w).item || !C || !C.live || n(u).opening !== n(w).opening) return h;
    const g = n(
      w
      // (never twice: a list read while the turn was being saved may hold it)
    ).item.id;
    return [
      ...h.slice(0, -1).filter((H) => g == null || H.id !== g),
      n(w).item
    ];
  }), v = ce(() => n(M).some((h) => h.live)), f = ne(void 0), p = !0, Y = null, U = null, R = ne(null), V = ne(void 0), S = ne(!1), E = null;
  function m(h, C) {
    if (h === "version" && n(f)) {
      const g = [...n(f).querySelectorAll(".kimi-msg")], H = g.findIndex((Q) => Q.getAttribute("data-id") === String(C.id)), X = H < 0 ? 0 : g[H].getBoundingClientRect().top - n(f).getBoundingClientRect().top;
      E = H < 0 ? null : {
        index: H,
        id: String(C.id),
        top: X,
        until: performance.now() + 5e3
      };
    }
    r.dispatch(h, C);
  }
  function _() {
    if (!E || !n(f) || performance.now() > E.until) return E = null, !1;
    const h = n(f).querySelectorAll(".kimi-msg")[E.index];
    return !h || h.getAttribute("data-id") === E.id ? !1 : (n(f).scrollTop += h.getBoundingClientRect().top - n(f).getBoundingClientRect().top - E.top, E = null, p = k(), !0);
  }
  function k() {
    return !!n(f) && n(f).scrollHeight - n(f).scrollTop - n(f).clientHeight < 80;
  }
  let x = -1 / 0;
  function b() {
    x = performance.now();
  }
  function j() {
    n(f) && (k() ? p = !0 : performance.now() - x < 1500 && (p = !1));
  }
  let P = 0;
  _e(() => {
    n(
      M
      // what the frame below reads: run again when they change
    ), n(u).focus, n(v), !P && (P = requestAnimationFrame(() => {
      var h;
      if (P = 0, !n(f)) return;
      const C = n(M).length ? String((h = n(M)[0].id) !== null && h !== void 0 ? h : "") + ":" + n(M).length : "", g = n(u).focus || null, H = n(v), X = n(f).querySelectorAll(".kimi-msg");
      Va(H && X.length ? X[X.length - 1] : n(f), r.shared.root || "");
      const Q = C.split(":")[0] !== (Y || "").split(":")[0];
      if (Y = C, !_()) {
        if (g && g !== U) {
          U = g;
          const ae = n(f).querySelector(`[data-id="${CSS.escape(g)}"]`);
          if (ae) {
            ae.scrollIntoView({ block: "center" }), ae.classList.add("kimi-flash"), setTimeout(() => ae.classList.remove("kimi-flash"), 2500), p = !1;
            return;
          }
        }
        g || (U = null), (p || Q) && (n(f).scrollTop = n(f).scrollHeight, p = !0);
      }
    }));
  }), _e(() => {
    n(V) && (n(R) && !n(V).open && n(V).showModal(), !n(R) && n(V).open && n(V).close());
  });
  function I() {
    return i(this, void 0, void 0, function* () {
      K(S, yield at(Wa(n(M), o)), !0), setTimeout(() => K(S, !1), 1500);
    });
  }
  var T = zr();
  let G;
  var J = F(T), fe = F(J), oe = F(fe);
  {
    var $ = (h) => {
      var C = Rr(), g = D(C, !0);
      O(() => q(g, r.props.placeholder || "")), y(h, C);
    }, ve = (h) => {
      var C = Nr(), g = ue(C), H = F(g);
      {
        var X = (ie) => {
          var te = Ir(), re = D(te, !0);
          O((se) => q(re, se), [() => o("earlier", { count: n(u).earlier })]), Z("click", te, () => m("earlier", {})), y(ie, te);
        };
        W(H, (ie) => {
          n(u).earlier && ie(X);
        });
      }
      var Q = N(H, 2), ae = D(Q, !0), xe = N(g, 2);
      He(xe, 19, () => n(M), (ie, te) => ie.id ?? "at-" + te, (ie, te) => {
        var re = De(), se = ue(re);
        {
          var Ie = (he) => {
            Tr(he, {
              get message() {
                return n(te);
              },
              act: m,
              open_image: (Tt) => K(R, Tt, !0)
            });
          }, Fe = (he) => {
            vr(he, {
              get message() {
                return n(te);
              },
              act: m
            });
          };
          W(se, (he) => {
            n(te).role === "user" ? he(Ie) : he(Fe, -1);
          });
        }
        y(ie, re);
      }), O((ie) => q(ae, ie), [() => n(S) ? o("copied") : o("copy_all")]), Z("click", Q, I), y(h, C);
    };
    W(oe, (h) => {
      n(M).length === 0 ? h($) : h(ve, -1);
    });
  }
  Je(J, (h) => K(f, h), () => n(f));
  var ee = N(J, 2), ke = F(ee);
  {
    var we = (h) => {
      var C = Or(), g = ue(C), H = N(g, 2), X = D(H, !0);
      O(
        (Q) => {
          B(g, "src", n(R).url), B(g, "alt", n(R).name), q(X, Q);
        },
        [() => o("close")]
      ), Z("click", H, () => K(R, null)), y(h, C);
    };
    W(ke, (h) => {
      n(R) && h(we);
    });
  }
  Je(ee, (h) => K(V, h), () => n(V)), O(
    (h, C, g) => {
      B(T, "id", r.shared.elem_id), G = Ae(T, 1, `kimi-chat ${h ?? ""}`, "svelte-49zqag", G, { hidden: r.shared.visible === !1 }), B(J, "aria-label", C), B(J, "aria-busy", n(v)), B(ee, "aria-label", g);
    },
    [
      () => (r.shared.elem_classes || []).join(" "),
      () => o("conversation"),
      () => n(R) ? n(R).name : o("image")
    ]
  ), Ge("scroll", J, j), Ge("wheel", J, b), Z("touchstart", J, b), Z("pointerdown", J, b), Z("keydown", J, b), Ge("close", ee, () => K(R, null)), Z("click", ee, (h) => {
    h.target === n(V) && K(R, null);
  }), y(t, T), Le();
}
Ce(["touchstart", "pointerdown", "keydown", "click"]);
export {
  qr as default
};
