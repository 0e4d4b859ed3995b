// The replica's stylesheet, written against the hashed class names of this start. Roughly the portal's look:
// white panels on a light grey page, Ozon blue accents.
import type { ClassMap } from './classes';

export function stylesheet(c: ClassMap): string {
  return `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.4 -apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#001a34;background:#f2f3f5}
a{color:inherit;text-decoration:none}
button{font:inherit;cursor:pointer}
.${c.app}{display:flex;flex-direction:column;height:100vh}
.${c.topbar}{display:flex;align-items:center;gap:24px;height:56px;padding:0 24px;background:#fff;border-bottom:1px solid #e3e6ea;flex:none}
.${c.logo}{font-weight:700;font-size:18px;color:#005bff;letter-spacing:.2px}
.${c.nav}{display:flex;gap:4px;flex:1}
.${c.navLink}{padding:8px 12px;border-radius:8px;color:#404a57}
.${c.navLink}:hover{background:#f2f5ff}
.${c.navActive}{color:#005bff;background:#eef3ff;font-weight:600}
.${c.langs}{display:flex;gap:6px;color:#707f8d}
.${c.langLink}{padding:4px 8px;border-radius:6px}
.${c.langLink}[aria-current]{background:#eef3ff;color:#005bff}
.${c.main}{flex:1;min-height:0;padding:16px 24px;display:flex;flex-direction:column}
.${c.pageTitle}{margin:0 0 12px;font-size:22px;font-weight:700}
.${c.messenger}{flex:1;min-height:0;display:flex;gap:16px}
.${c.sidebar}{width:400px;flex:none;display:flex;flex-direction:column;background:#fff;border-radius:12px;overflow:hidden}
.${c.groups}{display:flex;gap:4px;padding:12px 12px 0}
.${c.groupTab}{padding:8px 12px;border-radius:8px;color:#404a57}
.${c.groupActive}{background:#005bff;color:#fff}
.${c.filters}{display:flex;flex-wrap:wrap;gap:6px;padding:12px;border-bottom:1px solid #eceff3}
.${c.filterBtn}{border:1px solid #d6dbe1;background:#fff;border-radius:16px;padding:4px 12px;color:#001a34}
.${c.filterBtn}[aria-pressed="true"]{background:#005bff;border-color:#005bff;color:#fff}
.${c.filterBtn}:disabled{opacity:.4;cursor:not-allowed}
.${c.resetBtn}{border:0;background:none;color:#005bff;padding:4px 8px}
.${c.listScroller}{flex:1;min-height:0;overflow-y:auto}
.${c.listEmpty}{padding:24px;color:#707f8d;text-align:center}
.${c.row}{display:block;padding:10px 14px;border-bottom:1px solid #f0f2f5}
.${c.row}:hover{background:#f7f9fc}
.${c.rowActive}{background:#eef3ff}
.${c.rowTag}{display:inline-block;font-size:11px;line-height:16px;padding:0 6px;border-radius:4px;background:#e6f7ec;color:#0c7a35}
.${c.rowTagSupport}{background:#eef3ff;color:#005bff}
.${c.rowHead}{display:flex;align-items:baseline;gap:8px}
.${c.rowName}{flex:1;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.${c.rowTime}{font-size:12px;color:#707f8d;flex:none}
.${c.rowBody}{display:flex;align-items:center;gap:8px}
.${c.rowPreview}{flex:1;color:#404a57;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.${c.badge}{flex:none;min-width:20px;height:20px;padding:0 6px;border-radius:10px;background:#005bff;color:#fff;font-size:12px;line-height:20px;text-align:center}
.${c.rowContext}{font-size:12px;color:#707f8d;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.${c.chatPane}{flex:1;min-width:0;display:flex;flex-direction:column;background:#fff;border-radius:12px;overflow:hidden}
.${c.chatEmpty}{margin:auto;color:#707f8d}
.${c.chatHeader}{display:flex;align-items:center;gap:10px;padding:14px 18px;border-bottom:1px solid #eceff3;flex-wrap:wrap}
.${c.chatName}{font-weight:700;font-size:16px}
.${c.chatTag}{font-size:12px;padding:1px 8px;border-radius:4px;background:#e6f7ec;color:#0c7a35}
.${c.chatContext}{flex-basis:100%;font-size:12px;color:#707f8d}
.${c.messages}{flex:1;min-height:0;overflow-y:auto;padding:16px 18px;display:flex;flex-direction:column;gap:10px;background:#f7f9fc}
.${c.bubbleRow}{display:flex;flex-direction:column;max-width:70%}
.${c.bubbleIn}{align-self:flex-start}
.${c.bubbleOut}{align-self:flex-end;align-items:flex-end}
.${c.bubbleSystem}{align-self:center;align-items:center;max-width:85%}
.${c.bubble}{padding:8px 12px;border-radius:12px;background:#fff;border:1px solid #e3e6ea;white-space:pre-wrap;word-break:break-word}
.${c.bubbleOut} .${c.bubble}{background:#005bff;border-color:#005bff;color:#fff}
.${c.bubbleSystem} .${c.bubble}{background:#fff8e6;border-color:#ffe2a3;font-size:13px}
.${c.bubbleAuthor}{font-size:12px;color:#707f8d;margin-bottom:2px}
.${c.bubbleTime}{font-size:11px;color:#8c98a5;margin-top:2px}
.${c.composer}{display:flex;align-items:flex-end;gap:10px;padding:12px 18px;border-top:1px solid #eceff3}
.${c.grow}{flex:1;display:grid}
.${c.grow}::after{content:attr(data-replicated-value) " ";white-space:pre-wrap;visibility:hidden;grid-area:1/1/2/2;padding:9px 12px;max-height:160px}
.${c.textarea}{grid-area:1/1/2/2;resize:none;overflow:hidden;border:1px solid #d6dbe1;border-radius:10px;padding:9px 12px;font:inherit;max-height:160px}
.${c.textarea}:focus{outline:none;border-color:#005bff}
.${c.sendBtn}{width:40px;height:40px;border:0;border-radius:50%;background:#005bff;color:#fff;display:flex;align-items:center;justify-content:center;flex:none}
.${c.sendBtn}:disabled{background:#b3c9ff;cursor:default}
.${c.notice}{padding:10px 18px;color:#707f8d;text-align:center}
.${c.error}{padding:8px 18px;color:#d6002c}
.${c.error}:empty{display:none}
.${c.orders}{flex:1;min-height:0;display:flex;flex-direction:column;background:#fff;border-radius:12px;overflow:hidden}
.${c.tabs}{display:flex;gap:4px;padding:12px;border-bottom:1px solid #eceff3;flex-wrap:wrap}
.${c.tab}{padding:8px 12px;border-radius:8px;color:#404a57}
.${c.tabActive}{background:#005bff;color:#fff}
.${c.tableScroller}{flex:1;min-height:0;overflow:auto}
.${c.table}{width:100%;border-collapse:collapse}
.${c.table} th{position:sticky;top:0;background:#f7f9fc;text-align:left;font-weight:600;color:#707f8d;font-size:12px;padding:10px 12px;border-bottom:1px solid #e3e6ea}
.${c.table} td{padding:10px 12px;border-bottom:1px solid #f0f2f5;vertical-align:top}
.${c.numberLink}{color:#005bff;font-weight:600;white-space:nowrap}
.${c.statusPill}{display:inline-block;padding:2px 8px;border-radius:10px;background:#eef3ff;color:#005bff;font-size:12px;white-space:nowrap}
.${c.cellMuted}{color:#707f8d;white-space:nowrap}
.${c.productLine}{display:block}
.${c.panelBackdrop}{position:fixed;inset:0;background:rgba(0,26,52,.25)}
.${c.panel}{position:fixed;top:0;right:0;bottom:0;width:460px;background:#fff;box-shadow:-8px 0 24px rgba(0,26,52,.15);display:flex;flex-direction:column}
.${c.panelHead}{display:flex;align-items:center;gap:12px;padding:18px 20px;border-bottom:1px solid #eceff3}
.${c.panelTitle}{flex:1;margin:0;font-size:18px}
.${c.panelBody}{flex:1;overflow-y:auto;padding:16px 20px;display:flex;flex-direction:column;gap:12px}
.${c.field}{display:flex;flex-direction:column;gap:2px}
.${c.fieldLabel}{font-size:12px;color:#707f8d}
.${c.panelActions}{padding:16px 20px;border-top:1px solid #eceff3;display:flex;gap:10px}
.${c.primaryBtn}{border:0;border-radius:8px;background:#005bff;color:#fff;padding:10px 16px;font-weight:600}
.${c.secondaryBtn}{border:1px solid #d6dbe1;border-radius:8px;background:#fff;color:#001a34;padding:8px 14px}
.${c.dashboard}{display:flex;gap:16px}
.${c.card}{background:#fff;border-radius:12px;padding:20px;min-width:220px}
.${c.cardValue}{font-size:28px;font-weight:700;color:#005bff}
.${c.cardLabel}{color:#707f8d}
.${c.loading}{padding:24px;color:#707f8d;text-align:center}
`;
}
