import { i as rt, g as it, o as pt, c as nt, a as re, b as bt, T as st, d as kt, e as Ge, f as _e, r as Te, h as Se, p as Ve, j as be, k as ve, m as ot, s as lt, l as ft, E as yt, n as r, q as We, t as wt, u as xt, v as St, w as je, x as Et, y as Tt, z as Ct, A as Ke, B as ie, D as At, I as Ie, C as Mt, F as Rt, G as Lt, H as Nt, J as ct, K as It, L as O, M as Ot, N as zt, O as Ht, P as Je, Q as Ft, R as qt, S as Dt, U as Bt, V as Pt, W as Gt, X as dt, Y as Ae, Z as ut, _ as Vt, $ as Kt, a0 as Ut, a1 as Yt, a2 as Wt, a3 as jt, a4 as Jt, a5 as Xt, a6 as te, a7 as Xe, a8 as D, a9 as ce, aa as ye, ab as Me, ac as se, ad as Re, ae as he, af as A, ag as q, ah as Z, ai as N, aj as H, ak as Qe } from "./render-8M-CU1zq.js";
const Qt = [];
function Zt(t, e = !1, i = !1) {
  return Ee(t, /* @__PURE__ */ new Map(), "", Qt, null, i);
}
function Ee(t, e, i, a, n = null, o = !1) {
  if (typeof t == "object" && t !== null) {
    var l = e.get(t);
    if (l !== void 0) return l;
    if (t instanceof Map) return (
      /** @type {Snapshot<T>} */
      new Map(t)
    );
    if (t instanceof Set) return (
      /** @type {Snapshot<T>} */
      new Set(t)
    );
    if (rt(t)) {
      var f = (
        /** @type {Snapshot<any>} */
        Array(t.length)
      );
      e.set(t, f), n !== null && e.set(n, f);
      for (var s = 0; s < t.length; s += 1) {
        var d = t[s];
        s in t && (f[s] = Ee(d, e, i, a, null, o));
      }
      return f;
    }
    if (it(t) === pt) {
      f = {}, e.set(t, f), n !== null && e.set(n, f);
      for (var m of Object.keys(t))
        f[m] = Ee(
          // @ts-expect-error
          t[m],
          e,
          i,
          a,
          null,
          o
        );
      return f;
    }
    if (t instanceof Date)
      return t.getTime(), /** @type {Snapshot<T>} */
      structuredClone(t);
    if (typeof /** @type {T & { toJSON?: any } } */
    t.toJSON == "function" && !o)
      return Ee(
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
const $t = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", {
    /** @param {string} html */
    createHTML: (t) => t
  })
);
function ea(t) {
  return (
    /** @type {string} */
    $t?.createHTML(t) ?? t
  );
}
function vt(t) {
  var e = nt("template");
  return e.innerHTML = ea(t.replaceAll("<!>", "<!---->")), e.content;
}
function de(t, e) {
  var i = (
    /** @type {Effect} */
    Ge
  );
  i.nodes === null && (i.nodes = { start: t, end: e, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function C(t, e) {
  var i = (e & st) !== 0, a = (e & kt) !== 0, n, o = !t.startsWith("<!>");
  return () => {
    n === void 0 && (n = vt(o ? t : "<!>" + t), i || (n = /** @type {TemplateNode} */
    re(n)));
    var l = (
      /** @type {TemplateNode} */
      a || bt ? document.importNode(n, !0) : n.cloneNode(!0)
    );
    if (i) {
      var f = (
        /** @type {TemplateNode} */
        re(l)
      ), s = (
        /** @type {TemplateNode} */
        l.lastChild
      );
      de(f, s);
    } else
      de(l, l);
    return l;
  };
}
// @__NO_SIDE_EFFECTS__
function ta(t, e, i = "svg") {
  var a = !t.startsWith("<!>"), n = (e & st) !== 0, o = `<${i}>${a ? t : "<!>" + t}</${i}>`, l;
  return () => {
    if (!l) {
      var f = (
        /** @type {DocumentFragment} */
        vt(o)
      ), s = (
        /** @type {Element} */
        re(f)
      );
      if (n)
        for (l = document.createDocumentFragment(); re(s); )
          l.appendChild(
            /** @type {TemplateNode} */
            re(s)
          );
      else
        l = /** @type {Element} */
        re(s);
    }
    var d = (
      /** @type {TemplateNode} */
      l.cloneNode(!0)
    );
    if (n) {
      var m = (
        /** @type {TemplateNode} */
        re(d)
      ), S = (
        /** @type {TemplateNode} */
        d.lastChild
      );
      de(m, S);
    } else
      de(d, d);
    return d;
  };
}
// @__NO_SIDE_EFFECTS__
function we(t, e) {
  return /* @__PURE__ */ ta(t, e, "svg");
}
function aa(t = "") {
  {
    var e = _e(t + "");
    return de(e, e), e;
  }
}
function Le() {
  var t = document.createDocumentFragment(), e = document.createComment(""), i = _e();
  return t.append(e, i), de(e, i), t;
}
function w(t, e) {
  t !== null && t.before(
    /** @type {Node} */
    e
  );
}
class ra {
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
        Te(a), this.#r.delete(i);
      else {
        var n = this.#e.get(i);
        n && (Te(n.effect), this.#a.set(i, n.effect), this.#e.delete(i), n.fragment.lastChild.remove(), this.anchor.before(n.fragment), a = n.effect);
      }
      for (const [o, l] of this.#t) {
        if (this.#t.delete(o), o === e)
          break;
        const f = this.#e.get(l);
        f && (Se(f.effect), this.#e.delete(l));
      }
      for (const [o, l] of this.#a) {
        if (o === i || this.#r.has(o)) continue;
        const f = () => {
          if (Array.from(this.#t.values()).includes(o)) {
            var d = document.createDocumentFragment();
            ot(l, d), d.append(_e()), this.#e.set(o, { effect: l, fragment: d });
          } else
            Se(l);
          this.#r.delete(o), this.#a.delete(o);
        };
        this.#i || !a ? (this.#r.add(o), Ve(l, f, !1)) : f();
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
      i.includes(a) || (Se(n.effect), this.#e.delete(a));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(e, i) {
    var a = (
      /** @type {Batch} */
      ve
    ), n = lt();
    if (i && !this.#a.has(e) && !this.#e.has(e))
      if (n) {
        var o = document.createDocumentFragment(), l = _e();
        o.append(l), this.#e.set(e, {
          effect: be(() => i(l)),
          fragment: o
        });
      } else
        this.#a.set(
          e,
          be(() => i(this.anchor))
        );
    if (this.#t.set(a, e), n) {
      for (const [f, s] of this.#a)
        f === e ? a.unskip_effect(s) : a.skip_effect(s);
      for (const [f, s] of this.#e)
        f === e ? a.unskip_effect(s.effect) : a.skip_effect(s.effect);
      a.oncommit(this.#n), a.ondiscard(this.#s);
    } else
      this.#n(a);
  }
}
function F(t, e, i = !1) {
  var a = new ra(t), n = i ? yt : 0;
  function o(l, f) {
    a.ensure(l, f);
  }
  ft(() => {
    var l = !1;
    e((f, s = 0) => {
      l = !0, o(s, f);
    }), l || o(-1, null);
  }, n);
}
function qe(t, e) {
  return e;
}
function ia(t, e, i) {
  for (var a = [], n = e.length, o, l = e.length, f = 0; f < n; f++) {
    let S = e[f];
    Ve(
      S,
      () => {
        if (o) {
          if (o.pending.delete(S), o.done.add(S), o.pending.size === 0) {
            var c = (
              /** @type {Set<EachOutroGroup>} */
              t.outrogroups
            );
            De(t, Ke(o.done)), c.delete(o), c.size === 0 && (t.outrogroups = null);
          }
        } else
          l -= 1;
      },
      !1
    );
  }
  if (l === 0) {
    var s = a.length === 0 && i !== null && t.pending.size === 0;
    if (s) {
      var d = (
        /** @type {Element} */
        i
      ), m = (
        /** @type {Element} */
        d.parentNode
      );
      Rt(m), m.append(d), t.items.clear();
    }
    De(t, e, !s);
  } else
    o = {
      pending: new Set(e),
      done: /* @__PURE__ */ new Set()
    }, (t.outrogroups ??= /* @__PURE__ */ new Set()).add(o);
}
function De(t, e, i = !0) {
  var a;
  if (t.pending.size > 0) {
    a = /* @__PURE__ */ new Set();
    for (const l of t.pending.values())
      for (const f of l)
        a.add(
          /** @type {EachItem} */
          t.items.get(f).e
        );
  }
  for (var n = 0; n < e.length; n++) {
    var o = e[n];
    if (a?.has(o)) {
      o.f |= ie;
      const l = document.createDocumentFragment();
      ot(o, l);
    } else
      Se(e[n], i);
  }
}
var Ze;
function Ce(t, e, i, a, n, o = null) {
  var l = t, f = /* @__PURE__ */ new Map(), s = (e & ct) !== 0;
  if (s) {
    var d = (
      /** @type {Element} */
      t
    );
    l = d.appendChild(_e());
  }
  var m = null, S = xt(() => {
    var R = i();
    return (
      /** @type {V[]} */
      rt(R) ? R : R == null ? [] : Ke(R)
    );
  }), c = /* @__PURE__ */ new Map(), g = !0;
  function B(R) {
    if ((y.effect.f & At) === 0) {
      y.pending.delete(R);
      var P = r(S);
      y.fallback = m, na(y, P, l, e, a), m !== null && (P.length === 0 ? (m.f & ie) === 0 ? Te(m) : (m.f ^= ie, pe(m, null, l)) : Ve(m, () => {
        m = null;
      }));
    }
  }
  function j(R) {
    y.pending.delete(R);
  }
  var _ = ft(() => {
    for (var R = (
      /** @type {V[]} */
      r(S)
    ), P = R.length, M = /* @__PURE__ */ new Set(), u = (
      /** @type {Batch} */
      ve
    ), p = lt(), b = 0; b < P; b += 1) {
      var h = R[b], E = a(h, b), k = g ? null : f.get(E);
      k ? (k.v && We(k.v, h), k.i && We(k.i, b), p && u.unskip_effect(k.e)) : (k = sa(
        f,
        g ? l : Ze ??= _e(),
        h,
        E,
        b,
        n,
        e,
        i
      ), g || (k.e.f |= ie), f.set(E, k)), M.add(E);
    }
    if (P === 0 && o && !m && (g ? m = be(() => o(l)) : (m = be(() => o(Ze ??= _e())), m.f |= ie)), P > M.size && wt(), !g)
      if (c.set(u, M), p) {
        for (const [I, z] of f)
          M.has(I) || u.skip_effect(z.e);
        u.oncommit(B), u.ondiscard(j);
      } else
        B(u);
    r(S);
  }), y = { effect: _, items: f, pending: c, outrogroups: null, fallback: m };
  g = !1;
}
function ge(t) {
  for (; t !== null && (t.f & Mt) === 0; )
    t = t.next;
  return t;
}
function na(t, e, i, a, n) {
  var o = (a & It) !== 0, l = e.length, f = t.items, s = ge(t.effect.first), d, m = null, S, c = [], g = [], B, j, _, y;
  if (o)
    for (y = 0; y < l; y += 1)
      B = e[y], j = n(B, y), _ = /** @type {EachItem} */
      f.get(j).e, (_.f & ie) === 0 && (_.nodes?.a?.measure(), (S ??= /* @__PURE__ */ new Set()).add(_));
  for (y = 0; y < l; y += 1) {
    if (B = e[y], j = n(B, y), _ = /** @type {EachItem} */
    f.get(j).e, t.outrogroups !== null)
      for (const k of t.outrogroups)
        k.pending.delete(_), k.done.delete(_);
    if ((_.f & Ie) !== 0 && (Te(_), o && (_.nodes?.a?.unfix(), (S ??= /* @__PURE__ */ new Set()).delete(_))), (_.f & ie) !== 0)
      if (_.f ^= ie, _ === s)
        pe(_, null, i);
      else {
        var R = m ? m.next : s;
        _ === t.effect.last && (t.effect.last = _.prev), _.prev && (_.prev.next = _.next), _.next && (_.next.prev = _.prev), fe(t, m, _), fe(t, _, R), pe(_, R, i), m = _, c = [], g = [], s = ge(m.next);
        continue;
      }
    if (_ !== s) {
      if (d !== void 0 && d.has(_)) {
        if (c.length < g.length) {
          var P = g[0], M;
          m = P.prev;
          var u = c[0], p = c[c.length - 1];
          for (M = 0; M < c.length; M += 1)
            pe(c[M], P, i);
          for (M = 0; M < g.length; M += 1)
            d.delete(g[M]);
          fe(t, u.prev, p.next), fe(t, m, u), fe(t, p, P), s = P, m = p, y -= 1, c = [], g = [];
        } else
          d.delete(_), pe(_, s, i), fe(t, _.prev, _.next), fe(t, _, m === null ? t.effect.first : m.next), fe(t, m, _), m = _;
        continue;
      }
      for (c = [], g = []; s !== null && s !== _; )
        (d ??= /* @__PURE__ */ new Set()).add(s), g.push(s), s = ge(s.next);
      if (s === null)
        continue;
    }
    (_.f & ie) === 0 && c.push(_), m = _, s = ge(_.next);
  }
  if (t.outrogroups !== null) {
    for (const k of t.outrogroups)
      k.pending.size === 0 && (De(t, Ke(k.done)), t.outrogroups?.delete(k));
    t.outrogroups.size === 0 && (t.outrogroups = null);
  }
  if (s !== null || d !== void 0) {
    var b = [];
    if (d !== void 0)
      for (_ of d)
        (_.f & Ie) === 0 && b.push(_);
    for (; s !== null; )
      (s.f & Ie) === 0 && s !== t.fallback && b.push(s), s = ge(s.next);
    var h = b.length;
    if (h > 0) {
      var E = (a & ct) !== 0 && l === 0 ? i : null;
      if (o) {
        for (y = 0; y < h; y += 1)
          b[y].nodes?.a?.measure();
        for (y = 0; y < h; y += 1)
          b[y].nodes?.a?.fix();
      }
      ia(t, b, E);
    }
  }
  o && Lt(() => {
    if (S !== void 0)
      for (_ of S)
        _.nodes?.a?.apply();
  });
}
function sa(t, e, i, a, n, o, l, f) {
  var s = (l & Et) !== 0 ? (l & Tt) === 0 ? Ct(i, !1, !1) : je(i) : null, d = (l & St) !== 0 ? je(n) : null;
  return {
    v: s,
    i: d,
    e: be(() => (o(e, s ?? i, d ?? n, f), () => {
      t.delete(a);
    }))
  };
}
function pe(t, e, i) {
  if (t.nodes)
    for (var a = t.nodes.start, n = t.nodes.end, o = e && (e.f & ie) === 0 ? (
      /** @type {EffectNodes} */
      e.nodes.start
    ) : i; a !== null; ) {
      var l = (
        /** @type {TemplateNode} */
        Nt(a)
      );
      if (o.before(a), a === n)
        return;
      a = l;
    }
}
function fe(t, e, i) {
  e === null ? t.effect.first = i : e.next = i, i === null ? t.effect.last = e : i.prev = e;
}
function Oe(t, e, i = !1, a = !1, n = !1, o = !1) {
  var l = t, f = "";
  if (i)
    var s = (
      /** @type {Element} */
      t
    );
  O(() => {
    var d = (
      /** @type {Effect} */
      Ge
    );
    if (f !== (f = e() ?? "")) {
      if (i) {
        d.nodes = null, s.innerHTML = /** @type {string} */
        f, f !== "" && de(
          /** @type {TemplateNode} */
          re(s),
          /** @type {TemplateNode} */
          s.lastChild
        );
        return;
      }
      if (d.nodes !== null && (Ot(
        d.nodes.start,
        /** @type {TemplateNode} */
        d.nodes.end
      ), d.nodes = null), f !== "") {
        var m = a ? zt : n ? Ht : void 0, S = (
          /** @type {HTMLTemplateElement | SVGElement | MathMLElement} */
          nt(a ? "svg" : n ? "math" : "template", m)
        );
        S.innerHTML = /** @type {any} */
        f;
        var c = a || n ? S : (
          /** @type {HTMLTemplateElement} */
          S.content
        );
        if (de(
          /** @type {TemplateNode} */
          re(c),
          /** @type {TemplateNode} */
          c.lastChild
        ), a || n)
          for (; re(c); )
            l.before(
              /** @type {TemplateNode} */
              re(c)
            );
        else
          l.before(c);
      }
    }
  });
}
const $e = [...` 	
\r\f \v\uFEFF`];
function oa(t, e, i) {
  var a = t == null ? "" : "" + t;
  if (e && (a = a ? a + " " + e : e), i) {
    for (var n of Object.keys(i))
      if (i[n])
        a = a ? a + " " + n : n;
      else if (a.length)
        for (var o = n.length, l = 0; (l = a.indexOf(n, l)) >= 0; ) {
          var f = l + o;
          (l === 0 || $e.includes(a[l - 1])) && (f === a.length || $e.includes(a[f])) ? a = (l === 0 ? "" : a.substring(0, l)) + a.substring(f + 1) : l = f;
        }
  }
  return a === "" ? null : a;
}
function ke(t, e, i, a, n, o) {
  var l = (
    /** @type {any} */
    t[Je]
  );
  if (l !== i || l === void 0) {
    var f = oa(i, a, o);
    f == null ? t.removeAttribute("class") : t.className = f, t[Je] = i;
  } else if (o && n !== o)
    for (var s in o) {
      var d = !!o[s];
      (n == null || d !== !!n[s]) && t.classList.toggle(s, d);
    }
  return o;
}
const la = /* @__PURE__ */ Symbol("is custom element"), fa = /* @__PURE__ */ Symbol("is html"), ca = Pt ? "progress" : "PROGRESS";
function da(t, e) {
  var i = _t(t);
  i.value === (i.value = // treat null and undefined the same for the initial value
  e ?? void 0) || // @ts-expect-error
  // `progress` elements always need their value set when it's `0`
  t.value === e && (e !== 0 || t.nodeName !== ca) || (t.value = e ?? "");
}
function Y(t, e, i, a) {
  var n = _t(t), o = n[e];
  o !== (n[e] = i) && (e === "loading" && (t[Ft] = i), i == null ? t.removeAttribute(e) : typeof i != "string" && ua(t).has(e) ? t[e] = i : t.setAttribute(e, i));
}
function _t(t) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    t[qt] ??= {
      [la]: t.nodeName.includes("-"),
      [fa]: t.namespaceURI === Dt
    }
  );
}
var et = /* @__PURE__ */ new Map();
function ua(t) {
  var e = t.getAttribute("is") || t.nodeName, i = et.get(e);
  if (i) return i;
  et.set(e, i = /* @__PURE__ */ new Set());
  for (var a, n = t, o = Element.prototype; o !== n; ) {
    a = Bt(n);
    for (var l in a)
      a[l].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      l !== "innerHTML" && l !== "textContent" && l !== "innerText" && i.add(l);
    n = it(n);
  }
  return i;
}
function va(t, e, i = e) {
  var a = /* @__PURE__ */ new WeakSet();
  Gt(t, "input", async (n) => {
    var o = n ? t.defaultValue : t.value;
    if (o = ze(t) ? He(o) : o, i(o), ve !== null && a.add(ve), await dt(), o !== (o = e())) {
      var l = t.selectionStart, f = t.selectionEnd, s = t.value.length;
      if (t.value = o ?? "", f !== null) {
        var d = t.value.length;
        l === f && f === s && d > s ? (t.selectionStart = d, t.selectionEnd = d) : (t.selectionStart = l, t.selectionEnd = Math.min(f, d));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  Ae(e) == null && t.value && (i(ze(t) ? He(t.value) : t.value), ve !== null && a.add(ve)), ut(() => {
    var n = e();
    if (t === document.activeElement) {
      var o = (
        /** @type {Batch} */
        ve
      );
      if (a.has(o))
        return;
    }
    ze(t) && n === He(t.value) || t.type === "date" && !n && !t.value || n !== t.value && (t.value = n ?? "");
  });
}
function ze(t) {
  var e = t.type;
  return e === "number" || e === "range";
}
function He(t) {
  return t === "" ? null : +t;
}
function Fe(t, e) {
  return t === e || t?.[Wt] === e;
}
function Be(t = Ut(), e, i, a) {
  var n = (
    /** @type {ComponentContext} */
    Vt.r
  ), o = (
    /** @type {Effect} */
    Ge
  );
  return Kt(() => {
    var l, f;
    return ut(() => {
      l = f, f = [], Ae(() => {
        Fe(i(...f), t) || (e(t, ...f), l && Fe(i(...l), t) && e(null, ...l));
      });
    }), () => {
      let s = o;
      for (; s !== n && s.parent !== null && s.parent.f & Yt; )
        s = s.parent;
      const d = () => {
        f && Fe(i(...f), t) && e(null, ...f);
      }, m = s.teardown;
      s.teardown = () => {
        d(), m?.();
      };
    };
  }), t;
}
function _a(t, e, i) {
  if (t == null)
    return e(void 0), jt;
  const a = Ae(
    () => t.subscribe(
      e,
      // @ts-expect-error
      i
    )
  );
  return a.unsubscribe ? () => a.unsubscribe() : a;
}
function ha(t) {
  let e;
  return _a(t, (i) => e = i)(), e;
}
const ma = {
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
function ga(t, e, i) {
  return new Proxy({ props: t, exclude: e }, ma);
}
const pa = [
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
], tt = {
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
pa.reduce((t, { color: e, primary: i, secondary: a }) => ({
  ...t,
  [e]: {
    primary: tt[e][i],
    secondary: tt[e][a]
  }
}), {});
function ba(t) {
  let e;
  const i = Xt((n) => {
    let o = !1;
    const l = t.subscribe((f) => {
      e = f, o && n();
    });
    return o = !0, l;
  });
  function a() {
    return Jt() ? (i(), e) : ha(t);
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
const ka = "__i18n__", ya = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], wa = [
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
function xa(t) {
  return typeof t == "string" && t.includes(ka);
}
class Sa {
  load_component;
  #t = te(Xe({}));
  get shared() {
    return r(this.#t);
  }
  set shared(e) {
    D(this.#t, e, !0);
  }
  #a = te(Xe({}));
  get props() {
    return r(this.#a);
  }
  set props(e) {
    D(this.#a, e, !0);
  }
  #e = te((e) => e);
  get i18n() {
    return r(this.#e);
  }
  set i18n(e) {
    D(this.#e, e, !0);
  }
  i18n_store;
  _i18n_from_store;
  translatable_props = {};
  dispatcher;
  last_update = null;
  shared_props = wa;
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
    this.i18n = this.props.i18n ?? ((a) => a), this.i18n_store = e.props.i18n_store, this._i18n_from_store = this.i18n_store ? ba(this.i18n_store) : void 0;
    for (const a of ya)
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
    ), this.registered_id = this.shared.id, this.last_shared_props = e.shared_props, this.last_props = e.props, ce(() => {
      const a = e.shared_props.id;
      if (this.last_shared_props !== e.shared_props) {
        for (const n in e.shared_props) {
          const o = e.shared_props[n];
          o !== void 0 && (this._is_i18n_managed(`shared.${n}`, o) || (this.shared[n] = o));
        }
        this.last_shared_props = e.shared_props;
      }
      if (this.last_props !== e.props) {
        for (const n in e.props) {
          if (n === "i18n_store") continue;
          const o = e.props[n];
          o !== void 0 && (this._is_i18n_managed(`props.${n}`, o) || (this.props[n] = o));
        }
        this.last_props = e.props;
      }
      this.registered_id !== null && this.registered_id !== a && this.unregister_component(this.registered_id, this.set_data_callback), this.register_component(
        a,
        // @ts-ignore
        this.set_data_callback,
        this.get_data_callback
      ), this.registered_id = a, Ae(() => {
        this.shared.id = a;
      });
    }), ce(() => () => {
      this.registered_id !== null && this.unregister_component(this.registered_id, this.set_data_callback);
    }), ce(() => this.i18n_store ? this.i18n_store.subscribe(() => {
      for (const [n, o] of Object.entries(this.translatable_props)) {
        const [l, f] = n.split("."), s = this.i18n(o);
        l === "shared" ? this.shared[f] = s : this.props[f] = s;
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
    return Zt(this.props);
  }
  update(e) {
    this.set_data(e);
  }
  set_data(e) {
    for (const i in e) {
      const a = e[i], n = xa(a) ? this._translate_and_store(this.shared_props.includes(i) ? "shared" : "props", i, a) : a;
      if (this.shared_props.includes(i)) {
        const o = i;
        this.shared[o] = n;
        continue;
      }
      this.props[i] = n;
    }
  }
  watch_for_change() {
    ce(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
var Ea = /* @__PURE__ */ C('<span class="kimi-versions" role="group" aria-label="Versions"><button type="button" class="kimi-icon" aria-label="Previous version">‹</button> <span class="kimi-versions-pos"> </span> <button type="button" class="kimi-icon" aria-label="Next version">›</button></span>');
function ht(t, e) {
  Me(e, !0);
  let i = he(() => e.message.versions ? e.message.versions[0] : 1), a = he(() => e.message.versions ? e.message.versions[1] : 1);
  var n = Le(), o = se(n);
  {
    var l = (f) => {
      var s = Ea(), d = N(s), m = A(d, 2), S = H(m), c = A(m, 2);
      O(() => {
        d.disabled = r(i) <= 1, q(S, `${r(i) ?? ""}/${r(a) ?? ""}`), c.disabled = r(i) >= r(a);
      }), Z("click", d, () => e.act("version", { id: e.message.id, step: -1 })), Z("click", c, () => e.act("version", { id: e.message.id, step: 1 })), w(f, s);
    };
    F(o, (f) => {
      r(a) > 1 && f(l);
    });
  }
  w(t, n), Re();
}
ye(["click"]);
var Ta = /* @__PURE__ */ we('<rect x="9" y="9" width="12" height="12" rx="2"></rect><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"></path>', 1), Ca = /* @__PURE__ */ we('<path d="M5 12l5 5L20 7"></path>'), Aa = /* @__PURE__ */ we('<path d="M12 20h9"></path><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"></path>', 1), Ma = /* @__PURE__ */ we('<path d="M21 12a9 9 0 1 1-3-6.7L21 8"></path><path d="M21 3v5h-5"></path>', 1), Ra = /* @__PURE__ */ we('<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><!></svg>');
function Ue(t, e) {
  var i = Ra(), a = N(i);
  {
    var n = (s) => {
      var d = Ta();
      w(s, d);
    }, o = (s) => {
      var d = Ca();
      w(s, d);
    }, l = (s) => {
      var d = Aa();
      w(s, d);
    }, f = (s) => {
      var d = Ma();
      w(s, d);
    };
    F(a, (s) => {
      e.name === "copy" ? s(n) : e.name === "done" ? s(o, 1) : e.name === "edit" ? s(l, 2) : e.name === "retry" && s(f, 3);
    });
  }
  w(t, i);
}
var La = /* @__PURE__ */ C('<span class="kimi-copy"><button type="button" class="kimi-icon" title="Copy"><!></button> <span role="status" aria-live="polite"> </span></span>');
function mt(t, e) {
  var i = La(), a = N(i), n = N(a);
  {
    let s = he(() => e.copied ? "done" : "copy");
    Ue(n, {
      get name() {
        return r(s);
      }
    });
  }
  var o = A(a, 2);
  let l;
  var f = H(o, !0);
  O(() => {
    Y(a, "aria-label", e.copied ? "Copied" : e.label), l = ke(o, 1, "kimi-copied", null, l, { shown: e.copied }), q(f, e.copied ? "Copied" : "");
  }), Z("click", a, function(...s) {
    e.onclick?.apply(this, s);
  }), w(t, i);
}
ye(["click"]);
const at = { $$: "$$", $: "$", "\\(": "\\)", "\\[": "\\]" };
async function Na(t, e) {
  const i = [...t.querySelectorAll(".kimi-math:not([data-tex]), .kimi-math-display:not([data-tex])")];
  if (!i.length) return;
  if (!document.getElementById("kimi-katex-css")) {
    const n = document.createElement("link");
    n.id = "kimi-katex-css", n.rel = "stylesheet", n.href = e.replace(/\/$/, "") + "/kimi-assets/katex/katex.min.css", document.head.appendChild(n);
  }
  const a = (await import("./katex-bqqIAMXL.js")).default;
  for (const n of i) {
    const o = n.textContent || "", l = ["$$", "\\[", "\\(", "$"].find((s) => o.startsWith(s) && o.endsWith(at[s]));
    if (!l) continue;
    const f = o.slice(l.length, o.length - at[l].length);
    n.dataset.tex = o;
    try {
      a.render(f, n, {
        displayMode: n.classList.contains("kimi-math-display"),
        throwOnError: !1,
        output: "htmlAndMathml"
      });
    } catch {
      n.textContent = o;
    }
  }
}
async function Ye(t) {
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
function Pe(t) {
  return (t.parts || []).filter((e) => e.type === "text").map((e) => e.source || "").join(`

`);
}
function Ia(t) {
  return t.map(
    (e) => e.role === "user" ? `**You:**

${e.source || ""}` : `**Kimi:**

${Pe(e)}`
  ).join(`

---

`);
}
function Oa(t) {
  return t == null ? "" : t < 1 ? `${t.toFixed(2)} ms` : t < 1e3 ? `${t < 10 ? t.toFixed(1) : Math.round(t)} ms` : `${(t / 1e3).toFixed(t < 1e4 ? 1 : 0)} s`;
}
function za(t) {
  return t ? t < 60 ? `${Math.max(1, Math.round(t))} s` : `${Math.floor(t / 60)} min ${Math.round(t % 60)} s` : "";
}
var Ha = /* @__PURE__ */ C('<span class="kimi-spinner" aria-hidden="true"></span>Thinking…', 1), Fa = /* @__PURE__ */ C('<details class="kimi-reasoning"><summary><!></summary> <div class="kimi-reasoning-body"></div></details>'), qa = /* @__PURE__ */ C('<span class="kimi-tool-args"> </span>'), Da = /* @__PURE__ */ C('<span class="kimi-tool-status"> </span>'), Ba = /* @__PURE__ */ C('<span class="kimi-tool-ms"> </span>'), Pa = /* @__PURE__ */ C('<div class="kimi-tool-more"> </div>'), Ga = /* @__PURE__ */ C('<div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!>', 1), Va = /* @__PURE__ */ C('<details class="kimi-tool"><summary><span class="kimi-tool-name"> </span> <!> <!> <!></summary> <div class="kimi-tool-body"><div class="kimi-tool-label">Arguments</div> <pre><code> </code></pre> <!></div></details>'), Ka = /* @__PURE__ */ C('<div class="kimi-text"></div>'), Ua = /* @__PURE__ */ C('<div><span aria-hidden="true"> </span> <div></div></div>'), Ya = /* @__PURE__ */ C('<div class="kimi-waiting-detail"> </div>'), Wa = /* @__PURE__ */ C('<div class="kimi-waiting" role="status"><span class="kimi-spinner" aria-hidden="true"></span> <span> </span> <!></div>'), ja = /* @__PURE__ */ C('<div class="kimi-waiting" role="status"><span> </span> <progress></progress> <span class="kimi-waiting-detail"> </span></div>'), Ja = /* @__PURE__ */ C('<span class="kimi-stats"> </span>'), Xa = /* @__PURE__ */ C('<button type="button" class="kimi-icon" aria-label="Retry" title="Retry"><!></button>'), Qa = /* @__PURE__ */ C('<button type="button" class="kimi-button kimi-continue">Continue</button>'), Za = /* @__PURE__ */ C('<div class="kimi-footer"><!> <span class="kimi-footer-actions"><!> <!> <!> <!></span></div>'), $a = /* @__PURE__ */ C(`<article aria-label="Kimi's answer"><!> <!></article>`);
function er(t, e) {
  Me(e, !0);
  var i = this && this.__awaiter || function(S, c, g, B) {
    function j(_) {
      return _ instanceof g ? _ : new g(function(y) {
        y(_);
      });
    }
    return new (g || (g = Promise))(function(_, y) {
      function R(u) {
        try {
          M(B.next(u));
        } catch (p) {
          y(p);
        }
      }
      function P(u) {
        try {
          M(B.throw(u));
        } catch (p) {
          y(p);
        }
      }
      function M(u) {
        u.done ? _(u.value) : j(u.value).then(R, P);
      }
      M((B = B.apply(S, c || [])).next());
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
  function o() {
    return i(this, void 0, void 0, function* () {
      D(a, yield Ye(Pe(e.message)), !0), setTimeout(() => D(a, !1), 1500);
    });
  }
  var l = $a();
  let f;
  var s = N(l);
  Ce(s, 17, () => e.message.parts || [], qe, (S, c) => {
    var g = Le(), B = se(g);
    {
      var j = (u) => {
        var p = Fa(), b = N(p), h = N(b);
        {
          var E = (z) => {
            var J = Ha();
            w(z, J);
          }, k = (z) => {
            var J = aa();
            O((V) => q(J, `Thought${V ?? ""}`), [
              () => r(c).seconds ? " for " + za(r(c).seconds) : ""
            ]), w(z, J);
          };
          F(h, (z) => {
            r(c).live ? z(E) : z(k, -1);
          });
        }
        var I = A(b, 2);
        Oe(I, () => r(c).html, !0), O(() => p.open = r(c).live), w(u, p);
      }, _ = (u) => {
        var p = Va(), b = N(p), h = N(b), E = H(h), k = A(h, 2);
        {
          var I = (x) => {
            var L = qa(), U = H(L, !0);
            O(() => q(U, r(c).brief)), w(x, L);
          };
          F(k, (x) => {
            r(c).brief && x(I);
          });
        }
        var z = A(k, 2);
        {
          var J = (x) => {
            var L = Da(), U = H(L, !0);
            O(() => q(U, n[r(c).status])), w(x, L);
          };
          F(z, (x) => {
            n[r(c).status] && x(J);
          });
        }
        var V = A(z, 2);
        {
          var G = (x) => {
            var L = Ba(), U = H(L, !0);
            O((W) => q(U, W), [() => Oa(r(c).ms)]), w(x, L);
          };
          F(V, (x) => {
            r(c).ms !== null && r(c).ms !== void 0 && x(G);
          });
        }
        var K = A(b, 2), X = A(N(K), 2), oe = N(X), ue = H(oe, !0), v = A(X, 2);
        {
          var T = (x) => {
            var L = Ga(), U = se(L), W = H(U), $ = A(U, 2), me = N($), ae = H(me, !0), Q = A($, 2);
            {
              var ee = (ne) => {
                var xe = Pa(), Ne = H(xe);
                O((le) => q(Ne, `${le ?? ""} more characters: the full result is in the tool-call log.`), [() => r(c).more.toLocaleString()]), w(ne, xe);
              };
              F(Q, (ne) => {
                r(c).more && ne(ee);
              });
            }
            O(() => {
              q(W, `Result${r(c).cut ? " (cut for the model)" : ""}`), q(ae, r(c).result);
            }), w(x, L);
          };
          F(v, (x) => {
            r(c).result !== null && r(c).result !== void 0 && x(T);
          });
        }
        O(() => {
          Y(p, "data-status", r(c).status), q(E, `🛠 ${r(c).name ?? ""}`), q(ue, r(c).args || "{}");
        }), w(u, p);
      }, y = (u) => {
        var p = Ka();
        Oe(p, () => r(c).html, !0), w(u, p);
      }, R = (u) => {
        var p = Ua(), b = N(p), h = H(b, !0), E = A(b, 2);
        Oe(E, () => r(c).html, !0), O(() => {
          ke(p, 1, `kimi-notice kimi-notice-${r(c).kind ?? ""}`), Y(p, "role", r(c).kind === "error" ? "alert" : null), q(h, r(c).kind === "error" ? "⚠️" : "ℹ️");
        }), w(u, p);
      }, P = (u) => {
        var p = Wa(), b = A(N(p), 2), h = H(b, !0), E = A(b, 2);
        {
          var k = (I) => {
            var z = Ya(), J = H(z, !0);
            O(() => q(J, r(c).detail)), w(I, z);
          };
          F(E, (I) => {
            r(c).detail && I(k);
          });
        }
        O(() => q(h, r(c).title)), w(u, p);
      }, M = (u) => {
        var p = ja(), b = N(p), h = H(b, !0), E = A(b, 2), k = A(E, 2), I = H(k);
        O(() => {
          q(h, r(c).title), Y(E, "max", r(c).total || 1), da(E, r(c).done || 0), Y(E, "aria-label", r(c).title), q(I, `${r(c).done ?? ""}/${r(c).total ?? ""}`);
        }), w(u, p);
      };
      F(B, (u) => {
        r(c).type === "reasoning" ? u(j) : r(c).type === "tool" ? u(_, 1) : r(c).type === "text" ? u(y, 2) : r(c).type === "notice" ? u(R, 3) : r(c).type === "waiting" ? u(P, 4) : r(c).type === "progress" && u(M, 5);
      });
    }
    w(S, g);
  });
  var d = A(s, 2);
  {
    var m = (S) => {
      var c = Za(), g = N(c);
      {
        var B = (h) => {
          var E = Ja(), k = H(E, !0);
          O(() => q(k, e.message.stats)), w(h, E);
        };
        F(g, (h) => {
          e.message.stats && h(B);
        });
      }
      var j = A(g, 2), _ = N(j);
      {
        var y = (h) => {
          mt(h, {
            label: "Copy answer",
            get copied() {
              return r(a);
            },
            onclick: o
          });
        }, R = he(() => Pe(e.message));
        F(_, (h) => {
          r(R) && h(y);
        });
      }
      var P = A(_, 2);
      {
        var M = (h) => {
          var E = Xa(), k = N(E);
          Ue(k, { name: "retry" }), Z("click", E, () => e.act("retry", { id: e.message.id })), w(h, E);
        };
        F(P, (h) => {
          e.message.can_retry && e.message.id && h(M);
        });
      }
      var u = A(P, 2);
      ht(u, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      });
      var p = A(u, 2);
      {
        var b = (h) => {
          var E = Qa();
          Z("click", E, () => e.act("resume", { id: e.message.id })), w(h, E);
        };
        F(p, (h) => {
          e.message.can_continue && h(b);
        });
      }
      w(S, c);
    };
    F(d, (S) => {
      e.message.live || S(m);
    });
  }
  O(() => {
    f = ke(l, 1, "kimi-msg kimi-answer", null, f, { "kimi-live": e.message.live }), Y(l, "data-id", e.message.id);
  }), w(t, l), Re();
}
ye(["click"]);
var tr = /* @__PURE__ */ C("<figcaption> </figcaption>"), ar = /* @__PURE__ */ C('<figure class="kimi-file-image"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <!></figure>'), rr = /* @__PURE__ */ C('<figure role="listitem"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <figcaption> </figcaption></figure>'), ir = /* @__PURE__ */ C('<div class="kimi-video"><div class="kimi-video-title"> </div> <div class="kimi-strip" role="list"></div></div>'), nr = /* @__PURE__ */ C('<div class="kimi-doc"> </div>'), sr = /* @__PURE__ */ C('<div class="kimi-files"></div>'), or = /* @__PURE__ */ C('<textarea class="kimi-edit-box" rows="4" aria-label="Edit your message"></textarea> <div class="kimi-edit-actions"><button type="button" class="kimi-button">Cancel</button> <button type="button" class="kimi-button kimi-primary">Send</button></div>', 1), lr = /* @__PURE__ */ C('<div class="kimi-user-text"> </div>'), fr = /* @__PURE__ */ C('<button type="button" class="kimi-icon" aria-label="Edit message" title="Edit"><!></button>'), cr = /* @__PURE__ */ C("<!> <!>", 1), dr = /* @__PURE__ */ C('<div class="kimi-msg-tools"><!> <!></div>'), ur = /* @__PURE__ */ C('<article class="kimi-msg kimi-user" aria-label="Your message"><div><!> <!></div> <!></article>');
function vr(t, e) {
  Me(e, !0);
  var i = this && this.__awaiter || function(u, p, b, h) {
    function E(k) {
      return k instanceof b ? k : new b(function(I) {
        I(k);
      });
    }
    return new (b || (b = Promise))(function(k, I) {
      function z(G) {
        try {
          V(h.next(G));
        } catch (K) {
          I(K);
        }
      }
      function J(G) {
        try {
          V(h.throw(G));
        } catch (K) {
          I(K);
        }
      }
      function V(G) {
        G.done ? k(G.value) : E(G.value).then(z, J);
      }
      V((h = h.apply(u, p || [])).next());
    });
  };
  let a = te(!1), n = te(""), o = te(!1), l = te(void 0);
  function f() {
    return i(this, void 0, void 0, function* () {
      D(n, e.message.source || "", !0), D(a, !0), yield dt(), r(l) === null || r(l) === void 0 || r(l).focus();
    });
  }
  function s() {
    r(n).trim() && (D(a, !1), e.act("edit", { id: e.message.id, text: r(n) }));
  }
  function d(u) {
    u.key === "Escape" ? (u.preventDefault(), u.stopPropagation(), D(a, !1)) : u.key === "Enter" && (u.ctrlKey || u.metaKey) && (u.preventDefault(), s());
  }
  function m() {
    return i(this, void 0, void 0, function* () {
      D(o, yield Ye(e.message.source || ""), !0), setTimeout(() => D(o, !1), 1500);
    });
  }
  var S = ur(), c = N(S);
  let g;
  var B = N(c);
  {
    var j = (u) => {
      var p = sr();
      Ce(p, 21, () => e.message.files, qe, (b, h) => {
        var E = Le(), k = se(E);
        {
          var I = (V) => {
            var G = ar(), K = N(G), X = H(K), oe = A(K, 2);
            {
              var ue = (v) => {
                var T = tr(), x = H(T, !0);
                O(() => q(x, r(h).note)), w(v, T);
              };
              F(oe, (v) => {
                r(h).note && v(ue);
              });
            }
            O(() => {
              Y(K, "aria-label", "Enlarge " + r(h).name), Y(X, "src", r(h).url), Y(X, "alt", r(h).name);
            }), Z("click", K, () => e.open_image(r(h))), w(V, G);
          }, z = (V) => {
            var G = ir(), K = N(G), X = H(K), oe = A(K, 2);
            Ce(oe, 21, () => r(h).frames || [], qe, (ue, v) => {
              var T = rr(), x = N(T), L = H(x), U = A(x, 2), W = H(U, !0);
              O(() => {
                Y(x, "aria-label", "Enlarge the frame at " + r(v).at), Y(L, "src", r(v).url), Y(L, "alt", r(h).name + " at " + r(v).at), q(W, r(v).at);
              }), Z("click", x, () => e.open_image({
                url: r(v).url,
                name: r(h).name + " at " + r(v).at
              })), w(ue, T);
            }), O(() => {
              q(X, `🎞 ${r(h).name ?? ""}`), Y(oe, "aria-label", "Frames of " + r(h).name);
            }), w(V, G);
          }, J = (V) => {
            var G = nr(), K = H(G);
            O(() => q(K, `📄 ${r(h).name ?? ""}${r(h).note ? " · " + r(h).note : ""}`)), w(V, G);
          };
          F(k, (V) => {
            r(h).kind === "image" ? V(I) : r(h).kind === "video" ? V(z, 1) : V(J, -1);
          });
        }
        w(b, E);
      }), w(u, p);
    };
    F(B, (u) => {
      e.message.files && e.message.files.length && u(j);
    });
  }
  var _ = A(B, 2);
  {
    var y = (u) => {
      var p = or(), b = se(p);
      Be(b, (I) => D(l, I), () => r(l));
      var h = A(b, 2), E = N(h), k = A(E, 2);
      O((I) => k.disabled = I, [() => !r(n).trim()]), Z("keydown", b, d), va(b, () => r(n), (I) => D(n, I)), Z("click", E, () => D(a, !1)), Z("click", k, s), w(u, p);
    }, R = (u) => {
      var p = lr(), b = H(p, !0);
      O(() => q(b, e.message.source)), w(u, p);
    };
    F(_, (u) => {
      r(a) ? u(y) : e.message.source && u(R, 1);
    });
  }
  var P = A(c, 2);
  {
    var M = (u) => {
      var p = dr(), b = N(p);
      {
        var h = (k) => {
          var I = cr(), z = se(I);
          mt(z, {
            label: "Copy message",
            get copied() {
              return r(o);
            },
            onclick: m
          });
          var J = A(z, 2);
          {
            var V = (G) => {
              var K = fr(), X = N(K);
              Ue(X, { name: "edit" }), Z("click", K, f), w(G, K);
            };
            F(J, (G) => {
              e.message.id && G(V);
            });
          }
          w(k, I);
        };
        F(b, (k) => {
          e.message.source && k(h);
        });
      }
      var E = A(b, 2);
      ht(E, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      }), w(u, p);
    };
    F(P, (u) => {
      r(a) || u(M);
    });
  }
  O(() => {
    Y(S, "data-id", e.message.id), g = ke(c, 1, "kimi-bubble", null, g, { "kimi-editing": r(a) });
  }), w(t, S), Re();
}
ye(["click", "keydown"]);
function _r(t, e, i) {
  const a = window.kimiSide || {}, n = a[e];
  delete a[e];
  const o = n ? n.control : new AbortController(), l = t.replace(/\/$/, "") + "/live/" + encodeURIComponent(e);
  return (async () => {
    try {
      const f = await (n ? n.response : fetch(l, { signal: o.signal, credentials: "same-origin", cache: "no-store" }));
      if (!f.ok || !f.body) return;
      const s = f.body.pipeThrough(new TextDecoderStream()).getReader();
      let d = "";
      for (; ; ) {
        const { done: m, value: S } = await s.read();
        if (m) return;
        d += S;
        const c = d.lastIndexOf(`
`);
        if (c < 0) continue;
        const g = d.slice(0, c);
        d = d.slice(c + 1), i(JSON.parse(g.slice(g.lastIndexOf(`
`) + 1)));
      }
    } catch {
    }
  })(), () => o.abort();
}
var hr = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]), mr = /* @__PURE__ */ C('<p class="kimi-empty svelte-49zqag"> </p>'), gr = /* @__PURE__ */ C('<button type="button" class="kimi-earlier svelte-49zqag"> </button>'), pr = /* @__PURE__ */ C('<div class="kimi-chat-tools svelte-49zqag"><!> <button type="button" class="kimi-copy-all svelte-49zqag" aria-live="polite"> </button></div> <!>', 1), br = /* @__PURE__ */ C('<img class="svelte-49zqag"/> <button type="button" class="kimi-lightbox-close svelte-49zqag">Close</button>', 1), kr = /* @__PURE__ */ C('<div><div class="kimi-scroll svelte-49zqag" role="log" aria-label="Conversation" tabindex="-1"><div class="kimi-column svelte-49zqag"><!></div></div> <dialog class="kimi-lightbox svelte-49zqag"><!></dialog></div>');
function wr(t, e) {
  Me(e, !0);
  var i = this && this.__awaiter || function(v, T, x, L) {
    function U(W) {
      return W instanceof x ? W : new x(function($) {
        $(W);
      });
    }
    return new (x || (x = Promise))(function(W, $) {
      function me(ee) {
        try {
          Q(L.next(ee));
        } catch (ne) {
          $(ne);
        }
      }
      function ae(ee) {
        try {
          Q(L.throw(ee));
        } catch (ne) {
          $(ne);
        }
      }
      function Q(ee) {
        ee.done ? W(ee.value) : U(ee.value).then(me, ae);
      }
      Q((L = L.apply(v, T || [])).next());
    });
  };
  let a = /* @__PURE__ */ ga(e, hr);
  const n = new Sa(a);
  let o = -1, l = { messages: [] }, f = he(() => {
    const v = n.props.value || { messages: [] }, T = typeof v.opening == "number" ? v.opening : null;
    return T !== null && T < o ? l : (T !== null && (o = T), l = v, v);
  }), s = te(null), d = "", m = () => {
  };
  ce(() => {
    const v = r(f).live_key;
    !v || v === d || (d = v, m(), D(s, { key: v, opening: r(f).opening, item: null }, !0), m = _r(n.shared.root || "", v, (T) => {
      r(s) && r(s).key === v && D(s, Object.assign(Object.assign({}, r(s)), { item: T }), !0);
    }));
  }), ce(() => {
    if (!r(s)) return;
    const v = r(f).messages || [], T = v[v.length - 1];
    (r(f).opening !== r(s).opening || !T || !T.live && r(f).live_key !== r(s).key) && (m(), D(
      s,
      null
      // the stored chat has come, or the page opened something else
    ));
  });
  let S = he(() => {
    const v = r(f).messages || [], T = v[v.length - 1];
    return !r(s) || !r(s).item || !T || !T.live || r(f).opening !== r(s).opening ? v : [...v.slice(0, -1), r(s).item];
  }), c = he(() => r(S).some((v) => v.live)), g = te(void 0), B = !0, j = null, _ = null, y = te(null), R = te(void 0), P = te(!1), M = null;
  function u(v, T) {
    if (v === "version" && r(g)) {
      const x = [...r(g).querySelectorAll(".kimi-msg")], L = x.findIndex((W) => W.getAttribute("data-id") === String(T.id)), U = L < 0 ? 0 : x[L].getBoundingClientRect().top - r(g).getBoundingClientRect().top;
      M = L < 0 ? null : {
        index: L,
        id: String(T.id),
        top: U,
        until: performance.now() + 5e3
      };
    }
    n.dispatch(v, T);
  }
  function p() {
    if (!M || !r(g) || performance.now() > M.until) return M = null, !1;
    const v = r(g).querySelectorAll(".kimi-msg")[M.index];
    return !v || v.getAttribute("data-id") === M.id ? !1 : (r(g).scrollTop += v.getBoundingClientRect().top - r(g).getBoundingClientRect().top - M.top, M = null, b(), !0);
  }
  function b() {
    r(g) && (B = r(g).scrollHeight - r(g).scrollTop - r(g).clientHeight < 80);
  }
  let h = 0;
  ce(() => {
    r(
      S
      // what the frame below reads: run again when they change
    ), r(f).focus, r(c), !h && (h = requestAnimationFrame(() => {
      var v;
      if (h = 0, !r(g)) return;
      const T = r(S).length ? String((v = r(S)[0].id) !== null && v !== void 0 ? v : "") + ":" + r(S).length : "", x = r(f).focus || null, L = r(c), U = r(g).querySelectorAll(".kimi-msg");
      Na(L && U.length ? U[U.length - 1] : r(g), n.shared.root || "");
      const W = T.split(":")[0] !== (j || "").split(":")[0];
      if (j = T, !p()) {
        if (x && x !== _) {
          _ = x;
          const $ = r(g).querySelector(`[data-id="${CSS.escape(x)}"]`);
          if ($) {
            $.scrollIntoView({ block: "center" }), $.classList.add("kimi-flash"), setTimeout(() => $.classList.remove("kimi-flash"), 2500), B = !1;
            return;
          }
        }
        x || (_ = null), (B || W) && (r(g).scrollTop = r(g).scrollHeight, B = !0);
      }
    }));
  }), ce(() => {
    r(R) && (r(y) && !r(R).open && r(R).showModal(), !r(y) && r(R).open && r(R).close());
  });
  function E() {
    return i(this, void 0, void 0, function* () {
      D(P, yield Ye(Ia(r(S))), !0), setTimeout(() => D(P, !1), 1500);
    });
  }
  var k = kr();
  let I;
  var z = N(k), J = N(z), V = N(J);
  {
    var G = (v) => {
      var T = mr(), x = H(T, !0);
      O(() => q(x, n.props.placeholder || "")), w(v, T);
    }, K = (v) => {
      var T = pr(), x = se(T), L = N(x);
      {
        var U = (ae) => {
          var Q = gr(), ee = H(Q);
          O(() => q(ee, `↑ Show ${r(f).earlier ?? ""} earlier message${r(f).earlier === 1 ? "" : "s"}`)), Z("click", Q, () => u("earlier", {})), w(ae, Q);
        };
        F(L, (ae) => {
          r(f).earlier && ae(U);
        });
      }
      var W = A(L, 2), $ = H(W, !0), me = A(x, 2);
      Ce(me, 19, () => r(S), (ae, Q) => ae.id ?? "at-" + Q, (ae, Q) => {
        var ee = Le(), ne = se(ee);
        {
          var xe = (le) => {
            vr(le, {
              get message() {
                return r(Q);
              },
              act: u,
              open_image: (gt) => D(y, gt, !0)
            });
          }, Ne = (le) => {
            er(le, {
              get message() {
                return r(Q);
              },
              act: u
            });
          };
          F(ne, (le) => {
            r(Q).role === "user" ? le(xe) : le(Ne, -1);
          });
        }
        w(ae, ee);
      }), O(() => q($, r(P) ? "Copied" : "Copy conversation")), Z("click", W, E), w(v, T);
    };
    F(V, (v) => {
      r(S).length === 0 ? v(G) : v(K, -1);
    });
  }
  Be(z, (v) => D(g, v), () => r(g));
  var X = A(z, 2), oe = N(X);
  {
    var ue = (v) => {
      var T = br(), x = se(T), L = A(x, 2);
      O(() => {
        Y(x, "src", r(y).url), Y(x, "alt", r(y).name);
      }), Z("click", L, () => D(y, null)), w(v, T);
    };
    F(oe, (v) => {
      r(y) && v(ue);
    });
  }
  Be(X, (v) => D(R, v), () => r(R)), O(
    (v) => {
      Y(k, "id", n.shared.elem_id), I = ke(k, 1, `kimi-chat ${v ?? ""}`, "svelte-49zqag", I, { hidden: n.shared.visible === !1 }), Y(z, "aria-busy", r(c)), Y(X, "aria-label", r(y) ? r(y).name : "Image");
    },
    [() => (n.shared.elem_classes || []).join(" ")]
  ), Qe("scroll", z, b), Qe("close", X, () => D(y, null)), Z("click", X, (v) => {
    v.target === r(R) && D(y, null);
  }), w(t, k), Re();
}
ye(["click"]);
export {
  wr as default
};
