#include "review/review_assets.h"

namespace finsam::review {

// Laptop first: two columns of about 50 % each, system fonts, no web fonts
// (nothing may be fetched).
const char kReviewCss[] = R"css(
*{box-sizing:border-box}
body{margin:0;font:14px/1.35 system-ui,-apple-system,"Segoe UI",sans-serif;
 color:#1b1b1b;background:#f3f3f1}
header.top{position:sticky;top:0;z-index:10;background:#20303f;color:#fff;
 padding:6px 14px;display:flex;gap:18px;align-items:center;flex-wrap:wrap}
header.top h1{font-size:16px;margin:0;font-weight:600}
header.top .nav{margin-left:auto;font-size:13px}
header.top .kinds{font-size:13px}
header.top kbd{background:#fff;color:#20303f;border-radius:3px;padding:0 4px}
main{padding:10px 14px;max-width:1700px;margin:0 auto}
.panel{background:#fff;border:1px solid #d6d6d2;border-radius:6px;
 padding:8px 12px;margin:0 0 10px}
.panel h2{font-size:15px;margin:2px 0 6px}
.panel h3{font-size:14px;margin:8px 0 4px}
table{border-collapse:collapse;font-size:13px}
td,th{padding:2px 8px;border-bottom:1px solid #eee;text-align:left;
 vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.status-fail{color:#fff;background:#b3261e;border-radius:3px;padding:0 5px}
.status-warn{color:#000;background:#f2c200;border-radius:3px;padding:0 5px}
.status-pass{color:#fff;background:#2e7d32;border-radius:3px;padding:0 5px}
.legend span{margin-right:12px}
a.goto{color:#0b57d0;text-decoration:none}
a.goto:hover{text-decoration:underline}
section.page{background:#fff;border:1px solid #d6d6d2;border-radius:6px;
 margin:0 0 14px;padding:8px 12px}
section.page>h2{font-size:15px;margin:0 0 6px}
section.page>h2 small{font-weight:normal;color:#555}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:14px}
figure{position:relative;margin:0;align-self:start}
figure img{width:100%;display:block;border:1px solid #ccc}
.wbox,.lbox{position:absolute;pointer-events:none}
.wbox{outline:2px solid rgba(230,81,0,.85);background:rgba(255,152,0,.18)}
.lbox{outline:2px solid #0b57d0;background:rgba(11,87,208,.12);display:none}
.lines{position:relative;font:13px/1.3 ui-monospace,"DejaVu Sans Mono",monospace}
.aligned .line{position:absolute;left:0;right:0}
.line{white-space:pre-wrap;word-break:break-word;padding:0 3px;
 border-left:3px solid transparent}
.line.blank{height:.5em}
.line{tab-size:4}
.line,section.page,.panel{scroll-margin-top:96px}
.tab{border-right:1px dotted #9aa8b8}
.line:hover{background:#eef3fd}
.line:target,.line.flash{background:#fff3b0;border-left-color:#f2a600}
.line.figure{border-left-color:#b3261e;background:#fdecea}
mark.lowconf{background:#ffd8a8;color:inherit;border-bottom:2px dotted #e65100}
mark.unknown{background:transparent;color:inherit;
 text-decoration:underline wavy #c62828;text-underline-offset:3px}
ins.edit{text-decoration:none;background:#c8f0d0;border-bottom:2px solid #2e7d32}
ins.edit.del::after{content:"\232B";color:#2e7d32}
ins.uncertain{background:#e4dcf7;border-bottom:2px dashed #6a3fb5}
.furniture{color:#888;background:#f6f6f6;border-top:1px dashed #ccc;
 margin-top:8px;padding:4px 3px;font:12px/1.3 ui-monospace,monospace}
.furniture .kind{font-style:italic;margin-right:6px}
.pagefail{color:#b3261e;font-weight:600}
.flag.current{outline:3px solid #d00;outline-offset:1px}
details>summary{cursor:pointer}
)css";

// Keyboard navigation between flagged items, line placement beside the
// picture, and the line box shown on the picture.
const char kReviewScript[] = R"js(
(function(){
'use strict';
var flags=[];var at=-1;
// What each kind checkbox in the header stands for.
var kinds={lowconf:'mark.lowconf.flag',unknown:'mark.unknown.flag',
 edit:'ins.edit.flag:not(.uncertain)',uncertain:'ins.uncertain.flag',
 check:'tr.flag,li.flag,.line.figure.flag,.pagefail.flag'};
function collect(){var sel=[];
 var boxes=document.querySelectorAll('input[data-kind]');
 for(var i=0;i<boxes.length;i++){if(boxes[i].checked)sel.push(kinds[boxes[i].getAttribute('data-kind')]);}
 if(at>=0&&flags[at])flags[at].classList.remove('current');at=-1;
 flags=sel.length?Array.prototype.slice.call(document.querySelectorAll(sel.join(','))):[];
 var c=document.getElementById('flagcount');if(c)c.textContent=String(flags.length);
 var p=document.getElementById('flagpos');if(p)p.textContent='0';}
document.addEventListener('change',function(e){
 if(e.target&&e.target.hasAttribute&&e.target.hasAttribute('data-kind'))collect();});
function show(i){if(!flags.length)return;
 if(at>=0&&flags[at])flags[at].classList.remove('current');
 at=(i+flags.length)%flags.length;var f=flags[at];f.classList.add('current');
 f.scrollIntoView({block:'center'});
 var p=document.getElementById('flagpos');if(p)p.textContent=String(at+1);}
document.addEventListener('keydown',function(e){
 if(e.ctrlKey||e.metaKey||e.altKey)return;
 var t=e.target&&e.target.tagName;if(t==='INPUT'||t==='TEXTAREA')return;
 if(e.key==='n'||e.key==='j'){show(at+1);e.preventDefault();}
 else if(e.key==='p'||e.key==='k'){show(at-1);e.preventDefault();}});
function align(){
 var pages=document.querySelectorAll('section.page');
 for(var i=0;i<pages.length;i++){var page=pages[i];
  var img=page.querySelector('figure img');var pane=page.querySelector('.lines');
  if(!img||!pane||!img.clientHeight)continue;
  var ph=parseFloat(page.getAttribute('data-height'))||0;if(!ph)continue;
  var scale=img.clientHeight/ph;pane.classList.add('aligned');
  var y=0;var lines=pane.children;
  for(var k=0;k<lines.length;k++){var line=lines[k];
   var b=line.getAttribute('data-box');
   if(b){var top=parseFloat(b.split(',')[1])*scale;if(top>y)y=top;}
   line.style.top=y+'px';y+=line.offsetHeight;}
  pane.style.height=Math.max(y,img.clientHeight)+'px';}}
function box(line,on){var page=line.closest('section.page');if(!page)return;
 var lb=page.querySelector('.lbox');var b=line.getAttribute('data-box');
 var w=parseFloat(page.getAttribute('data-width'));
 var h=parseFloat(page.getAttribute('data-height'));
 if(!lb||!b||!w||!h){return;}
 if(!on){lb.style.display='none';return;}
 var v=b.split(',').map(parseFloat);
 lb.style.left=(v[0]/w*100)+'%';lb.style.top=(v[1]/h*100)+'%';
 lb.style.width=((v[2]-v[0])/w*100)+'%';lb.style.height=((v[3]-v[1])/h*100)+'%';
 lb.style.display='block';}
document.addEventListener('mouseover',function(e){
 var l=e.target.closest&&e.target.closest('.line');if(l)box(l,true);});
document.addEventListener('mouseout',function(e){
 var l=e.target.closest&&e.target.closest('.line');if(l)box(l,false);});
function flash(){var id=decodeURIComponent(location.hash.slice(1));
 var el=id&&document.getElementById(id);
 if(el&&el.classList.contains('line'))box(el,true);}
window.addEventListener('hashchange',flash);
window.addEventListener('resize',align);
window.addEventListener('load',function(){align();collect();flash();
 document.body.setAttribute('data-ready','1');});
})();
)js";

}  // namespace finsam::review
