// Warta's only script: sortable tables and the actor page's score chart (issue #6).
// Every page reads without it; nothing here loads anything from another host.
"use strict";

function cellValue(row, index) {
  const text = (row.cells[index] ? row.cells[index].textContent : "").trim();
  const number = Number(text);
  return text !== "" && !Number.isNaN(number) ? number : text.toLowerCase();
}

function makeSortable(table) {
  const headers = table.tHead ? Array.from(table.tHead.rows[0].cells) : [];
  headers.forEach((header, index) => {
    header.addEventListener("click", () => {
      const ascending = header.getAttribute("aria-sort") !== "ascending";
      headers.forEach((h) => h.removeAttribute("aria-sort"));
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const body = table.tBodies[0];
      const rows = Array.from(body.rows);
      rows.sort((a, b) => {
        const x = cellValue(a, index), y = cellValue(b, index);
        const order = x < y ? -1 : x > y ? 1 : 0;
        return ascending ? order : -order;
      });
      rows.forEach((row) => body.appendChild(row));
    });
  });
}

function monthSeconds(month) {
  const [year, number] = month.split("-").map(Number);
  return Date.UTC(year, (number || 1) - 1, 1) / 1000;
}

const PALETTE = ["#1f5fbf", "#b3261e", "#2e7d32", "#c26a00", "#6a3fb5", "#0b7a75", "#a8336f", "#4f5b66"];

function drawScoreChart() {
  const holder = document.getElementById("score-chart");
  const source = document.getElementById("score-data");
  if (!holder || !source || typeof uPlot === "undefined") return;
  const chart = JSON.parse(source.textContent);
  if (!chart.months.length) {
    holder.textContent = "No dated events to chart yet.";
    return;
  }
  const data = [chart.months.map(monthSeconds), ...chart.series.map((s) => s.values)];
  const series = [{}, ...chart.series.map((s, i) => ({
    label: s.label, stroke: PALETTE[i % PALETTE.length], width: 2, spanGaps: true,
    points: { show: true, size: 7 },
  }))];
  const options = {
    width: Math.max(320, holder.clientWidth || 560), height: 300, series,
    axes: [{}, { label: "mean PLOVER score" }],
    scales: { y: { range: [-10, 10] } },
  };
  holder.chart = new uPlot(options, data, holder);
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("table.sortable").forEach(makeSortable);
  drawScoreChart();
});
