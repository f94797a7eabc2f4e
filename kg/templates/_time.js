  // --- time: the slider's months, its last step "all dates"; each page defines onTime() -------------
  // Shared by both pages (kg/templates/_time.js). holdsOn(): whether one of a fact's [since, until) periods holds on a day.
  var asOf = null;
  function holdsOn(periods, day) {
    return periods.some(function (p) { return (p[0] === null || p[0] <= day) && (p[1] === null || day < p[1]); });
  }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function monthOf(day) { return parseInt(day.slice(0, 4), 10) * 12 + parseInt(day.slice(5, 7), 10) - 1; }
  function dayOf(month) { return Math.floor(month / 12) + "-" + pad(month % 12 + 1) + "-31"; }  // end of the month
  var when = document.getElementById("when"), whenLabel = document.getElementById("when-label"), playing = null;
  function setWhen(month) {
    if (!when) return;
    when.value = String(month);
    var all = parseInt(when.value, 10) >= parseInt(when.max, 10);
    asOf = all ? null : dayOf(parseInt(when.value, 10));
    whenLabel.textContent = all ? "all dates" : "as of " + asOf.slice(0, 7);
    onTime();
  }
  // a day past the slider's range is its last month (the last step is "all dates", where ended facts show too)
  window.kgAsOf = function (day) { setWhen(day === null ? parseInt(when.max, 10) : Math.min(monthOf(day), parseInt(when.max, 10) - 1)); };
  if (when) {
    when.addEventListener("input", function () { setWhen(parseInt(when.value, 10)); });
    var play = document.getElementById("play");
    play.addEventListener("click", function () {
      if (playing !== null) { clearInterval(playing); playing = null; play.textContent = "▶"; return; }
      if (parseInt(when.value, 10) >= parseInt(when.max, 10)) setWhen(parseInt(when.min, 10) + 11);
      play.textContent = "❚❚";
      playing = setInterval(function () {
        var next = Math.min(parseInt(when.value, 10) + 12, parseInt(when.max, 10));
        setWhen(next);
        if (next >= parseInt(when.max, 10)) { clearInterval(playing); playing = null; play.textContent = "▶"; }
      }, 700);
    });
  }
