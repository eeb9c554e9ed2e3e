import { i as st, g as ot, o as St, c as lt, a as ne, b as Et, T as ft, d as Tt, e as Ve, f as ge, r as Oe, h as Ae, p as Ue, j as xe, k as me, m as ct, s as dt, l as ut, E as Ct, n as r, q as Xe, t as At, u as Mt, v as Ot, w as Qe, x as Rt, y as Lt, z as Nt, A as Ke, B as le, D as It, I as ze, C as zt, F as Ht, G as qt, H as Ft, J as vt, K as Dt, L as z, M as Bt, N as Pt, O as Gt, P as _t, Q as Ee, R as Ye, S as jt, U as Vt, V as Ze, W as Ut, X as Kt, Y as Yt, Z as Wt, _ as Jt, $ as Xt, a0 as ht, a1 as Qt, a2 as Zt, a3 as $t, a4 as ea, a5 as ta, a6 as aa, a7 as ra, a8 as te, a9 as $e, aa as P, ab as ue, ac as Te, ad as Le, ae as ce, af as Ne, ag as be, ah as M, ai as j, aj as Q, ak as L, al as D, am as et } from "./render-C_oISn1u.js";
const ia = [];
function mt(t, e = !1, i = !1) {
  return Me(t, /* @__PURE__ */ new Map(), "", ia, null, i);
}
function Me(t, e, i, a, n = null, s = !1) {
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
    if (st(t)) {
      var f = (
        /** @type {Snapshot<any>} */
        Array(t.length)
      );
      e.set(t, f), n !== null && e.set(n, f);
      for (var l = 0; l < t.length; l += 1) {
        var c = t[l];
        l in t && (f[l] = Me(c, e, i, a, null, s));
      }
      return f;
    }
    if (ot(t) === St) {
      f = {}, e.set(t, f), n !== null && e.set(n, f);
      for (var w of Object.keys(t))
        f[w] = Me(
          // @ts-expect-error
          t[w],
          e,
          i,
          a,
          null,
          s
        );
      return f;
    }
    if (t instanceof Date)
      return t.getTime(), /** @type {Snapshot<T>} */
      structuredClone(t);
    if (typeof /** @type {T & { toJSON?: any } } */
    t.toJSON == "function" && !s)
      return Me(
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
const na = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", {
    /** @param {string} html */
    createHTML: (t) => t
  })
);
function sa(t) {
  return (
    /** @type {string} */
    na?.createHTML(t) ?? t
  );
}
function gt(t) {
  var e = lt("template");
  return e.innerHTML = sa(t.replaceAll("<!>", "<!---->")), e.content;
}
function ve(t, e) {
  var i = (
    /** @type {Effect} */
    Ve
  );
  i.nodes === null && (i.nodes = { start: t, end: e, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function C(t, e) {
  var i = (e & ft) !== 0, a = (e & Tt) !== 0, n, s = !t.startsWith("<!>");
  return () => {
    n === void 0 && (n = gt(s ? t : "<!>" + t), i || (n = /** @type {TemplateNode} */
    ne(n)));
    var o = (
      /** @type {TemplateNode} */
      a || Et ? document.importNode(n, !0) : n.cloneNode(!0)
    );
    if (i) {
      var f = (
        /** @type {TemplateNode} */
        ne(o)
      ), l = (
        /** @type {TemplateNode} */
        o.lastChild
      );
      ve(f, l);
    } else
      ve(o, o);
    return o;
  };
}
// @__NO_SIDE_EFFECTS__
function oa(t, e, i = "svg") {
  var a = !t.startsWith("<!>"), n = (e & ft) !== 0, s = `<${i}>${a ? t : "<!>" + t}</${i}>`, o;
  return () => {
    if (!o) {
      var f = (
        /** @type {DocumentFragment} */
        gt(s)
      ), l = (
        /** @type {Element} */
        ne(f)
      );
      if (n)
        for (o = document.createDocumentFragment(); ne(l); )
          o.appendChild(
            /** @type {TemplateNode} */
            ne(l)
          );
      else
        o = /** @type {Element} */
        ne(l);
    }
    var c = (
      /** @type {TemplateNode} */
      o.cloneNode(!0)
    );
    if (n) {
      var w = (
        /** @type {TemplateNode} */
        ne(c)
      ), E = (
        /** @type {TemplateNode} */
        c.lastChild
      );
      ve(w, E);
    } else
      ve(c, c);
    return c;
  };
}
// @__NO_SIDE_EFFECTS__
function Ce(t, e) {
  return /* @__PURE__ */ oa(t, e, "svg");
}
function la(t = "") {
  {
    var e = ge(t + "");
    return ve(e, e), e;
  }
}
function Ie() {
  var t = document.createDocumentFragment(), e = document.createComment(""), i = ge();
  return t.append(e, i), ve(e, i), t;
}
function S(t, e) {
  t !== null && t.before(
    /** @type {Node} */
    e
  );
}
class fa {
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
  #i = !0;
  /**
   * @param {TemplateNode} anchor
   * @param {boolean} transition
   */
  constructor(e, i = !0) {
    this.anchor = e, this.#i = i;
  }
  /**
   * @param {Batch} batch
   */
  #n = (e) => {
    if (this.#t.has(e)) {
      var i = (
        /** @type {Key} */
        this.#t.get(e)
      ), a = this.#a.get(i);
      if (a)
        Oe(a), this.#r.delete(i);
      else {
        var n = this.#e.get(i);
        n && (Oe(n.effect), this.#a.set(i, n.effect), this.#e.delete(i), n.fragment.lastChild.remove(), this.anchor.before(n.fragment), a = n.effect);
      }
      for (const [s, o] of this.#t) {
        if (this.#t.delete(s), s === e)
          break;
        const f = this.#e.get(o);
        f && (Ae(f.effect), this.#e.delete(o));
      }
      for (const [s, o] of this.#a) {
        if (s === i || this.#r.has(s)) continue;
        const f = () => {
          if (Array.from(this.#t.values()).includes(s)) {
            var c = document.createDocumentFragment();
            ct(o, c), c.append(ge()), this.#e.set(s, { effect: o, fragment: c });
          } else
            Ae(o);
          this.#r.delete(s), this.#a.delete(s);
        };
        this.#i || !a ? (this.#r.add(s), Ue(o, f, !1)) : f();
      }
    }
  };
  /**
   * @param {Batch} batch
   */
  #s = (e) => {
    this.#t.delete(e);
    const i = Array.from(this.#t.values());
    for (const [a, n] of this.#e)
      i.includes(a) || (Ae(n.effect), this.#e.delete(a));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(e, i) {
    var a = (
      /** @type {Batch} */
      me
    ), n = dt();
    if (i && !this.#a.has(e) && !this.#e.has(e))
      if (n) {
        var s = document.createDocumentFragment(), o = ge();
        s.append(o), this.#e.set(e, {
          effect: xe(() => i(o)),
          fragment: s
        });
      } else
        this.#a.set(
          e,
          xe(() => i(this.anchor))
        );
    if (this.#t.set(a, e), n) {
      for (const [f, l] of this.#a)
        f === e ? a.unskip_effect(l) : a.skip_effect(l);
      for (const [f, l] of this.#e)
        f === e ? a.unskip_effect(l.effect) : a.skip_effect(l.effect);
      a.oncommit(this.#n), a.ondiscard(this.#s);
    } else
      this.#n(a);
  }
}
function B(t, e, i = !1) {
  var a = new fa(t), n = i ? Ct : 0;
  function s(o, f) {
    a.ensure(o, f);
  }
  ut(() => {
    var o = !1;
    e((f, l = 0) => {
      o = !0, s(l, f);
    }), o || s(-1, null);
  }, n);
}
function Be(t, e) {
  return e;
}
function ca(t, e, i) {
  for (var a = [], n = e.length, s, o = e.length, f = 0; f < n; f++) {
    let E = e[f];
    Ue(
      E,
      () => {
        if (s) {
          if (s.pending.delete(E), s.done.add(E), s.pending.size === 0) {
            var h = (
              /** @type {Set<EachOutroGroup>} */
              t.outrogroups
            );
            Pe(t, Ke(s.done)), h.delete(s), h.size === 0 && (t.outrogroups = null);
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
      var c = (
        /** @type {Element} */
        i
      ), w = (
        /** @type {Element} */
        c.parentNode
      );
      Ht(w), w.append(c), t.items.clear();
    }
    Pe(t, e, !l);
  } else
    s = {
      pending: new Set(e),
      done: /* @__PURE__ */ new Set()
    }, (t.outrogroups ??= /* @__PURE__ */ new Set()).add(s);
}
function Pe(t, e, i = !0) {
  var a;
  if (t.pending.size > 0) {
    a = /* @__PURE__ */ new Set();
    for (const o of t.pending.values())
      for (const f of o)
        a.add(
          /** @type {EachItem} */
          t.items.get(f).e
        );
  }
  for (var n = 0; n < e.length; n++) {
    var s = e[n];
    if (a?.has(s)) {
      s.f |= le;
      const o = document.createDocumentFragment();
      ct(s, o);
    } else
      Ae(e[n], i);
  }
}
var tt;
function Re(t, e, i, a, n, s = null) {
  var o = t, f = /* @__PURE__ */ new Map(), l = (e & vt) !== 0;
  if (l) {
    var c = (
      /** @type {Element} */
      t
    );
    o = c.appendChild(ge());
  }
  var w = null, E = Mt(() => {
    var N = i();
    return (
      /** @type {V[]} */
      st(N) ? N : N == null ? [] : Ke(N)
    );
  }), h = /* @__PURE__ */ new Map(), u = !0;
  function H(N) {
    if ((p.effect.f & It) === 0) {
      p.pending.delete(N);
      var V = r(E);
      p.fallback = w, da(p, V, o, e, a), w !== null && (V.length === 0 ? (w.f & le) === 0 ? Oe(w) : (w.f ^= le, we(w, null, o)) : Ue(w, () => {
        w = null;
      }));
    }
  }
  function I(N) {
    p.pending.delete(N);
  }
  var _ = ut(() => {
    for (var N = (
      /** @type {V[]} */
      r(E)
    ), V = N.length, F = /* @__PURE__ */ new Set(), k = (
      /** @type {Batch} */
      me
    ), m = dt(), v = 0; v < V; v += 1) {
      var g = N[v], x = a(g, v), b = u ? null : f.get(x);
      b ? (b.v && Xe(b.v, g), b.i && Xe(b.i, v), m && k.unskip_effect(b.e)) : (b = ua(
        f,
        u ? o : tt ??= ge(),
        g,
        x,
        v,
        n,
        e,
        i
      ), u || (b.e.f |= le), f.set(x, b)), F.add(x);
    }
    if (V === 0 && s && !w && (u ? w = xe(() => s(o)) : (w = xe(() => s(tt ??= ge())), w.f |= le)), V > F.size && At(), !u)
      if (h.set(k, F), m) {
        for (const [O, U] of f)
          F.has(O) || k.skip_effect(U.e);
        k.oncommit(H), k.ondiscard(I);
      } else
        H(k);
    r(E);
  }), p = { effect: _, items: f, pending: h, outrogroups: null, fallback: w };
  u = !1;
}
function ye(t) {
  for (; t !== null && (t.f & zt) === 0; )
    t = t.next;
  return t;
}
function da(t, e, i, a, n) {
  var s = (a & Dt) !== 0, o = e.length, f = t.items, l = ye(t.effect.first), c, w = null, E, h = [], u = [], H, I, _, p;
  if (s)
    for (p = 0; p < o; p += 1)
      H = e[p], I = n(H, p), _ = /** @type {EachItem} */
      f.get(I).e, (_.f & le) === 0 && (_.nodes?.a?.measure(), (E ??= /* @__PURE__ */ new Set()).add(_));
  for (p = 0; p < o; p += 1) {
    if (H = e[p], I = n(H, p), _ = /** @type {EachItem} */
    f.get(I).e, t.outrogroups !== null)
      for (const b of t.outrogroups)
        b.pending.delete(_), b.done.delete(_);
    if ((_.f & ze) !== 0 && (Oe(_), s && (_.nodes?.a?.unfix(), (E ??= /* @__PURE__ */ new Set()).delete(_))), (_.f & le) !== 0)
      if (_.f ^= le, _ === l)
        we(_, null, i);
      else {
        var N = w ? w.next : l;
        _ === t.effect.last && (t.effect.last = _.prev), _.prev && (_.prev.next = _.next), _.next && (_.next.prev = _.prev), de(t, w, _), de(t, _, N), we(_, N, i), w = _, h = [], u = [], l = ye(w.next);
        continue;
      }
    if (_ !== l) {
      if (c !== void 0 && c.has(_)) {
        if (h.length < u.length) {
          var V = u[0], F;
          w = V.prev;
          var k = h[0], m = h[h.length - 1];
          for (F = 0; F < h.length; F += 1)
            we(h[F], V, i);
          for (F = 0; F < u.length; F += 1)
            c.delete(u[F]);
          de(t, k.prev, m.next), de(t, w, k), de(t, m, V), l = V, w = m, p -= 1, h = [], u = [];
        } else
          c.delete(_), we(_, l, i), de(t, _.prev, _.next), de(t, _, w === null ? t.effect.first : w.next), de(t, w, _), w = _;
        continue;
      }
      for (h = [], u = []; l !== null && l !== _; )
        (c ??= /* @__PURE__ */ new Set()).add(l), u.push(l), l = ye(l.next);
      if (l === null)
        continue;
    }
    (_.f & le) === 0 && h.push(_), w = _, l = ye(_.next);
  }
  if (t.outrogroups !== null) {
    for (const b of t.outrogroups)
      b.pending.size === 0 && (Pe(t, Ke(b.done)), t.outrogroups?.delete(b));
    t.outrogroups.size === 0 && (t.outrogroups = null);
  }
  if (l !== null || c !== void 0) {
    var v = [];
    if (c !== void 0)
      for (_ of c)
        (_.f & ze) === 0 && v.push(_);
    for (; l !== null; )
      (l.f & ze) === 0 && l !== t.fallback && v.push(l), l = ye(l.next);
    var g = v.length;
    if (g > 0) {
      var x = (a & vt) !== 0 && o === 0 ? i : null;
      if (s) {
        for (p = 0; p < g; p += 1)
          v[p].nodes?.a?.measure();
        for (p = 0; p < g; p += 1)
          v[p].nodes?.a?.fix();
      }
      ca(t, v, x);
    }
  }
  s && qt(() => {
    if (E !== void 0)
      for (_ of E)
        _.nodes?.a?.apply();
  });
}
function ua(t, e, i, a, n, s, o, f) {
  var l = (o & Rt) !== 0 ? (o & Lt) === 0 ? Nt(i, !1, !1) : Qe(i) : null, c = (o & Ot) !== 0 ? Qe(n) : null;
  return {
    v: l,
    i: c,
    e: xe(() => (s(e, l ?? i, c ?? n, f), () => {
      t.delete(a);
    }))
  };
}
function we(t, e, i) {
  if (t.nodes)
    for (var a = t.nodes.start, n = t.nodes.end, s = e && (e.f & le) === 0 ? (
      /** @type {EffectNodes} */
      e.nodes.start
    ) : i; a !== null; ) {
      var o = (
        /** @type {TemplateNode} */
        Ft(a)
      );
      if (s.before(a), a === n)
        return;
      a = o;
    }
}
function de(t, e, i) {
  e === null ? t.effect.first = i : e.next = i, i === null ? t.effect.last = e : i.prev = e;
}
function He(t, e, i = !1, a = !1, n = !1, s = !1) {
  var o = t, f = "";
  if (i)
    var l = (
      /** @type {Element} */
      t
    );
  z(() => {
    var c = (
      /** @type {Effect} */
      Ve
    );
    if (f !== (f = e() ?? "")) {
      if (i) {
        c.nodes = null, l.innerHTML = /** @type {string} */
        f, f !== "" && ve(
          /** @type {TemplateNode} */
          ne(l),
          /** @type {TemplateNode} */
          l.lastChild
        );
        return;
      }
      if (c.nodes !== null && (Bt(
        c.nodes.start,
        /** @type {TemplateNode} */
        c.nodes.end
      ), c.nodes = null), f !== "") {
        var w = a ? Pt : n ? Gt : void 0, E = (
          /** @type {HTMLTemplateElement | SVGElement | MathMLElement} */
          lt(a ? "svg" : n ? "math" : "template", w)
        );
        E.innerHTML = /** @type {any} */
        f;
        var h = a || n ? E : (
          /** @type {HTMLTemplateElement} */
          E.content
        );
        if (ve(
          /** @type {TemplateNode} */
          ne(h),
          /** @type {TemplateNode} */
          h.lastChild
        ), a || n)
          for (; ne(h); )
            o.before(
              /** @type {TemplateNode} */
              ne(h)
            );
        else
          o.before(h);
      }
    }
  });
}
function va(t, e, i) {
  _t(() => {
    var a = Ee(() => e(t, i?.()) || {});
    if (i && a?.update) {
      var n = !1, s = (
        /** @type {any} */
        {}
      );
      Ye(() => {
        var o = i();
        jt(o), n && Vt(s, o) && (s = o, a.update(o));
      }), n = !0;
    }
    if (a?.destroy)
      return () => (
        /** @type {Function} */
        a.destroy()
      );
  });
}
const at = [...` 	
\r\f \v\uFEFF`];
function _a(t, e, i) {
  var a = t == null ? "" : "" + t;
  if (e && (a = a ? a + " " + e : e), i) {
    for (var n of Object.keys(i))
      if (i[n])
        a = a ? a + " " + n : n;
      else if (a.length)
        for (var s = n.length, o = 0; (o = a.indexOf(n, o)) >= 0; ) {
          var f = o + s;
          (o === 0 || at.includes(a[o - 1])) && (f === a.length || at.includes(a[f])) ? a = (o === 0 ? "" : a.substring(0, o)) + a.substring(f + 1) : o = f;
        }
  }
  return a === "" ? null : a;
}
function Se(t, e, i, a, n, s) {
  var o = (
    /** @type {any} */
    t[Ze]
  );
  if (o !== i || o === void 0) {
    var f = _a(i, a, s);
    f == null ? t.removeAttribute("class") : t.className = f, t[Ze] = i;
  } else if (s && n !== s)
    for (var l in s) {
      var c = !!s[l];
      (n == null || c !== !!n[l]) && t.classList.toggle(l, c);
    }
  return s;
}
const ha = /* @__PURE__ */ Symbol("is custom element"), ma = /* @__PURE__ */ Symbol("is html"), ga = Jt ? "progress" : "PROGRESS";
function pa(t, e) {
  var i = pt(t);
  i.value === (i.value = // treat null and undefined the same for the initial value
  e ?? void 0) || // @ts-expect-error
  // `progress` elements always need their value set when it's `0`
  t.value === e && (e !== 0 || t.nodeName !== ga) || (t.value = e ?? "");
}
function W(t, e, i, a) {
  var n = pt(t), s = n[e];
  s !== (n[e] = i) && (e === "loading" && (t[Ut] = i), i == null ? t.removeAttribute(e) : typeof i != "string" && ba(t).has(e) ? t[e] = i : t.setAttribute(e, i));
}
function pt(t) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    t[Kt] ??= {
      [ha]: t.nodeName.includes("-"),
      [ma]: t.namespaceURI === Yt
    }
  );
}
var rt = /* @__PURE__ */ new Map();
function ba(t) {
  var e = t.getAttribute("is") || t.nodeName, i = rt.get(e);
  if (i) return i;
  rt.set(e, i = /* @__PURE__ */ new Set());
  for (var a, n = t, s = Element.prototype; s !== n; ) {
    a = Wt(n);
    for (var o in a)
      a[o].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      o !== "innerHTML" && o !== "textContent" && o !== "innerText" && i.add(o);
    n = ot(n);
  }
  return i;
}
function ka(t, e, i = e) {
  var a = /* @__PURE__ */ new WeakSet();
  Xt(t, "input", async (n) => {
    var s = n ? t.defaultValue : t.value;
    if (s = qe(t) ? Fe(s) : s, i(s), me !== null && a.add(me), await ht(), s !== (s = e())) {
      var o = t.selectionStart, f = t.selectionEnd, l = t.value.length;
      if (t.value = s ?? "", f !== null) {
        var c = t.value.length;
        o === f && f === l && c > l ? (t.selectionStart = c, t.selectionEnd = c) : (t.selectionStart = o, t.selectionEnd = Math.min(f, c));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  Ee(e) == null && t.value && (i(qe(t) ? Fe(t.value) : t.value), me !== null && a.add(me)), Ye(() => {
    var n = e();
    if (t === document.activeElement) {
      var s = (
        /** @type {Batch} */
        me
      );
      if (a.has(s))
        return;
    }
    qe(t) && n === Fe(t.value) || t.type === "date" && !n && !t.value || n !== t.value && (t.value = n ?? "");
  });
}
function qe(t) {
  var e = t.type;
  return e === "number" || e === "range";
}
function Fe(t) {
  return t === "" ? null : +t;
}
function De(t, e) {
  return t === e || t?.[ea] === e;
}
function Ge(t = Zt(), e, i, a) {
  var n = (
    /** @type {ComponentContext} */
    Qt.r
  ), s = (
    /** @type {Effect} */
    Ve
  );
  return _t(() => {
    var o, f;
    return Ye(() => {
      o = f, f = [], Ee(() => {
        De(i(...f), t) || (e(t, ...f), o && De(i(...o), t) && e(null, ...o));
      });
    }), () => {
      let l = s;
      for (; l !== n && l.parent !== null && l.parent.f & $t; )
        l = l.parent;
      const c = () => {
        f && De(i(...f), t) && e(null, ...f);
      }, w = l.teardown;
      l.teardown = () => {
        c(), w?.();
      };
    };
  }), t;
}
function ya(t, e, i) {
  if (t == null)
    return e(void 0), ta;
  const a = Ee(
    () => t.subscribe(
      e,
      // @ts-expect-error
      i
    )
  );
  return a.unsubscribe ? () => a.unsubscribe() : a;
}
function wa(t) {
  let e;
  return ya(t, (i) => e = i)(), e;
}
const xa = {
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
function Sa(t, e, i) {
  return new Proxy({ props: t, exclude: e }, xa);
}
const Ea = [
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
], it = {
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
Ea.reduce((t, { color: e, primary: i, secondary: a }) => ({
  ...t,
  [e]: {
    primary: it[e][i],
    secondary: it[e][a]
  }
}), {});
function Ta(t) {
  let e;
  const i = ra((n) => {
    let s = !1;
    const o = t.subscribe((f) => {
      e = f, s && n();
    });
    return s = !0, o;
  });
  function a() {
    return aa() ? (i(), e) : wa(t);
  }
  return "set" in t ? {
    get current() {
      return a();
    },
    set current(n) {
      t.set(n);
    }
  } : {
    get current() {
      return a();
    }
  };
}
const Ca = "__i18n__", Aa = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], Ma = [
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
function Oa(t) {
  return typeof t == "string" && t.includes(Ca);
}
class Ra {
  load_component;
  #t = te($e({}));
  get shared() {
    return r(this.#t);
  }
  set shared(e) {
    P(this.#t, e, !0);
  }
  #a = te($e({}));
  get props() {
    return r(this.#a);
  }
  set props(e) {
    P(this.#a, e, !0);
  }
  #e = te((e) => e);
  get i18n() {
    return r(this.#e);
  }
  set i18n(e) {
    P(this.#e, e, !0);
  }
  i18n_store;
  _i18n_from_store;
  translatable_props = {};
  dispatcher;
  last_update = null;
  shared_props = Ma;
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
    this.i18n = this.props.i18n ?? ((a) => a), this.i18n_store = e.props.i18n_store, this._i18n_from_store = this.i18n_store ? Ta(this.i18n_store) : void 0;
    for (const a of Aa)
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
    ), this.registered_id = this.shared.id, this.last_shared_props = e.shared_props, this.last_props = e.props, ue(() => {
      const a = e.shared_props.id;
      if (this.last_shared_props !== e.shared_props) {
        for (const n in e.shared_props) {
          const s = e.shared_props[n];
          s !== void 0 && (this._is_i18n_managed(`shared.${n}`, s) || (this.shared[n] = s));
        }
        this.last_shared_props = e.shared_props;
      }
      if (this.last_props !== e.props) {
        for (const n in e.props) {
          if (n === "i18n_store") continue;
          const s = e.props[n];
          s !== void 0 && (this._is_i18n_managed(`props.${n}`, s) || (this.props[n] = s));
        }
        this.last_props = e.props;
      }
      this.registered_id !== null && this.registered_id !== a && this.unregister_component(this.registered_id, this.set_data_callback), this.register_component(
        a,
        // @ts-ignore
        this.set_data_callback,
        this.get_data_callback
      ), this.registered_id = a, Ee(() => {
        this.shared.id = a;
      });
    }), ue(() => () => {
      this.registered_id !== null && this.unregister_component(this.registered_id, this.set_data_callback);
    }), ue(() => this.i18n_store ? this.i18n_store.subscribe(() => {
      for (const [n, s] of Object.entries(this.translatable_props)) {
        const [o, f] = n.split("."), l = this.i18n(s);
        o === "shared" ? this.shared[f] = l : this.props[f] = l;
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
    const n = this.i18n(a);
    return n !== a && (this.translatable_props[`${e}.${i}`] = a), n;
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
    return mt(this.props);
  }
  update(e) {
    this.set_data(e);
  }
  set_data(e) {
    for (const i in e) {
      const a = e[i], n = Oa(a) ? this._translate_and_store(this.shared_props.includes(i) ? "shared" : "props", i, a) : a;
      if (this.shared_props.includes(i)) {
        const s = i;
        this.shared[s] = n;
        continue;
      }
      this.props[i] = n;
    }
  }
  watch_for_change() {
    ue(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
var La = /* @__PURE__ */ C('<span class="kimi-versions" role="group" aria-label="Versions"><button type="button" class="kimi-icon" aria-label="Previous version">‹</button> <span class="kimi-versions-pos"> </span> <button type="button" class="kimi-icon" aria-label="Next version">›</button></span>');
function bt(t, e) {
  Le(e, !0);
  let i = be(() => e.message.versions ? e.message.versions[0] : 1), a = be(() => e.message.versions ? e.message.versions[1] : 1);
  var n = Ie(), s = ce(n);
  {
    var o = (f) => {
      var l = La(), c = L(l), w = M(c, 2), E = D(w), h = M(w, 2);
      z(() => {
        c.disabled = r(i) <= 1, j(E, `${r(i) ?? ""}/${r(a) ?? ""}`), h.disabled = r(i) >= r(a);
      }), Q("click", c, () => e.act("version", { id: e.message.id, step: -1 })), Q("click", h, () => e.act("version", { id: e.message.id, step: 1 })), S(f, l);
    };
    B(s, (f) => {
      r(a) > 1 && f(o);
    });
  }
  S(t, n), Ne();
}
Te(["click"]);
var Na = /* @__PURE__ */ Ce('<rect x="9" y="9" width="12" height="12" rx="2"></rect><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"></path>', 1), Ia = /* @__PURE__ */ Ce('<path d="M5 12l5 5L20 7"></path>'), za = /* @__PURE__ */ Ce('<path d="M12 20h9"></path><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"></path>', 1), Ha = /* @__PURE__ */ Ce('<path d="M21 12a9 9 0 1 1-3-6.7L21 8"></path><path d="M21 3v5h-5"></path>', 1), qa = /* @__PURE__ */ Ce('<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><!></svg>');
function We(t, e) {
  var i = qa(), a = L(i);
  {
    var n = (l) => {
      var c = Na();
      S(l, c);
    }, s = (l) => {
      var c = Ia();
      S(l, c);
    }, o = (l) => {
      var c = za();
      S(l, c);
    }, f = (l) => {
      var c = Ha();
      S(l, c);
    };
    B(a, (l) => {
      e.name === "copy" ? l(n) : e.name === "done" ? l(s, 1) : e.name === "edit" ? l(o, 2) : e.name === "retry" && l(f, 3);
    });
  }
  S(t, i);
}
var Fa = /* @__PURE__ */ C('<span class="kimi-copy"><button type="button" class="kimi-icon" title="Copy"><!></button> <span role="status" aria-live="polite"> </span></span>');
function kt(t, e) {
  var i = Fa(), a = L(i), n = L(a);
  {
    let l = be(() => e.copied ? "done" : "copy");
    We(n, {
      get name() {
        return r(l);
      }
    });
  }
  var s = M(a, 2);
  let o;
  var f = D(s, !0);
  z(() => {
    W(a, "aria-label", e.copied ? "Copied" : e.label), o = Se(s, 1, "kimi-copied", null, o, { shown: e.copied }), j(f, e.copied ? "Copied" : "");
  }), Q("click", a, function(...l) {
    e.onclick?.apply(this, l);
  }), S(t, i);
}
Te(["click"]);
const nt = { $$: "$$", $: "$", "\\(": "\\)", "\\[": "\\]" };
async function Da(t, e) {
  const i = [...t.querySelectorAll(".kimi-math:not([data-tex]), .kimi-math-display:not([data-tex])")];
  if (!i.length) return;
  if (!document.getElementById("kimi-katex-css")) {
    const n = document.createElement("link");
    n.id = "kimi-katex-css", n.rel = "stylesheet", n.href = e.replace(/\/$/, "") + "/kimi-assets/katex/katex.min.css", document.head.appendChild(n);
  }
  const a = (await import("./katex-bqqIAMXL.js")).default;
  for (const n of i) {
    const s = n.textContent || "", o = ["$$", "\\[", "\\(", "$"].find((l) => s.startsWith(l) && s.endsWith(nt[l]));
    if (!o) continue;
    const f = s.slice(o.length, s.length - nt[o].length);
    n.dataset.tex = s;
    try {
      a.render(f, n, {
        displayMode: n.classList.contains("kimi-math-display"),
        throwOnError: !1,
        output: "htmlAndMathml"
      });
    } catch {
      n.textContent = s;
    }
  }
}
async function Je(t) {
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
function je(t) {
  return (t.parts || []).filter((e) => e.type === "text").map((e) => e.source || "").join(`

`);
}
function Ba(t) {
  return t.map(
    (e) => e.role === "user" ? `**You:**

${e.source || ""}` : `**Kimi:**

${je(e)}`
  ).join(`

---

`);
}
function Pa(t) {
  return t == null ? "" : t < 1 ? `${t.toFixed(2)} ms` : t < 1e3 ? `${t < 10 ? t.toFixed(1) : Math.round(t)} ms` : `${(t / 1e3).toFixed(t < 1e4 ? 1 : 0)} s`;
}
function Ga(t) {
  return t ? t < 60 ? `${Math.max(1, Math.round(t))} s` : `${Math.floor(t / 60)} min ${Math.round(t % 60)} s` : "";
}
var ja = /* @__PURE__ */ C('<span class="kimi-spinner" aria-hidden="true"></span>Thinking…', 1), Va = /* @__PURE__ */ C('<details class="kimi-reasoning"><summary><!></summary> <div class="kimi-reasoning-body"></div></details>'), Ua = /* @__PURE__ */ C('<span class="kimi-tool-args"> </span>'), Ka = /* @__PURE__ */ C('<span class="kimi-tool-status"> </span>'), Ya = /* @__PURE__ */ C('<span class="kimi-tool-ms"> </span>'), Wa = /* @__PURE__ */ C('<div class="kimi-tool-more"> </div>'), Ja = /* @__PURE__ */ C('<div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!>', 1), Xa = /* @__PURE__ */ C('<details class="kimi-tool"><summary><span class="kimi-tool-name"> </span> <!> <!> <!></summary> <div class="kimi-tool-body"><div class="kimi-tool-label">Arguments</div> <pre><code> </code></pre> <!></div></details>'), Qa = /* @__PURE__ */ C('<div class="kimi-text"></div>'), Za = /* @__PURE__ */ C('<div><span aria-hidden="true"> </span> <div></div></div>'), $a = /* @__PURE__ */ C('<div class="kimi-waiting-detail"> </div>'), er = /* @__PURE__ */ C('<div class="kimi-waiting" role="status"><span class="kimi-spinner" aria-hidden="true"></span> <span> </span> <!></div>'), tr = /* @__PURE__ */ C('<div class="kimi-waiting" role="status"><span> </span> <progress></progress> <span class="kimi-waiting-detail"> </span></div>'), ar = /* @__PURE__ */ C('<span class="kimi-stats"> </span>'), rr = /* @__PURE__ */ C('<button type="button" class="kimi-icon" aria-label="Retry" title="Retry"><!></button>'), ir = /* @__PURE__ */ C('<button type="button" class="kimi-button kimi-continue">Continue</button>'), nr = /* @__PURE__ */ C('<div class="kimi-footer"><!> <span class="kimi-footer-actions"><!> <!> <!> <!></span></div>'), sr = /* @__PURE__ */ C(`<article aria-label="Kimi's answer"><!> <!></article>`);
function or(t, e) {
  Le(e, !0);
  var i = this && this.__awaiter || function(h, u, H, I) {
    function _(p) {
      return p instanceof H ? p : new H(function(N) {
        N(p);
      });
    }
    return new (H || (H = Promise))(function(p, N) {
      function V(m) {
        try {
          k(I.next(m));
        } catch (v) {
          N(v);
        }
      }
      function F(m) {
        try {
          k(I.throw(m));
        } catch (v) {
          N(v);
        }
      }
      function k(m) {
        m.done ? p(m.value) : _(m.value).then(V, F);
      }
      k((I = I.apply(h, u || [])).next());
    });
  };
  let a = te(!1);
  const n = {
    pending: "calling…",
    running: "running…",
    ok: "",
    error: "failed",
    timeout: "timed out",
    cancelled: "stopped"
  };
  function s(h, u) {
    h.open = !!u;
    let H = !!u;
    return {
      update(I) {
        !!I !== H && (h.open = H = !!I);
      }
    };
  }
  function o() {
    return i(this, void 0, void 0, function* () {
      P(a, yield Je(je(e.message)), !0), setTimeout(() => P(a, !1), 1500);
    });
  }
  var f = sr();
  let l;
  var c = L(f);
  Re(c, 17, () => e.message.parts || [], Be, (h, u) => {
    var H = Ie(), I = ce(H);
    {
      var _ = (m) => {
        var v = Va(), g = L(v), x = L(g);
        {
          var b = (K) => {
            var R = ja();
            S(K, R);
          }, O = (K) => {
            var R = la();
            z((q) => j(R, `Thought${q ?? ""}`), [
              () => r(u).seconds ? " for " + Ga(r(u).seconds) : ""
            ]), S(K, R);
          };
          B(x, (K) => {
            r(u).live ? K(b) : K(O, -1);
          });
        }
        var U = M(g, 2);
        He(U, () => r(u).html, !0), va(v, (K, R) => s?.(K, R), () => r(u).live), S(m, v);
      }, p = (m) => {
        var v = Xa(), g = L(v), x = L(g), b = D(x), O = M(x, 2);
        {
          var U = (Y) => {
            var d = Ua(), y = D(d, !0);
            z(() => j(y, r(u).brief)), S(Y, d);
          };
          B(O, (Y) => {
            r(u).brief && Y(U);
          });
        }
        var K = M(O, 2);
        {
          var R = (Y) => {
            var d = Ka(), y = D(d, !0);
            z(() => j(y, n[r(u).status])), S(Y, d);
          };
          B(K, (Y) => {
            n[r(u).status] && Y(R);
          });
        }
        var q = M(K, 2);
        {
          var G = (Y) => {
            var d = Ya(), y = D(d, !0);
            z((T) => j(y, T), [() => Pa(r(u).ms)]), S(Y, d);
          };
          B(q, (Y) => {
            r(u).ms !== null && r(u).ms !== void 0 && Y(G);
          });
        }
        var se = M(g, 2), fe = M(L(se), 2), _e = L(fe), Z = D(_e, !0), ae = M(fe, 2);
        {
          var oe = (Y) => {
            var d = Ja(), y = ce(d), T = D(y), A = M(y, 2), J = L(A), $ = D(J, !0), re = M(A, 2);
            {
              var ke = (ie) => {
                var X = Wa(), ee = D(X);
                z((he) => j(ee, `${he ?? ""} more characters: the full result is in the tool-call log.`), [() => r(u).more.toLocaleString()]), S(ie, X);
              };
              B(re, (ie) => {
                r(u).more && ie(ke);
              });
            }
            z(() => {
              j(T, `Result${r(u).cut ? " (cut for the model)" : ""}`), j($, r(u).result);
            }), S(Y, d);
          };
          B(ae, (Y) => {
            r(u).result !== null && r(u).result !== void 0 && Y(oe);
          });
        }
        z(() => {
          W(v, "data-status", r(u).status), j(b, `🛠 ${r(u).name ?? ""}`), j(Z, r(u).args || "{}");
        }), S(m, v);
      }, N = (m) => {
        var v = Qa();
        He(v, () => r(u).html, !0), S(m, v);
      }, V = (m) => {
        var v = Za(), g = L(v), x = D(g, !0), b = M(g, 2);
        He(b, () => r(u).html, !0), z(() => {
          Se(v, 1, `kimi-notice kimi-notice-${r(u).kind ?? ""}`), W(v, "role", r(u).kind === "error" ? "alert" : null), j(x, r(u).kind === "error" ? "⚠️" : "ℹ️");
        }), S(m, v);
      }, F = (m) => {
        var v = er(), g = M(L(v), 2), x = D(g, !0), b = M(g, 2);
        {
          var O = (U) => {
            var K = $a(), R = D(K, !0);
            z(() => j(R, r(u).detail)), S(U, K);
          };
          B(b, (U) => {
            r(u).detail && U(O);
          });
        }
        z(() => j(x, r(u).title)), S(m, v);
      }, k = (m) => {
        var v = tr(), g = L(v), x = D(g, !0), b = M(g, 2), O = M(b, 2), U = D(O);
        z(() => {
          j(x, r(u).title), W(b, "max", r(u).total || 1), pa(b, r(u).done || 0), W(b, "aria-label", r(u).title), j(U, `${r(u).done ?? ""}/${r(u).total ?? ""}`);
        }), S(m, v);
      };
      B(I, (m) => {
        r(u).type === "reasoning" ? m(_) : r(u).type === "tool" ? m(p, 1) : r(u).type === "text" ? m(N, 2) : r(u).type === "notice" ? m(V, 3) : r(u).type === "waiting" ? m(F, 4) : r(u).type === "progress" && m(k, 5);
      });
    }
    S(h, H);
  });
  var w = M(c, 2);
  {
    var E = (h) => {
      var u = nr(), H = L(u);
      {
        var I = (x) => {
          var b = ar(), O = D(b, !0);
          z(() => j(O, e.message.stats)), S(x, b);
        };
        B(H, (x) => {
          e.message.stats && x(I);
        });
      }
      var _ = M(H, 2), p = L(_);
      {
        var N = (x) => {
          kt(x, {
            label: "Copy answer",
            get copied() {
              return r(a);
            },
            onclick: o
          });
        }, V = be(() => je(e.message));
        B(p, (x) => {
          r(V) && x(N);
        });
      }
      var F = M(p, 2);
      {
        var k = (x) => {
          var b = rr(), O = L(b);
          We(O, { name: "retry" }), Q("click", b, () => e.act("retry", { id: e.message.id })), S(x, b);
        };
        B(F, (x) => {
          e.message.can_retry && e.message.id && x(k);
        });
      }
      var m = M(F, 2);
      bt(m, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      });
      var v = M(m, 2);
      {
        var g = (x) => {
          var b = ir();
          Q("click", b, () => e.act("resume", { id: e.message.id })), S(x, b);
        };
        B(v, (x) => {
          e.message.can_continue && x(g);
        });
      }
      S(h, u);
    };
    B(w, (h) => {
      e.message.live || h(E);
    });
  }
  z(() => {
    l = Se(f, 1, "kimi-msg kimi-answer", null, l, { "kimi-live": e.message.live }), W(f, "data-id", e.message.id);
  }), S(t, f), Ne();
}
Te(["click"]);
var lr = /* @__PURE__ */ C("<figcaption> </figcaption>"), fr = /* @__PURE__ */ C('<figure class="kimi-file-image"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <!></figure>'), cr = /* @__PURE__ */ C('<figure role="listitem"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <figcaption> </figcaption></figure>'), dr = /* @__PURE__ */ C('<div class="kimi-video"><div class="kimi-video-title"> </div> <div class="kimi-strip" role="list"></div></div>'), ur = /* @__PURE__ */ C('<div class="kimi-doc"> </div>'), vr = /* @__PURE__ */ C('<div class="kimi-files"></div>'), _r = /* @__PURE__ */ C('<textarea class="kimi-edit-box" rows="4" aria-label="Edit your message"></textarea> <div class="kimi-edit-actions"><button type="button" class="kimi-button">Cancel</button> <button type="button" class="kimi-button kimi-primary">Send</button></div>', 1), hr = /* @__PURE__ */ C('<div class="kimi-user-text"> </div>'), mr = /* @__PURE__ */ C('<button type="button" class="kimi-icon" aria-label="Edit message" title="Edit"><!></button>'), gr = /* @__PURE__ */ C("<!> <!>", 1), pr = /* @__PURE__ */ C('<div class="kimi-msg-tools"><!> <!></div>'), br = /* @__PURE__ */ C('<article class="kimi-msg kimi-user" aria-label="Your message"><div><!> <!></div> <!></article>');
function kr(t, e) {
  Le(e, !0);
  var i = this && this.__awaiter || function(k, m, v, g) {
    function x(b) {
      return b instanceof v ? b : new v(function(O) {
        O(b);
      });
    }
    return new (v || (v = Promise))(function(b, O) {
      function U(q) {
        try {
          R(g.next(q));
        } catch (G) {
          O(G);
        }
      }
      function K(q) {
        try {
          R(g.throw(q));
        } catch (G) {
          O(G);
        }
      }
      function R(q) {
        q.done ? b(q.value) : x(q.value).then(U, K);
      }
      R((g = g.apply(k, m || [])).next());
    });
  };
  let a = te(!1), n = te(""), s = te(!1), o = te(void 0);
  function f() {
    return i(this, void 0, void 0, function* () {
      P(n, e.message.source || "", !0), P(a, !0), yield ht(), r(o) === null || r(o) === void 0 || r(o).focus();
    });
  }
  function l() {
    r(n).trim() && (P(a, !1), e.act("edit", { id: e.message.id, text: r(n) }));
  }
  function c(k) {
    k.key === "Escape" ? (k.preventDefault(), k.stopPropagation(), P(a, !1)) : k.key === "Enter" && !k.shiftKey && !k.isComposing && (k.preventDefault(), l());
  }
  function w() {
    return i(this, void 0, void 0, function* () {
      P(s, yield Je(e.message.source || ""), !0), setTimeout(() => P(s, !1), 1500);
    });
  }
  var E = br(), h = L(E);
  let u;
  var H = L(h);
  {
    var I = (k) => {
      var m = vr();
      Re(m, 21, () => e.message.files, Be, (v, g) => {
        var x = Ie(), b = ce(x);
        {
          var O = (R) => {
            var q = fr(), G = L(q), se = D(G), fe = M(G, 2);
            {
              var _e = (Z) => {
                var ae = lr(), oe = D(ae, !0);
                z(() => j(oe, r(g).note)), S(Z, ae);
              };
              B(fe, (Z) => {
                r(g).note && Z(_e);
              });
            }
            z(() => {
              W(G, "aria-label", "Enlarge " + r(g).name), W(se, "src", r(g).url), W(se, "alt", r(g).name);
            }), Q("click", G, () => e.open_image(r(g))), S(R, q);
          }, U = (R) => {
            var q = dr(), G = L(q), se = D(G), fe = M(G, 2);
            Re(fe, 21, () => r(g).frames || [], Be, (_e, Z) => {
              var ae = cr(), oe = L(ae), Y = D(oe), d = M(oe, 2), y = D(d, !0);
              z(() => {
                W(oe, "aria-label", "Enlarge the frame at " + r(Z).at), W(Y, "src", r(Z).url), W(Y, "alt", r(g).name + " at " + r(Z).at), j(y, r(Z).at);
              }), Q("click", oe, () => e.open_image({
                url: r(Z).url,
                name: r(g).name + " at " + r(Z).at
              })), S(_e, ae);
            }), z(() => {
              j(se, `🎞 ${r(g).name ?? ""}`), W(fe, "aria-label", "Frames of " + r(g).name);
            }), S(R, q);
          }, K = (R) => {
            var q = ur(), G = D(q);
            z(() => j(G, `📄 ${r(g).name ?? ""}${r(g).note ? " · " + r(g).note : ""}`)), S(R, q);
          };
          B(b, (R) => {
            r(g).kind === "image" ? R(O) : r(g).kind === "video" ? R(U, 1) : R(K, -1);
          });
        }
        S(v, x);
      }), S(k, m);
    };
    B(H, (k) => {
      e.message.files && e.message.files.length && k(I);
    });
  }
  var _ = M(H, 2);
  {
    var p = (k) => {
      var m = _r(), v = ce(m);
      Ge(v, (O) => P(o, O), () => r(o));
      var g = M(v, 2), x = L(g), b = M(x, 2);
      z((O) => b.disabled = O, [() => !r(n).trim()]), Q("keydown", v, c), ka(v, () => r(n), (O) => P(n, O)), Q("click", x, () => P(a, !1)), Q("click", b, l), S(k, m);
    }, N = (k) => {
      var m = hr(), v = D(m, !0);
      z(() => j(v, e.message.source)), S(k, m);
    };
    B(_, (k) => {
      r(a) ? k(p) : e.message.source && k(N, 1);
    });
  }
  var V = M(h, 2);
  {
    var F = (k) => {
      var m = pr(), v = L(m);
      {
        var g = (b) => {
          var O = gr(), U = ce(O);
          kt(U, {
            label: "Copy message",
            get copied() {
              return r(s);
            },
            onclick: w
          });
          var K = M(U, 2);
          {
            var R = (q) => {
              var G = mr(), se = L(G);
              We(se, { name: "edit" }), Q("click", G, f), S(q, G);
            };
            B(K, (q) => {
              e.message.id && q(R);
            });
          }
          S(b, O);
        };
        B(v, (b) => {
          e.message.source && b(g);
        });
      }
      var x = M(v, 2);
      bt(x, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      }), S(k, m);
    };
    B(V, (k) => {
      r(a) || k(F);
    });
  }
  z(() => {
    W(E, "data-id", e.message.id), u = Se(h, 1, "kimi-bubble", null, u, { "kimi-editing": r(a) });
  }), S(t, E), Ne();
}
Te(["click", "keydown"]);
function yr(t, e, i) {
  const a = window.kimiSide || {}, n = a[e];
  delete a[e];
  const s = n ? n.control : new AbortController(), o = t.replace(/\/$/, "") + "/live/" + encodeURIComponent(e);
  return (async () => {
    try {
      const f = await (n ? n.response : fetch(o, { signal: s.signal, credentials: "same-origin", cache: "no-store" }));
      if (!f.ok || !f.body) return;
      const l = f.body.pipeThrough(new TextDecoderStream()).getReader();
      let c = "";
      for (; ; ) {
        const { done: w, value: E } = await l.read();
        if (w) return;
        c += E;
        const h = c.lastIndexOf(`
`);
        if (h < 0) continue;
        const u = c.slice(0, h);
        c = c.slice(h + 1), i(JSON.parse(u.slice(u.lastIndexOf(`
`) + 1)));
      }
    } catch {
    }
  })(), () => s.abort();
}
var wr = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]), xr = /* @__PURE__ */ C('<p class="kimi-empty svelte-49zqag"> </p>'), Sr = /* @__PURE__ */ C('<button type="button" class="kimi-earlier svelte-49zqag"> </button>'), Er = /* @__PURE__ */ C('<div class="kimi-chat-tools svelte-49zqag"><!> <button type="button" class="kimi-copy-all svelte-49zqag" aria-live="polite"> </button></div> <!>', 1), Tr = /* @__PURE__ */ C('<img class="svelte-49zqag"/> <button type="button" class="kimi-lightbox-close svelte-49zqag">Close</button>', 1), Cr = /* @__PURE__ */ C('<div><div class="kimi-scroll svelte-49zqag" role="log" aria-label="Conversation" tabindex="-1"><div class="kimi-column svelte-49zqag"><!></div></div> <dialog class="kimi-lightbox svelte-49zqag"><!></dialog></div>');
function Mr(t, e) {
  Le(e, !0);
  var i = this && this.__awaiter || function(d, y, T, A) {
    function J($) {
      return $ instanceof T ? $ : new T(function(re) {
        re($);
      });
    }
    return new (T || (T = Promise))(function($, re) {
      function ke(ee) {
        try {
          X(A.next(ee));
        } catch (he) {
          re(he);
        }
      }
      function ie(ee) {
        try {
          X(A.throw(ee));
        } catch (he) {
          re(he);
        }
      }
      function X(ee) {
        ee.done ? $(ee.value) : J(ee.value).then(ke, ie);
      }
      X((A = A.apply(d, y || [])).next());
    });
  }, a = this && this.__rest || function(d, y) {
    var T = {};
    for (var A in d) Object.prototype.hasOwnProperty.call(d, A) && y.indexOf(A) < 0 && (T[A] = d[A]);
    if (d != null && typeof Object.getOwnPropertySymbols == "function") for (var J = 0, A = Object.getOwnPropertySymbols(d); J < A.length; J++)
      y.indexOf(A[J]) < 0 && Object.prototype.propertyIsEnumerable.call(d, A[J]) && (T[A[J]] = d[A[J]]);
    return T;
  }, n;
  let s = /* @__PURE__ */ Sa(e, wr), o = (n = s.props) === null || n === void 0 ? void 0 : n.value;
  class f extends Ra {
    set_data(y) {
      if (!y || !("value" in y)) return super.set_data(y);
      const { value: T } = y, A = a(y, ["value"]);
      o = T, w(T), super.set_data(A);
    }
    get_data() {
      return i(this, void 0, void 0, function* () {
        const y = this.props, { value: T } = y, A = a(y, ["value"]);
        return Object.assign(Object.assign({}, mt(A)), { value: o });
      });
    }
  }
  let l = -1, c = te({ messages: [] });
  function w(d) {
    d = d || { messages: [] };
    const y = typeof d.opening == "number" ? d.opening : null;
    y !== null && y < l || (y !== null && (l = y), P(c, d));
  }
  w(o);
  const E = new f(s);
  let h = te(null), u = "", H = () => {
  };
  ue(() => {
    const d = r(c).live_key;
    !d || d === u || (u = d, H(), P(h, { key: d, opening: r(c).opening, item: null }), H = yr(E.shared.root || "", d, (y) => {
      r(h) && r(h).key === d && P(h, Object.assign(Object.assign({}, r(h)), { item: y }));
    }));
  }), ue(() => {
    if (!r(h)) return;
    const d = r(c).messages || [], y = d[d.length - 1];
    (r(c).opening !== r(h).opening || !y || !y.live && r(c).live_key !== r(h).key) && (H(), P(
      h,
      null
      // the stored chat has come, or the page opened something else
    ));
  });
  let I = be(() => {
    const d = r(c).messages || [], y = d[d.length - 1];
    if (!r(h) || !r(h).item || !y || !y.live || r(c).opening !== r(h).opening) return d;
    const T = r(
      h
      // (never twice: a list read while the turn was being saved may hold it)
    ).item.id;
    return [
      ...d.slice(0, -1).filter((A) => T == null || A.id !== T),
      r(h).item
    ];
  }), _ = be(() => r(I).some((d) => d.live)), p = te(void 0), N = !0, V = null, F = null, k = te(null), m = te(void 0), v = te(!1), g = null;
  function x(d, y) {
    if (d === "version" && r(p)) {
      const T = [...r(p).querySelectorAll(".kimi-msg")], A = T.findIndex(($) => $.getAttribute("data-id") === String(y.id)), J = A < 0 ? 0 : T[A].getBoundingClientRect().top - r(p).getBoundingClientRect().top;
      g = A < 0 ? null : {
        index: A,
        id: String(y.id),
        top: J,
        until: performance.now() + 5e3
      };
    }
    E.dispatch(d, y);
  }
  function b() {
    if (!g || !r(p) || performance.now() > g.until) return g = null, !1;
    const d = r(p).querySelectorAll(".kimi-msg")[g.index];
    return !d || d.getAttribute("data-id") === g.id ? !1 : (r(p).scrollTop += d.getBoundingClientRect().top - r(p).getBoundingClientRect().top - g.top, g = null, O(), !0);
  }
  function O() {
    r(p) && (N = r(p).scrollHeight - r(p).scrollTop - r(p).clientHeight < 80);
  }
  let U = 0;
  ue(() => {
    r(
      I
      // what the frame below reads: run again when they change
    ), r(c).focus, r(_), !U && (U = requestAnimationFrame(() => {
      var d;
      if (U = 0, !r(p)) return;
      const y = r(I).length ? String((d = r(I)[0].id) !== null && d !== void 0 ? d : "") + ":" + r(I).length : "", T = r(c).focus || null, A = r(_), J = r(p).querySelectorAll(".kimi-msg");
      Da(A && J.length ? J[J.length - 1] : r(p), E.shared.root || "");
      const $ = y.split(":")[0] !== (V || "").split(":")[0];
      if (V = y, !b()) {
        if (T && T !== F) {
          F = T;
          const re = r(p).querySelector(`[data-id="${CSS.escape(T)}"]`);
          if (re) {
            re.scrollIntoView({ block: "center" }), re.classList.add("kimi-flash"), setTimeout(() => re.classList.remove("kimi-flash"), 2500), N = !1;
            return;
          }
        }
        T || (F = null), (N || $) && (r(p).scrollTop = r(p).scrollHeight, N = !0);
      }
    }));
  }), ue(() => {
    r(m) && (r(k) && !r(m).open && r(m).showModal(), !r(k) && r(m).open && r(m).close());
  });
  function K() {
    return i(this, void 0, void 0, function* () {
      P(v, yield Je(Ba(r(I))), !0), setTimeout(() => P(v, !1), 1500);
    });
  }
  var R = Cr();
  let q;
  var G = L(R), se = L(G), fe = L(se);
  {
    var _e = (d) => {
      var y = xr(), T = D(y, !0);
      z(() => j(T, E.props.placeholder || "")), S(d, y);
    }, Z = (d) => {
      var y = Er(), T = ce(y), A = L(T);
      {
        var J = (ie) => {
          var X = Sr(), ee = D(X);
          z(() => j(ee, `↑ Show ${r(c).earlier ?? ""} earlier message${r(c).earlier === 1 ? "" : "s"}`)), Q("click", X, () => x("earlier", {})), S(ie, X);
        };
        B(A, (ie) => {
          r(c).earlier && ie(J);
        });
      }
      var $ = M(A, 2), re = D($, !0), ke = M(T, 2);
      Re(ke, 19, () => r(I), (ie, X) => ie.id ?? "at-" + X, (ie, X) => {
        var ee = Ie(), he = ce(ee);
        {
          var yt = (pe) => {
            kr(pe, {
              get message() {
                return r(X);
              },
              act: x,
              open_image: (xt) => P(k, xt, !0)
            });
          }, wt = (pe) => {
            or(pe, {
              get message() {
                return r(X);
              },
              act: x
            });
          };
          B(he, (pe) => {
            r(X).role === "user" ? pe(yt) : pe(wt, -1);
          });
        }
        S(ie, ee);
      }), z(() => j(re, r(v) ? "Copied" : "Copy conversation")), Q("click", $, K), S(d, y);
    };
    B(fe, (d) => {
      r(I).length === 0 ? d(_e) : d(Z, -1);
    });
  }
  Ge(G, (d) => P(p, d), () => r(p));
  var ae = M(G, 2), oe = L(ae);
  {
    var Y = (d) => {
      var y = Tr(), T = ce(y), A = M(T, 2);
      z(() => {
        W(T, "src", r(k).url), W(T, "alt", r(k).name);
      }), Q("click", A, () => P(k, null)), S(d, y);
    };
    B(oe, (d) => {
      r(k) && d(Y);
    });
  }
  Ge(ae, (d) => P(m, d), () => r(m)), z(
    (d) => {
      W(R, "id", E.shared.elem_id), q = Se(R, 1, `kimi-chat ${d ?? ""}`, "svelte-49zqag", q, { hidden: E.shared.visible === !1 }), W(G, "aria-busy", r(_)), W(ae, "aria-label", r(k) ? r(k).name : "Image");
    },
    [() => (E.shared.elem_classes || []).join(" ")]
  ), et("scroll", G, O), et("close", ae, () => P(k, null)), Q("click", ae, (d) => {
    d.target === r(m) && P(k, null);
  }), S(t, R), Ne();
}
Te(["click"]);
export {
  Mr as default
};
