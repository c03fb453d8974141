"""The console's one stylesheet (served as a file so the CSP can forbid inline styles)."""

CSS = b"""
body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d2330;color:#fff;padding:.5em 1em}
nav{background:#e3e7ee;padding:.4em 1em;display:flex;gap:1em;align-items:center;flex-wrap:wrap}
nav a{color:#1d2330;text-decoration:none}nav a.on{font-weight:bold;text-decoration:underline}
nav .who{margin-left:auto;color:#555}
main{padding:1em 1.5em;max-width:1200px}
table{border-collapse:collapse;margin:.5em 0 1.5em;background:#fff}
th,td{border:1px solid #d5d9e0;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#eef0f4}
.bad{background:#fde2e1;color:#8a1111;font-weight:bold}.ok{color:#17632a}.warn{background:#fff3cd}
form.inline{display:inline}form.filters{display:flex;flex-wrap:wrap;gap:.6em;align-items:end;margin:.5em 0}
form.filters label{display:flex;flex-direction:column;font-size:12px}
.login{max-width:320px;display:flex;flex-direction:column;gap:.5em}
.error{color:#8a1111;font-weight:bold}
.conv{list-style:none;padding:0;max-width:860px}
.conv li{margin:.35em 0;padding:.4em .7em;border-radius:6px;background:#fff;border:1px solid #d5d9e0}
.conv li.caller{margin-right:20%;background:#eef5ff}.conv li.agent{margin-left:20%;background:#f1fbef}
.conv li.system{font-size:12px;color:#444;background:#f3f3f3}
.conv li.flag{background:#fff3cd;border-color:#e0b200}.conv li.flag.critical{background:#fde2e1;border-color:#c62828}
.conv .who{font-weight:bold;margin-right:.5em}.conv .t{color:#777;font-size:12px;float:right}
.mask{background:#1d2330;color:#fff;border-radius:3px;padding:0 .3em;font-size:12px;font-family:monospace}
.chart{background:#fff;border:1px solid #d5d9e0;margin-top:.5em}
.chart .grid{stroke:#e3e7ee}.chart .axis{fill:#555;font-size:11px}
.chart .line{fill:none;stroke-width:2}.chart .threshold{stroke:#c62828;stroke-dasharray:6 4}
.chart .alarm{fill:#c62828}.chart .legend{font-size:11px}
.s0{stroke:#1f5fbf;fill:#1f5fbf}.s1{stroke:#e07b00;fill:#e07b00}.s2{stroke:#2e8b57;fill:#2e8b57}
.s3{stroke:#8e44ad;fill:#8e44ad}.s4{stroke:#795548;fill:#795548}.s5{stroke:#00838f;fill:#00838f}
.s6{stroke:#ad1457;fill:#ad1457}.s7{stroke:#546e7a;fill:#546e7a}
.counts span{margin-right:1em}
"""
