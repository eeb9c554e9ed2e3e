import { i as $e, g as et, o as mt, c as tt, a as ee, b as gt, T as at, d as pt, e as Fe, f as le, r as be, h as me, p as De, j as ve, k as oe, m as rt, s as it, l as nt, E as bt, n as i, q as Ve, t as kt, u as yt, v as wt, w as Ke, x as xt, y as Et, z as St, A as qe, B as te, D as Tt, I as Me, C as Ct, F as Mt, G as At, H as Lt, J as st, K as Nt, L as I, M as Rt, N as It, O as Ot, P as Ue, Q as zt, R as Ht, S as Ft, U as Dt, V as qt, W as Pt, X as Pe, Y as we, Z as ot, _ as Bt, $ as Gt, a0 as Vt, a1 as Kt, a2 as Ut, a3 as Yt, a4 as Wt, a5 as Jt, a6 as $, a7 as Ye, a8 as G, a9 as fe, aa as xe, ab as Ee, ac as ae, ad as Se, ae as ne, af as A, ag as q, ah as j, ai as R, aj as F, ak as We } from "./render-8M-CU1zq.js";
const Xt = [];
function jt(t, e = !1, r = !1) {
  return ge(t, /* @__PURE__ */ new Map(), "", Xt, null, r);
}
function ge(t, e, r, a, n = null, s = !1) {
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
    if ($e(t)) {
      var f = (
        /** @type {Snapshot<any>} */
        Array(t.length)
      );
      e.set(t, f), n !== null && e.set(n, f);
      for (var l = 0; l < t.length; l += 1) {
        var d = t[l];
        l in t && (f[l] = ge(d, e, r, a, null, s));
      }
      return f;
    }
    if (et(t) === mt) {
      f = {}, e.set(t, f), n !== null && e.set(n, f);
      for (var p of Object.keys(t))
        f[p] = ge(
          // @ts-expect-error
          t[p],
          e,
          r,
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
      return ge(
        /** @type {T & { toJSON(): any } } */
        t.toJSON(),
        e,
        r,
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
const Qt = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", {
    /** @param {string} html */
    createHTML: (t) => t
  })
);
function Zt(t) {
  return (
    /** @type {string} */
    Qt?.createHTML(t) ?? t
  );
}
function lt(t) {
  var e = tt("template");
  return e.innerHTML = Zt(t.replaceAll("<!>", "<!---->")), e.content;
}
function se(t, e) {
  var r = (
    /** @type {Effect} */
    Fe
  );
  r.nodes === null && (r.nodes = { start: t, end: e, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function M(t, e) {
  var r = (e & at) !== 0, a = (e & pt) !== 0, n, s = !t.startsWith("<!>");
  return () => {
    n === void 0 && (n = lt(s ? t : "<!>" + t), r || (n = /** @type {TemplateNode} */
    ee(n)));
    var o = (
      /** @type {TemplateNode} */
      a || gt ? document.importNode(n, !0) : n.cloneNode(!0)
    );
    if (r) {
      var f = (
        /** @type {TemplateNode} */
        ee(o)
      ), l = (
        /** @type {TemplateNode} */
        o.lastChild
      );
      se(f, l);
    } else
      se(o, o);
    return o;
  };
}
// @__NO_SIDE_EFFECTS__
function $t(t, e, r = "svg") {
  var a = !t.startsWith("<!>"), n = (e & at) !== 0, s = `<${r}>${a ? t : "<!>" + t}</${r}>`, o;
  return () => {
    if (!o) {
      var f = (
        /** @type {DocumentFragment} */
        lt(s)
      ), l = (
        /** @type {Element} */
        ee(f)
      );
      if (n)
        for (o = document.createDocumentFragment(); ee(l); )
          o.appendChild(
            /** @type {TemplateNode} */
            ee(l)
          );
      else
        o = /** @type {Element} */
        ee(l);
    }
    var d = (
      /** @type {TemplateNode} */
      o.cloneNode(!0)
    );
    if (n) {
      var p = (
        /** @type {TemplateNode} */
        ee(d)
      ), C = (
        /** @type {TemplateNode} */
        d.lastChild
      );
      se(p, C);
    } else
      se(d, d);
    return d;
  };
}
// @__NO_SIDE_EFFECTS__
function he(t, e) {
  return /* @__PURE__ */ $t(t, e, "svg");
}
function ea(t = "") {
  {
    var e = le(t + "");
    return se(e, e), e;
  }
}
function _e() {
  var t = document.createDocumentFragment(), e = document.createComment(""), r = le();
  return t.append(e, r), se(e, r), t;
}
function y(t, e) {
  t !== null && t.before(
    /** @type {Node} */
    e
  );
}
class ta {
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
  constructor(e, r = !0) {
    this.anchor = e, this.#i = r;
  }
  /**
   * @param {Batch} batch
   */
  #n = (e) => {
    if (this.#t.has(e)) {
      var r = (
        /** @type {Key} */
        this.#t.get(e)
      ), a = this.#a.get(r);
      if (a)
        be(a), this.#r.delete(r);
      else {
        var n = this.#e.get(r);
        n && (be(n.effect), this.#a.set(r, n.effect), this.#e.delete(r), n.fragment.lastChild.remove(), this.anchor.before(n.fragment), a = n.effect);
      }
      for (const [s, o] of this.#t) {
        if (this.#t.delete(s), s === e)
          break;
        const f = this.#e.get(o);
        f && (me(f.effect), this.#e.delete(o));
      }
      for (const [s, o] of this.#a) {
        if (s === r || this.#r.has(s)) continue;
        const f = () => {
          if (Array.from(this.#t.values()).includes(s)) {
            var d = document.createDocumentFragment();
            rt(o, d), d.append(le()), this.#e.set(s, { effect: o, fragment: d });
          } else
            me(o);
          this.#r.delete(s), this.#a.delete(s);
        };
        this.#i || !a ? (this.#r.add(s), De(o, f, !1)) : f();
      }
    }
  };
  /**
   * @param {Batch} batch
   */
  #s = (e) => {
    this.#t.delete(e);
    const r = Array.from(this.#t.values());
    for (const [a, n] of this.#e)
      r.includes(a) || (me(n.effect), this.#e.delete(a));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(e, r) {
    var a = (
      /** @type {Batch} */
      oe
    ), n = it();
    if (r && !this.#a.has(e) && !this.#e.has(e))
      if (n) {
        var s = document.createDocumentFragment(), o = le();
        s.append(o), this.#e.set(e, {
          effect: ve(() => r(o)),
          fragment: s
        });
      } else
        this.#a.set(
          e,
          ve(() => r(this.anchor))
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
function z(t, e, r = !1) {
  var a = new ta(t), n = r ? bt : 0;
  function s(o, f) {
    a.ensure(o, f);
  }
  nt(() => {
    var o = !1;
    e((f, l = 0) => {
      o = !0, s(l, f);
    }), o || s(-1, null);
  }, n);
}
function Re(t, e) {
  return e;
}
function aa(t, e, r) {
  for (var a = [], n = e.length, s, o = e.length, f = 0; f < n; f++) {
    let C = e[f];
    De(
      C,
      () => {
        if (s) {
          if (s.pending.delete(C), s.done.add(C), s.pending.size === 0) {
            var c = (
              /** @type {Set<EachOutroGroup>} */
              t.outrogroups
            );
            Ie(t, qe(s.done)), c.delete(s), c.size === 0 && (t.outrogroups = null);
          }
        } else
          o -= 1;
      },
      !1
    );
  }
  if (o === 0) {
    var l = a.length === 0 && r !== null && t.pending.size === 0;
    if (l) {
      var d = (
        /** @type {Element} */
        r
      ), p = (
        /** @type {Element} */
        d.parentNode
      );
      Mt(p), p.append(d), t.items.clear();
    }
    Ie(t, e, !l);
  } else
    s = {
      pending: new Set(e),
      done: /* @__PURE__ */ new Set()
    }, (t.outrogroups ??= /* @__PURE__ */ new Set()).add(s);
}
function Ie(t, e, r = !0) {
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
      s.f |= te;
      const o = document.createDocumentFragment();
      rt(s, o);
    } else
      me(e[n], r);
  }
}
var Je;
function ke(t, e, r, a, n, s = null) {
  var o = t, f = /* @__PURE__ */ new Map(), l = (e & st) !== 0;
  if (l) {
    var d = (
      /** @type {Element} */
      t
    );
    o = d.appendChild(le());
  }
  var p = null, C = yt(() => {
    var O = r();
    return (
      /** @type {V[]} */
      $e(O) ? O : O == null ? [] : qe(O)
    );
  }), c = /* @__PURE__ */ new Map(), S = !0;
  function P(O) {
    if ((T.effect.f & Tt) === 0) {
      T.pending.delete(O);
      var D = i(C);
      T.fallback = p, ra(T, D, o, e, a), p !== null && (D.length === 0 ? (p.f & te) === 0 ? be(p) : (p.f ^= te, ue(p, null, o)) : De(p, () => {
        p = null;
      }));
    }
  }
  function Y(O) {
    T.pending.delete(O);
  }
  var u = nt(() => {
    for (var O = (
      /** @type {V[]} */
      i(C)
    ), D = O.length, g = /* @__PURE__ */ new Set(), _ = (
      /** @type {Batch} */
      oe
    ), m = it(), v = 0; v < D; v += 1) {
      var w = O[v], h = a(w, v), b = S ? null : f.get(h);
      b ? (b.v && Ve(b.v, w), b.i && Ve(b.i, v), m && _.unskip_effect(b.e)) : (b = ia(
        f,
        S ? o : Je ??= le(),
        w,
        h,
        v,
        n,
        e,
        r
      ), S || (b.e.f |= te), f.set(h, b)), g.add(h);
    }
    if (D === 0 && s && !p && (S ? p = ve(() => s(o)) : (p = ve(() => s(Je ??= le())), p.f |= te)), D > g.size && kt(), !S)
      if (c.set(_, g), m) {
        for (const [H, k] of f)
          g.has(H) || _.skip_effect(k.e);
        _.oncommit(P), _.ondiscard(Y);
      } else
        P(_);
    i(C);
  }), T = { effect: u, items: f, pending: c, outrogroups: null, fallback: p };
  S = !1;
}
function de(t) {
  for (; t !== null && (t.f & Ct) === 0; )
    t = t.next;
  return t;
}
function ra(t, e, r, a, n) {
  var s = (a & Nt) !== 0, o = e.length, f = t.items, l = de(t.effect.first), d, p = null, C, c = [], S = [], P, Y, u, T;
  if (s)
    for (T = 0; T < o; T += 1)
      P = e[T], Y = n(P, T), u = /** @type {EachItem} */
      f.get(Y).e, (u.f & te) === 0 && (u.nodes?.a?.measure(), (C ??= /* @__PURE__ */ new Set()).add(u));
  for (T = 0; T < o; T += 1) {
    if (P = e[T], Y = n(P, T), u = /** @type {EachItem} */
    f.get(Y).e, t.outrogroups !== null)
      for (const b of t.outrogroups)
        b.pending.delete(u), b.done.delete(u);
    if ((u.f & Me) !== 0 && (be(u), s && (u.nodes?.a?.unfix(), (C ??= /* @__PURE__ */ new Set()).delete(u))), (u.f & te) !== 0)
      if (u.f ^= te, u === l)
        ue(u, null, r);
      else {
        var O = p ? p.next : l;
        u === t.effect.last && (t.effect.last = u.prev), u.prev && (u.prev.next = u.next), u.next && (u.next.prev = u.prev), ie(t, p, u), ie(t, u, O), ue(u, O, r), p = u, c = [], S = [], l = de(p.next);
        continue;
      }
    if (u !== l) {
      if (d !== void 0 && d.has(u)) {
        if (c.length < S.length) {
          var D = S[0], g;
          p = D.prev;
          var _ = c[0], m = c[c.length - 1];
          for (g = 0; g < c.length; g += 1)
            ue(c[g], D, r);
          for (g = 0; g < S.length; g += 1)
            d.delete(S[g]);
          ie(t, _.prev, m.next), ie(t, p, _), ie(t, m, D), l = D, p = m, T -= 1, c = [], S = [];
        } else
          d.delete(u), ue(u, l, r), ie(t, u.prev, u.next), ie(t, u, p === null ? t.effect.first : p.next), ie(t, p, u), p = u;
        continue;
      }
      for (c = [], S = []; l !== null && l !== u; )
        (d ??= /* @__PURE__ */ new Set()).add(l), S.push(l), l = de(l.next);
      if (l === null)
        continue;
    }
    (u.f & te) === 0 && c.push(u), p = u, l = de(u.next);
  }
  if (t.outrogroups !== null) {
    for (const b of t.outrogroups)
      b.pending.size === 0 && (Ie(t, qe(b.done)), t.outrogroups?.delete(b));
    t.outrogroups.size === 0 && (t.outrogroups = null);
  }
  if (l !== null || d !== void 0) {
    var v = [];
    if (d !== void 0)
      for (u of d)
        (u.f & Me) === 0 && v.push(u);
    for (; l !== null; )
      (l.f & Me) === 0 && l !== t.fallback && v.push(l), l = de(l.next);
    var w = v.length;
    if (w > 0) {
      var h = (a & st) !== 0 && o === 0 ? r : null;
      if (s) {
        for (T = 0; T < w; T += 1)
          v[T].nodes?.a?.measure();
        for (T = 0; T < w; T += 1)
          v[T].nodes?.a?.fix();
      }
      aa(t, v, h);
    }
  }
  s && At(() => {
    if (C !== void 0)
      for (u of C)
        u.nodes?.a?.apply();
  });
}
function ia(t, e, r, a, n, s, o, f) {
  var l = (o & xt) !== 0 ? (o & Et) === 0 ? St(r, !1, !1) : Ke(r) : null, d = (o & wt) !== 0 ? Ke(n) : null;
  return {
    v: l,
    i: d,
    e: ve(() => (s(e, l ?? r, d ?? n, f), () => {
      t.delete(a);
    }))
  };
}
function ue(t, e, r) {
  if (t.nodes)
    for (var a = t.nodes.start, n = t.nodes.end, s = e && (e.f & te) === 0 ? (
      /** @type {EffectNodes} */
      e.nodes.start
    ) : r; a !== null; ) {
      var o = (
        /** @type {TemplateNode} */
        Lt(a)
      );
      if (s.before(a), a === n)
        return;
      a = o;
    }
}
function ie(t, e, r) {
  e === null ? t.effect.first = r : e.next = r, r === null ? t.effect.last = e : r.prev = e;
}
function pe(t, e, r = !1, a = !1, n = !1, s = !1) {
  var o = t, f = "";
  if (r)
    var l = (
      /** @type {Element} */
      t
    );
  I(() => {
    var d = (
      /** @type {Effect} */
      Fe
    );
    if (f !== (f = e() ?? "")) {
      if (r) {
        d.nodes = null, l.innerHTML = /** @type {string} */
        f, f !== "" && se(
          /** @type {TemplateNode} */
          ee(l),
          /** @type {TemplateNode} */
          l.lastChild
        );
        return;
      }
      if (d.nodes !== null && (Rt(
        d.nodes.start,
        /** @type {TemplateNode} */
        d.nodes.end
      ), d.nodes = null), f !== "") {
        var p = a ? It : n ? Ot : void 0, C = (
          /** @type {HTMLTemplateElement | SVGElement | MathMLElement} */
          tt(a ? "svg" : n ? "math" : "template", p)
        );
        C.innerHTML = /** @type {any} */
        f;
        var c = a || n ? C : (
          /** @type {HTMLTemplateElement} */
          C.content
        );
        if (se(
          /** @type {TemplateNode} */
          ee(c),
          /** @type {TemplateNode} */
          c.lastChild
        ), a || n)
          for (; ee(c); )
            o.before(
              /** @type {TemplateNode} */
              ee(c)
            );
        else
          o.before(c);
      }
    }
  });
}
const Xe = [...` 	
\r\f \v\uFEFF`];
function na(t, e, r) {
  var a = t == null ? "" : "" + t;
  if (e && (a = a ? a + " " + e : e), r) {
    for (var n of Object.keys(r))
      if (r[n])
        a = a ? a + " " + n : n;
      else if (a.length)
        for (var s = n.length, o = 0; (o = a.indexOf(n, o)) >= 0; ) {
          var f = o + s;
          (o === 0 || Xe.includes(a[o - 1])) && (f === a.length || Xe.includes(a[f])) ? a = (o === 0 ? "" : a.substring(0, o)) + a.substring(f + 1) : o = f;
        }
  }
  return a === "" ? null : a;
}
function Oe(t, e, r, a, n, s) {
  var o = (
    /** @type {any} */
    t[Ue]
  );
  if (o !== r || o === void 0) {
    var f = na(r, a, s);
    f == null ? t.removeAttribute("class") : t.className = f, t[Ue] = r;
  } else if (s && n !== s)
    for (var l in s) {
      var d = !!s[l];
      (n == null || d !== !!n[l]) && t.classList.toggle(l, d);
    }
  return s;
}
const sa = /* @__PURE__ */ Symbol("is custom element"), oa = /* @__PURE__ */ Symbol("is html"), la = qt ? "progress" : "PROGRESS";
function fa(t, e) {
  var r = ft(t);
  r.value === (r.value = // treat null and undefined the same for the initial value
  e ?? void 0) || // @ts-expect-error
  // `progress` elements always need their value set when it's `0`
  t.value === e && (e !== 0 || t.nodeName !== la) || (t.value = e ?? "");
}
function V(t, e, r, a) {
  var n = ft(t), s = n[e];
  s !== (n[e] = r) && (e === "loading" && (t[zt] = r), r == null ? t.removeAttribute(e) : typeof r != "string" && ca(t).has(e) ? t[e] = r : t.setAttribute(e, r));
}
function ft(t) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    t[Ht] ??= {
      [sa]: t.nodeName.includes("-"),
      [oa]: t.namespaceURI === Ft
    }
  );
}
var je = /* @__PURE__ */ new Map();
function ca(t) {
  var e = t.getAttribute("is") || t.nodeName, r = je.get(e);
  if (r) return r;
  je.set(e, r = /* @__PURE__ */ new Set());
  for (var a, n = t, s = Element.prototype; s !== n; ) {
    a = Dt(n);
    for (var o in a)
      a[o].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      o !== "innerHTML" && o !== "textContent" && o !== "innerText" && r.add(o);
    n = et(n);
  }
  return r;
}
function da(t, e, r = e) {
  var a = /* @__PURE__ */ new WeakSet();
  Pt(t, "input", async (n) => {
    var s = n ? t.defaultValue : t.value;
    if (s = Ae(t) ? Le(s) : s, r(s), oe !== null && a.add(oe), await Pe(), s !== (s = e())) {
      var o = t.selectionStart, f = t.selectionEnd, l = t.value.length;
      if (t.value = s ?? "", f !== null) {
        var d = t.value.length;
        o === f && f === l && d > l ? (t.selectionStart = d, t.selectionEnd = d) : (t.selectionStart = o, t.selectionEnd = Math.min(f, d));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  we(e) == null && t.value && (r(Ae(t) ? Le(t.value) : t.value), oe !== null && a.add(oe)), ot(() => {
    var n = e();
    if (t === document.activeElement) {
      var s = (
        /** @type {Batch} */
        oe
      );
      if (a.has(s))
        return;
    }
    Ae(t) && n === Le(t.value) || t.type === "date" && !n && !t.value || n !== t.value && (t.value = n ?? "");
  });
}
function Ae(t) {
  var e = t.type;
  return e === "number" || e === "range";
}
function Le(t) {
  return t === "" ? null : +t;
}
function Ne(t, e) {
  return t === e || t?.[Ut] === e;
}
function ze(t = Vt(), e, r, a) {
  var n = (
    /** @type {ComponentContext} */
    Bt.r
  ), s = (
    /** @type {Effect} */
    Fe
  );
  return Gt(() => {
    var o, f;
    return ot(() => {
      o = f, f = [], we(() => {
        Ne(r(...f), t) || (e(t, ...f), o && Ne(r(...o), t) && e(null, ...o));
      });
    }), () => {
      let l = s;
      for (; l !== n && l.parent !== null && l.parent.f & Kt; )
        l = l.parent;
      const d = () => {
        f && Ne(r(...f), t) && e(null, ...f);
      }, p = l.teardown;
      l.teardown = () => {
        d(), p?.();
      };
    };
  }), t;
}
function ua(t, e, r) {
  if (t == null)
    return e(void 0), Yt;
  const a = we(
    () => t.subscribe(
      e,
      // @ts-expect-error
      r
    )
  );
  return a.unsubscribe ? () => a.unsubscribe() : a;
}
function va(t) {
  let e;
  return ua(t, (r) => e = r)(), e;
}
const _a = {
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
function ha(t, e, r) {
  return new Proxy({ props: t, exclude: e }, _a);
}
const ma = [
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
], Qe = {
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
ma.reduce((t, { color: e, primary: r, secondary: a }) => ({
  ...t,
  [e]: {
    primary: Qe[e][r],
    secondary: Qe[e][a]
  }
}), {});
function ga(t) {
  let e;
  const r = Jt((n) => {
    let s = !1;
    const o = t.subscribe((f) => {
      e = f, s && n();
    });
    return s = !0, o;
  });
  function a() {
    return Wt() ? (r(), e) : va(t);
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
const pa = "__i18n__", ba = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], ka = [
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
function ya(t) {
  return typeof t == "string" && t.includes(pa);
}
class wa {
  load_component;
  #t = $(Ye({}));
  get shared() {
    return i(this.#t);
  }
  set shared(e) {
    G(this.#t, e, !0);
  }
  #a = $(Ye({}));
  get props() {
    return i(this.#a);
  }
  set props(e) {
    G(this.#a, e, !0);
  }
  #e = $((e) => e);
  get i18n() {
    return i(this.#e);
  }
  set i18n(e) {
    G(this.#e, e, !0);
  }
  i18n_store;
  _i18n_from_store;
  translatable_props = {};
  dispatcher;
  last_update = null;
  shared_props = ka;
  mounted = !1;
  old_value;
  register_component;
  unregister_component;
  set_data_callback;
  get_data_callback;
  registered_id = null;
  last_shared_props;
  last_props;
  constructor(e, r) {
    for (const a in e.shared_props)
      this.shared[a] = e.shared_props[a];
    for (const a in e.props)
      a !== "i18n_store" && (this.props[a] = e.props[a]);
    if (r)
      for (const a in r)
        this.props[a] === void 0 && (this.props[a] = r[a]);
    this.i18n = this.props.i18n ?? ((a) => a), this.i18n_store = e.props.i18n_store, this._i18n_from_store = this.i18n_store ? ga(this.i18n_store) : void 0;
    for (const a of ba)
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
    ), this.registered_id = this.shared.id, this.last_shared_props = e.shared_props, this.last_props = e.props, fe(() => {
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
      ), this.registered_id = a, we(() => {
        this.shared.id = a;
      });
    }), fe(() => () => {
      this.registered_id !== null && this.unregister_component(this.registered_id, this.set_data_callback);
    }), fe(() => this.i18n_store ? this.i18n_store.subscribe(() => {
      for (const [n, s] of Object.entries(this.translatable_props)) {
        const [o, f] = n.split("."), l = this.i18n(s);
        o === "shared" ? this.shared[f] = l : this.props[f] = l;
      }
    }) : void 0);
  }
  // check if props are translatable
  _is_i18n_managed(e, r) {
    const a = this.translatable_props[e];
    return a ? r === a ? !0 : (delete this.translatable_props[e], !1) : !1;
  }
  _translate_and_store(e, r, a) {
    if (typeof a != "string") return a;
    const n = this.i18n(a);
    return n !== a && (this.translatable_props[`${e}.${r}`] = a), n;
  }
  // Reactive variant of `i18n`. Reading it inside a derived or template
  // subscribes to the live locale store (via Svelte's createSubscriber), so
  // the caller re-runs when the locale changes at runtime. The store is only
  // the reactivity trigger; translation always goes through `this.i18n` so a
  // custom formatter passed via props keeps taking effect.
  live_i18n = (e) => (this._i18n_from_store?.current, this.i18n(e));
  dispatch(e, r) {
    this.dispatcher(this.shared.id, e, r);
  }
  async get_data() {
    return jt(this.props);
  }
  update(e) {
    this.set_data(e);
  }
  set_data(e) {
    for (const r in e) {
      const a = e[r], n = ya(a) ? this._translate_and_store(this.shared_props.includes(r) ? "shared" : "props", r, a) : a;
      if (this.shared_props.includes(r)) {
        const s = r;
        this.shared[s] = n;
        continue;
      }
      this.props[r] = n;
    }
  }
  watch_for_change() {
    fe(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
var xa = /* @__PURE__ */ M('<span class="kimi-versions" role="group" aria-label="Versions"><button type="button" class="kimi-icon" aria-label="Previous version">‹</button> <span class="kimi-versions-pos"> </span> <button type="button" class="kimi-icon" aria-label="Next version">›</button></span>');
function ct(t, e) {
  Ee(e, !0);
  let r = ne(() => e.message.versions ? e.message.versions[0] : 1), a = ne(() => e.message.versions ? e.message.versions[1] : 1);
  var n = _e(), s = ae(n);
  {
    var o = (f) => {
      var l = xa(), d = R(l), p = A(d, 2), C = F(p), c = A(p, 2);
      I(() => {
        d.disabled = i(r) <= 1, q(C, `${i(r) ?? ""}/${i(a) ?? ""}`), c.disabled = i(r) >= i(a);
      }), j("click", d, () => e.act("version", { id: e.message.id, step: -1 })), j("click", c, () => e.act("version", { id: e.message.id, step: 1 })), y(f, l);
    };
    z(s, (f) => {
      i(a) > 1 && f(o);
    });
  }
  y(t, n), Se();
}
xe(["click"]);
var Ea = /* @__PURE__ */ he('<rect x="9" y="9" width="12" height="12" rx="2"></rect><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"></path>', 1), Sa = /* @__PURE__ */ he('<path d="M5 12l5 5L20 7"></path>'), Ta = /* @__PURE__ */ he('<path d="M12 20h9"></path><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"></path>', 1), Ca = /* @__PURE__ */ he('<path d="M21 12a9 9 0 1 1-3-6.7L21 8"></path><path d="M21 3v5h-5"></path>', 1), Ma = /* @__PURE__ */ he('<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><!></svg>');
function ye(t, e) {
  var r = Ma(), a = R(r);
  {
    var n = (l) => {
      var d = Ea();
      y(l, d);
    }, s = (l) => {
      var d = Sa();
      y(l, d);
    }, o = (l) => {
      var d = Ta();
      y(l, d);
    }, f = (l) => {
      var d = Ca();
      y(l, d);
    };
    z(a, (l) => {
      e.name === "copy" ? l(n) : e.name === "done" ? l(s, 1) : e.name === "edit" ? l(o, 2) : e.name === "retry" && l(f, 3);
    });
  }
  y(t, r);
}
const Ze = { $$: "$$", $: "$", "\\(": "\\)", "\\[": "\\]" };
async function Aa(t, e) {
  const r = [...t.querySelectorAll(".kimi-math:not([data-tex]), .kimi-math-display:not([data-tex])")];
  if (!r.length) return;
  if (!document.getElementById("kimi-katex-css")) {
    const n = document.createElement("link");
    n.id = "kimi-katex-css", n.rel = "stylesheet", n.href = e.replace(/\/$/, "") + "/kimi-assets/katex/katex.min.css", document.head.appendChild(n);
  }
  const a = (await import("./katex-bqqIAMXL.js")).default;
  for (const n of r) {
    const s = n.textContent || "", o = ["$$", "\\[", "\\(", "$"].find((l) => s.startsWith(l) && s.endsWith(Ze[l]));
    if (!o) continue;
    const f = s.slice(o.length, s.length - Ze[o].length);
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
async function Be(t) {
  if (navigator.clipboard && window.isSecureContext)
    try {
      return await navigator.clipboard.writeText(t), !0;
    } catch {
    }
  const e = document.createElement("textarea");
  e.value = t, e.setAttribute("readonly", ""), e.style.position = "fixed", e.style.opacity = "0", document.body.appendChild(e), e.select();
  let r = !1;
  try {
    r = document.execCommand("copy");
  } catch {
    r = !1;
  }
  return e.remove(), r;
}
function He(t) {
  return (t.parts || []).filter((e) => e.type === "text").map((e) => e.source || "").join(`

`);
}
function La(t) {
  return t.map(
    (e) => e.role === "user" ? `**You:**

${e.source || ""}` : `**Kimi:**

${He(e)}`
  ).join(`

---

`);
}
function Na(t) {
  return t == null ? "" : t < 1 ? `${t.toFixed(2)} ms` : t < 1e3 ? `${t < 10 ? t.toFixed(1) : Math.round(t)} ms` : `${(t / 1e3).toFixed(t < 1e4 ? 1 : 0)} s`;
}
function Ra(t) {
  return t ? t < 60 ? `${Math.max(1, Math.round(t))} s` : `${Math.floor(t / 60)} min ${Math.round(t % 60)} s` : "";
}
var Ia = /* @__PURE__ */ M('<span class="kimi-spinner" aria-hidden="true"></span>Thinking…', 1), Oa = /* @__PURE__ */ M('<details class="kimi-reasoning"><summary><!></summary> <div class="kimi-reasoning-body"></div></details>'), za = /* @__PURE__ */ M('<span class="kimi-tool-args"> </span>'), Ha = /* @__PURE__ */ M('<span class="kimi-tool-status"> </span>'), Fa = /* @__PURE__ */ M('<span class="kimi-tool-ms"> </span>'), Da = /* @__PURE__ */ M('<div class="kimi-tool-more"> </div>'), qa = /* @__PURE__ */ M('<div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!>', 1), Pa = /* @__PURE__ */ M('<details class="kimi-tool"><summary><span class="kimi-tool-name"> </span> <!> <!> <!></summary> <div class="kimi-tool-body"><div class="kimi-tool-label">Arguments</div> <pre><code> </code></pre> <!></div></details>'), Ba = /* @__PURE__ */ M('<div class="kimi-text"></div>'), Ga = /* @__PURE__ */ M('<div><span aria-hidden="true"> </span> <div></div></div>'), Va = /* @__PURE__ */ M('<div class="kimi-waiting-detail"> </div>'), Ka = /* @__PURE__ */ M('<div class="kimi-waiting" role="status"><span class="kimi-spinner" aria-hidden="true"></span> <span> </span> <!></div>'), Ua = /* @__PURE__ */ M('<div class="kimi-waiting" role="status"><span> </span> <progress></progress> <span class="kimi-waiting-detail"> </span></div>'), Ya = /* @__PURE__ */ M('<span class="kimi-stats"> </span>'), Wa = /* @__PURE__ */ M('<button type="button" class="kimi-icon" title="Copy"><!></button>'), Ja = /* @__PURE__ */ M('<button type="button" class="kimi-icon" aria-label="Retry" title="Retry"><!></button>'), Xa = /* @__PURE__ */ M('<button type="button" class="kimi-button kimi-continue">Continue</button>'), ja = /* @__PURE__ */ M('<div class="kimi-footer"><!> <span class="kimi-footer-actions"><!> <!> <!> <!></span></div>'), Qa = /* @__PURE__ */ M(`<article aria-label="Kimi's answer"><!> <!></article>`);
function Za(t, e) {
  Ee(e, !0);
  var r = this && this.__awaiter || function(C, c, S, P) {
    function Y(u) {
      return u instanceof S ? u : new S(function(T) {
        T(u);
      });
    }
    return new (S || (S = Promise))(function(u, T) {
      function O(_) {
        try {
          g(P.next(_));
        } catch (m) {
          T(m);
        }
      }
      function D(_) {
        try {
          g(P.throw(_));
        } catch (m) {
          T(m);
        }
      }
      function g(_) {
        _.done ? u(_.value) : Y(_.value).then(O, D);
      }
      g((P = P.apply(C, c || [])).next());
    });
  };
  let a = $(!1);
  const n = {
    pending: "calling…",
    running: "running…",
    ok: "",
    error: "failed",
    timeout: "timed out",
    cancelled: "stopped"
  };
  function s() {
    return r(this, void 0, void 0, function* () {
      G(a, yield Be(He(e.message)), !0), setTimeout(() => G(a, !1), 1500);
    });
  }
  var o = Qa();
  let f;
  var l = R(o);
  ke(l, 17, () => e.message.parts || [], Re, (C, c) => {
    var S = _e(), P = ae(S);
    {
      var Y = (_) => {
        var m = Oa(), v = R(m), w = R(v);
        {
          var h = (k) => {
            var E = Ia();
            y(k, E);
          }, b = (k) => {
            var E = ea();
            I((x) => q(E, `Thought${x ?? ""}`), [
              () => i(c).seconds ? " for " + Ra(i(c).seconds) : ""
            ]), y(k, E);
          };
          z(w, (k) => {
            i(c).live ? k(h) : k(b, -1);
          });
        }
        var H = A(v, 2);
        pe(H, () => i(c).html, !0), I(() => m.open = i(c).live), y(_, m);
      }, u = (_) => {
        var m = Pa(), v = R(m), w = R(v), h = F(w), b = A(w, 2);
        {
          var H = (N) => {
            var U = za(), Z = F(U, !0);
            I(() => q(Z, i(c).brief)), y(N, U);
          };
          z(b, (N) => {
            i(c).brief && N(H);
          });
        }
        var k = A(b, 2);
        {
          var E = (N) => {
            var U = Ha(), Z = F(U, !0);
            I(() => q(Z, n[i(c).status])), y(N, U);
          };
          z(k, (N) => {
            n[i(c).status] && N(E);
          });
        }
        var x = A(k, 2);
        {
          var L = (N) => {
            var U = Fa(), Z = F(U, !0);
            I((ce) => q(Z, ce), [() => Na(i(c).ms)]), y(N, U);
          };
          z(x, (N) => {
            i(c).ms !== null && i(c).ms !== void 0 && N(L);
          });
        }
        var K = A(v, 2), W = A(R(K), 2), Q = R(W), X = F(Q, !0), J = A(W, 2);
        {
          var B = (N) => {
            var U = qa(), Z = ae(U), ce = F(Z), re = A(Z, 2), Te = R(re), dt = F(Te, !0), ut = A(re, 2);
            {
              var vt = (Ce) => {
                var Ge = Da(), _t = F(Ge);
                I((ht) => q(_t, `${ht ?? ""} more characters: the full result is in the tool-call log.`), [() => i(c).more.toLocaleString()]), y(Ce, Ge);
              };
              z(ut, (Ce) => {
                i(c).more && Ce(vt);
              });
            }
            I(() => {
              q(ce, `Result${i(c).cut ? " (cut for the model)" : ""}`), q(dt, i(c).result);
            }), y(N, U);
          };
          z(J, (N) => {
            i(c).result !== null && i(c).result !== void 0 && N(B);
          });
        }
        I(() => {
          V(m, "data-status", i(c).status), q(h, `🛠 ${i(c).name ?? ""}`), q(X, i(c).args || "{}");
        }), y(_, m);
      }, T = (_) => {
        var m = Ba();
        pe(m, () => i(c).html, !0), y(_, m);
      }, O = (_) => {
        var m = Ga(), v = R(m), w = F(v, !0), h = A(v, 2);
        pe(h, () => i(c).html, !0), I(() => {
          Oe(m, 1, `kimi-notice kimi-notice-${i(c).kind ?? ""}`), V(m, "role", i(c).kind === "error" ? "alert" : null), q(w, i(c).kind === "error" ? "⚠️" : "ℹ️");
        }), y(_, m);
      }, D = (_) => {
        var m = Ka(), v = A(R(m), 2), w = F(v, !0), h = A(v, 2);
        {
          var b = (H) => {
            var k = Va(), E = F(k, !0);
            I(() => q(E, i(c).detail)), y(H, k);
          };
          z(h, (H) => {
            i(c).detail && H(b);
          });
        }
        I(() => q(w, i(c).title)), y(_, m);
      }, g = (_) => {
        var m = Ua(), v = R(m), w = F(v, !0), h = A(v, 2), b = A(h, 2), H = F(b);
        I(() => {
          q(w, i(c).title), V(h, "max", i(c).total || 1), fa(h, i(c).done || 0), V(h, "aria-label", i(c).title), q(H, `${i(c).done ?? ""}/${i(c).total ?? ""}`);
        }), y(_, m);
      };
      z(P, (_) => {
        i(c).type === "reasoning" ? _(Y) : i(c).type === "tool" ? _(u, 1) : i(c).type === "text" ? _(T, 2) : i(c).type === "notice" ? _(O, 3) : i(c).type === "waiting" ? _(D, 4) : i(c).type === "progress" && _(g, 5);
      });
    }
    y(C, S);
  });
  var d = A(l, 2);
  {
    var p = (C) => {
      var c = ja(), S = R(c);
      {
        var P = (w) => {
          var h = Ya(), b = F(h, !0);
          I(() => q(b, e.message.stats)), y(w, h);
        };
        z(S, (w) => {
          e.message.stats && w(P);
        });
      }
      var Y = A(S, 2), u = R(Y);
      {
        var T = (w) => {
          var h = Wa(), b = R(h);
          {
            let H = ne(() => i(a) ? "done" : "copy");
            ye(b, {
              get name() {
                return i(H);
              }
            });
          }
          I(() => V(h, "aria-label", i(a) ? "Copied" : "Copy answer")), j("click", h, s), y(w, h);
        }, O = ne(() => He(e.message));
        z(u, (w) => {
          i(O) && w(T);
        });
      }
      var D = A(u, 2);
      {
        var g = (w) => {
          var h = Ja(), b = R(h);
          ye(b, { name: "retry" }), j("click", h, () => e.act("retry", { id: e.message.id })), y(w, h);
        };
        z(D, (w) => {
          e.message.can_retry && e.message.id && w(g);
        });
      }
      var _ = A(D, 2);
      ct(_, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      });
      var m = A(_, 2);
      {
        var v = (w) => {
          var h = Xa();
          j("click", h, () => e.act("resume", { id: e.message.id })), y(w, h);
        };
        z(m, (w) => {
          e.message.can_continue && w(v);
        });
      }
      y(C, c);
    };
    z(d, (C) => {
      e.message.live || C(p);
    });
  }
  I(() => {
    f = Oe(o, 1, "kimi-msg kimi-answer", null, f, { "kimi-live": e.message.live }), V(o, "data-id", e.message.id);
  }), y(t, o), Se();
}
xe(["click"]);
var $a = /* @__PURE__ */ M("<figcaption> </figcaption>"), er = /* @__PURE__ */ M('<figure class="kimi-file-image"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <!></figure>'), tr = /* @__PURE__ */ M('<figure role="listitem"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <figcaption> </figcaption></figure>'), ar = /* @__PURE__ */ M('<div class="kimi-video"><div class="kimi-video-title"> </div> <div class="kimi-strip" role="list"></div></div>'), rr = /* @__PURE__ */ M('<div class="kimi-doc"> </div>'), ir = /* @__PURE__ */ M('<div class="kimi-files"></div>'), nr = /* @__PURE__ */ M('<textarea class="kimi-edit-box" rows="4" aria-label="Edit your message"></textarea> <div class="kimi-edit-actions"><button type="button" class="kimi-button">Cancel</button> <button type="button" class="kimi-button kimi-primary">Send</button></div>', 1), sr = /* @__PURE__ */ M('<button type="button" class="kimi-icon" aria-label="Edit message" title="Edit"><!></button>'), or = /* @__PURE__ */ M('<button type="button" class="kimi-icon" title="Copy"><!></button> <!>', 1), lr = /* @__PURE__ */ M('<div class="kimi-msg-tools"><!> <!></div>'), fr = /* @__PURE__ */ M('<article class="kimi-msg kimi-user" aria-label="Your message"><div class="kimi-bubble"><!> <!></div> <!></article>');
function cr(t, e) {
  Ee(e, !0);
  var r = this && this.__awaiter || function(g, _, m, v) {
    function w(h) {
      return h instanceof m ? h : new m(function(b) {
        b(h);
      });
    }
    return new (m || (m = Promise))(function(h, b) {
      function H(x) {
        try {
          E(v.next(x));
        } catch (L) {
          b(L);
        }
      }
      function k(x) {
        try {
          E(v.throw(x));
        } catch (L) {
          b(L);
        }
      }
      function E(x) {
        x.done ? h(x.value) : w(x.value).then(H, k);
      }
      E((v = v.apply(g, _ || [])).next());
    });
  };
  let a = $(!1), n = $(""), s = $(!1), o = $(void 0);
  function f() {
    return r(this, void 0, void 0, function* () {
      G(n, e.message.source || "", !0), G(a, !0), yield Pe(), i(o) === null || i(o) === void 0 || i(o).focus();
    });
  }
  function l() {
    i(n).trim() && (G(a, !1), e.act("edit", { id: e.message.id, text: i(n) }));
  }
  function d(g) {
    g.key === "Escape" ? (g.preventDefault(), g.stopPropagation(), G(a, !1)) : g.key === "Enter" && (g.ctrlKey || g.metaKey) && (g.preventDefault(), l());
  }
  function p() {
    return r(this, void 0, void 0, function* () {
      G(s, yield Be(e.message.source || ""), !0), setTimeout(() => G(s, !1), 1500);
    });
  }
  var C = fr(), c = R(C), S = R(c);
  {
    var P = (g) => {
      var _ = ir();
      ke(_, 21, () => e.message.files, Re, (m, v) => {
        var w = _e(), h = ae(w);
        {
          var b = (E) => {
            var x = er(), L = R(x), K = F(L), W = A(L, 2);
            {
              var Q = (X) => {
                var J = $a(), B = F(J, !0);
                I(() => q(B, i(v).note)), y(X, J);
              };
              z(W, (X) => {
                i(v).note && X(Q);
              });
            }
            I(() => {
              V(L, "aria-label", "Enlarge " + i(v).name), V(K, "src", i(v).url), V(K, "alt", i(v).name);
            }), j("click", L, () => e.open_image(i(v))), y(E, x);
          }, H = (E) => {
            var x = ar(), L = R(x), K = F(L), W = A(L, 2);
            ke(W, 21, () => i(v).frames || [], Re, (Q, X) => {
              var J = tr(), B = R(J), N = F(B), U = A(B, 2), Z = F(U, !0);
              I(() => {
                V(B, "aria-label", "Enlarge the frame at " + i(X).at), V(N, "src", i(X).url), V(N, "alt", i(v).name + " at " + i(X).at), q(Z, i(X).at);
              }), j("click", B, () => e.open_image({
                url: i(X).url,
                name: i(v).name + " at " + i(X).at
              })), y(Q, J);
            }), I(() => {
              q(K, `🎞 ${i(v).name ?? ""}`), V(W, "aria-label", "Frames of " + i(v).name);
            }), y(E, x);
          }, k = (E) => {
            var x = rr(), L = F(x);
            I(() => q(L, `📄 ${i(v).name ?? ""}${i(v).note ? " · " + i(v).note : ""}`)), y(E, x);
          };
          z(h, (E) => {
            i(v).kind === "image" ? E(b) : i(v).kind === "video" ? E(H, 1) : E(k, -1);
          });
        }
        y(m, w);
      }), y(g, _);
    };
    z(S, (g) => {
      e.message.files && e.message.files.length && g(P);
    });
  }
  var Y = A(S, 2);
  {
    var u = (g) => {
      var _ = nr(), m = ae(_);
      ze(m, (b) => G(o, b), () => i(o));
      var v = A(m, 2), w = R(v), h = A(w, 2);
      I((b) => h.disabled = b, [() => !i(n).trim()]), j("keydown", m, d), da(m, () => i(n), (b) => G(n, b)), j("click", w, () => G(a, !1)), j("click", h, l), y(g, _);
    }, T = (g) => {
      var _ = _e(), m = ae(_);
      pe(m, () => e.message.html), y(g, _);
    };
    z(Y, (g) => {
      i(a) ? g(u) : e.message.html && g(T, 1);
    });
  }
  var O = A(c, 2);
  {
    var D = (g) => {
      var _ = lr(), m = R(_);
      {
        var v = (h) => {
          var b = or(), H = ae(b), k = R(H);
          {
            let L = ne(() => i(s) ? "done" : "copy");
            ye(k, {
              get name() {
                return i(L);
              }
            });
          }
          var E = A(H, 2);
          {
            var x = (L) => {
              var K = sr(), W = R(K);
              ye(W, { name: "edit" }), j("click", K, f), y(L, K);
            };
            z(E, (L) => {
              e.message.id && L(x);
            });
          }
          I(() => V(H, "aria-label", i(s) ? "Copied" : "Copy message")), j("click", H, p), y(h, b);
        };
        z(m, (h) => {
          e.message.source && h(v);
        });
      }
      var w = A(m, 2);
      ct(w, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      }), y(g, _);
    };
    z(O, (g) => {
      i(a) || g(D);
    });
  }
  I(() => V(C, "data-id", e.message.id)), y(t, C), Se();
}
xe(["click", "keydown"]);
var dr = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]), ur = /* @__PURE__ */ M('<p class="kimi-empty svelte-49zqag"> </p>'), vr = /* @__PURE__ */ M('<button type="button" class="kimi-earlier svelte-49zqag"> </button>'), _r = /* @__PURE__ */ M('<div class="kimi-chat-tools svelte-49zqag"><!> <button type="button" class="kimi-copy-all svelte-49zqag" aria-live="polite"> </button></div> <!>', 1), hr = /* @__PURE__ */ M('<img class="svelte-49zqag"/> <button type="button" class="kimi-lightbox-close svelte-49zqag">Close</button>', 1), mr = /* @__PURE__ */ M('<div><div class="kimi-scroll svelte-49zqag" role="log" aria-label="Conversation" tabindex="-1"><div class="kimi-column svelte-49zqag"><!></div></div> <dialog class="kimi-lightbox svelte-49zqag"><!></dialog></div>');
function pr(t, e) {
  Ee(e, !0);
  var r = this && this.__awaiter || function(k, E, x, L) {
    function K(W) {
      return W instanceof x ? W : new x(function(Q) {
        Q(W);
      });
    }
    return new (x || (x = Promise))(function(W, Q) {
      function X(N) {
        try {
          B(L.next(N));
        } catch (U) {
          Q(U);
        }
      }
      function J(N) {
        try {
          B(L.throw(N));
        } catch (U) {
          Q(U);
        }
      }
      function B(N) {
        N.done ? W(N.value) : K(N.value).then(X, J);
      }
      B((L = L.apply(k, E || [])).next());
    });
  };
  let a = /* @__PURE__ */ ha(e, dr);
  const n = new wa(a);
  let s = ne(() => n.props.value || { messages: [] }), o = ne(() => i(s).messages || []), f = ne(() => i(o).some((k) => k.live)), l = $(void 0), d = !0, p = null, C = null, c = $(null), S = $(void 0), P = $(!1);
  function Y(k, E) {
    n.dispatch(k, E);
  }
  function u() {
    i(l) && (d = i(l).scrollHeight - i(l).scrollTop - i(l).clientHeight < 80);
  }
  fe(() => {
    var k;
    const E = i(o).length ? String((k = i(o)[0].id) !== null && k !== void 0 ? k : "") + ":" + i(o).length : "", x = i(s).focus || null;
    i(o), Pe().then(() => {
      if (!i(l)) return;
      Aa(i(l), n.shared.root || "");
      const L = E.split(":")[0] !== (p || "").split(":")[0];
      if (p = E, x && x !== C) {
        C = x;
        const K = i(l).querySelector(`[data-id="${CSS.escape(x)}"]`);
        if (K) {
          K.scrollIntoView({ block: "center" }), K.classList.add("kimi-flash"), setTimeout(() => K.classList.remove("kimi-flash"), 2500), d = !1;
          return;
        }
      }
      x || (C = null), (d || L) && (i(l).scrollTop = i(l).scrollHeight, d = !0);
    });
  }), fe(() => {
    i(S) && (i(c) && !i(S).open && i(S).showModal(), !i(c) && i(S).open && i(S).close());
  });
  function T() {
    return r(this, void 0, void 0, function* () {
      G(P, yield Be(La(i(o))), !0), setTimeout(() => G(P, !1), 1500);
    });
  }
  var O = mr();
  let D;
  var g = R(O), _ = R(g), m = R(_);
  {
    var v = (k) => {
      var E = ur(), x = F(E, !0);
      I(() => q(x, n.props.placeholder || "")), y(k, E);
    }, w = (k) => {
      var E = _r(), x = ae(E), L = R(x);
      {
        var K = (J) => {
          var B = vr(), N = F(B);
          I(() => q(N, `↑ Show ${i(s).earlier ?? ""} earlier message${i(s).earlier === 1 ? "" : "s"}`)), j("click", B, () => Y("earlier", {})), y(J, B);
        };
        z(L, (J) => {
          i(s).earlier && J(K);
        });
      }
      var W = A(L, 2), Q = F(W, !0), X = A(x, 2);
      ke(X, 19, () => i(o), (J, B) => J.id ?? "at-" + B, (J, B) => {
        var N = _e(), U = ae(N);
        {
          var Z = (re) => {
            cr(re, {
              get message() {
                return i(B);
              },
              act: Y,
              open_image: (Te) => G(c, Te, !0)
            });
          }, ce = (re) => {
            Za(re, {
              get message() {
                return i(B);
              },
              act: Y
            });
          };
          z(U, (re) => {
            i(B).role === "user" ? re(Z) : re(ce, -1);
          });
        }
        y(J, N);
      }), I(() => q(Q, i(P) ? "Copied" : "Copy conversation")), j("click", W, T), y(k, E);
    };
    z(m, (k) => {
      i(o).length === 0 ? k(v) : k(w, -1);
    });
  }
  ze(g, (k) => G(l, k), () => i(l));
  var h = A(g, 2), b = R(h);
  {
    var H = (k) => {
      var E = hr(), x = ae(E), L = A(x, 2);
      I(() => {
        V(x, "src", i(c).url), V(x, "alt", i(c).name);
      }), j("click", L, () => G(c, null)), y(k, E);
    };
    z(b, (k) => {
      i(c) && k(H);
    });
  }
  ze(h, (k) => G(S, k), () => i(S)), I(
    (k) => {
      V(O, "id", n.shared.elem_id), D = Oe(O, 1, `kimi-chat ${k ?? ""}`, "svelte-49zqag", D, { hidden: n.shared.visible === !1 }), V(g, "aria-busy", i(f)), V(h, "aria-label", i(c) ? i(c).name : "Image");
    },
    [() => (n.shared.elem_classes || []).join(" ")]
  ), We("scroll", g, u), We("close", h, () => G(c, null)), j("click", h, (k) => {
    k.target === i(S) && G(c, null);
  }), y(t, O), Se();
}
xe(["click"]);
export {
  pr as default
};
