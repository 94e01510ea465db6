// The first script a page runs (a classic script in <head>): the interface
// language this browser chose (or the first of its languages the interface
// speaks) goes on <html lang dir> before anything is drawn, and its
// catalogue is fetched while the modules load, so the page does not wait
// for it afterwards. i18n.js reads the choice from <html data-lang>.
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
})();
