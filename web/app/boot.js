// The first script a page runs (a classic script in <head>): the interface
// language this browser chose (or the first of its languages the interface
// speaks) goes on <html lang dir> before anything is drawn, and its
// catalogue is fetched while the modules load, so the page does not wait
// for it afterwards; so are the libraries of the page being opened.
// i18n.js reads the choice from <html data-lang>.
(function () {
  var known = ["en", "ur", "ps", "fa", "tr", "ar"];
  var rtl = ["ur", "ps", "fa", "ar"];
  var lang = null;
  try { lang = localStorage.getItem("truce.lang"); } catch (e) { /* storage off */ }
  if (known.indexOf(lang) < 0) {
    lang = "en";
    var wanted = navigator.languages || [];
    for (var i = 0; i < wanted.length; i++) {
      var base = String(wanted[i]).toLowerCase().split("-")[0];
      if (known.indexOf(base) >= 0) { lang = base; break; }
    }
  }
  var html = document.documentElement;
  html.lang = lang;
  html.dir = rtl.indexOf(lang) >= 0 ? "rtl" : "ltr";
  html.setAttribute("data-lang", lang);
  var link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = "/assets/i18n/" + lang + ".ftl";
  document.head.appendChild(link);
  // The page's own module (app.js imports it when it routes) and the
  // modules every page imports, fetched now rather than level by level.
  var pageModules = {
    "/": ["pages/overview.js"], "/process": ["pages/process.js"],
    "/negotiation": ["pages/negotiation.js", "editor.js"], "/map": ["pages/map.js"],
    "/verification": ["pages/verification.js"], "/compliance": ["pages/compliance.js"],
    "/ledger": ["pages/ledger.js"], "/public": ["pages/public.js"],
    "/enrol": ["pages/enrol.js"], "/signin": ["pages/enrol.js"],
  }[location.pathname] || [];
  var modules = ["core.js", "i18n.js", "watch.js"].concat(pageModules);
  for (var m = 0; m < modules.length; m++) {
    var mod = document.createElement("link");
    mod.rel = "modulepreload";
    mod.href = "/assets/" + modules[m];
    document.head.appendChild(mod);
  }
  // The drafts on /negotiation carry Urdu and Pashto text: their fonts are
  // fetched now, beside the modules, not once the text is drawn.
  if (location.pathname === "/negotiation") {
    var fonts = ["noto-naskh-arabic-400.woff2", "noto-nastaliq-urdu-400.woff2"];
    for (var f = 0; f < fonts.length; f++) {
      var font = document.createElement("link");
      font.rel = "preload";
      font.as = "font";
      font.type = "font/woff2";
      font.crossOrigin = "anonymous";
      font.href = "/assets/vendor/fonts/" + fonts[f];
      document.head.appendChild(font);
    }
  }
  // The libraries only some pages use, fetched now for the page being
  // opened (the page's module loads them when it draws).
  var libraries = {
    "/map": ["/assets/vendor/leaflet.js", "/assets/vendor/topojson-client.min.js"],
    "/compliance": ["/assets/vendor/chart.umd.min.js"],
  }[location.pathname] || [];
  for (var j = 0; j < libraries.length; j++) {
    var pre = document.createElement("link");
    pre.rel = "preload";
    pre.as = "script";
    pre.href = libraries[j];
    document.head.appendChild(pre);
  }
})();
